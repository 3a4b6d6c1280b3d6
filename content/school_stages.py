"""Which 学段 a school teaches, read from its name, and the 学科 each 学段 has, so made-up
teachers (the demo county, the simulator) teach what their school teaches: no 物理 at a 小学.

Subjects follow the national curriculum plans: the compulsory years (义务教育课程方案) teach
道德与法治 and 科学 from 小学, and 物理 化学 生物 历史 地理 from 初中; 高中 (普通高中课程方案)
teaches 思想政治 where the compulsory years teach 道德与法治, and no 科学. The stage codes are
the journal's (sync.laptop.teachers.STAGES)."""

from __future__ import annotations

from .targets import simplified

PRIMARY, JUNIOR, SENIOR = "primary", "junior", "senior"
_ARTS = ("音乐", "体育", "美术", "信息技术")
_SCIENCES = ("物理", "化学", "生物", "历史", "地理")
SUBJECTS: dict[str, tuple[str, ...]] = {
    PRIMARY: ("语文", "数学", "英语", "科学", "道德与法治", *_ARTS),
    JUNIOR: ("语文", "数学", "英语", "科学", "道德与法治", *_SCIENCES, *_ARTS),
    SENIOR: ("语文", "数学", "英语", "思想政治", *_SCIENCES, *_ARTS),
}
# Words in a school's name, most telling first: 完全中学 before 中学, 初级中学 before 中学.
_BY_NAME: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("十二年一贯制", (PRIMARY, JUNIOR, SENIOR)),
    ("九年一贯制", (PRIMARY, JUNIOR)),
    ("完全中学", (JUNIOR, SENIOR)),
    ("高级中学", (SENIOR,)),
    ("高中", (SENIOR,)),
    ("初级中学", (JUNIOR,)),
    ("初中", (JUNIOR,)),
    ("小学", (PRIMARY,)),
    ("村小", (PRIMARY,)),
    ("教学点", (PRIMARY,)),
    ("中心校", (PRIMARY,)),  # a 乡 / 镇's 中心校 runs its primary schools
    ("中学", (JUNIOR, SENIOR)),  # a 中学 its name does not narrow: both, as a 完全中学
)


def stages_of(school: str) -> tuple[str, ...]:
    """The 学段 a school teaches, by its name ("岳池县第一中学" → junior and senior); () when
    the name does not say."""
    name = simplified(school)
    for word, stages in _BY_NAME:
        if word in name:
            return stages
    return ()


def fits(school: str, stage: str, subject: str) -> bool:
    """Whether a teacher of `subject` at `stage` belongs at `school` (by its name)."""
    return stage in stages_of(school) and subject in SUBJECTS.get(stage, ())
