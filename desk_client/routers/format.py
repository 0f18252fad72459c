"""How router data reads to an operator (plain Python, no Qt): uptime, speeds, dates, MACs."""
from __future__ import annotations

from datetime import UTC, datetime


def human_uptime(seconds: float | None) -> str:
    """3d 4h 12min / 5h 7min / 12min 5s / 45s; '—' when unknown."""
    if seconds is None:
        return "—"
    total = max(0, int(seconds))
    days, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        return f"{days}d {hours}h {minutes}min"
    if hours:
        return f"{hours}h {minutes}min"
    if minutes:
        return f"{minutes}min {secs}s"
    return f"{secs}s"


def _decimal(value: float, places: int) -> str:
    text = f"{value:,.{places}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def mbps(bps: float | None) -> str:
    """Bits per second as Mbps the Brazilian way: '12,3 Mbps', '0,85 Mbps', '1.250 Mbps'."""
    if bps is None:
        return "—"
    value = bps / 1_000_000
    if value >= 100:
        return f"{_decimal(value, 0)} Mbps"
    if value >= 1:
        return f"{_decimal(value, 1)} Mbps"
    return f"{_decimal(value, 2)} Mbps"


def parse_time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def local_time(text: str | None, *, with_seconds: bool = False) -> str:
    """ISO timestamp from the API → 'dd/mm/aaaa HH:MM' in this computer's time zone."""
    value = parse_time(text)
    if value is None:
        return "—"
    return value.astimezone().strftime("%d/%m/%Y %H:%M:%S" if with_seconds else "%d/%m/%Y %H:%M")


def ago(text: str | None, now: datetime | None = None) -> str:
    """'há 3 min', 'há 2 h', 'há 4 dias' (or '—')."""
    value = parse_time(text)
    if value is None:
        return "—"
    seconds = ((now or datetime.now(UTC)) - value).total_seconds()
    if seconds < 60:
        return "agora há pouco"
    if seconds < 3600:
        return f"há {int(seconds // 60)} min"
    if seconds < 86400:
        return f"há {int(seconds // 3600)} h"
    days = int(seconds // 86400)
    return f"há {days} dia" if days == 1 else f"há {days} dias"


def latency(ms: float | None) -> str:
    if ms is None:
        return "—"
    return f"{_decimal(ms, 1)} ms" if ms < 10 else f"{_decimal(ms, 0)} ms"


def time_axis(first_ms: int, last_ms: int, ticks: int) -> tuple[str, int]:
    """(Qt date-time format, last_ms) for a time axis of `ticks` labels so that no two labels read
    the same: the format shows seconds when the span is short, and the span is widened to at least
    one unit of the format per tick step (a 10-second history printed "03:25" five times)."""
    span = max(0, last_ms - first_ms)
    steps = max(1, ticks - 1)
    if span < 5 * 60_000:
        fmt, unit = "HH:mm:ss", 1_000
    elif span < 20 * 3_600_000:
        fmt, unit = "HH:mm", 60_000
    else:
        fmt, unit = "dd/MM HH:mm", 60_000
    return fmt, max(last_ms, first_ms + steps * unit)
