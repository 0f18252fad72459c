"""Screenshots taken by the tests: save a widget's picture and check it is not blank; the Brazilian
locale the app runs in (dates dd/mm/aaaa, money R$ 1.234,56)."""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication


@contextmanager
def brazilian_locale():
    """As the app runs (i18n.install sets it); the previous default locale is restored after."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Portuguese, QLocale.Country.Brazil))
    try:
        yield
    finally:
        QLocale.setDefault(previous)


def save_screenshot(widget, folder: Path, name: str, *, min_width: int = 0, min_height: int = 0,
                    every: tuple[int, int] = (17, 13), min_colours: int = 6) -> Path:
    """`folder`/`name`.png of `widget` after the pending layout requests; asserts it was written, is
    wider than `min_width` and taller than `min_height`, and shows at least `min_colours` colours among
    the pixels sampled every (x, y) `every` pixels (else it looks blank)."""
    QApplication.processEvents()  # pending layout requests (labels that just changed text)
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path)), path
    image = QImage(str(path))
    assert image.width() > min_width and image.height() > min_height
    step_x, step_y = every
    colours = {image.pixel(x, y) for x in range(0, image.width(), step_x) for y in range(0, image.height(), step_y)}
    assert len(colours) >= min_colours, f"{name} looks blank"
    return path
