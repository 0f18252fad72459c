"""tests/packaging: the helpers in packaging/ (loaded by path: that folder is not a Python package,
see packaging/bundle_meta.py) and, only when asked, the real bundle build (marker `bundle`)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
if str(PACKAGING) not in sys.path:
    sys.path.insert(0, str(PACKAGING))


def pytest_collection_modifyitems(config, items):
    if os.environ.get("ISP_DESK_TEST_BUNDLE") == "1" or "bundle" in (config.option.markexpr or ""):
        return
    skip = pytest.mark.skip(reason="builds the PyInstaller bundle (~1-2 min): set ISP_DESK_TEST_BUNDLE=1 "
                                   "or run with -m bundle (or bash scripts/build-bundle)")
    for item in items:
        if "bundle" in item.keywords:
            item.add_marker(skip)
