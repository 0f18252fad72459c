"""Prospectos without Qt: the four kinds and the statuses in the UI's words, the list's query, the
record's summary line, the convert body. Tested directly."""
from __future__ import annotations

from ..clients.search_fields import QT_TRANSLATE_NOOP
from ..ui.formats import format_phone

CONTEXT = "Prospects"
KINDS = {"empresarial": QT_TRANSLATE_NOOP("Prospects", "Empresarial"),
         "condominio": QT_TRANSLATE_NOOP("Prospects", "Condomínio"),
         "residente_condominio": QT_TRANSLATE_NOOP("Prospects", "Residente em Condomínio"),
         "residencial": QT_TRANSLATE_NOOP("Prospects", "Residencial")}
STATUSES = {"novo": QT_TRANSLATE_NOOP("Prospects", "Novo"),
            "em_negociacao": QT_TRANSLATE_NOOP("Prospects", "Em negociação"),
            "convertido": QT_TRANSLATE_NOOP("Prospects", "Convertido"),
            "perdido": QT_TRANSLATE_NOOP("Prospects", "Perdido")}


def list_params(name: str, status: str | None, kind: str | None, period: tuple[str, str] | None) -> dict:
    """Query of GET /prospects (ISO dates in `period`, inclusive)."""
    params: dict = {"limit": 500}
    if name.strip():
        params["q"] = name.strip()
    if status:
        params["status"] = status
    if kind:
        params["kind"] = kind
    if period:
        params["from"], params["to"] = period
    return params


def address_line(p: dict) -> str:
    street = ", ".join(x for x in (p.get("street"), p.get("number")) if x)
    city = "/".join(x for x in (p.get("city"), p.get("uf")) if x)
    cep = p.get("cep") or ""
    cep = f"CEP {cep[:5]}-{cep[5:]}" if len(cep) == 8 else ""
    return " — ".join(x for x in (street, p.get("district"), city, cep) if x)


def summary(p: dict) -> list[str]:
    """The lines under the prospect's name: phone and e-mail, then the address."""
    contact = "  ·  ".join(x for x in (format_phone(p.get("phone")), p.get("email")) if x)
    return [x for x in (contact, address_line(p), p.get("notes") or "") if x]


def convert_body(person_type: str, document: str) -> dict:
    body = {"person_type": person_type}
    if document.strip():
        body["document"] = document.strip()
    return body
