"""Prospectos window against the session's live server: list by name/status/kind/period, the record's
Contatos, Mapa (OpenStreetMap URL; the browser is never opened in tests) and E-mail tabs, conversion
into a client (the server checks the CPF; the client is read back). The Qt-free rules and the
operator's view on canned JSON are in tests/client/test_prospects_window.py."""
from __future__ import annotations

import os
import tempfile
import uuid
from pathlib import Path

import httpx
import pytest
from PySide6.QtWidgets import QApplication

from ..client.live_support import WAIT_MS, signed_in_api

pytestmark = [pytest.mark.gui, pytest.mark.e2e]
SHOTS = Path(os.environ.get("ISP_DESK_SCREENSHOTS_DIR") or Path(tempfile.gettempdir()) / "isp-desk-screenshots")


@pytest.fixture
def supervisor_api(qapp, live_server):
    with signed_in_api(qapp, live_server.url, live_server.token("supervisor"), "supervisor") as api:
        yield api


def test_prospects_window_record_map_and_conversion(qtbot, supervisor_api, live_server, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    from desk_client.prospects.prospects_window import ProspectsWindow

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toString()) or True))
    tag = uuid.uuid4().hex[:6]
    headers = {"Authorization": f"Bearer {supervisor_api.token}"}
    for kind, name in (("condominio", f"Condomínio Ipê {tag}"), ("residencial", f"Iara Buriti {tag}")):
        response = httpx.post(f"{live_server.url}/api/v1/prospects", headers=headers, timeout=15, json={
            "kind": kind, "name": name, "phone": "17 98888-1111", "email": f"p{tag}@example.com",
            "street": "Rua das Flores", "number": "12", "city": "Mirassol", "uf": "SP", "cep": "15130-000"})
        assert response.status_code == 201, response.text
    window = ProspectsWindow(supervisor_api)
    qtbot.addWidget(window)
    window.resize(1200, 640)
    window.show()
    qtbot.waitSignal(window.listed, timeout=WAIT_MS).wait()
    window.ui.nameEdit.setText(tag)
    window.ui.kindCombo.setCurrentIndex(window.ui.kindCombo.findData("residencial"))
    with qtbot.waitSignals([window.listed, window.record_loaded], timeout=WAIT_MS):
        window.search()
    assert [r["name"] for r in window.model.rows] == [f"Iara Buriti {tag}"]
    assert "Residencial · Novo" in window.ui.detailLabel.text()
    # Contatos
    window.ui.contactNameEdit.setText("Síndico Buriti")
    window.ui.contactPhoneEdit.setText("(17) 3322-1100")
    window.add_contact()
    qtbot.waitUntil(lambda: window.contacts.rowCount() == 1, timeout=WAIT_MS)
    # Mapa: the address first, then the saved coordinates
    window.ui.tabs.setCurrentWidget(window.ui.mapPage)
    window.open_map()
    assert opened[-1].startswith("https://www.openstreetmap.org/search?query=Rua+das+Flores")
    window.ui.latitudeEdit.setText("-20,8197")
    window.ui.longitudeEdit.setText("-49,5065")
    window.save_location()
    qtbot.waitUntil(lambda: window.location is not None, timeout=WAIT_MS)
    window.open_map()
    assert "mlat=-20.8197" in opened[-1] and "mlon=-49.5065" in opened[-1]
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    window.grab().save(str(SHOTS / "prospects_mapa.png"))
    window.ui.tabs.setCurrentWidget(window.ui.contactsPage)
    QApplication.processEvents()
    window.grab().save(str(SHOTS / "prospects_contatos.png"))
    # period filter: today's prospects are in, last year's period has none
    window.ui.kindCombo.setCurrentIndex(0)
    window.ui.periodCheck.setChecked(True)
    with qtbot.waitSignal(window.listed, timeout=WAIT_MS) as listed:
        window.search()
    assert listed.args[0] == 2
    # convert: a wrong CPF first, then a valid one
    dialog = window.convert()
    qtbot.addWidget(dialog)
    dialog.ui.documentEdit.setText("111.111.111-12")
    dialog.save()
    qtbot.waitUntil(lambda: "CPF inválido" in dialog.ui.errorLabel.text(), timeout=WAIT_MS)
    dialog.grab().save(str(SHOTS / "prospect_convert.png"))
    dialog.ui.documentEdit.setText("529.982.247-25")
    with qtbot.waitSignal(window.converted, timeout=WAIT_MS) as converted:
        dialog.save()
    client = httpx.get(f"{live_server.url}/api/v1/clients/{converted.args[0]['client_id']}", headers=headers,
                       timeout=15).json()
    assert client["name"] == f"Iara Buriti {tag}" and [c["name"] for c in client["contacts"]] == ["Síndico Buriti"]
