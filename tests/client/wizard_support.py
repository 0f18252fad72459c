"""Keyboard flows through the Novo Atendimento wizard shared by its widget tests on a recorded session
(tests/client/test_*_wizard.py, a FakeApi) and the same tests against a real server (tests/e2e/): each
flow takes the wizard (or the server, the window) as a parameter, asserts what both must see, and leaves
to the caller what only one of them can check (the requests a FakeApi got, what the server reads back)."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt

from ..e2e.helpers import (
    ALT,
    CTRL,
    KEY_WAIT_MS,
    Key,
    choose_type_and_checks,
    fill_to_first_contact,
    focused,
    login,
    open_wizard,
    press,
    type_text,
)

SHOTS = Path(os.environ.get("ISP_DESK_SCREENSHOTS_DIR") or Path(tempfile.gettempdir()) / "isp-desk-screenshots")


def shot(name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    return SHOTS / name


def _nothing() -> None:
    return None


def wizard_at_first_contact(qtbot, controller, server, client: dict):
    """Logged in as operador, F2, steps 1-4 for `client` and the first contact's type and checks typed:
    (the wizard's launcher, the wizard)."""
    window = login(qtbot, controller, server)
    wizard = open_wizard(qtbot, window)
    fill_to_first_contact(qtbot, wizard, client, "Sem sinal desde ontem.")
    choose_type_and_checks(qtbot, wizard, "Sem", "Luz LOS vermelha.")
    return window.wizard_launcher, wizard


def finalized(qtbot, launcher, timeout: int):
    """After Finalizar: the summary once it is up."""
    qtbot.waitUntil(lambda: launcher.last_summary is not None, timeout=timeout)
    return launcher.last_summary


def delivered(qtbot, launcher, summary, timeout: int) -> int:
    """The summary's ticket created and the outbox empty: the ticket's id."""
    qtbot.waitUntil(lambda: summary.ticket is not None, timeout=timeout)
    qtbot.waitUntil(lambda: launcher.outbox.all() == [], timeout=timeout)
    return summary.ticket["id"]


def attachment_files(tmp_path: Path, monkeypatch) -> None:
    """Anexar... picks first a file over the 20 MB default and a photo, then a PDF."""
    from desk_client.attachments import picker

    photo, sheet, big = tmp_path / "foto da ONU.png", tmp_path / "laudo.pdf", tmp_path / "video.mp4"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"1" * 5000)
    sheet.write_bytes(b"%PDF-1.4 laudo")
    with open(big, "wb") as out:
        out.truncate(21 * 1024 * 1024)  # over the 20 MB default: refused before anything is copied
    picks = [[str(big), str(photo)], [str(sheet)]]
    monkeypatch.setattr(picker, "ask_paths", lambda parent: picks.pop(0))


def attachment_and_email_with_the_keyboard(qtbot, wizard, client: dict, template_name: str, *,
                                           on_rendered=_nothing, on_refused=_nothing) -> dict:
    """From the first contact (`attachment_files` set up): Adicionar Anexo and Enviar E-mail, the big
    file refused and the photo noted, the template `template_name` filled by the server, cc, read
    receipt, {boleto} refused by name then removed, the PDF attached; Finalizar is not pressed.
    `on_rendered()` runs once the template is filled, `on_refused()` while {boleto} keeps Finalizar from
    going on. Returns the e-mail's state (wizard.state.email)."""
    contact_email = client["contacts"][0]["email"]
    first = wizard.pages["first_contact"]
    press(qtbot, Key.Key_A, ALT)                                   # Adicionar &Anexo
    qtbot.waitUntil(lambda: first.ui.attachButton.isChecked(), timeout=KEY_WAIT_MS)
    press(qtbot, Key.Key_M, ALT)                                   # Enviar E-&mail
    qtbot.waitUntil(lambda: first.ui.emailButton.isChecked(), timeout=KEY_WAIT_MS)
    assert [s.key for s in wizard.registry.applicable(wizard.state)][-2:] == ["attachment", "email"] or \
        "attachment" in [s.key for s in wizard.registry.applicable(wizard.state)]
    assert wizard.receipt_option.isChecked() and contact_email in wizard.receipt_option.text()

    press(qtbot, Key.Key_Return, CTRL)
    while wizard.current.key != "attachment":                      # past other issues' optional steps
        press(qtbot, Key.Key_Return, CTRL)
    page = wizard.pages["attachment"]
    assert focused() is page.ui.addButton
    press(qtbot, Key.Key_Space)                                    # Anexar...: the big file and the photo
    assert [e["name"] for e in page.entries] == ["foto da ONU.png"]
    assert "video.mp4" in page.ui.errorLabel.text() and "limite é 20 MB" in page.ui.errorLabel.text()
    assert focused() is page.ui.noteEdit
    type_text(qtbot, "Foto da caixa")
    assert page.entries[0]["note"] == "Foto da caixa"
    wizard.grab().save(str(shot("wizard-anexo.png")))

    press(qtbot, Key.Key_Return, CTRL)
    assert wizard.current.key == "email"
    email = wizard.pages["email"]
    assert focused() is email.ui.templateCombo
    qtbot.waitUntil(lambda: email.ui.templateCombo.findText(template_name) > 0, timeout=KEY_WAIT_MS)
    type_text(qtbot, "Visita")                                     # keyboard search in the combo
    qtbot.waitUntil(lambda: wizard.state.email["subject"].startswith("Atendimento "), timeout=KEY_WAIT_MS)
    d = wizard.state.email
    assert d["subject"] == f"Atendimento {wizard.state.protocol_formatted}"
    assert client["name"] in d["body"] and "{" not in d["body"]
    on_rendered()
    assert email.ui.recipientsList.item(0).checkState() == Qt.CheckState.Checked
    press(qtbot, Key.Key_C, ALT)                                   # &Cópia E-mail
    type_text(qtbot, "gerente@exemplo.com.br")
    press(qtbot, Key.Key_L, ALT)                                   # Solicitar confirmação de &leitura
    qtbot.waitUntil(lambda: d["read_receipt"] is True, timeout=KEY_WAIT_MS)
    press(qtbot, Key.Key_D, ALT)                                   # Conteú&do: an unknown variable
    assert focused() is email.ui.bodyEdit
    press(qtbot, Key.Key_End, CTRL)
    type_text(qtbot, " Boleto: {boleto}")
    assert "{boleto}" in email.ui.previewLabel.text()
    press(qtbot, Key.Key_F, ALT)                                   # Finalizar is refused, naming it
    qtbot.waitUntil(lambda: "{boleto}" in wizard.ui.errorLabel.text(), timeout=KEY_WAIT_MS)
    assert wizard.current.key == "email"
    assert focused() is email.ui.bodyEdit
    on_refused()
    for _ in range(len(" Boleto: {boleto}")):
        press(qtbot, Key.Key_Backspace)
    qtbot.waitUntil(lambda: not wizard.ui.errorLabel.isVisible(), timeout=KEY_WAIT_MS)
    press(qtbot, Key.Key_N, ALT)                                   # A&nexar arquivo...: the PDF
    qtbot.waitUntil(lambda: [f["name"] for f in d["files"]] == ["laudo.pdf"], timeout=KEY_WAIT_MS)
    wizard.grab().save(str(shot("wizard-email.png")))
    return d


def service_order_and_task_with_the_keyboard(qtbot, wizard, technician: dict, blocker: dict) -> None:
    """From the first contact: Pedir O.S. and Tarefa; the O.S. for `technician` ("Zeca...") at 09:30 is
    refused (`blocker`, 09:00-10:00, is in the way) and the first offered slot, 10:00, taken; the task
    "Levar ONU reserva" for the cargo Técnico de Campo. Finalizar is not pressed."""
    first = wizard.pages["first_contact"]
    assert first.ui.serviceOrderButton.isEnabled() and first.ui.taskButton.isEnabled()
    press(qtbot, Key.Key_O, ALT)                                   # Pedir &O.S. (a mnemonic clicks after ~100 ms)
    qtbot.waitUntil(lambda: first.ui.serviceOrderButton.isChecked(), timeout=KEY_WAIT_MS)
    press(qtbot, Key.Key_E, ALT)                                   # Tar&efa
    qtbot.waitUntil(lambda: first.ui.taskButton.isChecked(), timeout=KEY_WAIT_MS)
    assert [s.key for s in wizard.registry.applicable(wizard.state)][-2:] == ["service_order", "task"]
    press(qtbot, Key.Key_Return, CTRL)
    assert wizard.current.key == "service_order"
    form = wizard.pages["service_order"].form
    qtbot.waitUntil(lambda: form.ui.technicianCombo.count() > 1 and form.ui.typeCombo.count() > 1,
                    timeout=KEY_WAIT_MS)
    assert focused() is form.ui.technicianCombo
    type_text(qtbot, "Zeca")                                       # keyboard search in the combo (QTest types ASCII only)
    assert form.data["technician_id"] == technician["id"]
    press(qtbot, Key.Key_Tab)                                      # status: Agendada
    assert form.data["status"] == "scheduled"
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, "Reparo")                                     # Tipo de OS
    assert form.data["type_name"] == "Reparo sem conexão" and form.data["duration_minutes"] == 60
    press(qtbot, Key.Key_Tab)                                      # Data: today by default
    press(qtbot, Key.Key_Tab)
    assert focused() is form.ui.startEdit
    type_text(qtbot, "0930")                                       # 09:30 overlaps the blocker
    qtbot.waitUntil(lambda: form.data.get("busy_for") == [technician["id"], form.data["date"]], timeout=KEY_WAIT_MS)
    assert form.data["start"] == "09:30"
    qtbot.waitUntil(lambda: form.ui.conflictLabel.isVisible(), timeout=KEY_WAIT_MS)
    assert "09:00–10:00" in form.ui.conflictLabel.text() and blocker["protocol_formatted"] in form.ui.conflictLabel.text()
    assert form.offered_texts()[:2] == ["1 10:00–11:00", "2 08:00–09:00"]
    if os.environ.get("ISP_DESK_SCREENSHOTS_DIR"):
        wizard.grab().save(str(Path(os.environ["ISP_DESK_SCREENSHOTS_DIR"]) / "wizard_7_os_agenda_ocupado.png"))
    press(qtbot, Key.Key_Return, CTRL)                             # refused: still on the step, focus on Início
    assert wizard.current.key == "service_order" and focused() is form.ui.startEdit
    press(qtbot, Key.Key_1, ALT)                                   # the first offered slot
    qtbot.waitUntil(lambda: form.data["start"] == "10:00", timeout=KEY_WAIT_MS)
    assert not form.ui.conflictLabel.isVisible()
    press(qtbot, Key.Key_Return, CTRL)
    assert wizard.current.key == "task"
    task_form = wizard.pages["task"].form
    assert focused() is task_form.ui.titleEdit
    type_text(qtbot, "Levar ONU reserva")
    press(qtbot, Key.Key_Tab)
    qtbot.waitUntil(lambda: task_form.ui.assigneeCombo.count() > 1, timeout=KEY_WAIT_MS)
    type_text(qtbot, "T")                                          # cargo Técnico de Campo
    assert wizard.state.task["assignee"]["name"] == "Técnico de Campo"
