"""Demo O.S. and tasks: six field technicians, the O.S. types, a realistic week of visits around
today (each on a ticket of its own client) and a few tasks, some of them late.

Idempotent: technicians and types by name; O.S. and their tickets by idempotency key ("demo-os-N"),
tasks by "demo-task-N". Run again on another day, it adds nothing.
"""
from __future__ import annotations

import random
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..config import Settings
from ..domain.passwords import hash_password
from ..domain.service_orders import booking
from ..domain.tasks import TaskDraft
from ..domain.tasks import create as create_task
from ..domain.tickets import lifecycle
from ..domain.tickets.reservation import reserve_protocol
from ..models import Cargo, User, utcnow
from ..models.clients import Subscription
from ..models.service_orders import ServiceOrder, ServiceOrderType
from ..models.tasks import Task
from ..models.tickets import OPEN_STATUSES, Ticket, TicketType

TECHNICIANS = (
    ("marcos.rocha", "Marcos Vinícius Rocha"), ("rafael.pereira", "Rafael Santos Pereira"),
    ("luciana.dias", "Luciana Ferreira Dias"), ("thiago.costa", "Thiago Moreira Costa"),
    ("bruno.oliveira", "Bruno César Oliveira"),
)
# name, default minutes, the ticket type a visit of this kind comes from, the problem told
TYPES = (
    ("Instalação", 120, "Mudança de endereço", "Instalação de fibra no endereço novo do cliente."),
    ("Reparo sem conexão", 60, "Sem conexão", "Cliente sem conexão; LOS vermelho na ONU."),
    ("Troca de equipamento", 45, "Lentidão", "Roteador antigo travando; trocar por modelo dual band."),
    ("Vistoria de sinal", 30, "Lentidão", "Sinal óptico fraco à noite; medir com power meter."),
    ("Mudança de endereço", 180, "Mudança de endereço", "Transferir a instalação para o novo endereço."),
    ("Retirada de equipamento", 45, "Financeiro", "Contrato cancelado; recolher ONU e roteador."),
)
TODO = (
    "Levar ONU, roteador dual band e 50 m de drop; ligar para o cliente 30 min antes.",
    "Medir potência na caixa e na ONU; trocar o conector se estiver abaixo de -25 dBm.",
    "Configurar o Wi-Fi com a mesma rede e senha do aparelho antigo.",
    "Medir o sinal no horário de pico e registrar as leituras.",
    "Recolher o equipamento antigo e atualizar o endereço no cadastro.",
    "Recolher ONU e roteador; o cliente assina o termo de devolução.",
)
TASKS = (
    ("Ligar para o cliente confirmando a visita", -1, "Suporte N1"),
    ("Separar ONU e roteador para a instalação", 1, "Técnico de Campo"),
    ("Conferir pagamento antes da religação", -2, "Financeiro"),
    ("Enviar fotos da instalação ao supervisor", 2, None),
    ("Atualizar o cadastro com o novo endereço", 0, "Suporte N1"),
)
SEED = 11


def _technicians(session: Session) -> list[User]:
    from . import DEMO_PASSWORD

    field = session.scalar(select(Cargo).where(Cargo.name == "Técnico de Campo"))
    existing = {u.username: u for u in session.scalars(select(User))}
    password_hash = None
    for username, name in TECHNICIANS:
        if username in existing:
            continue
        password_hash = password_hash or hash_password(DEMO_PASSWORD)
        user = User(username=username, name=name, role="technician", password_hash=password_hash,
                    email=f"{username}@provedor.example")
        session.add(user)
        if field is not None:
            field.members.append(user)
    session.flush()
    return list(session.scalars(select(User).where(User.role == "technician", User.active.is_(True))
                                .order_by(User.id)))


def _types(session: Session) -> dict[str, ServiceOrderType]:
    existing = {t.name: t for t in session.scalars(select(ServiceOrderType))}
    for name, minutes, _, _ in TYPES:
        if name not in existing:
            existing[name] = ServiceOrderType(name=name, default_minutes=minutes)
            session.add(existing[name])
    session.flush()
    return existing


def _week_plan(technicians: list[User], today) -> list[tuple]:
    """(technician, day, start minute, type index) for about four visits a day per technician."""
    rnd = random.Random(SEED)
    plan = []
    for offset in range(-2, 5):
        day = today + timedelta(days=offset)
        if day.weekday() == 6:  # no visits on Sundays
            continue
        for tech in technicians:
            cursor = 8 * 60 + rnd.choice((0, 30, 60))
            for _ in range(rnd.randint(2, 4)):
                kind = rnd.randrange(len(TYPES))
                if cursor + TYPES[kind][1] > 18 * 60:
                    break
                plan.append((tech, day, cursor, kind))
                cursor += TYPES[kind][1] + rnd.choice((0, 30, 60, 90))
    return plan


def load(session: Session, settings: Settings) -> None:
    technicians = _technicians(session)
    types = _types(session)
    operator = session.scalar(select(User).where(User.username == "operador"))
    ticket_types = {t.name: t for t in session.scalars(select(TicketType)).unique()}
    # Visits go to clients away from an open outage: their tickets must not become its children.
    outage_networks = set(session.scalars(
        select(Ticket.network_id).join(TicketType, TicketType.id == Ticket.ticket_type_id)
        .where(TicketType.allows_linking.is_(True), Ticket.status.in_(OPEN_STATUSES),
               Ticket.network_id.is_not(None))))
    subs = [s for s in session.scalars(select(Subscription).where(Subscription.deleted_at.is_(None))
                                       .order_by(Subscription.id).limit(600)).unique()
            if s.routing_point is None or s.routing_point.network_id not in outage_networks][:400]
    if operator is None or not technicians or not subs or not ticket_types:
        return
    done = set(session.scalars(select(ServiceOrder.idempotency_key).where(ServiceOrder.created_by_id == operator.id)))
    now = utcnow()
    today = now.astimezone(settings.tz).date()
    field = session.scalar(select(Cargo).where(Cargo.name == "Técnico de Campo"))
    rnd = random.Random(SEED)
    tickets: list[Ticket] = []
    for n, (tech, day, start, kind) in enumerate(_week_plan(technicians, today), start=1):
        key = f"demo-os-{n}"
        if key in done:
            continue
        name, minutes, type_name, problem = TYPES[kind]
        sub = subs[(n * 37) % len(subs)]
        opened_at = now - timedelta(days=max(1, (today - day).days + 2), hours=rnd.randint(0, 8))
        protocol = reserve_protocol(session, user_id=operator.id, tz=settings.tz, channel="phone", kind="client",
                                    now=opened_at)
        ticket_type = ticket_types.get(type_name) or next(iter(ticket_types.values()))
        draft = lifecycle.TicketDraft(
            protocol=protocol.number, kind="client", client_id=sub.client_id, subscription_id=sub.id,
            ticket_type_id=ticket_type.id, channel="phone", problem=problem,
            destination=lifecycle.Destination(cargo_id=field.id) if field else lifecycle.Destination(user_id=tech.id))
        ticket = lifecycle.open_ticket(session, operator, draft, idempotency_key=key,
                                       request_hash=lifecycle.request_fingerprint({"demo": key}), now=opened_at)
        status = "done" if day < today else ("in_progress" if day == today and start < 10 * 60 else "scheduled")
        booking.book(session, operator, ticket, booking.Booking(
            technician_id=tech.id, type_id=types[name].id, day=day, start=start, duration=minutes,
            description=TODO[kind], status=status), now=opened_at + timedelta(minutes=10), idempotency_key=key)
        tickets.append(ticket)
    _tasks(session, operator, tickets, today, now)


def _tasks(session: Session, operator: User, tickets: list[Ticket], today, now) -> None:
    if not tickets:
        return
    done = set(session.scalars(select(Task.idempotency_key).where(Task.created_by_id == operator.id)))
    cargos = {c.name: c for c in session.scalars(select(Cargo))}
    for n, (title, due_in, cargo) in enumerate(TASKS, start=1):
        key = f"demo-task-{n}"
        if key in done:
            continue
        assignee = lifecycle.Destination(cargo_id=cargos[cargo].id) if cargo in cargos \
            else lifecycle.Destination(user_id=operator.id)
        create_task(session, operator, tickets[n % len(tickets)], TaskDraft(
            title=title, assignee=assignee, due_date=today + timedelta(days=due_in),
            description="Criada pela demonstração."), now=now, idempotency_key=key)
