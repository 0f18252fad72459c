"""Qt-free rules of the ticket workspace: words and colours of a ticket row, the SLA clock text, the
query of each queue and of the Atendimentos search, what changed between two looks at a ticket."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

LIFECYCLE = {"open": ("Aberto", "ok"), "forwarded": ("Encaminhado", "wait"), "closed_done": ("Concluído", "neutral"),
             "closed_unsolved": ("Sem solução", "neutral"), "cancelled": ("Cancelado", "neutral")}
SLA_WORDS = {"late": "atrasado", "warning": "vence logo", "ok": "no prazo", "paused": "pausado"}
SLA_KINDS = {"late": "bad", "warning": "wait", "ok": "ok", "paused": "wait"}
OPEN = ("open", "forwarded")
CHANNELS = {"phone": "Telefone", "email": "E-mail", "fax": "Fax", "visit": "Visita", "whatsapp": "WhatsApp",
            "chat": "Chat"}
# Queues of the workspace home: key → (title, GET /tickets parameters)
QUEUES = {
    "mine": ("Meus atendimentos", {"mine": "true", "status": "open,forwarded", "order": "sla"}),
    "cargo": ("Do meu cargo", {"my_cargos": "true", "status": "open,forwarded", "order": "sla"}),
    "all": ("Todos", {"status": "open,forwarded", "order": "sla"}),
}
# Column → server `order` key (server-side sorting); columns not listed sort nothing.
ORDER_KEYS = {0: "protocol", 1: "sla", 3: "type", 4: "status", 6: "opened_at"}
EVENT_WORDS = {
    "opened": "Abertura", "forwarded": "Encaminhado", "commented": "Comentário", "closed": "Fechado",
    "child_closed_by_parent": "Fechado com o pai", "children_closed": "Filhos fechados",
    "linked_to_parent": "Vinculado ao pai", "linked_child": "Filho vinculado", "status_changed": "Mudança de status",
    "paused": "Pausado", "resumed": "Retomado", "taken": "Assumido", "cancelled": "Cancelado",
    "reopened": "Reaberto", "script_report": "Relatório do script", "email": "E-mail",
    "service_order": "O.S.", "task": "Tarefa", "attachment": "Anexo", "router_disconnect": "Desconexão PPPoE",
    "router_relogin_check": "Reconexão PPPoE",
}


def status_word(ticket: dict) -> tuple[str, str]:
    """(word, colour kind) of the ticket's situation: the catalogue status when open, else the outcome."""
    if ticket.get("cancelled_at"):
        return LIFECYCLE["cancelled"]
    key = ticket.get("status") or ""
    word, kind = LIFECYCLE.get(key, (ticket.get("status_label") or key, "neutral"))
    if key in OPEN and ticket.get("status_name"):
        word = ticket["status_name"]
        kind = "wait" if ticket.get("status_category") == "waiting_customer" else kind
    return word, kind


def sla_state(ticket: dict) -> str | None:
    if (ticket.get("status") or "") not in OPEN:
        return None
    return ((ticket.get("sla") or {}).get("state")) or ("late" if ticket.get("overdue") else "ok")


def parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    moment = datetime.fromisoformat(str(value))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def span_text(seconds: float) -> str:
    """3 d 4 h, 2 h 05 min, 12 min (never 0 min: 'menos de 1 min')."""
    seconds = abs(int(seconds))
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        return f"{days} d {hours} h"
    if hours:
        return f"{hours} h {minutes:02d} min"
    return f"{minutes} min" if minutes else "menos de 1 min"


def sla_text(ticket: dict, now: datetime | None = None) -> tuple[str, str]:
    """(text, colour kind) of the SLA clock: 'atrasado há 2 h 10 min' in red, 'vence em 35 min'..."""
    state = sla_state(ticket)
    if state is None:
        return "", "neutral"
    now = now or datetime.now(UTC)
    due = parse_time((ticket.get("sla") or {}).get("due_at") or ticket.get("sla_due_at"))
    if state == "paused":
        return "pausado (aguardando cliente)", SLA_KINDS[state]
    if due is None:
        return SLA_WORDS[state], SLA_KINDS[state]
    if state == "late" or due <= now:
        return f"atrasado há {span_text((now - due).total_seconds())}", "bad"
    word = "vence logo: " if state == "warning" else ""
    return f"{word}vence em {span_text((due - now).total_seconds())}", SLA_KINDS[state]


def destination_text(ticket: dict) -> str:
    dest = ticket.get("destination") or {}
    if dest.get("cargo_id") and not dest.get("user_id"):
        return f"{dest.get('name', '')} (Usuário indeterminado)"
    return dest.get("name") or ""


@dataclass
class SearchFilters:
    """What the Atendimentos search window asks the server (GET /tickets)."""

    text: str = ""  # protocol (with or without dashes) or client name
    statuses: list[str] = field(default_factory=list)
    opened_from: str | None = None  # ISO dates
    opened_to: str | None = None
    type_id: int | None = None
    destination: tuple[str, int] | None = None  # ("user", id) or ("cargo", id)
    city: str = ""
    access_point_id: int | None = None
    sla: str | None = None
    client_id: int | None = None
    receipt: str | None = None  # "late": the protocol in writing overdue (issue 12)

    def params(self) -> dict[str, str]:
        out: dict[str, str] = {}
        text = self.text.strip()
        if text:
            digits = "".join(ch for ch in text if ch.isdigit())
            if len(digits) == 15 and len(digits) >= len(text.replace("-", "").replace(" ", "")):
                out["protocol"] = digits
            else:
                out["q"] = text
        if self.statuses:
            out["status"] = ",".join(self.statuses)
        for key in ("opened_from", "opened_to", "type_id", "access_point_id", "sla", "client_id", "receipt"):
            value = getattr(self, key)
            if value not in (None, ""):
                out[key] = str(value)
        if self.city.strip():
            out["city"] = self.city.strip()
        if self.destination:
            kind, ident = self.destination
            out["user_id" if kind == "user" else "cargo_id"] = str(ident)
        return out


def page_text(offset: int, shown: int, total: int) -> str:
    if total == 0:
        return "nenhum atendimento"
    return f"{offset + 1}–{offset + shown} de {total} atendimento{'s' if total != 1 else ''}"


def only_mine_since(before: dict, events: list[dict], me: int | None) -> bool:
    """Whether every event after the loaded one is the user's own (their last action, whose reload
    has not arrived yet): nothing to warn them about."""
    last = before.get("last_event_id") or 0
    news = [e for e in events if e.get("id", 0) > last]
    return me is not None and bool(news) and all(e.get("user_id") == me for e in news)


def changes_since(before: dict, now: dict, events: list[dict]) -> list[str]:
    """What changed on a ticket since the window loaded it (shown before an action is applied)."""
    lines = []
    if before.get("status") != now.get("status") or before.get("status_id") != now.get("status_id"):
        lines.append(f"Situação: {status_word(before)[0]} → {status_word(now)[0]}")
    if (before.get("destination") or {}) != (now.get("destination") or {}):
        lines.append(f"Destino: {destination_text(before)} → {destination_text(now)}")
    last = before.get("last_event_id") or 0
    for event in events:
        if event.get("id", 0) > last:
            text = " ".join((event.get("text") or "").split())
            lines.append(f"{EVENT_WORDS.get(event.get('kind'), event.get('kind'))} por {event.get('user_name')}"
                         + (f": {text[:120]}" if text else ""))
    return lines


def grouped_protocol(digits: str | None) -> str:
    """20261122-000123-7: as dictated (DESIGN §9)."""
    d = digits or ""
    return f"{d[:8]}-{d[8:14]}-{d[14:]}" if len(d) == 15 and d.isdigit() else d


def is_forward_to_me(change: dict, me: int) -> bool:
    """A change feed item that puts a ticket in my hands, made by someone else."""
    data = change.get("data") or {}
    return (change.get("assigned_user_id") == me and change.get("user_id") != me
            and data.get("action") in ("forwarded", "opened"))
