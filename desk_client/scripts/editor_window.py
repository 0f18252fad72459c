"""Administração → Scripts (supervisors and admins): the list of scripts and their versions, the
tree of questions and options, the node form, live validation (each problem clickable to its
node), test paths, a preview in the wizard's own runner widget, publish, JSON import/export, an
unsaved-changes guard, and each version's analytics.

The server checks the rules (POST /scripts/check, 400 ms after the last edit) and names the node in
every problem; publishing runs the test paths again and refuses a version whose paths fail.
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QTreeWidgetItem,
    QWidget,
)

from ..api import ApiClient, ApiError, CallSlot, catalog, scripts
from ..forms.ui_script_editor import Ui_ScriptEditorWindow
from .editor_model import ImportRefused, ScriptDraft, option_text, paths_from_text
from .editor_node_form import NodeForm
from .editor_paths import add_path_row, fill_paths, path_rows
from .editor_versions import VersionsPanel
from .runner_widget import preview_dialog

log = logging.getLogger("desk_client.scripts.editor")
CHECK_DELAY_MS = 400
NODE, OPTION = Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 1
SAMPLE = {"cliente.nome": "Maria Exemplo", "plano": "Fibra 300", "login": "maria.exemplo", "ip": "100.64.0.10",
          "protocolo": "20261201-000123-7"}


class ScriptEditorWindow(QMainWindow):
    def __init__(self, api: ApiClient, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ScriptEditorWindow()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.api = api
        self.draft: ScriptDraft | None = None
        self.problems: list[dict] = []
        # Only the latest load may fill the editor: an earlier answer arriving late (a slow server,
        # answers out of order) must not overwrite what the supervisor chose or typed since.
        self._script_load = CallSlot(api, self)
        self._check = CallSlot(api, self)  # the live check of the draft as it is now
        self._refusal: str | None = None
        self._filling = False
        self.preview: QDialog | None = None
        self.form = NodeForm(self.ui, self)
        self.form.edited.connect(self._edited)
        self.versions = VersionsPanel(api, self.ui, self)
        self.versions.version_chosen.connect(self._version_clicked)
        self.versions.failed.connect(self._failed)
        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(CHECK_DELAY_MS)
        self.check_timer.timeout.connect(self.check_now)
        self.ui.splitter.setSizes([250, 380, 690])
        ui = self.ui
        ui.scriptsList.currentItemChanged.connect(lambda item, _prev: self._script_clicked(item))
        ui.newButton.clicked.connect(self.new_script)
        ui.importButton.clicked.connect(self._import_clicked)
        ui.exportButton.clicked.connect(self._export_clicked)
        ui.nodeTree.currentItemChanged.connect(lambda item, _prev: self._tree_clicked(item))
        ui.addNodeButton.clicked.connect(self._add_node)
        ui.deleteNodeButton.clicked.connect(self._delete_node)
        ui.startButton.clicked.connect(self._set_start)
        ui.nameEdit.textEdited.connect(self._name_edited)
        ui.descriptionEdit.textEdited.connect(self._name_edited)
        ui.pathsTable.itemChanged.connect(self._paths_edited)
        ui.addPathButton.clicked.connect(self._add_path)
        ui.deletePathButton.clicked.connect(self._delete_path)
        ui.testButton.clicked.connect(self.check_now)
        ui.problemsList.itemClicked.connect(self._problem_clicked)
        ui.problemsList.itemActivated.connect(self._problem_clicked)
        ui.previewButton.clicked.connect(self.open_preview)
        ui.publishButton.clicked.connect(self.publish)
        self._show_draft()
        self.reload()
        self._get(catalog.ticket_types, self._types_arrived)

    # -- server calls -------------------------------------------------------------------------------
    @property
    def analytics(self) -> dict | None:
        return self.versions.analytics

    def _call(self, call, done, failed=None):
        """`call` is bound to this window: its answer never reaches a closed editor."""
        call.bind(self)
        call.succeeded.connect(done)
        call.failed.connect(failed or self._failed)
        return call

    def _get(self, request, done, **params):
        """`request`: a desk_client.api list function (`params` are its query)."""
        return self._call(request(self.api, params=params or None, timeout=10), done)

    def _failed(self, error: ApiError) -> None:
        log.warning("script editor: %s", error.message)
        self.ui.statusLabel.setText(self.tr("Servidor: %s") % error.message)

    def reload(self, select_id: int | None = None) -> None:
        self._select_after = select_id
        self._get(scripts.scripts, self._list_arrived, include_inactive="true")

    def _list_arrived(self, body: dict) -> None:
        lst = self.ui.scriptsList
        self._filling = True
        lst.clear()
        for script in (body or {}).get("items") or []:
            text = f"{script['name']}  (v{script['version']})" + ("" if script["active"] else self.tr(" — inativo"))
            item = QListWidgetItem(text)
            item.setData(NODE, script["id"])
            lst.addItem(item)
            if script["id"] == (self._select_after or (self.draft.script_id if self.draft else None)):
                lst.setCurrentItem(item)
        self._filling = False
        if self._select_after:
            self._load(self._select_after)
            self._select_after = None

    def _types_arrived(self, body: dict) -> None:
        self.form.set_ticket_types((body or {}).get("items") or [])

    # -- choosing what to edit ----------------------------------------------------------------------
    def confirm_discard(self) -> bool:
        """The unsaved-changes guard: True when there is nothing to lose or the supervisor agrees."""
        if self.draft is None or not self.draft.dirty:
            return True
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Rascunho não publicado"),
                          self.tr("O rascunho tem alterações não publicadas. Descartar as alterações?"),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("&Descartar"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("&Continuar editando"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Discard

    def _script_clicked(self, item) -> None:
        if self._filling or item is None:
            return
        script_id = item.data(NODE)
        if self.draft and script_id == self.draft.script_id:
            return
        if not self.confirm_discard():
            self._filling = True
            self._reselect_current()
            self._filling = False
            return
        self._load(script_id)

    def _reselect_current(self) -> None:
        for row in range(self.ui.scriptsList.count()):
            item = self.ui.scriptsList.item(row)
            if self.draft and item.data(NODE) == self.draft.script_id:
                self.ui.scriptsList.setCurrentItem(item)
                return
        self.ui.scriptsList.setCurrentRow(-1)

    def _load(self, script_id: int, version: int | None = None, *, versions: bool = True) -> None:
        params = {"version": version} if version else None
        call = self._script_load.run(scripts.script, script_id, params=params, timeout=10)
        call.succeeded.connect(self._script_arrived)
        call.failed.connect(self._failed)
        self.versions.load(script_id, version, versions=versions)

    def _cancel_loads(self) -> None:
        """A load still on its way must not replace the new draft."""
        self._script_load.cancel()
        self.versions.cancel()

    def _script_arrived(self, script: dict) -> None:
        self.draft = ScriptDraft.from_script(script)
        self.draft.version = script.get("latest_version", script.get("version"))
        self._shown_version = script.get("version")
        self._show_draft()
        self.check_now()

    def _version_clicked(self, version: int) -> None:
        if self.draft and self.draft.script_id and self.confirm_discard():
            self._load(self.draft.script_id, version, versions=False)

    def new_script(self) -> None:
        if self.confirm_discard():
            self._script_load.cancel()
            self.draft = ScriptDraft.new(self.tr("Novo script"))
            self.versions.show_unpublished()
            self._show_draft()
            self.check_now()

    # -- showing the draft --------------------------------------------------------------------------
    def _show_draft(self, select: tuple[str, int | None] | None = None) -> None:
        draft, ui = self.draft, self.ui
        for widget in (ui.nameEdit, ui.descriptionEdit, ui.nodeTree, ui.addNodeButton, ui.deleteNodeButton,
                       ui.startButton, ui.pathsTable, ui.addPathButton, ui.deletePathButton, ui.testButton,
                       ui.previewButton, ui.publishButton, ui.exportButton):
            widget.setEnabled(draft is not None)
        self._filling = True
        ui.nameEdit.setText(draft.name if draft else "")
        ui.descriptionEdit.setText(draft.description if draft else "")
        ui.descriptionEdit.setCursorPosition(0)  # the start of a long description, not its end
        self._fill_paths()
        self._filling = False
        self._fill_tree(select or ((draft.start_node_id, None) if draft else None))
        self._show_title()

    def _show_title(self) -> None:
        name = self.draft.name if self.draft else ""
        dirty = self.draft is not None and self.draft.dirty
        self.setWindowTitle(self.tr("Scripts de atendimento") + (f" — {name}" if name else "") + (" *" if dirty else ""))

    def _fill_tree(self, select: tuple[str, int | None] | None) -> None:
        tree, draft = self.ui.nodeTree, self.draft
        self._filling = True
        tree.clear()
        chosen = None
        for node in draft.nodes if draft else []:
            nid = node.get("id")
            mark = "★ " if nid == draft.start_node_id else ""
            bad = any(p.get("node_id") == nid for p in self.problems)
            item = QTreeWidgetItem([f"{mark}{nid}: {node.get('question', '')}" + ("  ⚠" if bad else "")])
            item.setData(0, NODE, nid)
            item.setToolTip(0, node.get("question", ""))
            for i, option in enumerate(node.get("options") or []):
                child = QTreeWidgetItem([option_text(option, i + 1)])
                child.setData(0, NODE, nid)
                child.setData(0, OPTION, i)
                item.addChild(child)
                if select and select == (nid, i):
                    chosen = child
            tree.addTopLevelItem(item)
            item.setExpanded(True)
            if select and select[0] == nid and select[1] is None:
                chosen = item
        self._filling = False
        if chosen is not None:
            tree.setCurrentItem(chosen)
        else:
            self.form.show(draft, None)

    def _tree_clicked(self, item) -> None:
        if self._filling or item is None:
            return
        node_id, option = item.data(0, NODE), item.data(0, OPTION)
        if option is None and node_id == self.form.node_id:
            option = self.form.current_option()  # the tree was redrawn: keep the option being edited
        self.form.show(self.draft, node_id, option)

    def select_node(self, node_id: str) -> None:
        for i in range(self.ui.nodeTree.topLevelItemCount()):
            item = self.ui.nodeTree.topLevelItem(i)
            if item.data(0, NODE) == node_id:
                self.ui.nodeTree.setCurrentItem(item)
                self.ui.tabs.setCurrentWidget(self.ui.nodeTab)
                self.ui.questionEdit.setFocus()
                return

    # -- editing ------------------------------------------------------------------------------------
    def _edited(self, shape: bool) -> None:
        if shape:
            current = self.ui.nodeTree.currentItem()
            nid = self.form.node_id
            option = self.form.current_option()
            self._fill_tree((nid, option) if current is not None and current.data(0, OPTION) is not None
                            else (nid, None))
        self._after_edit()

    def _after_edit(self) -> None:
        self._show_title()
        self.check_timer.start()

    def _name_edited(self) -> None:
        if self.draft and not self._filling:
            self.draft.name = self.ui.nameEdit.text().strip()
            self.draft.description = self.ui.descriptionEdit.text().strip()
            self.draft.dirty = True
            self._show_title()

    def _add_node(self) -> None:
        nid = self.draft.add_node(self.tr("Nova pergunta"))
        self._fill_tree((nid, None))
        self._after_edit()
        self.ui.questionEdit.setFocus()
        self.ui.questionEdit.selectAll()

    def _delete_node(self) -> None:
        item = self.ui.nodeTree.currentItem()
        if item is None:
            return
        pointing = self.draft.delete_node(item.data(0, NODE))
        self._fill_tree((self.draft.start_node_id, None))
        self._after_edit()
        if pointing:
            self.ui.statusLabel.setText(self.tr("%d opção(ões) levavam à pergunta excluída: veja os problemas.")
                                        % pointing)

    def _set_start(self) -> None:
        item = self.ui.nodeTree.currentItem()
        if item is not None:
            self.draft.set_start(item.data(0, NODE))
            self._fill_tree((item.data(0, NODE), None))
            self._after_edit()

    # -- test paths ---------------------------------------------------------------------------------
    def _fill_paths(self) -> None:
        fill_paths(self.ui.pathsTable, self.draft.test_paths if self.draft else [])

    def _paths_edited(self, _item=None) -> None:
        if not self._filling and self.draft:
            self.draft.set_test_paths(paths_from_text(path_rows(self.ui.pathsTable), keep=self.draft.test_paths))
            self._after_edit()

    def _add_path(self) -> None:
        self._filling = True
        add_path_row(self.ui.pathsTable, self.tr("novo caminho"))
        self._filling = False

    def _delete_path(self) -> None:
        row = self.ui.pathsTable.currentRow()
        if row >= 0:
            self.ui.pathsTable.removeRow(row)
            self._paths_edited()

    # -- live check ---------------------------------------------------------------------------------
    def check_now(self) -> None:
        self.check_timer.stop()
        if self.draft is None:
            return
        call = self._check.run(scripts.check, self.draft.tree_body(), timeout=10)  # an older check is dropped
        call.succeeded.connect(self._checked)
        call.failed.connect(self._failed)

    def _checked(self, body: dict) -> None:
        self._show_problems(body.get("errors") or [])
        refusal, self._refusal = self._refusal, None
        if refusal:
            self.ui.statusLabel.setText(self.tr("Não publicado: %s") % refusal)
        elif body.get("valid"):
            self.ui.statusLabel.setText(self.tr("Sem problemas; %d caminho(s) de teste passam.") % body["tests_run"])

    def _show_problems(self, problems: list[dict]) -> None:
        self.problems = problems
        lst = self.ui.problemsList
        lst.clear()
        for problem in problems:
            item = QListWidgetItem(problem["message"])
            item.setData(NODE, problem.get("node_id"))
            item.setToolTip(self.tr("Clique para ir à pergunta %s") % problem["node_id"] if problem.get("node_id")
                            else problem["message"])
            lst.addItem(item)
        self.ui.statusLabel.setText(self.tr("%d problema(s) a corrigir antes de publicar.") % len(problems)
                                    if problems else "")
        current = self.ui.nodeTree.currentItem()
        keep = (current.data(0, NODE), current.data(0, OPTION)) if current is not None else None
        self._fill_tree(keep)

    def _problem_clicked(self, item) -> None:
        if item.data(NODE):
            self.select_node(item.data(NODE))

    # -- preview, publish, files --------------------------------------------------------------------
    def open_preview(self) -> None:
        self.preview = preview_dialog(self.draft.as_script(), SAMPLE, self)

    def publish(self) -> None:
        draft = self.draft
        if draft is None:
            return
        # the server checks the draft again on publishing: a live check still in flight would only
        # overwrite the answer to the publish with its own, older, status line
        self.check_timer.stop()
        self._check.cancel()
        self.ui.publishButton.setEnabled(False)
        self.ui.statusLabel.setText(self.tr("Publicando…"))
        if draft.script_id is None:
            body = {"name": draft.name, "description": draft.description or None, **draft.tree_body()}
            call = scripts.create(self.api, body, timeout=15)
        else:
            scripts.update(self.api, draft.script_id, {"name": draft.name, "description": draft.description or None},
                           timeout=10, owner=self)
            call = scripts.publish(self.api, draft.script_id, draft.tree_body(), timeout=15)
        self._call(call, self._published, self._publish_refused)

    def _published(self, body: dict) -> None:
        script_id = body.get("id") or self.draft.script_id
        self.draft.dirty = False
        self._show_title()
        self.ui.publishButton.setEnabled(True)
        if self.problems:
            self._show_problems([])  # the server ran every check before accepting the version
        self.ui.statusLabel.setText(self.tr("Versão %d publicada.") % body["version"])
        self.draft.script_id = script_id
        self.reload(select_id=script_id)

    def _publish_refused(self, error: ApiError) -> None:
        self.ui.publishButton.setEnabled(True)
        self.ui.statusLabel.setText(self.tr("Não publicado: %s") % error.message)
        if error.status == 422:
            self._refusal = error.message
            self.check_now()  # the full list of problems, each clickable to its node

    def _import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Importar script"), "", self.tr("Script (*.json)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> bool:
        if not self.confirm_discard():
            return False
        try:
            draft = ScriptDraft.import_json(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ImportRefused) as exc:
            self.ui.statusLabel.setText(self.tr("Importação recusada: %s") % exc)
            return False
        self._cancel_loads()
        self.draft = draft
        self.ui.scriptsList.setCurrentRow(-1)
        self.ui.versionsList.clear()
        self._show_draft()
        self.check_now()
        self.ui.statusLabel.setText(self.tr("Importado como rascunho de um script novo: publique para criá-lo."))
        return True

    def _export_clicked(self) -> None:
        suggested = (self.draft.name or "script").replace("/", "-") + ".json"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Exportar script"), suggested, self.tr("Script (*.json)"))
        if path:
            self.export_file(Path(path))

    def export_file(self, path: Path) -> None:
        path.write_text(self.draft.export_json(), encoding="utf-8")
        self.ui.statusLabel.setText(self.tr("Exportado para %s") % path)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.confirm_discard():
            if self.draft is not None:
                self.draft.dirty = False  # the answer was given: a second close does not ask again
            event.accept()
        else:
            event.ignore()
