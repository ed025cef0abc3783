"""Worker processes: every file extracted under a time and a memory limit.

Each file goes to a worker process whose address space may grow by the memory limit and
no more (setrlimit). A file that
runs past its time is stopped by killing its worker; one that needs more memory than the
cap fails its allocation (MemoryError) or its worker dies. Either way the file is named
with the reason, the worker is replaced and the run goes on. Results come back in input
order, whatever the number of workers, so the tables are the same byte for byte.

With one worker the files run in this process, as before workers existed: the time limit
is then a timer signal (it stops Python code and regular expressions, not a C library
stuck in one call) and the memory limit is not applied.
"""
from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import math
import resource
import select
import signal
import threading
import time
import weakref
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .cache import pickles, unpickled
from .ingest import source_name
from .run import Failure, TimeLimit, extract_file

if TYPE_CHECKING:
    from .extracted import Extracted

    Outcome = Extracted | Failure


# Where the parent keeps an outcome for reruns (cache.ResultCache.keep): by the file's entry
# name, with the pickles the worker sent (cache.pickles), if any.
Keep = Callable[[str, "Outcome", "tuple[bytes, bytes | None] | None"], None]


@dataclass(frozen=True)
class Limits:
    """Per-file limits. Real notices take well under a second and 100 MB; the defaults
    leave room for a 50 MB file (the ingest size limit) and stop only runaway ones."""
    seconds: float = 60.0
    memory_bytes: int = 1_500_000_000


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def extract_files(paths: Iterable[Path], root: Path, workers: int, limits: Limits,
                  entries: Iterable[str | None] | None = None, keep: Keep | None = None) -> Iterator[Outcome]:
    """The outcome of every file, in input order: its rows and report figures built where
    it was extracted (extracted.py), or the reason it gave none. Each outcome is also
    given to `keep` under its entry name in `entries` (the rerun cache), if given."""
    paths = list(paths)
    entries = list(entries) if entries is not None else [None] * len(paths)
    if workers <= 1:
        return (extract_in_process(path, root, limits, entry, keep) for path, entry in zip(paths, entries))
    # The workers start now, in the background, not at the first outcome asked for: their
    # start-up overlaps what the caller does first (a rerun reads its cached outcomes).
    return _Pool(workers, limits).map(paths, root, entries, keep)


def extract_in_process(path: Path, root: Path, limits: Limits, entry: str | None = None,
                       keep: Keep | None = None) -> Outcome:
    from .extracted import extracted

    timer = _Timer(limits.seconds)
    try:
        with timer, fewer_collections():
            outcome = extracted(extract_file(path, root))
    except TimeLimit:
        return _time_failure(path, root, limits)
    except MemoryError:
        return Failure(source_name(path, root)[0], "out of memory", lasting=False)
    # The timer's exception can be swallowed where Python ignores exceptions (a garbage
    # collector callback, a __del__); a file that ran past its time fails all the same.
    if timer.expired:
        return _time_failure(path, root, limits)
    if entry is not None and keep is not None:
        keep(entry, outcome, None)
    return outcome


# A file's stages allocate many short-lived objects and make few cycles: the cyclic garbage
# collector's pass every 700 allocations (Python's default) took 1.5% of a run's CPU (0.15 s
# on the 22 MB replica of make bench), one every 10,000 takes 0.05 s.
GC_ALLOCATIONS = 10_000


@contextlib.contextmanager
def fewer_collections():
    previous = gc.get_threshold()
    gc.set_threshold(GC_ALLOCATIONS, *previous[1:])
    try:
        yield
    finally:
        gc.set_threshold(*previous)


class _Timer:
    """A timer signal that raises TimeLimit when the time is up, and again every 50 ms
    until the file ends, in case one raise lands where Python swallows it."""

    def __init__(self, seconds: float):
        self.seconds, self.expired, self.armed, self.previous = seconds, False, False, None

    def _stop(self, signum, frame):
        self.expired = True
        raise TimeLimit()

    def __enter__(self):
        try:
            self.previous = signal.signal(signal.SIGALRM, self._stop)
        except ValueError:  # not the main thread: no timer signal there
            return self
        self.armed = True
        signal.setitimer(signal.ITIMER_REAL, self.seconds, 0.05)
        return self

    def __exit__(self, *exc):
        if self.armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)
        return False


def _time_failure(path: Path, root: Path, limits: Limits) -> Failure:
    return Failure(source_name(path, root)[0],
                   f"stopped after the {limits.seconds:g} s time limit (--time-limit)", lasting=False)


# Workers are forked from a small server process that has warmed the stages up (warm.py) but
# holds neither pyarrow nor the caller's threads: they start fast, with little address space used.
_CONTEXT = multiprocessing.get_context("forkserver")
_CONTEXT.set_forkserver_preload(["pipeline.warm"])


def start_fork_server() -> None:
    """Start the fork server now rather than with the first worker."""
    from multiprocessing import forkserver

    forkserver.ensure_running()


def _serve(conn, memory_bytes: int, names: dict[str, list[str]]) -> None:
    """A worker's life: extract the files it is sent until told to stop or out of memory.
    `names`: each table's fixed columns, from the parent (the worker never loads pyarrow)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    # The cap is on growth: libraries loaded in the warm-up reserve much address space
    # they never touch (over 1 GB), which the file should not be charged for.
    from .extracted import extracted
    from .run import process_text
    from .warm import NOTICE

    extracted(process_text(NOTICE), names)  # first uses paid before the first file's time starts

    gc.set_threshold(GC_ALLOCATIONS, *gc.get_threshold()[1:])  # (the process only extracts files)
    cap = _address_space() + memory_bytes
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    conn.send(READY)  # a file's time starts now, not during these imports
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        index, path, root = job
        try:
            # sent pickled as the rerun cache keeps it: the parent keeps these bytes as they are
            head, columns = pickles(extracted(extract_file(Path(path), Path(root)), names))
        except MemoryError:
            head = columns = None  # the parent names the file; this process may be in a bad state
        conn.send((index, head, columns))
        if head is None:
            return


def _address_space() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


WORKER_NAME = "policy-extract-worker"
DEPTH = 3  # files a worker holds at most: the one it works on, and the next ones waiting
READY = "ready"
STARTUP_SECONDS = 120


class _Worker:
    def __init__(self, memory_bytes: int):
        from .tables import column_names  # pyarrow is loaded in this process already

        self.conn, child = _CONTEXT.Pipe()
        self.process = _CONTEXT.Process(target=_serve, args=(child, memory_bytes, column_names()), daemon=True,
                                        name=WORKER_NAME)
        self.process.start()
        child.close()
        # The files sent and not yet answered, in order: the first is the one it works on
        # (its time runs out at `deadline`), the others wait in its pipe.
        self.pending: deque[tuple[int, Path, str | None]] = deque()  # index, file, cache entry
        self.deadline = 0.0
        self.ready = False
        # whether an answer is waiting in its pipe: one poll(2) call, as Connection.poll(0) makes, without building a
        # selector each time (asked once or more per file)
        self._answers = select.poll()
        self._answers.register(self.conn.fileno(), select.POLLIN)

    def answer_waiting(self) -> bool:
        return bool(self._answers.poll(0))

    def send(self, index: int, path: Path, root: Path, entry: str | None, seconds: float) -> None:
        if not self.ready:
            self._wait_ready()
        self.conn.send((index, str(path), str(root)))
        if not self.pending:
            self.deadline = time.monotonic() + seconds
        self.pending.append((index, path, entry))

    def answered(self, seconds: float) -> tuple[int, Path, str | None]:
        """The file it worked on, now answered; the next one's time starts."""
        self.deadline = time.monotonic() + seconds
        return self.pending.popleft()

    def _wait_ready(self) -> None:
        """Wait for the worker's start (a first short notice): OSError if
        it died first, like a send to a dead worker."""
        try:
            if self.conn.poll(STARTUP_SECONDS) and self.conn.recv() == READY:
                self.ready = True
                return
        except EOFError:
            pass
        raise OSError("worker process did not start")

    def stop(self) -> None:
        if self.conn.closed:  # stopped already
            return
        with contextlib.suppress(OSError):
            self.conn.send(None)
        self.process.join(timeout=1)
        self.kill()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


class _Starting:
    """Workers started in a thread: starting one waits for the fork server's warm-up (about
    a second), which the caller need not wait for."""

    def __init__(self, count: int, memory_bytes: int):
        self.workers: list[_Worker] = []
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._start, args=(count, memory_bytes), daemon=True)
        self.thread.start()

    def _start(self, count: int, memory_bytes: int) -> None:
        try:
            for _ in range(count):
                self.workers.append(_Worker(memory_bytes))
        except BaseException as e:  # raised to the caller by `started`
            self.error = e

    def started(self) -> list[_Worker]:
        self.thread.join()
        if self.error is not None:
            raise self.error
        return self.workers

    def stop(self) -> None:
        self.thread.join()
        for worker in self.workers:
            worker.stop()


def _wait(workers: list[_Worker], timeout: float) -> None:
    """Until one of the workers answers or ends, or `timeout` seconds: what multiprocessing.connection.wait does on
    Linux (poll(2) for input), without its selector's objects built for every call (the parent waits two or three
    times per file, and its CPU is taken from the workers' two cores)."""
    poller = select.poll()
    for worker in workers:
        poller.register(worker.conn.fileno(), select.POLLIN)
        poller.register(worker.process.sentinel, select.POLLIN)
    poller.poll(math.ceil(timeout * 1000))


class _Pool:
    def __init__(self, count: int, limits: Limits):
        self.count, self.limits = count, limits

    def map(self, paths: list[Path], root: Path, entries: list[str | None], keep: Keep | None) -> Iterator[Outcome]:
        """The outcomes in input order; the workers start now, in the background."""
        self.keep = keep
        starting = _Starting(min(self.count, len(paths)), self.limits.memory_bytes)
        outcomes = self._outcomes(starting, paths, root, entries)
        # A generator dropped before its first outcome never runs its `finally`.
        weakref.finalize(outcomes, starting.stop)
        return outcomes

    def _outcomes(self, starting: _Starting, paths: list[Path], root: Path,
                  entries: list[str | None]) -> Iterator[Outcome]:
        jobs = deque((i, (path, entry)) for i, (path, entry) in enumerate(zip(paths, entries)))
        total = len(jobs)
        # Results wait here until every earlier file's is out; dispatching stops this far
        # ahead of the oldest unfinished file, so a slow file holds back a bounded number.
        window = 8 * self.count
        done: dict[int, Outcome] = {}
        following = 0
        try:
            workers = starting.started()  # replacements take their place in this list
            while following < total:
                self._dispatch(workers, jobs, following + window, root)
                busy = [w for w in workers if w.pending]
                timeout = max(0.0, min(w.deadline for w in busy) - time.monotonic())
                _wait(busy, timeout)
                for i, worker in enumerate(workers):
                    if not worker.pending:
                        continue
                    outcomes, unanswered = self._collect(worker, root)
                    done.update(outcomes)
                    if unanswered is not None:  # stopped: its waiting files go to the others
                        worker.kill()
                        workers[i] = _Worker(self.limits.memory_bytes)
                        jobs = deque(sorted([*jobs, *unanswered]))
                while following in done:
                    yield done.pop(following)
                    following += 1
        finally:
            starting.stop()

    def _dispatch(self, workers: list[_Worker], jobs: deque, before: int, root: Path) -> None:
        """Send files in order, each to the worker with the fewest waiting, up to DEPTH each:
        a worker that has its next file already need not wait for this process (busy
        writing a batch, or not scheduled on a shared machine) between files."""
        while jobs and jobs[0][0] < before:
            i = min(range(len(workers)), key=lambda i: len(workers[i].pending))
            worker = workers[i]
            if len(worker.pending) >= DEPTH:
                return
            index, (path, entry) = jobs.popleft()
            try:
                worker.send(index, path, root, entry, self.limits.seconds)
            except OSError:  # died since its last file
                if worker.pending:  # _collect names its file and sends the others again
                    jobs.appendleft((index, (path, entry)))
                    return
                worker.kill()  # replace and resend
                workers[i] = worker = _Worker(self.limits.memory_bytes)
                worker.send(index, path, root, entry, self.limits.seconds)

    def _collect(self, worker: _Worker, root: Path) -> tuple[list[tuple[int, Outcome]], list | None]:
        """The outcomes the worker has sent, by index; and, if it must be replaced (its
        file failed at a limit, or it died), the files it had not started, to send again
        (else None)."""
        outcomes: list[tuple[int, Outcome]] = []
        failure = None
        try:
            while worker.pending and worker.answer_waiting():
                _, head, columns = worker.conn.recv()
                index, path, entry = worker.answered(self.limits.seconds)
                if head is None:
                    failure = index, Failure(source_name(path, root)[0],
                                             f"memory limit of {self.limits.memory_bytes / 1e9:g} GB "
                                             "exceeded (--memory-limit)", lasting=False)
                    break
                outcome = unpickled(head, columns)
                if entry is not None and self.keep is not None:
                    self.keep(entry, outcome, (head, columns))
                outcomes.append((index, outcome))
        except (EOFError, OSError):
            pass
        if failure is None and worker.pending:
            index, path, _ = worker.pending[0]
            if not worker.process.is_alive():
                code = worker.process.exitcode
                how = f"signal {signal.Signals(-code).name}" if code and code < 0 else f"exit code {code}"
                failure = index, Failure(source_name(path, root)[0], f"worker process died ({how}; memory limit "
                                         f"{self.limits.memory_bytes / 1e9:g} GB)", lasting=False)
            elif time.monotonic() >= worker.deadline:
                failure = index, _time_failure(path, root, self.limits)
            if failure is not None:
                worker.pending.popleft()
        if failure is None:
            return outcomes, None
        outcomes.append(failure)
        return outcomes, [(index, (path, entry)) for index, path, entry in worker.pending]
