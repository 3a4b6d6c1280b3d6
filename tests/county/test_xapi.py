"""xAPI statements: stable ids, no 身份证号, a pseudonym nobody outside the hub can recompute,
Ralph's own statement models, and a push that retries without duplicating and loses nothing
when the LRS refuses a batch: against a small server on loopback, and against Ralph."""

from __future__ import annotations

import hashlib
import hmac
import json
import shutil
import socket
import threading
import uuid
from collections import defaultdict
from http.server import ThreadingHTTPServer

import pytest
from ralph.models.xapi.base.statements import BaseXapiStatement
from ralph.models.xapi.concepts.verbs.scorm_profile import CompletedVerb

from app.messages import describe
from content.keys import generate
from content.pack_build import build
from sync.county import xapi
from sync.county.hub import Hub
from sync.demo.simulate import simulate
from sync.laptop import diagnostic
from sync.laptop.outbox import export_bundle
from tests.support.cli import songpei
from tests.support.county import COUNTY, POINT_HOURS, county_hub, quiz_payload
from tests.support.packs import PUBLISHER
from tests.support.ralph import PASSWORD, USER
from tests.support.xapi import FakeLrs


def hub_with_learning(laptop, tmp_path, days=30):
    simulate(laptop, teachers=3, days=days, seed=23)
    laptop.add_trust(COUNTY.public)
    hub = Hub.init(tmp_path / "hub.db", COUNTY, tmp_path / "county.key")
    hub.enrol(laptop.journal.device_id, laptop.journal.device.public_bytes)
    hub.import_paths(export_bundle(laptop, tmp_path / "usb").paths, COUNTY)
    return hub


def test_statements_are_stable_and_never_carry_the_id_number(laptop, tmp_path):
    hub = hub_with_learning(laptop, tmp_path)
    first = list(xapi.statements(hub))
    assert [s["id"] for s in first] == [s["id"] for s in xapi.statements(hub)]
    sessions = laptop.journal.events(types=["lesson.session"])
    assert len(first) == len(sessions)
    text = json.dumps(first, ensure_ascii=False)
    for t in laptop.teachers.all():
        assert t.id_number not in text and t.name not in text
    assert all(s["actor"]["account"]["name"].startswith("p-") for s in first)
    hub.close()


def test_post_retries_and_never_duplicates(laptop, tmp_path):
    hub = hub_with_learning(laptop, tmp_path)
    FakeLrs.stored, FakeLrs.requests = {}, 0
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeLrs)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/xapi"
    try:
        r = xapi.post(hub, url, "county", "secret", sleep=lambda s: None)
        assert r.retries == 1 and r.sent == len(FakeLrs.stored)
        again = xapi.post(hub, url, "county", "secret", sleep=lambda s: None)
        assert again.retries == 0 and len(FakeLrs.stored) == r.sent
    finally:
        server.shutdown()
    hub.close()
    out = tmp_path / "statements.json"
    cli = songpei("hub", "report", tmp_path / "hub.db", "--format", "xapi", "--out", out)
    assert cli.returncode == 0 and len(json.loads(out.read_text("utf-8"))) == r.sent


# --- against Ralph, a real learning record store (tests/support/ralph.py) ----------------------


def test_every_statement_passes_ralphs_own_models(laptop, tmp_path):
    hub, _ = hub_of_every_kind(laptop, tmp_path)
    items = list(xapi.statements(hub))
    hub.close()
    assert {s["verb"]["id"] for s in items} == {v for v, _, _ in xapi.VERBS.values()}
    for st in items:
        BaseXapiStatement(**st)  # raises on anything the xAPI 1.0.3 model refuses
        if st["verb"]["id"] == CompletedVerb.model_fields["id"].default:
            # Ralph's one model among our verbs (its SCORM profile, which wants an English
            # display only: ours also speaks Chinese, so the id is what is checked)
            CompletedVerb(id=st["verb"]["id"])
            assert 0 <= st["result"]["score"]["scaled"] <= 1
        # every verb and activity speaks Chinese and English; every activity says its type
        assert set(st["verb"]["display"]) == {"zh-CN", "en-US"}
        definition = st["object"]["definition"]
        assert definition["type"].startswith("http://adlnet.gov/expapi/activities/")
        assert set(definition["name"]) == set(definition["description"]) == {"zh-CN", "en-US"}


def test_ralph_stores_every_statement_once(laptop, tmp_path, ralph):
    hub = hub_with_learning(laptop, tmp_path, days=60)
    mine = {s["id"]: s for s in xapi.statements(hub)}
    assert len(mine) > xapi.BATCH  # more than one batch
    first = xapi.post(hub, ralph.url, USER, PASSWORD)
    assert (first.sent, first.already) == (len(mine), 0)
    stored = ralph.statements()
    assert set(stored) == set(mine)
    some = next(iter(mine))
    assert stored[some]["actor"]["account"] == mine[some]["actor"]["account"]
    assert stored[some]["verb"]["id"] == mine[some]["verb"]["id"]
    again = xapi.post(hub, ralph.url, USER, PASSWORD)
    assert (again.sent, again.already) == (len(mine), len(mine))
    assert len(ralph.statements()) == len(mine)
    hub.close()


def test_a_changed_statement_is_named_and_every_other_one_delivered(laptop, tmp_path, ralph):
    hub = hub_with_learning(laptop, tmp_path, days=60)
    items = list(xapi.statements(hub))
    target = items[3]
    event_id = _event_of(hub, target["id"])
    # the LRS already holds this statement as it was ...
    lrs = xapi._Lrs(ralph.url + "/statements", USER, PASSWORD, 1, lambda s: None)
    assert lrs.send("PUT", "?statementId=" + target["id"], target, 0)[0] == 204
    # ... and the event was changed since (the hub file edited by hand)
    payload = json.loads(
        hub.conn.execute("SELECT payload FROM events WHERE id=?", (event_id,)).fetchone()[0]
    )
    payload["active_seconds"] = int(payload.get("active_seconds", 0)) + 600
    hub.conn.execute("UPDATE events SET payload=? WHERE id=?", (json.dumps(payload), event_id))
    # the batch alone is refused whole, as Ralph does
    status, _ = lrs.send("POST", "", list(xapi.statements(hub))[: xapi.BATCH], 0)
    assert status == 409 and len(ralph.statements()) == 1

    with pytest.raises(xapi.LrsConflicts) as caught:
        xapi.post(hub, ralph.url, USER, PASSWORD)
    assert caught.value.args_["ids"] == target["id"]
    assert caught.value.args_["sent"] == len(items) - 1
    stored = ralph.statements()
    assert set(stored) == {s["id"] for s in items}
    assert stored[target["id"]]["result"]["duration"] == target["result"]["duration"]
    hub.close()

    r = songpei(
        "hub", "report", tmp_path / "hub.db", "--format", "xapi", "--lrs", ralph.url,
        "--lrs-user", USER, "--lrs-password-file", _password_file(tmp_path),
        lang="en",
    )  # fmt: skip
    assert r.returncode != 0
    assert target["id"] in r.stderr and "Every other statement was delivered" in r.stderr


def test_a_wrong_password_shows_ralphs_words_and_is_not_called_safe(laptop, tmp_path, ralph):
    hub = hub_with_learning(laptop, tmp_path)
    with pytest.raises(xapi.LrsFailed) as caught:
        xapi.post(hub, ralph.url, USER, "not-the-password", sleep=lambda s: pytest.fail("retried"))
    a = caught.value.args_
    assert a["status"] == 401 and a["transient"] is False
    assert a["detail"] == "Invalid authentication credentials"
    hub.close()
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not-the-password", encoding="utf-8")
    for lang, detail, safe in (("en", "Invalid authentication credentials", "safe"),
                               ("zh_CN", "Invalid authentication credentials", "放心")):  # fmt: skip
        r = songpei(
            "hub", "report", tmp_path / "hub.db", "--format", "xapi", "--lrs", ralph.url,
            "--lrs-user", USER, "--lrs-password-file", wrong, lang=lang,
        )  # fmt: skip
        assert r.returncode != 0 and "Traceback" not in r.stderr
        assert detail in r.stderr and "401" in r.stderr and safe not in r.stderr
    assert ralph.statements() == {}


def test_a_statement_ralph_refuses_shows_its_detail(laptop, tmp_path, ralph, qapp):
    hub = hub_with_learning(laptop, tmp_path)
    items = list(xapi.statements(hub))
    hub.close()
    del items[5]["actor"]["account"]["name"]  # an account without a name: no LRS may take it
    with pytest.raises(xapi.LrsFailed) as caught:
        xapi.post_items(items, ralph.url, USER, PASSWORD, sleep=lambda s: pytest.fail("retried"))
    a = caught.value.args_
    assert 400 <= a["status"] < 500 and a["transient"] is False and a["sent"] == 0
    assert "actor" in a["detail"] and "name" in a["detail"], a["detail"]
    said = describe(caught.value)
    assert a["detail"] in said and str(a["status"]) in said and "safe" not in said
    assert ralph.statements() == {}


def test_an_lrs_that_does_not_answer_is_retried_and_called_safe_to_resend(tmp_path, qapp):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    waits = []
    items = [{"id": str(uuid.uuid4())}]
    with pytest.raises(xapi.LrsFailed) as caught:
        xapi.post_items(items, f"http://127.0.0.1:{port}/xAPI", "u", "p", 3, waits.append)
    a = caught.value.args_
    assert (a["status"], a["transient"], a["sent"]) == (0, True, 0) and waits == [1, 2]
    assert "safe" in describe(caught.value)


def _event_of(hub, statement_id):
    for (event_id,) in hub.conn.execute("SELECT id FROM events"):
        if str(uuid.uuid5(xapi.NAMESPACE, event_id)) == statement_id:
            return event_id
    raise AssertionError(statement_id)


def _password_file(tmp_path):
    f = tmp_path / "lrs-password.txt"
    f.write_text(PASSWORD, encoding="utf-8")
    return f


# --- the actor's pseudonym ---------------------------------------------------------------------


def test_the_actor_is_stable_per_hub_and_not_the_old_public_formula(laptop, tmp_path):
    hub = hub_with_learning(laptop, tmp_path)
    first = [s["actor"] for s in xapi.statements(hub)]
    hub.close()
    with Hub.open(tmp_path / "hub.db") as again:
        assert [s["actor"] for s in xapi.statements(again)] == first
        key = xapi.pseudonym_key(again)
    names = {a["account"]["name"] for a in first}
    ids = [t.id_number for t in laptop.teachers.all()]
    assert names == {xapi.person_name(key, i) for i in ids}
    # the old pseudonym, an HMAC keyed by the county key's public id, no longer finds anyone
    public = COUNTY.public.key_id
    old = {
        "p-" + hmac.new(public.encode(), i.encode(), hashlib.sha256).hexdigest()[:24] for i in ids
    }
    assert not names & old
    # nor does any key a reader could build from what is public
    for guess in (public.encode(), bytes.fromhex(public) if _hex(public) else b"", b""):
        assert not names & {xapi.person_name(guess, i) for i in ids}


def test_two_hubs_of_two_counties_give_a_teacher_different_actors(laptop, tmp_path):
    hub = hub_with_learning(laptop, tmp_path)
    one = {s["id"]: s["actor"] for s in xapi.statements(hub)}
    hub.close()
    other_county = generate("county", "邻水县")
    laptop.add_trust(other_county.public)
    other = Hub.init(tmp_path / "other" / "hub.db", other_county, tmp_path / "other" / "c.key")
    other.enrol(laptop.journal.device_id, laptop.journal.device.public_bytes)
    other.import_paths(export_bundle(laptop, tmp_path / "usb2").paths, other_county)
    two = {s["id"]: s["actor"] for s in xapi.statements(other)}
    other.close()
    assert set(one) <= set(two)
    assert all(one[i] != two[i] for i in one)


def _hex(text):
    try:
        bytes.fromhex(text)
        return True
    except ValueError:
        return False


# --- evidence, ratings, the county's decisions and diagnostics ---------------------------------


def diagnostic_payload(score: float, grid: dict) -> dict:
    """A `diagnostic.attempt` payload as sync.laptop.diagnostic.make_payload writes it."""
    return quiz_payload("diagnostic", score) | {"grid": grid, "time_limit_s": 1800}


PRE_GRID = {"literacy/I": [2.0, 3.0], "literacy/II": [0.5, 2.0], "planning/I": [1.0, 1.0]}
POST_GRID = {"literacy/I": [3.0, 3.0], "literacy/II": [2.0, 2.0], "planning/I": [1.0, 1.0]}


def hub_of_every_kind(laptop, tmp_path):
    """county_hub (study, 送教, evidence rated by the school team, self-tests), then the county
    decides on one teacher's evidence (A1 recognised 优秀, A3 refused) and a second bundle
    brings that teacher's two diagnostic tests. Returns the hub and the judged teacher."""
    hub, _ = county_hub(laptop, tmp_path, teachers=4)
    items = hub.evidence_submissions()
    judged = items[0].teacher_id
    for item in items:
        if item.teacher_id == judged and item.point in ("A1", "A3"):
            ok = item.point == "A1"
            hub.decide_evidence(
                item.submission_id,
                "优秀" if ok else "不合格",
                ok,
                "" if ok else "无课堂片段",
                "李审核",
            )
    for n, grid in enumerate((PRE_GRID, POST_GRID)):
        diagnostic.record(
            laptop.journal, judged, diagnostic_payload(50 + 40 * n, grid), str(uuid.uuid4())
        )
    results = hub.import_paths(export_bundle(laptop, tmp_path / "usb2").paths, COUNTY)
    assert [r.status for r in results] == ["imported"], results
    return hub, judged


def test_evidence_ratings_decisions_and_diagnostics_are_stated(laptop, tmp_path):
    hub, judged = hub_of_every_kind(laptop, tmp_path)
    items = list(xapi.statements(hub))
    key = xapi.pseudonym_key(hub)
    decisions = hub.decisions()
    hub.close()
    with Hub.open(tmp_path / "hub.db") as again:  # the same facts, the same statements
        assert list(xapi.statements(again)) == items
    by_id = {s["id"]: s for s in items}
    assert len(by_id) == len(items)
    people = {t.id: xapi.person_name(key, t.id_number) for t in laptop.teachers.all()}
    head = next(t for t in laptop.teachers.all() if t.name == "李校长")
    kinds = defaultdict(list)
    for st in items:
        kinds[st["verb"]["display"]["en-US"]].append(st)

    # evidence submitted: one statement per submission, its object the ability point
    subs = laptop.journal.events(types=["evidence.submitted"])
    assert sorted(s["id"] for s in kinds["submitted"]) == sorted(
        xapi.statement_id(e.id) for e in subs
    )
    for e in subs:
        st = by_id[xapi.statement_id(e.id)]
        assert st["actor"]["account"]["name"] == people[e.teacher_id]
        assert st["object"]["id"] == xapi.ACTIVITY + "point/" + e.data["point"]
        assert st["object"]["definition"]["name"]["zh-CN"].startswith(f"能力点 {e.data['point']}")
        assert st["verb"]["id"] == "http://activitystrea.ms/schema/1.0/submit"

    # the school's ratings: 合格 as a score of 1 out of 2, success, the word, the rater
    rated = laptop.journal.events(types=["evidence.rated"])
    assert len(kinds["scored"]) == len(rated) > 0
    for e in rated:
        st = by_id[xapi.statement_id(e.id)]
        assert st["result"]["score"] == {"scaled": 0.5, "raw": 1, "min": 0, "max": 2}
        assert st["result"]["success"] is True
        assert st["result"]["extensions"][xapi.EXT + "rating"] == {"zh-CN": "合格", "en-US": "pass"}
        assert st["context"]["statement"]["id"] == xapi.statement_id(e.data["submission"])
        assert st["context"]["statement"]["id"] in by_id  # the submission's own statement
        assert st["context"]["instructor"]["account"]["name"] == people[head.id]

    # the county's 学时认定: A1 passed (优秀, its 12 hours), A3 failed (no hours)
    assert len(decisions) == 2
    assert {s["object"]["id"].rsplit("/", 1)[1] for s in kinds["passed"]} == {"A1"}
    assert {s["object"]["id"].rsplit("/", 1)[1] for s in kinds["failed"]} == {"A3"}
    for d in decisions:
        st = by_id[xapi.statement_id("decision:" + d.decision_id)]
        assert st["actor"]["account"]["name"] == people[judged]
        ext = st["result"]["extensions"]
        assert (st["result"]["success"], ext[xapi.EXT + "recognised"]) == (d.recognised,) * 2
        assert ext[xapi.EXT + "hours"] == (POINT_HOURS["A1"] if d.recognised else 0)
        assert ext[xapi.EXT + "rating"]["zh-CN"] == ("优秀" if d.recognised else "不合格")
        assert st["context"]["statement"]["id"] == xapi.statement_id(d.submission_id)
        assert st["verb"]["display"]["zh-CN"] in ("通过认定", "未通过认定")

    # the diagnostics: pre then post, each dimension's marks summed from its cells
    diag = [s for s in kinds["completed"] if "/diagnostic/" in s["object"]["id"]]
    assert [s["result"]["extensions"][xapi.EXT + "phase"] for s in diag] == ["pre", "post"]
    pre, post = (s["result"]["extensions"][xapi.EXT + "dimensions"] for s in diag)
    assert pre["literacy"] | {"name": ""} == {
        "name": "",
        "earned": 2.5,
        "possible": 5.0,
        "scaled": 0.5,
    }
    assert pre["literacy"]["name"] == "技术素养"
    assert (post["literacy"]["scaled"], post["planning"]["scaled"]) == (1.0, 1.0)
    assert [s["result"]["score"]["scaled"] for s in diag] == [0.5, 0.9]
    assert all(s["actor"]["account"]["name"] == people[judged] for s in diag)


def test_ralph_stores_the_new_kinds_once(laptop, tmp_path, ralph):
    hub, _ = hub_of_every_kind(laptop, tmp_path)
    mine = {s["id"]: s for s in xapi.statements(hub)}
    first = xapi.post(hub, ralph.url, USER, PASSWORD)
    assert (first.sent, first.already) == (len(mine), 0)
    stored = ralph.statements()
    assert set(stored) == set(mine)
    for verb in ("submitted", "scored", "passed", "failed"):
        some = next(s for s in mine.values() if s["verb"]["display"]["en-US"] == verb)
        assert stored[some["id"]]["result"] == some["result"]
        assert stored[some["id"]]["object"]["definition"] == some["object"]["definition"]
    again = xapi.post(hub, ralph.url, USER, PASSWORD)  # a second export: nothing new
    assert (again.sent, again.already) == (len(mine), len(mine))
    hub.close()


def test_a_reworded_pack_changes_no_statement_an_lrs_holds(laptop, tmp_path, ralph):
    """A newer pack renames a lesson (a point's name is the programme catalogue's, so a pack
    cannot reword it): the statements already stated keep the name they were first stated
    with, so the LRS sees the same statements, not conflicts."""
    hub, _ = hub_of_every_kind(laptop, tmp_path)
    first = list(xapi.statements(hub))
    assert xapi.post(hub, ralph.url, USER, PASSWORD).sent == len(first)
    author = tmp_path / "author-v2"
    shutil.copytree(tmp_path / "author-evidence", author)
    toml = (author / "pack.toml").read_text("utf-8")
    toml = toml.replace("version = 1", "version = 2").replace(
        "学情分析入门", "学情分析入门（修订）"
    )
    (author / "pack.toml").write_text(toml, "utf-8")
    hub.install_pack(
        build(author, PUBLISHER, tmp_path / "out-v2", duration_of=lambda p: 60.0).folder
    )
    assert hub.content()[0].lesson("c1-l1").title == "学情分析入门（修订）"  # the new pack
    assert any(s["object"]["id"].endswith("/lesson/c1-l1") for s in first)
    assert list(xapi.statements(hub)) == first
    again = xapi.post(hub, ralph.url, USER, PASSWORD)
    assert (again.sent, again.already) == (len(first), len(first))
    hub.close()
    # a hub whose first export comes after the new pack states the new name
    with Hub.open(tmp_path / "hub.db") as h:
        h.conn.execute("DELETE FROM xapi_activities")
        names = {
            s["object"]["definition"]["name"]["zh-CN"]
            for s in xapi.statements(h)
            if s["object"]["id"].endswith("/lesson/c1-l1")
        }
    assert names == {"学情分析入门（修订）"}
