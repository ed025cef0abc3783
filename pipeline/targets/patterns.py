"""Rules of the targets stage compiled once, in one place: the targets' own (rules/targets.yaml)
and those that tell a parameter from a target (rules/parameters.yaml), the clause and sentence
stops, and data derived once per document."""
from __future__ import annotations

import bisect
import functools
import re

import regex

from .. import rules
from ..derived import DERIVED, clear_derived, derived  # noqa: F401 (the targets stage reads them from here)
from ..document import Document

SENTENCE_STOPS = "。!?\n"
CLAUSE_STOPS = ",;:。!?\n"
# (not the line breaks around a subscript the scrape put on a line of its own: 今年广义货币M ⏎ 2 ⏎ 和社会融资规模余额预期增长
# 均为12%左右, gwr_0016, gwr_0018: one sentence)
_SCRIPT_BREAKS = r"(?!(?<=[A-Za-z]\n)[A-Za-z0-9]{1,2}\n)(?<![A-Za-z]\n[A-Za-z0-9]{1,2}\n)"
SENTENCE_STOP = rules.compile_pattern(rf"[。!?]|\n{_SCRIPT_BREAKS}")
CLAUSE_STOP = rules.compile_pattern(rf"[,;:。!?]|\n{_SCRIPT_BREAKS}")
# How far before a quantity its clause is read by the exclusions (exclusions, conditions, named_counts, procedure): every
# rule looks at the words next to it, and a bounded window keeps a long list in one clause (达到95%、95%、…) linear.
CLAUSE_REACH = 80
# the words joining members of a list (A、B和C, 首套住房和二套住房)
CONJUNCTION = regex.compile("[、和及与]")
# a count after 等 closing a list of examples, then the thing counted (烟台万华等10个绿电产业园; exclusions and commitment
# read the count so)
AFTER_EXAMPLES = regex.compile(r"\p{Han}[ ]*等[ ]*$")


@functools.cache
def delivered_after_examples() -> regex.Pattern:
    """The words after such a count up to its clause's stop (matched from the count's end, with the stop as endpos): the
    thing counted, then a verb of delivering written as a noun closing the clause (…等18座中小型水库建设): the count is
    delivered (exclusions and commitment read it so)."""
    return regex.compile(rf"[^,;:。]{{1,40}}?(?:{rules.alternation(config()['count_verbs'])})[ ]*$")
# an item's outline label ((一), (1), 一、, 1., 1、), as the parameter readers look for it
ITEM_LABEL = r"(?:[(][一二三四五六七八九十\d]{1,3}[)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、])"


# (cached here too: asked some hundred times per quantity, a call that is only a cache's lookup costs half as much)
@functools.cache
def config() -> dict:
    return rules.load("targets")


@functools.cache
def parameter_config() -> dict:
    return rules.load("parameters")


def with_grants(key: str) -> list[str]:
    """A word list of rules/parameters.yaml that extends the grants (grant_words) with its own words."""
    cfg = parameter_config()
    return cfg["grant_words"] + cfg[key]


def aggregates() -> list[str]:
    """The words of rules/parameters.yaml that make a rate an aggregate outcome: the nouns (aggregate_words)
    and the adverbs (aggregate_adverbs), which are aggregate words too."""
    cfg = parameter_config()
    return cfg["aggregate_words"] + cfg["aggregate_adverbs"]


# ------------------------------------------------------------------ compiled rules
@functools.cache
def patterns() -> dict[str, regex.Pattern]:
    cfg = config()
    params = parameter_config()
    alt = rules.alternation
    # 的 and a noun phrase (no verb, comparator or number) up to the end of the clause; not a bare share (…总额中50%以上的
    # 比例,用于…补助: the share of a sum put to a use, rules/parameters.yaml share_nouns)
    defined_noun = (rf"[ ]*的(?!(?:{alt(params['share_nouns'])})$)"
                    rf"(?:(?!{alt(params['commitment_words'] + cfg['count_verbs'] + list(cfg['verb_comparators']) + cfg['not_nouns'])})"
                    rf"[\p{{Han}}、])+")
    present = rf"(?<!{alt(cfg['present_marker_not_after'])})(?:{alt(cfg['present_markers'])})"
    grant = cfg["grant_condition"]
    # word lists of the rules, each matched as it stands (pattern name: key in the YAML)
    words = {
        "per_excluded": "per_exclusions",
        "past_unless_planned": "past_unless_planned",
        "plan_word": "plan_words",
        "occurrence": "occurrence_markers",
        "occurrence_planned": "occurrence_planned",
        "age_indicator": "age_indicators",
        "cumulative": "cumulative_words",
        "zone_after": "zone_after",
        "count_verb": "count_verbs",
        "until": "until_words",
        "standing_meeting": "standing_meetings",
        "constitution": "constitution_words",
        "definition_standard": "definition_standards",
        "code_word": "code_words",
        "definition": "definition_markers",
        "time_anchor": "time_limit_anchors",
        "term": "term_heads",
        "gloss_keep": "gloss_keeps",
        "duty": "duty_words",
        "each_one": "each_one_words",
        "qualifying_thing": "qualifying_things",
        "requirement": "requirement_words",
        "committing_lead": "committing_leads",
        "ruling": "ruling_words",
    }
    # a band's end marked inclusive or exclusive and the separator to its other end (5万元(含)至)
    band_end = rf"(?:{alt(cfg['band_marks'])})[ ]*(?:以上|以下)?[ ]*(?:{alt(cfg['range_separators'])})"
    return {
        **{name: rules.compile_pattern(alt(cfg[key])) for name, key in words.items()},
        "prefix_bound": rules.compile_pattern(alt(list(cfg["prefix_bounds"]))),
        # 购车价5万元(含)至10万元(不含)新车: either end of a band marked inclusive or exclusive
        "band_low": rules.compile_pattern(rf"[\d.]+[^,;:。\d]{{0,4}}?{band_end}[ ]*\d"),
        "band_high": rules.compile_pattern(rf"{band_end}[ ]*$"),
        "verb": rules.compile_pattern(alt(list(cfg["verb_comparators"]))),
        "adjacent": rules.compile_pattern(rf"(?:{alt(list(cfg['adjacent_bounds']) + list(cfg['adjacent_verbs']))})[ ]*$"),
        "change": rules.compile_pattern(
            rf"(?P<verb>{alt(cfg['increase_verbs'] + cfg['decrease_verbs'] + cfg['object_decrease_verbs'])})[ ]*$"),
        "change_by_rate_after": rules.compile_pattern(
            rf"{cfg['change_by_rate_after']}(?P<verb>{alt(cfg['increase_verbs'] + cfg['decrease_verbs'] + cfg['object_decrease_verbs'])})"),
        "change_tail": rules.compile_pattern(rf"(?:{alt(list(cfg['prefix_bounds']) + ['力争', '了', '约', '大约'])}|[ ])+$"),
        "baseline": rules.compile_pattern("|".join(cfg["baseline_patterns"])),
        "relative_baseline": rules.compile_pattern(alt(list(cfg["relative_baselines"]))),
        "per": rules.compile_pattern(alt(list(cfg["per_words"]))),
        "per_head": rules.compile_pattern(rf"(?:{alt(cfg['per_indicator_heads'])})$"),
        "threshold_mark": rules.compile_pattern(cfg["threshold_mark_after"]),
        "experience": rules.compile_pattern(cfg["experience_before"]),
        "goal_before": rules.compile_pattern(rf"(?:{alt(cfg['committing_leads'])})|{cfg['dated_goal_before']}"),
        # (not 不低于, 不超过: requirements)
        "tier_bound": rules.compile_pattern(rf"(?<!不)(?:{alt(cfg['tier_bounds'])})[ ]*$"),
        **{name: rules.compile_pattern(cfg[name]) for name in (
            "scope_locative_before", "scope_locative_after", "scope_object_before", "scope_relief_after",
            "change_object_before", "growth_set_before", "comparative_change_before", "qualifying_treatment_after",
            "routine_schedule_before", "payer_allots", "name_note", "handed_over_lead", "base_after", "record_after",
            "obliged_party", "score_after", "goals_set_particle", "year_opening", "year_opening_standard",
            "unanchored_years", "condition_heading", "inner_threshold_mark", "format_after",
            "responsible_bracket_end", "reckoned_over_before", "code_number", "band_case_next", "joined_case_next",
            "period_list_end", "units_each_having", "concept_after", "free_benefit_after", "holiday_before",
            "budget_code_after", "budget_code_sentence", "processing_term", "value_from", "subject_comparison",
            "base_set", "capital_injection", "attendance_lead", "members_before", "closed_by_de", "class_code_before")},
        "already_done": rules.compile_pattern(cfg["already_done_before"]),
        "before_excluded": rules.compile_pattern(rf"(?:{alt(cfg['before_exclusions'])})[ ]*$"),
        "step": rules.compile_pattern(cfg["step_before"]),
        "prohibition": rules.compile_pattern(cfg["prohibition_before"]),
        "people_size": rules.compile_pattern(rf"[ ]*\p{{Han}}{{0,4}}?(?:{alt(cfg['people_size']['nouns'])})"),
        "party_of_a_grant": rules.compile_pattern(
            rules.written_out(grant["party_after"], {"grants": alt(grant["grants"])})),
        "grant_on_condition": rules.compile_pattern(
            rules.written_out(grant["grant_after"], {"grants": alt(grant["grants"])})),
        "granted_before": rules.compile_pattern(alt(grant["granted_before"] + grant["grants"])),
        "retrospective": rules.compile_pattern(rf"{alt(cfg['retrospective_markers'])}|{cfg['past_particle']}"),
        "cumulative": rules.compile_pattern(alt(cfg["cumulative_markers"])),
        "condition_of_a_grant": rules.compile_pattern(cfg["condition_of_a_grant_after"]),
        # (提供已完成网签备案的《商品房买卖合同》: the document supplied, rules/targets.yaml supplied_document_verbs)
        "supplied_document": rules.compile_pattern(rf"(?:{alt(cfg['supplied_document_verbs'])})[ ]*$"),
        "planned_before": rules.compile_pattern("|".join(cfg["planned_before"])),
        # (not 目前 across two words: 项目前期, 集体项目前4名)
        "present": rules.compile_pattern(present),
        "forecast": rules.compile_pattern(rf"{alt(cfg['forecast_markers'])}|{present}|{cfg['expected_effect']}"),
        # a forecast set off by a comma covers its whole sentence (许小乐也预计,后期…有望降至4.6%; 目前,…)
        "forecast_lead": rules.compile_pattern(rf"(?:{alt(cfg['forecast_markers'])}|{present})[,:]"),
        "past_opening": rules.compile_pattern(rf"\s*(?:{cfg['outline_label']}\s*)?(?:{alt(cfg['past_openings'])})"),
        "review_opening": rules.compile_pattern(rf"\s*(?:{alt(cfg['review_openings'])})"),
        # a deferral (延长至12个月)
        "extended": rules.compile_pattern(r"延长(?:至|到|为)[ ]*$"),
        "public_notice": rules.compile_pattern(rf"(?:{rules.alternation(cfg['public_notice_words'])})[^,;:。]{{0,6}}$"),
        "framing_lead": rules.compile_pattern(cfg["framing_deadline"]["lead"]),
        "grounds_clause": rules.compile_pattern(cfg["framing_deadline"]["grounds_clause"]),
        "breakdown_opening": rules.compile_pattern(cfg["framing_deadline"]["breakdown"]),
        "goals_lead": rules.compile_pattern(cfg["framing_deadline"]["goals_lead"]),
        "closing_reference": rules.compile_pattern(cfg["framing_deadline"]["closing_reference"]),
        "whole_year_delivery": rules.compile_pattern(cfg["framing_deadline"]["whole_year"]["delivery"]),
        "plan_title_word": rules.compile_pattern(cfg["framing_deadline"]["whole_year"]["plan_title"]),
        "one_year_in_title": rules.compile_pattern(cfg["framing_deadline"]["whole_year"]["title_year"]),
        "framing_follow": rules.compile_pattern(cfg["framing_deadline"]["follow"]),
        "year_said": rules.compile_pattern(rules.written_out(  # (the deadlines stage's list)
            cfg["framing_deadline"]["year_said"],
            {"served_populations": rules.alternation(rules.load("deadlines")["served_populations"])})),
        "paragraph_label": rules.compile_pattern(cfg["framing_deadline"]["label"]),
        # (not the base the heading's work builds: 强化农业农村发展基础)
        "retro_heading": rules.compile_pattern(rf"(?<!(?:{alt(cfg['retrospective_heading_not_after'])})\p{{Han}}{{0,8}})"
                                               rf"(?:{alt(cfg['retrospective_headings'])})"),
        "name_head": rules.compile_pattern(rf"(?:{alt(cfg['name_heads'])})$"),
        "part_opening": rules.compile_pattern(rf"[ ]*(?:{alt(cfg['breakdown_openers'])})"),
        "rate_after": rules.compile_pattern(rf"[\u4e00-\u9fff]{{0,6}}(?:{alt(cfg['rate_suffixes'])})"
                                            rf"(?:{alt(list(cfg['verb_comparators']) + list(cfg['prefix_bounds']))})"),
        # a comparison the plan does not set (低于, not 不低于): with 的 and a noun after, says which ones
        "comparison_before": rules.compile_pattern(rf"(?<!不)(?:{alt(cfg['comparison_words'])})[ ]*$"),
        "attribute_before": rules.compile_pattern(rf"(?:{alt(cfg['attribute_before'])})[ ]*$"),
        "attribute_noun": rules.compile_pattern(rf"(?:{alt(cfg['attribute_nouns'])})[ ]*"
                                                rf"(?:{alt(list(cfg['prefix_bounds']) + cfg['attribute_before'] + ['为'])})?[ ]*$"),
        # what may follow such a size before its 的: another member (或者总容积20000立方米以上)
        "attribute_after": rules.compile_pattern(rf"[ ]*(?:的(?!目标|水平)|(?:或者|或|、|和)[^,;:。的]{{1,16}}?(?:以上|以下)?的"
                                                 rf"|(?<=以上|以下)(?!{alt(cfg['not_nouns'])})[\u4e00-\u9fff])"),
        "name_after": rules.compile_pattern(rf"(?:{alt(cfg['name_after'])})"),
        "longest_term": rules.compile_pattern(cfg["longest_term_before"]),
        "activity_duration": rules.compile_pattern(cfg["activity_duration_heads"]),
        # 各国 but not 各国有商业银行 (each state-owned bank: 国有 is one word)
        "collective_each": rules.compile_pattern(rf"各(?:{alt(cfg['collective_each_nouns'])})(?!有)"),
        "window_length": rules.compile_pattern(cfg["window_length_before"]),
        # 每千人病床数, 每百万人口年发明专利授权量: a rate per population (not 每千人口中…的比例)
        "population_rate": rules.compile_pattern(rf"每(?P<magnitude>{alt(cfg['population_magnitudes'])})"
                                                 rf"(?P<noun>{alt(cfg['population_rate_nouns'])})"),
        "population": rules.compile_pattern(rf"^(?:的)?(?:{alt(cfg['population_nouns'])})"),
        "suffix": rules.compile_pattern(rf"(?:{alt(cfg['indicator_suffixes'])})$"),
        # Every comparator and change word also ends a subject (…时间压缩至 3个工作日).
        # (not the end of a noun that ends in one: 产能, 供应)
        "trailing": rules.compile_pattern(rf"(?:{alt(subject_trailing(cfg))}|{cfg['subject_time_trailing']}|[ ,、])$"
                                          rf"(?<!{alt(cfg['subject_words_kept'])})"),
        "leading": rules.compile_pattern(rf"^(?:{alt(cfg['subject_leading'])}|{cfg['outline_label']}"
                                         rf"|{cfg['subject_time_leading']}|{cfg['subject_reporting_leading']}|[ ,、])"),
        # A rate named by its last word only (安装率, 覆盖率): the clause before names what of.
        "bare_rate": rules.compile_pattern(rf"[\u4e00-\u9fff]{{1,2}}(?:{alt(cfg['indicator_suffixes'])})"),
        "bare_verb": rules.compile_pattern(rf"(?:{alt(cfg['count_verbs'] + cfg['bare_verbs'])})+"),
        "rate_end": rules.compile_pattern(rf"(?:{alt(cfg['rate_suffixes'])})$"),
        "condition_frame": rules.compile_pattern(cfg["subject_condition_frame"]),
        "start_value": rules.compile_pattern(cfg["start_value_before"]),
        "inner_bound": rules.compile_pattern(alt(list(cfg["verb_comparators"]) + list(cfg["prefix_bounds"]))),
        # (等 closes the list the number ends: …排放总量减少10%等目标 names no share of 目标)
        "np_lead_bad": rules.compile_pattern(r"^(?:或|和|及|与|并|且|到|至|以|为|的|等|,|、)"),
        "np_trail": rules.compile_pattern(r"(?:和|及|与|、|等|的|或)+$"),
        # a grant named by its rate (刚性和改善型购房1%补贴政策, 1%购房补助政策与…不重复享受): a policy's name
        "policy_name": rules.compile_pattern(rf"的?\p{{Han}}{{0,6}}?(?:{alt(with_grants('name_heads'))})政策"),
        "combining": rules.compile_pattern(alt(params["combining_words"])),
        "name_head_start": rules.compile_pattern(rf"(?:{alt(cfg['name_heads_leading'])})"),
        "formula_before": rules.compile_pattern(rf"[{cfg['formula_operators']}][ ]*$"),
        "formula_after": rules.compile_pattern(rf"[ ]*[{cfg['formula_operators']}]"),
        # a bound of a variable written with a letter (80%≤k≤120%, k<80%): a tier of a formula
        "variable_after": rules.compile_pattern(r"\s*[≤≥<>]\s*[A-Za-z](?![A-Za-z])"),
        "variable_before": rules.compile_pattern(r"(?<![A-Za-z])[A-Za-z]\s*$"),
        # a parameter named right after a quantity (2%的购房优惠, 1.5%给予贴息): no condition
        "granted_after": rules.compile_pattern(rf"[ ]*(?:\([^()]{{0,10}}\))?[ ]*(?:的|之)?[ ]*"
                                               rf"(?:给予|申请|确定|予以)?(?:(?!且|并|无|不|或|和|由)[\u4e00-\u9fff]){{0,4}}?"
                                               rf"(?:{alt(with_grants('name_heads') + params['closing_heads'])})"),
        "condition_end": rules.compile_pattern(rf"(?:{alt(cfg['condition_ends'])})[ )\)]*$"),
        # a count, its measure word and the noun it counts closing the clause (遴选20家能效领跑者)
        "counted_noun_end": rules.compile_pattern(
            rf"(?:\d|[〇一二两三四五六七八九十百千万])[ ]*(?:{alt(cfg['count_units'])})(?!以上|以下|及以|以内|或|和|及)"
            rf"\p{{Han}}{{1,12}}(?:{alt(cfg['counted_noun_endings'])})[ )\)]*$"),
        # 对 opening the clause, or after a few words (有条件的地方可对单户担保金额500万元及以下…的业务)
        "condition_open": rules.compile_pattern(rf"^[^,;:。对]{{0,8}}(?:{alt(cfg['condition_openers'])})"),
        "tier": rules.compile_pattern(cfg["tier_opening"]),
        # (the lower end of a range whose unit is written twice: 100万元至300万元部分)
        "portion": rules.compile_pattern(rf"(?:[ ]*(?:{alt(cfg['range_separators'])})[ ]*[\d.]+[^\d,;:。的部]{{0,3}})?"
                                         rf"[ ]*的?(?:{alt(cfg['portion_after'])})"),
        "hypothetical": rules.compile_pattern(rf"[ ]*(?:{alt(cfg['hypothetical_openers'])})"),
        "allocation": rules.compile_pattern(rf"[ ]*(?:{alt(cfg['allocation_after'])})"),
        "breakdown": rules.compile_pattern(r"其中[ ]*[::][ ]*$"),
        # (not the base of a payer's contribution: 缴存基数下限, a setting of the policy)
        "base": rules.compile_pattern(rf"(?:{alt(cfg['base_words'])})(?<!{alt(cfg['contribution_bases'])})"),
        "formation": rules.compile_pattern(alt(cfg["formation_verbs"])),
        "constitution_value": rules.compile_pattern(rf"(?:\p{{Han}}{{0,4}})(?:{alt(cfg['constitution_words'])})"
                                                    rf"[ ]*(?:为|是|定为)?[ ]*(?:人民币)?[ ]*$"),
        "amount_in_time": rules.compile_pattern(rf"[ ]*的?(?:{alt(cfg['amount_in_time'])})"),
        "restated": rules.compile_pattern(cfg["restated_before"]),
        # the rest of a sentence part (up to ; or 。) holding a clause that opens with a permission
        "permission_after": rules.compile_pattern(rf"[^;。]*?,[ ]*(?:(?:{alt(cfg['permitted_parties'])})[ ]*)?"
                                                   rf"(?!{alt(cfg['permission_lookalikes'])})"
                                                   rf"(?:{alt(cfg['permission_openers'])})(?!能|持续|有效|望)"),
        "usage_limit": rules.compile_pattern(rf"(?:{alt(cfg['usage_limit_words'])})\p{{Han}}{{0,4}}[ ]*$"),
        "carrying_out": rules.compile_pattern(alt(cfg["carrying_out_verbs"])),
        "attendance": rules.compile_pattern(rf"[ ]*(?:{alt(cfg['attendance_after'])})"),
        "defined_noun": rules.compile_pattern(rf"[ ]*(?:\((?:含|不含)[^()]{{0,12}}\))?{defined_noun}"),
        # the same after other qualifiers listed (总投资5000万元以上、预期收益率不低于行业平均水平的优质项目):
        # members with no commitment
        "defined_noun_listed": rules.compile_pattern(
            rf"[ ]*(?:\((?:含|不含)[^()]{{0,12}}\))?(?:[ ]*、(?:(?!{alt(params['commitment_words'])})[^,;。、的]){{1,24}})+"
            rf"{defined_noun}"),
        "composition": rules.compile_pattern(rf"(?:{alt(cfg['composition_verbs'])})"),
        # bounded quantities listed before a later member (1万人以上、5000人以上和…)
        "bounded_list": rules.compile_pattern(r"(?:[\d.]+[^\d,;:。、和]{0,4}?(?:以上|以下|以内)(?:[、和及与]|和))+$"),
        "condition_verb": rules.compile_pattern(rf"(?:{alt(cfg['condition_verbs'])})[^,;:。\d]{{0,6}}$"),
        "condition_after": rules.compile_pattern(rf"[ ]*(?:\((?:含|不含)[^()]{{0,12}}\))?[ ]*(?:以上|以下)?"
                                                 rf"(?:{alt(cfg['condition_after'])})"),
        "commitment_before": rules.compile_pattern(alt(params["commitment_words"] + cfg["count_verbs"]
                                                       + list(cfg["verb_comparators"]))),
        "noun_after": rules.compile_pattern(rf"[ ]*(?:\((?:含|不含)[^()]{{0,12}}\))?[ ]*(?:的)?[ ]*"
                                            rf"(?!{alt(cfg['not_nouns'])})[\u4e00-\u9fff]"),
        "time_indicator": rules.compile_pattern(rf"(?:{alt(cfg['time_indicator_heads'])})$"
                                                rf"(?<!{alt(cfg['time_indicator_lookalikes'])})"),
        "start_of_change": rules.compile_pattern(rf"[ )]*(?:{alt(cfg['change_to_verbs'])})"),
        "change_to": rules.compile_pattern(alt(cfg["change_to_verbs"])),
        "change_to_end": rules.compile_pattern(rf"(?:{alt(cfg['change_to_verbs'])})[ ]*$"),
        "from_word": rules.compile_pattern(r"(?:由|从)[^,;:。]*$"),
        "section_number": rules.compile_pattern(r"\d{1,2}(?:\.\d{1,2})+[ ]"),
        "deadline_header": rules.compile_pattern(rf"(?m)^[ ]*(?:{alt(cfg['table']['deadline_columns'])})[ ]*$"),
        "row_number": rules.compile_pattern(r"\d{1,3}|[一二三四五六七八九十]{1,3}"),
        # lines of a list that are no outline items (——A, —B, 一是, ·)
        "list_marker": rules.compile_pattern(r"——|—|-|·|•|[一二三四五六七八九十]是"),
    }


def plan_title_pattern(words: list[str]) -> str:
    """Plan words of a title (规划, 方案 …), not where one names a body or a policy (自然资源和规划局,
    计划生育, 计划单列: rules/parameters.yaml plan_word_not_before)."""
    alt = rules.alternation
    return rf"(?:{alt(words)})(?!{alt(parameter_config()['plan_word_not_before'])})"


# The rules that tell a parameter from a target and name it (pipeline/targets/parameters.py),
# compiled here with the targets' own from the same word lists.
@functools.cache
def parameter_patterns() -> dict[str, regex.Pattern]:
    cfg, targets = parameter_config(), config()
    alt = rules.alternation
    head = (alt(with_grants("name_heads"))
            + rf"|(?:{alt(cfg['setting_words'])})\p{{Han}}{{0,6}}?(?:{alt(cfg['setting_measures'])})"
            + rf"|(?:{cfg['voucher_head']})(?![”\"]?(?:{alt(cfg['grant_words'])}))")
    # Words that may stand between a parameter's name and its number without making it
    # something else: setter verbs, bound words, caps, periods, beneficiaries, adverbs.
    between = (cfg["setter_verbs"] + list(cfg["cap_words"]) + cfg["beneficiary_markers"]
               + list(targets["prefix_bounds"]) + list(targets["verb_comparators"])
               + list(targets["adjacent_bounds"]) + list(targets["per_words"])
               + targets["increase_verbs"] + targets["decrease_verbs"]
               + ["可享受", "享受", "可", "均", "原则上", "分别", "统一", "再", "最高可", "标准", "金额", "上限",
                  "下限", "由", "从", "原", "的", "是", "按照", "按", "应", "不得", "得", "一律", "每月", "每年", "一次性"])
    # word lists of the rules, each matched as it stands (pattern name: key in the YAML)
    words = {
        "setting": "setting_words",
        "measure_title": "measure_titles",
        "required": "required_words",
        "grant": "grant_verbs",
        "rule": "rule_words",
        "rule_title": "rule_titles",
    }
    per_or_each = alt(list(targets["per_words"]) + cfg["beneficiary_markers"])  # 每年, 每生, 每平方米 …
    return {
        "granting": rules.compile_pattern(alt(with_grants("granting_words"))),
        "sum_name": rules.compile_pattern(rf"\p{{Han}}{{2,12}}?(?:{alt(cfg['sum_heads'])})"),
        **{name: rules.compile_pattern(alt(cfg[key])) for name, key in words.items()},
        # (not a 可 that opens a noun: 最高可贷额度)
        # (nor a 及 of 及以上: 三孩及以上居民家庭总套数 is not cut to 以上居民家庭总套数)
        "break": rules.compile_pattern(rf"(?:{alt(cfg['name_breaks'])})(?!(?<=可)(?:{alt(cfg['name_break_nouns_after_ke'])}))"
                                       rf"(?!(?<=及)(?:{alt(cfg['name_break_bounds_after_ji'])}))"),
        "head": rules.compile_pattern(head),
        "plan_title": rules.compile_pattern(plan_title_pattern(cfg["plan_titles"])),
        # the capped area a grant per square metre is reckoned on (parameter_grants.area_granted_on)
        "area_cap": rules.compile_pattern(rf"(?:{alt(cfg['area_caps'])})[ ]*$"),
        "per_area": rules.compile_pattern(alt(cfg["per_area_markers"])),
        "grant_word": rules.compile_pattern(alt(cfg["grant_words"])),  # (补贴, 奖励…: read by area and share naming)
        # how many items a grant covers (parameter_grants.items_granted: 空调产品最多可补贴3件)
        "items_granted": rules.compile_pattern(rf"(?:(?:{alt(cfg['granted_item_caps'])})?(?:{alt(cfg['granted_item_verbs'])})"
                                               rf"|(?:{alt(cfg['granted_item_caps'])})(?:{alt(cfg['granted_item_capped_verbs'])}))[ ]*$"),
        # 市级储备粮保管自然损耗定额为: a standard named before a colon that lists its values
        "standard_lead": rules.compile_pattern(rf"(?P<name>[\p{{Han}}()]{{1,24}}?(?:{alt(cfg['standard_lead_heads'])}))"
                                               rf"(?:分别)?(?:为|是|如下)[ ]*:"),
        # (住房公积金贷款首付款比例:首套住房最低为20%: a bare colon after some heads, read where nothing else names the value)
        "standard_lead_bare": rules.compile_pattern(rf"(?P<name>[\p{{Han}}]{{1,24}}?(?:{alt(cfg['standard_lead_bare_heads'])})):"),
        # 每月每平方米居住面积租金补贴标准: the periods and measures a standard is reckoned per open its name
        "per_markers": rules.compile_pattern(rf"^(?:{per_or_each})+"),
        # (夫妻双方合计最高贷款额度: what two borrowers may borrow together is no aggregate outcome)
        "aggregate": rules.compile_pattern(rf"(?<!{alt(cfg['joint_borrowers'])})"
                                           rf"(?:{alt(aggregates())})"),
        "aggregate_adverb": rules.compile_pattern(alt(cfg["aggregate_adverbs"])),
        "plan_task": rules.compile_pattern(alt(cfg["plan_task_words"])),
        # 力争到2025年,…比例提高到70%: a change the sentence commits to, or dates, is a goal
        "goal_lead": rules.compile_pattern(rf"{alt(targets['committing_leads'])}|{cfg['goal_year']}"),
        # (新建商品住房, 建成区: a commitment word that only qualifies a noun is none)
        "commitment": rules.compile_pattern(rf"(?:{alt(cfg['commitment_words'])})(?!{alt(cfg['qualified_nouns'])})"),
        # a plan's goal words, less those naming a kind of thing (回收体系建设项目, 新建商品住房)
        "goal": rules.compile_pattern(rf"(?:{alt(targets['commitment_evidence']['goal_words'])})"
                                      rf"(?!{alt(cfg['qualified_nouns'] + ['项目'])})"),
        "granted_for": rules.compile_pattern(alt(list(cfg["granted_for"]))),
        # a clause that closes with 的 says which case the next one rules (属于首套住房公积金贷款的,)
        "for_others": rules.compile_pattern(r"的[ )]*,"),
        # a sentence putting a standard in force (落实新建…面积比例不低于50%, 当前要落实好“…不低于25%")
        "implementing": rules.compile_pattern(rf"\s*(?:{targets['outline_label']}\s*)?(?:{alt(cfg['implementing_words'])})"),
        # 对生育三孩的家庭, 农村居民, 教师、医务人员和进城务工人员 (not across a clause)
        # (the noun ends the phrase: not 个人购买家庭|唯一住房)
        "receiver": rules.compile_pattern(rf"(?:^|[,;:。对为凡的])(?P<who>[^,;:。对为凡按给由在将要可应]{{1,12}}?"
                                          rf"(?:{alt(cfg['receivers'])}))(?=[的,(]|购买|购房|新购|首次|在|给予|可|申请|按|一次性|分别)"),
        "share_of_base": rules.compile_pattern(rf"(?P<subject>[^,;:。]{{0,24}}?)(?:{alt(cfg['share_bounds'])})"
                                               rf"(?P<base>[^,;:。\d的]{{2,24}})的?[ ]*$"),  # (不超出所购房屋总价款80%)
        # (a head's measure after it: 补贴标准, 补贴面积 — the number measures the area: rules/parameters.yaml head_measures)
        "head_end": rules.compile_pattern(rf"(?:{head})(?:{alt(cfg['head_measures'])})?"),
        "closing_head": rules.compile_pattern(rf"[^,;:。\d、]{{0,8}}?(?:{alt(cfg['closing_heads'])})(?=[ ]*(?:[,;:。()]|$))"),
        # (分别 and a bound or setter between the share and its number: 的比例分别为, 比例均不低于)
        "granted_share": rules.compile_pattern(rf"(?P<name>[^,;:。\d]{{0,30}}?(?:{alt(with_grants('share_of_grant_words'))})"
                                               rf"[^,;:。\d]{{0,30}}?(?:{alt(cfg['share_nouns'])}))"
                                               rf"(?:{alt(between)}|[ ])*$"),
        "adjusted_standard": rules.compile_pattern(rf"(?P<name>[^,;:。\d]{{1,30}}?(?:{alt(cfg['standard_nouns'])}))"
                                                   rf"(?:分别|均|统一)?(?:{alt(cfg['change_setters'])})[ ]*$"),
        # 配建的5%保障房和15%自持租赁房: shares set by a setting word before a list of shares of nouns
        "set_shares": rules.compile_pattern(rf"(?:{alt(cfg['setting_words'])})的?[ ]*"
                                            rf"(?:[\d.]+%\p{{Han}}{{1,8}}?(?:和|、|及|与)[ ]*)*$"),
        "released_share": rules.compile_pattern(rf"(?P<verb>{alt(cfg['release_verbs'])})(?P<fund>[^,;:。\d的]{{0,12}}?"
                                                rf"(?:{alt(cfg['released_funds'])}))的?[ ]*$"),
        # a start value the setter verb changes (由60万元提高至, 从10%降为)
        # (由个人公积金账户余额的25倍提高到: the start value may be a multiple of a base)
        # (rules/parameters.yaml change_from_words, start_value_verbs; a number in digits or Chinese numerals)
        "start_value": rules.compile_pattern(rf"(?:{alt(cfg['change_from_words'])})原?(?:(?:(?!{alt(cfg['change_from_words'])})[^\d,;:。]){{1,16}}的)?"
                                             rf"[\d.,{config()['chinese_digits']}]+[^\d,;:。]{{0,4}}?(?=(?:{alt(cfg['start_value_verbs'])}))"),
        "between": rules.compile_pattern(rf"^(?:{alt(between)}|[ ()()\d.%])+|(?:{alt(between)}|[ ()()\d.%])+$"),
        "base": rules.compile_pattern(r"在?(?:原|其)?[^,;:。]{0,8}?的?基础上"),
        # 最高上浮10%, 最高可享受45万元 (not 最高贷款额度为75万元: there 最高 is part of the name)
        "cap": rules.compile_pattern(rf"(?P<cap>{alt(list(cfg['cap_words']))})(?![^,;:。]*?(?:{alt(cfg['cap_named'])}))"
                                     rf"[\u4e00-\u9fff]{{0,4}}[ ]*$"),
        "beneficiary": rules.compile_pattern(rf"(?:{alt(cfg['beneficiary_markers'])})[^,;:。]{{0,6}}$"
                                             rf"|(?:{alt(cfg['beneficiary_nouns'])})"
                                             rf"(?:(?!{alt(cfg['fund_words'] + aggregates())})[^,;:。]){{0,12}}$"),
        "changed": rules.compile_pattern(rf"(?P<subject>^[ ]*|[^,;:。由]{{2,24}})由[^,;:。]{{0,24}}?"
                                         rf"(?:{alt(cfg['change_setters'])})[ ]*(?:不低于|不超过|不高于|不少于)?"
                                         rf"(?:[^,;:。由]{{1,16}}的)?[ ]*$"),  # 调整为不低于地上总建筑面积的5%
        # 按起拍价的20%缴纳, 采取出让总价30%、40%、50%等不同比例缴纳: shares paid (the list's other
        # members may come first)
        "paid_shares": rules.compile_pattern(rf"^(?:[ ]*[、和及或][ ]*[\d.]+%)*[ ]*等?(?:不同)?的?(?:比例)?"
                                             rf"(?:{alt(cfg['payment_verbs'])})"),
        # 在每生每年2500—5000元范围内自主确定: a range another body sets a standard within (before it, after it)
        "within_lead": rules.compile_pattern(rf"在[ ]*(?:{per_or_each})*[ ]*$"),
        "range_choice": rules.compile_pattern(rf"[ ]*范围内(?:{alt(cfg['range_choice_verbs'])})"),
        # the gap to the next member of a list of values: a separator, then at most the member's name and the
        # heads and periods it is per (、10万元; 、博士生每生每年30000元)
        "next_member": rules.compile_pattern(rf"[ ]*[、和及或][ ]*\p{{Han}}{{0,4}}?"
                                             rf"(?:{per_or_each})*[ ]*"),
        # a lower bound closing the words before a number (规模不少于, 总额达到)
        "floor_end": rules.compile_pattern(rf"(?<!不)(?:{alt([w for w, c in targets['prefix_bounds'].items() if c in ('>=', '>')])})[ ]*$"),
        "each_recipient": rules.compile_pattern(alt(cfg["beneficiary_markers"])),
        "fund_after": rules.compile_pattern(cfg["fund_after"]),
        "fund_set_aside_before": rules.compile_pattern(cfg["fund_set_aside_before"]),
        # an upper bound closing the words before a number (金额不超过, 最高)
        "cap_end": rules.compile_pattern(rf"(?:{alt([w for w, c in targets['prefix_bounds'].items() if c in ('<=', '<')] + [w for w, c in cfg['cap_words'].items() if c == '<='])})[ ]*$"),
        "setter_end": rules.compile_pattern(rf"(?:{alt([w for w in cfg['setter_verbs'] if len(w) > 1])})[ ]*$"),
        # 按照1000元/户的标准实施补助, 按每月1000元的标准定额扣除: the standard an amount is applied by, then its verb
        "standard_applied": rules.compile_pattern(rf"^标准[ ]*(?:{alt(cfg['standard_applying_verbs'])})?"),
        "lead_verbs": rules.compile_pattern(r"^(?:的|给予|申请|确定|享受|可享受|发放|予以|一次性|标准)+"),
        # 按照…年度药品总用量的60%—70%, 按监管账户留存余额不低于重点监管资金总额15%(的比例)
        "reckoned": rules.compile_pattern(r"按(?:照)?(?!时|期|规定|要求)(?P<base>[^,;:。按]{1,36}?)(?:的)?[ ]*$"),
        "applied": rules.compile_pattern(rf"按(?:照)?[ ]*(?:{alt(list(targets['prefix_bounds']) + list(cfg['cap_words']))})?[ ]*"
                                         rf"(?:{alt(list(targets['per_words']))})?[ ]*$"),  # 按最高每年2.4万元执行
        # (按1泊/户或1泊/100平方米进行配建: other members of the list may come first)
        "applying_verb": rules.compile_pattern(rf"^(?:[ ]*[或、和及与][^,;:。]{{1,16}}?)?[ ]*(?:的?比例)?[ ]*"
                                               rf"(?P<verb>{alt(cfg['applying_verbs'])})"),
    }


def subject_trailing(cfg: dict) -> list[str]:
    return (cfg["subject_trailing"] + list(cfg["verb_comparators"]) + list(cfg["prefix_bounds"])
            + list(cfg["adjacent_bounds"]) + list(cfg["adjacent_verbs"])
            + cfg["increase_verbs"] + cfg["decrease_verbs"])


# The stops of the text last read, found once: every quantity of a long list asks where its
# sentence or clause ends, and searching forward each time made such a list quadratic.
_STOPS: list = [None, (), ()]  # text, sentence stop positions, clause stop positions (tuples: shared, never changed)


def _stops(text: str) -> list:
    if _STOPS[0] is not text:
        clause_stops = tuple([m.start() for m in CLAUSE_STOP.finditer(text)])
        # (every sentence stop is a clause stop: picked from those, not scanned for a second time)
        _STOPS[:] = [text, tuple([i for i in clause_stops if text[i] in SENTENCE_STOPS]), clause_stops]
    return _STOPS


def sentence_end(text: str, pos: int) -> int:
    """Where the first sentence stop at or after `pos` is (the end of the text if none)."""
    stops = _stops(text)[1]
    i = bisect.bisect_left(stops, pos)
    return stops[i] if i < len(stops) else len(text)


def start_of_sentence(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts: right after the last sentence stop before `pos` (0 if none)."""
    stops = _stops(text)[1]
    i = bisect.bisect_left(stops, pos) - 1
    return stops[i] + 1 if i >= 0 else 0


def clause_stop(text: str, pos: int, end: int) -> int | None:
    """Where the first clause stop in text[pos:end] is, or None."""
    stops = _stops(text)[2]
    i = bisect.bisect_left(stops, pos)
    return stops[i] if i < len(stops) and stops[i] < end else None


def sentence_stops(text: str) -> tuple[int, ...]:
    """Where the text's sentence stops are, in order (found once per text; a tuple, so that no caller can change the
    stops every other reader of the text uses)."""
    return _stops(text)[1]


def clause_stops_in(text: str, start: int, end: int) -> list[int]:
    """Where the clause stops of text[start:end] are, read from the text's stops found once (not searched for again
    in every sentence)."""
    stops = _stops(text)[2]
    return list(stops[bisect.bisect_left(stops, start):bisect.bisect_left(stops, end)])


def end_of_clause(text: str, pos: int, within: int) -> int:
    """Where the clause holding `pos` ends: at the first clause stop in the next `within`
    characters, or that far (or the text's end) if there is none."""
    far = min(len(text), pos + within)
    stop = clause_stop(text, pos, far)
    return far if stop is None else stop


def start_of_clause(text: str, lo: int, pos: int) -> int:
    """Where the clause holding `pos` starts: right after the last clause stop in text[lo:pos],
    or `lo` if there is none."""
    stops = _stops(text)[2]
    i = bisect.bisect_left(stops, pos) - 1
    return stops[i] + 1 if i >= 0 and stops[i] >= lo else lo


def last_clause(words: str) -> str:
    """The words after the last clause break in `words` (,;:。), all of them if there is none: the clause a name or a
    subject is read from."""
    return _CLAUSE_BREAK.split(words)[-1]


_CLAUSE_BREAK = re.compile(r"[,;:。]")


_SENTENCE: list = [None, 0, 0, ""]  # text, start, end, stripped sentence


def sentence_text(text: str, s: int, e: int) -> str:
    """text[s:e].strip(), made once for all the rows of a sentence (a list of thousands of
    quantities would otherwise copy its sentence once per row)."""
    if _SENTENCE[0] is not text or _SENTENCE[1] != s or _SENTENCE[2] != e:
        _SENTENCE[:] = [text, s, e, text[s:e].strip()]
    return _SENTENCE[3]


def is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def tasks_by_path(doc: Document) -> dict:
    """The document's tasks by their paths, built once per document."""
    return derived(doc, "tasks_by_path", lambda doc: {t.path: t for t in doc.tasks})


def kind_title(doc: Document) -> str:
    """The title and plan title as they name the notice's kind: without the bodies the title opens with, whose
    names are no kind (杭州市城乡建设委员会杭州市规划和自然资源局…关于印发…细则的通知: a 规划 局 plans nothing)."""
    title = doc.title or ""
    issuer = (doc.issuer or "").replace("、", "")
    if issuer and title.startswith(issuer):
        title = title[len(issuer):]
    return " ".join(x for x in (title, doc.plan_title) if x)


def scores_bodies_work(doc: Document) -> bool:
    """Whether the notice is an assessment scoring the work of government bodies (…目标管理(绩效)考核细则): its points
    are a scheme's weights, no rows (rules/targets.yaml points.bodies_assessed_title)."""
    def build(doc: Document) -> bool:
        return bool(regex.search(config()["points"]["bodies_assessed_title"], kind_title(doc)))
    return derived(doc, "scores_bodies_work", build)


def notice_of_measures(doc: Document) -> bool:
    """Whether the notice lays down measures (若干措施, 管理办法, 实施细则) rather than a plan."""
    def build(doc: Document) -> bool:
        p = parameter_patterns()
        title = kind_title(doc)
        return bool(p["measure_title"].search(title)) and not p["plan_title"].search(title)
    return derived(doc, "notice_of_measures", build)


def defines_a_class(doc: Document) -> bool:
    """Whether the notice is a standard defining a class (消防安全重点单位界定标准): its numbers
    are the thresholds of a definition."""
    def build(doc: Document) -> bool:
        title = " ".join(x for x in (doc.title, doc.plan_title) if x)
        return bool(patterns()["definition_standard"].search(title))
    return derived(doc, "defines_a_class", build)
