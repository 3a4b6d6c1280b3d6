"""A long session of Qt calls does not abort the interpreter (PySide6 6.12 on Python 3.11 drops
a reference to None per void call; see app/spare_refs.py)."""

from __future__ import annotations

import os
import subprocess
import sys

SESSION = """
import app
from PySide6.QtWidgets import QApplication, QWidget
qt = QApplication([])
w = QWidget()
for _ in range(300_000):  # a county officer's long day of clicks and redraws
    w.setVisible(False)
print("still running")
"""


def test_three_hundred_thousand_void_qt_calls_leave_the_program_running():
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", SESSION], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "still running" in done.stdout
    assert "deallocating" not in done.stderr
