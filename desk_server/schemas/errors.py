"""The error answers as the OpenAPI document describes them (issue 15 item 8).

Every error is `{"detail": ...}`: a Portuguese sentence, or for a domain error with structured
extras (a 409 naming what is in the way) an object with `message` and those extras. A 422 from
request validation also lists the individual problems in `errors`.
"""
from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict


class ErrorDetail(BaseModel):
    model_config = ConfigDict(extra="allow")
    message: str


class ErrorOut(BaseModel):
    detail: str | ErrorDetail


class FieldError(BaseModel):
    loc: list[str | int]
    type: str | None = None
    msg: str


class ValidationErrorOut(ErrorOut):
    errors: list[FieldError] | None = None


def _doc(model: type[BaseModel], description: str) -> dict[str, Any]:
    return {"model": model, "description": description}


# Documented on every route (a route may document more or say more in its own description).
COMMON_RESPONSES: dict[int | str, dict[str, Any]] = {
    401: _doc(ErrorOut, "Sem token, token expirado, revogado ou usuário desativado."),
    403: _doc(ErrorOut, "O perfil do usuário não permite esta ação (verificado antes dos dados)."),
    404: _doc(ErrorOut, "Registro não encontrado."),
    409: _doc(ErrorOut, "O estado atual não permite a ação (detail pode trazer message e dados extras)."),
    413: _doc(ErrorOut, "Corpo da requisição grande demais."),
    422: _doc(ValidationErrorOut, "Dados inválidos: detail legível e, da validação, a lista errors."),
    429: _doc(ErrorOut, "Tentativas demais: aguarde o tempo indicado em Retry-After."),
    503: _doc(ErrorOut, "Servidor ocupado ou banco indisponível: tente de novo após Retry-After."),
}
