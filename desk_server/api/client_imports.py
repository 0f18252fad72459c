"""POST /client-imports (admins): the CSV import of docs/import-layout.md through the server, for the
client's Importar window. The file arrives as multipart (`file`, and `dry_run` "true"/"false"); the
answer is the report (counts and refused lines, the first MAX_REFUSED of them)."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..domain.errors import Invalid
from ..domain.importer import import_file
from ..domain.roles import ADMIN
from .deps import SettingsDep, require_roles
from .routing import DeskRoute

router = APIRouter(route_class=DeskRoute, tags=["client import"])
MAX_REFUSED = 1000
_UPLOAD_BODY = {"requestBody": {"content": {"multipart/form-data": {"schema": {
    "type": "object", "required": ["file"],
    "properties": {"file": {"type": "string", "format": "binary"}, "dry_run": {"type": "boolean"}}}}}}}


def _run(request: Request, upload: UploadFile, dry_run: bool, secret: str) -> dict:
    with tempfile.TemporaryDirectory(prefix="isp-desk-import-") as folder:
        path = Path(folder) / "clientes.csv"
        with path.open("wb") as out:
            shutil.copyfileobj(upload.file, out, 1 << 20)
        report = import_file(request.app.state.engine, path, secret_key=secret, dry_run=dry_run)
    body = report.as_dict()
    body["refused_total"] = len(report.refused)
    body["refused"] = body["refused"][:MAX_REFUSED]
    return body


@router.post("/client-imports", dependencies=[require_roles(ADMIN)], openapi_extra=_UPLOAD_BODY)
async def post_import(request: Request, settings: SettingsDep) -> dict:
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        raise Invalid("Envie o arquivo CSV como multipart/form-data no campo 'file'.")
    try:
        form = await request.form(max_files=1, max_fields=5)
    except StarletteHTTPException as exc:  # a malformed multipart body is bad input: 422 like the rest
        raise Invalid(f"Envio inválido: {exc.detail}") from None
    try:
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise Invalid("Arquivo ausente: envie-o no campo 'file'.")
        dry_run = str(form.get("dry_run") or "").lower() in ("1", "true", "sim", "yes")
        return await run_in_threadpool(_run, request, upload, dry_run, settings.resolved_secret_key)
    finally:
        await form.close()
