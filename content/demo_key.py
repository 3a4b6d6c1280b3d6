"""The demo publisher key: public on purpose (see demo_pack/keys/README.md), so only the demo
profile may trust it."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from .keys import PublicKey


@lru_cache(maxsize=1)
def demo_publisher() -> PublicKey:
    data = resources.files("content").joinpath("demo_pack/keys/demo-publisher.pub").read_bytes()
    return PublicKey.from_bytes(data, "demo-publisher.pub")
