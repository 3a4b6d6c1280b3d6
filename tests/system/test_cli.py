"""The command line as a trainer or a technician drives it: real processes, real files."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess

import pytest

from sync.base import device
from sync.base.errors import DiskFull
from sync.laptop.journal import Journal
from tests.support.cli import mounted_tmpfs, songpei


def test_help_in_chinese_and_english():
    zh = songpei("--help")
    assert zh.returncode == 0
    assert "用法：songpei" in zh.stdout and "检查本机能否运行送培" in zh.stdout
    en = songpei("--help", lang="en")
    assert "usage: songpei" in en.stdout and "check that this computer can run Songpei" in en.stdout
    sim = songpei("simulate", "--help")
    assert "--data-dir" in sim.stdout and "教师人数" in sim.stdout


def test_bad_argument_is_explained_in_chinese(tmp_path):
    r = songpei("simulate", "--data-dir", tmp_path, "--teachers", "十")
    assert r.returncode == 2
    assert "无效的 int 值：'十'" in r.stderr
    assert "Traceback" not in r.stderr


def test_doctor_passes_on_a_set_up_machine(tmp_path):
    r = songpei("doctor", "--data-dir", tmp_path / "d")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "一切正常" in r.stdout and "✘" not in r.stdout


def test_doctor_names_the_fix_when_libvlc_is_missing(tmp_path):
    # python-vlc honours this variable; a path that is not there is a machine without libvlc.
    r = songpei(
        "doctor",
        "--data-dir",
        tmp_path / "d",
        env={"PYTHON_VLC_LIB_PATH": str(tmp_path / "no" / "libvlc.so.5")},
    )
    assert r.returncode == 1
    assert "✘ 视频播放组件（libvlc）" in r.stdout
    assert (
        "sudo apt-get install libvlc5 libvlc-bin vlc-plugin-base vlc-plugin-video-output"
        in r.stdout
    )


def test_simulate_then_verify_then_tamper(tmp_path):
    data = tmp_path / "d"
    r = songpei("simulate", "--data-dir", data, "--teachers", "2", "--days", "10", "--seed", "3")
    assert r.returncode == 0, r.stderr
    assert "已模拟 2 位教师" in r.stdout
    ok = songpei("verify", "--data-dir", data)
    assert ok.returncode == 0 and "学习记录完好" in ok.stdout
    c = sqlite3.connect(data / "journal.db")
    c.execute("DROP TRIGGER events_are_append_only_update")
    c.execute(
        "UPDATE events SET payload = replace(payload, 'active_seconds\":', "
        "'active_seconds\":9') WHERE type='lesson.session' AND seq=(SELECT min(seq) FROM "
        "events WHERE type='lesson.session')"
    )
    c.commit()
    c.close()
    bad = songpei("verify", "--data-dir", data)
    assert bad.returncode == 1
    assert "写入后内容被改动过" in bad.stdout


def test_read_only_data_folder(tmp_path):
    with mounted_tmpfs(tmp_path / "ro", "ro,size=4m") as ro:
        r = songpei("simulate", "--data-dir", ro / "songpei", "--teachers", "1", "--days", "1")
        assert r.returncode == 1
        assert "无法使用数据文件夹" in r.stderr and str(ro / "songpei") in r.stderr
        assert "Traceback" not in r.stderr
        assert list(ro.iterdir()) == []


def test_full_disk_is_refused_before_writing(tmp_path):
    with mounted_tmpfs(tmp_path / "tiny", "size=2m") as tiny:
        r = songpei("simulate", "--data-dir", tiny / "songpei", "--teachers", "1", "--days", "1")
        assert r.returncode == 1
        assert "磁盘已满" in r.stderr and "Traceback" not in r.stderr
        assert not (tiny / "songpei" / "journal.db").exists()


def test_disk_filling_up_mid_write_loses_nothing_committed(tmp_path):
    with mounted_tmpfs(tmp_path / "small", "size=3m") as small:
        j = Journal(small, device.load_or_create(small))
        written = 0
        with pytest.raises(DiskFull):
            for i in range(10_000):
                j.append("t-1", "lesson.session", {"i": i, "pad": "字" * 4000})
                written += 1
        j.close()
        subprocess.run(["mount", "-o", "remount,size=64m", str(small)], check=True)
        j = Journal(small, device.load_or_create(small))
        try:
            assert j.check() == []
            assert j.last_seq() == written
            assert j.append("t-1", "after", {}).seq == written + 1
        finally:
            j.close()


def test_a_nearly_full_laptop_still_verifies_exports_and_prints_a_transcript(tmp_path):
    """The data folder on a real 24 MB file system: under the 64 MB margin that guards
    writing lessons and packs, but the record can still be checked, sent and printed."""
    from sync.demo.simulate import DEMO_PIN, simulate
    from sync.laptop.laptop import Laptop
    from tests.support.county import COUNTY

    with Laptop.open(tmp_path / "made") as lp:
        simulate(lp, teachers=1, days=5, seed=3)
        lp.add_trust(COUNTY.public)
        teacher = lp.teachers.all()[0]
    with mounted_tmpfs(tmp_path / "disk", "size=24m") as disk:
        data = disk / "songpei"
        shutil.copytree(tmp_path / "made", data)
        pin = tmp_path / "pin"
        pin.write_text(DEMO_PIN)
        r = songpei("verify", "--data-dir", data)
        assert r.returncode == 0 and "哈希链完整" in r.stdout, r.stderr
        r = songpei("export", "--data-dir", data, "--to", tmp_path / "usb")
        assert r.returncode == 0, r.stderr
        assert list((tmp_path / "usb").rglob("*.spb"))
        out = tmp_path / "学时证明.pdf"
        r = songpei(
            "transcript",
            "--data-dir",
            data,
            "--teacher",
            teacher.id,
            "--out",
            out,
            "--pin-file",
            pin,
        )
        assert r.returncode == 0, r.stderr
        assert out.read_bytes().startswith(b"%PDF")
        # Writing to the laptop's own disk still keeps the margin.
        r = songpei("simulate", "--data-dir", data, "--teachers", "1", "--days", "1")
        assert r.returncode == 1 and "磁盘已满" in r.stderr and "Traceback" not in r.stderr
