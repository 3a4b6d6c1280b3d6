"""The demo profile teaches the real demo course, signed by a key only the demo trusts."""

from __future__ import annotations

import pytest

from app.demo import demo_publisher
from content.trust import NotTrustable
from sync.base import library
from sync.demo.simulate import ensure_demo_profile
from sync.laptop.laptop import Laptop
from tests.support.cli import songpei


def test_demo_profile_installs_the_demo_course(tmp_path, demo_pack):
    data = tmp_path / "demo"
    ensure_demo_profile(data, packs=[demo_pack], publisher=demo_publisher())
    lp = Laptop.open(data)
    try:
        assert [c.id for c in lp.catalog.courses] == ["a1", "a3", "a5"]
        assert [e.demo_only for e in lp.trust().entries] == [True]
        t = lp.teachers.all()[0]
        assert lp.progress(t.id).online_hours > 0  # the simulated study fits the real lessons
    finally:
        lp.close()


def test_a_real_laptop_refuses_the_demo_key_and_its_pack(tmp_path, demo_pack, laptop):
    with pytest.raises(NotTrustable):
        laptop.add_trust(demo_publisher())
    r = songpei(
        "trust", "add", "content/demo_pack/keys/demo-publisher.pub", "--data-dir", laptop.data_dir
    )
    assert r.returncode == 1 and "演示" in r.stderr
    r = songpei("pack", "install", demo_pack, "--data-dir", laptop.data_dir)
    assert r.returncode == 1 and "不受本机信任" in r.stderr
    assert library.installed(laptop.data_dir) == []
