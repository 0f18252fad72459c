#!/usr/bin/env python3
"""Is the client complete in every language? Three checks (tests/client/test_i18n_*.py run them):

1. catalogue: lupdate run on a copy of each resources/translations/*.ts (the committed file is left
   alone) — every entry still unfinished, including strings the code has but the .ts lacks;
2. marking: string literals handed to Qt text setters (setText, QLabel(...), QMessageBox.warning...)
   without tr()/translate(), f-strings inside tr() (never found in a catalogue), and tr() called on
   another object (`window.tr(...)`) or passed around as a function: lupdate files those under the
   context "window" or "", while Qt looks them up under the object's class, so they never translate;
3. mnemonics: in each form, translated, two '&' letters that the same window shows at once; and in
   the main window's menus as each role sees them once the features have added their entries, and
   the client and ticket windows as composed at run time.

  python tools/i18n_check.py                 all three, exit 1 on any problem
  python tools/i18n_check.py --unfinished    only the catalogue (what the lead translates)

A literal that is data, not text (a user name, an identifier), is allowed with `# notr` on its line.
"""
from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import build_ui

# -- 1. catalogue ------------------------------------------------------------------------------


def unfinished_entries(ts: Path) -> list[str]:
    """Entries of `ts` (a file lupdate has refreshed) with no finished translation."""
    problems = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            if kind == "unfinished" or not (translation.text or "").strip() and not translation.findall("numerusform"):
                problems.append(f"{ts.name}: [{name}] {message.findtext('source')!r}")
    return problems


def catalogue_problems() -> list[str]:
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for ts in sorted(build_ui.TS_DIR.glob("*.ts")):
            copy = Path(tmp) / ts.name
            shutil.copyfile(ts, copy)
            build_ui.lupdate(copy, quiet=True)
            problems += unfinished_entries(copy)
    return problems


# -- 2. marking --------------------------------------------------------------------------------
TEXT_SETTERS = {"setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip", "setTitle",
                "setWhatsThis", "setLabelText", "setTabText", "addTab", "insertTab", "showMessage",
                "setHeaderLabels", "setHorizontalHeaderLabels", "setInformativeText", "setSubTitle",
                "setSpecialValueText", "setSuffix", "setPrefix", "setButtonText", "setAccessibleName",
                "addAction", "addItem", "addItems", "insertItem", "setItemText"}
TEXT_WIDGETS = {"QLabel", "QPushButton", "QAction", "QCheckBox", "QRadioButton", "QGroupBox", "QToolButton",
                "QMessageBox", "QMenu", "QCommandLinkButton", "QTableWidgetItem", "QListWidgetItem",
                "QTreeWidgetItem", "QStandardItem"}
MESSAGE_BOXES = {"information", "warning", "critical", "question", "about"}
TRANSLATORS = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"}
_NOT_WORDS = re.compile(r"<[^>]*>|&\w+;|%\(?\w*\)?[sdif]|\{[^}]*\}")
# identifiers, user names, URLs and acronyms (PF, CPF, SLA): not sentences
_DATA = re.compile(r"[a-z0-9_.:/\-]+|[A-Z0-9./\-]{1,5}")


def _wordy(text: str) -> bool:
    return not _DATA.fullmatch(text) and bool(re.search(r"[A-Za-zÀ-ÿ]{2,}", _NOT_WORDS.sub(" ", text)))


def _literals(node: ast.AST) -> list[str]:
    """Untranslated literal text an argument is made of (a tr() call inside counts as translated)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if _wordy(node.value) else []
    if isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        return [text] if _wordy(text) else []
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _literals(node.left) + _literals(node.right)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
        return _literals(node.left)
    if isinstance(node, ast.IfExp):
        return _literals(node.body) + _literals(node.orelse)
    if isinstance(node, (ast.List, ast.Tuple)):
        return [text for element in node.elts for text in _literals(element)]
    return []


def _callee(node: ast.Call) -> str | None:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None


def _on_self(func: ast.AST) -> bool:
    return isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "self"


def _lupdate_context(func: ast.AST) -> str:
    """What lupdate takes for the context of `x.tr(...)`: the text before `.tr` ('' for a bare tr())."""
    return ast.unparse(func.value) if isinstance(func, ast.Attribute) else ""


def unmarked_in_source(source: str, filename: str = "<code>") -> list[str]:
    lines = source.splitlines()
    problems = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call) or "notr" in lines[node.lineno - 1]:
            continue
        name = _callee(node)
        if name in TRANSLATORS:
            if any(isinstance(arg, ast.JoinedStr) for arg in node.args):
                problems.append(f"{filename}:{node.lineno}: f-string inside {name}() is never translated")
            literal = bool(node.args) and isinstance(node.args[0], (ast.Constant, ast.JoinedStr))
            if name == "tr" and literal and not _on_self(node.func):  # tr(CONSTANT): a NOOP-marked text
                problems.append(f"{filename}:{node.lineno}: {ast.unparse(node.func)}() is never translated: lupdate "
                                f"files it under the context {_lupdate_context(node.func)!r}, Qt looks it up under the "
                                "object's class; use self.tr() or QCoreApplication.translate(\"<Class>\", ...)")
            continue
        is_box = (name in MESSAGE_BOXES and isinstance(node.func, ast.Attribute)
                  and isinstance(node.func.value, ast.Name) and node.func.value.id == "QMessageBox")
        if name in TEXT_SETTERS or name in TEXT_WIDGETS or is_box:
            for arg in node.args:
                problems += [f"{filename}:{node.lineno}: {name}({text!r}) not marked for translation"
                             for text in _literals(arg)]
    return problems


def unmarked_strings() -> list[str]:
    problems = []
    for path in sorted((ROOT / "desk_client").rglob("*.py")):
        if "forms" not in path.parts:
            problems += unmarked_in_source(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    return problems


# -- 3. mnemonics ------------------------------------------------------------------------------


def mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def _pages(widget, top) -> dict[int, int]:
    """For each page container above `widget` (tabs, stacks, tool boxes): which page it is on.
    Widgets on different pages of one container are never shown together, so cannot clash."""
    from PySide6.QtWidgets import QStackedWidget, QToolBox
    from shiboken6 import getCppPointer  # the Qt object's identity: Python wrappers come and go

    pages, child, parent = {}, widget, widget.parentWidget()
    while parent is not None and child is not top:
        if isinstance(parent, (QStackedWidget, QToolBox)):  # a QTabWidget's pages sit in a QStackedWidget
            index = parent.indexOf(child)
            if index >= 0:
                pages[getCppPointer(parent)[0]] = index
        child, parent = parent, parent.parentWidget()
    return pages


def window_mnemonics(top) -> list[tuple[str, str, dict[int, int]]]:
    """(letter, text, pages) of everything in one window whose '&' works at once: buttons, labels with
    a buddy, checkable group boxes, tab titles, and in a main window the menu titles together with the
    toolbar's actions (operators read the underlined letters of both as the window's shortcuts)."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMainWindow, QTabWidget, QToolBar

    found = []

    def add(text: str, widget) -> None:
        letter = mnemonic(text)
        if letter:
            found.append((letter, text, _pages(widget, top) if widget is not None else {}))

    for button in top.findChildren(QAbstractButton):
        if not isinstance(button.parentWidget(), QToolBar):  # toolbar buttons: no mnemonic of their own
            add(button.text(), button)
    for label in top.findChildren(QLabel):
        if label.buddy() is not None:
            add(label.text(), label)
    for box in top.findChildren(QGroupBox):
        if box.isCheckable():
            add(box.title(), box)
    for tabs in top.findChildren(QTabWidget):
        for index in range(tabs.count()):
            add(tabs.tabText(index), tabs)
    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            add(action.text(), None)
        for toolbar in top.findChildren(QToolBar):
            for action in toolbar.actions():
                if not action.isSeparator():
                    add(action.text(), None)
    return found


def menu_mnemonics(top) -> dict[str, list[tuple[str, str, dict]]]:
    from PySide6.QtWidgets import QMenu

    return {menu.objectName() or menu.title(): [(mnemonic(a.text()), a.text(), {}) for a in menu.actions()
                                                 if mnemonic(a.text())]
            for menu in top.findChildren(QMenu)}


def clashes(entries: list[tuple[str, str, dict[int, int]]]) -> list[tuple[str, str]]:
    found = []
    for i, (letter, text, pages) in enumerate(entries):
        for other_letter, other_text, other_pages in entries[i + 1:]:
            apart = any(pages[c] != other_pages[c] for c in pages.keys() & other_pages.keys())
            if letter == other_letter and not apart:
                found.append((text, other_text))
    return found


def form_classes():
    import importlib

    for path in sorted((ROOT / "desk_client" / "forms").glob("ui_*.py")):
        module = importlib.import_module(f"desk_client.forms.{path.stem}")
        for name in dir(module):
            if name.startswith("Ui_"):
                yield path.stem, getattr(module, name)


def build_form(ui_class):
    """The form on the widget class its .ui names (QMainWindow, QDialog, QWidget...)."""
    from PySide6 import QtWidgets

    ui = ui_class()
    base = QtWidgets.QWidget
    source = ROOT / "ui_forms" / f"{ui_class.__module__.rsplit('.', 1)[-1].removeprefix('ui_')}.ui"
    if source.exists():
        match = re.search(r'<widget class="(\w+)"', source.read_text(encoding="utf-8"))
        base = getattr(QtWidgets, match.group(1), QtWidgets.QWidget) if match else base
    widget = base()
    ui.setupUi(widget)
    return widget


def mnemonic_clashes() -> list[str]:
    """In the language installed on the running QApplication (the caller installs the translator)."""
    problems = []
    for module, ui_class in form_classes():
        widget = build_form(ui_class)
        try:
            for text, other in clashes(window_mnemonics(widget)):
                problems.append(f"{module}: {text!r} and {other!r}")
            for menu, entries in menu_mnemonics(widget).items():
                problems += [f"{module} menu {menu}: {a!r} and {b!r}" for a, b in clashes(entries)]
        finally:
            widget.deleteLater()
    return problems


ROLES = ("admin", "supervisor", "operator", "technician")


def main_window_clashes() -> list[str]:
    """The main window as each role sees it once every feature has added its own menu entries and
    toolbar actions (at run time, so the main_window form alone does not show them): the menu bar
    with the toolbar, and each menu, counting only the entries that role can see."""
    from PySide6.QtWidgets import QToolBar

    from desk_client import features
    from desk_client.api import ApiClient
    from desk_client.main_window import MainWindow
    from desk_client.settings import ClientSettings

    def entries(actions) -> list[tuple[str, str, dict]]:
        return [(mnemonic(a.text()), a.text(), {}) for a in actions
                if a.isVisible() and not a.isSeparator() and mnemonic(a.text())]

    problems = []
    for role in ROLES:
        api = ApiClient("http://127.0.0.1:9")  # never answers: only the menus are looked at
        api.user = {"id": 1, "name": role, "username": role, "role": role}
        settings = ClientSettings()
        window = MainWindow(api, settings)
        try:
            features.install(window, api, settings)
            bar = entries(window.menuBar().actions())
            for toolbar in window.findChildren(QToolBar):
                bar += entries(toolbar.actions())
            scopes = {"menu bar and toolbar": bar}
            scopes.update({a.text(): entries(a.menu().actions()) for a in window.menuBar().actions() if a.menu()})
            for scope, found in scopes.items():
                problems += [f"main window ({role}) {scope}: {a!r} and {b!r}" for a, b in clashes(found)]
        finally:
            window.deleteLater()
            api.close()
    return problems


def composed_window_clashes() -> list[str]:
    """The client and ticket windows as run time composes them (their form plus what the features add:
    MikroTik and contract panels, Adicionar plano, Pedido de histórico, Desconectar, Anexos/E-mails,
    Agendar O.S.), for an admin (who gets every button) and a technician (who gets other ones)."""
    from desk_client.api import ApiClient
    from desk_client.clients.client_detail_window import ClientDetailWindow
    from desk_client.tickets.controller import TicketCatalog
    from desk_client.tickets.ticket_window import TicketWindow

    problems = []
    for role in ("admin", "technician"):
        api = ApiClient("http://127.0.0.1:9")  # never answers: only the widgets are looked at
        api.user = {"id": 1, "name": role, "username": role, "role": role}
        client_window = ClientDetailWindow(api, 1)
        catalog = TicketCatalog(api)
        ticket_window = TicketWindow(api, 1, catalog)
        try:
            for name, window in (("client window", client_window), ("ticket window", ticket_window)):
                problems += [f"{name} ({role}): {a!r} and {b!r}" for a, b in clashes(window_mnemonics(window))]
        finally:
            for obj in (client_window, ticket_window, catalog):
                obj.deleteLater()
            api.close()
    return problems


def install_language(app, language: str, qm_dir: Path):
    """Installs the compiled catalogue of `language` (None for the pt_BR sources); returns it."""
    from PySide6.QtCore import QTranslator

    if language == "pt_BR":
        return None
    translator = QTranslator(app)
    if not translator.load(f"isp_desk_{language}", str(qm_dir)):
        raise FileNotFoundError(f"isp_desk_{language}.qm not in {qm_dir}")
    app.installTranslator(translator)
    return translator


def compile_catalogues(out: Path) -> Path:
    for ts in sorted(build_ui.TS_DIR.glob("*.ts")):
        build_ui._run(build_ui._tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(out / f"{ts.stem}.qm"))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--unfinished", action="store_true", help="only the catalogue check")
    args = parser.parse_args()
    sections = {"unfinished catalogue entries": catalogue_problems()}
    if not args.unfinished:
        sections["strings not marked for translation"] = unmarked_strings()
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        sys.path.insert(0, str(ROOT))
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([])
        with tempfile.TemporaryDirectory() as tmp:
            qm_dir = compile_catalogues(Path(tmp))
            for language in ["pt_BR", *(ts.stem.removeprefix("isp_desk_") for ts in build_ui.TS_DIR.glob("*.ts"))]:
                translator = install_language(app, language, qm_dir)
                sections[f"mnemonic clashes ({language})"] = (mnemonic_clashes() + main_window_clashes()
                                                                   + composed_window_clashes())
                if translator is not None:
                    app.removeTranslator(translator)
    total = 0
    for title, problems in sections.items():
        print(f"== {title}: {len(problems)}")
        for problem in problems:
            print(f"   {problem}")
        total += len(problems)
    sys.stdout.flush()
    os._exit(1 if total else 0)  # skips interpreter teardown, where PySide6 6.12 may crash on Qt objects


if __name__ == "__main__":
    sys.exit(main())
