"""`make bench`: throughput, time per stage and peak memory on a replicated corpus.

The corpus (the real notices of tests/real/corpus, or the seeds) is replicated until it
reaches the requested size; each copy gets a distinct first line so no two documents are
identical (identical texts would be extracted once).

Reported:
- per stage: CPU seconds of each stage over the corpus, in this process (one core);
- end to end: `python -m pipeline extract` run as a child process with 1 worker and with
  every core, alternating, three rounds (on a shared machine only runs made back to back
  compare), wall-clock seconds from start to exit (imports, warm-up and table writing
  included), the peak of the summed resident memory of all its processes and their CPU
  seconds (the parent, the fork server, the workers) with the load average; the median
  run of each, and the speed-up of each round;
- the CPU seconds of the run's parent process by phase (inputs read and hashed, the files'
  outcomes, tables written, report): what does not run on the workers;
- a rerun of the unchanged corpus (every file from the cache), one with 10 new notices
  added after the others (file names sorting last), and one with 10 more among them (those
  extracted, the others from the cache, unchanged batches of row groups copied);
- with `--large`, the same end-to-end run on a larger replica, to show memory stays flat.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import NamedTuple

from .run import Failure, extract_file, find_inputs
from .workers import default_workers


def replicate(seeds: list[Path], target_bytes: int, folder: Path) -> list[Path]:
    seeds = [s for s in seeds if s.suffix.lower() in (".txt", ".html", ".htm")]
    copies, total, n = [], 0, 0
    while total < target_bytes:
        for seed in seeds:
            path = folder / f"{n:05d}_{seed.name}"
            path.write_bytes(_distinct(seed.read_bytes(), seed.suffix.lower(), n))
            copies.append(path)
            total += path.stat().st_size
            n += 1
    return copies


def _distinct(data: bytes, suffix: str, n: int) -> bytes:
    mark = f"副本{n}"
    if suffix == ".txt":
        for codec in ("utf-8", "gb18030"):
            try:
                return (mark + "\n" + data.decode(codec)).encode(codec)
            except UnicodeDecodeError:
                continue
        return data
    body = re.search(rb"<body[^>]*>", data, re.I)
    at = body.end() if body else 0
    return data[:at] + f"<p>{mark}</p>".encode() + data[at:]


def stage_seconds(paths: list[Path], root: Path) -> dict[str, float]:
    """CPU seconds per stage over every file, in this process (documents not kept)."""
    stages: dict[str, float] = defaultdict(float)
    for path in paths:
        outcome = extract_file(path, root)
        if not isinstance(outcome, Failure):
            for name, seconds in outcome.timings.items():
                stages[name] += seconds
    return stages


class Run(NamedTuple):
    seconds: float  # wall clock, start to exit
    peak_gb: float  # peak of the summed resident memory of all the run's processes
    cpu: dict[str, float]  # CPU seconds by process: parent, fork server, workers (summed)

    @property
    def cpu_total(self) -> float:
        return sum(self.cpu.values())

    def cpu_line(self) -> str:
        return f"CPU {self.cpu_total:.1f} s (" + ", ".join(f"{k} {v:.1f}" for k, v in self.cpu.items() if v) + ")"


def run_extract(corpus: Path, output: Path, workers: int, full: bool = True) -> Run:
    """One extract as a child process. On a machine others share, the CPU seconds say what
    the run costs when the wall clock cannot."""
    import psutil

    command = [sys.executable, "-m", "pipeline", "extract", "--corpus", str(corpus), "--output", str(output),
               "--quiet", "--workers", str(workers)] + (["--full"] if full else [])
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    process, peak, cpu, role = psutil.Process(child.pid), 0, {}, {child.pid: "parent"}
    while child.poll() is None:
        try:
            tree = [process, *process.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
            for p in tree:  # the last reading of each process (a worker's end is missed by < 50 ms)
                times = p.cpu_times()
                cpu[p.pid] = times.user + times.system
                if role.get(p.pid) in (None, "other"):  # the fork server is the parent's child (once
                    # it has started the interpreter); workers are its children
                    role[p.pid] = ("workers" if p.ppid() != child.pid else
                                   "fork server" if "forkserver" in " ".join(p.cmdline()) else "other")
        except psutil.Error:
            pass
        time.sleep(0.05)
    seconds = time.perf_counter() - started
    if child.returncode != 0:
        raise RuntimeError(f"extract failed: {child.stderr.read().decode(errors='replace')[-500:]}")
    by_role = dict.fromkeys(("parent", "fork server", "workers", "other"), 0.0)
    for pid, seconds_cpu in cpu.items():
        by_role[role.get(pid, "workers")] += seconds_cpu
    return Run(seconds, peak / 1e9, by_role)


# Runs of each worker count, alternating: on a shared machine only runs made back to back compare.
PAIRS = 3


def _median(runs: list[Run]) -> Run:
    return sorted(runs, key=lambda run: run.cpu_total)[len(runs) // 2]


def _parent_phases(output: Path) -> str:
    """The parent's CPU seconds by phase, as the run recorded them (extract.Summary.parent)."""
    summary = json.loads((output / "current" / "inputs.json").read_text("utf-8"))["summary"]
    return ", ".join(f"{phase} {seconds:.2f}" for phase, seconds in summary.get("parent", {}).items())


def bench(corpus: Path, megabytes: float, large: float | None = None) -> int:
    seeds = find_inputs(corpus)
    if not seeds:
        print(f"error: no input files under {corpus}")
        return 2
    cores = default_workers()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        paths = replicate(seeds, int(megabytes * 1e6), folder)
        mb = sum(p.stat().st_size for p in paths) / 1e6
        print(f"{corpus}: {len(seeds)} files replicated to {len(paths)} notices, {mb:.1f} MB")
        stage_seconds(paths[:len(seeds)], folder)  # one-time costs (imports, dictionaries)
        stages = stage_seconds(paths, folder)
        total = sum(stages.values())
        print(f"{'stage':<18}{'CPU s':>10}{'MB/s':>10}{'share':>8}")
        for name, s in stages.items():
            print(f"{name:<18}{s:>10.2f}{mb / s if s else float('inf'):>10.1f}{s / total:>8.0%}")
        print(f"{'all stages':<18}{total:>10.2f}{mb / total:>10.1f}")
        print(f"end to end (python -m pipeline extract, start-up and tables included), {PAIRS} rounds of runs "
              f"back to back, each worker count once a round:")
        rounds: dict[int, list[Run]] = {workers: [] for workers in sorted({1, cores})}
        for _ in range(PAIRS):
            for workers, made in rounds.items():
                run = run_extract(folder, Path(tmp) / f"out{workers}", workers)
                made.append(run)
                # MB per CPU second: the throughput per core a run would have alone on the
                # machine, which the wall clock of a shared machine does not show
                print(f"  {workers} worker{'s' if workers > 1 else ' '} {run.seconds:7.1f} s  {mb / run.seconds:5.2f} MB/s  "
                      f"{mb / run.cpu_total:5.2f} MB per CPU s  peak memory {run.peak_gb:.2f} GB  {run.cpu_line()}  "
                      f"load {os.getloadavg()[0]:.1f}")
                print(f"    parent process, CPU s: {_parent_phases(Path(tmp) / f'out{workers}')}")
        runs = {workers: _median(made) for workers, made in rounds.items()}  # the median run by CPU seconds
        for workers, run in runs.items():
            print(f"  median of {PAIRS}, {workers} worker{'s' if workers > 1 else ''}: {mb / run.cpu_total:.2f} MB per CPU s, "
                  f"{run.seconds:.1f} s, peak memory {run.peak_gb:.2f} GB")
        if cores > 1:
            # On a shared machine the wall clock says more about the others' load than about
            # the run: beside it, the speed-up the CPU seconds allow (every core busy all along).
            walls = [one.seconds / many.seconds for one, many in zip(rounds[1], rounds[cores])]
            allowed = [cores * one.cpu_total / many.cpu_total for one, many in zip(rounds[1], rounds[cores])]
            print(f"  speed-up with {cores} workers, by round: {', '.join(f'{x:.2f}' for x in walls)}x (wall clock, "
                  f"load {os.getloadavg()[0]:.1f}); at most {', '.join(f'{x:.2f}' for x in allowed)}x from the CPU seconds")
        out = Path(tmp) / f"out{cores}"
        run = run_extract(folder, out, cores, full=False)
        print(f"  rerun, unchanged corpus: {run.seconds:.1f} s ({run.seconds / runs[cores].seconds:.0%} of the first run; "
              f"CPU {run.cpu_total / runs[cores].cpu_total:.0%} of its CPU), peak memory {run.peak_gb:.2f} GB  "
              f"load {os.getloadavg()[0]:.1f}")
        texts = [s for s in seeds if s.suffix.lower() in (".txt", ".html", ".htm")]
        # 10 new notices after the others (file names sort last), then 10 among them
        for turn, (where, names) in enumerate((("after the others", lambda n, seed: f"new_{n}{seed.suffix}"),
                                                ("among the others", lambda n, seed: f"{n * len(paths) // 10:05d}a_{seed.name}"))):
            for n, seed in enumerate(texts[:10]):  # a distinct mark: new content, not a copy of a known file
                (folder / names(n, seed)).write_bytes(_distinct(seed.read_bytes(), seed.suffix.lower(), -1 - n - 10 * turn))
            run = run_extract(folder, out, cores, full=False)
            summary = json.loads((out / "current" / "inputs.json").read_text("utf-8"))["summary"]
            print(f"  rerun, 10 new notices {where}: {run.seconds:.1f} s ({run.seconds / runs[cores].seconds:.0%} of the first run; "
                  f"CPU {run.cpu_total / runs[cores].cpu_total:.0%} of its CPU), "
                  f"{run.cpu_line()}, {summary.get('batches_copied', 0)} batches copied; "
                  f"parent, CPU s: {_parent_phases(out)}  load {os.getloadavg()[0]:.1f}")
        if large:
            big = Path(tmp) / "large"
            big.mkdir()
            big_mb = sum(p.stat().st_size for p in replicate(seeds, int(large * 1e6), big)) / 1e6
            run = run_extract(big, Path(tmp) / "out_large", cores)
            print(f"  {big_mb:.0f} MB with {cores} workers: {run.seconds:.1f} s  {big_mb / run.seconds:.2f} MB/s  "
                  f"{big_mb / run.cpu_total:.2f} MB per CPU s  peak memory {run.peak_gb:.2f} GB  {run.cpu_line()}  "
                  f"load {os.getloadavg()[0]:.1f}")
    return 0
