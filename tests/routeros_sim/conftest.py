"""Shared helpers for the RouterOS simulator tests.

The raw client below deliberately re-implements the wire format instead of
importing routeros_sim.wire, so the tests check the simulator against an
independent encoder/decoder and not against itself.
"""

from __future__ import annotations

import socket
from types import SimpleNamespace

import pytest

from routeros_sim import SimulatedRouter

USER = "admin"
PASSWORD = "secret"


def raw_length(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    if n < 0x4000:
        return bytes([0x80 | (n >> 8), n & 0xFF])
    if n < 0x200000:
        return bytes([0xC0 | (n >> 16), (n >> 8) & 0xFF, n & 0xFF])
    if n < 0x10000000:
        return bytes([0xE0 | (n >> 24), (n >> 16) & 0xFF, (n >> 8) & 0xFF, n & 0xFF])
    return bytes([0xF0]) + n.to_bytes(4, "big")


def raw_sentence(*words: str | bytes, five_byte: bool = False) -> bytes:
    out = b""
    for word in words:
        data = word.encode() if isinstance(word, str) else word
        prefix = (b"\xf0" + len(data).to_bytes(4, "big")) if five_byte else raw_length(len(data))
        out += prefix + data
    return out + b"\x00"


class RawApi:
    """Minimal blocking API client over a plain socket."""

    def __init__(self, port: int, timeout: float = 5.0) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
        self.prefix_sizes: list[int] = []  # length-prefix size of every word received
        self._buf = bytearray()
        self._pos = 0

    def close(self) -> None:
        self.sock.close()

    def send(self, *words: str | bytes, five_byte: bool = False) -> None:
        self.sock.sendall(raw_sentence(*words, five_byte=five_byte))

    def _exact(self, n: int) -> bytes:
        # Buffered, so reading thousands of rows does not cost a recv() per word.
        while len(self._buf) - self._pos < n:
            chunk = self.sock.recv(1 << 16)
            if not chunk:
                raise EOFError("connection closed by the simulator")
            del self._buf[:self._pos]
            self._pos = 0
            self._buf += chunk
        data = bytes(self._buf[self._pos:self._pos + n])
        self._pos += n
        return data

    def read_word(self) -> str:
        first = self._exact(1)[0]
        if first < 0x80:
            size, n = 1, first
        elif first < 0xC0:
            size, n = 2, ((first & 0x3F) << 8) | self._exact(1)[0]
        elif first < 0xE0:
            size, n = 3, ((first & 0x1F) << 16) | int.from_bytes(self._exact(2), "big")
        elif first < 0xF0:
            size, n = 4, ((first & 0x0F) << 24) | int.from_bytes(self._exact(3), "big")
        elif first == 0xF0:
            size, n = 5, int.from_bytes(self._exact(4), "big")
        else:
            raise ValueError(f"bad control byte {first:#x}")
        if n:
            self.prefix_sizes.append(size)
        return self._exact(n).decode() if n else ""

    def read_sentence(self) -> list[str]:
        words = []
        while word := self.read_word():
            words.append(word)
        return words

    def read_until_done(self, tag: str | None = None) -> list[list[str]]:
        """Sentences up to and including the `!done` (of `tag`, if given)."""
        sentences = []
        while True:
            sentence = self.read_sentence()
            sentences.append(sentence)
            if sentence[0] == "!done" and (tag is None or f".tag={tag}" in sentence):
                return sentences

    def login(self, user: str = USER, password: str = PASSWORD) -> None:
        self.send("/login", f"=name={user}", f"=password={password}")
        assert self.read_until_done() == [["!done"]]


def attrs(sentence: list[str]) -> dict[str, str]:
    out = {}
    for word in sentence[1:]:
        if word.startswith("="):
            key, _, value = word[1:].partition("=")
            out[key] = value
    return out


@pytest.fixture
def make_router():
    """Factory for started routers that are always stopped afterwards."""
    routers: list[SimulatedRouter] = []

    def factory(**kwargs) -> SimulatedRouter:
        kwargs.setdefault("username", USER)
        kwargs.setdefault("password", PASSWORD)
        kwargs.setdefault("sessions", 20)
        router = SimulatedRouter(**kwargs)
        routers.append(router)
        return router.start()

    yield factory
    for router in routers:
        router.stop()


@pytest.fixture
def raw_clients():
    clients: list[RawApi] = []

    def factory(port: int, timeout: float = 5.0) -> RawApi:
        client = RawApi(port, timeout)
        clients.append(client)
        return client

    yield factory
    for client in clients:
        client.close()


@pytest.fixture
def rawkit(raw_clients):
    """The raw helpers, reachable from test modules without importing conftest."""
    return SimpleNamespace(connect=raw_clients, sentence=raw_sentence, length=raw_length, attrs=attrs,
                           user=USER, password=PASSWORD)
