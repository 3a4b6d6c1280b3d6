"""xAPI 1.0.3 statements from the hub (made by sync.county.xapi_statements), written to a
file or pushed carefully to a learning record store.

Statement ids are UUIDv5 of the fact stated, so every export of the same fact carries the same
id: an LRS stores a repeat once, which makes a retry after a broken connection safe. The actor
is an account whose name is a pseudonym of the person: an HMAC of the 身份证号 under a random
key only this hub holds (meta 'pseudonym_key'), so it cannot be recomputed from anything
public, yet stays the same for a teacher across exports. Never the 身份证号 itself."""

from __future__ import annotations

import base64
import json
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sync.base.durable import atomic_write_chunks
from sync.base.errors import SongpeiError
from sync.county.hub import Hub
from sync.county.import_tables import person_name
from sync.county.xapi_statements import (
    ACTIVITY,
    EXT,
    NAMESPACE,
    VERBS,
    pseudonym_key,
    statement_id,
    statements,
)

__all__ = [  # what the statements module makes, named here where the exports use it
    "ACTIVITY",
    "EXT",
    "NAMESPACE",
    "VERBS",
    "person_name",
    "pseudonym_key",
    "statement_id",
    "statements",
]

BATCH = 100
WRITE_BATCH = 2_000  # statements joined into one write
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


DETAIL_CHARS = 500  # of the LRS's own explanation, enough for a validation message


class LrsFailed(SongpeiError):
    """The LRS refused or could not be reached (url=..., status=..., sent=..., detail=...,
    transient=...). status 0: no answer at all. `detail` is the LRS's own explanation;
    `transient` (connection lost, 5xx, 429) says whether sending again later may succeed."""


class LrsConflicts(SongpeiError):
    """The LRS already holds other content under some statement ids (url=..., ids=...,
    sent=...); every other statement was delivered. `ids` is comma-separated."""


@dataclass(frozen=True)
class Posted:
    sent: int  # delivered: newly stored, or found already there
    already: int  # of those, the LRS said it held them already
    batches: int
    retries: int


def write_file(hub: Hub, path: Path) -> int:
    """Every statement into one JSON array, one statement a line, written as they are made:
    a county's millions never sit in memory at once. Returns how many were written."""
    count = 0

    def chunks() -> Iterator[bytes]:
        nonlocal count
        pieces, sep = ["["], "\n"
        for st in statements(hub):
            pieces += (sep, _ENCODE(st))
            sep, count = ",\n", count + 1
            if len(pieces) >= 2 * WRITE_BATCH:
                yield "".join(pieces).encode("utf-8")
                pieces = []
        pieces.append("\n]\n" if count else "]\n")
        yield "".join(pieces).encode("utf-8")

    atomic_write_chunks(path, chunks())
    return count


def post(
    hub: Hub,
    url: str,
    user: str,
    password: str,
    attempts: int = 5,
    sleep: Callable[[float], None] = time.sleep,
    progress: Callable[[int, int], None] | None = None,
) -> Posted:
    """POST in batches; a dropped connection, a 5xx or a 429 is retried with back-off (safe: the
    ids are fixed). An LRS refuses a whole batch with 409 when one id in it is stored with other
    content: then each statement of that batch is sent alone (PUT ?statementId=, 204 when stored
    or identical), so every other one is delivered and the conflicting ids are named in
    LrsConflicts at the end. Any other refusal stops with LrsFailed carrying the LRS's own
    detail. `progress(sent, total)` hears after each batch."""
    return post_items(list(statements(hub)), url, user, password, attempts, sleep, progress)


def post_items(
    items: list[dict],
    url: str,
    user: str,
    password: str,
    attempts: int = 5,
    sleep: Callable[[float], None] = time.sleep,
    progress: Callable[[int, int], None] | None = None,
) -> Posted:
    """`post` for statements already made."""
    lrs = _Lrs(url.rstrip("/") + "/statements", user, password, attempts, sleep)
    delivered = already = batches = 0
    conflicts: list[str] = []
    for i in range(0, len(items), BATCH):
        batch = items[i : i + BATCH]
        status, body = lrs.send("POST", "", batch, delivered)
        if status == 200:
            stored = _json(body)
            new = len(stored) if isinstance(stored, list) else len(batch)
            already += len(batch) - new
            delivered += len(batch)
        elif status == 204:
            already += len(batch)
            delivered += len(batch)
        else:  # 409: find the statements in conflict, deliver the others
            for st in batch:
                one, _ = lrs.send(
                    "PUT", "?statementId=" + st["id"], st, delivered, conflict_ok=True
                )
                if one == 409:
                    conflicts.append(st["id"])
                else:
                    delivered += 1
        batches += 1
        if progress is not None:
            progress(delivered, len(items))
    if conflicts:
        raise LrsConflicts(url=lrs.endpoint, ids=", ".join(conflicts), sent=delivered)
    return Posted(delivered, already, batches, lrs.retries)


class _Lrs:
    def __init__(self, endpoint, user, password, attempts, sleep) -> None:
        self.endpoint = endpoint
        self.auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
        self.attempts = attempts
        self.sleep = sleep
        self.retries = 0

    def send(self, method: str, query: str, doc, sent: int, conflict_ok: bool = False):
        """(status, body) of the first answer that is not transient; LrsFailed for a refusal
        other than 409 (allowed on a POST, and on a PUT when `conflict_ok`), or when the LRS
        stays unreachable or busy after every attempt."""
        body = json.dumps(doc, ensure_ascii=False).encode("utf-8")
        for attempt in range(self.attempts):
            status, answer = self._once(method, self.endpoint + query, body)
            if status in (200, 204) or status == 409 and (method == "POST" or conflict_ok):
                return status, answer
            transient = _transient(status)
            if not transient or attempt == self.attempts - 1:
                raise LrsFailed(
                    url=self.endpoint,
                    status=status,
                    sent=sent,
                    detail=_detail(answer),
                    transient=transient,
                )
            self.retries += 1
            self.sleep(min(2**attempt, 30))
        raise AssertionError("unreachable")

    def _once(self, method: str, url: str, body: bytes) -> tuple[int, bytes]:
        req = urllib.request.Request(
            url,
            data=body,
            method=method,
            headers={
                "Content-Type": "application/json",
                "Authorization": self.auth,
                "X-Experience-API-Version": "1.0.3",
            },
        )
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                return resp.status, resp.read()
        except urllib.error.HTTPError as exc:
            try:
                return exc.code, exc.read()
            except OSError:
                return exc.code, b""
        except (urllib.error.URLError, OSError):
            return 0, b""


def _transient(status: int) -> bool:
    """No answer, a busy or broken server, or "too many requests": worth trying again."""
    return status == 0 or status == 429 or status >= 500


def _json(body: bytes):
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None


def _detail(body: bytes) -> str:
    """The LRS's own words: xAPI servers answer {"detail": ...}, a text or (for a statement
    that fails validation) a list of {"loc": [...], "msg": ...}; anything else as text."""
    doc = _json(body)
    detail = doc.get("detail", doc) if isinstance(doc, dict) else doc
    if isinstance(detail, list):
        parts = []
        for d in detail:
            if isinstance(d, dict) and "msg" in d:
                loc = ".".join(str(x) for x in d.get("loc", []))
                parts.append(f"{loc}: {d['msg']}" if loc else str(d["msg"]))
            else:
                parts.append(str(d))
        detail = "; ".join(parts)
    elif detail is None:
        detail = body.decode("utf-8", "replace")
    elif not isinstance(detail, str):
        detail = json.dumps(detail, ensure_ascii=False)
    detail = " ".join(detail.split())
    return detail[:DETAIL_CHARS] + ("…" if len(detail) > DETAIL_CHARS else "")
