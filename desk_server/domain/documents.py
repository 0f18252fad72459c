"""Brazilian documents (CPF, CNPJ), phones and CEP: normalise, validate, format.

Everything is stored as digits only; formatting happens on output. Check digits are validated
with python-stdnum (`stdnum.br.cpf` / `stdnum.br.cnpj`).
"""
from __future__ import annotations

import re

from stdnum.br import cnpj as _cnpj
from stdnum.br import cpf as _cpf

CPF_LENGTH = 11
CNPJ_LENGTH = 14
# Only 0-9 are digits: \d, str.isdigit() and int() also take fullwidth "１", Arabic-Indic "١",
# Devanagari "१" (issue 15). Values holding such digits are refused (has_foreign_digits), never stored.
_NON_DIGITS = re.compile(r"[^0-9]+")
# Characters people type around documents and phones: 123.456.789-09, 11.222.333/0001-81, (11) 98765-4321.
_DOC_PUNCTUATION = re.compile(r"^[0-9\s.\-/()+]*$")


class InvalidDocument(ValueError):
    """A CPF/CNPJ with the wrong length or check digits (message in Portuguese)."""


def digits(text: str | None) -> str:
    return _NON_DIGITS.sub("", text or "")


def has_foreign_digits(text: str | None) -> bool:
    """A digit other than 0-9 ("１", "١", "१", "²"): such a value is refused, not read as a number."""
    return any(ch.isdigit() and not ch.isascii() for ch in text or "")


def looks_like_document_text(text: str) -> bool:
    """Only digits and the punctuation used in documents/phones."""
    return bool(text) and bool(_DOC_PUNCTUATION.match(text))


def is_valid_cpf(number: str) -> bool:
    number = digits(number)
    return len(number) == CPF_LENGTH and _cpf.is_valid(number)


def is_valid_cnpj(number: str) -> bool:
    number = digits(number)
    return len(number) == CNPJ_LENGTH and _cnpj.is_valid(number)


def normalise_cpf(text: str) -> str:
    if has_foreign_digits(text):
        raise InvalidDocument("CPF inválido: use só os algarismos de 0 a 9")
    number = digits(text)
    if len(number) != CPF_LENGTH:
        raise InvalidDocument("CPF inválido: informe 11 dígitos")
    if not _cpf.is_valid(number):
        raise InvalidDocument("CPF inválido: dígito verificador não confere")
    return number


def normalise_cnpj(text: str) -> str:
    if has_foreign_digits(text):
        raise InvalidDocument("CNPJ inválido: use só os algarismos de 0 a 9")
    number = digits(text)
    if len(number) != CNPJ_LENGTH:
        raise InvalidDocument("CNPJ inválido: informe 14 dígitos")
    if not _cnpj.is_valid(number):
        raise InvalidDocument("CNPJ inválido: dígito verificador não confere")
    return number


def normalise_document(person_type: str, text: str) -> str:
    """CPF for a person (PF), CNPJ for a company (PJ); digits only, check digits verified."""
    return normalise_cpf(text) if person_type == "PF" else normalise_cnpj(text)


def format_cpf(number: str) -> str:
    return _cpf.format(number) if len(number or "") == CPF_LENGTH else (number or "")


def format_cnpj(number: str) -> str:
    return _cnpj.format(number) if len(number or "") == CNPJ_LENGTH else (number or "")


def format_document(number: str | None) -> str:
    if not number:
        return ""
    if len(number) == CPF_LENGTH:
        return format_cpf(number)
    if len(number) == CNPJ_LENGTH:
        return format_cnpj(number)
    return number


def cpf_check_digits(first9: str) -> str:
    """The two check digits of a CPF (for generators; mod 11 as in stdnum)."""
    d1 = (11 - sum((10 - i) * int(n) for i, n in enumerate(first9)) % 11) % 11 % 10
    d2 = (11 - sum((11 - i) * int(n) for i, n in enumerate(first9 + str(d1))) % 11) % 11 % 10
    return f"{d1}{d2}"


_CNPJ_W1 = (5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)
_CNPJ_W2 = (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)


def cnpj_check_digits(first12: str) -> str:
    def dv(base: str, weights) -> int:
        rest = sum(w * int(n) for w, n in zip(weights, base)) % 11
        return 0 if rest < 2 else 11 - rest
    d1 = dv(first12, _CNPJ_W1)
    d2 = dv(first12 + str(d1), _CNPJ_W2)
    return f"{d1}{d2}"


# --- phones -------------------------------------------------------------------------------------

def normalise_phone(text: str | None) -> str | None:
    """Digits only, without the +55 country code: '(11) 98765-4321' → '11987654321'."""
    number = digits(text)
    if not number:
        return None
    if len(number) in (12, 13) and number.startswith("55"):
        number = number[2:]
    if len(number) in (11, 12) and number.startswith("0"):  # 0 + DDD dialled from a landline
        number = number[1:]
    return number


def format_phone(number: str | None) -> str:
    if not number:
        return ""
    if len(number) == 11:
        return f"({number[:2]}) {number[2:7]}-{number[7:]}"
    if len(number) == 10:
        return f"({number[:2]}) {number[2:6]}-{number[6:]}"
    if len(number) in (8, 9):
        return f"{number[:-4]}-{number[-4:]}"
    return number


def format_cep(number: str | None) -> str:
    if number and len(number) == 8:
        return f"{number[:5]}-{number[5:]}"
    return number or ""
