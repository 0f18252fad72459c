"""Demo workspace: a couple of hundred tickets over the last three weeks in every status (open,
forwarded, in progress, waiting on the customer, closed done/unsolved, cancelled, reopened), so the
queues, the Atendimentos search and the SLA colours look like a real call center. Also a few municipal
holidays of the demo ISP's city (Campinas), one of them inactive, for Administração → Feriados municipais.

Deterministic (a seeded random) and idempotent: each ticket has the key "demo-ws-N"; a second run
adds nothing."""
from __future__ import annotations

import random
import uuid
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..config import Settings
from ..domain.tickets import lifecycle, sla_log, workflow
from ..domain.tickets.reservation import reserve_protocol
from ..models import Cargo, User, utcnow
from ..models.clients import Contact, RoutingPoint, Subscription
from ..models.tickets import OPEN_STATUSES, Ticket, TicketType
from ..models.workspace import MunicipalHoliday, TicketStatusDef

COUNT = 200
DAYS = 21
PROBLEMS = {
    "Sem conexão": ("Sem internet desde cedo; luz LOS acesa.", "Sem acesso após queda de energia no bairro."),
    "Lentidão": ("Velocidade abaixo do contratado à noite.", "Jogos online com latência alta."),
    "Alterar senha": ("Quer trocar a senha do Wi-Fi.", "Esqueceu a senha do PPPoE."),
    "Criar e-mail": ("Pede uma conta de e-mail nova para a filha.",),
    "Financeiro": ("Segunda via do boleto.", "Cobrança em duplicidade na fatura."),
    "Mudança de endereço": ("Mudança para outro bairro no fim do mês.",),
}
# what happens to a ticket after it is opened (weights add to 100)
FATES = (("open", 18), ("forwarded", 14), ("in_progress", 12), ("paused", 10), ("done", 30), ("unsolved", 7),
         ("cancelled", 5), ("reopened", 4))


def demo_holidays(year: int) -> list[tuple[date, str, bool]]:
    """(day, name, active): Campinas' patron saint this year and next; a ponto facultativo kept off."""
    return [(date(year, 12, 8), "Nossa Senhora da Conceição (Campinas)", True),
            (date(year + 1, 12, 8), "Nossa Senhora da Conceição (Campinas)", True),
            (date(year, 10, 28), "Dia do Servidor Público (ponto facultativo, não conta)", False)]


def _load_holidays(session: Session, settings: Settings) -> None:
    taken = set(session.scalars(select(MunicipalHoliday.day)))
    session.add_all(MunicipalHoliday(day=day, name=name, active=active)
                    for day, name, active in demo_holidays(utcnow().astimezone(settings.tz).year) if day not in taken)
    session.flush()


def load(session: Session, settings: Settings) -> None:
    _load_holidays(session, settings)
    users = {u.username: u for u in session.scalars(select(User))}
    operator, supervisor = users.get("operador"), users.get("supervisor")
    types = {t.name: t for t in session.scalars(select(TicketType)).unique() if t.name in PROBLEMS}
    if operator is None or supervisor is None or not types:
        return
    done = set(session.scalars(select(Ticket.idempotency_key).where(Ticket.idempotency_key.like("demo-ws-%"))))
    if len(done) >= COUNT:
        return
    # Not on a network with an open outage: those would all become its children (the linking rule).
    outage_networks = select(Ticket.network_id).join(TicketType, TicketType.id == Ticket.ticket_type_id).where(
        TicketType.allows_linking.is_(True), Ticket.status.in_(OPEN_STATUSES), Ticket.network_id.is_not(None))
    subs = list(session.scalars(
        select(Subscription).join(RoutingPoint, RoutingPoint.id == Subscription.routing_point_id)
        .where(Subscription.deleted_at.is_(None), RoutingPoint.network_id.not_in(outage_networks))
        .order_by(Subscription.id).limit(400)).unique())
    if not subs:
        return
    cargos = list(session.scalars(select(Cargo).where(Cargo.active.is_(True)).order_by(Cargo.id)))
    staff = [u for u in users.values() if u.active]
    statuses = {s.category: s for s in session.scalars(select(TicketStatusDef).order_by(TicketStatusDef.position))
                if s.active}
    cal = sla_log.calendar(session, settings)
    rng = random.Random(16)
    now = utcnow()
    fates = [f for f, weight in FATES for _ in range(weight)]
    for n in range(COUNT):
        # drawn even for tickets already there, so each ticket keeps its fate on a re-run
        sub = rng.choice(subs)
        type_name = rng.choice(sorted(types))
        fate = rng.choice(fates)
        opened = now - timedelta(days=rng.uniform(0, DAYS) if fate not in ("open", "paused") else rng.uniform(0, 3))
        dest = rng.choice(cargos) if rng.random() < 0.6 else rng.choice(staff)
        problem = rng.choice(PROBLEMS[type_name])
        key = f"demo-ws-{n}"
        if key in done:
            continue
        _one(session, key, sub, types[type_name], dest, problem, fate, opened, rng, operator, supervisor, staff,
             statuses, cal, settings)
    session.flush()


def _one(session, key, sub, ticket_type, dest, problem, fate, opened, rng, operator, supervisor, staff, statuses,
         cal, settings) -> None:
    protocol = reserve_protocol(session, user_id=operator.id, tz=settings.tz, channel="phone", kind="client",
                                now=opened)
    contact = session.scalar(select(Contact.id).where(Contact.client_id == sub.client_id,
                                                      Contact.deleted_at.is_(None)).limit(1))
    draft = lifecycle.TicketDraft(
        protocol=protocol.number, kind="client", ticket_type_id=ticket_type.id,
        channel=rng.choice(("phone", "phone", "whatsapp", "email", "chat")),
        destination=lifecycle.Destination(user_id=dest.id) if isinstance(dest, User)
        else lifecycle.Destination(cargo_id=dest.id),
        client_id=sub.client_id, subscription_id=sub.id, contact_id=contact, problem=problem,
        checks="Equipamento reiniciado com o cliente na linha.")
    ticket = lifecycle.open_ticket(session, operator, draft, idempotency_key=key, request_hash=uuid.uuid4().hex,
                                   now=opened)
    session.flush()  # the ticket needs its id before closing (children are found by parent_id)
    # Only the last step goes through `touched` (SLA log, read mark, change feed): the demo loads in
    # seconds and the log still holds every pause (reopen logs the first stretch itself).
    at = min(opened + timedelta(minutes=rng.randint(5, 240)), utcnow())
    if fate == "forwarded":
        target = rng.choice(staff)
        lifecycle.forward(session, ticket, operator, lifecycle.Destination(user_id=target.id),
                          "Encaminhado para análise.", at)
    elif fate in ("in_progress", "paused") and "in_progress" in statuses:
        workflow.change_status(session, ticket, operator, statuses["in_progress"].id, "Em análise.", at)
        if fate == "paused" and "waiting_customer" in statuses:
            at = min(at + timedelta(minutes=rng.randint(5, 60)), utcnow())
            workflow.pause(session, ticket, operator, "Aguardando o cliente testar em casa.", None, at)
    elif fate in ("done", "unsolved", "reopened"):
        lifecycle.comment(session, ticket, operator, "Cliente orientado; acompanhando.", at)
        at = min(at + timedelta(hours=rng.uniform(0.2, ticket_type.sla_hours * 1.4)), utcnow())
        reason = "Serviço normalizado." if fate != "unsolved" else "Cliente não retornou o contato."
        lifecycle.close(session, ticket, operator, "unsolved" if fate == "unsolved" else "done", reason, None, at)
        if fate == "reopened":
            at = min(at + timedelta(hours=rng.uniform(1, 20)), utcnow())
            workflow.reopen(session, ticket, supervisor, "Cliente ligou: problema voltou.", at, settings.reopen_days)
    elif fate == "cancelled":
        workflow.cancel(session, ticket, supervisor, "Aberto em duplicidade.", at)
    workflow.touched(session, ticket, operator, fate, at, cal, created=fate == "open")
