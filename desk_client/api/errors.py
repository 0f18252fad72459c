"""What went wrong with a request, in words an operator can act on (no HTTP library).

The words are the client's own, so they go through Qt's translation (context "ApiClient"), read when
the message is shown; a `detail` the server wrote is shown as the server wrote it.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

UNREACHABLE, TIMEOUT, HTTP, CANCELLED, INVALID = "unreachable", "timeout", "http", "cancelled", "invalid"
LOCAL_FILE = "local_file"  # a file transfer could not read or write the file on this computer
NOT_JSON = "not_json"  # the detail of an INVALID answer that was not JSON (worded when shown)


@dataclass
class ApiError(Exception):
    kind: str
    status: int | None = None
    detail: str = ""
    timeout: float | None = None

    @property
    def message(self) -> str:
        translate = QCoreApplication.translate
        if self.kind == UNREACHABLE:
            return translate("ApiClient", "Servidor indisponível: não foi possível conectar. Verifique o "
                                          "endereço do servidor e a rede, ou tente novamente em instantes.")
        if self.kind == TIMEOUT:
            return translate("ApiClient", "Servidor indisponível: sem resposta em %s s. Tente novamente; se "
                                          "persistir, avise o suporte.") % f"{self.timeout:g}"
        if self.kind == CANCELLED:
            return translate("ApiClient", "Operação cancelada.")
        if self.kind == LOCAL_FILE:
            return translate("ApiClient", "Arquivo local inacessível: %s") % self.detail
        if self.kind == INVALID:
            detail = translate("ApiClient", "conteúdo não é JSON") if self.detail == NOT_JSON else self.detail
            return translate("ApiClient", "Resposta inválida do servidor: %s") % detail
        if self.status == 401:
            return self.detail or translate("ApiClient", "Sessão expirada: faça login novamente.")
        if self.status == 403:
            return self.detail or translate("ApiClient", "Seu perfil não tem permissão para esta ação.")
        if self.status == 404:
            return self.detail or translate("ApiClient", "Registro não encontrado.")
        if self.status is not None and self.status >= 500:
            return translate("ApiClient", "Erro no servidor. Tente novamente; se persistir, avise o suporte.")
        return self.detail or translate("ApiClient", "Erro %s.") % self.status

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
        if isinstance(detail, dict) and isinstance(detail.get("message"), str):
            return detail["message"]  # {"message", ...extra}: a domain error with structured detail
        if isinstance(detail, list):
            return "; ".join(str(d.get("msg", d)) if isinstance(d, dict) else str(d) for d in detail)
    return ""
