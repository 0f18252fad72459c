"""The client window's Contatos tab: list, add, edit and delete contacts.

Its texts keep the translation context "ClientDetailWindow" (explicit translate calls) so the
catalogue still matches."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox

from ..api import contacts
from ..ui.record_table import fit_columns
from .contact_dialog import ContactDialog

LOAD_TIMEOUT_S = 15.0

class ClientContactsTab:
    """Mixin of ClientDetailWindow (its `ui`, `api`, `client` and `contact_model`)."""

    # -- Contatos -------------------------------------------------------------------------------
    def _fill_contacts(self, rows: list[dict], select_id: int | None = None) -> None:
        table = self.ui.contactsTable
        current = self.selected_contact()
        keep = select_id or (current or {}).get("id")
        self.contact_model.set_rows(rows)
        fit_columns(table)
        if rows:
            row = max(0, self.contact_model.row_of(lambda r: r.get("id") == keep))
            table.selectionModel().setCurrentIndex(
                self.contact_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        n = len(rows)
        self.ui.contactsCountLabel.setText(
            QCoreApplication.translate("ClientDetailWindow", "nenhum contato")
            if n == 0
            else QCoreApplication.translate("ClientDetailWindow", "1 contato")
            if n == 1
            else QCoreApplication.translate("ClientDetailWindow", "%s contatos") % n
        )
        self._show_inline(
            self.ui.contactsMessageLabel,
            "" if rows else QCoreApplication.translate("ClientDetailWindow", "Nenhum contato cadastrado. Use Adicionar (Insert) para cadastrar."),
        )
        self._update_contact_buttons()

    def selected_contact(self) -> dict | None:
        index = self.ui.contactsTable.currentIndex()
        return self.contact_model.record(index.row()) if index.isValid() else None

    def _update_contact_buttons(self) -> None:
        has = self.selected_contact() is not None
        self.ui.editContactButton.setEnabled(has)
        self.ui.deleteContactButton.setEnabled(has)

    def add_contact(self) -> ContactDialog:
        return self._open_contact_dialog(None)

    def edit_contact(self) -> ContactDialog | None:
        contact = self.selected_contact()
        return self._open_contact_dialog(contact) if contact else None

    def _open_contact_dialog(self, contact: dict | None) -> ContactDialog:
        if self._contact_dialog is not None:
            self._contact_dialog.close()
        dialog = ContactDialog(self.api, self.client_id, contact, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.contact_saved.connect(self._contact_saved)
        dialog.contact_deleted.connect(self._contact_deleted)
        dialog.destroyed.connect(lambda *_: setattr(self, "_contact_dialog", None))
        self._contact_dialog = dialog
        dialog.open()
        return dialog

    def _contact_saved(self, contact: dict) -> None:
        rows = [r for r in self.contact_model.rows if r.get("id") != contact.get("id")] + [contact]
        rows.sort(key=lambda r: r.get("id") or 0)
        self._fill_contacts(rows, select_id=contact.get("id"))
        if self.client is not None:
            self.client["contacts"] = rows

    def _contact_deleted(self, contact_id: int) -> None:
        rows = [r for r in self.contact_model.rows if r.get("id") != contact_id]
        self._fill_contacts(rows)
        if self.client is not None:
            self.client["contacts"] = rows

    def delete_contact(self) -> None:
        contact = self.selected_contact()
        if contact is None:
            return
        if not self.confirm(QCoreApplication.translate("ClientDetailWindow", "Apagar o contato “%s”?") % contact.get("name", "")):
            return
        call = contacts.delete(self.api, contact["id"], timeout=LOAD_TIMEOUT_S)
        self.ui.deleteContactButton.setEnabled(False)
        call.succeeded.connect(lambda _body, cid=contact["id"]: self._contact_deleted(cid))
        call.failed.connect(
            lambda error: (
                self._show_inline(self.ui.contactsMessageLabel, error.message, True),
                self._update_contact_buttons(),
            )
        )

    def confirm(self, question: str) -> bool:
        """Asks the operator (tests replace it)."""
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("ClientDetailWindow", "Confirmar"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
