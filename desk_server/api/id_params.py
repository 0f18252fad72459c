"""One id rule for every route (issue 15): a path or query id outside the column's range is 422.

Ids are INTEGER columns (32-bit on PostgreSQL). Without this rule an id of 2**40 was a 404 on
SQLite and a 422 on PostgreSQL, and 2**63 was a 500 on SQLite (the driver's OverflowError) that
also dropped the keep-alive connection. Bodies use `DbId` (schemas/common.py); path and query
parameters are checked here by name — `id`, `*_id` and `*_ids` — so routes need not repeat it.
"""
from __future__ import annotations

import re

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError

from ..schemas.common import MAX_DB_ID

_INTEGER = re.compile(r"\s*[+-]?[0-9]+\s*")


def _is_id(name: str) -> bool:
    return name == "id" or name.endswith(("_id", "_ids"))


def _out_of_range(value: str) -> bool:
    # Comma lists ("1,2,3") are checked item by item; anything else is left to the route's own type.
    for part in value.split(",")[:1000]:
        if _INTEGER.fullmatch(part):
            digits = part.strip().lstrip("+-").lstrip("0")
            if len(digits) > 10 or int(digits or "0") > MAX_DB_ID:  # no int() of a 5,000-digit string
                return True
    return False


async def check_id_params(request: Request) -> None:
    errors = [
        {"loc": (where, name), "type": "less_than_equal", "msg": f"deve ser no máximo {MAX_DB_ID}",
         "input": value, "ctx": {"le": MAX_DB_ID}}
        for where, items in (("path", request.path_params.items()), ("query", request.query_params.multi_items()))
        for name, value in items
        if _is_id(name) and isinstance(value, str) and len(value) < 20_000 and _out_of_range(value)
    ]
    if errors:
        raise RequestValidationError(errors)


def install(app: FastAPI) -> None:
    """Before the routers are included: every route then carries the check."""
    app.router.dependencies.append(Depends(check_id_params))
