"""ConnectionPanel — "Dados do Servidor Mikrotik": the live PPPoE session of one subscription.

    panel = ConnectionPanel(api, parent)
    panel.set_subscription(subscription_id)   # or None to clear

Shows the online badge (green "online" / red "offline", amber while checking; always icon + word),
uptime, IP, MAC (warning when the caller-id differs from the registered MAC), the concentrator, a live
traffic chart (download/upload in Mbps, refreshed every ~2 s while the panel is visible, one request
in flight at most, stopped when hidden or closed) and the last 24 h from the poller's samples.
Router and server problems are shown inside the panel, in Portuguese.
"""
from __future__ import annotations

import logging
from datetime import UTC, datetime

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, QLocale, QMargins, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..api import ApiClient, ApiError, subscriptions
from ..api.slot import CallSlot
from ..forms.ui_connection_panel import Ui_ConnectionPanel
from ..icons import icon  # noqa: F401  (registers :/icons for the badges' <img>)
from ..style import BAD_RED, OK_GREEN, WAIT_AMBER
from .format import ago, human_uptime, local_time, mbps, parse_time, time_axis

log = logging.getLogger("desk_client.routers.panel")

LIVE_INTERVAL_MS = 2000
HISTORY_INTERVAL_MS = 5 * 60 * 1000
LIVE_WINDOW_POINTS = 60  # two minutes at one point every 2 s
REQUEST_TIMEOUT_S = 20.0  # the server answers router trouble within 15 s
DOWNLOAD_COLOUR = "#2b6cb0"
UPLOAD_COLOUR = "#0f766e"
GREY = "#52606d"


def _badge_html(kind: str, word: str) -> str:
    icon_name, colour = {"ok": ("status_ok", OK_GREEN), "bad": ("status_bad", BAD_RED),
                         "wait": ("status_wait", WAIT_AMBER)}.get(kind, ("status_wait", GREY))
    return (f"<span style='color:{colour}; font-weight:700;'>"
            f"<img src=':/icons/{icon_name}.svg' width='14' height='14'> {word}</span>")


class _TrafficChart(QChartView):
    """Download and upload (Mbps) over time."""

    def __init__(self, title: str, time_format: str, parent: QWidget | None = None):
        chart = QChart()
        chart.setTitle(title)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setBackgroundRoundness(0)
        chart.setLocalizeNumbers(True)
        chart.setLocale(QLocale(QLocale.Language.Portuguese, QLocale.Country.Brazil))
        self.download = QLineSeries()
        self.download.setName("Download (Mbps)")
        self.download.setPen(QPen(QColor(DOWNLOAD_COLOUR), 2))
        self.upload = QLineSeries()
        self.upload.setName("Upload (Mbps)")
        self.upload.setPen(QPen(QColor(UPLOAD_COLOUR), 2))
        chart.addSeries(self.download)
        chart.addSeries(self.upload)
        self.x_axis = QDateTimeAxis()
        self.x_axis.setFormat(time_format)
        self.x_axis.setTickCount(5)
        self.y_axis = QValueAxis()
        self.y_axis.setLabelFormat("%.1f")
        self.y_axis.setTitleText("Mbps")
        self.y_axis.setRange(0, 1)
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (self.download, self.upload):
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(190)
        self.clear()

    def clear(self) -> None:
        self.download.clear()
        self.upload.clear()
        now = QDateTime.currentDateTime()
        self.x_axis.setRange(now.addSecs(-120), now)
        self.y_axis.setRange(0, 1)
        self.y_axis.applyNiceNumbers()  # 0.2 steps: with 5 ticks, 0.25 would print as "0,3"

    @property
    def count(self) -> int:
        return self.download.count()

    def set_points(self, points: list[tuple[int, float, float]], span_start_ms: int | None = None) -> None:
        """points: (epoch ms, download Mbps, upload Mbps), oldest first."""
        self.download.replace([QPointF(t, d) for t, d, _ in points])
        self.upload.replace([QPointF(t, u) for t, _, u in points])
        self._rescale(points, span_start_ms)

    def append(self, t_ms: int, download: float, upload: float, keep: int) -> None:
        self.download.append(t_ms, download)
        self.upload.append(t_ms, upload)
        excess = self.download.count() - keep
        if excess > 0:
            self.download.removePoints(0, excess)
            self.upload.removePoints(0, excess)
        points = [(int(p.x()), p.y(), q.y()) for p, q in zip(self.download.points(), self.upload.points(),
                                                            strict=False)]
        self._rescale(points, None)

    def _rescale(self, points, span_start_ms: int | None) -> None:
        if not points:
            return
        first = span_start_ms if span_start_ms is not None else points[0][0]
        last = max(points[-1][0], first + 10_000)
        fmt, last = time_axis(first, last, self.x_axis.tickCount())  # no label printed twice
        self.x_axis.setFormat(fmt)
        self.x_axis.setRange(QDateTime.fromMSecsSinceEpoch(first), QDateTime.fromMSecsSinceEpoch(last))
        peak = max(max(d, u) for _, d, u in points)
        self.y_axis.setRange(0, max(1.0, peak * 1.2))
        self.y_axis.applyNiceNumbers()


class ConnectionPanel(QWidget):
    """Embeddable panel; the only interface other windows need: the constructor and set_subscription()."""

    state_changed = Signal(str)  # "checking", "online", "offline", "unknown", "error", "empty"

    def __init__(self, api: ApiClient, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ConnectionPanel()
        self.ui.setupUi(self)
        self.api = api
        self.subscription_id: int | None = None
        self.state = "empty"
        self.last_body: dict | None = None
        # One request of each kind at a time (a slow router never piles requests up); a call dropped
        # by stop() or a new subscription never delivers its answer.
        self._live = CallSlot(api, self)
        self._history = CallSlot(api, self)
        self._stopped_reason: str | None = None
        self.live_chart = _TrafficChart(self.tr("Tráfego em tempo real"), "HH:mm:ss", self.ui.liveChartHost)
        self.history_chart = _TrafficChart(self.tr("Tráfego das últimas 24 h"), "dd/MM HH:mm",
                                           self.ui.historyChartHost)
        for host, chart in ((self.ui.liveChartHost, self.live_chart), (self.ui.historyChartHost, self.history_chart)):
            layout = QVBoxLayout(host)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(chart)
        self.timer = QTimer(self)
        self.timer.setInterval(LIVE_INTERVAL_MS)
        self.timer.timeout.connect(self._tick)
        self.history_timer = QTimer(self)
        self.history_timer.setInterval(HISTORY_INTERVAL_MS)
        self.history_timer.timeout.connect(self.refresh_history)
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.chartTabs.currentChanged.connect(self._tab_changed)
        from .disconnect import attach  # Desconectar… and the live re-login (issue 16)
        self.disconnect_flow = attach(self, api)
        self._set_empty()

    # -- public interface ---------------------------------------------------------------------------
    def set_subscription(self, subscription_id: int | None) -> None:
        """Show the session of this subscription (None clears the panel)."""
        if subscription_id == self.subscription_id and subscription_id is not None:
            return
        self._drop_calls()
        self.subscription_id = subscription_id
        if self.disconnect_flow is not None:
            self.disconnect_flow.set_subscription(subscription_id)
        self.last_body = None
        self._stopped_reason = None
        self.live_chart.clear()
        self.history_chart.clear()
        if subscription_id is None:
            self._set_empty()
            self._update_timers()
            return
        self._clear_fields()
        self._set_state("checking", _badge_html("wait", self.tr("verificando…")))
        self.show_error("")
        self.refresh()
        self.refresh_history()
        self._update_timers()

    def refresh(self) -> None:
        """Ask the server (and the router) now, unless a request is already on its way."""
        if self.subscription_id is None or self._live.busy:
            return
        if self._stopped_reason:
            self._stopped_reason = None
            self._update_timers()
        call = self._live.run(subscriptions.connection, self.subscription_id, timeout=REQUEST_TIMEOUT_S)
        call.succeeded.connect(self._connection_arrived)
        call.failed.connect(self._connection_failed)
        call.finished.connect(self._live_finished)
        self.ui.refreshButton.setEnabled(False)

    def refresh_history(self) -> None:
        if self.subscription_id is None or self._history.busy:
            return
        call = self._history.run(subscriptions.traffic, self.subscription_id, 24, timeout=REQUEST_TIMEOUT_S)
        call.succeeded.connect(self._history_arrived)
        call.failed.connect(self._history_failed)
        self.ui.historyInfoLabel.setText(self.tr("Carregando o histórico…"))

    @property
    def polling(self) -> bool:
        return self.timer.isActive()

    @property
    def in_flight(self) -> int:
        return int(self._live.busy) + int(self._history.busy)

    def stop(self) -> None:
        """Stop every timer and forget pending answers (also done when hidden or closed)."""
        self.timer.stop()
        self.history_timer.stop()
        self._drop_calls()

    # -- Qt events ----------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._update_timers()
        if self.subscription_id is not None and self.last_body is not None:
            self.refresh()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.timer.stop()
        self.history_timer.stop()

    def closeEvent(self, event) -> None:
        self.stop()
        super().closeEvent(event)

    # -- internals ----------------------------------------------------------------------------------
    def _update_timers(self) -> None:
        active = self.isVisible() and self.subscription_id is not None and not self._stopped_reason
        if active and not self.timer.isActive():
            self.timer.start()
        elif not active:
            self.timer.stop()
        if active and not self.history_timer.isActive():
            self.history_timer.start()
        elif not active:
            self.history_timer.stop()

    def _tick(self) -> None:
        if not self.isVisible():
            self.timer.stop()
            return
        self.refresh()

    def _tab_changed(self, index: int) -> None:
        if index == 1 and self.history_chart.count == 0:
            self.refresh_history()

    def _drop_calls(self) -> None:
        self._live.cancel()
        self._history.cancel()
        self.ui.refreshButton.setEnabled(self.subscription_id is not None)

    def _live_finished(self) -> None:
        if not self._live.busy:  # (a dropped call still says finished while a newer one is on its way)
            self.ui.refreshButton.setEnabled(self.subscription_id is not None)

    def _connection_arrived(self, body: dict) -> None:
        if not isinstance(body, dict):
            return
        self.last_body = body
        self.ui.checkedLabel.setText(self.tr("consultado às %s") % local_time(body.get("checked_at"),
                                                                              with_seconds=True)[-8:])
        router = body.get("router") or {}
        self.ui.routerValue.setText(router.get("name") or "—")
        self.ui.loginValue.setText(body.get("login") or "—")
        error = body.get("router_error")
        if error:
            self._set_state("unknown", _badge_html("wait", self.tr("sem resposta do roteador")))
            self.show_error(self.tr("Não foi possível consultar o concentrador %s: %s. Os dados abaixo podem "
                                    "estar desatualizados; tente Atualizar em instantes.")
                            % (router.get("name") or "", error.get("message") or ""))
            self._show_last_seen(body)
            return
        self.show_error("")
        if body.get("online"):
            self._set_state("online", _badge_html("ok", self.tr("online")))
            self.ui.uptimeValue.setText(human_uptime(body.get("uptime_seconds")))
            self.ui.uptimeValue.setToolTip(self.tr("Conectado desde %s") % local_time(body.get("connected_at")))
            self.ui.ipValue.setText(body.get("address") or "—")
            self._show_mac(body)
            down, up = body.get("download_bps"), body.get("upload_bps")
            self.ui.trafficValue.setText(f"↓ {mbps(down)}   ↑ {mbps(up)}")
            self.ui.lastSeenValue.setText(self.tr("agora"))
            if down is not None and up is not None:
                when = parse_time(body.get("checked_at")) or datetime.now(UTC)
                self.live_chart.append(int(when.timestamp() * 1000), down / 1e6, up / 1e6, LIVE_WINDOW_POINTS)
        else:
            self._set_state("offline", _badge_html("bad", self.tr("offline")))
            self.ui.uptimeValue.setText("—")
            self.ui.ipValue.setText(self.tr("— (registrado: %s)") % body["registered_ip"]
                                    if body.get("registered_ip") else "—")
            self._show_mac(body)
            self.ui.trafficValue.setText("—")
            self._show_last_seen(body)

    def _show_mac(self, body: dict) -> None:
        seen, registered = body.get("caller_id"), body.get("registered_mac")
        if body.get("mac_mismatch"):
            self.ui.macValue.setText(
                f"<b>{seen}</b> <span style='color:{BAD_RED}; font-weight:600;'>"
                f"<img src=':/icons/status_bad.svg' width='12' height='12'> "
                + self.tr("diferente do cadastrado (%s): equipamento trocado ou MAC clonado?") % (registered or "—")
                + "</span>")
        elif seen:
            self.ui.macValue.setText(seen + (" " + self.tr("(confere com o cadastro)") if registered else ""))
        else:
            self.ui.macValue.setText(self.tr("— (cadastrado: %s)") % registered if registered else "—")

    def _show_last_seen(self, body: dict) -> None:
        seen = body.get("last_seen")
        self.ui.lastSeenValue.setText(f"{local_time(seen)} ({ago(seen)})" if seen else self.tr("sem registro"))

    def _connection_failed(self, error: ApiError) -> None:
        if error.status in (404, 409):
            # the registry says there is nothing to ask: stop polling until the subscription changes
            self._stopped_reason = error.message
            self._update_timers()
            self._set_state("error", _badge_html("", self.tr("sem dados")))
        else:
            self._set_state("error", _badge_html("wait", self.tr("indisponível")))
        self.show_error(error.message)

    def _history_arrived(self, body: dict) -> None:
        if not isinstance(body, dict):
            return
        points = []
        for p in body.get("points", []):
            when = parse_time(p.get("at"))
            if when is not None:
                points.append((int(when.timestamp() * 1000), (p.get("download_bps") or 0) / 1e6,
                               (p.get("upload_bps") or 0) / 1e6))
        start = int(datetime.now(UTC).timestamp() * 1000) - body.get("hours", 24) * 3600 * 1000
        if points:
            self.history_chart.set_points(points, span_start_ms=start)
            peak = max(d for _, d, _ in points)
            interval = float(body.get("interval_seconds") or 300)
            every = f"{round(interval)} s" if interval < 60 else f"{round(interval / 60)} min"
            self.ui.historyInfoLabel.setText(
                self.tr("%d pontos do coletor do servidor (amostras a cada %s); pico de download %s.")
                % (len(points), every, mbps(peak * 1e6)))
        else:
            self.history_chart.clear()
            self.ui.historyInfoLabel.setText(self.tr("Sem amostras de tráfego nas últimas 24 h (o coletor do "
                                                     "servidor ainda não registrou este login)."))

    def _history_failed(self, error: ApiError) -> None:
        self.ui.historyInfoLabel.setText(self.tr("Histórico indisponível: %s") % error.message)

    def show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))

    def _set_state(self, state: str, badge_html: str) -> None:
        self.ui.statusBadge.setText(badge_html)
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)

    def _clear_fields(self) -> None:
        for label in (self.ui.uptimeValue, self.ui.ipValue, self.ui.macValue, self.ui.trafficValue,
                      self.ui.lastSeenValue, self.ui.routerValue, self.ui.loginValue):
            label.setText("—")
        self.ui.checkedLabel.setText("")
        self.ui.historyInfoLabel.setText("")

    def _set_empty(self) -> None:
        self._clear_fields()
        self.show_error("")
        self.ui.refreshButton.setEnabled(False)
        self._set_state("empty", _badge_html("", self.tr("nenhum plano selecionado")))
