"""Ingest files into the index: load → parse → chunk → store, skipping what did not change.

``ingest_paths(paths)`` walks files and folders (.txt .md .pdf .docx), reads the optional
``manifest.json`` of each file's folder for metadata, and updates the index document by document.
A file whose bytes (sha256), parser version, chunking settings and manifest entry are unchanged is
not parsed or embedded again, so re-ingesting a corpus takes a small fraction of the first run. A
file that cannot be read or parsed is reported in ``IngestReport.skipped`` and its existing index
entries, if any, stay untouched.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from ingest.errors import IndexUnavailableError, UnreadableFileError
from ingest.records import DocumentReport
from ingest.settings import Settings, get_settings
from ingest.text import fold

try:
    from ingest.loaders import SUPPORTED_SUFFIXES
except ImportError:  # pragma: no cover - loaders ship with the package
    SUPPORTED_SUFFIXES = {".txt", ".md", ".pdf", ".docx"}

MANIFEST_NAME = "manifest.json"


def parser_version() -> str:
    """``ingest.parsing.PARSER_VERSION`` if the parser declares one, else "0"."""
    try:
        from ingest import parsing
    except ImportError:
        return "0"
    return str(getattr(parsing, "PARSER_VERSION", "0"))


class SkippedFile(BaseModel):
    file: str
    error: str


class IngestReport(BaseModel):
    """What one ingest run did. ``documents``/``rows``/``chunks`` count the documents this run
    covered (added + updated + unchanged), as they are now in the index."""

    added: list[str] = Field(default_factory=list, description="doc_ids ingested for the first time")
    updated: list[str] = Field(default_factory=list, description="doc_ids whose content or metadata changed")
    unchanged: list[str] = Field(default_factory=list, description="doc_ids skipped because nothing changed")
    skipped: list[SkippedFile] = Field(default_factory=list, description="files that could not be ingested")
    documents: int = 0
    rows: int = 0
    chunks: int = 0
    embedded: int = Field(default=0, description="chunks whose vectors had to be computed")
    seconds: float = 0.0
    reports: dict[str, DocumentReport] = Field(
        default_factory=dict, description="doc_id -> what parsing found (tables, column roles, warnings)"
    )

    def summary(self) -> str:
        return (
            f"{self.documents} documents ({len(self.added)} added, {len(self.updated)} updated, "
            f"{len(self.unchanged)} unchanged, {len(self.skipped)} skipped), "
            f"{self.rows} rows, {self.chunks} chunks in {self.seconds:.1f} s"
        )


# ------------------------------------------------------------------------------ helpers


def doc_id_for(file_name: str) -> str:
    """Stable document id from a file name: the stem, lower-cased, accents removed, and any
    character other than a-z, 0-9, '_' and '-' replaced by '-'.

    >>> doc_id_for("2026-plan_KH-275-UBND.txt")
    '2026-plan_kh-275-ubnd'
    >>> doc_id_for("Kế hoạch số 12.pdf")
    'ke-hoach-so-12'
    """
    stem = Path(file_name).stem if Path(file_name).suffix.lower() in SUPPORTED_SUFFIXES else Path(file_name).name
    text = re.sub(r"[^a-z0-9_-]+", "-", fold(stem))
    text = re.sub(r"-{2,}", "-", text).strip("-")
    return text or "document"


def load_manifest(directory: Path) -> dict[str, dict[str, Any]]:
    """``{file_name: entry}`` from ``directory/manifest.json`` (``{"documents": [{"file": ...}]}``).

    A missing manifest gives ``{}``; an unreadable or malformed one prints a warning and gives ``{}``
    (metadata is then inferred from the documents themselves).
    """
    path = Path(directory) / MANIFEST_NAME
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        print(f"warning: ignoring {path}: not valid JSON ({exc}); fix it to use its metadata", file=sys.stderr)
        return {}
    docs = data.get("documents") if isinstance(data, dict) else None
    if not isinstance(docs, list):
        print(f"warning: ignoring {path}: expected {{\"documents\": [...]}}", file=sys.stderr)
        return {}
    entries: dict[str, dict[str, Any]] = {}
    for entry in docs:
        if isinstance(entry, dict) and isinstance(entry.get("file"), str) and entry["file"].strip():
            entries[entry["file"].strip()] = entry
    return entries


def _is_hidden(path: Path) -> bool:
    return path.name.startswith(".")


def _candidate(path: Path) -> bool:
    return (
        path.is_file()
        and not _is_hidden(path)
        and path.name != MANIFEST_NAME
        and path.suffix.lower() in SUPPORTED_SUFFIXES
    )


def discover(paths: list[Path]) -> list[Path]:
    """Supported files among ``paths`` (folders are walked recursively), sorted, without
    duplicates; ``manifest.json`` and hidden files/folders are skipped."""
    found: dict[Path, Path] = {}
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            for child in path.rglob("*"):
                rel = child.relative_to(path)
                if any(part.startswith(".") for part in rel.parts):
                    continue
                if _candidate(child):
                    found.setdefault(child.resolve(), child)
        elif _candidate(path):
            found.setdefault(path.resolve(), path)
    return [found[key] for key in sorted(found)]


def _explicit_problems(paths: list[Path]) -> list[SkippedFile]:
    """Paths given explicitly that discover() would silently drop: missing or unsupported files."""
    problems = []
    for raw in paths:
        path = Path(raw).expanduser()
        if not path.exists():
            problems.append(SkippedFile(file=str(path), error="file not found; check the path"))
        elif path.is_file() and path.suffix.lower() not in SUPPORTED_SUFFIXES and path.name != MANIFEST_NAME:
            shown = path.suffix.lower() or "(none)"
            problems.append(SkippedFile(file=str(path), error=f"unsupported file type '{shown}'; use .txt, .md, .pdf or .docx"))
    return problems


def fingerprint(manifest_entry: dict[str, Any] | None, settings: Settings) -> str:
    """What, besides the file's bytes, decides the parsed/chunked result."""
    payload = {
        "parser": parser_version(),
        "chunk_size": settings.chunk_size,
        "chunk_overlap": settings.chunk_overlap,
        "manifest": manifest_entry,
    }
    raw = json.dumps(payload, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def _file_sha256(path: Path) -> str | None:
    """sha256 of the file's bytes (what LoadedFile.sha256 holds); None if it cannot be read."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, UnreadableFileError):
        return exc.reason
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _parse_and_chunk(loaded: Any, doc_id: str, manifest_entry: dict | None, settings: Settings):
    """Parse one loaded file and build its chunks (the lead's parser and chunker)."""
    from ingest.chunking import build_chunks
    from ingest.parsing import parse_document

    parsed = parse_document(
        loaded.text,
        doc_id=doc_id,
        file_name=loaded.file_name,
        sha256=loaded.sha256,
        manifest_entry=manifest_entry,
        line_pages=loaded.line_pages,
    )
    return parsed, build_chunks(parsed, settings)


# ------------------------------------------------------------------------------ ingest


def ingest_paths(
    paths: list[Path] | None = None,
    settings: Settings | None = None,
    progress: bool = False,
    store: Any = None,
    rebuild: bool = False,
) -> IngestReport:
    """Ingest files/folders (default: ``settings.corpus_dir``) into the index; see module docs.

    ``rebuild=True`` empties the index first. Returns an :class:`IngestReport`.
    """
    from ingest.loaders import load_file
    from ingest.store import IndexStore

    started = time.perf_counter()
    settings = settings or get_settings()
    store = store if store is not None else IndexStore(settings)
    paths = [Path(p) for p in (paths if paths else [settings.corpus_dir])]
    report = IngestReport()
    report.skipped.extend(_explicit_problems(paths))
    files = discover(paths)

    from ingest import locking, tombstones

    # one writer across processes (a running server, another CLI): see ingest/locking.py
    with locking.writer_lock(settings.index_dir):
        return _ingest_locked(paths, files, settings, progress, store, rebuild, report, started, tombstones.load(settings.index_dir))


def _ingest_locked(paths, files, settings, progress, store, rebuild, report, started, deleted) -> IngestReport:
    from ingest.loaders import load_file

    explicit = {Path(p).expanduser().resolve() for p in paths if Path(p).expanduser().is_file()}
    if rebuild:
        store.reset()
    elif store.embedding_mismatch():
        report.embedded += store.reembed_all(progress=progress)

    manifests: dict[Path, dict[str, dict[str, Any]]] = {}
    seen_ids: dict[str, Path] = {}
    covered: list[str] = []

    from tqdm import tqdm

    from ingest.progress import current as _progress

    tracker = _progress()
    tracker.begin(files)
    bar = tqdm(files, desc="Ingesting", unit="file", file=sys.stderr, disable=not progress, dynamic_ncols=True)
    for path in bar:
        bar.set_postfix_str(path.name[:40], refresh=False)
        doc_id = doc_id_for(path.name)
        if doc_id in seen_ids:
            report.skipped.append(
                SkippedFile(
                    file=str(path),
                    error=f"document id '{doc_id}' is already used by {seen_ids[doc_id]}; rename one of the files",
                )
            )
            continue
        seen_ids[doc_id] = path
        if doc_id in deleted:  # deleted through the API: a folder walk must not bring it back
            if path.resolve() not in explicit:
                report.skipped.append(SkippedFile(file=str(path), error=f"'{doc_id}' was deleted; `plan-assistant ingest --restore {doc_id}` brings it back"))
                continue
            from ingest import tombstones

            tombstones.remove(settings.index_dir, doc_id)  # named explicitly: restore it
        folder = path.parent.resolve()
        if folder not in manifests:
            manifests[folder] = load_manifest(folder)
        entry = manifests[folder].get(path.name)
        try:
            state = store.document_state(doc_id)
            fp = fingerprint(entry, settings)
            # Unchanged bytes + same parser/chunking/manifest: no text extraction, parsing or embedding.
            if state is not None and state == (_file_sha256(path), fp):
                report.unchanged.append(doc_id)
                covered.append(doc_id)
                continue
            loaded = load_file(path)
            parsed, chunks = _parse_and_chunk(loaded, doc_id, entry, settings)
        except Exception as exc:  # a bad file (or a parser failure on it) must not stop the run
            report.skipped.append(SkippedFile(file=str(path), error=_one_line(exc)))
            continue
        tracker.file_started(path, len(chunks))
        try:
            report.embedded += store.replace_document(parsed, chunks, fingerprint=fp)
        except Exception as exc:
            report.skipped.append(SkippedFile(file=str(path), error=f"index update failed: {_one_line(exc)}"))
            continue
        finally:
            tracker.file_done(path)
        (report.updated if state is not None else report.added).append(doc_id)
        covered.append(doc_id)
    bar.close()
    tracker.end()

    try:
        store.vacuum()
    except Exception as exc:  # the update itself succeeded; orphans are removed next time
        print(f"warning: index cleanup failed ({_one_line(exc)}); it is retried on the next ingest", file=sys.stderr)

    for doc_id in covered:
        info = store.document(doc_id)
        if info is not None:
            report.documents += 1
            report.rows += info.n_rows
            report.chunks += info.n_chunks
            if info.report is not None:
                report.reports[doc_id] = info.report
    report.seconds = time.perf_counter() - started
    return report


def ensure_index(settings: Settings | None = None, progress: bool | None = None) -> Any:
    """Open the index; build it from ``settings.corpus_dir`` if it holds no document yet.

    If the configured embedding model differs from the one the vectors were built with, the
    vectors are recomputed from the catalog (no re-parsing).
    """
    from ingest.store import IndexStore

    settings = settings or get_settings()
    store = IndexStore(settings)
    show = sys.stderr.isatty() if progress is None else progress
    if not store.has_index():
        print(f"Building the index from {_display(settings.corpus_dir)} (first run)…", file=sys.stderr)
        report = ingest_paths([settings.corpus_dir], settings=settings, progress=show, store=store)
        for skipped in report.skipped:
            print(f"skipped: {skipped.file}: {skipped.error}", file=sys.stderr)
        if not report.documents:
            print(
                f"warning: no document could be ingested from {settings.corpus_dir}; "
                "add plan files there or run `plan-assistant ingest PATH`",
                file=sys.stderr,
            )
    elif store.embedding_mismatch():
        store.reembed_all(progress=True)
    else:
        # Vectors lost (chroma/ folder deleted, a fresh Chroma server): restore them from the catalog.
        try:
            missing = len(store.chunks()) - store.vector_count()
            if missing > 0:
                print(f"Restoring {missing} missing vectors from the catalog…", file=sys.stderr)
                store.vacuum()
        except IndexUnavailableError as exc:
            print(f"warning: vector search unavailable: {exc}", file=sys.stderr)
    return store


def _display(path: Path) -> str:
    """'corpus/' for the bundled corpus, else the path."""
    try:
        from ingest.settings import PROJECT_ROOT

        rel = Path(path).resolve().relative_to(PROJECT_ROOT)
        return f"{rel}/"
    except ValueError:
        return str(path)
