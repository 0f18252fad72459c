"""The built-in "Pesquisar em" fields (DESIGN §4), registered on import.

`protocol` and `service_order` are placeholders until the tickets issue registers the real
builders (with `replace=True`): they validate what is typed and find nothing.
"""
from __future__ import annotations

import re

from sqlalchemy import func, select, union_all

from ...models.clients import (
    Client,
    Contact,
    Contract,
    Domain,
    EmailAccount,
    Invoice,
    RemovedIdentifier,
    Subscription,
)
from ..documents import (
    CNPJ_LENGTH,
    CPF_LENGTH,
    InvalidDocument,
    digits,
    format_cnpj,
    format_cpf,
    format_phone,
    looks_like_document_text,
    normalise_cnpj,
    normalise_cpf,
    normalise_phone,
)
from ..protocols import InvalidProtocol, parse_protocol
from .normalise import (
    InvalidValue,
    date_range,
    fold_code,
    fold_login,
    fold_text,
    format_mac,
    ip_fragment,
    looks_like_mac,
    mac_fragment,
    normalise_ip,
    normalise_mac,
)
from .registry import SearchContext, register_field

# --- normalisers ------------------------------------------------------------------------------------


def text_term(text: str, condition: str) -> str:
    folded = fold_text(text)
    if not folded:
        raise InvalidValue("Digite letras ou números para pesquisar.")
    return folded


def code_term(text: str, condition: str) -> str:
    return fold_code(text)


def lower_term(text: str, condition: str) -> str:
    return text.strip().lower()


def login_term(text: str, condition: str) -> str:
    return fold_login(text)


def domain_term(text: str, condition: str) -> str:
    term = text.strip().lower().lstrip("@")
    if not term:
        raise InvalidValue("domínio inválido: ex. empresa.com.br")
    return term


def digits_term(what: str):
    def normalise(text: str, condition: str) -> str:
        if not looks_like_document_text(text):
            raise InvalidValue(f"{what}: digite apenas números (pontuação é opcional)")
        number = digits(text)
        if not number:
            raise InvalidValue(f"{what}: digite os números")
        return number
    return normalise


def phone_term(text: str, condition: str) -> str:
    if not looks_like_document_text(text):
        raise InvalidValue("telefone inválido: digite apenas números, ex. (11) 98765-4321")
    number = normalise_phone(text)
    if not number or len(number) < 2:
        raise InvalidValue("telefone inválido: digite pelo menos 2 números")
    return number


def document_term(kind: str):
    exact = normalise_cpf if kind == "CPF" else normalise_cnpj
    full = CPF_LENGTH if kind == "CPF" else CNPJ_LENGTH

    def normalise(text: str, condition: str) -> str:
        if not looks_like_document_text(text):
            raise InvalidValue(f"{kind} inválido: digite apenas números (pontuação é opcional)")
        number = digits(text)
        if condition == "equals" or len(number) == full:
            try:
                return exact(number)
            except InvalidDocument as exc:
                raise InvalidValue(str(exc)) from None
        if len(number) > full:
            raise InvalidValue(f"{kind} inválido: tem mais de {full} dígitos")
        if len(number) < 2:
            raise InvalidValue(f"{kind}: digite pelo menos 2 números")
        return number
    return normalise


def mac_term(text: str, condition: str) -> str:
    return normalise_mac(text) if condition == "equals" else mac_fragment(text)


def ip_term(text: str, condition: str) -> str:
    return normalise_ip(text) if condition == "equals" else ip_fragment(text)


def date_term(text: str, condition: str):
    return date_range(text)


def ip_mac_term(text: str, condition: str) -> tuple[tuple[str, ...], str]:
    """A removed IP or MAC: decide which one was typed."""
    raw = text.strip()
    if looks_like_mac(raw):
        return ("mac",), normalise_mac(raw)
    if re.fullmatch(r"[0-9.]+", raw) or ":" in raw and not re.fullmatch(r"[0-9a-fA-F]{2}([:-][0-9a-fA-F]{2})+:?", raw):
        if condition == "equals":
            return ("ip",), normalise_ip(raw)
        return ("ip",), ip_fragment(raw)
    try:
        return ("mac",), mac_term(raw, condition)
    except InvalidValue:
        raise InvalidValue("IP/MAC inválido: digite um IP (100.64.0.1) ou um MAC (AA:BB:CC:DD:EE:FF)") from None


def protocol_term(text: str, condition: str) -> str:
    compact = re.sub(r"[-.\s]", "", text)
    if not (compact.isascii() and compact.isdigit()):  # str.isdigit() also takes "٢٠٢٦" and "２０２６"
        raise InvalidValue("protocolo inválido: use apenas números, ex. 20261122-000123-7")
    if condition == "equals" or len(compact) >= 15:
        try:
            return parse_protocol(text)
        except InvalidProtocol as exc:
            raise InvalidValue(str(exc)) from None
    return compact


def service_order_term(text: str, condition: str) -> str:
    compact = re.sub(r"[-.\s/]", "", text)
    if not (compact.isascii() and compact.isdigit()):  # only 0-9: not "１２３", "١٢٣" nor "१२३"
        raise InvalidValue("ordem de serviço inválida: digite o número da O.S.")
    return compact


# --- displays ---------------------------------------------------------------------------------------


def show_date(value) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def show_ip_or_mac(value: str | None) -> str:
    if value and len(value) == 12 and re.fullmatch(r"[0-9a-f]{12}", value):
        return format_mac(value)
    return value or ""


def show_address(value: str | None) -> str:
    return ", ".join(part.strip() for part in (value or "").split(", ") if part.strip())


# --- builders ---------------------------------------------------------------------------------------


def _on_clients(value, condition):
    return select(Client.id.label("client_id"), value.label("value")).where(condition)


def _joined_address(street, number, district, city):
    """street, number, district, city as one text (empty parts trimmed by show_address)."""
    return (func.coalesce(street, "") + ", " + func.coalesce(number, "") + ", "
            + func.coalesce(district, "") + ", " + func.coalesce(city, ""))


def _billing_address():
    return _joined_address(Client.street, Client.number, Client.district, Client.city)


def _install_address_of(model):
    return _joined_address(model.install_street, model.install_number, model.install_district,
                           model.install_city)


def _live_subscription(column):
    def build(ctx: SearchContext):
        return (select(Subscription.client_id.label("client_id"), column.label("value"))
                .where(ctx.match(column), Subscription.deleted_at.is_(None)))
    return build


def phone_variant(term: str, condition: str) -> str | None:
    """A number without the area code (8-9 digits) "equals" any stored number ending with it."""
    return "suffix" if condition == "equals" and len(term) in (8, 9) else None


def _phone_match(ctx: SearchContext, column):
    if ctx.variant == "suffix":
        return ctx.ends_with(column)
    return ctx.match(column)


def _removed(kind: str):
    def build(ctx: SearchContext):
        return (select(RemovedIdentifier.client_id.label("client_id"), RemovedIdentifier.value.label("value"))
                .where(RemovedIdentifier.kind == kind, ctx.match(RemovedIdentifier.value)))
    return build


def _removed_phone(ctx: SearchContext):
    return (select(RemovedIdentifier.client_id.label("client_id"), RemovedIdentifier.value.label("value"))
            .where(RemovedIdentifier.kind == "terminal", _phone_match(ctx, RemovedIdentifier.value)))


def _removed_ip_mac(ctx: SearchContext):
    kinds, value = ctx.term
    return (select(RemovedIdentifier.client_id.label("client_id"), RemovedIdentifier.value.label("value"))
            .where(RemovedIdentifier.kind.in_(kinds), ctx.match(RemovedIdentifier.value, value)))


def _documents(person_type: str):
    def build(ctx: SearchContext):
        return _on_clients(Client.document, (Client.person_type == person_type) & ctx.match(Client.document))
    return build


def _start_date(ctx: SearchContext):
    start, end = ctx.term
    return _on_clients(Client.start_date, (Client.start_date >= start) & (Client.start_date < end))


def _install_address(ctx: SearchContext):
    return union_all(
        _on_clients(_install_address_of(Client), ctx.match(Client.search_install_address)),
        select(Subscription.client_id.label("client_id"), _install_address_of(Subscription).label("value"))
        .where(ctx.match(Subscription.search_install_address), Subscription.deleted_at.is_(None)),
    )


def _phone(ctx: SearchContext):
    return union_all(
        _on_clients(Client.phone, _phone_match(ctx, Client.phone)),
        select(Contact.client_id.label("client_id"), Contact.phone.label("value"))
        .where(_phone_match(ctx, Contact.phone), Contact.deleted_at.is_(None)),
    )


def _contact(column, matcher=None):
    def build(ctx: SearchContext):
        condition = matcher(ctx, column) if matcher else ctx.match(column)
        value = Contact.name if column is Contact.search_name else column
        return (select(Contact.client_id.label("client_id"), value.label("value"))
                .where(condition, Contact.deleted_at.is_(None)))
    return build


def _contact_email(ctx: SearchContext):
    return union_all(
        select(Contact.client_id.label("client_id"), Contact.email.label("value"))
        .where(ctx.match(Contact.email), Contact.deleted_at.is_(None)),
        _on_clients(Client.email, ctx.match(Client.email)),
    )


def _contract(ctx: SearchContext):
    return (select(Subscription.client_id.label("client_id"), Contract.number.label("value"))
            .join(Subscription, Subscription.id == Contract.subscription_id)
            .where(ctx.match(Contract.number)))


def _invoice(column):
    def build(ctx: SearchContext):
        return select(Invoice.client_id.label("client_id"), column.label("value")).where(ctx.match(column))
    return build


def _email_account(ctx: SearchContext):
    return (select(EmailAccount.client_id.label("client_id"), EmailAccount.address.label("value"))
            .where(ctx.match(EmailAccount.address), EmailAccount.deleted_at.is_(None)))


def _domain(ctx: SearchContext):
    return (select(Domain.client_id.label("client_id"), Domain.name.label("value"))
            .where(ctx.match(Domain.name), Domain.deleted_at.is_(None)))


def _nothing(ctx: SearchContext):
    return None


_installed = False


def install() -> None:
    """Register the built-in fields, first in the list (create_app calls it before the areas' fields;
    nothing registers itself on import). Once per process: a second app finds them there."""
    global _installed
    if _installed:
        return
    _installed = True
    reg = register_field
    # Client's own columns
    reg("name", "Nome Cliente", normalise=text_term, on_clients=True,
        build=lambda ctx: _on_clients(Client.name, ctx.match(Client.search_name)))
    reg("code", "Código Cliente", normalise=code_term, min_length=1, on_clients=True,
        build=lambda ctx: _on_clients(Client.code, ctx.match(Client.code)))
    reg("trade_name", "Nome Fantasia", normalise=text_term, on_clients=True,
        build=lambda ctx: _on_clients(Client.trade_name, ctx.match(Client.search_trade_name)))
    reg("address", "Endereço", normalise=text_term, on_clients=True, display=show_address,
        build=lambda ctx: _on_clients(_billing_address(), ctx.match(Client.search_address)))
    reg("install_address", "Endereço Instalação", normalise=text_term, display=show_address,
        build=_install_address)
    reg("phone", "Telefone", normalise=phone_term, variant=phone_variant, display=format_phone, build=_phone)
    reg("mobile", "Celular (cliente)", normalise=phone_term, variant=phone_variant, display=format_phone, on_clients=True,
        build=lambda ctx: _on_clients(Client.mobile, _phone_match(ctx, Client.mobile)))
    reg("start_date", "Data Início", normalise=date_term, display=show_date, min_length=4, on_clients=True,
        build=_start_date)
    reg("city", "Cidade", normalise=text_term, on_clients=True,
        build=lambda ctx: _on_clients(Client.city, ctx.match(Client.search_city)))
    reg("cpf", "CPF", normalise=document_term("CPF"), display=format_cpf, on_clients=True,
        build=_documents("PF"))
    reg("cnpj", "CNPJ", normalise=document_term("CNPJ"), display=format_cnpj, on_clients=True,
        build=_documents("PJ"))
    reg("reference", "Referência", normalise=text_term, on_clients=True,
        build=lambda ctx: _on_clients(Client.reference, ctx.match(Client.search_reference)))
    # Hosted e-mail and domains
    reg("email_account", "Conta E-mail", normalise=lower_term, build=_email_account)
    reg("domain", "Domínio", normalise=domain_term, build=_domain)
    # Subscriptions (live ones; removed identifiers are in the "(Apagado)" fields)
    reg("login", "Login Radius", normalise=login_term, build=_live_subscription(Subscription.login))
    reg("ip", "IP", normalise=ip_term, build=_live_subscription(Subscription.ip))
    reg("mac", "MAC", normalise=mac_term, display=format_mac, build=_live_subscription(Subscription.mac))
    reg("mac2", "MAC2", normalise=mac_term, display=format_mac, build=_live_subscription(Subscription.mac2))
    reg("mac_onu", "MAC ONU", normalise=mac_term, display=format_mac,
        build=_live_subscription(Subscription.mac_onu))
    reg("circuit", "Nº de Circuito", normalise=code_term, build=_live_subscription(Subscription.circuit_number))
    reg("voice_terminal", "Terminal de Voz", normalise=phone_term, variant=phone_variant, display=format_phone,
        build=lambda ctx: (select(Subscription.client_id.label("client_id"),
                                  Subscription.voice_terminal.label("value"))
                           .where(_phone_match(ctx, Subscription.voice_terminal),
                                  Subscription.deleted_at.is_(None))))
    reg("smartcard", "Smartcard", normalise=code_term, build=_live_subscription(Subscription.smartcard))
    reg("cas", "CAS (Nro. Equip. TV)", normalise=code_term, build=_live_subscription(Subscription.cas))
    reg("serial", "Serial Number", normalise=code_term, build=_live_subscription(Subscription.serial_number))
    reg("contract", "Número do Contrato", normalise=code_term, min_length=1, build=_contract)
    # Contacts
    reg("contact_name", "Nome Contato", normalise=text_term, build=_contact(Contact.search_name))
    reg("contact_email", "E-mail Contato", normalise=lower_term, build=_contact_email)
    reg("contact_mobile", "Celular (contato)", normalise=phone_term, variant=phone_variant, display=format_phone,
        build=_contact(Contact.mobile, _phone_match))
    # Invoices
    reg("boleto", "Número Boleto", normalise=digits_term("Número do boleto"), min_length=1,
        build=_invoice(Invoice.boleto_number))
    reg("invoice_number", "Número NF", normalise=code_term, min_length=1, build=_invoice(Invoice.nf_number))
    # History of removed identifiers
    reg("deleted_email", "Email (Apagado)", normalise=lower_term, build=_removed("email"))
    reg("deleted_login", "Login (Apagado)", normalise=login_term, build=_removed("login"))
    reg("deleted_ip_mac", "IP MAC (Apagado)", normalise=ip_mac_term, display=show_ip_or_mac,
        build=_removed_ip_mac)
    reg("deleted_terminal", "Terminal (Apagado)", normalise=phone_term, variant=phone_variant, display=format_phone,
        build=_removed_phone)
    # Listed in "Pesquisar em" (DESIGN §4) but not searchable yet: finds nothing. The protocol field
    # follows it, registered by domain/tickets/search_fields.install() (create_app calls it).
    reg("service_order", "Ordem de Serviço", normalise=service_order_term, min_length=1, build=_nothing)

# The keys in the order of the "Pesquisar em" list (DESIGN §4).
BUILTIN_KEYS = (
    "name", "code", "email_account", "domain", "login", "contact_name", "trade_name", "address",
    "install_address", "phone", "start_date", "city", "cpf", "cnpj", "ip", "mac", "mac2", "mac_onu",
    "boleto", "circuit", "contact_email", "contact_mobile", "mobile", "contract", "voice_terminal",
    "reference", "invoice_number", "deleted_email", "deleted_login", "deleted_ip_mac", "deleted_terminal",
    "smartcard", "cas", "service_order", "protocol", "serial",
)
