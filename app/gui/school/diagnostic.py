"""The 1.0 diagnostic test (诊断测评): a pre-test before the courses, post-tests after them.

It is a quiz dialog (same pages, same keys) with its own start and result pages: the 5 × 2
grid, each cell worded (熟练 / 基本掌握 / 未掌握 / 未测, with the percentage) and shaded by its
score (darker is stronger: there is no pass mark, so nothing is shown as failed), the cell to
study first, the change since the pre-test after a post-test, and the lessons recommended for the
weak cells (Enter or a double click opens one)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from content import quiz
from content.catalog import Quiz
from content.figures import score_text
from content.quiz import Cell, CellChange, CellResult
from sync.base.events import Event
from sync.laptop import diagnostic
from sync.laptop.laptop import Laptop
from sync.laptop.teachers import Teacher

from ...messages import tr
from ..widgets import fit
from .quiz import QuizDialog

UNTESTED_SHADE = "#eeeeee"
_PALE, _STRONG = (0xF4, 0xF7, 0xFB), (0x7F, 0xBF, 0x8E)  # 0 % and 100 %: one hue, no alarm red


def shade(percent: float | None) -> str:
    """A cell's background: pale at 0 %, a full green at 100 %, grey when not tested."""
    if percent is None:
        return UNTESTED_SHADE
    t = min(max(percent, 0.0), 100.0) / 100.0
    r, g, b = (round(p + (s - p) * t) for p, s in zip(_PALE, _STRONG, strict=True))
    return f"#{r:02x}{g:02x}{b:02x}"


def dimension_name(code: str) -> str:
    translate = QCoreApplication.translate
    return {
        "literacy": translate("Diagnostic", "Technical literacy"),
        "planning": translate("Diagnostic", "Planning and preparation"),
        "organising": translate("Diagnostic", "Organisation and management"),
        "assessment": translate("Diagnostic", "Assessment and diagnosis"),
        "development": translate("Diagnostic", "Learning and development"),
    }.get(code, code)


def level_name(level: str) -> str:
    translate = QCoreApplication.translate
    return {
        "I": translate("Diagnostic", "Level I: optimising teaching"),
        "II": translate("Diagnostic", "Level II: transforming learning"),
    }.get(level, level)


def colour_word(colour: str) -> str:
    translate = QCoreApplication.translate
    return {
        quiz.GREEN: translate("Diagnostic", "Proficient"),
        quiz.YELLOW: translate("Diagnostic", "Partly mastered"),
        quiz.RED: translate("Diagnostic", "Not yet mastered"),
        quiz.UNTESTED: translate("Diagnostic", "Not tested"),
    }[colour]


def cell_text(result: CellResult, change: CellChange | None = None) -> str:
    """The words of one cell: a colour is never the only sign."""
    translate = QCoreApplication.translate
    text = colour_word(result.colour)
    if result.percent is not None:
        text += f" · {result.percent:.0f}%"
    if change is not None and change.before is not None:
        before = tr(
            translate("Diagnostic", "pre-test: %1 %2%"),
            colour_word(change.before_colour),
            f"{change.before:.0f}",
        )
        if change.change is not None:
            points = f"{change.change:+.0f}"
            before += " · " + tr(translate("Diagnostic", "%1 points"), points)
        text += "\n" + before
    return text


class GridView(QWidget):
    """Dimensions down, levels across; each cell a label named for screen readers."""

    def __init__(
        self, grid: Mapping[Cell, CellResult], changes: Mapping[Cell, CellChange] | None = None
    ) -> None:
        super().__init__()
        layout = QGridLayout(self)
        layout.setSpacing(4)
        self.cells: dict[Cell, QLabel] = {}
        for col, level in enumerate(quiz.LEVELS, 1):
            head = QLabel(level_name(level))
            head.setWordWrap(True)
            head.setObjectName("gridHead")
            layout.addWidget(head, 0, col)
        for row, dim in enumerate(quiz.DIMENSIONS, 1):
            layout.addWidget(QLabel(dimension_name(dim)), row, 0)
            for col, level in enumerate(quiz.LEVELS, 1):
                result = grid[(dim, level)]
                label = QLabel(cell_text(result, changes.get((dim, level)) if changes else None))
                label.setStyleSheet(
                    f"background: {shade(result.percent)}; color: #111; "
                    "padding: 4px 8px; border: 1px solid #999;"
                )
                label.setAccessibleName(f"{dimension_name(dim)} · {level_name(level)}")
                label.setProperty("colour", result.colour)
                layout.addWidget(label, row, col)
                self.cells[(dim, level)] = label
        layout.setColumnStretch(1, 1)
        layout.setColumnStretch(2, 1)


class DiagnosticDialog(QuizDialog):
    """Take the diagnostic test; `lesson_requested(course, lesson)` when the teacher opens a
    recommended lesson (the dialog closes first)."""

    lesson_requested = Signal(object, object)

    def __init__(
        self, laptop: Laptop, teacher: Teacher, parent: QWidget | None = None, **kw
    ) -> None:
        self.diag: diagnostic.LoadedDiagnostic | None = None
        self.report: diagnostic.Report | None = None
        super().__init__(laptop, teacher, None, parent, **kw)  # type: ignore[arg-type]
        fit(self, 900, 640)

    # --- the hooks of QuizDialog ----------------------------------------------------------------
    def heading(self) -> str:
        return self.diag.spec.title if self.diag else self.tr("Diagnostic test")

    def load(self):
        self.diag = d = diagnostic.load(self.laptop)
        self.setWindowTitle(d.spec.title)
        self.report = diagnostic.report(
            self.laptop.journal, self.teacher.id, d.bank, self.laptop.catalog
        )
        # No pass mark and no attempt limit: it shows where a teacher stands, it is not passed.
        spec = Quiz(d.spec.bank, d.spec.draw, 0.0, d.spec.time_limit_s, None)
        return _Loaded(spec, d.bank), (0 if self.report is None else 1)

    def problem(self, exc: BaseException) -> str:
        if isinstance(exc, diagnostic.DiagnosticUnavailable):
            if exc.args_["reason"] == "none_installed":
                return self.tr(
                    "No content pack on this computer has a diagnostic test. Ask the "
                    "trainer to install one from the trainer's drive."
                )
            return self.tr(
                "The diagnostic test's questions cannot be read. Install its content pack again."
            )
        return super().problem(exc)

    def make_payload(self, finished: float) -> dict:
        assert self.diag is not None and self.graded is not None
        return diagnostic.make_payload(
            self.diag,
            self.seed,
            self.items,
            self.answers,
            self.graded,
            int(self.started * 1000),
            int(finished * 1000),
        )

    def write(self, payload: dict) -> Callable[[], tuple[Event, diagnostic.Report | None]]:
        """The write and the report it changes, both on the worker thread."""
        tid, attempt_id, journal = self.teacher.id, self.attempt_id, self.laptop.journal
        bank, catalog = self.diag.bank, self.laptop.catalog  # type: ignore[union-attr]
        return lambda: (
            diagnostic.record(journal, tid, payload, attempt_id),
            diagnostic.report(journal, tid, bank, catalog),
        )

    # --- pages ----------------------------------------------------------------------------------
    def _start_page(self) -> None:
        spec = self.quiz.spec
        size = len(quiz.distinct(self.quiz.bank))
        count = size if spec.draw is None else min(spec.draw, size)
        post = self.report is not None
        lines = [
            tr(
                self.tr(
                    "%1 questions on the five dimensions of the 1.0 standard, each at two "
                    "levels. There is no pass mark: the result shows what to study first."
                ),
                str(count),
            )
        ]
        if spec.time_limit_s:
            lines.append(tr(self.tr("Time limit: %1 minutes."), f"{spec.time_limit_s / 60:g}"))
        if post:
            lines.append(
                self.tr(
                    "You took the pre-test. Take the post-test when you have "
                    "studied the courses: each cell will show what changed."
                )
            )
        self.intro = QLabel("\n".join(lines))
        self.intro.setWordWrap(True)
        self.start_button = QPushButton(
            self.tr("Start the post-test") if post else self.tr("Start the pre-test")
        )
        self.start_button.setAutoDefault(False)
        self.start_button.clicked.connect(self.start)
        title = QLabel(self.heading())
        title.setObjectName("title")
        widgets: list[QWidget] = [title, self.intro, self.start_button]
        if post:
            widgets += self._report_widgets(self.report)
        self._page(*widgets, fill=post and bool(self.report.lessons))
        self.start_button.setFocus()

    def _report_widgets(self, report: diagnostic.Report) -> list[QWidget]:
        latest = report.latest
        if report.changes is None:
            heading = tr(self.tr("Your pre-test: %1 out of 100"), score_text(latest.score))
        else:
            heading = tr(
                self.tr("Your post-test: %1 out of 100 (pre-test: %2)"),
                score_text(latest.score),
                score_text(report.pre.score),
            )
        self.score_label = QLabel(heading)
        self.score_label.setObjectName("score")
        self.grid_view = GridView(latest.grid, report.changes)
        weak = quiz.weak_cells(latest.grid)
        self.first_label = QLabel()
        self.first_label.setObjectName("studyFirst")
        self.first_label.setWordWrap(True)
        if weak:
            dim, level = weak[0]
            self.first_label.setText(
                tr(
                    self.tr("Study first: %1 · %2 (%3, %4%)."),
                    dimension_name(dim),
                    level_name(level),
                    colour_word(latest.grid[weak[0]].colour),
                    f"{latest.grid[weak[0]].percent:.0f}",
                )
            )
        else:
            self.first_label.hide()
        self.recommended = QListWidget()
        self.recommended.setAccessibleName(self.tr("Recommended lessons"))
        courses = {c.id: c for c in self.laptop.catalog.courses}
        for lesson in report.lessons:
            item = QListWidgetItem(f"{courses[lesson.course_id].title} · {lesson.title}")
            item.setData(Qt.ItemDataRole.UserRole, (courses[lesson.course_id], lesson))
            self.recommended.addItem(item)
        if report.lessons:
            self.recommended.setCurrentRow(0)
            note = self.tr(
                "Recommended lessons for the cells not yet 熟练, weakest first (Enter or double "
                "click opens one):"
            )
        elif quiz.weak_cells(latest.grid):
            note = self.tr(
                "The courses on this computer do not cover the cells not yet 熟练. "
                "Ask the trainer for courses on them."
            )
        else:
            note = self.tr("Every tested cell is 熟练: no lesson needs to be recommended.")
        self.recommended.itemActivated.connect(self._open)
        self.recommended_note = QLabel(note)
        self.recommended_note.setWordWrap(True)
        if not report.lessons:
            self.recommended.hide()  # (never show() a widget not yet in a layout: a window)
        return [
            self.score_label,
            self.grid_view,
            self.first_label,
            self.recommended_note,
            self.recommended,
        ]

    def _recorded(self, result: tuple[Event, diagnostic.Report | None]) -> None:
        event, self.report = result
        super()._recorded(event)

    def _result_page(self) -> None:
        assert self.report is not None
        self._page(*self._report_widgets(self.report), fill=bool(self.report.lessons))
        self.countdown.hide()
        self._nav(False)
        if self.report.lessons:
            self.recommended.setFocus()
        else:
            self.close_button.setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self.isVisible():  # Enter that opened a lesson has closed the dialog already
            super().keyPressEvent(event)

    def _open(self, item: QListWidgetItem) -> None:
        course, lesson = item.data(Qt.ItemDataRole.UserRole)
        self.accept()
        self.lesson_requested.emit(course, lesson)


class _Loaded:
    """What QuizDialog reads of a loaded test: its spec and its bank."""

    def __init__(self, spec: Quiz, bank) -> None:
        self.spec, self.bank = spec, bank
