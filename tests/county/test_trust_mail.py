"""Key rotation and county revocation lists, as a laptop receives them on the drive."""

from __future__ import annotations

import pytest

from content.keys import generate
from content.trust_mail import TrustMailRefused, revocation, rotation
from sync.base import library
from sync.base.drive import Drive
from sync.laptop.station import run
from tests.support.cli import songpei
from tests.support.county import COUNTY
from tests.support.packs import PUBLISHER, built_pack, copy_pack


def test_a_rotated_county_key_becomes_the_one_bundles_go_to(laptop):
    laptop.add_trust(COUNTY.public)
    new = generate("county", "岳池县（2027 年起）")
    laptop.apply_trust_mail(rotation(COUNTY, new.public, 1), "rot.json")
    assert laptop.trust().county_key() == new.public
    stranger = generate("county", "冒充的县")
    forged = rotation(stranger, generate("county", "x").public, 2)
    with pytest.raises(TrustMailRefused) as info:
        laptop.apply_trust_mail(forged, "forged.json")
    assert info.value.args_["reason"] == "untrusted-signer"


def test_a_revoked_publisher_cannot_install_and_old_lists_cannot_undo(laptop, tmp_path):
    laptop.add_trust(COUNTY.public)
    laptop.add_trust(PUBLISHER.public)
    drive = tmp_path / "usb"
    copy_pack(built_pack(tmp_path), Drive(drive).ensure().packs)
    trust_dir = Drive(drive).base / "trust"
    trust_dir.mkdir()
    (trust_dir / "revoked-0002.json").write_bytes(
        revocation(COUNTY, 2, [PUBLISHER.public.key_id], 5)
    )
    out = run(laptop, drive)
    assert library.installed(laptop.data_dir) == [] and out.problems
    assert PUBLISHER.public.key_id in laptop.trust().revoked
    with pytest.raises(TrustMailRefused) as info:
        laptop.apply_trust_mail(revocation(COUNTY, 1, [], 6), "old.json")
    assert info.value.args_["reason"] == "older-list"
    with pytest.raises(TrustMailRefused):  # a publisher cannot revoke anything
        laptop.apply_trust_mail(revocation(generate("publisher", "p"), 9, [], 7), "p.json")


def test_the_commands(tmp_path, laptop):
    pw = tmp_path / "pw"
    pw.write_text("county passphrase\n")
    for role in ("county",):
        assert (
            songpei(
                "keys", "new", "--role", role, "--out", tmp_path / "old", "--passphrase-file", pw
            ).returncode
            == 0
        )
        assert (
            songpei(
                "keys", "new", "--role", role, "--out", tmp_path / "new", "--passphrase-file", pw
            ).returncode
            == 0
        )
    data = laptop.data_dir
    laptop.close()
    assert (
        songpei("trust", "add", tmp_path / "old" / "county.pub", "--data-dir", data).returncode == 0
    )
    r = songpei(
        "keys",
        "rotate",
        "--old",
        tmp_path / "old" / "county.key",
        "--new",
        tmp_path / "new" / "county.pub",
        "--out",
        tmp_path / "rot.json",
        "--passphrase-file",
        pw,
    )
    assert r.returncode == 0, r.stderr
    applied = songpei("trust", "add", tmp_path / "rot.json", "--data-dir", data)
    assert applied.returncode == 0 and "2 个受信任" in applied.stdout
    r = songpei(
        "keys",
        "revoke",
        "--county-key",
        tmp_path / "new" / "county.key",
        "--serial",
        "1",
        "--out",
        tmp_path / "rev.json",
        "publisher-abc",
        "--passphrase-file",
        pw,
    )
    assert r.returncode == 0
    assert "1 个已吊销" in songpei("trust", "add", tmp_path / "rev.json", "--data-dir", data).stdout
    again = songpei("trust", "add", tmp_path / "rev.json", "--data-dir", data)
    assert again.returncode == 1 and "已经采用了更新的吊销列表" in again.stderr
