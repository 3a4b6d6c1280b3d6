"""整校推进 on the laptop: the school's 信息化管理团队 files the school's 信息化发展规划 and
校本研修方案, and sees what was filed, when, by whom and whether it has reached the county
(it travels with the next sync)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sync.laptop import evidence
from sync.laptop.laptop import Laptop
from sync.laptop.teachers import Teacher

from ...messages import describe, document_kind_name, size_text, tr, when
from ..drives import start_folder
from ..operations import ReadOp, WriteOp
from ..widgets import error_label, fit


class SchoolDocumentsDialog(QDialog):
    """File the school's plans (a member of the 信息化管理团队 only) and list every filing."""

    def __init__(self, laptop: Laptop, member: Teacher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.laptop, self.member = laptop, member
        self.setWindowTitle(self.tr("School plans (整校推进)"))
        self.setMinimumSize(640, 420)
        fit(self, 820, 560)
        intro = QLabel(
            self.tr(
                "The school's development plan for information technology and its school-based "
                "training plan, filed by the school's IT management team. Each goes to the "
                "county with the next sync; filing a plan again sends the new version."
            )
        )
        intro.setWordWrap(True)
        latest = QGroupBox(self.tr("The school's two plans"))
        grid = QGridLayout(latest)
        self.latest: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        for row, kind in enumerate(evidence.DOCUMENT_KINDS):
            label = QLabel()
            label.setWordWrap(True)
            button = QPushButton(tr(self.tr("File the %1…"), document_kind_name(kind)))
            button.clicked.connect(lambda _c=False, k=kind: self.choose(k))
            button.setEnabled(member.school_team)
            grid.addWidget(QLabel(document_kind_name(kind)), row, 0)
            grid.addWidget(label, row, 1)
            grid.addWidget(button, row, 2)
            self.latest[kind], self.buttons[kind] = label, button
        grid.setColumnStretch(1, 1)
        self.history = QTreeWidget()
        self.history.setRootIsDecorated(False)
        self.history.setHeaderLabels(
            [
                self.tr("Filed"),
                self.tr("Document"),
                self.tr("File"),
                self.tr("Filed by"),
                self.tr("County"),
            ]
        )
        self.history.setAccessibleName(self.tr("Every filing"))
        history = QGroupBox(self.tr("Every filing, newest first"))
        QVBoxLayout(history).addWidget(self.history)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = error_label()
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.error, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(latest)
        layout.addWidget(history, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        if not member.school_team:
            self.status.setText(
                self.tr("Only members of the school's IT management team can file school plans.")
            )
        self.reload()

    def reload(self) -> None:
        def load():
            names = {t.id: t.name for t in self.laptop.teachers.all()}
            return names, evidence.school_documents(self.laptop), self.laptop.acked_seq()

        ReadOp(self, self.laptop, op=load, success=self._show).run()

    def _show(self, found: tuple[dict[str, str], list[evidence.FiledDocument], int]) -> None:
        names, filed, acked = found
        self.history.clear()
        for kind, label in self.latest.items():
            newest = next((d for d in filed if d.kind == kind), None)
            label.setText(
                tr(
                    self.tr("%1, filed %2 (%3)"),
                    newest.name,
                    when(newest.wall_ms),
                    self._sent(newest, acked),
                )
                if newest
                else self.tr("Not filed yet")
            )
        for d in filed:
            item = QTreeWidgetItem(
                [
                    when(d.wall_ms),
                    document_kind_name(d.kind),
                    tr(self.tr("%1 (%2)"), d.name, size_text(d.size)),
                    names.get(d.filed_by, ""),
                    self._sent(d, acked),
                ]
            )
            self.history.addTopLevelItem(item)
        for column in range(self.history.columnCount()):
            self.history.resizeColumnToContents(column)

    def _sent(self, doc: evidence.FiledDocument, acked: int) -> str:
        if doc.seq <= acked:
            return self.tr("received by the county")
        return self.tr("goes to the county with the next sync")

    def choose(self, kind: str) -> None:
        pattern = " ".join(f"*.{t}" for t in evidence.DOCUMENT_TYPES)
        name, _ = QFileDialog.getOpenFileName(
            self,
            tr(self.tr("Choose the %1"), document_kind_name(kind)),
            start_folder(),
            tr(self.tr("Documents (%1)"), pattern),
        )
        if name:
            self.file(kind, Path(name))

    def file(self, kind: str, path: Path) -> None:
        """File `path` as the school's `kind` (checked, stored, journalled), then list it."""
        self.error.clear()
        for button in self.buttons.values():
            button.setEnabled(False)

        def done(_event) -> None:
            self._enable()
            self.status.setText(
                tr(self.tr("%1 is filed: %2."), document_kind_name(kind), path.name)
            )
            self.reload()

        def failed(exc: BaseException) -> None:
            self._enable()
            self.error.setText(describe(exc))

        WriteOp(
            self,
            self.laptop,
            op=lambda: evidence.file_school_document(self.laptop, self.member.id, kind, path),
            success=done,
        ).failure(failed).with_busy_text(self.tr("Filing the document…")).run()

    def _enable(self) -> None:
        for button in self.buttons.values():
            button.setEnabled(self.member.school_team)
