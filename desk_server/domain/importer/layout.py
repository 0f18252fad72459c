"""The CSV layout (docs/import-layout.md): column names and the normalisation of one line.

One line is one client, optionally with one contact and one subscription; more contacts or
subscriptions of the same client are more lines with the same `codigo` (client columns may then be
left blank: blank client columns never erase what an earlier line or the database holds).
"""
from __future__ import annotations

from datetime import date
from typing import Any

from ..clients import client_search_columns
from ..clients_registry import values as v
from ..errors import Invalid
from ..search.normalise import InvalidValue, fold_text, parse_date

CLIENT_COLUMNS = {  # CSV column -> clients column
    "codigo": "code", "tipo_pessoa": "person_type", "nome": "name", "nome_fantasia": "trade_name",
    "cpf_cnpj": "document", "rg_ie": "rg_ie", "data_nascimento": "birth_date", "data_inicio": "start_date",
    "situacao": "status", "email": "email", "telefone": "phone", "celular": "mobile", "endereco": "street",
    "numero": "number", "complemento": "complement", "bairro": "district", "cidade": "city", "uf": "uf",
    "cep": "cep", "referencia": "reference",
}
CONTACT_COLUMNS = {"contato_nome": "name", "contato_cargo": "role", "contato_telefone": "phone",
                   "contato_celular": "mobile", "contato_email": "email"}
SUBSCRIPTION_COLUMNS = {"plano": "plan", "login": "login", "senha_pppoe": "pppoe_password", "ip": "ip",
                        "mac": "mac", "concentrador": "routing_point", "situacao_plano": "status",
                        "dia_vencimento": "due_day", "forma_cobranca": "billing_method", "contrato": "contract"}
ALL_COLUMNS = (*CLIENT_COLUMNS, *CONTACT_COLUMNS, *SUBSCRIPTION_COLUMNS)
REQUIRED_COLUMNS = ("codigo", "nome")
STATUSES = ("ativo", "suspenso", "cancelado")
BILLING_METHODS = ("boleto", "cartao", "debito", "pix", "carne")
LIMITS = {"name": 150, "trade_name": 150, "rg_ie": 30, "street": 150, "number": 20, "complement": 80,
          "district": 80, "city": 80, "reference": 255}


class Refused(Exception):
    """A line that cannot be imported; the message says why, in Portuguese."""


def check_header(header: list[str]) -> list[str]:
    """The header's column names (lowercase, trimmed); refuses unknown or missing columns."""
    names = [h.strip().lower().lstrip("\ufeff") for h in header]
    unknown = [n for n in names if n and n not in ALL_COLUMNS]
    if unknown:
        raise Refused("Colunas desconhecidas no cabeçalho: " + ", ".join(unknown) +
                      ". Veja docs/import-layout.md.")
    missing = [n for n in REQUIRED_COLUMNS if n not in names]
    if missing:
        raise Refused("Faltam colunas obrigatórias no cabeçalho: " + ", ".join(missing) + ".")
    return names


def _date(text: str, label: str) -> date | None:
    if not text:
        return None
    try:
        return parse_date(text)
    except InvalidValue:
        raise Refused(f"{label}: data inválida, use dd/mm/aaaa.") from None


def _choice(text: str, allowed: tuple[str, ...], label: str) -> str | None:
    value = fold_text(text).replace(" ", "_") or None
    if value is not None and value not in allowed:
        raise Refused(f"{label}: use {', '.join(allowed)}.")
    return value


def client_part(raw: dict[str, str]) -> dict[str, Any]:
    code = v.code(raw.get("codigo"))
    if not code or len(code) > 20:
        raise Refused("codigo: obrigatório, até 20 caracteres.")
    person_type = (raw.get("tipo_pessoa") or "").strip().upper() or None
    document = raw.get("cpf_cnpj", "").strip()
    if person_type is None and document:
        person_type = "PJ" if len(v.digits_of(document)) == 14 else "PF"
    if person_type not in (None, "PF", "PJ"):
        raise Refused("tipo_pessoa: use PF ou PJ.")
    out: dict[str, Any] = {"code": code, "person_type": person_type,
                           "document": v.document(person_type, document) if document else None}
    for column in ("nome", "nome_fantasia", "rg_ie", "endereco", "numero", "complemento", "bairro", "cidade",
                   "referencia"):
        key = CLIENT_COLUMNS[column]
        out[key] = v.text(raw.get(column))
        if out[key] and len(out[key]) > LIMITS[key]:
            raise Refused(f"{column}: no máximo {LIMITS[key]} caracteres.")
    out["email"] = v.email(raw.get("email"))
    out["phone"] = v.phone(raw.get("telefone"))
    out["mobile"] = v.phone(raw.get("celular"), "Celular")
    out["uf"] = v.uf(raw.get("uf"))
    out["cep"] = v.cep(raw.get("cep"))
    out["birth_date"] = _date(raw.get("data_nascimento", "").strip(), "data_nascimento")
    out["start_date"] = _date(raw.get("data_inicio", "").strip(), "data_inicio")
    out["status"] = _choice(raw.get("situacao", ""), STATUSES, "situacao")
    out.update(client_search_columns(out))
    return out


def contact_part(raw: dict[str, str]) -> dict[str, Any] | None:
    name = v.text(raw.get("contato_nome"))
    others = [raw.get(c, "").strip() for c in CONTACT_COLUMNS if c != "contato_nome"]
    if not name:
        if any(others):
            raise Refused("contato_nome: obrigatório quando há dados de contato.")
        return None
    return {"name": name[:120], "search_name": fold_text(name)[:120], "role": v.text(raw.get("contato_cargo")),
            "phone": v.phone(raw.get("contato_telefone"), "Telefone do contato"),
            "mobile": v.phone(raw.get("contato_celular"), "Celular do contato"),
            "email": v.email(raw.get("contato_email"))}


def subscription_part(raw: dict[str, str], plans: dict[str, int], points: dict[str, int]) -> dict[str, Any] | None:
    plan = fold_text(raw.get("plano"))
    login = v.login(raw.get("login"))
    filled = [raw.get(c, "").strip() for c in SUBSCRIPTION_COLUMNS if c not in ("plano", "login")]
    if not plan and not login:
        if any(filled):
            raise Refused("plano e login: obrigatórios quando há dados de plano.")
        return None
    if not plan or not login:
        raise Refused("plano e login: informe os dois (o login identifica o plano do cliente).")
    if plan not in plans:
        raise Refused(f"plano: '{raw.get('plano', '').strip()}' não existe no cadastro de planos.")
    point = fold_text(raw.get("concentrador"))
    if point and point not in points:
        raise Refused(f"concentrador: '{raw.get('concentrador', '').strip()}' não existe.")
    due = (raw.get("dia_vencimento") or "").strip()
    if due and (not (due.isascii() and due.isdigit()) or not 1 <= int(due) <= 28):
        raise Refused("dia_vencimento: de 1 a 28.")
    password = raw.get("senha_pppoe") or None
    if password and len(password) > 128:
        raise Refused("senha_pppoe: no máximo 128 caracteres.")
    contract = v.code(raw.get("contrato")) or None
    if contract and len(contract) > 40:
        raise Refused("contrato: no máximo 40 caracteres.")
    return {"plan_id": plans[plan], "login": login, "ip": v.ip(raw.get("ip")), "mac": v.mac(raw.get("mac")),
            "routing_point_id": points.get(point) if point else None,
            "status": _choice(raw.get("situacao_plano", ""), STATUSES, "situacao_plano") or "ativo",
            "due_day": int(due) if due else 10,
            "billing_method": _choice(raw.get("forma_cobranca", ""), BILLING_METHODS, "forma_cobranca") or "boleto",
            "pppoe_password": password, "contract": contract}


def parse_line(raw: dict[str, str], plans: dict[str, int], points: dict[str, int]):
    """(client, contact or None, subscription or None) of one line; raises Refused with the reason."""
    try:
        client = client_part(raw)
        if client["person_type"] is None and client["name"]:
            client["person_type"] = "PF"
        return client, contact_part(raw), subscription_part(raw, plans, points)
    except Invalid as exc:
        raise Refused(exc.message) from None
