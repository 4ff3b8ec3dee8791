"""Shared plumbing of the serving layer (API and chat use the same functions).

- :class:`Runtime` owns the one :class:`assistant.Assistant` of the process. It builds the
  index in a background thread at startup (``ensure_index``) so ``/api/health`` can say
  ``building`` while the server already answers.
- :class:`FeedbackLog` appends thumbs up/down records to ``settings.feedback_file``.
- :func:`safe_file_name`, :func:`save_and_ingest_upload`: the upload pipeline.
- :func:`render_sources`, :func:`answer_plain_text`, :func:`rows_table`: presentation helpers.

Nothing here decides anything about answers; it only calls the assistant/ingest layers.
"""

from __future__ import annotations

import contextlib
import errno
import html
import json
import logging
import os
import re
import shutil
import tempfile
import threading
import time
import unicodedata
import uuid
from dataclasses import asdict, is_dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable

from ingest.errors import UnreadableFileError
from ingest.settings import Settings

log = logging.getLogger("plan_assistant.ui")

SUPPORTED_UPLOAD_SUFFIXES = (".pdf", ".docx", ".txt", ".md")
MAX_FILE_NAME_BYTES = 180  # well under the usual 255-byte file-system limit


# --------------------------------------------------------------------------------------
# errors of the serving layer
# --------------------------------------------------------------------------------------


class ServiceError(Exception):
    """An error with an HTTP status and a message that says what to do."""

    status_code = 500

    def __init__(self, message: str, status_code: int | None = None, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.message = message
        if status_code is not None:
            self.status_code = status_code
        self.headers = headers or {}


class NotReadyError(ServiceError):
    status_code = 503

    def __init__(self, message: str | None = None):
        super().__init__(
            message
            or "the index is still being built (first start ingests the bundled plans); retry in a minute — GET /api/health shows status 'ok' when ready",
            headers={"Retry-After": "10"},
        )


# --------------------------------------------------------------------------------------
# runtime: the one Assistant of the process
# --------------------------------------------------------------------------------------


class Runtime:
    """Holds settings and the shared Assistant; builds the index in the background."""

    def __init__(self, settings: Settings, assistant: Any | None = None):
        self.settings = settings
        self._assistant = assistant
        self._error: BaseException | None = None
        self._ready = threading.Event()
        self._start_lock = threading.Lock()
        self._thread: threading.Thread | None = None
        #: serialises index writes (upload, delete); reads run concurrently
        self.write_lock = threading.RLock()
        self.feedback = FeedbackLog(settings.feedback_file, max_bytes=int(settings.feedback_max_mb * 1024 * 1024))
        #: per-client limits: writes (feedback, upload, delete) and wrong API keys
        self.write_limiter = RateLimiter(settings.write_rate_per_minute, 60.0)
        self.key_failures = RateLimiter(settings.key_failures_per_minute, 60.0)
        self._probe_lock = threading.Lock()
        self._probe: tuple[float, Any, str | None] | None = None  # (checked at, generation, problem)
        if assistant is not None:
            self._ready.set()

    # -- lifecycle ----------------------------------------------------------------------
    def start(self) -> None:
        """Start building the index/Assistant in a background thread (idempotent)."""
        with self._start_lock:
            if self._ready.is_set() or self._thread is not None:
                return
            self._thread = threading.Thread(target=self._build, name="plan-assistant-index", daemon=True)
            self._thread.start()

    def _build(self) -> None:
        started = time.perf_counter()
        try:
            from ingest.pipeline import ensure_index

            store = ensure_index(self.settings)
            from assistant import Assistant

            assistant = Assistant(self.settings, store=store)
            warm = assistant.warm_up()  # before "ok": the first user's question pays no loading
            self._assistant = assistant
            log.info("index ready in %.1f s (answering warmed up in %.1f s)", time.perf_counter() - started, warm)
        except BaseException as exc:  # noqa: BLE001 - reported through /api/health
            self._error = exc
            log.exception("building the index failed")
        finally:
            self._ready.set()

    def wait_ready(self, timeout: float | None = None) -> bool:
        self.start()
        return self._ready.wait(timeout)

    @property
    def status(self) -> str:
        if self._assistant is not None:
            return "ok"
        if self._error is not None:
            return "error"
        return "building"

    @property
    def error_message(self) -> str | None:
        if self._error is None:
            return None
        return f"{type(self._error).__name__}: {self._error}"

    def get(self, wait: float = 0.0) -> Any:
        """The Assistant; raises :class:`NotReadyError` while the index is being built."""
        if self._assistant is not None:
            return self._assistant
        self.start()
        self._ready.wait(wait)
        if self._assistant is not None:
            return self._assistant
        if self._error is not None:
            raise ServiceError(
                f"the index could not be built ({self.error_message}); fix the cause, then restart `plan-assistant serve` "
                "(or run `plan-assistant ingest` to see the details)",
                status_code=503,
            )
        raise NotReadyError()

    @property
    def store(self) -> Any:
        return self.get().store

    # -- readiness ------------------------------------------------------------------------
    PROBE_TTL_S = 5.0

    def readiness(self) -> str | None:
        """None when questions can be answered, else what is wrong (no file-system paths).

        Besides the build status this probes the index the way a question uses it: the catalog
        snapshot and, when the store has vectors, one dense search (cached for a few seconds
        and per catalog generation, so probes cost nothing under load).
        """
        status = self.status
        if status == "building":
            return "the index is being built"
        if status == "error":
            return self.error_message or "the index could not be built"
        store = self._assistant.store
        now = time.monotonic()
        try:
            generation = getattr(store, "generation", None)
        except Exception as exc:  # noqa: BLE001 - a broken catalog is "not ready"
            return f"the index catalog cannot be read ({type(exc).__name__})"
        probe = self._probe
        if probe is not None and probe[1] == generation and now - probe[0] < self.PROBE_TTL_S:
            return probe[2]
        with self._probe_lock:
            probe = self._probe
            if probe is not None and probe[1] == generation and now - probe[0] < self.PROBE_TTL_S:
                return probe[2]
            problem = _probe_store(store)
            self._probe = (time.monotonic(), generation, problem)
            return problem


def _probe_store(store: Any) -> str | None:
    try:
        docs = store.documents()
    except Exception as exc:  # noqa: BLE001
        return f"the index catalog cannot be read ({type(exc).__name__})"
    if not docs:
        return "the index holds no document; ingest plans with `plan-assistant ingest` or POST /api/documents"
    dense = getattr(store, "dense_search", None)
    if dense is None:
        return None
    try:
        hits = dense("health probe", 1)
    except Exception as exc:  # noqa: BLE001
        return f"vector search fails ({type(exc).__name__}); run `plan-assistant ingest` to repair the index"
    if not hits:
        try:
            has_chunks = bool(store.chunks())
        except Exception:  # noqa: BLE001
            has_chunks = True
        if has_chunks:
            return "vector search returns nothing although the catalog has chunks; run `plan-assistant ingest` to restore the vectors"
    return None


# --------------------------------------------------------------------------------------
# per-client rate limits (no library: a bounded map of sliding windows)
# --------------------------------------------------------------------------------------


class RateLimiter:
    """At most ``limit`` events per ``window`` seconds per key; ``limit <= 0`` = unlimited.

    Memory is bounded: at most ``max_keys`` clients are tracked (the least recently seen are
    forgotten first).
    """

    def __init__(self, limit: int, window: float, max_keys: int = 10_000):
        self.limit = int(limit)
        self.window = float(window)
        self.max_keys = max_keys
        self._events: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> list[float]:
        events = self._events.pop(key, [])
        events = [t for t in events if now - t < self.window]
        self._events[key] = events  # re-insert: dict order = recency
        while len(self._events) > self.max_keys:
            self._events.pop(next(iter(self._events)))
        return events

    def retry_after(self, key: str) -> int:
        """Seconds until ``key`` may act again (0 = now), without recording an event."""
        if self.limit <= 0:
            return 0
        with self._lock:
            now = time.monotonic()
            events = self._recent(key, now)
            if len(events) < self.limit:
                return 0
            return max(1, int(self.window - (now - events[0])) + 1)

    def hit(self, key: str) -> int:
        """Record an event; returns 0 if allowed, else the seconds to wait (event not recorded)."""
        if self.limit <= 0:
            return 0
        with self._lock:
            now = time.monotonic()
            events = self._recent(key, now)
            if len(events) >= self.limit:
                return max(1, int(self.window - (now - events[0])) + 1)
            events.append(now)
            return 0


_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


def storage_error(exc: BaseException) -> ServiceError | None:
    """507 (disk full) or 503 (read-only / not writable) for a storage failure anywhere in the
    cause chain of ``exc`` (OSError or SQLite), with a message that says what to do; else None."""
    seen = 0
    while exc is not None and seen < 10:
        seen += 1
        code = getattr(exc, "errno", None)
        text = str(exc).lower()
        if code in _DISK_FULL or "disk is full" in text or "no space left" in text:
            return ServiceError(
                "the disk holding the data directory is full; free some space (or point PLAN_ASSISTANT_DATA_DIR "
                "to a larger disk), then retry — the index itself is unchanged",
                status_code=507,
            )
        if code in _READ_ONLY or "readonly database" in text or "read-only file system" in text:
            return ServiceError(
                "the data directory is not writable (read-only disk or wrong permissions); make "
                "PLAN_ASSISTANT_DATA_DIR writable for the server's user, then retry — answering still works",
                status_code=503,
                headers={"Retry-After": "60"},
            )
        exc = exc.__cause__ or exc.__context__
    return None


def too_many(what: str, seconds: int) -> ServiceError:
    return ServiceError(f"too many {what} from this address; retry in {seconds} s", status_code=429, headers={"Retry-After": str(seconds)})


# --------------------------------------------------------------------------------------
# feedback
# --------------------------------------------------------------------------------------


class FeedbackLog:
    """Append-only JSON lines, thread- and process-safe, bounded and never partial.

    * one record is at most ``max_record_bytes`` (413 otherwise);
    * when the file would grow past ``max_bytes`` it is rotated (``feedback.jsonl`` →
      ``feedback.jsonl.1`` → … ``.N``; the oldest is dropped), so the disk use is bounded by
      ``(keep + 1) × max_bytes``;
    * a record is written with one ``write`` on an ``O_APPEND`` descriptor under ``flock``; if
      the write fails (disk full) the file is truncated back to its previous length, so a reader
      never sees half a line.
    """

    _locks: dict[str, threading.Lock] = {}
    _locks_guard = threading.Lock()

    def __init__(self, path: Path, *, max_bytes: int = 10 * 1024 * 1024, keep: int = 3, max_record_bytes: int = 64 * 1024):
        self.path = Path(path)
        self.max_bytes = max_bytes
        self.keep = keep
        self.max_record_bytes = max_record_bytes
        with self._locks_guard:
            self._lock = self._locks.setdefault(str(self.path.resolve()), threading.Lock())

    def append(
        self,
        *,
        question: str,
        answer: str,
        citations: list[dict] | None,
        rating: str,
        comment: str | None = None,
    ) -> dict:
        rating = normalise_rating(rating)
        record: dict[str, Any] = {
            "ts": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "question": question,
            "answer": answer,
            "citations": citations or [],
            "rating": rating,
        }
        if comment and comment.strip():
            record["comment"] = comment.strip()
        try:
            data = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
        except UnicodeEncodeError as exc:
            raise ServiceError("the feedback contains invalid characters (a lone UTF-16 surrogate); send valid Unicode text", status_code=400) from exc
        if len(data) > self.max_record_bytes:
            raise ServiceError(
                f"feedback record too large ({len(data) // 1024} KiB, limit {self.max_record_bytes // 1024} KiB); shorten the answer, citations or comment",
                status_code=413,
            )
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._lock:
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            try:
                _flock(fd)
                size = os.fstat(fd).st_size
                if size and size + len(data) > self.max_bytes:
                    os.close(fd)
                    fd = -1
                    self._rotate()
                    fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
                    _flock(fd)
                    size = os.fstat(fd).st_size
                try:
                    view = memoryview(data)
                    while view:
                        written = os.write(fd, view)
                        view = view[written:]
                except OSError:
                    with contextlib.suppress(OSError):
                        os.ftruncate(fd, size)  # never leave a partial line
                    raise
            finally:
                if fd >= 0:
                    os.close(fd)
        return record

    def _rotate(self) -> None:
        """feedback.jsonl → .1 → .2 … (under the process lock; another process may race: harmless)."""
        for i in range(self.keep, 0, -1):
            src = self.path if i == 1 else self.path.with_name(f"{self.path.name}.{i - 1}")
            dst = self.path.with_name(f"{self.path.name}.{i}")
            if src.exists():
                os.replace(src, dst)
        if self.keep <= 0:
            self.path.unlink(missing_ok=True)


def _flock(fd: int) -> None:
    try:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX)
    except (ImportError, OSError):  # pragma: no cover - non-POSIX
        pass


def normalise_rating(rating: Any) -> str:
    value = str(rating).strip().lower()
    if value in {"up", "like", "liked", "true", "1", "+1", "good", "👍"}:
        return "up"
    if value in {"down", "dislike", "disliked", "false", "0", "-1", "bad", "👎"}:
        return "down"
    raise ServiceError(f"rating must be 'up' or 'down', got {rating!r}", status_code=422)


# --------------------------------------------------------------------------------------
# uploads
# --------------------------------------------------------------------------------------


def safe_file_name(name: str | None, default_stem: str = "upload") -> str:
    """A file name that is safe to create inside the uploads folder.

    Keeps only the base name (no directories, whatever the separator), drops control
    characters, keeps letters of any script (Vietnamese included), digits and ``space . _ - ( ) +``,
    replaces anything else with ``_``, never starts with a dot, and fits in
    :data:`MAX_FILE_NAME_BYTES` bytes of UTF-8 (the suffix is kept).
    """
    name = unicodedata.normalize("NFC", name or "")
    name = re.split(r"[/\\]", name)[-1]
    kept = []
    for ch in name:
        cat = unicodedata.category(ch)
        if cat[0] == "C":  # control, format, surrogate, private use, unassigned
            continue
        if cat[0] in "LNM" or ch in " ._-()+":
            kept.append(ch)
        else:
            kept.append("_")
    cleaned = re.sub(r"\s+", " ", "".join(kept)).strip(" ._")
    stem, dot, suffix = cleaned.rpartition(".")
    if not dot:
        stem, suffix = cleaned, ""
    suffix = re.sub(r"[^0-9a-z]", "", suffix.lower())[:8]
    stem = stem.strip(" ._") or default_stem
    budget = MAX_FILE_NAME_BYTES - len(suffix) - 1
    while len(stem.encode("utf-8")) > budget:
        stem = stem[:-1]
    stem = stem.rstrip(" ._") or default_stem
    return f"{stem}.{suffix}" if suffix else stem


def pdf_page_count(path: Path) -> int | None:
    """Pages of a PDF, or None when pypdf cannot tell (the loader reports why)."""
    try:
        from pypdf import PdfReader

        reader = PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            return None
        return len(reader.pages)
    except Exception:  # noqa: BLE001 - unreadable PDFs are reported by the loader
        return None


def report_to_dict(report: Any) -> dict:
    """IngestReport (pydantic model, dataclass or plain object) as JSON-able dict."""
    if hasattr(report, "model_dump"):
        data = report.model_dump(mode="json")
    elif is_dataclass(report):
        data = asdict(report)
    else:
        data = {k: v for k, v in vars(report).items() if not k.startswith("_")}
    data = json.loads(json.dumps(data, default=_json_default, ensure_ascii=False))
    summary = getattr(report, "summary", None)
    if callable(summary):
        data["summary"] = summary()
    return data


def _json_default(obj: Any) -> Any:
    if hasattr(obj, "model_dump"):
        return obj.model_dump(mode="json")
    if is_dataclass(obj):
        return asdict(obj)
    if isinstance(obj, Path):
        return str(obj)
    return str(obj)


def _skipped_errors(report: Any, file_name: str) -> list[str]:
    out = []
    for item in getattr(report, "skipped", None) or []:
        f = getattr(item, "file", None) if not isinstance(item, dict) else item.get("file")
        err = getattr(item, "error", None) if not isinstance(item, dict) else item.get("error")
        if f is None or Path(str(f)).name == file_name:
            out.append(str(err))
    return out


def doc_id_for(file_name: str) -> str:
    try:
        from ingest.pipeline import doc_id_for as _doc_id_for

        return _doc_id_for(file_name)
    except ImportError:  # pragma: no cover - before the index layer exists
        return Path(file_name).stem


def save_and_ingest_upload(runtime: Runtime, staged: Path, original_name: str | None, *, replace: bool = False) -> dict:
    """Move a staged upload into ``uploads_dir`` under a safe name and ingest it.

    A name whose document id already exists is refused with 409 unless ``replace`` is true.
    Raises :class:`ServiceError` (409, 413, 415, 422) and leaves nothing behind on failure: the
    new file is removed and a file it replaced is put back. On success ``uploads_dir`` holds
    exactly one file per uploaded document (files of the same id under another name are removed).
    """
    settings = runtime.settings
    name = safe_file_name(original_name)
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_UPLOAD_SUFFIXES:
        raise ServiceError(
            f"unsupported file type '{suffix or '(none)'}' for '{name}'; upload a .pdf, .docx, .txt or .md plan",
            status_code=415,
        )
    if staged.stat().st_size == 0:
        raise ServiceError(f"'{name}' is empty; upload the plan file itself", status_code=422)
    if suffix == ".pdf":
        pages = pdf_page_count(staged)
        if pages is not None and pages > settings.max_upload_pages:
            raise ServiceError(
                f"'{name}' has {pages} pages, more than the limit of {settings.max_upload_pages}; split it or raise PLAN_ASSISTANT_MAX_UPLOAD_PAGES",
                status_code=413,
            )
    uploads = settings.uploads_dir
    uploads.mkdir(parents=True, exist_ok=True)
    target = (uploads / name).resolve()
    if target.parent != uploads.resolve():  # belt and braces: never outside uploads_dir
        raise ServiceError(f"refusing file name '{original_name}'", status_code=400)
    doc_id = doc_id_for(target.name)

    from ingest import tombstones
    from ingest.locking import writer_lock
    from ingest.pipeline import ingest_paths

    store = runtime.get().store
    with runtime.write_lock, writer_lock(settings.index_dir, timeout=60.0, what="plan-assistant serve (upload)"):
        exists = store.document(doc_id) is not None or target.exists()
        if exists and not replace:
            raise ServiceError(
                f"a document with id '{doc_id}' already exists; send the upload with ?replace=true to replace it, "
                "or rename the file",
                status_code=409,
            )
        backup: Path | None = None
        if target.exists():
            backup = staging_file(settings, prefix="backup-")
            os.replace(target, backup)
        shutil.move(str(staged), str(target))
        ok = False
        try:
            try:
                report = ingest_paths([target], settings=settings, progress=False, store=store)
            except UnreadableFileError as exc:
                raise ServiceError(f"cannot read '{name}': {_without_paths(exc.reason, target, name)}", status_code=422) from exc
            errors = [_without_paths(e, target, name) for e in _skipped_errors(report, target.name)]
            touched = (getattr(report, "added", None) or []) + (getattr(report, "updated", None) or []) + (getattr(report, "unchanged", None) or [])
            if errors and not touched:
                raise ServiceError(f"cannot ingest '{name}': {'; '.join(errors)}", status_code=422)
            ok = True
        finally:
            if ok:
                if backup is not None:
                    backup.unlink(missing_ok=True)
                remove_uploaded_files(settings, doc_id, keep=target.name)  # superseded names of this id
                with contextlib.suppress(OSError):
                    tombstones.remove(settings.index_dir, doc_id)
            else:
                target.unlink(missing_ok=True)
                if backup is not None:
                    os.replace(backup, target)
                release_memory()
    data = report_to_dict(report)
    data["file"] = target.name
    data["doc_id"] = doc_id
    return data


def release_memory() -> None:
    """Give freed heap back to the OS after a large rejected upload (glibc keeps it otherwise)."""
    import gc

    gc.collect()
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except Exception:  # noqa: BLE001 - not glibc
        pass


def _without_paths(message: str, target: Path, name: str) -> str:
    """Loader messages name the file by its server path; clients only need the file name."""
    message = str(message)
    for prefix in (f"{target}: ", f"{target}:", str(target), str(target.parent) + os.sep):
        message = message.replace(prefix, "" if prefix.endswith(": ") or prefix.endswith(":") else name if prefix == str(target) else "")
    return message.strip()


def remove_uploaded_files(settings: Settings, doc_id: str, keep: str | None = None) -> list[str]:
    """Delete files in uploads_dir whose doc id is ``doc_id`` (except ``keep``); returns their names."""
    removed = []
    uploads = settings.uploads_dir
    if not uploads.is_dir():
        return removed
    for path in uploads.iterdir():
        if path.is_file() and path.name != keep and doc_id_for(path.name) == doc_id:
            path.unlink(missing_ok=True)
            removed.append(path.name)
    return sorted(removed)


def staging_dir(settings: Settings) -> Path:
    """Scratch space for uploads in progress: inside the data dir, outside uploads_dir."""
    return settings.data_dir / "tmp" / "staging"


def staging_file(settings: Settings, prefix: str = "upload-") -> Path:
    """A fresh temp file in the data dir (same file system as uploads_dir, so moving it is atomic)."""
    staging = staging_dir(settings)
    staging.mkdir(parents=True, exist_ok=True)
    fd, path = tempfile.mkstemp(dir=staging, prefix=prefix)
    os.close(fd)
    return Path(path)


def clean_scratch(settings: Settings) -> None:
    """Remove leftovers of uploads interrupted by a crash, and old-style backups in uploads_dir."""
    shutil.rmtree(staging_dir(settings), ignore_errors=True)
    shutil.rmtree(settings.uploads_dir / ".staging", ignore_errors=True)
    if settings.uploads_dir.is_dir():
        for path in settings.uploads_dir.glob(".*.bak"):
            path.unlink(missing_ok=True)


# --------------------------------------------------------------------------------------
# rows
# --------------------------------------------------------------------------------------


def find_rows(
    assistant: Any,
    doc_id: str,
    appendix: str | None = None,
    agency: str | None = None,
    year: str | int | None = None,
    text: str | None = None,
) -> list[Any]:
    """Rows of one document in table order, filtered by the assistant's structured lookup.

    Appendix styles ("I", "Phụ lục I", "01") and accent-insensitive agency/text matching are the
    store's and RowLookup's job; this only trims the inputs and keeps the document order.
    """
    appendix = (appendix or "").strip() or None
    agency = (agency or "").strip() or None
    text = (text or "").strip() or None
    year = str(year).strip() if year not in (None, "") else None
    rows = list(assistant.store.rows(doc_id=doc_id, appendix=appendix))
    if not (agency or year or text):
        return rows
    found = assistant.lookup.find(doc_ids=[doc_id], appendix=appendix, agency=agency, year=year, text=text)
    order = {r.row_id: i for i, r in enumerate(rows)}
    return sorted(found, key=lambda r: order.get(r.row_id, len(order)))


def row_to_dict(row: Any) -> dict:
    return row.model_dump(mode="json") if hasattr(row, "model_dump") else dict(row)


def appendices_of(rows: Iterable[Any]) -> list[dict]:
    """Distinct appendices in order of appearance, with their titles and row counts."""
    seen: dict[str, dict] = {}
    for r in rows:
        entry = seen.setdefault(r.appendix, {"appendix": r.appendix, "title": r.appendix_title or "", "n_rows": 0})
        entry["n_rows"] += 1
        if not entry["title"] and r.appendix_title:
            entry["title"] = r.appendix_title
    return list(seen.values())


ROW_COLUMNS_BEFORE = ["Phụ lục / Appendix", "Nhóm / Group", "STT / No.", "Nội dung / Content", "Chủ trì / Lead", "Phối hợp / Coordinating"]
ROW_COLUMNS_AFTER = ["Thời hạn / Deadline", "Trạng thái / Status"]


def _year_key(y: str) -> tuple:
    m = re.search(r"\d{4}", str(y))
    return (int(m.group()) if m else 9999, str(y))


OPTIONAL_COLUMNS = ("Phối hợp / Coordinating", "Thời hạn / Deadline", "Trạng thái / Status")


def rows_table(rows: list[Any], drop_empty: bool = False) -> tuple[list[str], list[list[str]]]:
    """Headers and cells for the Tables tab: one column per target year present.

    ``drop_empty``: leave out the coordinating/deadline/status columns when no row has a value.
    """
    years: list[str] = []
    for r in rows:
        for y in (r.fields or {}).get("targets") or {}:
            if str(y) not in years:
                years.append(str(y))
    years.sort(key=_year_key)
    headers = ROW_COLUMNS_BEFORE + [f"Mục tiêu / Target {y}" for y in years] + ROW_COLUMNS_AFTER
    data = []
    for r in rows:
        f = r.fields or {}
        targets = {str(k): v for k, v in (f.get("targets") or {}).items()}
        number = r.number or ""
        if r.uncertain:
            number = f"{number} ⚠".strip()
        data.append(
            [r.appendix or "", " › ".join(r.group or []), number, _s(f.get("content")), _s(f.get("lead")), _s(f.get("coordinating"))]
            + [_s(targets.get(y)) for y in years]
            + [_s(f.get("deadline")), _s(f.get("status"))]
        )
    if drop_empty and data:
        keep = [i for i, h in enumerate(headers) if h not in OPTIONAL_COLUMNS or any(row[i] for row in data)]
        headers = [headers[i] for i in keep]
        data = [[row[i] for i in keep] for row in data]
    return headers, data


def _s(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_s(v) for v in value)
    return " ".join(str(value).split())


# --------------------------------------------------------------------------------------
# answers: sources panel and plain text
# --------------------------------------------------------------------------------------


def _get(obj: Any, key: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(key, default)
    return getattr(obj, key, default)


def render_sources(citations: Iterable[Any] | None, *, found: bool | None = None) -> str:
    """The Sources panel: every value from the plans is HTML-escaped (it is data, never markup)."""
    esc = lambda v: html.escape("" if v is None else str(v), quote=True)  # noqa: E731
    items = []
    for c in citations or []:
        n = esc(_get(c, "n", ""))
        quote = re.sub(r"\t+", "  |  ", str(_get(c, "text", "") or "")).strip()
        warning = _get(c, "warning")
        warn_html = f'<div class="pa-warn">⚠ {esc(warning)}</div>' if warning else ""
        items.append(
            f'<li class="pa-source" id="pa-source-{n}">'
            f'<div class="pa-head"><span class="pa-n">[{n}]</span> <span class="pa-title">{esc(_get(c, "doc_title", ""))}</span></div>'
            f'<div class="pa-locator">{esc(_get(c, "locator", ""))}</div>'
            f'<blockquote class="pa-quote">{esc(quote)}</blockquote>{warn_html}</li>'
        )
    if not items:
        if found is False:
            msg = "Không tìm thấy nguồn phù hợp trong các kế hoạch. / No matching source in the plans."
        else:
            msg = "Nguồn trích dẫn sẽ hiện ở đây. / Cited sources will appear here."
        return f'<div class="pa-sources pa-empty">{esc(msg)}</div>'
    return f'<div class="pa-sources"><ol class="pa-list">{"".join(items)}</ol></div>'


def answer_plain_text(answer: Any) -> str:
    """Answer text followed by its numbered citations, for the clipboard."""
    if answer is None:
        return ""
    lines = [str(_get(answer, "answer", "")).strip()]
    cites = list(_get(answer, "citations", []) or [])
    if cites:
        lines.append("")
        lines.append("Nguồn / Sources:")
    for c in cites:
        text = " ".join(str(_get(c, "text", "")).split())
        lines.append(f"[{_get(c, 'n', '')}] {_get(c, 'doc_title', '')} — {_get(c, 'locator', '')}: “{text}”")
        if _get(c, "warning"):
            lines.append(f"    ⚠ {_get(c, 'warning')}")
    return "\n".join(lines)


def answer_dict(answer: Any) -> dict:
    if hasattr(answer, "to_json_dict"):
        return answer.to_json_dict()
    if hasattr(answer, "model_dump"):
        return answer.model_dump(mode="json")
    return dict(answer)


def normalise_history(history: Iterable[Any] | None) -> list[dict]:
    """Chat history as ``[{"role": "user"|"assistant", "content": str}]`` (Gradio 6 content parts flattened)."""
    out = []
    for msg in history or []:
        role = _get(msg, "role")
        content = _get(msg, "content")
        if isinstance(content, list):
            parts = []
            for part in content:
                if isinstance(part, dict):
                    if part.get("type", "text") == "text" and part.get("text"):
                        parts.append(str(part["text"]))
                elif isinstance(part, str):
                    parts.append(part)
            content = "\n".join(parts)
        if role in ("user", "assistant") and isinstance(content, str) and content.strip():
            out.append({"role": role, "content": content})
    return out


def document_choices(assistant: Any) -> list[tuple[str, str]]:
    docs = assistant.store.documents()
    out = []
    for d in docs:
        label = d.display_title if hasattr(d, "display_title") else d.title
        if d.date:
            label = f"{label} — {d.date}"
        out.append((label, d.doc_id))
    out.sort(key=lambda t: t[0])
    return out
