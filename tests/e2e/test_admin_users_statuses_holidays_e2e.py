"""Administração → Usuários, Status de atendimento and Feriados municipais against a real server
process, with the keyboard (Ins adds, Enter on a row edits, Enter in a dialog saves): what is saved is
read back from the server, and the server's rules (403 for operators and supervisors, the login lock
after wrong passwords, names and days taken) are seen through the windows. (Who sees these menu
entries is tested on canned JSON in tests/client/test_admin_users_statuses_holidays.py.)

    ISP_DESK_SCREENSHOTS_DIR=/tmp/shots pytest tests/e2e/test_admin_users_statuses_holidays_e2e.py
also saves each window and its edit dialog as PNGs."""
from __future__ import annotations

import os
import random
import uuid
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from ..client.gui_support import WAIT, logged_in

pytestmark = [pytest.mark.gui, pytest.mark.e2e]  # (tests/e2e/conftest.py destroys closed windows on the GUI thread)


def call(server, method: str, path: str, user: str = "admin", **kw) -> httpx.Response:
    headers = {"Authorization": f"Bearer {server.token(user)}"}
    return httpx.request(method, f"{server.url}/api/v1{path}", headers=headers, **kw)


def login(server, username: str, password: str) -> int:
    return httpx.post(f"{server.url}/api/v1/auth/login", json={"username": username, "password": password}).status_code


def shot(widget, name: str) -> None:
    folder = os.environ.get("ISP_DESK_SCREENSHOTS_DIR")
    if folder:
        QApplication.processEvents()
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert widget.grab().save(str(Path(folder) / f"{name}.png"))


def row_of(table, text: str) -> int:
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text() == text)


def press(qtbot, button) -> None:
    """A button reached with Tab and pressed with the space bar (Alt+letter needs an active window)."""
    qtbot.waitUntil(button.isEnabled, timeout=WAIT)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def open_admin(qtbot, window, action, attr: str):
    assert action.isVisible() and action.isEnabled()
    action.trigger()
    opened = getattr(window, attr)
    qtbot.waitUntil(lambda: opened.ready and opened.table().rowCount() > 0, timeout=WAIT)
    return opened


def new_dialog(qtbot, admin_window):
    admin_window.table().setFocus()
    qtbot.keyClick(admin_window.table(), Qt.Key.Key_Insert)                       # Ins: Novo…
    dialog = admin_window.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    return dialog


def edit_dialog(qtbot, admin_window, name: str):
    table = admin_window.table()
    table.selectRow(row_of(table, name))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)                                      # Enter: Editar…
    dialog = admin_window.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    return dialog


def saved(qtbot, dialog, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)                                     # Salvar is the default
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)


def test_operators_and_supervisors_do_not_get_the_users_window(qtbot, controller, live_server):
    window = logged_in(qtbot, controller, live_server, "operador")
    for action in (window.ui.actionUsers, window.ui.actionTicketStatuses, window.ui.actionHolidays):
        assert not action.isVisible()
    assert not [a for a in window.ui.menuAdmin.actions() if a.isVisible() and not a.isSeparator()]
    assert call(live_server, "POST", "/ticket-statuses", "operador", json={"name": "Xx", "category": "open"}
                ).status_code == 403
    assert call(live_server, "POST", "/users/1/unlock", "supervisor").status_code == 403
    window.close()
    QApplication.processEvents()


def test_admin_adds_edits_and_unlocks_users(qtbot, controller, live_server):
    window = logged_in(qtbot, controller, live_server, "admin")
    users = open_admin(qtbot, window, window.ui.actionUsers, "users_window")
    assert users.ui.countLabel.text().endswith("usuários")
    shot(users, "users")

    # Ins: a new technician in "Suporte N2"
    username = f"joana.{uuid.uuid4().hex[:5]}"
    dialog = new_dialog(qtbot, users)
    qtbot.keyClicks(dialog.ui.usernameEdit, username)
    qtbot.keyClicks(dialog.ui.nameEdit, "Joana Teste")
    qtbot.keyClicks(dialog.ui.emailEdit, f"{username}@example.com")
    dialog.ui.roleCombo.setFocus()
    qtbot.keyClick(dialog.ui.roleCombo, Qt.Key.Key_Down)                          # Operador → Técnico
    qtbot.keyClicks(dialog.ui.passwordEdit, "abc")                               # too short: said before saving
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    assert "6 caracteres" in dialog.ui.errorLabel.text() and dialog.isVisible()
    qtbot.keyClicks(dialog.ui.passwordEdit, "defgh")
    cargos = dialog.ui.cargosList
    cargos.setFocus()
    cargos.setCurrentRow(next(i for i in range(cargos.count()) if cargos.item(i).text() == "Suporte N2"))
    qtbot.keyClick(cargos, Qt.Key.Key_Space)                                     # check the cargo
    shot(dialog, "users-new-dialog")
    saved(qtbot, dialog, dialog.ui.nameEdit)
    created = next(u for u in call(live_server, "GET", "/users").json()["items"] if u["username"] == username)
    n2 = next(c for c in call(live_server, "GET", "/cargos").json()["items"] if c["name"] == "Suporte N2")
    assert (created["name"], created["role"], created["cargo_ids"], created["active"]) == (
        "Joana Teste", "technician", [n2["id"]], True)
    assert login(live_server, username, "abcdefgh") == 200
    assert "salvo" in users.ui.statusLabel.text()

    # Enter on the row: the login is fixed (greyed out), the name changes, the user is deactivated
    dialog = edit_dialog(qtbot, users, "Joana Teste")
    assert not dialog.ui.usernameEdit.isEnabled() and dialog.ui.usernameEdit.text() == username
    dialog.ui.nameEdit.selectAll()
    qtbot.keyClicks(dialog.ui.nameEdit, "Joana Revisada")
    dialog.ui.activeCheck.setFocus()
    qtbot.keyClick(dialog.ui.activeCheck, Qt.Key.Key_Space)                      # Ativo off
    shot(dialog, "users-edit-dialog")
    saved(qtbot, dialog, dialog.ui.nameEdit)
    edited = call(live_server, "GET", f"/users/{created['id']}").json()
    assert (edited["name"], edited["active"], edited["cargo_ids"]) == ("Joana Revisada", False, [n2["id"]])
    table = users.table()
    assert "Joana Revisada" not in [table.item(r, 0).text() for r in range(table.rowCount())]

    # Desbloquear: a user held back by wrong passwords logs in again
    locked = f"bloq.{uuid.uuid4().hex[:5]}"
    assert call(live_server, "POST", "/users", json={"username": locked, "name": "Bloqueado Teste",
                                                     "role": "operator", "password": "certa123"}).status_code == 201
    statuses = [login(live_server, locked, f"errada{i}") for i in range(8)]
    assert statuses[0] == 401 and statuses[-1] == 429, statuses
    assert login(live_server, locked, "certa123") == 429                         # held back, right password too
    press(qtbot, users.ui.refreshButton)                                          # Atualizar
    qtbot.waitUntil(lambda: users.ready and "Bloqueado Teste" in
                    [table.item(r, 0).text() for r in range(table.rowCount())], timeout=WAIT)
    table.selectRow(row_of(table, "Bloqueado Teste"))
    press(qtbot, users.ui.unlockButton)                                           # Desbloquear
    qtbot.waitUntil(lambda: "liberado" in users.ui.statusLabel.text(), timeout=WAIT)
    assert f"Usuário “{locked}” liberado: 1 bloqueio removido." == users.ui.statusLabel.text()
    assert login(live_server, locked, "certa123") == 200
    press(qtbot, users.ui.unlockButton)
    qtbot.waitUntil(lambda: "não estava bloqueado" in users.ui.statusLabel.text(), timeout=WAIT)
    window.close()
    QApplication.processEvents()
    assert window.users_window is None or not window.users_window.isVisible()


def test_supervisor_adds_and_edits_a_ticket_status(qtbot, controller, live_server):
    window = logged_in(qtbot, controller, live_server, "supervisor")
    assert not window.ui.actionUsers.isVisible()
    statuses = open_admin(qtbot, window, window.ui.actionTicketStatuses, "ticket_statuses_window")
    shot(statuses, "ticket-statuses")
    name = f"Aguardando peca {uuid.uuid4().hex[:4]}"
    dialog = new_dialog(qtbot, statuses)
    qtbot.keyClicks(dialog.ui.nameEdit, name)
    dialog.ui.categoryCombo.setFocus()
    qtbot.keyClick(dialog.ui.categoryCombo, Qt.Key.Key_Down)                      # Em andamento → Aguardando
    dialog.ui.positionSpin.setFocus()
    dialog.ui.positionSpin.selectAll()
    qtbot.keyClicks(dialog.ui.positionSpin, "42")
    shot(dialog, "ticket-statuses-new-dialog")
    saved(qtbot, dialog, dialog.ui.nameEdit)
    rows = call(live_server, "GET", "/ticket-statuses", "supervisor", params={"include_inactive": "true"}).json()
    created = next(s for s in rows["items"] if s["name"] == name)
    assert (created["category"], created["position"], created["active"]) == ("waiting_customer", 42, True)
    assert statuses.table().item(row_of(statuses.table(), name), 1).text() == "Aguardando cliente"

    dialog = edit_dialog(qtbot, statuses, name)
    assert dialog.ui.categoryCombo.currentData() == "waiting_customer"
    qtbot.keyClick(dialog.ui.categoryCombo, Qt.Key.Key_Up)                        # back to Em andamento
    dialog.ui.activeCheck.setFocus()
    qtbot.keyClick(dialog.ui.activeCheck, Qt.Key.Key_Space)                      # deactivated
    shot(dialog, "ticket-statuses-edit-dialog")
    saved(qtbot, dialog, dialog.ui.nameEdit)
    edited = call(live_server, "GET", "/ticket-statuses", "supervisor", params={"include_inactive": "true"}).json()
    edited = next(s for s in edited["items"] if s["id"] == created["id"])
    assert (edited["category"], edited["active"]) == ("in_progress", False)

    dialog = new_dialog(qtbot, statuses)                                          # a name taken: the server's words
    qtbot.keyClicks(dialog.ui.nameEdit, name)
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.ui.errorLabel.isVisible, timeout=WAIT)
    assert "Já existe" in dialog.ui.errorLabel.text()
    dialog.reject()
    window.close()
    QApplication.processEvents()


def test_supervisor_adds_a_municipal_holiday(qtbot, controller, live_server):
    window = logged_in(qtbot, controller, live_server, "supervisor")
    holidays = open_admin_empty_ok(qtbot, window)
    day = QDate(2040 + random.randrange(40), random.randrange(1, 13), random.randrange(1, 29))
    dialog = new_dialog(qtbot, holidays)
    assert dialog.focusWidget() is dialog.ui.dayEdit
    qtbot.keyClicks(dialog.ui.dayEdit, day.toString("ddMMyyyy"))                  # typed: sections advance
    assert dialog.ui.dayEdit.date() == day
    qtbot.keyClick(dialog.ui.dayEdit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.ui.nameEdit, "Aniversario da cidade")
    shot(dialog, "holidays-new-dialog")
    saved(qtbot, dialog, dialog.ui.nameEdit)
    listed = call(live_server, "GET", "/municipal-holidays", "supervisor").json()["items"]
    assert {"day": day.toString("yyyy-MM-dd"), "name": "Aniversario da cidade"} in [
        {"day": h["day"], "name": h["name"]} for h in listed]
    table = holidays.table()
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == day.toString("dd/MM/yyyy"))
    assert table.item(row, 2).text() == "Aniversario da cidade"
    assert "recalculados" in holidays.ui.statusLabel.text()
    shot(holidays, "holidays")

    dialog = new_dialog(qtbot, holidays)                                          # the same day twice: refused
    dialog.ui.dayEdit.setDate(day)
    qtbot.keyClicks(dialog.ui.nameEdit, "Outro")
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.ui.errorLabel.isVisible, timeout=WAIT)
    assert "Já existe um feriado" in dialog.ui.errorLabel.text()
    dialog.reject()

    shown = day.toString("dd/MM/yyyy")                                             # Enter on its row: Editar
    dialog = edit_dialog(qtbot, holidays, shown)
    assert dialog.windowTitle() == "Editar feriado municipal" and dialog.ui.activeCheck.isVisible()
    assert (dialog.ui.dayEdit.date(), dialog.ui.nameEdit.text()) == (day, "Aniversario da cidade")
    dialog.ui.nameEdit.setFocus()
    dialog.ui.nameEdit.selectAll()
    qtbot.keyClicks(dialog.ui.nameEdit, "Padroeira da cidade")
    shot(dialog, "holidays-edit-dialog")
    saved(qtbot, dialog, dialog.ui.nameEdit)
    mine = [h for h in call(live_server, "GET", "/municipal-holidays", "supervisor").json()["items"]
            if h["day"] == day.toString("yyyy-MM-dd")]
    assert [(h["name"], h["active"]) for h in mine] == [("Padroeira da cidade", True)]
    assert holidays.table().item(row_of(holidays.table(), shown), 2).text() == "Padroeira da cidade"

    dialog = edit_dialog(qtbot, holidays, shown)                                   # untick Ativo: it stops counting
    dialog.ui.activeCheck.setFocus()
    qtbot.keyClick(dialog.ui.activeCheck, Qt.Key.Key_Space)
    assert not dialog.ui.activeCheck.isChecked()
    saved(qtbot, dialog, dialog.ui.nameEdit)
    everything = call(live_server, "GET", "/municipal-holidays", "supervisor", params={"include_inactive": "true"})
    mine = [h for h in everything.json()["items"] if h["day"] == day.toString("yyyy-MM-dd")]
    assert [h["active"] for h in mine] == [False]
    table = holidays.table()
    assert shown not in [table.item(r, 0).text() for r in range(table.rowCount())]  # hidden by default
    holidays.ui.inactiveCheck.setFocus()
    qtbot.keyClick(holidays.ui.inactiveCheck, Qt.Key.Key_Space)                   # Mostrar inativos
    assert table.item(row_of(table, shown), 3).text() == "Inativo"
    window.close()
    QApplication.processEvents()


def open_admin_empty_ok(qtbot, window):
    """Feriados municipais may start empty: wait for the list, not for rows."""
    action = window.ui.actionHolidays
    assert action.isVisible() and action.isEnabled()
    action.trigger()
    holidays = window.holidays_window
    qtbot.waitUntil(lambda: holidays.ready and holidays.ui.countLabel.text() != "", timeout=WAIT)
    assert holidays.ui.editButton.isVisible() and holidays.ui.inactiveCheck.isVisible()
    return holidays
