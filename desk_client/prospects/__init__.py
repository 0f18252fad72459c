"""Prospectos (seed 000): the window of prospects and their conversion into clients.

    install(window, api, settings)   # adds "Prospectos…" to the Atendimento menu
"""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from ..ui.window_opener import open_single


def open_prospects(window, api):
    from .prospects_window import ProspectsWindow

    return open_single(window, "prospects_window", lambda: ProspectsWindow(api, window))


def install(window, api, settings) -> QAction:
    action = QAction(QCoreApplication.translate("MainWindow", "&Prospectos…"), window)
    action.setObjectName("actionProspects")
    window.ui.menuAttendance.addAction(action)
    action.triggered.connect(partial(open_prospects, window, api))
    window.prospects_window = None
    return action
