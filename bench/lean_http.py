"""A lean HTTP/1.1 client for load benchmarks: one asyncio connection per simulated operator, h11 framing.

httpx's async pool spends milliseconds of CPU per request once hundreds of connections are open at
once (measured in bench/burst.py: 5.7 s of the bench's own CPU for a 400-request burst, more than
the server's 3.1 s), so with httpx a burst measured the client as much as the server. Here a request
is a few hundred microseconds of client CPU. The connection is opened before the burst starts, as an
operator's desktop client already holds a keep-alive connection when the phones start ringing.
"""
from __future__ import annotations

import asyncio
import json as jsonlib
from urllib.parse import urlencode, urlsplit

import h11


class LeanConnection:
    """One keep-alive connection to `base` (http://host:port)."""

    def __init__(self, base: str):
        parts = urlsplit(base)
        self.host, self.port = parts.hostname, parts.port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def open(self) -> None:
        self.reader, self.writer = await asyncio.open_connection(self.host, self.port)

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            try:
                await self.writer.wait_closed()
            except OSError:
                pass
            self.writer = None

    async def request(self, method: str, path: str, *, headers: dict | None = None, json=None,
                      params: dict | None = None) -> tuple[int, dict[str, str], bytes]:
        """Status, lower-case headers and body. Raises ConnectionError if the server closes first."""
        if self.writer is None:
            await self.open()
        if params:
            path = f"{path}?{urlencode(params)}"
        body = b"" if json is None else jsonlib.dumps(json).encode()
        head = [("Host", f"{self.host}:{self.port}"), ("Content-Length", str(len(body)))]
        if json is not None:
            head.append(("Content-Type", "application/json"))
        head += list((headers or {}).items())
        conn = h11.Connection(h11.CLIENT)
        self.writer.write(conn.send(h11.Request(method=method, target=path, headers=head))
                          + conn.send(h11.Data(data=body)) + conn.send(h11.EndOfMessage()))
        await self.writer.drain()
        status, answer_headers, chunks = 0, {}, []
        while True:
            event = conn.next_event()
            if event is h11.NEED_DATA:
                data = await self.reader.read(65536)
                if not data:
                    raise ConnectionError("o servidor fechou a conexão sem responder")
                conn.receive_data(data)
            elif isinstance(event, h11.Response):
                status = event.status_code
                answer_headers = {k.decode().lower(): v.decode() for k, v in event.headers}
            elif isinstance(event, h11.Data):
                chunks.append(bytes(event.data))
            elif isinstance(event, (h11.EndOfMessage, h11.ConnectionClosed)):
                break
        if answer_headers.get("connection", "").lower() == "close":
            await self.close()
        return status, answer_headers, b"".join(chunks)
