"""The editor's analytics of a version (GET /scripts/{id}/analytics): a small funnel (QtCharts) of
how many runs reached each question and how many stopped there, and the ends reached."""
from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QVBoxLayout, QWidget

OK_GREEN, WAIT_AMBER = QColor("#2f9e5b"), QColor("#e0a030")


def _short(text: str, size: int = 34) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


class FunnelChart(QChartView):
    def __init__(self, parent: QWidget | None = None):
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)

    def show_analytics(self, data: dict | None) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        nodes = [n for n in (data or {}).get("nodes") or [] if n["reached"]]
        if not nodes:
            chart.setTitle(self.tr("Nenhum atendimento usou esta versão ainda."))
            return
        chart.setTitle(self.tr("Atendimentos por pergunta: seguiram × pararam"))
        went_on, stopped = QBarSet(self.tr("Seguiram")), QBarSet(self.tr("Pararam aqui"))
        went_on.setColor(OK_GREEN)
        stopped.setColor(WAIT_AMBER)
        categories = []
        for node in reversed(nodes):  # the first question on top
            went_on.append(node["reached"] - node["stopped"])
            stopped.append(node["stopped"])
            median = node.get("median_seconds")
            # the median first: a long question is cut at its end, never the figure
            categories.append((f"{median:.0f} s · " if median is not None else "") + _short(node["question"], 30))
        series = QHorizontalStackedBarSeries()
        series.append(went_on)
        series.append(stopped)
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append(categories)
        axis_x = QValueAxis()
        axis_x.setRange(0, max(n["reached"] for n in nodes))
        axis_x.setLabelFormat("%d")
        axis_x.setTickCount(min(6, max(2, max(n["reached"] for n in nodes) + 1)))
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_y)
        series.attachAxis(axis_x)


def install_chart(host: QWidget) -> FunnelChart:
    layout = host.layout() or QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    chart = FunnelChart(host)
    layout.addWidget(chart)
    return chart


def ends_html(data: dict | None) -> str:
    ends = (data or {}).get("ends") or []
    if not ends:
        return ""
    rows = "".join(f"<tr><td>{e['node_id']}</td><td>{e['label']}</td><td align='right'><b>{e['count']}</b></td></tr>"
                   for e in ends)
    # outside the f-string: lupdate does not read inside one
    translate = QCoreApplication.translate
    title, node = translate("FunnelChart", "Fins alcançados"), translate("FunnelChart", "Nó")
    answer, times = translate("FunnelChart", "Resposta final"), translate("FunnelChart", "Vezes")
    return (f"<b>{title}</b><table cellpadding='3'><tr><th align='left'>{node}</th>"
            f"<th align='left'>{answer}</th><th>{times}</th></tr>{rows}</table>")
