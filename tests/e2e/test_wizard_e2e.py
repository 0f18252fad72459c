"""Novo Atendimento end to end: the real client, driven with the keyboard only, against a real
server process; results read back through the API."""
from __future__ import annotations

import gc
import time

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desk_client.ui.formats import format_protocol

from .helpers import (
    CTRL,
    KEY_WAIT_MS,
    Key,
    api_get,
    choose_client,
    choose_type_and_checks,
    demo_client,
    fill_to_first_contact,
    finish,
    finish_from_service,
    focused,
    login,
    open_abandon_dialog,
    open_wizard,
    press,
    to_client_step,
    type_text,
)

pytestmark = [pytest.mark.gui, pytest.mark.e2e]

def test_keyboard_only_ticket_is_created_with_every_field(qtbot, controller, live_server):
    token = live_server.token("operador")
    client = demo_client(live_server, token)
    window = login(qtbot, controller, live_server)
    launcher = window.wizard_launcher
    wizard = open_wizard(qtbot, window)
    protocol = wizard.state.protocol
    grouped = format_protocol(protocol)
    assert wizard.pages["protocol"].ui.protocolLabel.text() == grouped
    assert wizard.ui.protocolHeaderLabel.text() == grouped and grouped in wizard.windowTitle()
    press(qtbot, Key.Key_N, Qt.KeyboardModifier.AltModifier)   # "Copiar &número"
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == grouped, timeout=KEY_WAIT_MS)
    qtbot.waitUntil(lambda: focused() is not None and wizard.isAncestorOf(focused()), timeout=KEY_WAIT_MS)
    wizard.pages["protocol"].ui.clientRadio.setFocus()
    press(qtbot, Key.Key_F2)                             # F2 again: the same wizard, not a second one
    assert launcher.wizard is wizard
    assert [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "WizardWindow" and w.isVisible()] \
        == [wizard]

    fill_to_first_contact(qtbot, wizard, client, "Sem internet desde cedo.")
    assert wizard.ui.protocolHeaderLabel.text() == grouped   # the protocol stays in the header
    choose_type_and_checks(qtbot, wizard, "Sem", "Luzes da ONU ok; reiniciado.")
    state = wizard.state
    assert state.ticket_type["name"] == "Sem conexão"
    assert state.destination == {"kind": "cargo", "id": state.ticket_type["default_cargo_id"],
                                 "name": "Suporte N1"}
    assert wizard.ui.finishButton.isVisible() and not wizard.ui.nextButton.isVisible()
    summary = finish(qtbot, launcher)                   # Finalizar
    assert summary.ui.protocolLabel.text() == grouped
    assert summary.ui.destinationValue.text() == "Cargo: Suporte N1"
    assert not summary.ui.parentValue.isVisible()
    assert launcher.wizard is None

    items = api_get(live_server, token, "/tickets", protocol=grouped)["items"]
    assert len(items) == 1
    ticket = items[0]
    sub = next(s for s in client["subscriptions"] if s["status"] == "ativo")
    expected = {
        "protocol": protocol, "kind": "client", "client_id": client["id"], "subscription_id": sub["id"],
        "contact_id": client["contacts"][0]["id"] if client["contacts"] else None,
        "prospect_id": None, "access_point_id": None, "ticket_type": "Sem conexão", "channel": "phone",
        "problem": "Sem internet desde cedo.", "checks": "Luzes da ONU ok; reiniciado.", "solution": None,
        "status": "open", "parent_id": None,
    }
    assert {k: ticket[k] for k in expected} == expected
    assert ticket["destination"]["cargo_id"] == state.destination["id"]
    assert ticket["destination"]["name"] == "Suporte N1"
    assert ticket["opened_by"]["name"] == "Ana Paula Souza"
    assert summary.ticket["id"] == ticket["id"]
    # nothing left behind: no draft, and the outbox empties once the follow-ups (the protocol
    # receipt e-mail) went out after the ticket
    assert launcher.leftover_drafts() == []
    qtbot.waitUntil(lambda: launcher.outbox.all() == [], timeout=KEY_WAIT_MS)
    summary.close()


class GapMeter:
    """A 10 ms QTimer on the GUI thread: the gaps between its ticks, in wall-clock time and in the
    GUI thread's own CPU time. The CPU gap is how long the client's own work kept the thread busy;
    the wall gap adds what the machine did to it (the server process and the HTTP workers share 2
    cores and the GIL with it), so it is printed, while the CPU gap is what is asserted.

    It counts only while the test waits in the event loop (`wait`), i.e. while the wizard talks to
    the server on its own; the test's synthetic typing runs synchronously and is not the client's."""

    def __init__(self):
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.gaps: list[int] = []
        self.busy: list[float] = []
        self._cpu = time.thread_time()
        self.clock = QElapsedTimer()
        self.clock.start()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self._last = 0
        self._armed = False
        self.waited_ms = 0
        self.per_wait: list[tuple[str, int]] = []

    def _tick(self):
        now, cpu = self.clock.elapsed(), time.thread_time()
        if self._armed:
            self.gaps.append(now - self._last)
            self.busy.append((cpu - self._cpu) * 1000)
        self._last, self._cpu = now, cpu

    def wait(self, qtbot, condition, timeout=KEY_WAIT_MS, label=""):
        first = len(self.gaps)
        started = self.clock.elapsed()
        self._last, self._cpu = started, time.thread_time()
        self._armed = True
        try:
            qtbot.waitUntil(condition, timeout=timeout)
            # keep watching a little after the answer arrived: its handling runs now
            end = self.clock.elapsed() + 150
            qtbot.waitUntil(lambda: self.clock.elapsed() >= end, timeout=timeout)
        finally:
            self._armed = False
            self.waited_ms += self.clock.elapsed() - started
            self.per_wait.append((label, max(self.gaps[first:] or [0]), round(max(self.busy[first:] or [0]))))

    def stop(self):
        # stopped and deleted here, on the GUI thread (a QTimer left to Python's garbage collector
        # may be destroyed from a worker thread and leave a dangling timer behind)
        self.timer.stop()
        self.timer.timeout.disconnect(self._tick)
        self.timer.deleteLater()
        return max(self.gaps or [0])


def timed_key(qtbot, wizard, key, modifier=Qt.KeyboardModifier.NoModifier) -> float:
    """Milliseconds from the key press to the next page shown (painted)."""
    before = wizard.current.key
    started = time.perf_counter()
    press(qtbot, key, modifier)
    QApplication.processEvents()
    elapsed = (time.perf_counter() - started) * 1000
    assert wizard.current.key != before and wizard.ui.pages.currentWidget().isVisible()
    return elapsed


def test_step_change_is_instant_and_gui_thread_never_blocks(qtbot, controller, live_server, monkeypatch):
    """Prints the figures of DESIGN §7 (wizard step change < 100 ms; GUI thread never blocked > 50 ms
    by I/O). Wall-clock bounds are asserted as such only on a quiet machine (a loaded 2-core box
    stalls any thread); what is asserted always is that no request and no file write ran on the GUI
    thread."""
    import os
    import threading

    from desk_client.api.client import ApiClient
    from desk_client.outbox import jsonfiles

    io_threads: list[str] = []
    perform, write = ApiClient._perform, jsonfiles.write_json

    def traced_perform(self, **kw):
        io_threads.append(f"http {kw['method']} {kw['path']} on {threading.current_thread().name}")
        return perform(self, **kw)

    def traced_write(path, data):
        io_threads.append(f"write {path.name} on {threading.current_thread().name}")
        return write(path, data)
    monkeypatch.setattr(ApiClient, "_perform", traced_perform)
    monkeypatch.setattr(jsonfiles, "write_json", traced_write)

    token = live_server.token("operador")
    client = demo_client(live_server, token)
    window = login(qtbot, controller, live_server)
    # The garbage the earlier tests of this process left is not the wizard's: collect it now and keep
    # what survives out of the measured collections (a full collection after ~300 GUI tests took >100 ms).
    gc.collect()
    gc.freeze()
    meter = GapMeter()
    launcher = window.wizard_launcher
    started = time.perf_counter()
    press(qtbot, Key.Key_F2)
    QApplication.processEvents()
    open_ms = (time.perf_counter() - started) * 1000
    wizard = launcher.wizard
    assert wizard is not None and wizard.isVisible()
    # the protocol reservation and the prefetch of types/users/cargos run in the background
    meter.wait(qtbot, lambda: wizard.state.protocol is not None and wizard.ctx.catalog.ready("ticket_types")
               and wizard.ctx.catalog.ready("cargos") and wizard.ctx.catalog.ready("users"),
               label="protocolo + listas")
    times = {}
    times["protocolo→localizar"] = timed_key(qtbot, wizard, Key.Key_Return)
    search = wizard.pages["locate"].search
    type_text(qtbot, client["document"])
    meter.wait(qtbot, lambda: [r["id"] for r in search.results] == [client["id"]], label="pesquisa CPF")
    times["localizar→dados do cliente"] = timed_key(qtbot, wizard, Key.Key_Return)
    meter.wait(qtbot, lambda: wizard.ctx.client_detailed(), label="dados do cliente")
    times["dados do cliente→dados atend."] = timed_key(qtbot, wizard, Key.Key_Return)
    type_text(qtbot, "Lento a noite.")                     # the plan is preselected: the focus is on Problema
    times["dados atend.→prim. contato"] = timed_key(qtbot, wizard, Key.Key_Return, CTRL)
    times["prim. contato→dados atend. (Alt+←)"] = timed_key(qtbot, wizard, Key.Key_Left,
                                                            Qt.KeyboardModifier.AltModifier)
    times["dados atend.→prim. contato (Alt+→)"] = timed_key(qtbot, wizard, Key.Key_Right,
                                                            Qt.KeyboardModifier.AltModifier)
    choose_type_and_checks(qtbot, wizard, "Len", "Teste de velocidade feito.")
    press(qtbot, Key.Key_Return, CTRL)
    meter.wait(qtbot, lambda: launcher.last_summary is not None and launcher.last_summary.ticket is not None,
               label="finalizar")
    worst_gap = meter.stop()
    worst_busy = max(meter.busy or [0])
    load = os.getloadavg()[0]
    print(f"\nmachine load average: {load:.1f} on {os.cpu_count()} CPUs")
    print(f"F2 → wizard shown: {open_ms:.1f} ms")
    print("wizard step change (key press → next page shown):")
    for name, ms in times.items():
        print(f"  {name:40s} {ms:6.1f} ms")
    print(f"  window's own measure of go_to():        {', '.join(f'{t:.1f}' for t in wizard.step_times_ms)} ms")
    print(f"GUI thread while the wizard talked to the server ({meter.waited_ms} ms): 10 ms timer "
          f"ticks={len(meter.gaps)}, worst gap={worst_gap} ms, of it busy (GUI thread CPU)={worst_busy:.0f} ms; "
          "per wait (gap/busy): " + ", ".join(f"{label} {gap}/{busy} ms" for label, gap, busy in meter.per_wait))
    gui = threading.main_thread().name
    on_gui = [line for line in io_threads if line.endswith(f" on {gui}")]
    print(f"I/O calls: {len(io_threads)}, on the GUI thread: {len(on_gui)}")
    assert io_threads and on_gui == []
    quiet = load < (os.cpu_count() or 1)
    factor = 1 if quiet else 5
    assert max(times.values()) < 100 * factor, times
    assert worst_busy < 50 * factor, (worst_busy, worst_gap)
    launcher.last_summary.close()
    gc.unfreeze()


def finish_with_keyboard(qtbot, wizard, client, problem="Caiu a internet.", checks="Cabos conferidos."):
    fill_to_first_contact(qtbot, wizard, client, problem)
    choose_type_and_checks(qtbot, wizard, "Sem", checks)
    press(qtbot, Key.Key_Return, CTRL)


def test_finish_while_the_server_is_down_is_sent_once_when_it_is_back(qtbot, controller, private_live_server):
    server = private_live_server
    token = server.token("operador")
    client = demo_client(server, token)
    window = login(qtbot, controller, server)
    launcher = window.wizard_launcher
    wizard = open_wizard(qtbot, window)
    grouped = format_protocol(wizard.state.protocol)
    fill_to_first_contact(qtbot, wizard, client, "Sem sinal.")
    choose_type_and_checks(qtbot, wizard, "Sem", "Nada a verificar.")
    server.stop()
    press(qtbot, Key.Key_Return, CTRL)                   # Finalizar with the server down
    # refused at once; or, if a request was caught by the server's shutdown, after its timeout
    qtbot.waitUntil(lambda: launcher.last_summary is not None, timeout=45_000)
    summary = launcher.last_summary
    assert launcher.wizard is None                       # the operator is free for the next call
    assert summary.ui.headlineLabel.text() == "Atendimento guardado — aguardando o servidor"
    assert summary.ui.protocolLabel.text() == grouped
    indicator = launcher.indicator
    assert indicator.isVisible() and indicator.text() == "1 atendimento aguardando envio"
    assert grouped in indicator.toolTip()
    assert launcher.leftover_drafts() == []              # it is in the outbox, not a draft

    server.start()
    qtbot.waitUntil(lambda: summary.ticket is not None, timeout=45_000)
    assert summary.ui.headlineLabel.text() == "Atendimento registrado"
    qtbot.waitUntil(lambda: not indicator.isVisible(), timeout=KEY_WAIT_MS)
    token = server.token("operador")
    items = api_get(server, token, "/tickets", protocol=grouped)["items"]
    assert len(items) == 1 and items[0]["id"] == summary.ticket["id"]
    assert items[0]["problem"] == "Sem sinal." and items[0]["checks"] == "Nada a verificar."
    of_client = api_get(server, token, "/tickets", client_id=client["id"])["items"]
    # exactly one ticket (compared by id: a row's SLA figures are computed at each request's time)
    assert [t["id"] for t in of_client if t["protocol"] == items[0]["protocol"]] == [items[0]["id"]]
    summary.close()


def abandon_with_keyboard(qtbot, wizard, reason: str) -> None:
    dialog = open_abandon_dialog(qtbot, wizard)
    press(qtbot, Key.Key_Return)                         # no reason yet: refused, with a message
    assert dialog.isVisible() and dialog.ui.errorLabel.text() == "Informe o motivo do abandono."
    type_text(qtbot, reason)
    press(qtbot, Key.Key_Return)


def test_esc_asks_and_a_reason_records_the_protocol_as_contact_without_ticket(qtbot, controller, live_server):
    window = login(qtbot, controller, live_server)
    launcher = window.wizard_launcher
    wizard = open_wizard(qtbot, window)
    number = wizard.state.protocol
    open_abandon_dialog(qtbot, wizard)                   # Esc, then Esc again: back to the attendance
    press(qtbot, Key.Key_Escape)
    qtbot.waitUntil(lambda: not wizard.abandon_dialog.isVisible(), timeout=KEY_WAIT_MS)
    assert launcher.wizard is wizard and wizard.isVisible()
    qtbot.waitUntil(lambda: focused() is wizard.pages["protocol"].ui.clientRadio, timeout=KEY_WAIT_MS)
    abandon_with_keyboard(qtbot, wizard, "Cliente desligou")
    qtbot.waitUntil(lambda: launcher.wizard is None, timeout=KEY_WAIT_MS)
    token = live_server.token("operador")
    qtbot.waitUntil(lambda: api_get(live_server, token, f"/protocols/{number}")["status"] == "abandoned",
                    timeout=KEY_WAIT_MS)
    protocol = api_get(live_server, token, f"/protocols/{number}")
    assert protocol["status_label"] == "Contato sem atendimento"
    assert protocol["abandon_reason"] == "Cliente desligou" and protocol["ticket_id"] is None
    assert launcher.leftover_drafts() == []
    qtbot.waitUntil(lambda: launcher.outbox.all() == [], timeout=KEY_WAIT_MS)


def test_server_down_at_open_then_retry_and_abandon_offline(qtbot, controller, private_live_server):
    server = private_live_server
    window = login(qtbot, controller, server)
    launcher = window.wizard_launcher
    server.stop()
    press(qtbot, Key.Key_F2)
    wizard = launcher.wizard
    page = wizard.pages["protocol"]
    assert page.ui.statusLabel.text() == "reservando protocolo…"    # at once, before any answer
    assert wizard.ui.protocolHeaderLabel.text() == "reservando…"
    # refused at once, or (a server still closing its socket) after the 8 s reservation timeout
    qtbot.waitUntil(lambda: page.ui.retryButton.isVisible(), timeout=30_000)
    assert page.ui.statusLabel.text().count("Servidor indisponível") == 1
    assert wizard.ui.protocolHeaderLabel.text() == "sem protocolo"
    server.start()
    press(qtbot, Key.Key_T, Qt.KeyboardModifier.AltModifier)   # "&Tentar novamente"
    qtbot.waitUntil(lambda: wizard.state.protocol is not None, timeout=KEY_WAIT_MS)
    number = wizard.state.protocol
    assert wizard.ui.protocolHeaderLabel.text() == format_protocol(number) and not page.ui.retryButton.isVisible()

    server.stop()                                        # the abandon itself waits in the outbox
    abandon_with_keyboard(qtbot, wizard, "Ligacao caiu")
    qtbot.waitUntil(lambda: launcher.wizard is None, timeout=KEY_WAIT_MS)
    qtbot.waitUntil(lambda: launcher.outbox.pending() and launcher.outbox.pending()[0]["attempts"] >= 1,
                    timeout=KEY_WAIT_MS)
    assert launcher.indicator.isVisible() and launcher.indicator.text() == "1 registro aguardando envio"
    server.start()
    qtbot.waitUntil(lambda: launcher.outbox.all() == [], timeout=45_000)
    protocol = api_get(server, server.token("operador"), f"/protocols/{number}")
    assert protocol["status"] == "abandoned" and protocol["abandon_reason"] == "Ligacao caiu"
    assert not launcher.indicator.isVisible()


def test_parent_ticket_is_announced_before_finishing_and_linked(qtbot, controller, live_server):
    token = live_server.token("operador")
    client = demo_client(live_server, token, with_parent=True)
    sub = client["subscriptions"][0]
    parent = api_get(live_server, token, "/tickets/link-candidate", subscription_id=sub["id"])["parent"]
    window = login(qtbot, controller, live_server)
    wizard = open_wizard(qtbot, window)
    fill_to_first_contact(qtbot, wizard, client, "Sem internet, vizinhos tambem.")
    page = wizard.pages["first_contact"]
    qtbot.waitUntil(lambda: page.ui.parentBanner.isVisible(), timeout=KEY_WAIT_MS)
    assert (f"Este atendimento será vinculado ao atendimento pai {parent['formatted']}"
            in page.ui.parentBanner.text())
    assert wizard.state.parent["id"] == parent["id"]
    choose_type_and_checks(qtbot, wizard, "Sem", "Queda na regiao.")
    launcher = window.wizard_launcher
    summary = finish(qtbot, launcher)
    assert summary.ui.parentValue.isVisible()
    assert summary.ui.parentValue.text() == f"vinculado ao atendimento pai {parent['formatted']}"
    ticket = api_get(live_server, token, f"/tickets/{summary.ticket['id']}")
    assert ticket["parent_id"] == parent["id"] and ticket["parent_protocol"] == parent["protocol"]
    summary.close()


def test_prospect_created_in_the_wizard_gets_the_ticket(qtbot, controller, live_server):
    token = live_server.token("operador")
    window = login(qtbot, controller, live_server)
    launcher = window.wizard_launcher
    wizard = open_wizard(qtbot, window)
    press(qtbot, Key.Key_P, Qt.KeyboardModifier.AltModifier)   # "&Prospecto" (a mnemonic clicks shortly after)
    qtbot.waitUntil(lambda: wizard.state.kind == "prospect", timeout=KEY_WAIT_MS)
    assert [s.key for s in wizard.registry.applicable(wizard.state)] == [
        "protocol", "locate", "service", "first_contact"]      # no "Dados do Cliente" for a prospect
    press(qtbot, Key.Key_Return)
    page = wizard.pages["locate"]
    assert focused() is page.ui.prospectSearchEdit
    name = f"Padaria Pao Quente {wizard.state.protocol[-6:]}"
    type_text(qtbot, name)
    press(qtbot, Key.Key_N, Qt.KeyboardModifier.AltModifier)   # "&Novo prospecto…"
    qtbot.waitUntil(lambda: page._prospect_dialog is not None and page._prospect_dialog.isVisible(),
                    timeout=KEY_WAIT_MS)
    dialog = page._prospect_dialog
    qtbot.waitUntil(lambda: focused() is dialog.ui.nameEdit, timeout=KEY_WAIT_MS)
    assert dialog.ui.nameEdit.text() == name                   # what was searched for
    press(qtbot, Key.Key_Tab)
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, "11987654321")
    press(qtbot, Key.Key_Return)                                # Salvar
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=KEY_WAIT_MS)
    assert wizard.state.prospect["name"] == name and wizard.state.prospect["phone"] == "11987654321"
    qtbot.waitUntil(lambda: focused() is page.ui.prospectTable, timeout=KEY_WAIT_MS)
    press(qtbot, Key.Key_Return)
    assert wizard.current.key == "service"
    assert not wizard.pages["service"].ui.planGroup.isVisible()
    assert focused() is wizard.pages["service"].ui.problemEdit
    type_text(qtbot, "Quer saber se tem fibra na rua.")
    summary = finish_from_service(qtbot, wizard, launcher, "Fin", "Viabilidade consultada.")
    ticket = api_get(live_server, token, f"/tickets/{summary.ticket['id']}")
    assert ticket["kind"] == "prospect" and ticket["prospect_id"] == wizard.state.prospect["id"]
    assert ticket["client_id"] is None and ticket["ticket_type"] == "Financeiro"
    launcher.last_summary.close()


def test_access_point_ticket_picked_from_the_list(qtbot, controller, live_server):
    token = live_server.token("operador")
    points = api_get(live_server, token, "/routing-points", kind="access_point")["items"]
    point = points[-1]
    window = login(qtbot, controller, live_server)
    launcher = window.wizard_launcher
    wizard = open_wizard(qtbot, window)
    press(qtbot, Key.Key_A, Qt.KeyboardModifier.AltModifier)   # "P. &Acesso"
    qtbot.waitUntil(lambda: wizard.state.kind == "access_point", timeout=KEY_WAIT_MS)
    press(qtbot, Key.Key_Return)
    page = wizard.pages["locate"]
    assert focused() is page.ui.accessPointFilterEdit
    qtbot.waitUntil(lambda: page.ui.accessPointTable.rowCount() > 0, timeout=KEY_WAIT_MS)
    type_text(qtbot, point["name"])                            # filter: the first match is highlighted
    qtbot.waitUntil(lambda: wizard.state.access_point is not None, timeout=KEY_WAIT_MS)
    assert wizard.state.access_point["id"] == point["id"]
    press(qtbot, Key.Key_Return)
    assert wizard.current.key == "service"
    assert wizard.pages["service"].ui.routingPointEdit.text() == f"{point['name']} — {point['network']}"
    type_text(qtbot, "Equipamento sem energia.")
    summary = finish_from_service(qtbot, wizard, launcher, "Fal", "Energia conferida.")
    ticket = api_get(live_server, token, f"/tickets/{summary.ticket['id']}")
    assert ticket["kind"] == "access_point" and ticket["access_point_id"] == point["id"]
    assert ticket["ticket_type"] == "Falha massiva" and ticket["destination"]["name"] == "Suporte N2"
    launcher.last_summary.close()


def test_suspended_client_with_overdue_invoices_stands_out_in_red(qtbot, controller, live_server):
    token = live_server.token("operador")
    found = None
    for q in ("silva", "santos", "souza", "oliveira", "costa", "lima", "pereira"):
        for row in api_get(live_server, token, "/clients/search", q=q, field="name", limit=100)["items"]:
            if row["status"] == "suspenso":
                detail = api_get(live_server, token, f"/clients/{row['id']}")
                if detail["overdue_invoices"]:
                    found = detail
                    break
        if found:
            break
    assert found, "the demo data has a suspended client with overdue invoices"
    window = login(qtbot, controller, live_server)
    wizard = open_wizard(qtbot, window)
    choose_client(qtbot, wizard, found)
    page = wizard.pages["client"]
    qtbot.waitUntil(lambda: page.ui.alertLabel.isVisible(), timeout=KEY_WAIT_MS)
    assert "Cliente SUSPENSO" in page.ui.alertLabel.text()   # from the search row, at once
    qtbot.waitUntil(lambda: wizard.ctx.client_detailed(), timeout=KEY_WAIT_MS)
    text = page.ui.alertLabel.text()
    assert "Cliente SUSPENSO" in text and "vencida" in text and "em aberto" in text
    assert "c62828" in page.ui.alertLabel.styleSheet().lower()   # red, and in words
    assert "Suspenso" in page.ui.statusValue.text() and "vencida" in page.ui.invoicesValue.text()


def test_adicionar_opens_novo_contato_and_the_new_contact_goes_on_the_ticket(qtbot, controller, live_server):
    token = live_server.token("operador")
    client = demo_client(live_server, token)
    window = login(qtbot, controller, live_server)
    launcher = window.wizard_launcher
    wizard = open_wizard(qtbot, window)
    to_client_step(qtbot, wizard, client)
    page = wizard.pages["client"]
    press(qtbot, Key.Key_D, Qt.KeyboardModifier.AltModifier)   # "A&dicionar…"
    qtbot.waitUntil(lambda: page._dialog is not None and page._dialog.isVisible(), timeout=KEY_WAIT_MS)
    dialog = page._dialog
    qtbot.waitUntil(lambda: focused() is dialog.ui.nameEdit, timeout=KEY_WAIT_MS)
    name = f"Joana Vizinha {wizard.state.protocol[-4:]}"
    type_text(qtbot, name)
    dialog.ui.emailEdit.setFocus()
    type_text(qtbot, "joana@example.com")
    press(qtbot, Key.Key_Return)                                # Salvar
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=KEY_WAIT_MS)
    qtbot.waitUntil(lambda: focused() is page.ui.contactCombo, timeout=KEY_WAIT_MS)
    assert wizard.state.contact["name"] == name
    assert page.ui.contactCombo.currentText() == name and page.ui.emailValue.text() == "joana@example.com"
    press(qtbot, Key.Key_Return)
    type_text(qtbot, "Sem internet.")                     # the plan is preselected: the focus is on Problema
    summary = finish_from_service(qtbot, wizard, launcher, "Sem", "Nada.")
    ticket = api_get(live_server, token, f"/tickets/{summary.ticket['id']}")
    assert ticket["contact_id"] == wizard.state.contact["id"]
    contacts = api_get(live_server, token, f"/clients/{client['id']}/contacts")["items"]
    assert any(c["id"] == ticket["contact_id"] and c["name"] == name for c in contacts)
    launcher.last_summary.close()


def test_logout_with_the_wizard_open_keeps_the_last_keystrokes(qtbot, controller, live_server):
    window = login(qtbot, controller, live_server)
    launcher = window.wizard_launcher
    wizard = open_wizard(qtbot, window)
    drafts = launcher.drafts
    press(qtbot, Key.Key_A, Qt.KeyboardModifier.AltModifier)   # P. Acesso
    qtbot.waitUntil(lambda: wizard.state.kind == "access_point", timeout=KEY_WAIT_MS)
    press(qtbot, Key.Key_Return)
    page = wizard.pages["locate"]
    qtbot.waitUntil(lambda: page.ui.accessPointTable.rowCount() > 0, timeout=KEY_WAIT_MS)
    drafts.flush()
    draft_id, protocol = wizard.state.draft_id, wizard.state.protocol
    assert drafts.load(draft_id).access_point is None
    type_text(qtbot, "OLT Norte 01")                      # chosen just now: the 400 ms autosave has not run
    assert wizard.state.access_point["name"] == "OLT Norte 01"
    window.ui.actionLogout.trigger()                      # asked first (a wizard is open), then
    qtbot.waitUntil(lambda: getattr(window, "close_box", None) is not None, timeout=KEY_WAIT_MS)
    assert "rascunho" in window.close_box.text()
    window.close_box.button(window.close_box.StandardButton.Yes).click()  # the window and wizard go away
    qtbot.waitUntil(lambda: controller.login is not None, timeout=KEY_WAIT_MS)
    qtbot.waitUntil(lambda: launcher.wizard is None, timeout=KEY_WAIT_MS)
    drafts.flush()
    saved = drafts.load(draft_id)
    assert saved.protocol == protocol and saved.current_step == "locate"
    assert saved.access_point["name"] == "OLT Norte 01"


def test_a_ticket_refused_in_the_background_is_reopened_fixed_and_finished(qtbot, controller, live_server,
                                                                           client_home):
    """A previous session left a ticket in the outbox whose type no longer exists: the server refuses
    it, the status bar says so in red, and "Corrigir no assistente" brings it back with its protocol."""
    from desk_client.outbox.store import OutboxStore, ticket_entry
    from desk_client.paths import data_dir
    from desk_client.wizard.state import WizardState

    token = live_server.token("operador")
    client = demo_client(live_server, token)
    sub = client["subscriptions"][0]
    state = WizardState(username="operador", current_step="first_contact", problem="Caiu.", checks="ONU ok.")
    protocol = httpx.post(f"{live_server.url}/api/v1/protocols", json={},
                          headers={"Authorization": f"Bearer {token}"}).json()["number"]
    state.protocol = protocol
    state.set_client(client)
    state.subscription = sub
    state.apply_ticket_type({"id": 999_999, "name": "Tipo removido", "default_cargo_id": 1,
                             "default_cargo_name": "Suporte N1"})
    body = state.ticket_body()
    entry = ticket_entry(username="operador", body=body, idempotency_key=state.idempotency_key,
                         summary={"subject": client["name"]}, state=state.to_dict())
    OutboxStore(data_dir() / "outbox", "operador").add(entry).result()

    window = login(qtbot, controller, live_server)
    launcher = window.wizard_launcher
    indicator = launcher.indicator
    qtbot.waitUntil(lambda: indicator.isVisible() and "recusado" in indicator.text(), timeout=KEY_WAIT_MS)
    assert indicator.text() == "1 envio recusado pelo servidor"
    assert indicator.reopen_action.isEnabled()
    indicator.reopen_action.trigger()
    qtbot.waitUntil(lambda: launcher.wizard is not None, timeout=KEY_WAIT_MS)
    wizard = launcher.wizard
    assert wizard.current.key == "first_contact" and wizard.state.protocol == protocol
    assert "O servidor recusou este atendimento" in wizard.ui.errorLabel.text()
    assert not indicator.isVisible()                     # it left the outbox for the wizard
    page = wizard.pages["first_contact"]
    qtbot.waitUntil(lambda: wizard.ctx.catalog.ready("ticket_types"), timeout=KEY_WAIT_MS)
    qtbot.waitUntil(lambda: focused() is not None and wizard.isAncestorOf(focused()), timeout=KEY_WAIT_MS)
    page.ui.ticketTypeCombo.setFocus()
    type_text(qtbot, "Sem")
    assert wizard.state.ticket_type["name"] == "Sem conexão"
    finish(qtbot, launcher)
    items = api_get(live_server, token, "/tickets", protocol=protocol)["items"]
    assert len(items) == 1 and items[0]["ticket_type"] == "Sem conexão" and items[0]["problem"] == "Caiu."
    launcher.last_summary.close()
