"""`songpei --self-test` as CI and a technician run it: a real process, real libvlc, real PDF."""

from __future__ import annotations

import json
import os
import subprocess

from tests.support.paths import ROOT, SONGPEI


def self_test(demo_pack, lang="en", env=None):
    e = dict(os.environ, SONGPEI_DEMO_PACK=str(demo_pack.parent), **(env or {}))
    e.pop("QT_QPA_PLATFORM", None)  # it must go offscreen by itself
    return subprocess.run(
        [*SONGPEI, "--self-test", "--lang", lang],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=e,
        timeout=180,
    )


def test_every_check_passes_in_the_source_tree(demo_pack):
    r = self_test(demo_pack)
    assert r.returncode == 0, r.stdout + r.stderr
    lines = r.stdout.splitlines()
    assert sum(line.startswith("  ✔") for line in lines) == 6, r.stdout
    assert (
        "Video (libvlc, dummy output): libvlc 3." in r.stdout
        and ": Playing, time advanced" in r.stdout
    )
    assert "WenQuanYiMicroHei embedded" in r.stdout
    listed = len(json.loads((demo_pack / "manifest.json").read_text(encoding="utf-8"))["files"])
    assert f"signature and {listed} files verified" in r.stdout
    assert "Traceback" not in r.stderr


def test_speaks_chinese_by_default(demo_pack):
    r = self_test(demo_pack, lang="zh_CN")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "安装自检" in r.stdout and "全部 6 项检查通过" in r.stdout


def test_a_missing_libvlc_fails_the_video_check_and_only_it(demo_pack, tmp_path):
    r = self_test(demo_pack, env={"PYTHON_VLC_LIB_PATH": str(tmp_path / "libvlc.so.5")})
    assert r.returncode == 1
    assert "✘ Video (libvlc, dummy output): libvlc did not load" in r.stdout
    assert r.stdout.count("✔") == 5
    assert "Failed: Video (libvlc, dummy output)" in r.stdout


def test_a_clip_that_does_not_decode_names_the_step(tmp_path, qapp):
    from app.selftest import CheckFailed, check_video

    bad = tmp_path / "broken.mp4"
    bad.write_bytes(b"\x00\x00\x00\x18ftypmp42" + os.urandom(4000))
    try:
        check_video(bad)
    except CheckFailed as exc:
        assert "broken.mp4" in str(exc) or "did not advance" in str(exc)
    else:
        raise AssertionError("a clip of random bytes played")


def test_without_the_demo_pack_that_check_says_so(tmp_path, qapp, monkeypatch):
    from app import demo, selftest

    monkeypatch.setattr(demo, "demo_packs", lambda: [])  # a copy built without its demo pack
    try:
        selftest.check_demo_pack(tmp_path / "demo")
    except selftest.CheckFailed as exc:
        assert str(exc) == "the demo pack is not there"
    else:
        raise AssertionError("passed without a demo pack")


def test_a_tampered_demo_pack_fails_its_check(tmp_path, qapp, monkeypatch, demo_pack):
    import shutil

    from app import demo, selftest

    copy = tmp_path / demo_pack.name
    shutil.copytree(demo_pack, copy)
    victim = next(p for p in (copy / "files").rglob("*") if p.is_file())
    victim.write_bytes(victim.read_bytes() + b"!")
    monkeypatch.setattr(demo, "demo_packs", lambda: [copy])
    r = selftest._one("pack", lambda: selftest.check_demo_pack(tmp_path / "demo"))
    assert not r.ok and victim.name in r.detail
