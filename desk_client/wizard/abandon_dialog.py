"""Esc in the wizard: confirm abandoning the attendance and say why. The protocol is then
recorded on the server as a contact without ticket (numbers are never reused)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ..forms.ui_wizard_abandon import Ui_WizardAbandonDialog

REASONS = (
    "Ligação caiu",
    "Cliente desistiu do atendimento",
    "Apenas uma dúvida, sem atendimento",
    "Ligação por engano",
    "Cliente vai ligar novamente",
)


class AbandonDialog(QDialog):
    abandon_confirmed = Signal(str)  # the reason

    def __init__(self, protocol_formatted: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_WizardAbandonDialog()
        self.ui.setupUi(self)
        if protocol_formatted:
            question = self.tr("Abandonar este atendimento? O protocolo %s fica registrado como "
                               "contato sem atendimento.") % protocol_formatted
        else:
            question = self.tr("Abandonar este atendimento? Nada será registrado (nenhum protocolo "
                               "foi reservado).")
        self.ui.questionLabel.setText(question)
        self.ui.reasonCombo.addItem("")
        for reason in REASONS:
            self.ui.reasonCombo.addItem(self.tr(reason))
        self.ui.reasonCombo.setCurrentIndex(0)
        self.ui.reasonCombo.lineEdit().setPlaceholderText(self.tr("escolha ou escreva o motivo"))
        self.ui.errorLabel.hide()
        # the platform's button order, as in every dialog (QDialogButtonBox)
        box = QDialogButtonBox(self)
        box.addButton(self.ui.abandonButton, QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton(self.ui.continueButton, QDialogButtonBox.ButtonRole.RejectRole)
        self.ui.buttonLayout.addWidget(box)
        self.ui.abandonButton.clicked.connect(self._confirm)
        self.ui.continueButton.clicked.connect(self.reject)
        # An editable combo keeps Enter and Esc for itself: give them their dialog meaning.
        self.ui.reasonCombo.installEventFilter(self)
        self.ui.reasonCombo.lineEdit().installEventFilter(self)
        self.ui.reasonCombo.setFocus()

    def eventFilter(self, watched, event) -> bool:
        combo = self.ui.reasonCombo
        if watched in (combo, combo.lineEdit()) and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.ui.reasonCombo.view().isVisible():
                self._confirm()
                return True
            if event.key() == Qt.Key.Key_Escape and not self.ui.reasonCombo.view().isVisible():
                self.reject()
                return True
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.activateWindow()
        self.ui.reasonCombo.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def reason(self) -> str:
        return self.ui.reasonCombo.currentText().strip()

    def _confirm(self) -> None:
        if len(self.reason) < 3:
            self.ui.errorLabel.setText(self.tr("Informe o motivo do abandono."))
            self.ui.errorLabel.show()
            self.ui.reasonCombo.setFocus()
            return
        self.abandon_confirmed.emit(self.reason)
        self.accept()
