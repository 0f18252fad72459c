"""A real SMTP server (aiosmtpd) on loopback for the e-mail tests: records what it accepts, can refuse
recipients with 550, require a login, be slow, or be stopped and started again on the same port."""
from __future__ import annotations

import asyncio
import email
import email.policy
import threading
import time
import warnings

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from pydantic import SecretStr

from ..harness import free_port


class Sink:
    def __init__(self, *, user: str | None = None, password: str | None = None, delay: float = 0.0,
                 refuse: tuple[str, ...] = ()):
        self.port = free_port()
        self.user, self.password, self.delay, self.refuse = user, password, delay, refuse
        self.received: list[tuple[list[str], bytes]] = []
        self.lock = threading.Lock()
        self.controller: Controller | None = None

    # aiosmtpd handler hooks
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 Caixa postal inexistente"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.delay:
            await asyncio.sleep(self.delay)
        with self.lock:
            self.received.append((list(envelope.rcpt_tos), envelope.original_content or envelope.content))
        return "250 OK: queued"

    def _authenticate(self, server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == self.user \
            and auth_data.password.decode() == self.password
        return AuthResult(success=ok, handled=False)

    def start(self) -> Sink:
        kwargs = {}
        if self.user:
            kwargs = {"authenticator": self._authenticate, "auth_require_tls": False, "auth_required": True}
        with warnings.catch_warnings():  # AUTH without TLS: fine on loopback in a test
            warnings.simplefilter("ignore")
            self.controller = Controller(self, hostname="127.0.0.1", port=self.port, **kwargs)
            self.controller.start()
        return self

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def messages(self) -> list[email.message.EmailMessage]:
        with self.lock:
            return [email.message_from_bytes(raw, policy=email.policy.default) for _, raw in self.received]

    def message_ids(self) -> list[str]:
        return [m["Message-ID"] for m in self.messages()]

    def wait_for(self, count: int, timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                if len(self.received) >= count:
                    return
            time.sleep(0.05)
        raise AssertionError(f"{count} mensagens esperadas, {len(self.received)} recebidas")


def smtp_settings(settings, sink: Sink, **extra):
    values = {"smtp_host": "127.0.0.1", "smtp_port": sink.port, "smtp_from": "atendimento@provedor.com.br",
              "smtp_retry_first_seconds": 0.05, "smtp_retry_max_seconds": 0.2, "smtp_timeout_seconds": 5.0,
              "mail_poll_seconds": 0.05, **extra}
    if isinstance(values.get("smtp_password"), str):
        values["smtp_password"] = SecretStr(values["smtp_password"])
    return settings.model_copy(update=values)
