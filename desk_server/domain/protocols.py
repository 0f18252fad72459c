"""Protocol numbers (ANATEL): YYYYMMDD + 6-digit daily sequence + mod-11 check digit.

Shown grouped for dictation as 20261122-000123-7; typed with or without the dashes.
"""
from __future__ import annotations

import re
from datetime import date

PROTOCOL_LENGTH = 15
# re.ASCII: \d would also take fullwidth, Arabic-Indic or Devanagari digits (int() reads them all);
# only 0-9 and the separators are a protocol.
_DIGITS_ONLY = re.compile(r"^\d{15}$", re.ASCII)
_TYPED = re.compile(r"^\s*(\d{8})[-.\s]?(\d{6})[-.\s]?(\d)\s*$", re.ASCII)


class InvalidProtocol(ValueError):
    """The text is not a protocol, or its check digit does not match."""


def check_digit(first14: str) -> int:
    """Mod 11 with weights 2..9 cycling from the rightmost digit; 10 and 11 become 0."""
    if len(first14) != 14 or not (first14.isascii() and first14.isdigit()):
        raise ValueError("check_digit needs exactly 14 digits")
    total = sum(int(d) * (2 + i % 8) for i, d in enumerate(reversed(first14)))
    digit = 11 - total % 11
    return 0 if digit >= 10 else digit


def make_protocol(day: date, sequence: int) -> str:
    if not 1 <= sequence <= 999_999:
        raise ValueError("daily protocol sequence exhausted (1..999999)")
    base = f"{day:%Y%m%d}{sequence:06d}"
    return base + str(check_digit(base))


def format_protocol(number: str) -> str:
    """20261122000123 7 → 20261122-000123-7 (for dictation)."""
    return f"{number[:8]}-{number[8:14]}-{number[14:]}"


def looks_like_protocol(text: str) -> bool:
    return bool(_TYPED.match(text))


def parse_protocol(text: str) -> str:
    """Normalise a typed protocol to its 15 digits, rejecting a wrong check digit or date."""
    match = _TYPED.match(text or "")
    if not match:
        raise InvalidProtocol("protocolo inválido: use 15 dígitos, ex. 20261122-000123-7")
    number = "".join(match.groups())
    if int(number[:14][-6:]) == 0:
        raise InvalidProtocol("protocolo inválido: sequência 000000 não existe")
    try:
        date(int(number[:4]), int(number[4:6]), int(number[6:8]))
    except ValueError:
        raise InvalidProtocol("protocolo inválido: data do protocolo não existe") from None
    if check_digit(number[:14]) != int(number[14]):
        raise InvalidProtocol("protocolo inválido: dígito verificador não confere")
    return number


def sequence_of(number: str) -> int:
    return int(number[8:14])
