"""Where the demo profile finds its content: the demo pack built from content/demo_pack/ (in a
checkout, the wheel and the packaged app alike in app/bundled/demo-pack/), signed by the demo
publisher key that only the demo profile trusts."""

from __future__ import annotations

import os
from pathlib import Path

from content.demo_key import demo_publisher
from sync.base import library

__all__ = ["demo_packs", "demo_publisher"]


def demo_packs() -> list[Path]:
    """The first place that holds a built demo pack: $SONGPEI_DEMO_PACK, else bundled/demo-pack/
    beside this module (made by packaging/shipped.py or packaging/demo_pack/build_demo_pack.py,
    carried by the wheel and the packaged app)."""
    places = [
        os.environ.get("SONGPEI_DEMO_PACK"),
        Path(__file__).resolve().with_name("bundled") / "demo-pack",
    ]
    for place in places:
        if place and Path(place).is_dir():
            found = library.find_packs(Path(place))
            if found:
                return found
    return []
