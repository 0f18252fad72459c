"""ConnectionPanel ("Dados do Servidor Mikrotik") on the live demo server's captured answers (FakeApi,
tests/client/canned/routers_panel_session.json: its router was the RouterOS simulator, captured once,
timestamps moved to now): online/offline, the MAC warning, the router not answering and back, a
subscription without router, one request in flight at most, polling only while shown, the live and
24 h charts; screenshots. The simulator's session followed live through a real server process is in
tests/e2e/test_routers_e2e.py."""
from __future__ import annotations

import json
import os
import re
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.waits import GUI_WAIT_MS

from .fake_api import FakeApi
from .routers_support import badge as _badge
from .routers_support import show_panel

pytestmark = pytest.mark.gui
# Screenshots go to docs/screenshots only when asked (ISP_DESK_SCREENSHOTS_DIR=docs/screenshots).
SHOTS = Path(os.environ.get("ISP_DESK_SCREENSHOTS_DIR") or Path(tempfile.gettempdir()) / "isp-desk-screenshots")
CANNED = json.loads((Path(__file__).resolve().parent / "canned" / "routers_panel_session.json")
                    .read_text(encoding="utf-8"))
SUBS = CANNED["subscriptions"]  # key: [subscription id, login, ip, mac] as the capture's world had them
SESSIONS = {  # test: its recorded session (default "live")
    "test_router_not_answering_is_shown_in_portuguese": "router_hang",
    "test_screenshot_of_the_panel": "day_of_samples",
}
_STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")


def _moved_to_now(recorded: list[dict]) -> list[dict]:
    """The recording with every timestamp moved so that its last check happened just now (the charts
    show the last two minutes and the last 24 h of the clock)."""
    def when(text):
        return datetime.fromisoformat(text)

    last = max(when(e["body"]["checked_at"]) for e in recorded
               if isinstance(e["body"], dict) and e["body"].get("checked_at"))
    delta = datetime.now(UTC) - last - timedelta(seconds=1)

    def move(value):
        if isinstance(value, dict):
            return {k: move(v) for k, v in value.items()}
        if isinstance(value, list):
            return [move(v) for v in value]
        if isinstance(value, str) and _STAMP.match(value):
            return (when(value) + delta).isoformat().replace("+00:00", "Z")
        return value

    return move(recorded)


@pytest.fixture
def panel(request, qtbot, qapp):
    api = FakeApi(CANNED["user"])
    api.replay_as_recorded(_moved_to_now(CANNED["sessions"][SESSIONS.get(request.node.originalname, "live")]))
    widget = show_panel(qtbot, qapp, api)
    yield widget
    widget.stop()
    assert api.unanswered == []
    api.close()


def _connection_requests(panel, key: str) -> list[dict]:
    return panel.api.sent("GET", f"/subscriptions/{SUBS[key][0]}/connection")


def _poll_until(qtbot, panel, points: int) -> None:
    """Atualizar as soon as the last answer is in (the 2 s timer, without its 2 s), up to `points`."""
    def enough():
        if panel.live_chart.count >= points:
            return True
        panel.refresh()  # nothing while a request is on its way
        return False
    qtbot.waitUntil(enough, timeout=GUI_WAIT_MS)


def test_online_answer_fills_the_fields_and_the_live_chart(qtbot, panel):
    """The first recorded answer of the online subscription, field by field; then a point per answer."""
    sub_id, login, ip, mac = SUBS["online"]
    panel.set_subscription(sub_id)
    assert (panel.state, panel.ui.loginValue.text()) == ("checking", "—")
    assert "verificando" in _badge(panel) and "status_wait" in _badge(panel)
    qtbot.waitUntil(lambda: panel.state == "online", timeout=GUI_WAIT_MS)
    assert "status_ok" in _badge(panel) and ">online<" not in _badge(panel) and "online</span>" in _badge(panel)
    shown = {name: getattr(panel.ui, f"{name}Value").text() for name in ("login", "router", "ip", "traffic", "lastSeen")}
    assert shown == {"login": login, "router": "RB-Centro (simulado)", "ip": ip,
                     "traffic": "↓ 1,3 Mbps   ↑ 0,26 Mbps", "lastSeen": "agora"}
    assert panel.ui.uptimeValue.text() not in ("", "—") and panel.ui.uptimeValue.toolTip().startswith("Conectado desde")
    registered = ":".join(mac[i:i + 2] for i in range(0, 12, 2)).upper()
    assert panel.ui.macValue.text() == f"{registered} (confere com o cadastro)"
    assert panel.polling and panel.live_chart.count == 1
    _poll_until(qtbot, panel, 3)
    assert len(_connection_requests(panel, "online")) == 3
    assert panel.api.sent("GET", f"/subscriptions/{sub_id}/traffic")[0]["params"] == {"hours": 24}
    assert panel.ui.errorLabel.isHidden()


def test_one_request_in_flight_at_most_even_when_the_router_is_slow(qtbot, panel):
    api = panel.api
    original = api.get
    concurrent = {"now": 0, "max": 0, "calls": 0}

    def counting_get(path, **kw):
        call = original(path, **kw)
        if path.endswith("/connection"):
            concurrent["now"] += 1
            concurrent["calls"] += 1
            concurrent["max"] = max(concurrent["max"], concurrent["now"])
            call.finished.connect(lambda: concurrent.__setitem__("now", concurrent["now"] - 1))
        return call

    api.get = counting_get
    ticks = []
    panel.timer.timeout.connect(lambda: ticks.append(1))
    panel.timer.setInterval(20)  # the 2 s timer, faster
    api.hold()  # a slow router: the answer is still on its way while the timer fires again and again
    panel.set_subscription(SUBS["online"][0])
    qtbot.waitUntil(lambda: len(ticks) >= 4, timeout=GUI_WAIT_MS)
    assert concurrent["now"] == 1 and api.held_count == 2  # the connection and the 24 h history
    panel.timer.setInterval(60_000)
    api.release()
    qtbot.waitUntil(lambda: panel.state == "online" and panel.in_flight == 0, timeout=GUI_WAIT_MS)
    panel.refresh()  # the next tick asks again
    qtbot.waitUntil(lambda: panel.in_flight == 0 and panel.live_chart.count == 2, timeout=GUI_WAIT_MS)
    assert concurrent["max"] == 1, concurrent
    assert 2 <= concurrent["calls"] <= 4, concurrent


def test_polling_stops_when_hidden_and_resumes_when_shown(qtbot, panel):
    panel.set_subscription(SUBS["online"][0])
    qtbot.waitUntil(lambda: panel.state == "online", timeout=GUI_WAIT_MS)
    assert panel.polling
    panel.hide()
    assert not panel.polling and not panel.history_timer.isActive()
    count = panel.live_chart.count
    asked = len(_connection_requests(panel, "online"))
    qtbot.waitUntil(lambda: panel.in_flight == 0, timeout=5000)
    assert panel.live_chart.count <= count + 1  # at most the answer already on its way
    assert len(_connection_requests(panel, "online")) == asked  # nothing asked while hidden
    panel.show()
    assert panel.polling
    assert len(_connection_requests(panel, "online")) == asked + 1  # shown again: asked at once
    panel.close()
    assert not panel.polling


def test_offline_subscription(qtbot, panel):
    panel.set_subscription(SUBS["offline"][0])
    qtbot.waitUntil(lambda: panel.state == "offline", timeout=GUI_WAIT_MS)
    assert "offline" in _badge(panel) and "status_bad" in _badge(panel)
    assert panel.ui.uptimeValue.text() == "—"
    assert panel.ui.lastSeenValue.text() == "sem registro"
    assert panel.ui.ipValue.text() == f"— (registrado: {SUBS['offline'][2]})"


def test_mac_differs_from_the_registry(qtbot, panel):
    panel.set_subscription(SUBS["other_mac"][0])
    qtbot.waitUntil(lambda: panel.state == "online", timeout=GUI_WAIT_MS)
    text = panel.ui.macValue.text()
    assert "E4:8D:8C:00:00:01" in text and "diferente do cadastrado" in text


def test_router_not_answering_is_shown_in_portuguese(qtbot, panel):
    panel.set_subscription(SUBS["online"][0])  # the server's answer while the router hung
    qtbot.waitUntil(lambda: panel.state == "unknown", timeout=GUI_WAIT_MS)
    assert "sem resposta do roteador" in _badge(panel)
    assert panel.ui.errorLabel.isVisible()
    assert "roteador não responde (tempo esgotado)" in panel.ui.errorLabel.text()
    assert panel.polling  # it keeps asking
    qtbot.waitUntil(lambda: panel.ui.refreshButton.isEnabled(), timeout=GUI_WAIT_MS)
    panel.ui.refreshButton.click()  # Atualizar: the router answers again
    qtbot.waitUntil(lambda: panel.state == "online", timeout=GUI_WAIT_MS)
    assert not panel.ui.errorLabel.isVisible()


def test_subscription_without_router_stops_polling_with_a_message(qtbot, panel):
    panel.set_subscription(SUBS["orphan"][0])
    qtbot.waitUntil(lambda: panel.state == "error", timeout=GUI_WAIT_MS)
    assert "não está ligado a um roteador" in panel.ui.errorLabel.text()
    assert not panel.polling
    panel.set_subscription(None)
    assert panel.state == "empty" and "nenhum plano" in _badge(panel) and not panel.polling
    assert not panel.ui.errorLabel.isVisible()


def test_history_chart_from_the_poller_samples(qtbot, panel):
    sub_id = SUBS["second"][0]  # the server's poller had sampled it every second for a while
    panel.set_subscription(sub_id)
    panel.ui.chartTabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: panel.history_chart.count >= 1, timeout=GUI_WAIT_MS)
    assert "amostras" in panel.ui.historyInfoLabel.text()
    assert panel.api.sent("GET", f"/subscriptions/{sub_id}/traffic")[-1]["params"] == {"hours": 24}


def test_screenshot_of_the_panel(qtbot, panel):
    panel.set_subscription(SUBS["online"][0])  # its last 24 h: a residential day of poller samples
    _poll_until(qtbot, panel, 8)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert panel.grab().save(str(SHOTS / "connection_panel.png"))
    panel.ui.chartTabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: panel.history_chart.count >= 200, timeout=15000)
    assert panel.grab().save(str(SHOTS / "connection_panel_history.png"))
