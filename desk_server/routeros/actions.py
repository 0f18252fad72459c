"""Actions on a customer's PPPoE session (today: disconnect), as rules without HTTP.

A disconnect is recorded whether or not the router could do it (router_actions), goes into the
ticket's history when it was made from a ticket, and is followed by a watch for the customer's
re-login (RouterService.watch_relogin)."""
from __future__ import annotations

from sqlalchemy.orm import Session

from ..domain.errors import Conflict, NotFound, Unavailable
from ..domain.roles import ADMIN, OPERATOR, SUPERVISOR
from ..models import User, utcnow
from ..models.routers import Router, RouterAction
from ..models.tickets import Ticket
from .errors import RouterError
from .service import RouterService, add_ticket_event


def may_disconnect(user: User, svc: RouterService) -> bool:
    if user.role in (SUPERVISOR, ADMIN):
        return True
    return user.role == OPERATOR and svc.rsettings.operators_may_disconnect


def disconnect(session: Session, svc: RouterService, user: User, router_row: Router, login: str, *,
               reason: str, ticket_id: int | None, subscription_id: int | None) -> RouterAction:
    """Removes the login's /ppp/active session; commits the recorded action and starts the re-login watch."""
    if ticket_id is not None and session.get(Ticket, ticket_id) is None:
        raise NotFound("Atendimento não encontrado.")
    if not router_row.active:
        raise Conflict(f"O roteador '{router_row.name}' está desativado no cadastro.")
    window = round(svc.rsettings.router_relogin_window)
    now = utcnow()

    def record(**fields) -> RouterAction:
        action = RouterAction(router_id=router_row.id, subscription_id=subscription_id, ticket_id=ticket_id,
                              login=login, action="disconnect", reason=reason, user_id=user.id, at=now, **fields)
        session.add(action)
        return action

    try:
        target = svc.target(router_row)
        removed = svc.remove(target, login)
    except RouterError as error:
        record(ok=False, message=error.message)
        session.commit()
        raise Unavailable(f"Não foi possível desconectar {login}: {error.message}.") from None
    if removed is None:
        raise Conflict(f"O login {login} não está conectado no roteador {router_row.name}: nada a desconectar.")
    action = record(ok=True, message=f"sessão {removed.ref} removida", session_ref=removed.ref,
                    relogin_status="pending", relogin_window_seconds=window)
    session.flush()
    if ticket_id is not None:
        add_ticket_event(session, ticket_id, user.id, "router_disconnect",
                         f"Sessão PPPoE de {login} desconectada no roteador {router_row.name} "
                         f"por {user.name}. Motivo: {reason}",
                         {"router_action_id": action.id, "router_id": router_row.id, "login": login,
                          "session_ref": removed.ref})
    session.commit()
    svc.watch_relogin(action.id, target, login, now, window)
    return action
