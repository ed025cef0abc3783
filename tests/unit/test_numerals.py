"""Chinese numerals read without cn2an (pipeline/numbers/numerals.py) read as cn2an reads them."""
import random

import cn2an
import pytest

from pipeline.numbers.numerals import LARGEST, read_numeral, written


# numerals of the real collections (the values the stages took from cn2an before)
@pytest.mark.parametrize("s, value", [
    ("一百", 100), ("五百", 500), ("二百", 200), ("一千", 1000), ("五千", 5000), ("三百八十二", 382),
    ("一千三百三十", 1330), ("一亿一千万", 110_000_000), ("一亿零七百二十万", 107_200_000),
    ("一亿三千五百万", 135_000_000), ("八五", 85), ("一九八七", 1987), ("两千", 2000), ("两百五十", 250),
    ("一千零五十", 1050), ("一万零五", 10005), ("十五万", 150_000), ("十万零一十五", 100_015),
])
def test_standard_and_digit_by_digit(s, value):
    assert read_numeral(s) == value == cn2an.cn2an(s, "smart")


# what is written otherwise is left to cn2an (None here)
@pytest.mark.parametrize("s", ["一点五", "一万五", "三千五", "一百十五", "零五", "十十", "一千一", "百", "万", ""])
def test_other_forms_left_to_cn2an(s):
    assert read_numeral(s) is None


def test_every_value_below_twenty_thousand_as_cn2an_reads_it():
    for n in range(1, 20_000):  # (every value below 10^6 was checked once, offline)
        s = written(n)
        assert read_numeral(s) == n == cn2an.cn2an(s, "smart"), s
        assert read_numeral(s.replace("二", "两")) == n == cn2an.cn2an(s.replace("二", "两"), "smart"), s


def test_large_values_as_cn2an_reads_them():
    rng = random.Random(11)
    for _ in range(5_000):
        n = rng.randrange(1, 10 ** rng.randrange(6, 13))
        s = written(n)
        assert read_numeral(s) == n == cn2an.cn2an(s, "smart"), s
    assert read_numeral(written(LARGEST)) == LARGEST
