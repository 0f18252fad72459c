"""Failed-login throttling rules (plain Python; the atomic counting is in domain/auth.py).

The count is per username *and* client address: wrong passwords typed somewhere else never lock
the real user out. Within one address a user gets `max_failures` tries; then each further try
waits `lock_seconds`, doubling on every wrong password after the wait (capped at `max_delay`).
A second, higher allowance counts the user's wrong passwords from all addresses together (a guess
spread over many addresses), with the same slow-down; nothing locks for good.
"""
from __future__ import annotations

import math
from datetime import datetime, timedelta


def seconds_locked(locked_until: datetime | None, now: datetime) -> int:
    """Whole seconds the key stays locked (0 when it may try), rounded to the nearest second so
    a lock of 300 s read a few microseconds later is still announced as 300 s (5 minutes)."""
    if locked_until is None or locked_until <= now:
        return 0
    return max(1, round((locked_until - now).total_seconds()))


def delay_after(failures: int, max_failures: int, lock_seconds: int, max_delay: int) -> int:
    """Seconds to wait after the `failures`-th wrong password (0 while within the allowance)."""
    if failures < max_failures:
        return 0
    doublings = min(failures - max_failures, 20)
    return min(lock_seconds * 2**doublings, max(max_delay, lock_seconds))


def locked_until_after(failures: int, now: datetime, max_failures: int, lock_seconds: int,
                       max_delay: int) -> datetime | None:
    delay = delay_after(failures, max_failures, lock_seconds, max_delay)
    return now + timedelta(seconds=delay) if delay else None


def lock_message(seconds: int, everywhere: bool = False) -> str:
    minutes = max(1, math.ceil(seconds / 60))
    unit = "minuto" if minutes == 1 else "minutos"
    where = "de vários computadores" if everywhere else "neste computador"
    return (f"Usuário bloqueado temporariamente por excesso de tentativas {where}. "
            f"Tente novamente em {minutes} {unit}.")
