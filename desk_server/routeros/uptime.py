"""RouterOS durations as the API prints them, to seconds (plain Python, no router needed).

Accepted forms:
- unit form of RouterOS 6.x/7.x: ``1w2d3h4m5s``, ``3h``, ``1m58s660ms``, ``500ms``, ``0s``
  (fractions: ``1.5s``; micro/nanoseconds ``us``/``ns`` are accepted and count as fractions);
- the old clock form: ``01:22:53``, ``22:53`` (minutes:seconds), ``1d01:22:53``, ``2w1d 01:22:53``,
  ``01:22:53.250``;
- plain seconds: ``75``.
"""
from __future__ import annotations

import re

_UNITS = {"w": 604800.0, "d": 86400.0, "h": 3600.0, "m": 60.0, "s": 1.0,
          "ms": 0.001, "us": 0.000001, "ns": 0.000000001}
_TOKEN = re.compile(r"(\d+(?:\.\d+)?)(ms|us|ns|w|d|h|m|s)")
_CLOCK = re.compile(r"^(?:(?P<prefix>.*?)\s*)?(?P<clock>\d+:\d{1,2}(?::\d{1,2})?(?:\.\d+)?)$")


class UptimeError(ValueError):
    """Text that is not a RouterOS duration."""


def _units(text: str) -> float:
    pos, total = 0, 0.0
    if not text:
        return 0.0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if not match:
            raise UptimeError(f"duração do RouterOS inválida: {text!r}")
        total += float(match.group(1)) * _UNITS[match.group(2)]
        pos = match.end()
    return total


def parse_uptime_exact(text: str | float | None) -> float:
    """Seconds (with fractions) of a RouterOS duration; raises UptimeError for junk."""
    if text is None:
        raise UptimeError("duração ausente")
    if isinstance(text, bool):
        raise UptimeError(f"duração do RouterOS inválida: {text!r}")
    if isinstance(text, int | float):
        if text < 0:
            raise UptimeError(f"duração negativa: {text!r}")
        return float(text)
    value = str(text).strip().lower()
    if not value:
        raise UptimeError("duração vazia")
    if re.fullmatch(r"\d+(?:\.\d+)?", value):
        return float(value)
    clock = _CLOCK.match(value)
    if clock:
        parts = [float(p) for p in clock.group("clock").split(":")]
        if any(p >= 60 for p in parts[1:]):
            raise UptimeError(f"duração do RouterOS inválida: {text!r}")
        seconds = 0.0
        for part in parts:
            seconds = seconds * 60 + part
        return _units((clock.group("prefix") or "").replace(" ", "")) + seconds
    return _units(value)


def parse_uptime(text: str | float | None) -> int:
    """Whole seconds of a RouterOS duration (``1w2d3h4m5s`` → 788645); raises UptimeError."""
    return int(parse_uptime_exact(text))


def parse_uptime_or_none(text) -> int | None:
    try:
        return parse_uptime(text)
    except UptimeError:
        return None
