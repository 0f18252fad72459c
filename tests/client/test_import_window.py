"""Importar clientes window against the session's live server (as admin): simulate, see the refused
lines, import, import again (updates only), save the report."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desk_client.importer import rules

from .live_support import WAIT_MS, signed_in_api

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "docs" / "import-clients-sample.csv"
SHOTS = Path(os.environ.get("ISP_DESK_SCREENSHOTS_DIR") or Path(tempfile.gettempdir()) / "isp-desk-screenshots")


def test_rules_summary_and_csv():
    report = {"dry_run": True, "lines": 4, "imported_lines": 3, "refused_total": 1, "clients_new": 2,
              "refused": [{"line": 3, "reason": "CPF inválido"}]}
    (head, values), *_ = rules.summary(report)
    assert head % values == "Simulação: 4 linhas lidas, 3 aceitas, 1 recusadas (nada gravado)."
    assert rules.refused_csv(report) == "linha;motivo\n3;CPF inválido\n"


@pytest.fixture
def admin_api(qapp, live_server):
    with signed_in_api(qapp, live_server.url, live_server.token("admin"), "admin") as api:
        yield api


def test_import_window_simulates_then_imports(qtbot, admin_api, tmp_path):
    from desk_client.importer.import_window import ImportWindow

    source = tmp_path / "clientes.csv"
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    bad = "800777;PF;CPF Errado;;529.982.247-24" + ";" * (lines[0].count(";") - 4)
    source.write_text("\n".join([*lines, bad]) + "\n", encoding="utf-8")
    window = ImportWindow(admin_api)
    qtbot.addWidget(window)
    window.resize(900, 560)
    window.show()
    assert not window.ui.importButton.isEnabled()
    window.ui.fileEdit.setText(str(source))
    assert window.ui.dryRunButton.isEnabled()
    with qtbot.waitSignal(window.finished_import, timeout=WAIT_MS * 2) as done:
        window.ui.dryRunButton.click()
    report = done.args[0]
    assert report["dry_run"] and report["refused_total"] == 1 and report["clients_new"] == 3
    assert "Simulação" in window.ui.summaryLabel.text()
    assert window.model.rowCount() == 1 and "CPF inválido" in window.model.rows[0]["reason"]
    QApplication.processEvents()
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "import_window.png"))
    saved = window.save_report(str(tmp_path / "recusadas.csv"))
    assert saved.read_text(encoding="utf-8-sig").startswith("linha;motivo\n6;CPF inválido")
    with qtbot.waitSignal(window.finished_import, timeout=WAIT_MS * 2) as done:
        window.ui.importButton.click()
    assert not done.args[0]["dry_run"] and done.args[0]["imported_lines"] == 4
    with qtbot.waitSignal(window.finished_import, timeout=WAIT_MS * 2) as done:
        window.ui.importButton.click()
    assert done.args[0]["clients_new"] == 0 and done.args[0]["clients_updated"] == 3


def test_only_admins_get_the_menu_entry(qtbot, logged_api):
    from desk_client.importer import install

    class Host:
        ui = None
    assert install(Host(), logged_api, None) is None
