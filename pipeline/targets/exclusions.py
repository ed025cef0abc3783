"""Quantities that are no commitment, read one by one (excluded): ordinals, past values (现有50人), codes written with
a leading zero, formulas, a base, a range a rule sets, sessions of a meeting, what a body is made of. The rules by seam:
names, codes and lists (named_counts.py), conditions and qualifiers (conditions.py), procedure and time limits
(procedure.py), articles of a regulation (articles.py). Sentences that report the past are in past.py."""
from __future__ import annotations

import functools

import regex

from .. import rules
from ..numbers import Quantity
from .conditions import after_a_case, conditions_a_grant, glossed, in_condition, names_the_scope, size_qualifier
from .counted_noun import following_np
from .named_counts import (counts_its_list, counts_listed_items, counts_listed_kinds, delivers_a_listed_set,
                           names_an_attachment)
from .parameter_sizes import sized_thing
from .patterns import CLAUSE_REACH as _FAR, CONJUNCTION, config, is_han, parameter_patterns, patterns
from .procedure import times_a_session


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
    if (p["before_excluded"].search(before) and not delivers_a_listed_set(text, q, clause_start, clause_end, before)) \
            or p["start_value"].search(before) or _ORDINAL_LIST.search(before) or _COUNTED_NAME.search(before) \
            or p["step"].search(before):
        return True  # 第一, 每3万人口, 现有50人, 从X增加到, 由2015年的X, 等九项, 第2、3、4、5项, 三个1亿人, 每增加1人
    if p["code_number"].match(text, q.num_start):
        return True  # 01款, 07项, 编号001: a number written with a leading 0 (221类 before them: budget_code_* below)
    if q.unit in config()["class_code_units"] and p["class_code_before"].search(text, max(0, q.num_start - 2), q.num_start):
        return True  # A1类人才, B2类: a class's code
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
    if conditions_a_grant(text, q, clause_start, sentence_end):
        return True  # 首次年度营业收入达到1000万元的人力资源服务机构,…,给予…: who qualifies for the grant
    if p["comparison_before"].search(before) and _ONES_MEANT.match(text, q.end, min(q.end + 24, sentence_end)) \
            and not p["granted_after"].match(text, q.end, min(q.end + 24, sentence_end)):
        return True  # 建筑高度低于100米的规划建筑, 人均年可支配收入低于33600元(含33600元)的3人及以上家庭
    if p["attribute_noun"].search(p["members_before"].sub("", before)) and p["attribute_after"].match(text, q.end, min(q.end + 24, sentence_end)) \
            and not p["granted_after"].match(text, q.end, min(q.end + 24, sentence_end)) and not sized_thing(text, q, before):
        # (not 建筑面积95平方米左右的三室户: a size about a number picks out nothing, it is the size set for the noun)
        return True  # 客房数50间以上的宾馆, 年运量150万吨以上的物流园区 (not 按销售收入5%的税率): which ones are meant
    if glossed(text, q, clause_start, sentence_end):
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
    if names_an_attachment(text, q.start):
        return True  # 附件:第一阶段重点监测50种…药品清单: the name of a document
    if p["concept_after"].match(text, q.end):
        return True  # 四位一体的…推广体系, 七位一体创新生态圈: a concept's name
    if q.unit in config()["duration_units"] and p["free_benefit_after"].match(text, q.end, sentence_end):
        return True  # 提供7天免费住宿: a benefit measured in time
    if times_a_session(text, q, sentence_start, before):
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
    if q.chinese and counts_listed_items(before) and not delivers_a_listed_set(text, q, clause_start, clause_end, before):
        # (建成上合国际人才双创产业园、…、数字经济产业园等四个标准化OPC创业社区: the examples of what is delivered)
        return True  # 社会、行业、个人三个层面, 风险管控、隐患治理两条防线
    if counts_its_list(text, clause_start, q):
        return True  # 强化全社会固定资产投资、建安工程投资、…、省重点项目入统年度投资完成率五项工作推进力度
    if q.unit in config()["listed_kinds_units"] and counts_listed_kinds(text, clause_start, q.start):
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
    if q.unit in config()["count_units"] and names_the_scope(text, q, clause_start, clause_end):
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
    if p["portion"].match(text, q.end) or after_a_case(text, clause_start):
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
    return in_condition(text, q, clause_start, clause_end, before) or size_qualifier(text, q, before)


def _in_a_responsibility_bracket(text: str, q: Quantity, sentence_end: int) -> bool:
    """Whether the quantity stands in a bracket that closes naming who carries the item out (rules/targets.yaml
    responsible_bracket_end)."""
    opened = text.rfind("(", max(0, q.start - _FAR), q.start)
    if opened < 0 or ")" in text[opened:q.start]:
        return False
    return bool(patterns()["responsible_bracket_end"].match(text, q.end, min(len(text), q.end + _FAR)))


@functools.lru_cache(maxsize=16)
def _clause_matches(name: str, text: str, start: int, end: int) -> tuple[int, ...]:
    """Where a pattern matches in a clause, found once per clause: a long list in one clause
    (达到95%、95%、…) asks for each of its quantities, and searching the clause again each
    time took quadratic time."""
    return tuple(m.start() for m in patterns()[name].finditer(text, start, end))


# 的 and a noun (or a count of a noun: 的3人及以上家庭) after a comparison, a bracket between (含33600元)
_ONES_MEANT = regex.compile(r"[ ]*(?:\((?:含|不含)[^()]{0,12}\))?[ ]*的[ ]*(?!比例|幅度|标准|部分)[\p{Han}\d]")


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


@functools.cache
def _position_before() -> regex.Pattern:
    return rules.compile_pattern(rf"(?:{rules.alternation(config()['position_words'])})[ ]*$")
