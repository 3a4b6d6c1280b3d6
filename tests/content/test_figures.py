"""The one rounding rule: hours in whole tenths rounded down, scores with one decimal half up."""

from __future__ import annotations

import pytest

from content.figures import hours_text, hours_value, score_text, tenths, tenths_of_seconds


@pytest.mark.parametrize(
    "hours, shown", [(0.0, "0.0"), (0.3, "0.3"), (0.1 + 0.2, "0.3"), (0.09, "0.0"), (12.96, "12.9")]
)
def test_hours_print_their_counted_tenths(hours, shown):
    assert hours_text(hours) == shown
    assert hours_value(hours) == float(shown)


def test_seconds_count_in_whole_tenths_of_45_minutes():
    assert [tenths_of_seconds(s, 2700) for s in (269, 270, 539, 2700, -5)] == [0, 1, 1, 10, 0]
    assert tenths(-1.0) == 0


@pytest.mark.parametrize(
    "score, shown", [(5.55, "5.6"), (5.5555, "5.6"), (72.25, "72.3"), (100, "100.0")]
)
def test_a_score_prints_the_same_everywhere(score, shown):
    assert score_text(score) == shown
