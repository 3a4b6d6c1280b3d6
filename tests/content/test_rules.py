from __future__ import annotations

from content.catalog import demo_catalog
from content.rules import ATTENDANCE, LESSON_SESSION, bundled_rules, compute_progress

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


def test_practice_and_attendance_fill_their_buckets():
    cat = demo_catalog()
    events = [
        session("a1-p1", 2700 * 4),
        (ATTENDANCE, {"hours": 3, "category": "online"}),
        (ATTENDANCE, {"hours": 2, "category": "practice"}),
    ]
    p = compute_progress(events, cat, NATIONAL)
    assert (p.online_hours, p.practice_hours) == (3.0, 6.0)


def test_goal_needs_total_and_split():
    cat = demo_catalog()
    online_only = [(ATTENDANCE, {"hours": 50, "category": "online"})]
    assert not compute_progress(online_only, cat, NATIONAL).met
    split = [
        (ATTENDANCE, {"hours": 25, "category": "online"}),
        (ATTENDANCE, {"hours": 25, "category": "practice"}),
    ]
    assert compute_progress(split, cat, NATIONAL).met
    assert not compute_progress(split, cat, SICHUAN).met  # Sichuan wants 30 practice


def test_the_county_decision_overrules_the_school_rating():
    from content.rules import EVIDENCE_RATED

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
