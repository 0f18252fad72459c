"""Protocols, ticket types and tickets (the server half of the Novo Atendimento wizard).

Routes carry their full paths (mounted under /api/v1):
  POST /protocols                      reserve the next number
  GET  /protocols/{number}             with or without dashes
  POST /protocols/{number}/abandon     "contato sem atendimento"
  GET/POST /ticket-types, GET/PATCH /ticket-types/{id}
  GET/POST /tickets, GET /tickets/link-candidate, GET /tickets/{id}, GET /tickets/{id}/history,
  POST /tickets/{id}/forward | /comments | /close
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request, Response, status
from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from ..domain.protocols import InvalidProtocol, format_protocol, parse_protocol
from ..domain.roles import MANAGERS
from ..domain.tickets import lifecycle, subjects
from ..domain.tickets.errors import Conflict, Invalid, TicketRuleError
from ..domain.tickets.reservation import abandon_protocol, reserve_protocol
from ..models import Cargo, User, cargo_members, utcnow
from ..models.tickets import OPEN_STATUSES, TICKET_STATUSES, Protocol, Ticket, TicketEvent, TicketType
from ..schemas.common import ItemList
from ..schemas.tickets import (
    DestinationOut,
    LinkCandidateOut,
    ParentRef,
    ProtocolAbandonIn,
    ProtocolOut,
    ProtocolReserveIn,
    TicketCloseIn,
    TicketCommentIn,
    TicketCreate,
    TicketEventOut,
    TicketForwardIn,
    TicketOut,
    TicketTypeCreate,
    TicketTypeOut,
    TicketTypeUpdate,
    UserRef,
)
from .deps import CurrentUser, SessionDep, SettingsDep, require_roles

router = APIRouter(tags=["tickets"])

TICKET_STATUS_LABELS = {"open": "Aberto", "forwarded": "Encaminhado", "closed_done": "Concluído",
                        "closed_unsolved": "Sem solução"}
PROTOCOL_STATUS_LABELS = {"reserved": "Reservado", "used": "Com atendimento",
                          "abandoned": "Contato sem atendimento"}
Id = Annotated[int, Query(ge=1, le=2_147_483_647)]


async def get_now(request: Request) -> datetime:
    """The current time; tests may put a callable in app.state.clock. (async: no threadpool hop.)"""
    clock = getattr(request.app.state, "clock", None)
    return clock() if clock is not None else utcnow()


Now = Annotated[datetime, Depends(get_now)]


@contextmanager
def rules() -> Iterator[None]:
    """Turn a broken ticket rule into its HTTP answer."""
    try:
        yield
    except TicketRuleError as exc:
        raise HTTPException(exc.status_code, exc.message) from None


def _protocol_number(text: str) -> str:
    try:
        return parse_protocol(text)
    except InvalidProtocol as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(exc)) from None


def _user_ref(user: User | None) -> UserRef | None:
    return UserRef(id=user.id, name=user.name) if user is not None else None


# -- protocols ------------------------------------------------------------------------------------

def protocol_out(session: Session, protocol: Protocol) -> ProtocolOut:
    ticket_id = session.scalar(select(Ticket.id).where(Ticket.protocol == protocol.number)) \
        if protocol.status == "used" else None
    return ProtocolOut(
        number=protocol.number, formatted=format_protocol(protocol.number), day=protocol.day,
        sequence=protocol.sequence, reserved_at=protocol.reserved_at, reserved_by=_user_ref(protocol.reserved_by),
        channel=protocol.channel, kind=protocol.kind, status=protocol.status,
        status_label=PROTOCOL_STATUS_LABELS[protocol.status], abandoned_at=protocol.abandoned_at,
        abandoned_by=_user_ref(protocol.abandoned_by), abandon_reason=protocol.abandon_reason,
        ticket_id=ticket_id)


@router.post("/protocols", response_model=ProtocolOut, status_code=status.HTTP_201_CREATED)
def reserve(session: SessionDep, user: CurrentUser, settings: SettingsDep, now: Now,
            body: ProtocolReserveIn | None = None):
    body = body or ProtocolReserveIn()
    with rules():
        protocol = reserve_protocol(session, user_id=user.id, tz=settings.tz, channel=body.channel,
                                    kind=body.kind, now=now)
    session.commit()
    return protocol_out(session, protocol)


@router.get("/protocols/{number}", response_model=ProtocolOut)
def get_protocol(number: str, session: SessionDep, _user: CurrentUser):
    digits = _protocol_number(number)
    protocol = session.scalar(select(Protocol).where(Protocol.number == digits))
    if protocol is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"Protocolo {format_protocol(digits)} não encontrado.")
    return protocol_out(session, protocol)


@router.post("/protocols/{number}/abandon", response_model=ProtocolOut)
def abandon(number: str, body: ProtocolAbandonIn, session: SessionDep, user: CurrentUser, now: Now):
    digits = _protocol_number(number)
    with rules():
        protocol = abandon_protocol(session, digits, user=user, reason=body.reason, now=now)
    session.commit()
    return protocol_out(session, protocol)


# -- ticket types ---------------------------------------------------------------------------------

def ticket_type_out(tt: TicketType) -> TicketTypeOut:
    return TicketTypeOut(
        id=tt.id, name=tt.name, description=tt.description, default_user_id=tt.default_user_id,
        default_user_name=tt.default_user.name if tt.default_user else None,
        default_cargo_id=tt.default_cargo_id,
        default_cargo_name=tt.default_cargo.name if tt.default_cargo else None,
        sla_hours=tt.sla_hours, allows_linking=tt.allows_linking, default_script_id=tt.default_script_id,
        active=tt.active)


def _check_type_defaults(session: Session, user_id: int | None, cargo_id: int | None) -> None:
    if user_id is not None and session.get(User, user_id) is None:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, f"Usuário {user_id} não existe.")
    if cargo_id is not None and session.get(Cargo, cargo_id) is None:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, f"Cargo {cargo_id} não existe.")


def _type_name_taken(session: Session, name: str, except_id: int | None = None) -> bool:
    query = select(TicketType.id).where(TicketType.name == name)
    if except_id is not None:
        query = query.where(TicketType.id != except_id)
    return session.scalar(query) is not None


@router.get("/ticket-types", response_model=ItemList[TicketTypeOut])
def list_ticket_types(session: SessionDep, _user: CurrentUser, include_inactive: bool = False):
    query = select(TicketType).order_by(TicketType.name)
    if not include_inactive:
        query = query.where(TicketType.active.is_(True))
    return ItemList[TicketTypeOut](items=[ticket_type_out(t) for t in session.scalars(query).unique()])


@router.get("/ticket-types/{type_id}", response_model=TicketTypeOut)
def get_ticket_type(type_id: int, session: SessionDep, _user: CurrentUser):
    tt = session.get(TicketType, type_id)
    if tt is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Tipo de atendimento não encontrado.")
    return ticket_type_out(tt)


@router.post("/ticket-types", response_model=TicketTypeOut, status_code=status.HTTP_201_CREATED,
             dependencies=[require_roles(*MANAGERS)])
def create_ticket_type(body: TicketTypeCreate, session: SessionDep):
    if _type_name_taken(session, body.name):
        raise HTTPException(status.HTTP_409_CONFLICT, f"Já existe um tipo de atendimento '{body.name}'.")
    _check_type_defaults(session, body.default_user_id, body.default_cargo_id)
    tt = TicketType(**body.model_dump())
    session.add(tt)
    session.commit()
    return ticket_type_out(session.get(TicketType, tt.id))


@router.patch("/ticket-types/{type_id}", response_model=TicketTypeOut, dependencies=[require_roles(*MANAGERS)])
def update_ticket_type(type_id: int, body: TicketTypeUpdate, session: SessionDep):
    tt = session.get(TicketType, type_id)
    if tt is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Tipo de atendimento não encontrado.")
    given = body.model_fields_set
    if "name" in given and body.name is not None and body.name != tt.name:
        if _type_name_taken(session, body.name, except_id=tt.id):
            raise HTTPException(status.HTTP_409_CONFLICT, f"Já existe um tipo de atendimento '{body.name}'.")
        tt.name = body.name
    for field in ("sla_hours", "allows_linking", "active"):
        if field in given and getattr(body, field) is not None:
            setattr(tt, field, getattr(body, field))
    for field in ("description", "default_script_id"):
        if field in given:
            setattr(tt, field, getattr(body, field))
    if "default_user_id" in given or "default_cargo_id" in given:
        _check_type_defaults(session, body.default_user_id, body.default_cargo_id)
        # Setting one default destination replaces the other.
        if body.default_user_id is not None:
            tt.default_user_id, tt.default_cargo_id = body.default_user_id, None
        elif body.default_cargo_id is not None:
            tt.default_user_id, tt.default_cargo_id = None, body.default_cargo_id
        else:
            if "default_user_id" in given:
                tt.default_user_id = None
            if "default_cargo_id" in given:
                tt.default_cargo_id = None
    session.commit()
    session.expire(tt)
    return ticket_type_out(session.get(TicketType, tt.id))


# -- tickets --------------------------------------------------------------------------------------

_TICKET_LOADS = (
    selectinload(Ticket.ticket_type), selectinload(Ticket.close_ticket_type),
    selectinload(Ticket.assigned_user), selectinload(Ticket.assigned_cargo),
    selectinload(Ticket.opened_by), selectinload(Ticket.closed_by), selectinload(Ticket.parent),
)


def ticket_out(ticket: Ticket, now: datetime, child_ids: list[int] | None = None) -> TicketOut:
    if ticket.assigned_user is not None:
        destination = DestinationOut(user_id=ticket.assigned_user_id, name=ticket.assigned_user.name)
    else:
        destination = DestinationOut(cargo_id=ticket.assigned_cargo_id, name=ticket.assigned_cargo.name)
    return TicketOut(
        id=ticket.id, protocol=ticket.protocol, protocol_formatted=format_protocol(ticket.protocol),
        status=ticket.status, status_label=TICKET_STATUS_LABELS[ticket.status], kind=ticket.kind,
        client_id=ticket.client_id, subscription_id=ticket.subscription_id, contact_id=ticket.contact_id,
        prospect_id=ticket.prospect_id, access_point_id=ticket.access_point_id, network_id=ticket.network_id,
        ticket_type_id=ticket.ticket_type_id, ticket_type=ticket.ticket_type.name,
        close_ticket_type_id=ticket.close_ticket_type_id,
        close_ticket_type=ticket.close_ticket_type.name if ticket.close_ticket_type else None,
        channel=ticket.channel, destination=destination, problem=ticket.problem, checks=ticket.checks,
        solution=ticket.solution, opened_by=_user_ref(ticket.opened_by), opened_at=ticket.opened_at,
        closed_at=ticket.closed_at, closed_by=_user_ref(ticket.closed_by), close_reason=ticket.close_reason,
        parent_id=ticket.parent_id, parent_protocol=ticket.parent.protocol if ticket.parent else None,
        child_ids=child_ids, sla_due_at=ticket.sla_due_at,
        overdue=ticket.status in OPEN_STATUSES and now > ticket.sla_due_at,
        script_report=ticket.script_report)


def _children(session: Session, ticket_id: int) -> list[int]:
    return list(session.scalars(select(Ticket.id).where(Ticket.parent_id == ticket_id).order_by(Ticket.id)))


def _load_ticket(session: Session, ticket_id: int) -> Ticket:
    ticket = session.scalar(select(Ticket).where(Ticket.id == ticket_id).options(*_TICKET_LOADS))
    if ticket is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Atendimento não encontrado.")
    return ticket


def _fresh_out(session: Session, ticket_id: int, now: datetime) -> TicketOut:
    return ticket_out(_load_ticket(session, ticket_id), now, _children(session, ticket_id))


def _replay(session: Session, existing: Ticket, fingerprint: str, response: Response, now: datetime) -> TicketOut:
    if existing.request_hash != fingerprint:
        raise HTTPException(status.HTTP_409_CONFLICT,
                            "Idempotency-Key já usada para outro atendimento (protocolo "
                            f"{format_protocol(existing.protocol)}) com dados diferentes: gere uma chave nova "
                            "para um atendimento novo.")
    response.status_code = status.HTTP_200_OK
    return _fresh_out(session, existing.id, now)


IdempotencyKey = Annotated[str | None, Header(alias="Idempotency-Key", max_length=128,
                                              description="Chave única por atendimento (ex. UUID do rascunho)")]


@router.post("/tickets", response_model=TicketOut, status_code=status.HTTP_201_CREATED)
def create_ticket(body: TicketCreate, response: Response, session: SessionDep, user: CurrentUser, now: Now,
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
    existing = lifecycle.find_by_idempotency_key(session, user.id, key)
    if existing is not None:
        return _replay(session, existing, fingerprint, response, now)
    draft = lifecycle.TicketDraft(
        **body.model_dump(exclude={"destination"}),
        destination=lifecycle.Destination(user_id=body.destination.user_id, cargo_id=body.destination.cargo_id))
    try:
        ticket = lifecycle.open_ticket(session, user, draft, idempotency_key=key, request_hash=fingerprint, now=now)
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
        raise HTTPException(status.HTTP_409_CONFLICT, detail) from None
    except TicketRuleError as exc:
        raise HTTPException(exc.status_code, exc.message) from None
    # Built from the objects of this session (expire_on_commit is off): its type, destination, author
    # and parent are all in the identity map already, so the answer costs no further query.
    return ticket_out(ticket, now, child_ids=[])


def _day_start(day: date, settings) -> datetime:
    return datetime.combine(day, time.min, tzinfo=settings.tz)


@router.get("/tickets", response_model=ItemList[TicketOut])
def list_tickets(
    session: SessionDep, _user: CurrentUser, settings: SettingsDep, now: Now,
    protocol: Annotated[str | None, Query(max_length=40)] = None,
    status_: Annotated[str | None, Query(alias="status", max_length=100,
                                         description="um ou mais, separados por vírgula")] = None,
    client_id: Id | None = None,
    parent_id: Id | None = None,
    opened_from: Annotated[date | None, Query(description="data inicial (inclusive), fuso do servidor")] = None,
    opened_to: Annotated[date | None, Query(description="data final (inclusive), fuso do servidor")] = None,
    assigned_to: Annotated[int | None, Query(ge=1, le=2_147_483_647,
                                             description="id do usuário: os atribuídos a ele e, com "
                                                         "include_cargos, aos cargos dele")] = None,
    include_cargos: bool = True,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
):
    """Newest first."""
    query = select(Ticket).options(*_TICKET_LOADS)
    if protocol is not None:
        query = query.where(Ticket.protocol == _protocol_number(protocol))
    if status_:
        wanted = [s.strip() for s in status_.split(",") if s.strip()]
        unknown = [s for s in wanted if s not in TICKET_STATUSES]
        if unknown:
            raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT,
                                f"status desconhecido: {', '.join(unknown)} (use {', '.join(TICKET_STATUSES)})")
        query = query.where(Ticket.status.in_(wanted))
    if client_id is not None:
        query = query.where(Ticket.client_id == client_id)
    if parent_id is not None:
        query = query.where(Ticket.parent_id == parent_id)
    if opened_from and opened_to and opened_from > opened_to:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT,
                            "Período inválido: opened_from é depois de opened_to.")
    if opened_from is not None:
        query = query.where(Ticket.opened_at >= _day_start(opened_from, settings))
    if opened_to is not None:
        query = query.where(Ticket.opened_at < _day_start(opened_to + timedelta(days=1), settings))
    if assigned_to is not None:
        mine = Ticket.assigned_user_id == assigned_to
        if include_cargos:
            cargos = select(cargo_members.c.cargo_id).where(cargo_members.c.user_id == assigned_to)
            mine = or_(mine, Ticket.assigned_cargo_id.in_(cargos))
        query = query.where(mine)
    query = query.order_by(Ticket.opened_at.desc(), Ticket.id.desc()).limit(limit).offset(offset)
    return ItemList[TicketOut](items=[ticket_out(t, now) for t in session.scalars(query)])


@router.get("/tickets/link-candidate", response_model=LinkCandidateOut)
def link_candidate(session: SessionDep, _user: CurrentUser,
                   subscription_id: Id | None = None, access_point_id: Id | None = None,
                   ticket_type_id: Id | None = None):
    """The parent a new ticket would be linked to, for the wizard to announce before finishing.

    Give the subscription (client ticket) or the access point (P. Acesso ticket). `ticket_type_id`
    is checked (it must exist) but the rule does not depend on the new ticket's type: linking is
    decided by the PARENT's type (allows_linking) and the network."""
    if (subscription_id is None) == (access_point_id is None):
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT,
                            "Informe subscription_id (plano do cliente) ou access_point_id (ponto de acesso).")
    with rules():
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


@router.get("/tickets/{ticket_id}", response_model=TicketOut)
def get_ticket(ticket_id: int, session: SessionDep, _user: CurrentUser, now: Now):
    return ticket_out(_load_ticket(session, ticket_id), now, _children(session, ticket_id))


@router.get("/tickets/{ticket_id}/history", response_model=ItemList[TicketEventOut])
def ticket_history(ticket_id: int, session: SessionDep, _user: CurrentUser):
    if session.get(Ticket, ticket_id) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Atendimento não encontrado.")
    events = session.scalars(select(TicketEvent).where(TicketEvent.ticket_id == ticket_id)
                             .options(selectinload(TicketEvent.user))
                             .order_by(TicketEvent.at, TicketEvent.id))
    return ItemList[TicketEventOut](items=[
        TicketEventOut(id=e.id, ticket_id=e.ticket_id, kind=e.kind, at=e.at, user_id=e.user_id,
                       user_name=e.user.name, text=e.text, data=e.data) for e in events])


def actionable_ticket(ticket_id: int, session: SessionDep, user: CurrentUser) -> Ticket:
    """The ticket, locked for the change; 403 for a technician it is not assigned to.

    A dependency, so the permission is checked before the body is validated."""
    with rules():
        ticket = lifecycle.lock_ticket(session, ticket_id)
        lifecycle.ensure_can_act(session, user, ticket)
    return ticket


ActionableTicket = Annotated[Ticket, Depends(actionable_ticket)]


@router.post("/tickets/{ticket_id}/forward", response_model=TicketOut)
def forward_ticket(ticket: ActionableTicket, body: TicketForwardIn, session: SessionDep, user: CurrentUser,
                   now: Now):
    with rules():
        lifecycle.forward(session, ticket, user, lifecycle.Destination(body.user_id, body.cargo_id),
                          body.reason, now)
    session.commit()
    return ticket_out(ticket, now, _children(session, ticket.id))


@router.post("/tickets/{ticket_id}/comments", response_model=TicketEventOut, status_code=status.HTTP_201_CREATED)
def comment_ticket(ticket: ActionableTicket, body: TicketCommentIn, session: SessionDep, user: CurrentUser,
                   now: Now):
    event = lifecycle.comment(session, ticket, user, body.text, now)
    session.commit()
    return TicketEventOut(id=event.id, ticket_id=event.ticket_id, kind=event.kind, at=event.at,
                          user_id=user.id, user_name=user.name, text=event.text, data=event.data)


@router.post("/tickets/{ticket_id}/close", response_model=TicketOut)
def close_ticket(ticket: ActionableTicket, body: TicketCloseIn, session: SessionDep, user: CurrentUser, now: Now):
    """Close as done / unsolved; open children are closed with the same outcome and reason."""
    with rules():
        lifecycle.close(session, ticket, user, body.outcome, body.reason, body.ticket_type_id, now)
    session.commit()
    return ticket_out(ticket, now, _children(session, ticket.id))
