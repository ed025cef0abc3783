"""rules.AnyOf answers as the alternation of its patterns would: whether a string holds a match, and which."""
import re
from pathlib import Path

from pipeline.metadata.patterns import patterns
from pipeline.rules import AnyOf, load


def test_any_of_answers_as_the_alternation():
    parts = [r"当前位置|您的位置", r"^(?:打印|关闭)", r"[_|-]\s*\S*(网站|门户)\S*$", r"^\d{1,3}$"]
    alternation = re.compile("|".join(f"(?:{p})" for p in parts))
    any_of = AnyOf(parts)
    for line in ["当前位置: 首页", "打印本页", "关于印发…的通知_某市人民政府门户网站", "12", "正文", "", "1234",
                 "通知 - 政府网站", "本页关闭"]:
        assert bool(any_of.search(line)) == bool(alternation.search(line)), line


def test_any_of_gives_the_leftmost_match_the_earliest_pattern_first_where_two_start_together():
    parts = [r"网站", r"当前位置", r"当前"]
    alternation = re.compile("|".join(f"(?:{p})" for p in parts))
    any_of = AnyOf(parts)
    for line in ["当前位置: 某市人民政府网站", "某市网站 当前位置", "当前页", "无"]:
        expected, got = alternation.search(line), any_of.search(line)
        assert (got and (got.span(), got.group())) == (expected and (expected.span(), expected.group())), line


def test_chrome_lines_of_real_pages_are_those_of_the_alternation():
    r = load("metadata")
    alternation = re.compile("|".join(f"(?:{p})" for p in [*r["chrome_patterns"], f"^(?:{r['page_number_line']})$"]))
    chrome = patterns()["chrome"]
    root = Path(__file__).resolve().parents[2] / "tests" / "real"
    sets = ["fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth"]
    lines = [line for name in sets for path in sorted((root / name / "corpus").glob("*.*"))
             for line in path.read_text("utf-8", errors="ignore").splitlines()]
    assert len(lines) > 5000
    found = 0
    for line in lines:
        expected = bool(alternation.search(line))
        assert bool(chrome.search(line)) == expected, line
        found += expected
    assert found > 20
