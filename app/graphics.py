"""Software OpenGL for old laptops whose graphics driver crashes or lacks OpenGL 2.

Three ways in, checked before the QApplication exists (Qt reads the settings only then):
- `songpei --software-gl` (or SONGPEI_SOFTWARE_GL=1) for one start;
- a file `<data folder>.software-gl` beside the data folder (e.g. ~/.local/share/songpei.software-gl,
  %LOCALAPPDATA%\\Songpei.software-gl), which keeps it on for good;
- automatically: the app leaves `<data folder>.gui-starting` until its window has painted. If
  that file is still there at the next start, the last start died before painting (the usual
  way a bad driver fails), so this start uses software OpenGL and writes the `.software-gl`
  file. Deleting that file goes back to the driver. Only a window command whose arguments
  parsed, once its QApplication exists, writes the marker (app.cli): help, --version or a
  mistyped command never do, nor does a start without a display.
The files sit beside the data folder, not in it: they exist before the folder does, and the
demo profile refuses a folder holding files it did not write.

What "software" means per system: on Windows Qt loads opengl32sw.dll (Mesa llvmpipe, shipped in
the package) via Qt.AA_UseSoftwareOpenGL / QT_OPENGL=software. On Linux Mesa renders on the CPU
(LIBGL_ALWAYS_SOFTWARE) and Qt's xcb plugin does not touch GLX/EGL at all
(QT_XCB_GL_INTEGRATION=none): the widgets never needed OpenGL, and libvlc draws through X11."""

from __future__ import annotations

import os
import sys
from pathlib import Path

FLAG = "--software-gl"


def starting_file(data_dir: Path) -> Path:
    data_dir = Path(data_dir).expanduser().absolute()
    return data_dir.with_name(data_dir.name + ".gui-starting")


def sticky_file(data_dir: Path) -> Path:
    data_dir = Path(data_dir).expanduser().absolute()
    return data_dir.with_name(data_dir.name + ".software-gl")


def wanted(argv: list[str], data_dir: Path) -> str | None:
    """Why this start should use software OpenGL ("flag", "setting", "crash"), or None."""
    if FLAG in argv or os.environ.get("SONGPEI_SOFTWARE_GL") == "1":
        return "flag"
    if sticky_file(data_dir).exists():
        return "setting"
    if starting_file(data_dir).exists():
        try:
            sticky_file(data_dir).write_text(
                "the previous start died before its window painted\n", encoding="utf-8"
            )
        except OSError:
            pass  # still use software OpenGL for this start
        return "crash"
    return None


def use_software_gl() -> None:
    """Switch Qt (and Mesa, for libvlc) to CPU rendering; call before QApplication()."""
    from PySide6.QtCore import QCoreApplication, Qt

    os.environ["QT_OPENGL"] = "software"
    if sys.platform.startswith("linux"):
        os.environ["LIBGL_ALWAYS_SOFTWARE"] = "1"
        os.environ["QT_XCB_GL_INTEGRATION"] = "none"
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_UseSoftwareOpenGL)


def mark_starting(data_dir: Path) -> None:
    try:
        starting_file(data_dir).parent.mkdir(parents=True, exist_ok=True)
        starting_file(data_dir).write_text(str(os.getpid()), encoding="utf-8")
    except OSError:
        pass  # a read-only data folder is reported elsewhere; no crash detection then


def mark_started(data_dir: Path) -> None:
    try:
        starting_file(data_dir).unlink()
    except OSError:
        pass
