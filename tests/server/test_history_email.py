"""The consumer's history by e-mail (Decreto 11.034/2022 art. 12) through the real outbox and sender,
against a real SMTP server (aiosmtpd on loopback), on both engines: the PDF arrives attached with every
protocol of the client and the request becomes sent; SMTP down keeps it pending and a later try sends
it once; 550 then Reenviar; a crash after the end-of-data mark counts as delivered; by post nothing is
e-mailed; bad input is a Portuguese 422 (never a 500); a technician only reads."""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
from sqlalchemy import select, update

from desk_server.mail.sender import MailSender
from desk_server.models.emails import Email

from .smtp_support import Sink, smtp_settings
from .ticket_support import make_world, open_ticket

API = "/api/v1"
SHOTS = Path(os.environ.get("ISP_DESK_SCREENSHOTS_DIR") or Path(tempfile.gettempdir()) / "isp-desk-screenshots")


@pytest.fixture
def sink():
    server = Sink().start()
    yield server
    server.stop()


def sender_for(api, sink) -> MailSender:
    return MailSender(smtp_settings(api.app.state.settings, sink), api.app.state.session_factory)


def request_email(api, h, client_id, address="maria@exemplo.com.br", expect=201, **headers_extra) -> dict:
    response = api.post(f"{API}/clients/{client_id}/history-requests", json={"channel": "email", "address": address},
                        headers={**h, **headers_extra})
    assert response.status_code == expect, response.text
    return response.json()


def get(api, h, request_id) -> dict:
    response = api.get(f"{API}/history-requests/{request_id}", headers=h)
    assert response.status_code == 200, response.text
    return response.json()


def drain(sender, api, h, request_id, until, timeout=15.0) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        sender.cycle()
        answer = get(api, h, request_id)
        if until(answer):
            return answer
        time.sleep(0.05)
    raise AssertionError(f"pedido não chegou ao estado esperado: {get(api, h, request_id)}")


def message(answer: dict) -> str:
    detail = answer["detail"]
    return detail["message"] if isinstance(detail, dict) else str(detail)


def client_with_history(api, h):
    w = make_world(api)
    ticket = open_ticket(api, h, w, problem="Conexão instável à noite — lentidão")
    api.post(f"{API}/tickets/{ticket['id']}/comments", json={"text": "Técnico agendará visita"}, headers=h)
    api.post(f"{API}/tickets/{ticket['id']}/close", json={"outcome": "done", "reason": "Conector óptico trocado"},
             headers=h)
    second = open_ticket(api, h, w, problem="Sem sinal após a chuva")
    return w, [ticket["protocol_formatted"], second["protocol_formatted"]]


def test_email_request_delivers_the_pdf_and_marks_the_request_sent(api, headers, sink, tmp_path, backend):
    h = headers("operador")
    w, protocols = client_with_history(api, h)
    made = request_email(api, h, w.client_a, **{"Idempotency-Key": "hist-1"})
    assert made["state"] == "pending" and made["email"]["status"] == "pending" and made["email"]["attempts"] == 0
    assert made["delivery"] == "na fila de envio por e-mail a maria@exemplo.com.br"
    assert made["may_mark_sent"] is False and made["may_resend"] is False
    again = api.post(f"{API}/clients/{w.client_a}/history-requests", headers={**h, "Idempotency-Key": "hist-1"},
                     json={"channel": "email", "address": "maria@exemplo.com.br"})
    assert again.status_code == 200 and again.json()["email"]["id"] == made["email"]["id"]
    by_hand = api.post(f"{API}/history-requests/{made['id']}/sent", headers=h)
    assert by_hand.status_code == 409 and "quando o e-mail for entregue" in message(by_hand.json())

    sent = drain(sender_for(api, sink), api, h, made["id"], lambda r: r["state"] == "sent")
    assert sent["email"]["status"] == "sent" and sent["email"]["attempts"] == 1 and sent["late"] is False
    assert sent["sent_at"] and sent["email"]["sent_at"] and sent["delivery"].startswith(
        "enviado por e-mail a maria@exemplo.com.br em ")
    assert sent["may_mark_sent"] is False
    [(rcpts, _raw)] = sink.received
    assert rcpts == ["maria@exemplo.com.br"]
    [msg] = sink.messages()
    assert msg["Subject"] == "Histórico de atendimentos — Maria Aparecida"
    text = msg.get_body(("plain",)).get_content()
    assert "Decreto nº 11.034/2022" in text and "segue em anexo (PDF)" in text
    [part] = list(msg.iter_attachments())
    assert part.get_content_type() == "application/pdf" and part.get_filename().startswith("historico-")
    pdf = part.get_content()
    assert pdf.startswith(b"%PDF")
    path = tmp_path / "historico.pdf"
    path.write_bytes(pdf)
    if shutil.which("pdftotext"):
        pdf_text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
        for words in (*protocols, "Histórico de atendimentos", "Conexão instável à noite", "Técnico agendará visita",
                      "Conector óptico trocado", "Sem sinal após a chuva", "Maria Aparecida"):
            assert words in pdf_text, words
    if backend == "sqlite" and shutil.which("pdftoppm"):
        SHOTS.mkdir(parents=True, exist_ok=True)
        subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", str(path),
                        str(SHOTS / "history-email-pdf")], check=True)
    listed = api.get(f"{API}/clients/{w.client_a}/history-requests", headers=h).json()["items"]
    assert [(r["id"], r["state"], r["email"]["status"]) for r in listed] == [(made["id"], "sent", "sent")]
    # delivered means done: not marked by hand, not sent again
    assert api.post(f"{API}/history-requests/{made['id']}/sent", headers=h).status_code == 409
    assert api.post(f"{API}/history-requests/{made['id']}/resend", headers=h).status_code == 409


def test_smtp_down_keeps_the_request_pending_then_a_later_try_sends_it_once(api, headers):
    sink = Sink()  # not started: the port refuses connections
    h = headers("operador")
    w = make_world(api)
    made = request_email(api, h, w.client_a)
    sender = sender_for(api, sink)
    for _ in range(3):
        sender.cycle()
    waiting = get(api, h, made["id"])
    assert waiting["state"] == "pending" and waiting["email"]["status"] == "pending"
    assert "indisponível" in waiting["email"]["last_error"] and waiting["email"]["next_attempt_at"]
    assert waiting["delivery"].startswith("e-mail a maria@exemplo.com.br aguardando nova tentativa")
    sink.start()
    try:
        sent = drain(sender, api, h, made["id"], lambda r: r["state"] == "sent")
        assert sent["email"]["status"] == "sent" and sent["email"]["last_error"] is None
        sender.cycle()
        assert len(sink.received) == 1
    finally:
        sink.stop()


def test_refused_address_fails_then_resend_delivers(api, headers):
    sink = Sink(refuse=("naoexiste@exemplo.com.br",)).start()
    try:
        h = headers("operador")
        w = make_world(api)
        made = request_email(api, h, w.client_a, address="naoexiste@exemplo.com.br")
        sender = sender_for(api, sink)
        failed = drain(sender, api, h, made["id"], lambda r: r["email"]["status"] == "failed")
        assert failed["state"] == "pending" and "550" in failed["email"]["last_error"]
        assert failed["delivery"].startswith("e-mail não entregue a naoexiste@exemplo.com.br")
        assert failed["may_resend"] is True and failed["may_mark_sent"] is True
        # the ticket outbox's Reenviar does not take a history e-mail (404, not a 500)
        assert api.post(f"{API}/emails/{made['email']['id']}/resend", headers=h).status_code == 404
        again = api.post(f"{API}/history-requests/{made['id']}/resend", headers=h)
        assert again.status_code == 200 and again.json()["email"]["status"] == "pending"
        assert api.post(f"{API}/history-requests/{made['id']}/resend", headers=h).status_code == 409
        sink.refuse = ()
        sent = drain(sender, api, h, made["id"], lambda r: r["state"] == "sent")
        assert sent["email"]["attempts"] == 2 and len(sink.received) == 1
    finally:
        sink.stop()


def test_crash_after_the_end_of_data_counts_as_delivered(api, headers, sink):
    h = headers("operador")
    w = make_world(api)
    made = request_email(api, h, w.client_a)
    with api.app.state.session_factory() as session:
        session.execute(update(Email).where(Email.id == made["email"]["id"])
                        .values(status="sending", phase="final", attempts=1, claimed_by="morto:1:abc"))
        session.commit()
    sender_for(api, sink).cycle()  # takes the lease: recovery settles the message as delivered
    answer = get(api, h, made["id"])
    assert answer["state"] == "sent" and answer["email"]["status"] == "sent" and sink.received == []


def test_by_post_nothing_is_emailed_and_it_is_marked_sent_by_hand(api, headers, sink):
    h = headers("operador")
    w = make_world(api)
    made = api.post(f"{API}/clients/{w.client_a}/history-requests", headers=h,
                    json={"channel": "mail", "address": "Rua das Flores, 10 — Centro, Campinas/SP"}).json()
    assert made["email"] is None and made["delivery"] == "aguardando postagem" and made["may_mark_sent"] is True
    sender_for(api, sink).cycle()
    with api.app.state.session_factory() as session:
        assert session.scalars(select(Email).where(Email.history_request_id == made["id"])).all() == []
    assert sink.received == []
    assert api.post(f"{API}/history-requests/{made['id']}/resend", headers=h).status_code == 409
    sent = api.post(f"{API}/history-requests/{made['id']}/sent", headers=h, json={"reason": "Carta registrada"})
    assert sent.status_code == 200 and sent.json()["state"] == "sent" and sent.json()["delivery"].startswith("enviado em")


def test_bad_input_is_422_and_roles_are_enforced(api, headers):
    h, tech = headers("operador"), headers("tecnico")
    w = make_world(api)
    url = f"{API}/clients/{w.client_a}/history-requests"
    bad = [{"channel": "email", "address": "maria.exemplo.com.br"}, {"channel": "email", "address": "maria@"},
           {"channel": "email", "address": "a@b"}, {"channel": "fax", "address": "maria@exemplo.com.br"},
           {"channel": "mail", "address": "ab"}, {"channel": "mail"}, {"address": "Rua A, 1"},
           {"channel": "mail", "address": "Rua A, 1", "extra": 1}, {"channel": "mail", "address": "x" * 2001},
           {"channel": ["email"], "address": "maria@exemplo.com.br"}, {"channel": "email", "address": 12345}]
    for body in bad:
        response = api.post(url, json=body, headers=h)
        assert response.status_code == 422, (body, response.status_code, response.text)
    wrong = api.post(url, json={"channel": "email", "address": "maria.exemplo.com.br"}, headers=h).json()
    assert "E-mail do pedido: Endereço de e-mail inválido" in message(wrong) and "falta o @" in message(wrong)
    assert api.post(url, content=b"{not json", headers={**h, "Content-Type": "application/json"}).status_code == 422
    for path in ("/clients/0/history-requests", "/clients/abc/history-requests", f"/clients/{2**40}/history-requests"):
        assert api.post(API + path, json={"channel": "mail", "address": "Rua A, 1"}, headers=h).status_code == 422
    assert api.post(f"{API}/clients/999999/history-requests", json={"channel": "mail", "address": "Rua A, 1"},
                    headers=h).status_code == 404
    for path in ("/history-requests/0/sent", "/history-requests/0/resend"):
        assert api.post(API + path, headers=h).status_code == 422
    assert api.post(f"{API}/history-requests/999999/sent", headers=h).status_code == 404
    assert api.get(f"{API}/history-requests/999999", headers=h).status_code == 404
    with api.app.state.session_factory() as session:
        assert session.scalars(select(Email).where(Email.kind == "history")).all() == []

    made = request_email(api, h, w.client_a)
    assert api.post(url, json={"channel": "email", "address": "maria@exemplo.com.br"}, headers=tech).status_code == 403
    assert api.post(url, json={"channel": "fax"}, headers=tech).status_code == 403  # the role before the body
    assert api.post(f"{API}/history-requests/{made['id']}/sent", headers=tech).status_code == 403
    assert api.post(f"{API}/history-requests/{made['id']}/resend", headers=tech).status_code == 403
    assert api.get(url, headers=tech).status_code == 200  # a technician reads
    assert api.post(url, json={"channel": "mail", "address": "Rua A, 1"}).status_code == 401
    for who in ("supervisor", "admin"):
        assert api.post(url, json={"channel": "mail", "address": "Rua B, 2"}, headers=headers(who)).status_code == 201
