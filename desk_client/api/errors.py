"""What went wrong with a request, in words an operator can act on (no Qt, no HTTP library)."""
from __future__ import annotations

from dataclasses import dataclass

UNREACHABLE, TIMEOUT, HTTP, CANCELLED, INVALID = "unreachable", "timeout", "http", "cancelled", "invalid"


@dataclass
class ApiError(Exception):
    kind: str
    status: int | None = None
    detail: str = ""
    timeout: float | None = None

    @property
    def message(self) -> str:
        if self.kind == UNREACHABLE:
            return ("Servidor indisponível: não foi possível conectar. Verifique o endereço do "
                    "servidor e a rede, ou tente novamente em instantes.")
        if self.kind == TIMEOUT:
            return (f"Servidor indisponível: sem resposta em {self.timeout:g} s. "
                    "Tente novamente; se persistir, avise o suporte.")
        if self.kind == CANCELLED:
            return "Operação cancelada."
        if self.kind == INVALID:
            return f"Resposta inválida do servidor: {self.detail}"
        if self.status == 401:
            return self.detail or "Sessão expirada: faça login novamente."
        if self.status == 403:
            return self.detail or "Seu perfil não tem permissão para esta ação."
        if self.status == 404:
            return self.detail or "Registro não encontrado."
        if self.status is not None and self.status >= 500:
            return "Erro no servidor. Tente novamente; se persistir, avise o suporte."
        return self.detail or f"Erro {self.status}."

    def __str__(self) -> str:
        return self.message

    @property
    def is_connection_problem(self) -> bool:
        return self.kind in (UNREACHABLE, TIMEOUT)


def detail_from_body(body) -> str:
    if isinstance(body, dict):
        detail = body.get("detail")
        if isinstance(detail, str):
            return detail
        if isinstance(detail, list):
            return "; ".join(str(d.get("msg", d)) if isinstance(d, dict) else str(d) for d in detail)
    return ""
