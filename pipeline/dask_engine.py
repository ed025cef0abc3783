"""`--engine dask`: the per-document function mapped over Dask partitions of the file list.

Without a scheduler address a local cluster is started (one single-threaded worker process
per core). With one, the cluster's workers must see the corpus at the same path (a shared
or replicated file system), and run this package at the same version.

Outcomes come back partition by partition in input order, a bounded number of partitions
ahead, so the tables are those of a local run and the client's memory stays flat. A
partition that fails on the cluster (a worker killed by its nanny for memory, say) is
extracted again here, file by file under the local limits, so the file at fault is named
and the others keep their rows.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from pathlib import Path

from .extracted import Extracted, extracted
from .run import Failure, extract_file
from .workers import Limits, default_workers, extract_files

PARTITION_FILES = 64


def _extract_partition(paths: list[str], root: str) -> list[Extracted | Failure]:
    return [extracted(extract_file(Path(p), Path(root))) for p in paths]


def extract_with_dask(paths: list[Path], root: Path, scheduler: str | None,
                      limits: Limits) -> Iterator[Extracted | Failure]:
    if not paths:
        return
    from distributed import Client, LocalCluster

    if scheduler:
        client, cluster = Client(scheduler), None
    else:
        cluster = LocalCluster(n_workers=default_workers(), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        partitions = [paths[i:i + PARTITION_FILES] for i in range(0, len(paths), PARTITION_FILES)]
        ahead = 2 * max(1, len(client.scheduler_info().get("workers", {})) or 1)
        queued: deque = deque()
        following = 0
        while following < len(partitions):
            while len(queued) < ahead and following + len(queued) < len(partitions):
                part = partitions[following + len(queued)]
                queued.append(client.submit(_extract_partition, [str(p) for p in part], str(root), pure=False))
            future = queued.popleft()
            try:
                outcomes = future.result()
            except Exception:  # the cluster lost it: each file again here, under the limits
                outcomes = list(extract_files(partitions[following], root, 1, limits))
            future.release()
            yield from outcomes
            following += 1
    finally:
        for future in queued:
            future.cancel()
        client.close()
        if cluster is not None:
            cluster.close()
