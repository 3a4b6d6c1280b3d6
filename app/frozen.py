"""The packaged app (PyInstaller onedir): where its bundled parts are, and the environment that
makes python-vlc load the bundled libvlc and only its pruned plugin set.

Layout inside the bundle folder (sys._MEIPASS), made by packaging/songpei.spec:

    libvlc.so.5, libvlccore.so.9      (Windows: vlc/libvlc.dll, vlc/libvlccore.dll)
    vlc/plugins/**  + plugins.dat     the pruned plugins and their cache (vlc-cache-gen)
    app/translations/*.qm, app/selftest_clip.mp4
    app/bundled/fonts/wqy-microhei.ttc, app/bundled/demo-pack/   found by app.fonts, app.demo

libvlc looks for plugins in <folder of libvlccore>/vlc/plugins; VLC_PLUGIN_PATH names the same
folder, so a system VLC's plugins are never mixed in."""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path


def bundle_dir() -> Path | None:
    """The folder holding the bundled files, or None when running from the source tree."""
    base = getattr(sys, "_MEIPASS", None)
    return Path(base) if getattr(sys, "frozen", False) and base else None


def vlc_paths(base: Path) -> tuple[Path, Path]:
    """(libvlc library, plugin folder) inside a bundle."""
    if sys.platform == "win32":
        return base / "vlc" / "libvlc.dll", base / "vlc" / "plugins"
    return base / "libvlc.so.5", base / "vlc" / "plugins"


def prepare_environment() -> None:
    """Point python-vlc at the bundled libvlc; a no-op in the source tree or when the person
    already chose a libvlc with PYTHON_VLC_LIB_PATH."""
    base = bundle_dir()
    if base is None or "PYTHON_VLC_LIB_PATH" in os.environ:
        return
    lib, plugins = vlc_paths(base)
    if not lib.exists():
        return
    if sys.platform == "win32":
        os.add_dll_directory(str(lib.parent))  # libvlc.dll finds libvlccore.dll beside it
    else:
        # Load libvlccore first by its path, so libvlc's dependency resolves to ours even
        # where the loader's search path does not reach the bundle.
        ctypes.CDLL(str(base / "libvlccore.so.9"), mode=ctypes.RTLD_GLOBAL)
    os.environ["PYTHON_VLC_LIB_PATH"] = str(lib)
    os.environ["PYTHON_VLC_MODULE_PATH"] = str(plugins)
    os.environ["VLC_PLUGIN_PATH"] = str(plugins)
