"""Software OpenGL: when it is chosen, and that a start which died before painting turns it on."""

from __future__ import annotations

import os
import select
import shutil
import signal
import subprocess
import time

import pytest

from app import graphics
from sync.base import settings
from tests.support.paths import ROOT, SONGPEI


def test_a_normal_start_uses_the_driver(tmp_path):
    assert graphics.wanted([], tmp_path / "songpei") is None


def test_the_flag_is_for_one_start_only(tmp_path):
    data = tmp_path / "songpei"
    assert graphics.wanted(["gui", "--software-gl"], data) == "flag"
    assert not graphics.sticky_file(data).exists()
    assert graphics.wanted(["gui"], data) is None


def test_a_start_that_never_painted_switches_to_software_for_good(tmp_path):
    data = tmp_path / "songpei"
    graphics.mark_starting(data)  # ... and the process died here
    assert graphics.wanted(["gui"], data) == "crash"
    assert graphics.sticky_file(data) == tmp_path / "songpei.software-gl"
    graphics.mark_started(data)
    assert graphics.wanted(["gui"], data) == "setting"
    graphics.sticky_file(data).unlink()  # what the guide tells a technician to do
    assert graphics.wanted(["gui"], data) is None


def test_the_markers_stay_out_of_the_data_folder(tmp_path):
    data = tmp_path / "songpei-demo"
    graphics.mark_starting(data)
    assert not data.exists()  # the demo profile refuses a folder with files it did not write


@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="needs Xvfb")
def test_the_app_paints_with_software_gl_and_clears_its_marker(tmp_path):
    """A real start on an X server with --software-gl: the window paints, and from then on no
    "starting" marker is left (so the next start is not taken for a crash)."""
    data = tmp_path / "songpei"
    data.mkdir()
    settings.set_role(data, settings.LAPTOP)  # a school laptop: the first-start question is done
    env = dict(os.environ, SONGPEI_LANG="en", SONGPEI_REPORT_PAINT="1")
    env.pop("QT_QPA_PLATFORM", None)
    proc = subprocess.Popen(
        [
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1366x768x24",
            *SONGPEI,
            "gui",
            "--software-gl",
            "--data-dir",
            str(data),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    )
    try:
        painted = False
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            # wait with a timeout: a window that never paints (a dialog in front) must fail
            # the test, not hang it
            if not select.select([proc.stdout], [], [], 1.0)[0]:
                continue
            line = proc.stdout.readline()
            if not line:
                break
            if line.startswith("first-paint"):
                painted = True
                break
        assert painted, "the window never painted"
        time.sleep(0.5)
        assert proc.poll() is None  # still running, drawing in software
        assert not graphics.starting_file(data).exists()
        assert not graphics.sticky_file(data).exists()  # the flag does not stick
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
