"""The background SMTP sender: one per deployment (the instance holding the lease), delivering the
outbox oldest first over one kept-open SMTP connection.

Each attempt is recorded before it happens: the row becomes `sending` (phase "data", attempts + 1)
and is committed before the first SMTP command; phase "final" is committed just before the
end-of-data mark (see smtp.py). A sender that takes the lease over (after a crash, a kill -9)
first settles what it finds `sending`: phase "data" was never delivered and goes back to the queue,
phase "final" is counted as delivered. So a message is delivered once even when the process dies
between SMTP's answer and the commit.

Temporary failures wait with tenacity's exponential backoff (DESK_SMTP_RETRY_FIRST_SECONDS doubling,
capped at one minute), per message in `next_attempt_at` (so the schedule survives a restart), and for
the whole sender while the server is down or refuses the login. Permanent ones (5xx) fail at once.
"""
from __future__ import annotations

import logging
import threading
import time
from datetime import timedelta
from types import SimpleNamespace

from sqlalchemy import select, update
from tenacity import wait_exponential

from ..domain import consumer_history
from ..models import utcnow
from ..models.emails import Email
from ..models.tickets import TicketEvent
from . import compose, lease
from .smtp import Permanent, ServerDown, SmtpConnection, Temporary, Unconfirmed

log = logging.getLogger("desk_server.mail")

JOB = "smtp"
BATCH = 100
IDLE_CLOSE_SECONDS = 30.0


class MailSender:
    def __init__(self, settings, session_factory, *, holder: str | None = None):
        self.settings = settings
        self.session_factory = session_factory
        self.holder = holder or lease.new_holder()
        self.connection = SmtpConnection(settings)
        self.wait = wait_exponential(multiplier=settings.smtp_retry_first_seconds, max=settings.smtp_retry_max_seconds)
        self.holding = False
        self._renewed = 0.0
        self._down_failures = 0
        self._down_until = 0.0
        self._last_sent = time.monotonic()
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    # -- worker protocol ------------------------------------------------------------------------
    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="mail-sender", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(self.settings.smtp_timeout_seconds + 5)
        self.connection.close()
        if self.holding:
            with self.session_factory() as session:
                lease.release(session, JOB, self.holder)
            self.holding = False

    def wake(self) -> None:
        """A message was queued: look at the outbox now instead of at the next poll."""
        self._wake.set()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                idle = self.cycle()
            except Exception:  # a database hiccup must not end the sender
                log.exception("mail sender cycle failed")
                idle = True
            if idle:
                self._wake.wait(self.settings.mail_poll_seconds)
                self._wake.clear()

    # -- one pass ---------------------------------------------------------------------------------
    def backoff(self, attempts: int) -> float:
        return float(self.wait(SimpleNamespace(attempt_number=max(1, attempts))))

    def cycle(self) -> bool:
        """Deliver what is due; True when there was nothing to do (or nothing could be done)."""
        if not self._hold():
            self.connection.close()
            return True
        if time.monotonic() < self._down_until:
            return True
        ids = self._due_ids()
        if not ids:
            if time.monotonic() - self._last_sent > IDLE_CLOSE_SECONDS:
                self.connection.close()
            return True
        try:
            self.connection.open()
        except ServerDown as exc:
            self._server_down(str(exc))
            return True
        self._down_failures = 0
        for email_id in ids:
            if self._stop.is_set() or not self._hold():
                break
            self.deliver(email_id)
            if time.monotonic() < self._down_until:
                break
        return False

    def _hold(self) -> bool:
        now_m = time.monotonic()
        if self.holding and now_m - self._renewed < self.settings.mail_lease_seconds / 3:
            return True
        with self.session_factory() as session:
            held = lease.acquire(session, JOB, self.holder, self.settings.mail_lease_seconds, utcnow())
        if held:
            self._renewed = now_m
            if not self.holding:
                log.info("mail sender %s holds the lease", self.holder)
                self.recover()
        self.holding = held
        return held

    def _due_ids(self) -> list[int]:
        with self.session_factory() as session:
            return list(session.scalars(select(Email.id).where(Email.status == "pending",
                                                                Email.next_attempt_at <= utcnow())
                                        .order_by(Email.next_attempt_at, Email.id).limit(BATCH)))

    def recover(self) -> None:
        """Settle the messages a dead sender left `sending` (see the module docstring)."""
        now = utcnow()
        with self.session_factory() as session:
            histories = list(session.scalars(select(Email).where(
                Email.status == "sending", Email.phase == "final", Email.history_request_id.is_not(None))))
            final = session.execute(
                update(Email).where(Email.status == "sending", Email.phase == "final")
                .values(status="sent", phase=None, sent_at=now, claimed_by=self.holder,
                        last_error="Envio interrompido após o fim da mensagem: considerado entregue "
                                   "(não é enviado de novo para não duplicar)."))
            for email in histories:
                consumer_history.delivered(session, email, "sent", now)
            back = session.execute(update(Email).where(Email.status == "sending")
                                   .values(status="pending", phase=None, next_attempt_at=now, claimed_by=None))
            session.commit()
        if final.rowcount or back.rowcount:
            log.warning("mail sender recovered %d message(s) as delivered, %d back to the queue",
                        final.rowcount, back.rowcount)

    def _server_down(self, reason: str) -> None:
        self._down_failures += 1
        delay = self.backoff(self._down_failures)
        self._down_until = time.monotonic() + delay
        log.warning("SMTP unavailable (retry in %.0f s): %s", delay, reason)
        with self.session_factory() as session:
            session.execute(update(Email).where(Email.status == "pending", Email.next_attempt_at <= utcnow())
                            .values(last_error=reason))
            session.commit()

    # -- one message --------------------------------------------------------------------------------
    def deliver(self, email_id: int) -> None:
        with self.session_factory() as session:
            claimed = session.execute(
                update(Email).where(Email.id == email_id, Email.status == "pending")
                .values(status="sending", phase="data", attempts=Email.attempts + 1, claimed_by=self.holder,
                        last_attempt_at=utcnow()))
            session.commit()
            if claimed.rowcount != 1:
                return
            email = session.get(Email, email_id)
            try:
                data = compose.build(session, email, self.settings).as_bytes()
            except compose.ComposeError as exc:
                self._finish(session, email, "failed", str(exc))
                return
            recipients, attempts = compose.recipients(email), email.attempts
            session.commit()  # no transaction stays open during the SMTP conversation
            try:
                refused = self.connection.send(self.settings.smtp_from, recipients, data,
                                               before_final=lambda: self._mark_final(session, email_id))
            except Unconfirmed as exc:
                self._finish(session, email, "sent", str(exc))
            except Permanent as exc:
                self._finish(session, email, "failed", str(exc))
            except Temporary as exc:
                if isinstance(exc, ServerDown):
                    self._server_down(str(exc))
                self._finish(session, email, "pending", str(exc), retry_in=self.backoff(attempts))
            else:
                self._last_sent = time.monotonic()
                note = ("Recusado(s) pelo servidor: " + "; ".join(refused)) if refused else None
                self._finish(session, email, "sent", note)

    def _mark_final(self, session, email_id: int) -> None:
        session.execute(update(Email).where(Email.id == email_id, Email.claimed_by == self.holder)
                        .values(phase="final"))
        session.commit()

    def _finish(self, session, email: Email, status: str, error: str | None, retry_in: float = 0.0) -> None:
        now = utcnow()
        values = {"status": status, "phase": None, "last_error": error}
        if status == "sent":
            values["sent_at"] = now
        if status == "pending":
            values["next_attempt_at"] = now + timedelta(seconds=retry_in)
        done = session.execute(update(Email).where(Email.id == email.id, Email.claimed_by == self.holder)
                               .values(**values))
        if done.rowcount == 1 and status != "pending" and email.history_request_id is not None:
            consumer_history.delivered(session, email, status, now)
        elif done.rowcount == 1 and status != "pending":
            what = "Protocolo por escrito" if email.kind == "receipt" else "E-mail"
            text = (f"{what} enviado a {', '.join(email.to_addrs)}" if status == "sent"
                    else f"{what} não entregue a {', '.join(email.to_addrs)}: {error}")
            session.add(TicketEvent(ticket_id=email.ticket_id, kind=f"email_{status}", user_id=email.created_by_id,
                                    at=now, text=text, data={"email_id": email.id, "attempts": email.attempts}))
        session.commit()
        if status == "failed":
            log.warning("e-mail %s failed: %s", email.id, error)


def make_worker(state) -> MailSender:
    sender = MailSender(state.settings, state.session_factory)
    state.mail_sender = sender
    return sender
