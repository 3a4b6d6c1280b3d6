"""The district chart: an empty year shows whole numbers on a sensible axis."""

from __future__ import annotations

from PySide6.QtCharts import QValueAxis
from PySide6.QtCore import Qt

from app.gui.county.chart import DistrictChart


def axis_labels(chart: DistrictChart) -> list[str]:
    (axis,) = [a for a in chart.chart().axes(Qt.Orientation.Horizontal)]
    assert isinstance(axis, QValueAxis)
    step = (axis.max() - axis.min()) / (axis.tickCount() - 1)
    return [f"{axis.min() + i * step:g}" for i in range(axis.tickCount())]


def test_an_empty_year_has_whole_numbers_on_its_axis(qtbot, zh_app):
    chart = DistrictChart()
    qtbot.addWidget(chart)
    chart.set_rows([], 2017)
    assert axis_labels(chart) == ["0", "1", "2", "3", "4"]
