"""1 Protocolo: the number reserved when the wizard opens, big and grouped for dictation, with a
copy button; then the kind of attendance (Cliente / Prospecto / P. Acesso)."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QWidget

from ...forms.ui_wizard_protocol import Ui_WizardProtocolPage
from ...icons import icon
from ...style import status_style
from ..context import WizardContext
from ..page import StepPage


def protocol_font(point_size: int) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(point_size)
    font.setBold(True)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 104)
    return font


class ProtocolPage(StepPage):
    def __init__(self, ctx: WizardContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ui = Ui_WizardProtocolPage()
        self.ui.setupUi(self)
        self.ui.protocolLabel.setFont(protocol_font(30))
        self.ui.copyButton.setIcon(icon("copy"))
        self.ui.copyButton.setAutoDefault(True)
        self.ui.retryButton.setAutoDefault(True)
        self.ui.copyButton.clicked.connect(self.copy)
        self.ui.retryButton.clicked.connect(ctx.reserve_protocol)
        self._radios = {"client": self.ui.clientRadio, "prospect": self.ui.prospectRadio,
                        "access_point": self.ui.accessPointRadio}
        for kind, radio in self._radios.items():
            radio.toggled.connect(lambda on, k=kind: on and self._kind_chosen(k))
        ctx.changed.connect(self._changed)
        self.show_protocol()

    def first_field(self):
        return self._radios[self.state.kind]

    def enter(self) -> None:
        with self.filling():
            self._radios[self.state.kind].setChecked(True)
        self.show_protocol()

    def copy(self) -> None:
        if self.state.protocol:
            QGuiApplication.clipboard().setText(self.state.protocol_formatted)
            self.ui.statusLabel.setText(self.tr("Número copiado: %s") % self.state.protocol_formatted)
            self.ui.statusLabel.setStyleSheet(status_style("ok"))

    def _kind_chosen(self, kind: str) -> None:
        if self._filling or kind == self.state.kind:
            return
        self.state.set_kind(kind)
        self.ctx.notify("kind")

    def _changed(self, what: str) -> None:
        if what == "protocol":
            self.show_protocol()

    def show_protocol(self) -> None:
        ctx, ui = self.ctx, self.ui
        number = self.state.protocol_formatted
        # no number yet: a word in grey, not a dash that the large font draws as a black bar
        ui.protocolLabel.setText(number or (self.tr("reservando…") if ctx.protocol_status == "reserving"
                                            else self.tr("sem número ainda")))
        ui.protocolLabel.setStyleSheet("" if number else "color: #8a96a3; font-size: 18pt;")
        ui.copyButton.setEnabled(bool(number))
        reserving = ctx.protocol_status == "reserving"
        ui.busyBar.setVisible(reserving)
        ui.retryButton.setVisible(ctx.protocol_status == "failed")
        if reserving:
            ui.statusLabel.setText(self.tr("reservando protocolo…"))
            ui.statusLabel.setStyleSheet(status_style("wait"))
        elif ctx.protocol_status == "failed":
            ui.statusLabel.setText(
                "<img src=':/icons/status_bad.svg' width='14' height='14'> "
                + self.tr("Não foi possível reservar o protocolo: %s O atendimento pode ser preenchido "
                          "mesmo assim; nada se perde e o número é reservado ao finalizar.")
                % ctx.protocol_error)
            ui.statusLabel.setStyleSheet(status_style("bad"))
        elif number:
            ui.statusLabel.setText("<img src=':/icons/status_ok.svg' width='14' height='14'> "
                                   + self.tr("Protocolo reservado."))
            ui.statusLabel.setStyleSheet(status_style("ok"))
        else:
            ui.statusLabel.setText("")
