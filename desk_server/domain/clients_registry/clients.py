"""Create and edit clients (supervisors and admins; the route checks the role).

The client's code is the ISP's own number: given (import, migration from another system) or the next
free number. The `search_*` twins are refreshed on every write (refresh_client_search), so a client
created here is found by Localizar Cliente at once.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import BigInteger, Boolean, and_, cast, func, select
from sqlalchemy.orm import Session

from ...models.clients import CLIENT_STATUSES, PERSON_TYPES, Client
from ..clients import refresh_client_search
from ..errors import Conflict, Invalid
from ..rows import get_or_404
from . import values as v

PLAIN_TEXT = ("name", "trade_name", "rg_ie", "reference", "notes")
MAX_LENGTHS = {"name": 150, "trade_name": 150, "rg_ie": 30, "reference": 255, "street": 150,
               "install_street": 150, "number": 20, "install_number": 20, "complement": 80,
               "install_complement": 80, "district": 80, "install_district": 80, "city": 80, "install_city": 80}
LABELS = {"name": "Nome", "trade_name": "Nome fantasia", "rg_ie": "RG/IE", "reference": "Referência",
          "street": "Endereço", "number": "Número", "complement": "Complemento", "district": "Bairro",
          "city": "Cidade"}


def _check_lengths(values: dict[str, Any]) -> None:
    for key, limit in MAX_LENGTHS.items():
        value = values.get(key)
        if value and len(value) > limit:
            label = LABELS.get(key.removeprefix("install_"), key)
            raise Invalid(f"{label}: no máximo {limit} caracteres.")


def client_values(data: dict[str, Any], person_type: str) -> dict[str, Any]:
    """Normalised columns for the keys present in `data` (a create or a partial update)."""
    out: dict[str, Any] = {}
    for key in PLAIN_TEXT:
        if key in data:
            out[key] = v.text(data[key]) if key != "notes" else (data[key] or "").strip() or None
    if "document" in data:
        out["document"] = v.document(person_type, data["document"])
    if "email" in data:
        out["email"] = v.email(data["email"])
    if "phone" in data:
        out["phone"] = v.phone(data["phone"])
    if "mobile" in data:
        out["mobile"] = v.phone(data["mobile"], "Celular")
    for key in ("birth_date", "start_date"):
        if key in data:
            out[key] = data[key]
    if "status" in data and data["status"] is not None:
        if data["status"] not in CLIENT_STATUSES:
            raise Invalid("Situação inválida: use ativo, suspenso ou cancelado.")
        out["status"] = data["status"]
    out.update(v.address(data))
    out.update(v.address(data, "install_"))
    _check_lengths(out)
    return out


def next_code(session: Session) -> str:
    """One more than the largest all-digit code (codes of other shapes are left alone)."""
    if session.get_bind().dialect.name == "postgresql":
        digits_only = Client.code.regexp_match("^[0-9]{1,18}$")
    else:
        digits_only = and_(Client.code.op("NOT GLOB", return_type=Boolean)("*[^0-9]*"), Client.code != "",
                           func.length(Client.code) <= 18)
    top = session.scalar(select(func.max(cast(Client.code, BigInteger))).where(digits_only))
    return str((top or 0) + 1)


def create_client(session: Session, data: dict[str, Any], today: date) -> Client:
    person_type = data.get("person_type")
    if person_type not in PERSON_TYPES:
        raise Invalid("Tipo de pessoa inválido: use PF (CPF) ou PJ (CNPJ).")
    values = client_values(data, person_type)
    if not values.get("name"):
        raise Invalid("Nome do cliente é obrigatório.")
    code = v.code(data.get("code")) or next_code(session)
    if len(code) > 20:
        raise Invalid("Código do cliente: no máximo 20 caracteres.")
    if session.scalar(select(Client.id).where(Client.code == code)):
        raise Conflict(f"Já existe um cliente com o código {code}.")
    values.setdefault("start_date", None)
    if values["start_date"] is None:
        values["start_date"] = today
    client = Client(code=code, person_type=person_type, search_name="", **values)
    refresh_client_search(client)
    session.add(client)
    session.flush()
    return client


def update_client(session: Session, client_id: int, data: dict[str, Any]) -> Client:
    client = get_or_404(session, Client, client_id, "Cliente não encontrado.")
    person_type = data.get("person_type") or client.person_type
    if person_type not in PERSON_TYPES:
        raise Invalid("Tipo de pessoa inválido: use PF (CPF) ou PJ (CNPJ).")
    if person_type != client.person_type and "document" not in data and client.document:
        raise Invalid("Ao mudar o tipo de pessoa, informe o novo documento (CPF ou CNPJ).")
    values = client_values(data, person_type)
    if "name" in values and not values["name"]:
        raise Invalid("Nome do cliente é obrigatório.")
    if data.get("code") is not None:
        code = v.code(data["code"])
        if not code:
            raise Invalid("Código do cliente é obrigatório.")
        if session.scalar(select(Client.id).where(Client.code == code, Client.id != client.id)):
            raise Conflict(f"Já existe um cliente com o código {code}.")
        values["code"] = code
    values["person_type"] = person_type
    for key, value in values.items():
        setattr(client, key, value)
    refresh_client_search(client)
    session.flush()
    return client
