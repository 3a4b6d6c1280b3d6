"""`songpei doctor`: is this computer ready? Every failed check names the exact fix."""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from sync.datadir import prepare_data_dir
from sync.errors import SongpeiError

from .fonts import find_cjk_font
from .messages import describe

translate = QCoreApplication.translate

VLC_PACKAGES = "libvlc5 libvlc-bin vlc-plugin-base vlc-plugin-video-output"
MIN_FREE_MB = 500
# Libraries Qt's xcb plugin needs, and the Debian package that brings each.
XCB_LIBS = {
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1", "libxcb-randr.so.0": "libxcb-randr0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0", "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1", "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3", "libX11-xcb.so.1": "libx11-xcb1",
}



@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""


def _apt(packages: str) -> str:
    return f"sudo apt-get install {packages}"


def check_vlc() -> Check:
    name = translate("Doctor", "Video player (libvlc)")
    fix = _apt(VLC_PACKAGES) if sys.platform.startswith("linux") else translate("Doctor",
        "Reinstall Songpei: the installer brings its own libvlc.")
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # python-vlc prints its failures
            import vlc

            instance = vlc.Instance("--quiet", "--no-video-title-show")
        if instance is None:
            return Check(name, False, translate("Doctor", "libvlc is installed but its plugins are missing"), fix)
        version = vlc.libvlc_get_version().decode()
        instance.release()
        return Check(name, True, version)
    except BaseException as exc:  # python-vlc raises NotImplementedError or even SystemExit
        return Check(name, False, translate("Doctor", "libvlc could not be loaded (%1)").replace(
            "%1", type(exc).__name__), fix)


def check_font() -> Check:
    name = translate("Doctor", "Chinese font (WenQuanYi Micro Hei)")
    path = find_cjk_font()
    if path is None:
        return Check(name, False, translate("Doctor", "not found"), _apt("fonts-wqy-microhei"))
    return Check(name, True, str(path))


def _missing_libs(plugin: Path) -> list[str]:
    if not shutil.which("ldd"):
        return []
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    return re.findall(r"^\s*(\S+) => not found", out, re.M)


def check_qt_platform() -> Check:
    name = translate("Doctor", "Qt window system plugin")
    from PySide6.QtCore import QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    if sys.platform.startswith("linux"):
        xcb = plugins / "libqxcb.so"
        if not xcb.exists():
            return Check(name, False, translate("Doctor", "the xcb plugin is missing from PySide6"),
                         translate("Doctor", "Reinstall the Python environment: ./dev.sh setup"))
        missing = _missing_libs(xcb)
        if missing:
            pkgs = sorted({XCB_LIBS.get(lib, lib) for lib in missing})
            return Check(name, False, translate("Doctor", "missing libraries: %1").replace("%1", " ".join(missing)),
                         _apt(" ".join(pkgs)))
    platform = os.environ.get("QT_QPA_PLATFORM") or ("" if _has_display() else "offscreen")
    env = dict(os.environ, QT_QPA_PLATFORM=platform) if platform else dict(os.environ)
    probe = ("from PySide6.QtGui import QGuiApplication; a = QGuiApplication([]); "
             "print(a.platformName())")
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env,
                       timeout=60)
    if r.returncode != 0:
        last = (r.stderr.strip().splitlines() or ["?"])[-1]
        return Check(name, False, last, _apt("libxcb-cursor0 libxkbcommon-x11-0 libegl1"))
    detail = r.stdout.strip()
    if platform == "offscreen" and not os.environ.get("QT_QPA_PLATFORM"):
        detail += " " + translate("Doctor", "(no screen attached now; windows will open on the desktop)")
    return Check(name, True, detail)


def _has_display() -> bool:
    if not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def check_data_dir(data_dir: Path) -> list[Check]:
    name = translate("Doctor", "Data folder")
    try:
        path = prepare_data_dir(data_dir, min_free=0)
    except SongpeiError as exc:
        return [Check(name, False, describe(exc), translate("Doctor", "Use --data-dir to choose a writable folder."))]
    checks = [Check(name, True, str(path))]
    free_mb = shutil.disk_usage(path).free // (1024 * 1024)
    disk = translate("Doctor", "Free disk space")
    if free_mb < MIN_FREE_MB:
        checks.append(Check(disk, False, f"{free_mb} MB",
                            translate("Doctor", "Free at least %1 MB on this disk (delete or move old files).")
                            .replace("%1", str(MIN_FREE_MB))))
    else:
        checks.append(Check(disk, True, f"{free_mb} MB"))
    if (path / "journal.db").exists():
        checks.append(check_journal(path))
    return checks


def check_journal(path: Path) -> Check:
    from sync.laptop import Laptop

    name = translate("Doctor", "Learning record (journal)")
    try:
        with Laptop.open(path) as laptop:
            problems = laptop.journal.check()
            count = laptop.journal.last_seq()
    except SongpeiError as exc:
        return Check(name, False, describe(exc), translate("Doctor", "Give the data folder to your trainer."))
    if problems:
        return Check(name, False, translate("Doctor", "%1 problems in the hash chain").replace(
            "%1", str(len(problems))), translate("Doctor", "Give the data folder to your trainer."))
    return Check(name, True, translate("Doctor", "%1 events, chain intact").replace("%1", str(count)))


def run_checks(data_dir: Path) -> list[Check]:
    return [check_vlc(), check_font(), check_qt_platform(), *check_data_dir(data_dir)]


def report(checks: list[Check], out=sys.stdout) -> int:
    print(translate("Doctor", "Songpei self-check"), file=out)
    for c in checks:
        mark = "✔" if c.ok else "✘"
        print(f"  {mark} {c.name}: {c.detail}", file=out)
        if not c.ok:
            print("      " + translate("Doctor", "Fix: %1").replace("%1", c.fix), file=out)
    bad = sum(not c.ok for c in checks)
    if bad:
        print(translate("Doctor", "%1 problems found.").replace("%1", str(bad)), file=out)
        return 1
    print(translate("Doctor", "All is well."), file=out)
    return 0
