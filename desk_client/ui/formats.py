"""How values are shown, one formatter each: protocol, CPF/CNPJ, phone, CEP, MAC, money and dates.

Importing this module loads no Qt (the Qt-free rules use the digit formats): `money` and the dates
import QtCore when called, to follow the UI locale; `money_ptbr`/`date_ptbr` stay Brazilian
whatever the UI language (texts copied out of the app)."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtCore import QDate

CURRENCY_SYMBOL = "R$"

_NON_DIGITS = re.compile(r"\D+")
_HEX12 = re.compile(r"^[0-9a-fA-F]{12}$")


def digits(text: str | None) -> str:
    return _NON_DIGITS.sub("", text or "")


def format_cpf(number: str | None) -> str:
    d = digits(number)
    return f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}" if len(d) == 11 else (number or "")


def format_cnpj(number: str | None) -> str:
    d = digits(number)
    return f"{d[:2]}.{d[2:5]}.{d[5:8]}/{d[8:12]}-{d[12:]}" if len(d) == 14 else (number or "")


def format_document(number: str | None) -> str:
    """CPF (11 digits) or CNPJ (14) with its punctuation; anything else unchanged."""
    d = digits(number)
    if len(d) == 11:
        return format_cpf(d)
    if len(d) == 14:
        return format_cnpj(d)
    return number or ""


def format_phone(number: str | None) -> str:
    d = digits(number)
    if len(d) == 11:
        return f"({d[:2]}) {d[2:7]}-{d[7:]}"
    if len(d) == 10:
        return f"({d[:2]}) {d[2:6]}-{d[6:]}"
    if len(d) in (8, 9):
        return f"{d[:-4]}-{d[-4:]}"
    return number or ""


def format_cep(number: str | None) -> str:
    d = digits(number)
    return f"{d[:5]}-{d[5:]}" if len(d) == 8 else (number or "")


def format_mac(value: str | None) -> str:
    """12 hex digits (any separators) → AA:BB:CC:DD:EE:FF; anything else unchanged."""
    bare = re.sub(r"[\s:\-.]", "", value or "")
    if not _HEX12.match(bare):
        return value or ""
    return ":".join(bare[i : i + 2] for i in range(0, 12, 2)).upper()


def format_protocol(number: str | None) -> str:
    """15 digits → 20261122-000123-7 (grouped for dictation); anything else unchanged."""
    if not number:
        return ""
    d = digits(str(number))
    return f"{d[:8]}-{d[8:14]}-{d[14:]}" if len(d) == 15 else str(number)


# --- money -----------------------------------------------------------------------------------------


def to_decimal(value: Any) -> Decimal:
    if value is None or value == "":
        return Decimal(0)
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return Decimal(0)


def money(value: Any) -> str:
    """R$ 1.234,56 (the locale's grouping and decimals, always reais)."""
    from PySide6.QtCore import QLocale

    return QLocale().toCurrencyString(float(to_decimal(value)), CURRENCY_SYMBOL).replace("\xa0", " ")


def money_ptbr(value: Any) -> str:
    """R$ 1.234,56 whatever the UI language ('' when empty): texts that leave the app."""
    if value in (None, ""):
        return ""
    amount = Decimal(str(value)).quantize(Decimal("0.01"))
    whole, cents = f"{amount:,.2f}".split(".")
    return f"R$ {whole.replace(',', '.')},{cents}"


# --- dates -----------------------------------------------------------------------------------------


def parse_date(value: str | None) -> QDate:
    """ISO date or date-time from the API → QDate (invalid QDate when empty)."""
    from PySide6.QtCore import QDate, Qt

    if not value:
        return QDate()
    return QDate.fromString(str(value)[:10], Qt.DateFormat.ISODate)


def show_date(value: str | QDate | None) -> str:
    """dd/mm/aaaa ('' when empty)."""
    from PySide6.QtCore import QDate

    day = value if isinstance(value, QDate) else parse_date(value)
    return day.toString("dd/MM/yyyy") if day.isValid() else ""


def date_ptbr(value: str | None) -> str:
    """ISO date → dd/mm/aaaa without Qt ('' when empty)."""
    if not value:
        return ""
    y, m, d = str(value)[:10].split("-")
    return f"{d}/{m}/{y}"


def show_datetime(value: str | None) -> str:
    """dd/mm/aaaa hh:mm in the operator's time zone ('' when empty)."""
    if not value:
        return ""
    from PySide6.QtCore import QDateTime, Qt

    moment = QDateTime.fromString(str(value), Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        moment = QDateTime.fromString(str(value), Qt.DateFormat.ISODate)
    return moment.toLocalTime().toString("dd/MM/yyyy HH:mm") if moment.isValid() else str(value)


def iso_date(day: QDate) -> str:
    from PySide6.QtCore import Qt

    return day.toString(Qt.DateFormat.ISODate)
