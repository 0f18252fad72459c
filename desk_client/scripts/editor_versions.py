"""The script editor's Versões list and the analytics of the version shown (GET /scripts/{id}/versions
and /scripts/{id}/analytics). Only the latest load fills them: an answer arriving late (a slow server,
answers out of order) never replaces what the supervisor chose since. Texts keep the editor window's
translation context."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QListWidgetItem

from ..api import ApiClient, CallSlot, scripts
from . import editor_analytics

CONTEXT = "ScriptEditorWindow"
VERSION_ROLE = Qt.ItemDataRole.UserRole


class VersionsPanel(QObject):
    """Fills `ui.versionsList`, `ui.analyticsLabel`, the funnel chart and `ui.endsLabel`."""

    version_chosen = Signal(int)  # a version clicked in the list
    failed = Signal(object)  # ApiError

    def __init__(self, api: ApiClient, ui, parent: QObject):
        super().__init__(parent)
        self.ui = ui
        self.analytics: dict | None = None
        self.chart = editor_analytics.install_chart(ui.chartHost)
        self._versions = CallSlot(api, self)
        self._analytics = CallSlot(api, self)
        ui.versionsList.itemActivated.connect(self._clicked)
        ui.versionsList.itemClicked.connect(self._clicked)

    def load(self, script_id: int, version: int | None = None, *, versions: bool = True) -> None:
        params = {"version": version} if version else None
        if versions:
            call = self._versions.run(scripts.versions, script_id, timeout=10)
            call.succeeded.connect(self._versions_arrived)
            call.failed.connect(self.failed)
        call = self._analytics.run(scripts.analytics, script_id, params=params, timeout=10)
        call.succeeded.connect(self._analytics_arrived)
        call.failed.connect(self.failed)

    def cancel(self) -> None:
        """A load still on its way must not fill the panel (a new or imported draft is shown)."""
        self._versions.cancel()
        self._analytics.cancel()

    def show_unpublished(self) -> None:
        self.cancel()
        self.ui.versionsList.clear()
        self.chart.show_analytics(None)
        self.ui.analyticsLabel.setText(QCoreApplication.translate(CONTEXT, "Script ainda não publicado."))
        self.ui.endsLabel.setText("")

    def _clicked(self, item) -> None:
        self.version_chosen.emit(item.data(VERSION_ROLE))

    def _versions_arrived(self, body: dict) -> None:
        lst = self.ui.versionsList
        lst.clear()
        for v in (body or {}).get("items") or []:
            when = v["published_at"][:16].replace("T", " ")
            text = QCoreApplication.translate(CONTEXT, "v%d — %s, %s — %d atendimento(s)")
            item = QListWidgetItem(text % (v["version"], when, v["published_by"], v["runs"]))
            item.setData(VERSION_ROLE, v["version"])
            lst.addItem(item)

    def _analytics_arrived(self, data: dict) -> None:
        self.analytics = data
        text = QCoreApplication.translate(
            CONTEXT, "Versão %d: %d atendimento(s), %d concluído(s), %d encerrado(s) antes do fim.")
        self.ui.analyticsLabel.setText(text % (data["version"], data["runs"], data["finished"], data["stopped"]))
        self.chart.show_analytics(data)
        self.ui.endsLabel.setText(editor_analytics.ends_html(data))
