"""Answers of the routers' routes, built from the rows and the live data (schemas out, never ORM)."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy.orm import Session

from ..models import User, utcnow
from ..models.routers import Router, RouterAction, RouterPollLease, RouterStatus
from ..routeros import store
from ..routeros.errors import RouterError
from ..routeros.lookup import routing_points_by_router
from ..routeros.service import LiveSession, format_mac, normalise_mac, relogin_text
from ..schemas.routers import (
    ReloginOut,
    RouterActionOut,
    RouterErrorOut,
    RouterOut,
    RouterRef,
    RouterStatusOut,
    SessionOut,
)


def status_out(router: Router, row: RouterStatus | None, lease: RouterPollLease | None,
               fresh_seconds: float) -> RouterStatusOut:
    known = {"router_id": router.id, "name": router.name, "polled_by": lease.owner if lease else None,
             "last_polled_at": lease.last_polled_at if lease else None}
    if row is None:
        return RouterStatusOut(**known)  # never checked: reachable null, not fresh
    return RouterStatusOut.from_row(row, **known, fresh=row.checked_at >= utcnow() - timedelta(seconds=fresh_seconds))


def current_status(session: Session, router: Router, fresh_seconds: float) -> RouterStatusOut:
    return status_out(router, session.get(RouterStatus, router.id), session.get(RouterPollLease, router.id),
                      fresh_seconds)


def routers_out(session: Session, routers: list[Router], fresh_seconds: float) -> list[RouterOut]:
    points = routing_points_by_router(session, [r.id for r in routers])
    return [RouterOut.from_row(r, status=current_status(session, r, fresh_seconds),
                               routing_points=[RouterRef(id=i, name=n) for i, n in points.get(r.id, [])])
            for r in routers]


def router_out(session: Session, router: Router, fresh_seconds: float) -> RouterOut:
    return routers_out(session, [router], fresh_seconds)[0]


def session_out(login: str, router: Router, live: LiveSession | None, error: RouterError | None,
                session: Session, *, registered_mac: str | None, registered_ip: str | None) -> SessionOut:
    online_now = error is None and live is not None and live.online
    # online now: seen now; otherwise the poller's record says when it was last seen
    seen = None if online_now else store.last_seen(session, login)[1]
    out = SessionOut(login=login, online=None, router=RouterRef(id=router.id, name=router.name),
                     checked_at=utcnow(), registered_mac=format_mac(registered_mac), registered_ip=registered_ip,
                     last_seen=seen)
    if error is not None:
        out.router_error = RouterErrorOut(code=error.code, message=error.message)
        return out
    assert live is not None
    out.online = live.online
    out.checked_at = live.checked_at
    out.elapsed_ms = live.elapsed_ms
    if live.online and live.session is not None:
        s = live.session
        out.uptime_seconds = s.uptime_seconds
        out.uptime = s.uptime_text
        if s.uptime_seconds is not None:
            out.connected_at = live.checked_at - timedelta(seconds=s.uptime_seconds)
        out.address = s.address
        out.caller_id = s.caller_id
        out.session_id = s.session_id
        out.session_ref = s.ref
        out.rx_bps, out.tx_bps = live.rx_bps, live.tx_bps
        out.download_bps, out.upload_bps = live.tx_bps, live.rx_bps
        out.last_seen = live.checked_at
        seen_mac, reg_mac = normalise_mac(s.caller_id), normalise_mac(registered_mac)
        out.mac_mismatch = (seen_mac != reg_mac) if (seen_mac and reg_mac) else None
    return out


def action_out(session: Session, action: RouterAction) -> RouterActionOut:
    router_row = session.get(Router, action.router_id)
    user = session.get(User, action.user_id)
    relogin = ReloginOut(status=action.relogin_status, window_seconds=action.relogin_window_seconds,
                         after_seconds=action.relogin_after_seconds, checked_at=action.relogin_checked_at,
                         text=relogin_text(action.relogin_status, action.relogin_after_seconds,
                                           action.relogin_window_seconds) if action.relogin_status else None)
    return RouterActionOut.from_row(action, router=RouterRef.model_validate(router_row),
                                    user=RouterRef.model_validate(user), relogin=relogin)
