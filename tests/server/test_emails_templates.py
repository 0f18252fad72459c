"""E-mail templates: managers edit, each visible to chosen cargos, variables checked on save; the
preview fills them and names the unresolved ones; the receipt (protocol in writing) and its state."""
from __future__ import annotations

import uuid
from datetime import timedelta

import pytest

from desk_server.mail.sender import MailSender
from desk_server.models import utcnow

from .smtp_support import Sink, smtp_settings
from .ticket_support import open_ticket

TEMPLATE = {"name": "Visita agendada", "subject": "Protocolo {protocolo}: visita técnica",
            "body": "Olá, {cliente.nome}.\nSeu plano {plano} (login {login}) terá visita em {data}.\n{atendente}"}


def detail(response) -> str:
    d = response.json()["detail"]
    return d["message"] if isinstance(d, dict) else d


def test_managers_edit_templates_and_cargos_see_theirs(api, headers, world):
    sup, op = headers("supervisor"), headers("operador")
    assert api.post("/api/v1/email-templates", json=TEMPLATE, headers=op).status_code == 403
    assert api.post("/api/v1/email-templates", json={}, headers=op).status_code == 403  # before validation
    created = api.post("/api/v1/email-templates", json=TEMPLATE, headers=sup)
    assert created.status_code == 201, created.text
    t = created.json()
    assert t["variables"] == ["protocolo", "cliente.nome", "plano", "login", "data", "atendente"]
    assert api.post("/api/v1/email-templates", json=TEMPLATE, headers=sup).status_code == 409
    bad = api.post("/api/v1/email-templates", json={**TEMPLATE, "name": "X", "body": "Seu {boleto}"}, headers=sup)
    assert bad.status_code == 422 and "{boleto}" in detail(bad)
    # visible to one cargo the operator is not in: hidden from them, still listed for managers
    only_n2 = api.patch(f"/api/v1/email-templates/{t['id']}", json={"cargo_ids": [world.cargos["Suporte N2"]]},
                        headers=sup)
    assert only_n2.status_code == 200 and only_n2.json()["cargo_names"] == ["Suporte N2"]
    op_cargos = {c["id"] for c in api.get("/api/v1/users/me", headers=op).json().get("cargos", [])}
    names = [x["name"] for x in api.get("/api/v1/email-templates", headers=op).json()["items"]]
    assert ("Visita agendada" in names) == (world.cargos["Suporte N2"] in op_cargos)
    assert "Visita agendada" in [x["name"] for x in api.get("/api/v1/email-templates", headers=sup).json()["items"]]
    variables = api.get("/api/v1/email-variables", headers=op).json()["items"]
    assert {"name": "cliente.nome", "description": "nome do cliente"} in variables


def test_preview_fills_variables_and_names_the_unresolved(api, headers, world):
    sup = headers("supervisor")
    t = api.post("/api/v1/email-templates", json=TEMPLATE, headers=sup).json()
    ticket = open_ticket(api, sup, world)
    filled = api.post("/api/v1/email-templates/render", json={"template_id": t["id"], "ticket_id": ticket["id"]},
                      headers=sup).json()
    assert filled["unresolved"] == [] and filled["message"] is None
    assert filled["subject"] == f"Protocolo {ticket['protocol_formatted']}: visita técnica"
    assert filled["body"].startswith("Olá, Maria Aparecida.\nSeu plano TK Fibra 300")
    # in the wizard, before the ticket exists: the client chosen, no plan yet
    early = api.post("/api/v1/email-templates/render", json={"template_id": t["id"], "client_id": world.client_a},
                     headers=sup).json()
    assert early["unresolved"] == ["protocolo", "plano", "login"]
    assert "{protocolo}, {plano}, {login}" in early["message"]
    assert "Olá, Maria Aparecida." in early["body"] and "{plano}" in early["body"]


def test_receipt_is_sent_with_its_pdf_and_its_state_is_on_the_ticket(api, headers, world):
    h = headers("operador")
    ticket = open_ticket(api, h, world)
    state = api.get(f"/api/v1/tickets/{ticket['id']}/receipt", headers=h).json()
    assert state["status"] == "none" and state["late"] is False
    queued = api.post(f"/api/v1/tickets/{ticket['id']}/receipt", json={"to": "maria@exemplo.com.br"},
                      headers={**h, "Idempotency-Key": uuid.uuid4().hex})
    assert queued.status_code == 202, queued.text
    assert queued.json()["kind"] == "receipt"
    assert api.get(f"/api/v1/tickets/{ticket['id']}/receipt", headers=h).json()["status"] == "pending"
    sink = Sink().start()
    try:
        sender = MailSender(smtp_settings(api.app.state.settings, sink), api.app.state.session_factory)
        sender.cycle()
        [msg] = sink.messages()
    finally:
        sink.stop()
    assert msg["Subject"] == f"Protocolo de atendimento {ticket['protocol_formatted']}"
    assert ticket["protocol_formatted"] in msg.get_body(("plain",)).get_content()
    [pdf] = list(msg.iter_attachments())
    assert pdf.get_content_type() == "application/pdf" and pdf.get_content().startswith(b"%PDF")
    state = api.get(f"/api/v1/tickets/{ticket['id']}/receipt", headers=h).json()
    assert state["status"] == "sent" and state["sent_at"] and state["late"] is False
    pdf_answer = api.get(f"/api/v1/tickets/{ticket['id']}/receipt.pdf", headers=h)
    assert pdf_answer.status_code == 200 and pdf_answer.headers["content-type"] == "application/pdf"


@pytest.mark.parametrize("hours,late", [(23, False), (25, True)])
def test_receipt_late_after_24_hours(api, headers, world, hours, late):
    h = headers("operador")
    ticket = open_ticket(api, h, world)
    api.app.state.clock = lambda: utcnow() + timedelta(hours=hours)
    try:
        state = api.get(f"/api/v1/tickets/{ticket['id']}/receipt", headers=h).json()
    finally:
        api.app.state.clock = None
    assert state["late"] is late and state["status"] == "none"


def test_get_ticket_carries_the_receipt_state(api, headers, world):
    h = headers("operador")
    ticket = open_ticket(api, h, world)
    receipt = api.get(f"/api/v1/tickets/{ticket['id']}", headers=h).json()["receipt"]
    assert receipt["status"] == "none" and receipt["late"] is False and receipt["due_at"]


def test_workspace_filters_tickets_whose_receipt_is_late(api, headers, world):
    h = headers("operador")
    done, waiting = open_ticket(api, h, world), open_ticket(api, h, world)
    from sqlalchemy import update

    from desk_server.models.emails import Email
    api.post(f"/api/v1/tickets/{done['id']}/receipt", json={"to": "maria@exemplo.com.br"}, headers=h)
    with api.app.state.session_factory() as session:
        session.execute(update(Email).where(Email.ticket_id == done["id"]).values(status="sent", sent_at=utcnow()))
        session.commit()
    api.app.state.clock = lambda: utcnow() + timedelta(hours=25)
    try:
        late = api.get("/api/v1/tickets", params={"receipt": "late", "limit": 500}, headers=h).json()["items"]
        bad = api.get("/api/v1/tickets", params={"receipt": "tarde"}, headers=h)
    finally:
        api.app.state.clock = None
    ids = {t["id"] for t in late}
    assert waiting["id"] in ids and done["id"] not in ids
    assert bad.status_code == 422
