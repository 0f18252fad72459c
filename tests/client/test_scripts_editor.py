"""The supervisor's script editor: operators never see it. (The editor itself against a real server —
list and versions, the tree, live validation, test paths, preview, publish, export and import, the
unsaved-changes guard, analytics: tests/e2e/test_scripts_editor_e2e.py.)"""
from __future__ import annotations

from desk_client.permissions import can_use


def test_operators_do_not_see_the_editor():
    assert not can_use("operator", "scripts") and not can_use("technician", "scripts")
    assert can_use("supervisor", "scripts") and can_use("admin", "scripts")
