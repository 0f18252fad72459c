"""The e-mail outbox against a real SMTP server (aiosmtpd on loopback), on both engines: headers, CC,
read receipt, an attachment received intact; 550 fails at once with the reason; SMTP down then up
delivers exactly once; a wrong SMTP password is said clearly; bad input gets a Portuguese 422;
Reenviar; crash recovery of messages caught `sending`."""
from __future__ import annotations

import os
import time
import uuid

import pytest
from sqlalchemy import update

from desk_server.mail.sender import MailSender
from desk_server.models.emails import Email

from .smtp_support import Sink, smtp_settings
from .ticket_support import history, open_ticket

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
PDF = b"%PDF-1.4\n" + os.urandom(30_000)


@pytest.fixture
def sink():
    server = Sink().start()
    yield server
    server.stop()


def sender_for(api, sink, **extra) -> MailSender:
    return MailSender(smtp_settings(api.app.state.settings, sink, **extra), api.app.state.session_factory)


def drain(sender: MailSender, api, ticket_id: int, h, timeout: float = 15.0) -> list[dict]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        sender.cycle()
        items = emails(api, h, ticket_id)
        if all(e["status"] in ("sent", "failed") for e in items):
            return items
        time.sleep(0.05)
    raise AssertionError(f"outbox não esvaziou: {emails(api, h, ticket_id)}")


def emails(api, h, ticket_id) -> list[dict]:
    return api.get(f"/api/v1/tickets/{ticket_id}/emails", headers=h).json()["items"]


def message(answer: dict) -> str:
    detail = answer["detail"]
    return detail["message"] if isinstance(detail, dict) else detail


def send(api, h, ticket_id, expect=202, key=None, **body):
    payload = {"to": ["cliente@exemplo.com.br"], "subject": "Visita técnica", "body": "Olá!", **body}
    headers = {**h, "Idempotency-Key": key or uuid.uuid4().hex}
    response = api.post(f"/api/v1/tickets/{ticket_id}/emails", json=payload, headers=headers)
    assert response.status_code == expect, response.text
    return response.json()


def test_message_with_cc_read_receipt_and_attachment_arrives_intact(api, headers, world, sink):
    h = headers("operador")
    ticket = open_ticket(api, h, world)
    uploaded = api.post(f"/api/v1/tickets/{ticket['id']}/attachments", headers=h,
                        files={"file": ("laudo técnico.pdf", PDF, "application/pdf")}).json()
    queued = send(api, h, ticket["id"], to=["maria@exemplo.com.br"], cc=["gerente@exemplo.com.br"],
                  subject="Atendimento {protocolo}: laudo da visita", body="Olá, {cliente.nome}.\n.linha com ponto\n",
                  read_receipt=True, attachment_ids=[uploaded["id"]])
    assert queued["status"] == "pending" and queued["read_receipt_label"] == "solicitada"
    assert queued["subject"] == f"Atendimento {ticket['protocol_formatted']}: laudo da visita"
    [sent] = drain(sender_for(api, sink), api, ticket["id"], h)
    assert sent["status"] == "sent" and sent["attempts"] == 1 and sent["sent_at"]
    [(rcpts, _raw)] = sink.received
    assert sorted(rcpts) == ["gerente@exemplo.com.br", "maria@exemplo.com.br"]
    [msg] = sink.messages()
    assert msg["Subject"] == queued["subject"] and msg["Cc"] == "gerente@exemplo.com.br"
    assert msg["Disposition-Notification-To"] == "atendimento@provedor.com.br"
    assert msg["Message-ID"] == queued["message_id"]
    text = msg.get_body(("plain",)).get_content().replace("\r\n", "\n")
    assert text == "Olá, Maria Aparecida.\n.linha com ponto\n"
    [part] = list(msg.iter_attachments())
    assert part.get_filename() == "laudo técnico.pdf" and part.get_content() == PDF
    kinds = [e["kind"] for e in history(api, h, ticket["id"])]
    assert "email_queued" in kinds and "email_sent" in kinds


def test_550_fails_at_once_with_the_reason_and_resend(api, headers, world):
    sink = Sink(refuse=("naoexiste@exemplo.com.br",)).start()
    try:
        h = headers("operador")
        ticket = open_ticket(api, h, world)
        queued = send(api, h, ticket["id"], to=["naoexiste@exemplo.com.br"])
        sender = sender_for(api, sink)
        [failed] = drain(sender, api, ticket["id"], h)
        assert failed["status"] == "failed" and failed["attempts"] == 1
        assert "550" in failed["last_error"] and "Caixa postal inexistente" in failed["last_error"]
        listed = api.get("/api/v1/emails/undelivered", headers=h).json()["items"]
        assert queued["id"] in [e["id"] for e in listed]
        assert api.post(f"/api/v1/emails/{queued['id']}/resend", headers=h).json()["status"] == "pending"
        assert api.post(f"/api/v1/emails/{queued['id']}/resend", headers=h).status_code == 409
        sink.refuse = ()
        [again] = drain(sender, api, ticket["id"], h)
        assert again["status"] == "sent" and again["attempts"] == 2
        assert sink.message_ids() == [queued["message_id"]]
    finally:
        sink.stop()


def test_smtp_down_then_up_delivers_exactly_once(api, headers, world):
    sink = Sink()  # not started yet: the port refuses connections
    h = headers("operador")
    ticket = open_ticket(api, h, world)
    queued = [send(api, h, ticket["id"], subject=f"Mensagem {i}") for i in range(3)]
    sender = sender_for(api, sink)
    for _ in range(3):
        sender.cycle()
    waiting = emails(api, h, ticket["id"])
    assert {e["status"] for e in waiting} == {"pending"}
    assert all("indisponível" in e["last_error"] for e in waiting)
    sink.start()
    try:
        drain(sender, api, ticket["id"], h)
        assert sorted(sink.message_ids()) == sorted(q["message_id"] for q in queued)
    finally:
        sink.stop()


def test_wrong_smtp_password_is_said_clearly(api, headers, world):
    sink = Sink(user="desk", password="certa").start()
    try:
        h = headers("operador")
        ticket = open_ticket(api, h, world)
        send(api, h, ticket["id"])
        sender = sender_for(api, sink, smtp_user="desk", smtp_password="errada")
        sender.cycle()
        sender.stop()
        [waiting] = emails(api, h, ticket["id"])
        assert waiting["status"] == "pending"
        assert "recusou o usuário ou a senha" in waiting["last_error"] and "DESK_SMTP_PASSWORD" in waiting["last_error"]
        assert sink.received == []
        [sent] = drain(sender_for(api, sink, smtp_user="desk", smtp_password="certa"), api, ticket["id"], h)
        assert sent["status"] == "sent"
    finally:
        sink.stop()


def test_bad_input_gets_clear_portuguese_422(api, headers, world):
    h = headers("operador")
    ticket = open_ticket(api, h, world)
    tid = ticket["id"]
    assert "falta o @" in message(send(api, h, tid, expect=422, to=["cliente.exemplo.com"]))
    assert "Cópia" in message(send(api, h, tid, expect=422, cc=["a@b"]))
    assert "Assunto obrigatório" in message(send(api, h, tid, expect=422, subject="  "))
    assert "destinatário" in message(send(api, h, tid, expect=422, to=[]))
    unknown = send(api, h, tid, expect=422, body="Seu boleto: {boleto}")["detail"]
    assert "{boleto}" in unknown["message"] and unknown["unresolved"] == ["boleto"]
    no_plan = open_ticket(api, h, world, subscription_id=None)
    missing = send(api, h, no_plan["id"], expect=422, body="Plano: {plano}")["detail"]
    assert "{plano}" in missing["message"] and "sem valor" in missing["message"]
    assert emails(api, h, tid) == []


def test_idempotency_key_never_queues_twice(api, headers, world):
    h = headers("operador")
    ticket = open_ticket(api, h, world)
    first = send(api, h, ticket["id"], key="k-email-1")
    second = api.post(f"/api/v1/tickets/{ticket['id']}/emails", headers={**h, "Idempotency-Key": "k-email-1"},
                      json={"to": ["cliente@exemplo.com.br"], "subject": "Visita técnica", "body": "Olá!"})
    assert second.status_code == 200 and second.json()["id"] == first["id"]
    assert len(emails(api, h, ticket["id"])) == 1


def test_restart_settles_messages_caught_sending(api, headers, world, sink):
    """A sender killed mid-message: phase "data" is sent again, phase "final" counts as delivered."""
    h = headers("operador")
    ticket = open_ticket(api, h, world)
    body_phase, final_phase = send(api, h, ticket["id"]), send(api, h, ticket["id"])
    with api.app.state.session_factory() as session:
        for row, phase in ((body_phase, "data"), (final_phase, "final")):
            session.execute(update(Email).where(Email.id == row["id"])
                            .values(status="sending", phase=phase, attempts=1, claimed_by="outra:1:x"))
        session.commit()
    items = {e["id"]: e for e in drain(sender_for(api, sink), api, ticket["id"], h)}
    assert items[body_phase["id"]]["status"] == "sent" and items[body_phase["id"]]["attempts"] == 2
    assert items[final_phase["id"]]["status"] == "sent" and "considerado entregue" in items[final_phase["id"]]["last_error"]
    assert sink.message_ids() == [body_phase["message_id"]]


def test_one_sender_per_deployment(api, sink):
    first, second = sender_for(api, sink), sender_for(api, sink)
    assert first._hold() is True
    assert second._hold() is False
    first.stop()  # a clean stop hands the lease over at once
    assert second._hold() is True
