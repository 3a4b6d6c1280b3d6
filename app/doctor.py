"""`songpei doctor`: is this computer ready? Every failed check names the exact fix."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from sync.base.datadir import prepare_data_dir
from sync.base.errors import SongpeiError

from .fonts import find_cjk_font
from .messages import describe, tr

translate = QCoreApplication.translate

VLC_PACKAGES = "libvlc5 libvlc-bin vlc-plugin-base vlc-plugin-video-output"
MIN_FREE_MB = 500
# Libraries Qt's xcb plugin needs, and the Debian package that brings each.
XCB_LIBS = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11-xcb.so.1": "libx11-xcb1",
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
    fix = (
        _apt(VLC_PACKAGES)
        if sys.platform.startswith("linux")
        else translate("Doctor", "Reinstall Songpei: the installer brings its own libvlc.")
    )
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # python-vlc prints its failures
            import vlc

            instance = vlc.Instance("--quiet", "--no-video-title-show")
        if instance is None:
            return Check(
                name,
                False,
                translate("Doctor", "libvlc is installed but its plugins are missing"),
                fix,
            )
        version = vlc.libvlc_get_version().decode()
        instance.release()
        return Check(name, True, version)
    except BaseException as exc:  # python-vlc raises NotImplementedError or even SystemExit
        return Check(
            name,
            False,
            tr(translate("Doctor", "libvlc could not be loaded (%1)"), type(exc).__name__),
            fix,
        )


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


def check_qt_platform() -> list[Check]:
    """The window system plugin, then (from the same probe) OpenGL and the screen size."""
    name = translate("Doctor", "Qt window system plugin")
    from PySide6.QtCore import QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    if sys.platform.startswith("linux"):
        xcb = plugins / "libqxcb.so"
        if not xcb.exists():
            return [
                Check(
                    name,
                    False,
                    translate("Doctor", "the xcb plugin is missing from PySide6"),
                    translate("Doctor", "Reinstall the Python environment: ./dev.sh setup"),
                )
            ]
        missing = _missing_libs(xcb)
        if missing:
            pkgs = sorted({XCB_LIBS.get(lib, lib) for lib in missing})
            return [
                Check(
                    name,
                    False,
                    tr(translate("Doctor", "missing libraries: %1"), " ".join(missing)),
                    _apt(" ".join(pkgs)),
                )
            ]
    platform = os.environ.get("QT_QPA_PLATFORM") or ("" if _has_display() else "offscreen")
    env = dict(os.environ, QT_QPA_PLATFORM=platform) if platform else dict(os.environ)
    try:
        cmd, env = _probe_command(env)
        r = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60)
        probe = json.loads(r.stdout.strip().splitlines()[-1]) if r.returncode == 0 else None
    except (subprocess.TimeoutExpired, ValueError, IndexError):
        r, probe = None, None
    if probe is None:
        last = ((r.stderr if r else "").strip().splitlines() or ["?"])[-1]
        return [Check(name, False, last, _apt("libxcb-cursor0 libxkbcommon-x11-0 libegl1"))]
    detail = probe["platform"]
    headless = probe["platform"] in ("offscreen", "minimal")
    if platform == "offscreen" and not os.environ.get("QT_QPA_PLATFORM"):
        detail += " " + translate(
            "Doctor", "(no screen attached now; windows will open on the desktop)"
        )
    return [
        Check(name, True, detail),
        *([] if headless else [_gl_check(probe), _screen_check(probe)]),
    ]


def _probe_command(env: dict) -> tuple[list[str], dict]:
    """How to run qt_probe() in a child process: a driver that crashes takes the child down,
    not the doctor. The packaged app has no `-c`; it runs itself with SONGPEI_QT_PROBE set."""
    env = dict(env, SONGPEI_QT_PROBE="1")
    if getattr(sys, "frozen", False):
        return [sys.executable], env
    root = str(Path(__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
    return [sys.executable, "-c", "from app.doctor import qt_probe; qt_probe()"], env


def qt_probe() -> None:
    """Print one JSON line: platform, screen size and the OpenGL the driver gives (or why not)."""
    from PySide6.QtGui import QGuiApplication, QOffscreenSurface, QOpenGLContext

    app = QGuiApplication([])
    screen = app.primaryScreen()
    size = screen.size() if screen else None
    out = {
        "platform": app.platformName(),
        "width": size.width() if size else 0,
        "height": size.height() if size else 0,
        "scale": round(screen.devicePixelRatio(), 2) if screen else 1.0,
        "gl": None,
    }
    ctx = QOpenGLContext()
    if ctx.create():
        surface = QOffscreenSurface()
        surface.create()
        if ctx.makeCurrent(surface):
            f = ctx.functions()
            GL_RENDERER, GL_VERSION = 0x1F01, 0x1F02
            out["gl"] = {
                "version": f"{ctx.format().majorVersion()}.{ctx.format().minorVersion()}",
                "renderer": str(f.glGetString(GL_RENDERER) or ""),
                "detail": str(f.glGetString(GL_VERSION) or ""),
            }
            ctx.doneCurrent()
    print(json.dumps(out), flush=True)


MIN_GL = (2, 0)
MIN_SCREEN = (1366, 768)


def _gl_check(probe: dict) -> Check:
    name = translate("Doctor", "OpenGL (graphics driver)")
    fix = translate(
        "Doctor",
        "Start Songpei with --software-gl (drawing on the processor), or "
        "install the graphics driver for this laptop.",
    )
    gl = probe.get("gl")
    if not gl:
        return Check(name, False, translate("Doctor", "no OpenGL context could be created"), fix)
    major, minor = (int(x) for x in gl["version"].split(".")[:2])
    detail = f"{gl['version']} {gl['renderer']}".strip()
    if (major, minor) < MIN_GL:
        return Check(name, False, tr(translate("Doctor", "OpenGL %1 is too old"), detail), fix)
    return Check(name, True, detail)


def _screen_check(probe: dict) -> Check:
    name = translate("Doctor", "Screen size")
    w, h = probe["width"], probe["height"]
    detail = f"{w}×{h}"
    if probe.get("scale", 1.0) != 1.0:
        detail += f" @{probe['scale']}x"
    if w < MIN_SCREEN[0] or h < MIN_SCREEN[1]:
        return Check(
            name,
            False,
            tr(
                translate("Doctor", "%1 is smaller than 1366×768: some windows will not fit"),
                detail,
            ),
            translate(
                "Doctor",
                "Set the display resolution to 1366×768 or more, and the scale to 100 % or 125 %.",
            ),
        )
    return Check(name, True, detail)


def check_memory() -> list[Check]:
    """Total memory (a 4 GB laptop reports about 3.7 GB) and what is free right now."""
    total, available = _memory_mb()
    if total is None:
        return []
    name = translate("Doctor", "Memory (RAM)")
    detail = tr(translate("Doctor", "%1 MB in all, %2 MB free now"), str(total), str(available))
    if total < MIN_RAM_MB:
        return [
            Check(
                name,
                False,
                detail,
                translate(
                    "Doctor",
                    "Songpei needs a computer with at least 4 GB of memory (videos may stutter).",
                ),
            )
        ]
    if available is not None and available < MIN_FREE_RAM_MB:
        return [
            Check(
                name,
                False,
                detail,
                translate(
                    "Doctor",
                    "Close other programs (a web browser first) before starting a video lesson.",
                ),
            )
        ]
    return [Check(name, True, detail)]


MIN_RAM_MB = 3400  # a "4 GB" laptop with shared graphics memory reports about 3.5 GB
MIN_FREE_RAM_MB = 400  # the app with a playing video: ~250 MB


def _memory_mb() -> tuple[int | None, int | None]:
    if sys.platform.startswith("linux"):
        try:
            info = dict(
                line.split(":", 1) for line in Path("/proc/meminfo").read_text().splitlines()
            )
        except OSError:
            return None, None
        kb = lambda key: int(info[key].split()[0]) if key in info else None  # noqa: E731
        total, avail = kb("MemTotal"), kb("MemAvailable")
        return (total // 1024 if total else None), (avail // 1024 if avail else None)
    if sys.platform == "win32":
        import ctypes

        class MemoryStatus(ctypes.Structure):
            _fields_ = [
                ("dwLength", ctypes.c_ulong),
                ("dwMemoryLoad", ctypes.c_ulong),
                ("ullTotalPhys", ctypes.c_ulonglong),
                ("ullAvailPhys", ctypes.c_ulonglong),
                ("ullTotalPageFile", ctypes.c_ulonglong),
                ("ullAvailPageFile", ctypes.c_ulonglong),
                ("ullTotalVirtual", ctypes.c_ulonglong),
                ("ullAvailVirtual", ctypes.c_ulonglong),
                ("ullAvailExtendedVirtual", ctypes.c_ulonglong),
            ]

        status = MemoryStatus()
        status.dwLength = ctypes.sizeof(MemoryStatus)
        if ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):
            return status.ullTotalPhys // 2**20, status.ullAvailPhys // 2**20
    return None, None


def _has_display() -> bool:
    if not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def check_data_dir(data_dir: Path) -> list[Check]:
    name = translate("Doctor", "Data folder")
    try:
        path = prepare_data_dir(data_dir, min_free=0)
    except SongpeiError as exc:
        return [
            Check(
                name,
                False,
                describe(exc),
                translate("Doctor", "Use --data-dir to choose a writable folder."),
            )
        ]
    checks = [Check(name, True, str(path))]
    free_mb = shutil.disk_usage(path).free // (1024 * 1024)
    disk = translate("Doctor", "Free disk space")
    if free_mb < MIN_FREE_MB:
        checks.append(
            Check(
                disk,
                False,
                f"{free_mb} MB",
                tr(
                    translate(
                        "Doctor", "Free at least %1 MB on this disk (delete or move old files)."
                    ),
                    str(MIN_FREE_MB),
                ),
            )
        )
    else:
        checks.append(Check(disk, True, f"{free_mb} MB"))
    if (path / "journal.db").exists():
        checks.append(check_journal(path))
    return checks


def check_journal(path: Path) -> Check:
    from sync.laptop.laptop import Laptop

    name = translate("Doctor", "Learning record (journal)")
    try:
        with Laptop.open(path) as laptop:
            problems = laptop.journal.check()
            count = laptop.journal.last_seq()
    except SongpeiError as exc:
        return Check(
            name, False, describe(exc), translate("Doctor", "Give the data folder to your trainer.")
        )
    if problems:
        return Check(
            name,
            False,
            tr(translate("Doctor", "%1 problems in the hash chain"), str(len(problems))),
            translate("Doctor", "Give the data folder to your trainer."),
        )
    return Check(name, True, tr(translate("Doctor", "%1 events, chain intact"), str(count)))


def run_checks(data_dir: Path) -> list[Check]:
    return [
        check_vlc(),
        check_font(),
        *check_qt_platform(),
        *check_memory(),
        *check_data_dir(data_dir),
    ]


def report(checks: list[Check], out=sys.stdout) -> int:
    print(translate("Doctor", "Songpei self-check"), file=out)
    for c in checks:
        mark = "✔" if c.ok else "✘"
        print(f"  {mark} {c.name}: {c.detail}", file=out)
        if not c.ok:
            print("      " + tr(translate("Doctor", "Fix: %1"), c.fix), file=out)
    bad = sum(not c.ok for c in checks)
    if bad:
        print(tr(translate("Doctor", "%1 problems found."), str(bad)), file=out)
        return 1
    print(translate("Doctor", "All is well."), file=out)
    return 0
