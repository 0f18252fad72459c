"""One import run: read the CSV in batches, refuse bad lines with the reason, write the rest, report.

A dry run does everything inside one transaction and rolls it back, so its report is exactly what
the real import would do. A real run commits batch by batch: being idempotent, a run cut short is
simply run again.
"""
from __future__ import annotations

import csv
import io
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import Engine

from ...models import utcnow
from ...models.clients import Plan, RoutingPoint
from ...routeros.crypto import encrypt_password
from ..search.normalise import fold_text
from . import bulk, indexes, staging
from .layout import Refused, check_header, parse_line

BATCH = 20_000
CHUNK = 2_000  # lines parsed per task
Progress = Callable[[int, int, int], None]  # lines done, bytes done, bytes total


@dataclass
class ImportReport:
    dry_run: bool
    lines: int = 0
    imported_lines: int = 0
    clients_new: int = 0
    clients_updated: int = 0
    subscriptions_new: int = 0
    subscriptions_updated: int = 0
    contacts: int = 0
    refused: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)

    def as_dict(self) -> dict:
        return {**self.__dict__, "refused": [{"line": n, "reason": r} for n, r in self.refused]}


def open_text(path: Path) -> tuple[io.TextIOBase, int]:
    """UTF-8 (with or without BOM), else Windows-1252 as Excel saves it in Brazil."""
    raw = path.open("rb")
    head = raw.read(1 << 16)
    raw.seek(0)
    try:
        head.decode("utf-8")
        encoding = "utf-8-sig"
    except UnicodeDecodeError as exc:
        cut = len(head) == 1 << 16 and exc.start > len(head) - 4  # a character cut by the 64 KiB read
        encoding = "utf-8-sig" if cut else "cp1252"
    return io.TextIOWrapper(raw, encoding=encoding, newline=""), path.stat().st_size


def _unreadable(exc: Exception) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return ("arquivo ilegível a partir daqui: não está em UTF-8 nem em Windows-1252; "
                "nada desta linha em diante foi importado.")
    return f"arquivo ilegível a partir daqui ({exc}); nada desta linha em diante foi importado."


def _dialect(first_line: str) -> str:
    return ";" if first_line.count(";") >= first_line.count(",") else ","


def _catalogs(engine: Engine) -> tuple[dict[str, int], dict[str, int]]:
    with engine.connect() as conn:
        plans = {fold_text(n): i for i, n in conn.execute(select(Plan.id, Plan.name))}
        points = {fold_text(n): i for i, n in conn.execute(
            select(RoutingPoint.id, RoutingPoint.name).where(RoutingPoint.kind == "routing_point"))}
    return plans, points


class _Batch:
    def __init__(self):
        self.clients: dict[str, dict] = {}
        self.contacts: dict[tuple[str, str], dict] = {}
        self.subs: dict[str, dict] = {}
        self.lines = 0

    def add(self, line: int, client: dict, contact: dict | None, sub: dict | None) -> str | None:
        code = client["code"]
        if sub is not None:
            held = self.subs.get(sub["login"])
            if held is not None and held["code"] != code:
                return f"login {sub['login']} repetido no arquivo para o cliente {held['code']}."
        merged = self.clients.get(code)
        if merged is None:
            self.clients[code] = {**client, "line": line}
        else:  # a later line fills or changes what it brings; blanks keep the earlier values
            if client.get("search_address"):
                for key in bulk.ADDRESS:
                    merged[key] = client.get(key)
            merged.update({k: val for k, val in client.items() if val is not None and k not in bulk.ADDRESS})
        if contact is not None:
            self.contacts[(code, contact["search_name"])] = {**contact, "code": code, "line": line}
        if sub is not None:
            self.subs[sub["login"]] = {**sub, "code": code, "line": line}
        self.lines += 1
        return None


# --- parsing, in this process or in worker processes -------------------------------------------

_CONTEXT: dict = {}


def _init_worker(names, plans, points, secret) -> None:
    _CONTEXT.update(names=names, plans=plans, points=points, secret=secret)


def _parse_in_worker(chunk: list[tuple[int, list[str]]]) -> tuple[int, list[tuple[int, object]]]:
    return _parse_chunk(tuple(_CONTEXT[k] for k in ("names", "plans", "points", "secret")), chunk)


def _parse_chunk(context: tuple, chunk: list[tuple[int, list[str]]]) -> tuple[int, list[tuple[int, object]]]:
    """The chunk's last line number, and (line, (client, contact, sub)) or (line, reason) for each of
    its non-blank lines."""
    names, plans, points, secret = context
    out: list[tuple[int, object]] = []
    for line, values in chunk:
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(names):
            out.append((line, f"a linha tem {len(values)} colunas; o cabeçalho tem {len(names)}."))
            continue
        try:
            client, contact, sub = parse_line(dict(zip(names, values)), plans, points)
        except Refused as exc:
            out.append((line, str(exc)))
            continue
        if sub is not None:  # encrypted here: in a worker process when there are several cores
            password = sub.pop("pppoe_password")
            sub["pppoe_password_enc"] = encrypt_password(secret, password) if password else None
        out.append((line, (client, contact, sub)))
    return chunk[-1][0], out


class Unreadable(Exception):
    """The file cannot be read from `line` on (encoding, csv); the lines before it were yielded."""

    def __init__(self, line: int, cause: Exception):
        super().__init__(str(cause))
        self.line, self.cause = line, cause


def _chunks(rows, size: int = CHUNK) -> Iterator[list[tuple[int, list[str]]]]:
    chunk: list[tuple[int, list[str]]] = []
    line = 1
    try:
        for values in rows:
            line += 1
            chunk.append((line, values))
            if len(chunk) >= size:
                yield chunk
                chunk = []
    except (UnicodeDecodeError, csv.Error) as exc:
        if chunk:
            yield chunk
        raise Unreadable(line + 1, exc) from exc
    if chunk:
        yield chunk


def _parsed(rows, context: tuple, workers: int) -> Iterator[tuple[int, list[tuple[int, object]]]]:
    """Parsed chunks in file order. With workers, at most 2 × workers chunks are in flight, so a
    file of millions of lines is never read into memory ahead of the database writes."""
    if workers <= 0:
        yield from (_parse_chunk(context, chunk) for chunk in _chunks(rows))
        return
    # fork: the catalogs and the key reach the workers once, by the initializer
    with multiprocessing.get_context("fork").Pool(workers, _init_worker, context) as pool:
        pending: deque = deque()
        try:
            for chunk in _chunks(rows):
                pending.append(pool.apply_async(_parse_in_worker, (chunk,)))
                if len(pending) >= 2 * workers:
                    yield pending.popleft().get()
        except Unreadable:  # the file breaks: what was read before it still counts
            while pending:
                yield pending.popleft().get()
            raise
        while pending:
            yield pending.popleft().get()


def import_file(engine: Engine, path: Path, *, secret_key: str, dry_run: bool = False,
                progress: Progress | None = None, batch_size: int = BATCH, workers: int = 0,
                rebuild_indexes: bool = False) -> ImportReport:
    """Import a CSV; `workers` > 0 parses in that many forked processes (the CLI and the bench use
    it; the server does not fork from its threads); `rebuild_indexes` see indexes.py."""
    if rebuild_indexes and not dry_run:
        with engine.connect() as conn:
            definitions = indexes.drop_search_indexes(conn)
        try:
            return import_file(engine, path, secret_key=secret_key, progress=progress, batch_size=batch_size,
                               workers=workers)
        finally:
            with engine.connect() as conn:
                indexes.build_indexes(conn, definitions)
    report = ImportReport(dry_run=dry_run)
    plans, points = _catalogs(engine)
    stream, total = open_text(path)
    with stream, engine.connect() as conn:
        try:
            first = stream.readline()  # decodes a whole buffer: a bad byte near the top fails here
        except UnicodeDecodeError as exc:
            report.refused.append((1, _unreadable(exc)))
            return report
        reader = csv.reader([first], delimiter=_dialect(first))
        try:
            names = check_header(next(reader, []))
        except Refused as exc:
            report.refused.append((1, str(exc)))
            return report
        rows = csv.reader(stream, delimiter=_dialect(first))
        staging.create(conn)
        batch, flushed = _Batch(), 0
        try:
            for last_line, parsed in _parsed(rows, (names, plans, points, secret_key), workers):
                report.lines = last_line - 1
                for line, result in parsed:
                    if isinstance(result, str):
                        report.refused.append((line, result))
                        continue
                    problem = batch.add(line, *result)
                    if problem:
                        report.refused.append((line, problem))
                    if batch.lines >= batch_size:
                        _flush(conn, batch, report, dry_run)
                        batch = _Batch()
                        flushed += 1
                        if flushed & (flushed - 1) == 0:  # after batches 1, 2, 4, 8...
                            staging.analyze_targets(conn)
                        if progress:
                            progress(report.lines, stream.buffer.tell(), total)
        except Unreadable as exc:  # the file itself is broken from here on
            report.refused.append((exc.line, _unreadable(exc.cause)))
        _flush(conn, batch, report, dry_run)
        if dry_run:
            conn.rollback()
        if progress:
            progress(report.lines, total, total)
    report.refused.sort()
    return report


def _flush(conn, batch: _Batch, report: ImportReport, dry_run: bool) -> None:
    if not batch.lines:
        return
    staging.clear(conn)
    staging.load(conn, "import_clients", list(batch.clients.values()))
    staging.load(conn, "import_contacts", list(batch.contacts.values()))
    staging.load(conn, "import_subs", list(batch.subs.values()))
    refused = bulk.refusals(conn)
    existing_clients, existing_subs = bulk.count_existing(conn)
    now = utcnow()
    bulk.upsert_clients(conn, now)
    bulk.upsert_contacts(conn, now)
    bulk.upsert_subscriptions(conn, now)
    refused_lines = {line for line, _reason, whole in refused if whole}
    report.refused.extend((line, reason) for line, reason, _whole in refused)
    report.imported_lines += batch.lines - len(refused_lines)
    n_clients = len([c for c in batch.clients.values() if c["line"] not in refused_lines])
    n_subs = len([s for s in batch.subs.values() if s["line"] not in refused_lines]) - \
        len({line for line, _reason, whole in refused if not whole})
    report.clients_updated += existing_clients
    report.clients_new += max(n_clients - existing_clients, 0)
    report.subscriptions_updated += existing_subs
    report.subscriptions_new += max(n_subs - existing_subs, 0)
    report.contacts += len(batch.contacts)
    if not dry_run:
        conn.commit()
