"""The search box above the course tree: as a teacher types, the lessons whose title, course or
reading hold the words are listed in place of the tree; Enter or a double click opens one as
the tree does, Escape clears the box and brings the tree back. The laptop answers
(Laptop.search_catalogue) on its worker, through ReadOp."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem

from sync.laptop.catalogue_search import Hit
from sync.laptop.laptop import Laptop

from ..operations import ReadOp

TYPING_PAUSE_MS = 200  # search once the typing pauses, not at every key


class LessonSearch(QObject):
    lesson_requested = Signal(object, object)  # Course, Lesson
    searching = Signal(bool)  # True while the box holds words (the hits replace the tree)

    def __init__(self, laptop: Laptop, parent: QObject) -> None:
        super().__init__(parent)
        self.laptop = laptop
        self.box = QLineEdit()
        self.box.setPlaceholderText(self.tr("Search lessons and readings"))
        self.box.setAccessibleName(self.tr("Search lessons and readings"))
        self.box.setClearButtonEnabled(True)
        self.hits = QListWidget()
        self.hits.setAccessibleName(self.tr("Lessons found"))
        self.hits.setWordWrap(True)
        self.hits.setVisible(False)
        self.hits.itemActivated.connect(self._open)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self._search)
        self._asked = ""  # the words of the search under way; an older answer is dropped
        self._open_first = False  # Enter came before the answer: open its first lesson
        self.box.textChanged.connect(self._typed)
        self.box.returnPressed.connect(self._enter)
        self.box.installEventFilter(self)
        self.hits.installEventFilter(self)

    def clear(self) -> None:
        self.box.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape and self.box.text():
                self.clear()
                self.box.setFocus()
                return True
            if watched is self.box and event.key() == Qt.Key.Key_Down and self.hits.count():
                self.hits.setFocus()
                self.hits.setCurrentRow(0)
                return True
        return super().eventFilter(watched, event)

    def _typed(self, text: str) -> None:
        words = text.strip()
        self.searching.emit(bool(words))
        self.hits.setVisible(bool(words))
        self._open_first = False
        if words:
            self._timer.start()
        else:
            self._timer.stop()
            self._asked = ""
            self.hits.clear()

    def _enter(self) -> None:
        if self._timer.isActive() or self._asked != self.box.text().strip():
            self._open_first = True  # the answer is on its way
            self._timer.stop()
            self._search()
        elif self.hits.count():
            self._open(self.hits.currentItem() or self.hits.item(0))

    def _search(self) -> None:
        query = self.box.text().strip()
        if not query:
            return
        self._asked = query
        ReadOp(
            self.box,
            self.laptop,
            op=lambda: self.laptop.search_catalogue(query),
            success=lambda hits: self._show(query, hits),
        ).quietly().run()

    def _show(self, query: str, hits: list[Hit]) -> None:
        if query != self._asked or query != self.box.text().strip():
            return  # the teacher has typed on since
        self.hits.clear()
        for hit in hits:
            item = QListWidgetItem(f"{hit.title}  ·  {hit.course}\n{hit.snippet}")
            item.setData(Qt.ItemDataRole.UserRole, hit.lesson_id)
            self.hits.addItem(item)
        if not hits:
            empty = QListWidgetItem(self.tr("No lesson or reading holds these words."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.hits.addItem(empty)
        if self._open_first:
            self._open_first = False
            if hits:
                self._open(self.hits.item(0))

    def _open(self, item: QListWidgetItem | None) -> None:
        lesson_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        lesson = self.laptop.catalog.lesson(lesson_id) if lesson_id else None
        if lesson is None:
            return
        course = next(c for c in self.laptop.catalog.courses if c.id == lesson.course_id)
        self.lesson_requested.emit(course, lesson)
