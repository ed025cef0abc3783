"""Quantities that are no commitment: qualifiers (35岁以上人群, 每3万人口), names and codes
(inside quotes, 18项核心制度), ordinals, past values and counts of items just named.
Sentences that report the past are in past.py."""
from __future__ import annotations

import bisect
import functools
from typing import TYPE_CHECKING

import regex

from .. import rules
from ..document import Document, Target
from ..numbers import Quantity
from .indicators import following_np
from .commitment import governments_own_share, under_a_goal_lead
from .parameter_sizes import sized_thing
from .patterns import (AFTER_EXAMPLES, CONJUNCTION, config, delivered_after_examples, end_of_clause, is_han,
                       parameter_config, parameter_patterns, patterns, start_of_clause, tasks_by_path)

if TYPE_CHECKING:
    from .context import Context, Found


def qualifies_a_later_count(text: str, q: Quantity, quantities: list[Quantity], clause_end: int) -> bool:
    """培育年营业收入超10亿元的软件企业5家以上: a quantity followed by 的 and a noun that a
    later quantity of the same clause counts defines what is counted; one glued to a rate
    that a later quantity measures (500米覆盖率达到100%) defines the rate."""
    # The quantities are in text order: the later ones of the clause are found by bisection
    # and read only as far as needed (a list over all of them for every quantity of a long
    # list was quadratic).
    first = bisect.bisect_right(quantities, q.end, key=lambda other: other.start)
    last = bisect.bisect_left(quantities, clause_end, lo=first, key=lambda other: other.start)
    later = (quantities[i] for i in range(first, last))
    if text.startswith("的", q.end):
        counts = config()["count_units"]
        if q.unit in config()["percent_units"].values():
            # (60%以上的县至少有1家…机构, 80%以上的乡镇建有1个…: a share of the units that must each have a count is what
            # is committed; the count inside says which units count)
            having = patterns()["units_each_having"].match(text, q.end, clause_end)
            return any(other.unit in counts and not (having and having.start("having") < other.start <= having.end())
                       for other in later)
        return any(other.unit in counts for other in later)
    # 公交站点500米覆盖率达到100%: a quantity glued to the rate that a later one measures
    following = next(later, None)
    return following is not None and bool(patterns()["rate_after"].match(text, q.end, following.start))


def states_a_constitution(text: str, s: int, e: int) -> bool:
    """公司注册资本为人民币31亿元,其中:国有资产29亿元…: what a company is constituted with (its capital stated as a
    value; not a rule on capital: 注册资本最低限额为5000万元, 按注册资本的5%缴存, 增加…注册资本,推动…超过1000亿元)."""
    return any(_CAPITAL_STATED.match(text, m.end(), e) for m in patterns()["constitution"].finditer(text, s, e))


_CAPITAL_STATED = regex.compile(r"[ ]*(?:为|是|定为)?[ ]*(?:人民币)?[ ]*[\d一二三四五六七八九十两]")


def splits_a_sum(text: str, q: Quantity) -> bool:
    """其中88%用作天然气勘探开发建设, 8%作为职工奖励基金: a share saying how a sum is split is a
    setting of the policy (a parameter where one is named), never a target; so is an amount
    reckoned in months' worth (不得低于六个月缴存金额)."""
    if q.unit in config()["duration_units"] and patterns()["amount_in_time"].match(text, q.end):
        return True
    return q.unit in ("%", "‰") and bool(patterns()["allocation"].match(text, q.end))


def caps_a_use(text: str, f: Found, measures: bool) -> bool:
    """每户限享受1次, 备案价格调整一年不超过1次: in a notice of `measures`, a capped count of
    uses is a rule of the policy, not a commitment (a plan's 教师参与课后服务不超过三次 stays)."""
    q = f.quantity
    if q.unit in config()["count_units"] and _conduct_cap().search(text, max(f.clause_start, q.start - 12), q.start):
        return True  # 各市至多选择2个平台: a cap on what each may choose, in any notice
    if q.unit in config()["count_units"] and q.post == ">=" and patterns()["prohibition"].search(text, max(f.clause_start, q.start - 16), q.start):
        return True  # 同一资源不能同时被两个及以上虚拟电厂运营商聚合: a floor forbidden is a cap
    if not measures or q.unit not in config()["usage_units"]:
        return False
    capped = (q.comparator or f.context.comparator) in ("<=", "<")
    return capped or bool(patterns()["usage_limit"].search(text, max(f.clause_start, q.start - 12), q.start))


@functools.cache
def _conduct_cap() -> regex.Pattern:
    caps = rules.alternation(config()["conduct_cap_words"])
    bounds = rules.alternation(list(config()["prefix_bounds"]))
    verbs = rules.alternation(config()["conduct_cap_verbs"])
    permitted = rules.alternation(config()["permitted_cap_bounds"])
    return regex.compile(rf"(?:{caps})(?!{bounds})可?(?:{verbs})\p{{Han}}{{0,4}}[ ]*$|可[^,;:。\d]{{0,10}}(?:{caps})[ ]*$"
                         rf"|可(?:{verbs})\p{{Han}}{{0,4}}?(?:{permitted})[ ]*$|{config()['submission_cap_before']}")


def schedules_a_routine(text: str, f: Found) -> bool:
    """购房补贴每年发放一次, 每年公布一次: the schedule on which the policy pays out or publishes is
    how it runs, not a count to deliver (a lower bound makes it a quota: 至少每半年公布一次)."""
    q = f.quantity
    if q.unit not in config()["usage_units"] or (q.comparator or f.context.comparator) in (">=", ">"):
        return False
    return bool(patterns()["routine_schedule_before"].search(text, max(f.clause_start, q.start - 24), q.start))


def describes_a_code(text: str, quantities: list[Quantity], s: int, e: int) -> bool:
    """编码分4个部分共10位, 用2位阿拉伯数字表示, 小数点后两位为二级科目识别码: a sentence giving
    a code's length in digits describes a format, and none of its numbers is a commitment."""
    unit = config()["code_unit"]
    # (a word broken over two lines of a PDF: 阿拉伯数 字)
    return any(q.unit == unit for q in quantities) and bool(patterns()["code_word"].search("".join(text[s:e].split())))


_QUOTED = rules.compile_pattern(r"“[^”\n]*”|《[^》\n]*》|「[^」\n]*」|『[^』\n]*』|‘[^’\n]*’|\"[^\"\n]*\"")


def quoted_spans(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Quoted names and slogans (“15分钟健身圈”); a quoted passage of clauses (落实好“…首付比例
    不低于25%;…不低于30%”) cites rules, and its numbers are read; so does one that names a policy by the
    relief it grants (落实好…“增值税小规模纳税人在50%幅度范围内减征资源税、…”政策: a grant verb in the quote)."""
    return [m.span() for m in _QUOTED.finditer(text, s, e)
            if not _CLAUSE_MARKS.search(m.group(), 1, len(m.group()) - 1) and not _quotes_a_grant(m.group())]


_CLAUSE_MARKS = regex.compile(r"[,;:。]")


def _quotes_a_grant(quoted: str) -> bool:
    """A quote (not a title in 《》) that holds a grant verb (rules/parameters.yaml grant_verbs, but for those that
    count only right before a number: 处 is also in 处理)."""
    return quoted.startswith("“") and _granting_verb().search(quoted) is not None


@functools.cache
def _granting_verb() -> regex.Pattern:
    cfg = parameter_config()
    return regex.compile(rules.alternation([v for v in cfg["grant_verbs"] if v not in cfg["adjacent_grant_verbs"]]))


# ------------------------------------------------------------------ exclusions
# How far before a quantity its clause is read: every rule looks at the words next to it, and
# a bounded window keeps a long list in one clause (达到95%、95%、…) linear.
_FAR = 80


# a count of named things right before the number (以解决三个1亿人问题为着力点, 实现“两个一百年”奋斗目标):
# the number is part of the names
_COUNTED_NAME = regex.compile(r"(?<![\d一二两三四五六七八九十百千万每各])[一二两三四五六七八九十]个[ ]*$")
# the sessions of a term listed before (六届二次、三次、) and after (、四次、五次, (扩大), 全体) a session
_SESSIONS_BEFORE = regex.compile(r"届[ ]*(?:[一二三四五六七八九十\d]+次[ ]*[、和及][ ]*)*$")
_SESSIONS_AFTER = regex.compile(r"^(?:[ ]*[、和及][ ]*[一二三四五六七八九十\d]+次)*[ ]*(?:全体)?(?:\([^()]{1,6}\))?")
# the last member of a list of ordinals opened by 第 (第2、3、4、5项条件, 第一、三款)
_ORDINAL_LIST = regex.compile(r"第(?:[\d一二三四五六七八九十]+[、,和及])+[ ]*$")


# a number with a decimal point and no magnitude, then 条 (2.4条), or any number then 条款 (第3条款 aside)
_CLAUSE_NUMBER = regex.compile(r"\d+\.\d+[ ]*条|\d+[ ]*条款")


def excluded(text: str, q: Quantity, clause_start: int, sentence_end: int, clause_end: int, sentence_start: int) -> bool:
    p = patterns()
    before = text[max(clause_start, q.start - _FAR):q.start]
    if (p["before_excluded"].search(before) and not _delivers_a_listed_set(text, q, clause_start, clause_end, before)) \
            or p["start_value"].search(before) or _ORDINAL_LIST.search(before) or _COUNTED_NAME.search(before) \
            or p["step"].search(before):
        return True  # 第一, 每3万人口, 现有50人, 从X增加到, 由2015年的X, 等九项, 第2、3、4、5项, 三个1亿人, 每增加1人
    if p["code_number"].match(text, q.num_start):
        return True  # 01款, 07项, 编号001: a number written with a leading 0 (221类 before them: budget_code_* below)
    if q.unit in config()["format_units"] and p["format_after"].match(text, q.end):
        return True  # 3人制篮球场, 五年制: a format's name
    if _in_a_responsibility_bracket(text, q, sentence_end):
        return True  # (…、17个市级帮扶集团牵头单位和有关区县政府具体负责): who carries the item out
    if p["already_done"].search(before) and not (q.unit == "%" and before.rstrip().endswith("的")):
        return True  # 已开工的57个项目, 国家已设立400亿元: what was already done
    after = text[q.end:min(q.end + 8, sentence_end)]
    if q.unit in config()["age_units"] and ((after[:1] and is_han(after[0])) or not p["age_indicator"].search(before)):
        return True  # 35岁以上人群, 12岁儿童, 不超过借款人65岁 (not 人均预期寿命达到79岁)
    if q.post in (">=", "<=") and ((p["population"].match(after) and q.unit not in config()["percent_units"].values()) or (
            after.startswith("的") and p["attribute_before"].search(before))
            or (q.unit in config()["people_size"]["units"] and p["people_size"].match(after))):
        # (not 有1所以上的养护院, nor a share of the people: 力争到2024年底,80%以上新生儿在出生当年参保)
        return True  # 1万人以上人群密集场所, 学生人数在1000人以上的学校, 66人以上超大班额
    if _conditions_a_grant(text, q, clause_start, sentence_end):
        return True  # 首次年度营业收入达到1000万元的人力资源服务机构,…,给予…: who qualifies for the grant
    if p["comparison_before"].search(before) and _ONES_MEANT.match(text, q.end, min(q.end + 24, sentence_end)) \
            and not p["granted_after"].match(text, q.end, min(q.end + 24, sentence_end)):
        return True  # 建筑高度低于100米的规划建筑, 人均年可支配收入低于33600元(含33600元)的3人及以上家庭
    if p["attribute_noun"].search(_MEMBERS_BEFORE.sub("", before)) and p["attribute_after"].match(text, q.end, min(q.end + 24, sentence_end)) \
            and not p["granted_after"].match(text, q.end, min(q.end + 24, sentence_end)) and not sized_thing(text, q, before):
        # (not 建筑面积95平方米左右的三室户: a size about a number picks out nothing, it is the size set for the noun)
        return True  # 客房数50间以上的宾馆, 年运量150万吨以上的物流园区 (not 按销售收入5%的税率): which ones are meant
    if _glossed(text, q, clause_start, sentence_end):
        return True  # 自住房(1套、2套), 小额(余额1万元内): a gloss of the noun before the bracket
    if p["threshold_mark"].match(text, q.end, sentence_end) or (
            p["inner_threshold_mark"].search(text, q.num_start, q.end) and text.startswith("的", q.end)):
        # (死亡1人(含)以上的…事故: the mark inside the bound, before 的 and the noun it defines; not 确定1家(含)以上本省的…企业)
        return True  # 自主投入5000万元以上(含), 实缴资金达1000万元(含本数,下同): a threshold drafted as a rule's
    if q.unit != config()["points"]["unit"] and p["score_after"].match(text, q.end, sentence_end):
        return True  # 推广1篇,得3分; 出现1例未处理扣2分: the condition of points in a scoring scheme
    if p["record_after"].match(text, q.end, sentence_end):
        return True  # 今年高校毕业生820多万人,再创历史新高: a fact stated
    if p["base_after"].match(text, q.end, sentence_end):
        return True  # …拨款水平达到12000元的基础上: the base a measure builds on
    if p["policy_name"].match(text, q.end) and p["combining"].search(text, clause_start, sentence_end):
        return True  # 不与…购房1%补贴政策叠加享受: a policy named by its rate
    if p["band_low"].match(text, q.num_start, min(q.end + 12, sentence_end)) or p["band_high"].search(before):
        return True  # 购车价5万元(含)至10万元(不含)新车, 3万(含)至4万(不含)平方米的: a band says which ones are meant
    # 具体标准由各地在1200—3500元范围内确定,可以分为2—3档: a range a standard is set within (a parameter), no
    # zone and no condition of a permission
    range_set = parameter_patterns()["range_choice"].match(after)
    if p["zone_after"].match(after) and not range_set:
        return True  # 学校周边200米范围内: the zone a rule applies to
    if q.unit in config()["distance_units"] and not q.post and _position_before().search(before):
        # (not 边线向外延伸二百米以内的区域: the bounded extent of a zone a rule sets, a parameter)
        return True  # 界牌大桥上游800米至下游400米, 控制线向外扩大300米…范围线: where a stretch or a line lies
    if _names_an_attachment(text, q.start):
        return True  # 附件:第一阶段重点监测50种…药品清单: the name of a document
    if p["concept_after"].match(text, q.end):
        return True  # 四位一体的…推广体系, 七位一体创新生态圈: a concept's name
    if q.unit in config()["duration_units"] and p["free_benefit_after"].match(text, q.end, sentence_end):
        return True  # 提供7天免费住宿: a benefit measured in time
    if _times_a_session(text, q, sentence_start, before):
        return True  # 模拟上课准备时间为1小时, 视频…时间不超过10分钟: how long a session of an event lasts
    if q.unit in config()["duration_units"] and p["holiday_before"].search(text, max(sentence_start, q.start - 24), q.start):
        return True  # 放假1天, 假日增加2天, 放假调休,共8天: days of rest a rule grants
    if q.unit in config()["budget_code_units"] and p["budget_code_after"].match(text, q.end, sentence_end) \
            and p["budget_code_sentence"].search(text, sentence_start, sentence_end):
        return True  # 《…收支分类科目》221类“住房保障支出”01款“…”: a budget classification code
    if q.unit in config()["cohort_units"] and 1900 <= q.value <= 2100:
        return True  # 2024届毕业生, 2023级新生: a cohort, not a count
    if p["name_after"].match(after) and (q.unit != "次" or "届" in text[max(clause_start, q.start - 8):q.start]):
        return True  # 人大四次会议, 二十届三中全会: names of meetings
    if q.unit == "次" and _SESSIONS_BEFORE.search(before) \
            and p["name_after"].match(_SESSIONS_AFTER.sub("", text[q.end:min(q.end + 24, sentence_end)])):
        return True  # 市委六届二次、三次、四次、五次全会精神, 省委十一届二次全体(扩大)会议: sessions of a term
    if q.chinese and _counts_listed_items(before) and not _delivers_a_listed_set(text, q, clause_start, clause_end, before):
        # (建成上合国际人才双创产业园、…、数字经济产业园等四个标准化OPC创业社区: the examples of what is delivered)
        return True  # 社会、行业、个人三个层面, 风险管控、隐患治理两条防线
    if _counts_its_list(text, clause_start, q):
        return True  # 强化全社会固定资产投资、建安工程投资、…、省重点项目入统年度投资完成率五项工作推进力度
    if q.unit in config()["listed_kinds_units"] and _counts_listed_kinds(text, clause_start, q.start):
        return True  # …洗碗机、微波炉、电饭煲(含电饭锅)12类家电产品: the kinds just listed
    noun = following_np(text, q.end, sentence_end)
    # (65个基础性指标和市级新增34个指标: the first of coordinated nouns)
    first = CONJUNCTION.split(noun, 1)[0] if noun else noun
    if noun and q.unit in config()["count_units"] and q.unit not in config()["name_head_not_units"] \
            and (p["name_head"].search(noun) or p["name_head"].search(first) or p["name_head_start"].match(noun)):
        return True  # 18项核心制度, 6类30个发展关键指标, 八项主张, 其中15个指标自动生成
    if not noun and q.unit == config()["article_count_unit"] and p["carrying_out"].search(text, clause_start, q.start):
        return True  # 落实…民间投资新36条: a document named by its count of articles
    if q.unit == config()["article_count_unit"] and _CLAUSE_NUMBER.match(text, q.num_start, min(q.end + 1, sentence_end)):
        return True  # 《标准》2.4条, 执行2.12和2.13条款: a clause of a document, numbered as standards number theirs
    if noun and q.unit in config()["count_units"] and noun.endswith(q.unit + "数"):
        return True  # 核减1套家庭住房套数: a rule of counting, not a count to deliver
    # (为 in its own clause: 减按1%的税率征收契税;面积为… is a rate)
    # (not a count per unit: 地下停车位按1.2个/户…配比 is a rate the rule sets)
    if (before.endswith(("按", "以")) or p["reckoned_over_before"].search(before)) and (q.unit in config()["count_units"]
                                        or (q.unit[:1] in config()["count_units"] and "/" not in q.unit)
                                        or q.unit in config()["duration_units"]
                                        or "为" in text[q.end:min(q.end + 12, clause_end)]):
        return True  # 按1名游客300元给予奖补, 以一个月内取得的收入为一次: a unit of reckoning
    if p["qualifying_treatment_after"].match(text, q.end, clause_end):
        return True  # 净高不小于3米的…连廊可以不计入容积率: what a structure must meet to qualify
    if q.unit in config()["count_units"] and _names_the_scope(text, q, clause_start, clause_end):
        return True  # 在13个粮食主产省选择部分县市, 加大对全市17个重点产业信贷投入: the set an act applies to
    if p["until"].search(before):
        return True  # 直至商品住宅去化周期降至36个月以下: the state that ends a measure
    if not p["change"].search(before) and (
            _clause_matches("base", text, max(0, clause_start - 3), clause_end)
            and not p["base_set"].search(text, max(0, clause_start - 3), clause_end) or (
            p["breakdown"].search(text, max(0, clause_start - 4), clause_start)
            and p["base"].search(text, max(0, clause_start - _FAR), clause_start)
            and not p["base_set"].search(text, max(0, clause_start - _FAR), clause_start))):
        return True  # 以…亏损一亿一千万元为基数: a fiscal base reckoned from a figure (a base set, 基数定为…, is a quota)
    if p["restated"].search(before):
        return True  # 在3年(36个月)内, 满半年(6个月)以上: the same length in another unit
    if p["portion"].match(text, q.end) or _after_a_case(text, clause_start):
        return True  # 超过15000元的部分, 若上交税金不足五千万元: the portion or case a rule applies to
    if q.unit in ("人", "名") and p["attendance"].match(text, q.end):
        return True  # 共88人齐聚一堂: who attended an event reported
    if q.unit == "次" and _clause_matches("standing_meeting", text, clause_start, clause_end):
        return True  # 联席会议每年召开一次例会: a rule of the body, not a commitment
    if (composition := _clause_matches("composition", text, clause_start, clause_end)) and composition[-1] >= q.end or (
            q.unit in ("人", "名") and p["composition"].search(text, max(0, clause_start - 4), clause_start)):
        return True  # 由试点城市各派1名代表组成; 由…代表组成,人数不少于8人: who makes up a body
    if q.unit in config()["count_units"] and text.startswith("由", clause_start) \
            and p["formation"].search(text, q.end, sentence_end):
        return True  # 由…8个地区性石油地质局…和10个…单位,…组建新星石油公司: what a body is made of
    if p["start_of_change"].match(text, q.end) and p["from_word"].search(before):
        return True  # 由借款人公积金账户余额15倍调整为20倍: the value a change starts from
    if _changed_later(text, q, clause_start, clause_end):
        return True  # 单缴存人60万元和双缴存人80万元分别提高到80万元、100万元: the values changed from
    if p["section_number"].match(text, q.num_start) and text[clause_start:q.start].strip() == "":
        return True  # 1.2 等级划分: the number of a section
    if (q.post in (">=", "<=") or q.value_max is not None) and not range_set and p["permission_after"].match(
            text, q.end, min(sentence_end, q.end + _FAR)) and not splits_a_sum(text, q) \
            and not p["goal_before"].search(text, sentence_start, q.start):
        # (其中60%以上用于一线职工培训,可用于…津贴补助: a share of a sum put to a use, what follows is another use;
        # 到2025年,新增市场主体1万户以上,企业可按规定享受…: a goal, whatever the sentence permits after it)
        return True  # 缴纳50%及以上土地出让金,可容缺办理: what one must meet to be permitted
    if p["variable_after"].match(text, q.end) or (q.symbol and p["variable_before"].search(text, max(0, q.start - 4), q.start)):
        return True  # 80%≤k≤120%, k<80%: a tier of a formula's variable
    if p["formula_before"].search(before) or p["formula_after"].match(text, q.end):
        return True  # 计算方法:A/B×100%, 总分=A×60%+B×40%: a factor of a formula
    return _in_condition(text, q, clause_start, clause_end, before) or _size_qualifier(text, q, before)


@functools.cache
def _session_rules() -> tuple[frozenset[str], regex.Pattern, regex.Pattern]:
    cfg = config()["session_duration"]
    return frozenset(cfg["units"]), regex.compile(cfg["before"]), regex.compile(rules.alternation(cfg["sessions"]))


def _times_a_session(text: str, q: Quantity, sentence_start: int, before: str) -> bool:
    """准备时间为1小时, 上课时间为15分钟, 视频…时间不超过10分钟: the length of a session of an event, or of an item
    submitted to it, where the sentence names the session (rules/targets.yaml session_duration)."""
    units, time_before, session = _session_rules()
    return q.unit in units and bool(time_before.search(before)) \
        and session.search(text, sentence_start, q.start) is not None


def _in_a_responsibility_bracket(text: str, q: Quantity, sentence_end: int) -> bool:
    """Whether the quantity stands in a bracket that closes naming who carries the item out (rules/targets.yaml
    responsible_bracket_end)."""
    opened = text.rfind("(", max(0, q.start - _FAR), q.start)
    if opened < 0 or ")" in text[opened:q.start]:
        return False
    return bool(patterns()["responsible_bracket_end"].match(text, q.end, min(len(text), q.end + _FAR)))


def _conditions_a_grant(text: str, q: Quantity, clause_start: int, sentence_end: int) -> bool:
    """An amount closing a condition with 的 in a sentence that goes on to grant (rules/targets.yaml grant_condition)."""
    if q.unit in config()["count_units"] or q.unit in config()["percent_units"].values():
        return False  # (a share before 的 names what it sets: 按不超过投资额5%的比例,给予…)
    p = patterns()
    if p["granted_before"].search(text, clause_start, q.start):
        return False
    if p["grant_on_condition"].match(text, q.end, sentence_end):
        return True
    return bool(p["party_of_a_grant"].match(text, q.end, sentence_end)) and not p["granted_after"].match(text, q.end)


def _delivers_a_listed_set(text: str, q: Quantity, clause_start: int, clause_end: int, before: str) -> bool:
    """加快推动烟台万华等10个绿电产业园…建设, 加快后箐水库等18座中小型水库建设, 建成安顺市、都匀市等2个新型城镇化配电网建设示范区:
    a count after the examples of a list (…等N个) that a verb of delivery governs (count_verbs, in the clause before it, or
    as a noun closing the clause after the thing counted: patterns.delivered_after_examples) counts what the plan
    delivers, as the readers of fourth plan_0010, plan_0014 and thirteenth R_02 wrote (seventh doc_0023's and fourth
    plan_0009's marked such counts optional). Not a count of a notice's parts or bodies (等8个方面, 等14个部门联合印发: a
    name head, or no verb of delivery)."""
    if q.unit not in config()["count_units"] or not AFTER_EXAMPLES.search(before):
        return False
    p = patterns()
    # (before the list's first member: a verb inside a member's name governs nothing, 下设…质量价格监管、…等6个专班)
    first = text.find("、", clause_start, q.start)
    return bool(p["count_verb"].search(text, clause_start, first if first >= 0 else q.start)) or bool(
        delivered_after_examples().match(text, q.end, clause_end))


def _names_the_scope(text: str, q: Quantity, clause_start: int, clause_end: int) -> bool:
    """A count naming the existing set an act happens in or to (rules/targets.yaml, scope_*)."""
    p = patterns()
    head = text[max(clause_start, q.start - _FAR):q.start]
    if p["scope_object_before"].search(head):
        return True
    if p["scope_locative_before"].search(head) and p["scope_locative_after"].match(text, q.end, clause_end):
        return True
    opening = text[clause_start:q.start].strip()
    return opening in config()["scope_relief_openings"] and bool(p["scope_relief_after"].match(text, q.end, clause_end))


# how far a gloss's bracket may open before the quantity and close after it
_GLOSS = 60


def _glossed(text: str, q: Quantity, clause_start: int, sentence_end: int) -> bool:
    """购买自住房(1套、2套)的, 已故职工小额(余额1万元内)公积金: a quantity inside a bracket that
    opens right after a noun and sets nothing of its own (no 为, 达到, 不超过 …) glosses the noun."""
    lo = max(0, q.start - _GLOSS)
    opened = text.rfind("(", lo, q.start)
    if opened < 1 or ")" in text[opened:q.start] or not is_han(text[opened - 1]):
        return False
    closed = text.find(")", q.end, min(sentence_end, q.end + _GLOSS))
    if closed < 0 or "(" in text[q.end:closed]:
        return False
    if _HAVING.search(text, opened + 1, q.start):
        return True  # (…其中至少有1个未成年子女): having at least one says who qualifies, it sets nothing
    if patterns()["part_opening"].match(text, opened + 1) and regex.search(
            rf"[\d一二两三四五六七八九十百千万.]+[ ]*{regex.escape(q.unit)}[^,;:。()]*$", text[clause_start:opened]):
        return False  # 建设40座城市一类以上公厕(含景区旅游公厕14座): the part of a count just made, as 其中 gives it
    return not patterns()["gloss_keep"].search(text, opened + 1, closed)


_HAVING = regex.compile(r"(?:至少|最少)有[ ]*$")


@functools.lru_cache(maxsize=16)
def _clause_matches(name: str, text: str, start: int, end: int) -> tuple[int, ...]:
    """Where a pattern matches in a clause, found once per clause: a long list in one clause
    (达到95%、95%、…) asks for each of its quantities, and searching the clause again each
    time took quadratic time."""
    return tuple(m.start() for m in patterns()[name].finditer(text, start, end))


def _after_a_case(text: str, clause_start: int) -> bool:
    """若上交税金不足五千万元,… / 若用户在立户第一年参与…,应按照其立户后的30个工作日…为基荷: a clause
    stating a case, or the one right after it (what the rule does in that case)."""
    p = patterns()
    if p["hypothetical"].match(text, clause_start):
        return True
    if clause_start < 2 or text[clause_start - 1] not in ",;":
        return False
    lo = max(0, clause_start - _FAR)
    previous = start_of_clause(text, lo, clause_start - 1)
    return bool(p["hypothetical"].match(text, previous))


def _in_condition(text: str, q: Quantity, clause_start: int, clause_end: int, before: str) -> bool:
    """离境超过30天的, / 对月销售额10万元以下的纳税人,…: a quantity in a clause that defines
    who or what qualifies (a clause ending in 的, or one opening with 对/凡 whose 的 follows
    the quantity) is a condition, unless a parameter is named right after it (…2%的购房优惠)."""
    p = patterns()
    rest = text[q.end:min(clause_end, q.end + 40)]  # the words right after it
    # how its clause ends, a closing parenthesis aside (5套及以上的(不含二手房),)
    tail = _CLOSING_PAREN.sub("", text[max(q.end, clause_end - 24):clause_end])[-12:]
    bounded = q.post or q.value_max is not None or rest.lstrip().startswith("(")
    if bounded:
        head = p["bounded_list"].sub("", before)
        # (tier_opening leaves out a base and its 的: 按非法所得的五至十倍罚款 is an amount)
        if p["condition_verb"].search(head) or p["tier"].search(head):
            return True  # 购买面积90平方米以下的补助1万元, 按活动规模1万人以上、5000人以上: conditions
    if clause_end < len(text) and text[clause_end] == "," and p["band_case_next"].match(text, clause_end + 1):
        return True  # 比例达到1%(含)以上,但未达到…规定比例的,按…缴纳: one end of a band a case is defined by
    named = p["granted_after"].match(rest) or p["granted_after"].match(_LIST_MEMBERS.sub("", rest))
    if named and not _CLOSED_BY_DE.fullmatch(named.string, named.end()):
        # (分别给予不低于20万元、40万元、60万元的奖补: the list's last member names them all)
        # (but 凡以…工资的70%作为缴费基数的, : the name is inside the case its clause's 的 closes)
        return False
    if p["condition_end"].search(tail) and not p["counted_noun_end"].search(text[clause_start:clause_end]) \
            or p["condition_after"].match(rest):
        return True  # (遴选20家能效领跑者: 者 ends the noun counted, not a case)
    defined = text.find("的", q.end, clause_end) >= 0
    opening = text[clause_start:min(q.start, clause_start + 16)]
    # (对个人消费者…购买…新能源乘用车补贴10000元、购买符合条件的燃油乘用车补贴7000元: an amount a grant word right before it
    # grants; the 的 after it is the next member's)
    if p["condition_open"].match(opening) and defined and not (not bounded and _grant_right_before().search(before)
                                                                 and text.startswith("、", q.end)):
        return True
    if bounded and defined:
        # 对通过专列方式,一次性组织300人(含)以上、停留3天以上的青少年研学旅行团,每列次奖补6000元:
        # 对 opens the part of the sentence (after ;) whose clause the quantity's 的 closes
        lo = max(0, q.start - _FAR)
        part = max(max(text.rfind(c, lo, clause_start) for c in ";。\n") + 1, lo)
        if part < clause_start and p["condition_open"].match(text[part:min(clause_start, part + 16)]):
            return True
        # 单场售票1万人以上的营业性演出活动,按…收入的3%奖励: a bounded size before 的 and the noun
        # its clause ends with, and no commitment before it, says which ones are meant (also when
        # other qualifiers follow it: 筛选一批总投资5000万元以上、预期收益率不低于…的优质项目)
        if clause_end < len(text) and text[clause_end] in ",;" and not p["commitment_before"].search(before) \
                and (p["defined_noun"].fullmatch(text, q.end, clause_end)
                     or p["defined_noun_listed"].fullmatch(text, q.end, clause_end)):
            return True
    return False


@functools.cache
def _grant_right_before() -> regex.Pattern:
    """A grant word right before an amount (…乘用车补贴10000元: rules/parameters.yaml grant_words)."""
    return rules.compile_pattern(rf"(?:{rules.alternation(parameter_config()['grant_words'])})[ ]*$")

# 的 and a noun (or a count of a noun: 的3人及以上家庭) after a comparison, a bracket between (含33600元)
_ONES_MEANT = regex.compile(r"[ ]*(?:\((?:含|不含)[^()]{0,12}\))?[ ]*的[ ]*(?!比例|幅度|标准|部分)[\p{Han}\d]")

# the other members of a list of amounts after the first (、40万元、60万元)
_LIST_MEMBERS = regex.compile(r"^(?:[ ]*[、和及或][ ]*[\d.]+[^\d,;:。、和及或的]{0,4})+")
_CLOSING_PAREN = regex.compile(r"\([^()]{0,16}\)[ ]*$")
# the members of a list of values before the last (现行费率为0.2%、0.3%的用人单位: 0.3% is said of the rate too)
_MEMBERS_BEFORE = regex.compile(r"(?:[\d.]+[^\d,;:。、和及或的]{0,4}[、和及或])+$")
# the 的 closing a case right after a name, nothing else to its clause's end
_CLOSED_BY_DE = regex.compile(r"[ ]*的[ )\)]*")


def _size_qualifier(text: str, q: Quantity, before: str) -> bool:
    """购买144平方米以上(不含144平方米)住房, 10万元及以下的个人创业担保贷款: a bounded size,
    amount or age written before a noun says which ones are meant (counts and shares are not:
    1所以上的养护院, 90%以上的农村 are targets)."""
    cfg = config()
    if not (q.post in (">=", "<=") or q.value_max is not None):
        return False
    if q.unit in cfg["count_units"] or q.unit in ("%", "‰", "个百分点") or q.unit in cfg["duration_units"]:
        return False
    if q.unit == parameter_config()["discount_unit"]:
        return False  # 评估租金的九折以下定价: a discount bounded, a share of the price as % is (rules/parameters.yaml)
    p = patterns()
    if p["commitment_before"].search(before) and not before.rstrip().endswith("、"):
        # 建成…10万平方米以上, 投入资金10亿元以上用于…: the object of a commitment (not a member of a list
        # of things it names: 实现本市内河集装箱船、滚装船、600总吨以上干散货船…)
        return False
    m = p["noun_after"].match(text, q.end)
    return bool(m) and not p["granted_after"].match(text, q.end)


# a time counted from an event written right before it (签订后1个月内, 当天后的30个自然日内, 完成后,10个工作日内)
_AFTER_AN_EVENT = regex.compile(r"(?:后|之后)[ ]*[,的]?[ ]*$")
_SET_AS = regex.compile(r"(?:时间|期限|时限)为")


@functools.cache
def _stock_words() -> regex.Pattern:
    return regex.compile(rules.alternation(config()["stock_words"]))


def is_time_limit(text: str, f: Found, sentence_start: int, measures: bool = False) -> bool:
    """自受理之日起3个工作日办结, 出售后6~12个月内购置, 延期缴纳6个月: a time limit counted
    from an event, or a deferral, is neither a target nor a parameter. A time the plan
    commits to (预警信息30分钟内通知到村到户, 审批时间控制在50个工作日内) stays a target, and
    so does a quota (每天锻炼1小时). A time limit after a word of duty (应当在24小时内) is one laid on
    others. In a notice of `measures` every other time limit is a rule of procedure (出具检验报告后
    三个工作日内, 1周内完成办理, 最长5个工作日办结)."""
    q, ctx = f.quantity, f.context
    p = patterns()
    if q.unit in config()["stock_day_units"] and (q.comparator or ctx.comparator) in (">=", ">") \
            and _stock_words().search(text, f.clause_start, end_of_clause(text, q.end, _FAR)):
        return False  # 建立不低于城镇常住人口10天市场供应量的成品粮油储备: a reserve's level in days of supply
    if (q.unit in config()["time_limit_units"] or q.unit in config()["duration_units"]) and not ctx.per \
            and not (q.comparator or ctx.comparator):
        # (每天户外活动时间不少于2小时: a quota of each one's time, bounded, stays)
        if any(p["activity_duration"].search(i) for i in ctx.indicators or [ctx.subject]) \
                or p["window_length"].search(text, max(sentence_start, q.start - 24), q.start):
            return True  # 试点时间2个月(8月1日至9月30日), …至5月,共3个月: how long a pilot or a window lasts, a duration
    if q.unit not in config()["time_limit_units"]:
        return False
    if p["longest_term"].search(text, max(sentence_start, q.start - 8), q.start):
        return True  # 最长期限36个月, 最长6个月的过渡性住宿: the longest term granted
    if ctx.per:
        return False
    if p["extended"].search(text, max(sentence_start, q.start - 8), q.start):
        return True  # 期限由6个月延长至12个月, 停留时间延长至240小时: a setting of procedure
    if _AFTER_AN_EVENT.search(text, max(sentence_start, q.start - 4), q.start) and (
            p["duty"].search(text, sentence_start, q.start) or _SET_AS.search(text, f.clause_start, q.start)
            or p["ruling"].search(text, sentence_start, end_of_clause(text, q.end, _FAR))):
        # 缴纳时间为…出具当天后的30个自然日内, 应在资源录入完成后,10个工作日内: a time counted from an event that
        # the sentence lays on others or sets (not a plan's 预警信息发布后30分钟内通知到村到户)
        return True
    if p["public_notice"].search(text, max(f.clause_start, q.start - 12), q.start):
        return True  # 公示至少5个工作日, 公示期为10日: a step of procedure
    if p["duty"].search(text, f.clause_start, q.start):
        return True  # 应当在24小时内报告, 应在72小时内更换备机: a duty laid on others, not a commitment
    if p["obliged_party"].search(text, sentence_start, q.start):
        return True  # 项目法人单位应及时组织检修,并在故障发生12小时内…报告: a party's duty, not a commitment
    named = ctx.indicators or [ctx.subject]
    if measures and any(p["term"].search(i) and not p["processing_term"].search(i) for i in named):
        return True  # 降低住房公积金缴存比例,期限不超过12个月: a term the policy grants (not 办理期限缩短至20个自然日)
    if any(p["time_indicator"].search(i) for i in named):
        return False
    if measures:
        return True  # 1周内完成办理, 最长5个工作日办结: measures lay down procedure, they commit to no time
    if q.post == ">=" or q.value_max is not None:
        return True  # 连续缴存住房公积金6个月(含)以上, 离岗六个月及以上: a condition
    return bool(p["time_anchor"].search(text, sentence_start, q.start))


def _changed_later(text: str, q: Quantity, clause_start: int, clause_end: int) -> bool:
    """将…双职工100万元、单职工80万元限额提高到双职工120万元、单职工100万元; 单缴存人60万元和双缴存人80万元分别
    提高到80万元、100万元: values before a change verb of their clause, in the unit of the value right after it, are
    what the setting is changed from (a count before it is not: 新建10所学校,…入学率提高到95% has another unit)."""
    if not q.unit:
        return False
    p = patterns()
    verb = p["change_to"].search(text, q.end, clause_end)
    if verb is None or p["change_to"].search(text, clause_start, q.start) or p["verb"].search(text, clause_start, q.start) \
            or p["prefix_bound"].search(text, clause_start, q.start) or q.post:
        return False  # (…支付比例总体平均达到75%左右、门诊支付比例提高到50%以上: a goal reached, then another)
    return bool(regex.match(rf"[^,;:。\d]{{0,6}}?[\d.]+[ ]*{regex.escape(q.unit)}", text[verb.end():min(clause_end, verb.end() + 16)]))


def sets_who_qualifies(text: str, f: Found, sentence_start: int) -> bool:
    """单体项目固定资产投资不低于2000万元, 设备单台套价格原则上要在50万元及以上, 原则上项目面积应不小于5亩: a floor
    set on what each project or piece of equipment must be says which ones qualify for the policy, a
    condition and no commitment (a plan's 累计建成项目20个 has no floor on each one; 力争打造…示范项目5个,
    单个项目放电总功率不低于500千瓦 sets the standard of what it builds)."""
    q, ctx = f.quantity, f.context
    if (q.comparator or ctx.comparator) not in (">=", ">") or ctx.kind != "level" or ctx.per:
        return False
    p = patterns()
    if p["committing_lead"].search(text, sentence_start, q.start):
        return False
    if p["experience"].search(text, f.clause_start, q.start):
        return True  # 主持完成过…工程业绩不少于2项: the record one must show to qualify, a count too
    if q.unit in config()["count_units"]:
        return False
    subject = ctx.subject or (ctx.indicators[0] if ctx.indicators else "")
    if p["each_one"].search(subject) or p["each_one"].search(text, f.clause_start, q.start):
        return True
    return bool(p["qualifying_thing"].search(subject)) and bool(p["requirement"].search(text, sentence_start, q.start))


def qualifier_or_ordinal(text: str, q: Quantity, ctx: Context, sentence_end: int) -> bool:
    """24小时健康咨询, 二期建设: no period or bound word makes them a quota."""
    cfg = config()
    # (a verb that only sets a value is no bound: 为OPC提供24小时“不打烊”服务, 保持24小时畅通)
    quota = bool(ctx.per or ctx.comparator or ctx.verb_comparator not in (None, "=") or q.comparator)
    after = text[q.end:q.end + 2].lstrip("“‘\"")[:1]  # (24小时“不打烊”服务: a quoted name qualified)
    if q.unit in cfg["duration_units"] and after and is_han(after) and not quota:
        return True
    if q.chinese and q.unit in cfg["ordinal_measures"] and not ctx.per:
        return True
    return False


def _counts_listed_items(before: str) -> bool:
    """A Chinese numeral right after a list of short items counts those items."""
    if before.endswith(tuple(config()["list_count_before"])):
        return True
    last = before.rsplit("、", 1)
    if len(last) < 2:
        return False
    tail = last[1]
    p = patterns()
    return len(tail) <= 8 and not p["count_verb"].search(tail) and not p["inner_bound"].search(tail)


_BRACKETED = regex.compile(r"\([^()]*\)")


def _counts_its_list(text: str, clause_start: int, q: Quantity) -> bool:
    """A count of works or aspects (rules/targets.yaml list_count_nouns) right after a list of members joined by 、 (and
    a last 和/及/与: list_last_joins) that is the number of members counts the list just written (…、…、…五项工作,
    社会、行业和个人三个层面), in any script and however long the members: no target; so is one in words after two
    members joined by 和 alone (把好土地审批和信贷投放两个闸门) or after a verb of conduct (全面落实五项重点工作). (A count
    of things to deliver stays: 加快建设A、B、C3个煤电项目 commits to the three projects.)"""
    if q.value_max is not None or q.value < 2 or q.value != int(q.value) or q.unit not in config()["count_units"] \
            or not _list_count_noun().match(text, q.end):
        return False
    before = _BRACKETED.sub("", text[max(clause_start, q.start - 4 * _FAR):q.start])
    before = _LABEL.sub("", before)  # (一、同意…: an outline label is no member)
    if _conduct_before().search(before):
        return True  # 全面落实五项重点工作, 落实3项重点工作: the work held to, no count to deliver
    members = before.split("、")
    tail = members[-1]
    joined = len(_last_join().findall(tail))
    if len(members) < 2 and not (q.chinese and joined == 1):
        return False  # (A和B两个闸门: two members joined by 和 alone, counted in words)
    return len(members) + joined == q.value and not regex.search(r"\d", tail) and not patterns()["inner_bound"].search(tail)


@functools.cache
def _conduct_before() -> regex.Pattern:
    """A verb of conduct, maybe after its adverbs, right before a count (全面落实, 继续把好)."""
    cfg = config()
    return regex.compile(rf"(?:{rules.alternation(cfg['conduct_verbs'])})[ ]*$")


_LABEL = regex.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}|\d{1,3})、")


@functools.cache
def _list_count_noun() -> regex.Pattern:
    """A noun counting the work or aspects of a list, as a whole word (三项重点工作, not 两个重点实验室 or 3个工作日)."""
    cfg, alt = config(), rules.alternation
    only, never = cfg["list_count_noun_only_before"], cfg["list_count_noun_not_before"]
    nouns = sorted(cfg["list_count_nouns"], key=lambda n: (-len(n), n))
    words = [regex.escape(n) + (rf"(?=(?:{alt(only[n])})|\P{{Han}}|$)" if n in only else "")
             + (rf"(?!{alt(never[n])})" if n in never else "") for n in nouns]
    return regex.compile(rf"[ ]*(?:{'|'.join(words)})")


@functools.cache
def _last_join() -> regex.Pattern:
    """A word joining the last member of a list to the one before, between two characters (…监测和应急保供…)."""
    return regex.compile(rf"(?<=\p{{Han}})(?:{rules.alternation(config()['list_last_joins'])})(?=\p{{Han}})")


def _counts_listed_kinds(text: str, clause_start: int, at: int) -> bool:
    """Whether a count of kinds at `at` follows a list of three or more members with nothing but the last member
    between (brackets aside): 电冰箱(含冰吧)、洗衣机、…、电饭煲(含电饭锅)12类."""
    before = _BRACKETED.sub("", text[max(clause_start, at - 4 * _FAR):at])
    members = before.split("、")
    if len(members) < 3:
        return False
    tail = members[-1]
    return 0 < len(tail.strip()) <= 12 and not patterns()["count_verb"].search(tail) \
        and not patterns()["inner_bound"].search(tail) and not regex.search(r"\d", tail)


def without_rules_and_names(doc: Document, targets: list[Target]) -> list[Target]:
    """The targets less the rules a regulation lays on others and the counts inside names."""
    article = _obligation_rules()[0]
    by_path = tasks_by_path(doc) if any(article.match(t.label) for t in doc.tasks) else None
    return [t for t in targets
            if not (by_path and obligation_in_article(doc, t, by_path)) and not count_in_a_name(doc.text, t)]


# How far back a sentence is looked for: a bounded window keeps long lists linear.
_WINDOW = 200


_REACHED = regex.compile(r"达到[ ]*$|达到[^,;:。]{0,4}$")


@functools.cache
def _obligation_rules() -> tuple[regex.Pattern, regex.Pattern]:
    targets = rules.load("targets")
    cfg, each, alt = targets["article_obligations"], targets["laid_on_each"], rules.alternation
    # (应 ending another word is none: 城镇常住人口10天市场供应量, 相应, 适应; nor opening one: 应急, 应用)
    return regex.compile(cfg["article_label"]), regex.compile(
        rf"(?<!{alt(each['not_obligation_after'])})(?:{alt(cfg['obligation_words'])})(?!{alt(each['not_obligation_before'])})")


def obligation_in_article(doc: Document, row: Target, by_path: dict) -> bool:
    """A number in an article of a regulation (第N条) whose sentence lays an obligation on
    others (应当在三个工作日内, 不得少于二人) is a rule of the regulation, not a result the
    government commits to: no target. A rate to be reached (全市森林覆盖率应当达到38%以上,
    林木覆盖率30%以上) is the regulation's goal and stays. `by_path` maps the document's task
    paths to tasks."""
    article, obligation = _obligation_rules()
    own = task = doc.task_at(row.char_start)
    while task is not None and not article.match(task.label):
        task = by_path.get(task.parent_path) if task.parent_path else None
    if task is None or own is None:
        return False
    text = doc.text
    # the sentence around the number, looked for in a bounded window (linear on long lists)
    lo = max(own.char_start, row.char_start - _WINDOW)
    start = max(max(text.rfind(c, lo, row.char_start) for c in "。;!\n") + 1, lo)
    if row.unit in ("%", "‰") and (row.indicator.endswith("率") or _REACHED.search(text, start, row.char_start)):
        return False  # 全市森林覆盖率应当达到38%以上, 宜林荒山绿化率95%以上: a level the territory is to reach
    if governments_own_share(text, start, row.char_start, row.unit) or under_a_goal_lead(doc, row.char_start):
        # 储备比例应达储备规模的70%以上: a share of the government's own reserve (ruling, twenty-first session);
        # 国土绿化建设应当达到下列标准: ⏎ …网格面积不得大于400亩: a standard the lead sets to reach
        return False
    # (the subject a word of duty binds goes on over a semicolon: 管道单位应当向…进行安全告知;…,每年至少组织一次应急演练)
    sentence = max(max(text.rfind(c, lo, row.char_start) for c in "。!\n") + 1, lo)
    if obligation.search(text, max(sentence, own.char_start), row.char_start):
        return True
    # an item of the article: the article's lead-in (…应当遵守下列规定:) obliges every item
    lead_end = text.find("\n", task.char_start)
    return own is not task and bool(obligation.search(text, task.char_start, lead_end if lead_end > 0 else len(text)))


@functools.cache
def _name_count_rules() -> tuple[regex.Pattern, regex.Pattern, frozenset[str]]:
    cfg = rules.load("targets")
    small = regex.compile(cfg["name_counts"]["numeral"])
    verbs = cfg["count_verbs"] + cfg["bare_verbs"] + cfg["name_counts"]["more_verbs"]
    return small, regex.compile(rules.alternation(verbs)), frozenset(cfg["count_units"])


# a noun and the word it is the subject of (…行动的牵头部门, …树是)
_SUBJECT_AFTER = regex.compile(r"[\p{Han}“”]{1,8}?(?:的|是)")


def count_in_a_name(text: str, row: Target) -> bool:
    """两个市场两种资源, 八项行动, 三个阶段: a small count written in Chinese numerals, with no
    verb of delivering or reaching shortly before it in its clause, is part of a name or a phrase
    (ANNOTATION.md: numbers inside names are no targets); 建设两个中心 stays a target."""
    small, verbs, units = _name_count_rules()
    if not small.fullmatch(row.span_text):
        return False
    lo = max(0, row.char_start - _WINDOW)
    start = max(max(text.rfind(c, lo, row.char_start) for c in "。;,:!\n") + 1, lo)
    before = text[start:row.char_start]
    if not before.strip() and start > lo and text[start - 1] in "。;!\n":
        # 七项行动的牵头部门要加强统筹协调, 六棵树是…核心支柱: a count opening its sentence as the subject of what the
        # sentence says refers to things the notice names
        return bool(_SUBJECT_AFTER.match(text, row.char_end))
    # a count opening its clause continues an enumeration (每年开展一次…,两次讲座); a
    # schedule makes it a quota (每季度报送一次)
    if row.unit not in units or not before.strip() or "每" in before:
        return False
    # the verb stands close before a count it governs (建设两个中心, 每年开展两次), or before the examples of a list the
    # count closes (建成上合国际人才双创产业园、…、数字经济产业园等四个标准化OPC创业社区)
    if verbs.search(text, max(start, row.char_start - 8), row.char_start):
        return False
    counted = Quantity(start=row.char_start, end=row.char_end, num_start=row.char_start, value=row.value, value_max=None,
                       unit=row.unit, chinese=True, symbol=None, post=None)
    return not _delivers_a_listed_set(text, counted, start, end_of_clause(text, row.char_end, _WINDOW), before)


@functools.cache
def _position_before() -> regex.Pattern:
    return rules.compile_pattern(rf"(?:{rules.alternation(config()['position_words'])})[ ]*$")


@functools.cache
def _attachment_line() -> regex.Pattern:
    return rules.compile_pattern(config()["attachment_line"])


def _names_an_attachment(text: str, pos: int) -> bool:
    """Whether the line holding `pos` names an attachment (附件:…清单), a short line ending without a stop."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)].rstrip()
    if len(line) > 60 or line.endswith(("。", ";")):
        return False  # (tested first: most lines are long paragraphs, which the pattern's word test would read whole)
    m = _attachment_line().match(line)
    return bool(m) and m.end() > len(line) - len(line.lstrip()) + 2
