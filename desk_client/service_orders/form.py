"""The O.S. form (technician, status, type, date, start, duration, description) beside the
technician's day: the O.S. already there, the free stretches, and — when the chosen slot is taken —
the O.S. in the way and the nearest free slots as buttons. Used by the wizard step and the O.S.
dialog; it edits a plain dict (see rules.py) and emits `changed`."""
from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, QTime, Signal
from PySide6.QtWidgets import QListWidgetItem, QPushButton, QSizePolicy, QWidget

from ..api import CallSlot, service_orders
from ..api.users import USERS
from ..forms.ui_service_order_form import Ui_ServiceOrderForm
from . import rules, slots

log = logging.getLogger("desk_client.service_orders")
TIMEOUT_S = 10.0


class ServiceOrderForm(QWidget):
    changed = Signal()
    agenda_requested = Signal()

    def __init__(self, api, data: dict, parent: QWidget | None = None, *, exclude_id: int | None = None):
        super().__init__(parent)
        self.ui = Ui_ServiceOrderForm()
        self.ui.setupUi(self)
        self.api, self.data, self.exclude_id = api, data, exclude_id
        self._filling = False
        self._day_load = CallSlot(api, self)  # the chosen technician's day: the latest choice wins
        self._offer_buttons: list[QPushButton] = []
        self._offers: list[tuple[int, int]] = []  # the free slots the buttons offer
        self.technicians: list[dict] = []
        self.types: list[dict] = []
        self.statuses: list[dict] = []
        ui = self.ui
        ui.conflictLabel.hide()
        ui.offeredBox.hide()
        ui.technicianCombo.currentIndexChanged.connect(self._technician_chosen)
        ui.statusCombo.currentIndexChanged.connect(self._status_chosen)
        ui.typeCombo.currentIndexChanged.connect(self._type_chosen)
        ui.dateEdit.dateChanged.connect(self._date_chosen)
        ui.startEdit.timeChanged.connect(self._start_chosen)
        ui.durationSpin.valueChanged.connect(self._duration_chosen)
        ui.descriptionEdit.textChanged.connect(self._description_edited)
        ui.dayList.itemActivated.connect(self._day_item_activated)
        ui.agendaButton.clicked.connect(self.agenda_requested)
        for edit in (ui.dateEdit, ui.startEdit):  # typing fills the sections; Tab goes to the next field
            edit.installEventFilter(self)
        self.load_catalogs()
        self.show_data()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) \
                and watched in (self.ui.dateEdit, self.ui.startEdit):
            forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            _leave(watched, forward)
            return True
        return super().eventFilter(watched, event)

    # -- catalogs -------------------------------------------------------------------------------------
    def load_catalogs(self) -> None:
        for name, request, setter in (("users", USERS.list, self._users_loaded),
                                      ("O.S. types", service_orders.types, self._types_loaded),
                                      ("O.S. statuses", service_orders.statuses, self._statuses_loaded)):
            call = request(self.api, timeout=TIMEOUT_S, owner=self)
            call.succeeded.connect(setter)
            call.failed.connect(lambda error, n=name: log.warning("%s: %s", n, error.message))

    def _users_loaded(self, body) -> None:
        self.technicians = [u for u in (body or {}).get("items", []) if u.get("role") == "technician"
                            and u.get("active", True)]
        self._fill_combo(self.ui.technicianCombo, self.technicians, "technician_id", self.tr("(escolha o técnico)"))
        self.load_day()

    def _types_loaded(self, body) -> None:
        self.types = (body or {}).get("items", [])
        self._fill_combo(self.ui.typeCombo, self.types, "type_id", self.tr("(escolha o tipo de O.S.)"))

    def _statuses_loaded(self, body) -> None:
        self.statuses = [{"id": s["code"], "name": s["label"]} for s in (body or {}).get("items", [])]
        self._fill_combo(self.ui.statusCombo, self.statuses, "status", None)

    def _fill_combo(self, combo, items: list[dict], key: str, placeholder: str | None) -> None:
        with self._guard():
            combo.clear()
            if placeholder:
                combo.addItem(placeholder, None)
            for item in items:
                combo.addItem(item.get("name", ""), item["id"])
            index = combo.findData(self.data.get(key))
            combo.setCurrentIndex(max(0, index))
        if not placeholder and index < 0 and items:
            self.data[key] = combo.currentData()

    # -- data ↔ widgets -------------------------------------------------------------------------------
    def _guard(self):
        form = self

        class _Guard:
            def __enter__(self):
                form._filling = True

            def __exit__(self, *exc):
                form._filling = False
        return _Guard()

    def show_data(self) -> None:
        d, ui = self.data, self.ui
        with self._guard():
            try:
                day = date.fromisoformat(str(d.get("date")))
            except ValueError:
                day = date.today()
            ui.dateEdit.setDate(QDate(day.year, day.month, day.day))
            start = slots.parse_hhmm(d.get("start"))
            if start is None:  # nothing typed yet: the start of the working day
                start = slots.WORK_START
            ui.startEdit.setTime(QTime(start // 60, start % 60))
            ui.durationSpin.setValue(int(d.get("duration_minutes") or 60))
            if ui.descriptionEdit.toPlainText() != (d.get("description") or ""):
                ui.descriptionEdit.setPlainText(d.get("description") or "")
        if not d.get("start"):
            d["start"] = ui.startEdit.time().toString("HH:mm")
        self.show_conflict()

    def _edited(self) -> None:
        self.show_conflict()
        self.changed.emit()

    def _technician_chosen(self, index: int) -> None:
        if self._filling:
            return
        self.data["technician_id"] = self.ui.technicianCombo.itemData(index)
        self.data["technician_name"] = self.ui.technicianCombo.itemText(index) if self.data["technician_id"] else None
        self.load_day()
        self._edited()

    def _status_chosen(self, index: int) -> None:
        if not self._filling:
            self.data["status"] = self.ui.statusCombo.itemData(index)
            self._edited()

    def _type_chosen(self, index: int) -> None:
        if self._filling:
            return
        type_id = self.ui.typeCombo.itemData(index)
        self.data["type_id"] = type_id
        chosen = next((t for t in self.types if t["id"] == type_id), None)
        self.data["type_name"] = chosen["name"] if chosen else None
        if chosen:  # the type's usual duration; the operator may still change it
            self.ui.durationSpin.setValue(int(chosen.get("default_minutes") or 60))
        self._edited()

    def _date_chosen(self, qdate: QDate) -> None:
        if not self._filling:
            self.data["date"] = qdate.toString("yyyy-MM-dd")
            self.load_day()
            self._edited()

    def _start_chosen(self, qtime: QTime) -> None:
        if not self._filling:
            self.data["start"] = qtime.toString("HH:mm")
            self._edited()

    def _duration_chosen(self, value: int) -> None:
        if not self._filling:
            self.data["duration_minutes"] = value
            self._edited()

    def _description_edited(self) -> None:
        if not self._filling:
            self.data["description"] = self.ui.descriptionEdit.toPlainText()
            self.changed.emit()

    def set_slot(self, day: str, start: int, duration: int | None = None) -> None:
        """Pre-fill from the agenda or an offered slot."""
        self.data["date"], self.data["start"] = day, slots.hhmm(start)
        if duration:
            self.data["duration_minutes"] = duration
        self.show_data()
        self.load_day()
        self.changed.emit()

    # -- the technician's day ---------------------------------------------------------------------------
    def load_day(self) -> None:
        d = self.data
        if not d.get("technician_id"):
            self.ui.dayList.clear()
            self.ui.dayLabel.setText(self.tr("Agenda do técnico no dia"))
            return
        wanted = [d.get("technician_id"), d.get("date")]
        params = {"technician_id": d["technician_id"], "date_from": d["date"], "date_to": d["date"]}
        call = self._day_load.run(service_orders.listing, params=params, timeout=TIMEOUT_S)
        call.succeeded.connect(lambda body, w=wanted: self._day_loaded(w, body))
        call.failed.connect(lambda error: self.ui.dayLabel.setText(
            self.tr("Agenda indisponível: %s") % error.message))

    def _day_loaded(self, wanted: list, body) -> None:
        orders = [o for o in (body or {}).get("items", []) if o.get("id") != self.exclude_id]
        busy = slots.busy_from_orders(orders)
        self.data["busy"] = [[b.id, b.start, b.end, b.label] for b in busy]
        self.data["busy_for"] = wanted
        self.ui.dayLabel.setText(self.tr("Agenda de %s em %s") % (
            self.data.get("technician_name") or "", self.ui.dateEdit.date().toString("dd/MM/yyyy")))
        lst = self.ui.dayList
        lst.clear()
        entries = [(o["start"], o["end"], (f"{o.get('client_name') or ''} — {o.get('type_name') or ''}"
                    f" ({o.get('status_label') or ''})"), None) for o in orders]
        entries += [(slots.hhmm(s), slots.hhmm(e), self.tr("livre"), s) for s, e in slots.gaps(busy)]
        for start, end, text, free_start in sorted(entries):
            item = QListWidgetItem(f"{start}–{end}  {text}")
            if free_start is not None:
                item.setData(Qt.ItemDataRole.UserRole, free_start)
                item.setForeground(Qt.GlobalColor.darkGreen)
            lst.addItem(item)
        self._edited()

    def _day_item_activated(self, item: QListWidgetItem) -> None:
        start = item.data(Qt.ItemDataRole.UserRole)
        if start is not None:
            self.set_slot(self.data["date"], int(start))
            self.ui.startEdit.setFocus()

    def show_conflict(self) -> None:
        clash = rules.occupied_by(self.data)
        offers = rules.offered(self.data) if clash is not None else []
        self.ui.conflictLabel.setVisible(clash is not None)
        self.ui.offeredBox.setVisible(clash is not None)
        if clash is not None:
            self.ui.conflictLabel.setText(self.tr("Horário ocupado: %s–%s, %s. Livres mais próximos:") % (
                slots.hhmm(clash.start), slots.hhmm(clash.end), clash.label))
        if offers == self._offers:
            return  # the same buttons: an Alt+N already pressed (its click comes 100 ms later) still lands
        self._offers = offers
        for button in self._offer_buttons:
            # hidden now, not only when deleteLater runs: until then its Alt+N would be ambiguous with
            # the new button's and Qt would only move the focus, losing the operator's key
            button.hide()
            button.deleteLater()
        self._offer_buttons = []
        for number, (start, end) in enumerate(offers, 1):
            button = QPushButton(f"&{number} {slots.hhmm(start)}–{slots.hhmm(end)}", self.ui.offeredBox)
            button.setAutoDefault(False)
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, s=start: self._offer_taken(s))
            self.ui.offeredLayout.addWidget(button)
            button.setToolTip(self.tr("Alt+%d: usar este horário") % number)
            # shown now: a layout would show it only on the next turn of the event loop, and until
            # then Qt does not match its Alt+N (a key typed right after the refusal was lost)
            button.show()
            self._offer_buttons.append(button)

    def _offer_taken(self, start: int) -> None:
        self.set_slot(self.data["date"], start)
        self.ui.startEdit.setFocus()

    def offered_texts(self) -> list[str]:
        return [b.text().replace("&", "") for b in self._offer_buttons]


def _leave(widget: QWidget, forward: bool) -> None:
    """Move the focus to the next (previous) field outside `widget` — a date/time edit's Tab would
    otherwise walk its own sections first."""
    step = (lambda w: w.nextInFocusChain()) if forward else (lambda w: w.previousInFocusChain())
    target = step(widget)
    while target is not widget and (widget.isAncestorOf(target) or not target.isVisible()
                                    or not target.isEnabled()
                                    or not target.focusPolicy() & Qt.FocusPolicy.TabFocus):
        target = step(target)
    target.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
