"""The consumer's history (Decreto 11.034/2022 art. 12): every ticket of a client with its protocol,
dates, situation and each event of its history — the provider's answers included — as a PDF in the
shared page frame (DejaVu fonts, so accents print)."""
from __future__ import annotations

from datetime import datetime
from html import escape
from zoneinfo import ZoneInfo

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from ..domain.labels import TICKET_EVENT, TICKET_STATUS
from ..domain.protocols import format_protocol
from . import frame


def _when(value: datetime | None, tz: ZoneInfo) -> str:
    return value.astimezone(tz).strftime("%d/%m/%Y %H:%M") if value else "—"


def _p(text: str | None, style) -> Paragraph:
    return Paragraph(escape(text or "—").replace("\n", "<br/>"), style)


def build(client: dict, tickets: list[dict], *, issuer: str, tz: ZoneInfo, issued_at: datetime) -> bytes:
    """client: name, code, document; tickets: dicts with the ticket fields and "events" (oldest first)."""
    st = frame.styles()
    story: list = [Paragraph("Histórico de atendimentos", st["title"]),
                   Paragraph(f"<b>Cliente:</b> {escape(client['name'])} — código {escape(client.get('code') or '')}"
                             + (f" — CPF/CNPJ {escape(client['document'])}" if client.get("document") else ""),
                             st["body"]),
                   Paragraph(f"{len(tickets)} atendimento(s), do mais antigo ao mais recente. Documento emitido "
                             "a pedido do consumidor (Decreto nº 11.034/2022, art. 12).", st["small"]),
                   Spacer(1, 6 * mm)]
    for t in tickets:
        status = "Cancelado" if t.get("cancelled_at") else TICKET_STATUS.get(t["status"], t["status"])
        head = [Paragraph(f"Protocolo {format_protocol(t['protocol'])}", st["big"]),
                Paragraph(f"<b>Tipo:</b> {escape(t['ticket_type'])} &nbsp; <b>Situação:</b> {status} &nbsp; "
                          f"<b>Aberto em:</b> {_when(t['opened_at'], tz)} &nbsp; "
                          f"<b>Fechado em:</b> {_when(t.get('closed_at'), tz)}", st["body"]),
                Paragraph(f"<b>Solicitação:</b> {escape(t.get('problem') or '—')}", st["body"])]
        if t.get("solution") or t.get("close_reason"):
            head.append(Paragraph(f"<b>Resposta do provedor:</b> {escape(t.get('solution') or t['close_reason'])}",
                                  st["body"]))
        rows = [[Paragraph("<b>Quando</b>", st["small"]), Paragraph("<b>Evento</b>", st["small"]),
                 Paragraph("<b>Por</b>", st["small"]), Paragraph("<b>Texto</b>", st["small"])]]
        for e in t["events"]:
            rows.append([_p(_when(e["at"], tz), st["small"]), _p(TICKET_EVENT.get(e["kind"], e["kind"]), st["small"]),
                         _p(e["user_name"], st["small"]), _p(e.get("text"), st["small"])])
        table = Table(rows, colWidths=[28 * mm, 30 * mm, 32 * mm, 80 * mm], repeatRows=1)
        table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.5, frame.RULE),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, "#f4f6f8"])]))
        story += [KeepTogether(head), Spacer(1, 2 * mm), table, Spacer(1, 8 * mm)]
    if not tickets:
        story.append(Paragraph("Nenhum atendimento registrado para este cliente.", st["body"]))
    return frame.build(story, title="Histórico de atendimentos", issuer=issuer, issued_at=issued_at)
