"""End to end through the CLI: bad files are reported and skipped; outputs replaced atomically."""
import os
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline import cli, tables
from pipeline.output_folder import OutputFolder
from pipeline.run import find_inputs
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
    real_flush, calls = tables.TableWriter._flush, []

    def failing_flush(writer):
        calls.append(1)
        if len(calls) == 1:
            raise OSError("disk full")
        return real_flush(writer)

    monkeypatch.setattr(tables.TableWriter, "_flush", failing_flush)
    assert cli.main(["extract", "--corpus", str(corpus), "--output", str(out), "--quiet", "--full"]) == 1
    assert {p.name: p.read_bytes() for p in out.glob("*.parquet")} == before
    # The next run removes what the failed one left.
    monkeypatch.undo()
    assert cli.main(["extract", "--corpus", str(corpus), "--output", str(out), "--quiet"]) == 0
    assert len(list((out / ".sets").iterdir())) == 1


def test_second_run_into_a_folder_being_written_fails_at_once(corpus, tmp_path, capsys):
    out = tmp_path / "out"
    with OutputFolder(out).open():
        assert cli.main(["extract", "--corpus", str(corpus), "--output", str(out), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "being written by another run" in err and str(os.getpid()) in err
    assert "skipped" not in err  # no file was read
    assert not (out / "documents.parquet").exists()


def test_unwritable_output_is_reported_before_any_file_is_read(corpus, tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert cli.main(["extract", "--corpus", str(corpus), "--output", str(blocker / "out"), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "cannot write to output folder" in err and "skipped" not in err


def test_identical_texts_are_extracted_once_and_name_the_other_files(corpus, tmp_path):
    (corpus / "copy.txt").write_bytes(SEED.read_bytes())
    (corpus / "crlf.txt").write_bytes(SEED.read_bytes().replace(b"\n", b"\r\n"))  # same once normalised
    out = tmp_path / "out"
    assert cli.main(["extract", "--corpus", str(corpus), "--output", str(out), "--quiet"]) == 0
    docs = pq.read_table(out / "documents.parquet").to_pylist()
    assert [(d["source_file"], d["duplicate_files"]) for d in docs] == [("copy.txt", ["crlf.txt", "nested/good.txt"])]
    for name in TABLES:
        table = pq.read_table(out / f"{name}.parquet")
        assert set(table.column("doc_id").to_pylist()) <= {docs[0]["doc_id"]}
    tasks = pq.read_table(out / "tasks.parquet").column("task_id").to_pylist()
    assert len(tasks) == len(set(tasks))


def test_rerun_takes_unchanged_files_from_the_cache_and_full_redoes_them(corpus, tmp_path, capsys):
    out = tmp_path / "out"
    assert cli.main(["extract", "--corpus", str(corpus), "--output", str(out), "--quiet"]) == 0
    first = {p.name: p.read_bytes() for p in out.glob("*.parquet")}
    capsys.readouterr()
    made = os.readlink(out / "current")
    assert cli.main(["extract", "--corpus", str(corpus), "--output", str(out), "--quiet"]) == 0
    total = len(find_inputs(corpus))  # the good file and the lasting failures
    printed = capsys.readouterr()
    assert f"{total} from cache" in printed.out and "inputs unchanged" in printed.out
    assert "skipped empty.txt: empty file" in printed.err  # failures still named
    assert os.readlink(out / "current") == made  # nothing to redo, nothing rewritten
    assert {p.name: p.read_bytes() for p in out.glob("*.parquet")} == first
    (corpus / "new.txt").write_bytes(SEED.read_bytes() + "\n附:新增一行。".encode())
    assert cli.main(["extract", "--corpus", str(corpus), "--output", str(out), "--quiet"]) == 0
    assert f"{total} from cache" in capsys.readouterr().out  # the new file extracted, the others cached
    assert os.readlink(out / "current") != made
    assert cli.main(["extract", "--corpus", str(corpus), "--output", str(out), "--quiet", "--full"]) == 0
    assert "0 from cache" in capsys.readouterr().out


def test_a_rerun_skips_the_rules_check_its_rules_passed(corpus, tmp_path, monkeypatch):
    """The check every extract starts with runs once per version of the rules and code
    (cache.rules_checked), not on every rerun."""
    from pipeline import rules_check
    from pipeline.cache import rules_checked

    checks = []
    check = rules_check.check_rules
    monkeypatch.setattr(rules_check, "check_rules", lambda *a: checks.append(1) or check(*a))
    out = tmp_path / "out"
    for _ in range(2):
        assert cli.main(["extract", "--corpus", str(corpus), "--output", str(out), "--quiet"]) == 0
    assert len(checks) == 1 and rules_checked(out).exists()
    rules_checked(out).unlink()  # another version of the rules: checked again
    assert cli.main(["extract", "--corpus", str(corpus), "--output", str(out), "--quiet", "--full"]) == 0
    assert len(checks) == 2


def test_a_file_renamed_to_another_format_is_read_again_not_taken_from_the_cache(tmp_path):
    """The same bytes are read differently as .txt and .html (a fragment's markup is kept as
    lines of text, or taken apart as HTML: its table one cell a line, or one row a line; a whole
    page, from <html>, reads as a page either way): the cache keys a file's outcome by its format too."""
    seed = SEED.read_text("utf-8")
    page = ("<head><title>页面标题</title></head><body>"
            + "".join(f"<p>{line}</p>\n" for line in seed.splitlines())
            + "<table><tr><td>指标</td><td>目标值</td></tr><tr><td>覆盖率</td><td>90%</td></tr></table></body>")
    corpus, fresh = tmp_path / "corpus", tmp_path / "fresh"
    corpus.mkdir()
    fresh.mkdir()
    (corpus / "notice.txt").write_text(page, "utf-8")
    (fresh / "notice.html").write_text(page, "utf-8")
    out = tmp_path / "out"
    assert cli.main(["extract", "--corpus", str(corpus), "--output", str(out), "--quiet"]) == 0
    as_text = pq.read_table(out / "documents.parquet").to_pylist()[0]
    (corpus / "notice.txt").rename(corpus / "notice.html")
    assert cli.main(["extract", "--corpus", str(corpus), "--output", str(out), "--quiet"]) == 0
    assert cli.main(["extract", "--corpus", str(fresh), "--output", str(tmp_path / "out_fresh"), "--quiet"]) == 0
    rerun = pq.read_table(out / "documents.parquet").to_pylist()[0]
    as_html = pq.read_table(tmp_path / "out_fresh" / "documents.parquet").to_pylist()[0]
    assert as_html["text"] != as_text["text"]  # the two formats are read differently
    assert rerun["source_file"] == "notice.html" and rerun["text"] == as_html["text"]
