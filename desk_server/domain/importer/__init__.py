"""CSV import of an ISP's clients, contacts and subscriptions (layout: docs/import-layout.md).

`layout` names the columns and turns one CSV line into normalised values (or a refusal with the
reason); `bulk` writes batches set-based (COPY on PostgreSQL) and idempotently: clients by code,
subscriptions by login, contacts by client and name. `run.import_file` ties them together with a
dry run (everything inside a transaction that is rolled back) and a progress callback.
"""
from .run import ImportReport, import_file

__all__ = ["ImportReport", "import_file"]
