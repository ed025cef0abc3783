"""Building a document's slice of every table, in a process that never loads pandas."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_tables_are_built_without_loading_pandas_and_pandas_still_works_after():
    script = """
import sys
from pipeline.tables import without_pandas, build_tables
from pipeline.run import process_text
without_pandas()
doc = process_text("某市人民政府关于印发行动方案的通知\\n一、总体目标\\n(一)到2025年,覆盖率达到90%以上。\\n")
tables = build_tables([doc])
assert "pandas" not in sys.modules, "pandas loaded"
assert tables["targets"].num_rows == 1 and tables["tasks"].num_rows == 2
frame = tables["tasks"].to_pandas()  # asked for: pyarrow loads pandas then
assert list(frame["path"]) == ["1", "1.1"]
"""
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_built_tables_equal_ones_built_from_their_values():
    import pyarrow as pa

    from pipeline.run import process_text
    from pipeline.schema import TABLES
    from pipeline.tables import _table, build_tables

    doc = process_text("某市人民政府关于印发行动方案的通知\n一、总体目标\n(一)到2025年,覆盖率达到90%以上,"
                       "新增就业1万人。(责任单位:市人社局)\n二、保障措施\n")
    for name, table in build_tables([doc]).items():
        columns = {c: table.column(c).to_pylist() for c in table.column_names}
        assert table.equals(pa.Table.from_pydict(columns, schema=table.schema)), name
        assert table.schema.equals(TABLES[name], check_metadata=True) or name == "documents"
        empty = _table({c: [] for c in TABLES[name].names}, TABLES[name])
        assert empty.num_rows == 0 and empty.schema.equals(TABLES[name])


def test_a_process_writing_tables_takes_arrow_buffers_from_malloc_unless_a_pool_is_named():
    script = """
import os
import pyarrow as pa
from pipeline.tables import plain_allocator
plain_allocator()
expected = os.environ.get("ARROW_DEFAULT_MEMORY_POOL") or "system"
assert pa.default_memory_pool().backend_name == expected, pa.default_memory_pool().backend_name
"""
    for named in (None, "mimalloc"):  # (pyarrow's default pool on Linux)
        env = {k: v for k, v in os.environ.items() if k != "ARROW_DEFAULT_MEMORY_POOL"}
        if named:
            env["ARROW_DEFAULT_MEMORY_POOL"] = named
        done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, env=env)
        assert done.returncode == 0, done.stderr
