"""The output folder holds one complete set of tables at every instant, even across kills."""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline import cli
from pipeline.output_folder import OutputFolder
from pipeline.schema import TABLES

ROOT = Path(__file__).resolve().parent.parent
REAL = sorted((ROOT / "tests" / "real" / "corpus").glob("*.txt"))


def make_corpus(folder: Path, files: list[Path]) -> Path:
    folder.mkdir()
    for f in files:
        (folder / f.name).write_bytes(f.read_bytes())
    return folder


def read_set(out: Path) -> frozenset[str]:
    """The source files of the set the folder shows, after checking every table (through
    the `<name>.parquet` paths) belongs to that same set."""
    docs = pq.read_table(out / "documents.parquet")
    ids = set(docs.column("doc_id").to_pylist())
    for name in TABLES:
        table = pq.read_table(out / f"{name}.parquet")
        assert set(table.column("doc_id").to_pylist()) <= ids, name
    return frozenset(docs.column("source_file").to_pylist())


def _new_set(out: Path, before: set[str]) -> Path | None:
    fresh = [p for p in (out / ".sets").iterdir() if p.name not in before]
    return fresh[0] if fresh else None


# Instants to kill a run at, each the first moment the folder shows it: the run's set
# folder created (extraction under way), its documents table begun, its report written
# (every table complete, not yet switched), the `current` link switched (links and old
# set still to handle).
PHASES = {
    "extracting": lambda out, new, current: new is not None,
    "writing": lambda out, new, current: new is not None and (new / "documents.parquet").exists(),
    "complete": lambda out, new, current: new is not None and (new / "report.json").exists(),
    "switched": lambda out, new, current: os.readlink(out / "current") != current,
}


def test_a_kill_at_any_instant_leaves_one_complete_set(tmp_path):
    a = make_corpus(tmp_path / "a", REAL[:6])
    b = make_corpus(tmp_path / "b", REAL[6:12])
    out = tmp_path / "out"
    assert cli.main(["extract", "--corpus", str(b), "--output", str(out), "--quiet"]) == 0
    sets = {read_set(out): "b"}
    assert cli.main(["extract", "--corpus", str(a), "--output", str(out), "--quiet"]) == 0
    sets[read_set(out)] = "a"
    command = [sys.executable, "-m", "pipeline", "extract", "--output", str(out), "--quiet",
               "--workers", "1", "--full"]
    killed = []
    for i, (phase, reached) in enumerate(PHASES.items()):
        corpus = b if i % 2 == 0 else a
        before = {p.name for p in (out / ".sets").iterdir()}
        current = os.readlink(out / "current")
        run = subprocess.Popen(command + ["--corpus", str(corpus)], cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while run.poll() is None:
            try:
                if reached(out, _new_set(out, before), current):
                    run.send_signal(signal.SIGKILL)
                    break
            except FileNotFoundError:  # a folder removed while looked at
                pass
            time.sleep(0.0005)
        if run.wait() == -signal.SIGKILL:
            killed.append(phase)
        assert read_set(out) in sets  # all old or all new, readable as it is
    print("killed at", killed)
    assert len(killed) >= 2, killed
    # The next run removes whatever the killed ones left.
    assert cli.main(["extract", "--corpus", str(a), "--output", str(out), "--quiet"]) == 0
    assert sets[read_set(out)] == "a"
    assert len(list((out / ".sets").iterdir())) == 1
    assert not [p for p in out.iterdir() if p.name.startswith((".current-", ".link-"))]


def test_a_run_stopped_after_the_switch_shows_the_new_set(tmp_path, monkeypatch):
    a = make_corpus(tmp_path / "a", REAL[:3])
    b = make_corpus(tmp_path / "b", REAL[3:6])
    out = tmp_path / "out"
    assert cli.main(["extract", "--corpus", str(a), "--output", str(out), "--quiet"]) == 0

    def stop(self, folder):
        raise KeyboardInterrupt

    monkeypatch.setattr(OutputFolder, "_link_entries", stop)
    with pytest.raises(KeyboardInterrupt):
        cli.main(["extract", "--corpus", str(b), "--output", str(out), "--quiet"])
    assert read_set(out) == {f.name for f in REAL[3:6]}


def test_tables_written_before_sets_existed_become_links(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "documents.parquet").write_bytes(b"old")
    a = make_corpus(tmp_path / "a", REAL[:2])
    assert cli.main(["extract", "--corpus", str(a), "--output", str(out), "--quiet"]) == 0
    assert (out / "documents.parquet").is_symlink()
    assert read_set(out) == {f.name for f in REAL[:2]}


def test_waiting_run_proceeds_once_the_folder_is_free(tmp_path):
    out = tmp_path / "out"
    folder = OutputFolder(out).open()
    a = make_corpus(tmp_path / "a", REAL[:2])
    run = subprocess.Popen([sys.executable, "-m", "pipeline", "extract", "--corpus", str(a),
                            "--output", str(out), "--quiet", "--wait", "--workers", "1"], cwd=ROOT,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(1.0)
    assert run.poll() is None  # still waiting
    folder.close()
    assert run.wait(timeout=60) == 0
    assert read_set(out) == {f.name for f in REAL[:2]}
    assert os.path.exists(out / "report.json")
