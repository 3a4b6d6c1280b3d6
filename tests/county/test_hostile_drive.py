"""Nothing from a drive can harm the county, and one bad bundle does not block a drive.

A bundle signed by a laptop key the county never enrolled chooses its own trailer: a bundle id
such as `../..` or the hub's own folder, a field left out, a key of the wrong length, a record
that is not a JSON object. Everything here is real: laptops' journals, their device keys and
signatures, the county's encryption, a hub on disk, the command line. The forger writes with
the laptop's own bundle writer, only choosing the id and skipping the honest read-back."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import uuid
from pathlib import Path

import pytest

from content.keys import b64
from sync.base import bundle
from sync.base.bundle import event_members, read_trailer, write_bundle
from sync.base.confine import OutsideFolder, inside, remove
from sync.base.events import COLUMNS, canonical_json, event_hash
from sync.county.hub import Hub
from sync.demo.simulate import simulate
from sync.laptop.laptop import Laptop
from sync.laptop.outbox import export_bundle
from tests.support.cli import songpei
from tests.support.county import COUNTY


def journal_rows(laptop: Laptop) -> list[tuple]:
    with laptop.journal.reader() as c:
        return c.execute(f"SELECT {COLUMNS} FROM events ORDER BY seq").fetchall()


def a_laptop(folder: Path, seed: int) -> Laptop:
    lp = Laptop.open(folder)
    simulate(lp, teachers=1, days=2, seed=seed)
    lp.add_trust(COUNTY.public)
    return lp


class _ChosenId:
    """What the forger's uuid4 returns: the bundle id it wants (tmp names still unique)."""

    def __init__(self, text: str) -> None:
        self.text, self.hex = text, os.urandom(8).hex()

    def __str__(self) -> str:
        return self.text


def forge(
    laptop: Laptop,
    folder: Path,
    monkeypatch,
    bundle_id: str | None = None,
    rows: list[tuple] | None = None,
    drop: str | None = None,
    **info,
) -> list[Path]:
    """A bundle really encrypted to the county and signed by the laptop's device key, with a
    trailer as the forger chooses it: the bundle id, a field dropped, fields replaced."""
    rs = rows or journal_rows(laptop)
    info = {
        "seq_first": rs[0][0],
        "seq_last": rs[-1][0],
        "chain_prev": rs[0][9],
        "chain_last": rs[-1][10],
        "created_ms": 0,
    } | info
    folder.mkdir(parents=True, exist_ok=True)
    with monkeypatch.context() as m:
        if bundle_id is not None:
            m.setattr(bundle.uuid, "uuid4", lambda: _ChosenId(bundle_id))
        if drop:  # a trailer without the field: the writer's own dict, one key short
            m.setattr(
                bundle,
                "canonical_json",
                lambda v: canonical_json(
                    {k: x for k, x in v.items() if k != drop} if "chunks" in v else v
                ),
            )
        m.setattr(bundle, "read_bundle_parts", lambda *a, **k: iter(()))  # no read-back
        return write_bundle(
            folder,
            f"forged-{uuid.uuid4().hex[:6]}",
            laptop.journal.device,
            COUNTY.public.x25519,
            COUNTY.public.key_id,
            event_members(rs),
            info,
        ).paths


def snapshot(root: Path, skip: tuple[str, ...]) -> dict[str, str]:
    """Every folder and file under root (with a hash of each file's bytes), but for `skip`."""
    out = {}
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root).as_posix()
        if any(rel == s or rel.startswith(s + "/") or rel.startswith(s + "-") for s in skip):
            continue
        out[rel] = hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir"
    return out


@pytest.fixture
def county(tmp_path):
    """A hub in county/ with sentinels beside it and in the folder above; what the hub may
    change is its own: county/hub.db* and county/hub-files/."""
    for keep in (tmp_path / "county" / "sentinel", tmp_path / "sentinel"):
        keep.mkdir(parents=True)
        (keep / "keep.txt").write_text("不能被删除")
    hub = Hub.init(tmp_path / "county" / "hub.db", COUNTY, tmp_path / "county.key")
    yield hub
    hub.close()


OWN = ("county/hub.db", "county/hub-files", "laptops", "usb")


# {tmp}: the test's folder (the hub lives in {tmp}/county); {outside}: a fresh absolute path
HOSTILE_IDS = [
    "../..",
    "..",
    ".",
    "../../sentinel",
    "..\\..",
    "C:\\Windows",
    "{outside}",
    "{tmp}/county",
    "{tmp}/sentinel",
    "quarantine/../../..",
    "sentinel",
]


@pytest.mark.parametrize("template", HOSTILE_IDS)
def test_a_bundle_id_never_names_a_folder_import_dismiss_approve(
    tmp_path, county, monkeypatch, template
):
    hub = county
    outside = Path(f"/tmp/songpei-hostile-{uuid.uuid4().hex}")
    bundle_id = template.format(tmp=tmp_path, outside=outside)
    before = snapshot(tmp_path, OWN)
    dismissed, approved = (
        a_laptop(tmp_path / "laptops" / name, seed) for name, seed in (("a", 3), ("b", 4))
    )

    first = forge(dismissed, tmp_path / "usb" / "a", monkeypatch, bundle_id)
    assert read_trailer(first[0]).bundle_id == bundle_id  # truly signed as the forger chose
    (r,) = hub.import_paths(first, COUNTY)
    assert (r.status, r.reason) == ("quarantined", "unknown-device")
    (item,) = hub.quarantined()
    assert item.bundle_id == bundle_id
    (store,) = (hub.files_dir / "quarantine").iterdir()
    digest = hub.conn.execute("SELECT trailer_sha256 FROM bundles").fetchone()[0]
    assert store.name == digest and [p.name for p in store.iterdir()] == ["part-01.spb"]
    assert snapshot(tmp_path, OWN) == before

    hub.dismiss_quarantine(item.id, "不是本县的电脑")
    assert not store.exists() and (hub.files_dir / "quarantine").is_dir()  # only the copy
    assert snapshot(tmp_path, OWN) == before

    second = forge(approved, tmp_path / "usb" / "b", monkeypatch, bundle_id)
    (r,) = hub.import_paths(second, COUNTY)
    assert r.status == "quarantined"
    (r,) = hub.approve(approved.journal.device_id, COUNTY)
    assert r.status == "imported" and r.new_events == approved.journal.last_seq()
    assert list((hub.files_dir / "quarantine").iterdir()) == []
    assert snapshot(tmp_path, OWN) == before and not outside.exists()
    assert (tmp_path / "county" / "sentinel" / "keep.txt").read_text() == "不能被删除"

    hub.close()
    with Hub.open(tmp_path / "county" / "hub.db") as reopened:
        # the quarantine still works: an honest new laptop waits, then is approved
        honest = a_laptop(tmp_path / "laptops" / "c", 5)
        (r,) = reopened.import_paths(export_bundle(honest, tmp_path / "usb" / "c").paths, COUNTY)
        assert (r.status, r.reason) == ("quarantined", "unknown-device")
        (r,) = reopened.approve(honest.journal.device_id, COUNTY)
        assert r.status == "imported"
    assert snapshot(tmp_path, OWN) == before
    for lp in (dismissed, approved, honest):
        lp.close()


@pytest.mark.parametrize("bundle_id", ["a" * 5000, "x\0y", "", "line\nbreak"])
def test_a_bundle_id_too_long_or_with_control_characters_is_refused(
    tmp_path, county, laptop, monkeypatch, bundle_id
):
    simulate(laptop, teachers=1, days=2, seed=6)
    before, tables = snapshot(tmp_path, OWN + ("data",)), county.checksums()
    (r,) = county.import_paths(forge(laptop, tmp_path / "usb", monkeypatch, bundle_id), COUNTY)
    assert (r.status, r.reason, r.detail) == ("refused", "bad-trailer", "bundle_id")
    assert county.checksums() == tables and not (county.files_dir / "quarantine").exists()
    assert snapshot(tmp_path, OWN + ("data",)) == before


def test_a_device_id_that_is_a_path_is_refused(tmp_path, county, laptop, monkeypatch):
    simulate(laptop, teachers=1, days=2, seed=7)
    paths = forge(laptop, tmp_path / "usb", monkeypatch, device_id="../../sentinel")
    (r,) = county.import_paths(paths, COUNTY)
    assert (r.status, r.reason) == ("refused", "device-key-mismatch")
    assert county.devices() == []


def test_a_quarantine_row_of_an_older_hub_pointing_outside_deletes_nothing(
    tmp_path, county, laptop, monkeypatch
):
    """An older hub stored the absolute path it built from the bundle id (`../..` made it the
    hub's own folder); approving or dismissing such a row now deletes nothing outside."""
    simulate(laptop, teachers=1, days=2, seed=8)
    before = snapshot(tmp_path, OWN + ("data",))
    for name in ("a", "b"):
        county.import_paths(forge(laptop, tmp_path / "usb" / name, monkeypatch, "../.."), COUNTY)
    (a, b) = county.quarantined()
    old_paths = (county.files_dir / "quarantine" / ".." / "..", tmp_path / "sentinel")
    for item, stored in zip((a, b), old_paths, strict=True):
        county.conn.execute("UPDATE quarantine SET stored=? WHERE id=?", (str(stored), item.id))
    county.dismiss_quarantine(a.id, "旧版本留下的记录")
    results = county.approve(laptop.journal.device_id, COUNTY)
    assert all(r.status != "imported" for r in results)
    assert snapshot(tmp_path, OWN + ("data",)) == before
    assert (tmp_path / "sentinel" / "keep.txt").read_text() == "不能被删除"


def test_deletes_are_confined_to_the_owners_folder(tmp_path):
    own, other = tmp_path / "own", tmp_path / "other"
    (own / "a").mkdir(parents=True)
    other.mkdir()
    (other / "keep.txt").write_text("x")
    (own / "link").symlink_to(other, target_is_directory=True)
    for bad in (
        own,
        own / "..",
        own / "a" / ".." / "..",
        other,
        own / "link" / "keep.txt",
        Path("/"),
        tmp_path,
    ):
        with pytest.raises(OutsideFolder):
            remove(own, bad)
    assert inside(own, own / "a") == own.resolve() / "a"
    remove(own, own / "link")  # a link inside is removed as a link, never followed
    assert not (own / "link").exists() and (other / "keep.txt").read_text() == "x"
    remove(own, own / "a")
    remove(own, own / "gone")  # already gone is fine
    assert list(own.iterdir()) == []


def test_evidence_copied_out_to_open_keeps_inside_the_folder(tmp_path, county):
    from sync.county.listings import viewable_copy

    data = b"%PDF-1.4 a lesson plan"
    sha = hashlib.sha256(data).hexdigest()
    county.evidence_path(sha).parent.mkdir(parents=True)
    county.evidence_path(sha).write_bytes(data)
    views = tmp_path / "views"
    for name in (
        "../../sentinel/keep.txt",
        "..\\..\\x.pdf",
        "/etc/passwd",
        "CON.pdf",
        "..",
        "a\0b.pdf",
        "教学设计.pdf",
    ):
        copy = viewable_copy(county, {"sha256": sha, "name": name}, views)
        assert copy.parent.parent == views and copy.read_bytes() == data
    assert copy.name == "教学设计.pdf"
    assert (tmp_path / "sentinel" / "keep.txt").read_text() == "不能被删除"
    for bad in ("../../../../etc/passwd", "x" * 64, sha.upper()):
        with pytest.raises(ValueError):
            viewable_copy(county, {"sha256": bad, "name": "x.pdf"}, views)


# --- one bad bundle does not block a drive (the command line, in Chinese) -------------------


def rechain(rows: list[tuple], seq: int, payload: str) -> list[tuple]:
    """The laptop's rows with one payload replaced and the chain recomputed after it, as a
    forger (or a teacher with an SQLite editor and patience) would."""
    out, prev = [], rows[0][9]
    for r in map(list, rows):
        if r[0] == seq:
            r[5] = payload
        r[9] = prev
        r[10] = event_hash(r[9], r[1], r[2], r[0], r[3], r[4], r[5], r[6], r[7], r[8])
        prev = r[10]
        out.append(tuple(r))
    return out


def test_each_bundle_on_a_drive_is_judged_on_its_own(tmp_path, monkeypatch):
    pw = tmp_path / "pass.txt"
    pw.write_text("县里的口令\n", encoding="utf-8")
    (tmp_path / "county.key").write_bytes(COUNTY.to_bytes("县里的口令".encode()))
    hub_path = tmp_path / "hub.db"
    usb = tmp_path / "usb"
    to_county = usb / "songpei" / "to-county"
    good = [a_laptop(tmp_path / "laptops" / f"good{i}", 10 + i) for i in range(2)]
    malformed, forger = (a_laptop(tmp_path / "laptops" / n, s) for n, s in (("m", 20), ("f", 21)))
    with Hub.init(hub_path, COUNTY, tmp_path / "county.key") as hub:
        for lp in good + [malformed]:
            hub.enrol(lp.journal.device_id, lp.journal.device.public_bytes)
    for lp in good:
        export_bundle(lp, usb)
    rs = journal_rows(malformed)
    seq = rs[len(rs) // 2][0]
    bad_payload = forge(malformed, to_county, monkeypatch, rows=rechain(rs, seq, "[1, 2, 3]"))
    no_field = forge(forger, to_county, monkeypatch, drop="chain_last")
    short_key = forge(forger, to_county, monkeypatch, ephemeral=b64(b"\x01" * 31))
    long_key = forge(forger, to_county, monkeypatch, ephemeral=b64(b"\x01" * 33))
    assert "chain_last" not in read_bundle_trailer_text(no_field[0])

    r = songpei("hub", "import", hub_path, usb, "--passphrase-file", pw)
    assert r.returncode == 1, r.stdout + r.stderr  # some refused: not 70, no traceback
    assert "Traceback" not in r.stderr
    lines = r.stdout.splitlines()

    def line_of(path: Path) -> str:
        (found,) = [x for x in lines if x.startswith(path.name)]
        return found

    assert "已拒绝" in line_of(bad_payload[0]) and "格式不对" in line_of(bad_payload[0])
    assert f"（第 {seq} 条记录）" in line_of(bad_payload[0])
    assert "缺少字段" in line_of(no_field[0]) and "“chain_last”" in line_of(no_field[0])
    for p in (short_key, long_key):
        assert "“ephemeral”" in line_of(p[0])
    assert sum("已导入" in x for x in lines) == 2
    with Hub.open(hub_path) as hub:
        for lp in good:
            assert hub.acked_seq(lp.journal.device_id) == lp.journal.last_seq()
        assert hub.acked_seq(malformed.journal.device_id) == 0
        assert hub.conn.execute(
            "SELECT count(*) FROM events WHERE device_id IN (?, ?)",
            (malformed.journal.device_id, forger.journal.device_id),
        ).fetchone() == (0,)
    for lp in good + [malformed, forger]:
        lp.close()


def read_bundle_trailer_text(path: Path) -> str:
    data = path.read_bytes()
    n = int.from_bytes(data[-12:-8], "big")
    return data[-12 - 64 - n : -12 - 64].decode()


def test_export_refuses_a_journal_verify_finds_damaged_and_says_what_to_do(tmp_path):
    data, usb = tmp_path / "laptop", tmp_path / "usb"
    with Laptop.open(data) as lp:
        simulate(lp, teachers=2, days=5, seed=30)
        lp.add_trust(COUNTY.public)
        journal = lp.journal.path
    c = sqlite3.connect(journal)  # what a hand with an SQLite editor does
    c.execute("DROP TRIGGER events_are_append_only_update")
    seq = c.execute(
        "SELECT seq FROM events WHERE type='lesson.session' ORDER BY seq LIMIT 1"
    ).fetchone()[0]
    c.execute('UPDATE events SET payload=\'["not", "an", "object"]\' WHERE seq=?', (seq,))
    c.commit()
    c.close()

    verify = songpei("verify", "--data-dir", data)
    assert verify.returncode == 1 and f"第 {seq} 条事件" in verify.stdout
    assert "无法作为记录读取" in verify.stdout

    r = songpei("export", "--to", usb, "--data-dir", data)
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
    assert "没有导出任何内容" in r.stderr and f"第 {seq} 条记录" in r.stderr
    assert "songpei verify" in r.stderr and "交给送培教师" in r.stderr
    assert not list(usb.rglob("*.spb"))


def test_a_changed_record_still_travels_so_the_county_sees_it(tmp_path, laptop):
    """Hours added by editing the file are not damage the county cannot read: the bundle goes,
    and the county flags the broken chain (threat 10)."""
    simulate(laptop, teachers=1, days=3, seed=31)
    laptop.add_trust(COUNTY.public)
    c = sqlite3.connect(laptop.journal.path)
    c.execute("DROP TRIGGER events_are_append_only_update")
    c.execute(
        "UPDATE events SET payload=replace(payload, '\"active_seconds\":', "
        "'\"active_seconds\":9') WHERE seq=(SELECT min(seq) FROM events WHERE "
        "type='lesson.session')"
    )
    c.commit()
    c.close()
    assert [p.kind for p in laptop.journal.check()] == ["hash"]
    assert export_bundle(laptop, tmp_path / "usb").status == "written"


DEEP = "[" * 200_000 + "]" * 200_000  # 400 kB of nesting: a RecursionError in json.loads


def test_json_nested_200000_deep_is_a_clear_refusal_everywhere(tmp_path, county):
    from app.messages import describe
    from content.keys import KeyFileInvalid, PublicKey
    from content.trust import TrustStore, TrustStoreInvalid
    from content.trust_mail import TrustMailRefused, apply
    from sync.base import receipt

    # A receipt: the envelope, then a body the county's key really signed.
    for data in (
        DEEP.encode(),
        canonical_json(
            {"body": DEEP, "signature": b64(COUNTY.sign(receipt.DOMAIN, DEEP.encode()))}
        ).encode(),
    ):
        with pytest.raises(receipt.ReceiptRefused) as err:
            receipt.parse(tmp_path / "x.receipt", data, [COUNTY.public])
        assert err.value.args_["reason"] == "damaged" and "x.receipt" in describe(err.value)
    # A bundle part whose trailer is the nesting: one refused result, nothing imported.
    part = tmp_path / "usb" / "deep.spb"
    part.parent.mkdir()
    raw = DEEP.encode()
    part.write_bytes(bundle.MAGIC + raw + bytes(64) + len(raw).to_bytes(4, "big") + bundle.END)
    (r,) = county.import_paths([part], COUNTY)
    assert (r.status, r.reason) == ("refused", "damaged")
    assert county.conn.execute("SELECT count(*) FROM events").fetchone()[0] == 0
    # A trust store, a rotation file, a public key file.
    with pytest.raises(TrustStoreInvalid):
        TrustStore.from_bytes(DEEP.encode(), "trust.json")
    with pytest.raises(TrustMailRefused):
        apply(TrustStore(), DEEP.encode(), "m", 0)
    with pytest.raises(KeyFileInvalid):
        PublicKey.from_bytes(DEEP.encode(), "county.pub")
