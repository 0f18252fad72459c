"""Screenshots of the windows issue 9 changed, at a 1366×768 call-center screen size, on a private live
server that is stopped and started again under the wizard (the outage and the recovery are the server's
and the client's together, so this stays end to end; moved from tests/client/test_first_hour_screens.py
for issue 8). Written to
$ISP_DESK_SCREENSHOTS_DIR when set (else a temp folder); meant to run under Xvfb with the real xcb
platform as well as offscreen:

    xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb ISP_DESK_SCREENSHOTS_DIR=docs/screenshots \\
        .venv/bin/python -m pytest -q tests/e2e/test_first_hour_screens_e2e.py

Driven through the windows' methods (not key presses): without a window manager no window is
ever made active under Xvfb."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from ..screenshot_support import brazilian_locale, save_screenshot
from .helpers import KEY_WAIT_MS, demo_client, login

pytestmark = [pytest.mark.gui, pytest.mark.e2e]  # tests/e2e/conftest.py: GUI objects die on the GUI thread


@pytest.fixture(autouse=True)
def _pt_br():
    with brazilian_locale():
        yield


def shot(widget, folder: Path, name: str) -> Path:
    return save_screenshot(widget, folder, name)


def settle(qtbot, ms: int = 150) -> None:
    qtbot.wait(ms)  # layouts and charts repaint after the data arrived (screenshots only)


def test_screens_of_the_first_hour(qtbot, controller, private_live_server, tmp_path):
    server = private_live_server
    folder = Path(os.environ.get("ISP_DESK_SCREENSHOTS_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    client = demo_client(server, server.token("operador"), with_contacts=True)
    window = login(qtbot, controller, server, "supervisor")
    window.resize(1100, 680)
    settle(qtbot)
    shot(window, folder, "main_window")

    # the wizard, first while the server is away, then recovering by itself
    server.stop()
    window.ui.actionNewTicket.trigger()
    launcher = window.wizard_launcher
    qtbot.waitUntil(lambda: launcher.wizard is not None, timeout=KEY_WAIT_MS)
    wizard = launcher.wizard
    qtbot.waitUntil(lambda: wizard.ctx.protocol_status == "failed", timeout=KEY_WAIT_MS)
    settle(qtbot)
    shot(wizard, folder, "wizard_1_protocolo_sem_servidor")
    if QGuiApplication.platformName() == "xcb":
        QGuiApplication.primaryScreen().grabWindow(0).save(str(folder / "screen_1366x768_wizard.png"))
    server.start()
    qtbot.waitUntil(lambda: wizard.state.protocol is not None, timeout=20_000)
    qtbot.waitUntil(lambda: wizard.ctx.catalog.ready("ticket_types") and wizard.ctx.catalog.ready("cargos"),
                    timeout=KEY_WAIT_MS)
    settle(qtbot)
    shot(wizard, folder, "wizard_1_protocolo")

    wizard.advance()
    search = wizard.pages["locate"].search
    search.set_query("silva")
    qtbot.waitUntil(lambda: len(search.results) > 3, timeout=KEY_WAIT_MS)
    settle(qtbot)
    shot(wizard, folder, "wizard_2_localizar_cliente")
    search.set_query(client["document"])
    qtbot.waitUntil(lambda: [r["id"] for r in search.results] == [client["id"]], timeout=KEY_WAIT_MS)
    search.choose_current()
    qtbot.waitUntil(lambda: wizard.current.key == "client" and wizard.ctx.client_detailed(), timeout=KEY_WAIT_MS)
    settle(qtbot)
    shot(wizard, folder, "wizard_3_dados_do_cliente")

    wizard.advance()
    wizard.advance()                                      # no problem yet: the message, below the form
    settle(qtbot, 600)
    shot(wizard, folder, "wizard_4_validacao")
    wizard.pages["service"].ui.problemEdit.setPlainText("Internet caindo várias vezes ao dia, principalmente à noite.")
    settle(qtbot, 600)
    shot(wizard, folder, "wizard_4_dados_atend")

    wizard.advance()
    page = wizard.pages["first_contact"]
    wizard.advance()                                      # no type yet: messages, focus on Tipo
    settle(qtbot)
    shot(wizard, folder, "wizard_5_prim_contato_validacao")
    combo = page.ui.ticketTypeCombo
    combo.setCurrentIndex(combo.findText("Sem conexão"))
    page.ui.checksEdit.setPlainText("ONU com luz LOS vermelha; cliente reiniciou o roteador.")
    settle(qtbot)
    shot(wizard, folder, "wizard_5_prim_contato")

    wizard.reject()                                       # Esc: the abandon dialog
    qtbot.waitUntil(lambda: wizard.abandon_dialog is not None and wizard.abandon_dialog.isVisible(),
                    timeout=KEY_WAIT_MS)
    settle(qtbot)
    shot(wizard.abandon_dialog, folder, "wizard_7_abandonar")
    wizard.abandon_dialog.reject()

    # logging out with the wizard open asks first
    window.ui.actionLogout.trigger()
    qtbot.waitUntil(lambda: getattr(window, "close_box", None) is not None, timeout=KEY_WAIT_MS)
    settle(qtbot)
    shot(window.close_box, folder, "sessao_encerrar_confirmacao")
    window.close_box.reject()
    wizard.park()

    # administration windows: heading, Fechar, placed over the main window
    window.ui.actionTicketTypes.trigger()
    types = window.ticket_types_controller.window
    qtbot.waitUntil(lambda: types.isVisible() and types.ready, timeout=KEY_WAIT_MS)
    settle(qtbot)
    shot(types, folder, "admin_tipos_de_atendimento")
    types.open_cargos()
    cargos = types.cargos_window
    qtbot.waitUntil(lambda: cargos.isVisible() and cargos.ready, timeout=KEY_WAIT_MS)
    settle(qtbot)
    shot(cargos, folder, "admin_cargos")
    cargos.close()
    types.close()
    window.ui.actionRouters.trigger()
    routers = window.routers_controller.window
    qtbot.waitUntil(lambda: routers.isVisible() and routers.ui.routersTable.rowCount() > 0, timeout=KEY_WAIT_MS)
    settle(qtbot)
    shot(routers, folder, "routers_window")
    routers.close()

    # Localizar Cliente and the client's Planos tab
    window.ui.actionFindClient.trigger()
    find = window.client_windows.find_window
    qtbot.waitUntil(find.isVisible, timeout=KEY_WAIT_MS)
    find.resize(1100, 560)
    find_search = find.search if hasattr(find, "search") else find.findChild(type(search))
    find_search.set_query("silva")
    qtbot.waitUntil(lambda: len(find_search.results) > 3, timeout=KEY_WAIT_MS)
    settle(qtbot)
    shot(find, folder, "find_client")
    find.close()
    detail = window.client_windows.open_client(client["id"])
    detail.resize(1100, 700)
    qtbot.waitUntil(lambda: detail.ui.subscriptionsTable.model().rowCount() > 0, timeout=KEY_WAIT_MS)
    detail.ui.tabWidget.setCurrentWidget(detail.ui.plansTab)
    settle(qtbot, 600)
    shot(detail, folder, "client_detail_planos")
    detail.close()
