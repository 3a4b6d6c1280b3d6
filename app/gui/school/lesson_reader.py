"""Documents shown inside the app: PDF pages (QtPdf), HTML and Markdown readings
(QTextBrowser), pictures (QLabel). `open_reader` returns the widget and the widgets whose
scrolling, keys and clicks mean a teacher is reading. `reading_place` / `go_to_place` say and
restore where she is: for text, the character at the top of the view (it stays the same
words whatever the window's size); for a picture, how far down it the view starts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPixmap, QTextCursor
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QScrollArea, QTextBrowser, QWidget

PDF = (".pdf",)
MARKDOWN = (".md", ".markdown")
HTML = (".html", ".htm")
TEXT = (".txt",)
IMAGES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp")
MAX_TEXT = 20 * 1024**2  # a reading larger than this is not a reading


class ReaderError(Exception):
    """The document cannot be shown: `code` is damaged | unsupported | no-pdf (this Qt has no
    QtPdf module: some PySide6 wheels leave it out)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def open_reader(path: Path) -> tuple[QWidget, list[QWidget]]:
    suffix = path.suffix.lower()
    if suffix in PDF:
        return _pdf(path)
    if suffix in MARKDOWN + HTML + TEXT:
        return _text(path, suffix)
    if suffix in IMAGES:
        return _image(path)
    raise ReaderError("unsupported")


def _pdf(path: Path) -> tuple[QWidget, list[QWidget]]:
    try:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView
    except ImportError:
        raise ReaderError("no-pdf") from None

    view = QPdfView()
    doc = QPdfDocument(view)
    if doc.load(str(path)) != QPdfDocument.Error.None_ or doc.pageCount() < 1:
        view.deleteLater()
        raise ReaderError("damaged")
    view.setDocument(doc)
    view.setPageMode(QPdfView.PageMode.MultiPage)
    view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
    view.document_ = doc  # keep the document alive as long as the view
    return view, _scrolling(view)


def _text(path: Path, suffix: str) -> tuple[QWidget, list[QWidget]]:
    try:
        if path.stat().st_size > MAX_TEXT:
            raise ReaderError("damaged")
        text = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        raise ReaderError("damaged") from None
    view = QTextBrowser()
    view.setOpenExternalLinks(False)  # an offline kit: nothing to follow outside the pack
    view.setSearchPaths([str(path.parent)])
    if suffix in MARKDOWN:
        view.setMarkdown(text)
    elif suffix in HTML:
        view.setHtml(text)
    else:
        view.setPlainText(text)
    return view, _scrolling(view)


def _image(path: Path) -> tuple[QWidget, list[QWidget]]:
    pixmap = QPixmap(str(path))
    if pixmap.isNull():
        raise ReaderError("damaged")
    label = QLabel()
    label.setPixmap(pixmap)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    area = QScrollArea()
    area.setWidget(label)
    area.setWidgetResizable(True)
    return area, _scrolling(area)


def _scrolling(view: QAbstractScrollArea) -> list[QWidget]:
    return [view, view.viewport(), view.verticalScrollBar(), view.horizontalScrollBar()]


PLACE_SCALE = 1000.0  # a place is in thousandths of the document


def reading_place(view: QWidget) -> float:
    """Where the view starts, in thousandths of the document."""
    if isinstance(view, QTextBrowser):
        count = max(view.document().characterCount() - 1, 1)
        return round(PLACE_SCALE * view.cursorForPosition(QPoint(0, 0)).position() / count, 1)
    bar = view.verticalScrollBar()  # type: ignore[attr-defined]
    total = bar.maximum() + bar.pageStep()
    return round(PLACE_SCALE * bar.value() / total, 1) if bar.maximum() > 0 else 0.0


def go_to_place(view: QWidget, place: float) -> None:
    """Scroll so that the view starts at `place` (a no-op while nothing is laid out)."""
    bar = view.verticalScrollBar()  # type: ignore[attr-defined]
    if bar.maximum() <= 0:
        return
    if isinstance(view, QTextBrowser):
        count = max(view.document().characterCount() - 1, 1)
        cursor = QTextCursor(view.document())
        cursor.setPosition(min(round(place / PLACE_SCALE * count), count))
        bar.setValue(bar.value() + view.cursorRect(cursor).top())
    else:
        bar.setValue(round(place / PLACE_SCALE * (bar.maximum() + bar.pageStep())))
