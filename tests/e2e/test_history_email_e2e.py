"""Pedido de histórico by e-mail on the client window, end to end: a real server process whose sender
delivers to a real SMTP server (aiosmtpd on loopback). While the SMTP server is down the line says the
e-mail waits for a new try (and "Marcar como enviado" is not offered: the server sends it); once it is
up the history PDF goes out and the line turns to "enviado por e-mail em ..." by itself.
Moved unchanged from tests/client/test_history_email_client.py (issue 8): the server's sender and a real
SMTP server are the point of it."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desk_server.db import make_engine, make_session_factory
from tests.waits import GUI_WAIT_MS

from ..client.live_support import signed_in_api
from ..client.workspace_support import shot
from ..harness import LiveServer
from ..server.smtp_support import Sink
from ..server.ticket_support import make_world_in

pytestmark = [pytest.mark.gui, pytest.mark.e2e, pytest.mark.timeout(120)]


@pytest.fixture
def mail_server(databases, tmp_path):
    sink = Sink()  # started by the test: down at first
    url = databases.fresh("sqlite", "demo")
    env = {"DESK_RUN_WORKERS": "1", "DESK_SMTP_HOST": "127.0.0.1", "DESK_SMTP_PORT": str(sink.port),
           "DESK_SMTP_FROM": "atendimento@provedor.com.br", "DESK_MAIL_POLL_SECONDS": "0.1",
           "DESK_SMTP_RETRY_FIRST_SECONDS": "0.2", "DESK_SMTP_RETRY_MAX_SECONDS": "1"}
    server = LiveServer(url, tmp_path / "server", env)
    server.start()
    engine = make_engine(url, pool_size=1)
    world = make_world_in(make_session_factory(engine))
    engine.dispose()
    yield server, sink, world
    server.stop()
    sink.stop()
    databases.drop(url)


def test_history_by_email_shows_the_delivery_and_turns_sent(qtbot, qapp, mail_server):
    from desk_client.clients.client_detail_window import ClientDetailWindow

    server, sink, world = mail_server
    with signed_in_api(qapp, server.url, server.token("operador"), "operador") as api:
        window = ClientDetailWindow(api, world.client_a)
        qtbot.addWidget(window)
        window.resize(1280, 720)
        window.show()
        qtbot.waitUntil(lambda: window.client is not None, timeout=GUI_WAIT_MS)
        flow = window.history_requests
        flow.poll.setInterval(300)  # 10 s in the app
        flow.request_button.click()
        qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible(), timeout=5000)
        dialog = flow.dialog
        assert dialog.channel.currentData() == "email"
        dialog.address.setText("maria.aparecida@exemplo.com.br")
        qtbot.keyClick(dialog.address, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "aguardando nova tentativa" in flow.label.text(), timeout=15000)
        assert "Histórico por e-mail: enviar até" in flow.label.text()
        assert "maria.aparecida@exemplo.com.br" in flow.label.text()
        assert flow.sent_button.isHidden()  # the server sends it: nothing to mark by hand
        window.ui.tabWidget.setCurrentWidget(window.ui.ticketsTab)
        shot(window, "client-history-email-waiting.png")
        sink.start()
        qtbot.waitUntil(lambda: "enviado por e-mail em" in flow.label.text(), timeout=30000)
        assert flow.sent_button.isHidden() and not flow.poll.isActive()
        shot(window, "client-history-email-sent.png")
        [msg] = sink.messages()
        assert msg["To"] == "maria.aparecida@exemplo.com.br"
        [part] = list(msg.iter_attachments())
        assert part.get_content_type() == "application/pdf" and part.get_content().startswith(b"%PDF")
        assert flow.resend_button.isHidden()

        # a second request to an address the SMTP server refuses: NÃO ENTREGUE in red, then Reenviar
        sink.refuse = ("naoexiste@exemplo.com.br",)
        flow.request_button.click()
        qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible(), timeout=5000)
        flow.dialog.address.setText("naoexiste@exemplo.com.br")
        qtbot.keyClick(flow.dialog.address, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "NÃO ENTREGUE" in flow.label.text() and flow.resend_button.isVisible(),
                        timeout=30000)
        shot(window, "client-history-email-refused.png")
        sink.refuse = ()
        qtbot.mouseClick(flow.resend_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "enviado por e-mail em" in flow.label.text(), timeout=30000)
        assert flow.resend_button.isHidden()
        assert [m["To"] for m in sink.messages()] == ["maria.aparecida@exemplo.com.br", "naoexiste@exemplo.com.br"]
        window.close()
