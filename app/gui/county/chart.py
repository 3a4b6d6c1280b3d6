"""Bars of finished teachers against the year's target per district; districts that are
behind have their bar in red, so the eye finds them before reading any number."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter

from sync.hub_views import LevelRow

from .dashboard_model import district_name

ON_TRACK, BEHIND, TARGET = QColor("#2e7d32"), QColor("#c62828"), QColor("#b0bec5")


class DistrictChart(QChartView):
    def __init__(self) -> None:
        super().__init__()
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumWidth(300)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.finished: QBarSet | None = None
        self.set_rows([], 0)

    def set_rows(self, rows: list[LevelRow], year: int) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setTitle(self.tr("Finished teachers against the %1 target").replace("%1", str(year)))
        target = QBarSet(self.tr("Target"))
        target.setColor(TARGET)
        finished = QBarSet(self.tr("Finished (red: behind)"))
        finished.setColor(ON_TRACK)
        finished.setSelectedColor(BEHIND)
        shown = [r for r in rows if r.target is not None]
        for i, r in enumerate(shown):
            target.append(r.target or 0)
            finished.append(r.met)
            if r.behind:
                finished.selectBar(i)
        series = QBarSeries()
        series.append(target)
        series.append(finished)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append([district_name(r.name) for r in shown])
        names.setLabelsAngle(-45 if len(shown) > 5 else 0)
        numbers = QValueAxis()
        numbers.setRange(0, max([r.target or 0 for r in shown] + [r.met for r in shown] + [1]))
        numbers.setLabelFormat("%d")
        chart.addAxis(names, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(numbers, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(names)
        series.attachAxis(numbers)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        self.finished = finished
