"""ApiClient.close() ends a request in flight at once (a long poll of the change feed used to keep
logout, quit and the thread pool's destructor waiting for the server's 25 s), against a real
socket on loopback that accepts the request and never answers."""
from __future__ import annotations

import socket
import threading

import pytest

from tests.waits import GUI_WAIT_MS

pytestmark = pytest.mark.gui


class SilentServer:
    """Accepts connections on 127.0.0.1, reads the requests, never answers (a long poll's server)."""

    def __init__(self):
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.requests = 0
        self.closed_by_client = threading.Event()
        self._held: list[socket.socket] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self._held.append(conn)
            threading.Thread(target=self._hold, args=(conn,), daemon=True).start()

    def _hold(self, conn):
        while True:
            try:
                data = conn.recv(65536)
            except OSError:
                return
            if not data:  # the client shut its side down
                self.closed_by_client.set()
                return
            self.requests += data.count(b"HTTP/1.1\r\n")

    def stop(self):
        self.sock.close()
        for conn in self._held:
            conn.close()


@pytest.fixture
def silent():
    server = SilentServer()
    yield server
    server.stop()


def test_close_ends_a_request_in_flight_at_once(qtbot, qapp, silent):
    from desk_client.api import ApiClient
    from desk_client.api.changes import after

    api = ApiClient(f"http://127.0.0.1:{silent.port}", timeout=120)
    api.token = "t"
    answers = []
    call = after(api, 0, 25)  # the change feed's long poll
    call.succeeded.connect(lambda body: answers.append(("succeeded", body)))
    call.failed.connect(lambda error: answers.append(("failed", error.message)))
    qtbot.waitUntil(lambda: silent.requests == 1, timeout=GUI_WAIT_MS)
    assert api.pending_count == 1

    api.close()

    # waitForDone(2 s) inside close() returned because the worker ended, not because it gave up
    assert api._pool.activeThreadCount() == 0
    assert silent.closed_by_client.wait(5)
    assert silent.requests == 1  # the aborted GET was not tried again on a fresh connection
    qapp.processEvents()
    assert answers == []  # cancelled: neither an answer nor a "connection lost" reaches the caller


def test_a_client_closed_once_works_again(qtbot, qapp, silent):
    """Logout closes the client; the next login may use it again: a new request goes out."""
    from desk_client.api import ApiClient

    api = ApiClient(f"http://127.0.0.1:{silent.port}", timeout=120)
    api.get("/changes")
    qtbot.waitUntil(lambda: silent.requests == 1, timeout=GUI_WAIT_MS)
    api.close()
    api.get("/changes")
    qtbot.waitUntil(lambda: silent.requests == 2, timeout=GUI_WAIT_MS)
    api.close()
    assert api._pool.activeThreadCount() == 0
