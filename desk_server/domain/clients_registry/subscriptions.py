"""Subscriptions ("Plano do cliente") with their contract details, connection fields, services and
events (seed 003), and the secrets: encrypted with the routers' Fernet helper, readable only through
`reveal`, which writes an audit row (user, time) and an event on the contract.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models.client_record import (
    BILLING_METHODS,
    BILLING_TYPES,
    IP_TYPES,
    SECRET_KINDS,
    SecretReveal,
    SubscriptionDetail,
    SubscriptionEvent,
    SubscriptionService,
)
from ...models.clients import SUBSCRIPTION_STATUSES, Client, Contract, Plan, RoutingPoint, Subscription
from ...models.users import User
from ...routeros.crypto import PasswordUnreadable, decrypt_password, encrypt_password
from ..clients import subscription_search_columns
from ..errors import Conflict, Invalid, NotFound, Unavailable
from ..rows import get_or_404
from . import values as v

IDENTIFIERS = {"login": v.login, "ip": v.ip, "serial_number": v.code, "circuit_number": v.code,
               "smartcard": v.code, "cas": v.code}
MACS = {"mac": "MAC", "mac2": "MAC2", "mac_onu": "MAC ONU"}
DETAIL_TEXT = ("equipment_type", "splitter", "olt_slot", "olt_port", "splitter_port", "condominium",
               "label_code", "label_description", "service", "equipment_user")
SECRET_COLUMNS = {"pppoe": "pppoe_password_enc", "equipment": "equipment_password_enc"}
SECRET_INPUTS = {"pppoe_password": "pppoe", "equipment_password": "equipment"}
SECRET_LABELS = {"pppoe": "Senha PPPoE", "equipment": "Senha do equipamento"}


def _choice(value: Any, allowed: tuple[str, ...], label: str) -> str:
    if value not in allowed:
        raise Invalid(f"{label} inválido: use {', '.join(allowed)}.")
    return value


def subscription_values(data: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, normalise in IDENTIFIERS.items():
        if key in data:
            out[key] = normalise(data[key])
    for key, label in MACS.items():
        if key in data:
            out[key] = v.mac(data[key], label)
    if "voice_terminal" in data:
        out["voice_terminal"] = v.phone(data["voice_terminal"], "Terminal de voz")
    if data.get("status") is not None:
        out["status"] = _choice(data["status"], SUBSCRIPTION_STATUSES, "Situação")
    out.update(v.address(data, "install_"))
    return out


def detail_values(data: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if data.get("billing_type") is not None:
        out["billing_type"] = _choice(data["billing_type"], BILLING_TYPES, "Tipo de faturamento")
    if data.get("billing_method") is not None:
        out["billing_method"] = _choice(data["billing_method"], BILLING_METHODS, "Forma de cobrança")
    if data.get("ip_type") is not None:
        out["ip_type"] = _choice(data["ip_type"], IP_TYPES, "Tipo de IP")
    if data.get("due_day") is not None:
        if not isinstance(data["due_day"], int) or not 1 <= data["due_day"] <= 28:
            raise Invalid("Dia de vencimento inválido: escolha de 1 a 28.")
        out["due_day"] = data["due_day"]
    if "monthly_value" in data:
        out["monthly_value"] = v.money(data["monthly_value"], "Valor")
    for key in ("valid_from", "valid_to", "seller_id", "access_point_id"):
        if key in data:
            out[key] = data[key]
    for key in DETAIL_TEXT:
        if key in data:
            out[key] = v.text(data[key])
    return out


def _check_refs(session: Session, sub: Subscription, detail: SubscriptionDetail) -> None:
    with session.no_autoflush:
        _check_refs_now(session, sub, detail)


def _check_refs_now(session: Session, sub: Subscription, detail: SubscriptionDetail) -> None:
    if session.get(Plan, sub.plan_id) is None:
        raise Invalid("Plano não encontrado.")
    if sub.routing_point_id is not None:
        point = session.get(RoutingPoint, sub.routing_point_id)
        if point is None or point.kind != "routing_point":
            raise Invalid("Concentrador (ponto de roteamento) não encontrado.")
    if detail.access_point_id is not None:
        point = session.get(RoutingPoint, detail.access_point_id)
        if point is None or point.kind != "access_point":
            raise Invalid("Ponto de acesso não encontrado.")
    if detail.seller_id is not None and session.get(User, detail.seller_id) is None:
        raise Invalid("Vendedor não encontrado.")
    if detail.valid_from and detail.valid_to and detail.valid_from > detail.valid_to:
        raise Invalid("Vigência inválida: o início é depois do fim.")


def _check_unique(session: Session, sub: Subscription) -> None:
    """A login or an IP belongs to one live subscription (the NAS could not tell them apart)."""
    for column, label in ((Subscription.login, "Login"), (Subscription.ip, "IP")):
        value = getattr(sub, column.key)
        if not value:
            continue
        with session.no_autoflush:  # ask before the edited row reaches the unique index
            other = session.execute(
                select(Subscription.id, Client.code, Client.name).join(Client, Client.id == Subscription.client_id)
                .where(column == value, Subscription.deleted_at.is_(None), Subscription.id != (sub.id or 0))
            ).first()
        if other:
            raise Conflict(f"{label} {value} já está em uso no plano {other.id} do cliente "
                           f"{other.code} - {other.name}.")


def _apply_secrets(detail: SubscriptionDetail, data: dict[str, Any], secret_key: str) -> list[str]:
    changed = []
    for key, kind in SECRET_INPUTS.items():
        if key not in data:
            continue
        value = data[key]
        if value is not None and ("\x00" in value or len(value) > 128):
            raise Invalid(f"{SECRET_LABELS[kind]}: no máximo 128 caracteres, sem caracteres de controle.")
        setattr(detail, SECRET_COLUMNS[kind], encrypt_password(secret_key, value) if value else None)
        changed.append(SECRET_LABELS[kind])
    return changed


def add_event(session: Session, sub_id: int, kind: str, description: str, user_id: int | None) -> None:
    session.add(SubscriptionEvent(subscription_id=sub_id, kind=kind, description=description[:500],
                                  user_id=user_id))


def _set_services(session: Session, sub: Subscription, services: list[dict[str, Any]]) -> None:
    for row in session.scalars(select(SubscriptionService).where(SubscriptionService.subscription_id == sub.id)):
        session.delete(row)
    for item in services:
        code = v.code(item.get("code"))
        description = v.text(item.get("description"))
        if not code or not description:
            raise Invalid("Serviço: informe código e descrição.")
        value = v.money(item.get("value"), f"Valor do serviço {code}")
        session.add(SubscriptionService(subscription_id=sub.id, code=code[:20], description=description[:150],
                                        value=value if value is not None else 0))


def _add_contract(session: Session, sub: Subscription, contract: dict[str, Any]) -> None:
    number = v.code(contract.get("number"))
    if not number:
        raise Invalid("Contrato: informe o número.")
    if session.scalar(select(Contract.id).where(Contract.number == number)):
        raise Conflict(f"Já existe um contrato com o número {number}.")
    start, end = contract.get("start_date"), contract.get("end_date")
    if start and end and start > end:
        raise Invalid("Contrato: a data inicial é depois da final.")
    has_main = session.scalar(select(Contract.id).where(Contract.subscription_id == sub.id,
                                                         Contract.is_main.is_(True)))
    session.add(Contract(subscription_id=sub.id, number=number[:40], start_date=start, end_date=end,
                         is_main=not has_main))


def create_subscription(session: Session, client_id: int, data: dict[str, Any], *, user_id: int,
                        secret_key: str, today: date) -> Subscription:
    client = get_or_404(session, Client, client_id, "Cliente não encontrado.")
    if data.get("plan_id") is None:
        raise Invalid("Escolha o plano.")
    values = subscription_values(data)
    sub = Subscription(client_id=client.id, plan_id=data["plan_id"], routing_point_id=data.get("routing_point_id"),
                       **values)
    sub.search_install_address = subscription_search_columns(values)["search_install_address"]
    detail = SubscriptionDetail(**{"billing_type": "pos_pago", "billing_method": "boleto", "due_day": 10,
                                   "ip_type": "fixo" if values.get("ip") else "dinamico", **detail_values(data)})
    if detail.valid_from is None:
        detail.valid_from = today
    _check_refs(session, sub, detail)
    _check_unique(session, sub)
    session.add(sub)
    session.flush()
    detail.subscription_id = sub.id
    _apply_secrets(detail, data, secret_key)
    session.add(detail)
    if data.get("contract"):
        _add_contract(session, sub, data["contract"])
    if data.get("services"):
        _set_services(session, sub, data["services"])
    plan = session.get(Plan, sub.plan_id)
    add_event(session, sub.id, "Ativação", f"Plano {plan.name} adicionado.", user_id)
    session.flush()
    return sub


def get_subscription(session: Session, sub_id: int) -> Subscription:
    sub = session.get(Subscription, sub_id)
    if sub is None or sub.deleted_at is not None:
        raise NotFound("Plano do cliente não encontrado.")
    return sub


def get_detail(session: Session, sub: Subscription) -> SubscriptionDetail:
    """The record of a subscription; rows made before issue 13 (demo, old imports) get defaults."""
    detail = session.get(SubscriptionDetail, sub.id)
    if detail is None:
        detail = SubscriptionDetail(subscription_id=sub.id, billing_type="pos_pago", billing_method="boleto",
                                    due_day=10, ip_type="fixo" if sub.ip else "dinamico")
        session.add(detail)
        session.flush()
    return detail


def _assign(row, values: dict[str, Any]) -> list[str]:
    """Set the values; the names of the columns that really changed (for the event)."""
    changed = [key for key, value in values.items() if getattr(row, key) != value]
    for key in changed:
        setattr(row, key, values[key])
    return changed


def update_subscription(session: Session, sub_id: int, data: dict[str, Any], *, user_id: int,
                        secret_key: str) -> Subscription:
    sub = get_subscription(session, sub_id)
    detail = get_detail(session, sub)
    values = subscription_values(data)
    for key in ("plan_id", "routing_point_id"):
        if key in data and (data[key] is not None or key == "routing_point_id"):
            values[key] = data[key]
    changed = _assign(sub, values) + _assign(detail, detail_values(data))
    _check_refs(session, sub, detail)
    _check_unique(session, sub)
    sub.search_install_address = subscription_search_columns(
        {k: getattr(sub, k) for k in v.INSTALL_KEYS})["search_install_address"]
    changed += _apply_secrets(detail, data, secret_key)
    if "services" in data and data["services"] is not None:
        _set_services(session, sub, data["services"])
        changed.append("serviços")
    if data.get("contract"):
        _add_contract(session, sub, data["contract"])
        changed.append("contrato")
    if changed:
        add_event(session, sub.id, "Alteração", "Alterado: " + ", ".join(changed) + ".", user_id)
    session.flush()
    session.expire(sub, ["plan", "routing_point"])  # plan_id / routing_point_id may have changed
    return sub


def reveal_secret(session: Session, sub_id: int, secret: str, *, user_id: int, secret_key: str) -> tuple[str | None, SecretReveal]:
    if secret not in SECRET_KINDS:
        raise Invalid("Segredo inválido: use pppoe ou equipment.")
    sub = get_subscription(session, sub_id)
    detail = get_detail(session, sub)
    token = getattr(detail, SECRET_COLUMNS[secret])
    try:
        value = decrypt_password(secret_key, token) if token else None
    except PasswordUnreadable:
        raise Unavailable(f"{SECRET_LABELS[secret]} ilegível com a chave atual do servidor: "
                          "cadastre-a de novo.") from None
    audit = SecretReveal(subscription_id=sub.id, secret=secret, user_id=user_id)
    session.add(audit)
    user = session.get(User, user_id)
    add_event(session, sub.id, "Auditoria", f"{SECRET_LABELS[secret]} exibida para {user.username}.", user_id)
    session.flush()
    return value, audit


def list_reveals(session: Session, sub_id: int) -> list[SecretReveal]:
    get_subscription(session, sub_id)
    return list(session.scalars(select(SecretReveal).where(SecretReveal.subscription_id == sub_id)
                                .order_by(SecretReveal.id)))


def events(session: Session, sub_id: int) -> list[SubscriptionEvent]:
    return list(session.scalars(select(SubscriptionEvent).where(SubscriptionEvent.subscription_id == sub_id)
                                .order_by(SubscriptionEvent.occurred_at, SubscriptionEvent.id)))


def services(session: Session, sub_id: int) -> list[SubscriptionService]:
    return list(session.scalars(select(SubscriptionService).where(SubscriptionService.subscription_id == sub_id)
                                .order_by(SubscriptionService.id)))
