"""The installers' sources, checked where they cannot be built (Windows) and in parts where
they can (the .deb's computed dependencies, the desktop file, the libvlc plugin set)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.paths import ROOT

sys.path.insert(0, str(ROOT / "packaging"))
ISS = ROOT / "packaging" / "windows" / "songpei.iss"


def iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    for line in ISS.read_text(encoding="utf-8-sig").splitlines():
        m = re.match(r"^\[(\w+)\]\s*$", line)
        if m:
            current = m.group(1)
            sections.setdefault(current, [])
        elif current and line.strip() and not line.startswith(";"):
            sections[current].append(line)
    return sections


def setup_values() -> dict[str, str]:
    return dict(line.split("=", 1) for line in iss_sections()["Setup"])


def test_windows_installer_is_per_user_offline_and_refuses_old_windows():
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Inno Setup needs the BOM to read UTF-8"
    s = setup_values()
    assert s["PrivilegesRequired"] == "lowest"
    assert s["MinVersion"] == "10.0.17763"
    assert s["ArchitecturesAllowed"] == "x64compatible"
    assert s["DefaultDirName"] == r"{autopf}\Songpei"
    assert (
        ISS.parent / s["SetupIconFile"].replace("\\", "/")
    ).resolve() == ROOT / "packaging" / "icons" / "songpei.ico"
    sec = iss_sections()
    assert any("ChineseSimplified.isl" in line for line in sec["Languages"])
    messages = dict(line.split("=", 1) for line in sec["Messages"])
    for key in ("WinVersionTooLowError", "OnlyOnTheseArchitectures"):
        assert "64 位" in messages[key] and "Windows 10（1809 版" in messages[key]
    (files,) = sec["Files"]
    assert r'Source: "..\..\dist\songpei\*"' in files and "recursesubdirs" in files


def test_windows_installer_code_block_is_well_formed_and_speaks_chinese():
    code = "\n".join(iss_sections()["Code"])
    body = re.sub(r"\{[^}]*\}|'[^']*'", "", code)  # comments and strings out
    words = re.findall(r"\b(begin|end)\b", body, re.I)
    opens = sum(1 for w in words if w.lower() == "begin")
    closes = sum(1 for w in words if w.lower() == "end")
    assert opens == closes and opens >= 3
    assert "function InitializeSetup(): Boolean;" in code
    assert "17763" in code and "IsWin64" in code and "Result := False" in code
    assert "Windows 7 和 Windows 8 无法运行" in code


def test_uninstall_keeps_the_teachers_records(monkeypatch, tmp_path):
    """The data folder is %LOCALAPPDATA%\\Songpei, the program %LOCALAPPDATA%\\Programs\\Songpei
    ({autopf} for a per-user install), and nothing tells the uninstaller to delete data."""
    from sync.base import datadir

    monkeypatch.setattr(datadir.sys, "platform", "win32")
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path))
    data = datadir.default_data_dir()
    program = tmp_path / "Programs" / "Songpei"
    assert data == tmp_path / "Songpei"
    assert program not in data.parents and data not in program.parents
    assert "UninstallDelete" not in iss_sections()


def test_the_plugin_set_keeps_what_plays_the_courseware():
    from vlc_plugins import DEBIAN_PLUGINS, KEEP, kept_plugins, missing_essentials

    if not DEBIAN_PLUGINS.is_dir():
        pytest.skip("no Debian libvlc plugins here")
    assert missing_essentials() == []
    kept = {(folder, p.name) for p, folder in kept_plugins()}
    for folder, name in [
        ("demux", "libasf_plugin.so"),
        ("demux", "libavformat_plugin.so"),
        ("demux", "libps_plugin.so"),
        ("codec", "libavcodec_plugin.so"),
        ("video_output", "libxcb_x11_plugin.so"),
        ("audio_output", "libpulse_plugin.so"),
    ]:
        assert (folder, name) in kept  # WMV, FLV/RMVB, MPEG-PS (VCD), every codec, X11, sound
    every = sum(1 for _ in DEBIAN_PLUGINS.rglob("*_plugin.so"))
    assert len(kept) < every / 2
    assert not any(
        folder in KEEP for folder in ("access_output", "stream_out", "services_discovery")
    )


@pytest.mark.skipif(not shutil.which("dpkg"), reason="needs dpkg")
def test_deb_depends_are_what_the_bundle_leaves_out(tmp_path):
    import importlib

    build_deb = importlib.import_module("deb.build_deb")
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    vlccore = Path("/usr/lib/x86_64-linux-gnu/libvlccore.so.9")
    if not vlccore.exists():
        pytest.skip("no libvlccore here")
    shutil.copy(vlccore, bundle / "libvlccore.so.9")
    deps, unresolved = build_deb.depends(bundle)
    assert unresolved == []
    assert deps[0].startswith("libc6 (>= 2.")
    assert "libidn12" in deps or any(d.startswith("libidn") for d in deps)  # libvlccore needs it
    assert "libzbar0" in deps  # opened by name at run time (certificates), listed by hand
    # Once the bundle holds a library, it is no longer a dependency.
    needed_sonames = build_deb.needed(bundle / "libvlccore.so.9")
    assert "libidn.so.12" in needed_sonames or any(s.startswith("libidn") for s in needed_sonames)


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="needs desktop-file-utils")
def test_desktop_file_is_valid_and_chinese(tmp_path):
    import importlib

    build_deb = importlib.import_module("deb.build_deb")
    f = tmp_path / "songpei.desktop"
    f.write_text(build_deb.DESKTOP, encoding="utf-8")
    r = subprocess.run(["desktop-file-validate", str(f)], capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout == "", r.stdout
    assert "Name[zh_CN]=送培" in build_deb.DESKTOP


def test_pseudo_locale_is_longer_accented_and_keeps_placeholders():
    from pseudo_ts import KEEP, pseudo

    for src in (
        "Sign in",
        "Records to send to the county: %1.",
        "&Open %(prog)s <b>now</b>",
        "Songpei met an unexpected problem: %1. Details were written to %2.",
    ):
        out = pseudo(src)
        # the text a person sees grows by 40 % or more; placeholders and tags stay as they are
        assert len(KEEP.sub("", out)) >= 1.4 * len(KEEP.sub("", src))
        for token in re.findall(r"%\d|%\([a-z]+\)s|<b>|</b>", src):
            assert token in out
        assert out.startswith("[") and out.endswith("]")
    assert "ñ" in pseudo("Sign in")
    assert pseudo("&Open").startswith("[&")  # the keyboard mnemonic stays a mnemonic


def test_pseudo_locale_translates_every_string(tmp_path, qapp):
    from pseudo_ts import make_ts
    from PySide6.QtCore import QTranslator

    from app.i18n.build import TS_FILES, _tool

    ts = tmp_path / "songpei_pseudo.ts"
    count = make_ts(TS_FILES[0], ts)
    assert count > 500
    qm = tmp_path / "songpei_pseudo.qm"
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    t = QTranslator()
    assert t.load(str(qm))
    assert t.translate("Doctor", "All is well.") == "[Áll îš wéll. ···]"


def pyproject() -> dict:
    tomllib = pytest.importorskip("tomllib", reason="Python 3.11")
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="needs appstream")
def test_appstream_metadata_is_valid_and_names_the_desktop_file():
    import importlib
    import xml.etree.ElementTree as ET

    build_deb = importlib.import_module("deb.build_deb")
    r = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(build_deb.METAINFO)],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0 and not re.search(r"^[EW]:", r.stdout, re.M), r.stdout
    root = ET.parse(build_deb.METAINFO).getroot()
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert (
        root.findtext("id")
        == build_deb.APP_ID
        == build_deb.METAINFO.name.removesuffix(".metainfo.xml")
    )
    assert root.findtext("launchable[@type='desktop-id']") == f"{build_deb.APP_ID}.desktop"
    assert f"Icon={root.findtext('icon')}\n" in build_deb.DESKTOP
    project = pyproject()["project"]
    assert root.findtext("project_license") == project["license"]
    assert root.find("releases/release").get("version") == project["version"]
    assert {n.get(lang): n.text for n in root.findall("name")} == {None: "Songpei", "zh_CN": "送培"}
    assert any(s.get(lang) == "zh_CN" for s in root.findall("summary"))
    assert any(p.get(lang) == "zh_CN" and "离线" in p.text for p in root.findall("description/p"))
    assert root.find("content_rating").get("type") == "oars-1.1"


def load_render_icons():
    import importlib.util

    path = ROOT / "packaging" / "icons" / "render_icons.py"
    spec = importlib.util.spec_from_file_location("render_icons", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_icons_are_the_svg_rendered_at_every_size(qapp):
    """The committed PNGs and the .ico are what render_icons.py makes from songpei.svg now."""
    import struct

    from PySide6.QtGui import QColor, QImage
    from PySide6.QtSvg import QSvgRenderer

    icons = load_render_icons()
    renderer = QSvgRenderer(str(icons.SVG))
    assert renderer.isValid()
    for size in icons.SIZES:
        committed = QImage(str(icons.png_path(size)))
        fresh = QImage.fromData(icons.render(renderer, size))
        assert committed.size() == fresh.size() and committed.width() == size
        worst = max(
            abs(QColor(committed.pixel(x, y)).red() - QColor(fresh.pixel(x, y)).red())
            + abs(QColor(committed.pixel(x, y)).alpha() - QColor(fresh.pixel(x, y)).alpha())
            for x in range(size)
            for y in range(size)
        )
        assert worst <= 24, f"songpei-{size}.png is not the SVG's rendering: run render_icons.py"
    ico = (icons.HERE / "songpei.ico").read_bytes()
    _, kind, count = struct.unpack_from("<HHH", ico)
    assert kind == 1 and count == len(icons.ICO_SIZES)
    for i, size in enumerate(icons.ICO_SIZES):
        side, _, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", ico, 6 + 16 * i)
        image = QImage.fromData(ico[offset : offset + length])
        assert (side or 256) == size and image.width() == image.height() == size


@pytest.mark.skipif(not shutil.which("dpkg-deb"), reason="needs dpkg")
def test_deb_installs_the_desktop_file_metadata_and_icons(tmp_path, qapp):
    import importlib

    from PySide6.QtGui import QImage

    build_deb = importlib.import_module("deb.build_deb")
    bundle = tmp_path / "songpei"
    bundle.mkdir()
    (bundle / "songpei").write_text("#!/bin/sh\necho songpei\n")
    (bundle / "songpei").chmod(0o755)
    deb = build_deb.build(bundle, tmp_path / "out", "0.1.0")
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    share = root / "usr" / "share"
    app_id = build_deb.APP_ID
    assert (share / "applications" / f"{app_id}.desktop").read_text(
        encoding="utf-8"
    ) == build_deb.DESKTOP
    assert (
        share / "metainfo" / f"{app_id}.metainfo.xml"
    ).read_bytes() == build_deb.METAINFO.read_bytes()
    for size in (16, 24, 32, 48, 64, 128, 256):
        png = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "songpei.png"
        image = QImage(str(png))
        assert image.width() == image.height() == size, png
    svg = share / "icons" / "hicolor" / "scalable" / "apps" / "songpei.svg"
    assert svg.read_bytes() == (ROOT / "packaging" / "icons" / "songpei.svg").read_bytes()


def test_windows_version_info_carries_the_pyproject_version(tmp_path, monkeypatch):
    """The spec writes this file for EXE(version=...); PyInstaller's own reader must take it."""
    pytest.importorskip("pefile", reason="PyInstaller's version-info module imports pefile")
    import PyInstaller.compat
    from windows.version_info import version_file

    monkeypatch.setattr(PyInstaller.compat, "win32api", None, raising=False)  # Windows-only
    from PyInstaller.utils.win32.versioninfo import load_version_info_from_text_file

    version = pyproject()["project"]["version"]
    path = tmp_path / "songpei-version.txt"
    path.write_text(version_file(version, "songpei.exe"), encoding="utf-8")
    info = load_version_info_from_text_file(str(path))
    major, minor, patch = (int(n) for n in version.split("."))
    assert (info.ffi.fileVersionMS, info.ffi.fileVersionLS) == (major << 16 | minor, patch << 16)
    assert info.ffi.productVersionMS == info.ffi.fileVersionMS
    (table,) = info.kids[0].kids
    strings = {s.name: s.val for s in table.kids}
    assert strings["FileVersion"] == strings["ProductVersion"] == version
    assert strings["ProductName"] == strings["CompanyName"] == "送培 Songpei"
    assert (
        strings["OriginalFilename"] == "songpei.exe"
        and "Songpei developers" in strings["LegalCopyright"]
    )
    assert strings["FileDescription"].startswith("送培")
    assert f'#define AppVersion "{version}"' in ISS.read_text(encoding="utf-8-sig")
