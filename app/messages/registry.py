"""How an error becomes a sentence: a registry of wording functions keyed by error class, and
`tr`, which puts arguments into a translated text.

The core raises structured errors (a class and its `args_`); each domain module here registers
one function per class with `@words(SomeError)`. `describe` looks the error's class up along
its MRO, so a subclass without words of its own is worded as its base."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

Wording = Callable[[BaseException, dict[str, Any]], str]
_WORDS: dict[type, Wording] = {}
_MARKER = re.compile(r"%(\d+)")


def tr(text: str, *args: object) -> str:
    """`text`, already translated (`tr(translate("ctx", "... %1 ..."), x)`: lupdate finds the
    literal), with %1..%n replaced by the arguments in one pass, so an argument that itself
    holds "%2" (a file name, say) stays as it is. Markers beyond the arguments stay."""

    def arg(m: re.Match[str]) -> str:
        n = int(m[1])
        return str(args[n - 1]) if 1 <= n <= len(args) else m[0]

    return _MARKER.sub(arg, text)


def words(*classes: type[BaseException]) -> Callable[[Wording], Wording]:
    """Register the decorated `(exc, args_) -> sentence` function for these error classes."""

    def register(fn: Wording) -> Wording:
        for cls in classes:
            if cls in _WORDS:
                raise ValueError(f"{cls.__name__} is worded twice")
            _WORDS[cls] = fn
        return fn

    return register


def describe(exc: BaseException) -> str:
    """One or two sentences: what went wrong and what to do."""
    for cls in type(exc).__mro__:
        fn = _WORDS.get(cls)
        if fn is not None:
            return fn(exc, getattr(exc, "args_", {}))
    return tr(translate("Messages", "Unexpected error: %1"), exc)
