"""ConnectionPanel against a real server process whose router is the RouterOS simulator."""
# ruff: noqa: F811  (pytest fixtures imported from the support module are used as parameters)
from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import pytest

from tests.waits import GUI_WAIT_MS

from .routers_support import clean_sim, world  # noqa: F401

pytestmark = [pytest.mark.gui, pytest.mark.e2e, pytest.mark.timeout(120)]
# Screenshots go to docs/screenshots only when asked (ISP_DESK_SCREENSHOTS_DIR=docs/screenshots).
SHOTS = Path(os.environ.get("ISP_DESK_SCREENSHOTS_DIR") or Path(tempfile.gettempdir()) / "isp-desk-screenshots")


@pytest.fixture
def panel(qtbot, clean_sim, qapp):
    from desk_client import style
    from desk_client.routers.connection_panel import ConnectionPanel

    style.apply(qapp)
    api = clean_sim.api("operador")
    widget = ConnectionPanel(api)
    qtbot.addWidget(widget)
    widget.resize(760, 560)
    widget.show()
    yield widget
    widget.stop()
    api.close()


def _badge(panel) -> str:
    return panel.ui.statusBadge.text()


def test_online_session_with_a_live_chart(qtbot, panel, clean_sim):
    sub_id, login, ip, _mac = clean_sim.subs["online"]
    panel.set_subscription(sub_id)
    assert panel.state == "checking" and "verificando" in _badge(panel)
    qtbot.waitUntil(lambda: panel.state == "online", timeout=GUI_WAIT_MS)
    assert "online" in _badge(panel) and "status_ok" in _badge(panel)
    assert panel.ui.loginValue.text() == login
    assert panel.ui.routerValue.text() == "RB-Centro (simulado)"
    assert panel.ui.ipValue.text() == ip
    assert panel.ui.uptimeValue.text() not in ("", "—")
    assert "confere" in panel.ui.macValue.text() and "diferente" not in panel.ui.macValue.text()
    assert "Mbps" in panel.ui.trafficValue.text()
    assert panel.polling
    qtbot.waitUntil(lambda: panel.live_chart.count >= 3, timeout=12000)  # a point about every 2 s
    assert not panel.ui.errorLabel.isVisible()


def test_one_request_in_flight_at_most_even_when_the_router_is_slow(qtbot, panel, clean_sim):
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
    clean_sim.sim.set_fault("slow", delay=1.5)  # every lookup outlives... most of the 2 s timer interval
    panel.set_subscription(clean_sim.subs["online"][0])
    qtbot.wait(7000)
    assert concurrent["max"] == 1, concurrent
    assert 2 <= concurrent["calls"] <= 4, concurrent


def test_polling_stops_when_hidden_and_resumes_when_shown(qtbot, panel, clean_sim):
    panel.set_subscription(clean_sim.subs["online"][0])
    qtbot.waitUntil(lambda: panel.state == "online", timeout=GUI_WAIT_MS)
    assert panel.polling
    panel.hide()
    assert not panel.polling and not panel.history_timer.isActive()
    count = panel.live_chart.count
    qtbot.wait(2500)
    qtbot.waitUntil(lambda: panel.in_flight == 0, timeout=5000)
    assert panel.live_chart.count <= count + 1  # at most the answer already on its way
    panel.show()
    assert panel.polling
    panel.close()
    assert not panel.polling


def test_offline_subscription(qtbot, panel, clean_sim):
    panel.set_subscription(clean_sim.subs["offline"][0])
    qtbot.waitUntil(lambda: panel.state == "offline", timeout=GUI_WAIT_MS)
    assert "offline" in _badge(panel) and "status_bad" in _badge(panel)
    assert panel.ui.uptimeValue.text() == "—"
    assert panel.ui.lastSeenValue.text() == "sem registro"


def test_mac_differs_from_the_registry(qtbot, panel, clean_sim):
    panel.set_subscription(clean_sim.subs["other_mac"][0])
    qtbot.waitUntil(lambda: panel.state == "online", timeout=GUI_WAIT_MS)
    text = panel.ui.macValue.text()
    assert "E4:8D:8C:00:00:01" in text and "diferente do cadastrado" in text


def test_router_not_answering_is_shown_in_portuguese(qtbot, panel, clean_sim):
    clean_sim.sim.set_fault("hang")
    panel.set_subscription(clean_sim.subs["online"][0])
    qtbot.waitUntil(lambda: panel.state == "unknown", timeout=15000)
    assert "sem resposta do roteador" in _badge(panel)
    assert panel.ui.errorLabel.isVisible()
    assert "roteador não responde (tempo esgotado)" in panel.ui.errorLabel.text()
    clean_sim.sim.set_fault(None)
    qtbot.waitUntil(lambda: panel.state == "online", timeout=15000)
    assert not panel.ui.errorLabel.isVisible()


def test_subscription_without_router_stops_polling_with_a_message(qtbot, panel, clean_sim):
    panel.set_subscription(clean_sim.subs["orphan"][0])
    qtbot.waitUntil(lambda: panel.state == "error", timeout=GUI_WAIT_MS)
    assert "não está ligado a um roteador" in panel.ui.errorLabel.text()
    assert not panel.polling
    panel.set_subscription(None)
    assert panel.state == "empty" and "nenhum plano" in _badge(panel) and not panel.polling
    assert not panel.ui.errorLabel.isVisible()


def test_history_chart_from_the_poller_samples(qtbot, panel, clean_sim):
    sub_id = clean_sim.subs["second"][0]
    time.sleep(3.5)  # the server's poller samples every second in this test world
    panel.set_subscription(sub_id)
    panel.ui.chartTabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: panel.history_chart.count >= 1, timeout=GUI_WAIT_MS)
    assert "amostras" in panel.ui.historyInfoLabel.text()


def test_screenshot_of_the_panel(qtbot, panel, clean_sim):
    clean_sim.add_day_of_samples(clean_sim.subs["online"][1])
    panel.set_subscription(clean_sim.subs["online"][0])
    qtbot.waitUntil(lambda: panel.live_chart.count >= 8, timeout=30000)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert panel.grab().save(str(SHOTS / "connection_panel.png"))
    panel.ui.chartTabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: panel.history_chart.count >= 200, timeout=15000)
    qtbot.wait(200)
    assert panel.grab().save(str(SHOTS / "connection_panel_history.png"))
