"""The packaging helpers and the start-up self-check, without building anything (fast, always run)."""
from __future__ import annotations

import ast
import struct
import sys
from pathlib import Path

import app_icons
import bundle_contents
import bundle_meta
import pytest
import win_version_info

from desk_client import __version__, bundle_check


def test_name_and_version_come_from_pyproject_and_match_the_client():
    meta = bundle_meta.read()
    assert meta.project == "isp-desk"
    assert meta.version == __version__


@pytest.mark.parametrize(("version", "numbers"), [("0.1.0", (0, 1, 0, 0)), ("1.2.3rc1", (1, 2, 3, 0)),
                                                  ("2.0.dev4", (2, 0, 0, 0)), ("3.4.5.6.7", (3, 4, 5, 6))])
def test_windows_wants_four_numbers(version, numbers):
    assert bundle_meta.BundleMeta("isp-desk", version, "x").version_tuple == numbers


def test_windows_version_info_is_what_pyinstaller_evaluates(tmp_path):
    meta = bundle_meta.BundleMeta("isp-desk", "1.2.3", "ISP Desk: helpdesk")
    text = win_version_info.write(meta, tmp_path / "v.txt").read_text(encoding="utf-8")
    call = ast.parse(text, mode="eval").body  # PyInstaller eval()s this text with its classes
    assert call.func.id == "VSVersionInfo"
    ffi = next(k.value for k in call.keywords if k.arg == "ffi")
    assert ast.literal_eval(next(k.value for k in ffi.keywords if k.arg == "filevers")) == (1, 2, 3, 0)
    assert "StringStruct('ProductVersion', '1.2.3')" in text
    try:  # the real parser needs pefile, present where Windows builds run
        from PyInstaller.utils.win32.versioninfo import load_version_info_from_text_file
    except ImportError:
        return
    assert load_version_info_from_text_file(str(tmp_path / "v.txt")).ffi.fileVersionLS == 3 << 16


def test_ico_has_every_size_as_png(qapp, tmp_path):
    ico = app_icons.write(tmp_path)["ico"].read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(app_icons.ICO_SIZES))
    first_offset = struct.unpack("<I", ico[6 + 12:6 + 16])[0]
    assert ico[first_offset:first_offset + 8] == b"\x89PNG\r\n\x1a\n"


def test_the_client_code_imports_nothing_of_the_server():
    """The cheap, always-run half of the bundle's "client only" rule (the bundle test checks the PYZ)."""
    offenders = []
    for path in (bundle_meta.ROOT / "desk_client").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module] if isinstance(node, ast.ImportFrom) and node.module and not node.level else [])
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in bundle_contents.FORBIDDEN]
    assert offenders == []


def test_excludes_the_server_and_unused_qt_but_not_what_the_client_uses():
    excludes = set(bundle_contents.excludes())
    assert {"sqlalchemy", "fastapi", "psycopg", "librouteros", "reportlab"} <= excludes
    used = bundle_contents.qt_modules_used()
    assert {"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtCharts"} <= used
    assert not {f"PySide6.{m}" for m in used} & excludes
    assert "PySide6.QtWebEngineCore" in excludes or "QtWebEngineCore" not in bundle_contents.qt_modules_installed()


@pytest.mark.parametrize(("dest", "dropped"), [
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", True),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
    ("PySide6\\Qt\\plugins\\platforms\\qwindows.dll", False),
    ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", True),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", True),
    ("PySide6\\Qt\\plugins\\platforminputcontexts\\qtvirtualkeyboardplugin.dll", True),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
    ("PySide6/Qt/lib/libQt6Core.so.6", False),
])
def test_dropped_qt_plugins(dest, dropped):
    assert bundle_contents._dropped_plugin(dest) is dropped


def test_links_to_pruned_libraries_go_too():
    binaries = [("PySide6/Qt/lib/libQt6Core.so.6", "/x/libQt6Core.so.6", "BINARY"),
                ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
                ("libQt6Qml.so.6", "PySide6/Qt/lib/libQt6Qml.so.6", "SYMLINK")]
    assert [d for d, *_ in bundle_contents.drop_dangling_links(binaries, binaries)] == [
        "PySide6/Qt/lib/libQt6Core.so.6", "libQt6Core.so.6"]


def _fake_bundle(tmp_path: Path) -> Path:
    internal = tmp_path / "_internal"
    (internal / "PySide6").mkdir(parents=True)
    (internal / "PySide6" / "Qt6Core.dll").write_bytes(b"x")
    (internal / "base_library.zip").write_bytes(b"x")
    bundle_contents.write_manifest(internal)
    return internal


def test_manifest_lists_the_files_and_nothing_is_missing(tmp_path):
    internal = _fake_bundle(tmp_path)
    assert (internal / bundle_check.MANIFEST_NAME).read_text().split() == ["PySide6/Qt6Core.dll",
                                                                             "base_library.zip"]
    assert bundle_check.missing_files(internal) == []


def test_a_frozen_start_with_a_missing_file_names_it_and_exits(tmp_path, monkeypatch, capsys):
    internal = _fake_bundle(tmp_path)
    (internal / "PySide6" / "Qt6Core.dll").unlink()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    with pytest.raises(SystemExit) as stop:
        bundle_check.exit_if_incomplete()
    assert stop.value.code == bundle_check.EXIT_INCOMPLETE
    err = capsys.readouterr().err
    assert "_internal/PySide6/Qt6Core.dll" in err and "antivírus" in err


def test_a_lost_manifest_is_reported_too(tmp_path):
    internal = _fake_bundle(tmp_path)
    (internal / bundle_check.MANIFEST_NAME).unlink()
    assert bundle_check.missing_files(internal) == [bundle_check.MANIFEST_NAME]


def test_from_source_the_check_does_nothing(monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    bundle_check.exit_if_incomplete()


def test_every_client_module_is_listed_for_the_bundle():
    names = bundle_contents.client_modules()
    assert {"desk_client", "desk_client.app", "desk_client.wizard.registry", "desk_client.forms.ui_login"} <= set(names)
    assert "desk_client.__main__" not in names and not any("__pycache__" in n for n in names)
