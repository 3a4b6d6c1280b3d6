"""Bars of teachers finished in the year against the year's target per district (lying down,
so every district's name is readable); districts that are behind have their bar in red, so
the eye finds them before reading any number."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from sync.county.measures import SummaryRow

from ...messages import tr
from .dashboard_model import place_name

ON_TRACK, BEHIND, TARGET = QColor("#2e7d32"), QColor("#c62828"), QColor("#b0bec5")


class DistrictChart(QChartView):
    def __init__(self) -> None:
        super().__init__()
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumWidth(300)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.finished: QBarSet | None = None
        self.set_rows([], 0)

    def set_rows(self, rows: list[SummaryRow], year: int) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setTitle(tr(self.tr("Finished teachers against the %1 target"), str(year)))
        target = QBarSet(self.tr("Target"))
        target.setColor(TARGET)
        finished = QBarSet(self.tr("Finished (red: behind)"))
        finished.setColor(ON_TRACK)
        finished.setSelectedColor(BEHIND)
        shown = [r for r in rows if r.target is not None][::-1]  # first row on top
        for i, r in enumerate(shown):
            target.append(r.target or 0)
            finished.append(r.finished)
            if r.behind:
                finished.selectBar(i)
        series = QHorizontalBarSeries()
        series.append(target)
        series.append(finished)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append([place_name(r) for r in shown])
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.8))
        names.setLabelsFont(small)  # district names whole, not elided, in a narrow chart
        numbers = QValueAxis()
        top = max([r.target or 0 for r in shown] + [r.finished for r in shown] + [0])
        numbers.setLabelFormat("%d")
        if top <= 4:  # whole teachers 0…4, never "0 0 0 1" of an empty or nearly empty year
            numbers.setRange(0, 4)
            numbers.setTickCount(5)
        else:
            numbers.setRange(0, top)
            numbers.applyNiceNumbers()
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(numbers, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(names)
        series.attachAxis(numbers)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        self.finished = finished
