"""Numbers and quantities: a number with its unit and the bound words written around it.

`find_quantities(text, start, end)` yields every `Quantity` (number, optional range end,
unit, comparator from a symbol or a bound word after the number) in a stretch of text.
What the words before the number mean (verbs, 至少, changes, periods) is the targets
stage's business; this module only reads the quantity expression itself.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from . import rules
from .numerals import DIGITS, read_numeral


@dataclass
class Quantity:
    start: int          # span of the whole expression (symbol .. bound word)
    end: int
    num_start: int      # span of the number(s) and unit only
    value: float
    value_max: float | None
    unit: str
    chinese: bool       # the number is written in Chinese numerals
    symbol: str | None  # comparator from a symbol before the number (≥)
    post: str | None    # comparator from a bound word after it (以上)
    prefix_pct: bool = False  # written 百分之X

    @property
    def comparator(self) -> str | None:
        if self.value_max is not None:
            return "range"
        return self.post or self.symbol


def _cfg() -> dict:
    return rules.load("targets")


@functools.cache
def _pattern() -> re.Pattern:
    # Plain `re`: this pattern needs nothing of `regex`, and runs twice as fast under `re`.
    cfg = _cfg()
    alt = rules.alternation
    digits = cfg["chinese_digits"]
    lead = cfg["chinese_leading"]
    # A number starts where a run of digits starts: a match starting inside the run would
    # be glued (_is_glued) anyway, and trying one at every digit of a long run (a million
    # digits) took quadratic time.
    arabic = r"(?<!\d)\d+(?:,\d{3})*(?:\.\d+)?"
    chinese = rf"(?<![{digits}])[{lead}][{digits}]*(?:点[{digits}]+)?"
    number = rf"(?:{arabic}|{chinese})"
    seps = alt(cfg["range_separators"])
    measures = alt(cfg["measure_words"])
    mags = alt(cfg["magnitudes"])
    denominators = alt([m + n for m in cfg["population_magnitudes"] for n in cfg["population_count_nouns"]])
    pct = alt(list(cfg["percent_units"]))
    per_pop = regex.escape(cfg["per_population_unit"]).replace("10", r"(?:10|十)")
    unit = (rf"(?P<unit>{pct}|{per_pop}"
            # a compound unit keeps its denominator: 件/千人, 微克/立方米, 吨/月·平方公里
            # and a counted denominator: 个/100平方米, 泊/户
            # (元 / 千瓦时: a PDF's line breaks read as spaces around the slash)
            rf"|(?:{mags})?(?:{measures})(?:[ ]?/[ ]?(?:{denominators}|(?:\d+|{mags})?(?:{alt(cfg['denominator_words'])}|{measures})"
            rf"|[年月日天周](?:·(?:{measures}))?))?"
            rf"|(?:{mags})(?=[以及左,;。、\s)]|$|{cfg['people_after_magnitude']}))")
    post = alt(list(cfg["post_bounds"]))
    symbols = alt(list(cfg["symbols"]))
    first = regex.escape("".join(sorted({w[0] for w in cfg["symbols"]}))) + lead
    return re.compile(
        rf"(?=[\d{first}百])(?P<symbol>{symbols})?[ ]*"
        rf"(?:百分之(?P<pctnum>{number})"
        # a range may write its unit twice when it is % or ‰ (15%—25%)
        # (8000多亿元, 200余人: more than the number)
        rf"|(?P<num>{number})(?:[%‰]?[ ]*(?P<sep>{seps})[ ]*(?P<num2>{number}))?(?P<more>多|余)?[ ]*{unit})"
        rf"(?P<paren>\([^()\n]{{1,3}}\))?(?:[ ]*(?P<post>{post}))?")


@functools.cache
def _blocked_words() -> frozenset[str]:
    return frozenset(_cfg()["blocked_words"])


_ARABIC = regex.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
# Numerals up to 九十九 (same values as cn2an's "smart" mode, checked over every such form).
_SMALL_CHINESE = regex.compile(r"(?P<tens>[一二两三四五六七八九])?(?P<ten>十)(?P<units>[一二两三四五六七八九])?"
                               r"|(?P<units>[零〇一二两三四五六七八九])")
_CHINESE_DIGITS = {**DIGITS, "〇": 0}


@functools.lru_cache(maxsize=4096)
def to_number(s: str) -> float | None:
    """'58' -> 58.0, '1,000' -> 1000.0, '二' -> 2.0, '十五' -> 15.0; None if not a number."""
    s = s.strip()
    if _ARABIC.fullmatch(s):
        return float(s.replace(",", ""))
    if len(s) > 1 and len(set(s)) == 1:
        return None  # 一一列出, 三三两两: a repeated numeral is an adverb, not a number
    small = _SMALL_CHINESE.fullmatch(s)
    if small:  # 一 … 九十九: read here, so cn2an is loaded only for longer numerals
        tens, units = small.group("tens", "units")
        if small.group("ten") is None:
            return float(_CHINESE_DIGITS[units])
        return float(_CHINESE_DIGITS.get(tens, 1) * 10 + _CHINESE_DIGITS.get(units, 0))
    s = s.replace("〇", "零")
    value = read_numeral(s)  # 三百, 一千零五十, 八五: read without cn2an (numerals.py)
    if value is not None:
        return float(value)
    try:
        import cn2an  # imported on the first other numeral (一点五, 一万五): loading it costs ~0.2 s
        value = cn2an.cn2an(s, "smart")
    except Exception:  # cn2an raises its own errors on malformed numerals
        return None
    return float(value)


def whole_number(s: str) -> int | None:
    """A whole number written either way (month, day, ordinal): '12' -> 12, '二十一' -> 21."""
    value = to_number(s)
    return int(value) if value is not None and value == int(value) else None


_YEAR_DIGITS = {"〇": 0, "○": 0, "零": 0, "O": 0, "Ｏ": 0, **{c: v for c, v in _CHINESE_DIGITS.items() if c != "两"}}


def year_number(s: str | None) -> int | None:
    """A year written digit by digit: '2020' -> 2020, '二〇二〇' -> 2020."""
    if not s:
        return None
    if s.isdigit():
        return int(s)
    if any(c not in _YEAR_DIGITS for c in s):
        return None
    return int("".join(str(_YEAR_DIGITS[c]) for c in s))


@functools.cache
def _people_after() -> re.Pattern:
    return re.compile(_cfg()["people_after_magnitude"])


def _unit_name(raw: str) -> str:
    cfg = _cfg()
    raw = raw.replace(" ", "")
    if raw in cfg["percent_units"]:
        return cfg["percent_units"][raw]
    if raw.startswith("/"):
        return cfg["per_population_unit"]
    return raw


def _is_glued(text: str, m: re.Match, g: dict, lo: int, hi: int) -> bool:
    """The number continues a longer token (H7N9, 5G, 2020年, 三级) or a word follows."""
    num_start = m.start("num") if g["num"] else m.start("pctnum")
    before = text[num_start - 1] if num_start > lo else ""
    unit_end = m.end("unit") if g["unit"] else m.end()
    after = text[unit_end] if unit_end < hi else ""
    if before and (before.isascii() and (before.isalnum() or before in "._/+-")) and not (
            before.isalpha() and g["unit"] in _counted_measures() and not (after.isascii() and after.isalnum())):
        # (a name in letters before a count of them: 集聚高成长性OPC5000家以上; H7N9, V2G, 5G stay glued)
        return True
    if before and g["num"] and not g["num"][0].isdigit() and before in _cfg()["chinese_digits"]:
        return True
    # (a measure word closes the quantity before a name in letters: 810个V2G桩, 5个A级景区; not before
    # a number: 5类20个主要指标 counts the document's own items)
    if after and after.isascii() and after.isalnum() and not g["post"] and not g["paren"] \
            and not (g["unit"] in _counted_measures() and after.isalpha()):
        return True  # 5G, 12320 followed by letters/digits
    # (个性化, 一次性, 个人; three characters where two would block a count: 30个性能先进的应用)
    if g["unit"] and after and (text[unit_end - 1:unit_end + 1] in _blocked_words()
                                or text[unit_end - 1:unit_end + 2] in _blocked_words()):
        return True
    return False


@functools.cache
def _counted_measures() -> frozenset[str]:
    """Measure words of things counted (个, 座, 家): letters after them start the thing's name."""
    return frozenset(_cfg()["count_units"])


def _plain_number(cfg: dict) -> str:
    """A number in Arabic digits (with decimals, no thousands commas) or in Chinese ones, starting where its run of
    digits starts (the money and the points patterns)."""
    digits, lead = cfg["chinese_digits"], cfg["chinese_leading"]
    return rf"(?:(?<!\d)\d+(?:\.\d+)?|(?<![{digits}])[{lead}][{digits}]*)"


@functools.cache
def _money_pattern() -> re.Pattern:
    """An amount of money in 元, 角 and 分 (二角六分, 五元五角, 1元2角5分): 角 with 元 before it or
    分 after it, so that 三角地带 and 八角 are no money."""
    cfg = _cfg()
    digit = rf"[{cfg['chinese_leading']}\d]"
    number = _plain_number(cfg)
    # (the lookahead, true wherever a match can start, lets the scan skip other characters fast)
    return re.compile(rf"(?={digit})(?:(?P<yuan>{number})元(?P<jiao>{digit})角(?:(?P<fen>{digit})分)?"
                      rf"|(?<![{cfg['chinese_digits']}\d元])(?P<jiao2>{digit})角(?P<fen2>{digit})分)")


def _money(m: re.Match) -> Quantity | None:
    yuan = to_number(m.group("yuan")) if m.group("yuan") else 0.0
    jiao = to_number(m.group("jiao") or m.group("jiao2"))
    fen_raw = m.group("fen") or m.group("fen2")
    fen = to_number(fen_raw) if fen_raw else 0.0
    if yuan is None or jiao is None or fen is None:
        return None
    value = round(yuan + jiao / 10 + fen / 100, 2)
    return Quantity(start=m.start(), end=m.end(), num_start=m.start(), value=value, value_max=None, unit="元",
                    chinese=not m.group()[0].isdigit(), symbol=None, post=None)


# between members of a list of numbers (20个、13个、5个工作日)
_LIST_JOIN = regex.compile(r"[ ]*[、和及或][ ]*")


def find_quantities(text: str, start: int = 0, end: int | None = None) -> Iterator[Quantity]:
    """Every quantity expression in text[start:end], left to right. Members of a list written
    with the bare measure word 个 take the unit the last member spells out (审批时限分别控制在
    20个、13个、5个工作日内; 分别较上月回落17个、15个基点): 个 alone there is no count."""
    found = list(_quantities(text, start, end))
    bare = list(_bare_magnitudes(text, start, end))
    if bare:
        spans = [(q.start, q.end) for q in found]
        found = sorted(found + [b for b in bare if not any(a < b.end and b.start < z for a, z in spans)],
                       key=lambda q: q.start)
    for i in range(len(found) - 2, -1, -1):
        q, later = found[i], found[i + 1]
        if q.unit == "个" and len(later.unit) > 1 and later.unit.startswith("个") and q.post is None \
                and q.value_max is None and _LIST_JOIN.fullmatch(text, q.end, later.start):
            q.unit = later.unit
    yield from found


def _bare_magnitudes(text: str, start: int, end: int | None) -> Iterator[Quantity]:
    """超千家, 超万名, 百万吨以上, 突破万亿元: a magnitude standing for the number itself (千 for 一千, 万名 for
    一万名), read only after a word of exceeding or nearing (rules/targets.yaml bare_magnitude_leads) or before
    a bound word (以上, 左右), so that 千家万户 and 百花齐放 stay words."""
    end = len(text) if end is None else end
    leads = tuple(_cfg()["bare_magnitude_leads"])
    for m in _bare_pattern().finditer(text, start, end):
        count, scale, post = m.group("count") or "", m.group("scale") or "", m.group("post")
        led = any(text.startswith(w, m.start() - len(w)) for w in leads)
        if not (count or scale) or not (led or post):
            continue
        if m.group("measure").endswith("元") and not post and "\u4e00" <= text[m.end():m.end() + 1] <= "\u9fff":
            continue  # 产值超亿元企业: a class of firms named by their size
        yield Quantity(start=m.start(), end=m.end(), num_start=m.start(), value=_MAGNITUDE[count] if count else 1.0,
                       value_max=None, unit=scale + m.group("measure"), chinese=True, symbol=None,
                       post=_cfg()["post_bounds"][post] if post else None)


@functools.cache
def _bare_pattern() -> re.Pattern:
    cfg, alt = _cfg(), rules.alternation
    return re.compile(rf"{_bare_lead(cfg['measure_words'])}(?<![{cfg['chinese_digits']}\d.])(?P<count>百|千)?"
                      rf"(?P<scale>万亿|亿|万)?(?P<measure>{alt(cfg['measure_words'])})(?P<post>以上|左右)?")


def _bare_lead(measures: list[str]) -> str:
    """A lookahead of what a read match can open with, so that the scan skips every other measure word
    (most of a text's, 40 times the matches read). Only a match with its count or scale is read, and such
    a match opens with 百, 千, 万 or 亿, or with a measure word holding one of them after another character
    (平方千米: a match of that word hides the 千米 inside it, so it must still be matched). The matches
    skipped then hide no match read, unless a measure word not opening with a magnitude holds one of those
    openings past its first character: then no lookahead (the same matches at the scan's full cost)."""
    magnitudes = "百千万亿"
    hiding = [w for w in measures if w[0] not in magnitudes and any(c in magnitudes for c in w[1:])]
    openings = set(magnitudes) | {w[0] for w in hiding}
    if any(c in openings for w in [*measures, "以上", "左右"] if w[0] not in magnitudes and w not in hiding
           for c in w[1:]):
        return ""
    return "(?=" + "|".join(["[" + magnitudes + "]", *map(re.escape, hiding)]) + ")"


def _quantities(text: str, start: int, end: int | None) -> Iterator[Quantity]:
    end = len(text) if end is None else end
    cfg = _cfg()
    # amounts in 角/分 are read whole, in 元; the numbers inside them are no quantities of their own
    money = [q for m in _money_pattern().finditer(text, start, end) if (q := _money(m)) is not None] \
        if "角" in text[start:end] else []
    held: Quantity | None = None  # a lower bound that the next quantity may close into a range
    for m in _pattern().finditer(text, start, end):
        while money and money[0].start < m.start() and money[0].end <= m.start():
            if held is not None:
                yield held
                held = None
            yield money.pop(0)
        if money and money[0].start <= m.start() < money[0].end:
            continue
        g = m.groupdict()  # read once: the checks below look at most groups
        if _is_glued(text, m, g, start, end):
            continue
        quantity = _quantity(m, g, cfg)
        if quantity is None:
            continue
        if held is not None:
            joined = _bounded_range(text, held, quantity)
            if joined is not None:
                yield joined
                held = None
                continue
            yield held
            held = None
        if quantity.post == ">=" and quantity.value_max is None:
            held = quantity
        else:
            yield quantity
    if held is not None:
        yield held
    yield from money


_MAGNITUDE = {"": 1, "十": 10, "百": 100, "千": 1e3, "万": 1e4, "十万": 1e5, "百万": 1e6, "千万": 1e7, "亿": 1e8,
              "万亿": 1e12}
_MAGNITUDE_CHARS = "十百千万亿"
# the 万 or 亿 that ends a Chinese numeral (二万, 三千万, 一百亿), not inside one (二万五千)
_TRAILING_MAGNITUDE = re.compile(r"万亿$|万$|亿$")


def _bounded_range(text: str, low: Quantity, high: Quantity) -> Quantity | None:
    """二千元以上二万元以下, 5万元以上10万元以下: a lower bound written right before an upper
    one is one range, in the lower bound's unit (Civil Code art. 1259: both ends included)."""
    if high.post != "<=" or high.value_max is not None or text[low.end:high.start].strip():
        return None
    scale = _scale(high.unit, low.unit)
    if scale is None or high.value * scale < low.value:
        return None
    return Quantity(start=low.start, end=high.end, num_start=low.num_start, value=low.value,
                    value_max=high.value * scale, unit=low.unit, chinese=low.chinese, symbol=low.symbol,
                    post=None, prefix_pct=low.prefix_pct)


def _scale(unit: str, into: str) -> float | None:
    """How many `into` one `unit` is (万元 into 元: 10000), if they measure the same thing."""
    for a, fa in _MAGNITUDE.items():
        for b, fb in _MAGNITUDE.items():
            if unit.startswith(a) and into.startswith(b) and unit[len(a):] == into[len(b):] and unit[len(a):]:
                return fa / fb
    return None


def _decimal(value: float) -> str:
    return f"{value:.8f}".rstrip("0").rstrip(".")


def _quantity(m: re.Match, g: dict, cfg: dict) -> Quantity | None:
    if g["pctnum"]:
        raw, unit, chinese = g["pctnum"], "%", True
        num_start = m.start("pctnum") - 3
    else:
        raw, unit = g["num"], _unit_name(g["unit"])
        chinese = not raw[0].isdigit()
        num_start = m.start("num")
        if unit and unit in _MAGNITUDE and _people_after().match(m.string, m.end("unit")):
            unit += "人"  # 6000万农村人口: a count of persons (rules/targets.yaml people_after_magnitude)
    raw, raw2 = raw, g["num2"]
    if chinese and not g["pctnum"] and unit[:1] not in _MAGNITUDE_CHARS:
        # 二万元 is 2 万元 as written (as 2万元 is): the magnitude goes with the unit, so
        # that 二万元以上五万元以下 is 2–5 万元 and 二千元以上二万元以下 2000–20000 元
        mag = _TRAILING_MAGNITUDE.search(raw2 or raw)
        if "亿" in (raw2 or raw)[:-1] and not raw2:
            # 一亿一千万元, 一亿零七百二十万吨: the 万 is inside the 亿 (1.1 亿元, as readers write it)
            value = to_number(raw)
            if value is None:
                return None
            raw, unit = _decimal(value / 1e8), "亿" + unit
        elif mag and len(mag.group()) < len(raw2 or raw):
            raw = _TRAILING_MAGNITUDE.sub("", raw) or raw
            raw2 = raw2 and _TRAILING_MAGNITUDE.sub("", raw2)
            unit = mag.group() + unit
    value = to_number(raw)
    if value is None:
        return None
    value_max = to_number(raw2) if raw2 else None
    if g["num2"] and (value_max is None or value_max < value):
        return None  # 3—0公里 is no range
    if unit in cfg["tenths_units"] and value < 10:
        # 九折 is 90 as 八五折 is 85 (tenths of the price paid, in percent)
        value = round(value * 10, 6)
        value_max = round(value_max * 10, 6) if value_max is not None and value_max < 10 else value_max
    symbol = cfg["symbols"].get(g["symbol"]) if g["symbol"] else None
    post = cfg["post_bounds"].get(g["post"]) if g["post"] else None
    if g["more"] and post is None and value_max is None:
        post = ">"  # 8000多亿元, 300余人: more than the number (CONVENTIONS), as 超过 is
    start = m.start("symbol") if g["symbol"] else num_start
    return Quantity(start=start, end=m.end(), num_start=num_start, value=value,
                    value_max=value_max, unit=unit, chinese=chinese, symbol=symbol,
                    post=post, prefix_pct=bool(g["pctnum"]))


@functools.cache
def _unitless_pattern() -> re.Pattern:
    cfg = _cfg()["unitless"]
    alt = rules.alternation
    post = alt(list(_cfg()["post_bounds"]))
    return re.compile(rf"(?:{alt(cfg['heads'])})(?:{alt(cfg['verbs'])})[ ]*"
                      rf"(?P<num>\d+(?:\.\d+)?)(?![\d.%‰/])(?:[ ]*(?P<post>{post}))?(?=[,;。、 )]|$)")


def find_unitless(text: str, start: int = 0, end: int | None = None) -> Iterator[Quantity]:
    """Values with no unit, of indicators that have none (灌溉水有效利用系数提高到0.58,
    发展指数达85): only right after such an indicator and its verb, since a bare number
    elsewhere is rarely a target."""
    end = len(text) if end is None else end
    post_bounds = _cfg()["post_bounds"]
    for m in _unitless_pattern().finditer(text, start, end):
        yield Quantity(start=m.start("num"), end=m.end(), num_start=m.start("num"),
                       value=float(m.group("num")), value_max=None, unit="", chinese=False,
                       symbol=None, post=post_bounds.get(m.group("post")) if m.group("post") else None)


def points_verbs() -> list[str]:
    """The words right before points: adding, taking off or setting them (rules/targets.yaml points)."""
    points = _cfg()["points"]
    return points["adding"] + points["taking_off"] + points["setting"]


@functools.cache
def _points_pattern() -> re.Pattern:
    cfg = _cfg()
    digits, number = cfg["chinese_digits"], _plain_number(cfg)
    unit = re.escape(cfg["points"]["unit"])
    after, before = rules.alternation(points_verbs()), rules.alternation(cfg["points"]["before"])
    # (分钱: a cent; 分之: a fraction; 分钟: a minute; the lookahead, true wherever a match can
    # start, lets the scan skip other characters fast: a quarter of the time)
    first = regex.escape("".join(sorted({w[0] for w in points_verbs()}))) + cfg["chinese_leading"]
    return re.compile(rf"(?=[\d{first}])(?:(?:{after})[ ]*(?P<num>{number})[ ]*{unit}(?![之钟钱])"
                      rf"|(?<![\d.{digits}])(?P<num2>{number})[ ]*{unit}(?=的?(?:{before})))")


def _number_before_unit(text: str, start: int, end: int, unit: str) -> bool:
    """Whether the unit follows a digit in text[start:end] (spaces between), as in every match of the points
    pattern: a notice without one is not scanned (the pattern's scan stops at every numeral and verb, the
    unit's occurrences are few and found fast)."""
    digits = _cfg()["chinese_digits"]
    at = text.find(unit, start, end)
    while at >= 0:
        i = at
        while i > start and text[i - 1] == " ":
            i -= 1
        if i > start and (text[i - 1].isdigit() or text[i - 1] in digits):
            return True
        at = text.find(unit, at + 1, end)
    return False


@functools.cache
def _scored_pattern() -> re.Pattern:
    return re.compile(rules.alternation(_cfg()["points"]["scored_by"]))


def find_points(text: str, start: int = 0, end: int | None = None) -> Iterator[Quantity]:
    """Points of a scoring scheme (信用分值加5分, 每满1年积2分, 最高分值为20分, 给予企业10分的加分奖励): unit 分,
    only right after a word that adds, takes off or sets points or right before an award of points
    (rules/targets.yaml points)."""
    end = len(text) if end is None else end
    if not _number_before_unit(text, start, end, _cfg()["points"]["unit"]):
        return
    for m in _points_pattern().finditer(text, start, end):
        group = "num" if m.group("num") else "num2"
        num = m.group(group)
        if num == "十":
            # 十分 is "very" (增加十分困难) unless a score is named before it in the clause (考试分数给予增加十分照顾)
            clause = re.split(r"[,;:。!?\n]", text[max(0, m.start() - 40):m.start()])[-1]
            if not _scored_pattern().search(clause):
                continue
        value = to_number(num)
        if value is None:
            continue
        yield Quantity(start=m.start(group), end=m.end(),
                       num_start=m.start(group), value=value, value_max=None,
                       unit=_cfg()["points"]["unit"], chinese=not num[0].isdigit(), symbol=None, post=None)


@functools.cache
def _ratio_pattern() -> re.Pattern:
    colon = "".join(re.escape(c) for c in _cfg()["ratio"]["colons"])
    post = rules.alternation(list(_cfg()["post_bounds"]))
    return re.compile(rf"(?=\d)(?<![\d.{colon}])(?P<num>\d+(?:\.\d+)?)[ ]*[{colon}][ ]*1(?![\d.{colon}])"
                      rf"(?:[ ]*(?P<post>{post}))?")


@functools.cache
def _ratio_to_one() -> re.Pattern:
    """A colon and the 1 after it, which every ratio has: found fast (its first character is a colon), where the
    ratio pattern stops at every digit; a text without one is not scanned."""
    colon = "".join(re.escape(c) for c in _cfg()["ratio"]["colons"])
    return re.compile(rf"[{colon}][ ]*1")


@functools.cache
def _split_patterns() -> tuple[re.Pattern, re.Pattern]:
    cfg = _cfg()["ratio"]
    return re.compile(cfg["split_before"]), re.compile(cfg["split_after"])


def ratio_split(text: str, start: int, end: int) -> str | None:
    """What a ratio to one at start..end splits between two parties (分担, 出资, 央地共担), if it is a split: 按照1∶1的
    比例分担 (rules/targets.yaml ratio.split_before, split_after)."""
    before, after = _split_patterns()
    if not before.search(text, max(0, start - 6), start):
        return None
    m = after.match(text, end, min(len(text), end + 16))
    return m.group("shared") if m else None


def find_ratios(text: str, start: int = 0, end: int | None = None) -> Iterator[Quantity]:
    """Ratios to one (车桩比达到1.9:1): value 1.9, unit ":1", only where a ratio is named before them
    in their sentence (rules/targets.yaml ratio)."""
    end = len(text) if end is None else end
    cfg, post_bounds = _cfg()["ratio"], _cfg()["post_bounds"]
    if not _ratio_to_one().search(text, start, end):
        return
    for m in _ratio_pattern().finditer(text, start, end):
        lo = max(start, m.start() - cfg["reach"])
        before = text[lo:m.start()]
        before = before[max(before.rfind(c) for c in "。;\n") + 1:]
        if (cfg["named_by"] not in before or text.startswith(tuple(cfg["applied_after"]), m.end())) \
                and ratio_split(text, m.start(), m.end()) is None:
            continue  # (a split between two parties counts wherever it stands: 按照1∶1的比例分担)
        yield Quantity(start=m.start(), end=m.end(), num_start=m.start("num"), value=float(m.group("num")),
                       value_max=None, unit=":1", chinese=False, symbol=None,
                       post=post_bounds.get(m.group("post")) if m.group("post") else None)
