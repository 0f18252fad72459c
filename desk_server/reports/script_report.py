"""The script report of a ticket (Rel. Script) as a PDF: protocol, client, operator, date, script and
version, then each question with the answer given and the explanations as the operator saw them —
the evidence if the customer later disputes what was said."""
from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from ..domain.errors import NotFound
from ..domain.protocols import format_protocol
from ..models import User, utcnow
from ..models.clients import Client, Prospect
from ..models.tickets import Ticket
from . import frame


def _subject(session: Session, ticket: Ticket) -> str:
    if ticket.client_id:
        client = session.get(Client, ticket.client_id)
        return f"{client.name} (código {client.code})" if client.code else client.name
    if ticket.prospect_id:
        return f"{session.get(Prospect, ticket.prospect_id).name} (prospecto)"
    return "—"


def _header_table(rows: list[tuple[str, str]], s) -> Table:
    table = Table([[Paragraph(label, s["label"]), Paragraph(escape(value), s["body"])] for label, value in rows],
                  colWidths=[38 * mm, 132 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, frame.RULE),
                               ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return table


def _step(number: int, step: dict, s) -> KeepTogether:
    parts = [Paragraph(f"<b>{number}. {escape(step['question'])}</b>", s["body"]),
             Paragraph(f"Resposta: <b>{escape(step['answer'])}</b>", s["body"])]
    for key, label in (("client_explanation", "Explicação para o cliente"),
                       ("operator_explanation", "Explicação para o operador")):
        if step.get(key):
            parts.append(Paragraph(f"<i>{label}:</i> {escape(step[key])}", s["small"]))
    parts.append(Spacer(1, 3 * mm))
    return KeepTogether(parts)


def render(session: Session, ticket: Ticket, settings) -> bytes:
    report = ticket.script_report if isinstance(ticket.script_report, dict) else None
    if not report or "steps" not in report:
        raise NotFound("Este atendimento não tem relatório de script.")
    s = frame.styles()
    operator = session.get(User, ticket.opened_by_id)
    opened = ticket.opened_at.astimezone(settings.tz)
    steps = report["steps"]
    how = "concluído" if report.get("finished") else "encerrado pelo operador antes do fim"
    rows = [("Protocolo", format_protocol(ticket.protocol)), ("Cliente", _subject(session, ticket)),
            ("Operador", operator.name if operator else "—"), ("Data e hora", f"{opened:%d/%m/%Y às %H:%M}"),
            ("Script", f"{report.get('name', '')} — versão {report.get('version', '?')}"),
            ("Situação", f"{how}, {len(steps)} resposta(s)")]
    story = [Paragraph("Relatório do script de atendimento", s["title"]), _header_table(rows, s), Spacer(1, 6 * mm)]
    story += [_step(n, step, s) for n, step in enumerate(steps, start=1)]
    stopped = report.get("stopped_at")
    if not report.get("finished") and stopped:
        story.append(Paragraph(f"<b>{len(steps) + 1}. {escape(stopped.get('question', ''))}</b> — sem resposta "
                               "(script encerrado nesta pergunta).", s["body"]))
    story += [Spacer(1, 4 * mm),
              Paragraph("Textos como exibidos ao operador na versão indicada do script, com os dados do "
                        "atendimento preenchidos.", s["small"])]
    return frame.build(story, title=f"Rel. Script — protocolo {format_protocol(ticket.protocol)}",
                       issuer="Central de Atendimento", issued_at=utcnow().astimezone(settings.tz))
