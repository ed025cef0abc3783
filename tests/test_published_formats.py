"""Notices published as PDF or Word 97 give the rows of the same notice as text.

tests/formats/ holds a real published PDF (ndrc_2019_860.pdf, with the collection's text
of it) and PDFs and .doc files made from seed notices the way offices publish them
(make_fixtures.py: justified text, running header, `— N —` page numbers, a ruled table).
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.run import process

FORMATS = Path(__file__).parent / "formats"
CORPUS = Path(__file__).parent.parent / "corpus"


def rows(doc) -> dict:
    """The rows compared, strings without spaces: a PDF's text layer drops or adds spaces
    next to Chinese characters, and reading one removes them all (the seeds have a few)."""
    return {table: [tuple(v.replace(" ", "") if isinstance(v, str) else v for v in row) for row in values]
            if table != "document" else values for table, values in _rows(doc).items()}


def _rows(doc) -> dict:
    return {
        "document": (doc.title, doc.plan_title, doc.doc_number, doc.issuer, doc.issue_date, doc.region),
        "tasks": [(t.path, t.label, t.heading) for t in doc.tasks],
        "deadlines": [(d.raw, d.kind, d.date, d.start_date, d.recurrence, d.task_path) for d in doc.deadlines],
        "units": [(r.unit, r.role, r.position, r.task_path) for r in doc.responsibilities],
        "targets": [(t.indicator, t.comparator, t.value, t.value_max, t.unit, t.kind, t.deadline, t.task_path)
                    for t in doc.targets],
    }


def test_published_pdf_gives_the_rows_of_its_text():
    pdf = rows(process(FORMATS / "ndrc_2019_860.pdf", FORMATS))
    text = rows(process(FORMATS / "ndrc_2019_860.txt", FORMATS))
    assert len(text["tasks"]) == 14 and text["document"][2] == "发改办财金规〔2019〕860号"
    assert pdf == text


@pytest.mark.parametrize("seed", ["003_a564f10642a1edd4", "001_241d3c140d600f76"])
@pytest.mark.parametrize("suffix", [".pdf", ".doc"])
def test_seed_published_as_pdf_or_doc_gives_the_rows_of_the_seed(seed, suffix):
    if suffix == ".doc" and not (shutil.which("antiword") or shutil.which("soffice")):
        pytest.skip("no .doc converter installed (make installs antiword where it can)")
    published = rows(process(FORMATS / f"{seed}{suffix}", FORMATS))
    seed_rows = rows(process(CORPUS / f"{seed}.txt", CORPUS))
    assert seed_rows["tasks"] and seed_rows["units"] and seed_rows["targets"]
    for table in seed_rows:
        assert published[table] == seed_rows[table], table


def test_a_corpus_of_pdf_and_doc_files_through_the_command_line(tmp_path, capsys):
    import pyarrow.parquet as pq

    from pipeline import cli

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("ndrc_2019_860.pdf", "encrypted.pdf", "table.doc"):
        shutil.copy(FORMATS / name, corpus / name)
    (corpus / "notice.doc").write_bytes("<html><body><p>一、总体目标</p><p>到2025年,覆盖率达到90%。</p></body></html>"
                                        .encode())
    out = tmp_path / "out"
    assert cli.main(["extract", "--corpus", str(corpus), "--output", str(out), "--quiet"]) == 0
    assert "encrypted.pdf: encrypted PDF: a password is needed to open it" in capsys.readouterr().err
    docs = {d["source_file"]: d for d in pq.read_table(out / "documents.parquet").to_pylist()}
    expected = {"ndrc_2019_860.pdf", "notice.doc"} | ({"table.doc"} if shutil.which("antiword") else set())
    assert set(docs) == expected
    assert docs["ndrc_2019_860.pdf"]["doc_number"] == "发改办财金规〔2019〕860号"
    assert "a .doc file that is an HTML page: read as such" in docs["notice.doc"]["warnings"]
