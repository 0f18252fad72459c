"""Demo call scripts (three, with test paths), the ticket types' default scripts, and a dozen demo
tickets that ran them so the analytics show something. Idempotent: scripts by name, tickets by
their idempotency key ("demo-script-N")."""
from __future__ import annotations

import copy
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..config import Settings
from ..domain.scripts import publishing
from ..domain.tickets import lifecycle
from ..domain.tickets.reservation import reserve_protocol
from ..models import Cargo, User, utcnow
from ..models.clients import Contact, RoutingPoint, Subscription
from ..models.scripts import Script
from ..models.tickets import Ticket, TicketType
from .script_trees import DEMO_SCRIPTS

# (script index, answers as option indexes, seconds per answer, finished, days ago)
RUNS = (
    (0, [0, 0], [20, 45], True, 1), (0, [0, 2, 1], [15, 60, 150], True, 2), (0, [1], [30], True, 2),
    (0, [0, 1, 0], [18, 50, 70], True, 3), (0, [0, 2], [25, 40], False, 4), (0, [0, 2, 0], [22, 55, 130], True, 5),
    (1, [1, 1, 0], [15, 120, 40], True, 1), (1, [0, 0], [20, 90], True, 3), (1, [1, 1, 1], [12, 150, 35], True, 6),
    (1, [1], [25], False, 7),
    (2, [0, 0], [15, 80], True, 2), (2, [2, 1], [20, 60], True, 4), (2, [1, 0], [25, 90], True, 8),
)


def resolve_types(tree: dict, type_ids: dict[str, int]) -> dict:
    """The tree with outcome ticket types (by name) as ids of this database."""
    tree = copy.deepcopy(tree)
    for node in tree["nodes"]:
        for option in node["options"]:
            outcome = option.get("outcome")
            if outcome is not None:
                name = outcome.pop("type", None)
                outcome["ticket_type_id"] = type_ids.get(name)
    return tree


def _load_scripts(session: Session, author: User, types: dict[str, TicketType]) -> list[tuple[dict, Script]]:
    existing = {s.name: s for s in session.scalars(select(Script))}
    type_ids = {name: t.id for name, t in types.items()}
    loaded = []
    for tree in DEMO_SCRIPTS:
        script = existing.get(tree["name"])
        if script is None:
            ready = resolve_types(tree, type_ids)
            version = publishing.create_script(session, author, name=ready["name"], description=ready["description"],
                                               start_node_id=ready["start_node_id"], nodes=ready["nodes"],
                                               test_paths=ready["test_paths"])
            script = version.script
        ticket_type = types.get(tree["type"])
        if ticket_type is not None and ticket_type.default_script_id is None:
            ticket_type.default_script_id = script.id
        loaded.append((resolve_types(tree, type_ids), script))
    session.flush()
    return loaded


def _subscriptions(session: Session, count: int) -> list[Subscription]:
    """Subscriptions whose tickets would not be linked to the demo outage (keeps that demo exact)."""
    subs = session.scalars(select(Subscription).join(RoutingPoint, RoutingPoint.id == Subscription.routing_point_id)
                           .where(Subscription.deleted_at.is_(None)).order_by(Subscription.id.desc())
                           .limit(count * 4)).unique()
    return [s for s in subs if lifecycle.find_parent(session, s.routing_point.network_id) is None][:count]


def _outcome(tree: dict, answers: list[int], finished: bool) -> tuple[list[dict], dict | None]:
    nodes = {n["id"]: n for n in tree["nodes"]}
    current, path, outcome = tree["start_node_id"], [], None
    for option in answers:
        path.append(current)
        chosen = nodes[current]["options"][option]
        current = chosen["next_node_id"]
        if current is None:
            outcome = chosen.get("outcome") if finished else None
    return path, outcome


def load(session: Session, settings: Settings) -> None:
    users = {u.username: u for u in session.scalars(select(User))}
    types = {t.name: t for t in session.scalars(select(TicketType)).unique()}
    author, operator = users.get("supervisor") or users.get("admin"), users.get("operador")
    if author is None or not types:
        return
    scripts = _load_scripts(session, author, types)
    if operator is None:
        return
    done = set(session.scalars(select(Ticket.idempotency_key).where(
        Ticket.opened_by_id == operator.id, Ticket.idempotency_key.like("demo-script-%"))))
    subs = _subscriptions(session, len(RUNS))
    cargo = session.scalar(select(Cargo).where(Cargo.name == "Suporte N1"))
    if len(subs) < len(RUNS) or cargo is None:
        return
    now = utcnow()
    for n, ((index, answers, seconds, finished, days), sub) in enumerate(zip(RUNS, subs, strict=True), start=1):
        key = f"demo-script-{n}"
        if key in done:
            continue
        tree, script = scripts[index]
        path, outcome = _outcome(tree, answers, finished)
        opened_at = now - timedelta(days=days, hours=n % 5, minutes=7 * n)
        protocol = reserve_protocol(session, user_id=operator.id, tz=settings.tz, channel="phone", kind="client",
                                    now=opened_at)
        type_id = (outcome or {}).get("ticket_type_id") or types[tree["type"]].id
        resolved = bool((outcome or {}).get("resolve"))
        contact = session.scalar(select(Contact.id).where(Contact.client_id == sub.client_id,
                                                          Contact.deleted_at.is_(None)).order_by(Contact.id).limit(1))
        draft = lifecycle.TicketDraft(
            protocol=protocol.number, kind="client", client_id=sub.client_id, subscription_id=sub.id,
            contact_id=contact, ticket_type_id=type_id, channel="phone",
            destination=lifecycle.Destination(cargo_id=cargo.id),
            problem=f"{script.name}: cliente relata o problema; script de atendimento aplicado.",
            resolved=resolved, solution=(outcome or {}).get("solution") if resolved else None,
            script_run={"script_id": script.id, "version": script.latest_version, "finished": finished,
                        "answers": [{"node_id": nid, "option": opt, "seconds": sec}
                                    for nid, opt, sec in zip(path, answers, seconds, strict=True)]})
        lifecycle.open_ticket(session, operator, draft, idempotency_key=key,
                              request_hash=lifecycle.request_fingerprint({"demo": key}), now=opened_at)
        session.flush()
