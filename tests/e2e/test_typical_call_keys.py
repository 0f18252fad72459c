"""The typical call, keyboard only, counted in key presses (DESIGN §7: ≤ 25 plus the free text).

F2 → Cliente → the CPF typed → the first contact → the first plan → the problem typed → a 3-question
call script (whose end fills in the type "Sem conexão") → Rel. Script → destination Suporte N2 →
Finalizar, against a real server process. The operator
is modelled as someone who knows the keys: each step presses the key that gets closer to the goal
until the goal is reached, so a screen that needs more keys costs more presses. Every key counts,
a held modifier counts once more (Ctrl+Enter = 2); only the free text the customer dictates (the
CPF, the problem) is typed without counting. The count is printed (`-s` to see it)."""
from __future__ import annotations

import httpx
import pytest
from PySide6.QtCore import Qt
from pytestqt.exceptions import TimeoutError as QtTimeout

from .helpers import CTRL, KEY_WAIT_MS, Key, api_get, demo_client, focused, login, press, type_text

pytestmark = [pytest.mark.gui, pytest.mark.e2e]

GOAL = 25


class CountingKeyboard:
    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.presses = 0
        self.log: list[str] = []

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier, *, note: str = ""):
        press(self.qtbot, key, modifier)
        extra = int(modifier.value).bit_count() if modifier != Qt.KeyboardModifier.NoModifier else 0
        self.presses += 1 + extra
        self.log.append(f"{Qt.Key(key).name}{'+mod' if extra else ''} {note}".strip())

    def keys(self, text: str, *, note: str = ""):
        """Counted typing (type-ahead in a list), one press per character."""
        for ch in text:
            self.press(getattr(Key, f"Key_{ch.upper()}") if ch != " " else Key.Key_Space, note=note)

    def free_text(self, text: str):
        type_text(self.qtbot, text)

    def until(self, goal, key, modifier=Qt.KeyboardModifier.NoModifier, *, note: str = "", most: int = 12):
        """Press `key` until `goal()` holds (waiting for the screen after each press)."""
        for _ in range(most):
            if goal():
                return
            self.press(key, modifier, note=note)
            try:
                self.qtbot.waitUntil(goal, timeout=300)
            except QtTimeout:
                pass
        assert goal(), f"not reached after {most} × {Qt.Key(key).name} ({note})"


def _demo_call(server, token):
    client = demo_client(server, token, with_contacts=True)
    cargos = api_get(server, token, "/cargos")["items"]
    n2 = next(c for c in cargos if c["name"] == "Suporte N2")
    return client, n2


def test_typical_call_in_at_most_25_key_presses(qtbot, controller, live_server):
    token = live_server.token("operador")
    client, n2 = _demo_call(live_server, token)
    first_contact = client["contacts"][0]
    first_plan = next(s for s in client["subscriptions"] if s["status"] == "ativo")
    window = login(qtbot, controller, live_server)
    launcher = window.wizard_launcher
    kb = CountingKeyboard(qtbot)

    kb.press(Key.Key_F2, note="Novo Atendimento")
    qtbot.waitUntil(lambda: launcher.wizard is not None, timeout=KEY_WAIT_MS)
    wizard = launcher.wizard
    qtbot.waitUntil(lambda: wizard.state.protocol is not None, timeout=KEY_WAIT_MS)  # tells the number
    step = lambda key: lambda: wizard.current.key == key

    kb.until(lambda: wizard.state.kind == "client", Key.Key_C, Qt.KeyboardModifier.AltModifier, note="Cliente")
    kb.until(step("locate"), Key.Key_Return, note="Cliente → Localizar")
    search = wizard.pages["locate"].search
    kb.until(lambda: focused() is search.ui.searchEdit, Key.Key_Tab, note="to the search box")
    kb.free_text(client["document"])
    qtbot.waitUntil(lambda: [r["id"] for r in search.results] == [client["id"]], timeout=KEY_WAIT_MS)
    kb.until(step("client"), Key.Key_Return, note="the only hit")
    qtbot.waitUntil(lambda: wizard.ctx.client_detailed(), timeout=KEY_WAIT_MS)

    kb.until(lambda: wizard.state.contact_id == first_contact["id"], Key.Key_Down, note="first contact")
    kb.until(step("service"), Key.Key_Return, note="Dados Atend.")

    service = wizard.pages["service"]
    kb.until(lambda: wizard.state.subscription_id == first_plan["id"], Key.Key_Down, note="first plan")
    kb.until(lambda: focused() is service.ui.problemEdit, Key.Key_Tab, note="to Problema")
    kb.free_text("Sem internet desde cedo, luz vermelha na ONU.")
    # the 3-question call script: ticked with its mnemonic, preselected from the problem's words,
    # answered with digits; its end fills the type in Prim. Contato and shows Rel. Script
    kb.until(lambda: wizard.state.create_script, Key.Key_S, Qt.KeyboardModifier.AltModifier,
             note="Criar Script Atendimento")
    kb.until(step("script"), Key.Key_Return, note="Script Atend.")
    runner = wizard.pages["script"].runner
    qtbot.waitUntil(lambda: runner.run is not None and focused() is runner.ui.optionsList, timeout=KEY_WAIT_MS)
    assert runner.run.script["name"] == "Sem conexão (PPPoE)"
    for key, note in ((Key.Key_1, "nenhum aparelho navega"), (Key.Key_3, "POWER e PON verdes"),
                      (Key.Key_3, "voltou com outro roteador")):
        kb.press(key, note=f"script: {note}")
    qtbot.waitUntil(step("script_report"), timeout=KEY_WAIT_MS)
    kb.until(step("first_contact"), Key.Key_Return, note="Rel. Script → Prim. Contato")

    page = wizard.pages["first_contact"]
    qtbot.waitUntil(lambda: wizard.ctx.catalog.ready("ticket_types") and wizard.ctx.catalog.ready("cargos"),
                    timeout=KEY_WAIT_MS)
    if (wizard.state.ticket_type or {}).get("name") != "Sem conexão":  # the script's end filled it in
        kb.until(lambda: focused() is page.ui.ticketTypeCombo, Key.Key_Tab, note="to Tipo")
        kb.keys("sem", note="type-ahead")
    qtbot.waitUntil(lambda: (wizard.state.ticket_type or {}).get("name") == "Sem conexão", timeout=KEY_WAIT_MS)
    destination = lambda: wizard.state.destination and wizard.state.destination["id"] == n2["id"] \
        and wizard.state.destination["kind"] == "cargo"
    if not destination():
        kb.until(lambda: focused() is page.ui.destinationCombo, Key.Key_Tab, note="to Responsável")
        combo = page.ui.destinationCombo
        target = combo.findText("Suporte N2")
        key = Key.Key_Down if target > combo.currentIndex() else Key.Key_Up
        kb.until(destination, key, note="Suporte N2")
    assert wizard.registry.is_last(wizard.state, wizard.current.key), wizard.current.key
    kb.press(Key.Key_Return, CTRL, note="Finalizar")
    qtbot.waitUntil(lambda: launcher.last_summary is not None, timeout=KEY_WAIT_MS)
    qtbot.waitUntil(lambda: launcher.last_summary.ticket is not None, timeout=KEY_WAIT_MS)

    ticket = httpx.get(f"{live_server.url}/api/v1/tickets/{launcher.last_summary.ticket['id']}",
                       headers={"Authorization": f"Bearer {token}"}).json()
    assert (ticket["client_id"], ticket["subscription_id"], ticket["contact_id"], ticket["ticket_type"],
            ticket["destination"]["name"]) == (client["id"], first_plan["id"], first_contact["id"],
                                                "Sem conexão", "Suporte N2")
    report = ticket["script_report"]
    assert report["name"] == "Sem conexão (PPPoE)" and report["finished"] and len(report["steps"]) == 3
    print(f"\ntypical call: {kb.presses} key presses plus the free text "
          f"(goal ≤ {GOAL}):\n  " + "\n  ".join(kb.log))
    launcher.last_summary.close()
    assert kb.presses <= GOAL
