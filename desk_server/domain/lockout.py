"""Failed-login throttling: after N failures a username is locked for a while."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass
class ThrottleState:
    failures: int = 0
    locked_until: datetime | None = None


def seconds_locked(state: ThrottleState, now: datetime) -> int:
    """Seconds the username stays locked (0 when it may try)."""
    if state.locked_until is None or state.locked_until <= now:
        return 0
    return max(1, int((state.locked_until - now).total_seconds() + 0.999))


def register_failure(state: ThrottleState, now: datetime, max_failures: int, lock_seconds: int) -> ThrottleState:
    # A lock that already expired starts a fresh count, so one old burst does not shorten the next allowance.
    failures = 0 if state.locked_until is not None and state.locked_until <= now else state.failures
    failures += 1
    locked_until = now + timedelta(seconds=lock_seconds) if failures >= max_failures else None
    return ThrottleState(failures=failures, locked_until=locked_until)


def lock_message(seconds: int) -> str:
    minutes = (seconds + 59) // 60
    unit = "minuto" if minutes == 1 else "minutos"
    return (f"Usuário bloqueado temporariamente por excesso de tentativas. "
            f"Tente novamente em {minutes} {unit}.")
