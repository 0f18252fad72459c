"""Issue 9 items 4, 5, 6 and 9: disabled looks disabled and says why; the name column is never
the cut one; windows open at a size that fits 1366×768, placed sensibly, and close with Esc.
These need no server; the admin windows and the wizard in a logged-in session are in
tests/e2e/test_first_hour_polish_e2e.py."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QTableView

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("gui_objects_die_on_the_gui_thread")]


def test_disabled_text_is_drawn_grey(qapp):
    from desk_client import style

    style.apply(qapp)
    palette = QApplication.palette()
    for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        assert palette.color(QPalette.ColorGroup.Disabled, role) != palette.color(QPalette.ColorGroup.Active, role)


def test_fitted_size_fits_a_1366x768_screen():
    from desk_client.window_placement import fitted_size

    size = fitted_size(QSize(1080, 900), QRect(0, 0, 1366, 728))   # 768 minus a taskbar
    assert size.width() == 1080 and size.height() <= 728 - 40
    assert fitted_size(QSize(800, 500), QRect(0, 0, 1920, 1040)) == QSize(800, 500)


def test_time_axis_never_prints_a_label_twice():
    from desk_client.routers.format import time_axis

    t0 = 1_764_650_700_000
    fmt, last = time_axis(t0, t0 + 10_000, 5)        # a 10-second history
    assert fmt == "HH:mm:ss" and (last - t0) / 4 >= 1_000
    fmt, last = time_axis(t0, t0 + 6 * 60_000, 5)
    assert fmt == "HH:mm" and (last - t0) / 4 >= 60_000
    assert time_axis(t0, t0 + 24 * 3_600_000, 5)[0] == "dd/MM HH:mm"


def test_the_name_column_is_never_the_one_cut_and_empty_columns_shrink(qtbot):
    from desk_client.ui.record_table import (
        EMPTY_COLUMN_WIDTH,
        Column,
        RecordTableModel,
        fit_columns,
        setup_table,
    )

    view = QTableView()
    qtbot.addWidget(view)
    view.resize(700, 300)
    columns = [Column("Código", lambda r: r["code"]), Column("Nome", lambda r: r["name"]),
               Column("Nome Fantasia", lambda r: ""), Column("Campo encontrado", lambda r: r["matched"]),
               Column("Cidade", lambda r: r["city"])]
    model = RecordTableModel(columns, view)
    setup_table(view, model, stretch_column=1)
    view.show()
    model.set_rows([{"code": "1234", "name": "Ágatha Cristina Nascimento de Albuquerque Ferreira",
                     "matched": "Celular (contato): (21) 98238-4193 — Maria das Graças", "city": "Rio de Janeiro"}])
    fit_columns(view)
    header = view.horizontalHeader()
    assert header.sectionSize(2) == EMPTY_COLUMN_WIDTH                       # empty: shrunk
    assert header.sectionSize(1) >= view.sizeHintForColumn(1)                # the name: whole
    assert header.sectionSize(3) >= 110                                      # squeezed, not vanished
    assert model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "Nome Fantasia"
    assert model.data(model.index(0, 3), Qt.ItemDataRole.ToolTipRole).startswith("Celular")
