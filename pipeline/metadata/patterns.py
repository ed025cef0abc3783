"""The metadata rules (rules/metadata.yaml) compiled once."""

from __future__ import annotations

import functools

import regex

from ..rules import AnyOf, alternation, compile_pattern, load, written_out
from .dates import DATE_SOURCE


@functools.cache
def patterns() -> dict:
    r = load("metadata")
    types = alternation(r["doc_types"])
    # a page's labels and a crawl record's English keys, read outside front matter: the field each gives
    record_fields = {label: name for table in (r["table_fields"], r["record_keys"])
                     for name, labels in table.items() for label in labels}
    # a suffix a PDF or a page spaced out with its name (某 市 人 民 政 府, 国 家 能 源 局) ends it as well
    orgs = "|".join(r"\s?".join(regex.escape(ch) for ch in word)
                    for word in sorted(set(r["org_suffixes"]), key=lambda w: (-len(w), w)))
    date = DATE_SOURCE
    # a signing body before a date on its line (the body lazy: it stops where the date begins)
    name = rf"[\p{{Han}}(){regex.escape(r['name_marks'])}\s]"  # a character of a body's name, a quote round a campaign's too
    signer = rf"(?P<org>{name}{{2,40}}?)\s*"
    return {
        "head_lines": r["head_lines"],
        "wrapper_max_chars": r["wrapper_max_chars"],
        "title_end": compile_pattern(rf"(?:{types})$"),
        # where a title may end inside a line: 的 and a document type right before an addressee (各…, 全市…)
        "title_end_in_line": compile_pattern(rf"的(?:{types})(?=各|全[市省区县])"),
        "issue_verb": compile_pattern(alternation(r["issue_verbs"])),
        # what a title issues: 关于印发X的通知 -> X; a page's title without its type (…办公厅印发《X》) -> 《X》
        "issued_document": compile_pattern(rf"(?:{alternation(r['issue_verbs'])})(.+?)的(?:{alternation(r['issuing_types'])})$"),
        # a title's last line that is only its 的 and type (`…若干意见` ⏎ `的通知`)
        "issuing_type_line": compile_pattern(rf"^的(?:{alternation(r['issuing_types'])})$"),
        "issued_then_act": compile_pattern(r["issued_then_act"].replace("{types}", types)
                                           .replace("{acts}", alternation(r["second_act_openings"]))),
        "issued_name": compile_pattern(rf"(?:{alternation(r['name_issue_verbs'])})(《[^《》]+》)$"),
        # the bodies opening a title, before its 关于 or its verb issuing a named document (…办公厅印发《X》)
        "title_opening_bodies": compile_pattern(rf"^《?(.{{2,120}}?)《?(?:关于|{alternation(r['name_issue_verbs'])})"),
        # a title publishing what it names in its own words (关于公布X的通知, 关于下达X的通知), no 《…》 name
        "attachment_named": compile_pattern(rf"(?:{alternation(r['attachment_naming_verbs'])})[^《》]+的(?:{alternation(r['issuing_types'])})$"),
        # what a title hands down, in its words (关于推广X的通知 -> X)
        "attachment_handed": compile_pattern(rf"(?:{alternation(r['attachment_handing_verbs'])})(?P<named>[^《》]+)"
                                             rf"的(?:{alternation(r['issuing_types'])})$"),
        # a page's <title> kept as its heading: the title, maybe its 文号 in brackets (or after a space, as a
        # scrape joins the title and the 文号 line: …重点工作的意见 国发 〔2011〕 35 号), the column and site after `_`,
        # `|`, a dash between spaces or a double dash (…的通知 - 上海市科学技术委员会, …的通知——某市人民政府门户网站)
        "page_title_suffix": compile_pattern(rf"(?P<title>.+?)(?:\((?P<number>{r['doc_number']})\)|\s+(?P<number>{r['doc_number']}))?"
                                             r"(?P<site>(?:\s*[_|]\s*[^_|]{1,30}|\s+[-–—]\s+[^_|]{1,30}|\s*——\s*[^_|—]{1,30}){0,3})"),
        "number_opening": compile_pattern(rf"\s*(?P<number>{r['doc_number']})\s*"),
        "bulletin_type": compile_pattern(rf"(?:{alternation(r['bulletin_types'])})$"),
        "forwarded_document": compile_pattern(r["forwarded_document"]),
        "approved_document": compile_pattern(r["approved_document"].replace("{plan_types}", alternation(r["plan_types"]))),
        "plan_end": compile_pattern(rf"(?:{alternation(r['plan_types'])})(?:\([^()]*\))?$"),
        "sentence_open": compile_pattern(rf"^(?!{alternation(r['sentence_opening_lookalikes'])})"
                                         rf"(?:{alternation(r['sentence_openings'])})"),
        # (asked of every line: searched one pattern at a time, see rules.AnyOf; only whether a line holds one is read)
        "chrome": AnyOf([*r["chrome_patterns"], f"^(?:{r['page_number_line']})$"]),
        "page_number_line": compile_pattern(r["page_number_line"]),
        # a salutation (各位代表:) reads as a label; it is none
        "field_label": compile_pattern(rf"(?!(?:{r['salutation_line']}))(?:{r['field_label_line']})"),
        "salutation": compile_pattern(r["salutation_line"]),
        "salutation_window": r["salutation_window"],
        "run_in_fields": compile_pattern(r["run_in_fields"]),
        # a markdown page may quote its fields (`> 发布机构:中共中央、国务院`)
        "fields": {name: compile_pattern(rf"^(?:>\s*)?(?:{alternation(words + r['record_keys'].get(name, []))})\s*[::]\s*(.*)$")
                   for name, words in r["table_fields"].items() if name in r["fields"]},
        "doc_number": compile_pattern(r["doc_number"]),
        "any_number": compile_pattern(rf"{r['doc_number']}|{r['order_number']}"),
        "number_after_own_title": compile_pattern(r["number_after_own_title"], regex.M),
        "file_named_after_number": compile_pattern(r["file_named_after_number"].replace(
            "{extensions}", alternation(r["file_extensions"])), regex.I),
        "file_name_note": compile_pattern(r["file_name_note"]),
        "own_title_min_chars": r["own_title_min_chars"],
        "own_title_body_max_chars": r["own_title_body_max_chars"],
        "doc_number_line": compile_pattern(r["doc_number_line"].format(doc_number=r["doc_number"],
                                                                       order_number=r["order_number"],
                                                                       year_number=r["year_number"])),
        "org_line": compile_pattern(rf"^{name}{{2,40}}(?:{orgs})$"),
        "org_end": compile_pattern(rf"(?:{orgs})$"),
        "signers_line": compile_pattern(rf"^{name}{{2,80}}(?:{orgs})$"),
        "name_head": compile_pattern(rf"(?:\p{{Han}}|[{regex.escape(r['name_marks'])}])+"),
        "name_continuation_openings": tuple(r["name_continuation_openings"]),
        "date_line": compile_pattern(rf"^(?:{signer})?(?P<date>{date})$"),
        "noted_date_line": compile_pattern(rf"^{signer}(?P<date>{date})\s*(?:{r['signature_note_opening']})"),
        "period_line": compile_pattern(r["period_line"]),
        "item_line": compile_pattern(r["body_item_line"]),
        "addressee": compile_pattern(r["addressee"]),
        "addressee_window": r["addressee_window"],
        "title_again_window": r["title_again_window"],
        "plan_heading_note": compile_pattern(rf"^{r['publication_note']}"),
        "plan_heading_chapter": compile_pattern(r["plan_heading_chapter"].replace("{types}", types)),
        "note": compile_pattern("|".join(f"(?:{p.replace('{publication_note}', r['publication_note'])})"
                                         for p in r["note_patterns"])),
        "trailing": compile_pattern("|".join(f"(?:{p})" for p in r["trailing_chrome"])),
        "run_in_closing_chrome": compile_pattern(r["run_in_closing_chrome"]),
        "date_then_trailing_chrome": compile_pattern(r["date_then_trailing_chrome"]),
        # a body's name right after a sentence's end, right before a date (run_in.run_in_signer)
        # (after a sentence's end, or after the file an attachment line names: `附件:…协议.doc国家能源局江苏监管办公室
        # 2018年10月26日`; bodies signing jointly set apart by spaces; a seal's note between the body and the date)
        "run_in_signer": compile_pattern(
            rf"(?<=[。!]\s?|\.(?:{alternation(r['file_extensions'])})\s?)"
            rf"(?P<org>[\p{{Han}}{regex.escape(r['name_marks'])}][\p{{Han}}(){regex.escape(r['name_marks'])}\s]{{1,80}}?(?:{orgs}))"
            rf"(?:\s*\(\p{{Han}}{{0,30}}?(?:代章|盖章|印章)\))?\s*(?P<date>{date})"),
        # a line naming the notice an attachment published alone belongs to (attachment_source.py)
        "attachment_source": compile_pattern(r["attachment_source"].replace("{name}", name).replace("{orgs}", orgs)
                                             .replace("{doc_number}", r["doc_number"]).replace("{date}", date)),
        "run_in_date": compile_pattern(rf"(?<={r['run_in_date_after']})(?P<date>{date})"),
        "closing_date": compile_pattern(rf"(?<=[。!]\s?)(?P<date>{date})$"),
        "footer_owner": compile_pattern(r["site_footer_owner"]),
        "footer_marks": compile_pattern(r["site_footer_marks"]),
        "weak_end": compile_pattern("|".join(f"(?:{p})" for p in r["trailing_weak"])),
        "file_name": compile_pattern(rf"\.(?:{alternation(r['file_extensions'])})\s*$", regex.I),
        # 附件 lines: one form of the word and its number in each (`mark`)
        "attachment": {name: compile_pattern(written_out(p, {"attachment": r["attachment_patterns"]["mark"]}))
                       for name, p in r["attachment_patterns"].items()},
        "place": _place_pattern(r),
        "institution_char": compile_pattern(f"[{regex.escape(r['institution_chars'])}]"),
        "place_end": compile_pattern(rf"(?:{r['place_suffix']})$"),
        "listed_place_max_chars": r["listed_place_max_chars"],
        "place_exclusions": set(r["place_exclusions"]),
        "institution_chars": set(r["institution_chars"]) | {"人"},  # 某州人民政府
        "region_skip": tuple(r["region_skip_prefixes"]),
        "national_bodies": tuple(r["national_bodies"]),
        "level_openings": tuple(r["level_openings"]),
        "zone_divisions": r["zone_divisions"],
        "central_body": compile_pattern(r["central_body"]),
        "place_head_max_chars": r["place_head_max_chars"],
        "short_body_max_chars": r["short_body_max_chars"],
        # the state's name in full, then short: what may stand before a body's name in full
        "state_names": (r["state_name"], *r["state_short_names"]),
        **{key: r[key] for key in ("signer_line_max_chars", "signer_name_max_chars", "letterhead_max_bodies",
                                   "broken_signer_head_max_chars", "broken_signer_short_head_chars",
                                   "wrapped_title_min_chars", "title_max_lines", "title_bodies_max_lines",
                                   "record_window_lines", "plan_title_line_window", "dated_header_window",
                                   "plan_after_signature_min_chars", "cut_title_max_chars", "publisher_place_max_chars",
                                   "menu_row_min_words", "menu_word_max_chars", "title_repeat_extra_max_chars",
                                   "issued_file_name_min_chars", "issued_file_name_max_chars",
                                   "attachment_heading_min_chars", "attachment_heading_max_chars",
                                   "attachment_heading_name_share", "title_line_max_chars", "title_finishing_lines",
                                   "named_plan_min_han", "spelled_title_search_lines", "spelled_title_max_lines",
                                   "title_part_max_chars", "issuing_type_tail_chars", "type_line_max_chars",
                                   "national_body_min_chars", "issuing_quote_window_chars", "placed_heading_window_lines",
                                   "placed_heading_max_lines", "placed_heading_line_max_chars",
                                   "placed_heading_place_max_chars", "broken_date_more_lines", "broken_date_piece_max_chars",
                                   "header_line_max_chars", "header_chrome_max_chars", "site_footer_reach_lines", "attachment_list_reach_lines", "record_column_max_chars",
                                   "record_issue_columns", "record_entry_columns", "bare_body_names",
                                   "bare_body_name_max_chars", "spelled_body_max_chars", "spelled_body_runs_on")},
        "record_deadline": compile_pattern(r["record_deadline"].replace("{done}", alternation(r["record_deadline_done"]))),
        "dated_item_heading": compile_pattern(r["dated_item_heading"]),
        "title_bureau": compile_pattern(r["title_bureau"]),
        "forwarding_headline": compile_pattern(r["forwarding_headline"]),
        # in any bracket a page sets it in (〔2017年第12号〕, 【…】, […])
        "title_year_number": compile_pattern(rf"(?<=(?:{alternation(r['year_numbered_types'])}))[(〔\[【]\s*(?P<number>{r['year_number']})\s*[)〕\]】]$"),
        # a plan's name as the notice's text quotes it (我们研究制定了《X(试行)》。现印发给你们)
        "quoted_plan": compile_pattern(rf"《([^《》\n]{{{r['quoted_plan_min_chars']},{r['quoted_plan_max_chars']}}})》"),
        "township_body": compile_pattern(r["township_body"]),
        "agreed_subject": compile_pattern(r["agreed_subject"]),
        "issuing_words": compile_pattern(r["issuing_words"]),
        "governed_place": [compile_pattern(p) for p in r["governed_place_patterns"]],
        "self_references": {level: tuple(words) for level, words in r["self_references"].items()},
        "named_place_times": r["named_place_times"],
        "source_tag": compile_pattern(r["source_tag"]),
        "site_suffix": compile_pattern(r["site_suffix"]),
        "record_line": compile_pattern(r["record_line"]),
        "markup_line": compile_pattern(r["markup_line"]),
        "article_line": compile_pattern(r["article_line"]),
        # a dated line under a title, not a sentence opening with a date (2024年7月1日起,…。)
        "dated_header": compile_pattern(rf"^\(?(?:——|—|--)?\s*(?P<date>{date})\s*(?P<rest>[^,。;]{{0,80}}?)\)?$"),
        "speech_line": compile_pattern(r["speech_line"]),
        "bracketed_date_line": compile_pattern(r["bracketed_date_line"].replace("{date}", date)),
        "adopted_line": compile_pattern(r["adopted_line"]),
        "flat_min_chars": r["flat_min_chars"],
        "number_after_title": compile_pattern(rf"\s(?P<number>{r['doc_number']})\s*$"),
        # a 文号 run on at the end of a title's last line, after a space or a closing note: `(试行)三府[2012]105号`
        "number_run_on": compile_pattern(rf"(?:(?<=\))|\s+)\(?\s*(?P<number>{r['doc_number']}|{r['order_number']})\s*\)?\s*$"),
        "flat_head": compile_pattern(r["flat_head"].replace("{types}", types).replace("{doc_number}", r["doc_number"])),
        "flat_title_body": compile_pattern(r["flat_title_body"].replace("{orgs}", orgs)),
        "flat_head_unnumbered": compile_pattern(r["flat_head_unnumbered"].replace("{types}", types)),
        "flat_closing_signature": compile_pattern(r["flat_closing_signature"].replace("{orgs}", orgs)
                                                  .replace("{date}", date)),
        "flat_citing": compile_pattern(r["flat_citing"]),
        "bare_date_line": compile_pattern(rf"^(?P<date>{date})$"),
        "header_date_opening": compile_pattern(rf"^\(?\s*(?:{r['enacted_subject']})?{date}[^。;,]*$"),
        "enacted_header": compile_pattern(rf"^\(?\s*(?:{r['enacted_subject']})?(?P<date>{date})\s*(?P<clause>{r['enacted_clause']})"),
        "enacted_order": compile_pattern(rf"(?<={date}\s*){r['enacted_order']}"),
        "revision_clause": compile_pattern(r["revision_clause"].replace("{date}", date)),
        "meeting": compile_pattern(r["meeting_ordinals"]),
        "printed_line": compile_pattern(rf"^(?:{signer})?(?P<date>{date})\s*印发$"),
        "speaker": compile_pattern(r["speaker"]),
        "speaker_window": r["speaker_window"],
        "speaker_level": compile_pattern(r["speaker_level"]),
        "report_title": compile_pattern(rf"(?:{alternation(r['report_types'])})$"),
        # a list's bullet may stand before the label (`• 发文字号:`)
        # a label in Chinese (spaces inside allowed: `标 题:`) or a record's English key (`publishDate:`, `URL Source:`)
        "table_label": compile_pattern(r"^(?:[•·●▪]\s*)?(?P<label>\p{Han}(?:\s?\p{Han}){1,7}|[A-Za-z][A-Za-z_]{1,24}(?: [A-Z][a-z]{1,10})?)"
                                       r"\s*[::]\s*(?P<value>.*)$"),
        # a row of several fields on one line (`索引号: 003129766/201901-00336 组配分类: 规范性文件发布`)
        "table_pair": compile_pattern(r"(?:^|(?<=\s))(?P<label>\p{Han}{2,6})\s*[::]"),
        "table_fields": {label: name for name, labels in r["table_fields"].items() for label in labels},
        "record_fields": record_fields,
        "unread_labels": frozenset(r["unread_field_labels"]),
        "unlisted_label": compile_pattern(r["unlisted_field_label"]),
        "unlisted_sentence_end": compile_pattern(r["unlisted_field_sentence_end"]),
        "bracketed_field": compile_pattern(r["bracketed_field"]),
        # a line that is a page's field (read or not: 检索时间: …) is chrome, never a title
        "field_line": compile_pattern(rf"^(?:{alternation(r['unread_field_labels'] + list(record_fields))})\s*[::]"),
        "keywords": compile_pattern(r["keywords_value"]),
        "front_fence": compile_pattern(r["front_matter_fence"]),
        "front_field": compile_pattern(r["front_matter_field"]),
        "front_empty": set(r["front_matter_empty"]),
        "front_max": r["front_matter_max_lines"],
        "page_header_first": compile_pattern(r["page_header_first"]),
        "page_header_end": compile_pattern(r["page_header_end"]),
        "page_header_field": compile_pattern(r["page_header_field"]),
        "seal_note": compile_pattern(r["seal_note"]),
        "signer_other_name": compile_pattern(r["signer_other_name"]),
        "seal_run_on": compile_pattern(r["seal_run_on"]),
        "reply_approval": compile_pattern(r["reply_approval"]),
        "issued_in_text": compile_pattern(r["issued_in_text"]),
        "attachment_list_entry": compile_pattern(r["attachment_list_entry"]),
        "province_short_names": r["province_short_names"],
        # a province named short (江西, 内蒙古), longest first: 浙江西部 is 浙江's, not 江西's
        "province_short_name": compile_pattern(alternation(list(r["province_short_names"]))),
        "order_head": compile_pattern(r["order_head"]),
        "order_publishes": compile_pattern(r["order_publishes"]),
        "adopting_meeting": compile_pattern(r["adopting_meeting"].replace("{date}", date)),
        # the head of the body signing an order: his post (letters maybe spaced out), his name, the date
        "order_signer": compile_pattern("(?:" + "|".join(r"\s?".join(post) for post in r["order_signer_posts"])
                                        + rf")\s*[::]?\s*\p{{Han}}(?:\s{{0,3}}\p{{Han}}){{1,3}}\s*(?P<date>{date})"),
        "order_window": r["order_window"],
        "state_name": r["state_name"],
        "typed_name_slips": [compile_pattern(p) for p in r["typed_name_slips"]],
        "title_body": compile_pattern(rf"^(?P<body>\p{{Han}}{{2,30}}?(?:{alternation(r['title_body_suffixes'])}))(?=.)"),
        "news_lead_line": compile_pattern(r["news_lead_line"].replace("{verbs}", "|".join(r["news_lead_verbs"]))
                                          .replace("{window}", r["date_opens_window"])),
        # a full date, and whether it opens a window or a start (`opens`)
        "full_date": compile_pattern(rf"(?P<date>{date})(?P<opens>{r['date_opens_window']})?"),
        "edition_note": compile_pattern(r["edition_note"]),
        "source_field": compile_pattern(rf"(?:^|[\s|【\[])(?:{alternation(r['source_labels'])})\s*[::]"),
        # a date apart on such a line: opening it or after a space, a time maybe after it, then a space or the end
        "unlabelled_page_date": compile_pattern(rf"(?:^|(?<=\s))(?P<date>{date})"
                                                r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?=\s|$)"),
        # a label of its own opens the line or follows a space, a bar or a bracket (【发布时间:…】); one that names the
        # publication (发布时间, 发布日期) may also follow another field's value run into it (来源:某局发布时间:…), where 时间
        # alone would be a sentence's (补贴时间:…)
        "publish_label": compile_pattern(rf"(?:(?:^|[\s|【\[])(?:{alternation(r['publish_labels'])})"
                                         rf"|{alternation([w for w in r['publish_labels'] if len(w) > 2])})\s*[::][\s*]*"
                                         rf"(?P<date>{date})(?!{r['date_opens_window']})"),
    }


def _place_pattern(r: dict) -> regex.Pattern:
    suffixes = r["place_suffix"]
    chars = regex.escape(r["institution_chars"])
    # Lazy: a segment ends at its first place suffix (鞍山市|人民政府…).
    return compile_pattern(rf"[^\P{{Han}}{chars}]{{1,9}}?(?:{suffixes})")
