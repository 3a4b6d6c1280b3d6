"""Where the demo profile finds its content: the demo pack built from content/demo_pack/ (or
shipped inside the packaged app), signed by the demo publisher key that only the demo profile
trusts."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from content.demo_key import demo_publisher
from sync import library

__all__ = ["demo_packs", "demo_publisher"]


def demo_packs() -> list[Path]:
    """The first place that holds a built demo pack: $SONGPEI_DEMO_PACK, the packaged app, or
    build/demo-pack/ in a checkout (made by packaging/demo_pack/build_demo_pack.py)."""
    places = [os.environ.get("SONGPEI_DEMO_PACK"),
              getattr(sys, "_MEIPASS", None) and Path(sys._MEIPASS) / "demo-pack",
              Path(__file__).resolve().parents[1] / "build" / "demo-pack"]
    for place in places:
        if place and Path(place).is_dir():
            found = library.find_packs(Path(place))
            if found:
                return found
    return []
