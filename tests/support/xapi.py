"""A learning record store on loopback, for the xAPI tests."""

from __future__ import annotations

import json
from http.server import BaseHTTPRequestHandler


class FakeLrs(BaseHTTPRequestHandler):
    """A small LRS: stores statements by id; the first request fails as a busy server would."""

    stored: dict = {}
    requests = 0

    def do_POST(self):  # noqa: N802
        type(self).requests += 1
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        assert self.headers["X-Experience-API-Version"] == "1.0.3"
        if type(self).requests == 1:
            self.send_response(503)
            self.end_headers()
            return
        for st in body:
            self.stored.setdefault(st["id"], st)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass
