"""Normalisation of stored and typed values, shared by writers (API, demo, benchmark) and the search.

The same function normalises what is stored and what is typed, so matching is a plain comparison:
- human text → `fold_text`: lowercase, accents stripped, whitespace collapsed ("João  Sé" → "joao se");
- equipment codes (serial, circuit, smartcard, CAS, contract, NF) → `fold_code`: trimmed, uppercase;
- MACs → 12 lowercase hex digits, whatever the separators (`normalise_mac`), shown as AA:BB:CC:DD:EE:FF;
- IPs → netaddr's canonical text (`normalise_ip`);
- documents and phones → digits (see desk_server.domain.documents).
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date

import netaddr

_SPACES = re.compile(r"\s+")
_MAC_SEPARATORS = re.compile(r"[\s:\-.]")
_HEX = re.compile(r"^[0-9a-f]*$")
# aa:bb:cc:dd:ee:ff / AA-BB-... / aabb.ccdd.eeff / aabbccddeeff / aabbcc-ddeeff
_MAC_TYPED = re.compile(
    r"^\s*(?:[0-9a-fA-F]{2}(?:[:\-\s.]?[0-9a-fA-F]{2}){5}|[0-9a-fA-F]{4}\.[0-9a-fA-F]{4}\.[0-9a-fA-F]{4}"
    r"|[0-9a-fA-F]{6}[:\-][0-9a-fA-F]{6})\s*$")
# re.ASCII: \d also takes "２０２６", "٢٠٢٦" and "२०२६", which int() reads (issue 15).
_IPV4 = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$", re.ASCII)
_BR_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$", re.ASCII)
_BR_MONTH = re.compile(r"^(\d{1,2})/(\d{4})$", re.ASCII)
_YEAR = re.compile(r"^(\d{4})$", re.ASCII)
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$", re.ASCII)


class InvalidValue(ValueError):
    """A typed value that cannot be what the field holds (message in Portuguese, for the operator)."""


def fold_text(text: str | None) -> str:
    """Lowercase, without accents, single spaces: the form stored in `search_*` columns."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.casefold()).strip()


def fold_code(text: str | None) -> str:
    """Equipment codes and document numbers: trimmed, single spaces, uppercase."""
    return _SPACES.sub(" ", (text or "").strip()).upper()


def fold_login(text: str | None) -> str:
    return (text or "").strip().lower()


# --- MAC --------------------------------------------------------------------------------------------

def looks_like_mac(text: str) -> bool:
    """A whole MAC as people type it (any of the usual separators or none)."""
    text = text.strip()
    if not _MAC_TYPED.match(text):
        return False
    bare = _MAC_SEPARATORS.sub("", text)
    # 12 bare digits is more likely a phone/number than a MAC; a MAC typed bare has a letter.
    return bare != text or not bare.isdigit()


def mac_fragment(text: str) -> str:
    """Separators removed, lowercase; raises if anything but hex digits is left."""
    bare = _MAC_SEPARATORS.sub("", text or "").lower()
    if not bare or not _HEX.match(bare):
        raise InvalidValue("MAC inválido: use dígitos hexadecimais (0-9, A-F), com ou sem separadores")
    return bare


def normalise_mac(text: str | None) -> str | None:
    """A whole MAC → 12 lowercase hex digits (None for empty input)."""
    if text is None or not text.strip():
        return None
    bare = mac_fragment(text)
    if len(bare) != 12:
        raise InvalidValue("MAC inválido: informe os 12 dígitos hexadecimais, ex. AA:BB:CC:DD:EE:FF")
    return bare


def format_mac(value: str | None) -> str:
    if not value:
        return ""
    if len(value) != 12 or not _HEX.match(value):
        return value
    return str(netaddr.EUI(value, dialect=netaddr.mac_unix_expanded)).upper()


# --- IP ---------------------------------------------------------------------------------------------

def normalise_ip(text: str | None) -> str | None:
    """A whole IPv4/IPv6 address in canonical form (leading zeros allowed in IPv4: 010.0.0.1)."""
    if text is None or not text.strip():
        return None
    raw = text.strip()
    try:
        if _IPV4.match(raw):
            return str(netaddr.IPAddress(".".join(str(int(p)) for p in raw.split("."))))
        return str(netaddr.IPAddress(raw)).lower()
    except (netaddr.AddrFormatError, ValueError):
        raise InvalidValue("IP inválido: use o formato 100.64.0.1") from None


def looks_like_ipv4(text: str) -> bool:
    if not _IPV4.match(text.strip()):
        return False
    return all(int(p) <= 255 for p in text.strip().split("."))


def ip_fragment(text: str) -> str:
    raw = (text or "").strip().lower()
    if not raw or not re.match(r"^[0-9a-f.:]+$", raw):
        raise InvalidValue("IP inválido: use apenas números, pontos (IPv4) ou dois-pontos (IPv6)")
    return raw


# --- dates ------------------------------------------------------------------------------------------

def date_range(text: str) -> tuple[date, date]:
    """dd/mm/aaaa → that day; mm/aaaa → the month; aaaa → the year; ISO aaaa-mm-dd too.

    Returns [start, end) so one comparison pair serves every granularity.
    """
    raw = (text or "").strip()
    try:
        if m := _BR_DATE.match(raw):
            day = date(int(m[3]), int(m[2]), int(m[1]))
            return day, date.fromordinal(day.toordinal() + 1)
        if m := _ISO_DATE.match(raw):
            day = date(int(m[1]), int(m[2]), int(m[3]))
            return day, date.fromordinal(day.toordinal() + 1)
        if m := _BR_MONTH.match(raw):
            year, month = int(m[2]), int(m[1])
            start = date(year, month, 1)
            return start, date(year + month // 12, month % 12 + 1, 1)
        if m := _YEAR.match(raw):
            year = int(m[1])
            if year < 1:
                raise ValueError
            return date(year, 1, 1), date(year + 1, 1, 1)
    except ValueError:
        raise InvalidValue("data inválida: confira dia, mês e ano (dd/mm/aaaa)") from None
    raise InvalidValue("data inválida: use dd/mm/aaaa (ou mm/aaaa, ou aaaa)")


def looks_like_br_date(text: str) -> bool:
    return bool(_BR_DATE.match(text.strip()))


def parse_date(text: str) -> date:
    """dd/mm/aaaa or ISO aaaa-mm-dd (for values of date fields)."""
    raw = (text or "").strip()
    if not (_BR_DATE.match(raw) or _ISO_DATE.match(raw)):
        raise InvalidValue("data inválida: use dd/mm/aaaa")
    return date_range(raw)[0]


# --- LIKE -------------------------------------------------------------------------------------------

LIKE_ESCAPE = "\\"


def escape_like(text: str) -> str:
    """Make % and _ typed by the user literal characters of a LIKE pattern (escape char: backslash)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
