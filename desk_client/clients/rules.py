"""Client-window rules without Qt: what the header must warn about, invoice and ticket status words,
contact form validation and request bodies, extra-field values. Tested directly.

Texts are pt-BR source strings (context CONTEXT) that the windows translate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from ..ui.formats import format_mac, to_decimal
from .search_fields import QT_TRANSLATE_NOOP, status_label

CONTEXT = "ClientRules"


# --- header alert ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClientAlert:
    """Why the header shows a banner: a suspended/cancelled client or overdue invoices."""

    kind: str  # colour kind: "bad" (red) or "neutral" (grey)
    suspended: bool
    cancelled: bool
    overdue_count: int
    pending_total: Decimal


def client_alert(client: dict) -> ClientAlert | None:
    """None when nothing is wrong. A suspended client (usually for non-payment: "sem internet")
    or one with overdue invoices is red; a cancelled one without debts is grey."""
    status = client.get("status")
    overdue = int(client.get("overdue_invoices") or 0)
    pending = to_decimal(client.get("pending_invoices_total"))
    suspended, cancelled = status == "suspenso", status == "cancelado"
    if not (suspended or cancelled or overdue):
        return None
    kind = "bad" if suspended or overdue else "neutral"
    return ClientAlert(kind, suspended, cancelled, overdue, pending)


# --- invoices --------------------------------------------------------------------------------------

INVOICE_STATUS: dict[str, tuple[str, str]] = {
    "paid": (QT_TRANSLATE_NOOP("ClientRules", "Paga"), "ok"),
    "open": (QT_TRANSLATE_NOOP("ClientRules", "Em aberto"), "wait"),
    "overdue": (QT_TRANSLATE_NOOP("ClientRules", "Vencida"), "bad"),
}


def invoice_status_key(invoice: dict, today: date | None = None) -> str:
    """The server's `status` when given; otherwise from balance and due date."""
    status = invoice.get("status")
    if status in INVOICE_STATUS:
        return status
    if to_decimal(invoice.get("balance")) <= 0:
        return "paid"
    due = invoice.get("due_date")
    today = today or date.today()
    try:
        return "overdue" if due and date.fromisoformat(str(due)[:10]) < today else "open"
    except ValueError:
        return "open"


def invoice_status(invoice: dict, today: date | None = None) -> tuple[str, str]:
    return INVOICE_STATUS[invoice_status_key(invoice, today)]


def invoice_totals(invoices: list[dict], today: date | None = None) -> dict[str, Decimal]:
    """Totals of a list (used when the server does not send them): total, paid, open, overdue."""
    totals = {"total": Decimal(0), "paid": Decimal(0), "open": Decimal(0), "overdue": Decimal(0)}
    for inv in invoices:
        amount, balance = to_decimal(inv.get("amount")), to_decimal(inv.get("balance"))
        totals["total"] += amount
        totals["paid"] += amount - balance
        if balance > 0:
            totals["open"] += balance
            if invoice_status_key(inv, today) == "overdue":
                totals["overdue"] += balance
    return totals


# --- subscriptions ---------------------------------------------------------------------------------


def speed_text(sub: dict) -> str:
    down, up = sub.get("download_mbps"), sub.get("upload_mbps")
    if down is None and up is None:
        return ""
    return f"{down or 0}/{up or 0} Mbps"


def subscription_status(sub: dict) -> tuple[str, str]:
    return status_label(sub.get("status"))


def mac_text(value: str | None) -> str:
    return format_mac(value)


# --- contacts and extra fields ---------------------------------------------------------------------

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_BR_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_NUMBER = re.compile(r"^-?\d+([.,]\d+)?$")


def iso_to_br(value: str | None) -> str:
    """'2026-11-22' → '22/11/2026' (anything else unchanged)."""
    text = (value or "").strip()
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text[:10]) if text else None
    return f"{match.group(3)}/{match.group(2)}/{match.group(1)}" if match and len(text) == 10 else text


def extra_values_by_field(contact: dict | None) -> dict[int, str]:
    return {int(v["field_id"]): str(v.get("value") or "") for v in (contact or {}).get("extra_fields") or []}


def extra_summary(contact: dict) -> str:
    """'Melhor horário: Manhã · Aniversário: 02/01/1990' for the contacts list."""
    parts = []
    for value in contact.get("extra_fields") or []:
        text = iso_to_br(value.get("value")) if value.get("kind") == "date" else str(value.get("value") or "")
        if text:
            parts.append(f"{value.get('name', '')}: {text}")
    return " · ".join(parts)


def check_extra_value(field: dict, text: str) -> str | None:
    """A problem with a typed extra value (pt-BR source with %s for the field name), or None."""
    text = text.strip()
    if not text:
        return (
            QT_TRANSLATE_NOOP("ClientRules", "Campo '%s' é obrigatório.") if field.get("required") else None
        )
    kind = field.get("kind")
    if kind == "number" and not _NUMBER.match(text):
        return QT_TRANSLATE_NOOP("ClientRules", "Campo '%s': informe um número.")
    if kind == "date":
        match = _BR_DATE.match(text)
        if not match:
            return QT_TRANSLATE_NOOP("ClientRules", "Campo '%s': data inválida, use dd/mm/aaaa.")
        day, month, year = (int(g) for g in match.groups())
        try:
            date(year, month, day)
        except ValueError:
            return QT_TRANSLATE_NOOP("ClientRules", "Campo '%s': data inválida, use dd/mm/aaaa.")
    if kind == "choice" and field.get("options") and text not in field["options"]:
        return QT_TRANSLATE_NOOP("ClientRules", "Campo '%s': escolha uma das opções.")
    return None


def check_contact(data: dict) -> tuple[str, str] | None:
    """(field, message) of the first problem of the contact form, or None."""
    if not (data.get("name") or "").strip():
        return "name", QT_TRANSLATE_NOOP("ClientRules", "Informe o nome do contato.")
    email = (data.get("email") or "").strip()
    if email and not _EMAIL.match(email):
        return "email", QT_TRANSLATE_NOOP("ClientRules", "E-mail inválido: use nome@provedor.com.br.")
    for key in ("phone", "mobile"):
        number = re.sub(r"\D", "", data.get(key) or "")
        if number and not 8 <= len(number) <= 13:
            return key, QT_TRANSLATE_NOOP(
                "ClientRules", "Telefone inválido: use DDD + número, ex. (11) 98765-4321."
            )
    return None


def contact_body(data: dict, extra: dict[int, str], creating: bool) -> dict:
    """The JSON of POST /clients/{id}/contacts or PATCH /contacts/{id}.

    Empty texts become null (clearing them on an edit); extra values are sent for every field shown,
    an empty one as null (the server removes it); dates go as typed (dd/mm/aaaa, the server accepts it).
    """
    body: dict[str, Any] = {}
    for key in ("name", "role", "phone", "mobile", "email"):
        text = (data.get(key) or "").strip()
        if key == "name":
            body[key] = text
        elif text or not creating:
            body[key] = text or None
    body["extra_fields"] = [
        {"field_id": fid, "value": (value.strip() or None)}
        for fid, value in sorted(extra.items())
        if value.strip() or not creating
    ]
    return body
