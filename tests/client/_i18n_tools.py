"""tools/i18n_check.py for the i18n tests (tools/ is not a package)."""
from __future__ import annotations

import sys
from pathlib import Path

TOOLS = Path(__file__).resolve().parents[2] / "tools"
if str(TOOLS) not in sys.path:
    sys.path.insert(0, str(TOOLS))

import i18n_check

__all__ = ["i18n_check"]
