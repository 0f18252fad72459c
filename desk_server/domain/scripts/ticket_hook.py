"""Where POST /tickets meets scripts: check the run before the ticket is written, then store its run
row and a history line once the ticket exists. Called from domain/tickets/lifecycle.py."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from ...models.clients import Client, Prospect, Subscription
from ...models.tickets import TicketEvent
from ..protocols import format_protocol
from .runs import CheckedRun, check_run, history_text, record_run


def ticket_values(session: Session, protocol: str, client_id: int | None, subscription_id: int | None,
                  prospect_id: int | None = None) -> dict[str, str | None]:
    """The variables' values for this ticket, the same the runner used in the wizard ({cliente.nome}
    is the prospect's name on a prospect's ticket)."""
    client = session.get(Client, client_id) if client_id else (
        session.get(Prospect, prospect_id) if prospect_id else None)
    sub = session.get(Subscription, subscription_id) if subscription_id else None
    return {"cliente.nome": client.name if client else None,
            "plano": sub.plan.name if sub is not None and sub.plan is not None else None,
            "login": sub.login if sub else None,
            "ip": sub.ip if sub else None,
            "protocolo": format_protocol(protocol)}


def check(session: Session, run: dict, protocol: str, subject) -> CheckedRun:
    """`subject` is the resolved subject of the ticket (client, subscription, prospect ids)."""
    return check_run(session, run, ticket_values(session, protocol, subject.client_id, subject.subscription_id,
                                                 subject.prospect_id))


def attach(session: Session, ticket, user, checked: CheckedRun, now: datetime) -> None:
    record_run(session, ticket, checked, now)
    session.add(TicketEvent(ticket=ticket, kind="script", user=user, at=now, text=history_text(checked.report),
                            data={"script_id": checked.report["script_id"], "version": checked.report["version"],
                                  "finished": checked.finished, "steps": len(checked.report["steps"])}))
