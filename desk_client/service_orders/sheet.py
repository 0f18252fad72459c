"""The O.S. sheet (PDF from the server) downloaded to a temporary file and opened in the system viewer."""
from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from ..api import service_orders


def open_sheet(api, order_id: int, parent: QWidget) -> None:
    dest = Path(tempfile.gettempdir()) / f"isp-desk-os-{order_id}.pdf"
    call = service_orders.download_sheet(api, order_id, dest, timeout=30, owner=parent)
    call.succeeded.connect(lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
    call.failed.connect(lambda error: QMessageBox.warning(
        parent, QCoreApplication.translate("ServiceOrderSheet", "Folha da O.S."),
        QCoreApplication.translate("ServiceOrderSheet", "Não foi possível baixar a folha: %s") % error.message))
