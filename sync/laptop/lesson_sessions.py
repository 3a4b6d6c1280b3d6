"""A lesson session on its way into the journal.

While a teacher watches or reads, the session's running totals are checkpointed to the
`lesson_checkpoints` table (every CHECKPOINT_EVERY_S of counted time, and when the position
moves far); at the end, one transaction writes the `lesson.session` event and removes the
checkpoint. If the app dies in between, `recover` turns each checkpoint left behind into that
event on the next start (payload `recovered: true`). The checkpoint's session id becomes the
event id, and the event and the deletion share one transaction, so a session is written at
most once however often recovery runs, and at least once however the app ends.

The position reached is not stored anywhere else: it is read back from the latest of the
teacher's session events and checkpoints for the lesson."""

from __future__ import annotations

import functools
import threading
import uuid

from sync.base.events import LESSON_SESSION, Event
from sync.base.rows import named
from sync.laptop.journal import Journal, Tx

CHECKPOINT_EVERY_S = 15
POSITION_MOVE_S = 15.0

# Sessions open in this process: recovery must not finish a session that is still running.
_live: set[str] = set()
_live_lock = threading.Lock()


def _payload(
    lesson_id: str, active_seconds: int, position_s: float, completed: bool, recovered: bool = False
) -> dict:
    p = {
        "lesson": lesson_id,
        "active_seconds": int(active_seconds),
        "position_s": round(float(position_s), 1),
        "completed": bool(completed),
    }
    if recovered:
        p["recovered"] = True
    return p


class LessonSession:
    def __init__(
        self, journal: Journal, teacher_id: str, lesson_id: str, start_position_s: float = 0.0
    ) -> None:
        self.journal = journal
        self.teacher_id = teacher_id
        self.lesson_id = lesson_id
        self.session_id = str(uuid.uuid4())
        self.start_position_s = float(start_position_s)
        self._saved = (0, self.start_position_s)  # what the last checkpoint holds
        self._has_checkpoint = False
        self.finished: Event | None = None
        self.closed = False
        with _live_lock:
            _live.add(self.session_id)

    def update(self, active_seconds: int, position_s: float, completed: bool = False) -> bool:
        """Checkpoint if enough has changed since the last one; True if it wrote."""
        seconds, position = self._saved
        if (
            active_seconds - seconds < CHECKPOINT_EVERY_S
            and abs(position_s - position) < POSITION_MOVE_S
            and not completed
        ):
            return False
        self.checkpoint(active_seconds, position_s, completed)
        return True

    def checkpoint(self, active_seconds: int, position_s: float, completed: bool = False) -> None:
        if self.closed:
            return
        row = (
            self.session_id,
            self.teacher_id,
            self.lesson_id,
            int(active_seconds),
            float(position_s),
            int(bool(completed)),
            self.journal.now_ms(),
        )
        self.journal.transact(
            lambda tx: tx.conn.execute(
                "INSERT OR REPLACE INTO lesson_checkpoints VALUES (?,?,?,?,?,?,?)", row
            )
        )
        self._saved = (int(active_seconds), float(position_s))
        self._has_checkpoint = True

    def worth_recording(self, active_seconds: int, position_s: float, completed: bool) -> bool:
        """A session that counted nothing and moved nowhere is not worth an event."""
        return active_seconds > 0 or completed or abs(position_s - self.start_position_s) >= 1.0

    def finish(
        self, active_seconds: int, position_s: float, completed: bool = False
    ) -> Event | None:
        """Write the session's event and drop its checkpoint, in one transaction (safe to call
        again: the second call does nothing). None if the session was not worth an event."""
        if self.closed:
            return self.finished
        payload = _payload(self.lesson_id, active_seconds, position_s, completed)
        worth = self.worth_recording(active_seconds, position_s, completed)

        def write(tx: Tx) -> Event | None:
            tx.conn.execute(
                "DELETE FROM lesson_checkpoints WHERE session_id = ?", (self.session_id,)
            )
            if not worth:
                return None
            return tx.append(self.teacher_id, LESSON_SESSION, payload, event_id=self.session_id)

        self.finished = self.journal.transact(write)
        self.closed = True
        with _live_lock:
            _live.discard(self.session_id)
        return self.finished


def recover(journal: Journal) -> list[Event]:
    """Turn every checkpoint left by a session that did not end into its event (once)."""
    with journal.reader() as conn:
        rows = conn.execute("SELECT session_id FROM lesson_checkpoints").fetchall()
    with _live_lock:
        orphans = [r[0] for r in rows if r[0] not in _live]
    written = []
    for session_id in orphans:
        ev = journal.transact(functools.partial(_recover_one, session_id=session_id))
        if ev is not None:
            written.append(ev)
    return written


def _recover_one(tx: Tx, session_id: str) -> Event | None:
    # Re-read inside the transaction: another recovery may have got here first.
    row = tx.conn.execute(
        "SELECT teacher_id, lesson_id, active_seconds, position_s, completed, updated_ms "
        "FROM lesson_checkpoints WHERE session_id = ?",
        (session_id,),
    ).fetchone()
    if row is None:
        return None
    tx.conn.execute("DELETE FROM lesson_checkpoints WHERE session_id = ?", (session_id,))
    if tx.conn.execute("SELECT 1 FROM events WHERE id = ?", (session_id,)).fetchone():
        return None  # its event was written; only the checkpoint had survived
    teacher_id, lesson_id, seconds, position, completed, updated_ms = row
    # The event bears the time of the last checkpoint: when the study happened, not now.
    return tx.append(
        teacher_id,
        LESSON_SESSION,
        _payload(lesson_id, seconds, position, bool(completed), recovered=True),
        wall_ms=updated_ms,
        event_id=session_id,
    )


def pending_seconds(journal: Journal, teacher_id: str, lesson_id: str) -> int:
    """Counted seconds held in checkpoints not yet turned into events (another window's
    session, or one recovery has not reached yet)."""
    with journal.reader() as conn:
        return conn.execute(
            "SELECT coalesce(sum(active_seconds), 0) FROM lesson_checkpoints "
            "WHERE teacher_id = ? AND lesson_id = ?",
            (teacher_id, lesson_id),
        ).fetchone()[0]


def last_position(journal: Journal, teacher_id: str, lesson_id: str) -> float:
    """Where the teacher stopped in this lesson: the latest checkpoint, else the latest session
    event; 0 if the lesson was never opened or was last watched to the end."""
    with journal.reader() as conn:
        row = named(
            conn,
            "SELECT position_s, completed FROM lesson_checkpoints WHERE teacher_id = ? "
            "AND lesson_id = ? ORDER BY updated_ms DESC LIMIT 1",
            (teacher_id, lesson_id),
        ).fetchone()
        if row is None:
            # json_extract in SQL: one teacher's sessions can be thousands of rows
            row = named(
                conn,
                "SELECT json_extract(payload, '$.position_s') AS position_s, "
                "json_extract(payload, '$.completed') AS completed FROM events WHERE teacher_id = ? "
                "AND type = ? AND json_extract(payload, '$.lesson') = ? "
                "ORDER BY seq DESC LIMIT 1",
                (teacher_id, LESSON_SESSION, lesson_id),
            ).fetchone()
    if row is None or row["completed"] or row["position_s"] is None:
        return 0.0
    return max(float(row["position_s"]), 0.0)
