"""How the ticket shows its protocol in writing against the 24 h deadline (Qt-free): a word and a kind
(ok / wait / bad) — late is red and says "atrasado", never by colour alone."""
from __future__ import annotations

from datetime import datetime


def _local(value: str | None) -> datetime | None:
    if not value:
        return None
    return datetime.fromisoformat(value).astimezone()


def receipt_text(receipt: dict | None) -> tuple[str, str]:
    if not receipt:
        return "", "wait"
    status, late = receipt.get("status"), bool(receipt.get("late"))
    due = _local(receipt.get("due_at"))
    due_text = f"{due:%d/%m %H:%M}" if due else ""
    if status == "sent":
        sent = _local(receipt.get("sent_at"))
        word = f"enviado às {sent:%H:%M} de {sent:%d/%m}" if sent else "enviado"
        return (word + " (após o prazo de 24 h)", "bad") if late else (word, "ok")
    if status == "failed":
        reason = receipt.get("last_error") or ""
        return (f"falhou{' — atrasado' if late else ''}: {reason}".strip(": "), "bad")
    if late:
        return f"atrasado — prazo era {due_text}", "bad"
    if status == "pending":
        return f"pendente (prazo {due_text})", "wait"
    return f"não enviado (prazo {due_text})", "wait"
