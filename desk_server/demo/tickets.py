"""Demo ticket types and a handful of tickets on the demo clients (idempotent).

Tickets are created only once the clients demo has put clients, subscriptions and access points in
the database; each is recognised by its idempotency key ("demo-ticket-N"), so running the demo
again (even on another day) adds nothing.
"""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..config import Settings
from ..domain.tickets import lifecycle
from ..domain.tickets.reservation import reserve_protocol
from ..models import Cargo, User, utcnow
from ..models.clients import Client, Contact, RoutingPoint, Subscription
from ..models.tickets import Ticket, TicketType

# name, default cargo, SLA hours, allows linking, description
TICKET_TYPES = (
    ("Sem conexão", "Suporte N1", 4, False, "Cliente sem acesso à internet"),
    ("Lentidão", "Suporte N1", 8, False, "Velocidade abaixo do contratado, quedas frequentes"),
    ("Alterar senha", "Suporte N1", 24, False, "Troca de senha do Wi-Fi, PPPoE ou e-mail"),
    ("Criar e-mail", "Suporte N1", 24, False, "Nova conta de e-mail do provedor"),
    ("Financeiro", "Financeiro", 48, False, "Boletos, segunda via, negociação"),
    ("Mudança de endereço", "Técnico de Campo", 72, False, "Transferência da instalação"),
    ("Falha massiva", "Suporte N2", 2, True, "Queda que afeta um ponto de acesso ou rede inteira"),
)


def _load_types(session: Session) -> dict[str, TicketType]:
    cargos = {c.name: c for c in session.scalars(select(Cargo))}
    existing = {t.name: t for t in session.scalars(select(TicketType)).unique()}
    for name, cargo, sla, linking, description in TICKET_TYPES:
        if name in existing:
            continue
        cargo_row = cargos.get(cargo)
        ticket_type = TicketType(name=name, description=description, sla_hours=sla, allows_linking=linking,
                                 default_cargo_id=cargo_row.id if cargo_row else None)
        session.add(ticket_type)
        existing[name] = ticket_type
    session.flush()
    return existing


def _demo_subjects(session: Session):
    """(access point, subscription on its network, other subscriptions) or None without client data."""
    points = list(session.scalars(select(RoutingPoint).order_by(
        (RoutingPoint.kind != "access_point"), RoutingPoint.id)))
    subs = list(session.scalars(
        select(Subscription).where(Subscription.deleted_at.is_(None), Subscription.routing_point_id.is_not(None))
        .order_by(Subscription.id)).unique())
    if not points or not subs:
        return None
    network_of = {p.id: p.network_id for p in points}
    for point in points:
        same = [s for s in subs if network_of.get(s.routing_point_id) == point.network_id]
        if same:
            # Other demo tickets go to clients elsewhere, so only the intended one gets linked.
            others, seen = [], {same[0].client_id}
            for sub in subs:
                if network_of.get(sub.routing_point_id) != point.network_id and sub.client_id not in seen:
                    others.append(sub)
                    seen.add(sub.client_id)
            return point, same[0], others
    return None


def _contact_of(session: Session, client_id: int) -> int | None:
    return session.scalar(select(Contact.id).where(Contact.client_id == client_id, Contact.deleted_at.is_(None))
                          .order_by(Contact.id).limit(1))


def load(session: Session, settings: Settings) -> None:
    types = _load_types(session)
    users = {u.username: u for u in session.scalars(select(User))}
    cargos = {c.name: c for c in session.scalars(select(Cargo))}
    operator, supervisor, technician = users.get("operador"), users.get("supervisor"), users.get("tecnico")
    if operator is None or session.scalar(select(Client.id).limit(1)) is None:
        return
    found = _demo_subjects(session)
    if found is None:
        return
    point, linked_sub, others = found
    done = set(session.scalars(select(Ticket.idempotency_key).where(
        Ticket.opened_by_id == operator.id, Ticket.idempotency_key.like("demo-ticket-%"))))
    now = utcnow()

    def dest(cargo: str | None = None, user: User | None = None):
        if user is not None:
            return lifecycle.Destination(user_id=user.id)
        return lifecycle.Destination(cargo_id=cargos[cargo].id)

    def sub_ticket(sub: Subscription, **fields):
        return dict(kind="client", client_id=sub.client_id, subscription_id=sub.id,
                    contact_id=_contact_of(session, sub.client_id), **fields)

    plan = [
        ("demo-ticket-1", timedelta(hours=2), {
            "kind": "access_point", "access_point_id": point.id, "ticket_type": "Falha massiva", "channel": "phone",
            "destination": dest("Suporte N2"),
            "problem": f"Vários clientes sem conexão na região do {point.name}. Possível rompimento de fibra.",
            "checks": "Equipamento do ponto de acesso sem resposta ao ping; energia confirmada no local."}),
        ("demo-ticket-2", timedelta(hours=1, minutes=20), sub_ticket(
            linked_sub, ticket_type="Sem conexão", channel="phone", destination=dest("Suporte N1"),
            problem="Cliente informa que a internet caiu há cerca de uma hora.",
            checks="Roteador reiniciado pelo cliente; luz PON vermelha.")),
    ]
    if len(others) >= 1:
        plan.append(("demo-ticket-3", timedelta(days=1, hours=3), sub_ticket(
            others[0], ticket_type="Lentidão", channel="whatsapp", destination=dest("Suporte N1"),
            problem="Velocidade muito abaixo do plano à noite.", checks="Teste de velocidade via cabo: 40% do plano.",
            after=[("forward", {"dest": dest("Técnico de Campo"), "reason": "Verificar sinal óptico no local."})])))
    if len(others) >= 2:
        plan.append(("demo-ticket-4", timedelta(days=2), sub_ticket(
            others[1], ticket_type="Alterar senha", channel="phone", destination=dest("Suporte N1"),
            problem="Cliente quer trocar a senha do Wi-Fi.", checks="Titular confirmado pelo CPF.",
            resolved=True, solution="Senha do Wi-Fi alterada com o cliente na linha.")))
    if len(others) >= 3:
        plan.append(("demo-ticket-5", timedelta(days=3, hours=5), sub_ticket(
            others[2], ticket_type="Financeiro", channel="email", destination=dest("Financeiro"),
            problem="Pede segunda via do boleto vencido e negociação de juros.",
            after=[("comment", {"text": "Boleto atualizado enviado por e-mail; aguardando retorno."})])))
    if len(others) >= 4 and technician is not None:
        plan.append(("demo-ticket-6", timedelta(days=4), sub_ticket(
            others[3], ticket_type="Mudança de endereço", channel="visit", destination=dest(user=technician),
            problem="Mudança para novo endereço no mesmo bairro na próxima semana.",
            checks="Viabilidade técnica confirmada no novo endereço.")))
    if len(others) >= 5:
        plan.append(("demo-ticket-7", timedelta(days=6), sub_ticket(
            others[4], ticket_type="Sem conexão", channel="phone", destination=dest("Suporte N1"),
            problem="Sem conexão desde a chuva de ontem.",
            after=[("close", {"outcome": "unsolved", "reason": "Cliente não estava no local na visita agendada."})])))

    plan.sort(key=lambda item: item[1], reverse=True)  # oldest first, as they happened
    for key, age, fields in plan:
        if key in done:
            continue
        opened_at = now - age
        after = fields.pop("after", [])
        type_name = fields.pop("ticket_type")
        protocol = reserve_protocol(session, user_id=operator.id, tz=settings.tz, channel=fields["channel"],
                                    kind=fields["kind"], now=opened_at)
        draft = lifecycle.TicketDraft(protocol=protocol.number, ticket_type_id=types[type_name].id, **fields)
        ticket = lifecycle.open_ticket(session, operator, draft, idempotency_key=key,
                                       request_hash=lifecycle.request_fingerprint({"demo": key}), now=opened_at)
        acted_at = opened_at + timedelta(minutes=25)
        for action, args in after:
            if action == "forward":
                lifecycle.forward(session, ticket, supervisor or operator, args["dest"], args["reason"], acted_at)
            elif action == "comment":
                lifecycle.comment(session, ticket, operator, args["text"], acted_at)
            elif action == "close":
                lifecycle.close(session, ticket, operator, args["outcome"], args["reason"], now=acted_at)
        session.flush()
