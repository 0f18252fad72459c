"""The protocol in writing as the ticket window words it: the receipt's state against the 24 h deadline
(late in words, not only red) and the search filter for late receipts, checked Qt-free. (Anexar arquivo,
Abrir, Remover and "Enviar protocolo por e-mail" with a real server: tests/e2e/test_attachments_ticket_window_e2e.py.)"""
from __future__ import annotations

import pytest

from desk_client.mail.receipt_state import receipt_text


@pytest.mark.parametrize("receipt,expected,kind", [
    ({"status": "none", "late": False, "due_at": "2026-12-03T14:00:00Z"}, "não enviado (prazo", "wait"),
    ({"status": "pending", "late": False, "due_at": "2026-12-03T14:00:00Z"}, "pendente (prazo", "wait"),
    ({"status": "pending", "late": True, "due_at": "2026-12-03T14:00:00Z"}, "atrasado — prazo era", "bad"),
    ({"status": "sent", "late": False, "sent_at": "2026-12-02T17:03:00Z", "due_at": "2026-12-03T14:00:00Z"},
     "enviado às", "ok"),
    ({"status": "failed", "late": False, "last_error": "550 caixa inexistente", "due_at": "2026-12-03T14:00:00Z"},
     "falhou: 550 caixa inexistente", "bad"),
])
def test_receipt_words(receipt, expected, kind):
    word, got_kind = receipt_text(receipt)
    assert word.startswith(expected) and got_kind == kind


def test_search_filter_for_late_receipts():
    from desk_client.tickets.rules import SearchFilters

    assert SearchFilters(receipt="late").params() == {"receipt": "late"}
    assert "receipt" not in SearchFilters().params()
