"""rules.compile_pattern runs a pattern that needs regex only for \\p{Han} under re, with the script's code points
written out (rules.HAN_RANGES): the same code points as regex's, and the same matches on real notices."""
from pathlib import Path

import re
import regex

from pipeline import rules
from pipeline.rules import HAN_RANGES, compile_pattern, han_written_out

ROOT = Path(__file__).resolve().parent.parent.parent


def test_the_ranges_are_regex_own_han():
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    spans = [(ord(every[m.start()]), ord(every[m.end() - 1])) for m in regex.finditer(r"\p{Han}+", every)]
    assert tuple(spans) == HAN_RANGES


def test_written_out_alone_or_inside_its_set():
    han = han_written_out(r"\p{Han}{2,6}")
    assert han is not None and han.startswith("[\\U00002e80-") and han.endswith("]{2,6}")
    inside = han_written_out(r"^[\p{Han}()\s]{2,40}局")
    assert inside is not None and inside.startswith("^[\\U00002e80-") and inside.endswith("()\\s]{2,40}局")
    assert han_written_out(r"\\p{Han}") == r"\\p{Han}"  # (an escaped backslash, then text)
    assert han_written_out(r"[]\p{Han}]") == "[]" + han[1:-len("{2,6}")]  # (a ] opening a set is its character)
    for other in (r"\P{Han}", r"\p{L}\p{Han}", r"[\p{Han}[a-z]]", r"\X"):
        assert han_written_out(other) is None  # left to regex


def _engine(compiled):
    return getattr(compiled, "compiled", compiled)  # (behind its prefilter, when it has one)


def test_a_pattern_needing_regex_only_for_han_runs_under_re():
    assert isinstance(_engine(compile_pattern(r"(?:补贴|补助)\p{Han}{0,6}?标准")), re.Pattern)
    assert isinstance(_engine(compile_pattern(r"(?<!按|按照)已\p{Han}{1,4}?")), regex.Pattern)  # (a lookbehind of two widths)
    assert isinstance(_engine(compile_pattern(r"\p{Han}+", re.IGNORECASE)), regex.Pattern)  # (case is read otherwise)


def test_every_written_out_rule_pattern_matches_as_under_regex():
    from pipeline import warm  # noqa: F401  (every stage's patterns compiled)
    from pipeline.run import find_inputs, process

    corpus = ROOT / "tests" / "real" / "corpus"
    texts = [process(p, corpus).text for p in find_inputs(corpus)[::12]]
    assert len(rules.WRITTEN_OUT) >= 30
    for (pattern, flags), under_re in rules.WRITTEN_OUT.items():
        under_regex = regex.compile(pattern, flags)
        for text in texts:
            assert ([(m.span(), m.groups()) for m in under_re.finditer(text)]
                    == [(m.span(), m.groups()) for m in under_regex.finditer(text)]), pattern
            for at in range(0, len(text), 29):
                a, b = under_re.match(text, at), under_regex.match(text, at)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), pattern
