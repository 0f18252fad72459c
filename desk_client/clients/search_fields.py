"""Localizar Cliente without Qt: the "Pesquisar em" fields (DESIGN §4), what each one expects
(placeholder, allowed characters, auto-formatting as you type) and how values are shown
(CPF/CNPJ, phones, MACs, CEP, protocols, client status).

The server normalises whatever is typed (punctuation optional); the client only helps the
operator type it and never refuses a value the server would accept.

Texts are Brazilian Portuguese source strings; windows translate them with
QCoreApplication.translate(CONTEXT, text) (QT_TRANSLATE_NOOP marks them for lupdate).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..ui.formats import digits, format_cep

CONTEXT = "ClientSearch"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


# --- kinds of value --------------------------------------------------------------------------------

TEXT, CODE, DIGITS, EMAIL, DOMAIN, LOGIN, PHONE, DATE, CPF, CNPJ, IP, MAC, IP_OR_MAC, PROTOCOL, ANY = (
    "text",
    "code",
    "digits",
    "email",
    "domain",
    "login",
    "phone",
    "date",
    "cpf",
    "cnpj",
    "ip",
    "mac",
    "ip_or_mac",
    "protocol",
    "any",
)


@dataclass(frozen=True)
class ValueKind:
    placeholder: str
    hint: str
    allowed: str | None = None  # regular expression of what may be typed (None: anything)
    max_length: int = 200
    grouping: tuple[tuple[int, str], ...] = ()  # auto-format: (after N symbols, separator)
    symbols: str = r"\d"  # what auto-format counts (digits, or hex for MACs)
    capacity: int = 0  # how many symbols a whole value has (auto-format stops beyond)
    upper: bool = False

    @property
    def auto_formats(self) -> bool:
        return bool(self.grouping)


KINDS: dict[str, ValueKind] = {
    ANY: ValueKind(
        QT_TRANSLATE_NOOP("ClientSearch", "Nome, CPF/CNPJ, telefone, MAC, IP, protocolo…"),
        QT_TRANSLATE_NOOP(
            "ClientSearch",
            "O tipo do valor é detectado: CPF/CNPJ, MAC, IP, telefone e protocolo com ou sem pontuação.",
        ),
    ),
    TEXT: ValueKind(
        QT_TRANSLATE_NOOP("ClientSearch", "Digite parte do texto"),
        QT_TRANSLATE_NOOP("ClientSearch", "Maiúsculas e acentos não importam."),
    ),
    CODE: ValueKind(
        QT_TRANSLATE_NOOP("ClientSearch", "Digite o código ou número"),
        QT_TRANSLATE_NOOP("ClientSearch", "Letras e números, como no documento do cliente."),
        max_length=60,
    ),
    DIGITS: ValueKind(
        QT_TRANSLATE_NOOP("ClientSearch", "Somente números"),
        QT_TRANSLATE_NOOP("ClientSearch", "Digite apenas os números."),
        allowed=r"[\d\s.\-/]*",
        max_length=60,
    ),
    EMAIL: ValueKind(
        QT_TRANSLATE_NOOP("ClientSearch", "nome@provedor.com.br"),
        QT_TRANSLATE_NOOP("ClientSearch", "Endereço de e-mail ou parte dele."),
        allowed=r"\S*",
        max_length=254,
    ),
    DOMAIN: ValueKind(
        QT_TRANSLATE_NOOP("ClientSearch", "empresa.com.br"),
        QT_TRANSLATE_NOOP("ClientSearch", "Nome do domínio ou parte dele."),
        allowed=r"@?[\w.\-]*",
        max_length=253,
    ),
    LOGIN: ValueKind(
        QT_TRANSLATE_NOOP("ClientSearch", "login PPPoE / Radius"),
        QT_TRANSLATE_NOOP("ClientSearch", "Login de acesso ou parte dele."),
        allowed=r"\S*",
        max_length=64,
    ),
    PHONE: ValueKind(
        QT_TRANSLATE_NOOP("ClientSearch", "(11) 98765-4321"),
        QT_TRANSLATE_NOOP("ClientSearch", "Com ou sem DDD e pontuação; só o número também serve."),
        allowed=r"[\d\s()+\-.]*",
        max_length=20,
    ),
    DATE: ValueKind(
        QT_TRANSLATE_NOOP("ClientSearch", "dd/mm/aaaa"),
        QT_TRANSLATE_NOOP("ClientSearch", "Um dia (dd/mm/aaaa), um mês (mm/aaaa) ou um ano (aaaa)."),
        allowed=r"[\d/]*",
        max_length=10,
    ),
    CPF: ValueKind(
        "000.000.000-00",
        QT_TRANSLATE_NOOP("ClientSearch", "Pontuação opcional: 12345678909 ou 123.456.789-09."),
        allowed=r"[\d.\-\s]*",
        max_length=14,
        grouping=((3, "."), (6, "."), (9, "-")),
        capacity=11,
    ),
    CNPJ: ValueKind(
        "00.000.000/0000-00",
        QT_TRANSLATE_NOOP("ClientSearch", "Pontuação opcional: 11222333000181 ou 11.222.333/0001-81."),
        allowed=r"[\d./\-\s]*",
        max_length=18,
        grouping=((2, "."), (5, "."), (8, "/"), (12, "-")),
        capacity=14,
    ),
    IP: ValueKind(
        "100.64.0.1",
        QT_TRANSLATE_NOOP("ClientSearch", "Endereço IP ou o começo dele (100.64.)."),
        allowed=r"[0-9a-fA-F.:]*",
        max_length=45,
    ),
    MAC: ValueKind(
        "AA-BB-CC-DD-EE-FF",
        QT_TRANSLATE_NOOP(
            "ClientSearch", "Os separadores são colocados automaticamente; qualquer separador serve."
        ),
        allowed=r"[0-9a-fA-F:\-.\s]*",
        max_length=17,
        grouping=((2, "-"), (4, "-"), (6, "-"), (8, "-"), (10, "-")),
        symbols="[0-9a-fA-F]",
        capacity=12,
        upper=True,
    ),
    IP_OR_MAC: ValueKind(
        QT_TRANSLATE_NOOP("ClientSearch", "IP (100.64.0.1) ou MAC (AA-BB-CC-DD-EE-FF)"),
        QT_TRANSLATE_NOOP("ClientSearch", "IP ou MAC que o cliente já usou."),
        allowed=r"[0-9a-fA-F.:\-\s]*",
        max_length=45,
    ),
    PROTOCOL: ValueKind(
        "00000000-000000-0",
        QT_TRANSLATE_NOOP("ClientSearch", "Com ou sem os traços: 20261122-000123-7."),
        allowed=r"[\d\-.\s]*",
        max_length=17,
        grouping=((8, "-"), (14, "-")),
        capacity=15,
    ),
}


# --- the fields ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SearchField:
    key: str  # the API's `field` value
    label: str  # "Pesquisar em" text (pt-BR source)
    kind: str  # key of KINDS

    @property
    def value_kind(self) -> ValueKind:
        return KINDS[self.kind]


# In the order of the seed's "Pesquisar em" list, "Todos os campos" first.
FIELDS: tuple[SearchField, ...] = (
    SearchField("any", QT_TRANSLATE_NOOP("ClientSearch", "Todos os campos"), ANY),
    SearchField("name", QT_TRANSLATE_NOOP("ClientSearch", "Nome Cliente"), TEXT),
    SearchField("code", QT_TRANSLATE_NOOP("ClientSearch", "Código Cliente"), CODE),
    SearchField("email_account", QT_TRANSLATE_NOOP("ClientSearch", "Conta E-mail"), EMAIL),
    SearchField("domain", QT_TRANSLATE_NOOP("ClientSearch", "Domínio"), DOMAIN),
    SearchField("login", QT_TRANSLATE_NOOP("ClientSearch", "Login Radius"), LOGIN),
    SearchField("contact_name", QT_TRANSLATE_NOOP("ClientSearch", "Nome Contato"), TEXT),
    SearchField("trade_name", QT_TRANSLATE_NOOP("ClientSearch", "Nome Fantasia"), TEXT),
    SearchField("address", QT_TRANSLATE_NOOP("ClientSearch", "Endereço"), TEXT),
    SearchField("install_address", QT_TRANSLATE_NOOP("ClientSearch", "Endereço Instalação"), TEXT),
    SearchField("phone", QT_TRANSLATE_NOOP("ClientSearch", "Telefone"), PHONE),
    SearchField("start_date", QT_TRANSLATE_NOOP("ClientSearch", "Data Início"), DATE),
    SearchField("city", QT_TRANSLATE_NOOP("ClientSearch", "Cidade"), TEXT),
    SearchField("cpf", QT_TRANSLATE_NOOP("ClientSearch", "CPF"), CPF),
    SearchField("cnpj", QT_TRANSLATE_NOOP("ClientSearch", "CNPJ"), CNPJ),
    SearchField("ip", QT_TRANSLATE_NOOP("ClientSearch", "IP"), IP),
    SearchField("mac", QT_TRANSLATE_NOOP("ClientSearch", "MAC"), MAC),
    SearchField("mac2", QT_TRANSLATE_NOOP("ClientSearch", "MAC2"), MAC),
    SearchField("mac_onu", QT_TRANSLATE_NOOP("ClientSearch", "MAC ONU"), MAC),
    SearchField("boleto", QT_TRANSLATE_NOOP("ClientSearch", "Número Boleto"), DIGITS),
    SearchField("circuit", QT_TRANSLATE_NOOP("ClientSearch", "Nº de Circuito"), CODE),
    SearchField("contact_email", QT_TRANSLATE_NOOP("ClientSearch", "E-mail Contato"), EMAIL),
    SearchField("contact_mobile", QT_TRANSLATE_NOOP("ClientSearch", "Celular (contato)"), PHONE),
    SearchField("mobile", QT_TRANSLATE_NOOP("ClientSearch", "Celular (cliente)"), PHONE),
    SearchField("contract", QT_TRANSLATE_NOOP("ClientSearch", "Número do Contrato"), CODE),
    SearchField("voice_terminal", QT_TRANSLATE_NOOP("ClientSearch", "Terminal de Voz"), PHONE),
    SearchField("reference", QT_TRANSLATE_NOOP("ClientSearch", "Referência"), TEXT),
    SearchField("invoice_number", QT_TRANSLATE_NOOP("ClientSearch", "Número NF"), CODE),
    SearchField("deleted_email", QT_TRANSLATE_NOOP("ClientSearch", "Email (Apagado)"), EMAIL),
    SearchField("deleted_login", QT_TRANSLATE_NOOP("ClientSearch", "Login (Apagado)"), LOGIN),
    SearchField("deleted_ip_mac", QT_TRANSLATE_NOOP("ClientSearch", "IP MAC (Apagado)"), IP_OR_MAC),
    SearchField("deleted_terminal", QT_TRANSLATE_NOOP("ClientSearch", "Terminal (Apagado)"), PHONE),
    SearchField("smartcard", QT_TRANSLATE_NOOP("ClientSearch", "Smartcard"), CODE),
    SearchField("cas", QT_TRANSLATE_NOOP("ClientSearch", "CAS (Nro. Equip. TV)"), CODE),
    SearchField("service_order", QT_TRANSLATE_NOOP("ClientSearch", "Ordem de Serviço"), DIGITS),
    SearchField("protocol", QT_TRANSLATE_NOOP("ClientSearch", "Ocorrência (protocolo)"), PROTOCOL),
    SearchField("serial", QT_TRANSLATE_NOOP("ClientSearch", "Serial Number"), CODE),
)
FIELDS_BY_KEY: dict[str, SearchField] = {f.key: f for f in FIELDS}
DEFAULT_FIELD = "any"

CONDITIONS: tuple[tuple[str, str], ...] = (
    ("contains", QT_TRANSLATE_NOOP("ClientSearch", "Contém")),
    ("equals", QT_TRANSLATE_NOOP("ClientSearch", "Igual")),
    ("starts_with", QT_TRANSLATE_NOOP("ClientSearch", "Começa com")),
)
DEFAULT_CONDITION = "contains"
MIN_LIMIT, MAX_LIMIT, DEFAULT_LIMIT = 1, 500, 50


def field(key: str) -> SearchField:
    return FIELDS_BY_KEY[key]


def field_label(key: str | None) -> str:
    spec = FIELDS_BY_KEY.get(key or "")
    return spec.label if spec else (key or "")


# --- typing help -----------------------------------------------------------------------------------


def is_allowed(kind: str, text: str) -> bool:
    """Whether `text` may be typed in a field of this kind (only the character set and length)."""
    spec = KINDS[kind]
    if len(text) > spec.max_length:
        return False
    return spec.allowed is None or re.fullmatch(spec.allowed, text) is not None


def auto_format(kind: str, text: str) -> str:
    """Separators put in as the operator types (seed 002: MAC gets its "-" automatically).

    Only the symbols count: '12345678909' → '123.456.789-09', 'aabbcc' → 'AA-BB-CC'. A separator is
    only written once a symbol follows it, so backspace never fights the operator. Text with
    anything but symbols and separators, or too many symbols, is returned unchanged.
    """
    spec = KINDS[kind]
    if not spec.grouping or not text.strip():
        return text
    separators = {sep for _, sep in spec.grouping} | {" ", ":", "-", "."}
    symbols = [ch for ch in text if re.fullmatch(spec.symbols, ch)]
    if any(ch not in separators and not re.fullmatch(spec.symbols, ch) for ch in text):
        return text
    if len(symbols) > spec.capacity:
        return text
    out: list[str] = []
    breaks = dict(spec.grouping)
    for index, ch in enumerate(symbols):
        if index in breaks:
            out.append(breaks[index])
        out.append(ch.upper() if spec.upper else ch)
    return "".join(out)


# --- showing values --------------------------------------------------------------------------------

def document_kind(number: str | None) -> str:
    n = len(digits(number))
    return "CPF" if n == 11 else "CNPJ" if n == 14 else ""


def join_address(*parts: str | None) -> str:
    return ", ".join(p.strip() for p in parts if p and p.strip())


def address_line(data: dict, prefix: str = "") -> str:
    """'Rua X, 123, apto 2 — Centro — São Paulo/SP — CEP 01001-000' from a client/subscription dict."""
    get = lambda key: (data.get(prefix + key) or "").strip()
    street = join_address(get("street"), get("number"), get("complement"))
    city = get("city") + (f"/{get('uf')}" if get("uf") else "")
    cep = format_cep(get("cep"))
    pieces = [street, get("district"), city, (f"CEP {cep}" if cep else "")]
    return " — ".join(p for p in pieces if p)


# --- status ----------------------------------------------------------------------------------------

# status → (label, colour kind of desk_client.style.status_style: ok / wait / bad / neutral)
CLIENT_STATUS: dict[str, tuple[str, str]] = {
    "ativo": (QT_TRANSLATE_NOOP("ClientSearch", "Ativo"), "ok"),
    "suspenso": (QT_TRANSLATE_NOOP("ClientSearch", "Suspenso"), "bad"),
    "cancelado": (QT_TRANSLATE_NOOP("ClientSearch", "Cancelado"), "neutral"),
}


def status_label(status: str | None) -> tuple[str, str]:
    """(word, colour kind) of a client or subscription status; unknown statuses stay neutral."""
    if not status:
        return "", "neutral"
    return CLIENT_STATUS.get(status, (status.capitalize(), "neutral"))


# --- sorting ---------------------------------------------------------------------------------------


def text_sort_key(text: str | None) -> str:
    """Case- and accent-insensitive order ('Álvaro' next to 'Alvaro')."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def code_sort_key(code: str | None) -> tuple:
    """Numeric codes in numeric order ('2' before '10'), then the others alphabetically."""
    code = (code or "").strip()
    return (0, int(code), "") if code.isdigit() else (1, 0, code.casefold())
