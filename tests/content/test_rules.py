from __future__ import annotations

import json
from dataclasses import replace

import pytest

from content.ability_points import national_catalogue
from content.catalog import demo_catalog
from content.rules import (
    ATTENDANCE,
    EVIDENCE_RATED,
    LESSON_SESSION,
    ProgrammeRules,
    bundled_programme,
    bundled_rules,
    compute_progress,
)

NATIONAL = bundled_rules("national-2.0")
SICHUAN = bundled_rules("sichuan-2.0")


def session(lesson, seconds):
    return (LESSON_SESSION, {"lesson": lesson, "active_seconds": seconds})


def test_rules_are_data():
    assert (NATIONAL.goal_hours, NATIONAL.practice_required, NATIONAL.cycle_years) == (50, 25, 5)
    assert (SICHUAN.online_required, SICHUAN.practice_required, SICHUAN.cycle_years) == (20, 30, 3)


def test_one_hour_is_45_minutes_and_lessons_are_capped():
    cat = demo_catalog()  # a1-l1 is worth 2 hours
    p = compute_progress([session("a1-l1", 2700), session("a1-l1", 2700 * 5)], cat, NATIONAL)
    assert p.online_hours == 2.0
    assert p.lesson_seconds == {"a1-l1": 5400}


def test_unknown_lessons_and_negative_time_earn_nothing():
    p = compute_progress(
        [session("not-in-catalogue", 99999), session("a1-l2", -500)], demo_catalog(), NATIONAL
    )
    assert p.total_hours == 0


def signed(hours, day, category="practice"):
    """An attendance payload as sync.laptop.attendance writes it (the trainer's statement
    names the session's opening time; the hub checks the signature itself)."""
    opened = (day * 86400 - 8 * 3600 + 9 * 3600) * 1000  # 09:00 China time on that day
    return (
        ATTENDANCE,
        {
            "hours": hours,
            "category": category,
            "statement": json.dumps({"opened_ms": opened, "hours": hours}),
            "trainer_signature": "c2lnbmVk",
        },
    )


def rated(point, level="pass", submission=None):
    return (
        EVIDENCE_RATED,
        {"submission": submission or f"s-{point}", "point": point, "level": level},
    )


def test_a_practice_reading_earns_nothing_however_long_it_stays_open():
    p = compute_progress([session("a1-p1", 2700 * 30)], demo_catalog(), NATIONAL)
    assert (p.practice_hours, p.total_hours, p.lesson_seconds) == (0, 0, {})


def test_face_to_face_is_its_own_category_capped_per_day_and_per_programme():
    cat = demo_catalog()  # whatever category an older event names, it is face-to-face
    two_on_a_day = [signed(6, 20000, "online"), signed(6, 20000, "practice")]
    p = compute_progress(two_on_a_day, cat, NATIONAL)
    assert (p.online_hours, p.face_to_face_hours, p.practice_hours) == (0, 8.0, 0)
    many_days = [signed(7, 20000 + d) for d in range(7)]  # 49 h of 送教
    assert compute_progress(many_days, cat, NATIONAL).face_to_face_hours == 16.0


def test_attendance_without_a_trainers_statement_earns_nothing():
    bare = [(ATTENDANCE, {"hours": 8, "category": "practice"})]
    assert compute_progress(bare, demo_catalog(), NATIONAL).total_hours == 0


def test_hours_are_counted_in_tenths_per_course_and_add_up():
    cat = demo_catalog()  # 200 s in each of two lessons of one course: 400 s = 0.148 学时
    p = compute_progress([session("a1-l1", 200), session("a1-l2", 200)], cat, NATIONAL)
    assert p.course_tenths == {"a1": 1} and p.online_hours == 0.1
    three = [session("a1-l1", 100), session("a3-l1", 100), session("a5-l1", 100)]
    p = compute_progress(three, cat, NATIONAL)  # 0.037 学时 each: no course has a tenth
    assert p.online_hours == sum(p.course_tenths.values()) / 10 == 0.0


def test_completion_needs_the_hours_and_the_school_based_assessment():
    cat = demo_catalog()
    hours = {"A1": 10, "A3": 10, "A5": 10}
    online = [session(x.id, 2700 * 10) for x in cat.lessons if x.category == "online"]
    two = compute_progress([*online, rated("A1"), rated("A3")], cat, NATIONAL, hours)
    assert (two.total_hours, two.practice_hours) == (35.0, 20.0)
    assert not two.hours_met and not two.qualified
    f2f = [signed(8, 20000), signed(8, 20001)]
    short = compute_progress(
        [*online, *f2f, rated("A1"), rated("A3"), rated("A5", "fail")],
        cat,
        NATIONAL,
        {**hours, "A1": 15},
    )
    assert short.hours_met and not short.qualified and not short.met  # 2 points of 3
    done = compute_progress(
        [*online, *f2f, rated("A1"), rated("A3"), rated("A5")], cat, NATIONAL, hours
    )
    assert done.qualified and done.met
    lenient = replace(NATIONAL, completion_requires_qualified=False)
    assert compute_progress(
        [*online, *f2f, rated("A1"), rated("A3")], cat, lenient, {**hours, "A1": 15}
    ).met


def test_sichuan_wants_three_dimensions_covered():
    cat = demo_catalog()
    hours = {"A1": 10, "A3": 10, "A5": 10, "A6": 10}
    dims = {"A1": "学情分析", "A3": "教学设计", "A5": "教学设计", "A6": "教学设计"}
    events = [rated("A1"), rated("A3"), rated("A5")]
    assert compute_progress(events, cat, NATIONAL, hours, None, dims).qualified
    assert not compute_progress(events, cat, SICHUAN, hours, None, dims).qualified
    dims["A5"] = "学法指导"
    assert compute_progress(events, cat, SICHUAN, hours, None, dims).qualified


def test_format_1_rules_still_read_with_defaults():
    old = {**bundled_programme(), "format": 1}
    for key in (
        "face_to_face_max_hours",
        "min_dimensions",
        "completion_requires_qualified",
        "ability_points",
    ):
        old.pop(key)
    rules = ProgrammeRules.from_dict(old)
    assert (rules.face_to_face_cap, rules.min_dimensions, rules.completion_requires_qualified) == (
        50.0,
        0,
        True,
    )
    # Before format 3 a programme carries no list of its own: the national one stands.
    assert rules.ability_points == national_catalogue() and len(rules.catalogue) == 30
    with pytest.raises(ValueError):
        ProgrammeRules.from_dict({**old, "format": 4})


def test_the_county_decision_overrules_the_school_rating():
    cat, rules = demo_catalog(), bundled_rules()
    rated = [
        (EVIDENCE_RATED, {"submission": "s1", "point": "A1", "level": "pass"}),
        (EVIDENCE_RATED, {"submission": "s2", "point": "A3", "level": "fail"}),
    ]
    hours = {"A1": 10, "A3": 8, "A5": 6}
    assert compute_progress(rated, cat, rules, hours).practice_hours == 10
    refused = compute_progress(rated, cat, rules, hours, {"s1": ("A1", False)})
    assert refused.practice_hours == 0
    both = compute_progress(rated, cat, rules, hours, {"s2": ("A3", True)})
    assert both.practice_hours == 18
    # recognised without any school rating; a point counts once however many submissions
    direct = compute_progress([], cat, rules, hours, {"s3": ("A5", True), "s4": ("A5", True)})
    assert direct.practice_hours == 6


def test_the_1_0_rules_ask_for_the_hours_alone():
    """1.0 (2013): 50 学时 in 5 years, at least half practice, no ability-point catalogue and
    no 校本应用考核: two rated practice tasks worth the hours finish, where 2.0 wants three
    points."""
    old = bundled_rules("national-1.0")
    assert (old.id, old.goal_hours, old.practice_required, old.cycle_years) == (
        "national-1.0",
        50,
        25,
        5,
    )
    assert (old.min_ability_points, old.completion_requires_qualified) == (0, False)
    cat = demo_catalog()
    online = [session(x.id, 2700 * 10) for x in cat.lessons if x.category == "online"]
    hours = {"A1": 20, "A3": 20}  # and the catalogue's 15 online hours
    events = [*online, rated("A1"), rated("A3")]
    done = compute_progress(events, cat, old, hours)
    assert done.total_hours >= 50 and done.practice_hours == 40 and done.met
    assert not compute_progress(events, cat, NATIONAL, hours).met  # 2.0: only two points
    short = compute_progress([*online, rated("A1")], cat, old, hours)
    assert short.total_hours < 50 and not short.met


def test_the_training_provider_is_a_text_of_the_programmes_data():
    data = bundled_programme("national-2.0")
    assert NATIONAL.training_provider == ""  # the national programme names none
    named = ProgrammeRules.from_dict(data | {"training_provider": "  岳池县\n教师发展中心 "})
    assert named.training_provider == "岳池县 教师发展中心"
    for bad in (12, ["岳池县"], True):
        with pytest.raises(ValueError, match="training_provider"):
            ProgrammeRules.from_dict(data | {"training_provider": bad})


def test_seconds_summed_beforehand_count_as_the_sessions_they_add_up():
    """The county hub feeds each lesson's seconds as summed at import: the same hours, caps
    and credited seconds as the sessions themselves, whether given alone or beside events."""
    cat = demo_catalog()  # a1-l1 is worth 2 hours; a1-p1 is a practice reading
    sessions = [
        session("a1-l1", 2700),
        session("a1-l1", 2700 * 5),
        session("a1-l2", 800),
        session("a1-p1", 2700 * 30),
        session("not-in-catalogue", 99999),
        session("a3-l1", 100),
    ]
    summed = {"a1-l1": 2700 * 6, "a1-l2": 800, "a1-p1": 2700 * 30, "not-in-catalogue": 99999}
    whole = compute_progress(sessions, cat, NATIONAL)
    assert compute_progress([session("a3-l1", 100)], cat, NATIONAL, lesson_seconds=summed) == (
        whole
    )
    alone = compute_progress([], cat, NATIONAL, lesson_seconds={**summed, "a3-l1": 100})
    assert alone == whole
    assert (alone.online_hours, alone.lesson_seconds["a1-l1"]) == (2.2, 5400)
