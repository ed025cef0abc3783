"""rules.alternation writes words sharing their first character as one branch: every match is the
same as with the words written out one by one, longest first."""
import random
import re

import regex

from pipeline.rules import alternation


def _flat(words: list[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


CONTEXTS = ["(?:{})", "(?P<w>{})[ ]*(?:以上|以下)?", "(?:{})+", "^(?:{})", "(?:{})$", "(?<!不)(?:{})(?=的)",
            "[^,;。]{{0,6}}?(?:{})(?:的)?"]


def _matches(module, pattern: str, text: str) -> list:
    return [(m.span(), m.groups()) for m in module.compile(pattern).finditer(text)]


def test_the_same_matches_as_the_words_one_by_one():
    rng = random.Random(7)
    letters = "不低于超过大小等以上每年月度的"
    for _ in range(300):
        words = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 12))]
        text = "".join(rng.choice(letters + ",。 ") for _ in range(80))
        for context in CONTEXTS:
            for module in (re, regex):
                try:
                    expected = _matches(module, context.format(_flat(words)), text)
                except (re.error, regex.error):  # (a look-behind of words of several lengths under re)
                    continue
                assert _matches(module, context.format(alternation(words)), text) == expected, (words, context)


def test_real_word_lists_are_written_as_branches():
    assert alternation(["不低于", "不超过", "大于", "不低于等于"]) == "不(?:低于等于|低于|超过)|大于"
    assert alternation(["亿元", "元"]) == "亿元|元"


def test_words_opening_with_letters_of_two_cases_stay_one_by_one():
    # (a pattern that ignores case would otherwise try kW before kWh's other spelling)
    assert alternation(["kWh", "KW", "kw"]) == "kWh|KW|kw"
    assert re.fullmatch(f"(?:{alternation(['kWh', 'KW'])})", "KWH", re.I)
