"""Where the tests find the repository, and how they start Songpei as a separate process."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SONGPEI = [sys.executable, "-m", "app"]
