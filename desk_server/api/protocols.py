"""Protocols (mounted under /api/v1):
  POST /protocols                      reserve the next number
  GET  /protocols/{number}             with or without dashes
  POST /protocols/{number}/abandon     "contato sem atendimento"
"""
from __future__ import annotations

from fastapi import APIRouter, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import Invalid, NotFound
from ..domain.protocols import InvalidProtocol, format_protocol, parse_protocol
from ..domain.tickets.reservation import abandon_protocol, reserve_protocol
from ..models import User
from ..models.tickets import Protocol, Ticket
from ..schemas.tickets import ProtocolAbandonIn, ProtocolOut, ProtocolReserveIn, UserRef
from .clock import Now
from .deps import CurrentUser, SessionDep, SettingsDep
from .routing import DeskRoute

router = APIRouter(route_class=DeskRoute, tags=["tickets"])


def user_ref(user: User | None) -> UserRef | None:
    return UserRef(id=user.id, name=user.name) if user is not None else None


def _protocol_number(text: str) -> str:
    try:
        return parse_protocol(text)
    except InvalidProtocol as exc:
        raise Invalid(str(exc)) from None


def _answer(session: Session, protocol: Protocol) -> ProtocolOut:
    """The schema read from the row, plus the ticket that used the number (a query, not a column)."""
    answer = ProtocolOut.model_validate(protocol)
    if protocol.status == "used":
        answer.ticket_id = session.scalar(select(Ticket.id).where(Ticket.protocol == protocol.number))
    return answer


@router.post("/protocols", response_model=ProtocolOut, status_code=status.HTTP_201_CREATED)
def reserve(session: SessionDep, user: CurrentUser, settings: SettingsDep, now: Now,
            body: ProtocolReserveIn | None = None):
    body = body or ProtocolReserveIn()
    protocol = reserve_protocol(session, user_id=user.id, tz=settings.tz, channel=body.channel,
                                kind=body.kind, now=now)
    session.commit()
    return _answer(session, protocol)


@router.get("/protocols/{number}", response_model=ProtocolOut)
def get_protocol(number: str, session: SessionDep, _user: CurrentUser):
    digits = _protocol_number(number)
    protocol = session.scalar(select(Protocol).where(Protocol.number == digits))
    if protocol is None:
        raise NotFound(f"Protocolo {format_protocol(digits)} não encontrado.")
    return _answer(session, protocol)


@router.post("/protocols/{number}/abandon", response_model=ProtocolOut)
def abandon(number: str, body: ProtocolAbandonIn, session: SessionDep, user: CurrentUser, now: Now):
    digits = _protocol_number(number)
    protocol = abandon_protocol(session, digits, user=user, reason=body.reason, now=now)
    session.commit()
    return _answer(session, protocol)
