"""xAPI statements: stable ids, no 身份证号, and a POST that retries without duplicating,
against a real HTTP server on loopback."""

from __future__ import annotations

import json
import threading
from http.server import ThreadingHTTPServer

from sync.county import xapi
from sync.county.hub import Hub
from sync.demo.simulate import simulate
from sync.laptop.outbox import export_bundle
from tests.support.cli import songpei
from tests.support.county import COUNTY
from tests.support.xapi import FakeLrs


def hub_with_learning(laptop, tmp_path):
    simulate(laptop, teachers=3, days=30, seed=23)
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
