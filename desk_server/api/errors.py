"""Error responses: always JSON {"detail": ...}, readable, never a 500 for bad input."""
from __future__ import annotations

import logging

from fastapi import FastAPI, HTTPException, Request, status
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError, IntegrityError

from .deps import forbidden, user_for_token

log = logging.getLogger("desk_server.api")

_MESSAGES = {
    "missing": "obrigatório",
    "json_invalid": "JSON inválido",
    "string_too_short": "muito curto",
    "string_too_long": "muito longo",
    "string_pattern_mismatch": "contém caracteres não permitidos",
    "int_parsing": "deve ser um número inteiro",
    "float_parsing": "deve ser um número",
    "bool_parsing": "deve ser verdadeiro ou falso",
    "literal_error": "valor não permitido",
    "enum": "valor não permitido",
    "greater_than_equal": "valor abaixo do mínimo",
    "less_than_equal": "valor acima do máximo",
    "date_from_datetime_parsing": "data inválida",
    "date_parsing": "data inválida",
    "datetime_parsing": "data/hora inválida",
    "extra_forbidden": "campo não reconhecido",
    "model_attributes_type": "objeto JSON esperado",
    "dict_type": "objeto JSON esperado",
    "list_type": "lista esperada",
    "value_error": "valor inválido",
}


def readable_errors(errors) -> str:
    parts = []
    for err in errors:
        loc = [str(p) for p in err.get("loc", ()) if p not in ("body", "query", "path", "header")]
        where = ".".join(loc) or "corpo"
        kind = err.get("type", "")
        text = _MESSAGES.get(kind)
        if kind == "value_error":
            text = str(err.get("msg", "valor inválido")).removeprefix("Value error, ")
        parts.append(f"{where}: {text or err.get('msg', 'inválido')}")
    return "Dados inválidos — " + "; ".join(parts)


def _required_roles(request: Request):
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    stack = list(dependant.dependencies) if dependant else []
    while stack:
        dep = stack.pop()
        roles = getattr(dep.call, "required_roles", None)
        if roles:
            return roles
        stack.extend(dep.dependencies)
    return None


async def _validation_error(request: Request, exc: RequestValidationError):
    # FastAPI parses a JSON body before running dependencies; a forbidden caller must still get 401/403.
    roles = _required_roles(request)
    if roles:
        header = request.headers.get("authorization", "")
        token = header[7:].strip() if header.lower().startswith("bearer ") else None
        session = request.app.state.session_factory()
        try:
            user, _ = user_for_token(session, token)
            if user.role not in roles:
                raise forbidden()
        except HTTPException as denial:
            status_code = getattr(denial, "status_code", 401)
            return JSONResponse({"detail": denial.detail}, status_code=status_code,
                                headers=getattr(denial, "headers", None))
        finally:
            session.close()
    return JSONResponse({"detail": readable_errors(exc.errors()), "errors": _jsonable(exc.errors())},
                        status_code=status.HTTP_422_UNPROCESSABLE_CONTENT)


def _jsonable(errors):
    return [{"loc": list(e.get("loc", ())), "type": e.get("type"), "msg": str(e.get("msg"))} for e in errors]


async def _data_error(request: Request, exc: DataError):
    log.info("rejected value the database refused: %s", exc.orig.__class__.__name__)
    return JSONResponse({"detail": "Valor inválido (formato ou tamanho não aceito)."},
                        status_code=status.HTTP_422_UNPROCESSABLE_CONTENT)


async def _integrity_error(request: Request, exc: IntegrityError):
    log.info("integrity conflict: %s", exc.orig.__class__.__name__)
    return JSONResponse({"detail": "Conflito: registro duplicado ou referência inexistente."},
                        status_code=status.HTTP_409_CONFLICT)


async def _unexpected(request: Request, exc: Exception):
    log.exception("unhandled error on %s %s", request.method, request.url.path)
    return JSONResponse({"detail": "Erro interno do servidor. A equipe técnica foi avisada pelo log."},
                        status_code=500)


def install(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(DataError, _data_error)
    app.add_exception_handler(IntegrityError, _integrity_error)
    app.add_exception_handler(Exception, _unexpected)
