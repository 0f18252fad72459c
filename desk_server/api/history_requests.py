"""The consumer's history (Decreto 11.034/2022 art. 12): "Pedido de histórico" requests with their
5-calendar-day deadline, and the history PDF. Rules in domain/consumer_history.py.

  POST /clients/{id}/history-requests   {"channel": "email" | "mail", "address", "note"} → 201
                                        by e-mail the PDF is queued in the outbox at once
  GET  /clients/{id}/history-requests   newest first, with `state`, `late` and the e-mail's delivery
  POST /history-requests/{id}/sent      by post (or an undelivered e-mail sent some other way)
  POST /history-requests/{id}/resend    an undelivered e-mail back to the queue
  GET  /clients/{id}/history.pdf        every ticket of the client with its events

Writing is for the staff (operators, supervisors, admins); a technician reads.
"""
from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Request, Response, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import consumer_history
from ..domain.roles import STAFF
from ..mail import history as history_mail
from ..models import User
from ..models.emails import Email
from ..models.workspace import HistoryRequest
from ..schemas.common import DbId, ItemList
from ..schemas.files import PDF_RESPONSES
from ..schemas.history_requests import HistoryRequestIn, HistoryRequestOut
from ..schemas.workspace import OptionalReasonIn
from .deps import CurrentUser, SessionDep, SettingsDep, require_roles
from .idempotency import IdempotencyKey, create_once
from .routing import DeskRoute
from .tickets import Now

router = APIRouter(route_class=DeskRoute, tags=["workspace"])
Staff = require_roles(*STAFF)
DEADLINE_DAYS = consumer_history.DEADLINE_DAYS


def _when(value: datetime, settings) -> str:
    return value.astimezone(settings.tz).strftime("%d/%m/%Y %H:%M")


def _delivery(row: HistoryRequest, email: Email | None, settings) -> str:
    if email is None:
        if row.sent_at:
            return f"enviado em {_when(row.sent_at, settings)}"
        return "aguardando envio por e-mail" if row.channel == "email" else "aguardando postagem"
    if email.status == "sent":
        return f"enviado por e-mail a {email.to_addrs[0]} em {_when(email.sent_at or row.sent_at, settings)}"
    if row.sent_at:
        return f"enviado em {_when(row.sent_at, settings)} (o e-mail não foi entregue)"
    if email.status == "failed":
        return f"e-mail não entregue a {email.to_addrs[0]}: {email.last_error or 'recusado'}"
    if email.status == "sending":
        return f"enviando por e-mail a {email.to_addrs[0]}"
    if email.attempts or email.last_error:
        tries = f" ({email.attempts} sem sucesso)" if email.attempts else ""
        return (f"e-mail a {email.to_addrs[0]} aguardando nova tentativa{tries}: "
                f"{email.last_error or 'servidor de e-mail indisponível'}")
    return f"na fila de envio por e-mail a {email.to_addrs[0]}"


def request_out(row: HistoryRequest, email: Email | None, now: datetime, settings,
                requested_by: str) -> HistoryRequestOut:
    refused = email is not None and email.status == "failed"
    return HistoryRequestOut.from_row(
        row, requested_by=requested_by, late=(row.sent_at or now) > row.due_at,
        delivery=_delivery(row, email, settings), email=history_mail.state(email),
        may_mark_sent=row.sent_at is None and (email is None or refused), may_resend=row.sent_at is None and refused)


def _answers(session: Session, rows: list[HistoryRequest], now: datetime, settings) -> list[HistoryRequestOut]:
    names = dict(session.execute(select(User.id, User.name).where(User.id.in_({r.requested_by_id for r in rows}))).all())
    emails = consumer_history.emails_of(session, [r.id for r in rows if r.channel == "email"])
    return [request_out(r, emails.get(r.id), now, settings, names.get(r.requested_by_id, "")) for r in rows]


def _wake_sender(request: Request) -> None:
    sender = getattr(request.app.state, "mail_sender", None)
    if sender is not None:
        sender.wake()


@router.post("/clients/{client_id}/history-requests", response_model=HistoryRequestOut,
             status_code=status.HTTP_201_CREATED, dependencies=[Staff],
             responses={200: {"model": HistoryRequestOut,
                              "description": "O mesmo Idempotency-Key: o pedido já registrado, não outro."}})
def create_request(client_id: DbId, body: HistoryRequestIn, request: Request, response: Response,
                   session: SessionDep, user: CurrentUser, settings: SettingsDep, now: Now,
                   idempotency_key: IdempotencyKey = None):
    client = consumer_history.get_client(session, client_id)
    request_id = create_once(
        session, response, idempotency_key,
        lambda key: consumer_history.create(session, client, user, settings, channel=body.channel,
                                            address=body.address, note=body.note, now=now,
                                            idempotency_key=key).id,
        lambda key: consumer_history.find_by_idempotency_key(session, user.id, key))
    if body.channel == "email":
        _wake_sender(request)
    return _answers(session, [consumer_history.get_request(session, request_id)], now, settings)[0]


@router.get("/clients/{client_id}/history-requests", response_model=ItemList[HistoryRequestOut])
def list_requests(client_id: DbId, session: SessionDep, _user: CurrentUser, settings: SettingsDep, now: Now):
    consumer_history.get_client(session, client_id)
    rows = list(session.scalars(select(HistoryRequest).where(HistoryRequest.client_id == client_id)
                                .order_by(HistoryRequest.requested_at.desc(), HistoryRequest.id.desc())))
    return ItemList[HistoryRequestOut](items=_answers(session, rows, now, settings))


@router.get("/history-requests/{request_id}", response_model=HistoryRequestOut)
def get_request(request_id: DbId, session: SessionDep, _user: CurrentUser, settings: SettingsDep, now: Now):
    return _answers(session, [consumer_history.get_request(session, request_id)], now, settings)[0]


@router.post("/history-requests/{request_id}/sent", response_model=HistoryRequestOut, dependencies=[Staff])
def mark_sent(request_id: DbId, session: SessionDep, user: CurrentUser, settings: SettingsDep, now: Now,
              body: OptionalReasonIn | None = None):
    row = consumer_history.get_request(session, request_id)
    consumer_history.mark_sent(session, row, user, now, body.reason if body is not None else None)
    session.commit()
    return _answers(session, [row], now, settings)[0]


@router.post("/history-requests/{request_id}/resend", response_model=HistoryRequestOut, dependencies=[Staff])
def resend(request_id: DbId, request: Request, session: SessionDep, user: CurrentUser, settings: SettingsDep,
           now: Now):
    row = consumer_history.get_request(session, request_id)
    consumer_history.resend(session, row, user, now)
    session.commit()
    _wake_sender(request)
    return _answers(session, [row], now, settings)[0]


@router.get("/clients/{client_id}/history.pdf", response_class=Response,
            responses=PDF_RESPONSES)
def client_history_pdf(client_id: DbId, session: SessionDep, _user: CurrentUser, settings: SettingsDep, now: Now):
    client = consumer_history.get_client(session, client_id)
    return Response(consumer_history.render_pdf(session, client, settings, now), media_type="application/pdf",
                    headers={"Content-Disposition": f'inline; filename="{consumer_history.pdf_filename(client)}"'})
