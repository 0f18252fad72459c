"""SMTP delivery with a known point of no return.

The body goes out without its end-of-data mark; `before_final()` (which records that the mark is about
to go) runs next, and only then is the mark sent. An SMTP server discards a message whose connection
drops before the mark (RFC 5321 §4.1.1.4), so a message recorded as still writing its body was
certainly not delivered and may be sent again after a crash; one recorded past that point is counted
as delivered. That leaves a window of one local write between the record and the mark.

Failures are Temporary (retry later: connection, 4xx, timeouts, a refused login) or Permanent (5xx:
fail at once with the server's reason).
"""
from __future__ import annotations

import re
import smtplib
import socket
import ssl
from collections.abc import Callable

CRLF = b"\r\n"


class Temporary(Exception):
    pass


class Permanent(Exception):
    pass


class Unconfirmed(Exception):
    """The end-of-data mark went out but the answer never came: the server may well have accepted it.
    Counted as delivered (sending again could deliver it twice)."""


class ServerDown(Temporary):
    """Could not connect or log in: no message is to blame, every due one waits."""


def _reply(code: int, text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return f"{code} {text}".strip()


def _wire(data: bytes) -> bytes:
    data = re.sub(rb"(?:\r\n|\n|\r(?!\n))", CRLF, data)
    data = re.sub(rb"(?m)^\.", b"..", data)  # dot-stuffing
    return data if data.endswith(CRLF) else data + CRLF


class SmtpConnection:
    def __init__(self, settings):
        self.settings = settings
        self.smtp: smtplib.SMTP | None = None

    @property
    def where(self) -> str:
        return f"{self.settings.smtp_host}:{self.settings.smtp_port}"

    def open(self) -> None:
        if self.smtp is not None:
            return
        s = self.settings
        if not s.smtp_host:
            raise ServerDown("Servidor SMTP não configurado (DESK_SMTP_HOST): os e-mails ficam na fila.")
        try:
            if s.smtp_tls == "ssl":
                smtp = smtplib.SMTP_SSL(s.smtp_host, s.smtp_port, timeout=s.smtp_timeout_seconds,
                                        context=ssl.create_default_context())
            else:
                smtp = smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=s.smtp_timeout_seconds)
            # The body and the end-of-data mark are separate small writes: without this, Nagle's
            # algorithm holds the mark until the body is acknowledged (a delayed ACK per message).
            smtp.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            smtp.ehlo_or_helo_if_needed()
            if s.smtp_tls == "starttls":
                smtp.starttls(context=ssl.create_default_context())
                smtp.ehlo()
            if s.smtp_user:
                password = s.smtp_password.get_secret_value() if s.smtp_password else ""
                smtp.login(s.smtp_user, password)
        except smtplib.SMTPAuthenticationError as exc:
            raise ServerDown(f"O servidor SMTP {self.where} recusou o usuário ou a senha "
                             f"({_reply(exc.smtp_code, exc.smtp_error)}): verifique DESK_SMTP_USER e "
                             "DESK_SMTP_PASSWORD.") from None
        except smtplib.SMTPNotSupportedError:
            raise ServerDown(f"O servidor SMTP {self.where} não oferece STARTTLS/AUTH como configurado "
                             "(DESK_SMTP_TLS).") from None
        except ssl.SSLError as exc:
            raise ServerDown(f"Falha de TLS com o servidor SMTP {self.where}: {exc.reason or exc}.") from None
        except (OSError, smtplib.SMTPException) as exc:
            raise ServerDown(f"Servidor SMTP {self.where} indisponível: {exc.__class__.__name__} "
                             f"{exc}".strip() + ".") from None
        self.smtp = smtp

    def close(self) -> None:
        smtp, self.smtp = self.smtp, None
        if smtp is not None:
            try:
                smtp.quit()
            except (OSError, smtplib.SMTPException):
                smtp.close()

    def _check(self, code: int, text, what: str) -> None:
        if 200 <= code < 400:
            return
        reason = f"{what}: {_reply(code, text)}"
        if code >= 500:
            raise Permanent(reason)
        raise Temporary(reason)

    def send(self, sender: str, recipients: list[str], data: bytes, before_final: Callable[[], None]) -> list[str]:
        """Deliver one message; returns the recipients the server refused (the others got it)."""
        self.open()
        smtp = self.smtp
        final_sent = False
        try:
            options = []
            if smtp.has_extn("size"):
                limit = int(smtp.esmtp_features.get("size") or 0)
                if limit and len(data) > limit:
                    raise Permanent(f"Mensagem grande demais para o servidor SMTP ({len(data) // 1024} KB; "
                                    f"limite {limit // 1024} KB).")
                options.append(f"SIZE={len(data)}")
            self._check(*smtp.mail(sender, options), "remetente recusado")
            refused = []
            for address in recipients:
                code, text = smtp.rcpt(address)
                if code >= 500:
                    refused.append(f"{address} ({_reply(code, text)})")
                elif code >= 400:
                    raise Temporary(f"destinatário {address} adiado: {_reply(code, text)}")
            if len(refused) == len(recipients):
                raise Permanent("destinatário recusado: " + "; ".join(refused))
            self._check(*smtp.docmd("DATA"), "DATA recusado")
            smtp.send(_wire(data))
            before_final()
            final_sent = True
            smtp.send(b"." + CRLF)
            self._check(*smtp.getreply(), "mensagem recusada")
            return refused
        except (Temporary, Permanent):
            self._reset()
            raise
        except (OSError, smtplib.SMTPException) as exc:
            self.close()
            if final_sent:
                raise Unconfirmed(f"sem resposta do servidor SMTP {self.where} após o fim da mensagem: "
                                  f"{exc}") from None
            raise Temporary(f"conexão com o servidor SMTP {self.where} interrompida: {exc}") from None

    def _reset(self) -> None:
        try:
            self.smtp.rset()
        except (OSError, smtplib.SMTPException, AttributeError):
            self.close()
