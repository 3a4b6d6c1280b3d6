"""xAPI 1.0.3 statements from the hub, and a careful POST to a learning record store.

Statement ids are UUIDv5 of the event id, so every export of the same event carries the same
id: an LRS answers a repeat with 204/409 and nothing is stored twice, which makes a retry after
a broken connection safe. The actor is an account whose name is a pseudonym of the person (an
HMAC of the 身份证号 under the county key id), never the 身份证号 itself."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sync.base.durable import atomic_write_bytes
from sync.base.errors import SongpeiError
from sync.base.events import ATTENDANCE_SIGNED, LESSON_SESSION, QUIZ_ATTEMPT, TEACHER_ENROLLED
from sync.county.hub import Hub

NAMESPACE = uuid.UUID("5f1d3c2e-8a47-4c1b-9b7e-2f7c0e6a9d31")  # Songpei's, fixed for good
HOME = "https://songpei.invalid/county/"  # account home page: names the system, not a host
ACTIVITY = "https://songpei.invalid/activity/"
VERBS = {
    LESSON_SESSION: ("http://adlnet.gov/expapi/verbs/experienced", "experienced"),
    ATTENDANCE_SIGNED: ("http://adlnet.gov/expapi/verbs/attended", "attended"),
    QUIZ_ATTEMPT: ("http://adlnet.gov/expapi/verbs/completed", "completed"),
}
BATCH = 100


class LrsFailed(SongpeiError):
    """The LRS refused or could not be reached after retries (url=..., status=..., sent=...)."""


def person_name(county_key_id: str, id_number: str) -> str:
    return (
        "p-" + hmac.new(county_key_id.encode(), id_number.encode(), hashlib.sha256).hexdigest()[:24]
    )


def statements(hub: Hub) -> Iterator[dict]:
    people = {}
    for teacher_id, payload in hub.conn.execute(
        "SELECT teacher_id, payload FROM events WHERE type=?", (TEACHER_ENROLLED,)
    ):
        people[teacher_id] = person_name(hub.county.key_id, json.loads(payload)["id_number"])
    types = tuple(VERBS)
    for event_id, teacher_id, type_, payload, wall_ms in hub.conn.execute(
        f"SELECT id, teacher_id, type, payload, wall_ms FROM events WHERE type IN "
        f"({','.join('?' * len(types))}) ORDER BY device_id, seq",
        types,
    ):
        if teacher_id not in people:
            continue
        data = json.loads(payload)
        verb_id, verb = VERBS[type_]
        target = (
            data.get("lesson")
            or data.get("quiz")
            or json.loads(data.get("statement", "{}")).get("session_id", "session")
        )
        st = {
            "id": str(uuid.uuid5(NAMESPACE, event_id)),
            "actor": {
                "objectType": "Agent",
                "account": {"homePage": HOME, "name": people[teacher_id]},
            },
            "verb": {"id": verb_id, "display": {"zh-CN": verb, "en-US": verb}},
            "object": {"objectType": "Activity", "id": ACTIVITY + str(target)},
            "timestamp": _iso(wall_ms),
        }
        if type_ == LESSON_SESSION:
            st["result"] = {
                "duration": f"PT{int(data.get('active_seconds', 0))}S",
                "completion": bool(data.get("completed")),
            }
        elif type_ == ATTENDANCE_SIGNED:
            st["result"] = {
                "extensions": {
                    ACTIVITY + "hours": data.get("hours"),
                    ACTIVITY + "category": data.get("category"),
                }
            }
        elif "score" in data:
            st["result"] = {
                "score": {"scaled": round(float(data["score"]) / 100, 4)},
                "success": bool(data.get("passed")),
            }
        yield st


def _iso(ms: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(ms / 1000)) + f".{ms % 1000:03d}Z"


@dataclass(frozen=True)
class Posted:
    sent: int
    batches: int
    retries: int


def write_file(hub: Hub, path: Path) -> int:
    items = list(statements(hub))
    atomic_write_bytes(path, json.dumps(items, ensure_ascii=False, indent=1).encode("utf-8"))
    return len(items)


def post(
    hub: Hub,
    url: str,
    user: str,
    password: str,
    attempts: int = 5,
    sleep: Callable[[float], None] = time.sleep,
    progress: Callable[[int, int], None] | None = None,
) -> Posted:
    """POST in batches; a 5xx or a dropped connection is retried with back-off (safe: the ids
    are fixed); 409 (already stored) counts as done; any other 4xx stops with LrsFailed.
    `progress(sent, total)` hears after each batch the LRS accepted."""
    auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
    items = list(statements(hub))
    sent = retries = batches = 0
    endpoint = url.rstrip("/") + "/statements"
    for i in range(0, len(items), BATCH):
        body = json.dumps(items[i : i + BATCH], ensure_ascii=False).encode("utf-8")
        for attempt in range(attempts):
            req = urllib.request.Request(
                endpoint,
                data=body,
                method="POST",
                headers={
                    "Content-Type": "application/json",
                    "Authorization": auth,
                    "X-Experience-API-Version": "1.0.3",
                },
            )
            try:
                with urllib.request.urlopen(req, timeout=30) as resp:
                    status = resp.status
            except urllib.error.HTTPError as exc:
                status = exc.code
            except (urllib.error.URLError, OSError):
                status = None
            if status in (200, 204, 409):
                break
            if status is not None and 400 <= status < 500:
                raise LrsFailed(url=endpoint, status=status, sent=sent)
            if attempt == attempts - 1:
                raise LrsFailed(url=endpoint, status=status or 0, sent=sent)
            retries += 1
            sleep(min(2**attempt, 30))
        sent += len(items[i : i + BATCH])
        batches += 1
        if progress is not None:
            progress(sent, len(items))
    return Posted(sent, batches, retries)
