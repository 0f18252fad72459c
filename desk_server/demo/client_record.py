"""Demo data of the client record (issue 13): the demo's PPPoE passwords, written by the clients step
into the legacy plain `subscriptions.password` column, are moved into `subscription_details`
encrypted with the server's key (so "Mostrar" works on demo clients and no password stays in clear).
Idempotent: a second run finds no plain password left."""
from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..config import Settings
from ..models.client_record import SubscriptionDetail
from ..models.clients import Subscription
from ..routeros.crypto import encrypt_password


def load(session: Session, settings: Settings) -> None:
    rows = session.execute(select(Subscription.id, Subscription.password, Subscription.ip)
                           .where(Subscription.password.is_not(None))).all()
    if not rows:
        return
    secret = settings.resolved_secret_key
    existing = {d.subscription_id: d for d in session.scalars(
        select(SubscriptionDetail).where(SubscriptionDetail.subscription_id.in_([r.id for r in rows])))}
    for sub_id, password, ip in rows:
        detail = existing.get(sub_id)
        if detail is None:
            detail = SubscriptionDetail(subscription_id=sub_id, billing_type="pos_pago", billing_method="boleto",
                                        due_day=10, ip_type="fixo" if ip else "dinamico")
            session.add(detail)
        detail.pppoe_password_enc = encrypt_password(secret, password)
    session.flush()
    session.execute(update(Subscription).where(Subscription.password.is_not(None)).values(password=None))
