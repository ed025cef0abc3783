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
# on its sample: recall 0.782, precision 0.950 at af0bde9, from 0.607, 0.924 at b9bf754 (3270 items) before the run-on
# rules of notes, headings run into a child, titles and list heads (each rule's share: `git log -p` of this file)
# layout24: chapter headings pairing words with 、 or holding a bracket run into their first article: 0.782 -> 0.789
MIN_RECALL = 0.788
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
