"""The wizard's duplicate-caller warning on canned JSON (tests/client/fake_api.py): the live demo server's
answer to GET /tickets/duplicate-check, captured once into tests/client/canned/workspace_duplicate_check.json
right after a Lentidão ticket was opened for the capture's client, is announced in the server's own words
under the parent-ticket banner; what was asked and when it is asked again. The server finding the
duplicate runs against a real server process in tests/e2e/test_workspace_duplicate_e2e.py."""
from __future__ import annotations

import pytest

from tests.waits import GUI_WAIT_MS

from .workspace_support import canned, prim_contato_page, workspace_api  # noqa: F401  (fixture)

pytestmark = pytest.mark.gui


def test_the_server_message_is_announced_under_the_parent_banner(qtbot, workspace_api):  # noqa: F811
    from desk_client.wizard.duplicate_warning import DuplicateWarning

    session = canned("workspace_duplicate_check")
    workspace_api.replay(session["requests"])
    message = session["requests"][0]["body"]["message"]
    page, parent_banner = prim_contato_page(qtbot, workspace_api)
    warning = DuplicateWarning(page, parent_banner)
    assert not warning.banner.isVisible()
    warning.check(session["client_id"], session["ticket_type_id"])
    qtbot.waitUntil(lambda: warning.banner.isVisible(), timeout=GUI_WAIT_MS)
    assert [r["params"] for r in workspace_api.sent("GET", "/tickets/duplicate-check")] == \
        [{"client_id": session["client_id"], "ticket_type_id": session["ticket_type_id"]}]
    assert warning.banner.text() == f"Atenção — possível ligação repetida: {message}"
    assert session["ticket"]["protocol_formatted"] in warning.banner.text() and warning.message == message
    assert page.layout().indexOf(warning.banner) == 1  # right under the parent-ticket banner
    warning.check(session["client_id"], session["ticket_type_id"])  # the same client and type: not asked again
    assert len(workspace_api.sent("GET", "/tickets/duplicate-check")) == 1
    warning.check(None, None)
    assert not warning.banner.isVisible() and warning.message is None
    assert len(workspace_api.sent("GET", "/tickets/duplicate-check")) == 1  # no client: nothing to ask
