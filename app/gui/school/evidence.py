"""Practice evidence on screen: a teacher fills one ability point's slots (EvidenceDialog), and
a member of the school team rates colleagues' submissions (RatingDialog).

Slot rules (types, sizes, required) come from the pack and are checked by sync.laptop.evidence; the
dialogs show the rules up front and word a refusal next to the slot it concerns."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from content.ability_points import AbilityPoint, EvidenceSlot
from content.figures import hours_text
from sync.laptop import evidence
from sync.laptop.laptop import Laptop
from sync.laptop.teachers import Teacher

from ...messages import day, describe, environment_name, shown, size_text, tr
from ..drives import start_folder
from ..operations import ReadOp, WriteOp
from ..widgets import error_label, fit, ok_cancel, open_with_system


class _SlotEditor(QGroupBox):
    """One slot: typed text (plan, explanation, reflection), or a file; media needs a file."""

    def __init__(self, slot: EvidenceSlot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slot = slot
        self.file: Path | None = None
        self.previous: QLabel | None = None  # what the latest submission holds, once shown
        need = self.tr("required") if slot.required else self.tr("optional")
        self.setTitle(f"{shown(slot.title)} ({need})")
        self._layout = layout = QVBoxLayout(self)
        self.text: QPlainTextEdit | None = None
        if slot.kind != "media":
            self.text = QPlainTextEdit()
            self.text.setPlaceholderText(self.tr("Type here, or attach a file below"))
            self.text.setMinimumHeight(90)
            self.text.setMaximumHeight(150)  # the next part stays in view
            layout.addWidget(self.text)
        rules = tr(
            self.tr("Allowed files: %1; at most %2."),
            ", ".join(shown(t) for t in slot.types) or self.tr("any"),
            size_text(slot.max_bytes),
        )
        self.rules = QLabel(rules)
        self.rules.setObjectName("note")
        self.rules.setWordWrap(True)
        self.chosen = QLineEdit()
        self.chosen.setReadOnly(True)
        self.chosen.setPlaceholderText(self.tr("No file chosen"))
        self.choose = QPushButton(self.tr("Choose file…"))
        self.choose.clicked.connect(self.pick)
        self.clear = QPushButton(self.tr("Remove"))
        self.clear.clicked.connect(lambda: self.set_file(None))
        self.clear.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.chosen, 1)
        row.addWidget(self.choose)
        row.addWidget(self.clear)
        layout.addLayout(row)
        layout.addWidget(self.rules)

    def show_submitted(self, value: object, locked: bool) -> None:
        """What the latest submission holds for this slot; `locked`: it stands and cannot be
        replaced (see evidence.may_resubmit)."""
        if isinstance(value, dict):
            seen = tr(self.tr("%1 (%2)"), shown(value.get("name")), size_text(value.get("size")))
        else:
            seen = shown(value) if value else self.tr("(nothing)")
        self.previous = QLabel(tr(self.tr("Submitted: %1"), seen))
        self.previous.setWordWrap(True)
        self.previous.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout.insertWidget(0, self.previous)
        if locked:
            for w in (self.text, self.chosen, self.choose, self.clear, self.rules):
                if w is not None:
                    w.hide()

    def pick(self) -> None:
        pattern = " ".join(f"*.{t}" for t in self.slot.types) or "*"
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a file"),
            start_folder(),
            tr(self.tr("Allowed files (%1)"), pattern),
        )
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path | None) -> None:
        self.file = path
        self.chosen.setText(path.name if path else "")
        self.clear.setEnabled(path is not None)
        if self.text is not None:
            self.text.setEnabled(path is None)  # a file replaces the typed text

    def value(self) -> str | Path | None:
        if self.file is not None:
            return self.file
        return self.text.toPlainText() if self.text is not None else None

    def focus(self) -> None:
        (self.text if self.text is not None and self.file is None else self.choose).setFocus()


class ChoosePointsDialog(QDialog):
    """Choose the ability points to practise (at least the programme's number); a new choice
    replaces the old one."""

    def __init__(self, laptop: Laptop, teacher: Teacher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.laptop, self.teacher = laptop, teacher
        self.chosen: list[str] = []
        self.setWindowTitle(self.tr("Choose ability points"))
        self.setMinimumWidth(560)
        minimum = laptop.rules.min_ability_points
        intro = QLabel(
            tr(
                self.tr(
                    "Choose at least %1 ability points to practise in class. Each "
                    "earns practice hours once the school team rates its evidence "
                    "pass or excellent."
                ),
                str(minimum),
            )
        )
        intro.setWordWrap(True)
        environment = laptop.school_environment()
        if environment is None:
            where = self.tr(
                "The school has not set its teaching environment yet: points of every "
                "environment are shown. The school team sets it under “School settings”."
            )
        else:
            where = tr(
                self.tr("Points for this school's teaching environment: %1 and the poorer ones."),
                environment_name(environment),
            )
        self.environment = QLabel(where)
        self.environment.setObjectName("note")
        self.environment.setWordWrap(True)
        self.list = QListWidget()
        already = set(evidence.chosen_points(laptop, teacher.id))
        for point in laptop.allowed_points().values():
            text = f"{point.code} {shown(point.name)}"
            if point.dimension:
                text += f" · {shown(point.dimension)}"
            text += " · " + tr(self.tr("%1 practice hours"), hours_text(point.practice_hours))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, point.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if point.code in already else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)
        self.empty = QLabel(
            self.tr("No ability points yet: install a content pack that lists them.")
            if not laptop.ability_points()
            else self.tr(
                "No installed ability point is for this school's teaching environment: "
                "install a content pack with points for it."
            )
        )
        if self.list.count():
            self.empty.hide()  # (show() before it has a parent would make it a window)
        self.error = error_label()
        self.buttons = ok_cancel(self, self.tr("Save"), self.submit)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.environment)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def codes(self) -> list[str]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [
            x.data(Qt.ItemDataRole.UserRole)
            for x in items
            if x.checkState() == Qt.CheckState.Checked
        ]

    def submit(self) -> None:
        codes = self.codes()
        self.ok.setEnabled(False)

        def done(_event) -> None:
            self.chosen = codes
            self.accept()

        def failed(exc: BaseException) -> None:
            self.ok.setEnabled(True)
            self.error.setText(describe(exc))

        WriteOp(
            self,
            self.laptop,
            op=lambda: evidence.choose_points(self.laptop, self.teacher.id, codes),
            success=done,
        ).failure(failed).run()


class EvidenceDialog(QDialog):
    """Submit evidence for one of the teacher's chosen ability points."""

    def __init__(
        self,
        laptop: Laptop,
        teacher: Teacher,
        point: AbilityPoint | str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if isinstance(point, str):
            point = evidence.point_of(laptop, point)
        self.laptop, self.teacher, self.point = laptop, teacher, point
        self.submitted = None  # the evidence.submitted event, once written
        self.setWindowTitle(tr(self.tr("Practice evidence: %1 %2"), point.code, shown(point.name)))
        self.setMinimumWidth(640)
        fit(self, 760, 560)  # two slots in view
        intro = QLabel(shown(point.description) or shown(point.name))
        intro.setWordWrap(True)
        hours = QLabel(
            tr(
                self.tr(
                    "Rated pass or excellent by the school team, this ability point "
                    "earns %1 practice hours."
                ),
                hours_text(point.practice_hours),
            )
        )
        hours.setObjectName("note")
        hours.setWordWrap(True)
        self.last = QLabel(self._last_word())
        self.last.setObjectName("banner")
        self.last.setWordWrap(True)
        if not self.last.text():
            self.last.hide()  # (never show() a widget before it has a parent: a window)
        self.editors = {s.id: _SlotEditor(s) for s in point.evidence_slots}
        latest = evidence.latest_submission(laptop, teacher.id, point.code)
        self.may_submit = evidence.may_resubmit(laptop, teacher.id, point.code)
        if latest is not None:
            for slot_id, editor in self.editors.items():
                editor.show_submitted(latest.slots.get(slot_id), not self.may_submit)
        body = QWidget()
        inner = QVBoxLayout(body)
        for editor in self.editors.values():
            inner.addWidget(editor)
        if point.criteria_pass:
            crit = QLabel(
                self.tr("To pass:") + "\n" + "\n".join("• " + shown(c) for c in point.criteria_pass)
            )
            crit.setObjectName("note")
            crit.setWordWrap(True)
            inner.addWidget(crit)
        inner.addStretch(1)
        self.slots_area = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.error = error_label()
        self.buttons = ok_cancel(self, self.tr("Submit"), self.submit)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(self.may_submit)
        if not self.may_submit:  # only reading what was handed in: nothing to cancel, and
            self.ok.hide()  # no 提交 to wonder about
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(hours)
        layout.addWidget(self.last)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _last_word(self) -> str:
        """How the teacher's latest submission for this point stands: after 不合格 they
        resubmit, and the rater's comment says what to change."""
        mine = [
            s
            for s in evidence.submissions(self.laptop, self.teacher.id)
            if s.point == self.point.code
        ]
        if not mine:
            return ""
        last = mine[-1]
        when = day(last.wall_ms)
        county = {d.submission_id: d for d in self.laptop.county_decisions(self.teacher.id)}
        decided = county.get(last.id)
        if decided is not None:
            if decided.recognised:
                return tr(self.tr("Submitted on %1 and recognised by the county."), when)
            text = tr(
                self.tr("Submitted on %1 and not recognised by the county; submit it again."),
                when,
            )
            if decided.reason:
                text += " " + tr(self.tr("Reason: %1"), shown(decided.reason))
            return text
        if last.rating is None:
            return tr(
                self.tr(
                    "Submitted on %1, waiting for the school team's rating; it can be "
                    "submitted again only if rated fail."
                ),
                when,
            )
        words = {
            "excellent": self.tr("Excellent"),
            "pass": self.tr("Pass"),
            "fail": self.tr("Fail"),
        }
        text = tr(
            self.tr("Submitted on %1 and rated: %2."),
            when,
            words.get(last.rating.level, last.rating.level),
        )
        if last.rating.comment:
            text += " " + tr(self.tr("Comment: %1"), shown(last.rating.comment))
        if last.rating.level == "fail":
            text += " " + self.tr("Change what the comment asks and submit it again.")
        return text

    def submit(self) -> None:
        slots = {sid: v for sid, e in self.editors.items() if (v := e.value()) is not None}
        self.ok.setEnabled(False)
        self.error.clear()

        def done(event) -> None:
            self.submitted = event
            self.accept()

        def failed(exc: BaseException) -> None:
            self.ok.setEnabled(self.may_submit)
            self.error.setText(describe(exc))
            editor = self.editors.get(getattr(exc, "args_", {}).get("slot", ""))
            if editor is not None:
                self.slots_area.ensureWidgetVisible(editor)  # the slot the message is about
                editor.focus()

        WriteOp(
            self,
            self.laptop,
            op=lambda: evidence.submit(self.laptop, self.teacher.id, self.point.code, slots),
            success=done,
        ).failure(failed).with_busy_text(self.tr("Saving the evidence…")).run()


class RatingDialog(QDialog):
    """School-level rating (校本考核) of other teachers' evidence."""

    LEVELS = ("excellent", "pass", "fail")

    def __init__(self, laptop: Laptop, rater: Teacher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.laptop, self.rater = laptop, rater
        self.items: list[evidence.Submission] = []
        self.names: dict[str, str] = {}
        self.setWindowTitle(self.tr("Rate evidence"))
        self.setMinimumSize(760, 560)
        fit(self, 1000, 680)  # the work and its criteria are read side by side: room for both
        self.criteria = QLabel()  # 合格 / 优秀 as the pack words them, beside the work
        self.criteria.setWordWrap(True)
        self.criteria.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.criteria.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self.show_item)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.files = QListWidget()
        self.files.setMaximumHeight(90)
        self.files.itemActivated.connect(lambda _item: self.open_file())
        self.open_button = QPushButton(self.tr("Open file"))
        self.open_button.clicked.connect(self.open_file)
        self.open_button.setEnabled(False)
        self.level_group = QButtonGroup(self)
        levels = QHBoxLayout()
        words = {
            "excellent": self.tr("Excellent"),
            "pass": self.tr("Pass"),
            "fail": self.tr("Fail"),
        }
        for i, code in enumerate(self.LEVELS):
            button = QRadioButton(words[code])
            self.level_group.addButton(button, i)
            levels.addWidget(button)
        levels.addStretch(1)
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(
            self.tr("Comment for the teacher (what is good, what to improve)")
        )
        self.comment.setMaximumHeight(90)
        self.comment.setAccessibleName(self.tr("Comment"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.rate_button = QPushButton(self.tr("Save rating"))
        self.rate_button.clicked.connect(self.rate)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.error, 1)
        row.addWidget(self.rate_button)
        row.addWidget(close)
        # Labelled boxes: what is handed in, by what it is judged, and the judgement.
        submissions = QGroupBox(self.tr("Submissions of other teachers (not yet rated first)"))
        QVBoxLayout(submissions).addWidget(self.list)
        work = QGroupBox(self.tr("The work, in the order the pack asks for it"))
        work_box = QVBoxLayout(work)
        work_box.addWidget(self.detail, 1)
        files_row = QHBoxLayout()
        files_row.addWidget(QLabel(self.tr("Files:")))
        files_row.addWidget(self.files, 1)
        files_row.addWidget(self.open_button)
        work_box.addLayout(files_row)
        standard = QGroupBox(self.tr("Criteria (合格 / 优秀)"))
        criteria_scroll = QScrollArea()
        criteria_scroll.setWidgetResizable(True)
        criteria_scroll.setWidget(self.criteria)
        QVBoxLayout(standard).addWidget(criteria_scroll)
        middle = QHBoxLayout()
        middle.addWidget(work, 3)
        middle.addWidget(standard, 2)
        judgement = QGroupBox(self.tr("Your rating"))
        judgement_box = QVBoxLayout(judgement)
        judgement_box.addLayout(levels)
        judgement_box.addWidget(QLabel(self.tr("Comment for the teacher:")))
        judgement_box.addWidget(self.comment)
        judgement_box.addWidget(self.status)
        layout = QVBoxLayout(self)
        self.list.setMaximumHeight(130)  # the work and its criteria get the room
        self.files.setMaximumHeight(64)
        layout.addWidget(submissions)
        layout.addLayout(middle, 1)
        layout.addWidget(judgement)
        layout.addLayout(row)
        self._enable(False)
        if not rater.school_team:
            self.status.setText(self.tr("Only members of the school team can rate evidence."))
        else:
            self.reload()

    def _enable(self, on: bool) -> None:
        for w in (self.rate_button, self.comment, *self.level_group.buttons()):
            w.setEnabled(on)

    def reload(self) -> None:
        def load():
            names = {t.id: t.name for t in self.laptop.teachers.all()}
            return names, evidence.to_rate(self.laptop, self.rater.id)

        ReadOp(self, self.laptop, op=load, success=self._loaded).run()

    def _loaded(self, result) -> None:
        self.names, self.items = result
        current = self.list.currentRow()
        self.list.clear()
        points = self.laptop.ability_points()
        for s in self.items:
            point = points.get(s.point)
            when = day(s.wall_ms)
            text = (
                f"{self.names.get(s.teacher_id, s.teacher_id)} · {s.point} "
                f"{shown(point.name) if point else ''} · {when}"
            )
            text += " · " + (self._level_word(s.rating.level) if s.rating else self.tr("not rated"))
            self.list.addItem(QListWidgetItem(text))
        if not self.items:
            self.status.setText(self.tr("No evidence from other teachers to rate."))
        elif 0 <= current < len(self.items):
            self.list.setCurrentRow(current)

    def _level_word(self, code: str) -> str:
        return {
            "excellent": self.tr("Excellent"),
            "pass": self.tr("Pass"),
            "fail": self.tr("Fail"),
        }.get(code, code)

    def show_item(self, row: int) -> None:
        self.error.clear()
        self.files.clear()
        if not 0 <= row < len(self.items):
            self.detail.clear()
            self.open_button.setEnabled(False)
            self._enable(False)
            return
        s = self.items[row]
        point = self.laptop.ability_points().get(s.point)
        titles = {x.id: x.title for x in point.evidence_slots} if point else {}
        # The pack's order of parts, then anything the pack no longer names.
        order = [x.id for x in point.evidence_slots] if point else []
        slot_ids = [i for i in order if i in s.slots] + [i for i in s.slots if i not in order]
        lines = []
        for slot_id in slot_ids:
            value = s.slots[slot_id]
            lines.append(f"【{shown(titles.get(slot_id, slot_id))}】")
            if isinstance(value, dict):
                label = tr(
                    self.tr("File: %1 (%2)"), shown(value.get("name")), size_text(value.get("size"))
                )
                lines.append(label)
                item = QListWidgetItem(f"{shown(titles.get(slot_id, slot_id))}: {label}")
                item.setData(Qt.ItemDataRole.UserRole, value)
                self.files.addItem(item)
            else:
                lines.append(str(value))
            lines.append("")
        self.detail.setPlainText("\n".join(lines))
        criteria = []
        if point and point.criteria_pass:
            criteria.append(self.tr("合格 (pass):"))
            criteria += ["• " + shown(c) for c in point.criteria_pass]
        if point and point.criteria_excellent:
            criteria.append(self.tr("优秀 (excellent):"))
            criteria += ["• " + shown(c) for c in point.criteria_excellent]
        self.criteria.setText(
            "\n".join(criteria) or self.tr("The pack gives no criteria for this point.")
        )
        if self.files.count():
            self.files.setCurrentRow(0)
        self.open_button.setEnabled(self.files.count() > 0)
        # The rating already given, with its comment, so the rater corrects rather than retypes.
        checked = self.level_group.checkedButton()
        if checked is not None:
            self.level_group.setExclusive(False)
            checked.setChecked(False)
            self.level_group.setExclusive(True)
        self.comment.setPlainText(s.rating.comment if s.rating else "")
        if s.rating and s.rating.level in self.LEVELS:
            self.level_group.button(self.LEVELS.index(s.rating.level)).setChecked(True)
        if s.rating:
            self.status.setText(
                tr(
                    self.tr("Rated %1 by %2. A new rating replaces it."),
                    self._level_word(s.rating.level),
                    self.names.get(s.rating.rater_id, ""),
                )
            )
        else:
            self.status.clear()
        self._enable(True)

    def open_file(self) -> None:
        item = self.files.currentItem()
        if item is None:
            return
        ref = item.data(Qt.ItemDataRole.UserRole)

        def opened(path: Path) -> None:
            if not open_with_system(path):
                self.error.setText(
                    tr(
                        self.tr("No program on this computer opens %1; it is saved as %2."),
                        path.suffix or "?",
                        str(path),
                    )
                )

        ReadOp(
            self, self.laptop, op=lambda: evidence.viewing_copy(self.laptop, ref), success=opened
        ).failure(lambda exc: self.error.setText(describe(exc))).run()

    def rate(self) -> None:
        row = self.list.currentRow()
        level = self.level_group.checkedId()
        if not 0 <= row < len(self.items):
            return
        if level < 0:
            self.error.setText(self.tr("Please choose a rating: excellent, pass or fail."))
            return
        sub, comment = self.items[row], self.comment.toPlainText()
        self.rate_button.setEnabled(False)

        def done(_event) -> None:
            self.rate_button.setEnabled(True)
            self.status.setText(self.tr("Rating saved."))
            self.reload()

        def failed(exc: BaseException) -> None:
            self.rate_button.setEnabled(True)
            self.error.setText(describe(exc))

        WriteOp(
            self,
            self.laptop,
            op=lambda: evidence.rate(
                self.laptop, self.rater.id, sub.id, self.LEVELS[level], comment
            ),
            success=done,
        ).failure(failed).run()
