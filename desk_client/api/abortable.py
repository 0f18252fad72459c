"""An httpx transport whose requests in flight can be ended at once from another thread.

Closing an httpx client does not wake a worker blocked reading a socket, so a long poll of the
change feed (25 s on the server) kept `ApiClient.close()` — and then Qt's thread pool, which waits
for its workers when it is destroyed — waiting on the GUI thread at logout and quit. Shutting the
socket down does wake it: the read fails at once and the worker ends.

httpx builds its connection pool itself; this transport builds the same pool (httpcore's public
`ConnectionPool`) with a network backend that remembers the sockets it opened.
"""
from __future__ import annotations

import socket
import threading
import weakref

import httpcore
import httpx


class _RememberingBackend(httpcore.SyncBackend):
    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._sockets: weakref.WeakSet[socket.socket] = weakref.WeakSet()

    def connect_tcp(self, *args, **kwargs) -> httpcore.NetworkStream:
        stream = super().connect_tcp(*args, **kwargs)
        sock = stream.get_extra_info("socket")
        if sock is not None:
            with self._lock:
                self._sockets.add(sock)
        return stream

    def shut_down_all(self) -> int:
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:  # already closed by its connection
                pass
        return len(sockets)


class AbortableTransport(httpx.HTTPTransport):
    def __init__(self, limits: httpx.Limits) -> None:
        super().__init__(limits=limits)
        self.backend = _RememberingBackend()
        self._pool = httpcore.ConnectionPool(
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=self.backend,
        )

    def abort(self) -> int:
        """End every request in flight (they fail as a lost connection); returns the sockets shut."""
        return self.backend.shut_down_all()
