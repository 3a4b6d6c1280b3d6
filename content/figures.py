"""How every figure is counted and printed: one rounding rule, used by the home page, the
transcript, the county's dashboard, its exports and its reports alike.

Hours (学时) are counted in whole tenths, rounded down where they are earned: a course's time
on task, a day of face-to-face sessions, an ability point. A total is the sum of those
tenths, so every total printed is the sum of the rows printed under it, and nobody is shown
more than was earned. Scores are out of 100 and printed with one decimal, rounded half up."""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

# A float product such as 0.3 * 10 is 2.9999999999999996: a hair's tolerance keeps it 3.
_EPSILON = 1e-6


def tenths(hours: float) -> int:
    """Whole tenths of a 学时 in `hours`, rounded down (never below 0)."""
    return max(math.floor(hours * 10 + _EPSILON), 0)


def tenths_of_seconds(seconds: float, seconds_per_hour: int) -> int:
    """Whole tenths of a 学时 in `seconds` of counted study (exact integer arithmetic)."""
    return max(int(seconds) * 10 // seconds_per_hour, 0)


def hours_value(hours: float) -> float:
    """Hours as counted (whole tenths, rounded down), as a number for a spreadsheet cell."""
    return tenths(hours) / 10


def hours_text(hours: float) -> str:
    """Hours as printed everywhere: one decimal, the counted tenths ("12.5")."""
    return f"{tenths(hours) / 10:.1f}"


def score_value(score: float) -> float:
    """A score (0–100) with one decimal, rounded half up (5.55 → 5.6), as a number."""
    return float(Decimal(repr(float(score))).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def score_text(score: float) -> str:
    """A score as printed everywhere: one decimal, rounded half up ("5.6")."""
    return f"{score_value(score):.1f}"
