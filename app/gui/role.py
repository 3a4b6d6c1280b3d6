"""The first start asks what this computer is for: a school laptop (teachers study on it) or
the county office (it opens the county hub). The answer is kept in the data folder."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from sync.base import settings


class RoleDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role: str | None = None
        self.setWindowTitle(self.tr("Welcome to Songpei"))
        self.setMinimumWidth(560)
        title = QLabel(self.tr("What is this computer for?"))
        title.setObjectName("pageTitle")
        note = QLabel(self.tr("You are asked once; the answer is kept in Songpei's data folder."))
        note.setObjectName("note")
        note.setWordWrap(True)
        self.laptop = QPushButton(self.tr("A &school laptop: teachers study and sign in here"))
        self.county = QPushButton(
            self.tr("The &county office: import records, see progress, send receipts")
        )
        self.laptop.clicked.connect(lambda: self.choose(settings.LAPTOP))
        self.county.clicked.connect(lambda: self.choose(settings.COUNTY))
        self.laptop.setDefault(True)
        layout = QVBoxLayout(self)
        for w in (title, note, self.laptop, self.county):
            layout.addWidget(w)

    def choose(self, role: str) -> None:
        self.role = role
        self.accept()
