"""From our records to a router: a router by id, a subscription's chain (subscription → routing
point → router) and what is registered for a login. Missing links are domain errors that say what an
administrator must fill in."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

# A subscription not deleted, or NotFound: the registry's own rule (router_sessions imports it from here).
from ..domain.clients_registry.subscriptions import get_subscription as live_subscription
from ..domain.errors import Conflict
from ..domain.rows import get_or_404
from ..models.clients import RoutingPoint, Subscription
from ..models.routers import Router
from .errors import RouterError
from .service import LiveSession, RouterService


def get_router(session: Session, router_id: int) -> Router:
    return get_or_404(session, Router, router_id, "Roteador não encontrado.")


def subscription_chain(session: Session, subscription_id: int) -> tuple[Subscription, RoutingPoint, Router]:
    """(subscription, routing point, router), or the missing link as NotFound/Conflict."""
    sub = live_subscription(session, subscription_id)
    if not sub.login:
        raise Conflict("Este plano não tem login PPPoE cadastrado: não há sessão para consultar no roteador.")
    if sub.routing_point_id is None:
        raise Conflict("Este plano não tem ponto de roteamento cadastrado: não há concentrador para consultar.")
    point = session.get(RoutingPoint, sub.routing_point_id)
    if point is None or point.router_id is None:
        name = point.name if point is not None else sub.routing_point_id
        raise Conflict(f"O ponto de roteamento '{name}' não está ligado a um roteador: "
                       "um administrador deve vinculá-lo em Roteadores.")
    router_row = session.get(Router, point.router_id)
    if router_row is None:
        raise Conflict(f"O ponto de roteamento '{point.name}' aponta para um roteador inexistente.")
    return sub, point, router_row


def registered_for_login(session: Session, login: str) -> tuple[str | None, str | None, int | None]:
    """(MAC, IP, subscription id) registered for a PPPoE login, or Nones."""
    row = session.execute(select(Subscription.mac, Subscription.ip, Subscription.id)
                          .where(Subscription.login == login, Subscription.deleted_at.is_(None))
                          .order_by(Subscription.id)).first()
    return (row.mac, row.ip, row.id) if row else (None, None, None)


def routing_points_by_router(session: Session, router_ids: list[int]) -> dict[int, list[tuple[int, str]]]:
    out: dict[int, list[tuple[int, str]]] = {}
    if not router_ids:
        return out
    rows = session.execute(select(RoutingPoint.id, RoutingPoint.name, RoutingPoint.router_id)
                           .where(RoutingPoint.router_id.in_(router_ids)).order_by(RoutingPoint.name))
    for rp_id, name, router_id in rows:
        out.setdefault(router_id, []).append((rp_id, name))
    return out


def live_lookup(svc: RouterService, router: Router, login: str) -> tuple[LiveSession | None, RouterError | None]:
    """The live session of a login, or the router's trouble as data (never raised)."""
    if not router.active:
        return None, RouterError("inactive")
    try:
        return svc.lookup(svc.target(router), login), None
    except RouterError as error:
        return None, error
