"""Screenshots of every laptop screen, from the real app on a fresh demo profile.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python packaging/screenshots.py OUT_DIR [--lang en|pseudo]

The county office's screens (packaging/county_screens.py) follow; `--county-only` shoots just
those. With a display and ImageMagick's `import`, the whole screen is captured (what a person sees,
window frame included); otherwise the window grabs itself."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's app, not another

from app import i18n  # noqa: E402
from app.demo import demo_packs, demo_publisher
from app.gui import style
from app.gui.school.enrol import EnrolDialog
from app.gui.school.main_window import MainWindow
from sync.base.idcard import check_digit
from sync.demo.simulate import DEMO_PIN, ensure_demo_profile
from sync.laptop.laptop import Laptop


def settle(app: QApplication, seconds: float = 0.6) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def shoot(app: QApplication, widget, path: Path) -> None:
    settle(app)
    if shutil.which("import") and QApplication.platformName() == "xcb":
        subprocess.run(["import", "-window", "root", str(path)], check=True)
    else:
        widget.grab().save(str(path))
    print(path)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--lang", default="zh_CN")
    ap.add_argument("--county-only", action="store_true", help="only the county office's screens")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.lang == "pseudo":  # the layout-check locale is made on the spot (pseudo_ts.py)
        subprocess.run([sys.executable, str(Path(__file__).with_name("pseudo_ts.py"))], check=True)
    app = QApplication(sys.argv[:1])
    i18n.install(app, args.lang)
    style.apply(app)
    from county_screens import shoot_county  # beside this file

    if args.county_only:
        shoot_county(app, args.out, args.lang, shoot, settle)
        return 0
    if not demo_packs():  # the lessons' screens need the real pack, not the bare catalogue
        print("build the demo pack first: packaging/demo_pack/build_demo_pack.py", file=sys.stderr)
        return 2
    first = Laptop.open(Path(tempfile.mkdtemp()) / "first-run")  # no teacher yet
    empty = MainWindow(first)
    empty.move(0, 0)
    empty.show()
    shoot(app, empty, args.out / f"00-first-run-{args.lang}.png")
    empty.close()
    first.close()

    data = Path(tempfile.mkdtemp()) / "demo"
    ensure_demo_profile(data, packs=demo_packs(), publisher=demo_publisher())
    laptop = Laptop.open(data)
    win = MainWindow(laptop)
    win.move(0, 0)
    win.show()
    shoot(app, win, args.out / f"01-picker-{args.lang}.png")

    teacher = laptop.teachers.all()[0]  # a demo teacher with a year of study behind her
    win.enrol()  # as the 注册新教师 button does
    dialog = win.findChild(EnrolDialog)
    dialog.name.setText("李春梅")
    dialog.id_number.setText("511621198503120021")
    dialog.school.setText("岳池县花桥中心小学")
    dialog.stage.setCurrentIndex(2)
    dialog.subject.setEditText("数学")
    dialog.pin.setText("12")
    dialog.pin_repeat.setText("12")
    dialog.submit()
    shoot(app, win, args.out / f"02-enrol-error-{args.lang}.png")
    first17 = "51162119850312002"  # corrected: she lands on her own PIN page, focus in the PIN box
    dialog.id_number.setText(first17 + check_digit(first17))
    dialog.pin.setText("2580")
    dialog.pin_repeat.setText("2580")
    dialog.submit()
    settle(app, 1.0)
    shoot(app, win, args.out / f"02b-enrolled-pin-page-{args.lang}.png")
    win.show_picker()

    win.ask_pin(teacher)
    win.signin.pin.setText("0000")
    win.signin.submit()
    shoot(app, win, args.out / f"03-signin-wrong-pin-{args.lang}.png")
    win.signin.pin.setText(DEMO_PIN)
    win.signin.submit()
    settle(app, 1.0)
    shoot(app, win, args.out / f"04-home-{args.lang}.png")

    from app.gui.school.quiz import QuizDialog

    quiz_lesson = next((x for x in laptop.catalog.lessons if x.kind == "quiz"), None)
    if quiz_lesson is not None:
        quiz = QuizDialog(laptop, teacher, quiz_lesson, win)
        quiz.show()
        shoot(app, win, args.out / f"04b-quiz-start-{args.lang}.png")
        quiz.start()
        shoot(app, win, args.out / f"04c-quiz-question-{args.lang}.png")
        quiz.go(len(quiz.items) - 1)
        quiz.next_page()  # 交卷 with questions left blank: it asks first
        shoot(app, win, args.out / f"04e-quiz-unanswered-{args.lang}.png")
        if quiz.prompt is not None:
            quiz.prompt.done(0)  # 继续作答
        quiz.hide()  # closing mid-attempt would ask whether to hand in

    from content.keys import generate
    from sync.county.hub import Hub
    from sync.county.mail import write_mail

    county = generate("county", "岳池县教师发展中心")
    drive = data.parent / "usb"
    hub = Hub.init(data.parent / "hub.db", county, data.parent / "county.key")
    write_mail(hub, drive, county)
    hub.close()
    station = win.open_station(drive)
    shoot(app, win, args.out / f"05-station-new-key-{args.lang}.png")
    station.trust_offered()
    settle(app, 0.8)
    station.start()
    settle(app, 1.5)
    shoot(app, win, args.out / f"06-station-synced-{args.lang}.png")
    station.accept()

    trainer = generate("trainer", "张老师")
    key = drive / "songpei" / "keys" / "trainer.key"
    key.parent.mkdir(parents=True, exist_ok=True)
    key.write_bytes(trainer.to_bytes(b"trainer-pass"))
    win.drive_button.setProperty("drive", str(drive))
    session = win.open_session()
    session.passphrase.setText("trainer-pass")
    session.unlock()
    settle(app, 1.0)
    session.topic.setText("用一台投影仪上好课堂导入")
    session.start()
    settle(app, 0.8)
    session.pin.setText(DEMO_PIN)
    session.sign()
    settle(app, 1.0)
    shoot(app, win, args.out / f"07-session-{args.lang}.png")
    session.finish()
    settle(app, 1.0)
    shoot(app, win, args.out / f"07b-session-summary-{args.lang}.png")
    if session.summary is not None:
        session.summary.done(0)
    session.accept()
    settle(app, 0.5)
    learning_screens(app, win, laptop, teacher, data.parent, args.out, args.lang)
    win.close()
    laptop.close()
    shoot_county(app, args.out, args.lang, shoot, settle)
    return 0


def close_lessons(app: QApplication, win: MainWindow) -> None:
    for window in list(win._lessons):
        window.close()
    settle(app, 1.0)


def take_diagnostic(app: QApplication, dialog, right) -> None:
    """Answer every question (choice questions: the diagnostic bank has no others)."""
    from content import quiz

    dialog.start()
    for i, (q, editor) in enumerate(zip(dialog.items, dialog.editors, strict=True)):
        order = quiz.option_order(q, dialog.seed)
        want = next(n for n, c in enumerate(q.choices) if (c.fraction > 0) == right(i, q))
        editor.pick(order.index(want))
    dialog.finish()
    settle(app, 1.0)


def learning_screens(app, win, laptop, teacher, scratch: Path, out: Path, lang: str) -> None:
    """Lessons, the diagnostic test, evidence, rating and the transcript."""
    from PySide6.QtCore import QCoreApplication

    from app.gui.saved_pdf import SavedPdf
    from app.gui.school.diagnostic import DiagnosticDialog
    from app.gui.school.evidence import ChoosePointsDialog, EvidenceDialog, RatingDialog
    from app.messages import tr
    from app.pdf.transcript import write_transcript

    win.show_home(teacher)
    settle(app, 0.8)
    course = laptop.catalog.courses[0]
    video = next(x for x in course.lessons if x.kind == "video")
    win.open_lesson(course, video)
    while not win._lessons:  # it opens once the journal is read
        app.processEvents()
    window = win._lessons[-1]
    if window.player is not None:
        window.player.toggle()
    settle(app, 2.5)
    shoot(app, window, out / f"08-lesson-video-{lang}.png")
    close_lessons(app, win)

    reading = next(x for x in course.lessons if x.kind == "document")
    win.open_lesson(course, reading)
    while not win._lessons:
        app.processEvents()
    shoot(app, win._lessons[-1], out / f"09-lesson-reading-{lang}.png")
    close_lessons(app, win)

    pre = DiagnosticDialog(laptop, teacher, win)
    pre.show()
    shoot(app, pre, out / f"10-diagnostic-start-{lang}.png")
    take_diagnostic(
        app,
        pre,
        lambda i, q: (
            q.tags.dimension in ("literacy", "planning") or (q.tags.level == "I" and i % 3 == 0)
        ),
    )
    shoot(app, pre, out / f"11-diagnostic-pre-test-{lang}.png")
    pre.accept()
    post = DiagnosticDialog(laptop, teacher, win)
    post.show()
    take_diagnostic(app, post, lambda i, q: q.tags.dimension != "development" or i % 2 == 0)
    shoot(app, post, out / f"12-diagnostic-post-test-{lang}.png")
    post.accept()

    points = ChoosePointsDialog(laptop, teacher, win)
    points.show()
    shoot(app, points, out / f"13-choose-points-{lang}.png")
    points.reject()
    code = course.ability_point
    from sync.laptop import evidence

    evidence.choose_points(laptop, teacher.id, sorted(laptop.ability_points()))
    dialog = EvidenceDialog(laptop, teacher, code, win)
    dialog.show()
    wrong = scratch / "课堂实录.exe"
    wrong.write_bytes(b"MZ" + b"\0" * 4000)
    for editor in dialog.editors.values():
        if editor.text is not None:
            editor.text.setPlainText("第 3 题全班正确率只有 35%，下节课重讲这个知识点。")
    media = dialog.editors.get("media") or next(iter(dialog.editors.values()))
    media.set_file(wrong)
    dialog.submit()
    settle(app, 1.0)
    shoot(app, dialog, out / f"14-evidence-refused-{lang}.png")
    dialog.reject()

    other = next(t for t in laptop.teachers.all() if t.id != teacher.id)
    evidence.choose_points(laptop, other.id, sorted(laptop.ability_points()))
    point = laptop.ability_points()[code]
    evidence.submit(
        laptop,
        other.id,
        code,
        {
            s.id: "课前用 4 道题的纸笔小卷了解学生对“平均分”的掌握，电子表格统计各题正确率："
            "第 3 题只有 35%，下节课重讲并换用分糖果的例子。"
            for s in point.evidence_slots
            if s.required
        },
    )
    submitted = EvidenceDialog(laptop, other, code, win)  # what she handed in, read back
    submitted.show()
    settle(app, 1.0)
    shoot(app, submitted, out / f"14b-evidence-submitted-{lang}.png")
    submitted.reject()
    head = laptop.teachers.set_school_team(teacher.id, True)
    win.show_home(head)  # a school-team member's home has the rating button too
    shoot(app, win, out / f"04d-home-school-team-{lang}.png")
    rating = RatingDialog(laptop, head, win)
    rating.show()
    settle(app, 1.0)
    if rating.list.count():
        rating.list.setCurrentRow(0)
    shoot(app, rating, out / f"15-rating-{lang}.png")
    rating.reject()
    from app.gui.school.school_documents import SchoolDocumentsDialog
    from app.gui.school.school_settings import SchoolSettingsDialog

    settings = SchoolSettingsDialog(laptop, head, win)  # the team's 学校设置: environment
    settings.show()
    shoot(app, settings, out / f"15b-school-settings-{lang}.png")
    settings.reject()
    plans = SchoolDocumentsDialog(laptop, head, win)  # 整校推进: the school's two plans
    plans.show()
    settle(app, 1.0)
    shoot(app, plans, out / f"15c-school-plans-{lang}.png")
    plans.reject()
    laptop.teachers.set_school_team(teacher.id, False)

    pdf = scratch / "transcript.pdf"
    facts = write_transcript(laptop, teacher.id, pdf)
    said = QCoreApplication.translate(
        "MainWindow", "The transcript is saved (verification code %1)."
    )
    saved = SavedPdf(win, pdf, tr(said, facts["code"]))
    saved.open()
    shoot(app, win, out / f"16a-transcript-saved-{lang}.png")
    saved.done(0)
    if shutil.which("pdftoppm"):
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "80",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(pdf),
                str(out / f"16-transcript-{lang}"),
            ],
            check=True,
        )
        print(out / f"16-transcript-{lang}.png")


if __name__ == "__main__":
    raise SystemExit(main())
