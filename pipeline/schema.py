"""The one place that defines the Parquet tables (SCHEMA.md): column names and types."""
from __future__ import annotations

import pyarrow as pa

DOCUMENTS = pa.schema([
    ("doc_id", pa.string()),
    ("source_file", pa.string()),
    ("title", pa.string()),
    ("plan_title", pa.string()),
    ("doc_number", pa.string()),
    ("issuer", pa.string()),
    ("issue_date", pa.date32()),
    ("region", pa.string()),
    ("province", pa.string()),
    ("prefecture", pa.string()),
    ("adcode", pa.string()),
    ("url", pa.string()),
    ("source_tag", pa.string()),
    ("duplicate_files", pa.list_(pa.string())),
    ("text", pa.string()),
    ("warnings", pa.list_(pa.string())),
])

TASKS = pa.schema([
    ("doc_id", pa.string()),
    ("task_id", pa.string()),
    ("path", pa.string()),
    ("parent_path", pa.string()),
    ("level", pa.int32()),
    ("label", pa.string()),
    ("heading", pa.string()),
    ("text", pa.string()),
    ("is_leaf", pa.bool_()),
    ("char_start", pa.int64()),
    ("char_end", pa.int64()),
])

TARGETS = pa.schema([
    ("doc_id", pa.string()),
    ("task_id", pa.string()),
    ("target_id", pa.string()),
    ("indicator", pa.string()),
    ("indicator_key", pa.string()),
    ("comparator", pa.string()),
    ("value", pa.float64()),
    ("value_max", pa.float64()),
    ("unit", pa.string()),
    ("kind", pa.string()),
    ("per", pa.string()),
    ("baseline_year", pa.int32()),
    ("deadline", pa.date32()),
    ("nature", pa.string()),
    ("span_text", pa.string()),
    ("char_start", pa.int64()),
    ("char_end", pa.int64()),
    ("sentence", pa.string()),
])

PARAMETERS = pa.schema([
    ("doc_id", pa.string()),
    ("task_id", pa.string()),
    ("parameter_id", pa.string()),
    ("name", pa.string()),
    ("name_key", pa.string()),
    ("comparator", pa.string()),
    ("value", pa.float64()),
    ("value_max", pa.float64()),
    ("unit", pa.string()),
    ("per", pa.string()),
    ("span_text", pa.string()),
    ("char_start", pa.int64()),
    ("char_end", pa.int64()),
    ("sentence", pa.string()),
])

DEADLINES = pa.schema([
    ("doc_id", pa.string()),
    ("task_id", pa.string()),
    ("raw", pa.string()),
    ("kind", pa.string()),
    ("date", pa.date32()),
    ("start_date", pa.date32()),
    ("recurrence", pa.string()),
    ("char_start", pa.int64()),
    ("char_end", pa.int64()),
])

RESPONSIBILITIES = pa.schema([
    ("doc_id", pa.string()),
    ("task_id", pa.string()),
    ("unit", pa.string()),
    ("unit_raw", pa.string()),
    ("role", pa.string()),
    ("position", pa.int32()),
    ("char_start", pa.int64()),
    ("char_end", pa.int64()),
])

TABLES: dict[str, pa.Schema] = {
    "documents": DOCUMENTS,
    "tasks": TASKS,
    "targets": TARGETS,
    "parameters": PARAMETERS,
    "deadlines": DEADLINES,
    "responsibilities": RESPONSIBILITIES,
}


def documents_schema(extra_columns: list[str]) -> pa.Schema:
    """`documents` with a metadata sidecar's extra columns (strings, as the sidecar gives
    them) after the fixed ones (pipeline/sidecar.py)."""
    return pa.schema(list(DOCUMENTS) + [pa.field(name, pa.string()) for name in extra_columns])
