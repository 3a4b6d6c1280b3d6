"""学时认定: practice evidence the schools have rated, waiting for the county. A person reads
the submission (or opens its file), gives the county's rating and recognises the practice
hours or says why not; the decision travels back to the laptop in the next mail."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sync.county.decisions import EvidenceItem
from sync.county.hub import Hub
from sync.county.listings import PointWords, point_words

from ...messages import describe, tr, when
from ..operations import ReadOp, WriteOp
from ..widgets import error_label
from .stored_files import open_stored
from .tables import RowTable

LEVELS = ("excellent", "pass", "fail")


class EvidencePage(QWidget):
    def __init__(self, hub: Hub, officer: str) -> None:
        super().__init__()
        self.hub = hub
        self.items: list[EvidenceItem] = []
        self.words: dict[str, PointWords] = {}
        self.copies = Path(tempfile.mkdtemp(prefix="songpei-evidence-"))
        title = QLabel(self.tr("Practice evidence: recognising hours"))
        title.setObjectName("pageTitle")
        self.show_box = QComboBox()
        self.show_box.addItem(self.tr("Waiting for the county"), "pending")
        self.show_box.addItem(self.tr("Decided"), "decided")
        self.show_box.addItem(self.tr("All"), None)
        self.show_box.currentIndexChanged.connect(lambda _i: self.refresh())
        show_label = QLabel(self.tr("Sho&w:"))
        show_label.setBuddy(self.show_box)
        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(show_label)
        top.addWidget(self.show_box)
        top.addWidget(self.count, 1)
        self.table = RowTable(
            [  # who and what the decision rests on first; when and where after them
                self.tr("Teacher"),
                self.tr("Ability point"),
                self.tr("School's rating"),
                self.tr("County"),
                self.tr("Submitted"),
                self.tr("School"),
            ]
        )
        self.table.chosen.connect(self._selected)

        self.slots = QListWidget()
        self.slots.setWordWrap(True)
        self.slots.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.slots.itemActivated.connect(self.open_slot)
        self.open_button = QPushButton(self.tr("&Open the file"))
        self.open_button.clicked.connect(lambda: self.open_slot(self.slots.currentItem()))
        self.rating = QComboBox()
        for code in LEVELS:
            self.rating.addItem(self.level_name(code), code)
        self.recognise = QRadioButton(self.tr("&Recognise the practice hours"))
        self.reject = QRadioButton(self.tr("Do &not recognise them"))
        group = QButtonGroup(self)
        group.addButton(self.recognise)
        group.addButton(self.reject)
        self.recognise.setChecked(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Required when not recognised; the teacher sees it"))
        self.officer = QLineEdit(officer)
        self.decide_button = QPushButton(self.tr("&Save the decision"))
        self.decide_button.clicked.connect(self.decide)
        self.reason.returnPressed.connect(self.decide)
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("County ra&ting:"), self.rating)
        form.addRow("", self.recognise)
        form.addRow("", self.reject)
        form.addRow(self.tr("Re&ason:"), self.reason)
        form.addRow(self.tr("&Decided by:"), self.officer)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        side_layout.addWidget(self.heading)
        side_layout.addWidget(self.slots, 1)
        side_layout.addWidget(self.open_button)
        side_layout.addLayout(form)
        side_layout.addWidget(self.decide_button)
        side_layout.addWidget(self.error)
        note = QLabel(self.tr("Decisions reach the laptops with the next mail (Mail page)."))
        note.setObjectName("note")
        note.setWordWrap(True)
        side_layout.addWidget(note)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(side)
        split.setSizes([520, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self._selected()

    def level_name(self, code: str | None) -> str:
        return {
            "excellent": self.tr("Excellent"),
            "pass": self.tr("Pass"),
            "fail": self.tr("Fail"),
        }.get(code or "", self.tr("not rated yet"))

    def county_text(self, item: EvidenceItem) -> str:
        d = item.county
        if d is None:
            return self.tr("waiting")
        return tr(
            self.tr("%1, hours recognised") if d.recognised else self.tr("%1, not recognised"),
            self.level_name(d.level),
        )

    def refresh(self) -> None:
        status = self.show_box.currentData()
        ReadOp(
            self,
            self.hub,
            op=lambda: (self.hub.evidence_submissions(status), point_words(self.hub)),
            success=self._show,
        ).run()

    def point_text(self, code: str) -> str:
        words = self.words.get(code)
        return f"{code} {words.name}" if words else code

    def _show(self, found: tuple[list[EvidenceItem], dict[str, PointWords]]) -> None:
        items, self.words = found
        self.items = items
        self.count.setText(tr(self.tr("%1 submissions"), str(len(items))))
        self.table.fill(
            items,
            lambda i: [
                i.teacher_name,
                self.point_text(i.point),
                self.level_name(i.school_level),
                self.county_text(i),
                when(i.submitted_ms),
                i.school,
            ],
            lambda i: i.submission_id,
        )
        self._selected()

    def current(self) -> EvidenceItem | None:
        sub = self.table.selected_key()
        return next((i for i in self.items if i.submission_id == sub), None)

    def _selected(self) -> None:
        item = self.current()
        for w in (
            self.rating,
            self.recognise,
            self.reject,
            self.reason,
            self.officer,
            self.decide_button,
        ):
            w.setEnabled(item is not None)
        self.slots.clear()
        self.error.clear()
        if item is None:
            self.heading.setText(self.tr("Choose a submission on the left."))
            self.open_button.setEnabled(False)
            return
        self.heading.setText(
            tr(
                self.tr("%1, %2 — ability point %3. School's rating: %4%5"),
                item.teacher_name,
                item.school,
                self.point_text(item.point),
                self.level_name(item.school_level),
                f"（{item.school_comment}）" if item.school_comment else "",
            )
        )
        titles = self.words[item.point].slots if item.point in self.words else {}
        for slot_id, value in item.slots.items():
            slot = titles.get(slot_id, slot_id)
            if isinstance(value, dict):
                entry = QListWidgetItem(
                    tr(self.tr("%1: file %2 (double-click to open)"), slot, str(value.get("name")))
                )
                entry.setData(Qt.ItemDataRole.UserRole, value)
            else:
                entry = QListWidgetItem(f"{slot}：{value}")
            self.slots.addItem(entry)
        self.open_button.setEnabled(any(isinstance(v, dict) for v in item.slots.values()))
        if item.county is not None:
            self.rating.setCurrentIndex(LEVELS.index(item.county.level))
            (self.recognise if item.county.recognised else self.reject).setChecked(True)
            self.reason.setText(item.county.reason)
        else:
            school = item.school_level if item.school_level in LEVELS else "pass"
            self.rating.setCurrentIndex(LEVELS.index(school))
            (self.reject if school == "fail" else self.recognise).setChecked(True)
            self.reason.clear()

    def open_slot(self, entry: QListWidgetItem | None) -> None:
        if entry is None:
            entry = next(
                (
                    self.slots.item(i)
                    for i in range(self.slots.count())
                    if self.slots.item(i).data(Qt.ItemDataRole.UserRole)
                ),
                None,
            )
        ref = entry.data(Qt.ItemDataRole.UserRole) if entry is not None else None
        if not ref:
            return
        open_stored(self, self.hub, ref, self.copies, self.error)

    def decide(self) -> None:
        item = self.current()
        if item is None:
            return
        level, recognised = self.rating.currentData(), self.recognise.isChecked()
        reason, officer = self.reason.text(), self.officer.text()
        self.decide_button.setEnabled(False)
        WriteOp(
            self,
            self.hub,
            op=lambda: self.hub.decide_evidence(
                item.submission_id, level, recognised, reason, officer
            ),
            success=lambda _d: self.refresh(),
        ).failure(self._refused).run()

    def _refused(self, exc: BaseException) -> None:
        self.decide_button.setEnabled(True)
        self.error.setText(describe(exc))
