"""Every gold file reads as its readers wrote it.

YAML's flow mappings turn an unquoted `label: 1.` into the number 1.0 and cut an unquoted
heading at its first ASCII comma into a stray key (extra's shgov_0043/0054/0075 did both, so
their headings scored wrong for years of sessions). This checks the shape of every gold file:
the keys the gold format knows, strings where the format has text.
"""
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
GOLD_FILES = sorted([*ROOT.glob("tests/gold/*.yaml"), *ROOT.glob("tests/real/gold/*.yaml"),
                     *ROOT.glob("tests/real/*/gold/*.yaml"), *ROOT.glob("tests/real/second_reading/*.yaml")])

FILE_KEYS = {"source_file", "document", "tasks", "parameters_labelled"}
DOCUMENT_KEYS = {"title", "doc_number", "issuer", "issue_date", "plan_title", "region"}
TASK_KEYS = {"path", "label", "heading", "optional", "units", "deadlines", "targets", "parameters"}
ROW_KEYS = {
    "targets": {"indicator", "comparator", "value", "value_max", "unit", "kind", "deadline", "per",
                "baseline_year", "nature", "span_text", "optional"},
    "parameters": {"name", "comparator", "value", "value_max", "unit", "per", "span_text", "optional"},
    "deadlines": {"raw", "kind", "date", "start_date", "recurrence", "span_text", "optional"},
    "units": {"unit", "unit_raw", "role", "optional"},
}
TEXT_FIELDS = {"targets": ("indicator", "span_text"), "parameters": ("name", "span_text"),
               "deadlines": ("raw",), "units": ("unit",)}


def test_gold_files_are_found():
    assert len(GOLD_FILES) > 400


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_gold_file_shape(path):
    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert set(gold) <= FILE_KEYS, set(gold) - FILE_KEYS
    assert set(gold["document"]) <= DOCUMENT_KEYS, set(gold["document"]) - DOCUMENT_KEYS
    for task in gold["tasks"] or []:
        where = task.get("path")
        assert set(task) <= TASK_KEYS, (where, set(task) - TASK_KEYS)
        assert isinstance(where, str), f"path {where!r} is not a string (quote it)"
        for key in ("label", "heading"):
            assert task.get(key) is None or isinstance(task[key], str), \
                f"{where}: {key} {task[key]!r} is not a string (quote it)"
        for table, keys in ROW_KEYS.items():
            for row in task.get(table) or []:
                assert isinstance(row, dict) and set(row) <= keys, (where, table, row)
                for key in TEXT_FIELDS[table]:
                    assert row.get(key) is None or isinstance(row[key], str), (where, table, key, row[key])
