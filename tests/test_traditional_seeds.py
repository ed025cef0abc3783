"""A traditional-character copy of each seed gives the rows of the seed: the copy is made
with OpenCC s2t (phrases included, as a Hong Kong or Taiwan editor would write it) and read
back through normalisation's traditional-to-simplified conversion."""
from __future__ import annotations

from pathlib import Path

import opencc
import pytest

from pipeline.run import process_text

SEEDS = sorted((Path(__file__).parent.parent / "corpus").glob("*.txt"))


def rows(doc) -> dict:
    return {
        "tasks": [(t.path, t.label, t.heading, t.char_start, t.char_end) for t in doc.tasks],
        "deadlines": [(d.raw, d.kind, d.date, d.recurrence, d.task_path, d.char_start) for d in doc.deadlines],
        "units": [(r.unit, r.role, r.position, r.task_path, r.char_start) for r in doc.responsibilities],
        "targets": [(t.indicator, t.comparator, t.value, t.value_max, t.unit, t.kind, t.deadline, t.task_path,
                     t.char_start, t.char_end) for t in doc.targets],
    }


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_traditional_copy_of_a_seed_gives_the_seed_rows(seed):
    text = seed.read_text("utf-8")
    traditional = opencc.OpenCC("s2t").convert(text)
    assert traditional != text
    plain, converted = process_text(text, seed.name), process_text(traditional, seed.name)
    assert plain.tasks and plain.targets
    assert any("traditional" in w for w in converted.warnings)
    assert not any("traditional" in w for w in plain.warnings)
    assert len(converted.text) == len(plain.text)  # every offset points at the same place
    assert rows(converted) == rows(plain)
