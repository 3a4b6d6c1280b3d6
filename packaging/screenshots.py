"""Screenshots of every laptop screen, from the real app on a fresh demo profile.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python packaging/screenshots.py OUT_DIR [--lang en]

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

from app import i18n
from app.demo import demo_packs, demo_publisher
from app.gui import style
from app.gui.enrol import EnrolDialog
from app.gui.main_window import MainWindow
from sync.laptop import Laptop
from sync.simulate import DEMO_PIN, ensure_demo_profile


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
    app = QApplication(sys.argv[:1])
    i18n.install(app, args.lang)
    style.apply(app)
    from county_screens import shoot_county  # beside this file

    if args.county_only:
        shoot_county(app, args.out, args.lang, shoot, settle)
        return 0
    data = Path(tempfile.mkdtemp()) / "demo"
    ensure_demo_profile(data, packs=demo_packs(), publisher=demo_publisher())
    laptop = Laptop.open(data)
    win = MainWindow(laptop)
    win.move(0, 0)
    win.show()
    shoot(app, win, args.out / f"01-picker-{args.lang}.png")

    dialog = EnrolDialog(laptop, win)
    dialog.show()
    dialog.name.setText("李春梅")
    dialog.id_number.setText("511621198503120021")
    dialog.school.setText("岳池县花桥中心小学")
    dialog.stage.setCurrentIndex(2)
    dialog.subject.setEditText("数学")
    dialog.pin.setText("12")
    dialog.pin_repeat.setText("12")
    dialog.submit()
    shoot(app, win, args.out / f"02-enrol-error-{args.lang}.png")
    dialog.reject()

    teacher = laptop.teachers.all()[0]
    win.ask_pin(teacher)
    win.signin.pin.setText("0000")
    win.signin.submit()
    shoot(app, win, args.out / f"03-signin-wrong-pin-{args.lang}.png")
    win.signin.pin.setText(DEMO_PIN)
    win.signin.submit()
    settle(app, 1.0)
    shoot(app, win, args.out / f"04-home-{args.lang}.png")

    from app.gui.quiz import QuizDialog

    quiz_lesson = next((x for x in laptop.catalog.lessons if x.kind == "quiz"), None)
    if quiz_lesson is not None:
        quiz = QuizDialog(laptop, teacher, quiz_lesson, win)
        quiz.show()
        shoot(app, win, args.out / f"04b-quiz-start-{args.lang}.png")
        quiz.start()
        shoot(app, win, args.out / f"04c-quiz-question-{args.lang}.png")
        quiz.hide()  # closing mid-attempt would ask whether to hand in

    from content.keys import generate
    from sync.hub import Hub
    from sync.receipts import write_mail

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
    session.accept()
    win.close()
    laptop.close()
    shoot_county(app, args.out, args.lang, shoot, settle)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
