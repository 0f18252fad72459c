"""The fake Brazilian registry's pools (cities, names, plans...) and its deterministic Generator, shared by
the clients demo data (demo/clients.py) and bench/search.py."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

from ..domain.documents import cnpj_check_digits, cpf_check_digits
from ..domain.search.normalise import fold_text

SEED = 20261122
DEMO_CLIENTS = 2000

# (city, UF, DDD, CEP prefix, weight in the demo ISP's area) — real municipalities.
CITIES = [
    ("Campinas", "SP", "19", "130", 30), ("Sumaré", "SP", "19", "131", 12), ("Hortolândia", "SP", "19", "131", 10),
    ("Valinhos", "SP", "19", "132", 7), ("Paulínia", "SP", "19", "131", 6), ("Americana", "SP", "19", "134", 6),
    ("Indaiatuba", "SP", "19", "133", 5), ("Jundiaí", "SP", "11", "132", 4), ("Piracicaba", "SP", "19", "134", 3),
    ("São Paulo", "SP", "11", "040", 3), ("Sorocaba", "SP", "15", "180", 1), ("Ribeirão Preto", "SP", "16", "140", 1),
    ("São José dos Campos", "SP", "12", "122", 1), ("Santos", "SP", "13", "110", 1),
    ("Rio de Janeiro", "RJ", "21", "200", 1), ("Niterói", "RJ", "21", "240", 1), ("Petrópolis", "RJ", "24", "256", 1),
    ("Belo Horizonte", "MG", "31", "301", 1), ("Contagem", "MG", "31", "320", 1), ("Uberlândia", "MG", "34", "384", 1),
    ("Juiz de Fora", "MG", "32", "360", 1), ("Curitiba", "PR", "41", "800", 1), ("Londrina", "PR", "43", "860", 1),
    ("Maringá", "PR", "44", "870", 1), ("Cascavel", "PR", "45", "858", 1), ("Porto Alegre", "RS", "51", "900", 1),
    ("Caxias do Sul", "RS", "54", "950", 1), ("Pelotas", "RS", "53", "960", 1), ("Florianópolis", "SC", "48", "880", 1),
    ("Joinville", "SC", "47", "892", 1), ("Blumenau", "SC", "47", "890", 1), ("Chapecó", "SC", "49", "898", 1),
    ("Salvador", "BA", "71", "400", 1), ("Feira de Santana", "BA", "75", "440", 1),
    ("Vitória da Conquista", "BA", "77", "450", 1), ("Recife", "PE", "81", "500", 1), ("Caruaru", "PE", "81", "550", 1),
    ("Petrolina", "PE", "87", "563", 1), ("Fortaleza", "CE", "85", "600", 1), ("Juazeiro do Norte", "CE", "88", "630", 1),
    ("Sobral", "CE", "88", "620", 1), ("Natal", "RN", "84", "590", 1), ("Mossoró", "RN", "84", "596", 1),
    ("João Pessoa", "PB", "83", "580", 1), ("Campina Grande", "PB", "83", "584", 1), ("Maceió", "AL", "82", "570", 1),
    ("Aracaju", "SE", "79", "490", 1), ("Teresina", "PI", "86", "640", 1), ("São Luís", "MA", "98", "650", 1),
    ("Imperatriz", "MA", "99", "659", 1), ("Belém", "PA", "91", "660", 1), ("Santarém", "PA", "93", "680", 1),
    ("Manaus", "AM", "92", "690", 1), ("Porto Velho", "RO", "69", "768", 1), ("Rio Branco", "AC", "68", "699", 1),
    ("Macapá", "AP", "96", "689", 1), ("Boa Vista", "RR", "95", "693", 1), ("Palmas", "TO", "63", "770", 1),
    ("Goiânia", "GO", "62", "740", 1), ("Anápolis", "GO", "62", "750", 1), ("Brasília", "DF", "61", "700", 1),
    ("Cuiabá", "MT", "65", "780", 1), ("Rondonópolis", "MT", "66", "787", 1), ("Campo Grande", "MS", "67", "790", 1),
    ("Dourados", "MS", "67", "798", 1), ("Vitória", "ES", "27", "290", 1), ("Vila Velha", "ES", "27", "291", 1),
    ("Cachoeiro de Itapemirim", "ES", "28", "293", 1),
]

NETWORKS = ("Rede Centro", "Rede Norte", "Rede Rural")
# (name, network, kind)
ROUTING_POINTS = (
    ("POP Centro - CCR1036", "Rede Centro", "routing_point"),
    ("POP Centro - CCR2004", "Rede Centro", "routing_point"),
    ("Concentrador Norte - CCR1072", "Rede Norte", "routing_point"),
    ("OLT Norte 01", "Rede Norte", "access_point"),
    ("OLT Norte 02", "Rede Norte", "access_point"),
    ("Torre Rural 01 - RB4011", "Rede Rural", "routing_point"),
    ("AP Rural Serra Azul", "Rede Rural", "access_point"),
)
# (name, download, upload, price, network or None)
PLANS = (
    ("Fibra 100 Mega", 100, 50, "79.90", None),
    ("Fibra 300 Mega", 300, 150, "99.90", None),
    ("Fibra 500 Mega", 500, 250, "129.90", None),
    ("Fibra 1 Giga", 1000, 500, "199.90", "Rede Centro"),
    ("Rádio 20 Mega", 20, 10, "69.90", "Rede Rural"),
    ("Empresarial 600 Mega IP Fixo", 600, 600, "349.90", "Rede Centro"),
)
CONTACT_FIELDS = (
    ("Melhor horário", "choice", ["Manhã", "Tarde", "Noite"]),
    ("Data de nascimento", "date", None),
    ("Observação", "text", None),
)
PROVIDER_DOMAIN = "netcampinas.com.br"
MAC_OUIS = ("e48d8c", "4c5e0c", "dc2c6e", "50c7bf", "f4f26d", "00e0fc", "c83a35", "ac84c6", "d8073a", "2c3af2")
ONU_PREFIXES = ("ZTEG", "HWTC", "FHTT", "ALCL")
COMMON_SURNAMES = {  # rough frequency in Brazil, so "silva" is as common in the data as in life
    "Silva": 9.0, "Santos": 6.0, "Oliveira": 4.5, "Souza": 4.0, "Rodrigues": 3.0, "Ferreira": 3.0,
    "Alves": 2.8, "Pereira": 2.6, "Lima": 2.4, "Gomes": 2.2, "Costa": 2.0, "Ribeiro": 2.0, "Martins": 1.8,
    "Carvalho": 1.6, "Almeida": 1.5, "Lopes": 1.4, "Soares": 1.3, "Fernandes": 1.3, "Vieira": 1.2,
    "Barbosa": 1.2,
}
BUSINESS_KINDS = ("Padaria", "Mercado", "Auto Peças", "Farmácia", "Pet Shop", "Academia", "Restaurante",
                  "Oficina", "Clínica", "Contabilidade", "Pizzaria", "Hotel", "Escola", "Loja", "Construtora",
                  "Distribuidora", "Salão", "Papelaria", "Sorveteria", "Imobiliária")
COMPANY_SUFFIXES = ("Ltda.", "ME", "EIRELI", "S/A", "EPP")
CONTACT_ROLES = ("Titular", "Cônjuge", "Filho(a)", "Financeiro", "TI", "Gerente", "Sócio", "Síndico")
REFERENCES = ("Próximo ao mercado", "Em frente à escola", "Casa de esquina, portão azul", "Ao lado da farmácia",
              "Fundos da igreja", "Sobrado amarelo", "Perto do posto de gasolina", "Condomínio, bloco B")


@dataclass
class Pools:
    """Value pools drawn once from Faker pt_BR, combined at random afterwards (fast for 1M rows)."""

    first_names: list[str]
    surnames: list[str]
    surname_weights: list[float]
    streets: list[str]
    districts: list[str]
    free_domains: list[str] = field(default_factory=lambda: ["gmail.com", "hotmail.com", "yahoo.com.br",
                                                             "outlook.com", "uol.com.br", "bol.com.br"])

    @classmethod
    def build(cls, seed: int = SEED, size: int = 400) -> Pools:
        from faker import Faker

        fake = Faker("pt_BR")
        fake.seed_instance(seed)
        first = sorted({fake.first_name() for _ in range(size * 4)})
        surnames = sorted({fake.last_name() for _ in range(size * 4)} | set(COMMON_SURNAMES))
        weights = [COMMON_SURNAMES.get(s, 0.35) for s in surnames]
        streets = sorted({fake.street_name() for _ in range(size * 2)})
        districts = sorted({fake.bairro() for _ in range(size)} | {"Centro"})
        return cls(first, surnames, weights, streets, districts)


_ASCII = str.maketrans("", "", " '-")


def ascii_token(text: str) -> str:
    return fold_text(text).translate(_ASCII)


def _cumulative(weights):
    total, out = 0.0, []
    for w in weights:
        total += w
        out.append(total)
    return out


class Generator:
    """Realistic values from the pools (everything from one seeded `random.Random`)."""

    def __init__(self, pools: Pools, seed: int = SEED, cities=CITIES, city_weighted: bool = True):
        self.pools = pools
        self.rnd = random.Random(seed)
        self.cities = cities
        self.city_weights = [c[4] for c in cities] if city_weighted else None
        self._cum_surnames = _cumulative(pools.surname_weights)
        self._cum_cities = _cumulative(self.city_weights) if self.city_weights else None

    def surname(self) -> str:
        return self.rnd.choices(self.pools.surnames, cum_weights=self._cum_surnames)[0]

    def person_name(self) -> str:
        r = self.rnd
        first = r.choice(self.pools.first_names)
        if r.random() < 0.3:
            first += " " + r.choice(self.pools.first_names)
        middle = " " + self.surname() if r.random() < 0.6 else ""
        connector = r.choice(("", "", "", " da", " de", " dos")) if middle else ""
        return f"{first}{connector}{middle} {self.surname()}"

    def company(self) -> tuple[str, str]:
        r = self.rnd
        kind = r.choice(BUSINESS_KINDS)
        owner = self.surname()
        trade = f"{kind} {owner}" if r.random() < 0.6 else f"{kind} {r.choice(self.pools.first_names)}"
        legal = f"{owner} {r.choice(('&', 'e'))} {self.surname()} {r.choice(('Comércio', 'Serviços', ''))}"
        return " ".join(f"{legal} {r.choice(COMPANY_SUFFIXES)}".split()), trade

    def cpf(self) -> str:
        base = f"{self.rnd.randrange(1, 10 ** 9):09d}"
        return base + cpf_check_digits(base)

    def cnpj(self) -> str:
        base = f"{self.rnd.randrange(1, 10 ** 8):08d}{'0001' if self.rnd.random() < 0.9 else '0002'}"
        return base + cnpj_check_digits(base)

    def city(self):
        if self._cum_cities:
            return self.rnd.choices(self.cities, cum_weights=self._cum_cities)[0]
        return self.rnd.choice(self.cities)

    def cep(self, prefix: str) -> str:
        return (prefix + f"{self.rnd.randrange(10 ** 8):08d}")[:8]

    def mobile(self, ddd: str) -> str:
        return f"{ddd}9{self.rnd.randrange(6000_0000, 9999_9999)}"

    def landline(self, ddd: str) -> str:
        return f"{ddd}{self.rnd.randrange(2000_0000, 5999_9999)}"

    def mac(self) -> str:
        return self.rnd.choice(MAC_OUIS) + f"{self.rnd.randrange(16 ** 6):06x}"

    def serial(self) -> str:
        return self.rnd.choice(ONU_PREFIXES) + f"{self.rnd.randrange(16 ** 8):08X}"

    def address(self, prefix: str = ""):
        city, uf, ddd, cep_prefix, _w = self.city()
        r = self.rnd
        return {
            f"{prefix}street": r.choice(self.pools.streets),
            f"{prefix}number": str(r.randrange(1, 3000)) if r.random() < 0.95 else "S/N",
            f"{prefix}complement": r.choice((None, None, None, "Casa 2", f"Apto {r.randrange(11, 180)}",
                                             f"Bloco {r.choice('ABCD')}", "Fundos")),
            f"{prefix}district": r.choice(self.pools.districts),
            f"{prefix}city": city,
            f"{prefix}uf": uf,
            f"{prefix}cep": self.cep(cep_prefix),
        }, ddd

    def login_for(self, name: str, taken: set[str]) -> str:
        parts = [ascii_token(p) for p in name.split() if len(p) > 3 or p[0].isupper()]
        base = f"{parts[0]}.{parts[-1]}" if len(parts) > 1 else parts[0]
        while True:
            login = f"{base}{self.rnd.randrange(1, 1000)}"
            if login not in taken:
                taken.add(login)
                return login

    def date_between(self, start: date, end: date) -> date:
        return date.fromordinal(self.rnd.randrange(start.toordinal(), end.toordinal() + 1))
