"""The user guide's pictures (docs/guide/img/), from the real app on a fresh demo profile.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python packaging/guide_shots.py [OUT] [--lang en]

One picture per step the guide describes, named <role>-<nn>-<what>.png: teacher (sign in, home,
a video lesson, a self-test, ability points, evidence, the transcript), school team (enrol,
rate evidence), trainer (sync station, face-to-face session), county office (county-*: the
progress overview, an import, the laptops, evidence review, anomalies, reports — shot by the same
county_screens.shoot_county as the full screenshot set, on the demo county). Pictures are cropped
to the window and written as 256-colour PNGs (ImageMagick), so the whole set stays near 2 MB.

`--county-only` makes just the county pictures."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app import i18n  # noqa: E402
from app.demo import demo_packs, demo_publisher  # noqa: E402
from app.gui import style  # noqa: E402
from app.gui.school.enrol import EnrolDialog  # noqa: E402
from app.gui.school.main_window import MainWindow  # noqa: E402
from sync.demo.simulate import DEMO_PIN, ensure_demo_profile  # noqa: E402
from sync.laptop.laptop import Laptop  # noqa: E402

WINDOW = (1280, 720)


def settle(app: QApplication, seconds: float = 0.6) -> None:
    import time

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


class Camera:
    def __init__(self, app: QApplication, out: Path) -> None:
        self.app, self.out = app, out
        self.screen = shutil.which("import") and QApplication.platformName() == "xcb"

    def shoot(self, widget, name: str, size: tuple[int, int] = WINDOW, wait: float = 0.6) -> None:
        settle(self.app, wait)
        path = self.out / f"{name}.png"
        raw = path.with_suffix(".raw.png")
        if self.screen:  # the whole screen: dialogs and video overlays included
            subprocess.run(["import", "-window", "root", str(raw)], check=True)
            crop = ["-crop", f"{size[0]}x{size[1]}+0+0", "+repage"]
        else:
            widget.grab().save(str(raw))
            crop = []
        subprocess.run(
            ["convert", str(raw), *crop, "-strip", "-colors", "256", f"PNG8:{path}"], check=True
        )
        raw.unlink()
        print(path)


# county_screens names its screens <nn>-county-<what>-<lang>; the guide keeps six of them
COUNTY = {
    "23-county-districts": "county-01-overview",
    "22-county-import": "county-02-import",
    "29-county-approved": "county-03-laptops",
    "30-county-evidence": "county-04-evidence",
    "31-county-anomalies": "county-05-anomalies",
    "33-county-reports": "county-06-reports",
}


def county_pictures(cam: Camera, lang: str) -> None:
    """The county window's pages, walked through by the shared county_screens.shoot_county; of
    the screens it offers, the guide keeps those in COUNTY under their guide names."""
    sys.path.insert(0, str(Path(__file__).parent))
    from county_screens import shoot_county

    def keep(app: QApplication, widget, path: Path) -> None:
        name = COUNTY.get(path.stem.removesuffix(f"-{lang}"))
        if name is not None:
            cam.shoot(widget, name)

    shoot_county(cam.app, cam.out, lang, keep, settle)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path, nargs="?", default=ROOT / "docs" / "guide" / "img")
    ap.add_argument("--lang", default="zh_CN")
    ap.add_argument("--county-only", action="store_true", help="only the county office's pictures")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.lang == "pseudo":  # the layout-check locale is made on the spot (pseudo_ts.py)
        subprocess.run([sys.executable, str(Path(__file__).with_name("pseudo_ts.py"))], check=True)
    app = QApplication(sys.argv[:1])
    if not i18n.install(app, args.lang):  # pictures in English where Chinese was asked for
        raise SystemExit(f"no translation for {args.lang}: run python -m app.i18n.build release")
    style.apply(app)
    cam = Camera(app, args.out)
    county_pictures(cam, args.lang)
    if args.county_only:
        return 0
    work = Path(tempfile.mkdtemp())
    data = work / "demo"
    ensure_demo_profile(data, packs=demo_packs(), publisher=demo_publisher())
    laptop = Laptop.open(data)
    win = MainWindow(laptop)
    win.move(0, 0)
    win.resize(*WINDOW)
    win.show()

    # --- the school team enrols a teacher --------------------------------------------------------
    cam.shoot(win, "teacher-01-picker")
    dialog = EnrolDialog(laptop, win)
    dialog.show()
    dialog.name.setText("李春梅")
    dialog.id_number.setText("11010519491231002X")
    dialog.school.setText("岳池县花桥中心小学")
    dialog.stage.setCurrentIndex(2)
    dialog.subject.setEditText("数学")
    cam.shoot(win, "team-01-enrol")
    dialog.reject()

    # --- a teacher signs in and studies ----------------------------------------------------------
    teacher = laptop.teachers.all()[0]
    win.ask_pin(teacher)
    win.signin.pin.setText("1234")
    cam.shoot(win, "teacher-02-signin")
    win.signin.pin.setText(DEMO_PIN)
    win.signin.submit()
    cam.shoot(win, "teacher-03-home", wait=1.0)

    from app.gui.school.lesson import LessonStart, LessonWindow

    video = next((x for x in laptop.catalog.lessons if x.kind == "video"), None)
    if video is not None:
        lesson = LessonWindow(laptop, teacher, video, LessonStart.read(laptop, teacher.id, video))
        lesson.move(0, 0)
        lesson.resize(*WINDOW)
        lesson.show()
        settle(app, 1.0)
        lesson.play_button.click()
        cam.shoot(lesson, "teacher-04-video", wait=6.0)
        lesson.close()
        settle(app, 0.5)

    from app.gui.school.quiz import QuizDialog

    quiz_lesson = next((x for x in laptop.catalog.lessons if x.kind == "quiz"), None)
    if quiz_lesson is not None:
        quiz = QuizDialog(laptop, teacher, quiz_lesson, win)
        quiz.show()
        quiz.start()
        cam.shoot(win, "teacher-05-quiz")
        quiz.hide()

    from app.gui.school.evidence import ChoosePointsDialog, EvidenceDialog, RatingDialog
    from sync.laptop import evidence

    choose = ChoosePointsDialog(laptop, teacher, win)
    choose.show()
    cam.shoot(win, "teacher-06-points")
    choose.reject()
    points = list(laptop.ability_points().values())
    minimum = max(laptop.rules.min_ability_points, 1)
    evidence.choose_points(laptop, teacher.id, [p.code for p in points[:minimum]])
    point = points[0]
    form = EvidenceDialog(laptop, teacher, point, win)
    form.show()
    cam.shoot(win, "teacher-07-evidence")
    form.reject()

    from app.pdf.transcript import write_transcript

    files = work / "files"
    files.mkdir()
    pdf = files / "学时证明.pdf"
    write_transcript(laptop, teacher.id, pdf)
    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", str(pdf), str(work / "page")],
            check=True,
        )
        page = next(work.glob("page*.png"))
        subprocess.run(
            [
                "convert",
                str(page),
                "-strip",
                "-colors",
                "256",
                f"PNG8:{args.out / 'teacher-08-transcript.png'}",
            ],
            check=True,
        )
        print(args.out / "teacher-08-transcript.png")

    # --- the school team rates it ----------------------------------------------------------------
    slots = {}
    for slot in point.evidence_slots:
        kind = "pdf" if "pdf" in slot.types else slot.types[0]
        f = files / f"{slot.id}.{kind}"
        if kind == "pdf":
            shutil.copy(pdf, f)
        else:
            f.write_text("课堂实录与反思（示例）\n", encoding="utf-8")
        slots[slot.id] = f
    evidence.submit(laptop, teacher.id, point.code, slots)
    rater = laptop.teachers.all()[1]
    rater = laptop.teachers.set_school_team(rater.id, True)
    rating = RatingDialog(laptop, rater, win)
    rating.show()
    settle(app, 1.0)
    if rating.list.count():
        rating.list.setCurrentRow(0)
    cam.shoot(win, "team-02-rating")
    rating.reject()

    # --- the trainer's drive and a face-to-face session -----------------------------------------
    from content.keys import generate
    from sync.county.hub import Hub
    from sync.county.mail import write_mail

    county = generate("county", "岳池县教师发展中心")
    drive = work / "usb"
    hub = Hub.init(work / "hub.db", county, work / "county.key")
    write_mail(hub, drive, county)
    hub.close()
    station = win.open_station(drive)
    cam.shoot(win, "trainer-01-station-key")
    station.trust_offered()
    settle(app, 0.8)
    station.start()
    cam.shoot(win, "trainer-02-station-synced", wait=1.5)
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
    cam.shoot(win, "trainer-03-session", wait=1.0)
    session.accept()
    win.close()
    laptop.close()
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
