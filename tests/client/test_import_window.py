"""Importar clientes: the Qt-free rules (summary, refused lines as CSV) and who gets the menu entry,
on a FakeApi (tests/client/fake_api.py) signed in as the demo operator. The window against the live
server (simulate, import, import again: updates only) is in tests/e2e/test_import_window_e2e.py."""
from __future__ import annotations

import pytest

from desk_client.importer import rules

from .session_support import checked, operator_fake_api

pytestmark = pytest.mark.gui


def test_rules_summary_and_csv():
    report = {"dry_run": True, "lines": 4, "imported_lines": 3, "refused_total": 1, "clients_new": 2,
              "refused": [{"line": 3, "reason": "CPF inválido"}]}
    (head, values), *_ = rules.summary(report)
    assert head % values == "Simulação: 4 linhas lidas, 3 aceitas, 1 recusadas (nada gravado)."
    assert rules.refused_csv(report) == "linha;motivo\n3;CPF inválido\n"


@pytest.fixture
def logged_api(qapp):
    """A FakeApi signed in as the demo operator (role operator, pt_BR like the app)."""
    api = operator_fake_api(qapp, id=1)
    yield from checked(api)


def test_only_admins_get_the_menu_entry(qtbot, logged_api):
    from desk_client.importer import install

    class Host:
        ui = None
    assert install(Host(), logged_api, None) is None
    assert logged_api.requests == []  # decided from the signed-in user's role, nothing asked
