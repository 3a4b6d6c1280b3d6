"""Songpei writes only where it is told. Given --data-dir (and a hub file, an --out), a command
leaves the user's home folder as it found it. Real commands in real processes whose HOME is an
empty folder, with no XDG folder set, so that anything falling back on a default in the home
folder (the data folder, settings, a marker, a cache) would land there."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import time

import pytest

from tests.support.county import TARGETS
from tests.support.paths import ROOT, SONGPEI
from tests.support.questions import XML_BANK


@pytest.fixture
def home(tmp_path):
    """The empty home folder, and the environment a command runs in."""
    folder = tmp_path / "home"
    folder.mkdir()
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = dict(os.environ, HOME=str(folder), SONGPEI_LANG="zh_CN")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env.pop(var, None)  # their defaults lie in HOME: the folder watched
    # A desktop session always sets this; without it PulseAudio's client (loaded by libvlc)
    # links its runtime folder from HOME/.config/pulse. That is the sound system, not Songpei.
    env["XDG_RUNTIME_DIR"] = str(runtime)
    return folder, env


def run(env, *args, timeout=180):
    r = subprocess.run(
        [*SONGPEI, *map(str, args)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert r.returncode == 0, (args, r.stdout, r.stderr)
    return r


def written(folder):
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_learning_record_commands_write_only_in_the_data_folder(home, tmp_path):
    folder, env = home
    data = tmp_path / "data"
    run(env, "simulate", "--data-dir", data, "--teachers", "2", "--days", "3")
    assert "哈希链完整" in run(env, "verify", "--data-dir", data).stdout
    assert "一切正常" in run(env, "doctor", "--data-dir", data).stdout  # libvlc and Qt loaded

    from sync.demo.simulate import DEMO_PIN
    from sync.laptop.laptop import Laptop

    with Laptop.open(data) as laptop:
        teacher = laptop.teachers.all()[0]
    pdf = tmp_path / "证明.pdf"
    pin = tmp_path / "pin"
    pin.write_text(DEMO_PIN)
    run(
        env,
        "transcript",
        "--data-dir",
        data,
        "--teacher",
        teacher.id,
        "--out",
        pdf,
        "--pin-file",
        pin,
    )
    assert pdf.read_bytes().startswith(b"%PDF")
    run(env, "questions", "check", XML_BANK)
    assert written(folder) == []
    assert (data / "journal.db").exists()


def test_county_commands_write_only_the_hub_and_keys(home, tmp_path):
    folder, env = home
    pw = tmp_path / "pw"
    pw.write_text("county passphrase\n", encoding="utf-8")
    run(env, "keys", "new", "--role", "county", "--out", tmp_path, "--passphrase-file", pw)
    hub = tmp_path / "hub.db"
    run(env, "hub", "init", hub, "--county-key", tmp_path / "county.key", "--passphrase-file", pw)
    assert "10 个区县" in run(env, "hub", "targets", hub, TARGETS).stdout
    run(env, "hub", "report", hub, "--out", tmp_path / "学时.csv")
    assert written(folder) == []
    assert hub.exists() and (tmp_path / "学时.csv").exists()


def test_the_self_test_writes_nothing_into_home(home, demo_pack):
    folder, env = home
    env = dict(env, SONGPEI_DEMO_PACK=str(demo_pack.parent))
    assert "全部 6 项检查通过" in run(env, "--self-test").stdout
    assert written(folder) == []


def test_the_demo_window_writes_only_in_the_folder_it_is_given(home, demo_pack, tmp_path):
    """The desktop app on the demo profile, up to its first paint: the demo pack installed,
    simulated teachers written, the graphics marker set, all beside or in --data-dir."""
    folder, env = home
    env = dict(
        env,
        SONGPEI_DEMO_PACK=str(demo_pack.parent),
        SONGPEI_REPORT_PAINT="1",
        QT_QPA_PLATFORM="offscreen",
    )
    data = tmp_path / "demo"
    errors = tmp_path / "stderr.txt"
    with open(errors, "wb") as err:  # a file, not a pipe: a chatty stderr cannot block it
        proc = subprocess.Popen(
            [*SONGPEI, "demo", "--data-dir", str(data)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
            start_new_session=True,
        )
    try:
        painted = False
        deadline = time.monotonic() + 300  # a guard against a hang, not a timing
        while time.monotonic() < deadline and not painted:
            # wait with a timeout: a window that never paints must fail the test, not hang it
            if not select.select([proc.stdout], [], [], 1.0)[0]:
                continue
            line = proc.stdout.readline()
            if not line:
                break
            painted = line.startswith("first-paint")
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
    assert painted, (
        proc.returncode,
        errors.read_text(encoding="utf-8", errors="replace"),
        written(tmp_path),
    )
    assert (data / "journal.db").exists()
    assert written(folder) == []
