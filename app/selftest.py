"""`songpei --self-test`: does this copy of Songpei work, end to end, without a screen?

Each check exercises the real part a teacher relies on (in the source tree and in the packaged
app alike): the translations load, a journal opens in a temporary folder, the demo pack's
signature and hashes verify and it installs, libvlc plays a second of a bundled clip, a
transcript PDF is written with the CJK font embedded, and a window renders offscreen. One line
per check; the exit status is 1 if any failed, naming the part."""

from __future__ import annotations

import contextlib
import io
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from .messages import tr

translate = QCoreApplication.translate

CLIP = Path(__file__).with_name("selftest_clip.mp4")
PLAY_SECONDS = 1.0
PLAY_TIMEOUT_S = 15.0


@dataclass
class Result:
    name: str
    ok: bool
    detail: str


class CheckFailed(Exception):
    """A check's own account of what went wrong (its text is shown as is)."""


def check_translations(lang: str) -> str:
    if lang == "en":
        return "en"
    from . import i18n

    qm = i18n.TRANSLATIONS / f"songpei_{lang}.qm"
    if not qm.is_file():
        raise CheckFailed(tr(translate("SelfTest", "%1 is missing"), str(qm)))
    probe = "All is well."  # translated since the first release
    if translate("Doctor", probe) == probe:
        raise CheckFailed(tr(translate("SelfTest", "%1 did not load"), qm.name))
    return qm.name


def check_journal(folder: Path) -> str:
    from sync.laptop.laptop import Laptop

    with Laptop.open(folder) as laptop:
        teacher = laptop.teachers.enrol(
            "自检教师", "11010519491231002X", "自检小学", "primary", "数学", "2580", "2580"
        )
        problems = laptop.journal.check()
        seq = laptop.journal.last_seq()
    if problems or seq < 1:
        raise CheckFailed(tr(translate("SelfTest", "hash chain broken after %1 events"), str(seq)))
    return (
        tr(translate("SelfTest", "%1 events written and read back"), str(seq)) + f" ({teacher.id})"
    )


def check_demo_pack(folder: Path) -> str:
    """Verify and install the demo pack into a demo profile of its own (the demo key is
    trusted only there, as on a real laptop)."""
    from content.pack import verify_pack
    from sync.base.datadir import prepare_data_dir
    from sync.laptop.laptop import DEMO_MARKER, Laptop

    from .demo import demo_packs, demo_publisher

    packs = demo_packs()
    if not packs:
        raise CheckFailed(translate("SelfTest", "the demo pack is not there"))
    (prepare_data_dir(folder) / DEMO_MARKER).touch()
    with Laptop.open(folder) as laptop:
        trust = laptop.add_trust(demo_publisher(), demo_only=True)
        manifest = verify_pack(packs[0], trust, demo=True, check_hashes=True)
        laptop.install_pack(packs[0])
        lessons = len(laptop.installed_content()[0].lessons)
    return tr(
        translate("SelfTest", "%1 v%2: signature and %3 files verified, %4 lessons installed"),
        manifest.id,
        str(manifest.version),
        str(len(manifest.files)),
        str(lessons),
    )


def check_video(clip: Path = CLIP) -> str:
    """Play `clip` for about a second on libvlc's dummy outputs: the state must reach Playing
    and the media time must advance. Says which step failed."""
    try:
        from .player.vlc_backend import load_vlc

        vlc, instance = load_vlc(("--vout=dummy", "--aout=dummy", "--intf=dummy"))
    except BaseException as exc:  # python-vlc raises anything, even SystemExit
        raise CheckFailed(
            tr(translate("SelfTest", "libvlc did not load (%1)"), f"{type(exc).__name__}: {exc}")
        ) from None
    player = instance.media_player_new()
    try:
        player.set_media(instance.media_new_path(str(clip)))
        if player.play() != 0:
            raise CheckFailed(tr(translate("SelfTest", "libvlc refused to start %1"), clip.name))
        deadline = time.monotonic() + PLAY_TIMEOUT_S
        while player.get_state() != vlc.State.Playing:
            if player.get_state() == vlc.State.Error or time.monotonic() > deadline:
                raise CheckFailed(
                    tr(
                        translate("SelfTest", "%1 never reached Playing (state %2)"),
                        clip.name,
                        str(player.get_state()),
                    )
                )
            time.sleep(0.05)
        start_wall, start_ms = time.monotonic(), max(player.get_time(), 0)
        while time.monotonic() - start_wall < PLAY_SECONDS:
            time.sleep(0.05)
        advanced = player.get_time() - start_ms
        if advanced <= 0:
            raise CheckFailed(translate("SelfTest", "playing, but the time did not advance"))
        version = vlc.libvlc_get_version().decode()
    finally:
        player.stop()
        player.release()
        instance.release()
    return tr(
        translate("SelfTest", "libvlc %1: Playing, time advanced %2 ms"), version, str(advanced)
    )


def check_pdf(folder: Path) -> str:
    from sync.laptop.laptop import Laptop

    from .pdf.transcript import FONT, write_transcript

    out = folder / "selftest-transcript.pdf"
    with Laptop.open(folder) as laptop:
        teacher = laptop.teachers.all()[0]
        write_transcript(laptop, teacher.id, out)
    data = out.read_bytes()
    if not data.startswith(b"%PDF") or b"/FontFile2" not in data or FONT.encode() not in data:
        raise CheckFailed(tr(translate("SelfTest", "%1 has no embedded CJK font"), out.name))
    return tr(translate("SelfTest", "transcript, %1 bytes, %2 embedded"), str(len(data)), FONT)


def check_window() -> str:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise CheckFailed(translate("SelfTest", "no widget application"))
    label = QLabel("送培 自检 Songpei")
    label.resize(200, 40)
    image = label.grab().toImage()
    label.deleteLater()
    colours = {image.pixel(x, y) for x in range(0, 200, 4) for y in range(0, 40, 4)}
    if len(colours) < 2:
        raise CheckFailed(translate("SelfTest", "the window rendered blank"))
    return f"{app.platformName()}, {len(colours)} colours"


def run(lang: str, out=None) -> int:
    import sys

    out = out or sys.stdout
    folder = Path(tempfile.mkdtemp(prefix="songpei-selftest-"))
    checks: list[tuple[str, Callable[[], str]]] = [
        (translate("SelfTest", "Translations"), lambda: check_translations(lang)),
        (translate("SelfTest", "Window (offscreen)"), check_window),
        (translate("SelfTest", "Journal in a temporary folder"), lambda: check_journal(folder)),
        (translate("SelfTest", "Demo pack signature"), lambda: check_demo_pack(folder / "demo")),
        (translate("SelfTest", "Video (libvlc, dummy output)"), check_video),
        (translate("SelfTest", "PDF with the Chinese font"), lambda: check_pdf(folder)),
    ]
    results = []
    print(translate("SelfTest", "Self-test"), file=out, flush=True)
    try:
        for name, fn in checks:
            results.append(_one(name, fn))
            r = results[-1]
            print(f"  {'✔' if r.ok else '✘'} {r.name}: {r.detail}", file=out, flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    bad = [r.name for r in results if not r.ok]
    if bad:
        print(tr(translate("SelfTest", "Failed: %1"), ", ".join(bad)), file=out)
        return 1
    print(tr(translate("SelfTest", "All %1 checks passed."), str(len(results))), file=out)
    return 0


def _one(name: str, fn: Callable[[], str]) -> Result:
    from sync.base.errors import SongpeiError

    from .messages import describe

    try:
        with contextlib.redirect_stdout(io.StringIO()):
            return Result(name, True, fn())
    except CheckFailed as exc:
        return Result(name, False, str(exc))
    except SongpeiError as exc:
        return Result(name, False, describe(exc))
    except Exception as exc:  # a self-test reports every failure as a line, never a traceback
        return Result(name, False, f"{type(exc).__name__}: {exc}")
