"""The application icon per OS, rendered from resources/icons/app.svg at build time.

Windows gets a multi-size .ico (PNG-compressed entries, which every Windows since Vista reads),
Linux a 256 px PNG for the .desktop file. Rendering uses Qt's SVG support, already installed.
"""
from __future__ import annotations

import struct
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "app.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def _png_bytes(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def _ensure_gui_app():
    import os

    from PySide6.QtGui import QGuiApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication.instance() or QGuiApplication([])


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def write(out_dir: Path) -> dict[str, Path]:
    """Writes app.ico and app.png into out_dir; returns them by suffix."""
    app = _ensure_gui_app()  # noqa: F841 — QPainter on QImage needs a Gui application
    out_dir.mkdir(parents=True, exist_ok=True)
    ico, png = out_dir / "app.ico", out_dir / "app.png"
    ico.write_bytes(ico_bytes({size: _png_bytes(size) for size in ICO_SIZES}))
    png.write_bytes(_png_bytes(256))
    return {"ico": ico, "png": png}
