"""Answering quiz questions by keyboard alone, as a teacher without a mouse does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from content import quiz
from content.questions import Question

ALT = Qt.KeyboardModifier.AltModifier


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def digit(qtbot, n: int) -> None:
    press(qtbot, getattr(Qt.Key, f"Key_{n}"))


def tab_into(qtbot, widget) -> None:
    for _ in range(30):
        if widget.isAncestorOf(QApplication.focusWidget()) or widget is QApplication.focusWidget():
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError("Tab never reached the widget")


def answer(qtbot, q: Question, editor, seed: int, right: bool) -> None:
    """Answer one question with keys only, from the bank's own key."""
    if q.type in ("single", "truefalse", "multiple"):
        tab_into(qtbot, editor.widget)
        order = quiz.option_order(q, seed)
        wanted = [i for i, c in enumerate(q.choices) if (c.fraction > 0) == right]
        if q.type != "multiple":
            wanted = wanted[:1]
        for i in wanted:
            digit(qtbot, order.index(i) + 1)
    elif q.type == "ordering":
        tab_into(qtbot, editor.list)
        target = list(range(len(q.items))) if right else list(range(len(q.items)))[::-1]
        for pos, want in enumerate(target):
            row = editor.order.index(want)
            while editor.list.currentRow() < row:
                press(qtbot, Qt.Key.Key_Down)
            while editor.list.currentRow() > row:
                press(qtbot, Qt.Key.Key_Up)
            for _ in range(row - pos):
                press(qtbot, Qt.Key.Key_Up, ALT)
        assert editor.order == target
    elif q.type == "matching":
        for pair, box in zip(q.pairs, editor.boxes, strict=True):
            tab_into(qtbot, box)
            want = pair.answer if right else "把这道题从下次测验中删掉"
            while box.currentData() != want:
                press(qtbot, Qt.Key.Key_Down)
    elif q.type == "short":
        tab_into(qtbot, editor.widget)
        qtbot.keyClicks(QApplication.focusWidget(), "countif" if right else "SUM")
    else:
        for part, sub in zip(q.parts, editor.parts, strict=True):
            answer(qtbot, part, sub, seed, right)
