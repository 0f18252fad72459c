"""Live data drives the script: the chosen subscription's live PPPoE session (the Dados Atend.
MikroTik panel's answer to GET /subscriptions/{id}/connection) becomes the conditions an option's
`when` can name, each with the reason shown to the operator ("sessão PPPoE offline há 2 h")."""
from __future__ import annotations

from datetime import UTC, datetime

from ..wizard.state import QT_TRANSLATE_NOOP

# more specific first: a changed MAC explains an online session better than "online"
PRIORITY = ("mac_changed", "session_offline", "session_online")


def _parse(value) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def span(seconds: float) -> str:
    """2 h, 35 min, 3 dias: short, for a note read in a glance."""
    seconds = max(0, int(seconds))
    if seconds < 3600:
        return f"{max(1, seconds // 60)} min"
    if seconds < 2 * 86400:
        return f"{seconds // 3600} h"
    return f"{seconds // 86400} dias"


ONLINE = QT_TRANSLATE_NOOP("Scripts", "sessão PPPoE online há %s")
ONLINE_NOW = QT_TRANSLATE_NOOP("Scripts", "sessão PPPoE online")
OFFLINE = QT_TRANSLATE_NOOP("Scripts", "sessão PPPoE offline há %s")
OFFLINE_NOW = QT_TRANSLATE_NOOP("Scripts", "sessão PPPoE offline")
MAC = QT_TRANSLATE_NOOP("Scripts", "MAC %s diferente do cadastrado (%s)")


def conditions(session: dict | None, now: datetime | None = None,
               tr=lambda text: text) -> dict[str, str]:
    """{condition: reason} for what the live session shows; {} when it is unknown (router silent).
    `tr` translates the reason's template (the widget passes its own)."""
    if not isinstance(session, dict) or session.get("router_error") or session.get("online") is None:
        return {}
    now = now or datetime.now(UTC)
    found: dict[str, str] = {}
    if session["online"]:
        uptime = session.get("uptime_seconds")
        found["session_online"] = tr(ONLINE) % span(uptime) if uptime else tr(ONLINE_NOW)
        if session.get("mac_mismatch"):
            found["mac_changed"] = tr(MAC) % (session.get("caller_id") or "?", session.get("registered_mac") or "?")
    else:
        seen = _parse(session.get("last_seen"))
        found["session_offline"] = tr(OFFLINE) % span((now - seen).total_seconds()) if seen else tr(OFFLINE_NOW)
    return found


def suggestion(options: list[dict], found: dict[str, str]) -> tuple[int, str] | None:
    """The option to preselect and why, or None."""
    for condition in PRIORITY:
        if condition not in found:
            continue
        for index, option in enumerate(options):
            if option.get("when") == condition:
                return index, found[condition]
    return None
