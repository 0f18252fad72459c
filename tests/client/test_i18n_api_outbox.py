"""The words of the API client (a server that does not answer) and of the outbox (the status bar)
follow the language: English once the English catalogue is installed, Portuguese by default."""
from __future__ import annotations

import pytest

from desk_client import i18n
from tests.waits import GUI_WAIT_MS

pytestmark = pytest.mark.usefixtures("gui_objects_die_on_the_gui_thread")


@pytest.fixture
def english(qapp):
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "pt_BR")


def _failure(qtbot, api):
    call = api.get("/users/me")
    with qtbot.waitSignal(call.failed, timeout=GUI_WAIT_MS) as failed:
        pass
    return failed.args[0]


@pytest.mark.gui
def test_a_server_that_does_not_answer_is_told_in_english(qtbot, english, closed_port_api):
    error = _failure(qtbot, closed_port_api)
    assert error.kind == "unreachable"
    assert error.message == ("Server unavailable: could not connect. Check the server address and the "
                             "network, or try again in a moment.")


@pytest.mark.gui
def test_and_in_portuguese_by_default(qtbot, qapp, closed_port_api):
    i18n.install(qapp, "pt_BR")
    assert _failure(qtbot, closed_port_api).message.startswith("Servidor indisponível: não foi possível conectar.")


def test_the_clients_own_http_words_in_english_the_servers_detail_as_it_came(english):
    from desk_client.api.errors import HTTP, INVALID, NOT_JSON, TIMEOUT, ApiError

    assert ApiError(TIMEOUT, timeout=8.0).message.startswith("Server unavailable: no answer within 8 s.")
    assert ApiError(HTTP, status=403).message == "Your role is not allowed to do this."
    assert ApiError(HTTP, status=503).message == "Server error. Try again; if it persists, tell support."
    assert ApiError(HTTP, status=418).message == "Error 418."
    assert ApiError(INVALID, status=200, detail=NOT_JSON).message == "Invalid answer from the server: the content is not JSON"
    assert ApiError(HTTP, status=422, detail="CPF inválido").message == "CPF inválido"  # the server's words


@pytest.mark.gui
def test_the_outbox_status_bar_in_english(qtbot, english, closed_port_api, tmp_path):
    from desk_client.outbox.indicator import OutboxIndicator, describe
    from desk_client.outbox.sender import OutboxSender
    from desk_client.outbox.store import FAILED, OutboxStore, abandon_entry, ticket_entry

    store = OutboxStore(tmp_path / "outbox", "operador")
    ticket = ticket_entry(username="operador", body={"protocol": None, "kind": "client"}, idempotency_key="k",
                          summary={"subject": "Maria"}, state={})
    store.add(ticket).result()
    sender = OutboxSender(closed_port_api, store)  # not started: nothing is sent
    indicator = OutboxIndicator(sender)
    qtbot.addWidget(indicator)
    assert indicator.text() == "1 ticket waiting to be sent"
    assert "(protocol to be reserved)" in indicator.toolTip()
    abandon = abandon_entry(username="operador", protocol="1", reason="x")
    assert describe([ticket, ticket, abandon, dict(ticket, status=FAILED)]) == (
        "1 submission rejected by the server; 2 tickets waiting to be sent; 1 record waiting to be sent", "bad")
    sender.deleteLater()
