"""Progress of the running ingest (files parsed, chunks embedded, ETA), for logs and the page.

``ingest_paths`` reports the files it will read and each file's chunks; the store reports every
embedded batch. The fraction is weighted by file size (a file counts in proportion to the
chunks of it already embedded), so the ETA is meaningful before every file has been parsed.
One process-wide tracker: :func:`current`. Reading it never blocks ingest for long.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from pathlib import Path

log = logging.getLogger("plan_assistant.ingest")

LOG_EVERY_S = 5.0


class IngestProgress:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.active = False
        self._reset()

    def _reset(self) -> None:
        self.started = 0.0
        self.sizes: dict[str, int] = {}
        self.total_bytes = 0
        self.done_bytes = 0
        self.files_done = 0
        self.current = ""
        self.current_chunks = 0
        self.current_done = 0
        self.chunks_done = 0
        self._last_log = 0.0

    # -- reporting (ingest side) --------------------------------------------------------------
    def begin(self, files: list[Path]) -> None:
        with self._lock:
            self._reset()
            self.active = True
            self.started = time.monotonic()
            for f in files:
                try:
                    self.sizes[str(f)] = max(1, os.path.getsize(f))
                except OSError:
                    self.sizes[str(f)] = 1
            self.total_bytes = sum(self.sizes.values()) or 1

    def file_started(self, path: Path, n_chunks: int) -> None:
        with self._lock:
            self.current = str(path)
            self.current_chunks = max(0, int(n_chunks))
            self.current_done = 0

    def embedded(self, n: int) -> None:
        with self._lock:
            self.current_done += n
            self.chunks_done += n
            due = self.active and time.monotonic() - self._last_log >= LOG_EVERY_S
            if due:
                self._last_log = time.monotonic()
        if due:
            log.info("ingest: %s", self.describe())

    def file_done(self, path: Path) -> None:
        with self._lock:
            self.done_bytes += self.sizes.get(str(path), 0)
            self.files_done += 1
            self.current = ""
            self.current_chunks = self.current_done = 0

    def end(self) -> None:
        with self._lock:
            was = self.active
            self.active = False
            elapsed = time.monotonic() - self.started if self.started else 0.0
            chunks = self.chunks_done
        if was and chunks:
            log.info("ingest: %d chunks embedded in %.0f s", chunks, elapsed)

    # -- reading (page / log side) ------------------------------------------------------------
    def fraction(self) -> float | None:
        with self._lock:
            if not self.active:
                return None
            part = 0.0
            if self.current and self.current_chunks:
                part = self.sizes.get(self.current, 0) * min(1.0, self.current_done / self.current_chunks)
            return min(1.0, (self.done_bytes + part) / self.total_bytes)

    def eta_s(self) -> float | None:
        frac = self.fraction()
        if not frac or frac <= 0.02:
            return None
        elapsed = time.monotonic() - self.started
        return max(0.0, elapsed * (1 - frac) / frac)

    def describe(self) -> str:
        """'3/5 files, 1 200 chunks embedded, 35 %, ETA 40 s' (empty when nothing runs)."""
        frac = self.fraction()
        if frac is None:
            return ""
        eta = self.eta_s()
        with self._lock:
            files = f"{self.files_done}/{len(self.sizes)} files"
            current = Path(self.current).name if self.current else ""
            now = f" (now {current}: {self.current_done}/{self.current_chunks} chunks)" if current and self.current_chunks else ""
            chunks = self.chunks_done
        eta_text = f", ETA {_duration(eta)}" if eta is not None else ""
        return f"{files}, {chunks} chunks embedded{now}, {frac * 100:.0f}%{eta_text}"


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    return f"{seconds // 60} min {seconds % 60:02d} s" if seconds >= 60 else f"{seconds} s"


_CURRENT = IngestProgress()


def current() -> IngestProgress:
    return _CURRENT
