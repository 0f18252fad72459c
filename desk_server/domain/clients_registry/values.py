"""Normalising what people type into stored values, with Portuguese messages (raised as `Invalid`).

One function per column family, used by the API and by the CSV importer alike, so an imported row
and a typed one end up identical: documents by python-stdnum, MACs and IPs by netaddr (through the
search's normalisers, which define the stored form), phones and CEP as digits.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from ..documents import InvalidDocument, digits, has_foreign_digits, normalise_document, normalise_phone
from ..errors import Invalid
from ..search.normalise import InvalidValue, fold_code, fold_login, normalise_ip, normalise_mac

UFS = frozenset(["AC", "AL", "AM", "AP", "BA", "CE", "DF", "ES", "GO", "MA", "MG", "MS", "MT", "PA", "PB", "PE", "PI", "PR", "RJ", "RN", "RO", "RR", "RS", "SC", "SE", "SP", "TO"])
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_LOGIN = re.compile(r"^[a-z0-9._@\-]+$")
ADDRESS_KEYS = ("street", "number", "complement", "district", "city", "uf", "cep")
INSTALL_KEYS = tuple("install_" + k for k in ADDRESS_KEYS)


def text(value: Any) -> str | None:
    if value is None:
        return None
    cleaned = " ".join(str(value).split())
    if "\x00" in cleaned:
        raise Invalid("Texto com caracteres inválidos.")
    return cleaned or None


def document(person_type: str, value: Any) -> str | None:
    raw = text(value)
    if raw is None:
        return None
    try:
        return normalise_document(person_type, raw)
    except InvalidDocument as exc:
        raise Invalid(str(exc) + ".") from None


def _ascii_digits(raw: str | None, label: str) -> str | None:
    if has_foreign_digits(raw):
        raise Invalid(f"{label} inválido: use só os algarismos de 0 a 9.")
    return raw


def phone(value: Any, label: str = "Telefone") -> str | None:
    number = normalise_phone(_ascii_digits(text(value), label))
    if number is not None and not 8 <= len(number) <= 11:
        raise Invalid(f"{label} inválido: use DDD + número.")
    return number


def cep(value: Any, label: str = "CEP") -> str | None:
    number = digits(_ascii_digits(text(value), label)) or None
    if number is not None and len(number) != 8:
        raise Invalid(f"{label} inválido: use 8 dígitos.")
    return number


def uf(value: Any, label: str = "UF") -> str | None:
    code = (text(value) or "").upper() or None
    if code is not None and code not in UFS:
        raise Invalid(f"{label} inválida: use a sigla do estado, ex. SP.")
    return code


def email(value: Any) -> str | None:
    address = (text(value) or "").lower() or None
    if address is not None and not _EMAIL.match(address):
        raise Invalid(f"E-mail inválido: {address}.")
    return address


def mac(value: Any, label: str = "MAC") -> str | None:
    try:
        return normalise_mac(text(value))
    except InvalidValue as exc:
        raise Invalid(str(exc).replace("MAC", label, 1) + ".") from None


def ip(value: Any) -> str | None:
    try:
        return normalise_ip(text(value))
    except InvalidValue as exc:
        raise Invalid(str(exc) + ".") from None


def login(value: Any) -> str | None:
    name = fold_login(text(value)) or None
    if name is not None and not _LOGIN.match(name):
        raise Invalid("Login inválido: use letras sem acento, números, ponto, hífen, _ ou @.")
    return name


def code(value: Any) -> str | None:
    return fold_code(text(value)) or None


def money(value: Any, label: str) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    raw = str(value).strip()
    if isinstance(value, str) and "," in raw:
        raw = raw.replace(".", "").replace(",", ".")  # 1.234,56 as typed in Brazil
    try:
        amount = Decimal(raw)
    except InvalidOperation:
        raise Invalid(f"{label}: informe um valor, ex. 99,90.") from None
    if not amount.is_finite() or amount < 0 or amount >= Decimal(100000000):
        raise Invalid(f"{label}: valor fora do permitido.")
    return amount.quantize(Decimal("0.01"))


def address(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """The address columns present in `data` (with `prefix`), normalised."""
    label = " de instalação" if prefix else ""
    out: dict[str, Any] = {}
    for key in ADDRESS_KEYS:
        column = prefix + key
        if column not in data:
            continue
        if key == "cep":
            out[column] = cep(data[column], "CEP" + label)
        elif key == "uf":
            out[column] = uf(data[column], "UF" + label)
        else:
            out[column] = text(data[column])
    return out


def digits_of(value: Any) -> str:
    return digits(str(value or ""))
