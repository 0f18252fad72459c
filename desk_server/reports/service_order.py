"""The O.S. sheet the technician takes to the visit: protocol, client, installation address with its
reference, phones, the subscription (login, plan, MAC), the problem and the script report's summary,
technician and slot, room for what was done and the signatures."""
from __future__ import annotations

from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from ..domain.protocols import format_protocol
from ..domain.service_orders import slots, statuses
from ..domain.service_orders.agenda import installation
from ..models.clients import Client, Contact, Subscription
from ..models.service_orders import ServiceOrder
from . import frame

WIDTH = 170 * mm


def _mac(value: str | None) -> str:
    if not value:
        return "—"
    digits = value.replace(":", "").replace("-", "").upper()
    return ":".join(digits[i:i + 2] for i in range(0, len(digits), 2))


def _phone(value: str | None) -> str | None:
    if not value:
        return None
    d = "".join(c for c in value if c.isdigit())
    if len(d) == 11:
        return f"({d[:2]}) {d[2:7]}-{d[7:]}"
    if len(d) == 10:
        return f"({d[:2]}) {d[2:6]}-{d[6:]}"
    return value


def _grid(rows: list[tuple[str, str, str, str]], s) -> Table:
    """Four columns: label, value, label, value."""
    cells = [[Paragraph(a, s["label"]), Paragraph(escape(b or "—"), s["body"]),
              Paragraph(c, s["label"]), Paragraph(escape(d or "—"), s["body"])] for a, b, c, d in rows]
    table = Table(cells, colWidths=[26 * mm, 60 * mm, 28 * mm, 56 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.3, frame.RULE),
                               ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return table


def _section(title: str, s) -> Paragraph:
    return Paragraph(title, s["title"].clone("section", fontSize=11, leading=15, spaceBefore=8, spaceAfter=3))


def _script_summary(report) -> list[str]:
    if not isinstance(report, dict):
        return []
    return [f"{step.get('question', '')} → {step.get('answer', '')}" for step in report.get("steps", [])][:8]


def _lines(count: int) -> Table:
    table = Table([[""] for _ in range(count)], colWidths=[WIDTH], rowHeights=[8 * mm] * count)
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, frame.RULE)]))
    return table


def _signatures(s) -> Table:
    table = Table([["", "", ""], [Paragraph("Técnico", s["small"]), "", Paragraph("Cliente (nome legível e documento)",
                                                                                    s["small"])]],
                  colWidths=[75 * mm, 20 * mm, 75 * mm], rowHeights=[16 * mm, 6 * mm])
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (0, 0), 0.6, frame.INK),
                               ("LINEBELOW", (2, 0), (2, 0), 0.6, frame.INK)]))
    return table


def render_service_order(session: Session, order: ServiceOrder, *, tz, now: datetime) -> bytes:
    s = frame.styles()
    ticket = order.ticket
    client = session.get(Client, order.client_id) if order.client_id else None
    sub = session.get(Subscription, order.subscription_id) if order.subscription_id else None
    contact = session.get(Contact, ticket.contact_id) if ticket.contact_id else None
    address, district, city = installation(
        (client.install_street, client.install_number, client.install_complement, client.install_district,
         client.install_city, client.street, client.number, client.complement, client.district, client.city)
        if client else (None,) * 10,
        (sub.install_street, sub.install_number, sub.install_complement, sub.install_district, sub.install_city)
        if sub else (None,) * 5)
    phones = ", ".join(p for p in (_phone(client.phone) if client else None, _phone(client.mobile) if client else None,
                                   _phone(contact.phone) if contact else None, _phone(contact.mobile) if contact
                                   else None) if p) or "—"
    state = statuses.get(order.status)
    slot = f"{order.day:%d/%m/%Y}, {slots.format_hhmm(order.start_minute)} às {slots.format_hhmm(order.end_minute)}"
    story = [
        Paragraph(f"Ordem de Serviço nº {order.id}", s["big"]),
        Paragraph(f"Protocolo <b>{format_protocol(ticket.protocol)}</b> · {escape(order.type.name)} · "
                  f"{escape(state.label)}", s["body"]),
        Spacer(1, 4 * mm),
        _section("Cliente e local", s),
        _grid([("Cliente", client.name if client else "—", "Código", client.code if client else "—"),
               ("Endereço", address, "Bairro", district),
               ("Cidade", city, "Telefones", phones),
               ("Referência", client.reference if client else None, "Contato", contact.name if contact else None)], s),
        _section("Plano do cliente", s),
        _grid([("Login", sub.login if sub else None, "Plano", sub.plan.name if sub else None),
               ("MAC", _mac(sub.mac) if sub else "—", "IP", sub.ip if sub else None)], s),
        _section("Visita", s),
        _grid([("Técnico", order.technician.name, "Horário", slot),
               ("Aberta por", order.created_by.name, "Agendada em",
                f"{order.created_at.astimezone(tz):%d/%m/%Y %H:%M}")], s),
        _section("Problema relatado", s),
        Paragraph(escape(ticket.problem or "—"), s["body"]),
    ]
    if order.description:
        story += [_section("O que fazer", s), Paragraph(escape(order.description), s["body"])]
    summary = _script_summary(ticket.script_report)
    if summary:
        story += [_section("Resumo do script de atendimento", s)]
        story += [Paragraph("• " + escape(line), s["small"]) for line in summary]
    story += [_section("Serviço executado (preenchido pelo técnico)", s), _lines(4),
              Paragraph("Chegada: ____:____   Saída: ____:____   Material usado: ______________________________",
                        s["body"]),
              Spacer(1, 10 * mm), _signatures(s)]
    return frame.build(story, title=f"O.S. nº {order.id} — protocolo {format_protocol(ticket.protocol)}",
                       issuer="Central de Atendimento", issued_at=now.astimezone(tz))
