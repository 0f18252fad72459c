"""Importar clientes window against the session's live server (as admin): simulate, see the refused
lines, import, import again (updates only: the server's rule), save the report. (The Qt-free rules
and the menu entry's role check are in tests/client/test_import_window.py, without a server.)"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ..client.live_support import WAIT_MS, signed_in_api

pytestmark = [pytest.mark.gui, pytest.mark.e2e]
ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "docs" / "import-clients-sample.csv"
SHOTS = Path(os.environ.get("ISP_DESK_SCREENSHOTS_DIR") or Path(tempfile.gettempdir()) / "isp-desk-screenshots")


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
