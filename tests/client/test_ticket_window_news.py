"""The ticket window's "changed since you opened it" check before an action, against answers that arrive
late and out of order (tests/client/fake_api.py holds them): the operator's own last action is no news,
even when the reload it caused lands while the check is still asking for the history. On the live demo
server's answers to a ticket window session (tests/client/canned/agenda_ticket_window_session.json); the
same check against a real server process runs in tests/e2e/test_ticket_window_actions_e2e.py."""
from __future__ import annotations

import copy

import pytest

from tests.waits import GUI_WAIT_MS

from .agenda_window_support import TICKET_WINDOW_SESSION as SESSION
from .agenda_window_support import ticket_window_session_api
from .workspace_support import ticket_window  # noqa: F401  (fixture)

pytestmark = [pytest.mark.gui, pytest.mark.timeout(120)]
TICKET_ID = SESSION["ticket_id"]


def recorded(path: str) -> dict:
    return copy.deepcopy(next(e["body"] for e in SESSION["requests"] if e["path"] == path))


@pytest.fixture
def logged_api(qapp):
    """The demo operator (user 1, who opened the ticket in the recording) on the recorded answers."""
    yield from ticket_window_session_api(qapp, id=1)


def test_my_own_comment_is_no_news_when_its_reload_lands_during_the_check(qtbot, logged_api, ticket_window):  # noqa: F811
    window = ticket_window(logged_api, TICKET_ID)
    loaded = recorded(f"/tickets/{TICKET_ID}")
    history = recorded(f"/tickets/{TICKET_ID}/history")
    last = loaded["last_event_id"]
    assert window.ticket["last_event_id"] == last
    # the server now has the operator's comment: one event more, by user 1
    comment = {**history["items"][-1], "id": last + 1, "kind": "commented", "text": "Cliente vai reiniciar a ONU",
               "user_id": 1, "data": {}}
    logged_api.answer("GET", f"/tickets/{TICKET_ID}", {**loaded, "last_event_id": last + 1})
    logged_api.answer("GET", f"/tickets/{TICKET_ID}/history", {**history, "items": [*history["items"], comment]})

    logged_api.hold()
    window.reload()                      # the reload after the comment: its ticket is the first answer held
    window.start_action("pause")         # Ctrl+P before that reload arrived: the check asks for the ticket
    logged_api.release(logged_api.held_count - 1)  # the check's ticket: newer than the window's...
    qtbot.waitUntil(lambda: len(logged_api.sent("GET", f"/tickets/{TICKET_ID}/history")) == 3, timeout=GUI_WAIT_MS)
    logged_api.release(0)                # ...the reload's ticket lands while the check waits for the history
    assert window.ticket["last_event_id"] == last + 1
    logged_api.release()                 # the history: only the operator's own comment since the pause was asked
    qtbot.waitUntil(lambda: window.dialog is not None and window.dialog.isVisible(), timeout=GUI_WAIT_MS)
    assert getattr(window, "changed_box", None) is None  # no "Atendimento alterado" about their own comment
    window.dialog.reject()
