"""Each table also as a hive-partitioned Parquet dataset, by province and year.

    dataset/<table>/province=辽宁省/year=2021/part-0.parquet

`year` is the year of the document's issue date, `province` the province its region lies
in; every table's rows go under their document's partition, so a filter on either reads
only the files it needs. An unknown province is `未知` and an unknown year `0`: Hive's
null folder (`__HIVE_DEFAULT_PARTITION__`) makes pandas/pyarrow fail to read the dataset
as one table ("Cannot yet unify dictionaries with nulls"). Written row group by row group from the table files, so memory
holds one row group.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from .schema import TABLES

KEYS = pa.schema([("province", pa.string()), ("year", pa.int32())])
UNKNOWN = ("未知", 0)


def write_datasets(folder: Path, target: Path) -> None:
    keys = _document_keys(folder / "documents.parquet")
    for name in TABLES:
        source = pq.ParquetFile(folder / f"{name}.parquet")
        schema = _with_keys(source.schema_arrow)
        ds.write_dataset(_batches(source, keys, schema), target / name, schema=schema, format="parquet",
                         partitioning=ds.partitioning(KEYS, flavor="hive"),
                         basename_template="part-{i}.parquet", use_threads=False,
                         existing_data_behavior="error")
        source.close()


def _document_keys(path: Path) -> dict[str, tuple[str | None, int | None]]:
    """doc_id -> (province, year): small, one pair per document."""
    columns = [c for c in ("doc_id", "province", "region", "issue_date") if c in pq.read_schema(path).names]
    table = pq.read_table(path, columns=columns)
    ids = table.column("doc_id").to_pylist()
    place = table.column("province" if "province" in columns else "region").to_pylist()
    years = pc.year(table.column("issue_date")).to_pylist()
    return {d: (p or UNKNOWN[0], y or UNKNOWN[1]) for d, p, y in zip(ids, place, years)}


def _with_keys(schema: pa.Schema) -> pa.Schema:
    for key in KEYS:
        if key.name not in schema.names:
            schema = schema.append(key)
    return schema


def _batches(source: pq.ParquetFile, keys: dict, schema: pa.Schema) -> Iterator[pa.RecordBatch]:
    for i in range(source.num_row_groups):
        group = source.read_row_group(i)
        pairs = [keys.get(d, UNKNOWN) for d in group.column("doc_id").to_pylist()]
        for position, key in enumerate(KEYS):
            column = pa.array([p[position] for p in pairs], type=key.type)
            if key.name in group.schema.names:
                group = group.set_column(group.schema.get_field_index(key.name), key, column)
            else:
                group = group.append_column(key, column)
        yield from group.select(schema.names).to_batches()
