"""What a quantity measures: the counted thing written after a count, else the subject
before it; a coordinated subject gives one indicator per member."""
from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from .. import rules
from ..document import Document
from ..numbers import Quantity
from ..numbers.quantities import find_quantities
from .. import words as segmentation
from .deadline import deadline_index
from .patterns import CLAUSE_STOPS, CONJUNCTION, config, is_han, patterns, sentence_end, start_of_clause
from .qualifiers import qualifiers_listed

if TYPE_CHECKING:
    from .context import Found

# (a digit inside a name in letters is no number: V2G桩, PM2.5; a list member after 、 with its own verb and count
# ends the noun: 建成10家示范单位、遴选20家领跑者)
_NP_STOP = rules.compile_pattern(r"[,;:。!?\n]|、(?=[一二两三四五六七八九十]|\p{Han}{0,3}\d)|(?<![A-Za-z])\d")
_LEADING_DE = rules.compile_pattern(r"^(?:的|之)")
_SPACES = rules.compile_pattern(r"\s+")


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


# ------------------------------------------------------------------ indicators
def name_indicators(doc: Document, q: Quantity, lo: int, previous: Found | None,
                    sentence_start: int) -> tuple[list[str], str]:
    """What the quantity measures; several when a coordinated subject shares it."""
    names, subject = _named(doc, q, lo, previous, sentence_start)
    lead = _shared_lead(doc.text, lo, q.start, previous, names)
    return [mended(lead + n) for n in names], subject


def _shared_lead(text: str, lo: int, hi: int, previous: Found | None, names: list[str]) -> str:
    """新增城镇污水日处理能力1500万立方米、垃圾日处理能力6万吨 -> 新增垃圾日处理能力: the next member of a list that gives only
    its noun shares the lead of the member before it (rules/targets.yaml shared_leads); not a member with a verb of its own
    (新增光伏发电装机400万千瓦,投产风电装机约200万千瓦) nor one named after its count (新增3个、改造5个)."""
    if previous is None or not previous.context.indicators or not names or not _LIST_JOIN.match(text, lo, hi):
        return ""
    lead = next((w for w in _leads() if previous.context.indicators[0].startswith(w)), "")
    own = text[lo:hi].strip(" 、和及与")
    if not lead or any(n.startswith(lead) or n not in own for n in names) or patterns()["count_verb"].search(own) \
            or patterns()["bare_verb"].search(own):
        return ""
    return lead


# (only 、 or 和 between the two members: a comma may open a clause of its own)
_LIST_JOIN = re.compile(r"[ ]*[、和及与][ ]*(?![ 、和及与])")


@functools.cache
def _leads() -> tuple[str, ...]:
    return tuple(sorted(config()["shared_leads"], key=len, reverse=True))


# A bracket a cut date or number left empty or open at one end: 花后(4月份) -> 花后(), 冬季休眠期(12月-翌年1月) ->
# 冬季休眠期(-翌年1月). The gloss is no part of the name: it goes whole.
_CUT_BRACKET = re.compile(r"\([ ]*\)|\([ ]*[-—~～至到、,][^()]*\)|\([^()]*[-—~～至到、,][ ]*\)")


def mended(name: str) -> str:
    """A name without the brackets that cutting its dates or numbers out emptied, a note pointing elsewhere
    (招生规模(见附表) -> 招生规模) or a verb of handing over that opens it (统一向国家医保局报送改革试点地区 -> 改革试点地区)."""
    p = patterns()
    return p["handed_over_lead"].sub("", p["name_note"].sub("", _CUT_BRACKET.sub("", name))).strip() or name


def _named(doc: Document, q: Quantity, lo: int, previous: Found | None,
           sentence_start: int) -> tuple[list[str], str]:
    text = doc.text
    noun = following_np(text, q.end, sentence_end(text, q.end))
    if noun in config()["goal_nouns_after"] and q.unit not in ("%", "‰"):
        noun = ""  # 裁减军队员额20万的任务: the word for the goal names nothing counted, the words before it do
    project = _project_capacity(doc, q, lo, noun)
    if project:
        return [project], project
    subject = subject_before(doc, lo, q.start)
    allotted = _money_allotted(text, lo, q, subject)
    if allotted:
        return [allotted], allotted  # 中央财政拟投入433亿元用于促进就业: the payer's money for what it is for
    fund = _fund_named(q, noun, subject)
    if fund:
        return [fund], fund  # 国家今年再安排30亿元国债资金: an amount of the fund, not of the payer
    if _stage().fullmatch(subject):
        staged = _staged(doc, q, lo, previous, sentence_start, subject, noun)
        return [staged], staged  # 基本建成500万套,新开工700万套以上: the stage of what is counted
    verb_only = subject if patterns()["bare_verb"].fullmatch(subject) else ""
    if verb_only:
        subject = ""  # 每周参加不少于3次: the verb names no indicator; look after it or before
    borrowed = ""
    # (a subject compared with last year is a whole measure: 支出规模比去年扩大2万亿元以上)
    compared = patterns()["subject_comparison"].search(text, lo, q.start)
    if (not subject and previous is None and not (verb_only and noun)) or (
            patterns()["bare_rate"].fullmatch(subject) and not compared):
        # 配套建设保障性租赁住房,2024年新增1.2万套 / 完成报警装置安装,安装率不低于98%:
        # the clause before names what is counted or measured.
        borrowed = _joined(_previous_clause_object(doc, lo, sentence_start), subject)
        subject = borrowed or subject
    before = text[lo:q.start]
    each = before.rfind("各")
    distributed = each > before.rfind("、") >= 0
    places = conjuncts(subject_before(doc, lo, lo + each)) if distributed else []
    # (a name may open with letters: 810个V2G桩, 5个A级景区)
    if noun and (q.unit in config()["count_units"] or not (subject or q.unit in ("%", "‰"))) and (
            is_han(noun[0]) or noun[0] in "“《" or (noun[0].isascii() and noun[0].isalpha())):
        if len(places) > 1:
            return [place + noun for place in places], subject  # A、B、C各有一个镇
        return [noun], noun
    if len(places) > 1 and previous is not None and not patterns()["suffix"].search(subject):
        # 新建体育公园12个,其中南海区、顺德区各不少于3个: each place, the thing counted before
        thing = previous.context.indicators[0] if previous.context.indicators else ""
        return [place + thing for place in places], subject
    # (a share of a base written before the number is named by it: 按财政性教育经费支出占国内生产总值的4%编制预算)
    # (named …占…的比例 where the rows are made, prose._share_named; 中央财政已按: who applies it, no part of it)
    if q.unit in ("%", "‰") and subject and _share_of_base().search(text, lo, q.start):
        applied = re.split(r"按照|按", subject)[-1]
        share = applied if "占" in applied else subject
        return [share], subject
    # (a subject that names a rate keeps it: 赤字率拟按2.8%左右安排 is no share of 安排)
    having = patterns()["units_each_having"].match(text, q.end, sentence_end(text, q.end)) if q.unit in ("%", "‰") else None
    if having:
        # 60%以上的县至少有1家…机构 -> 至少有1家…机构的县比例: the share of the units that have it
        rest = re.split(f"[{CLAUSE_STOPS}]", text[having.start("having"):sentence_end(text, q.end)], maxsplit=1)[0]
        named = f"{rest.strip()}的{having['units'].strip()}比例"
        return [named], named
    if noun and q.unit in ("%", "‰") and is_han(noun[0]) and not (subject and patterns()["rate_end"].search(subject)):
        noun = noun if patterns()["suffix"].search(noun) else noun + "比例"  # 90%以上的农村建立…
        return [noun], noun
    if not subject and previous is not None:
        total = _total_word().search(text, lo, q.start)
        if total and previous.context.indicators:
            # 特色道路10条,总计达20条 -> 特色道路总计: the total of the member before, apart from what is new
            named = _new_lead().sub("", previous.context.indicators[0]) + total.group()
            return [named], named
        return list(previous.context.indicators), previous.context.subject
    if not subject:
        return ([verb_only], verb_only) if verb_only else ([], "")
    member = "" if borrowed else _member_of_previous(subject, previous, before)
    if member:
        return [member], subject  # 优先发展区域小于3公里 after 重点先行区域…服务半径小于1公里: the member's own measure
    # 均 gives the value to each member (马铃薯种植、收获机械化率均达到45%)
    return (None if borrowed else split_conjoined(subject, force=bool(_EACH.search(before)))) or [subject], subject


def _member_of_previous(subject: str, previous: Found | None, before: str) -> str:
    """重点先行区域充电网络平均服务半径力争小于1公里,优先发展区域小于3公里 -> 优先发展区域充电网络平均服务半径; 研究生国家奖学金
    奖励名额由4.5万名增加到9万名,其中:硕士生由3.5万名增加到7万名 -> 硕士生国家奖学金奖励名额: a clause of the same sentence
    naming only a member (no measure, no verb before the number), whose last word ends as the member opening the name before ends (区域, 生),
    measures what that name measures after its member; "" where the subject names more or no such member opens the name."""
    if previous is None or not previous.context.indicators or not subject or len(subject) > 8:
        return ""
    p = patterns()
    if p["suffix"].search(subject) or p["count_verb"].search(before) or p["bare_verb"].search(before) \
            or CONJUNCTION.search(subject) or not is_han(subject[-1]) or before.rstrip().endswith("的"):
        return ""  # (…为DRG出院总病例的5%或DIP出院总病例的5‰以内: a share of the base before it)
    name = previous.context.indicators[0]
    if subject[-1] not in name[1:-1]:
        return ""  # (no word but the last can end with it: the name is not segmented, 0.2-0.5 ms a time)
    words = _words(name)
    echo = next((i for i, w in enumerate(words[:-1]) if len(w) >= 2 and w[-1] == subject[-1]), None)
    if echo is None:
        return ""
    member, head = "".join(words[:echo + 1]), "".join(words[echo + 1:])
    # (a head of three characters or more: not 还草 of 退耕还林还草 for 造林)
    if member == subject or len(member) > 8 or len(head) < 3 or not is_han(head[0]):
        return ""
    return subject + head


def _money_allotted(text: str, lo: int, q: Quantity, subject: str) -> str:
    """Money allotted, named by its payer, what it is for (its use written after the amount: _use_after) and what the
    allotting makes of it. 中央财政拟投入433亿元用于促进就业 -> 中央财政促进就业投入, 国家财政将安排支出1030多亿元 -> 国家财政支出:
    a subject that is only a payer's budget and its verb of allotting (rules/targets.yaml payer_allots) ends the name with
    what the verb makes of the money (payer_allot_names: 投入, 支出), the use where one is written. 今年中央财政安排109亿元资金
    支持再就业 -> 中央财政支持再就业资金, 安排300万元开展普惠加油、健身等特色普惠项目 -> 普惠加油、健身等特色普惠项目资金: a verb of
    allotting right before the amount (money_use_verbs) and a use after it name the money 资金 (money_use_head), the payer
    being the subject without the verb; "" where no use follows (中央预算内投资安排5076亿元) or the subject names a measure or
    a fund of its own (科技投入, …奖补资金安排1亿元,支持…)."""
    if not q.unit.endswith("元"):
        return ""
    budget = patterns()["payer_allots"].search(subject)
    if budget is not None:
        spent = config()["payer_allot_names"].get(budget.group("verb"), budget.group("verb"))
        return budget.group("payer") + _use_after(text, q) + spent
    if (subject and patterns()["suffix"].search(subject)) or _fund_noun().search(subject):
        return ""
    p = _money_use()
    if not p["verb"].search(text, lo, q.start):
        return ""
    use = _use_after(text, q)
    return _strip(p["payer"].sub("", subject)) + use + config()["money_use_head"] if use else ""


def _use_after(text: str, q: Quantity) -> str:
    """What money is for, written after its amount to its clause's end (用于促进就业, 支持再就业, 开展普惠加油…项目, 对…平台
    予以算力支持: rules/targets.yaml money_use), "" where nothing is: the one reading of an allotment's use."""
    m = _money_use()["use"].match(text, q.end, sentence_end(text, q.end))
    return (m.group("object") or m.group("supported") or m.group("given")).strip() if m else ""


@functools.cache
def _money_use() -> dict[str, re.Pattern]:
    cfg = config()
    verbs = rules.alternation(cfg["money_use_verbs"])
    return {"verb": rules.compile_pattern(rf"(?:{verbs})[ ]*$"),
            # (the subject without the verb: 安排 alone names no payer)
            "payer": rules.compile_pattern(rf"(?:{rules.alternation(cfg['allotting_adverbs'])})*(?:{verbs})$"),
            "use": rules.compile_pattern(cfg["money_use"])}


@functools.cache
def _total_word() -> re.Pattern:
    """A word of a total ending the words before a number, a verb of reaching after it (总计达, 合计)."""
    return rules.compile_pattern(rf"(?:{rules.alternation(config()['total_words'])})(?=[达到为 ]*$)")


@functools.cache
def _new_lead() -> re.Pattern:
    return rules.compile_pattern(rf"^(?:{rules.alternation(config()['shared_leads'])})")


def _fund_named(q: Quantity, noun: str, subject: str) -> str:
    """国家今年再安排30亿元国债资金 -> 国债资金, 使用1000亿元失业保险基金 -> 失业保险基金, 中央财政安排109亿元资金支持再就业 ->
    中央财政资金: money followed by the fund it is an amount of (rules/targets.yaml fund_nouns) is named by the fund, a
    generic one by its payer too; "" where the subject names a measure of its own (科技投入, 支出规模) or no fund follows."""
    if not q.unit.endswith("元") or not noun or (subject and patterns()["suffix"].search(subject)):
        return ""
    m = _fund_noun().match(noun)
    if m is None:
        return ""
    return subject + m.group() if m.group() in config()["generic_fund_nouns"] else m.group()


@functools.cache
def _fund_noun() -> re.Pattern:
    """The noun after money up to its fund head (国债资金, 失业保险基金, 新增定期存款), no clause mark or number in it."""
    return rules.compile_pattern(rf"[\p{{Han}}]{{0,8}}?(?:{rules.alternation(config()['fund_nouns'])})+")


@functools.cache
def _stage() -> re.Pattern:
    return rules.compile_pattern(rules.alternation(config()["stage_verbs"]))


def _staged(doc: Document, q: Quantity, lo: int, previous: Found | None, sentence_start: int, stage: str, noun: str) -> str:
    """The name of a count whose subject is only a stage verb (rules/targets.yaml stage_verbs): the stage and what it is
    the stage of, from the noun after the number, the target before it of the same unit (its own verb left out), the noun
    after the next member of its list, or the object of the clause before; the stage alone where none is found."""
    text = doc.text
    if noun and (is_han(noun[0]) or noun[0] in "“《"):
        return stage + noun  # 建成投产50个项目
    if previous is not None and previous.context.indicators and previous.quantity.unit == q.unit:
        thing = _without_verb(previous.context.indicators[0])
        if thing:
            return thing + stage  # 城镇保障性住房基本建成470万套、新开工630万套 -> 城镇保障性住房新开工
    m = _next_member(q.unit).match(text, q.end)
    if m:
        shared = following_np(text, m.end(), sentence_end(text, m.end()))
        if shared and is_han(shared[0]):
            return stage + shared  # 启动3000户、完成2000户特殊困难老年人家庭适老化改造
    thing = _without_verb(_previous_clause_object(doc, lo, sentence_start))
    thing = _goal_words().sub("", _opening_verb().sub("", thing))  # (…建设目标任务为:1.新开工2912套: no thing named)
    return thing + stage if thing else stage  # 启动新的三年棚改攻坚计划,今年开工580万套 -> 新的三年棚改攻坚计划开工


@functools.cache
def _goal_words() -> re.Pattern:
    return re.compile(rf"^(?:{rules.alternation(config()['goal_words'])})+$")


@functools.cache
def _next_member(unit: str) -> re.Pattern:
    """The next member of a list of counts in `unit` after a number (、完成2000户): a few words and its number, compiled
    once per unit rather than for every count."""
    return rules.compile_pattern(rf"[ ]*(?:以上|左右)?[ ]*[、和及与][ ]*[^\d,;:。、]{{0,6}}?[\d.]+[ ]*{re.escape(unit)}")


def _without_verb(name: str) -> str:
    """保障性安居工程建设 -> 保障性安居工程, 城镇保障性住房基本建成 -> 城镇保障性住房, 新能源开工 -> 新能源."""
    return _closing_verb().sub("", name)


@functools.cache
def _trailing_after_words() -> re.Pattern:
    return rules.compile_pattern(rf"(?:{rules.alternation(config()['subject_trailing_after_words'])})$")


@functools.cache
def _opening_verb() -> re.Pattern:
    cfg = config()
    verbs = cfg["count_verbs"] + cfg["bare_verbs"] + cfg["stage_verbs"] + cfg["increase_verbs"] + cfg["decrease_verbs"]
    return rules.compile_pattern(rf"^(?:{rules.alternation(verbs)})+")


@functools.cache
def _closing_verb() -> re.Pattern:
    cfg = config()
    verbs = rules.alternation(cfg["count_verbs"] + cfg["bare_verbs"] + cfg["stage_verbs"])
    adverbs = rules.alternation(cfg["closing_verb_adverbs"])
    return rules.compile_pattern(rf"(?:{adverbs})?(?:{verbs})+$")


def _previous_clause_object(doc: Document, clause_start: int, sentence_start: int) -> str:
    """What the clause before `clause_start` in its sentence acts on, when it holds no
    number of its own (完成餐饮场所报警装置安装 -> 餐饮场所报警装置安装)."""
    text = doc.text
    stop = clause_start - 1
    if stop <= sentence_start or text[stop] not in CLAUSE_STOPS:
        return ""
    start = start_of_clause(text, sentence_start, stop)
    if next(find_quantities(text, start, stop), None) is not None:
        return ""  # a clause with its own quantity is a target of its own
    subject = subject_before(doc, start, stop)
    if not subject and patterns()["condition_frame"].fullmatch(text[start:stop].strip(" ,")):
        return _previous_clause_object(doc, start, sentence_start)  # 在确保质量的前提下: the clause before names it
    return subject


def _joined(head: str, rate: str) -> str:
    """报警装置安装 + 安装率 -> 报警装置安装率 (the words they share written once)."""
    for k in range(min(len(head), len(rate)), 0, -1):
        if head.endswith(rate[:k]):
            return head + rate[k:]
    return head + rate


def subject_before(doc: Document, lo: int, hi: int) -> str:
    """The words before a quantity without deadlines, baseline, verbs and adverbs."""
    text = doc.text
    p = patterns()
    # Deadlines are cut out, with what only joins them (覆盖率在2024年、2025年和2026年分别…).
    pieces, pos = [], lo
    for d in deadline_index(doc).starting_in(lo, hi):
        pieces.append(text[pos:d.char_start])
        pos = max(pos, min(d.char_end, hi))
    pieces.append(text[pos:hi])
    s = "".join(x for x in pieces if not _JOINERS.fullmatch(x))
    s = p["condition_frame"].sub("", p["subject_comparison"].sub("", p["baseline"].sub("", s)))
    start_value = p["value_from"].search(s)
    if start_value:
        s = s[:start_value.start()]
    s = _cut_at_inner_bound(s.strip())
    unstripped, s = s, _strip(s)
    after_words = _trailing_after_words().search(s)
    if after_words and after_words.start() > 0:
        s = _strip(s[:after_words.start()])  # 广义货币M2预期增长12%左右: an adverb of expectation, not what is measured
    if s in config()["growth_subjects"]:
        growth = _growth_verb().match(unstripped, len(s))
        s += growth.group() if growth else ""  # 经济增长5%左右: 经济 alone names nothing, readers write 经济增长
    allotted = _allotted().search(s)
    if allotted and allotted.start() >= 2 and not p["bare_verb"].fullmatch(s, 0, allotted.start()):
        s = _strip(s[:allotted.start()])  # 中央预算内投资拟安排: what is allotted, not the verb
    # What a verb of change acts on is what changes (再减少农村贫困人口1000万以上, 全年再减少企业税负3500亿元左右, 同时
    # 增加中央预算内经常性建设投资100亿元): the verb gives the kind, not the name.
    change = p["change_object_before"].search(s)
    # (only a verb the subject opens with, adverbs before it: not 广义货币增长目标, 经济增长预期目标)
    if change and change.group("verb") in config()["change_verbs_cut"] and len(s) - change.end("verb") >= 2 \
            and _adverbs_only().fullmatch(s, 0, change.start("verb")):
        s = _strip(s[change.end("verb"):])
    # The thing counted follows the last verb that has something after it
    # (开展补贴性职业技能培训 -> 补贴性职业技能培训), unless the subject names a measure (…率).
    compounds = config()["count_verb_compounds"]
    verbs = [m for m in p["count_verb"].finditer(s) if len(s) - m.end() >= 2  # not 自动发放|机
             and not s.startswith(tuple(compounds.get(m.group(), ())), m.end())  # not 长期建设|国债
             and s[m.end():] not in config()["subject_words_kept"]]  # not 研发经费投入|年均增长
    if verbs and not p["suffix"].search(s):
        s = _strip(s[verbs[-1].end():])
    part = _breakdown_open().search(s)
    if part:
        # 建成70座城市一类以上公厕(其中旧城区7座,…), 新开工2912套(其中城市棚户区改造2912套): a part of the thing before the
        # bracket, named by the part and that thing (旧城区城市一类以上公厕), as readers write it; no bracket left open
        # (含景区旅游公厕14座 after …公厕: a part that ends as the thing ends names it whole)
        whole, thing = _strip(part.group("part")), _strip(s[:part.start()])
        s = whole if whole and thing and whole[-1] == thing[-1] else whole + thing
    return s


@functools.cache
def _growth_verb() -> re.Pattern:
    return rules.compile_pattern(rules.alternation(config()["growth_verbs"]))


@functools.cache
def _breakdown_open() -> re.Pattern:
    """A bracket opened by 其中 (or 含) and not closed before the quantity: the breakdown of the thing before it into
    parts (rules/targets.yaml breakdown_openers)."""
    return re.compile(rf"\((?:{rules.alternation(config()['breakdown_openers'])})[ ::,]*(?P<part>[^()]*)$")


def _project_capacity(doc: Document, q: Quantity, lo: int, noun: str) -> str:
    """加快通渭县寺子川10万千瓦风电项目 -> 通渭县寺子川风电项目装机容量: a capacity written between a place and the project it
    is the capacity of (rules/targets.yaml capacity_units); "" where no project follows right after the number."""
    cfg = config()
    if q.unit not in cfg["capacity_units"] or not noun or not (is_han(noun[0]) or noun[0] == "“"):
        return ""
    m = _capacity_project().match(noun)
    if m is None:
        return ""
    place = CONJUNCTION.split(doc.text[lo:q.start])[-1].strip()
    place = _capacity_lead().sub("", place)
    if re.search(r"[\d,;:。]", place) or len(place) > 16:
        place = ""
    return place + m.group() + cfg["capacity_name"]


@functools.cache
def _capacity_project() -> re.Pattern:
    """The project right after a capacity, up to its noun (风储一体化电站项目); none with 等 (examples) or a verb in it."""
    cfg = config()
    return re.compile(rf"[^、,;:。等\d]{{0,14}}?(?:{rules.alternation(cfg['capacity_projects'])})(?![\u4e00-\u9fff]{{0,2}}(?:项目|电站))")


@functools.cache
def _capacity_lead() -> re.Pattern:
    return re.compile(rf"^(?:{rules.alternation(config()['capacity_lead_verbs'])})+")


@functools.cache
def _allotted() -> re.Pattern:
    """A verb of allotting closing a subject, its adverbs before it (rules/targets.yaml allotting_verbs)."""
    cfg = config()
    return re.compile(rf"(?<!新)(?:{rules.alternation(cfg['allotting_adverbs'])})*(?:{rules.alternation(cfg['allotting_verbs'])})$")


@functools.cache
def _share_of_base() -> re.Pattern:
    return rules.compile_pattern(config()["share_of_base_before"])


@functools.cache
def _adverbs_only() -> re.Pattern:
    """Words that may stand before a verb of change the subject opens with (rules/targets.yaml change_verb_adverbs)."""
    return re.compile(rf"(?:{rules.alternation(config()['change_verb_adverbs'])})*")


# 均 (or 都) giving a value to each member (not 人均, 平均, 年均, 均衡; not 首都, 都市)
_EACH = re.compile(r"(?<![人平年月日户])均(?![衡匀])|(?<!首)都(?![市会])")
_JOINERS = re.compile(r"[ 、和及与至到]*")


def _cut_at_inner_bound(s: str) -> str:
    """'A达到B的' / 'A不低于B的' -> A (B is the base of a share); 'A达到…比例' stays whole."""
    p = patterns()
    trimmed = p["trailing"].sub("", s) if s.endswith(" ") else s
    inner = [m for m in p["inner_bound"].finditer(trimmed) if m.end() < len(trimmed)]
    if not inner:
        return s
    m = inner[-1]
    rest = trimmed[m.end():]
    if not rest.endswith("的") and p["suffix"].search(_strip(rest)):
        return s
    return s[:m.start()]


def _strip(s: str) -> str:
    p = patterns()
    while True:
        t = p["trailing"].sub("", p["leading"].sub("", s.strip()))
        t = _SPACES.sub("", t) if len(t) < len(s) else t
        if t == s:
            return s
        s = t


def suffix_of(name: str) -> bool:
    """Whether the name ends in a measure (rules/targets.yaml indicator_suffixes)."""
    return bool(patterns()["suffix"].search(name))


def split_conjoined(subject: str, force: bool = False) -> list[str]:
    """A、B和C -> [A, B, C], a head written once shared by all (挂号、结算、取药排队时间)
    and a modifier written once shared by all (人均每日食盐和食用油摄入量)."""
    if not CONJUNCTION.search(subject):
        return []  # most subjects: nothing to split
    parts = _inner_lists(conjuncts(subject, force), subject)
    if len(parts) < 2:
        return []
    if not force and qualifiers_listed(parts, places_only=True):
        return []  # 海口市、三亚市占比达到80%: the places say where it is reached (qualifiers), one target
    if not force and _EXAMPLES.search(parts[-1]):
        return []  # 新建高架车站、地面车站、基地库房等要求屋顶光伏覆盖面积: examples of what one indicator covers
    if not force and parts[-1].endswith(tuple(config()["sum_suffixes"])):
        return []  # 风电、光伏发电装机规模: the total of the members
    if patterns()["period_list_end"].match(parts[-1]) and not any(suffix_of(x) for x in parts[:-1]):
        return []  # 迎峰度夏、度冬期间电煤储备水平: the members are the times it is held in, one indicator
    suffix = patterns()["suffix"]
    if not suffix.search(parts[-1]):
        if not force:
            return []
        head = _parallel_head(parts[0], parts[-1])
        # (城镇、农村居民人均可支配收入分别增长4.5%、5.5%: 城镇 is 城镇居民人均可支配收入, as readers write it)
        return [x + head if len(_words(x)) == 1 else x for x in parts[:-1]] + parts[-1:] if head else parts
    if not all(suffix.search(x) for x in parts):
        # (a one-word member before a measure with a suffix of its own: 城镇、农村居民人均消费支出 -> 城镇居民人均消费支出)
        head = _parallel_head(parts[0], parts[-1]) or _shared_head(parts[0], parts[-1])
        if len(head) < 2 and force and len(_words(parts[-1])) > 2:
            head = "".join(_words(parts[-1])[-2:])  # 均: a one-character suffix (率) with its word, 机械化率
        if len(head) < 2:
            return parts if force else []
        parts = [x if suffix.search(x) else x + head for x in parts]
    return [parts[0]] + [_shared_modifier(parts[0], x) for x in parts[1:]]


def _inner_lists(parts: list[str], subject: str) -> list[str]:
    """一般社会投资项目、中小型社会投资项目、园区内工业、仓储及生产配套设施项目…审批时间: where the members end in one noun (项目),
    a member without it, before one that has it, is a modifier of that member's own list (园区内(工业、仓储及生产配套设施)项目):
    one name with it, as ANNOTATION's distribution gives one target per name of the list. `parts` are conjuncts(subject)."""
    if len(parts) < 3:
        return parts
    head = _words(parts[0])[-1]
    if len(head) < 2 or not is_han(head[-1]) or sum(x.endswith(head) for x in parts[:-1]) < 2 or head not in parts[-1]:
        return parts
    out: list[str] = []
    opened, at = 0, 0  # where the last member of `out` starts in the subject; where the last part read ends
    for x in parts:
        start = subject.index(x, at)
        at = start + len(x)
        if out and head not in out[-1]:
            # (a member with no head continues into the next, joined as the text joins them: 园区内工业和仓储项目)
            out[-1] = subject[opened:at]
        else:
            out.append(x)
            opened = start
    return out


# 等 closing a list before the words it qualifies: an open list of examples, not of indicators
_EXAMPLES = re.compile("等[\u4e00-\u9fff]")


def conjuncts(subject: str, force: bool = False) -> list[str]:
    """Split at 、 and, where the left member is a complete indicator, at 和/及/与 (outside brackets)."""
    suffix = patterns()["suffix"]
    parts, depth, cur = [], 0, ""
    for ch in subject:
        depth += ch in "(《“"
        depth -= ch in ")》”"
        joins = ch in "和及与" and (suffix.search(cur) or (ch == "和" and force))
        if depth == 0 and (ch == "、" or joins):
            if cur:
                parts.append(cur)
            cur = ""
            continue
        cur += ch
    if cur:
        parts.append(cur)
    return parts if len(parts) > 1 and all(len(x) >= 2 for x in parts) else [subject]


def _parallel_head(first: str, last: str) -> str:
    """What the last member says after as many characters as the first member, a one-word member, has (城镇 and 农村 in
    城镇、农村居民人均可支配收入), where it ends with a measure (rules/targets.yaml shared_measure_heads): the head they
    share; "" where the last member is too short to hold one or names no measure (一产、二产、三产; 学校、医疗卫生机构)."""
    rest = last[len(first):]
    # (not where the last member's word ends as the first does: 工业、服务业增加值 are 工业 and 服务业, _shared_head's echo)
    if len(_words(first)) == 1 and rest[:1] != first[-1:] and len(rest) >= 4 and rest.endswith(tuple(config()["shared_measure_heads"])) \
            and is_han(first[-1]):
        return rest
    return ""


def _shared_head(first: str, last: str) -> str:
    """The part of the last member that the first one leaves out (主要食品、主要农产品合格率): the
    words after the last one that ends as the first member ends (低压、20千伏及以下高压电力接入工程审批时间 ->
    电力接入工程审批时间; 居民用户、实施“三零”服务的非居民用户全过程办电时间 -> 全过程办电时间)."""
    words = _words(last)
    # (a word ending as the first member ends: 高压 for 低压, 用户 for 居民用户, 农产品 for 主要食品)
    echoes = [i for i, w in enumerate(words[:-1]) if len(w) >= 2 and is_han(w[-1]) and w[-1] == first[-1]]
    if echoes and len("".join(words[echoes[-1] + 1:])) >= 2:
        return "".join(words[echoes[-1] + 1:])
    n = len(_words(first))
    if 0 < n < len(words):
        return "".join(words[n:])
    return words[-1] if len(words) > 1 else ""


def _shared_modifier(first: str, other: str) -> str:
    """Words the first member has before its own head and a shorter member leaves out
    (人均每日食盐摄入量和食用油摄入量 -> 人均每日食用油摄入量)."""
    a, b = _words(first), _words(other)
    if len(b) >= len(a) or b[0] in a:
        return other
    return "".join(a[:len(a) - len(b)]) + other


@functools.lru_cache(maxsize=2048)
def _words(s: str) -> list[str]:
    return segmentation.words(s)
