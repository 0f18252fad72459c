"""The sender's lease: one row per job; the instance whose `holder` it is (and not expired) sends.

Taking or renewing it is one conditional UPDATE, atomic on both engines. A holder is
"host:pid:random"; a lease held by a process of this same host that no longer exists (a server
killed -9 and restarted) is taken over at once instead of after its expiry.
"""
from __future__ import annotations

import os
import socket
import uuid
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..models.emails import MailSenderLease

HOST = socket.gethostname()


def new_holder() -> str:
    return f"{HOST}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _dead_local(holder: str | None) -> bool:
    if not holder:
        return False
    host, _, rest = holder.partition(":")
    pid = rest.partition(":")[0]
    if host != HOST or not pid.isdigit() or int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def acquire(session: Session, name: str, holder: str, ttl: float, now: datetime) -> bool:
    """Take or renew the lease; True while this holder has it. Commits."""
    if session.get(MailSenderLease, name) is None:
        try:
            session.add(MailSenderLease(name=name, holder=None, expires_at=None))
            session.commit()
        except IntegrityError:
            session.rollback()
    current = session.scalar(select(MailSenderLease.holder).where(MailSenderLease.name == name))
    free = or_(MailSenderLease.holder.is_(None), MailSenderLease.holder == holder,
               MailSenderLease.expires_at < now)
    if _dead_local(current):
        free = or_(free, MailSenderLease.holder == current)
    result = session.execute(update(MailSenderLease).where(MailSenderLease.name == name, free)
                             .values(holder=holder, expires_at=now + timedelta(seconds=ttl)))
    session.commit()
    return result.rowcount == 1


def release(session: Session, name: str, holder: str) -> None:
    session.execute(update(MailSenderLease).where(MailSenderLease.name == name, MailSenderLease.holder == holder)
                    .values(holder=None, expires_at=None))
    session.commit()
