"""What an admin presets for every operator of an installation: `isp-desk.ini` next to the
executable (the Windows installer writes it from /SERVER=..., or the admin drops it in the folder).

    [connection]
    server_url = http://atendimento.provedor.local:8470
    ; force = true      the preset wins over what the operator last typed (the server moved)
    [ui]
    language = pt_BR    ; or en: the default until the operator picks one in Preferências

It is read before QSettings: a per-user choice overrides a preset default, never a forced one.
From source there is no "next to the executable": ISP_DESK_PRESET names the file instead (tests too).
"""
from __future__ import annotations

import configparser
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("desk_client.preset")
PRESET_FILE_NAME = "isp-desk.ini"


@dataclass(frozen=True)
class Preset:
    server_url: str = ""
    force_server: bool = False
    language: str = ""
    source: Path | None = None


def preset_path() -> Path | None:
    named = os.environ.get("ISP_DESK_PRESET")
    if named:
        return Path(named)
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent / PRESET_FILE_NAME
    return None


def read_preset(path: Path | None = None) -> Preset:
    path = path or preset_path()
    if path is None or not path.is_file():
        return Preset()
    parser = configparser.ConfigParser(inline_comment_prefixes=(";", "#"))
    try:
        parser.read(path, encoding="utf-8-sig")  # -sig: Notepad's UTF-8 files start with a BOM
        preset = Preset(server_url=parser.get("connection", "server_url", fallback="").strip().rstrip("/"),
                        force_server=parser.getboolean("connection", "force", fallback=False),
                        language=parser.get("ui", "language", fallback="").strip(),
                        source=path)
    except (configparser.Error, ValueError, UnicodeDecodeError) as exc:
        log.warning("preset %s ignored: %s", path, exc)
        return Preset()
    log.info("preset read from %s (server %s%s)", path, preset.server_url or "-",
             ", forced" if preset.force_server else "")
    return preset
