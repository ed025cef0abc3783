"""The noun phrase written right after a quantity, what it counts (1000个健康家庭 -> 健康家庭): read for an
indicator's name (pipeline/targets/indicators.py) and by the stages that ask what a count is of."""
from __future__ import annotations

from .. import rules
from .patterns import patterns


# (a digit inside a name in letters is no number: V2G桩, PM2.5; a list member after 、 with its own verb and count
# ends the noun: 建成10家示范单位、遴选20家领跑者)
_NP_STOP = rules.compile_pattern(r"[,;:。!?\n]|、(?=[一二两三四五六七八九十]|\p{Han}{0,3}\d)|(?<![A-Za-z])\d")
_LEADING_DE = rules.compile_pattern(r"^(?:的|之)")


def following_np(text: str, pos: int, end: int) -> str:
    """The noun phrase written right after a quantity (1000个健康家庭 -> 健康家庭)."""
    m = _NP_STOP.search(text, pos, end)
    np_end = m.start() if m else end
    noun = _LEADING_DE.sub("", text[pos:np_end].strip()).strip()
    if patterns()["np_lead_bad"].match(noun):
        return ""
    noun = patterns()["np_trail"].sub("", noun)
    if noun.count("(") != noun.count(")"):
        noun = noun[:noun.rfind("(")] if noun.count("(") > noun.count(")") else noun
    return noun
