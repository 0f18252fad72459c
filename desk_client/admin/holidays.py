"""Administração → Feriados municipais (supervisors and admins): the ISP's own holidays of the SLA
calendar (national and state ones come from the `holidays` package on the server). They are added,
renamed, moved and deactivated, never deleted; whatever changes the calendar moves the due time of the
open tickets (the server recomputes them)."""
from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QWidget

from ..api import ApiClient, catalog
from ..forms.ui_holidays import Ui_HolidaysWindow
from ..forms.ui_holidays_edit import Ui_HolidayEditDialog
from ..ui.admin_list import AdminListWindow, show_status
from ..ui.formats import iso_date, parse_date, show_date
from .dialog import AdminDialog
from .keys import insert_adds


class HolidaysWindow(AdminListWindow):
    form_class = Ui_HolidaysWindow
    icon_name = "agenda"
    records_attr = "holidays"

    def __init__(self, api: ApiClient, parent: QWidget | None = None):
        self.holidays: list[dict] = []
        super().__init__(api, parent)
        insert_adds(self)
        self.load()

    def table(self):
        return self.ui.holidaysTable

    def headers(self) -> list[str]:
        return [self.tr("Data"), self.tr("Dia da semana"), self.tr("Nome"), self.tr("Situação")]

    def weekday(self, day: QDate) -> str:
        names = (self.tr("segunda-feira"), self.tr("terça-feira"), self.tr("quarta-feira"), self.tr("quinta-feira"),
                 self.tr("sexta-feira"), self.tr("sábado"), self.tr("domingo"))
        return names[day.dayOfWeek() - 1] if day.isValid() else ""

    def load(self) -> None:
        self.load_lists([(catalog.holidays, {"include_inactive": "true"}, "holidays")])

    def _fill(self, select_id: int | None = None) -> None:
        shown = sorted((h for h in self.holidays if h.get("active", True) or self.ui.inactiveCheck.isChecked()),
                       key=lambda h: h["day"])
        rows = [(h, [show_date(h["day"]), self.weekday(parse_date(h["day"])), h["name"],
                     self.tr("Ativo") if h.get("active", True) else self.tr("Inativo")]) for h in shown]
        n = len(shown)
        self.show_rows(rows, select_id, self.tr("1 feriado") if n == 1 else self.tr("%d feriados") % n)

    def make_dialog(self, record: dict | None) -> HolidayDialog:
        return HolidayDialog(self.api, record, self)

    def _saved(self, holiday: dict) -> None:
        self.store(holiday)
        show_status(self.ui.statusLabel, self.tr("Feriado de %s salvo: os prazos dos atendimentos abertos "
                                                 "foram recalculados.") % show_date(holiday["day"]), "ok")


class HolidayDialog(AdminDialog):
    saved = Signal(dict)
    form_class = Ui_HolidayEditDialog

    def __init__(self, api: ApiClient, record: dict | None = None, parent: QWidget | None = None):
        super().__init__(api, record, parent)
        if record:
            self.setWindowTitle(self.tr("Editar feriado municipal"))
            self.ui.dayEdit.setDate(parse_date(record["day"]))
            self.ui.nameEdit.setText(record.get("name", ""))
            self.ui.activeCheck.setChecked(bool(record.get("active", True)))
        else:
            self.setWindowTitle(self.tr("Novo feriado municipal"))
            self.ui.dayEdit.setDate(QDate.currentDate())
            self.ui.activeCheck.hide()  # a new holiday counts
        self.ready(self.ui.dayEdit)
        self.ui.dayEdit.setSelectedSection(QDateEdit.Section.DaySection)  # typing ddmmaaaa fills it

    def save(self) -> None:
        if self._call is None and self.name_given(self.tr("Informe o nome do feriado (pelo menos 2 letras).")):
            body = {"day": iso_date(self.ui.dayEdit.date()), "name": self.ui.nameEdit.text().strip()}
            if self.record:
                body["active"] = self.ui.activeCheck.isChecked()
            self.save_to(catalog.HOLIDAYS, body)

    def on_saved(self, holiday: dict) -> None:
        self.saved.emit(holiday)
