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
        self.write_lock = threading.Lock()
        self.feedback = FeedbackLog(settings.feedback_file)
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

            self._assistant = Assistant(self.settings, store=store)
            log.info("index ready in %.1f s", time.perf_counter() - started)
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


# --------------------------------------------------------------------------------------
# feedback
# --------------------------------------------------------------------------------------


class FeedbackLog:
    """Thread-safe (and process-safe on POSIX) append of JSON lines."""

    _locks: dict[str, threading.Lock] = {}
    _locks_guard = threading.Lock()

    def __init__(self, path: Path):
        self.path = Path(path)
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
        line = json.dumps(record, ensure_ascii=False) + "\n"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._lock:
            with open(self.path, "a", encoding="utf-8") as fh:
                try:
                    import fcntl

                    fcntl.flock(fh, fcntl.LOCK_EX)
                except (ImportError, OSError):  # pragma: no cover - non-POSIX
                    pass
                fh.write(line)
                fh.flush()
        return record


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


def save_and_ingest_upload(runtime: Runtime, staged: Path, original_name: str | None) -> dict:
    """Move a staged upload into ``uploads_dir`` under a safe name and ingest it.

    Raises :class:`ServiceError` (415, 413, 422) and leaves nothing behind on failure: the new
    file is removed and a file it replaced is put back.
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

    from ingest.pipeline import ingest_paths

    with runtime.write_lock:
        backup: Path | None = None
        if target.exists():
            backup = target.with_name(f".{target.name}.{uuid.uuid4().hex}.bak")
            os.replace(target, backup)
        shutil.move(str(staged), str(target))
        ok = False
        try:
            try:
                report = ingest_paths([target], settings=settings, progress=False, store=runtime.get().store)
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
            else:
                target.unlink(missing_ok=True)
                if backup is not None:
                    os.replace(backup, target)
    data = report_to_dict(report)
    data["file"] = target.name
    data["doc_id"] = doc_id_for(target.name)
    return data


def _without_paths(message: str, target: Path, name: str) -> str:
    """Loader messages name the file by its server path; clients only need the file name."""
    message = str(message)
    for prefix in (f"{target}: ", f"{target}:", str(target), str(target.parent) + os.sep):
        message = message.replace(prefix, "" if prefix.endswith(": ") or prefix.endswith(":") else name if prefix == str(target) else "")
    return message.strip()


def remove_uploaded_files(settings: Settings, doc_id: str) -> list[str]:
    """Delete files in uploads_dir whose doc id is ``doc_id``; returns their names."""
    removed = []
    uploads = settings.uploads_dir
    if not uploads.is_dir():
        return removed
    for path in uploads.iterdir():
        if path.is_file() and not path.name.startswith(".") and doc_id_for(path.name) == doc_id:
            path.unlink(missing_ok=True)
            removed.append(path.name)
    return removed


def staging_file(settings: Settings) -> Path:
    """A fresh temp file next to uploads_dir (same file system, so moving it is atomic)."""
    staging = settings.uploads_dir / ".staging"
    staging.mkdir(parents=True, exist_ok=True)
    fd, path = tempfile.mkstemp(dir=staging, prefix="upload-")
    os.close(fd)
    return Path(path)


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
