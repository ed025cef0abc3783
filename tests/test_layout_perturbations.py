"""The outline and the document fields of the labelled real notices laid out the ways scraped and converted
notices really arrive (tests/layout_perturbations.py: lines hard-wrapped at a page's width, page numbers and
running headers between the lines, a label alone on its line over its text, full-width forms and ideographic
indentation, the header block re-laid), scored against their gold by path and value. Each perturbation moves no
word of the notice, so a reading of layout that generalises keeps its figures; a rule fitted to one notice's
lines does not move them. Floors: ratios just under what the reading reached (layout19: unperturbed -> perturbed
figures before and after in `git log -p` of this file); the texts of the first nine sets unperturbed score 1.000 on
these fields (with every labelled dev set, perturb58, not all: the later sets' own misses stand under each floor)."""
from __future__ import annotations

import pytest

from layout_perturbations import figures, perturbed, row_figures, unit_figures

# perturbation -> floors of the perturbed figures (tasks recall/precision, document fields' accuracy).
# layout19 (before -> after, all labelled dev sets, 186-238 texts each):
#   hard_wrap       tasks 0.989/0.995 -> 0.996/0.997, title 0.835 -> 0.945, plan_title 0.966 -> 0.987
#   wrapped_pages   tasks 0.989/0.980 -> 0.996/0.997, title 0.861 -> 0.945, issuer 0.929 -> 0.979,
#                   issue_date 0.861 -> 0.945, plan_title 0.895 -> 0.987
#   page_numbers    title 0.958 -> 1.000, issuer 0.887 -> 1.000, plan_title 0.903 -> 0.996
#   label_alone     tasks 0.197/0.963 -> 0.997/0.996
#   (second change) hard_wrap issue_date 0.949 -> 0.979 (a regulation's header clause broken at the width);
#   date_above_title (34 texts) issue_date 0.382 -> 1.000; doc_number_on_title_line (19) doc_number 0.632 -> 0.684
FLOORS = {
    # perturb58: SETS now every labelled dev set (tenth to twentieth joined: 517 texts, was 410); their texts unperturbed score issuer 0.986, issue_date 0.981, doc_number 0.994 (not 1.000), so the floors below that fell are reset just under what the twenty sets reach, at the start's reading (the perturbations named, their figures unchanged by perturb58's code)
    # struct51 (twentieth session): govcn_0019's decimal outline no longer falls apart: a page number or a page's running
    # line under 目录 is no entry the body repeats (the contents ran on over the body's first headings), and label_alone,
    # ideographic_indent and spaced_labels no longer cut a decimal label at its first point (`1.` ⏎ `1 编制目的`, a layout no
    # converter makes); govcn_0054's notes are optional gold (ruling). Tasks recall/precision before -> after (all texts):
    # hard_wrap 0.997/0.996 -> 0.998/0.996, wrapped_pages 0.986/0.995 -> 0.998/0.996 (heading 0.981 -> 0.982),
    # unnumbered_pages 0.988/0.986 -> 0.998/0.996, page_numbers 0.986/0.994 -> 0.998/0.996, label_alone 0.982/0.968 ->
    # 0.994/0.991, full_width 0.997/0.996 -> 0.998/0.996, ideographic_indent 0.987/0.991 -> 0.998/0.996, spaced_labels
    # 0.961/0.984 -> 0.975/0.989; merged_paragraphs unchanged (a decimal label run on after a space is not cut: left)
    # reading set 19d's third texts joined (med_0012's code list read as items): task precision and plan_title floors reset just under
    # reading set 19c joined (five gov.cn pages labelled blind, html49): govcn_0019's outline (a 预案 of 1.1…7.x items)
    # falls apart when its lines are wrapped, numbered, split at labels, indented or spaced (recall 0.04-0.11, the same
    # at 5553ca4: worth a look), and govcn_0054's twelve notes under its table are gold items the pipeline reads as a
    # table's notes (numbered_notes); govcn_0048's plan_title is the reader's, not the convention's. With set 19d's texts,
    # floors reset just under what eae48d4 reads (recall/precision): wrapped_pages 0.985/0.994 (plan_title 0.968),
    # unnumbered_pages 0.986/0.984 (0.966), page_numbers 0.984/0.993 (0.978), label_alone 0.981/0.968, full_width recall
    # 0.995, ideographic_indent 0.985/0.990, spaced_labels 0.959, hard_wrap plan_title 0.971
    # reading set 19 joined (29 more labelled texts, nineteenth session's lead): the fields its readers put elsewhere than
    # the pipeline (headline titles, news-lead dates) lower title/issuer/issue_date/plan_title floors by up to 0.01; set 19d (extra's 35) plan_title and page_numbers' issuer
    # layout21: a heading goes on across the wraps to its 。;: (the guide's heading): tasks.heading 0.782 -> 0.987
    # (hard_wrap), 0.778 -> 0.983 (wrapped_pages)
    # layout23: a line after a full line closed by `;` opens an item only when it continues the outline exactly (an inline
    # list's `4.` the width put at a line start): tasks 0.997/0.997 -> 1.000/1.000 (hard_wrap, wrapped_pages),
    # 0.997/0.981 -> 1.000/0.984 (unnumbered_pages)
    "hard_wrap": {"tasks.recall": 0.997, "tasks.precision": 0.995, "tasks.heading": 0.972, "title": 0.935, "doc_number": 0.98,
                  "issuer": 0.966, "issue_date": 0.952, "plan_title": 0.97, "region": 0.99},  # sets 17 B, 18 joined: 0.979
    "wrapped_pages": {"tasks.recall": 0.994, "tasks.precision": 0.995, "tasks.heading": 0.967, "title": 0.935, "doc_number": 0.98,
                      "issuer": 0.953, "issue_date": 0.94, "plan_title": 0.965, "region": 0.99},  # sets 17 B, 18 joined: 0.979
    # layout22: pages with a running line at each head and no page number (a converter's file name, eighth doc_0013):
    # the line dropped where it breaks wrapped sentences three times or more: issuer 0.929 -> 0.933, region 0.992 -> 0.996
    # layout25: the two copies of a page printed twice are compared without the running line the page breaks put at other
    # places in each, so the second copy no longer opens a 文件2 (seventh doc_0006-0012): tasks precision 0.984 -> 1.000
    "unnumbered_pages": {"tasks.recall": 0.996, "tasks.precision": 0.995, "tasks.heading": 0.963, "title": 0.935,
                         "doc_number": 0.98, "issuer": 0.93, "issue_date": 0.951, "plan_title": 0.965, "region": 0.99},  # sets 17 B, 18: 0.976
    # layout22: a site's page merging each four paragraphs into one block by two ideographic spaces (twelfth K_01's): a
    # page shown to join its blocks so (one long line) is cut on each line: tasks 0.546/0.896 -> 0.646/0.942, issuer
    # 0.630 -> 0.685, issue_date 0.588 -> 0.681, plan_title 0.845 -> 0.887
    # layout25: a page is also shown to join its blocks where a sentence end (or a note closing one) and a space come
    # before an item's label three times or more, no one line holding three sentence ends: tasks recall 0.646 -> 0.919,
    # issuer 0.689 -> 0.731, issue_date 0.681 -> 0.735, plan_title 0.887 -> 0.891
    # layout26: also where a label stands after a space continuing its list exactly three times or more, whatever closed the
    # block before it (a unit list, a heading line): tasks 0.915/0.941 -> 0.929/0.943, issuer 0.729 -> 0.733, issue_date
    # 0.733 -> 0.737, plan_title 0.891 -> 0.895
    # reading set 16 joined (ten more labelled texts in the pool, sixteenth session's lead): issue_date 0.737 -> 0.734
    # reading set 17 joined (26 more labelled texts, seventeenth session's lead): doc_number 0.875 -> 0.871, issue_date -> 0.728
    # perturb58 (merged_paragraphs changed: a collector's front matter and markdown tables are no paragraphs a site merges,
    # they stay lines; the figures at the start dda8179 read with that change, over the twenty dev sets, 517 texts): a page
    # that joined its paragraphs keeping each one's indent (two ideographic spaces, a run of &nbsp;) is cut at each indent
    # where such runs follow a sentence end three times or more (rules/normalise.yaml flat_page indent_run, read before
    # normalisation makes a run one space); on a page joined by spaces, a short line's 文号 and date standing alone and a
    # label start lines of their own too (a signature `…委员会 2021年1月5日 相关附件 …`): recall 0.936 -> 0.998, precision 0.951 -> 0.999, title 0.851 -> 0.963, doc_number 0.884 -> 0.977,
    # issuer 0.822 -> 0.959, issue_date 0.741 -> 0.923, plan_title 0.928 -> 0.979, region 0.977 -> 0.996
    "merged_paragraphs": {"tasks.recall": 0.996, "tasks.precision": 0.997, "tasks.heading": 0.993, "title": 0.962, "doc_number": 0.975, "issuer": 0.958, "issue_date": 0.921, "plan_title": 0.977, "region": 0.995},
    "page_numbers": {"tasks.recall": 0.997, "tasks.precision": 0.995, "title": 0.988, "doc_number": 0.993,
                     "issuer": 0.98, "issue_date": 0.978, "plan_title": 0.975,  # reading set 17 joined: 0.989
                     "region": 0.995},
    "label_alone": {"tasks.recall": 0.992, "tasks.precision": 0.99},
    "full_width": {"tasks.recall": 0.997, "tasks.precision": 0.995, "title": 0.988, "issuer": 0.985},
    "ideographic_indent": {"tasks.recall": 0.997, "tasks.precision": 0.995, "title": 0.988, "issuer": 0.985},
    # spaces a text layer leaves inside labels (`( 一 )`, `( 1 )`, `1 .`, `第 十 二 条`): layout19 tasks 0.317/0.984 ->
    # 0.807/0.920 (brackets and points) -> 0.978/0.986 (a Chinese numeral spaced inside 第…条/章/节)
    "spaced_labels": {"tasks.recall": 0.973, "tasks.precision": 0.988},
    # perturb58: breaks lost or stored another way (tests/layout_perturbations.py (6)), measured over the twenty dev sets;
    # start dda8179 -> now:
    # joined_within_items (an item's paragraphs run on with nothing between, the items on their own lines; 417 texts):
    # unchanged, recall 0.993 -> 0.993, precision 0.997 -> 0.997, heading 0.901 -> 0.901 (a heading line run into its paragraph
    # reads on to the paragraph's first stop: CONVENTIONS' heading-line cut is read only on pages that lost their breaks;
    # left)
    "joined_within_items": {"tasks.recall": 0.992, "tasks.precision": 0.996, "tasks.heading": 0.899, "title": 0.987, "doc_number": 0.991, "issuer": 0.982, "issue_date": 0.979, "plan_title": 0.999, "region": 0.996},
    # html_br_body (one <div>, a <br> for each break): unchanged, every field as unperturbed but plan_title 0.998
    "html_br_body": {"tasks.recall": 0.998, "tasks.precision": 0.999, "tasks.heading": 0.991, "title": 0.989, "doc_number": 0.993, "issuer": 0.985, "issue_date": 0.979, "plan_title": 0.997, "region": 0.997},
    # html_nbsp_body (one <p>, each line opened by a run of &nbsp;): recall 0.968 -> 0.999, precision 0.969 -> 0.999, title 0.675 -> 0.969,
    # doc_number 0.925 -> 0.990, issuer 0.834 -> 0.971, issue_date 0.857 -> 0.959, plan_title 0.919 -> 0.987, region 0.952 -> 0.992
    "html_nbsp_body": {"tasks.recall": 0.998, "tasks.precision": 0.998, "tasks.heading": 0.994, "title": 0.968, "doc_number": 0.989, "issuer": 0.97, "issue_date": 0.958, "plan_title": 0.985, "region": 0.991},
    # escaped_newlines (one line, `\\n` or `\\r\\n` for each break) and escaped_br (`&lt;br/&gt;` for each): read back as
    # unperturbed (pipeline/stored_escapes.py), unchanged
    "escaped_newlines": {"tasks.recall": 0.998, "tasks.precision": 0.999, "tasks.heading": 0.998, "title": 0.989, "doc_number": 0.993, "issuer": 0.985, "issue_date": 0.979, "plan_title": 0.999, "region": 0.997},
    "escaped_br": {"tasks.recall": 0.998, "tasks.precision": 0.999, "tasks.heading": 0.996, "title": 0.989, "doc_number": 0.993, "issuer": 0.985, "issue_date": 0.979, "plan_title": 0.999, "region": 0.997},
    # title_line_missing (the title line cut: the guide's title is then null, unless page metadata gives one; a field the
    # gold read from the title alone is unscored; 215 texts): unchanged, title 0.819 -> 0.819, issuer 0.887 -> 0.887, issue_date 0.907 -> 0.907:
    # what stood above or under the title is taken for one (a site's chrome `政策解读`, a CSV's header row, a news headline,
    # `政府工作报告` heading a report): metadata's reading of a title (meta58's, reported), left. Rebased on 084f0b9 (metadata's
    # run-in signatures): title 0.819 -> 0.814, issue_date 0.907 -> 0.902 (eighteenth H57B_02: its date line under the cut
    # title read as the title, 2003-01-03 as its date; reported to meta58)
    # lead (twenty-fifth session): the issued plan's own title line right under the cut covering title is the title at
    # the top (CONVENTIONS, Document fields: a covering title missing): title 0.814 -> 0.819 (the gold's null was wrong)
    "title_line_missing": {"tasks.recall": 0.987, "tasks.precision": 0.992, "tasks.heading": 0.997, "title": 0.818, "doc_number": 0.961, "issuer": 0.886, "issue_date": 0.901, "plan_title": 0.942, "region": 0.945},
    # the header block re-laid (only the texts whose gold fields the layout could move)
    # metadata25: bodies signing under the wrapper's last sentence with no date under them (the date moved above the
    # title) sign, over the plan, a note or the page's end, and over the body a page's header names: issuer 0.429 -> 0.971,
    # region 0.971 -> 1.000
    # reading set 17 joined (26 more labelled texts, lead): title 0.952, issue_date 0.976, issuer 0.952 (new texts whose
    # header the perturbation moves out of reach: worth a look); sets 17 B and 18 joined at the end (55 more): title
    # 0.944, issue_date 0.963, issuer 0.926
    "date_above_title": {"title": 0.929, "issue_date": 0.916, "doc_number": 0.99, "issuer": 0.884, "region": 0.99},
    # metadata24: a whole title line's 文号 run on after it (the text's first line too; not joining a letterhead's
    # bodies over it): title 0.789 -> 1.000, doc_number 0.684 -> 1.000, issuer 0.895 -> 1.000
    "doc_number_on_title_line": {"title": 0.957, "doc_number": 0.978, "issuer": 0.957},
    "issuer_and_date_on_one_line": {"issuer": 0.977, "issue_date": 0.995, "title": 0.98},  # reading set 17 joined: title 0.992
}
# fewest texts a perturbation must change (the header ones move only texts whose gold has those fields in place)
MIN_TEXTS = {"date_above_title": 30, "doc_number_on_title_line": 15, "issuer_and_date_on_one_line": 100}


@pytest.mark.parametrize("name", list(FLOORS))
def test_a_notice_laid_out_another_way_keeps_its_outline_and_fields(name):
    _, after = perturbed(name)
    assert len(after) >= MIN_TEXTS.get(name, 150), f"{name} changed only {len(after)} texts"
    reached = figures(after)
    below = {k: round(reached[k], 3) for k, floor in FLOORS[name].items() if reached[k] < floor}
    assert not below, (name, below)


# A markdown table laid out one cell a line (tests/layout_perturbations.py table_cells_one_a_line: 8 labelled texts,
# fourth's plans and eighth doc_0016's indicator table), read through every stage: the rows of its indicator tables
# and the outline around it. layout21: targets R/P 0.929/0.810 -> 0.947/0.964 (unperturbed 0.947/0.976), tasks
# precision 0.988 -> 1.000 (a numbered table's rows that lost a merged cell keep their own cells; a table's row is no
# item, its outline goes on after it).
# reading set 19c joined (html49): an HTML data table now reads one row a line (`| … |`), so the perturbation also lays
# govcn_0009's, govcn_0016's and govcn_0054's tables one cell a line (12 texts); govcn_0054's indicator table so laid,
# with no 序号 header, is what the page read as before html49: its labelled cells open items again (tasks precision 0.853,
# recall 0.980 with its notes; 1.000/1.000 without it): tasks floors reset just under.
TABLE_FLOORS = {"targets.recall": 0.94, "targets.precision": 0.95, "tasks.recall": 0.975, "tasks.precision": 0.85}


def test_a_table_laid_out_one_cell_a_line_keeps_its_rows_and_the_outline():
    _, after = perturbed("table_cells_one_a_line")
    assert len(after) >= 8, f"changed only {len(after)} texts"
    reached = row_figures(after, "targets")
    below = {k: round(reached[k], 3) for k, floor in TABLE_FLOORS.items() if reached[k] < floor}
    assert not below, below


# The responsible units of the labelled texts that list them (86 texts; 71-72 for label_alone and spaced_labels),
# matched by task path and unit: F1 and role accuracy. Unperturbed every one scores 1.000 (role 0.999-1.000).
# units43 (before -> after): lists, names and closing words read without the page's soft breaks and page numbers
# (`(市住房城乡` ⏎ `建设局、市财政局按职责分` ⏎ `工负责)`):
#   hard_wrap         F1 0.780 -> 0.986, role 0.970 -> 1.000
#   wrapped_pages     F1 0.779 -> 0.983, role 0.970 -> 1.000
#   unnumbered_pages  F1 0.776 -> 0.980, role 0.970 -> 1.000
#   merged_paragraphs F1 0.935 (unchanged: blocks joined by two ideographic spaces, role 1.000), label_alone 0.996,
#   page_numbers, full_width, ideographic_indent, spaced_labels 1.000 (unchanged)
UNIT_FLOORS = {
    "hard_wrap": {"units.f1": 0.98, "units.role": 0.995},
    "wrapped_pages": {"units.f1": 0.975, "units.role": 0.995},
    "unnumbered_pages": {"units.f1": 0.975, "units.role": 0.995},
    "merged_paragraphs": {"units.f1": 0.996, "units.role": 0.995},  # perturb58: F1 0.941 -> 0.997 (indents read as breaks)
    "html_nbsp_body": {"units.f1": 0.996, "units.role": 0.995},  # perturb58: F1 0.970 -> 0.997
    "joined_within_items": {"units.f1": 0.993, "units.role": 0.995},  # perturb58: F1 0.994 (unchanged; 105 texts)
    "html_br_body": {"units.f1": 0.995, "units.role": 0.995},
    "label_alone": {"units.f1": 0.99, "units.role": 0.995},
    "page_numbers": {"units.f1": 0.995, "units.role": 0.995},
    "full_width": {"units.f1": 0.995, "units.role": 0.995},
    "ideographic_indent": {"units.f1": 0.995, "units.role": 0.995},
    "spaced_labels": {"units.f1": 0.995, "units.role": 0.995},
}


@pytest.mark.parametrize("name", list(UNIT_FLOORS))
def test_a_notice_laid_out_another_way_keeps_its_responsible_units(name):
    _, after = perturbed(name)
    reached = unit_figures(after)
    assert reached["n"] >= 70, f"{name}: only {reached['n']} texts listing units"
    below = {k: round(reached[k], 3) for k, floor in UNIT_FLOORS[name].items() if reached[k] < floor}
    assert not below, (name, below)
