"""A self-test (自测) attempt: a start page, one question per page, the result.

Keyboard alone is enough: Tab moves between answers and buttons, Enter goes on (and hands the
attempt in on the last page), digit keys 1–9 pick numbered options, Alt+Up / Alt+Down move an
item of an ordering question. Closing the window mid-attempt hands in what was answered, as
leaving the room hands in the paper; otherwise a teacher could look at questions as often as
she liked without using an attempt. The attempt is written once, through a WriteOp."""

from __future__ import annotations

import secrets
import time
import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from content import quiz
from content.catalog import Lesson
from content.figures import score_text
from content.questions import SHORT, SINGLE, TRUEFALSE, Question
from content.quiz import Answer
from content.scoring import matched_answer, score
from sync.base.errors import SongpeiError
from sync.base.events import Event
from sync.laptop import self_tests as qa
from sync.laptop.laptop import Laptop
from sync.laptop.teachers import Teacher

from ...messages import describe, tr
from ..operations import WriteOp
from .quiz_editors import Editor, make_editor, text_label

AT_ONCE, AT_END = "at_once", "at_end"  # when explanations are shown
DEFAULT_FEEDBACK = AT_END  # a self-test is a test first: explanations after handing in
REFUSED, READY, ANSWERING, SUBMITTING, DONE = "refused", "ready", "answering", "submitting", "done"
_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n - 1 for n in range(1, 10)}


class QuizDialog(QDialog):
    def __init__(
        self,
        laptop: Laptop,
        teacher: Teacher,
        lesson: Lesson,
        parent: QWidget | None = None,
        *,
        feedback: str | None = None,
        seed: int | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.laptop, self.teacher, self.lesson = laptop, teacher, lesson
        self.clock = clock
        self.state = READY
        self.seed = secrets.randbits(31) if seed is None else seed
        self.items: tuple[Question, ...] = ()
        self.editors: list[Editor] = []
        self.times: dict[str, float] = {}  # question id → when its answer last changed
        self.locked: set[int] = set()  # pages whose feedback is shown (AT_ONCE)
        self.graded: quiz.Result | None = None
        self.answers: dict[str, Answer] = {}
        self.recorded: Event | None = None
        self._payload: dict | None = None
        self.prompt: QMessageBox | None = None  # 交卷 / 继续作答, while it is asked
        self.setWindowTitle(self.heading())
        self.setMinimumSize(640, 480)
        self._build_frame()
        try:
            self.quiz, self.used = self.load()
        except SongpeiError as exc:
            self._refuse(self.problem(exc))
            return
        self.feedback = feedback or getattr(self.quiz.spec, "feedback", None) or DEFAULT_FEEDBACK
        if not quiz.may_start(self.quiz.spec.attempts, self.used):
            self._refuse(
                quiz_problem(qa.AttemptsExhausted(lesson=lesson.id, limit=self.quiz.spec.attempts))
            )
            return
        self._start_page()

    # --- what a kind of test changes (the diagnostic test overrides these) ---------------------
    def heading(self) -> str:
        return self.lesson.title

    def load(self) -> tuple[qa.LoadedQuiz, int]:
        """The test and the attempts already used (raises SongpeiError: refused)."""
        return (
            qa.load_quiz(self.laptop, self.lesson),
            qa.attempts_used(self.laptop.journal, self.teacher.id, self.lesson.id),
        )

    def problem(self, exc: BaseException) -> str:
        return quiz_problem(exc)

    def make_payload(self, finished: float) -> dict:
        return qa.make_payload(
            self.quiz,
            self.seed,
            self.items,
            self.answers,
            self.graded,
            int(self.started * 1000),
            int(finished * 1000),
        )

    def write(self, payload: dict) -> Callable[[], Event]:
        """The write, run on the worker thread."""
        tid, attempt_id, limit = self.teacher.id, self.attempt_id, self.quiz.spec.attempts
        return lambda: qa.record(self.laptop.journal, tid, payload, limit, attempt_id)

    # --- frame ----------------------------------------------------------------------------------
    def _build_frame(self) -> None:
        self.pages = QStackedWidget()
        self.countdown = QLabel()
        self.countdown.setObjectName("countdown")
        self.countdown.hide()
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.previous = QPushButton(self.tr("Previous"))
        self.next = QPushButton(self.tr("Next"))
        self.close_button = QPushButton(self.tr("Close"))
        for b in (self.previous, self.next, self.close_button):
            b.setAutoDefault(False)  # Enter is ours (keyPressEvent), never a default button's
        self.previous.clicked.connect(lambda: self.go(self.current - 1))
        self.next.clicked.connect(self.next_page)
        self.close_button.clicked.connect(self.accept)
        nav = QHBoxLayout()
        nav.addWidget(self.countdown)
        nav.addStretch(1)
        for b in (self.previous, self.next, self.close_button):
            nav.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addLayout(nav)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        self._nav(False)

    def _nav(self, answering: bool) -> None:
        self.previous.setVisible(answering)
        self.next.setVisible(answering)
        self.close_button.setVisible(not answering)

    def _page(self, *widgets: QWidget, fill: bool = False) -> QWidget:
        """A page in the stack; with `fill` its last widget takes the spare height."""
        page = QWidget()
        layout = QVBoxLayout(page)
        for w in widgets:
            layout.addWidget(w)
        if fill:
            layout.setStretch(len(widgets) - 1, 1)
        else:
            layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        self.pages.addWidget(scroll)
        self.pages.setCurrentWidget(scroll)
        return page

    def _refuse(self, text: str) -> None:
        self.state = REFUSED
        self.refusal = QLabel(text)
        self.refusal.setObjectName("refusal")
        self.refusal.setWordWrap(True)
        self._page(self.refusal)
        self._nav(False)
        self.close_button.setFocus()

    # --- start ----------------------------------------------------------------------------------
    def _start_page(self) -> None:
        spec = self.quiz.spec
        size = len(quiz.distinct(self.quiz.bank))
        count = size if spec.draw is None else min(spec.draw, size)
        lines = [
            tr(
                self.tr("%1 questions. Pass mark: %2 out of 100."),
                str(count),
                f"{spec.pass_mark:g}",
            )
        ]
        if spec.time_limit_s:
            lines.append(
                tr(
                    self.tr(
                        "Time limit: %1 minutes. Answers given after the time is up do not count."
                    ),
                    f"{spec.time_limit_s / 60:g}",
                )
            )
        lines.append(self._attempts_text(quiz.attempts_left(spec.attempts, self.used)))
        self.intro = QLabel("\n".join(lines))
        self.intro.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setAutoDefault(False)
        self.start_button.clicked.connect(self.start)
        title = QLabel(self.heading())
        title.setObjectName("title")
        self._page(title, self.intro, self.start_button)
        self.start_button.setFocus()

    def _attempts_text(self, left: int | None) -> str:
        if left is None:
            return self.tr("Attempts are not limited.")
        return tr(self.tr("Attempts left: %1 of %2."), str(left), str(self.quiz.spec.attempts))

    def start(self) -> None:
        if self.state != READY:
            return
        self.items = quiz.draw(self.quiz.bank, self.quiz.spec.draw, self.seed)
        self.attempt_id = str(uuid.uuid4())
        self.first_page = self.pages.count()
        self.feedback_labels: list[QLabel] = []
        for i, q in enumerate(self.items):
            self._question_page(i, q)
        self.started = self.clock()
        self.state = ANSWERING
        self._nav(True)
        if self.quiz.spec.time_limit_s:
            self.countdown.show()
            self.tick()
            self.timer.start()
        self.go(0)

    def _question_page(self, i: int, q: Question) -> None:
        progress = QLabel(tr(self.tr("Question %1 of %2"), str(i + 1), str(len(self.items))))
        progress.setObjectName("progress")
        editor = make_editor(q, self.seed, lambda qid=q.id: self._changed(qid))
        feedback = QLabel()
        feedback.setObjectName("feedback")
        feedback.setWordWrap(True)
        feedback.hide()
        self.editors.append(editor)
        self.feedback_labels.append(feedback)
        self._page(progress, text_label(q.text, "question"), editor.widget, feedback)

    def _changed(self, qid: str) -> None:
        self.times[qid] = self.clock() - self.started

    # --- moving ---------------------------------------------------------------------------------
    @property
    def current(self) -> int:
        return self.pages.currentIndex() - self.first_page

    def go(self, i: int) -> None:
        if self.state != ANSWERING or not 0 <= i < len(self.items):
            return
        self.pages.setCurrentIndex(self.first_page + i)
        self.previous.setEnabled(i > 0)
        last = i == len(self.items) - 1
        self.next.setText(self.tr("Hand in") if last else self.tr("Next"))
        self.editors[i].focus()

    def next_page(self) -> None:
        if self.state != ANSWERING:
            if self.state == SUBMITTING and self._payload is not None and self.recorded is None:
                self._submit()  # the last write failed: try the same attempt again
            return
        i = self.current
        if (
            self.feedback == AT_ONCE
            and i not in self.locked
            and self.editors[i].response() is not None
        ):
            self._lock(i)  # show the explanation first; Enter again goes on
            return
        if i == len(self.items) - 1:
            blank = [n for n, e in enumerate(self.editors) if e.response() is None]
            if blank:
                self._ask_hand_in(
                    tr(
                        self.tr(
                            "%1 of %2 questions are not answered yet. Hand in now? "
                            "Unanswered questions score nothing."
                        ),
                        str(len(blank)),
                        str(len(self.items)),
                    ),
                    on_keep=lambda: self.go(blank[0]),
                )
            else:
                self.finish()
        else:
            self.go(i + 1)

    def _ask_hand_in(self, text: str, on_keep: Callable[[], None] | None = None) -> None:
        """交卷 or 继续作答, asked window-modal (no nested event loop, so the countdown keeps
        running); keeping on is the default, for Enter and Escape alike."""
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), text, parent=self)
        hand_in = box.addButton(self.tr("Hand in"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep answering"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def answered() -> None:
            self.prompt = None
            if box.clickedButton() is hand_in:
                self.finish()
            elif on_keep is not None and self.state == ANSWERING:
                on_keep()

        box.finished.connect(answered)
        box.finished.connect(box.deleteLater)
        self.prompt = box
        box.open()

    def _lock(self, i: int) -> None:
        self.locked.add(i)
        self.editors[i].set_enabled(False)
        label = self.feedback_labels[i]
        label.setText(self.explain(self.items[i], self.editors[i].response()))
        label.show()
        self.next.setFocus()

    def tick(self) -> None:
        left = self.quiz.spec.time_limit_s - (self.clock() - self.started)
        shown = max(0, int(left + 0.999))
        self.countdown.setText(tr(self.tr("Time left: %1"), f"{shown // 60}:{shown % 60:02d}"))
        if left <= 0 and self.state == ANSWERING:
            self.finish()

    # --- handing in -----------------------------------------------------------------------------
    def finish(self) -> None:
        if self.state != ANSWERING:
            return
        self.state = SUBMITTING
        self.timer.stop()
        if self.prompt is not None and self.prompt.isVisible():
            self.prompt.done(0)  # the time ran out while it asked: the question is moot
        finished = self.clock()
        for e in self.editors:
            e.set_enabled(False)
        answers = {
            q.id: Answer(e.response(), self.times.get(q.id, 0.0))
            for q, e in zip(self.items, self.editors, strict=True)
            if e.response() is not None
        }
        spec = self.quiz.spec
        self.answers = answers
        self.graded = quiz.grade(
            self.items, answers, spec.pass_mark, spec.time_limit_s, finished - self.started
        )
        self._payload = self.make_payload(finished)
        self.next.setEnabled(False)
        self._submit()

    def _submit(self) -> None:
        self.error.clear()
        WriteOp(self, self.laptop, op=self.write(self._payload), success=self._recorded).failure(
            self._not_recorded
        ).run()

    def _not_recorded(self, exc: BaseException) -> None:
        if isinstance(exc, qa.AttemptsExhausted):  # another window used the last attempt
            self._refuse(quiz_problem(exc))
            return
        self.error.setText(describe(exc))
        self.next.setText(self.tr("Hand in again"))
        self.next.setEnabled(True)
        self.next.setFocus()

    def _recorded(self, event: Event) -> None:
        self.recorded = event
        self.state = DONE
        self._result_page()

    def _result_page(self) -> None:
        r = self.graded
        assert r is not None
        self.score_label = QLabel(tr(self.tr("Score: %1 out of 100"), score_text(r.score)))
        self.score_label.setObjectName("score")
        self.verdict = QLabel(
            self.tr("Passed.")
            if r.passed
            else tr(self.tr("Not passed: the pass mark is %1."), f"{self.quiz.spec.pass_mark:g}")
        )
        self.verdict.setObjectName("passed" if r.passed else "failed")
        notes = [self._attempts_text(quiz.attempts_left(self.quiz.spec.attempts, self.used + 1))]
        if r.timed_out:
            notes.insert(0, self.tr("The time was up: answers given after it were not counted."))
        self.attempts_label = QLabel("\n".join(notes))
        self.attempts_label.setWordWrap(True)
        self.review = QListWidget()
        self.review.setWordWrap(True)
        self.review.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for n, (q, item) in enumerate(zip(self.items, r.items, strict=True), 1):
            response = self.answers[q.id].response if q.id in self.answers else None
            text = f"{n}. {q.label}\n{self.explain(q, response, item)}"
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, item.right)
            self.review.addItem(entry)
        self._page(self.score_label, self.verdict, self.attempts_label, self.review, fill=True)
        self.countdown.hide()
        self._nav(False)
        self.close_button.setFocus()

    def explain(self, q: Question, response: object, item: quiz.ItemResult | None = None) -> str:
        """Right / partly right / wrong, the chosen option's own feedback, the explanation."""
        fraction = (
            item.fraction if item is not None else (0.0 if response is None else score(q, response))
        )
        if item is not None and not item.counted:
            verdict = (
                self.tr("Not answered in time.")
                if q.id in self.answers
                else self.tr("Not answered.")
            )
        elif fraction >= 1.0:
            verdict = self.tr("Right.")
        elif fraction > 0:
            verdict = tr(self.tr("Partly right: %1 %."), f"{100 * fraction:.0f}")
        else:
            verdict = self.tr("Wrong.")
        lines = [verdict]
        own = None
        if response is not None and q.type in (SINGLE, TRUEFALSE):
            own = q.choices[response if q.type == SINGLE else (0 if response else 1)].feedback
        elif response is not None and q.type == SHORT:
            found = matched_answer(q, response)
            own = found.feedback if found else None
        if own is not None and own.text:
            lines.append(own.text)
        if q.general_feedback.text:
            lines.append(q.general_feedback.text)
        return "\n".join(lines)

    # --- keyboard and closing -------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.state == READY:
                self.start()
            elif self.state in (ANSWERING, SUBMITTING):
                self.next_page()
            elif self.state in (DONE, REFUSED):
                self.accept()
            return
        if (
            self.state == ANSWERING
            and key in _DIGITS
            and not event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            if self.current not in self.locked:
                self.editors[self.current].pick(_DIGITS[key])
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        if self.state == SUBMITTING:
            return  # the attempt is being written: closing now could lose it
        if self.state == ANSWERING:
            self._ask_hand_in(
                self.tr(
                    "Hand in now? Your answers so far are marked and this counts as an attempt."
                )
            )
            return
        super().reject()


def quiz_problem(exc: BaseException) -> str:
    """Words for the quiz's own refusals (other errors: messages.describe)."""
    translate = QCoreApplication.translate
    if isinstance(exc, qa.AttemptsExhausted):
        return tr(
            translate(
                "Quiz", "You have used all %1 attempts at this quiz, so it cannot be started again."
            ),
            str(exc.args_["limit"]),
        )
    if isinstance(exc, qa.QuizUnavailable):
        if exc.args_["reason"] == "not_a_quiz":
            return translate("Quiz", "This lesson has no quiz.")
        if exc.args_["reason"] == "not_installed":
            return translate("Quiz", "This quiz's content pack is not installed on this computer.")
        return translate(
            "Quiz", "This quiz's questions cannot be read. Install its content pack again."
        )
    return describe(exc)
