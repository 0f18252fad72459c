#!/usr/bin/env python3
"""Packs the Linux bundle for admins: dist/isp-desk-<version>-linux-x86_64.tar.gz holding
isp-desk-<version>/ = the one-dir bundle + isp-desk.desktop (template) + install-menu-entry.sh +
isp-desk.png + isp-desk.ini.example.

  python packaging/linux_tarball.py dist/isp-desk      (scripts/build-bundle --tar runs it)
"""
from __future__ import annotations

import platform
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import app_icons
import bundle_meta

EXTRAS = ("isp-desk.desktop", "install-menu-entry.sh", "isp-desk.ini.example")


def _mode(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def build(bundle: Path, out_dir: Path, icon_png: Path, version: str) -> Path:
    top = f"{bundle_meta.EXE_NAME}-{version}"
    target = out_dir / f"{top}-linux-{platform.machine() or 'x86_64'}.tar.gz"
    with tarfile.open(target, "w:gz") as tar:
        tar.add(bundle, arcname=top, filter=_mode)
        for name in EXTRAS:
            tar.add(HERE / name, arcname=f"{top}/{name}", filter=_mode)
        tar.add(icon_png, arcname=f"{top}/isp-desk.png", filter=_mode)
    return target


def main() -> int:
    bundle = Path(sys.argv[1] if len(sys.argv) > 1 else bundle_meta.ROOT / "dist" / bundle_meta.EXE_NAME)
    icon = app_icons.write(bundle_meta.ROOT / "build" / "icons")["png"]
    target = build(bundle, bundle.parent, icon, bundle_meta.read().version)
    print(f"{target} ({target.stat().st_size / 2**20:.1f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
