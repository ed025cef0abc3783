"""The output folder: one complete set of tables, replaced all at once.

    OUTPUT/
      current -> .sets/<id>        the complete set; switched by one rename, so a reader
                                   (or a kill at any instant) sees all old or all new tables
      documents.parquet -> current/documents.parquet    one link per table (and report.json,
      ...                                               dataset/): the paths SCHEMA.md names
      .sets/<id>/                  each run writes a fresh folder; the previous one and any a
                                   killed run left are removed by the next run
      .lock                        held by the run writing here (with its pid), released by
                                   the kernel when that process ends, however it ends
      .cache/                      the rerun cache (pipeline/cache.py)
"""
from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import time
from pathlib import Path


class OutputError(Exception):
    """The output folder cannot be used; the message says why."""


class OutputFolder:
    def __init__(self, path: Path):
        self.path = path
        self.sets = path / ".sets"
        self.current = path / "current"
        self._lock_file = None

    def open(self, wait: bool = False) -> OutputFolder:
        """Check the folder is writable and take it for this run, or say why not."""
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            self.sets.mkdir(exist_ok=True)
            lock = open(self.path / ".lock", "a+")
        except OSError as e:
            raise OutputError(f"cannot write to output folder {self.path}: {e.strerror or e}") from None
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            lock.seek(0)
            holder = lock.read().strip() or "unknown"
            lock.close()
            raise OutputError(f"output folder {self.path} is being written by another run "
                              f"(pid {holder}); wait for it to finish, or pass --wait") from None
        lock.seek(0)
        lock.truncate()
        lock.write(str(os.getpid()))
        lock.flush()
        self._lock_file = lock
        try:
            probe = self.sets / f".probe-{os.getpid()}"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as e:
            self.close()
            raise OutputError(f"cannot write to output folder {self.path}: {e.strerror or e}") from None
        self._remove_leftovers()
        return self

    def close(self) -> None:
        if self._lock_file is not None:
            self._lock_file.close()  # releases the lock
            self._lock_file = None

    def __enter__(self) -> OutputFolder:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def new_set(self) -> Path:
        """A fresh, empty folder for this run's tables (invisible until `commit`)."""
        folder = self.sets / f"{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{time.monotonic_ns()}"
        folder.mkdir()
        return folder

    def commit(self, folder: Path) -> None:
        """Make `folder` the current set: one atomic rename of the `current` link."""
        for path in folder.rglob("*"):
            if path.is_file():
                _fsync(path)
        _fsync(folder)
        previous = self._current_set()
        tmp = self.path / f".current-{os.getpid()}"
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        tmp.symlink_to(Path(".sets") / folder.name)
        os.replace(tmp, self.current)
        _fsync(self.path)
        self._link_entries(folder)
        if previous is not None and previous != folder:
            shutil.rmtree(previous, ignore_errors=True)

    def _current_set(self) -> Path | None:
        if not self.current.is_symlink():
            return None
        return self.path / os.readlink(self.current)

    def _link_entries(self, folder: Path) -> None:
        """`OUTPUT/<name>` -> `current/<name>` for every entry of the set; links left from
        a set that had more entries are removed. An entry that is a plain file (written
        before sets existed) is replaced by its link."""
        for entry in sorted(folder.iterdir()):
            top = self.path / entry.name
            if top.is_symlink() and os.readlink(top) == f"current/{entry.name}":
                continue
            if top.is_dir() and not top.is_symlink():
                shutil.rmtree(top)
            tmp = self.path / f".link-{os.getpid()}"
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            tmp.symlink_to(Path("current") / entry.name)
            os.replace(tmp, top)
        for top in self.path.iterdir():
            if top.is_symlink() and os.readlink(top).startswith("current/") and not top.exists():
                top.unlink()

    def _remove_leftovers(self) -> None:
        """Sets that are not current (a killed run's, or one a kill kept from being removed),
        and the temporary links and files of a killed run."""
        current = self._current_set()
        for folder in self.sets.iterdir():
            if folder != current:
                shutil.rmtree(folder, ignore_errors=True) if folder.is_dir() else folder.unlink()
        for pattern in (".current-*", ".link-*", ".*.parquet.tmp", ".report.json.tmp"):
            for leftover in self.path.glob(pattern):
                leftover.unlink()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
