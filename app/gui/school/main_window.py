"""The laptop window: pick a teacher → sign in → home; switch teacher at any time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from content.pack_paths import safe_file_name
from sync.laptop import evidence
from sync.laptop.laptop import Laptop
from sync.laptop.teachers import Teacher

from ...messages import tr
from ...pdf.transcript import write_transcript
from ..drives import DriveWatcher, documents_folder, start_folder
from ..operations import ReadOp, WriteOp
from ..saved_pdf import SavedPdf
from ..widgets import fit
from .diagnostic import DiagnosticDialog
from .enrol import EnrolDialog
from .evidence import ChoosePointsDialog, EvidenceDialog, RatingDialog
from .home import HomePage
from .lesson import LessonStart, LessonWindow, open_lesson
from .picker import PickerPage
from .quiz import QuizDialog
from .school_documents import SchoolDocumentsDialog
from .school_settings import SchoolSettingsDialog
from .session import SessionDialog
from .signin import SignInPage
from .station import StationDialog

_SLASHES = str.maketrans("/\\", "__")  # a name is one file name, never a folder


class MainWindow(QMainWindow):
    def __init__(self, laptop: Laptop) -> None:
        super().__init__()
        self.laptop = laptop
        self.setWindowTitle(self.tr("Songpei — teacher IT-ability training"))
        self.setMinimumSize(960, 600)
        fit(self, 1280, 720)  # fits 1366×768 with a taskbar; smaller at 125 % scale (1093×614)
        self._lessons: list[QWidget] = []  # open lesson windows, kept alive until closed
        self.stack = QStackedWidget()
        self.picker = PickerPage(laptop.is_demo, laptop.fingerprint)
        self.signin = SignInPage(laptop)
        self.home = HomePage(laptop)
        for page in (self.picker, self.signin, self.home):
            self.stack.addWidget(page)
        self.setCentralWidget(self.stack)
        self.device = QLabel(tr(self.tr("This computer: %1"), laptop.journal.device_id))
        self.statusBar().addPermanentWidget(self.device)
        self.drive_button = QPushButton()
        self.drive_button.setVisible(False)
        self.drive_button.clicked.connect(
            lambda: self.open_station(self.drive_button.property("drive"))
        )
        self.statusBar().addWidget(self.drive_button)
        self.watcher = DriveWatcher(self)
        self.watcher.drive_added.connect(self.offer_station)
        self.picker.station_requested.connect(self.choose_drive)
        self.picker.session_requested.connect(self.open_session)

        self.picker.sign_in_requested.connect(self.ask_pin)
        self.picker.enrol_requested.connect(self.enrol)
        self.signin.back.connect(self.show_picker)
        self.signin.signed_in.connect(self.show_home)
        self.home.switch_teacher.connect(self.show_picker)
        self.home.lesson_requested.connect(self.open_lesson)
        self.home.points_requested.connect(self.choose_points)
        self.home.transcript_requested.connect(self.print_transcript)
        self.home.rating_requested.connect(self.rate_evidence)
        self.home.documents_requested.connect(self.school_documents)
        self.home.settings_requested.connect(self.school_settings)
        self.home.diagnostic_requested.connect(self.open_diagnostic)
        QShortcut(QKeySequence("Ctrl+Shift+Q"), self, self.show_picker)
        self.show_picker()

    def show_page(self, page: PickerPage | SignInPage | HomePage) -> None:
        """The one place that switches pages: the shown page's first field takes the keyboard,
        so Enter and typing never reach a page that is hidden (such as the name list behind the
        PIN page, where Enter would open a colleague and count her wrong tries)."""
        self.stack.setCurrentWidget(page)
        page.focus_first()

    def show_picker(self) -> None:
        self.home.teacher = None
        self.show_page(self.picker)
        ReadOp(
            self, self.laptop, op=self.laptop.teachers.all, success=self.picker.set_teachers
        ).run()

    def ask_pin(self, teacher: Teacher) -> None:
        self.signin.start(teacher)
        self.show_page(self.signin)

    def show_home(self, teacher: Teacher) -> None:
        self.home.show_teacher(teacher)
        self.show_page(self.home)

    def offer_station(self, drive: Path) -> None:
        """A trainer's drive appeared: one click opens the sync station."""
        self.drive_button.setText(
            tr(self.tr("Trainer's drive found (%1): open the sync station"), str(drive))
        )
        self.drive_button.setProperty("drive", str(drive))
        self.drive_button.setVisible(True)

    def choose_drive(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the trainer's drive"), start_folder()
        )
        if folder:
            self.open_station(folder)

    def open_station(self, drive: str | Path) -> StationDialog:
        dialog = StationDialog(self.laptop, Path(drive), self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(self._after_sync)
        dialog.open()
        return dialog

    def open_session(self) -> SessionDialog:
        known = self.drive_button.property("drive")
        dialog = SessionDialog(self.laptop, Path(known) if known else None, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # --- learning ------------------------------------------------------------------------------
    def _dialog(self, dialog) -> None:
        """Open window-modal; when it closes, the home page shows what changed."""
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(self._after_sync)
        dialog.open()

    def open_lesson(self, course, lesson) -> None:
        teacher = self.home.teacher
        if teacher is None:
            return
        if lesson.category == "practice" and course.ability_point:
            if course.ability_point not in evidence.chosen_points(self.laptop, teacher.id):
                self.choose_points()
                return
            self._dialog(EvidenceDialog(self.laptop, teacher, course.ability_point, self))
        elif lesson.kind == "quiz":
            self._dialog(QuizDialog(self.laptop, teacher, lesson, self))
        else:  # video or document: its own window, counting honest time until it closes
            open_lesson(
                self,
                self.laptop,
                teacher,
                lesson,
                lambda start: self._show_lesson(teacher, lesson, start),
            )

    def _show_lesson(self, teacher: Teacher, lesson, start: LessonStart) -> None:
        window = LessonWindow(self.laptop, teacher, lesson, start)
        window.sessionSaved.connect(lambda _event: self._lesson_closed(window))
        self._lessons.append(window)
        window.show()

    def _lesson_closed(self, window: QWidget) -> None:
        """Its time is saved: let it go, and show the new hours."""
        self._lessons.remove(window)
        window.deleteLater()
        self._after_sync()

    def choose_points(self) -> None:
        if self.home.teacher is not None:
            self._dialog(ChoosePointsDialog(self.laptop, self.home.teacher, self))

    def open_diagnostic(self) -> None:
        if self.home.teacher is not None:
            dialog = DiagnosticDialog(self.laptop, self.home.teacher, self)
            dialog.lesson_requested.connect(self.open_lesson)
            self._dialog(dialog)

    def rate_evidence(self) -> None:
        if self.home.teacher is not None and self.home.teacher.school_team:
            self._dialog(RatingDialog(self.laptop, self.home.teacher, self))

    def school_documents(self) -> None:
        if self.home.teacher is not None and self.home.teacher.school_team:
            self._dialog(SchoolDocumentsDialog(self.laptop, self.home.teacher, self))

    def school_settings(self) -> None:
        if self.home.teacher is not None and self.home.teacher.school_team:
            self._dialog(SchoolSettingsDialog(self.laptop, self.home.teacher, self))

    def print_transcript(self) -> None:
        teacher = self.home.teacher
        if teacher is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the transcript"),
            str(
                Path(documents_folder())
                / safe_file_name(f"学时证明-{teacher.name.translate(_SLASHES)}.pdf", "学时证明.pdf")
            ),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            WriteOp(
                self,
                self.laptop,
                op=lambda: write_transcript(self.laptop, teacher.id, Path(path)),
                success=lambda facts: SavedPdf(
                    self,
                    Path(path),
                    tr(self.tr("The transcript is saved (verification code %1)."), facts["code"]),
                ).open(),
            ).run()

    def _after_sync(self) -> None:
        # a receipt may have given this laptop a new identity (its disk was copied)
        self.device.setText(tr(self.tr("This computer: %1"), self.laptop.journal.device_id))
        if self.stack.currentWidget() is self.home and self.home.teacher is not None:
            self.home.show_teacher(self.home.teacher)  # "county confirmed" may have grown

    def enrol(self) -> None:
        dialog = EnrolDialog(self.laptop, self)
        dialog.accepted.connect(lambda: self._enrolled(dialog.teacher))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()  # window-modal without a nested event loop

    def _enrolled(self, teacher: Teacher | None) -> None:
        if teacher is None:  # not reached: the dialog accepts only once it holds the teacher
            return
        ReadOp(
            self, self.laptop, op=self.laptop.teachers.all, success=self.picker.set_teachers
        ).run()
        self.ask_pin(teacher)
