"""The outline rules (rules/outline.yaml), compiled once."""
from __future__ import annotations

import functools

from ..rules import alternation, compile_pattern, load, written_out


@functools.cache
def patterns() -> dict:
    r = load("outline")
    # Each style's ordinal group `n` is renamed n_<style>, so the alternation is valid under
    # `re` (no repeated group names) and the style is the match's last group.
    styles = "|".join(f"(?P<{name}>{pattern.replace('(?P<n>', f'(?P<n_{name}>')})"
                      for name, pattern in r["styles"].items())
    # the labels cut in a line that lost its breaks, a style among them written `{style}`, its group the style's name
    flat_labels = written_out(r["flat_labels"], {name: pattern.replace("(?P<n>", f"(?P<{name}>")
                                                 for name, pattern in r["styles"].items()})
    return {
        "label": compile_pattern(rf"^(?P<marks>{r['heading_marks']})?(?:{styles})"),
        "heading_marks": compile_pattern(rf"^{r['heading_marks']}"),
        "min_text": r["min_text_after_label"],
        "number_after_label": compile_pattern(rf"^{r['number_after_label']}"),
        "num_over_number": compile_pattern(rf"^{r['num_over_number']}"),
        "lookalikes": r["lookalike_numerals"],
        "label_alone_ok": set(r["label_alone_ok"]),
        "label_over_text": set(r["label_over_text_styles"]),
        "cell_table_header": r["cell_table_header"],
        "cell_table_section_styles": frozenset(r["cell_table_section_styles"]),
        "heading_stop": compile_pattern(r["heading_stop"]),
        "heading_line_max": r["heading_line_max_len"],
        "wrapped_lines": r["wrapped_lines"],
        "article_caption": compile_pattern(rf"^{r['article_caption_line']}"),
        "max_gap": r["max_gap"],
        "skip_any_forward": set(r["skip_any_forward"]),
        "top_skip_styles": set(r["top_skip_styles"]),
        "top_max_gap": r["top_max_gap"],
        "new_document_styles": set(r["new_document_styles"]),
        "same_list_styles": [set(pair) for pair in r["same_list_styles"]],
        "column_closers": set(r["column_closers"]),
        "lost_parent": dict(r["lost_parent_styles"]),
        "open_any_ordinal": set(r["open_any_ordinal"]),
        "attachment": compile_pattern(rf"^{r['attachment']}"),
        "contents_head": compile_pattern(rf"^{r['contents_head']}$"),
        "page_number": compile_pattern(r["page_number_line"]),
        "note_head": compile_pattern(rf"^{r['note_head']}"),
        "table_cell": compile_pattern(r["table_cell"]),
        "flattened_table_head": compile_pattern(r["flattened_table_head"]),
        "numeral_alone": compile_pattern(rf"^{r['numeral_alone']}$"),
        "attachment_list_head": compile_pattern(rf"^{r['attachment_list_head']}"),
        "attachment_min_body": r["attachment_min_body_chars"],
        "terminator": compile_pattern("|".join(f"(?:{p})" for p in r["terminators"])),
        "signature_date": compile_pattern(r["signature_date"]),
        "signature_org": compile_pattern(r["signature_org"]),
        "title_max": r["document_title_max_len"],
        "part_heading": compile_pattern(rf"^{r['part_heading']}$"),
        "lead_line": compile_pattern(r["lead_line"]),
        "code_first": compile_pattern(r["code_first"]),
        "code_line": compile_pattern(r["code_line"]),
        "code_list_min_lines": r["code_list_min_lines"],
        "unlabelled_heading": compile_pattern(r["unlabelled_heading"]),
        "unlabelled_heading_after": compile_pattern(r["unlabelled_heading_after"]),
        "unlabelled_heading_prose": compile_pattern(r["unlabelled_heading_prose"]),
        "unlabelled_heading_min_lists": r["unlabelled_heading_min_lists"],
        "inline_item_after": compile_pattern(r["inline_item_after"]),
        "inline_item_styles": frozenset(r["inline_item_styles"]),
        "flat_line_min_chars": r["flat_line_min_chars"],
        "flat_body_max_lines": r["flat_body_max_lines"],
        "flat_line_share": r["flat_line_share"],
        "flat_label": compile_pattern(rf"{r['flat_label_after']}\s*{flat_labels}"),
        "flat_table_label": compile_pattern(flat_labels),
        # an article opening its line or after a sentence end (the line break counts as one), not cited
        "run_on_article": compile_pattern(rf"(?:^|{r['flat_label_after']})\s*第(?P<article>[一二三四五六七八九十百零〇]{{1,7}})条"
                                          rf"{r['run_on_article_next']}"),
        "flat_heading_child": {style: compile_pattern(f"{heading}{flat_labels}{r['flat_child_next']}")
                               for style, heading in r["flat_heading_child"].items()},
        "flat_after_unit_list": compile_pattern(rf"{r['flat_unit_list']}{flat_labels}"),
        "flat_list_head": compile_pattern(rf"(?:{r['flat_list_head']}|{r['note_head']})$"),
        "flat_after_title": compile_pattern(rf"{r['flat_title_end']}{flat_labels}{r['run_on_article_next']}"),
        "flat_after_note": compile_pattern(rf"{r['flat_note']}\s*{flat_labels}"),
        "flat_attachment": compile_pattern(r["flat_attachment"]),
        "flat_run_in": compile_pattern(rf"{r['flat_run_in_before']}{flat_labels}{r['flat_run_in_next']}"),
        "flat_run_in_styles": frozenset(r["flat_run_in_styles"]),
        "run_on_heading": compile_pattern(rf"^(?P<heading>[^,]{{1,40}}?(?:{r['run_on_heading_nouns']}))"
                                          rf"(?=(?:{r['run_on_paragraph_openers']})[^。;:]{{4}})"),
        "run_on_heading_line_max": r["run_on_heading_line_max"],
        "run_on_action_heading": compile_pattern(
            rf"^(?:{alternation(r['run_on_action_adverbs'])})?(?:{alternation(r['run_on_action_verbs'])})"),
        "run_on_heading_line": compile_pattern(
            rf"^(?!{r['run_on_paragraph_openers']})(?P<heading>(?:(?!{r['run_on_sentence_marks']})[^,。;:]"
            rf"|(?<={r['run_on_heading_nouns']}){r['run_on_nouns_joined_by']})"
            rf"{{1,{r['run_on_heading_line_max']}}}?(?:{r['run_on_heading_nouns']})(?<!{r['run_on_nouns_verbs_too']}))"
            rf"(?!{r['run_on_noun_goes_on']}|{r['run_on_heading_nouns']})[^。;:,]{{{r['run_on_clause_min']}}}"),
    }
