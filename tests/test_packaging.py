"""The installers' sources, checked where they cannot be built (Windows) and in parts where
they can (the .deb's computed dependencies, the desktop file, the libvlc plugin set)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

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
    assert (ISS.parent / s["SetupIconFile"].replace("\\", "/")).resolve() == ROOT / "packaging" / "icons" / "songpei.ico"
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
    from sync import datadir

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
    for folder, name in [("demux", "libasf_plugin.so"), ("demux", "libavformat_plugin.so"),
                         ("demux", "libps_plugin.so"), ("codec", "libavcodec_plugin.so"),
                         ("video_output", "libxcb_x11_plugin.so"), ("audio_output", "libpulse_plugin.so")]:
        assert (folder, name) in kept  # WMV, FLV/RMVB, MPEG-PS (VCD), every codec, X11, sound
    every = sum(1 for _ in DEBIAN_PLUGINS.rglob("*_plugin.so"))
    assert len(kept) < every / 2
    assert not any(folder in KEEP for folder in ("access_output", "stream_out", "services_discovery"))


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

    for src in ("Sign in", "Records to send to the county: %1.", "&Open %(prog)s <b>now</b>",
                "Songpei met an unexpected problem: %1. Details were written to %2."):
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

    from app.i18n_build import TS_FILES, _tool

    ts = tmp_path / "songpei_pseudo.ts"
    count = make_ts(TS_FILES[0], ts)
    assert count > 500
    qm = tmp_path / "songpei_pseudo.qm"
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    t = QTranslator()
    assert t.load(str(qm))
    assert t.translate("Doctor", "All is well.") == "[Áll îš wéll. ···]"
