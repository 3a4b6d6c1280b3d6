"""JSON from outside (a drive, a pack, a mail file): parsed so that nesting too deep for the
parser is an ordinary JSONDecodeError (a ValueError), which every reader already turns into its clear refusal.

json.loads raises RecursionError on `[[[[…` nested some thousands deep (a file of 200,000
brackets is 400 kB): not a ValueError, so it would pass the readers' `except ValueError` and
reach a person as a traceback."""

from __future__ import annotations

import json
from typing import Any


def loads(data: str | bytes | bytearray, **kw: Any) -> Any:
    """json.loads, with nesting too deep refused as JSONDecodeError (a ValueError). Any, as
    json.loads gives: each reader checks the shape it needs and refuses what does not fit."""
    try:
        return json.loads(data, **kw)
    except RecursionError:
        doc = data if isinstance(data, str) else ""
        raise json.JSONDecodeError("nested too deeply", doc, 0) from None
