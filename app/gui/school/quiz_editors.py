"""One answer widget per question type. Each gives its response in the shape content.scoring
expects (bank indices, never the shuffled positions it shows), takes digit keys where options
are numbered, and calls `changed` whenever the teacher changes the answer (the dialog stamps
the time: answers after a deadline do not count)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from content import quiz
from content.questions import CASE, MATCHING, MULTIPLE, ORDERING, SHORT, TRUEFALSE, Question, Text

translate = QCoreApplication.translate
_FORMATS = {"html": Qt.TextFormat.RichText, "markdown": Qt.TextFormat.MarkdownText}


def text_label(text: Text, object_name: str = "") -> QLabel:
    label = QLabel(text.text)
    label.setTextFormat(_FORMATS.get(text.format, Qt.TextFormat.PlainText))
    label.setWordWrap(True)
    if object_name:
        label.setObjectName(object_name)
    return label


class Editor:
    widget: QWidget

    def response(self) -> object:
        raise NotImplementedError

    def pick(self, n: int) -> bool:
        """Digit key n + 1 pressed while this editor has the focus; True if it was used."""
        return False

    def set_enabled(self, on: bool) -> None:
        self.widget.setEnabled(on)

    def focus(self) -> None:
        self.widget.setFocus()


class ChoiceEditor(Editor):
    """single and truefalse: radio buttons; multiple: check boxes. Shown numbered 1, 2, 3…"""

    def __init__(self, q: Question, seed: int, changed: Callable[[], None]) -> None:
        self.q = q
        self.order = quiz.option_order(q, seed)  # shown position → bank index
        self.widget = QWidget()
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self.widget)
        self.group.setExclusive(q.type != MULTIPLE)
        self.buttons: list[QAbstractButton] = []
        for pos, index in enumerate(self.order):
            words = self._words(index)
            button = QCheckBox(words) if q.type == MULTIPLE else QRadioButton(words)
            button.setText(f"{pos + 1}. {words}" if pos < 9 else words)
            self.group.addButton(button, index)
            self.buttons.append(button)
            layout.addWidget(button)
        self.group.idToggled.connect(lambda *_: changed())

    def _words(self, index: int) -> str:
        if self.q.type == TRUEFALSE:
            return translate("Quiz", "True") if index == 0 else translate("Quiz", "False")
        return self.q.choices[index].text.text

    def response(self) -> object:
        chosen = [i for i in self.order if self.group.button(i).isChecked()]
        if not chosen:
            return None
        if self.q.type == MULTIPLE:
            return set(chosen)
        return chosen[0] == 0 if self.q.type == TRUEFALSE else chosen[0]

    def pick(self, n: int) -> bool:
        if n >= len(self.buttons):
            return False
        button = self.buttons[n]
        button.setChecked(not button.isChecked() if self.q.type == MULTIPLE else True)
        button.setFocus()
        return True

    def focus(self) -> None:
        checked = [b for b in self.buttons if b.isChecked()]
        (checked or self.buttons)[0].setFocus()


class _OrderList(QListWidget):
    def __init__(self, move: Callable[[int], None]) -> None:
        super().__init__()
        self._move = move

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and event.key() in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            self._move(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)


class OrderingEditor(Editor):
    """A list the teacher reorders: Up/Down buttons, or Alt+Up / Alt+Down in the list. The
    order as shown is the answer, so an untouched list is answered with its starting order."""

    def __init__(self, q: Question, seed: int, changed: Callable[[], None]) -> None:
        self.q = q
        self.changed = changed
        self.order = quiz.start_order(q, seed)
        self.widget = QWidget()
        self.list = _OrderList(self.move)
        for index in self.order:
            self.list.addItem(q.items[index].text)
        self.list.setCurrentRow(0)
        # every item visible at once: a teacher should not have to scroll to compare steps
        self.list.setMinimumHeight(
            self.list.sizeHintForRow(0) * len(self.order) + 2 * self.list.frameWidth() + 4
        )
        up = QPushButton(translate("Quiz", "Up"))
        down = QPushButton(translate("Quiz", "Down"))
        for b in (up, down):
            b.setAutoDefault(False)
        up.clicked.connect(lambda: self.move(-1))
        down.clicked.connect(lambda: self.move(1))
        buttons = QVBoxLayout()
        buttons.addWidget(up)
        buttons.addWidget(down)
        buttons.addStretch(1)
        layout = QHBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        to = row + step
        if row < 0 or not 0 <= to < len(self.order):
            return
        self.order[row], self.order[to] = self.order[to], self.order[row]
        self.list.insertItem(to, self.list.takeItem(row))
        self.list.setCurrentRow(to)
        self.changed()

    def response(self) -> object:
        return list(self.order)

    def focus(self) -> None:
        self.list.setFocus()


class MatchingEditor(Editor):
    """A combo box per prompt, offering every answer (distractors included)."""

    def __init__(self, q: Question, seed: int, changed: Callable[[], None]) -> None:
        self.widget = QWidget()
        form = QFormLayout(self.widget)
        form.setContentsMargins(0, 0, 0, 0)
        answers = quiz.matching_answers(q, seed)
        self.boxes: list[QComboBox] = []
        for pair in q.pairs:
            box = QComboBox()
            box.addItem(translate("Quiz", "— choose —"), None)
            for a in answers:
                box.addItem(a, a)
            box.currentIndexChanged.connect(lambda *_: changed())
            form.addRow(text_label(pair.prompt), box)
            self.boxes.append(box)

    def response(self) -> object:
        chosen = [b.currentData() for b in self.boxes]
        return None if all(c is None for c in chosen) else chosen

    def focus(self) -> None:
        self.boxes[0].setFocus()


class ShortEditor(Editor):
    def __init__(self, q: Question, seed: int, changed: Callable[[], None]) -> None:
        self.widget = self.line = QLineEdit()
        self.line.textEdited.connect(lambda *_: changed())

    def response(self) -> object:
        text = self.line.text()
        return text if text.strip() else None


class CaseEditor(Editor):
    """The scenario is the page's text; each part below it with its own editor."""

    def __init__(self, q: Question, seed: int, changed: Callable[[], None]) -> None:
        self.widget = QWidget()
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        self.parts: list[Editor] = []
        for i, part in enumerate(q.parts):
            head = text_label(part.text, "part")
            head.setText(
                f"({i + 1}) {part.text.text}" if part.text.format == "plain" else part.text.text
            )
            layout.addWidget(head)
            editor = make_editor(part, seed, changed)
            layout.addWidget(editor.widget)
            self.parts.append(editor)

    def response(self) -> object:
        responses = [p.response() for p in self.parts]
        return None if all(r is None for r in responses) else responses

    def editor_for(self, focused: QWidget | None) -> Editor:
        for p in self.parts:
            if focused is not None and (p.widget is focused or p.widget.isAncestorOf(focused)):
                return p
        return self.parts[0]

    def pick(self, n: int) -> bool:
        return self.editor_for(QApplication.focusWidget()).pick(n)

    def focus(self) -> None:
        self.parts[0].focus()


_EDITORS = {
    ORDERING: OrderingEditor,
    MATCHING: MatchingEditor,
    SHORT: ShortEditor,
    CASE: CaseEditor,
}


def make_editor(q: Question, seed: int, changed: Callable[[], None]) -> Editor:
    return _EDITORS.get(q.type, ChoiceEditor)(q, seed, changed)
