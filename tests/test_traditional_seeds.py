"""A traditional-character copy of each seed gives the rows of the seed: the copy is made
with OpenCC s2t, s2hk or s2tw (phrases included, in the forms a Hong Kong or Taiwan editor
would write) and read back through normalisation's traditional-to-simplified conversion."""
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


# OpenCC's traditional forms for every seed; Hong Kong and Taiwan forms (衞生, 爲, 綫) for
# two of the seeds with responsible units.
COPIES = [(seed, "s2t") for seed in SEEDS] + [(seed, variant) for seed in SEEDS[1:2] + SEEDS[3:4]
                                              for variant in ("s2hk", "s2tw")]


@pytest.mark.parametrize("seed,variant", COPIES, ids=lambda x: x.stem if isinstance(x, Path) else x)
def test_traditional_copy_of_a_seed_gives_the_seed_rows(seed, variant):
    text = seed.read_text("utf-8")
    traditional = opencc.OpenCC(variant).convert(text)
    assert traditional != text
    plain, converted = process_text(text, seed.name), process_text(traditional, seed.name)
    assert plain.tasks and plain.targets
    assert any("traditional" in w for w in converted.warnings)
    assert not any("traditional" in w for w in plain.warnings)
    assert len(converted.text) == len(plain.text)  # every offset points at the same place
    assert rows(converted) == rows(plain)
