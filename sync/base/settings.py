"""What a computer is for, kept in the data folder's settings.json: a school laptop or the
county office (and then which hub file it opens), and the trainer key last used here. Written atomically: a crash leaves the old
settings or the new ones, never half a file."""

from __future__ import annotations

import json
from pathlib import Path

from content.json_text import loads as json_loads
from sync.base.durable import atomic_write_bytes, translate_os_error

FILE = "settings.json"
LAPTOP, COUNTY = "laptop", "county"


def read(data_dir: Path) -> dict:
    """The saved settings; {} before the first start (or if the file was damaged, so the
    first-start question is simply asked again)."""
    try:
        found = json_loads((Path(data_dir) / FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def role(data_dir: Path) -> str | None:
    """None means "ask": nothing saved and no laptop journal here yet (a folder that already
    holds a journal is a laptop from before this question existed)."""
    found = read(data_dir).get("role")
    if found in (LAPTOP, COUNTY):
        return found
    return LAPTOP if (Path(data_dir) / "journal.db").exists() else None


def set_role(data_dir: Path, new_role: str, hub: Path | None = None) -> dict:
    if new_role not in (LAPTOP, COUNTY):
        raise ValueError(new_role)
    data = read(data_dir) | {"role": new_role}
    if hub is not None:
        data["hub"] = str(Path(hub).absolute())
    return _write(data_dir, data)


def remember_trainer_key(data_dir: Path, key: Path) -> dict:
    """The trainer key last unlocked here, offered first at the next face-to-face session."""
    return _write(data_dir, read(data_dir) | {"trainer_key": str(Path(key).absolute())})


def _write(data_dir: Path, data: dict) -> dict:
    try:
        Path(data_dir).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise translate_os_error(exc, Path(data_dir)) from exc
    atomic_write_bytes(
        Path(data_dir) / FILE, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    )
    return data
