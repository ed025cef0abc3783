"""Large-corpus features: partitioned datasets, the Dask engine."""
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline import cli
from pipeline.schema import TABLES

REAL = Path(__file__).resolve().parent / "real" / "corpus"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for path in sorted(REAL.iterdir())[::6]:
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


def test_partitioned_datasets_hold_every_row_and_read_as_one_table(corpus, tmp_path):
    out = tmp_path / "out"
    assert cli.main(["extract", "--corpus", str(corpus), "--output", str(out), "--quiet", "--dataset"]) == 0
    for name in TABLES:
        table = pd.read_parquet(out / f"{name}.parquet")
        dataset = pd.read_parquet(out / "dataset" / name)  # pandas (pyarrow) reads the folder
        assert len(dataset) == len(table), name
        via_duckdb = duckdb.sql(f"SELECT count(*) FROM read_parquet('{out}/dataset/{name}/**/*.parquet', "
                                "hive_partitioning = true)").fetchall()[0][0]
        assert via_duckdb == len(table), name
        if len(table):
            assert sorted(map(str, dataset["doc_id"])) == sorted(table["doc_id"])
    folders = {p.name for p in (out / "dataset" / "documents").iterdir()}
    assert any(f.startswith("province=") and f != "province=未知" for f in folders)
    years = pd.read_parquet(out / "dataset" / "targets", columns=["year"])["year"].astype(int)
    assert years[years != 0].between(1990, 2100).all() and (years != 0).any()


def test_dask_engine_on_a_local_cluster_gives_the_local_tables(corpus, tmp_path):
    pytest.importorskip("distributed")
    local, dask = tmp_path / "local", tmp_path / "dask"
    assert cli.main(["extract", "--corpus", str(corpus), "--output", str(local), "--quiet", "--workers", "1"]) == 0
    assert cli.main(["extract", "--corpus", str(corpus), "--output", str(dask), "--quiet", "--engine", "dask"]) == 0
    for name in TABLES:
        assert (local / f"{name}.parquet").read_bytes() == (dask / f"{name}.parquet").read_bytes(), name
    assert pq.read_table(dask / "documents.parquet").num_rows > 20
