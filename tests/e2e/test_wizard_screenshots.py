"""Screenshots of every step of Novo Atendimento and of the administration windows, taken from the
real client against a real server (offscreen). They are written to $ISP_DESK_SCREENSHOTS_DIR when set
(docs/screenshots is made that way), otherwise to a temporary folder, and checked not to be blank."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desk_client.paths import data_dir
from desk_client.wizard.drafts import DraftStore
from desk_client.wizard.state import WizardState
from tests.screenshot_support import brazilian_locale, save_screenshot

from .helpers import (
    CTRL,
    KEY_WAIT_MS,
    Key,
    choose_client,
    choose_type_and_checks,
    demo_client,
    fill_to_first_contact,
    login,
    open_abandon_dialog,
    open_wizard,
    press,
    type_text,
)

pytestmark = [pytest.mark.gui, pytest.mark.e2e]


@pytest.fixture(autouse=True)
def _brazilian_locale():
    with brazilian_locale():
        yield


def shot(widget, folder: Path, name: str) -> Path:
    return save_screenshot(widget, folder, name, min_width=200, min_height=100)


def test_screenshots_of_every_step(qtbot, controller, private_live_server, tmp_path):
    server = private_live_server
    folder = Path(os.environ.get("ISP_DESK_SCREENSHOTS_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    token = server.token("operador")
    client = demo_client(server, token, with_parent=True, with_contacts=True)

    # a draft left by a crash, so the resume offer shows up after the login
    leftover = WizardState(username="operador", protocol="202611220000994", current_step="service",
                           client={"id": 1, "name": "Stella Maria Julia Alves"}, problem="Sem internet")
    DraftStore(data_dir() / "drafts", "operador").save_now(leftover)
    window = login(qtbot, controller, server)
    window.resize(1100, 680)
    launcher = window.wizard_launcher
    qtbot.waitUntil(lambda: launcher.resume_box is not None and launcher.resume_box.isVisible(), timeout=KEY_WAIT_MS)
    shot(launcher.resume_box, folder, "wizard_0_retomar_rascunho")
    later = next(b for b in launcher.resume_box.buttons() if b.text() == "Agora &não")
    later.click()
    qtbot.waitUntil(lambda: launcher.resume_box is None, timeout=KEY_WAIT_MS)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=KEY_WAIT_MS)

    wizard = open_wizard(qtbot, window)
    qtbot.waitUntil(lambda: wizard.ctx.catalog.ready("ticket_types"), timeout=KEY_WAIT_MS)
    shot(wizard, folder, "wizard_1_protocolo")
    press(qtbot, Key.Key_Return)
    search = wizard.pages["locate"].search
    type_text(qtbot, "silva")
    qtbot.waitUntil(lambda: len(search.results) > 3, timeout=KEY_WAIT_MS)
    shot(wizard, folder, "wizard_2_localizar_cliente")
    search.clear()
    search.focus_search()
    type_text(qtbot, client["document"])
    qtbot.waitUntil(lambda: [r["id"] for r in search.results] == [client["id"]], timeout=KEY_WAIT_MS)
    press(qtbot, Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.ctx.client_detailed(), timeout=KEY_WAIT_MS)
    press(qtbot, Key.Key_Down)
    shot(wizard, folder, "wizard_3_dados_do_cliente")
    press(qtbot, Key.Key_Return)                          # the focus lands on Problema
    type_text(qtbot, "Internet caindo varias vezes ao dia, principalmente a noite.")
    QApplication.processEvents()
    qtbot.waitUntil(lambda: True, timeout=100)
    shot(wizard, folder, "wizard_4_dados_atend")
    press(qtbot, Key.Key_Return, CTRL)
    page = wizard.pages["first_contact"]
    qtbot.waitUntil(lambda: page.ui.parentBanner.isVisible(), timeout=KEY_WAIT_MS)
    type_text(qtbot, "Sem")                                # the focus lands on the type
    press(qtbot, Key.Key_Tab)
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, "ONU com luz LOS vermelha; cliente reiniciou o roteador.")
    shot(wizard, folder, "wizard_5_prim_contato")
    press(qtbot, Key.Key_Return, CTRL)
    wizard.ui.busyBar.setVisible(True)  # what the footer shows while sending
    qtbot.waitUntil(lambda: launcher.last_summary is not None and launcher.last_summary.ticket is not None,
                    timeout=KEY_WAIT_MS)
    shot(launcher.last_summary, folder, "wizard_6_resumo")
    launcher.last_summary.close()

    # kinds other than Cliente: Prospecto and P. Acesso
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=KEY_WAIT_MS)
    wizard = open_wizard(qtbot, window)
    wizard.pages["protocol"].ui.prospectRadio.setChecked(True)
    press(qtbot, Key.Key_Return, widget=wizard.pages["protocol"].ui.prospectRadio)
    locate = wizard.pages["locate"]
    qtbot.waitUntil(lambda: locate.ui.prospectTable.rowCount() > 0, timeout=KEY_WAIT_MS)
    shot(wizard, folder, "wizard_2_localizar_prospecto")
    press(qtbot, Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    wizard.pages["protocol"].ui.accessPointRadio.setChecked(True)
    press(qtbot, Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: locate.ui.accessPointTable.rowCount() > 0, timeout=KEY_WAIT_MS)
    type_text(qtbot, "OLT")
    shot(wizard, folder, "wizard_2_localizar_p_acesso")
    press(qtbot, Key.Key_Return)                         # validation message when nothing fits
    press(qtbot, Key.Key_Return, CTRL)                   # empty problem: stays, says why
    qtbot.waitUntil(lambda: wizard.ui.errorLabel.isVisible(), timeout=KEY_WAIT_MS)
    shot(wizard, folder, "wizard_4_validacao")

    # Esc: abandon with a reason
    dialog = open_abandon_dialog(qtbot, wizard)
    dialog.ui.reasonCombo.setCurrentIndex(1)
    shot(dialog, folder, "wizard_7_abandonar")
    press(qtbot, Key.Key_Return)
    qtbot.waitUntil(lambda: launcher.wizard is None, timeout=KEY_WAIT_MS)

    # the server goes down at Finalizar: the summary says so and the status bar shows the outbox
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=KEY_WAIT_MS)
    launcher.last_summary = None
    wizard = open_wizard(qtbot, window)
    other = demo_client(server, token, skip=(client["id"],))
    fill_to_first_contact(qtbot, wizard, other, "Sem sinal.")
    choose_type_and_checks(qtbot, wizard, "Sem", "Nada.")
    server.stop()
    press(qtbot, Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: launcher.last_summary is not None, timeout=45_000)
    shot(launcher.last_summary, folder, "wizard_8_resumo_aguardando_servidor")
    launcher.last_summary.close()
    qtbot.waitUntil(lambda: launcher.indicator.isVisible(), timeout=KEY_WAIT_MS)
    qtbot.waitUntil(lambda: "sem conexão" in window.connection_label.text(), timeout=20_000)
    shot(window, folder, "wizard_9_indicador_envio_pendente")
    server.start()
    qtbot.waitUntil(lambda: not launcher.indicator.isVisible(), timeout=45_000)


def test_screenshots_of_the_administration(qtbot, controller, live_server, tmp_path):
    folder = Path(os.environ.get("ISP_DESK_SCREENSHOTS_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    window = login(qtbot, controller, live_server, "supervisor")
    window.ui.actionTicketTypes.trigger()
    types = window.ticket_types_controller.window
    types.resize(900, 420)
    qtbot.waitUntil(lambda: types.ready and types.ui.typesTable.rowCount() >= 7, timeout=KEY_WAIT_MS)
    shot(types, folder, "admin_tipos_de_atendimento")
    row = next(r for r in range(types.ui.typesTable.rowCount())
               if types.ui.typesTable.item(r, 0).text() == "Falha massiva")
    types.ui.typesTable.selectRow(row)
    types.ui.editButton.click()
    qtbot.waitUntil(lambda: types.dialog is not None and types.dialog.isVisible(), timeout=KEY_WAIT_MS)
    shot(types.dialog, folder, "admin_tipo_de_atendimento_editar")
    types.dialog.reject()
    types.ui.cargosButton.click()
    cargos = types.cargos_window
    cargos.resize(760, 360)
    qtbot.waitUntil(lambda: cargos.ready and cargos.ui.cargosTable.rowCount() >= 4, timeout=KEY_WAIT_MS)
    shot(cargos, folder, "admin_cargos")
    cargos.ui.cargosTable.selectRow(0)
    cargos.ui.editButton.click()
    qtbot.waitUntil(lambda: cargos.dialog is not None and cargos.dialog.isVisible(), timeout=KEY_WAIT_MS)
    shot(cargos.dialog, folder, "admin_cargo_editar")
    cargos.dialog.reject()
    cargos.close()
    types.close()


def test_screenshot_of_a_suspended_client_in_red(qtbot, controller, live_server, tmp_path):
    from .helpers import api_get

    folder = Path(os.environ.get("ISP_DESK_SCREENSHOTS_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    token = live_server.token("operador")
    found = None
    for q in ("silva", "santos", "souza", "oliveira", "costa", "lima", "pereira"):
        for row in api_get(live_server, token, "/clients/search", q=q, field="name", limit=100)["items"]:
            if row["status"] == "suspenso" and api_get(live_server, token, f"/clients/{row['id']}")["overdue_invoices"]:
                found = row
                break
        if found:
            break
    assert found
    window = login(qtbot, controller, live_server)
    wizard = open_wizard(qtbot, window)
    choose_client(qtbot, wizard, found)
    page = wizard.pages["client"]
    qtbot.waitUntil(lambda: wizard.ctx.client_detailed() and "vencida" in page.ui.alertLabel.text(),
                    timeout=KEY_WAIT_MS)
    shot(wizard, folder, "wizard_3_dados_do_cliente_suspenso")
