"""The wizard's duplicate-caller warning against a real server: an open ticket of the same type for
the client (or a protocol in the last hour) is announced on Prim. Contato before Finalizar.
Moved from tests/client/test_workspace_duplicate.py (issue 8), its checks unchanged (the page now from
workspace_support.prim_contato_page, shared with the canned-JSON test there): the server finds the duplicate."""
from __future__ import annotations

import pytest

from tests.waits import GUI_WAIT_MS

from ..client.workspace_support import desk, prim_contato_page  # noqa: F401  (fixture)
from .live_api_fixtures import logged_api, operator_token  # noqa: F401  (fixtures)

pytestmark = [pytest.mark.gui, pytest.mark.e2e, pytest.mark.timeout(60)]


def test_duplicate_caller_is_announced(qtbot, logged_api, desk):  # noqa: F811
    from desk_client.wizard.duplicate_warning import DuplicateWarning

    ticket = desk.open("operador", ticket_type_id=desk.world.types["Lentidão"])
    page, parent_banner = prim_contato_page(qtbot, logged_api)
    warning = DuplicateWarning(page, parent_banner)
    warning.check(desk.world.client_a, desk.world.types["Lentidão"])
    qtbot.waitUntil(lambda: warning.banner.isVisible(), timeout=GUI_WAIT_MS)
    assert ticket["protocol_formatted"] in warning.banner.text() or "Já existe atendimento aberto" in \
        warning.banner.text()
    assert page.layout().indexOf(warning.banner) == 1  # right under the parent-ticket banner
    warning.check(None, None)
    assert not warning.banner.isVisible()
