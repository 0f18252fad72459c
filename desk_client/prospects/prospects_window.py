"""Prospectos (seed 000): the list searchable by status, period and name (and kind), and the record
of the chosen prospect with the tabs Contatos, E-mail and Mapa; "Converter em cliente…" for
supervisors and admins. "Abrir no mapa" opens OpenStreetMap in the browser (QDesktopServices).

    window = ProspectsWindow(api, parent); window.listed  # Signal(int): rows shown
"""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QDate, QItemSelectionModel, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from ..api import ApiClient, ApiError, prospects
from ..clients import record_rules as rr
from ..forms.ui_prospects_window import Ui_ProspectsWindow
from ..permissions import ADMIN, SUPERVISOR
from ..ui.formats import format_phone, iso_date, show_date
from ..ui.record_table import Column, RecordTableModel, fit_columns, setup_table
from . import rules
from .convert_dialog import ConvertDialog

TIMEOUT_S = 15.0


def _t(text: str) -> str:
    return QCoreApplication.translate(rules.CONTEXT, text)


class ProspectsWindow(QWidget):
    listed = Signal(int)
    record_loaded = Signal(dict)  # contacts and location of the chosen prospect arrived
    converted = Signal(dict)
    map_opened = Signal(str)

    def __init__(self, api: ApiClient, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ProspectsWindow()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.api = api
        self.current: dict | None = None
        self.location: dict | None = None
        self.dialog = None
        ui = self.ui
        for combo, words in ((ui.statusCombo, rules.STATUSES), (ui.kindCombo, rules.KINDS)):
            combo.addItem(self.tr("Todos"), None)
            for key, word in words.items():
                combo.addItem(_t(word), key)
        today = QDate.currentDate()
        ui.fromDate.setDate(today.addMonths(-3))
        ui.toDate.setDate(today)
        ui.fromDate.setEnabled(False)
        ui.toDate.setEnabled(False)
        ui.periodCheck.toggled.connect(ui.fromDate.setEnabled)
        ui.periodCheck.toggled.connect(ui.toDate.setEnabled)
        self.model = RecordTableModel([
            Column(self.tr("Nome"), lambda r: r.get("name") or ""),
            Column(self.tr("Tipo"), lambda r: _t(rules.KINDS.get(r.get("kind"), ""))),
            Column(self.tr("Status"), lambda r: _t(rules.STATUSES.get(r.get("status"), ""))),
            Column(self.tr("Cidade"), lambda r: "/".join(x for x in (r.get("city"), r.get("uf")) if x)),
            Column(self.tr("Telefone"), lambda r: format_phone(r.get("phone"))),
            Column(self.tr("Cadastro"), lambda r: show_date(r.get("created_at")), sort=lambda r: r.get("created_at")),
        ], self)
        setup_table(ui.prospectsTable, self.model, stretch_column=0)
        self.contacts = RecordTableModel([
            Column(self.tr("Nome"), lambda r: r.get("name") or ""),
            Column(self.tr("Função"), lambda r: r.get("role") or ""),
            Column(self.tr("Telefone"), lambda r: format_phone(r.get("phone"))),
            Column(self.tr("E-mail"), lambda r: r.get("email") or ""),
        ], self)
        setup_table(ui.contactsTable, self.contacts, stretch_column=0)
        ui.splitter.setSizes([560, 640])
        ui.prospectsTable.selectionModel().currentRowChanged.connect(self._chosen)
        ui.searchButton.clicked.connect(self.search)
        ui.nameEdit.returnPressed.connect(self.search)
        ui.newButton.clicked.connect(self.new_prospect)
        ui.addContactButton.clicked.connect(self.add_contact)
        ui.saveLocationButton.clicked.connect(self.save_location)
        ui.openMapButton.clicked.connect(self.open_map)
        ui.mailtoButton.clicked.connect(self.write_email)
        ui.convertButton.clicked.connect(self.convert)
        ui.closeButton.clicked.connect(self.close)
        manager = (api.user or {}).get("role") in (SUPERVISOR, ADMIN)
        ui.convertButton.setVisible(manager)
        ui.emailLabel.setText(self.tr(
            "O envio pelo servidor (com modelos e anexos) é feito a partir de um atendimento. Para um "
            "prospecto sem atendimento, escreva no seu programa de e-mail: o endereço já vai preenchido."))
        ui.mapHintLabel.setText(self.tr(
            "Sem coordenadas, o mapa abre na busca pelo endereço; com elas, no ponto exato."))
        self._show(None)
        self.search()

    # -- list -----------------------------------------------------------------------------------
    def search(self) -> None:
        ui = self.ui
        period = (iso_date(ui.fromDate.date()), iso_date(ui.toDate.date())) if ui.periodCheck.isChecked() else None
        params = rules.list_params(ui.nameEdit.text(), ui.statusCombo.currentData(), ui.kindCombo.currentData(),
                                   period)
        self._message(self.tr("Pesquisando…"))
        call = prospects.listing(self.api, params=params, timeout=TIMEOUT_S)
        call.succeeded.connect(self._listed)
        call.failed.connect(self._failed)

    def _listed(self, body: dict, select_id: int | None = None) -> None:
        items = body.get("items") or []
        self.model.set_rows(items)
        fit_columns(self.ui.prospectsTable)
        self._message(self.tr("Nenhum prospecto encontrado.") if not items else
                      self.tr("%s prospecto(s)") % len(items))
        row = self.model.row_of(lambda r: r["id"] == select_id) if select_id else (0 if items else -1)
        if row >= 0:
            self.ui.prospectsTable.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        else:
            self._show(None)
        self.listed.emit(len(items))

    def _failed(self, error: ApiError) -> None:
        self._message(error.message, error=True)

    def _message(self, text: str, error: bool = False) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet("color: #b42318;" if error else "color: #52606d;")

    # -- record ---------------------------------------------------------------------------------
    def _chosen(self, current, _previous) -> None:
        self._show(self.model.record(current.row()) if current.isValid() else None)

    def _show(self, prospect: dict | None) -> None:
        ui = self.ui
        self.current, self.location = prospect, None
        ui.recordPane.setEnabled(prospect is not None)
        prospect = prospect or {}
        kind = _t(rules.KINDS.get(prospect.get("kind"), ""))
        status = _t(rules.STATUSES.get(prospect.get("status"), ""))
        ui.titleLabel.setText(prospect.get("name") or self.tr("Nenhum prospecto escolhido"))
        ui.detailLabel.setText("\n".join(([f"{kind} · {status}"] if kind else []) + rules.summary(prospect)))
        ui.addressLabel.setText(rules.address_line(prospect) or self.tr("(sem endereço)"))
        ui.latitudeEdit.clear()
        ui.longitudeEdit.clear()
        ui.mailtoButton.setEnabled(bool(prospect.get("email")))
        ui.convertButton.setEnabled(bool(prospect) and not prospect.get("client_id"))
        self.contacts.set_rows([])
        if prospect.get("id"):
            pid = prospect["id"]
            for request, slot in ((prospects.contacts, self._contacts_arrived),
                                  (prospects.location, self._location_arrived)):
                call = request(self.api, pid, timeout=TIMEOUT_S)
                call.succeeded.connect(partial(slot, pid))
                call.failed.connect(self._failed)

    def _contacts_arrived(self, pid: int, body: dict) -> None:
        if self.current and self.current["id"] == pid:
            self.contacts.set_rows(body.get("items") or [])
            fit_columns(self.ui.contactsTable)
            self.record_loaded.emit(self.current)

    def _location_arrived(self, pid: int, body: dict) -> None:
        if not (self.current and self.current["id"] == pid):
            return
        self.location = body if body.get("latitude") is not None else None
        if self.location:
            self.ui.latitudeEdit.setText(str(body["latitude"]).replace(".", ","))
            self.ui.longitudeEdit.setText(str(body["longitude"]).replace(".", ","))

    # -- actions --------------------------------------------------------------------------------
    def add_contact(self) -> None:
        if not self.current:
            return
        ui = self.ui
        body = {"name": ui.contactNameEdit.text().strip(), "phone": ui.contactPhoneEdit.text().strip() or None,
                "email": ui.contactEmailEdit.text().strip() or None}
        if not body["name"]:
            self._message(self.tr("Informe o nome do contato."), error=True)
            return
        call = prospects.add_contact(self.api, self.current["id"], body, timeout=TIMEOUT_S)
        call.succeeded.connect(partial(self._contact_added, self.current["id"]))
        call.failed.connect(self._failed)

    def _contact_added(self, pid: int, contact: dict) -> None:
        if self.current and self.current["id"] == pid:
            for edit in (self.ui.contactNameEdit, self.ui.contactPhoneEdit, self.ui.contactEmailEdit):
                edit.clear()
            self.contacts.set_rows([*self.contacts.rows, contact])
            fit_columns(self.ui.contactsTable)
            self._message(self.tr("Contato adicionado."))

    def save_location(self) -> None:
        if not self.current:
            return
        lat = rr.parse_coordinate(self.ui.latitudeEdit.text(), 90)
        lon = rr.parse_coordinate(self.ui.longitudeEdit.text(), 180)
        if lat is None or lon is None:
            self._message(self.tr("Coordenadas inválidas: latitude de -90 a 90, longitude de -180 a 180."),
                          error=True)
            return
        call = prospects.set_location(self.api, self.current["id"], lat, lon, timeout=TIMEOUT_S)
        call.succeeded.connect(partial(self._location_saved, self.current["id"]))
        call.failed.connect(self._failed)

    def _location_saved(self, pid: int, body: dict) -> None:
        self._location_arrived(pid, body)
        self._message(self.tr("Coordenadas salvas."))

    def map_url(self) -> str:
        lat = rr.parse_coordinate(self.ui.latitudeEdit.text(), 90)
        lon = rr.parse_coordinate(self.ui.longitudeEdit.text(), 180)
        typed = {"latitude": lat, "longitude": lon} if lat is not None and lon is not None else self.location
        return rr.map_url(self.current or {}, typed)

    def open_map(self) -> None:
        url = self.map_url()
        if not url:
            self._message(self.tr("Sem endereço nem coordenadas para mostrar no mapa."), error=True)
            return
        QDesktopServices.openUrl(QUrl(url))
        self.map_opened.emit(url)

    def write_email(self) -> None:
        if self.current and self.current.get("email"):
            QDesktopServices.openUrl(QUrl(f"mailto:{self.current['email']}"))

    def new_prospect(self):
        from ..wizard.prospect_dialog import ProspectDialog

        self.dialog = ProspectDialog(self.api, self.ui.nameEdit.text().strip(), self)
        self.dialog.prospect_saved.connect(self._prospect_created)
        self.dialog.open()
        return self.dialog

    def _prospect_created(self, prospect: dict) -> None:
        self.ui.nameEdit.setText(prospect.get("name", ""))
        call = prospects.listing(self.api, params=rules.list_params(prospect.get("name", ""), None, None, None),
                                 timeout=TIMEOUT_S)
        call.succeeded.connect(partial(self._listed, select_id=prospect.get("id")))

    def convert(self) -> ConvertDialog | None:
        if not self.current or self.current.get("client_id"):
            return None
        self.dialog = ConvertDialog(self.api, self.current, self)
        self.dialog.saved.connect(self._converted)
        self.dialog.open()
        return self.dialog

    def _converted(self, answer: dict) -> None:
        self._message(self.tr("Cliente %s criado a partir do prospecto.") % answer.get("code", ""))
        self.converted.emit(answer)
        self.search()
