"""Atendimento → Agenda: the technicians' agenda (day and week), and "Minha agenda" for a technician.

Day view: one column per technician, a row per 30 minutes; each O.S. is a block (client, district,
type, status) spanning its rows; free working-hours cells are tinted. Enter (or a double click) on a
block opens the O.S.; on a free cell it schedules there (in pick mode, from the wizard, it hands the
slot back). Dragging a block moves it (another time or technician), dragging its bottom row resizes
it; the server's overlap rule decides and its message is shown. Week view: a row per day; Enter opens
that day. Arrows move, Ctrl+←/→ change the day or week.
"""
from __future__ import annotations

import logging
from datetime import date, timedelta

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QInputDialog, QTableWidgetItem, QWidget

from ..api import CallSlot, protocols, service_orders
from ..api.users import USERS
from ..forms.ui_agenda_window import Ui_AgendaWindow
from . import agenda_model, slots

log = logging.getLogger("desk_client.agenda")
TIMEOUT_S = 15.0
FREE = QColor("#eef8f0")
CATEGORY_COLOURS = {"scheduled": "#dbe8fb", "on_the_way": "#fdf0d5", "in_progress": "#fde3c8", "done": "#d9f2df"}
WEEKDAYS = ("Segunda", "Terça", "Quarta", "Quinta", "Sexta", "Sábado", "Domingo")


class AgendaWindow(QWidget):
    slot_picked = Signal(int, str, str, int)  # technician id, name, date, start minute (pick mode)

    def __init__(self, api, user: dict, parent: QWidget | None = None, *, day: str | None = None,
                 technician_id: int | None = None, pick_mode: bool = False):
        super().__init__(parent, Qt.WindowType.Window)
        self.ui = Ui_AgendaWindow()
        self.ui.setupUi(self)
        self.api, self.user, self.pick_mode = api, user or {}, pick_mode
        self.mine = self.user.get("role") == "technician"
        self.day = date.fromisoformat(day) if day else date.today()
        self.focus_technician = technician_id
        self.technicians: list[dict] = []
        self.orders: list[dict] = []
        self.grid_model: agenda_model.DayGrid | None = None
        self._orders_load = CallSlot(api, self)  # the period shown last: an older answer is dropped
        self._drag: tuple | None = None
        self._patch = None
        if self.mine:
            self.setWindowTitle(self.tr("Minha agenda"))
        ui = self.ui
        grid = ui.grid
        grid.verticalHeader().setDefaultSectionSize(26)
        grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        grid.horizontalHeader().setMinimumSectionSize(140)
        grid.itemActivated.connect(self._activated)
        grid.viewport().installEventFilter(self)
        ui.previousButton.clicked.connect(lambda: self.shift(-1))
        ui.nextButton.clicked.connect(lambda: self.shift(1))
        ui.todayButton.clicked.connect(self.go_today)
        ui.refreshButton.clicked.connect(self.load)
        ui.dayRadio.toggled.connect(lambda _on: self.load())
        for keys, step in (("Ctrl+Left", -1), ("Ctrl+Right", 1)):
            QShortcut(QKeySequence(keys), self, activated=lambda s=step: self.shift(s))
        self.ui.messageLabel.hide()
        self.load()

    @property
    def week(self) -> bool:
        return self.ui.weekRadio.isChecked()

    # -- period -------------------------------------------------------------------------------------
    def shift(self, step: int) -> None:
        self.day += timedelta(days=7 * step if self.week else step)
        self.load()

    def go_today(self) -> None:
        self.day = date.today()
        self.load()

    def period(self) -> tuple[date, date]:
        if self.week:
            days = agenda_model.week_days(self.day)
            return days[0], days[-1]
        return self.day, self.day

    # -- loading ------------------------------------------------------------------------------------
    def load(self) -> None:
        first, last = self.period()
        self.ui.periodLabel.setText(self._period_text(first, last))
        params = {"date_from": first.isoformat(), "date_to": last.isoformat()}
        if self.mine:
            params["technician_id"] = self.user.get("id")
        if not self.technicians:
            users = USERS.list(self.api, timeout=TIMEOUT_S, owner=self)
            users.succeeded.connect(self._users_loaded)
            users.failed.connect(self._failed)
        call = self._orders_load.run(service_orders.listing, params=params, timeout=TIMEOUT_S)
        call.succeeded.connect(self._orders_loaded)
        call.failed.connect(self._failed)

    def _period_text(self, first: date, last: date) -> str:
        if first == last:
            text = f"{WEEKDAYS[first.weekday()]}, {first:%d/%m/%Y}"
        else:
            text = self.tr("Semana de %s a %s") % (f"{first:%d/%m}", f"{last:%d/%m/%Y}")
        return self.tr("Minha agenda — %s") % text if self.mine else text

    def _users_loaded(self, body) -> None:
        techs = [u for u in (body or {}).get("items", []) if u.get("role") == "technician" and u.get("active", True)]
        if self.mine:
            techs = [t for t in techs if t["id"] == self.user.get("id")] or [
                {"id": self.user.get("id"), "name": self.user.get("name", "")}]
        self.technicians = sorted(techs, key=lambda t: t.get("name", ""))
        if self._orders_ready:
            self.draw()

    _orders_ready = False

    def _orders_loaded(self, body) -> None:
        self.orders = (body or {}).get("items", [])
        self._orders_ready = True
        if self.technicians:
            self.draw()

    def _failed(self, error) -> None:
        self.show_message(self.tr("Agenda indisponível: %s") % error.message, error=True)

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet("color: #b42318;" if error else "color: #1f7a3a;")
        self.ui.messageLabel.setVisible(bool(text))

    # -- drawing ------------------------------------------------------------------------------------
    def draw(self) -> None:
        grid = self.ui.grid
        row, column = grid.currentRow(), max(0, grid.currentColumn())
        if row < 0:  # first drawing: the cursor starts at the beginning of the working hours
            row = 0 if self.week else slots.row_of(slots.WORK_START)
        grid.clearSpans()
        grid.clear()
        grid.setColumnCount(len(self.technicians))
        grid.setHorizontalHeaderLabels([t.get("name", "") for t in self.technicians])
        if self.week:
            self._draw_week()
        else:
            self._draw_day()
        if self.focus_technician is not None and not self.week:
            column = next((i for i, t in enumerate(self.technicians) if t["id"] == self.focus_technician), column)
            self.focus_technician = None
            row = slots.row_of(slots.WORK_START)
        grid.setCurrentCell(min(row, grid.rowCount() - 1), min(column, grid.columnCount() - 1))

    def _draw_day(self) -> None:
        grid = self.ui.grid
        model = self.grid_model = agenda_model.day_grid(self.day, self.technicians, self.orders)
        grid.setRowCount(slots.rows())
        grid.setVerticalHeaderLabels([slots.hhmm(slots.minutes_of_row(r)) for r in range(slots.rows())])
        for column in range(len(self.technicians)):
            for row in range(slots.rows()):
                item = QTableWidgetItem()
                if model.is_free(row, column):
                    item.setBackground(QBrush(FREE))
                    item.setToolTip(self.tr("livre — Enter agenda aqui"))
                grid.setItem(row, column, item)
            for block in model.blocks.get(column, []):
                item = QTableWidgetItem(block.text())
                colour = CATEGORY_COLOURS.get(block.order.get("status_category"), "#e4e7eb")
                item.setBackground(QBrush(QColor(colour)))
                item.setToolTip(self.tr("Protocolo %s — %s\n%s") % (
                    block.order.get("protocol_formatted"), block.order.get("address") or "",
                    block.order.get("description") or ""))
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                grid.setItem(block.row, column, item)
                if block.span > 1:
                    grid.setSpan(block.row, column, block.span, 1)

    def _draw_week(self) -> None:
        grid = self.ui.grid
        self.grid_model = None
        days = agenda_model.week_days(self.day)
        cells = agenda_model.week_cells(days, self.technicians, self.orders)
        grid.setRowCount(len(days))
        grid.setVerticalHeaderLabels([f"{WEEKDAYS[d.weekday()][:3]} {d:%d/%m}" for d in days])
        for r in range(len(days)):
            most = max((len(cells.get((r, c), [])) for c in range(len(self.technicians))), default=0)
            grid.setRowHeight(r, 22 + 18 * max(1, most))
            for c in range(len(self.technicians)):
                item = QTableWidgetItem(agenda_model.week_cell_text(cells.get((r, c), [])))
                item.setToolTip(agenda_model.week_cell_tooltip(cells.get((r, c), [])))
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                grid.setItem(r, c, item)

    # -- opening ------------------------------------------------------------------------------------
    def _activated(self, item: QTableWidgetItem) -> None:
        self.open_cell(item.row(), item.column())

    def open_cell(self, row: int, column: int) -> None:
        if self.week:  # Enter on a day of the week: that day, that technician
            self.day = agenda_model.week_days(self.day)[row]
            self.focus_technician = self.technicians[column]["id"]
            self.ui.dayRadio.setChecked(True)
            return
        block = self.grid_model.block_at(row, column) if self.grid_model else None
        if block is not None:
            self.open_order(block.order)
        elif self.grid_model is not None and self.grid_model.is_free(row, column):
            self.schedule_at(row, column)

    def open_order(self, order: dict) -> None:
        from .dialog import ServiceOrderDialog

        dialog = ServiceOrderDialog(self.api, order=order, parent=self)
        dialog.saved.connect(lambda _o: self.load())
        dialog.open()
        self.dialog = dialog

    def schedule_at(self, row: int, column: int) -> None:
        technician = self.technicians[column]
        start = slots.minutes_of_row(row)
        if self.pick_mode:
            self.slot_picked.emit(technician["id"], technician.get("name", ""), self.day.isoformat(), start)
            self.close()
            return
        number, ok = QInputDialog.getText(self, self.tr("Agendar O.S."),
                                          self.tr("Protocolo do atendimento da O.S.:"))
        if not ok or not number.strip():
            return
        call = protocols.protocol(self.api, number.strip(), timeout=TIMEOUT_S, owner=self)
        prefill = {"technician_id": technician["id"], "technician_name": technician.get("name"),
                   "date": self.day.isoformat(), "start": slots.hhmm(start)}
        call.succeeded.connect(lambda p, pf=prefill: self._protocol_found(p, pf))
        call.failed.connect(lambda e: self.show_message(e.message, error=True))

    def _protocol_found(self, protocol: dict, prefill: dict) -> None:
        from .dialog import ServiceOrderDialog

        if not protocol.get("ticket_id"):
            self.show_message(self.tr("O protocolo %s não tem atendimento aberto.") % protocol.get("formatted"),
                              error=True)
            return
        ticket = {"id": protocol["ticket_id"], "protocol": protocol["number"],
                  "protocol_formatted": protocol.get("formatted")}
        dialog = ServiceOrderDialog(self.api, ticket=ticket, prefill=prefill, parent=self)
        dialog.saved.connect(lambda _o: self.load())
        dialog.open()
        self.dialog = dialog

    # -- keyboard and drag ----------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            grid = self.ui.grid
            self.open_cell(grid.currentRow(), grid.currentColumn())
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.ui.grid.viewport() and self.grid_model is not None and not self.week:
            kind = event.type()
            if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
                index = self.ui.grid.indexAt(event.position().toPoint())
                block = self.grid_model.block_at(index.row(), index.column()) if index.isValid() else None
                row = self._row_at(event.position().toPoint().y())
                self._drag = (block, row) if block is not None else None
            elif kind == QEvent.Type.MouseButtonRelease and self._drag is not None:
                block, press_row = self._drag
                self._drag = None
                point = event.position().toPoint()
                row, column = self._row_at(point.y()), self.ui.grid.columnAt(point.x())
                if row >= 0 and column >= 0 and (row, column) != (press_row, self.grid_model.column_of(
                        block.order["technician_id"])):
                    self.dropped(block, press_row, row, column)
        return super().eventFilter(watched, event)

    def _row_at(self, y: int) -> int:
        return self.ui.grid.rowAt(y)

    def dropped(self, block: agenda_model.Block, press_row: int, row: int, column: int) -> None:
        change = agenda_model.drop_change(self.grid_model, block, press_row, row, column)
        if not change:
            return
        call = service_orders.update(self.api, block.id, change, timeout=TIMEOUT_S, owner=self)
        call.succeeded.connect(self._moved)
        call.failed.connect(lambda e: self.show_message(e.message, error=True))
        self._patch = call

    def _moved(self, order: dict) -> None:
        self._patch = None
        self.show_message(self.tr("O.S. nº %d: %s, %s–%s com %s.") % (
            order["id"], order["date"], order["start"], order["end"], order["technician_name"]))
        self.load()
