"""Start-up check of the installed bundle's own files, before Qt is loaded.

Antivirus programs quarantine single DLLs of PyInstaller bundles; Qt then fails with a cryptic
"DLL load failed" or the platform plugin error. The build writes a list of every file of the
bundle's support folder (packaging/bundle_contents.py); here each one is looked up (a stat per
file, a few milliseconds) and the first missing ones are named, in a native message box on
Windows and on stderr everywhere. Outside a bundle this does nothing.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

MANIFEST_NAME = "isp-desk-files.txt"
EXIT_INCOMPLETE = 3
_SHOWN_AT_MOST = 5


def support_dir() -> Path | None:
    """The bundle's support folder (`_internal` next to the executable), None when run from source."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))


def missing_files(folder: Path) -> list[str]:
    manifest = folder / MANIFEST_NAME
    try:
        names = manifest.read_text(encoding="utf-8").splitlines()
    except OSError:
        return [MANIFEST_NAME]
    return [name for name in names if name and not os.path.lexists(folder / name)]


def message(missing: list[str], folder: Path) -> str:
    listed = "\n".join(f"  {folder.name}/{name}" for name in missing[:_SHOWN_AT_MOST])
    more = f"\n  (+{len(missing) - _SHOWN_AT_MOST})" if len(missing) > _SHOWN_AT_MOST else ""
    return ("A instalação do ISP Desk está incompleta: falta o arquivo\n"
            f"{listed}{more}\n\n"
            "Um antivírus pode tê-lo colocado em quarentena. Restaure o arquivo (e adicione a pasta "
            "do ISP Desk às exceções do antivírus) ou reinstale o ISP Desk.\n\n"
            "The ISP Desk installation is incomplete: the file(s) above are missing, probably "
            "quarantined by an antivirus. Restore them or reinstall ISP Desk.")


def _show(text: str) -> None:
    print(text, file=sys.stderr, flush=True)
    if sys.platform == "win32" and os.environ.get("ISP_DESK_NO_CRASH_DIALOGS") != "1":
        import ctypes

        ctypes.windll.user32.MessageBoxW(None, text, "ISP Desk", 0x10)  # MB_ICONERROR


def exit_if_incomplete() -> None:
    folder = support_dir()
    if folder is None:
        return
    missing = missing_files(folder)
    if missing:
        _show(message(missing, folder))
        sys.exit(EXIT_INCOMPLETE)


def import_everything() -> int:
    """Imports every client module inside the bundle (scripts/build-bundle runs this with
    ISP_DESK_IMPORT_ALL=1): a module PyInstaller left out or one needing an excluded library fails
    here, not when an operator opens that window."""
    import importlib
    import pkgutil
    import traceback

    import desk_client

    failures, count = [], 0
    for module in pkgutil.walk_packages(desk_client.__path__, "desk_client."):
        if module.name.endswith("__main__"):
            continue
        count += 1
        try:
            importlib.import_module(module.name)
        except Exception:  # noqa: BLE001 — every failure is reported, none stops the walk
            failures.append(f"{module.name}: {traceback.format_exc(limit=2)}")
    print(f"imported={count} failed={len(failures)}", flush=True)
    for failure in failures:
        print(failure, file=sys.stderr, flush=True)
    return 1 if failures else 0
