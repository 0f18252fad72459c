"""Builds the client bundle with the documented command and starts it (opt-in: marker `bundle`).

  ISP_DESK_TEST_BUNDLE=1 .venv/bin/python -m pytest tests/packaging/test_bundle.py
  ISP_DESK_BUNDLE_DIR=dist/isp-desk ...   reuses a bundle already built (scripts/build-bundle)
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import bundle_meta
import bundle_smoke
import pytest

pytestmark = [pytest.mark.bundle, pytest.mark.timeout(1200)]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    given = os.environ.get("ISP_DESK_BUNDLE_DIR")
    if given:
        return Path(given).resolve()
    out = tmp_path_factory.mktemp("bundle")
    pyinstaller = Path(sys.executable).parent / "pyinstaller"
    subprocess.run([str(pyinstaller), "--noconfirm", "--log-level", "WARN", "--distpath", str(out / "dist"),
                    "--workpath", str(out / "build"), "build_installer.spec"],
                   cwd=bundle_meta.ROOT, check=True, timeout=1100)
    return out / "dist" / bundle_meta.EXE_NAME


@pytest.fixture
def home(tmp_path) -> str:
    return str(tmp_path)


def test_client_only_and_within_the_size_budget(bundle):
    assert bundle_smoke.check_contents(bundle) <= bundle_smoke.MAX_MIB


def test_version_is_the_package_version(bundle, home):
    assert bundle_smoke.check_version(bundle, home) == f"isp-desk {bundle_meta.read().version}"


@pytest.mark.parametrize("language", ["pt_BR", "en"])
def test_login_window_shown_in_the_language_and_clean_exit(bundle, home, language):
    assert bundle_smoke.check_login_shown(bundle, language, home) > 0


def test_a_quarantined_file_is_named_at_start(bundle, home):
    assert "isp_desk_en.qm" in bundle_smoke.check_missing_file_named(bundle, home)


def test_the_server_preset_next_to_the_executable_is_shown(bundle, home):
    assert bundle_smoke.check_preset_read(bundle, home).startswith("http://")


def test_every_client_module_imports_inside_the_bundle(bundle, home):
    assert bundle_smoke.check_every_module_imports(bundle, home) > 100
