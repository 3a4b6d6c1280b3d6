"""整校推进: per school, the 信息化发展规划 and 校本研修方案 its 信息化管理团队 filed (or that
none has arrived yet), the file to open, and the county's 合格 / 不合格 with a comment; each
rating is kept with who gave it and when, and the earlier ones stay listed."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sync.county import school_documents as docs
from sync.county.hub import Hub

from ...messages import describe, document_kind_name, size_text, tr, when
from ..operations import ReadOp, WriteOp
from ..widgets import error_label
from .stored_files import open_stored
from .tables import RowTable


def _load(hub: Hub) -> list[docs.SchoolRow]:
    return docs.by_school(docs.documents(hub), docs.known_schools(hub))


class SchoolDocumentsPage(QWidget):
    def __init__(self, hub: Hub, officer: str) -> None:
        super().__init__()
        self.hub = hub
        self.found: dict[str, docs.SchoolDocument] = {}
        self.copies = Path(tempfile.mkdtemp(prefix="songpei-school-plans-"))
        title = QLabel(self.tr("Whole-school progress: the schools' plans"))
        title.setObjectName("pageTitle")
        self.count = QLabel()
        self.count.setWordWrap(True)
        self.table = RowTable(
            [
                self.tr("School"),
                self.tr("Document"),
                self.tr("County"),
                self.tr("Filed"),
                self.tr("File"),
                self.tr("Laptop"),
            ]
        )
        self.table.setAccessibleName(self.tr("Schools' plans"))
        self.table.chosen.connect(self._selected)
        self.table.activated.connect(lambda _index: self.open_file())

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open the file"))
        self.open_button.clicked.connect(self.open_file)
        self.passed = QRadioButton(self.tr("Pa&ss (合格)"))
        self.failed = QRadioButton(self.tr("&Fail (不合格)"))
        group = QButtonGroup(self)
        group.addButton(self.passed)
        group.addButton(self.failed)
        self.passed.setChecked(True)
        levels = QHBoxLayout()
        levels.addWidget(self.passed)
        levels.addWidget(self.failed)
        levels.addStretch(1)
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(self.tr("Required for fail: what the school must change"))
        self.officer = QLineEdit(officer)
        self.rate_button = QPushButton(self.tr("&Save the rating"))
        self.rate_button.clicked.connect(self.rate)
        self.comment.returnPressed.connect(self.rate)
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("County rating:"), levels)
        form.addRow(self.tr("&Comment:"), self.comment)
        form.addRow(self.tr("&Rated by:"), self.officer)
        self.history = QListWidget()
        self.history.setWordWrap(True)
        self.history.setAccessibleName(self.tr("Earlier ratings"))
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.heading)
        side_layout.addWidget(self.open_button)
        side_layout.addLayout(form)
        side_layout.addWidget(self.rate_button)
        side_layout.addWidget(self.error)
        side_layout.addWidget(QLabel(self.tr("Ratings so far, newest first:")))
        side_layout.addWidget(self.history, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(side)
        split.setSizes([560, 380])
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.count)
        layout.addWidget(split, 1)
        self._selected()

    def level_name(self, code: str) -> str:
        return {"pass": self.tr("Pass"), "fail": self.tr("Fail")}.get(code, code)

    def rating_text(self, doc: docs.SchoolDocument) -> str:
        if doc.rating is None:
            return self.tr("not rated yet")
        return self.level_name(doc.rating.level)

    def refresh(self) -> None:
        ReadOp(self, self.hub, op=lambda: _load(self.hub), success=self._show).run()

    def _show(self, rows: list[docs.SchoolRow]) -> None:
        cells: list[list[str]] = []
        keys: list[object] = []
        self.found = {}
        complete = 0
        for row in rows:
            complete += all(row.latest.values())
            for kind, doc in row.latest.items():
                if doc is None:
                    cells.append(
                        [row.school, document_kind_name(kind), "", self.tr("not arrived"), "", ""]
                    )
                    keys.append(None)
                    continue
                cells.append(self._cells(doc))
                keys.append(doc.event_id)
                self.found[doc.event_id] = doc
            for doc in row.earlier:
                shown = self._cells(doc)
                shown[1] = tr(self.tr("%1 (replaced)"), shown[1])
                cells.append(shown)
                keys.append(doc.event_id)
                self.found[doc.event_id] = doc
        self.count.setText(
            tr(
                self.tr("%1 schools; %2 of them have filed both plans."),
                str(len(rows)),
                str(complete),
            )
        )
        # the row chosen before stays chosen (RowTable.fill finds it by its key)
        self.table.fill(list(zip(cells, keys, strict=True)), lambda x: x[0], lambda x: x[1])
        self._selected()

    def _cells(self, doc: docs.SchoolDocument) -> list[str]:
        return [
            doc.school,
            document_kind_name(doc.kind),
            self.rating_text(doc),
            when(doc.filed_ms),
            tr(self.tr("%1 (%2)"), doc.name, size_text(doc.size)),
            doc.device_id,
        ]

    def current(self) -> docs.SchoolDocument | None:
        key = self.table.selected_key()
        return self.found.get(key) if isinstance(key, str) else None

    def _selected(self) -> None:
        doc = self.current()
        for w in (self.passed, self.failed, self.comment, self.officer, self.rate_button):
            w.setEnabled(doc is not None)
        self.open_button.setEnabled(doc is not None and doc.present)
        self.error.clear()
        self.history.clear()
        if doc is None:  # nothing chosen, or a row saying a plan has not arrived
            chosen = self.table.selectionModel().hasSelection()
            self.heading.setText(
                self.tr("This school's plan has not reached the county yet: nothing to rate.")
                if chosen
                else self.tr("Choose a school's plan on the left.")
            )
            return
        self.heading.setText(
            tr(
                self.tr("%1 — %2, filed %3 by %4 on laptop %5."),
                doc.school,
                document_kind_name(doc.kind),
                when(doc.filed_ms),
                doc.filer_name or "—",
                doc.device_id,
            )
            + (
                ""
                if doc.present
                else " " + self.tr("The file has not reached the hub; import the laptop's bundle.")
            )
        )
        rating = doc.rating
        (self.failed if rating and rating.level == "fail" else self.passed).setChecked(True)
        self.comment.setText(rating.comment if rating else "")
        event_id = doc.event_id
        ReadOp(
            self,
            self.hub,
            op=lambda: docs.ratings(self.hub, event_id),
            success=lambda found: self._show_history(event_id, found),
        ).run()

    def _show_history(self, event_id: str, found: list[docs.DocumentRating]) -> None:
        doc = self.current()
        if doc is None or doc.event_id != event_id:
            return  # another row was chosen meanwhile
        self.history.clear()
        for r in reversed(found):
            line = tr(
                self.tr("%1 %2, by %3"), when(r.rated_ms), self.level_name(r.level), r.officer
            )
            self.history.addItem(f"{line}：{r.comment}" if r.comment else line)
        if not found:
            self.history.addItem(self.tr("Not rated yet."))

    def open_file(self) -> None:
        doc = self.current()
        if doc is None or not doc.present:
            return
        ref = {"sha256": doc.sha256, "name": doc.name}
        open_stored(self, self.hub, ref, self.copies, self.error)

    def rate(self) -> None:
        doc = self.current()
        if doc is None:
            return
        level = "fail" if self.failed.isChecked() else "pass"
        comment, officer = self.comment.text(), self.officer.text()
        self.rate_button.setEnabled(False)
        WriteOp(
            self,
            self.hub,
            op=lambda: docs.rate(self.hub, doc.event_id, level, comment, officer),
            success=lambda _r: self.refresh(),
        ).failure(self._refused).run()

    def _refused(self, exc: BaseException) -> None:
        self.rate_button.setEnabled(True)
        self.error.setText(describe(exc))
