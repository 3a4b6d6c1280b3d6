"""Deletes confined to a folder the program owns (the hub's files, the laptop's library).

A path to delete is checked before anything is removed: its folder resolved (links followed),
its own name kept as it is (a link is removed as a link, never followed), and the result must
lie strictly inside the owner's folder. Anything else is refused, so a name that arrived from
a drive, or a hand-edited record, can never make the program delete what is not its own."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from sync.base.errors import SongpeiError


class OutsideFolder(SongpeiError):
    """A path the program was about to delete or keep lies outside its own folder (path=...,
    folder=...); nothing was touched."""


def inside(folder: Path, path: Path) -> Path:
    """`path` with its parent resolved, if it lies strictly inside `folder`; else OutsideFolder."""
    root = Path(folder).resolve()
    path = Path(path)
    if not path.is_absolute():
        path = Path.cwd() / path
    where = path.parent.resolve() / path.name
    if path.name in ("", ".", "..") or root not in where.parents:
        raise OutsideFolder(path=str(path), folder=str(root))
    return where


def remove(folder: Path, path: Path) -> None:
    """Delete the file, link or folder tree at `path`, which must lie inside `folder`
    (OutsideFolder otherwise, before anything is removed). A path already gone is fine;
    what cannot be removed (a file held open on Windows) is left for the next time."""
    where = inside(folder, path)
    try:
        if where.is_dir() and not where.is_symlink():
            shutil.rmtree(where, ignore_errors=True)
        else:
            os.unlink(where)
    except OSError:  # gone already, or held open: nothing outside was touched either way
        pass
