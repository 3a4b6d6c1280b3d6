"""Reading one JSON object of a signed document (a pack's manifest, the programme and its
ability points) field by field: every key known, every value of its type, and the first problem
as PackRefused("bad_manifest", field=<where>, problem=...), so the app can say where it is."""

from __future__ import annotations

import math
from collections.abc import Mapping

from .errors import PackRefused

MAX_INTEGER = 2**53 - 1  # exact in every JSON reader
MAX_ID = 64
MAX_FILE_SIZE = 4 * 1024**3 - 1  # FAT32's limit: a pack must travel on any drive


class Fields:
    """Reads one JSON object of the manifest: every key known, every value of its type; the
    first problem becomes PackRefused("bad_manifest", field=<where>, problem=...)."""

    def __init__(
        self, d: object, where: str, required: tuple[str, ...], optional: tuple[str, ...] = ()
    ) -> None:
        self.where = where
        if not isinstance(d, Mapping):
            raise self.bad("", "not_an_object")
        for k in d:
            if k not in required and k not in optional:
                raise self.bad(k, "unknown")
        for k in required:
            if k not in d:
                raise self.bad(k, "missing")
        self.d = d

    def bad(self, key: str, problem: str) -> PackRefused:
        field = f"{self.where}.{key}" if self.where and key else (self.where or key)
        return PackRefused("bad_manifest", field=field, problem=problem)

    def has(self, key: str) -> bool:
        return self.d.get(key) is not None

    def text(self, key: str, empty: bool = False) -> str:
        v = self.d.get(key, "")
        if not isinstance(v, str):
            raise self.bad(key, "not_text")
        if not empty and not v.strip():
            raise self.bad(key, "empty")
        return v

    def ident(self, key: str) -> str:
        v = self.text(key)
        if len(v) > MAX_ID or any(ord(c) < 32 for c in v):
            raise self.bad(key, "bad_id")
        return v

    def integer(self, key: str, low: int = 0, high: int = MAX_INTEGER) -> int:
        v = self.d.get(key)
        if isinstance(v, bool) or not isinstance(v, int):
            raise self.bad(key, "not_an_integer")
        if not low <= v <= high:
            raise self.bad(key, "out_of_range")
        return v

    def optional_integer(self, key: str, low: int = 0, high: int = MAX_INTEGER) -> int | None:
        return None if self.d.get(key) is None else self.integer(key, low, high)

    def number(self, key: str, high: float, default: float | None = None) -> float:
        v = self.d.get(key)
        if v is None and default is not None:
            return default
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
            raise self.bad(key, "not_a_number")
        if not 0 <= v <= high:
            raise self.bad(key, "out_of_range")
        return float(v)

    def optional_number(self, key: str, high: float) -> float | None:
        return None if self.d.get(key) is None else self.number(key, high)

    def flag(self, key: str, default: bool) -> bool:
        v = self.d.get(key, default)
        if not isinstance(v, bool):
            raise self.bad(key, "not_true_or_false")
        return v

    def items(self, key: str) -> list:
        v = self.d.get(key, [])
        if not isinstance(v, list):
            raise self.bad(key, "not_a_list")
        return v

    def texts(self, key: str) -> tuple[str, ...]:
        v = self.items(key)
        if not all(isinstance(x, str) for x in v):
            raise self.bad(key, "not_text")
        return tuple(v)

    def choice(self, key: str, allowed: tuple[str, ...]) -> str:
        v = self.text(key)
        if v not in allowed:
            raise self.bad(key, "unknown_value")
        return v
