"""One writer, many readers, across processes: an ``fcntl`` lock file in the index folder.

Every index write (``ingest_paths``, an upload or a delete through the API) holds
:func:`writer_lock` — an exclusive ``flock`` on ``<index_dir>/write.lock`` — so a CLI
``plan-assistant ingest`` and a running server never write at the same time. The holder writes
its pid and command into the file, so a writer that waits too long is told who holds the lock.
Readers never take it: they serve their in-memory catalog snapshot and reload it when the
catalog generation changes (``ingest.store``), so a concurrent writer never makes them fail.

The lock is advisory and released by the kernel when the holder dies (no stale lock files).
On platforms without ``fcntl`` the lock degrades to an in-process lock.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from pathlib import Path
from typing import Iterator

from ingest.errors import IndexUnavailableError

try:  # POSIX
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

LOCK_NAME = "write.lock"
DEFAULT_TIMEOUT_S = 600.0

# flock is per open file description: threads of one process must also exclude each other, and
# re-entrance (an API upload that calls ingest_paths) must not deadlock.
_local_locks: dict[str, threading.RLock] = {}
_local_guard = threading.Lock()
_held = threading.local()


class IndexBusyError(IndexUnavailableError):
    """Another process holds the index writer lock longer than we may wait."""


def lock_path(index_dir: Path) -> Path:
    return Path(index_dir) / LOCK_NAME


def holder(index_dir: Path) -> str:
    """'pid 123 (plan-assistant ingest …)' of the current holder, or '' if unknown."""
    try:
        text = lock_path(index_dir).read_text("utf-8", errors="replace").strip()
    except OSError:
        return ""
    return text.splitlines()[0] if text else ""


def _rlock(key: str) -> threading.RLock:
    with _local_guard:
        return _local_locks.setdefault(key, threading.RLock())


@contextlib.contextmanager
def writer_lock(index_dir: Path, timeout: float | None = DEFAULT_TIMEOUT_S, what: str = "") -> Iterator[None]:
    """Hold the index writer lock (re-entrant within a thread); raise IndexBusyError on timeout."""
    index_dir = Path(index_dir)
    key = str(index_dir.resolve())
    depth = getattr(_held, key, 0)
    local = _rlock(key)
    deadline = None if timeout is None else time.monotonic() + timeout
    if not local.acquire(timeout=-1 if timeout is None else max(timeout, 0)):
        raise IndexBusyError(f"another writer in this process held the index for more than {timeout:.0f} s; retry later")
    try:
        if depth:  # re-entered by the thread that already holds the file lock
            setattr(_held, key, depth + 1)
            try:
                yield
            finally:
                setattr(_held, key, depth)
            return
        fh = None
        if fcntl is not None:
            index_dir.mkdir(parents=True, exist_ok=True)
            fh = open(lock_path(index_dir), "a+", encoding="utf-8")
            try:
                _flock(fh, deadline, index_dir, timeout)
                fh.seek(0)
                fh.truncate()
                fh.write(f"pid {os.getpid()} ({_command(what)})\n")
                fh.flush()
            except BaseException:
                fh.close()
                raise
        setattr(_held, key, 1)
        try:
            yield
        finally:
            setattr(_held, key, 0)
            if fh is not None:
                with contextlib.suppress(OSError):
                    fh.seek(0)
                    fh.truncate()
                    fh.flush()
                fcntl.flock(fh, fcntl.LOCK_UN)
                fh.close()
    finally:
        local.release()


def _flock(fh, deadline: float | None, index_dir: Path, timeout: float | None) -> None:
    delay = 0.02
    while True:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if deadline is not None and time.monotonic() >= deadline:
                who = holder(index_dir) or "another process"
                raise IndexBusyError(
                    f"the index is being written by {who} for more than {timeout:.0f} s; "
                    "wait for it to finish (or stop it), then retry"
                ) from None
            time.sleep(delay)
            delay = min(delay * 2, 0.5)


def is_locked(index_dir: Path) -> bool:
    """True while some process holds the writer lock (a non-blocking probe)."""
    if fcntl is None:  # pragma: no cover
        return False
    path = lock_path(index_dir)
    if not path.exists():
        return False
    with open(path, "a+", encoding="utf-8") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(fh, fcntl.LOCK_UN)
        return False


def _command(what: str) -> str:
    if what:
        return what
    argv = " ".join(Path(sys.argv[0]).name.split() + sys.argv[1:]) if sys.argv else "python"
    return argv[:200]
