"""Attachments: POST /tickets/{id}/attachments (multipart `file`, `note`; Idempotency-Key),
GET /tickets/{id}/attachments, GET /attachments/{id}/content, POST /attachments/{id}/remove.

The upload route reads the multipart body itself (async) so that a body declared larger than the
limit is refused before a byte of it is read, the permission is checked before the body too, and
the ticket is locked only for the short database part, never while the file is still arriving.
"""
from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Request, Response, status
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse
from sqlalchemy.orm import Session
from starlette.datastructures import UploadFile

from ..domain.attachments import files, links
from ..domain.errors import Invalid, NotFound, TooLarge
from ..domain.tickets import lifecycle
from ..models import User
from ..models.tickets import Ticket
from ..schemas.attachments import AttachmentOut, AttachmentRemoveIn
from ..schemas.common import DbId, ItemList
from ..schemas.files import ATTACHMENT_RESPONSES
from ..storage import AttachmentStore, FileTooLarge
from .deps import CurrentUser, SessionDep, SettingsDep
from .idempotency import IdempotencyKey, create_once
from .routing import DeskRoute
from .tickets import Now

router = APIRouter(route_class=DeskRoute, tags=["attachments"])
MULTIPART_OVERHEAD = 64 * 1024  # boundaries, headers and the note beside the file itself

_UPLOAD_BODY = {"requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
    "type": "object", "required": ["file"],
    "properties": {"file": {"type": "string", "format": "binary"}, "note": {"type": "string"}}}}}}}


def too_large(settings) -> TooLarge:
    return TooLarge(f"Arquivo maior que o limite de {settings.attachment_max_mb} MB: reduza o arquivo "
                    "(ou compacte-o) e anexe de novo.", limit_mb=settings.attachment_max_mb)


def _check_may_attach(session: Session, user: User, ticket_id: int) -> None:
    try:
        ticket = session.get(Ticket, ticket_id)
        if ticket is None:
            raise NotFound("Atendimento não encontrado.")
        lifecycle.ensure_can_act(session, user, ticket)
    finally:
        session.rollback()  # no transaction stays open while the body arrives


@router.post("/tickets/{ticket_id}/attachments", response_model=AttachmentOut,
             status_code=status.HTTP_201_CREATED, openapi_extra=_UPLOAD_BODY)
async def upload_attachment(ticket_id: DbId, request: Request, response: Response, session: SessionDep,
                            user: CurrentUser, settings: SettingsDep, now: Now,
                            idempotency_key: IdempotencyKey = None):
    await run_in_threadpool(_check_may_attach, session, user, ticket_id)
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > settings.attachment_max_bytes + MULTIPART_OVERHEAD:
        raise too_large(settings)
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        raise Invalid("Envie o arquivo como multipart/form-data no campo 'file'.")
    async with request.form(max_files=1, max_fields=5) as form:
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise Invalid("Arquivo ausente: envie-o no campo 'file'.")
        note = form.get("note")
        note = note if isinstance(note, str) else None
        return await run_in_threadpool(_store_and_link, ticket_id, upload, note, response, session, user,
                                       settings, now, idempotency_key)


def _store_and_link(ticket_id: int, upload: UploadFile, note: str | None, response: Response, session: Session,
                    user: User, settings, now: datetime, idempotency_key: str | None) -> AttachmentOut:
    name = files.sanitize_name(upload.filename)
    try:
        sha256, size, head = AttachmentStore.for_settings(settings).put(upload.file,
                                                                       max_bytes=settings.attachment_max_bytes)
    except FileTooLarge:
        raise too_large(settings) from None
    content_type = files.sniff_content_type(head)

    def make(key: str | None) -> int:
        ticket = lifecycle.lock_ticket(session, ticket_id)
        lifecycle.ensure_can_act(session, user, ticket)
        return links.add(session, ticket, user, sha256=sha256, size=size, content_type=content_type, name=name,
                         note=note, now=now, idempotency_key=key).id

    attachment_id = create_once(session, response, idempotency_key, make,
                                lambda key: links.find_by_idempotency_key(session, user.id, key))
    return AttachmentOut.model_validate(links.get(session, attachment_id))


@router.get("/tickets/{ticket_id}/attachments", response_model=ItemList[AttachmentOut])
def list_attachments(ticket_id: DbId, session: SessionDep, _user: CurrentUser, include_removed: bool = True):
    if session.get(Ticket, ticket_id) is None:
        raise NotFound("Atendimento não encontrado.")
    return ItemList[AttachmentOut](items=[AttachmentOut.model_validate(a) for a in
                                          links.for_ticket(session, ticket_id, include_removed=include_removed)])


@router.get("/attachments/limits")
async def attachment_limits(_user: CurrentUser, settings: SettingsDep) -> dict:
    """What the client checks before an upload starts (the server checks again)."""
    return {"max_mb": settings.attachment_max_mb}


@router.get("/attachments/{attachment_id}", response_model=AttachmentOut)
def get_attachment(attachment_id: DbId, session: SessionDep, _user: CurrentUser):
    return AttachmentOut.model_validate(links.get(session, attachment_id))


@router.get("/attachments/{attachment_id}/content", response_class=FileResponse,
            responses=ATTACHMENT_RESPONSES)
def attachment_content(attachment_id: DbId, session: SessionDep, _user: CurrentUser, settings: SettingsDep):
    attachment = links.get(session, attachment_id)
    path = AttachmentStore.for_settings(settings).path(attachment.sha256)
    if not path.is_file():
        raise NotFound("O arquivo deste anexo não está no armazenamento de anexos: avise o suporte.")
    return FileResponse(path, media_type=attachment.content_type, filename=attachment.name)


@router.post("/attachments/{attachment_id}/remove", response_model=AttachmentOut)
def remove_attachment(attachment_id: DbId, session: SessionDep, user: CurrentUser, now: Now,
                      body: AttachmentRemoveIn | None = None):
    attachment = links.get(session, attachment_id)
    ticket = lifecycle.lock_ticket(session, attachment.ticket_id)
    lifecycle.ensure_can_act(session, user, ticket)
    links.remove(session, ticket, attachment, user, body.reason if body else None, now)
    session.commit()
    return AttachmentOut.model_validate(attachment)
