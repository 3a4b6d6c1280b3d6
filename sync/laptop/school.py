"""The school's own settings, kept in the journal so that they outlive the program and travel to
the county with the rest of the record: its teaching environment (教学环境), which decides the
ability points its teachers may choose (content.ability_points.allowed_environments)."""

from __future__ import annotations

from content.ability_points import environment_code
from sync.base.errors import SongpeiError
from sync.base.events import SCHOOL_ENVIRONMENT_SET, Event
from sync.laptop.evidence import school_team_member
from sync.laptop.journal import Tx
from sync.laptop.laptop import Laptop


class EnvironmentRefused(SongpeiError):
    """Not a teaching environment (value=...): A, B or C (or its name) is asked for."""


def set_environment(laptop: Laptop, member_id: str, environment: str) -> Event | None:
    """Record the school's teaching environment (A 多媒体教学环境, B 混合学习环境 or C 智慧学习环境,
    the letter or the name), set by a member of the school team; None when it is already so
    (nothing is written twice)."""
    code = environment_code(str(environment))
    if code is None:
        raise EnvironmentRefused(value=str(environment))

    def write(tx: Tx) -> Event | None:
        # The team and the setting are read inside the write: a membership just withdrawn, or
        # the same setting saved from two windows, count.
        school_team_member(tx, member_id)
        row = tx.conn.execute(
            "SELECT json_extract(payload, '$.environment') FROM events WHERE type=? "
            "ORDER BY seq DESC LIMIT 1",
            (SCHOOL_ENVIRONMENT_SET,),
        ).fetchone()
        if row is not None and row[0] == code:
            return None
        return tx.append(member_id, SCHOOL_ENVIRONMENT_SET, {"environment": code})

    return laptop.journal.transact(write)
