"""Windows installer script, Linux .desktop entry and tarball (no Windows needed: the script's
promises are checked as text, the Linux parts for real)."""
from __future__ import annotations

import configparser
import os
import re
import subprocess
import tarfile

import bundle_meta
import linux_tarball

from desk_client import installer_mutex, preset

PACKAGING = bundle_meta.ROOT / "packaging"
ISS = (PACKAGING / "isp-desk.iss").read_text(encoding="utf-8")


def _setup(key: str) -> str:
    return re.search(rf"^{key}=(.*)$", ISS, re.MULTILINE).group(1).strip()


def test_inno_setup_app_id_is_fixed_for_ever():
    # Changing it makes Windows see a different program: no upgrade, two entries in "Apps".
    assert _setup("AppId") == "{{6F1C2B9E-3D47-4A8E-9B52-7C0E4D1A8F36}"


def test_inno_setup_refuses_while_the_client_runs():
    assert _setup("AppMutex").split(",") == list(installer_mutex.MUTEX_NAMES)
    installer_mutex.hold()  # outside Windows: nothing to hold, no error


def test_inno_setup_start_menu_entry_and_version_from_the_bundle():
    assert re.search(r'^Name: "\{group\}\\\{#AppName\}"; Filename: "\{app\}\\\{#AppExe\}"', ISS, re.MULTILINE)
    assert 'GetStringFileInfo(BundleDir + "\\" + AppExe, "ProductVersion")' in ISS
    assert "build\\build_installer\\icons\\app.ico" in ISS  # where the spec writes the icon


def test_inno_setup_writes_the_preset_the_client_reads():
    assert f"{{app}}\\{preset.PRESET_FILE_NAME}" in ISS
    assert "SetIniString('connection', 'server_url'" in ISS and "SetIniString('connection', 'force'" in ISS


def test_desktop_entry_installed_for_the_user(tmp_path):
    folder = tmp_path / "isp-desk-0.1.0"
    folder.mkdir()
    for name in ("isp-desk.desktop", "install-menu-entry.sh"):
        (folder / name).write_bytes((PACKAGING / name).read_bytes())
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "share"), "HOME": str(tmp_path)}
    if os.getuid() == 0:  # as root the script installs for every user: test the per-user path as a user would
        env["PATH"] = f"{tmp_path}:{env['PATH']}"
        (tmp_path / "id").write_text("#!/bin/sh\necho 1000\n")
        (tmp_path / "id").chmod(0o755)
    subprocess.run(["sh", str(folder / "install-menu-entry.sh")], env=env, check=True, capture_output=True)
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(tmp_path / "share" / "applications" / "isp-desk.desktop")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == f'"{folder}/isp-desk"' and desktop["Icon"] == f"{folder}/isp-desk.png"
    assert desktop["Type"] == "Application" and desktop["Name"] == "ISP Desk"


def test_tarball_holds_bundle_desktop_entry_and_icon(tmp_path):
    bundle = tmp_path / "isp-desk"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "isp-desk").write_bytes(b"\x7fELF")
    (bundle / "isp-desk").chmod(0o755)
    icon = tmp_path / "app.png"
    icon.write_bytes(b"png")
    target = linux_tarball.build(bundle, tmp_path, icon, "9.8.7")
    with tarfile.open(target) as tar:
        names = set(tar.getnames())
        assert tar.getmember("isp-desk-9.8.7/isp-desk").mode & 0o111
        assert tar.getmember("isp-desk-9.8.7/install-menu-entry.sh").mode & 0o111
    assert {"isp-desk-9.8.7/isp-desk.desktop", "isp-desk-9.8.7/isp-desk.png",
            "isp-desk-9.8.7/isp-desk.ini.example"} <= names
    assert target.name.startswith("isp-desk-9.8.7-linux-")
