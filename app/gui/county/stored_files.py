"""Opening a file the hub stores (evidence, a school's plans): a copy in a scratch folder, made
on the hub's worker, handed to the system's viewer; what went wrong goes to the page's error
line. The stored file itself is never handed out, so no viewer can change it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QWidget

from sync.county.hub import Hub
from sync.county.listings import viewable_copy

from ...messages import describe
from ..operations import ReadOp
from ..widgets import open_with_system


def open_stored(page: QWidget, hub: Hub, ref: dict, copies: Path, error: QLabel) -> None:
    ReadOp(
        page,
        hub,
        op=lambda: viewable_copy(hub, ref, copies),
        success=open_with_system,
    ).failure(lambda exc: error.setText(describe(exc))).run()
