"""Rules of the client record without Qt (issue 13): the words of the contract's Detalhes and
Conexão (seed 003), the choices of Adicionar Plano, the body of a new subscription, the invoice
details of Financeiro, the OpenStreetMap address of a prospect. Tested directly.

Texts are pt-BR source strings (context CONTEXT) that the windows translate.
"""
from __future__ import annotations

from urllib.parse import quote_plus

from ..ui.formats import date_ptbr, format_mac, money_ptbr
from .search_fields import QT_TRANSLATE_NOOP

CONTEXT = "ClientRecord"
MASK = "••••••••"

BILLING_TYPES = {"pos_pago": QT_TRANSLATE_NOOP("ClientRecord", "Pós-pago"),
                 "pre_pago": QT_TRANSLATE_NOOP("ClientRecord", "Pré-pago")}
BILLING_METHODS = {"boleto": QT_TRANSLATE_NOOP("ClientRecord", "Boleto"),
                   "pix": QT_TRANSLATE_NOOP("ClientRecord", "Pix"),
                   "cartao": QT_TRANSLATE_NOOP("ClientRecord", "Cartão de crédito"),
                   "debito": QT_TRANSLATE_NOOP("ClientRecord", "Débito em conta"),
                   "carne": QT_TRANSLATE_NOOP("ClientRecord", "Carnê")}
IP_TYPES = {"dinamico": QT_TRANSLATE_NOOP("ClientRecord", "Dinâmico"),
            "fixo": QT_TRANSLATE_NOOP("ClientRecord", "Fixo")}
STATUSES = {"ativo": QT_TRANSLATE_NOOP("ClientRecord", "Ativo"),
            "suspenso": QT_TRANSLATE_NOOP("ClientRecord", "Suspenso"),
            "cancelado": QT_TRANSLATE_NOOP("ClientRecord", "Cancelado")}
SECRETS = {"pppoe": QT_TRANSLATE_NOOP("ClientRecord", "Senha"),
           "equipment": QT_TRANSLATE_NOOP("ClientRecord", "Senha equipamento")}


def _words(table: dict[str, str], key: str | None) -> str:
    return table.get(key or "", key or "")


def period(details: dict) -> str:
    start, end = date_ptbr(details.get("valid_from")), date_ptbr(details.get("valid_to"))
    if start and end:
        return f"{start} a {end}"
    return f"desde {start}" if start else (f"até {end}" if end else "")


# Each row: (label, key, how to show). The window translates the label and the word values.
DETAIL_ROWS = (
    (QT_TRANSLATE_NOOP("ClientRecord", "Tipo de faturamento"), "billing_type", BILLING_TYPES),
    (QT_TRANSLATE_NOOP("ClientRecord", "Situação"), "status", STATUSES),
    (QT_TRANSLATE_NOOP("ClientRecord", "Vigência"), "period", None),
    (QT_TRANSLATE_NOOP("ClientRecord", "Valor"), "monthly_value", "money"),
    (QT_TRANSLATE_NOOP("ClientRecord", "Tipo de cobrança"), "billing_method", BILLING_METHODS),
    (QT_TRANSLATE_NOOP("ClientRecord", "Dia de vencimento"), "due_day", None),
    (QT_TRANSLATE_NOOP("ClientRecord", "Vendedor"), "seller", None),
    (QT_TRANSLATE_NOOP("ClientRecord", "Endereço"), "address", None),
)

CONNECTION_ROWS = (
    (QT_TRANSLATE_NOOP("ClientRecord", "Login"), "login", None),
    (SECRETS["pppoe"], "pppoe", "secret"),
    (QT_TRANSLATE_NOOP("ClientRecord", "Tipo de IP"), "ip_type", IP_TYPES),
    (QT_TRANSLATE_NOOP("ClientRecord", "IP"), "ip", None),
    (QT_TRANSLATE_NOOP("ClientRecord", "MAC"), "mac", "mac"),
    (QT_TRANSLATE_NOOP("ClientRecord", "Tipo de equipamento"), "equipment_type", None),
    (QT_TRANSLATE_NOOP("ClientRecord", "Concentrador"), "routing_point", None),
    (QT_TRANSLATE_NOOP("ClientRecord", "Ponto de acesso"), "access_point", None),
    (QT_TRANSLATE_NOOP("ClientRecord", "Splitter"), "splitter", None),
    (QT_TRANSLATE_NOOP("ClientRecord", "Slot OLT"), "olt_slot", None),
    (QT_TRANSLATE_NOOP("ClientRecord", "Porta OLT"), "olt_port", None),
    (QT_TRANSLATE_NOOP("ClientRecord", "Porta splitter"), "splitter_port", None),
    (QT_TRANSLATE_NOOP("ClientRecord", "Condomínio"), "condominium", None),
    (QT_TRANSLATE_NOOP("ClientRecord", "Serial"), "serial_number", None),
    (QT_TRANSLATE_NOOP("ClientRecord", "Código etiqueta"), "label_code", None),
    (QT_TRANSLATE_NOOP("ClientRecord", "Descrição etiqueta"), "label_description", None),
    (QT_TRANSLATE_NOOP("ClientRecord", "Serviço"), "service", None),
    (QT_TRANSLATE_NOOP("ClientRecord", "Endereço"), "address", None),
    (QT_TRANSLATE_NOOP("ClientRecord", "Usuário equipamento"), "equipment_user", None),
    (SECRETS["equipment"], "equipment", "secret"),
)


def shown(record_part: dict, key: str, how) -> str:
    """The text of one row (secrets: the mask when stored, '' when not; the window reveals them)."""
    if how == "secret":
        return MASK if record_part.get(f"has_{'pppoe' if key == 'pppoe' else 'equipment'}_password") else ""
    if key == "period":
        return period(record_part)
    value = record_part.get(key)
    if how == "money":
        return money_ptbr(value)
    if how == "mac":
        return format_mac(value) if value else ""
    if isinstance(how, dict):
        return _words(how, value)
    return "" if value is None else str(value)


# --- Adicionar Plano -------------------------------------------------------------------------------

def new_subscription_body(form: dict) -> tuple[dict | None, str]:
    """(body, "") or (None, the first problem) from the dialog's values."""
    if not form.get("plan_id"):
        return None, QT_TRANSLATE_NOOP("ClientRecord", "Escolha o plano.")
    login = (form.get("login") or "").strip().lower()
    contract = (form.get("contract") or "").strip()
    if not contract:
        return None, QT_TRANSLATE_NOOP("ClientRecord", "Informe o número do contrato.")
    body = {"plan_id": form["plan_id"], "billing_method": form.get("billing_method") or "boleto",
            "due_day": int(form.get("due_day") or 10), "contract": {"number": contract}}
    if login:
        body["login"] = login
    for key in ("seller_id", "routing_point_id"):
        if form.get(key):
            body[key] = form[key]
    if form.get("pppoe_password"):
        body["pppoe_password"] = form["pppoe_password"]
    return body, ""


# --- Financeiro: the invoice details (seed 004, 5.1.1) ------------------------------------------

INVOICE_STATUS = {"paid": QT_TRANSLATE_NOOP("ClientRecord", "Paga"),
                  "open": QT_TRANSLATE_NOOP("ClientRecord", "Em aberto"),
                  "overdue": QT_TRANSLATE_NOOP("ClientRecord", "Vencida")}


def invoice_details(invoice: dict) -> list[tuple[str, str]]:
    """(label, text) rows of one invoice, in the order of the seed's columns, then the rest."""
    return [
        (QT_TRANSLATE_NOOP("ClientRecord", "Data Venc."), date_ptbr(invoice.get("due_date"))),
        (QT_TRANSLATE_NOOP("ClientRecord", "Histórico"), invoice.get("description") or ""),
        (QT_TRANSLATE_NOOP("ClientRecord", "V. Lançado"), money_ptbr(invoice.get("amount"))),
        (QT_TRANSLATE_NOOP("ClientRecord", "Dt. Baixa"), date_ptbr(invoice.get("paid_date"))),
        (QT_TRANSLATE_NOOP("ClientRecord", "Saldo"), money_ptbr(invoice.get("balance"))),
        (QT_TRANSLATE_NOOP("ClientRecord", "Situação"), _words(INVOICE_STATUS, invoice.get("status"))),
        (QT_TRANSLATE_NOOP("ClientRecord", "Boleto"), invoice.get("boleto_number") or ""),
        (QT_TRANSLATE_NOOP("ClientRecord", "Nota fiscal"), invoice.get("nf_number") or ""),
    ]


# --- Prospectos: Mapa ------------------------------------------------------------------------------

def map_url(prospect: dict, location: dict | None) -> str:
    """OpenStreetMap at the coordinates when known, else a search for the address."""
    lat = (location or {}).get("latitude")
    lon = (location or {}).get("longitude")
    if lat is not None and lon is not None:
        return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=18/{lat}/{lon}"
    parts = [prospect.get(k) for k in ("street", "number", "district", "city", "uf")]
    cep = prospect.get("cep")
    if cep:
        parts.append(f"{cep[:5]}-{cep[5:]}" if len(cep) == 8 else cep)
    query = ", ".join(p for p in parts if p)
    return f"https://www.openstreetmap.org/search?query={quote_plus(query + ', Brasil')}" if query else ""


def parse_coordinate(text: str, limit: int) -> float | None:
    """'-20,8197' or '-20.8197' → float within ±limit; None when not a coordinate."""
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        return None
    return value if -limit <= value <= limit else None


# --- client create / edit --------------------------------------------------------------------------

CLIENT_TEXT_FIELDS = ("name", "trade_name", "document", "rg_ie", "email", "phone", "mobile", "street", "number",
                      "complement", "district", "city", "uf", "cep", "reference", "notes")
ADDRESS_FIELDS = ("street", "number", "complement", "district", "city", "uf", "cep")


def client_form_values(client: dict) -> dict:
    """The edit form's values from GET /clients/{id} (the address is nested there)."""
    values = {k: client.get(k) or "" for k in CLIENT_TEXT_FIELDS if k not in ADDRESS_FIELDS}
    address = client.get("address") or {}
    values.update({k: address.get(k) or "" for k in ADDRESS_FIELDS})
    values["document"] = client.get("document_formatted") or client.get("document") or ""
    values["person_type"] = client.get("person_type") or "PF"
    values["status"] = client.get("status") or "ativo"
    return values


def client_body(form: dict, original: dict | None = None) -> tuple[dict | None, str]:
    """POST body (new client) or PATCH body with only what changed; (None, problem) when invalid.
    The server validates CPF/CNPJ, phones, CEP and UF and answers in Portuguese."""
    name = " ".join((form.get("name") or "").split())
    if not name:
        return None, QT_TRANSLATE_NOOP("ClientRecord", "Informe o nome do cliente.")
    body = {k: (form.get(k) or "").strip() or None for k in CLIENT_TEXT_FIELDS}
    body["name"] = name
    body["person_type"] = form.get("person_type") or "PF"
    body["status"] = form.get("status") or "ativo"
    if original is None:
        return {k: v for k, v in body.items() if v is not None}, ""
    before = client_form_values(original)
    changed = {k: v for k, v in body.items() if (v or "") != (before.get(k) or "")}
    return changed, ""
