""""Todos os campos" (`any`): guess what was typed and which fields to search, in order.

The order puts the field the value most likely belongs to first; the engine stops as soon as it
has enough clients. Fields registered by other areas with `any_kinds=(kind,)` come after the
built-in ones of that kind.
"""
from __future__ import annotations

import re

from ..documents import digits, is_valid_cnpj, is_valid_cpf, looks_like_document_text, normalise_phone
from ..protocols import InvalidProtocol, looks_like_protocol, parse_protocol
from .normalise import looks_like_br_date, looks_like_ipv4, looks_like_mac
from .registry import SearchInputError, fields_for_kind

EQ = "equals"
_PARTIAL_IPV4 = re.compile(r"^\d{1,3}\.\d{1,3}\.\d{0,3}(\.\d{0,3})?$", re.ASCII)
_LOGIN_LIKE = re.compile(r"^[\w.\-+@]+$")
_PHONE_PUNCTUATION = re.compile(r"[()\-\s+]")

_PHONES = ["phone", "mobile", "contact_mobile", "voice_terminal", "deleted_terminal"]
_NUMBERS = ["boleto", "invoice_number", "contract", "service_order"]


def any_plan(text: str, condition: str) -> tuple[str, list[tuple[str, str]]]:
    """(kind, [(field key, condition), ...]) for a value typed in "Todos os campos" mode.

    Raises SearchInputError for a protocol typed with its dashes whose check digit is wrong.
    """
    kind, steps = _detect(text.strip(), condition)
    known = {key for key, _ in steps}
    extra = [(key, condition) for key in fields_for_kind(kind) if key not in known]
    return kind, steps + extra


def _detect(s: str, c: str) -> tuple[str, list[tuple[str, str]]]:
    if looks_like_protocol(s):
        grouped = not s.isdigit()
        try:
            parse_protocol(s)
        except InvalidProtocol as exc:
            if grouped:  # 20261122-000123-9: clearly a protocol, and a wrong one
                raise SearchInputError(str(exc)) from None
        else:
            return "protocol", [("protocol", EQ), *_number_steps(s, c)]
    if "@" in s:
        return "email", [("email_account", c), ("contact_email", c), ("deleted_email", c)]
    if looks_like_mac(s):
        return "mac", [("mac", EQ), ("mac2", EQ), ("mac_onu", EQ), ("deleted_ip_mac", EQ)]
    if looks_like_ipv4(s):
        return "ip", [("ip", EQ), ("deleted_ip_mac", EQ)]
    if _PARTIAL_IPV4.match(s):
        return "ip", [("ip", "starts_with"), ("deleted_ip_mac", "starts_with")]
    if looks_like_br_date(s):
        return "date", [("start_date", EQ)]
    if looks_like_document_text(s) and digits(s):
        return _digits_plan(s, c)
    if not any(ch.isspace() for ch in s) and _LOGIN_LIKE.match(s) and re.search(r"[\d._\-@]", s):
        return "login", [("login", c), ("deleted_login", c), ("serial", c), ("circuit", c),
                         ("contract", c), ("code", EQ), ("name", c), ("trade_name", c), ("contact_name", c)]
    return "text", [("name", c), ("trade_name", c), ("contact_name", c)]


def _digits_plan(s: str, c: str) -> tuple[str, list[tuple[str, str]]]:
    number = digits(s)
    phone = normalise_phone(s) or ""
    phone_punctuated = bool(_PHONE_PUNCTUATION.search(s))
    if len(number) == 11 and is_valid_cpf(number):
        return "cpf", [("cpf", EQ), *[(k, EQ) for k in _PHONES], ("code", EQ), *_number_steps(s, c)]
    if len(number) == 14 and is_valid_cnpj(number):
        return "cnpj", [("cnpj", EQ), *_number_steps(s, c)]
    if 8 <= len(phone) <= 11 and (phone_punctuated or len(number) >= 10):
        return "phone", [*[(k, EQ) for k in _PHONES], ("code", EQ), *_number_steps(s, c)]
    steps = [("code", EQ), *_number_steps(s, c)]
    if 8 <= len(phone) <= 9:
        steps += [(k, EQ) for k in _PHONES]
    if c != EQ:
        steps.append(("code", c))
    return "number", steps


def _number_steps(s: str, c: str) -> list[tuple[str, str]]:
    return [(k, EQ) for k in _NUMBERS]
