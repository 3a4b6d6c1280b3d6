"""What the command line prints: text that came from people or drives (teacher and school names,
file names, key holders) made harmless for a terminal, tables whose columns line up with Chinese
characters, and a status line for long work."""

from __future__ import annotations

import re
import sys
import time
import unicodedata
from collections.abc import Sequence

from sync.county.xlsx import display_width

from ..messages import tr

# Terminal escape sequences, removed whole so that no half of one is left to act: CSI (ESC [ or
# the one-byte CSI), the string commands (OSC, DCS, …: up to BEL or ST, or to the end of the text)
# and two-character escapes.
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -~]?"
)
# Bidirectional overrides and isolates reorder what the terminal shows around them.
_BIDI = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def clean(text: object, keep: str = "\n") -> str:
    """`text` without terminal escapes, control characters (a carriage return could overwrite
    what came before it on the line) or bidirectional overrides; only the control characters in
    `keep` stay."""
    text = _ESCAPES.sub("", str(text)).translate(_BIDI)
    return "".join(c for c in text if c in keep or unicodedata.category(c) != "Cc")


def say(text: object = "", file=None) -> None:
    """Print a message that may carry names from people or drives (stdout unless `file`)."""
    print(clean(text), file=file)


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    """The lines of a table, columns padded so that they line up on a terminal, where a Chinese
    character takes two columns."""
    cells = [[clean(c, keep="") for c in row] for row in [header, *rows]]
    widths = [max(display_width(row[i]) for row in cells) for i in range(len(header))]
    return [
        "  ".join(
            c + " " * (w - display_width(c)) for c, w in zip(row, widths, strict=True)
        ).rstrip()
        for row in cells
    ]


class StatusLine:
    """How far long work has come, on stderr: rewritten in place on a terminal; to a log or a
    pipe, plain lines without carriage returns, at most one a second (the first and the last
    always), so the log keeps a readable trace."""

    def __init__(self, stream=None) -> None:
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.shown_at: float | None = None  # when the last line was shown
        self.width = 0  # of the line standing in place on a terminal

    def show(self, text: str, last: bool = False) -> None:
        now = time.monotonic()
        if (
            not last
            and self.shown_at is not None
            and now - self.shown_at < (0.2 if self.tty else 1.0)
        ):
            return
        self.shown_at = now
        text = clean(text, keep="")
        if self.tty:
            pad = " " * max(self.width - display_width(text), 0)
            print("\r" + text + pad, end="", file=self.stream, flush=True)
            self.width = display_width(text)
        else:
            print(text, file=self.stream, flush=True)
        if last:
            self.finish()

    def finish(self) -> None:
        """End the line standing in place (before the result, or an error, is printed)."""
        if self.tty and self.width:
            print(file=self.stream, flush=True)
        self.shown_at, self.width = None, 0


class Counter(StatusLine):
    """A `progress(done, total)` callback for the core's long work, showing `words` with %1
    done of %2; as a context manager it ends its line however the work ends."""

    def __init__(self, words: str, stream=None) -> None:
        super().__init__(stream)
        self.words = words

    def __call__(self, done: int, total: int) -> None:
        if total:
            self.show(tr(self.words, str(done), str(total)), last=done >= total)

    def __enter__(self) -> Counter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.finish()
