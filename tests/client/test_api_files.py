"""ApiClient.download/upload against a real HTTP server process on loopback."""
from __future__ import annotations

import hashlib
import subprocess
import sys
import time

import httpx
import pytest

from tests.client.files_echo_app import payload
from tests.harness import ROOT, die_with_parent, free_port
from tests.waits import GUI_WAIT_MS


@pytest.fixture(scope="module")
def echo_url():
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "tests.client.files_echo_app:app", "--host", "127.0.0.1",
         "--port", str(port), "--log-level", "warning"], cwd=ROOT, preexec_fn=die_with_parent)  # noqa: PLW1509
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            httpx.get(f"{url}/api/v1/echo/bytes?size=1", timeout=1)
            break
        except httpx.HTTPError:
            time.sleep(0.1)
    yield url
    proc.terminate()
    proc.wait(10)


@pytest.fixture
def api(qapp, echo_url):
    from desk_client.api import ApiClient

    client = ApiClient(echo_url)
    client.token = "tok-123"
    yield client
    client.close()


def wait(qtbot, call, timeout=GUI_WAIT_MS):
    with qtbot.waitSignal(call.finished, timeout=timeout):
        pass


def outcome(qtbot, call):
    results, errors, progress = [], [], []
    call.succeeded.connect(results.append)
    call.failed.connect(errors.append)
    call.progress.connect(lambda done, total: progress.append((done, total)))
    wait(qtbot, call)
    return results, errors, progress


def test_download_bytes_and_progress(qtbot, api):
    results, errors, progress = outcome(qtbot, api.download("/echo/bytes", params={"size": 300_000}))
    assert errors == []
    assert results == [payload(300_000)]
    assert progress and progress[-1] == (300_000, 300_000)


def test_download_to_file(qtbot, api, tmp_path):
    dest = tmp_path / "sub" / "recibo.pdf"
    results, errors, _ = outcome(qtbot, api.download("/echo/bytes", params={"size": 5000}, dest=dest))
    assert errors == [] and results == [dest]
    assert dest.read_bytes() == payload(5000)
    assert not (tmp_path / "sub" / "recibo.pdf.part").exists()


def test_download_error_carries_server_detail(qtbot, api):
    results, errors, _ = outcome(qtbot, api.download("/echo/missing"))
    assert results == [] and errors[0].status == 404
    assert errors[0].message == "Anexo não encontrado."


def test_download_cancel_stops_and_leaves_no_file(qtbot, api, tmp_path):
    dest = tmp_path / "grande.bin"
    call = api.download("/echo/slow", params={"chunks": 200}, dest=dest)
    results, errors = [], []
    call.succeeded.connect(results.append)
    call.failed.connect(errors.append)
    with qtbot.waitSignal(call.progress, timeout=GUI_WAIT_MS):
        pass
    started = time.monotonic()
    call.cancel()
    wait(qtbot, call)
    assert time.monotonic() - started < 3  # not the 10 s the whole body takes
    assert results == [] and errors == []
    assert not dest.exists() and not dest.with_name("grande.bin.part").exists()


def test_upload_multipart_with_fields_and_headers(qtbot, api, tmp_path):
    source = tmp_path / "foto da caixa.png"
    data = payload(700_000)
    source.write_bytes(data)
    call = api.upload("/echo/upload", file_path=source, data={"note": "Observação: ONU"},
                      headers={"Idempotency-Key": "k-1"})
    results, errors, progress = outcome(qtbot, call)
    assert errors == []
    answer = results[0]
    assert answer["sha256"] == hashlib.sha256(data).hexdigest() and answer["size"] == len(data)
    assert answer["name"] == "foto da caixa.png" and answer["note"] == "Observação: ONU"
    assert answer["authorization"] == "Bearer tok-123" and answer["idempotency_key"] == "k-1"
    assert progress[-1] == (len(data), len(data))


def test_upload_refused_reports_detail(qtbot, api, tmp_path):
    source = tmp_path / "a.txt"
    source.write_text("abc")
    results, errors, _ = outcome(qtbot, api.upload("/echo/too-large", file_path=source))
    assert results == [] and errors[0].status == 413
    assert "limite" in errors[0].message


def test_upload_missing_local_file_is_a_clear_error(qtbot, api, tmp_path):
    results, errors, _ = outcome(qtbot, api.upload("/echo/upload", file_path=tmp_path / "sumiu.pdf"))
    assert results == [] and "Arquivo local inacessível" in errors[0].message


def test_json_calls_unchanged(qtbot, api):
    _, errors, _ = outcome(qtbot, api.get("/echo/missing"))
    assert errors[0].status == 404 and errors[0].message == "Anexo não encontrado."


def test_upload_cancelled_before_sending_reports_nothing(qtbot, api, tmp_path, caplog):
    source = tmp_path / "b.bin"
    source.write_bytes(payload(200_000))
    call = api.upload("/echo/upload", file_path=source)
    results, errors = [], []
    call.succeeded.connect(results.append)
    call.failed.connect(errors.append)
    call.cancel()
    wait(qtbot, call)
    assert results == [] and errors == []
    assert "crashed" not in caplog.text


# -- calls bound to an owner; the latest call wins -------------------------------------------------
def test_call_whose_owner_is_deleted_never_delivers(qtbot, api):
    from PySide6.QtWidgets import QWidget

    owner = QWidget()
    delivered = []
    call = api.get("/echo/json", params={"tag": "late", "delay": 0.5}, owner=owner)
    call.succeeded.connect(lambda body: delivered.append(("ok", owner.objectName(), body)))
    call.failed.connect(lambda error: delivered.append(("failed", error)))
    call.finished.connect(lambda: delivered.append("finished"))
    owner.deleteLater()
    qtbot.waitUntil(lambda: call.cancelled, timeout=5000)  # destroyed → cancelled at once
    qtbot.waitUntil(lambda: api.pending_count == 0, timeout=GUI_WAIT_MS)  # the server answered meanwhile
    qtbot.wait(50)
    assert delivered == []


def test_call_with_a_living_owner_delivers(qtbot, api):
    from PySide6.QtWidgets import QWidget

    owner = QWidget()
    results, errors, _ = outcome(qtbot, api.get("/echo/json", params={"tag": "a"}, owner=owner))
    assert errors == [] and results == [{"tag": "a"}]


def test_slot_second_call_cancels_the_first(qtbot, api):
    from PySide6.QtWidgets import QWidget

    from desk_client.api import CallSlot

    owner = QWidget()
    slot = CallSlot(api, owner)
    arrived = []
    first = slot.get("/echo/json", params={"tag": "first", "delay": 0.6})
    first.succeeded.connect(lambda body: arrived.append(body["tag"]))
    assert slot.busy
    second = slot.get("/echo/json", params={"tag": "second", "delay": 0.0})
    second.succeeded.connect(lambda body: arrived.append((body["tag"], slot.busy)))
    assert first.cancelled and slot.call is second
    qtbot.waitUntil(lambda: api.pending_count == 0, timeout=GUI_WAIT_MS)  # both answers came back
    assert arrived == [("second", False)]  # the slot is no longer busy inside the handler
    assert not slot.busy


def test_slot_cancel_drops_the_answer(qtbot, api):
    from PySide6.QtWidgets import QWidget

    from desk_client.api import CallSlot

    owner = QWidget()
    slot = CallSlot(api, owner)
    arrived = []
    slot.get("/echo/json", params={"tag": "x", "delay": 0.2}).succeeded.connect(arrived.append)
    slot.cancel()
    assert not slot.busy
    qtbot.waitUntil(lambda: api.pending_count == 0, timeout=GUI_WAIT_MS)
    assert arrived == []
