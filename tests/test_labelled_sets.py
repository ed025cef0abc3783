"""End to end: extract each labelled corpus once, score it against its gold, check every span.

The seeds are what the rules were developed on; the held-out sets were written by someone
who never saw the rules, to show whether they generalise. Both must meet the floors.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.cli import extract
from pipeline.evaluate import (check_floors, load_floors, load_golds, load_tables,
                               markdown_report, score, summary_table)

ROOT = Path(__file__).resolve().parent.parent
# (corpus, gold) pairs
LABELLED = {
    "seeds": (ROOT / "corpus", ROOT / "tests" / "gold"),
    "holdout": (ROOT / "tests" / "holdout" / "corpus", ROOT / "tests" / "holdout" / "gold"),
    "holdout2": (ROOT / "tests" / "holdout2" / "corpus", ROOT / "tests" / "holdout2" / "gold"),
    "holdout3": (ROOT / "tests" / "holdout3" / "corpus", ROOT / "tests" / "holdout3" / "gold"),
    "holdout4": (ROOT / "tests" / "holdout4" / "corpus", ROOT / "tests" / "holdout4" / "gold"),
    "holdout5": (ROOT / "tests" / "holdout5" / "corpus", ROOT / "tests" / "holdout5" / "gold"),
    "holdout6": (ROOT / "tests" / "holdout6" / "corpus", ROOT / "tests" / "holdout6" / "gold"),
    "holdout7": (ROOT / "tests" / "holdout7" / "corpus", ROOT / "tests" / "holdout7" / "gold"),
    # real published notices, labelled by reading (tests/real/README.md)
    "real": (ROOT / "tests" / "real" / "corpus", ROOT / "tests" / "real" / "gold"),
    # real notices of two other public collections (Shanghai documents, electricity policy)
    "real_extra": (ROOT / "tests" / "real" / "extra" / "corpus", ROOT / "tests" / "real" / "extra" / "gold"),
    # the third collection (State Council pages stored as one line, PDF texts of the NHSA)
    "real_third": (ROOT / "tests" / "real" / "third" / "corpus", ROOT / "tests" / "real" / "third" / "gold"),
    # the fourth collection (published plans, most scraped into markdown by a policy vault)
    "real_fourth": (ROOT / "tests" / "real" / "fourth" / "corpus", ROOT / "tests" / "real" / "fourth" / "gold"),
    # the fifth collection (rules, regulations and county measures stored inside markdown with
    # inline HTML, JS strings, JSP pages and API fields)
    "real_fifth": (ROOT / "tests" / "real" / "fifth" / "corpus", ROOT / "tests" / "real" / "fifth" / "gold"),
    # the sixth collection (a one-line regulation, rules cut from test strings, a regulation in a
    # Vue component, city AI plans as a static site's generated pages, an NHSA notice)
    "real_sixth": (ROOT / "tests" / "real" / "sixth" / "corpus", ROOT / "tests" / "real" / "sixth" / "gold"),
    # the seventh collection's development half (gov.cn pages printed twice, a crawl's one-line pages,
    # work reports as CSV records, a PDF text dump, city AI-OPC pages)
    "real_seventh": (ROOT / "tests" / "real" / "seventh" / "corpus", ROOT / "tests" / "real" / "seventh" / "gold"),
    # the eighth collection's development half (平潭 crawl pages on one line with run-on unit lists,
    # two 2026 provincial reports as CSV records, NHSA attachment texts with CRLF, a gov.cn page printed twice)
    "real_eighth": (ROOT / "tests" / "real" / "eighth" / "corpus", ROOT / "tests" / "real" / "eighth" / "gold"),
    # the ninth collection (heldout12 until the eleventh session: a crawler's Shanghai markdown with its search
    # header, five Shaanxi plans in one JSON field, Chongqing notices on one line in a search answer, JSON records)
    "real_ninth": (ROOT / "tests" / "real" / "ninth" / "corpus", ROOT / "tests" / "real" / "ninth" / "gold"),
    # the tenth collection (heldout13 until the twelfth session: county scoring tables in JSP pages, subsidy rules
    # converted from PDF to markdown, notices in Vue pages and SQL dumps, a saved gov page, a Party regulation)
    "real_tenth": (ROOT / "tests" / "real" / "tenth" / "corpus", ROOT / "tests" / "real" / "tenth" / "gold"),
    # the eleventh collection (heldout14 until the thirteenth session: a county 实施细则 in a Vue page, a national
    # 工作要点 in a JSON API record, a city 管理办法 in a MySQL dump)
    "real_eleventh": (ROOT / "tests" / "real" / "eleventh" / "corpus", ROOT / "tests" / "real" / "eleventh" / "gold"),
    # the twelfth collection (heldout15 until the fourteenth session: a provincial 通知 in a MySQL dump whose editors
    # rewrote 一、二、 as NO.1/NO.2, a national 意见 reposted on a school page, a city 实施方案 in a student site's dump)
    "real_twelfth": (ROOT / "tests" / "real" / "twelfth" / "corpus", ROOT / "tests" / "real" / "twelfth" / "gold"),
    # the thirteenth collection (heldout16, scored blind and at the end of the fourteenth session, then joined: dump rows
    # of national regulations, city work reports from docx, JSON records of 广安/四川 measures, 广州/深圳 measures as txt,
    # an Android app's 山东 texts)
    "real_thirteenth": (ROOT / "tests" / "real" / "thirteenth" / "corpus", ROOT / "tests" / "real" / "thirteenth" / "gold"),
    # the fourteenth collection (heldout H53, scored blind at the twenty-second session's start, then joined: national
    # notices pasted into code strings and SQL dumps, one stored with `\n` for its line breaks, one on one line)
    "real_fourteenth": (ROOT / "tests" / "real" / "fourteenth" / "corpus", ROOT / "tests" / "real" / "fourteenth" / "gold"),
    # the fifteenth collection (heldout H53B + H53C, scored blind at the twenty-second session's start and end, then
    # joined: local notices from dumps of school, OA, company and mini-program sites, strings in code)
    "real_fifteenth": (ROOT / "tests" / "real" / "fifteenth" / "corpus", ROOT / "tests" / "real" / "fifteenth" / "gold"),
    # the sixteenth collection (H55A, H55D, H55E: scored blind at the twenty-third session's start, then joined: notices
    # stored as SQL rows with entity-escaped HTML or literal `\r\n`, a CMS's demo data, a blog's code block)
    "real_sixteenth": (ROOT / "tests" / "real" / "sixteenth" / "corpus", ROOT / "tests" / "real" / "sixteenth" / "gold"),
    # the seventeenth collection (H55B, H55C, H55F: held out through the twenty-third session, scored at its start and
    # end, then joined: a city's application-system pages, SQL dumps of student and exam sites, strings in code)
    "real_seventeenth": (ROOT / "tests" / "real" / "seventeenth" / "corpus", ROOT / "tests" / "real" / "seventeenth" / "gold"),
    # the eighteenth collection (H57A-D: scored blind at the twenty-fourth session's start, then joined: a compilation
    # site's city AI measures with 责任单位 lists, SQL rows of rules and training notices, a county portal's archive, a
    # JSON record with its body on one line)
    "real_eighteenth": (ROOT / "tests" / "real" / "eighteenth" / "corpus", ROOT / "tests" / "real" / "eighteenth" / "gold"),
    # the nineteenth collection (H57A-D: held out through the twenty-fourth session, scored at its start and end, then
    # joined: the same hosts as the eighteenth, and three JSON records whose bodies are one line)
    "real_nineteenth": (ROOT / "tests" / "real" / "nineteenth" / "corpus", ROOT / "tests" / "real" / "nineteenth" / "gold"),
    # the twentieth collection (H58A_02, H58D: scored blind at the twenty-fifth session's start, then joined: a JSP page,
    # a county portal's archive, JSON records with one-line bodies, a city app's rule texts, a compilation site's guideline)
    "real_twentieth": (ROOT / "tests" / "real" / "twentieth" / "corpus", ROOT / "tests" / "real" / "twentieth" / "gold"),
    # the twenty-first collection (H58, H59: held out through the twenty-fifth session, scored at its start and end, then
    # joined: SQL rows and code strings of new hosts, a county portal's archive, JSON records, a city app's regulations)
    "real_twentyfirst": (ROOT / "tests" / "real" / "twentyfirst" / "corpus", ROOT / "tests" / "real" / "twentyfirst" / "gold"),
}
THRESHOLDS = ROOT / "tests" / "thresholds.yaml"

# table -> column that must equal documents.text[char_start:char_end]
SPAN_COLUMNS = {"tasks": "text", "targets": "span_text", "parameters": "span_text",
                "deadlines": "raw", "responsibilities": "unit_raw"}


@pytest.fixture(scope="module", params=list(LABELLED))
def labelled(request):
    return request.param, *LABELLED[request.param]


@pytest.fixture(scope="module")
def run(tmp_path_factory, labelled):
    """Run the whole pipeline on a corpus once; (exit status, output folder)."""
    output = tmp_path_factory.mktemp("outputs")
    status = extract(labelled[1], output, progress=False)
    return status, output


@pytest.fixture(scope="module")
def tables(run):
    status, output = run
    assert status == 0, "extraction of the seed corpus failed (see stderr)"
    return load_tables(output)


def test_every_file_is_extracted(tables, labelled):
    files = sorted(p.name for p in labelled[1].rglob("*") if p.is_file())
    docs = tables["documents"]
    # identical notices under several names are one document that lists the others
    duplicates = [f for fs in docs.get("duplicate_files", []) for f in fs]
    assert sorted([*docs["source_file"], *duplicates]) == files


def test_scores_meet_floors(run, tables, labelled):
    result = score(load_golds(labelled[2]), tables)
    failures = check_floors(result, load_floors(THRESHOLDS, labelled[0]))
    (run[1] / "validation_report.md").write_text(markdown_report(result, failures), "utf-8")
    print(summary_table(result))
    assert not result.missing_documents, "gold documents not extracted"
    assert not failures, "below the floors of tests/thresholds.yaml:\n" + "\n".join(failures)


@pytest.mark.parametrize("table", list(SPAN_COLUMNS))
def test_spans_are_quoted_from_text(tables, table):
    if table not in tables:
        pytest.skip(f"no {table} table written")
    texts = dict(zip(tables["documents"]["doc_id"], tables["documents"]["text"]))
    column = SPAN_COLUMNS[table]
    wrong = []
    for row in tables[table].to_dict("records"):
        quoted = texts[row["doc_id"]][int(row["char_start"]):int(row["char_end"])]
        if quoted != row[column]:
            wrong.append(f"{row['task_id']}: {column}={row[column]!r} but text has {quoted!r}")
    assert not wrong, f"{len(wrong)} {table} rows whose span is not the text:\n" + "\n".join(wrong[:20])
