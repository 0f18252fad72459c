"""Every way a router call can fail, as one exception with a code and a Portuguese message."""
from __future__ import annotations

import errno
import socket
import ssl

from librouteros.exceptions import (
    ConnectionClosed,
    FatalError,
    LibRouterosError,
    MultiTrapError,
    ProtocolError,
    TrapError,
)

# code → message shown to operators (the API returns both)
MESSAGES = {
    "timeout": "roteador não responde (tempo esgotado)",
    "auth": "usuário ou senha do roteador inválidos",
    "refused": "conexão recusada (serviço API do roteador desativado ou porta errada)",
    "closed": "o roteador encerrou a conexão inesperadamente",
    "closed_at_login": ("o roteador fechou a conexão antes do login "
                        "(limite de sessões da API atingido ou acesso bloqueado)"),
    "too_many": "limite de sessões da API do roteador atingido",
    "protocol": "resposta inválida do roteador (erro de protocolo)",
    "fatal": "o roteador encerrou a sessão da API",
    "trap": "o roteador recusou o comando",
    "reset": "conexão interrompida pelo roteador",
    "unreachable": "roteador inacessível pela rede",
    "dns": "nome do roteador não encontrado (DNS)",
    "tls": "falha na conexão segura (API-SSL)",
    "busy": "roteador ocupado: todas as conexões da API estão em uso, tente novamente",
    "password_unreadable": "senha do roteador ilegível com a chave atual do servidor: cadastre a senha novamente",
    "inactive": "roteador desativado no cadastro",
    "closed_pool": "servidor encerrando: conexão com o roteador indisponível",
    "internal": "erro inesperado ao consultar o roteador",
}


class RouterError(Exception):
    """A router problem: `code` for programs, `message` (pt-BR) for people."""

    def __init__(self, code: str, detail: str | None = None, *, retry_in: float | None = None):
        self.code = code
        self.detail = detail
        self.retry_in = retry_in
        super().__init__(self.message)

    @property
    def message(self) -> str:
        text = MESSAGES.get(self.code, MESSAGES["internal"])
        if self.detail:
            text = f"{text}: {self.detail}"
        if self.retry_in:
            text = f"{text} (nova tentativa em {max(1, round(self.retry_in))} s)"
        return text

    def as_dict(self) -> dict:
        return {"code": self.code, "message": self.message}

    @property
    def connection_level(self) -> bool:
        """True when the router as a whole is unavailable (not just one command refused)."""
        return self.code not in ("trap", "auth", "password_unreadable", "inactive", "busy", "closed_pool")


def classify(exc: BaseException, *, during_login: bool = False) -> RouterError:
    """Map any exception of a router call to a RouterError."""
    if isinstance(exc, RouterError):
        return exc
    if isinstance(exc, MultiTrapError):
        return RouterError("trap", ", ".join(str(t) for t in exc.traps))
    if isinstance(exc, TrapError):
        text = str(exc)
        if "invalid user name or password" in text or "cannot log in" in text:
            return RouterError("auth")
        return RouterError("trap", text)
    if isinstance(exc, FatalError):
        text = str(exc.args[0]) if exc.args else ""
        if "too many" in text.lower():
            return RouterError("too_many")
        if "not logged in" in text:
            return RouterError("auth", "sessão não autenticada")
        return RouterError("fatal", text or None)
    if isinstance(exc, ConnectionClosed):
        return RouterError("closed_at_login" if during_login else "closed")
    if isinstance(exc, ProtocolError | LibRouterosError | UnicodeError):
        return RouterError("protocol")
    if isinstance(exc, ssl.SSLError):
        return RouterError("tls", exc.__class__.__name__)
    if isinstance(exc, TimeoutError | socket.timeout):
        return RouterError("timeout")
    if isinstance(exc, ConnectionRefusedError):
        return RouterError("refused")
    if isinstance(exc, ConnectionResetError | BrokenPipeError | ConnectionAbortedError):
        return RouterError("closed_at_login" if during_login else "reset")
    if isinstance(exc, socket.gaierror):
        return RouterError("dns")
    if isinstance(exc, OSError):
        if exc.errno in (errno.EHOSTUNREACH, errno.ENETUNREACH, errno.EHOSTDOWN, errno.ENETDOWN):
            return RouterError("unreachable")
        if exc.errno == errno.ETIMEDOUT:
            return RouterError("timeout")
        return RouterError("unreachable", exc.strerror or None)
    if isinstance(exc, ValueError | IndexError | KeyError):
        return RouterError("protocol")  # librouteros on malformed replies (random garbage)
    return RouterError("internal", exc.__class__.__name__)
