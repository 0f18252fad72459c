"""Name and version of the client bundle, read from pyproject.toml and the package it points to.

Loaded by build_installer.spec, scripts/build-bundle and the tests by file path (this folder has no
__init__.py on purpose: a package called `packaging` would shadow the PyPI library PyInstaller uses).
"""
from __future__ import annotations

import ast
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE_NAME = "isp-desk"          # the client's console script in pyproject and the bundle's folder
DISPLAY_NAME = "ISP Desk"
PUBLISHER = "ISP Desk"


@dataclass(frozen=True)
class BundleMeta:
    project: str      # "isp-desk"
    version: str      # "0.1.0"
    description: str

    @property
    def version_tuple(self) -> tuple[int, int, int, int]:
        """Windows wants four numbers; a suffix such as "rc1" or ".dev3" is dropped."""
        numbers = []
        for part in self.version.split(".")[:4]:
            leading = re.match(r"\d+", part)  # "3rc1" → 3, "dev4" → 0
            numbers.append(int(leading.group()) if leading else 0)
        return tuple((numbers + [0, 0, 0, 0])[:4])


def _module_attr(dotted: str) -> str:
    """The string assigned to `pkg.mod.__version__`, read without importing (no server imports here)."""
    module, _, attr = dotted.rpartition(".")
    path = ROOT.joinpath(*module.split("."))
    source = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
    for node in ast.parse(source.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == attr for t in node.targets):
            return ast.literal_eval(node.value)
    raise LookupError(f"{attr} not found in {source}")


def read(root: Path = ROOT) -> BundleMeta:
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    if "version" in project:
        version = project["version"]
    else:  # dynamic = ["version"] → [tool.setuptools.dynamic] version = { attr = ... }
        pyproject = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
        version = _module_attr(pyproject["tool"]["setuptools"]["dynamic"]["version"]["attr"])
    client_version = _module_attr("desk_client.__version__")
    if client_version != version:
        raise SystemExit(f"desk_client.__version__ ({client_version}) differs from the project's "
                         f"version ({version}): the bundle would show one and Windows the other")
    return BundleMeta(project["name"], version, project.get("description", DISPLAY_NAME))
