"""Every user-facing string literal of the client goes through tr()/translate (AST scan)."""
from __future__ import annotations

from ._i18n_tools import i18n_check


def test_no_unmarked_string_in_the_client():
    problems = i18n_check.unmarked_strings()
    assert problems == [], "wrap these in self.tr(...) or QCoreApplication.translate(...):\n" + "\n".join(problems)


def test_the_scan_finds_what_it_should():
    code = '''
label.setText("Cliente bloqueado")
box = QMessageBox.warning(self, "Erro", self.tr("Falhou"))
QLabel(f"Olá {name}")
self.tr(f"Protocolo {number}")
self.setWindowTitle("Detalhes: " + self.tr("cliente"))
'''
    found = i18n_check.unmarked_in_source(code)
    assert len(found) == 5
    assert all(any(word in line for line in found) for word in ("bloqueado", "Erro", "Olá", "f-string", "Detalhes"))


def test_the_scan_leaves_translated_text_data_and_markup_alone():
    code = '''
label.setText(self.tr("Cliente bloqueado"))
label.setText(self.tr("Olá, %s") % name)
label.setText(QCoreApplication.translate("X", "Sair"))
user.setText("admin")
status.setText(f"<img src=':/icons/{icon}.svg' width='14'> {text}")
log.warning("protocol reservation failed: %s", exc)
field.setText("PPPoE Concentrador")  # notr: a RouterOS name
label.setText("")
kind.addItem("PF")
'''
    assert i18n_check.unmarked_in_source(code) == []


def test_the_scan_finds_tr_called_on_another_object():
    """lupdate files window.tr("x") under the context "window" and a tr passed as a function under "":
    Qt looks both up under the object's class at run time, so they would stay in Portuguese."""
    code = '''
QPushButton(window.tr("&Fechar"), window)
self.window.tr("Enviando…")
Column(tr("Protocolo"), key)
self.tr("Salvar")
QCoreApplication.translate("TicketWindow", "Abrir")
'''
    found = i18n_check.unmarked_in_source(code)
    assert len(found) == 3
    assert all(any(f"context {context}" in line for line in found) for context in ("'window'", "'self.window'", "''"))
