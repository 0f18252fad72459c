"""Issue 9 items 4, 5, 6 and 9: disabled looks disabled and says why; the name column is never
the cut one; windows open at a size that fits 1366×768, placed sensibly, and close with Esc.
A logged-in session runs on canned JSON (tests/client/fake_api.py): the login dialog and the main
window on a FakeApi answering with what the live demo server answered to the same session, recorded
once into tests/client/canned/first_hour_*_session.json."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTableView

from ..e2e.helpers import KEY_WAIT_MS, Key, login, open_wizard, press
from .fake_api import FakeApi
from .session_support import CANNED, SERVER, empty_api  # noqa: F401  (the fixture api)

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("gui_objects_die_on_the_gui_thread")]


def recorded_session(api: FakeApi, controller, name: str) -> None:
    """The login dialog makes `api`, which answers as the live server answered the recorded session."""
    api.replay(json.loads((CANNED / f"first_hour_{name}_session.json").read_text(encoding="utf-8"))["requests"])
    controller.make_api = lambda _url: api


def test_disabled_text_is_drawn_grey(qapp):
    from desk_client import style

    style.apply(qapp)
    palette = QApplication.palette()
    for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        assert palette.color(QPalette.ColorGroup.Disabled, role) != palette.color(QPalette.ColorGroup.Active, role)


def test_fitted_size_fits_a_1366x768_screen():
    from desk_client.window_placement import fitted_size

    size = fitted_size(QSize(1080, 900), QRect(0, 0, 1366, 728))   # 768 minus a taskbar
    assert size.width() == 1080 and size.height() <= 728 - 40
    assert fitted_size(QSize(800, 500), QRect(0, 0, 1920, 1040)) == QSize(800, 500)


def test_time_axis_never_prints_a_label_twice():
    from desk_client.routers.format import time_axis

    t0 = 1_764_650_700_000
    fmt, last = time_axis(t0, t0 + 10_000, 5)        # a 10-second history
    assert fmt == "HH:mm:ss" and (last - t0) / 4 >= 1_000
    fmt, last = time_axis(t0, t0 + 6 * 60_000, 5)
    assert fmt == "HH:mm" and (last - t0) / 4 >= 60_000
    assert time_axis(t0, t0 + 24 * 3_600_000, 5)[0] == "dd/MM HH:mm"


def test_the_name_column_is_never_the_one_cut_and_empty_columns_shrink(qtbot):
    from desk_client.ui.record_table import (
        EMPTY_COLUMN_WIDTH,
        Column,
        RecordTableModel,
        fit_columns,
        setup_table,
    )

    view = QTableView()
    qtbot.addWidget(view)
    view.resize(700, 300)
    columns = [Column("Código", lambda r: r["code"]), Column("Nome", lambda r: r["name"]),
               Column("Nome Fantasia", lambda r: ""), Column("Campo encontrado", lambda r: r["matched"]),
               Column("Cidade", lambda r: r["city"])]
    model = RecordTableModel(columns, view)
    setup_table(view, model, stretch_column=1)
    view.show()
    model.set_rows([{"code": "1234", "name": "Ágatha Cristina Nascimento de Albuquerque Ferreira",
                     "matched": "Celular (contato): (21) 98238-4193 — Maria das Graças", "city": "Rio de Janeiro"}])
    fit_columns(view)
    header = view.horizontalHeader()
    assert header.sectionSize(2) == EMPTY_COLUMN_WIDTH                       # empty: shrunk
    assert header.sectionSize(1) >= view.sizeHintForColumn(1)                # the name: whole
    assert header.sectionSize(3) >= 110                                      # squeezed, not vanished
    assert model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "Nome Fantasia"
    assert model.data(model.index(0, 3), Qt.ItemDataRole.ToolTipRole).startswith("Celular")


def test_disabled_actions_say_why_and_admin_windows_are_placed_with_heading_fechar_and_esc(
        qtbot, controller, api):
    recorded_session(api, controller, "admin")
    window = login(qtbot, controller, SERVER, "admin")
    assert api.sent("POST", "/auth/login")[0]["json"]["username"] == "admin"
    for key, action in window.features.items():
        if action.isVisible() and not action.isEnabled():
            assert "ainda não disponível" in action.toolTip(), key
        elif action.isEnabled():
            assert "ainda não disponível" not in action.toolTip(), key
    assert window.ui.menuAdmin.toolTipsVisible()

    window.ui.actionTicketTypes.trigger()
    types = window.ticket_types_controller.window
    qtbot.waitUntil(lambda: types.isVisible() and types.ready, timeout=KEY_WAIT_MS)
    assert types.ui.headingLabel.text() == "Tipos de atendimento"
    close = types.ui.closeBox.button(QDialogButtonBox.StandardButton.Close)
    assert close.text().replace("&", "") == "Fechar"
    screen = types.screen().availableGeometry()
    assert types.frameGeometry().center() != screen.topLeft() and types.x() > screen.x()  # not the corner
    types.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is types, timeout=KEY_WAIT_MS)
    types.ui.typesTable.setFocus()
    press(qtbot, Key.Key_Escape, widget=types.ui.typesTable)
    qtbot.waitUntil(lambda: not types.isVisible(), timeout=KEY_WAIT_MS)

    window.ui.actionRouters.trigger()
    routers = window.routers_controller.window
    qtbot.waitUntil(routers.isVisible, timeout=KEY_WAIT_MS)
    routers.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is routers, timeout=KEY_WAIT_MS)
    press(qtbot, Key.Key_Escape, widget=routers.ui.routersTable)
    qtbot.waitUntil(lambda: not routers.isVisible(), timeout=KEY_WAIT_MS)
    assert api.sent("GET", "/routers")  # the window asked the server for its list


def test_the_wizard_fits_the_screen_and_remembers_its_geometry(qtbot, controller, api):
    recorded_session(api, controller, "wizard")
    window = login(qtbot, controller, SERVER)
    wizard = open_wizard(qtbot, window)
    screen = wizard.screen().availableGeometry()
    least = wizard.minimumSizeHint()  # (the offscreen screen may be narrower than a real 1366)
    assert wizard.width() <= max(screen.width(), least.width())
    assert wizard.frameGeometry().height() <= max(screen.height(), least.height())
    target = (max(720, least.width()), 520)
    wizard.resize(*target)
    wizard.park()
    qtbot.waitUntil(lambda: window.wizard_launcher.wizard is None, timeout=KEY_WAIT_MS)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=KEY_WAIT_MS)
    wizard = open_wizard(qtbot, window)
    assert (wizard.width(), wizard.height()) == target
    assert len(api.sent("POST", "/protocols")) == 2  # each F2 reserved its protocol
    wizard.park()
