"""Ralph, a real learning record store, on loopback for the xAPI tests: its own web server
(uvicorn) in a subprocess, its filesystem backend in a temporary folder, one basic-auth user.
Every wait is bounded: a server that will not start fails the test, never hangs it."""

from __future__ import annotations

import base64
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import bcrypt

from tests.support.paths import ROOT

USER, PASSWORD = "county", "yuechi-lrs-secret"
START_SECONDS = 60


@dataclass
class Ralph:
    url: str  # the xAPI endpoint: statements live at url + "/statements"
    folder: Path

    def statements(self) -> dict[str, dict]:
        """Every statement the LRS holds, by id, read back through its own xAPI GET."""
        found: dict[str, dict] = {}
        query = self.url + "/statements?limit=500"
        while query:
            page = json.loads(self.get(query))
            for st in page["statements"]:
                found[st["id"]] = st
            more = page.get("more")
            query = self.url.split("/xAPI")[0] + more if more else ""
        return found

    def get(self, url: str) -> bytes:
        auth = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
        req = urllib.request.Request(
            url, headers={"Authorization": "Basic " + auth, "X-Experience-API-Version": "1.0.3"}
        )
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.read()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(folder: Path):
    """Yields a running Ralph storing into `folder`; stops it afterwards."""
    folder.mkdir(parents=True, exist_ok=True)
    auth = folder / "auth.json"
    hashed = bcrypt.hashpw(PASSWORD.encode(), bcrypt.gensalt(rounds=4)).decode()
    user = {
        "username": USER,
        "hash": hashed,
        "scopes": ["all"],
        "agent": {"account": {"homePage": "https://songpei.invalid/", "name": USER}},
    }
    auth.write_text(json.dumps([user]), encoding="utf-8")
    port = _free_port()
    env = dict(
        os.environ,
        RALPH_APP_DIR=str(folder / "app"),
        RALPH_AUTH_FILE=str(auth),
        RALPH_RUNSERVER_BACKEND="fs",
        RALPH_RUNSERVER_MAX_SEARCH_HITS_COUNT="500",
        RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH=str(folder / "store"),
    )
    (folder / "store").mkdir(exist_ok=True)
    log = open(folder / "ralph.log", "wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.support.ralph_server", str(port)],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_SECONDS
        while True:
            if proc.poll() is not None:
                raise RuntimeError("Ralph stopped: " + (folder / "ralph.log").read_text("utf-8"))
            try:
                with urllib.request.urlopen(base + "/__lbheartbeat__", timeout=2):
                    break
            except (urllib.error.URLError, OSError):
                if time.monotonic() > deadline:
                    raise RuntimeError(f"Ralph did not answer within {START_SECONDS} s") from None
                time.sleep(0.2)
        yield Ralph(base + "/xAPI", folder / "store")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        log.close()
