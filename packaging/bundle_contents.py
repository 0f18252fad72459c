"""What goes into the client bundle and what must never: used by build_installer.spec (before and
after PyInstaller runs), scripts/build-bundle and tests/packaging.

The client talks HTTP only (DESIGN §3): the server's stack inside the bundle would mean a client
module imports the server, and 30+ MiB shipped to every operator for nothing.
"""
from __future__ import annotations

import ast
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLIENT = ROOT / "desk_client"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from desk_client.bundle_check import MANIFEST_NAME

# Top-level packages that belong to the server (or to the repo's tools) and never to the client.
FORBIDDEN = ("desk_server", "routeros_sim", "sqlalchemy", "alembic", "fastapi", "starlette", "uvicorn",
             "psycopg", "psycopg_binary", "librouteros", "reportlab", "argon2", "faker", "aiosmtpd",
             "pytest", "_pytest", "tkinter", "_tkinter", "IPython", "numpy", "PIL")
# Not the server's, but of no use to the client either: optional speed-ups and command-line tools
# that httpx/anyio import when present (httpx's CLI pulls click, rich and pygments).
UNUSED = ("uvloop", "trio", "click", "rich", "pygments", "httpx._main", "IPython", "setuptools", "pkg_resources")
# Qt plugins for embedded devices, GTK's theme (needs GTK, 10 MiB of cairo/pango with it), the
# virtual keyboard (needs QtQuick and QML) and rare image formats: folder → plugin stems ("*" = all).
DROPPED_QT_PLUGINS = {
    "egldeviceintegrations": {"*"}, "generic": {"*"},
    "platforminputcontexts": {"qtvirtualkeyboardplugin"},
    "platforms": {"qeglfs", "qlinuxfb", "qminimalegl", "qvnc", "qvkkhrdisplay"},
    "platformthemes": {"qgtk3"},
    "imageformats": {"qtiff", "qtga", "qwbmp", "qicns"},
}
# Qt modules the client needs besides the ones its code imports: QtSvg renders the SVG icons.
QT_ALWAYS = {"QtCore", "QtGui", "QtWidgets", "QtSvg"}


def client_modules(source: Path = CLIENT) -> list[str]:
    """Dotted names of every module of the client package, found on disk (nothing imported)."""
    names = []
    for path in sorted(source.rglob("*.py")):
        parts = path.relative_to(source.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if "__pycache__" not in parts and parts[-1] != "__main__":
            names.append(".".join(parts))
    return names


def qt_modules_used(source: Path = CLIENT) -> set[str]:
    """Every PySide6.QtX the client's code imports (AST scan: generated forms included)."""
    used = set(QT_ALWAYS)
    for path in source.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            used.update(n.split(".")[1] for n in names if n.startswith("PySide6.Qt") and n.count(".") >= 1)
    return used


def qt_modules_installed() -> set[str]:
    import PySide6

    folder = Path(PySide6.__file__).parent
    return {p.name.split(".")[0] for p in folder.iterdir()
            if p.name.startswith("Qt") and p.suffix in (".so", ".pyd") or p.name.endswith(".abi3.so")}


def excludes() -> list[str]:
    """Module names for Analysis(excludes=...): the server stack and every Qt module not used."""
    unused_qt = sorted(f"PySide6.{m}" for m in qt_modules_installed() - qt_modules_used())
    return [*FORBIDDEN, *UNUSED, *unused_qt]


def forbidden_in(module_names) -> list[str]:
    return sorted({n for n in module_names if n.split(".")[0] in FORBIDDEN})


def forbidden_files(bundle: Path) -> list[str]:
    """Binary or data files under the bundle that belong to a forbidden package (e.g. psycopg's libpq)."""
    hits = []
    for path in bundle.rglob("*"):
        first = path.relative_to(bundle).parts
        if any(part.split(".")[0].lower() in {f.lower() for f in FORBIDDEN} for part in first):
            hits.append(str(path.relative_to(bundle)))
    return sorted(hits)


def bundled_modules(bundle: Path, exe_name: str) -> set[str]:
    """Names of the Python modules inside the built bundle's PYZ archive."""
    from PyInstaller.archive.readers import CArchiveReader, ZlibArchiveReader

    exe = bundle / (exe_name + (".exe" if os.name == "nt" else ""))
    names: set[str] = set()
    pkg = CArchiveReader(str(exe))
    for entry in pkg.toc:
        if entry.endswith(".pyz") or entry == "PYZ.pyz" or entry.startswith("PYZ"):
            pyz_bytes = pkg.extract(entry)
            tmp = bundle.parent / f".{exe_name}-pyz-probe"
            tmp.write_bytes(pyz_bytes)
            try:
                names |= set(ZlibArchiveReader(str(tmp)).toc)
            finally:
                tmp.unlink()
    for pyz in bundle.rglob("*.pyz"):
        names |= set(ZlibArchiveReader(str(pyz)).toc)
    return names


def size_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def write_manifest(internal: Path) -> Path:
    """Lists every file of the bundle's support folder (relative, '/'-separated) for the start check."""
    files = sorted(p.relative_to(internal).as_posix() for p in internal.rglob("*")
                   if (p.is_file() or p.is_symlink()) and p.name != MANIFEST_NAME)
    target = internal / MANIFEST_NAME
    target.write_text("\n".join(files) + "\n", encoding="utf-8")
    return target


def _stem(name: str) -> str:
    stem = name.split(".")[0]
    return stem.removeprefix("lib")


def _dropped_plugin(dest: str) -> bool:
    parts = Path(dest.replace("\\", "/")).parts
    if "plugins" not in parts or len(parts) < parts.index("plugins") + 3:
        return False
    folder = parts[parts.index("plugins") + 1]
    stems = DROPPED_QT_PLUGINS.get(folder, set())
    return "*" in stems or _stem(parts[-1]) in stems


def _is_root(dest: str, typecode: str) -> bool:
    """Binaries loaded by Python or Qt themselves, not because another binary needs them."""
    path = dest.replace("\\", "/")
    name = path.rsplit("/", 1)[-1].lower()
    return (typecode == "EXTENSION" or "/plugins/" in path or name.startswith(("libpython", "python"))
            or "pyside6" in name or "shiboken6" in name)


def prune_binaries(binaries: list, windows: bool) -> list:
    """Drops the unused Qt plugins, then every library no longer needed by what is left (found by
    following each binary's imports). On Windows only Qt's own DLLs are pruned: system DLLs may be
    loaded by name at run time (ctypes), which no import table shows."""
    from PyInstaller.depend.bindepend import get_imports

    kept = [entry for entry in binaries if not _dropped_plugin(entry[0])]
    files = [entry for entry in kept if entry[2] != "SYMLINK"]
    by_name = {Path(dest).name.lower(): (dest, src, code) for dest, src, code in files}
    reached = set()
    todo = [Path(dest).name.lower() for dest, _src, code in files if _is_root(dest, code)]
    while todo:
        name = todo.pop()
        if name in reached or name not in by_name:
            continue
        reached.add(name)
        todo.extend(Path(str(found[0])).name.lower() for found in get_imports(by_name[name][1]))

    def prunable(name: str) -> bool:
        return name.startswith("qt6") if windows else True

    def wanted(dest: str, src: str, code: str) -> bool:
        if code == "SYMLINK":  # a link next to the executable: kept only if its target is
            return Path(src).name.lower() in reached or not prunable(Path(src).name.lower())
        return Path(dest).name.lower() in reached or not prunable(Path(dest).name.lower())

    return [entry for entry in kept if wanted(*entry)]


def drop_dangling_links(toc: list, binaries: list) -> list:
    """SYMLINK entries (links next to the executable into PySide6/Qt/lib) whose target was pruned."""
    present = {dest.replace("\\", "/") for dest, _src, code in binaries if code != "SYMLINK"}
    return [entry for entry in toc if entry[2] != "SYMLINK" or entry[1].replace("\\", "/") in present]
