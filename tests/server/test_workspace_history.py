"""Consumer history requests (5 calendar days, late in red) and the client's history PDF on both engines."""
from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime, timedelta

import pytest

from .ticket_support import make_world, open_ticket

API = "/api/v1"


def test_history_request_deadline_sent_and_late(api, headers):
    op = headers("operador")
    w = make_world(api)
    now = datetime.now(UTC).replace(microsecond=0)
    api.app.state.clock = lambda: now
    body = {"channel": "mail", "address": "Rua das Flores, 10, Centro, Campinas"}  # by e-mail: test_history_email.py
    made = api.post(f"{API}/clients/{w.client_a}/history-requests", json=body,
                    headers={**op, "Idempotency-Key": "pedido-1"})
    assert made.status_code == 201, made.text
    req = made.json()
    assert datetime.fromisoformat(req["due_at"]) == now + timedelta(days=5)
    assert req["state"] == "pending" and req["late"] is False and req["requested_by"] == "Ana Paula Souza"
    again = api.post(f"{API}/clients/{w.client_a}/history-requests", json=body,
                     headers={**op, "Idempotency-Key": "pedido-1"})
    assert again.status_code == 200 and again.json()["id"] == req["id"]
    assert api.post(f"{API}/clients/{w.client_a}/history-requests", json={"channel": "fax", "address": "x"},
                    headers=op).status_code == 422
    assert api.post(f"{API}/clients/999999/history-requests", json=body, headers=op).status_code == 404
    later = now + timedelta(days=6)
    api.app.state.clock = lambda: later
    listed = api.get(f"{API}/clients/{w.client_a}/history-requests", headers=op).json()["items"]
    assert [(r["id"], r["late"]) for r in listed] == [(req["id"], True)]
    sent = api.post(f"{API}/history-requests/{req['id']}/sent", json={"reason": "Enviado pelo Correio"}, headers=op)
    assert sent.status_code == 200 and sent.json()["state"] == "sent" and sent.json()["late"] is True
    twice = api.post(f"{API}/history-requests/{req['id']}/sent", headers=op)
    assert twice.status_code == 409


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_history_pdf_prints_every_ticket_with_accents(api, headers, tmp_path):
    op = headers("operador")
    w = make_world(api)
    ticket = open_ticket(api, op, w, problem="Conexão instável à noite — lentidão")
    api.post(f"{API}/tickets/{ticket['id']}/comments", json={"text": "Técnico agendará visita"}, headers=op)
    api.post(f"{API}/tickets/{ticket['id']}/close", json={"outcome": "done", "reason": "Conector óptico trocado"},
             headers=op)
    response = api.get(f"{API}/clients/{w.client_a}/history.pdf", headers=op)
    assert response.status_code == 200 and response.headers["content-type"] == "application/pdf"
    pdf = tmp_path / "historico.pdf"
    pdf.write_bytes(response.content)
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert ticket["protocol_formatted"] in text
        for words in ("Histórico de atendimentos", "Conexão instável à noite", "Técnico agendará visita",
                      "Conector óptico trocado", "Maria Aparecida"):
            assert words in text, words
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
                       check=True)
        assert list(tmp_path.glob("page*.png"))
