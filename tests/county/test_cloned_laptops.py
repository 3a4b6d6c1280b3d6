"""Two laptops restored from one disk image (docs/threats.md row 35): the same device key and
sequence, two histories. Built for real: one data folder copied on disk, both copies study and
export, the county imports both."""

from __future__ import annotations

import shutil

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from content.keys import b64, generate, sign
from sync.base import receipt
from sync.base import rekey as base_rekey
from sync.base.device import DeviceIdentity
from sync.base.drive import Drive
from sync.base.events import DEVICE_REKEYED, LESSON_SESSION, canonical_json, event_hash
from sync.county.decisions import CountyActionRefused
from sync.county.mail import write_mail
from sync.county.teacher_rows import teacher_rows
from sync.demo.simulate import simulate
from sync.laptop import rekey
from sync.laptop.inbox import receive
from sync.laptop.laptop import Laptop
from sync.laptop.outbox import export_bundle
from tests.county.test_sync_threats import bundle_of, rows
from tests.support.county import COUNTY


def _events(hub, device_id):
    return dict(hub.conn.execute("SELECT seq, hash FROM events WHERE device_id=?", (device_id,)))


def _chain(laptop):
    with laptop.journal.reader() as c:
        return dict(c.execute("SELECT seq, hash FROM events"))


def cloned(tmp_path, hub):
    """A laptop that has sent its first weeks and been acknowledged, then copied on disk (the
    image restored on a second laptop); each copy goes on studying with its own teachers."""
    a_dir, b_dir = tmp_path / "a", tmp_path / "b"
    a = Laptop.open(a_dir)
    a.add_trust(COUNTY.public)
    simulate(a, teachers=2, days=4, seed=11)
    hub.enrol(a.journal.device_id, a.journal.device.public_bytes)
    hub.import_paths(export_bundle(a, tmp_path / "usb0").paths, COUNTY)
    write_mail(hub, tmp_path / "usb0", COUNTY)
    assert receive(a, tmp_path / "usb0").acked_seq == a.journal.last_seq()
    shared = a.journal.last_seq()
    a.close()
    shutil.copytree(a_dir, b_dir)
    a, b = Laptop.open(a_dir), Laptop.open(b_dir)
    simulate(a, teachers=1, days=5, seed=12)
    simulate(b, teachers=1, days=14, seed=13)  # studies longer: more events than A
    assert a.journal.device_id == b.journal.device_id
    return a, b, shared


def test_a_second_history_is_flagged_held_whole_and_never_merged(tmp_path, hub):
    a, b, shared = cloned(tmp_path, hub)
    dev = a.journal.device_id
    (ra,) = hub.import_paths(export_bundle(a, tmp_path / "usb-a").paths, COUNTY)
    assert ra.status == "imported" and ra.flags == []
    before = hub.checksums()["events"]
    (rb,) = hub.import_paths(export_bundle(b, tmp_path / "usb-b").paths, COUNTY)
    # held whole, at the first event where B leaves the county's copy
    assert (rb.status, rb.reason, rb.new_events) == ("quarantined", "fork", 0)
    assert rb.seq_first == shared + 1 and "fork" in rb.flags
    assert hub.checksums()["events"] == before
    assert _events(hub, dev) == _chain(a)  # A's history exactly, none of B's spliced on top
    assert b.journal.last_seq() > a.journal.last_seq()  # B's later events were not merged either
    (q,) = [q for q in hub.quarantined() if q.reason == "fork"]
    assert q.device_id == dev and q.detail["fork_seq"] == shared + 1
    assert hub.quarantine_store(hub.conn.execute("SELECT stored FROM quarantine").fetchone()[0])
    kinds = [k for (k,) in hub.conn.execute("SELECT kind FROM flags WHERE device_id=?", (dev,))]
    assert kinds == ["fork"]
    # importing the same drive again: still waiting, still nothing merged
    (again,) = hub.import_paths(export_bundle(b, tmp_path / "usb-b").paths, COUNTY)
    assert again.status == "waiting" and hub.checksums()["events"] == before
    a.close()
    b.close()


def test_a_branch_that_starts_after_the_hubs_copy_is_a_fork_too(tmp_path, hub):
    """B was told the county holds A's events (the receipt names the device, not the copy) and
    sends only what lies beyond: its first event does not follow the county's last."""
    a, b, shared = cloned(tmp_path, hub)
    hub.import_paths(export_bundle(a, tmp_path / "usb-a").paths, COUNTY)
    beyond = rows(b, a.journal.last_seq() + 1)
    (rb,) = hub.import_paths(bundle_of(b, tmp_path / "beyond", beyond), COUNTY)
    assert (rb.status, rb.reason, rb.seq_first) == ("quarantined", "fork", a.journal.last_seq() + 1)
    assert _events(hub, a.journal.device_id) == _chain(a)
    a.close()
    b.close()


def test_a_branch_shorter_than_the_hubs_copy_is_named_at_its_first_differing_event(tmp_path, hub):
    """B studied less than A: its whole bundle lies within the county's copy. The fork point
    is where B's events first differ, where its new identity will start."""
    a, b, shared = cloned(tmp_path, hub)
    simulate(a, teachers=1, days=9, seed=14)
    assert a.journal.last_seq() > b.journal.last_seq()
    hub.import_paths(export_bundle(a, tmp_path / "usb-a").paths, COUNTY)
    (rb,) = hub.import_paths(export_bundle(b, tmp_path / "usb-b").paths, COUNTY)
    assert (rb.status, rb.reason, rb.seq_first) == ("quarantined", "fork", shared + 1)
    a.close()
    b.close()


def test_the_receipt_acknowledges_nothing_of_the_held_branch(tmp_path, hub):
    a, b, shared = cloned(tmp_path, hub)
    hub.import_paths(export_bundle(a, tmp_path / "usb-a").paths, COUNTY)
    hub.import_paths(export_bundle(b, tmp_path / "usb-b").paths, COUNTY)
    write_mail(hub, tmp_path / "mail", COUNTY)  # one receipt, named by the shared device id
    ra, rb = receive(a, tmp_path / "mail"), receive(b, tmp_path / "mail")
    assert (ra.status, ra.acked_seq) == ("applied", a.journal.last_seq())
    # B's event at that number is not the one the county holds: nothing is confirmed
    assert (rb.status, rb.acked_seq) == ("fork", shared)
    again = export_bundle(b, tmp_path / "usb-b2")
    assert (again.first, again.last) == (shared + 1, b.journal.last_seq())
    a.close()
    b.close()


def test_the_county_approves_the_held_branch_and_only_that_laptop_is_told(tmp_path, hub):
    a, b, shared = cloned(tmp_path, hub)
    hub.import_paths(export_bundle(a, tmp_path / "usb-a").paths, COUNTY)
    hub.import_paths(export_bundle(b, tmp_path / "usb-b").paths, COUNTY)
    (q,) = [q for q in hub.quarantined() if q.reason == "fork"]
    head = hub.approve_fork(q.id)
    assert head == _chain(b)[b.journal.last_seq()]  # the held branch's last event
    with pytest.raises(CountyActionRefused) as twice:
        hub.approve_fork(q.id)
    assert twice.value.reason == "already-resolved"
    assert [x.id for x in hub.quarantined()] == [q.id]  # still held until the branch returns
    write_mail(hub, tmp_path / "mail", COUNTY)
    ra, rb = receive(a, tmp_path / "mail"), receive(b, tmp_path / "mail")
    assert (ra.status, ra.acked_seq, ra.rekey) == ("applied", a.journal.last_seq(), "")
    assert (rb.status, rb.acked_seq, rb.rekey) == ("fork", shared, head)
    a.close()
    b.close()


def test_only_a_held_fork_can_be_approved_as_a_branch(tmp_path, hub, laptop):
    simulate(laptop, teachers=1, days=2, seed=3)
    laptop.add_trust(COUNTY.public)
    hub.import_paths(export_bundle(laptop, tmp_path / "usb").paths, COUNTY)  # not enrolled
    (q,) = hub.quarantined()
    with pytest.raises(CountyActionRefused) as refused:
        hub.approve_fork(q.id)
    assert refused.value.reason == "not-a-fork"
    with pytest.raises(CountyActionRefused) as unknown:
        hub.approve_fork(q.id + 1)
    assert unknown.value.reason == "unknown-item"
    assert hub.rekeys(laptop.journal.device_id) == []


def test_a_re_key_instruction_not_signed_by_the_county_is_refused(tmp_path, hub):
    """A third laptop (or anyone) writing the instruction itself: the receipt's signature is
    the county key's, so a forged one is refused whole and nothing is applied."""
    a, b, shared = cloned(tmp_path, hub)
    forger = generate("county", "forged county")
    body = receipt.body(
        b.journal.device_id,
        b.journal.device.public_bytes,
        forger,
        b.journal.last_seq(),
        _chain(b)[b.journal.last_seq()],
        [],
        10**13,
        [(_chain(b)[b.journal.last_seq()], shared + 1)],
    )
    path = Drive(tmp_path / "forged").ensure().to_school / f"{b.journal.device_id}.receipt"
    path.write_bytes(receipt.sign(forger, body))
    with pytest.raises(receipt.ReceiptRefused) as refused:
        receive(b, tmp_path / "forged")
    assert refused.value.args_["reason"] == "bad-signature"
    assert b.acked_seq() == shared
    a.close()
    b.close()


def test_a_county_signed_instruction_that_names_no_branch_is_refused_whole(tmp_path, laptop):
    laptop.add_trust(COUNTY.public)
    simulate(laptop, teachers=1, days=2, seed=4)
    dev, key = laptop.journal.device_id, laptop.journal.device.public_bytes
    for orders in ([("not-a-hash", 1)], [(_chain(laptop)[1], 0)]):
        body = receipt.body(dev, key, COUNTY, 1, _chain(laptop)[1], [], 10**13, orders)
        path = Drive(tmp_path / "mail").ensure().to_school / f"{dev}.receipt"
        path.write_bytes(receipt.sign(COUNTY, body))
        with pytest.raises(receipt.ReceiptRefused) as refused:
            receive(laptop, tmp_path / "mail")
        assert refused.value.args_["reason"] == "damaged"
        assert laptop.acked_seq() == 0


def _ids(laptop, type_=LESSON_SESSION):
    with laptop.journal.reader() as c:
        return {i for (i,) in c.execute("SELECT id FROM events WHERE type=?", (type_,))}


def _hub_rows(hub):
    catalog, rules = hub.content()
    return {r.id_number: r for r in teacher_rows(hub, catalog, rules, None)}


def _approved_and_mailed(tmp_path, hub):
    """Both copies study and export, the county imports both (B's branch held), approves B's
    branch and writes the mail."""
    a, b, shared = cloned(tmp_path, hub)
    hub.import_paths(export_bundle(a, tmp_path / "usb-a").paths, COUNTY)
    (held,) = hub.import_paths(export_bundle(b, tmp_path / "usb-b").paths, COUNTY)
    assert (held.status, held.reason) == ("quarantined", "fork")
    head = hub.approve_fork(held.quarantine_id)
    write_mail(hub, tmp_path / "mail", COUNTY)
    return a, b, shared, head, held.quarantine_id


def test_the_approved_branch_returns_under_a_new_identity_and_no_teachers_hours_vanish(
    tmp_path, hub
):
    a, b, shared, head, qid = _approved_and_mailed(tmp_path, hub)
    old = a.journal.device_id
    a_chain, b_chain = _chain(a), _chain(b)
    b_hours = {t.id: b.progress(t.id).total_hours for t in b.teachers.all()}
    b_sessions = _ids(b)

    ra = receive(a, tmp_path / "mail")  # the sibling: its history is the county's, untouched
    assert (ra.status, ra.device_id, a.journal.device_id) == ("applied", "", old)
    assert _chain(a) == a_chain and not rekey.kept_dir(a.data_dir, old).exists()

    rb = receive(b, tmp_path / "mail")
    new = b.journal.device_id
    assert (rb.rekey, rb.device_id) == (head, new) and new != old
    assert b.journal.device.public_bytes != a.journal.device.public_bytes
    # one chain: before the fork point the old device's events, exactly; then the new one's
    assert b.journal.segments() == [(old, 1), (new, shared + 1)]
    assert b.journal.check() == []
    now = b.journal.events()
    assert {e.seq: e.hash for e in now if e.seq <= shared} == {
        s: h for s, h in b_chain.items() if s <= shared
    }
    assert now[shared].type == DEVICE_REKEYED and now[shared].device_id == new
    # then the branch re-issued, each event as it was but for its place in the chain
    with Laptop.open(rekey.kept_dir(b.data_dir, old), writing=False) as kept:
        assert kept.journal.device_id == old and _chain(kept) == b_chain  # kept whole
        was = kept.journal.events(after_seq=shared)
    assert [(e.id, e.teacher_id, e.type, e.payload, e.wall_ms) for e in now[shared + 1 :]] == [
        (e.id, e.teacher_id, e.type, e.payload, e.wall_ms) for e in was
    ]
    # the laptop works as before: the same teachers, the same hours
    assert {t.id: b.progress(t.id).total_hours for t in b.teachers.all()} == b_hours
    assert _ids(b) == b_sessions

    sent = export_bundle(b, tmp_path / "usb-b2")
    assert (sent.first, sent.last) == (shared + 1, b.journal.last_seq())
    (back,) = hub.import_paths(sent.paths, COUNTY)
    assert (back.status, back.device_id, back.flags) == ("imported", new, ["rekeyed"])
    assert back.new_events == b.journal.last_seq() - shared
    (item,) = [q for q in hub.quarantined(open_only=False) if q.id == qid]
    assert (item.resolution, item.note) == ("rekeyed", new)
    assert hub.quarantined() == []
    assert [k for (k,) in hub.conn.execute("SELECT kind FROM flags WHERE closed_ms IS NULL")] == []
    assert dict(hub.conn.execute("SELECT device_id, status FROM devices")) == {
        old: "enrolled",
        new: "enrolled",
    }
    assert _events(hub, old) == _chain(a)  # A's history stays the old device's, whole

    # every study session of both laptops is the county's, once
    held = hub.conn.execute("SELECT id FROM events WHERE type=?", (LESSON_SESSION,))
    assert {i for (i,) in held} == _ids(a) | _ids(b)
    rows = _hub_rows(hub)
    for laptop in (a, b):
        for t in laptop.teachers.all():
            assert rows[t.id_number].total_hours > 0
    only_b = [t for t in b.teachers.all() if t.id not in {x.id for x in a.teachers.all()}]
    only_a = [t for t in a.teachers.all() if t.id not in {x.id for x in b.teachers.all()}]
    assert only_a and only_b
    for laptop, teachers in ((a, only_a), (b, only_b)):
        for t in teachers:
            assert rows[t.id_number].total_hours == pytest.approx(laptop.progress(t.id).total_hours)
            assert rows[t.id_number].devices == 1

    # the next receipts: each laptop confirmed in full under its own name
    write_mail(hub, tmp_path / "mail2", COUNTY)
    rb2, ra2 = receive(b, tmp_path / "mail2"), receive(a, tmp_path / "mail2")
    assert (rb2.status, rb2.acked_seq, rb2.device_id) == ("applied", b.journal.last_seq(), "")
    assert (ra2.status, ra2.acked_seq) == ("applied", a.journal.last_seq())
    assert export_bundle(b, tmp_path / "usb-b3").status == "nothing-new"
    a.close()
    b.close()


def _claim(folder, signer, identity, old, fork_seq, prev, head, branch):
    """A bundle of `identity` claiming the approved branch `head` of `old`: device.rekeyed
    signed by `signer`, then `branch` (event rows) re-issued under `identity`, as a laptop
    written by someone else than Songpei would make it."""
    payload = base_rekey.statement(
        old, fork_seq, prev, head, fork_seq + len(branch) - 1, identity.device_id,
        identity.public_bytes,
    )  # fmt: skip
    payload["signature"] = b64(
        sign(signer.private_key, base_rekey.DOMAIN, base_rekey.signed_bytes(payload))
    )
    rows, seq, prev_hash = [], fork_seq, prev
    for r in [
        (0, "x-claim", "", "", DEVICE_REKEYED, canonical_json(payload), 1_790_000_000_000, 1, "b"),
        *branch,
    ]:
        fields = [prev_hash, r[1], identity.device_id, seq, r[3], r[4], r[5], r[6], r[7], r[8]]
        h = event_hash(*fields)
        rows.append(
            (seq, r[1], identity.device_id, r[3], r[4], r[5], r[6], r[7], r[8], prev_hash, h)
        )
        seq, prev_hash = seq + 1, h
    return bundle_of(None, folder, rows, identity=identity)


def test_a_claim_to_the_approved_branch_that_does_not_hold_is_held_and_takes_nothing(tmp_path, hub):
    a, b, shared, head, qid = _approved_and_mailed(tmp_path, hub)
    old, prev = a.journal.device_id, _chain(a)[shared]
    b_branch = rows(b, shared + 1)
    third = Laptop.open(tmp_path / "c")
    simulate(third, teachers=1, days=2, seed=21)
    before = hub.checksums()["events"]
    forged = {
        # a third laptop with B's records but not the laptop's key: its own signature
        "bad-signature": (third.journal.device, b_branch, head),
        # the sibling holds the old key, but not B's records: its own history does not end
        # in the approved head
        "other-branch": (a.journal.device, rows(a, shared + 1), head),
        # a branch the county never approved
        "not-approved": (a.journal.device, b_branch, "0" * 64),
    }
    for why, (signer, branch, claimed) in forged.items():
        identity = DeviceIdentity(Ed25519PrivateKey.generate())
        paths = _claim(tmp_path / why, signer, identity, old, shared + 1, prev, claimed, branch)
        (r,) = hub.import_paths(paths, COUNTY)
        assert (r.status, r.reason) == ("quarantined", "rekey-refused"), why
        (item,) = [q for q in hub.quarantined() if q.id == r.quarantine_id]
        assert item.detail["why"] == why
        assert (
            hub.conn.execute(
                "SELECT 1 FROM devices WHERE device_id=?", (identity.device_id,)
            ).fetchone()
            is None
        )
    assert hub.checksums()["events"] == before  # nothing of any claim counted
    assert hub.rekeys(old) == [(head, shared + 1)]  # the approval still waits for B

    rb = receive(b, tmp_path / "mail")
    (back,) = hub.import_paths(export_bundle(b, tmp_path / "usb-b2").paths, COUNTY)
    assert (back.status, back.device_id) == ("imported", rb.device_id)
    assert hub.rekeys(old) == []  # taken: no receipt for the old device names it again
    # the same claim again, now that B has taken the approval: refused
    identity = DeviceIdentity(Ed25519PrivateKey.generate())
    again = _claim(
        tmp_path / "again", a.journal.device, identity, old, shared + 1, prev, head, b_branch
    )
    (r,) = hub.import_paths(again, COUNTY)
    assert (r.status, r.reason) == ("quarantined", "rekey-refused")
    assert hub.quarantined()[-1].detail["why"] == "not-approved"
    a.close()
    b.close()
    third.close()
