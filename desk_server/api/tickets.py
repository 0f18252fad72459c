"""Tickets (the server half of the Novo Atendimento wizard); protocols and ticket types have their own modules.

Routes carry their full paths (mounted under /api/v1):
  GET/POST /tickets, GET /tickets/link-candidate, GET /tickets/{id}, GET /tickets/{id}/history,
  POST /tickets/{id}/forward | /comments | /close
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, TypeVar

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Response, status
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from ..domain.errors import Conflict, Invalid, NotFound
from ..domain.labels import TICKET_STATUS
from ..domain.protocols import format_protocol
from ..domain.tickets import lifecycle, queries, sla_log, subjects, workflow
from ..models.tickets import OPEN_STATUSES, Ticket, TicketEvent, TicketType
from ..schemas.common import ItemList
from ..schemas.tickets import (
    DestinationOut,
    LinkCandidateOut,
    ParentRef,
    TicketCloseIn,
    TicketCommentIn,
    TicketCreate,
    TicketEventOut,
    TicketForwardIn,
    TicketOut,
)
from ..schemas.workspace import TicketPage, WorkspaceTicketOut
from .clock import Now
from .deps import CurrentUser, SessionDep, SettingsDep
from .routing import DeskRoute

router = APIRouter(route_class=DeskRoute, tags=["tickets"])

Id = Annotated[int, Query(ge=1, le=2_147_483_647)]

_TICKET_LOADS = (
    selectinload(Ticket.ticket_type), selectinload(Ticket.close_ticket_type),
    selectinload(Ticket.assigned_user), selectinload(Ticket.assigned_cargo),
    selectinload(Ticket.opened_by), selectinload(Ticket.closed_by), selectinload(Ticket.parent),
)


T = TypeVar("T", bound=TicketOut)
LIST_TEXT_CHARS = 200  # a list row's preview of a long text (issue 15 item 5)


def _preview(text: str | None) -> str | None:
    return text if text is None or len(text) <= LIST_TEXT_CHARS else text[:LIST_TEXT_CHARS - 1] + "…"


def ticket_out(ticket: Ticket, now: datetime, child_ids: list[int] | None = None, *,
               summary: bool = False, schema: type[T] = TicketOut, **extra) -> T:
    """The ticket on the wire (`schema` with `extra` on top: the workspace's figures). `summary` (a
    list row): the long texts cut to LIST_TEXT_CHARS and no script report, so a page of tickets never
    carries their blobs (GET /tickets/{id} has them whole)."""
    if ticket.assigned_user is not None:
        destination = DestinationOut(user_id=ticket.assigned_user_id, name=ticket.assigned_user.name)
    else:
        destination = DestinationOut(cargo_id=ticket.assigned_cargo_id, name=ticket.assigned_cargo.name)
    computed = {"status_label": TICKET_STATUS[ticket.status], "destination": destination, "child_ids": child_ids,
                "overdue": ticket.status in OPEN_STATUSES and now > ticket.sla_due_at}
    if summary:
        computed |= _summary_texts(ticket)
    return schema.from_row(ticket, **computed | extra)


def _summary_texts(ticket: Ticket) -> dict:
    texts = {key: _preview(getattr(ticket, key)) for key in ("problem", "checks", "solution", "close_reason")}
    return texts | {"script_report": None}


def _children(session: Session, ticket_id: int) -> list[int]:
    return list(session.scalars(select(Ticket.id).where(Ticket.parent_id == ticket_id).order_by(Ticket.id)))


def _load_ticket(session: Session, ticket_id: int) -> Ticket:
    ticket = session.scalar(select(Ticket).where(Ticket.id == ticket_id).options(*_TICKET_LOADS))
    if ticket is None:
        raise NotFound("Atendimento não encontrado.")
    return ticket


def _fresh_out(session: Session, ticket_id: int, now: datetime) -> TicketOut:
    return ticket_out(_load_ticket(session, ticket_id), now, _children(session, ticket_id))


def _replay(session: Session, existing: Ticket, fingerprint: str, response: Response, now: datetime) -> TicketOut:
    if existing.request_hash != fingerprint:
        raise Conflict("Idempotency-Key já usada para outro atendimento (protocolo "
                       f"{format_protocol(existing.protocol)}) com dados diferentes: gere uma chave nova "
                       "para um atendimento novo.")
    response.status_code = status.HTTP_200_OK
    return _fresh_out(session, existing.id, now)


IdempotencyKey = Annotated[str | None, Header(alias="Idempotency-Key", max_length=128,
                                              description="Chave única por atendimento (ex. UUID do rascunho)")]


@router.post("/tickets", response_model=TicketOut, status_code=status.HTTP_201_CREATED)
def create_ticket(body: TicketCreate, response: Response, session: SessionDep, user: CurrentUser, now: Now,
                  settings: SettingsDep,
                  idempotency_key: IdempotencyKey = None):
    """Open a ticket on a reserved protocol.

    `Idempotency-Key` is required. The same key again from the same user with the same body returns
    the ticket already created (200 instead of 201); the same key with a different body is a 409.
    """
    key = (idempotency_key or "").strip()
    if not key:
        raise HTTPException(status.HTTP_400_BAD_REQUEST,
                            "Cabeçalho Idempotency-Key obrigatório: envie uma chave única por atendimento "
                            "(a mesma chave numa nova tentativa não cria um segundo atendimento).")
    fingerprint = lifecycle.request_fingerprint(body.model_dump(mode="json"))
    # No look for the key first: that query would be paid by every creation for the rare retry. A
    # retry finds its protocol already used (open_ticket checks that first, under the protocol's
    # lock) or hits the unique key (user, Idempotency-Key); both land below, which replays it.
    draft = lifecycle.TicketDraft(
        **body.model_dump(exclude={"destination"}),
        destination=lifecycle.Destination(user_id=body.destination.user_id, cargo_id=body.destination.cargo_id))
    try:
        ticket = lifecycle.open_ticket(session, user, draft, idempotency_key=key, request_hash=fingerprint, now=now)
        workflow.touched(session, ticket, user, "opened", now, sla_log.calendar(session, settings), created=True)
        session.commit()
    except (IntegrityError, Conflict) as exc:
        # Maybe a concurrent request with the same key won the race (a retry fired while the first
        # attempt was still running): it waited for the protocol lock and found the protocol used, or
        # hit a unique constraint. Then this is that ticket's replay; otherwise a genuine conflict.
        session.rollback()
        existing = lifecycle.find_by_idempotency_key(session, user.id, key)
        if existing is not None:
            return _replay(session, existing, fingerprint, response, now)
        detail = exc.message if isinstance(exc, Conflict) else \
            f"Já existe um atendimento para o protocolo {format_protocol(body.protocol)}."
        raise Conflict(detail) from None
    # Built from the objects of this session (expire_on_commit is off): its type, destination, author
    # and parent are all in the identity map already, so the answer costs no further query.
    return ticket_out(ticket, now, child_ids=[])


@router.get("/tickets", response_model=TicketPage)
def list_tickets(
    session: SessionDep, user: CurrentUser, settings: SettingsDep, now: Now,
    protocol: Annotated[str | None, Query(max_length=40)] = None,
    q: Annotated[str | None, Query(max_length=100, description="protocolo (início) ou nome do cliente")] = None,
    status_: Annotated[str | None, Query(alias="status", max_length=200,
                                         description="um ou mais, separados por vírgula (open, forwarded, "
                                                     "closed_done, closed_unsolved, cancelled)")] = None,
    status_id: Annotated[str | None, Query(max_length=200, description="ids do catálogo, por vírgula")] = None,
    client_id: Id | None = None,
    parent_id: Id | None = None,
    opened_from: Annotated[date | None, Query(description="data inicial (inclusive), fuso do servidor")] = None,
    opened_to: Annotated[date | None, Query(description="data final (inclusive), fuso do servidor")] = None,
    assigned_to: Annotated[int | None, Query(ge=1, le=2_147_483_647,
                                             description="id do usuário: os atribuídos a ele e, com "
                                                         "include_cargos, aos cargos dele")] = None,
    include_cargos: bool = True,
    mine: Annotated[bool, Query(description="atribuídos a mim (pessoalmente)")] = False,
    my_cargos: Annotated[bool, Query(description="enviados a um cargo meu")] = False,
    unread: Annotated[bool, Query(description="com novidade que eu ainda não vi")] = False,
    type_id: Id | None = None,
    cargo_id: Id | None = None,
    user_id: Annotated[int | None, Query(ge=1, le=2_147_483_647, description="destino: usuário")] = None,
    city: Annotated[str | None, Query(max_length=80)] = None,
    access_point_id: Id | None = None,
    sla: Annotated[str | None, Query(max_length=60, description="late, warning, ok, paused (por vírgula)")] = None,
    receipt: Annotated[str | None, Query(max_length=10, description="late: protocolo por escrito atrasado (24 h)")] = None,
    order: Annotated[str, Query(max_length=20, description="opened_at, sla, protocol, status, type, "
                                                           "updated_at; '-' na frente inverte")] = "-opened_at",
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
):
    """A page of tickets (newest first unless `order` says otherwise) and the `total` that match.

    Rows are summaries (long texts cut to 200 characters, no script report): GET /tickets/{id} has
    the whole ticket."""
    from . import ticket_views

    try:
        status_ids = [int(v) for v in queries.split_list(status_id)]
    except ValueError:
        raise Invalid("status_id: números separados por vírgula.") from None
    filters = queries.TicketFilters(
        protocol=protocol, q=(q or "").strip() or None, statuses=queries.split_list(status_), status_ids=status_ids,
        client_id=client_id, parent_id=parent_id, opened_from=opened_from, opened_to=opened_to,
        assigned_to=assigned_to, include_cargos=include_cargos, mine=mine, my_cargos=my_cargos, unread=unread,
        type_id=type_id, cargo_id=cargo_id, user_id=user_id, city=(city or "").strip() or None,
        access_point_id=access_point_id, sla=queries.split_list(sla), receipt=receipt, order=order, limit=limit,
        offset=offset)
    calendar = sla_log.calendar(session, settings) if filters.sla else None  # business time for the SLA filter
    rows, total = queries.search(session, filters, user, settings.tz, now, calendar)
    return TicketPage(items=ticket_views.workspace_out(session, rows, user, settings, now), total=total,
                      offset=offset, limit=limit)


@router.get("/tickets/link-candidate", response_model=LinkCandidateOut)
def link_candidate(session: SessionDep, _user: CurrentUser,
                   subscription_id: Id | None = None, access_point_id: Id | None = None,
                   ticket_type_id: Id | None = None):
    """The parent a new ticket would be linked to, for the wizard to announce before finishing.

    Give the subscription (client ticket) or the access point (P. Acesso ticket). `ticket_type_id`
    is checked (it must exist) but the rule does not depend on the new ticket's type: linking is
    decided by the PARENT's type (allows_linking) and the network."""
    if (subscription_id is None) == (access_point_id is None):
        raise Invalid("Informe subscription_id (plano do cliente) ou access_point_id (ponto de acesso).")
    if ticket_type_id is not None and session.get(TicketType, ticket_type_id) is None:
        raise Invalid(f"Tipo de atendimento {ticket_type_id} não existe.")
    if subscription_id is not None:
        network_id = subjects.subscription_network(session, subscription_id)
    else:
        network_id = subjects.resolve(session, kind="access_point", access_point_id=access_point_id).network_id
    parent = lifecycle.find_parent(session, network_id)
    if parent is None:
        return LinkCandidateOut(parent=None)
    return LinkCandidateOut(parent=ParentRef(id=parent.id, protocol=parent.protocol,
                                             formatted=format_protocol(parent.protocol),
                                             type=parent.ticket_type.name, opened_at=parent.opened_at))


@router.get("/tickets/{ticket_id}", response_model=WorkspaceTicketOut)
def get_ticket(ticket_id: int, session: SessionDep, user: CurrentUser, settings: SettingsDep, now: Now):
    """The ticket with its workspace figures (status, SLA, answer clock, read mark, who else has it open)."""
    from ..mail.receipts import state as receipt_state
    from . import ticket_views

    ticket = _load_ticket(session, ticket_id)
    out = ticket_views.workspace_out(session, [ticket], user, settings, now, detail=True)[0]
    out.receipt = receipt_state(session, ticket, now)
    return out


@router.get("/tickets/{ticket_id}/history", response_model=ItemList[TicketEventOut])
def ticket_history(ticket_id: int, session: SessionDep, _user: CurrentUser):
    if session.get(Ticket, ticket_id) is None:
        raise NotFound("Atendimento não encontrado.")
    events = session.scalars(select(TicketEvent).where(TicketEvent.ticket_id == ticket_id)
                             .options(selectinload(TicketEvent.user))
                             .order_by(TicketEvent.at, TicketEvent.id))
    return ItemList[TicketEventOut](items=[
        TicketEventOut(id=e.id, ticket_id=e.ticket_id, kind=e.kind, at=e.at, user_id=e.user_id,
                       user_name=e.user.name, text=e.text, data=e.data) for e in events])


def actionable_ticket(ticket_id: int, session: SessionDep, user: CurrentUser) -> Ticket:
    """The ticket, locked for the change; 403 for a technician it is not assigned to.

    A dependency, so the permission is checked before the body is validated."""
    ticket = lifecycle.lock_ticket(session, ticket_id)
    lifecycle.ensure_can_act(session, user, ticket)
    return ticket


ActionableTicket = Annotated[Ticket, Depends(actionable_ticket)]


@router.post("/tickets/{ticket_id}/forward", response_model=TicketOut)
def forward_ticket(ticket: ActionableTicket, body: TicketForwardIn, session: SessionDep, user: CurrentUser,
                   now: Now, settings: SettingsDep):
    lifecycle.forward(session, ticket, user, lifecycle.Destination(body.user_id, body.cargo_id),
                      body.reason, now)
    workflow.touched(session, ticket, user, "forwarded", now, sla_log.calendar(session, settings))
    session.commit()
    return ticket_out(ticket, now, _children(session, ticket.id))


@router.post("/tickets/{ticket_id}/comments", response_model=TicketEventOut, status_code=status.HTTP_201_CREATED)
def comment_ticket(ticket: ActionableTicket, body: TicketCommentIn, session: SessionDep, user: CurrentUser,
                   now: Now, settings: SettingsDep):
    event = lifecycle.comment(session, ticket, user, body.text, now)
    workflow.touched(session, ticket, user, "commented", now, sla_log.calendar(session, settings))
    session.commit()
    return TicketEventOut(id=event.id, ticket_id=event.ticket_id, kind=event.kind, at=event.at,
                          user_id=user.id, user_name=user.name, text=event.text, data=event.data)


@router.post("/tickets/{ticket_id}/close", response_model=TicketOut)
def close_ticket(ticket: ActionableTicket, body: TicketCloseIn, session: SessionDep, user: CurrentUser, now: Now,
                 settings: SettingsDep):
    """Close as done / unsolved; open children are closed with the same outcome and reason."""
    children = lifecycle.close(session, ticket, user, body.outcome, body.reason, body.ticket_type_id, now,
                               close_children=body.close_children)
    cal = sla_log.calendar(session, settings)
    for child in children:
        workflow.touched(session, child, user, "closed", now, cal)
    workflow.touched(session, ticket, user, "closed", now, cal)
    session.commit()
    return ticket_out(ticket, now, _children(session, ticket.id))
