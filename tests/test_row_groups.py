"""Parquet files put together from row groups encoded apart, and reruns that copy them."""
import datetime
import struct
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline import cache, cli, row_groups, tables
from pipeline.row_groups import RowGroupFile, encode

REAL = Path(__file__).resolve().parent / "real" / "corpus"


def sample(n: int, start: int = 0) -> pa.Table:
    """Columns of the kinds the tables have: strings, repeats (dictionary pages), nulls,
    dates, lists, integers; statistics on all of them."""
    rows = range(start, start + n)
    return pa.Table.from_pydict({
        "doc_id": [f"{i // 3:016x}" for i in rows],
        "text": ["第" + "目标" * (i % 7) + f"{i}条" for i in rows],
        "issue_date": [None if i % 4 == 0 else datetime.date(2020, 1, 1 + i % 28) for i in rows],
        "warnings": [[f"w{j}" for j in range(i % 3)] for i in rows],
        "level": [i % 5 for i in rows],
        "value": [None if i % 6 == 0 else i / 7 for i in rows],
    }, schema=SCHEMA)


SCHEMA = pa.schema([("doc_id", pa.string()), ("text", pa.string()), ("issue_date", pa.date32()),
                    ("warnings", pa.list_(pa.string())), ("level", pa.int32()), ("value", pa.float64())])


def test_a_footer_read_and_written_back_is_the_same_bytes():
    data = encode(sample(300))
    length = struct.unpack("<I", data[-8:-4])[0]
    footer, _ = row_groups._split(data)
    assert row_groups._encode_struct(footer) == data[-8 - length:-8]


def test_parts_appended_read_as_one_table_in_every_reader(tmp_path):
    path = tmp_path / "t.parquet"
    file = RowGroupFile(path)
    pieces = [sample(0), sample(50, 0), sample(1, 50), sample(0), sample(400, 51)]
    for piece in pieces:
        file.append(encode(piece))
    file.close()
    assert file.rows == 451
    whole = pa.concat_tables(pieces)
    assert pq.read_table(path).equals(whole)
    meta = pq.ParquetFile(path).metadata
    assert meta.num_row_groups == 3  # empty parts add none
    for i, rows in enumerate((50, 1, 400)):
        group = pq.ParquetFile(path).read_row_group(i)
        assert group.num_rows == rows and group.equals(whole.slice(sum((50, 1, 400)[:i]), rows))
    assert duckdb.sql(f"SELECT count(*), sum(level), count(issue_date) FROM '{path}'").fetchall()[0] == (
        451, sum(whole.column("level").to_pylist()), whole.column("issue_date").drop_null().length())


def test_parts_of_other_schemas_are_refused(tmp_path):
    file = RowGroupFile(tmp_path / "t.parquet")
    file.append(encode(sample(5)))
    with pytest.raises(ValueError, match="different schemas"):
        file.append(encode(sample(5).drop_columns(["value"])))


def test_a_rerun_copies_unchanged_batches_and_writes_the_bytes_of_a_full_run(tmp_path, monkeypatch):
    monkeypatch.setattr(tables, "BATCH_DOCUMENTS", 3)  # batches of about 3 documents
    encoded = []
    real_encode = tables.encode
    monkeypatch.setattr(tables, "encode", lambda t: encoded.append(1) or real_encode(t))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    notices = sorted(p for p in REAL.iterdir() if p.suffix in (".txt", ".html"))[:40]
    for path in notices[::2]:
        (corpus / path.name).write_bytes(path.read_bytes())

    def extract(out, *extra):
        encoded.clear()
        assert cli.main(["extract", "--corpus", str(corpus), "--output", str(out), "--quiet",
                         "--workers", "1", *extra]) == 0
        return {p.name: p.read_bytes() for p in sorted(out.glob("*.parquet"))}, len(encoded)

    _, first = extract(tmp_path / "out")
    for path in notices[1:8:2]:  # 4 new files among the 20, sorting between the others
        (corpus / path.name).write_bytes(path.read_bytes())
    read = []  # cached documents whose rows were read back: those of the batches encoded again
    real_read = cache._Columns._read
    monkeypatch.setattr(cache._Columns, "_read", lambda s: read.append(s.key) or real_read(s))
    rerun, again = extract(tmp_path / "out")
    assert 0 < len(set(read)) < 20
    full, everything = extract(tmp_path / "full", "--full")
    assert rerun == full
    assert pq.ParquetFile(tmp_path / "full" / "tasks.parquet").metadata.num_row_groups >= 4
    assert 0 < again < everything  # some batches encoded again, not all
    assert everything > first  # more documents, more batches
