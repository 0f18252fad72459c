"""Error responses: always JSON {"detail": ...}, readable, never a 500 for bad input."""
from __future__ import annotations

import logging

import psycopg
from fastapi import FastAPI, HTTPException, Request, status
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError, IntegrityError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..domain import errors as domain
from ..schemas.errors import COMMON_RESPONSES
from . import id_params
from .deps import forbidden, user_for_token
from .limits import BUSY_MESSAGE, RETRY_AFTER_SECONDS

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
    "too_long": "itens demais",
    "too_short": "itens de menos",
}
# With the limit the schema declares (ctx of the pydantic error): "muito longo (máximo 200)".
_LIMITS = {"string_too_long": "max_length", "too_long": "max_length", "string_too_short": "min_length",
           "too_short": "min_length", "less_than_equal": "le", "greater_than_equal": "ge"}


def readable_errors(errors) -> str:
    parts = []
    for err in errors:
        loc = [str(p) for p in err.get("loc", ()) if p not in ("body", "query", "path", "header")]
        where = ".".join(loc) or "corpo"
        kind = err.get("type", "")
        text = _MESSAGES.get(kind)
        if kind == "value_error":
            text = str(err.get("msg", "valor inválido")).removeprefix("Value error, ")
        limit = (err.get("ctx") or {}).get(_LIMITS.get(kind, ""))
        if text and limit is not None:
            bound = {"max_length": "máximo ", "min_length": "mínimo "}.get(_LIMITS[kind], "")
            text += f" ({bound}{limit})"
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


async def _overflow(request: Request, exc: OverflowError):
    # SQLite's driver refuses integers beyond 64 bits deep in the query: still bad input, not a crash.
    log.info("rejected an integer out of range on %s", request.url.path)
    return JSONResponse({"detail": "Valor inválido: número fora do intervalo aceito."},
                        status_code=status.HTTP_422_UNPROCESSABLE_CONTENT)


async def _busy(request: Request, exc: Exception):
    # Pool exhausted or SQLite lock not granted in time: a retryable 503, never a 500.
    log.warning("database busy on %s %s: %s", request.method, request.url.path, exc.__class__.__name__)
    return JSONResponse({"detail": BUSY_MESSAGE}, status_code=status.HTTP_503_SERVICE_UNAVAILABLE,
                        headers={"Retry-After": str(RETRY_AFTER_SECONDS)})


# One table from the domain's error family to HTTP: rules raise, routes stay thin.
DOMAIN_STATUS: dict[type[domain.DomainError], int] = {
    domain.Invalid: status.HTTP_422_UNPROCESSABLE_CONTENT,
    domain.NotFound: status.HTTP_404_NOT_FOUND,
    domain.Conflict: status.HTTP_409_CONFLICT,
    domain.Forbidden: status.HTTP_403_FORBIDDEN,
    domain.TooLarge: status.HTTP_413_CONTENT_TOO_LARGE,
    domain.Unavailable: status.HTTP_503_SERVICE_UNAVAILABLE,
}


def domain_status(exc: domain.DomainError) -> int:
    for cls in type(exc).__mro__:
        if cls in DOMAIN_STATUS:
            return DOMAIN_STATUS[cls]
    return status.HTTP_400_BAD_REQUEST


async def _domain_error(request: Request, exc: domain.DomainError):
    detail = {"message": exc.message, **exc.extra} if exc.extra else exc.message
    return JSONResponse({"detail": detail}, status_code=domain_status(exc))


async def _http_error(request: Request, exc: StarletteHTTPException):
    # FastAPI answers a body json.loads gives up on (nested past Python's recursion limit) with an
    # English 400 the document does not declare: bad input, so the readable 422 every other one gets.
    if exc.status_code == status.HTTP_400_BAD_REQUEST and exc.detail == "There was an error parsing the body":
        return JSONResponse({"detail": "Dados inválidos — corpo: JSON ilegível (aninhado demais ou malformado)"},
                            status_code=status.HTTP_422_UNPROCESSABLE_CONTENT)
    return await http_exception_handler(request, exc)


async def _unexpected(request: Request, exc: Exception):
    log.exception("unhandled error on %s %s", request.method, request.url.path)
    # The server drops the connection after an unhandled error: say so, so the client's next
    # request does not fail on a dead keep-alive connection.
    return JSONResponse({"detail": "Erro interno do servidor. A equipe técnica foi avisada pelo log."},
                        status_code=500, headers={"Connection": "close"})


def install(app: FastAPI) -> None:
    # Both before the routers are included (create_app calls install first): every route then
    # carries the id check and documents the error answers it may give.
    id_params.install(app)
    app.router.responses.update(COMMON_RESPONSES)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(domain.DomainError, _domain_error)
    app.add_exception_handler(DataError, _data_error)
    app.add_exception_handler(IntegrityError, _integrity_error)
    app.add_exception_handler(OverflowError, _overflow)
    app.add_exception_handler(OperationalError, _busy)
    app.add_exception_handler(PoolTimeout, _busy)
    # The token lookups' own pool (api/token_lookup.py) speaks psycopg directly: PostgreSQL down or
    # that pool exhausted (psycopg_pool.PoolTimeout is one of these) is the same retryable 503.
    app.add_exception_handler(psycopg.OperationalError, _busy)
    app.add_exception_handler(Exception, _unexpected)
