"""One reader of the output tables (tables.read, tables.read_set) behind every command that
reads them: it follows the `current` link once, and an older set's missing row tables
read as empty."""
from pathlib import Path

import pytest

from pipeline import cli, tables
from pipeline.evaluate import load_tables as evaluate_tables
from pipeline.report.writing import load_tables as report_tables
from pipeline.review.rows import load_tables as review_tables
from pipeline.schema import TABLES

REAL = Path(__file__).resolve().parent / "real" / "corpus"


def extract(corpus: Path, out: Path) -> None:
    assert cli.main(["extract", "--corpus", str(corpus), "--output", str(out), "--quiet", "--workers", "1"]) == 0


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in sorted(REAL.glob("*.txt"))[:6]:
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


def test_tables_are_read_from_the_set_current_points_to(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    extract(corpus, out)
    folder = tables.set_folder(out)
    assert folder != out and folder.parent.name == ".sets"
    first = sorted(corpus.iterdir())[0]
    assert first.name in tables.read(out, "documents", ["source_file"]).column("source_file").to_pylist()
    first.unlink()  # the next run's set lacks this notice
    extract(corpus, out)
    assert tables.set_folder(out) != folder
    assert first.name not in tables.read(out, "documents").column("source_file").to_pylist()
    # a set is resolved once for all its tables, not once per table
    resolved = []
    real_set_folder = tables.set_folder
    monkeypatch.setattr(tables, "set_folder", lambda path: resolved.append(path) or real_set_folder(path))
    tables.read_set(out)
    assert resolved[0] == out and all(p == resolved[1] for p in resolved[1:]) and resolved[1] != out


def test_a_row_table_an_older_set_lacks_reads_empty_with_its_columns(corpus, tmp_path):
    out = tmp_path / "out"
    extract(corpus, out)
    (tables.set_folder(out) / "parameters.parquet").unlink()
    parameters = tables.read(out, "parameters")
    assert parameters.num_rows == 0 and parameters.schema == TABLES["parameters"]
    assert tables.read(out, "parameters", ["doc_id", "value"]).column_names == ["doc_id", "value"]
    # every reader of the tables copes alike
    assert len(evaluate_tables(out)["parameters"]) == 0
    assert review_tables(out)["parameters"] == []
    assert len(report_tables(out)["parameters"]) == 0
    assert len(review_tables(out)["tasks"]) == len(evaluate_tables(out)["tasks"]) > 0


def test_missing_documents_or_tasks_are_named(tmp_path):
    (tmp_path / "empty").mkdir()
    for name in ("documents", "tasks"):
        with pytest.raises(FileNotFoundError, match=f"{name}.parquet not found"):
            tables.read(tmp_path / "empty", name)
    with pytest.raises(FileNotFoundError, match="documents.parquet"):
        review_tables(tmp_path / "empty")


def test_plain_table_files_without_a_current_link_are_read_too(corpus, tmp_path):
    out = tmp_path / "out"
    extract(corpus, out)
    plain = tmp_path / "plain"
    plain.mkdir()
    for name in TABLES:
        (plain / f"{name}.parquet").write_bytes((out / f"{name}.parquet").read_bytes())
    assert tables.set_folder(plain) == plain
    assert tables.read_set(plain) == tables.read_set(out)
