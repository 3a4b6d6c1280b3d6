"""A school's 学段 from its name, and the 学科 each 学段 teaches."""

from __future__ import annotations

import pytest

from content.school_stages import JUNIOR, PRIMARY, SENIOR, SUBJECTS, fits, stages_of


@pytest.mark.parametrize(
    "school, stages",
    [
        ("岳池县花桥镇中心小学", (PRIMARY,)),
        ("广安区协兴镇完全小学", (PRIMARY,)),
        ("武胜县观塘镇村小", (PRIMARY,)),
        ("邻水县甘坝乡中心校", (PRIMARY,)),
        ("武胜县观塘镇初级中学", (JUNIOR,)),
        ("武勝縣觀塘鎮初級中學", (JUNIOR,)),  # traditional, as a county table may write
        ("华蓥市第一高级中学", (SENIOR,)),
        ("岳池县白市镇完全中学", (JUNIOR, SENIOR)),
        ("岳池县第一中学", (JUNIOR, SENIOR)),
        ("前锋区九年一贯制学校", (PRIMARY, JUNIOR)),
        ("广安市教育科学研究所", ()),
    ],
)
def test_the_stages_a_school_teaches_come_from_its_name(school, stages):
    assert stages_of(school) == stages


def test_subjects_per_stage():
    science = {"物理", "化学", "生物", "历史", "地理"}
    assert not science & set(SUBJECTS[PRIMARY])
    assert science <= set(SUBJECTS[JUNIOR]) and science <= set(SUBJECTS[SENIOR])
    assert set(SUBJECTS[PRIMARY]) <= set(SUBJECTS[JUNIOR])
    assert "思想政治" in SUBJECTS[SENIOR] and "道德与法治" not in SUBJECTS[SENIOR]
    assert "思想政治" not in SUBJECTS[JUNIOR]


def test_a_physics_teacher_fits_a_middle_school_not_a_primary_one():
    assert fits("岳池县第一中学", SENIOR, "物理") and fits("岳池县第一中学", JUNIOR, "物理")
    assert not fits("岳池县花桥镇中心小学", PRIMARY, "物理")
    assert not fits("岳池县花桥镇中心小学", JUNIOR, "数学")  # not a stage the school teaches
    assert not fits("武胜县观塘镇初级中学", SENIOR, "思想政治")
    assert fits("武胜县观塘镇初级中学", JUNIOR, "道德与法治")
