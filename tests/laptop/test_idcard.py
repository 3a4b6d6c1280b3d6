from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sync.base import idcard
from sync.base.errors import InvalidIdNumber
from tests.support.ids import valid_id


def test_known_good_number_with_x_check_digit():
    # 11010519491231002X is the example printed in GB 11643 itself.
    assert idcard.normalise("11010519491231002x") == "11010519491231002X"


@pytest.mark.parametrize(
    "value, reason",
    [
        ("", "length"),
        ("51162119850312002", "length"),
        ("5116211985031200211", "length"),
        ("51162119850312002A", "chars"),
        ("５１１６２１１９８５０３１２００２１", "chars"),  # full-width digits from an IME
        ("011621198503120021", "area"),
        ("511621198502300021", "date"),
    ],
)
def test_refuses_with_a_reason(value, reason):
    with pytest.raises(InvalidIdNumber) as info:
        idcard.normalise(value)
    assert info.value.args_["reason"] == reason


def test_wrong_check_digit():
    good = valid_id()
    bad = good[:17] + ("0" if good[17] != "0" else "1")
    with pytest.raises(InvalidIdNumber) as info:
        idcard.normalise(bad)
    assert info.value.args_["reason"] == "check"


@given(st.integers(0, 16), st.integers(1, 9))
def test_any_single_mistyped_digit_is_caught(pos, delta):
    good = valid_id()
    digit = (int(good[pos]) + delta) % 10
    typo = good[:pos] + str(digit) + good[pos + 1 :]
    with pytest.raises(InvalidIdNumber):
        idcard.normalise(typo)


def test_mask_shows_only_ends():
    assert idcard.mask("11010519491231002X") == "110***********002X"
