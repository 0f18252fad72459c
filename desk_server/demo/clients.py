"""Demo data of the clients area: networks, routing/access points, plans, contact extra fields,
about 2,000 clients with contacts, subscriptions, contracts, invoices, e-mail accounts, domains,
removed-identifier history, and prospects.

Deterministic (fixed seeds for Faker pt_BR and `random`) and idempotent: catalogs are matched by
name and the clients are only generated into a registry that has none. Bulk inserts keep it to
about a second. The name/street pools and the generator are shared with bench/search.py.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ..config import Settings
from ..domain.clients import address_text, client_search_columns
from ..domain.documents import cnpj_check_digits, cpf_check_digits
from ..domain.search.normalise import fold_text
from ..models import utcnow
from ..models.clients import (
    Client,
    Contact,
    ContactField,
    ContactFieldValue,
    Contract,
    Domain,
    EmailAccount,
    Invoice,
    Network,
    Plan,
    Prospect,
    RemovedIdentifier,
    RoutingPoint,
    Subscription,
)

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


def _cumulative(weights):
    total, out = 0.0, []
    for w in weights:
        total += w
        out.append(total)
    return out


# --- catalogs ---------------------------------------------------------------------------------------

def _ensure_catalogs(session: Session) -> tuple[dict[str, Network], dict[str, RoutingPoint], dict[str, Plan],
                                                 dict[str, ContactField]]:
    networks = {n.name: n for n in session.scalars(select(Network))}
    for name in NETWORKS:
        if name not in networks:
            networks[name] = Network(name=name)
            session.add(networks[name])
    session.flush()
    points = {p.name: p for p in session.scalars(select(RoutingPoint))}
    for name, network, kind in ROUTING_POINTS:
        if name not in points:
            points[name] = RoutingPoint(name=name, network_id=networks[network].id, kind=kind)
            session.add(points[name])
    plans = {p.name: p for p in session.scalars(select(Plan))}
    for name, down, up, price, network in PLANS:
        if name not in plans:
            plans[name] = Plan(name=name, download_mbps=down, upload_mbps=up, price=Decimal(price),
                               network_id=networks[network].id if network else None)
            session.add(plans[name])
    fields = {f.name: f for f in session.scalars(select(ContactField))}
    for position, (name, kind, options) in enumerate(CONTACT_FIELDS, start=1):
        if name not in fields:
            fields[name] = ContactField(name=name, kind=kind, options=options, position=position)
            session.add(fields[name])
    session.flush()
    return networks, points, plans, fields


# --- clients ----------------------------------------------------------------------------------------

def load(session: Session, settings: Settings) -> None:
    _networks, points, plans, fields = _ensure_catalogs(session)
    need_clients = session.scalar(select(Client.id).limit(1)) is None
    need_prospects = session.scalar(select(Prospect.id).limit(1)) is None
    if not (need_clients or need_prospects):
        return
    pools = Pools.build(SEED)
    if need_clients:
        today = datetime.now(settings.tz).date()
        _load_clients(session, Generator(pools, SEED), points, plans, fields, today)
    if need_prospects:
        _load_prospects(session, Generator(pools, SEED + 1))


def _insert(session: Session, model, rows: list[dict], returning: bool = False) -> list[int]:
    """Core executemany (the ORM bulk path is much slower here); ids in the order of `rows`."""
    if not rows:
        return []
    table = model.__table__
    conn = session.connection()
    if returning:
        stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return list(conn.execute(stmt, rows).scalars())
    conn.execute(insert(table), rows)
    return []


def _load_clients(session: Session, gen: Generator, points, plans, fields, today: date,
                  count: int = DEMO_CLIENTS) -> None:
    r = gen.rnd
    now = utcnow()
    plan_list = list(plans.values())
    fibre_plans = [p for p in plan_list if p.name.startswith("Fibra")]
    point_list = [p for p in points.values()]
    client_rows, extras = [], []
    for i in range(count):
        pj = r.random() < 0.15
        if pj:
            name, trade = gen.company()
            document = gen.cnpj()
        else:
            name, trade = gen.person_name(), None
            document = gen.cpf()
        billing, ddd = gen.address()
        same_place = r.random() < 0.85
        install = {f"install_{k}": v for k, v in billing.items()} if same_place else gen.address("install_")[0]
        status = r.choices(("ativo", "suspenso", "cancelado"), (88, 8, 4))[0]
        mail_user = ascii_token(name.split()[0]) + "." + ascii_token(name.split()[-1])
        row = {
            "code": str(1001 + i), "person_type": "PJ" if pj else "PF", "name": name, "trade_name": trade,
            "document": document,
            "rg_ie": (f"{r.randrange(10 ** 8, 10 ** 9)}" if pj else f"{r.randrange(10 ** 7, 10 ** 8)}-{r.randrange(10)}"),
            "birth_date": None if pj else gen.date_between(date(1940, 1, 1), date(2005, 12, 31)),
            "start_date": gen.date_between(date(2015, 1, 1), today - timedelta(days=40)),
            "status": status, **billing, **install,
            "phone": gen.landline(ddd) if r.random() < 0.45 else None,
            "mobile": gen.mobile(ddd) if r.random() < 0.95 else None,
            "email": f"{mail_user}{r.randrange(100)}@{r.choice(gen.pools.free_domains)}" if r.random() < 0.7 else None,
            "reference": r.choice(REFERENCES) if r.random() < 0.4 else None,
            "notes": "Cliente prefere contato por WhatsApp." if r.random() < 0.05 else None,
            "created_at": now,
        }
        row.update(client_search_columns(row))
        client_rows.append(row)
        extras.append((pj, ddd, same_place))
    ids = _insert(session, Client, client_rows, returning=True)

    taken_logins: set[str] = set()
    sub_rows, sub_meta = [], []
    ip_counter = 0
    for client_id, row, (pj, ddd, _same) in zip(ids, client_rows, extras):
        n_subs = 1 if r.random() < 0.75 else r.choice((2, 2, 3))
        for _ in range(n_subs):
            plan = plans["Empresarial 600 Mega IP Fixo"] if pj and r.random() < 0.3 else (
                r.choice(fibre_plans) if r.random() < 0.85 else plans["Rádio 20 Mega"])
            fibre = plan.name.startswith(("Fibra", "Empresarial"))
            point = r.choice(point_list)
            ip_counter += 1
            ip = (f"100.64.{ip_counter // 250}.{ip_counter % 250 + 2}" if r.random() < 0.85
                  else f"10.{r.randrange(1, 255)}.{r.randrange(256)}.{r.randrange(1, 255)}")
            status = row["status"]
            removed = status == "cancelado" and r.random() < 0.5
            sub = {
                "client_id": client_id, "plan_id": plan.id, "status": status,
                "login": gen.login_for(row["name"], taken_logins), "password": f"{r.randrange(10 ** 7, 10 ** 8)}",
                "ip": ip, "mac": gen.mac(), "mac2": gen.mac() if r.random() < 0.1 else None,
                "mac_onu": gen.mac() if fibre else None, "serial_number": gen.serial() if fibre else None,
                "circuit_number": f"CIR-{r.randrange(2016, 2026)}-{r.randrange(10 ** 5):05d}" if pj else None,
                "voice_terminal": gen.landline(ddd) if r.random() < 0.08 else None,
                "smartcard": f"{r.randrange(10 ** 11, 10 ** 12)}" if r.random() < 0.04 else None,
                "cas": f"CAS{r.randrange(10 ** 7, 10 ** 8)}" if r.random() < 0.04 else None,
                "routing_point_id": point.id,
                **{k: row[k] for k in row if k.startswith("install_")},
                "search_install_address": row["search_install_address"],
                "created_at": now, "deleted_at": now if removed else None,
            }
            sub_rows.append(sub)
            sub_meta.append((client_id, plan, row))
    sub_ids = _insert(session, Subscription, sub_rows, returning=True)

    contracts, invoices, removed = [], [], []
    boleto = 10_000_000
    nf = 1000
    for sub_id, sub, (client_id, plan, row) in zip(sub_ids, sub_rows, sub_meta):
        start = row["start_date"]
        n_contracts = 1 if r.random() < 0.8 else r.choice((2, 3, 4, 5))
        for k in range(n_contracts):
            c_start = start + timedelta(days=365 * k)
            contracts.append({"subscription_id": sub_id, "number": f"{c_start.year}/{r.randrange(10 ** 6):06d}",
                              "start_date": c_start, "end_date": c_start + timedelta(days=365),
                              "is_main": k == n_contracts - 1, "created_at": now})
        if sub["deleted_at"] is not None:
            removed += [
                {"kind": "login", "value": sub["login"], "client_id": client_id, "removed_at": now,
                 "note": "Plano cancelado"},
                {"kind": "ip", "value": sub["ip"], "client_id": client_id, "removed_at": now, "note": None},
                {"kind": "mac", "value": sub["mac"], "client_id": client_id, "removed_at": now, "note": None},
            ]
            continue
        due_day = r.choice((5, 10, 15, 20))
        for months_ago in range(4, -1, -1):
            year, month = today.year, today.month - months_ago
            while month < 1:
                month += 12
                year -= 1
            due = date(year, month, due_day)
            if due < start:
                continue
            boleto += r.randrange(1, 40)
            nf += 1
            paid = due < today and (r.random() < 0.9 if row["status"] == "ativo" else r.random() < 0.4)
            invoices.append({
                "client_id": client_id, "subscription_id": sub_id, "description": f"Mensalidade {plan.name}",
                "boleto_number": f"{boleto:011d}", "nf_number": f"{nf:06d}", "due_date": due, "amount": plan.price,
                "paid_date": due + timedelta(days=r.randrange(-3, 4)) if paid else None,
                "balance": Decimal("0.00") if paid else plan.price, "created_at": now,
            })
    for client_id, row in zip(ids, client_rows):
        if r.random() < 0.05:  # a login changed some time ago
            removed.append({"kind": "login", "value": ascii_token(row["name"].split()[0]) + f"{r.randrange(100)}",
                            "client_id": client_id, "removed_at": now, "note": "Login alterado"})
        if r.random() < 0.02:
            removed.append({"kind": "terminal", "value": gen.landline("19"), "client_id": client_id,
                            "removed_at": now, "note": "Terminal de voz cancelado"})
        if r.random() < 0.02:
            removed.append({"kind": "email", "value": f"{ascii_token(row['name'].split()[0])}@{PROVIDER_DOMAIN}",
                            "client_id": client_id, "removed_at": now, "note": "Conta de e-mail removida"})
    _insert(session, Contract, contracts)
    _insert(session, Invoice, invoices)
    _insert(session, RemovedIdentifier, removed)

    accounts, domains, contacts = [], [], []
    taken_mail: set[str] = set()
    for client_id, row, (pj, ddd, _same) in zip(ids, client_rows, extras):
        if r.random() < 0.2:
            user = ascii_token(row["name"].split()[0]) + "." + ascii_token(row["name"].split()[-1])
            while user in taken_mail:
                user += str(r.randrange(10))
            taken_mail.add(user)
            accounts.append({"client_id": client_id, "address": f"{user}@{PROVIDER_DOMAIN}",
                             "domain": PROVIDER_DOMAIN, "created_at": now})
        if pj and r.random() < 0.4:
            domain = ascii_token(row["trade_name"]) + r.choice((".com.br", ".com", ".net.br"))
            domains.append({"client_id": client_id, "name": domain, "created_at": now})
            accounts.append({"client_id": client_id, "address": f"contato@{domain}", "domain": domain,
                             "created_at": now})
        n_contacts = r.choices((0, 1, 2, 3), (25, 45, 22, 8))[0]
        for k in range(n_contacts):
            cname = row["name"] if k == 0 and not pj else gen.person_name()
            contacts.append({
                "client_id": client_id, "name": cname, "search_name": fold_text(cname),
                "role": "Titular" if k == 0 and not pj else r.choice(CONTACT_ROLES[1:]),
                "phone": gen.landline(ddd) if r.random() < 0.3 else None,
                "mobile": gen.mobile(ddd) if r.random() < 0.9 else None,
                "email": (f"{ascii_token(cname.split()[0])}.{ascii_token(cname.split()[-1])}"
                          f"@{r.choice(gen.pools.free_domains)}") if r.random() < 0.6 else None,
                "created_at": now, "deleted_at": now if r.random() < 0.05 else None,
            })
    _insert(session, EmailAccount, accounts)
    _insert(session, Domain, domains)
    contact_ids = _insert(session, Contact, contacts, returning=True)
    values = []
    best_time, birth, note = fields["Melhor horário"], fields["Data de nascimento"], fields["Observação"]
    for contact_id in contact_ids:
        if r.random() < 0.4:
            values.append({"contact_id": contact_id, "field_id": best_time.id,
                           "value": r.choice(best_time.options)})
        if r.random() < 0.2:
            values.append({"contact_id": contact_id, "field_id": birth.id,
                           "value": gen.date_between(date(1950, 1, 1), date(2004, 12, 31)).isoformat()})
        if r.random() < 0.1:
            values.append({"contact_id": contact_id, "field_id": note.id,
                           "value": r.choice(("Ligar só após as 18h", "Falar com a recepção", "Surdo: usar WhatsApp"))})
    _insert(session, ContactFieldValue, values)


def _load_prospects(session: Session, gen: Generator, count: int = 40) -> None:
    r = gen.rnd
    rows = []
    now = utcnow()
    for i in range(count):
        kind = r.choice(("empresarial", "condominio", "residente_condominio", "residencial", "residencial"))
        if kind == "empresarial":
            name = gen.company()[1]
        elif kind == "condominio":
            name = f"Condomínio {r.choice(('Residencial', 'Edifício', 'Parque'))} {gen.surname()}"
        else:
            name = gen.person_name()
        address, ddd = gen.address()
        rows.append({
            "kind": kind, "name": name, "search_name": fold_text(name), "phone": gen.mobile(ddd),
            "email": f"{ascii_token(name.split()[-1])}{r.randrange(100)}@{r.choice(gen.pools.free_domains)}",
            "street": address["street"], "number": address["number"], "district": address["district"],
            "city": address["city"], "uf": address["uf"], "cep": address["cep"],
            "status": r.choices(("novo", "em_negociacao", "convertido", "perdido"), (45, 30, 10, 15))[0],
            "notes": "Interessado em fibra" if r.random() < 0.3 else None,
            "created_at": now - timedelta(days=r.randrange(0, 120), minutes=r.randrange(1440)),
        })
    _insert(session, Prospect, rows)


__all__ = ["CITIES", "SEED", "Generator", "Pools", "address_text", "load"]
