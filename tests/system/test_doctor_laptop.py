"""What `songpei doctor` says about an old laptop: a small screen, no OpenGL, little memory."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from app import doctor
from tests.support.paths import ROOT, SONGPEI


def probe(**over):
    return {
        "platform": "xcb",
        "width": 1366,
        "height": 768,
        "scale": 1.0,
        "gl": {"version": "3.3", "renderer": "Mesa Intel(R) HD Graphics 3000", "detail": ""},
        **over,
    }


def test_a_1366_by_768_screen_passes_a_smaller_one_is_named(qapp):
    assert doctor._screen_check(probe()).ok
    small = doctor._screen_check(probe(width=1280, height=720, scale=1.25))
    assert not small.ok
    assert "1280×720 @1.25x" in small.detail and "1366×768" in small.fix


def test_no_opengl_or_opengl_1_points_at_software_drawing(qapp):
    assert doctor._gl_check(probe()).ok
    for gl in (None, {"version": "1.4", "renderer": "GDI Generic", "detail": ""}):
        c = doctor._gl_check(probe(gl=gl))
        assert not c.ok and "--software-gl" in c.fix


def test_memory_is_read_from_this_machine(qapp):
    total, free = doctor._memory_mb()
    if total is None:
        pytest.skip("no memory figures on this system")
    assert 0 < free <= total
    (check,) = doctor.check_memory()
    assert str(total) in check.detail


@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="needs Xvfb")
def test_doctor_on_a_netbook_screen(tmp_path):
    env = dict(os.environ, SONGPEI_LANG="zh_CN")
    env.pop("QT_QPA_PLATFORM", None)
    r = subprocess.run(
        [
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1024x600x24",
            *SONGPEI,
            "doctor",
            "--data-dir",
            str(tmp_path / "d"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    assert r.returncode == 1, r.stdout + r.stderr
    assert "✘ 屏幕分辨率: 1024×600 小于 1366×768" in r.stdout
    assert "✔ OpenGL（显卡驱动）" in r.stdout  # Xvfb's Mesa renders on the CPU
    assert "请把显示分辨率设为 1366×768 或更高" in r.stdout
