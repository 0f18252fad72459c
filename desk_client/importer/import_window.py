"""Importar clientes (admins): choose a CSV in the layout of docs/import-layout.md, "Simular" first
(nothing is written), then "Importar"; the summary, every refused line with its reason (savable as
CSV), and progress: the upload's bytes, then a busy bar while the server imports.

    window = ImportWindow(api, parent); window.finished_import  # Signal(dict): the server's report
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from ..api import ApiClient, ApiError, clients
from ..forms.ui_import_window import Ui_ImportWindow
from ..ui.record_table import Column, RecordTableModel, fit_columns, setup_table
from . import rules


def _t(text: str) -> str:
    return QCoreApplication.translate(rules.CONTEXT, text)


class ImportWindow(QWidget):
    finished_import = Signal(dict)
    import_failed = Signal(str)

    def __init__(self, api: ApiClient, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ImportWindow()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.api = api
        self.report: dict | None = None
        self._call = None
        ui = self.ui
        ui.introLabel.setText(self.tr(
            "Clientes, contatos e planos de um arquivo CSV no formato descrito em docs/import-layout.md "
            "(um exemplo: docs/import-clients-sample.csv). Importar de novo o mesmo arquivo atualiza, nunca "
            "duplica: o cliente é identificado pelo código e o plano pelo login. Simule antes de importar."))
        self.model = RecordTableModel([
            Column(self.tr("Linha"), lambda r: str(r.get("line", "")), sort=lambda r: r.get("line", 0),
                   align_right=True),
            Column(self.tr("Motivo da recusa"), lambda r: r.get("reason") or ""),
        ], self)
        setup_table(ui.refusedTable, self.model, stretch_column=1)
        ui.browseButton.clicked.connect(self.browse)
        ui.dryRunButton.clicked.connect(lambda *_: self.start(dry_run=True))
        ui.importButton.clicked.connect(lambda *_: self.start(dry_run=False))
        ui.saveReportButton.clicked.connect(lambda *_: self.save_report())
        ui.closeButton.clicked.connect(self.close)
        ui.fileEdit.textChanged.connect(self._update_buttons)
        ui.progressBar.setVisible(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = self._call is None
        has_file = Path(self.ui.fileEdit.text().strip()).is_file()
        self.ui.dryRunButton.setEnabled(idle and has_file)
        self.ui.importButton.setEnabled(idle and has_file)
        self.ui.saveReportButton.setEnabled(idle and bool(self.report and self.report.get("refused")))
        self.ui.browseButton.setEnabled(idle)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Arquivo de clientes"), "",
                                              self.tr("CSV (*.csv *.txt);;Todos (*)"))
        if path:
            self.ui.fileEdit.setText(path)

    def start(self, dry_run: bool) -> None:
        path = Path(self.ui.fileEdit.text().strip())
        if not path.is_file():
            return
        self.report = None
        self.model.set_rows([])
        self.ui.summaryLabel.setText(self.tr("Enviando o arquivo…"))
        self.ui.progressBar.setVisible(True)
        self.ui.progressBar.setRange(0, 100)
        self.ui.progressBar.setValue(0)
        self._call = clients.start_import(self.api, path, dry_run, timeout=rules.MAX_UPLOAD_SECONDS)
        self._call.progress.connect(self._progress)
        self._call.succeeded.connect(self._done)
        self._call.failed.connect(self._failed)
        self._update_buttons()

    def _progress(self, done: int, total: int) -> None:
        if total and done < total:
            self.ui.progressBar.setValue(int(100 * done / total))
        else:  # all bytes sent: the server is importing
            self.ui.progressBar.setRange(0, 0)
            self.ui.summaryLabel.setText(self.tr("Arquivo enviado; o servidor está importando…"))

    def _done(self, report: dict) -> None:
        self._call = None
        self.report = report
        self.ui.progressBar.setRange(0, 100)
        self.ui.progressBar.setValue(100)
        lines = [_t(template) % values for template, values in rules.summary(report)]
        total = int(report.get("refused_total", 0))
        if total > len(report.get("refused") or []):
            lines.append(self.tr("Mostrando as primeiras %s linhas recusadas de %s.")
                         % (len(report["refused"]), total))
        self.ui.summaryLabel.setText("\n".join(lines))
        self.model.set_rows(report.get("refused") or [])
        fit_columns(self.ui.refusedTable)
        self._update_buttons()
        self.finished_import.emit(report)

    def _failed(self, error: ApiError) -> None:
        self._call = None
        self.ui.progressBar.setVisible(False)
        self.ui.summaryLabel.setText(error.message)
        self._update_buttons()
        self.import_failed.emit(error.message)

    def save_report(self, path: str | None = None) -> Path | None:
        if not self.report:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Salvar linhas recusadas"), "recusadas.csv",
                                                  self.tr("CSV (*.csv)"))
        if not path:
            return None
        target = Path(path)
        target.write_text(rules.refused_csv(self.report), encoding="utf-8-sig")
        return target
