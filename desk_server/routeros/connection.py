"""One RouterOS API connection through librouteros, with a read buffer and an overall deadline.

librouteros's own SocketTransport reads every word with several small recv() calls and only has a
per-recv socket timeout, so a router that trickles bytes (or a 5,000-row print) has no upper bound.
DeadlineTransport keeps librouteros's protocol and login code but:
- buffers reads (one recv for many words: ~3x faster on big prints);
- bounds every send/recv by min(io_timeout, time left before the call's deadline), so a call never
  outlives its deadline whatever the router does (hang, slow, trickle).

Replies are read with librouteros's ApiProtocol.readSentence but the words are NOT type-cast
(librouteros turns "yes"/"123" into True/123, which would corrupt logins such as "12345").
"""
from __future__ import annotations

import ipaddress
import socket
import ssl
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field

from librouteros.api import Api
from librouteros.connections import SocketTransport
from librouteros.exceptions import ConnectionClosed, MultiTrapError, TrapError
from librouteros.login import plain
from librouteros.protocol import ApiProtocol

from .errors import RouterError, classify

ENCODING = "utf-8"
_RECV_SIZE = 256 * 1024
# getaddrinfo() ignores socket timeouts; names are resolved here with a bound.
_resolver = ThreadPoolExecutor(max_workers=2, thread_name_prefix="router-dns")


@dataclass(frozen=True)
class RouterTarget:
    """What is needed to reach one router (password in clear: lives only in memory)."""

    id: int
    name: str
    host: str
    port: int
    username: str
    password: str = field(repr=False)
    use_ssl: bool = False

    @property
    def fingerprint(self) -> tuple:
        return (self.host, self.port, self.username, self.password, self.use_ssl)


class DeadlineTransport(SocketTransport):
    def __init__(self, sock: socket.socket, io_timeout: float) -> None:
        super().__init__(sock)
        self.io_timeout = io_timeout
        self.deadline: float | None = None
        self._data = b""
        self._pos = 0

    def _timeout(self) -> float:
        timeout = self.io_timeout
        if self.deadline is not None:
            left = self.deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("router call deadline exceeded")
            timeout = min(timeout, left)
        return timeout

    def write(self, data: bytes) -> None:
        self.sock.settimeout(self._timeout())
        self.sock.sendall(data)

    def read(self, length: int) -> bytes:
        end = self._pos + length
        if end <= len(self._data):
            chunk = self._data[self._pos:end]
            self._pos = end
            return chunk
        pending = [self._data[self._pos:]]
        have = len(pending[0])
        self._data, self._pos = b"", 0
        while have < length:
            self.sock.settimeout(self._timeout())
            got = self.sock.recv(_RECV_SIZE)
            if not got:
                raise ConnectionClosed("Connection unexpectedly closed.")
            pending.append(got)
            have += len(got)
        data = b"".join(pending)
        self._data, self._pos = data, length
        return data[:length]

    def close(self) -> None:
        try:
            self.sock.close()
        except OSError:
            pass


def _parse(words: Sequence[str]) -> dict[str, str]:
    row = {}
    for word in words:
        if word.startswith("="):
            key, _, value = word[1:].partition("=")
            row[key] = value
    return row


class RouterConnection:
    """A logged-in API session. Not thread-safe: the pool gives it to one thread at a time."""

    def __init__(self, api: Api, transport: DeadlineTransport, target: RouterTarget):
        self.api = api
        self.transport = transport
        self.target = target
        self.created_at = time.monotonic()
        self.last_used = self.created_at
        self.uses = 0
        self.closed = False

    def run(self, command: str, *words: str, deadline: float | None = None) -> list[dict[str, str]]:
        """Send one command and read its whole reply (until !done); rows as {key: text}.

        Raises TrapError/MultiTrapError like librouteros (the reply was read to its end, so the
        connection stays in step), FatalError/ConnectionClosed/ProtocolError/TimeoutError/OSError.
        """
        self.transport.deadline = deadline
        self.uses += 1
        protocol = self.api.protocol
        protocol.writeSentence(command, *words)
        rows: list[dict[str, str]] = []
        traps: list[TrapError] = []
        reply = None
        while reply != "!done":
            reply, raw = protocol.readSentence()
            if reply == "!trap":
                info = _parse(raw)
                category = info.get("category")
                traps.append(TrapError(info.get("message", ""),
                                       int(category) if category and category.isdigit() else None))
            elif reply == "!re" or (reply == "!done" and raw):
                rows.append(_parse(raw))
        self.last_used = time.monotonic()
        if len(traps) > 1:
            raise MultiTrapError(*traps)
        if traps:
            raise traps[0]
        return rows

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self.transport.close()

    def abort(self) -> None:
        """From another thread: make a blocked send/recv of this connection fail now."""
        self.closed = True
        try:
            self.transport.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def _resolve(host: str, port: int, deadline: float) -> str:
    try:
        ipaddress.ip_address(host)
        return host
    except ValueError:
        pass
    future = _resolver.submit(socket.getaddrinfo, host, port, 0, socket.SOCK_STREAM)
    try:
        infos = future.result(timeout=max(0.1, deadline - time.monotonic()))
    except FutureTimeout:
        raise TimeoutError("DNS lookup timed out") from None
    return infos[0][4][0]


def _ssl_context() -> ssl.SSLContext:
    # RouterOS API-SSL usually runs with a self-signed certificate (or none: anonymous DH),
    # so the channel is encrypted but the peer is not verified.
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    try:
        ctx.set_ciphers("DEFAULT:ADH:@SECLEVEL=0")
    except ssl.SSLError:
        pass
    return ctx


def open_connection(target: RouterTarget, *, io_timeout: float, deadline: float,
                    track: Callable[[socket.socket | None], None] | None = None) -> RouterConnection:
    """Connect and log in (librouteros plain login, RouterOS ≥ 6.43) before `deadline`.

    `track(sock)` is told the socket while the login runs (and `track(None)` after), so an owner
    shutting down can cut a login that hangs."""
    sock = None
    during_login = False
    try:
        address = _resolve(target.host, target.port, deadline)
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("router call deadline exceeded")
        sock = socket.create_connection((address, target.port), timeout=min(io_timeout, left))
        if track is not None:
            track(sock)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if target.use_ssl:
            sock.settimeout(min(io_timeout, max(0.1, deadline - time.monotonic())))
            sock = _ssl_context().wrap_socket(sock, server_hostname=None)
        transport = DeadlineTransport(sock, io_timeout)
        transport.deadline = deadline
        api = Api(ApiProtocol(transport=transport, encoding=ENCODING))
        during_login = True
        plain(api, target.username, target.password)
        return RouterConnection(api, transport, target)
    except BaseException as exc:
        if sock is not None:
            try:
                sock.close()
            except OSError:
                pass
        if isinstance(exc, RouterError | KeyboardInterrupt | SystemExit):
            raise
        raise classify(exc, during_login=during_login) from exc
    finally:
        if track is not None:
            track(None)
