"""Pick a player: libvlc first (it plays the old courseware formats), QtMultimedia when libvlc
is missing or broken on this laptop. The caller shows a note when the fallback was taken."""

from __future__ import annotations

from collections.abc import Sequence

from .backend import PlayerBackend


def choose(order: Sequence[str] = ("vlc", "qt"), vlc_options: Sequence[str] = ()) -> PlayerBackend:
    """The first backend in `order` that loads; its `name` says which one it is."""
    last: BaseException | None = None
    for name in order:
        try:
            if name == "vlc":
                from .vlc_backend import VlcBackend

                return VlcBackend(vlc_options)
            if name == "qt":
                from .qt_backend import QtBackend

                return QtBackend()
            if name == "dummy":
                from .dummy import DummyBackend

                return DummyBackend()
        except BaseException as exc:  # python-vlc raises anything, even SystemExit
            last = exc
    raise RuntimeError(f"no video player could be loaded: {last!r}")
