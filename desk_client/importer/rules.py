"""Importar without Qt: the summary of a report (POST /client-imports) and the refused-lines CSV."""
from __future__ import annotations

import csv
import io

from ..clients.search_fields import QT_TRANSLATE_NOOP

CONTEXT = "Importer"
MAX_UPLOAD_SECONDS = 1800.0  # a million lines take minutes on the server


def summary(report: dict) -> list[tuple[str, tuple]]:
    """(template, values) lines of the result; the window translates the template, then formats."""
    dry = report.get("dry_run")
    refused = int(report.get("refused_total", len(report.get("refused") or [])))
    head = QT_TRANSLATE_NOOP("Importer", "Simulação: %s linhas lidas, %s aceitas, %s recusadas (nada gravado).") \
        if dry else QT_TRANSLATE_NOOP("Importer", "Importação: %s linhas lidas, %s aceitas, %s recusadas.")
    return [
        (head, (report.get("lines", 0), report.get("imported_lines", 0), refused)),
        (QT_TRANSLATE_NOOP("Importer", "Clientes: %s novos, %s atualizados."),
         (report.get("clients_new", 0), report.get("clients_updated", 0))),
        (QT_TRANSLATE_NOOP("Importer", "Planos: %s novos, %s atualizados; contatos gravados: %s."),
         (report.get("subscriptions_new", 0), report.get("subscriptions_updated", 0), report.get("contacts", 0))),
    ]


def refused_csv(report: dict) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\n")
    writer.writerow(["linha", "motivo"])
    writer.writerows((r["line"], r["reason"]) for r in report.get("refused") or [])
    return out.getvalue()
