"""A signed-in teacher's home: hours so far against the programme goal (computed by the same
function the county uses), the courses on this computer, and recent activity."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from content.ability_points import AbilityPoint
from content.catalog import FACE_TO_FACE, ONLINE, PRACTICE
from content.figures import hours_text as _h
from content.rules import Progress
from sync.base.events import LESSON_SESSION, Event
from sync.laptop.laptop import Laptop
from sync.laptop.teachers import Teacher

from ...messages import category_name, stage_name, tr, when
from ..operations import ReadOp
from .lesson_search import LessonSearch


def _bar(value: float, goal: float) -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, max(int(goal * 10), 1))
    bar.setValue(min(int(value * 10), bar.maximum()))
    bar.setTextVisible(False)
    return bar


class HomePage(QWidget):
    switch_teacher = Signal()
    lesson_requested = Signal(object, object)  # Course, Lesson
    points_requested = Signal()
    transcript_requested = Signal()
    rating_requested = Signal()
    documents_requested = Signal()
    settings_requested = Signal()
    diagnostic_requested = Signal()

    def __init__(self, laptop: Laptop) -> None:
        super().__init__()
        self.laptop = laptop
        self.teacher: Teacher | None = None
        self.greeting = QLabel()
        self.greeting.setObjectName("pageTitle")
        self.profile = QLabel()
        self.profile.setObjectName("note")
        self.profile.setWordWrap(True)  # wraps beside six buttons at 125 % instead of clipping
        self.switch_button = QPushButton(self.tr("Switch teacher"))
        self.switch_button.clicked.connect(self.switch_teacher)
        self.diagnostic_button = QPushButton(self.tr("Diagnostic test"))
        self.diagnostic_button.setToolTip(
            self.tr("The 1.0 diagnostic test: before the courses and again after them")
        )
        self.diagnostic_button.clicked.connect(self.diagnostic_requested)
        self.points_button = QPushButton(self.tr("My ability points"))
        self.points_button.clicked.connect(self.points_requested)
        self.transcript_button = QPushButton(self.tr("Print my transcript"))
        self.transcript_button.clicked.connect(self.transcript_requested)
        self.rating_button = QPushButton(self.tr("School rating (school team)"))
        self.rating_button.setToolTip(
            self.tr("Rate other teachers' evidence: for the school's IT management team")
        )
        self.rating_button.clicked.connect(self.rating_requested)
        self.rating_button.setVisible(False)
        # Only the team sees these two; their short words keep six buttons within 1093 pixels.
        self.documents_button = QPushButton(self.tr("School plans"))
        self.documents_button.setToolTip(
            self.tr(
                "The school's development plan and school-based training plan, filed by the "
                "school's IT management team for the county"
            )
        )
        self.documents_button.clicked.connect(self.documents_requested)
        self.documents_button.setVisible(False)
        self.settings_button = QPushButton(self.tr("School settings"))
        self.settings_button.setToolTip(
            self.tr("The school's teaching environment, which decides the ability points offered")
        )
        self.settings_button.clicked.connect(self.settings_requested)
        self.settings_button.setVisible(False)
        top = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(self.greeting)
        names.addWidget(self.profile)
        top.addLayout(names, 1)
        for b in (
            self.diagnostic_button,
            self.points_button,
            self.transcript_button,
            self.rating_button,
            self.documents_button,
            self.settings_button,
            self.switch_button,
        ):
            top.addWidget(b)

        self.hours_box = QGroupBox(self.tr("My hours (学时)"))
        self.hours_grid = QGridLayout(self.hours_box)
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.courses = QTreeWidget()
        self.courses.setHeaderLabels(
            [self.tr("Course / lesson"), self.tr("Category"), self.tr("Counted / nominal")]
        )
        self.courses.header().setStretchLastSection(False)
        self.courses.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):  # as wide as their words, so titles keep the rest
            self.courses.header().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.courses.setAccessibleName(self.tr("Courses on this computer"))
        self.courses.itemActivated.connect(self._activated)
        courses_box = QGroupBox(self.tr("Courses on this computer"))
        cl = QVBoxLayout(courses_box)
        self.courses_note = QLabel(
            self.tr(
                "Lessons open here once the trainer installs a content "
                "pack; until then this is the demo catalogue."
            )
        )
        self.courses_note.setObjectName("note")
        self.courses_note.setWordWrap(True)
        self.search = LessonSearch(laptop, self)
        self.search.lesson_requested.connect(self.lesson_requested)
        self.search.searching.connect(lambda on: self.courses.setVisible(not on))
        cl.addWidget(self.courses_note)
        cl.addWidget(self.search.box)
        cl.addWidget(self.courses)
        cl.addWidget(self.search.hits)

        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent activity"))
        self.recent.setWordWrap(True)  # a long lesson title wraps; no sideways scrolling
        self.recent.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent.setResizeMode(QListWidget.ResizeMode.Adjust)
        recent_box = QGroupBox(self.tr("Recent activity"))
        QVBoxLayout(recent_box).addWidget(self.recent)

        lower = QHBoxLayout()
        lower.addWidget(courses_box, 3)
        lower.addWidget(recent_box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addWidget(self.hours_box)
        layout.addLayout(lower, 1)

    def _activated(self, item: QTreeWidgetItem) -> None:
        picked = item.data(0, Qt.ItemDataRole.UserRole)
        if picked is not None:  # a lesson, not a course heading
            self.lesson_requested.emit(*picked)

    def focus_first(self) -> None:
        self.switch_button.setFocus()

    def show_teacher(self, teacher: Teacher) -> None:
        if self.teacher is None or self.teacher.id != teacher.id:
            self.search.clear()  # another teacher's search is not theirs to see
        self.teacher = teacher
        self.greeting.setText(tr(self.tr("Hello, %1"), teacher.name))
        self.rating_button.setVisible(teacher.school_team)
        self.documents_button.setVisible(teacher.school_team)
        self.settings_button.setVisible(teacher.school_team)
        self.profile.setText(
            " · ".join(
                (teacher.school, stage_name(teacher.stage), teacher.subject, teacher.masked_id)
            )
        )
        tid = teacher.id
        ReadOp(
            self,
            self.laptop,
            op=lambda: (
                self.laptop.progress(tid),
                self.laptop.recent(tid),
                self.laptop.progress(tid, confirmed_only=True),
                self.laptop.ability_points(),
            ),
            success=lambda r: self._fill(*r) if self.teacher and self.teacher.id == tid else None,
        ).run()

    def _fill(
        self,
        progress: Progress,
        recent: list[Event],
        confirmed: Progress,
        points: dict[str, AbilityPoint],
    ) -> None:
        rules = progress.rules
        while self.hours_grid.count():
            taken = self.hours_grid.takeAt(0)
            w = taken.widget() if taken is not None else None
            if w is not None and w is not self.status:  # the status line is kept and reused
                w.deleteLater()
        # Each category against its own minimum as the rules set it (the transcript prints
        # the same); the total against the goal. Every figure is counted tenths.
        rows = [
            (self.tr("Total"), progress.total_hours, rules.goal_hours),
            (category_name(ONLINE), progress.online_hours, rules.online_required),
            (category_name(FACE_TO_FACE), progress.face_to_face_hours, rules.face_to_face_required),
            (category_name(PRACTICE), progress.practice_hours, rules.practice_required),
        ]
        for r, (label, value, goal) in enumerate(rows):
            self.hours_grid.addWidget(QLabel(label), r, 0)
            if goal > 0:
                self.hours_grid.addWidget(_bar(value, goal), r, 1)
                text = tr(self.tr("%1 of %2 hours"), _h(value), _h(goal))
            else:
                text = tr(self.tr("%1 hours (no minimum)"), _h(value))
            self.hours_grid.addWidget(QLabel(text), r, 2)
        assessed = self.tr("%1 of %2 ability points rated pass or excellent")
        assessed = tr(assessed, str(progress.points_accepted), str(rules.min_ability_points))
        if rules.min_dimensions:
            assessed += tr(
                self.tr(", covering %1 of %2 dimensions"),
                str(len(progress.dimensions)),
                str(rules.min_dimensions),
            )
        r = len(rows)
        self.hours_grid.addWidget(QLabel(self.tr("School-based assessment")), r, 0)
        self.hours_grid.addWidget(
            _bar(progress.points_accepted, max(rules.min_ability_points, 1)), r, 1
        )
        self.hours_grid.addWidget(QLabel(assessed), r, 2)
        self.hours_grid.setColumnStretch(1, 1)
        if progress.met:
            status = self.tr("You have met the programme's requirements.")
        elif progress.hours_met:
            status = self.tr(
                "Your hours are met; to finish, the school-based assessment must be passed."
            )
        else:
            left = max(rules.goal_hours - progress.total_hours, 0)
            status = tr(
                self.tr("%1 more hours to reach the goal of %2 hours in a %3-year cycle (%4)."),
                _h(left),
                _h(rules.goal_hours),
                str(rules.cycle_years),
                rules.title,
            )
        if confirmed.total_hours >= progress.total_hours and progress.total_hours > 0:
            status += " " + tr(
                self.tr("County confirmed (县级已确认): all %1 hours have reached the county."),
                _h(confirmed.total_hours),
            )
        else:
            status += " " + tr(
                self.tr(
                    "County confirmed (县级已确认): %1 of %2 hours; the rest is "
                    "this computer's record, waiting for the next sync."
                ),
                _h(confirmed.total_hours),
                _h(progress.total_hours),
            )
        self.status.setText(status)
        self.hours_grid.addWidget(self.status, len(rows) + 1, 0, 1, 3)

        self.courses.clear()
        per_hour = rules.seconds_per_hour
        # The note explains the demo catalogue; installed packs need no excuse.
        self.courses_note.setVisible(all(c.pack is None for c in self.laptop.catalog.courses))
        for course in self.laptop.catalog.courses:
            # A course counts its lessons' time in tenths of a 学时: its row is what the
            # online total adds up; a lesson shows its counted minutes.
            counted = progress.course_tenths.get(course.id, 0) / 10
            node = QTreeWidgetItem([course.title, "", tr(self.tr("%1 hours"), _h(counted))])
            for lesson in course.lessons:
                if lesson.category == PRACTICE:
                    # A practice reading earns nothing itself: its point's rated evidence does.
                    point = points.get(course.ability_point or "")
                    earned = progress.point_tenths.get(course.ability_point or "", 0) / 10
                    shown = tr(
                        self.tr("%1 / %2 hours (rated evidence)"),
                        _h(earned),
                        _h(point.practice_hours if point else 0),
                    )
                else:
                    shown = tr(
                        self.tr("%1 / %2 min"),
                        str(progress.lesson_seconds.get(lesson.id, 0) // 60),
                        str(lesson.nominal_seconds(per_hour) // 60),
                    )
                item = QTreeWidgetItem(node, [lesson.title, category_name(lesson.category), shown])
                item.setData(0, Qt.ItemDataRole.UserRole, (course, lesson))
            self.courses.addTopLevelItem(node)
        self.courses.expandAll()

        self.recent.clear()
        titles = {lesson.id: lesson.title for lesson in self.laptop.catalog.lessons}
        for ev in recent:
            at = when(ev.wall_ms)
            data = ev.data
            if ev.type == LESSON_SESSION:
                what = tr(
                    self.tr("Studied “%1” for %2 minutes"),
                    titles.get(data.get("lesson", ""), data.get("lesson", "?")),
                    str(int(data.get("active_seconds", 0)) // 60),
                )
            else:
                what = tr(
                    self.tr("Attended a face-to-face session (%1 hours)"),
                    _h(float(data.get("hours", 0))),
                )
            self.recent.addItem(f"{at}  {what}")
        if not recent:
            self.recent.addItem(self.tr("Nothing yet: your study will be listed here."))
