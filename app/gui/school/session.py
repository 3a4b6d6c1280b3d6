"""A face-to-face session (送教活动): the trainer unlocks the key on the drive, describes the
session, and each teacher signs attendance with the PIN; the trainer's key co-signs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from content import keys
from sync.base import settings
from sync.base.drive import mounted_drives
from sync.base.errors import SongpeiError
from sync.laptop import attendance, pins
from sync.laptop.laptop import Laptop

from ...messages import category_name, describe, tr
from ..drives import start_folder
from ..operations import ReadOp, WriteOp

KEY_ON_DRIVE = Path("songpei") / "keys" / "trainer.key"


def trainer_key_path(data_dir: Path, drive: Path | None, bases: list[Path] | None = None) -> str:
    """The key to offer: on the drive the station was opened with, else on any plugged-in drive,
    else the one unlocked here last time (if it is still there), else nothing."""
    for d in ([drive] if drive is not None else []) + mounted_drives(bases):
        if (d / KEY_ON_DRIVE).is_file():
            return str(d / KEY_ON_DRIVE)
    last = settings.read(data_dir).get("trainer_key")
    return last if isinstance(last, str) and Path(last).is_file() else ""


class SessionDialog(QDialog):
    def __init__(
        self, laptop: Laptop, drive: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.laptop = laptop
        self.trainer: keys.PrivateKey | None = None
        self.session: attendance.Session | None = None
        self.setWindowTitle(self.tr("Face-to-face session"))
        self.setMinimumWidth(620)
        self.pages = QStackedWidget()
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.error)
        self._unlock_page(drive)
        self._describe_page()
        self._attend_page()
        # Three pages share one dialog: Enter is handled by each page's fields, never by a
        # "default" button that may sit on another page (or open a file chooser).
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)

    # step 1: the trainer's key ---------------------------------------------------------------
    def _unlock_page(self, drive: Path | None) -> None:
        page = QWidget()
        intro = QLabel(self.tr("Trainer: unlock the key on your drive to open a session."))
        intro.setWordWrap(True)
        self.key_path = QLineEdit(trainer_key_path(self.laptop.data_dir, drive))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.key_path, 1)
        row.addWidget(browse)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self.unlock)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.clicked.connect(self.unlock)
        form = QFormLayout()
        form.addRow(self.tr("Trainer key"), row)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        box = QVBoxLayout(page)
        box.addWidget(intro)
        box.addLayout(form)
        box.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignRight)
        self.pages.addWidget(page)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Trainer key"), start_folder(), self.tr("Songpei keys (*.key)")
        )
        if path:
            self.key_path.setText(path)

    def unlock(self) -> None:
        path, secret = Path(self.key_path.text()), self.passphrase.text().encode("utf-8")
        self.unlock_button.setEnabled(False)

        def done(key: keys.PrivateKey) -> None:
            self.trainer = key
            self.passphrase.clear()
            self.error.clear()
            self.pages.setCurrentIndex(1)
            self.topic.setFocus()

        def failed(exc: BaseException) -> None:
            self.unlock_button.setEnabled(True)
            self.error.setText(describe(exc))
            self.passphrase.selectAll()  # type it again at once: focus stays where it was
            self.passphrase.setFocus()

        def unlock() -> keys.PrivateKey:
            key = keys.load_private(path, secret, role="trainer")
            try:
                settings.remember_trainer_key(self.laptop.data_dir, path)
            except SongpeiError:  # a full or read-only disk: the key still opens the session
                pass
            return key

        ReadOp(self, None, op=unlock, success=done).failure(failed).run()

    # step 2: what the session is -------------------------------------------------------------
    def _describe_page(self) -> None:
        page = QWidget()
        self.topic = QLineEdit()
        self.topic.returnPressed.connect(self.start)
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0.5, attendance.MAX_HOURS)
        self.hours.setSingleStep(0.5)
        self.hours.setValue(2.0)
        start = QPushButton(self.tr("Start signing in"))
        start.clicked.connect(self.start)
        form = QFormLayout(page)
        form.addRow(self.tr("Topic"), self.topic)
        form.addRow(self.tr("Hours (学时)"), self.hours)
        form.addRow(start)
        self.pages.addWidget(page)

    def start(self) -> None:
        assert self.trainer is not None
        try:
            self.session = attendance.open_session(
                self.trainer,
                self.topic.text(),
                self.hours.value(),
                self.laptop.journal.now_ms(),
            )
        except SongpeiError as exc:
            self.error.setText(describe(exc))
            return
        self.error.clear()
        self.heading.setText(
            tr(
                self.tr("%1 — %2 hours, %3"),
                self.session.topic,
                f"{self.session.hours:g}",
                category_name(self.session.category),
            )
        )
        self.pages.setCurrentIndex(2)
        self._load_teachers()

    # step 3: teachers sign -------------------------------------------------------------------
    def _attend_page(self) -> None:
        page = QWidget()
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.heading.setWordWrap(True)
        hint = QLabel(self.tr("Each teacher: choose your name, type your PIN, press Enter."))
        self.teachers = QListWidget()
        self.teachers.setMinimumHeight(260)  # a village school: a dozen names at a glance
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(pins.MAX_LENGTH)
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin.returnPressed.connect(self.sign)
        self.sign_button = QPushButton(self.tr("Sign attendance"))
        self.sign_button.clicked.connect(self.sign)
        self.status = QLabel()
        self.signed = QLabel()  # who has signed so far, so nobody signs twice or is forgotten
        self.signed.setWordWrap(True)
        self.summary: QMessageBox | None = None
        finish = QPushButton(self.tr("End the session"))
        finish.setObjectName("finish")
        finish.clicked.connect(self.finish)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("PIN")))
        row.addWidget(self.pin, 1)
        row.addWidget(self.sign_button)
        box = QVBoxLayout(page)
        for w in (self.heading, hint, self.teachers):
            box.addWidget(w)
        box.addLayout(row)
        box.addWidget(self.status)
        box.addWidget(self.signed)
        box.addWidget(finish, 0, Qt.AlignmentFlag.AlignRight)
        self.pages.addWidget(page)

    def _load_teachers(self) -> None:
        session = self.session
        if session is None:  # not reached: the teachers page follows opening the session
            return

        def fill(result) -> None:
            everyone, signed = result
            names = [t.name for t in everyone if t.id in signed]
            self.signed.setText(
                tr(self.tr("Signed in so far (%1): %2"), str(len(names)), "、".join(names))
                if names
                else self.tr("Nobody has signed in yet.")
            )
            current = self.teachers.currentRow()
            self.teachers.clear()
            for t in everyone:
                mark = self.tr("✓ signed") if t.id in signed else ""
                item = QListWidgetItem(f"{t.name}    {t.school}    {mark}")
                item.setData(Qt.ItemDataRole.UserRole, t)
                self.teachers.addItem(item)
            self.teachers.setCurrentRow(max(current, 0))
            self.pin.setFocus()

        ReadOp(self, self.laptop, op=lambda: self._who(session), success=fill).run()

    def _who(self, session: attendance.Session) -> tuple[list, set[str]]:
        return self.laptop.teachers.all(), attendance.signed_teachers(self.laptop, session)

    def finish(self) -> None:
        """End with a summary the trainer can read out or note down: who, how long, hours."""
        session = self.session
        if session is None:
            self.accept()
            return
        ReadOp(
            self,
            self.laptop,
            op=lambda: self._who(session),
            success=lambda result: self._summarise(session, *result),
        ).run()

    def _summarise(self, session: attendance.Session, everyone: list, signed: set[str]) -> None:
        names = [t.name for t in everyone if t.id in signed]
        minutes = max(0, (self.laptop.journal.now_ms() - session.opened_ms) // 60_000)
        text = tr(
            self.tr(
                "The session “%1” has ended.\n%2 teachers signed in: %3.\nIt lasted %4 "
                "minutes; each teacher who signed in earns %5 hours (%6)."
            ),
            session.topic,
            str(len(names)),
            "、".join(names) or "—",
            str(minutes),
            f"{session.hours:g}",
            category_name(session.category),
        )
        self.summary = QMessageBox(
            QMessageBox.Icon.Information, self.windowTitle(), text, QMessageBox.StandardButton.Ok
        )
        self.summary.setParent(self, self.summary.windowFlags())
        self.summary.finished.connect(self.accept)
        self.summary.open()

    def sign(self) -> None:
        item = self.teachers.currentItem()
        if (
            item is None
            or self.session is None
            or self.trainer is None
            or not self.sign_button.isEnabled()
        ):
            return
        teacher, pin, session, trainer = (
            item.data(Qt.ItemDataRole.UserRole),
            self.pin.text(),
            self.session,
            self.trainer,
        )
        self.sign_button.setEnabled(False)

        def done(_: object) -> None:
            self.sign_button.setEnabled(True)
            self.pin.clear()
            self.error.clear()
            self.status.setText(tr(self.tr("%1 signed in."), teacher.name))
            self._load_teachers()

        def failed(exc: BaseException) -> None:
            self.sign_button.setEnabled(True)
            self.pin.clear()
            self.pin.setFocus()
            # Whose try it was: the next teacher in the queue must not think it was theirs.
            self.error.setText(tr(self.tr("%1: %2"), teacher.name, describe(exc)))

        WriteOp(
            self,
            self.laptop,
            op=lambda: attendance.sign(self.laptop, session, trainer, teacher.id, pin),
            success=done,
        ).failure(failed).run()
