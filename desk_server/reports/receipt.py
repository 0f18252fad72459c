"""The protocol receipt ("protocolo por escrito"): one page with the protocol grouped for dictation,
when the contact was registered, its type and the customer."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from ..domain.labels import CHANNEL
from ..domain.protocols import format_protocol
from ..models import utcnow
from ..models.clients import Client, Contact
from ..models.tickets import Ticket, TicketType
from . import frame


def rows_for(session: Session, ticket: Ticket, settings) -> list[tuple[str, str]]:
    client = session.get(Client, ticket.client_id) if ticket.client_id else None
    contact = session.get(Contact, ticket.contact_id) if ticket.contact_id else None
    ticket_type = session.get(TicketType, ticket.ticket_type_id)
    opened = ticket.opened_at.astimezone(settings.tz)
    rows = [("Protocolo", format_protocol(ticket.protocol)), ("Data e hora", f"{opened:%d/%m/%Y às %H:%M}"),
            ("Tipo de atendimento", ticket_type.name), ("Canal", CHANNEL.get(ticket.channel, ticket.channel))]
    if client is not None:
        rows += [("Cliente", client.name), ("Código do cliente", client.code)]
    if contact is not None:
        rows.append(("Contato", contact.name))
    return rows


def render(session: Session, ticket: Ticket, settings) -> bytes:
    s = frame.styles()
    rows = rows_for(session, ticket, settings)
    table = Table([[Paragraph(label, s["label"]), Paragraph(value, s["body"])] for label, value in rows],
                  colWidths=[45 * mm, 120 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, frame.RULE),
                               ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    story = [
        Paragraph("Comprovante de atendimento", s["title"]),
        Paragraph("Número de protocolo", s["label"]),
        Paragraph(format_protocol(ticket.protocol), s["big"]),
        Spacer(1, 4 * mm), table, Spacer(1, 8 * mm),
        Paragraph("Guarde este número: ele identifica o seu atendimento em qualquer contato conosco e permite "
                  "acompanhar a solicitação.", s["body"]),
        Spacer(1, 3 * mm),
        Paragraph("Comprovante enviado por escrito conforme o Regulamento Geral de Direitos do Consumidor de "
                  "Serviços de Telecomunicações (ANATEL).", s["small"]),
    ]
    return frame.build(story, title=f"Protocolo {format_protocol(ticket.protocol)}", issuer="Central de Atendimento",
                       issued_at=utcnow().astimezone(settings.tz))
