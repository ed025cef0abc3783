"""End to end through the CLI: bad files are reported and skipped; outputs replaced atomically."""
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline import cli, tables
from pipeline.schema import TABLES

SEED = Path(__file__).resolve().parent.parent / "corpus" / "003_a564f10642a1edd4.txt"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    (folder / "nested").mkdir(parents=True)
    (folder / "nested" / "good.txt").write_bytes(SEED.read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 50)
    (folder / "ignored.pdf").write_bytes(b"%PDF-1.4")
    return folder


def test_bad_files_are_named_and_skipped_and_good_ones_extracted(corpus, tmp_path, capsys):
    out = tmp_path / "out"
    assert cli.main(["extract", "--corpus", str(corpus), "--output", str(out), "--quiet"]) == 0
    err = capsys.readouterr().err
    assert "empty.txt: empty file" in err and "binary.txt:" in err
    for name, schema in TABLES.items():
        assert pq.read_schema(out / f"{name}.parquet").equals(schema, check_metadata=False)
    docs = pq.read_table(out / "documents.parquet").to_pylist()
    assert [d["source_file"] for d in docs] == ["nested/good.txt"]


def test_run_with_no_readable_file_fails_and_keeps_previous_outputs(corpus, tmp_path):
    out = tmp_path / "out"
    cli.main(["extract", "--corpus", str(corpus), "--output", str(out), "--quiet"])
    before = (out / "tasks.parquet").read_bytes()
    (corpus / "nested" / "good.txt").unlink()
    assert cli.main(["extract", "--corpus", str(corpus), "--output", str(out), "--quiet"]) == 1
    assert (out / "tasks.parquet").read_bytes() == before


def test_a_write_failing_midway_leaves_every_previous_table_intact(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    cli.main(["extract", "--corpus", str(corpus), "--output", str(out), "--quiet"])
    before = {p.name: p.read_bytes() for p in out.glob("*.parquet")}
    real_write, calls = tables.pq.write_table, []

    def failing_write(table, where):
        calls.append(where)
        if len(calls) == 3:
            raise OSError("disk full")
        real_write(table, where)

    monkeypatch.setattr(tables.pq, "write_table", failing_write)
    assert cli.main(["extract", "--corpus", str(corpus), "--output", str(out), "--quiet"]) == 1
    assert {p.name: p.read_bytes() for p in out.glob("*.parquet")} == before
    assert not list(out.glob(".*tmp"))
