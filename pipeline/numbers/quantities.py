"""A quantity expression: a number with its unit, its range end and the bound words written around it
(≥80%, 5万元以上10万元以下, 8000多亿元, 百分之十五), and the values of indicators that have no unit."""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import regex

from .. import rules
from . import Quantity, number_rules
from .magnitudes import MAGNITUDES, bare_magnitudes, scale
from .money import money_pattern, money_quantity
from .numerals import to_number


@functools.cache
def _pattern() -> re.Pattern:
    # Plain `re`: this pattern needs nothing of `regex`, and runs twice as fast under `re`.
    cfg = number_rules()
    alt = rules.alternation
    digits = cfg["chinese_digits"]
    lead = cfg["chinese_leading"]
    # A number starts where a run of digits starts: a match starting inside the run would
    # be glued (_is_glued) anyway, and trying one at every digit of a long run (a million
    # digits) took quadratic time.
    letters = "".join(cfg["digit_like_letters"])
    arabic = rf"(?<!\d)\d+(?:,\d{{3}})*(?:\.\d+)?(?:[{letters}]\d*(?=(?:{alt(cfg['magnitudes'])})))?"
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
            rf"|(?:{mags})(?=[以及左,;。、\s)]|$|{_people_words('people_after_magnitude')}))")
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
    return frozenset(number_rules()["blocked_words"])


@functools.cache
def _people_after() -> re.Pattern:
    return re.compile(_people_words("people_after_magnitude"))


@functools.cache
def _people_before() -> re.Pattern:
    return re.compile(_people_words("people_before_magnitude"))


def _people_words(name: str) -> str:
    """The rule `name` (rules/targets.yaml) with its `{people}` written out: the nouns of people, listed once."""
    cfg = number_rules()
    return rules.written_out(cfg[name], {"people": rules.alternation(cfg["people_nouns"])})


def _unit_name(raw: str) -> str:
    cfg = number_rules()
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
    if before == "-" and _repeated_unit_end(text, lo, num_start - 1):
        pass  # 10万元-100万元: the hyphen is a range's separator (_repeated_unit_ranges joins the two), no token's
    elif before and (before.isascii() and (before.isalnum() or before in "._/+-")) and not (
            before.isalpha() and g["unit"] in _counted_measures() and not (after.isascii() and after.isalnum())):
        # (a name in letters before a count of them: 集聚高成长性OPC5000家以上; H7N9, V2G, 5G stay glued)
        return True
    if before and g["num"] and not g["num"][0].isdigit() and before in number_rules()["chinese_digits"]:
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
    return frozenset(number_rules()["count_units"])


# between members of a list of numbers (20个、13个、5个工作日)
_LIST_JOIN = regex.compile(r"[ ]*[、和及或][ ]*")


def find_quantities(text: str, start: int = 0, end: int | None = None) -> Iterator[Quantity]:
    """Every quantity expression in text[start:end], left to right. Members of a list written
    with the bare measure word 个 take the unit the last member spells out (审批时限分别控制在
    20个、13个、5个工作日内; 分别较上月回落17个、15个基点): 个 alone there is no count."""
    found = list(_quantities(text, start, end))
    bare = list(bare_magnitudes(text, start, end)) + list(_headcounts(text, start, end))
    if bare:
        spans = [(q.start, q.end) for q in found]
        found = sorted(found + [b for b in bare if not any(a < b.end and b.start < z for a, z in spans)],
                       key=lambda q: q.start)
    for i in range(len(found) - 2, -1, -1):
        q, later = found[i], found[i + 1]
        if q.unit == "个" and len(later.unit) > 1 and later.unit.startswith("个") and q.post is None \
                and q.value_max is None and _LIST_JOIN.fullmatch(text, q.end, later.start):
            q.unit = later.unit
    yield from _two_bound_ranges(text, _repeated_unit_ranges(text, found))


@functools.cache
def _repeated_unit_rules() -> tuple[re.Pattern, re.Pattern]:
    """(the units a range may write at both ends, the separator alone between them) from rules/numbers.yaml."""
    seps = rules.alternation(number_rules()["range_separators"])
    return re.compile(rules.load("numbers")["repeated_unit_range"]), re.compile(rf"[ ]*(?:{seps})[ ]*")


def _repeated_unit_end(text: str, lo: int, hyphen: int) -> bool:
    """Whether the text before `hyphen` ends in a unit a range may write at both ends (rules/numbers.yaml
    repeated_unit_range: 10万元-, 5元/吨-): the hyphen then separates the range's ends, where after a word it is a minus
    (高于-30BP) and in a token a joint (COVID-19)."""
    units, longest = _repeated_unit_rules()[0], rules.load("numbers")["repeated_unit_max_chars"]
    return any(units.match(text[hyphen - k:hyphen]) for k in range(1, min(longest, hyphen - lo) + 1))


def _repeated_unit_ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """10万元—100万元, 5000元~1万元: two amounts of money joined by a range separator are one range in the first
    one's unit (rules/numbers.yaml repeated_unit_range), as 10—100万元 is. Not a band (5万元(含)至10万元(不含)
    names which purchases a rule is for, rules/targets.yaml band_marks) nor bounded ends (以上, ≥)."""
    units, sep = _repeated_unit_rules()
    joined: list[Quantity] = []
    for q in found:
        low = joined[-1] if joined else None
        if low is not None and low.comparator is None and q.value_max is None and q.symbol is None \
                and q.post in (None, "<=") and not low.prefix_pct and text[low.end - 1] != ")" \
                and units.match(low.unit) and units.match(q.unit) and sep.fullmatch(text, low.end, q.num_start) \
                and (factor := scale(q.unit, low.unit)) is not None and q.value * factor > low.value:
            joined[-1] = Quantity(start=low.start, end=q.end, num_start=low.num_start, value=low.value,
                                  value_max=q.value * factor, unit=low.unit, chinese=low.chinese, symbol=low.symbol,
                                  post=None, prefix_pct=False)
        else:
            joined.append(q)
    return joined


def _two_bound_ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """不低于50%且不高于80%: a lower bound written before the number and an upper one right after it are one range,
    both ends included, as 5万元以上10万元以下 is (_bounded_range)."""
    joined: list[Quantity] = []
    for q in found:
        low = joined[-1] if joined else None
        if low is not None and low.comparator is None and q.comparator is None \
                and _bound_words()["lower"].search(text, max(0, low.start - 8), low.start) \
                and _bound_words()["upper"].fullmatch(text, low.end, q.start) \
                and (factor := scale(q.unit, low.unit)) is not None and q.value * factor >= low.value:
            joined[-1] = Quantity(start=low.start, end=q.end, num_start=low.num_start, value=low.value,
                                  value_max=q.value * factor, unit=low.unit, chinese=low.chinese, symbol=None,
                                  post=None, prefix_pct=low.prefix_pct)
        else:
            joined.append(q)
    return joined


@functools.cache
def _bound_words() -> dict[str, re.Pattern]:
    """The bound words (rules/targets.yaml prefix_bounds) that include the number: lower ones ending the words before
    a range's first number, upper ones between it and the second (且 or a comma or 、 before them)."""
    bounds = number_rules()["prefix_bounds"]
    lower = rules.alternation([w for w, c in bounds.items() if c == ">="])
    upper = rules.alternation([w for w, c in bounds.items() if c == "<="])
    return {"lower": re.compile(rf"(?:{lower})[ ]*$"), "upper": re.compile(rf"[ ]*(?:且|并且|[,、])?[ ]*(?:{upper})[ ]*")}


def _quantities(text: str, start: int, end: int | None) -> Iterator[Quantity]:
    end = len(text) if end is None else end
    cfg = number_rules()
    # amounts in 角/分 are read whole, in 元; the numbers inside them are no quantities of their own
    money = [q for m in money_pattern().finditer(text, start, end) if (q := money_quantity(m)) is not None] \
        if text.find("角", start, end) >= 0 or text.find("钱", start, end) >= 0 else []
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


def _headcounts(text: str, start: int, end: int | None) -> Iterator[Quantity]:
    """裁减军队员额20万的任务, 裁减员额50万: a magnitude after a noun of headcount (rules/targets.yaml headcount_nouns) counts
    persons, as one before a noun of people does (people_after_magnitude): unit 万人 (gwr_0006's reader)."""
    end = len(text) if end is None else end
    if not any(text.find(noun, start, end) >= 0 for noun in number_rules()["headcount_nouns"]):
        return  # (the pattern opens with a look-behind, tried at every character: a text without the nouns is not scanned)
    for m in _headcount_pattern().finditer(text, start, end):
        yield Quantity(start=m.start("num"), end=m.end(), num_start=m.start("num"), value=float(m.group("num")),
                       value_max=None, unit=m.group("mag") + "人", chinese=False, symbol=None, post=None)


@functools.cache
def _headcount_pattern():
    # (compile_pattern: under `regex` should the list hold nouns of unlike lengths, a lookbehind `re` refuses)
    cfg, alt = number_rules(), rules.alternation
    return rules.compile_pattern(rf"(?<={alt(cfg['headcount_nouns'])})[ ]*(?P<num>(?<!\d)\d+(?:\.\d+)?)[ ]*(?P<mag>{alt(cfg['magnitudes'])})")


_MAGNITUDE_CHARS = "十百千万亿"
# the 万 or 亿 that ends a Chinese numeral (二万, 三千万, 一百亿), not inside one (二万五千)
_TRAILING_MAGNITUDE = re.compile(r"万亿$|万$|亿$")


def _bounded_range(text: str, low: Quantity, high: Quantity) -> Quantity | None:
    """二千元以上二万元以下, 5万元以上10万元以下: a lower bound written right before an upper
    one is one range, in the lower bound's unit (Civil Code art. 1259: both ends included)."""
    if high.post != "<=" or high.value_max is not None or text[low.end:high.start].strip():
        return None
    factor = scale(high.unit, low.unit)
    if factor is None or high.value * factor < low.value:
        return None
    return Quantity(start=low.start, end=high.end, num_start=low.num_start, value=low.value,
                    value_max=high.value * factor, unit=low.unit, chinese=low.chinese, symbol=low.symbol,
                    post=None, prefix_pct=low.prefix_pct)


def _digits(raw: str, cfg: dict) -> str:
    """The number with a letter typed for a digit read as that digit (25l -> 251; rules/targets.yaml digit_like_letters)."""
    if raw[:1].isdigit() and raw.isascii():
        for letter, digit in cfg["digit_like_letters"].items():
            raw = raw.replace(letter, digit)
    return raw


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
        if unit and unit in MAGNITUDES and (_people_after().match(m.string, m.end("unit"))
                                            or _people_before().search(m.string, max(0, num_start - 12), num_start)):
            unit += "人"  # 6000万农村人口, 减少农村贫困人口1000万: a count of persons (rules/targets.yaml people_*_magnitude)
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
    value = to_number(_digits(raw, cfg))
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
    cfg = number_rules()["unitless"]
    alt = rules.alternation
    post = alt(list(number_rules()["post_bounds"]))
    verbs = alt(cfg["verbs"] + list(number_rules()["prefix_bounds"]))
    # (能源利用效率(PUE)控制在1.25以下: the head in brackets; 容积率在1.0(含)以上: the bound includes the number)
    return re.compile(rf"(?:{alt(cfg['heads'])})\)?(?:{verbs})[ ]*"
                      rf"(?P<num>\d+(?:\.\d+)?)(?![\d.%‰/])(?:[ ]*(?:\(含\))?(?P<post>{post}))?(?=[,;。、 )]|$)")


def find_unitless(text: str, start: int = 0, end: int | None = None) -> Iterator[Quantity]:
    """Values with no unit, of indicators that have none (灌溉水有效利用系数提高到0.58,
    发展指数达85): only right after such an indicator and its verb, since a bare number
    elsewhere is rarely a target."""
    end = len(text) if end is None else end
    post_bounds = number_rules()["post_bounds"]
    for m in _unitless_pattern().finditer(text, start, end):
        yield Quantity(start=m.start("num"), end=m.end(), num_start=m.start("num"),
                       value=float(m.group("num")), value_max=None, unit="", chinese=False,
                       symbol=None, post=post_bounds.get(m.group("post")) if m.group("post") else None)
