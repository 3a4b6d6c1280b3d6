"""A laptop with a pack of three ability points (A1, A3, A5) and teachers, for the evidence
and transcript tests. The pack names each point by code only: its name, environment and
dimension are the programme catalogue's."""

from __future__ import annotations

import json
from pathlib import Path

from content.pack_build import build
from tests.support.ids import valid_id
from tests.support.packs import PUBLISHER, minimal_pdf

POINT = """
[[ability_points]]
code = "{code}"
practice_hours = {hours}

  [[ability_points.evidence_slots]]
  id = "plan"
  kind = "plan"
  title = "设计方案"
  max_bytes = 4000
  types = ["docx", "pdf", "txt"]

  [[ability_points.evidence_slots]]
  id = "media"
  kind = "media"
  title = "课堂片段"
  required = {media_required}
  max_bytes = 3000
  types = ["mp4", "jpg"]

  [[ability_points.evidence_slots]]
  id = "reflection"
  kind = "reflection"
  title = "反思"

[ability_points.criteria]
excellent = ["学情分析结论指导了教学设计"]
pass = ["有学情分析方案与实施记录"]
"""

PACK = """\
id = "evidence-test"
version = 1
title = "能力点测试包"
created = 2026-09-01
programme = "{programme}"
{points}
[[courses]]
id = "c1"
title = "A1 学情分析"
ability_point = "A1"

  [[courses.lessons]]
  id = "c1-l1"
  title = "学情分析入门"
  hours = 2
  category = "online"
  kind = "document"
  document = "docs/a1.pdf"
"""

HOURS = {"A1": 10, "A3": 8, "A5": 6}


def install_points_pack(
    laptop,
    root: Path,
    hours: dict[str, float] | None = None,
    programme: str | dict | None = None,
) -> Path:
    """Build the pack (its points worth `hours`, HOURS by default; under `programme`, a shipped
    programme's name or the programme's data itself), install it on `laptop`; returns the
    built pack's folder (for a hub to install too). None: the shipped national-2.0."""
    src = root / "author-evidence"
    (src / "docs").mkdir(parents=True)
    (src / "docs" / "a1.pdf").write_bytes(minimal_pdf("a1"))
    points = "".join(
        POINT.format(code=c, hours=h, media_required="true" if c == "A3" else "false")
        for c, h in (hours or HOURS).items()
    )
    if isinstance(programme, dict):
        text = PACK.format(points=points, programme="national-2.0")
        text = text.replace('programme = "national-2.0"', "programme = " + _inline(programme))
    else:
        text = PACK.format(points=points, programme=programme or "national-2.0")
    (src / "pack.toml").write_text(text, "utf-8")
    built = build(src, PUBLISHER, root / "out", duration_of=lambda p: 60.0)
    laptop.add_trust(PUBLISHER.public)
    laptop.install_pack(built.folder)
    return built.folder


def _inline(table: dict) -> str:
    """A programme's data as a TOML inline table (its ability points an array of tables)."""
    return "{" + ", ".join(f"{k} = {_toml(v)}" for k, v in table.items() if v is not None) + "}"


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return _inline(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml(x) for x in value) + "]"
    return repr(value)


def enrol(laptop, name: str, seq: str, school_team: bool = False):
    t = laptop.teachers.enrol(
        name, valid_id(seq=seq), "协兴镇中心小学", "primary", "数学", "123456", "123456"
    )
    if school_team:
        t = laptop.teachers.set_school_team(t.id, True)
    return t
