"""A laptop with a real quiz installed: the demo pack's A1 self-test, in a small signed pack."""

from __future__ import annotations

import shutil
from pathlib import Path

from content.pack_build import build
from tests.support.packs import PUBLISHER
from tests.support.paths import ROOT

DEMO_BANK = ROOT / "content" / "demo_pack" / "quizzes" / "a1-t1.json"

PACK_TOML = """\
id = "quiz-test"
version = 1
title = "A1 自测"
created = 2026-09-01
programme = "national-2.0"

[[ability_points]]
code = "A1"
name = "技术支持的学情分析"

[[courses]]
id = "a1"
title = "A1 技术支持的学情分析"
ability_point = "A1"

  [[courses.lessons]]
  id = "a1-t1"
  title = "自测：技术支持的学情分析"
  hours = 0.5
  category = "online"
  kind = "quiz"
  quiz = {{ bank = "quizzes/a1-t1.json", {quiz} }}
"""


def install_quiz(laptop, root: Path, quiz: str = "draw = 12, pass_mark = 60, attempts = 3"):
    """Install the pack; returns the quiz lesson as the laptop's catalogue has it."""
    src = root / "author-quiz"
    (src / "quizzes").mkdir(parents=True)
    shutil.copy(DEMO_BANK, src / "quizzes" / "a1-t1.json")
    (src / "pack.toml").write_text(PACK_TOML.format(quiz=quiz), "utf-8")
    folder = build(src, PUBLISHER, root / "out").folder
    laptop.add_trust(PUBLISHER.public)
    laptop.install_pack(folder)
    return laptop.catalog.lesson("a1-t1")


def enrol(laptop):
    from tests.support.ids import valid_id

    return laptop.teachers.enrol(
        "王老师", valid_id(), "岳池县中心小学", "primary", "数学", pin="2468"
    )
