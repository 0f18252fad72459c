"""Importar clientes (admins): the window that sends a CSV to POST /client-imports.

    install(window, api, settings)   # adds "Importar clientes…" to the Administração menu (admins)
"""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from ..permissions import ADMIN
from ..ui.window_opener import open_single


def open_import(window, api):
    from .import_window import ImportWindow

    return open_single(window, "import_window", lambda: ImportWindow(api, window))


def install(window, api, settings) -> QAction | None:
    window.import_window = None
    if (api.user or {}).get("role") != ADMIN:
        return None
    action = QAction(QCoreApplication.translate("MainWindow", "&Importar clientes…"), window)
    action.setObjectName("actionImportClients")
    window.ui.menuAdmin.addAction(action)
    window.ui.menuAdmin.menuAction().setVisible(True)
    action.triggered.connect(partial(open_import, window, api))
    return action
