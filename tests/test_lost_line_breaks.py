"""The outline of a text that lost its line breaks (a one-line CSV or JSON field, a crawl's page joined by nothing),
measured on the real notices of every development collection: each text's lines joined with nothing, as such a field
stores them, must give the items its lines give. A rule for run-on labels written from one notice moves these figures
only where the construction is the language's (labels after sentence ends, notes closing an item, unit lists, headings
run into their first child), so they tell whether the flat cutter (pipeline/outline/flat.py) generalises."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from pipeline.document import Document
from pipeline.ingest import read_document
from pipeline.run import stages

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [ROOT / "tests" / "real" / "corpus",
           *(ROOT / "tests" / "real" / d / "corpus" for d in
             ("extra", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"))]
# every STEP-th file of each collection (sorted), so the sample spans every source and stays quick
STEP = 3
# layout18 on its sample (3270 items): recall 0.607, precision 0.924 at b9bf754; a label after a note closing its item
# (`…具体负责)(三)`): 0.628, 0.926; a heading run into a child numbered on from the parent before (`二、…问题(五)…`):
# 0.734, 0.943; a heading pairing two phrases (`一、逐年扩招,分步实施(一)…`) and a title run into the first item (`…工作方案
# 一、工作目标…`): 0.754, 0.946; a regulation's header run into its first article (`…修正第一条`) and the numbers of an attachment
# list or a note after their head (`附件:1.…`, `注:1.…`) no items: 0.773, 0.949; a note with brackets inside (`(…各县〔市、区〕
# 人民政府,不再列出)`, `[…]`): 0.778, 0.950; two phrases of up to 20 characters in a heading: 0.782, 0.950.
MIN_RECALL = 0.78
MIN_PRECISION = 0.945


def _outline(doc: Document) -> list[tuple[str, str]]:
    for name, stage in stages():
        stage(doc)
        if name == "outline":
            return [(t.path, t.label) for t in doc.tasks]
    raise AssertionError("no outline stage")


def test_a_text_that_lost_its_line_breaks_keeps_its_items():
    found = kept = extra = 0
    for corpus in CORPORA:
        for path in sorted(p for p in corpus.iterdir() if p.is_file())[::STEP]:
            doc = read_document(path, corpus)
            items = _outline(doc)
            if len(items) < 3:
                continue
            joined = "".join(line.strip() for line in doc.text.split("\n"))
            flat_items = _outline(Document(source_file=path.stem + ".txt", raw=joined))
            common = sum((Counter(items) & Counter(flat_items)).values())
            found, kept, extra = found + len(items), kept + common, extra + len(flat_items) - common
    recall, precision = kept / found, kept / (kept + extra)
    assert recall >= MIN_RECALL and precision >= MIN_PRECISION, (found, recall, precision)
