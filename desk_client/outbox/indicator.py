"""Status-bar indicator of the outbox: "1 atendimento aguardando envio" (amber, with an icon and the
words), red when the server refused something; hidden when nothing is waiting. Its menu sends now
or shows the details."""
from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QToolButton, QWidget

from ..icons import icon
from ..style import status_style
from ..ui.formats import format_protocol
from .sender import OutboxSender
from .store import FAILED, PENDING


def describe(entries: list[dict]) -> tuple[str, str]:
    """Status-bar text (translated, context "Outbox") and colour kind ("wait"/"bad"/"" when nothing
    is waiting) for the entries."""
    translate = QCoreApplication.translate
    failed = [e for e in entries if e.get("status") == FAILED]
    pending = [e for e in entries if e.get("status") == PENDING]
    tickets = sum(1 for e in pending if e["kind"] == "ticket" and not e.get("ticket"))
    others = len(pending) - tickets
    parts = []
    if tickets:
        parts.append(translate("Outbox", "1 atendimento aguardando envio") if tickets == 1
                     else translate("Outbox", "%d atendimentos aguardando envio") % tickets)
    if others:
        parts.append(translate("Outbox", "1 registro aguardando envio") if others == 1
                     else translate("Outbox", "%d registros aguardando envio") % others)
    if failed:
        parts.insert(0, translate("Outbox", "1 envio recusado pelo servidor") if len(failed) == 1
                     else translate("Outbox", "%d envios recusados pelo servidor") % len(failed))
        return "; ".join(parts), "bad"
    if parts:
        return "; ".join(parts), "wait"
    return "", ""


class OutboxIndicator(QToolButton):
    reopen_requested = Signal(object)  # a refused ticket entry, to be fixed in the wizard

    def __init__(self, sender: OutboxSender, parent: QWidget | None = None):
        super().__init__(parent)
        self.outbox = sender
        self.setObjectName("outboxIndicator")
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        self.send_now_action = QAction(self.tr("&Tentar enviar agora"), self)
        self.send_now_action.triggered.connect(self._send_now)
        self.details_action = QAction(self.tr("&Detalhes…"), self)
        self.details_action.triggered.connect(self.show_details)
        self.reopen_action = QAction(self.tr("&Corrigir no assistente…"), self)
        self.reopen_action.setToolTip(self.tr("Abre o atendimento recusado no assistente para corrigir e "
                                              "finalizar de novo (o protocolo é mantido)."))
        self.reopen_action.triggered.connect(self._reopen)
        menu.addAction(self.send_now_action)
        menu.addAction(self.reopen_action)
        menu.addAction(self.details_action)
        self.setMenu(menu)
        sender.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        entries = self.outbox.all()
        text, kind = describe(entries)
        self.setVisible(bool(text))
        self.reopen_action.setEnabled(any(self._fixable(e) for e in entries))
        if not text:
            return
        self.setText(text)
        self.setIcon(icon("status_bad" if kind == "bad" else "status_wait"))
        self.setStyleSheet(f"QToolButton {{ {status_style(kind)} }}")
        self.setToolTip("\n".join(self._line(e) for e in entries))

    def _line(self, entry: dict) -> str:
        what = self.tr("Atendimento") if entry["kind"] == "ticket" else self.tr("Contato sem atendimento")
        protocol = format_protocol(entry.get("protocol")) or self.tr("(protocolo a reservar)")
        subject = (entry.get("summary") or {}).get("subject") or ""
        line = f"{what} {protocol} {subject}".strip()
        if entry.get("status") == FAILED:
            return line + " — " + self.tr("recusado: %s") % (entry.get("last_error") or "")
        if entry.get("attempts"):
            wait = max(0, int(entry.get("next_attempt_ts", 0) - time.time()))
            return line + " — " + self.tr("%d tentativa(s); próxima em %d s") % (entry["attempts"], wait)
        return line + " — " + self.tr("enviando…")

    @staticmethod
    def _fixable(entry: dict) -> bool:
        return entry.get("status") == FAILED and entry["kind"] == "ticket" and not entry.get("ticket") \
            and bool(entry.get("state"))

    def _reopen(self) -> None:
        entry = next((e for e in self.outbox.all() if self._fixable(e)), None)
        if entry is not None:
            self.reopen_requested.emit(entry)

    def _send_now(self) -> None:
        for entry in self.outbox.failed():
            self.outbox.retry_failed(entry["id"])
        self.outbox.retry_now()

    def show_details(self) -> None:
        entries = self.outbox.all()
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Envios pendentes"),
                          self.tr("Estes registros estão guardados neste computador e serão enviados "
                                  "ao servidor automaticamente:") if entries else
                          self.tr("Nenhum envio pendente."), parent=self.window())
        box.setDetailedText("\n".join(self._line(e) for e in entries))
        box.open()
        self.details_box = box
