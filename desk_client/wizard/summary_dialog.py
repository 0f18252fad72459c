"""After Finalizar: protocol, subject, type, destination and the parent ticket if linked. Follows the
outbox entry live: "enviando…", then registered, or kept locally while the server is down."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from ..forms.ui_wizard_summary import Ui_WizardSummaryDialog
from ..icons import icon
from ..style import status_style
from ..ui.callbacks import alive
from ..ui.formats import format_protocol
from .model_text import tr_model
from .pages.protocol import protocol_font
from .state import KIND_LABELS


class SummaryDialog(QDialog):
    def __init__(self, summary: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_WizardSummaryDialog()
        self.ui.setupUi(self)
        self.summary = summary
        self.ticket: dict | None = None
        self.ui.protocolLabel.setFont(protocol_font(22))
        self.ui.copyButton.setIcon(icon("copy"))
        self.ui.copyButton.clicked.connect(self.copy)
        self.ui.okButton.clicked.connect(self.accept)
        self.ui.subjectValue.setText(f"{tr_model(KIND_LABELS.get(summary.get('kind'), ''))}: "
                                     f"{summary.get('subject') or ''}")
        self.ui.typeValue.setText(summary.get("ticket_type") or "")
        self.ui.destinationValue.setText(summary.get("destination") or "")
        self._set_protocol(summary.get("protocol"))
        self._set_parent(summary.get("parent"))
        self.show_sending()

    def copy(self) -> None:
        text = self.ui.protocolLabel.text()
        if text and text[0].isdigit():
            QGuiApplication.clipboard().setText(text)

    def _set_protocol(self, number: str | None) -> None:
        formatted = format_protocol(number)
        self.ui.protocolLabel.setText(formatted or self.tr("a reservar quando o servidor responder"))
        self.ui.copyButton.setEnabled(bool(formatted))
        if formatted:
            self.setWindowTitle(self.tr("Atendimento — Protocolo %s") % formatted)

    def _set_parent(self, parent: dict | None) -> None:
        visible = bool(parent)
        self.ui.parentCaption.setVisible(visible)
        self.ui.parentValue.setVisible(visible)
        if parent:
            self.ui.parentValue.setText(self.tr("vinculado ao atendimento pai %s")
                                        % (parent.get("formatted") or format_protocol(parent.get("protocol"))))

    def _headline(self, text: str, kind: str, icon_name: str) -> None:
        self.ui.headlineLabel.setText(text)
        QTimer.singleShot(0, alive(self, self.adjustSize))  # the texts changed: fit them, never overlap
        self.ui.stateIconLabel.setPixmap(icon(icon_name).pixmap(24, 24))
        self.ui.statusValue.setStyleSheet(status_style(kind))

    def show_sending(self) -> None:
        self._headline(self.tr("Enviando atendimento…"), "wait", "status_wait")
        self.ui.statusValue.setText(self.tr("enviando ao servidor"))
        self.ui.noteLabel.setText("")

    def show_sent(self, ticket: dict) -> None:
        self.ticket = ticket
        self._headline(self.tr("Atendimento registrado"), "ok", "status_ok")
        self._set_protocol(ticket.get("protocol"))
        destination = ticket.get("destination") or {}
        if destination.get("name"):
            kind = self.tr("Usuário") if destination.get("user_id") else self.tr("Cargo")
            self.ui.destinationValue.setText(f"{kind}: {destination['name']}")
        self.ui.typeValue.setText(ticket.get("ticket_type") or self.ui.typeValue.text())
        self.ui.statusValue.setText(ticket.get("status_label") or ticket.get("status") or "")
        if ticket.get("parent_id"):
            self._set_parent({"protocol": ticket.get("parent_protocol")})
        else:
            self._set_parent(None)
        self.ui.noteLabel.setText(self.tr("Informe o número do protocolo ao cliente."))
        self.ui.noteLabel.setStyleSheet("")

    def show_waiting(self, message: str) -> None:
        self._headline(self.tr("Atendimento guardado — aguardando o servidor"), "wait", "status_wait")
        self.ui.statusValue.setText(self.tr("aguardando envio"))
        self.ui.noteLabel.setText(
            self.tr("%s\nO atendimento está guardado neste computador e será enviado automaticamente "
                    "quando o servidor responder (veja a barra de status). Nada foi perdido.") % message)
        self.ui.noteLabel.setStyleSheet(status_style("wait"))
