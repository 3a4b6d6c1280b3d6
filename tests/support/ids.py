"""Valid 身份证号 for enrolling test teachers."""

from __future__ import annotations


def valid_id(area: str = "511621", born: str = "19850312", seq: str = "002") -> str:
    from sync.base.idcard import check_digit

    first17 = area + born + seq
    return first17 + check_digit(first17)
