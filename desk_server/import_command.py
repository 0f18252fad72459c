"""`isp-desk-server import-clients FILE.csv [--dry-run] [--report FILE]`: the CSV import from the
command line, with progress on stderr and every refused line written to a report CSV."""
from __future__ import annotations

import csv
import sys
import time
from pathlib import Path

from .config import Settings


def write_refusals(path: Path, refused: list[tuple[int, str]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(["linha", "motivo"])
        writer.writerows(refused)


def summary_lines(report) -> list[str]:
    verb = "seriam" if report.dry_run else "foram"
    return [
        (f"{'Simulação' if report.dry_run else 'Importação'}: {report.lines} linhas lidas, "
         f"{report.imported_lines} aceitas, {len(report.refused)} recusadas."),
        f"Clientes: {report.clients_new} novos e {report.clients_updated} atualizados ({verb} gravados).",
        (f"Planos: {report.subscriptions_new} novos e {report.subscriptions_updated} atualizados; "
         f"contatos gravados ou atualizados: {report.contacts}."),
    ]


def run(args, settings: Settings) -> int:
    from . import migrations
    from .db import make_engine
    from .domain.importer import import_file

    path = Path(args.file)
    if not path.is_file():
        print(f"erro: arquivo não encontrado: {path}", file=sys.stderr)
        return 2
    migrations.upgrade(settings.sqlalchemy_url)
    engine = make_engine(settings.sqlalchemy_url, pool_size=1)
    started = time.monotonic()

    def progress(lines: int, done: int, total: int) -> None:
        pct = 100 * done // total if total else 100
        print(f"\r{pct:3d}%  {lines} linhas  {time.monotonic() - started:6.1f} s", end="", file=sys.stderr,
              flush=True)

    try:
        report = import_file(engine, path, secret_key=settings.resolved_secret_key, dry_run=args.dry_run,
                             progress=progress, workers=args.workers, rebuild_indexes=args.rebuild_indexes)
    finally:
        engine.dispose()
    print(file=sys.stderr)
    for line in summary_lines(report):
        print(line)
    if report.refused:
        target = Path(args.report) if args.report else path.with_suffix(".recusadas.csv")
        write_refusals(target, report.refused)
        for line, reason in report.refused[:20]:
            print(f"  linha {line}: {reason}")
        if len(report.refused) > 20:
            print(f"  ... e mais {len(report.refused) - 20}.")
        print(f"Relatório das linhas recusadas: {target}")
    print(f"Tempo: {time.monotonic() - started:.1f} s")
    return 1 if report.refused and not report.imported_lines else 0
