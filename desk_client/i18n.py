"""Translations. Source strings are Brazilian Portuguese (the product's default language);
English comes from resources/translations/isp_desk_en.ts compiled to .qm by tools/build_ui.py.
Qt's own pt_BR catalogue translates the standard buttons (Sim/Não, Cancelar...)."""
from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

from .paths import translations_dir

log = logging.getLogger("desk_client.i18n")
LANGUAGES = {"pt_BR": "Português (Brasil)", "en": "English"}
_installed: list[QTranslator] = []


def install(app, language: str = "pt_BR") -> None:
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale("pt_BR" if language == "pt_BR" else "en_US")
    QLocale.setDefault(locale)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if language == "pt_BR":
        if qt_translator.load(locale, "qtbase", "_", qt_dir):
            app.installTranslator(qt_translator)
            _installed.append(qt_translator)
        else:  # scripts/build-bundle fails on this line: the bundle must ship qtbase_pt_BR.qm
            log.warning("Qt's own pt_BR catalogue (qtbase) not found in %s: dialog buttons stay in English",
                        qt_dir)
    if language != "pt_BR":
        ours = QTranslator(app)
        if ours.load(f"isp_desk_{language}", str(translations_dir())):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            log.warning("translation %s not found in %s (run tools/build_ui.py)", language, translations_dir())
