"""How the wizard's pages describe a client, an address and a related record (text only)."""
from __future__ import annotations

from ...clients import search_fields as sf
from ...ui.formats import digits, format_document

CLIENT_STATUS = {"ativo": "Ativo", "suspenso": "Suspenso", "cancelado": "Cancelado"}


def describe_client(client: dict) -> str:
    """"Maria da Silva — CPF 123.456.789-09 (código 1042)"."""
    parts = [client.get("name") or ""]
    document = client.get("document_formatted") or format_document(client.get("document"))
    if document:
        kind = "CNPJ" if len(digits(client.get("document"))) == 14 else "CPF"
        parts.append(f"{kind} {document}")
    text = " — ".join(p for p in parts if p)
    if client.get("code"):
        text += f" (código {client['code']})"
    return text


def address_text(address: dict | None) -> str:
    return sf.address_line(address or {}) if address else ""


def name_of(value) -> str:
    """A related record as text: the API gives names as plain strings or as {"name": ...}."""
    if isinstance(value, dict):
        return str(value.get("name") or "")
    return str(value or "")
