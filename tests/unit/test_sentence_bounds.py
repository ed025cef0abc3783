"""targets.prose's sentence bounds, read from the text's stops found once, are those a search from the quantity finds."""
from __future__ import annotations

import random

from pipeline.targets.patterns import SENTENCE_STOPS
from pipeline.targets.prose import _sentence_bounds


def _searched(text: str, pos: int, lo: int, hi: int) -> tuple[int, int]:
    """The bounds as a search back and forward from `pos` finds them (the reading before the stops were found once)."""
    start = max(lo, max(text.rfind(c, lo, pos) for c in SENTENCE_STOPS) + 1)
    ends = [i for i in range(pos, hi) if text[i] in SENTENCE_STOPS]
    if not ends:
        return start, hi
    return start, ends[0] if text[ends[0]] == "\n" else ends[0] + 1


def test_bounds_are_those_a_search_finds_on_random_texts_read_in_turn():
    rng = random.Random(27)
    letters = "年完成补贴,;" + SENTENCE_STOPS + "1 "
    texts = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 40))) for _ in range(300)]
    for _ in range(4000):
        text = rng.choice(texts)
        lo = rng.randint(0, len(text) - 1)
        hi = rng.randint(lo + 1, len(text))
        pos = rng.randint(lo, hi - 1)
        assert _sentence_bounds(text, pos, lo, hi) == _searched(text, pos, lo, hi), (text, pos, lo, hi)


def test_a_line_break_ends_a_sentence_without_being_part_of_it():
    text = "一、目标\n到2025年完成100个!建成5个。"
    assert _sentence_bounds(text, text.index("100"), 0, len(text)) == (5, text.index("!") + 1)
    assert _sentence_bounds(text, 2, 0, len(text)) == (0, 4)
    assert _sentence_bounds(text, text.index("5个"), 0, len(text) - 1) == (text.index("!") + 1, len(text) - 1)
