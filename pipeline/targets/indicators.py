"""What a quantity measures: the counted thing written after a count (counted_noun.py), else the subject before it
(indicator_subject.py), money by its payer, use or fund (indicator_money.py), a stage by what it is the stage of
(indicator_stages.py); a coordinated subject gives one indicator per member (indicator_members.py)."""
from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from .. import rules
from ..document import Document
from ..numbers import Quantity
from .counted_noun import following_np
from .indicator_subject import previous_clause_object, subject_before
from .indicator_members import conjuncts, split_conjoined, words_of
from .indicator_money import fund_named, money_allotted
from .indicator_stages import stage_verb, staged
from .patterns import CLAUSE_STOPS, CONJUNCTION, config, is_han, patterns, sentence_end

if TYPE_CHECKING:
    from .context import Found


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
    allotted = money_allotted(text, lo, q, subject)
    if allotted:
        return [allotted], allotted  # 中央财政拟投入433亿元用于促进就业: the payer's money for what it is for
    fund = fund_named(q, noun, subject)
    if fund:
        return [fund], fund  # 国家今年再安排30亿元国债资金: an amount of the fund, not of the payer
    if stage_verb().fullmatch(subject):
        stage = staged(doc, q, lo, previous, sentence_start, subject, noun)
        return [stage], stage  # 基本建成500万套,新开工700万套以上: the stage of what is counted
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
        borrowed = _joined(previous_clause_object(doc, lo, sentence_start), subject)
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
    words = words_of(name)
    echo = next((i for i, w in enumerate(words[:-1]) if len(w) >= 2 and w[-1] == subject[-1]), None)
    if echo is None:
        return ""
    member, head = "".join(words[:echo + 1]), "".join(words[echo + 1:])
    # (a head of three characters or more: not 还草 of 退耕还林还草 for 造林)
    if member == subject or len(member) > 8 or len(head) < 3 or not is_han(head[0]):
        return ""
    return subject + head


@functools.cache
def _total_word() -> re.Pattern:
    """A word of a total ending the words before a number, a verb of reaching after it (总计达, 合计)."""
    return rules.compile_pattern(rf"(?:{rules.alternation(config()['total_words'])})(?=[达到为 ]*$)")


@functools.cache
def _new_lead() -> re.Pattern:
    return rules.compile_pattern(rf"^(?:{rules.alternation(config()['shared_leads'])})")


def _joined(head: str, rate: str) -> str:
    """报警装置安装 + 安装率 -> 报警装置安装率 (the words they share written once)."""
    for k in range(min(len(head), len(rate)), 0, -1):
        if head.endswith(rate[:k]):
            return head + rate[k:]
    return head + rate


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
def _share_of_base() -> re.Pattern:
    return rules.compile_pattern(config()["share_of_base_before"])


# 均 (or 都) giving a value to each member (not 人均, 平均, 年均, 均衡; not 首都, 都市)
_EACH = re.compile(r"(?<![人平年月日户])均(?![衡匀])|(?<!首)都(?![市会])")


