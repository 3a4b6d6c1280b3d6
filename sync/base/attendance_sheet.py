"""The signed attendance statement: a teacher's signature with the PIN on the laptop
(sync.laptop.attendance) is co-signed by the trainer's key over a statement of who attended
what, and the county checks that signature on import (sync.county.hub)."""

from __future__ import annotations

import json
from collections.abc import Collection

from content.keys import unb64, verify

DOMAIN = "attendance-v1"


def check(
    payload: dict, teacher_id: str, device_ids: Collection[str], trainers: dict[bytes, str]
) -> str | None:
    """The county's check of one attendance event; None when it holds, else what is wrong:
    'unknown-trainer', 'bad-signature' or 'mismatch' (payload and signed statement differ).
    `device_ids`: the laptop's identity and any it continues (sync.base.rekey)."""
    try:
        key = unb64(payload["trainer_key"])
        statement = payload["statement"]
        if key not in trainers:
            return "unknown-trainer"
        if not verify(key, DOMAIN, statement.encode("utf-8"), unb64(payload["trainer_signature"])):
            return "bad-signature"
        s = json.loads(statement)
    except (KeyError, ValueError, TypeError, AttributeError):
        return "bad-signature"
    if (
        s.get("teacher_id") != teacher_id
        or s.get("device_id") not in device_ids
        or s.get("hours") != payload.get("hours")
        or s.get("category") != payload.get("category")
    ):
        return "mismatch"
    return None
