"""Worker processes: limits stop a file, not the run; outcomes in input order whatever N."""
import multiprocessing
import os
import signal
import threading
import time
from pathlib import Path

import pyarrow.parquet as pq

from pipeline import cli
from pipeline.document import Document
from pipeline.extracted import Extracted
from pipeline.run import Failure
from pipeline.workers import WORKER_NAME, Limits, extract_files

REAL = Path(__file__).resolve().parent / "real" / "corpus"
SEED = Path(__file__).resolve().parent.parent / "corpus" / "003_a564f10642a1edd4.txt"


def long_notice(copies: int) -> bytes:
    """A real notice many times over, each copy numbered so no copy is a duplicate."""
    text = SEED.read_text("utf-8")
    return "\n".join(f"第{i}部分\n{text}" for i in range(copies)).encode("utf-8")


def test_tables_are_the_same_bytes_with_one_worker_or_several(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in sorted(REAL.iterdir())[::4]:  # .txt and .html notices
        (corpus / path.name).write_bytes(path.read_bytes())
    outputs = {}
    for workers in (1, 2, 3):
        out = tmp_path / f"out{workers}"
        assert cli.main(["extract", "--corpus", str(corpus), "--output", str(out), "--quiet",
                         "--workers", str(workers)]) == 0
        outputs[workers] = {p.name: p.read_bytes() for p in sorted(out.glob("*.parquet"))}
    assert outputs[1] == outputs[2] == outputs[3]
    assert pq.read_table(tmp_path / "out2" / "documents.parquet").num_rows > 30


def test_a_file_past_the_time_limit_is_named_and_the_run_goes_on(tmp_path):
    import pipeline.warm  # noqa: F401  (one-time costs paid before the timed files)

    (tmp_path / "a_slow.txt").write_bytes(long_notice(400))  # 8 MB: seconds of work
    # with 2 workers, c_good waits in the pipe of the worker stopped on a_slow: sent again
    for name in ("b_good.txt", "c_good.txt"):
        (tmp_path / name).write_text(f"某市通知{name}\n一、总体目标\n到2025年,覆盖率达到80%。", "utf-8")
    for workers in (1, 2):
        outcomes = list(extract_files(sorted(tmp_path.glob("*.txt")), tmp_path, workers, Limits(seconds=0.1)))
        assert isinstance(outcomes[0], Failure) and "0.1 s time limit" in outcomes[0].reason
        assert outcomes[0].source_file == "a_slow.txt" and not outcomes[0].lasting
        for outcome in outcomes[1:]:
            assert isinstance(outcome, Extracted) and outcome.table("targets").num_rows
        assert [o.source_file for o in outcomes] == ["a_slow.txt", "b_good.txt", "c_good.txt"]


def test_a_time_limit_swallowed_once_still_stops_the_file(tmp_path, monkeypatch):
    """Python ignores an exception raised in a garbage-collector callback (Hypothesis
    installs one): the file must fail all the same, not run to its end."""
    from pipeline import workers
    from pipeline.run import TimeLimit

    def swallows_the_first_raise(path, root):
        try:
            time.sleep(1)
        except TimeLimit:
            pass  # as a gc callback would
        end = time.monotonic() + 1
        while time.monotonic() < end:
            pass
        return Document(source_file=path.name, raw="", text="")

    monkeypatch.setattr(workers, "extract_file", swallows_the_first_raise)
    (tmp_path / "a.txt").write_text("x", "utf-8")
    started = time.monotonic()
    outcome = workers.extract_in_process(tmp_path / "a.txt", tmp_path, Limits(seconds=0.1))
    assert isinstance(outcome, Failure) and "0.1 s time limit" in outcome.reason
    assert time.monotonic() - started < 1.0  # stopped by the second raise, not at the end


def test_a_file_past_the_memory_limit_is_named_and_the_run_goes_on(tmp_path):
    (tmp_path / "a_huge.txt").write_bytes("中国".encode() * 7_000_000)  # 42 MB, under the size limit
    (tmp_path / "b_good.txt").write_bytes(SEED.read_bytes())
    outcomes = list(extract_files(sorted(tmp_path.glob("*.txt")), tmp_path, 2,
                                  Limits(memory_bytes=100_000_000)))
    assert isinstance(outcomes[0], Failure) and "memory limit of 0.1 GB" in outcomes[0].reason
    assert isinstance(outcomes[1], Extracted) and outcomes[1].table("tasks").num_rows


def test_a_worker_that_dies_is_replaced_and_its_file_named(tmp_path, monkeypatch):
    from pipeline import workers as pool

    sent = []  # files handed to a worker that was ready for them
    original_send = pool._Worker.send

    def send(worker, *args):
        original_send(worker, *args)
        sent.append(args[1])

    monkeypatch.setattr(pool._Worker, "send", send)
    busy = "\n".join(f"({i % 10})到{2020 + i % 10}年,指标{i}达到{i % 97}%以上。(责任单位:市局{i})"
                     for i in range(12_000))  # distinct lines: seconds of work
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(f"某市通知{name}\n{busy}", "utf-8")
    (tmp_path / "c.txt").write_bytes(SEED.read_bytes())
    killed = []

    def workers():
        return [c for c in multiprocessing.active_children() if c.name == WORKER_NAME]

    def kill_workers():
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(sent) < 2:
            time.sleep(0.01)
        time.sleep(0.2)  # both have their file
        for child in workers():
            os.kill(child.pid, signal.SIGKILL)
            killed.append(child.pid)

    threading.Thread(target=kill_workers, daemon=True).start()
    outcomes = list(extract_files(sorted(tmp_path.glob("*.txt")), tmp_path, 2, Limits()))
    assert len(killed) == 2
    assert [type(o).__name__ for o in outcomes] == ["Failure", "Failure", "Extracted"]
    assert all("worker process died (signal SIGKILL" in o.reason for o in outcomes[:2])


def test_workers_start_before_the_first_outcome_is_asked_for_and_stop_when_dropped(tmp_path):
    import gc

    (tmp_path / "a.txt").write_bytes(SEED.read_bytes())

    def workers():
        return [c for c in multiprocessing.active_children() if c.name == WORKER_NAME]

    before = set(workers())
    outcomes = extract_files([tmp_path / "a.txt"], tmp_path, 2, Limits())
    deadline = time.monotonic() + 60
    while not (started := [w for w in workers() if w not in before]) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(started) == 1  # one file: one worker, running before any outcome is asked for
    del outcomes  # never iterated: its worker is stopped all the same
    gc.collect()
    assert not any(w.is_alive() for w in started)
    assert [type(o).__name__ for o in extract_files([tmp_path / "a.txt"], tmp_path, 2, Limits())] == ["Extracted"]


def test_a_worker_extracts_a_file_without_loading_pyarrow(tmp_path):
    """Workers send columns of Python values; the parent alone converts them to Arrow, so a
    worker's start costs no pyarrow import (0.1 s each) and its memory holds none of it. They
    come pickled as the rerun cache keeps them (cache.pickles), for the parent to keep as they are."""
    import subprocess
    import sys

    from pipeline.tables import column_names

    script = f"""
import multiprocessing, sys
import pipeline.warm
from pipeline import workers
parent, child = multiprocessing.Pipe()
parent.send((0, {str(SEED)!r}, {str(SEED.parent)!r}))
parent.send(None)
workers._serve(child, 10 ** 10, {column_names()!r})
assert parent.recv() == workers.READY
index, head, columns = parent.recv()
outcome = workers.unpickled(head, columns)
assert outcome.columns["tasks"]["path"], outcome
assert "pyarrow" not in sys.modules, "pyarrow loaded"
"""
    done = subprocess.run([sys.executable, "-c", script], cwd=Path(__file__).resolve().parent.parent,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
