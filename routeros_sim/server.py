"""asyncio side of one simulated router: the listening socket, API connections, faults."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import random
from dataclasses import dataclass

from . import wire
from .menus import (
    CATEGORY_INTERRUPTED,
    CATEGORY_MISSING_ITEM,
    ApiTrap,
    Command,
    Reply,
    RouterModel,
    fatal_sentence,
    is_once,
    resolve,
)

FAULT_KINDS = ("slow", "hang", "drop", "garbage", "wrong_login", "refuse", "max_sessions")
OVER_LIMIT_MODES = ("close", "fatal")

# How long a rejected (over max-sessions) connection is kept half-closed while we
# drain what the client sends: closing with unread data would make the kernel send
# RST and the client would see a reset instead of a clean end of stream.
_REJECT_DRAIN_SECONDS = 5.0

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Fault:
    kind: str
    delay: float = 0.5  # slow: seconds before each reply (or each sentence)
    per_sentence: bool = False  # slow: delay every sentence, not only the first
    after: int = 3  # drop: sentences of a reply sent before the connection is cut
    mode: str = "prefix"  # garbage: "prefix" (invalid length byte first) or "random"
    limit: int | None = None  # max_sessions: override of the router's limit
    over_limit: str | None = None  # max_sessions: "close" or "fatal" for rejected clients


def make_fault(kind: str | None, **options) -> Fault | None:
    if kind is None:
        return None
    if kind not in FAULT_KINDS:
        raise ValueError(f"unknown fault {kind!r}; expected one of {FAULT_KINDS} or None")
    unknown = set(options) - (set(Fault.__dataclass_fields__) - {"kind"})
    if unknown:
        raise TypeError(f"unknown option(s) for fault {kind!r}: {sorted(unknown)}")
    fault = Fault(kind, **options)
    if fault.mode not in ("prefix", "random"):
        raise ValueError("garbage mode must be 'prefix' or 'random'")
    if fault.over_limit is not None and fault.over_limit not in OVER_LIMIT_MODES:
        raise ValueError(f"over_limit must be one of {OVER_LIMIT_MODES}")
    if kind == "max_sessions" and fault.limit is None:
        raise TypeError("set_fault('max_sessions') needs limit=N")
    return fault


class _Dropped(Exception):
    """The connection was closed on purpose (drop fault, !fatal): unwind the command quietly."""


class RouterServer:
    def __init__(self, model: RouterModel, *, username: str, password: str, max_sessions: int,
                 host: str, port: int, over_limit: str, seed: int) -> None:
        if over_limit not in OVER_LIMIT_MODES:
            raise ValueError(f"over_limit must be one of {OVER_LIMIT_MODES}")
        self.model = model
        self.username = username
        self.password = password
        self.max_sessions = max_sessions
        self.over_limit = over_limit
        self.host = host
        self.port = port
        self.fault: Fault | None = None
        self.max_seen = 0
        self.connections: set[ApiConnection] = set()
        self.rng = random.Random(seed ^ 0xC0FFEE)
        self._server: asyncio.Server | None = None
        self._rejected: set[asyncio.Task] = set()
        self._fault_changed: asyncio.Event | None = None

    # ---- lifecycle (run on the event loop) -----------------------------------------------

    async def start(self) -> None:
        self._fault_changed = asyncio.Event()
        await self._listen()
        if self.fault is not None and self.fault.kind == "refuse":
            await self._stop_listening()

    async def _listen(self) -> None:
        self._server = await asyncio.start_server(
            self._on_connect, self.host, self.port, reuse_address=True, backlog=256)
        # Keep the bound port so a cleared "refuse" fault listens on the same one again.
        self.port = self._server.sockets[0].getsockname()[1]

    async def _stop_listening(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None

    async def close_connections(self) -> None:
        for conn in list(self.connections):
            conn.abort()
        for task in list(self._rejected):
            task.cancel()
        # Give aborted connections a chance to run their cleanup.
        for _ in range(50):
            if not self.connections and not self._rejected:
                break
            await asyncio.sleep(0.01)

    async def stop(self) -> None:
        await self._stop_listening()
        await self.close_connections()

    async def apply_fault(self, fault: Fault | None) -> None:
        previous, self.fault = self.fault, fault
        was_refusing = previous is not None and previous.kind == "refuse"
        refusing = fault is not None and fault.kind == "refuse"
        if refusing and not was_refusing:
            await self._stop_listening()
            await self.close_connections()
        elif was_refusing and not refusing and self._fault_changed is not None:
            await self._listen()
        if self._fault_changed is not None:
            # Wake connections parked by "hang" so they re-check the fault.
            self._fault_changed.set()
            self._fault_changed = asyncio.Event()

    async def wait_while_hanging(self) -> None:
        while self.fault is not None and self.fault.kind == "hang" and self._fault_changed is not None:
            await self._fault_changed.wait()

    # ---- connections ----------------------------------------------------------------------

    def _limit(self) -> tuple[int, str]:
        fault = self.fault
        if fault is not None and fault.kind == "max_sessions":
            return fault.limit, fault.over_limit or self.over_limit
        return self.max_sessions, self.over_limit

    async def _on_connect(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        limit, mode = self._limit()
        if len(self.connections) >= limit:
            task = asyncio.current_task()
            self._rejected.add(task)
            try:
                await self._reject(reader, writer, mode)
            finally:
                self._rejected.discard(task)
            return
        conn = ApiConnection(self, reader, writer)
        self.connections.add(conn)
        self.max_seen = max(self.max_seen, len(self.connections))
        try:
            await conn.run()
        finally:
            self.connections.discard(conn)

    async def _reject(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                      mode: str) -> None:
        try:
            if mode == "fatal":
                writer.write(fatal_sentence("too many connections"))
            writer.write_eof()
            async with asyncio.timeout(_REJECT_DRAIN_SECONDS):
                while await reader.read(65536):
                    pass
        except (OSError, TimeoutError, asyncio.CancelledError):
            pass
        finally:
            writer.transport.abort()


class ApiConnection:
    """One API session.  Commands run as tasks so reading continues while a reply is
    delayed or hung: a client that gives up is noticed at once (no leaked session),
    and `/cancel` can reach a streaming command."""

    def __init__(self, server: RouterServer, reader: asyncio.StreamReader,
                 writer: asyncio.StreamWriter) -> None:
        self.server = server
        self.reader = reader
        self.writer = writer
        self.logged_in = False
        self.challenge: bytes | None = None
        self.closed = False
        self._order = asyncio.Lock()  # ordinary commands are answered in arrival order
        self._tasks: set[asyncio.Task] = set()
        self._streams: dict[str | None, set[asyncio.Task]] = {}
        self._cancel_requested: set[asyncio.Task] = set()

    def abort(self) -> None:
        self.closed = True
        self.writer.transport.abort()

    def _close(self) -> None:
        self.closed = True
        self.writer.transport.close()

    async def run(self) -> None:
        try:
            while not self.closed:
                words = await wire.read_sentence(self.reader)
                if words:
                    self._start(self._parse(words))
        except (asyncio.IncompleteReadError, ConnectionError, wire.WireError):
            pass
        finally:
            self.closed = True
            for task in list(self._tasks):
                task.cancel()
            if self._tasks:
                await asyncio.gather(*self._tasks, return_exceptions=True)
            self.writer.transport.abort()

    @staticmethod
    def _parse(words: list[str]) -> Command:
        cmd = Command(word=words[0])
        for word in words[1:]:
            if word.startswith("="):
                key, _, value = word[1:].partition("=")
                cmd.args[key] = value
            elif word.startswith("?"):
                cmd.queries.append(word)
            elif word.startswith(".tag="):
                cmd.tag = word[5:]
            # RouterOS ignores other stray words in an API sentence.
        return cmd

    def _start(self, cmd: Command) -> None:
        streaming = cmd.word.endswith("/monitor-traffic") and not is_once(cmd)
        if cmd.word == "/cancel" or streaming:
            task = asyncio.ensure_future(self._execute(cmd))
            if streaming:
                self._streams.setdefault(cmd.tag, set()).add(task)
                task.add_done_callback(lambda t, tag=cmd.tag: self._streams.get(tag, set()).discard(t))
        else:
            task = asyncio.ensure_future(self._execute_in_order(cmd))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _execute_in_order(self, cmd: Command) -> None:
        async with self._order:
            await self._execute(cmd)

    async def _execute(self, cmd: Command) -> None:
        reply = Reply(cmd.tag, flush=self._flush_partial)
        try:
            await self._handle(cmd, reply)
        except ApiTrap as trap:
            reply.trap(trap.message, trap.category)
            reply.done()
        except asyncio.CancelledError:
            if self.closed or asyncio.current_task() not in self._cancel_requested:
                raise
            # /cancel of a running command: RouterOS reports it as interrupted.
            reply.sentences.clear()
            reply.trap("interrupted", CATEGORY_INTERRUPTED)
            reply.done()
        except (_Dropped, ConnectionError):
            return
        except Exception as exc:
            # A simulator bug should surface in the test that hit it, not kill the session.
            log.exception("simulator error while handling %s", cmd.word)
            reply.sentences.clear()
            reply.trap(f"simulator error: {exc!r}")
            reply.done()
        try:
            await self._send(reply, final=True)
        except (_Dropped, ConnectionError):
            self._close()

    async def _handle(self, cmd: Command, reply: Reply) -> None:
        word = cmd.word
        if word == "/login":
            self._login(cmd, reply)
            return
        if not self.logged_in:
            await self._send_fatal("not logged in")
            raise _Dropped
        if word == "/quit":
            await self._send_fatal("session terminated on request")
            raise _Dropped
        if word == "/cancel":
            await self._cancel(cmd.args.get("tag"))
            reply.done()
            return
        handler, bad = resolve(word)
        if handler is None:
            # RouterOS answers an unknown path with two traps, so librouteros raises
            # MultiTrapError rather than TrapError.
            reply.trap(f"no such command or directory ({bad})", CATEGORY_MISSING_ITEM)
            reply.trap("no such command prefix")
            reply.done()
            return
        result = handler(self.server.model, cmd, reply)
        if result is not None:
            await result

    async def _cancel(self, tag: str | None) -> None:
        if tag is None:
            tasks = [t for group in self._streams.values() for t in group]
        else:
            tasks = list(self._streams.get(tag, ()))
        for task in tasks:
            self._cancel_requested.add(task)
            task.add_done_callback(self._cancel_requested.discard)
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)

    def _login(self, cmd: Command, reply: Reply) -> None:
        name = cmd.args.get("name")
        password = cmd.args.get("password")
        response = cmd.args.get("response")
        if name is None and password is None and response is None:
            # Pre-6.43 challenge/response: hand out a token, expect MD5 back.
            self.challenge = self.server.rng.randbytes(16)
            reply.done([("ret", self.challenge.hex())])
            return
        fault = self.server.fault
        ok = name == self.server.username and (fault is None or fault.kind != "wrong_login")
        if ok and response is not None:
            expected = "00" + hashlib.md5(b"\x00" + self.server.password.encode() + self.challenge,
                                          usedforsecurity=False).hexdigest() if self.challenge else ""
            ok = bool(expected) and hmac.compare_digest(response.encode(wire.ENCODING, wire.ERRORS),
                                                        expected.encode())
        elif ok:
            ok = password == self.server.password
        self.challenge = None
        if not ok:
            raise ApiTrap("invalid user name or password (6)")
        self.logged_in = True
        reply.done()

    # ---- output -------------------------------------------------------------------------

    async def _flush_partial(self, reply: Reply) -> None:
        await self._send(reply, final=False)

    async def _send(self, reply: Reply, *, final: bool) -> None:
        sentences, reply.sentences = reply.sentences, []
        if self.closed or not sentences:
            return
        server = self.server
        await server.wait_while_hanging()
        if self.closed:
            return
        fault = server.fault
        kind = fault.kind if fault is not None else None
        if kind == "garbage":
            self.writer.write(self._garbage(fault.mode))
            await self.writer.drain()
            return
        if kind == "drop":
            budget = fault.after - reply.sent
            if final:
                budget = min(budget, len(sentences) - 1)
            if budget < len(sentences):
                self.writer.write(b"".join(sentences[:max(budget, 0)]))
                self._close()
                raise _Dropped
        if kind == "slow" and fault.per_sentence:
            for sentence in sentences:
                await asyncio.sleep(fault.delay)
                if self.closed:
                    return
                self.writer.write(sentence)
                await self.writer.drain()
        else:
            if kind == "slow":
                await asyncio.sleep(fault.delay)
                if self.closed:
                    return
            self.writer.write(b"".join(sentences))
            await self.writer.drain()
        reply.sent += len(sentences)

    def _garbage(self, mode: str) -> bytes:
        rng = self.server.rng
        noise = rng.randbytes(rng.randrange(16, 256))
        if mode == "prefix":
            # 0xF8-0xFF can never start a valid length, so clients fail deterministically.
            return bytes((rng.randrange(0xF8, 0x100),)) + noise
        return noise

    async def _send_fatal(self, message: str) -> None:
        self.writer.write(fatal_sentence(message))
        try:
            await self.writer.drain()
        except ConnectionError:
            pass
        self._close()
