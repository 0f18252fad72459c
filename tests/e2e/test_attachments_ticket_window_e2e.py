"""Files and the protocol in writing from the ticket window, against a real server: Anexar arquivo
uploads with progress, Abrir downloads the same bytes, Remover is soft (flagged, in the history); the
header shows the receipt's state (não enviado → pendente) and "Enviar protocolo por e-mail" queues it.
A file uploaded and downloaded again, e-mails queued by the server: client and server together, so this
stays end to end (moved unchanged from tests/client/test_attachments_ticket_window.py for issue 8, where
the Qt-free checks of the receipt's words stay). Screenshots go to ISP_DESK_SCREENSHOTS_DIR when set."""
from __future__ import annotations

import os
import tempfile
import uuid
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.waits import GUI_WAIT_MS

SHOTS = Path(os.environ.get("ISP_DESK_SCREENSHOTS_DIR") or Path(tempfile.gettempdir()) / "isp-desk-screenshots")
WAIT = GUI_WAIT_MS
ALT = Qt.KeyboardModifier.AltModifier

pytestmark = [pytest.mark.gui, pytest.mark.e2e]  # tests/e2e/conftest.py: GUI objects die on the GUI thread


def _ticket_with_contact_email(server, token) -> dict:
    h = {"Authorization": f"Bearer {token}"}
    for q in ("silva", "santos", "souza"):
        for row in httpx.get(f"{server.url}/api/v1/clients/search", params={"q": q, "field": "name", "limit": 50},
                             headers=h).json()["items"]:
            client = httpx.get(f"{server.url}/api/v1/clients/{row['id']}", headers=h).json()
            contact = next((c for c in client["contacts"] if c.get("email")), None)
            if contact is None:
                continue
            number = httpx.post(f"{server.url}/api/v1/protocols", json={}, headers=h).json()["number"]
            types = httpx.get(f"{server.url}/api/v1/ticket-types", headers=h).json()["items"]
            cargos = httpx.get(f"{server.url}/api/v1/cargos", headers=h).json()["items"]
            body = {"protocol": number, "kind": "client", "client_id": client["id"], "contact_id": contact["id"],
                    "ticket_type_id": types[0]["id"], "channel": "phone", "destination": {"cargo_id": cargos[0]["id"]},
                    "problem": "Teste de anexos"}
            answer = httpx.post(f"{server.url}/api/v1/tickets", json=body,
                                headers={**h, "Idempotency-Key": uuid.uuid4().hex})
            assert answer.status_code == 201, answer.text
            return {**answer.json(), "contact_email": contact["email"]}
    raise AssertionError("no demo client with a contact e-mail")


def test_files_and_receipt_from_the_ticket_window(qtbot, qapp, live_server, tmp_path, monkeypatch):
    from desk_client.api import ApiClient
    from desk_client.attachments import picker, ticket_actions
    from desk_client.tickets.controller import TicketCatalog
    from desk_client.tickets.ticket_window import TicketWindow

    token = live_server.token("operador")
    ticket = _ticket_with_contact_email(live_server, token)
    source = tmp_path / "relatório técnico.pdf"
    data = b"%PDF-1.4\n" + os.urandom(300_000)
    source.write_bytes(data)
    monkeypatch.setattr(picker, "ask_paths", lambda parent: [str(source)])
    opened: list[str] = []
    monkeypatch.setattr(ticket_actions.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))

    api = ApiClient(live_server.url)
    api.token, api.user = token, {"role": "operator"}
    host = QWidget()
    qtbot.addWidget(host)
    catalog = TicketCatalog(api, host)
    catalog.load()
    window = TicketWindow(api, ticket["id"], catalog, host)
    window.show()
    files = window.ticket_files
    qtbot.waitUntil(lambda: "Protocolo por escrito: não enviado" in files.receipt_label.text(), timeout=WAIT)
    window.ui.tabs.setCurrentWidget(window.ui.attachmentsTab)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)
    progress: list[tuple[int, int]] = []
    qtbot.keyClick(window, Qt.Key.Key_X, ALT)                     # Ane&xar arquivo...
    qtbot.waitUntil(lambda: files.call is not None, timeout=WAIT)
    files.call.progress.connect(lambda done, total: progress.append((done, total)))
    qtbot.waitUntil(lambda: len(window.attachments_model.rows) == 1, timeout=WAIT)
    row = window.attachments_model.rows[0]
    assert row["name"] == "relatório técnico.pdf" and row["size"] == len(data)
    window.ui.attachmentsTable.selectRow(0)
    window.activateWindow()  # (the progress dialog may have had the focus)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)
    qtbot.keyClick(window, Qt.Key.Key_B, ALT)                     # A&brir: downloaded, then the viewer
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT)
    assert Path(opened[0]).read_bytes() == data
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "ticket-window-anexos.png"))
    window.ui.attachmentsTable.setFocus()
    qtbot.keyClick(window.ui.attachmentsTable, Qt.Key.Key_Delete)  # Remover anexo: soft
    qtbot.waitUntil(lambda: window.attachments_model.rows and window.attachments_model.rows[0]["removed"],
                    timeout=WAIT)
    qtbot.waitUntil(lambda: "attachment_removed" in [e["kind"] for e in window.events], timeout=WAIT)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: "pendente" in files.receipt_label.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: any(e["kind"] == "receipt" for e in files.emails_model.rows), timeout=WAIT)
    assert files.emails_model.rows[-1]["to"] == [ticket["contact_email"]]
    # Enviar e-mail from the ticket: the wizard's form, the contact ticked, sent with the keyboard
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: files.dialog is not None and files.dialog.isVisible(), timeout=WAIT)
    dialog = files.dialog
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT)
    page = dialog.page
    assert page.ui.recipientsList.item(0).checkState() == Qt.CheckState.Checked
    qtbot.keyClick(dialog, Qt.Key.Key_R, ALT)                     # Envia&r: refused, the subject is missing
    qtbot.waitUntil(lambda: "assunto" in dialog.errors.text(), timeout=WAIT)
    assert dialog.focusWidget() is page.ui.subjectEdit
    qtbot.keyClicks(page.ui.subjectEdit, "Retorno do atendimento")
    page.ui.bodyEdit.setFocus()
    qtbot.keyClicks(page.ui.bodyEdit, "Tudo certo com a conexao.")
    dialog.grab().save(str(SHOTS / "ticket-window-email.png"))
    qtbot.keyClick(dialog, Qt.Key.Key_R, ALT)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: any(e["subject"] == "Retorno do atendimento" for e in files.emails_model.rows),
                    timeout=WAIT)
    window.close()
    api.close()
