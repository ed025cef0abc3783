"""`make bench`: throughput of the whole pipeline, and time per stage, on one core.

Times are CPU seconds of this process (time.process_time), steadier than wall-clock time
on a shared machine; the pipeline is single-threaded, so they are its time on one core.

The corpus is the seeds replicated until it reaches the requested size; each copy gets a
distinct first line so no two documents are identical.
"""
from __future__ import annotations

import tempfile
import time
from collections import defaultdict
from pathlib import Path

from .run import find_inputs, process_corpus
from .tables import build_tables


def replicate(seeds: list[Path], target_bytes: int, folder: Path) -> list[Path]:
    copies, total, n = [], 0, 0
    while total < target_bytes:
        for seed in seeds:
            data = seed.read_bytes()
            path = folder / f"{n:05d}_{seed.name}"
            path.write_bytes(f"副本{n}\n".encode() + data if seed.suffix == ".txt" else data)
            copies.append(path)
            total += len(data)
            n += 1
    return copies


def bench(corpus: Path, megabytes: float) -> int:
    seeds = find_inputs(corpus)
    if not seeds:
        print(f"error: no input files under {corpus}")
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = replicate(seeds, int(megabytes * 1e6), folder)
        size = sum(p.stat().st_size for p in paths)
        # One-time costs (imports, jieba's dictionary, pyarrow's pandas shim) are paid on
        # a warm-up run and reported apart: throughput is what each further MB costs.
        t0 = time.process_time()
        build_tables(process_corpus(paths[:len(seeds)], folder).documents)
        warm_up = time.process_time() - t0
        started = time.process_time()
        result = process_corpus(paths, folder)
        t0 = time.process_time()
        build_tables(result.documents)
        table_seconds = time.process_time() - t0
        seconds = time.process_time() - started
    stages: dict[str, float] = defaultdict(float)
    for doc in result.documents:
        for name, s in doc.timings.items():
            stages[name] += s
    stages["tables"] = table_seconds
    mb = size / 1e6
    print(f"{len(paths)} notices, {mb:.1f} MB, {len(result.failures)} failed; "
          f"warm-up on the seeds (imports, dictionaries) {warm_up:.2f} s, not counted below")
    print(f"{'stage':<18}{'CPU s':>10}{'MB/s':>10}{'share':>8}")
    for name, s in stages.items():
        print(f"{name:<18}{s:>10.2f}{mb / s if s else float('inf'):>10.1f}{s / seconds:>8.0%}")
    print(f"{'total':<18}{seconds:>10.2f}{mb / seconds:>10.1f}{'':>8}")
    print(f"throughput: {mb / seconds:.2f} MB/s, {len(paths) / seconds:.1f} notices/s (goal 5 MB/s)")
    return 0
