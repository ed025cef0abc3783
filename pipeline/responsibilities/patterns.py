"""The responsibilities rules (rules/responsibilities.yaml, rules/org_aliases.yaml), compiled once."""
from __future__ import annotations

import functools
import re

# `regex`, not `re` (rules.compile_pattern): these patterns are long alternations of
# literal words, which `regex` matches markedly faster.
import regex

from .. import rules


@functools.cache
def config() -> dict:
    cfg = rules.load("responsibilities")
    # A为牵头单位, B为配合单位: a copula and a label close the names before it as a closing word with the label's role
    named = {copula + label: role for copula in cfg["role_named_copulas"] for label, role in cfg["labels"].items()}
    return {**cfg, "markers": {**named, **cfg["markers"]}}


@functools.cache
def patterns() -> dict[str, regex.Pattern]:
    cfg = config()
    alt = rules.alternation
    levels = alt(cfg["place_levels"])
    place_ends = "".join(regex.escape(ch) for ch in cfg["bare_place_ends"])
    levels_in_brackets = rf"\((?:{levels})(?:、(?:{levels}))*\)"
    labels = alt(list(cfg["labels"]))
    copulas = alt(cfg["role_named_copulas"])
    lead_words = [word for word, role in cfg["markers"].items() if role == "lead"]
    most, inner = cfg["square_group_max_chars"], cfg["square_group_name_bracket_max_chars"]
    return {
        # (…) on one line (paired by paren_groups), or 〔…〕, which lists use across broken
        # lines (PDF text)
        "paren_char": re.compile(r"[()]"),
        # 〔…〕, […] as a full-width ［责任单位:…］ reads after NFKC (realestate_0170), and 【…】 holding a labelled
        # list (【责任单位:A、B】), not the bracketed label of one (【牵头单位】A). A 〔…〕 list holds a name's own short
        # brackets (〔责任单位:市委改革办〔市营商环境建设局〕、各县〔市、区〕人民政府〕)
        "square_group": regex.compile(rf"〔(?:[^〔〕]|〔[^〔〕\n]{{1,{inner}}}〕){{1,{most}}}〕|\[[^\[\]\n]{{1,{most}}}\]"
                                      rf"|【(?=(?:{labels})\s*[::])[^【】\n]{{1,{most}}}】"),
        # 责任单位: / 【牵头单位】 (a bracketed label needs no colon)
        # ... or a copula after it (牵头单位为市发展改革委,配合单位为市财政局): what follows is its names all the same
        "label": regex.compile(rf"\s*(?:【(?P<label>{labels})】\s*[::]?|(?P<label>{labels})\s*(?:[::]|(?:{copulas})(?=\p{{Han}})))\s*"),
        "label_anywhere": regex.compile(rf"(?:【(?P<label>{labels})】|(?P<label>{labels})\s*[::])"),
        "list_end_label": regex.compile(cfg["list_end_label"]),
        "list_end_field": regex.compile(cfg["list_end_field"]),
        # a closing word, with the manner said before it (…按职责指导, …各自落实)
        "marker": regex.compile(rf"(?P<adverb>{alt(list(cfg['marker_adverbs']))})?"
                                rf"(?P<marker>{alt(list(cfg['markers']))})\s*$"),
        # a closing word giving the lead (牵头, 牵头负责), wherever it stands in a sentence
        "lead_word": regex.compile(alt(lead_words)),
        # such a word and the act it leads closing a segment (…等省级主管部门牵头完成自查报告,其他相关部门配合)
        "lead_act": regex.compile(rf"(?P<marker>{alt(lead_words)})(?:{cfg['lead_act']})$"),
        # ... and a word of support running into the act after a lead's clause (A牵头,B配合认真推动…工作落实)
        "support_act": regex.compile(rf"(?P<marker>{alt(cfg['support_act_words'])})(?:{cfg['support_act']})$"),
        # a closing word ending a sentence (…补贴。市财政局负责。): a note written without its brackets, when the
        # sentence is nothing else (finding.list_sentences). Under `re`, which finds the places a word of the
        # alternation can start (its first characters) before trying it: 3 times faster over a whole body
        "sentence_closing": re.compile(rf"(?:{alt(list(cfg['markers']))})(?=[ \t]*(?:[。;!\n]|$))"),
        # a closing word that 、 follows ends its clause: 省工业和信息化厅牵头、省国资委配合
        "marker_before_item": regex.compile(rf"(?:{alt(list(cfg['markers']))})(?=、)"),
        "partner": regex.compile(alt(cfg["partner_words"])),
        # a closing word ending a clause of prose, or one a noun follows (…共同参与的推进机制)
        "marker_in_prose": regex.compile(rf"(?P<marker>{alt(list(cfg['markers']))})(?=的|\s*$)"),
        "lead_clause": regex.compile(cfg["lead_clause"]),
        "lead_first": regex.compile("|".join(f"(?:{p})" for p in cfg["lead_first_patterns"])),
        "lead_part": regex.compile(cfg["lead_part"]),
        "list_convention": regex.compile("|".join(f"(?:{p})" for p in cfg["list_convention_patterns"])),
        "receiving_office": regex.compile(cfg["receiving_office_before"]),
        "convention": regex.compile("|".join(f"(?:{p})" for p in cfg["convention_clauses"])),
        "role_named_not_names": regex.compile(cfg["role_named_not_names"]),
        "carry": regex.compile(r"(?:以下同|下同)"),
        "standing": regex.compile(cfg["standing_rule"]),
        "org_suffix": regex.compile(rf"(?:{alt(cfg['org_suffixes'])})$"),
        "prefixable": regex.compile(rf"(?:{alt(cfg['prefixable_suffixes'])})$"),
        "trade_company": regex.compile(rf"(?:{alt(cfg['trade_company_stems'])})+(?:{alt(cfg['company_suffixes'])})"),
        "internal": regex.compile(rf"(?:{alt(cfg['internal_suffixes'])})$"),
        # 市场监管总局 opens with a word (市场), not with the level 市
        "level": regex.compile(rf"^(?:{alt(cfg['level_prefixes'])})(?!场)"),
        # 团县委, 中共某市委, 地委宣传部: a party or league committee names its level inside
        "level_inside": regex.compile(alt(cfg["level_committees"])),
        "zone": regex.compile(alt(cfg["zone_words"])),
        "bare_place": regex.compile(rf"\p{{Han}}{{1,8}}[{place_ends}](?:{levels_in_brackets})?"),
        # 广州, 深圳: a city named without its level (names.shared_suffixes: 广州、深圳市政府)
        "bare_city": regex.compile(rf"(?!各)\p{{Han}}{{1,2}}[^\P{{Han}}{place_ends}]"),
        # the level such a city shares with the body after it (深圳市政府 -> 市)
        "shared_city_level": regex.compile(rf"[{''.join(cfg['shared_city_levels'])}]$"),
        # 各区, 各有关区: every place of a level; a level alone (县级市) after it shares its 各
        "each_level": regex.compile(rf"(?P<each>{alt(cfg['each_words'])})(?:{levels})(?:{levels_in_brackets})?"),
        # ... and so does a level with the levels counted with it in brackets (县(市), 县(市、区))
        "level_alone": regex.compile(rf"(?:{alt(cfg['place_levels'])})(?:{levels_in_brackets})?"),
        # 钦北区人民政府, 东北新城管委会, 县(市)政府: a place's body, whose suffix a bare place before it shares
        "place_body": regex.compile(rf"(?P<place>\p{{Han}}{{1,12}}?(?:{levels_in_brackets})?)"
                                    rf"(?P<suffix>级?(?:{alt(cfg['shared_suffixes'])}))"),
        # a name's own brackets at its end: 机关党委办公室(人事处), 市委改革办〔市营商环境建设局〕 (eighteenth H57A_01), a
        # note 〈含…〉
        "trailing_paren": regex.compile(r"(?:\([^()]*\)|〔[^〔〕]*〕|〈[^〈〉]*〉)$"),
        "not_unit_clause": regex.compile(cfg["not_unit_clause"]),
        "counted_name": regex.compile(cfg["counted_name"]),
        "name_note": regex.compile(cfg["name_note"]),
        "not_unit_char": regex.compile(f"[{regex.escape(cfg['not_unit_chars'])}]"),
        "conjunction": regex.compile(alt(cfg["conjunctions"])),
        # match() anchors at its pos; a `^` would only match at the start of the whole text
        "strip_before": regex.compile(rf"(?:{alt(cfg['strip_before'])})"),
        "strip_after": regex.compile(rf"(?:{alt(cfg['strip_after'])})$"),
        "generic_tail": regex.compile(cfg["generic_tail"]),
        "kind_tail": regex.compile(cfg["kind_tail"]),
        "name_mark": regex.compile(rf"(?:\((?P<mark>{alt(list(cfg['name_role_marks']))})\)"
                                   rf"|[{regex.escape(cfg['name_symbols'])}]+)$"),
    }


@functools.cache
def alias_groups() -> dict[str, int]:
    """Alias (without level prefix) -> index of its group of synonyms."""
    groups = rules.load("org_aliases")["groups"]
    return {name: i for i, names in enumerate(groups) for name in names}
