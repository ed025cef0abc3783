"""`make bench`: throughput, time per stage and peak memory on a replicated corpus.

The corpus (the real notices of tests/real/corpus, or the seeds) is replicated until it
reaches the requested size; each copy gets a distinct first line so no two documents are
identical (identical texts would be extracted once).

Reported:
- per stage: CPU seconds of each stage over the corpus, in this process (one core);
- end to end: `python -m pipeline extract` run as a child process with 1 worker and with
  every core, wall-clock seconds from start to exit (imports, warm-up and table writing
  included) and the peak of the summed resident memory of all its processes;
- the wall seconds of the run's parent process by phase (inputs read and hashed, waiting
  for the files' outcomes, tables written, report, set switched): what does not run on
  the workers;
- a rerun of the unchanged corpus (every file from the cache), and one with 10 new
  notices added (those extracted, the others from the cache);
- with `--large`, the same end-to-end run on a larger replica, to show memory stays flat.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

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


def run_extract(corpus: Path, output: Path, workers: int, full: bool = True) -> tuple[float, float, float]:
    """Wall seconds, peak memory (GB, all processes of the run summed) and CPU seconds (all
    its processes, the workers included) of one extract. On a machine others share, the CPU
    seconds say what the run costs when the wall clock cannot."""
    import psutil

    command = [sys.executable, "-m", "pipeline", "extract", "--corpus", str(corpus), "--output", str(output),
               "--quiet", "--workers", str(workers)] + (["--full"] if full else [])
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    process, peak, cpu = psutil.Process(child.pid), 0, {}
    while child.poll() is None:
        try:
            tree = [process, *process.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
            for p in tree:  # the last reading of each process (a worker's end is missed by < 50 ms)
                times = p.cpu_times()
                cpu[p.pid] = times.user + times.system
        except psutil.Error:
            pass
        time.sleep(0.05)
    seconds = time.perf_counter() - started
    if child.returncode != 0:
        raise RuntimeError(f"extract failed: {child.stderr.read().decode(errors='replace')[-500:]}")
    return seconds, peak / 1e9, sum(cpu.values())


def _parent_phases(output: Path) -> str:
    """The parent's wall seconds by phase, as the run recorded them (extract.Summary.parent)."""
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
        print("end to end (python -m pipeline extract, wall clock, start-up and tables included):")
        runs = {}
        for workers in sorted({1, cores}):
            seconds, peak, cpu = run_extract(folder, Path(tmp) / f"out{workers}", workers)
            runs[workers] = seconds
            print(f"  {workers} worker{'s' if workers > 1 else ' '} {seconds:7.1f} s  {mb / seconds:5.2f} MB/s  "
                  f"peak memory {peak:.2f} GB  CPU {cpu:.1f} s in all processes")
            print(f"    parent process, wall s: {_parent_phases(Path(tmp) / f'out{workers}')}")
        if cores > 1:
            print(f"  speed-up with {cores} workers: {runs[1] / runs[cores]:.2f}x")
        seconds, peak, _ = run_extract(folder, Path(tmp) / f"out{cores}", cores, full=False)
        print(f"  rerun, unchanged corpus: {seconds:.1f} s ({seconds / runs[cores]:.0%} of the first run), "
              f"peak memory {peak:.2f} GB")
        texts = [s for s in seeds if s.suffix.lower() in (".txt", ".html", ".htm")]
        for n, seed in enumerate(texts[:10]):  # 10 new notices among the others
            (folder / f"new_{n}{seed.suffix}").write_bytes(_distinct(seed.read_bytes(), seed.suffix.lower(), -1 - n))
        seconds, peak, _ = run_extract(folder, Path(tmp) / f"out{cores}", cores, full=False)
        print(f"  rerun, 10 new notices: {seconds:.1f} s ({seconds / runs[cores]:.0%} of the first run), "
              f"peak memory {peak:.2f} GB; parent, wall s: {_parent_phases(Path(tmp) / f'out{cores}')}")
        if large:
            big = Path(tmp) / "large"
            big.mkdir()
            big_mb = sum(p.stat().st_size for p in replicate(seeds, int(large * 1e6), big)) / 1e6
            seconds, peak, _ = run_extract(big, Path(tmp) / "out_large", cores)
            print(f"  {big_mb:.0f} MB with {cores} workers: {seconds:.1f} s  {big_mb / seconds:.2f} MB/s  "
                  f"peak memory {peak:.2f} GB")
    return 0
