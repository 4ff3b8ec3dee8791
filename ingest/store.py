"""The on-disk index: a SQLite catalog (source of truth) plus Chroma vectors keyed by chunk id.

Layout under ``settings.index_dir``::

    catalog.sqlite3   documents, sections, table rows, chunks, meta (generation, embedding model)
    chroma/           Chroma persistent store (chroma_mode="embedded"; a server holds it otherwise)

Updates are crash-safe. :meth:`IndexStore.replace_document` (1) upserts into Chroma the vectors of
chunks whose ids Chroma does not hold yet (ids are content hashes, so unchanged chunks are never
re-embedded), (2) replaces the document's catalog entries in ONE SQLite transaction and bumps the
generation, (3) deletes the document's old vectors that are no longer referenced. A crash before
(2) leaves the previous catalog intact; the extra vectors are invisible because every search result
is filtered to chunk ids present in the catalog, and :meth:`IndexStore.vacuum` removes them.

Embedding model changes: every model (and passage prefix) has its own Chroma collection
(:attr:`IndexStore.collection_name`), so vectors of two models are never mixed, and the catalog
records which model produced the vectors last. If the configured model differs
(``PLAN_ASSISTANT_EMBEDDING_MODEL`` or ``passage_prefix`` changed), ``dense_search`` raises
:class:`IndexUnavailableError` asking to re-ingest; ``plan-assistant ingest`` (any ``ingest_paths``
call), ``ensure_index`` and ``replace_document`` first embed the catalog chunks that the model's
collection lacks (:meth:`IndexStore.reembed_all`, no re-parsing needed).

Reads are served from an in-memory snapshot of the catalog that is reloaded whenever the
generation changes (also when another process wrote the catalog), so ``rows()``/``chunks()`` per
question cost a dictionary lookup. All methods are safe to call from many threads.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from ingest.errors import IndexUnavailableError, IngestError
from ingest.progress import current as _progress
from ingest.chunking import EMBED_TEXT_VERSION
from ingest.records import Chunk, DocumentInfo, ParsedDocument, Section, TableRow
from ingest.settings import Settings, get_settings
from ingest.text import appendix_matches

if TYPE_CHECKING:  # pragma: no cover
    from ingest.embeddings import SentenceTransformerEmbeddings

SCHEMA_VERSION = "1"
_ID_BATCH = 500  # ids per Chroma get/delete call and per SQLite IN (...) list
#: catalog path -> commits made by any store of this process (other stores here see them at once;
#: other processes within IndexStore.GENERATION_CHECK_S through the marker file)
_LOCAL_COMMITS: dict[str, int] = {}
_LOCAL_COMMITS_LOCK = threading.Lock()
_T = TypeVar("_T")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL,
    fingerprint TEXT NOT NULL DEFAULT '',
    json TEXT NOT NULL,
    updated_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS sections (
    doc_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    json TEXT NOT NULL,
    PRIMARY KEY (doc_id, seq)
);
CREATE TABLE IF NOT EXISTS rows (
    row_id TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    json TEXT NOT NULL,
    PRIMARY KEY (doc_id, seq)
);
CREATE INDEX IF NOT EXISTS rows_row_id ON rows (row_id);
CREATE TABLE IF NOT EXISTS chunks (
    chunk_id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_doc ON chunks (doc_id, seq);
"""


def _batched(items: Sequence[_T], size: int) -> Iterator[Sequence[_T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# ------------------------------------------------------------------------------ appendix labels

# appendix_matches is a shared text rule (ingest/text.py).


# ------------------------------------------------------------------------------ snapshot


@dataclass
class _Snapshot:
    generation: int
    embedding_signature: str | None = None
    docs: dict[str, DocumentInfo] = field(default_factory=dict)
    rows_all: list[TableRow] = field(default_factory=list)
    rows_by_doc: dict[str, list[TableRow]] = field(default_factory=dict)
    chunks_all: list[Chunk] = field(default_factory=list)
    chunks_by_doc: dict[str, list[Chunk]] = field(default_factory=dict)
    chunks_by_id: dict[str, Chunk] = field(default_factory=dict)


@dataclass
class VacuumReport:
    removed: int = 0  # orphan vectors deleted from Chroma
    restored: int = 0  # catalog chunks whose missing vectors were re-embedded


class IndexStore:
    """SQLite catalog + Chroma vectors. See the module docstring for guarantees."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        embeddings: "SentenceTransformerEmbeddings | None" = None,
    ) -> None:
        self.settings = settings or get_settings()
        self.index_dir = self.settings.index_dir
        self.catalog_path = self.index_dir / "catalog.sqlite3"
        self._embeddings = embeddings
        self._conn_lock = threading.RLock()  # guards the shared SQLite connection
        self._write_lock = threading.RLock()  # one writer at a time (vectors + catalog)
        self._cache_lock = threading.Lock()
        self._chroma_lock = threading.Lock()
        self._query_cache: OrderedDict[str, list[float]] = OrderedDict()
        self._query_cache_lock = threading.Lock()
        self._snapshot: _Snapshot | None = None
        # generation checks without SQLite: (stat stamp of the catalog files, when checked)
        self._gen_stamp: tuple | None = None
        self._gen_value: int | None = None  # the generation SQLite reported at the last check
        self._gen_checked = 0.0
        self._gen_queried = 0.0
        self._gen_local = -1  # _LOCAL_COMMITS[catalog_path] at the last SQLite check
        self._own_generation: int | None = None  # the last generation this object wrote
        self._chroma_users = 0  # dense queries in flight (a reopen waits for them)
        self._chroma_idle = threading.Condition(threading.Lock())
        self._client: Any = None
        self._collection: Any = None
        try:
            self.index_dir.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(
                str(self.catalog_path), timeout=30.0, check_same_thread=False, isolation_level=None
            )
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.executescript(_SCHEMA)
            self._conn.execute(
                "INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', ?), ('generation', '0')",
                (SCHEMA_VERSION,),
            )
        except (OSError, sqlite3.Error) as exc:
            raise IndexUnavailableError(
                f"cannot open the index catalog at {self.catalog_path} ({exc}); check that "
                "PLAN_ASSISTANT_DATA_DIR is writable, or delete the index folder and re-ingest"
            ) from exc

    # ------------------------------------------------------------------ basics
    def close(self) -> None:
        with self._conn_lock:
            self._conn.close()

    def __enter__(self) -> "IndexStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"IndexStore({str(self.index_dir)!r}, mode={self.settings.chroma_mode!r})"

    @property
    def embeddings(self) -> "SentenceTransformerEmbeddings":
        """The configured embeddings (the model itself loads on first use)."""
        if self._embeddings is None:
            from ingest.embeddings import get_embeddings

            self._embeddings = get_embeddings(self.settings)
        return self._embeddings

    def embed_query(self, text: str) -> list[float]:
        """The query's embedding, cached: search and answer selection embed one question once."""
        with self._query_cache_lock:
            cached = self._query_cache.get(text)
            if cached is not None:
                self._query_cache.move_to_end(text)
                return cached
        vector = list(self.embeddings.embed_query(text))
        with self._query_cache_lock:
            self._query_cache[text] = vector
            while len(self._query_cache) > 256:
                self._query_cache.popitem(last=False)
        return vector

    @property
    def embedding_model_name(self) -> str:
        """The configured embedding model (what new vectors are computed with)."""
        return self.embeddings.model_name

    @property
    def _embedding_signature(self) -> str:
        return json.dumps(
            {"model": self.embeddings.model_name, "passage_prefix": self.embeddings.passage_prefix,
             "text": EMBED_TEXT_VERSION},
            ensure_ascii=False,
            sort_keys=True,
        )

    @property
    def indexed_embedding_model(self) -> str | None:
        """The model the stored vectors were computed with (None before the first vector)."""
        return self._meta("embedding_model")

    def embedding_mismatch(self) -> bool:
        """True when stored vectors come from another model/passage prefix than configured."""
        stored = self._load().embedding_signature
        return stored is not None and stored != self._embedding_signature

    # ------------------------------------------------------------------ SQLite helpers
    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        with self._conn_lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise IndexUnavailableError(f"index catalog {self.catalog_path}: {exc}") from exc

    def _meta(self, key: str) -> str | None:
        found = self._query("SELECT value FROM meta WHERE key = ?", (key,))
        return found[0][0] if found else None

    def _commit(self) -> None:
        """Commit the open catalog transaction (separate so tests can simulate a crash here)."""
        self._conn.execute("COMMIT")

    def _transaction(self, work) -> Any:
        """Run ``work(conn)`` in one IMMEDIATE transaction that also bumps the generation."""
        with self._conn_lock:
            conn = self._conn
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise IndexUnavailableError(f"cannot write the index catalog {self.catalog_path}: {exc}") from exc
            try:
                result = work(conn)
                conn.execute(
                    "UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'generation'"
                )
                self._own_generation = int(conn.execute("SELECT value FROM meta WHERE key='generation'").fetchone()[0])
                self._commit()
                self._gen_checked = 0.0  # readers of this process see the change at once
                self._gen_stamp = None
                self._gen_value = None
                with _LOCAL_COMMITS_LOCK:  # ... other stores of this process
                    _LOCAL_COMMITS[self.catalog_path] = _LOCAL_COMMITS.get(self.catalog_path, 0) + 1
                self._touch_marker(self._own_generation)  # ... and readers of other processes
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            return result

    #: how often readers look at the catalog files' stat() for a new generation (seconds)
    GENERATION_CHECK_S = 0.1
    #: how often they ask SQLite anyway (a change the stat stamp could miss)
    GENERATION_QUERY_S = 2.0

    @property
    def _marker_path(self) -> str:
        return f"{self.catalog_path}.generation"

    def _stamp(self) -> tuple:
        """stat() of the generation marker (replaced — new inode — by every commit, in any
        process) and of the catalog files; a change means: ask SQLite."""
        out = []
        for path in (self._marker_path, f"{self.catalog_path}-wal"):
            try:
                st = os.stat(path)
                out.append((st.st_ino, st.st_mtime_ns, st.st_size))
            except OSError:
                out.append(None)
        return tuple(out)

    def _touch_marker(self, generation: int) -> None:
        try:
            tmp = f"{self._marker_path}.{os.getpid()}.{threading.get_ident()}.tmp"
            with open(tmp, "w", encoding="ascii") as fh:
                fh.write(str(generation))
            os.replace(tmp, self._marker_path)
        except OSError:  # readers still notice within GENERATION_QUERY_S
            pass

    @property
    def generation(self) -> int:
        """Catalog version; changes whenever the catalog changes (in any process).

        Lock-free on the hot path: the in-memory snapshot's generation is returned while the
        catalog files' stat() stamp is unchanged (checked at most every GENERATION_CHECK_S);
        SQLite is asked only when the stamp changed or every GENERATION_QUERY_S.
        """
        known = self._gen_value
        local = _LOCAL_COMMITS.get(self.catalog_path, 0)
        if local != self._gen_local:  # another store of this process committed: ask SQLite now
            known = None
        now = time.monotonic()
        if known is not None and now - self._gen_checked < self.GENERATION_CHECK_S:
            return known
        stamp = self._stamp()
        if known is not None and stamp == self._gen_stamp and now - self._gen_queried < self.GENERATION_QUERY_S:
            self._gen_checked = now
            return known
        value = self._meta("generation")
        known = int(value) if value is not None else 0
        self._gen_value = known
        self._gen_local = local
        self._gen_stamp = stamp
        self._gen_checked = self._gen_queried = now
        return known

    # ------------------------------------------------------------------ snapshot (reads)
    def _load(self) -> _Snapshot:
        """The immutable snapshot of the current generation (swapped atomically on a change)."""
        generation = self.generation
        snap = self._snapshot
        if snap is not None and snap.generation == generation:
            return snap
        with self._cache_lock:
            snap = self._snapshot
            self._gen_checked = 0.0
            if snap is not None and snap.generation == self.generation:
                return snap
            new = self._read_snapshot()
            if snap is not None and new.generation != self._own_generation:
                # another process wrote the index: its vectors are not in our Chroma handles
                self._reopen_chroma()
            self._snapshot = new
            return new

    def _read_snapshot(self) -> _Snapshot:
        with self._conn_lock:
            conn = self._conn
            try:
                conn.execute("BEGIN")  # one consistent read of everything
                try:
                    gen = int(conn.execute("SELECT value FROM meta WHERE key='generation'").fetchone()[0])
                    sig = conn.execute("SELECT value FROM meta WHERE key='embedding_signature'").fetchone()
                    docs = conn.execute("SELECT json FROM documents ORDER BY doc_id").fetchall()
                    rows = conn.execute("SELECT json FROM rows ORDER BY doc_id, seq").fetchall()
                    chunks = conn.execute("SELECT json FROM chunks ORDER BY doc_id, seq").fetchall()
                finally:
                    conn.execute("COMMIT")
            except sqlite3.Error as exc:
                raise IndexUnavailableError(f"cannot read the index catalog {self.catalog_path}: {exc}") from exc
        snap = _Snapshot(generation=gen, embedding_signature=sig[0] if sig else None)
        for (raw,) in docs:
            info = DocumentInfo.model_validate_json(raw)
            snap.docs[info.doc_id] = info
            snap.rows_by_doc[info.doc_id] = []
            snap.chunks_by_doc[info.doc_id] = []
        for (raw,) in rows:
            row = TableRow.model_validate_json(raw)
            snap.rows_all.append(row)
            snap.rows_by_doc.setdefault(row.doc_id, []).append(row)
        for (raw,) in chunks:
            chunk = Chunk.model_validate_json(raw)
            snap.chunks_all.append(chunk)
            snap.chunks_by_doc.setdefault(chunk.doc_id, []).append(chunk)
            snap.chunks_by_id[chunk.chunk_id] = chunk
        return snap

    def documents(self) -> list[DocumentInfo]:
        """All documents, ordered by doc_id."""
        return list(self._load().docs.values())

    def document(self, doc_id: str) -> DocumentInfo | None:
        return self._load().docs.get(doc_id)

    def has_index(self) -> bool:
        """True when the catalog holds at least one document."""
        return bool(self._query("SELECT 1 FROM documents LIMIT 1"))

    def document_state(self, doc_id: str) -> tuple[str, str] | None:
        """(sha256, fingerprint) stored for ``doc_id``, or None if it is not indexed."""
        found = self._query("SELECT sha256, fingerprint FROM documents WHERE doc_id = ?", (doc_id,))
        return (found[0][0], found[0][1]) if found else None

    def rows(self, doc_id: str | None = None, appendix: str | None = None) -> list[TableRow]:
        """Table rows in document order; optionally of one document and/or one appendix.

        ``appendix`` matches the exact label or its suffix ("I" → "Phụ lục I", "01" →
        "Phụ lục 01"), case- and accent-insensitive. The returned records are shared: do not
        mutate them.
        """
        snap = self._load()
        rows = snap.rows_all if doc_id is None else snap.rows_by_doc.get(doc_id, [])
        if appendix is not None and appendix.strip():
            return [r for r in rows if appendix_matches(r.appendix, appendix)]
        return list(rows)

    def chunks(self, doc_id: str | None = None) -> list[Chunk]:
        """Chunks in document order (shared records: do not mutate them)."""
        snap = self._load()
        return list(snap.chunks_all if doc_id is None else snap.chunks_by_doc.get(doc_id, []))

    def chunk(self, chunk_id: str) -> Chunk | None:
        return self._load().chunks_by_id.get(chunk_id)

    def sections(self, doc_id: str) -> list[Section]:
        """Narrative sections of one document as parsed (not cached; rarely needed)."""
        found = self._query("SELECT json FROM sections WHERE doc_id = ? ORDER BY seq", (doc_id,))
        return [Section.model_validate_json(raw) for (raw,) in found]

    # ------------------------------------------------------------------ Chroma
    def _make_client(self) -> Any:
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        chroma_settings = ChromaSettings(anonymized_telemetry=False)
        s = self.settings
        match s.chroma_mode:
            case "embedded":
                path = self.index_dir / "chroma"
                try:
                    return chromadb.PersistentClient(path=str(path), settings=chroma_settings)
                except Exception as exc:
                    raise IndexUnavailableError(
                        f"cannot open the Chroma store at {path} ({type(exc).__name__}: {exc}); "
                        "delete the index folder and re-ingest with `plan-assistant ingest`"
                    ) from exc
            case "server":
                try:
                    client = chromadb.HttpClient(host=s.chroma_host, port=s.chroma_port, settings=chroma_settings)
                    client.heartbeat()
                    return client
                except Exception as exc:
                    raise IndexUnavailableError(
                        f"cannot reach the Chroma server at {s.chroma_host}:{s.chroma_port} "
                        f"({type(exc).__name__}); start it with `chroma run --path DIR --host {s.chroma_host} "
                        f"--port {s.chroma_port}` or set PLAN_ASSISTANT_CHROMA_MODE=embedded"
                    ) from exc
            case other:  # pragma: no cover - Settings validates the literal
                raise IndexUnavailableError(f"unknown chroma_mode '{other}'; use 'embedded' or 'server'")

    @property
    def collection_name(self) -> str:
        """Chroma collection of the configured embedding model: ``<collection>-<signature hash>``.

        Each model (and passage prefix) has its own collection, so vectors of two models are never
        mixed and switching back to a model reuses the vectors it computed before.
        """
        digest = hashlib.sha256(self._embedding_signature.encode("utf-8")).hexdigest()[:12]
        return f"{self.settings.collection}-{digest}"

    def _open_collection(self, client: Any) -> Any:
        from ingest.embeddings import ChromaEmbeddingFunction

        return client.get_or_create_collection(
            name=self.collection_name,
            configuration={"hnsw": {"space": "cosine"}},
            embedding_function=ChromaEmbeddingFunction(self.embeddings),
        )

    def _chroma(self) -> Any:
        """The Chroma collection (opened on first use)."""
        if self._collection is not None:
            return self._collection
        with self._chroma_lock:
            if self._collection is None:
                if self._client is None:
                    self._client = self._make_client()
                try:
                    self._collection = self._open_collection(self._client)
                except IndexUnavailableError:
                    raise
                except Exception as exc:
                    raise IndexUnavailableError(
                        f"cannot open Chroma collection '{self.collection_name}' ({type(exc).__name__}: {exc}); "
                        "re-ingest with `plan-assistant ingest`"
                    ) from exc
            return self._collection

    def _reset_collection(self) -> Any:
        """Drop and recreate the collection (used when the vector dimension may change)."""
        self._chroma()
        with self._chroma_lock:
            try:
                self._client.delete_collection(self.collection_name)
            except Exception:
                pass
            self._collection = self._open_collection(self._client)
            return self._collection

    def vector_count(self) -> int:
        """Number of vectors in Chroma (including orphans not yet vacuumed)."""
        return int(self._chroma().count())

    def vector_ids(self) -> set[str]:
        """All ids held by Chroma."""
        coll = self._chroma()
        ids: set[str] = set()
        page = 5000
        offset = 0
        while True:
            got = coll.get(include=[], limit=page, offset=offset)
            batch = got["ids"]
            ids.update(batch)
            if len(batch) < page:
                return ids
            offset += page

    def vectors(self, ids: Sequence[str]) -> dict[str, list[float]]:
        """id → stored embedding for those of ``ids`` that Chroma holds (for exact re-scoring)."""
        coll = self._chroma()
        found: dict[str, list[float]] = {}
        for batch in _batched(list(ids), _ID_BATCH):
            got = coll.get(ids=list(batch), include=["embeddings"])
            embeddings = got.get("embeddings")
            if embeddings is None:
                continue
            for cid, vec in zip(got["ids"], embeddings):
                found[cid] = list(vec)
        return found

    def _existing_vectors(self, ids: Sequence[str]) -> dict[str, dict]:
        """id → stored metadata for those of ``ids`` that Chroma holds."""
        coll = self._chroma()
        found: dict[str, dict] = {}
        for batch in _batched(list(ids), _ID_BATCH):
            got = coll.get(ids=list(batch), include=["metadatas"])
            for cid, meta in zip(got["ids"], got["metadatas"] or [None] * len(got["ids"])):
                found[cid] = dict(meta or {})
        return found

    def _max_batch(self) -> int:
        try:
            return max(1, min(1000, int(self._client.get_max_batch_size())))
        except Exception:
            return 500

    def _upsert_vectors(self, chunks: Sequence[Chunk]) -> None:
        """Embed and upsert ``chunks`` in batches."""
        coll = self._chroma()
        size = min(self._max_batch(), max(32, self.settings.embedding_batch_size * 4))
        for batch in _batched(list(chunks), size):
            vectors = self.embeddings.embed_documents([c.embed_text or c.text for c in batch])
            coll.upsert(
                ids=[c.chunk_id for c in batch],
                embeddings=vectors,
                metadatas=[c.chroma_metadata() for c in batch],
            )
            _progress().embedded(len(batch))

    def _ensure_vectors(self, chunks: Sequence[Chunk]) -> int:
        """Embed only the chunks Chroma does not hold; refresh changed metadata. Returns #embedded."""
        existing = self._existing_vectors([c.chunk_id for c in chunks])
        new = [c for c in chunks if c.chunk_id not in existing]
        stale_meta = [c for c in chunks if c.chunk_id in existing and existing[c.chunk_id] != c.chroma_metadata()]
        if new:
            self._upsert_vectors(new)
        if stale_meta:
            coll = self._chroma()
            for batch in _batched(stale_meta, self._max_batch()):
                coll.update(ids=[c.chunk_id for c in batch], metadatas=[c.chroma_metadata() for c in batch])
        return len(new)

    def _delete_vectors(self, ids: Iterable[str]) -> None:
        ids = list(ids)
        if not ids:
            return
        coll = self._chroma()
        for batch in _batched(ids, _ID_BATCH):
            coll.delete(ids=list(batch))

    def _delete_vectors_best_effort(self, ids: Iterable[str]) -> None:
        """Step (3) of an update: failures only leave orphans that vacuum() removes later."""
        try:
            self._delete_vectors(ids)
        except Exception as exc:  # pragma: no cover - depends on Chroma failing mid-way
            print(f"warning: could not delete old vectors ({type(exc).__name__}: {exc}); "
                  "the next ingest cleans them up", file=sys.stderr)

    # ------------------------------------------------------------------ writes
    def replace_document(self, parsed: ParsedDocument, chunks: list[Chunk], *, fingerprint: str = "") -> int:
        """Replace one document's catalog entries and vectors (crash-safe, see module docs).

        ``fingerprint`` identifies how the document was produced (parser version, chunking
        settings, manifest entry); the pipeline compares it with ``sha256`` to skip unchanged files.
        Returns the number of chunks that had to be embedded.
        """
        info = parsed.info
        doc_id = info.doc_id
        for row in parsed.rows:
            if row.doc_id != doc_id:
                raise ValueError(f"row {row.row_id!r} belongs to '{row.doc_id}', not '{doc_id}'")
        unique: dict[str, Chunk] = {}
        for chunk in chunks:
            if chunk.doc_id != doc_id:
                raise ValueError(f"chunk {chunk.chunk_id!r} belongs to '{chunk.doc_id}', not '{doc_id}'")
            unique.setdefault(chunk.chunk_id, chunk)  # an identical id means identical content
        new_chunks = list(unique.values())
        new_ids = set(unique)
        info = info.model_copy(
            update={"n_rows": len(parsed.rows), "n_chunks": len(new_chunks), "n_sections": len(parsed.sections)}
        )

        with self._write_lock:
            if self.embedding_mismatch():
                self.reembed_all()
            owners = self._owners(new_ids, exclude=doc_id)
            if owners:
                cid, other = next(iter(owners.items()))
                raise IngestError(
                    f"{len(owners)} chunk id(s) of '{doc_id}' already belong to document '{other}' "
                    f"(e.g. {cid}); the same content is indexed under two document ids — remove one of them"
                )
            old_ids = {cid for (cid,) in self._query("SELECT chunk_id FROM chunks WHERE doc_id = ?", (doc_id,))}

            # (1) vectors first: a crash here leaves only invisible orphans
            embedded = self._ensure_vectors(new_chunks)

            # (2) the catalog, atomically
            signature = self._embedding_signature
            model_name = self.embeddings.model_name

            def work(conn: sqlite3.Connection) -> None:
                conn.execute("DELETE FROM sections WHERE doc_id = ?", (doc_id,))
                conn.execute("DELETE FROM rows WHERE doc_id = ?", (doc_id,))
                conn.execute("DELETE FROM chunks WHERE doc_id = ?", (doc_id,))
                conn.execute(
                    "INSERT OR REPLACE INTO documents (doc_id, sha256, fingerprint, json, updated_at) VALUES (?, ?, ?, ?, ?)",
                    (doc_id, info.sha256, fingerprint, info.model_dump_json(), time.time()),
                )
                conn.executemany(
                    "INSERT INTO sections (doc_id, seq, json) VALUES (?, ?, ?)",
                    [(doc_id, i, s.model_dump_json()) for i, s in enumerate(parsed.sections)],
                )
                conn.executemany(
                    "INSERT INTO rows (row_id, doc_id, seq, json) VALUES (?, ?, ?, ?)",
                    [(r.row_id, doc_id, i, r.model_dump_json()) for i, r in enumerate(parsed.rows)],
                )
                conn.executemany(
                    "INSERT INTO chunks (chunk_id, doc_id, seq, json) VALUES (?, ?, ?, ?)",
                    [(c.chunk_id, doc_id, i, c.model_dump_json()) for i, c in enumerate(new_chunks)],
                )
                conn.executemany(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                    [("embedding_model", model_name), ("embedding_signature", signature)],
                )

            self._transaction(work)

            # (3) old vectors no longer referenced by the catalog
            self._delete_vectors_best_effort(self._unreferenced(old_ids - new_ids))
            return embedded

    def _owners(self, ids: Iterable[str], *, exclude: str) -> dict[str, str]:
        """chunk_id → doc_id for catalog chunks among ``ids`` that belong to another document."""
        owners: dict[str, str] = {}
        for batch in _batched(list(ids), _ID_BATCH):
            marks = ",".join("?" * len(batch))
            for cid, did in self._query(
                f"SELECT chunk_id, doc_id FROM chunks WHERE chunk_id IN ({marks}) AND doc_id != ?",
                [*batch, exclude],
            ):
                owners[cid] = did
        return owners

    def _unreferenced(self, ids: Iterable[str]) -> list[str]:
        ids = list(ids)
        referenced: set[str] = set()
        for batch in _batched(ids, _ID_BATCH):
            marks = ",".join("?" * len(batch))
            referenced.update(cid for (cid,) in self._query(f"SELECT chunk_id FROM chunks WHERE chunk_id IN ({marks})", batch))
        return [cid for cid in ids if cid not in referenced]

    def delete_document(self, doc_id: str) -> bool:
        """Remove a document from the catalog and its vectors from Chroma. False if unknown."""
        with self._write_lock:
            self._load()  # notices another process's writes (and reopens Chroma) before writing
            if self.document_state(doc_id) is None:
                return False
            old_ids = [cid for (cid,) in self._query("SELECT chunk_id FROM chunks WHERE doc_id = ?", (doc_id,))]

            def work(conn: sqlite3.Connection) -> None:
                for table in ("documents", "sections", "rows", "chunks"):
                    conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))

            self._transaction(work)
            self._delete_vectors_best_effort(self._unreferenced(old_ids))
            return True

    def reset(self) -> None:
        """Empty the whole index (catalog and vectors); ``ingest_paths(..., rebuild=True)`` uses it."""
        with self._write_lock:

            def work(conn: sqlite3.Connection) -> None:
                for table in ("documents", "sections", "rows", "chunks"):
                    conn.execute(f"DELETE FROM {table}")
                conn.execute("DELETE FROM meta WHERE key IN ('embedding_model', 'embedding_signature')")

            self._transaction(work)
            self._reset_collection()

    def _stored_dimension(self) -> int | None:
        got = self._chroma().get(limit=1, include=["embeddings"])
        embs = got.get("embeddings")
        if embs is None or len(embs) == 0:
            return None
        return len(embs[0])

    def reembed_all(self, progress: bool = False) -> int:
        """Give every catalog chunk a vector of the configured model (after a model change).

        Returns the number of chunks embedded (those the model's collection did not hold yet)."""
        with self._write_lock:
            chunks = [
                Chunk.model_validate_json(raw)
                for (raw,) in self._query("SELECT json FROM chunks ORDER BY doc_id, seq")
            ]
            # The collection is keyed by the embedding signature (collection_name): the vectors it
            # already holds were computed by this model, so only the missing ones are embedded.
            wanted = {c.chunk_id for c in chunks}
            self._delete_vectors(sorted(self.vector_ids() - wanted))
            if progress and chunks:
                print(
                    f"Re-embedding {len(chunks)} chunks with {self.embedding_model_name} "
                    f"(the index was built with {self.indexed_embedding_model})…",
                    file=sys.stderr,
                )
            embedded = self._ensure_vectors(chunks)
            signature = self._embedding_signature
            model_name = self.embeddings.model_name
            self._transaction(
                lambda conn: conn.executemany(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                    [("embedding_model", model_name), ("embedding_signature", signature)],
                )
            )
            return embedded

    def vacuum(self) -> VacuumReport:
        """Delete vectors no catalog chunk references; re-embed catalog chunks missing in Chroma."""
        with self._write_lock:
            report = VacuumReport()
            if self.embedding_mismatch():
                report.restored = self.reembed_all()
                return report
            catalog = {cid for (cid,) in self._query("SELECT chunk_id FROM chunks")}
            stored = self.vector_ids()
            orphans = stored - catalog
            if orphans:
                self._delete_vectors(sorted(orphans))
                report.removed = len(orphans)
            missing = catalog - stored
            if missing:
                snap = self._load()
                chunks = [snap.chunks_by_id[cid] for cid in sorted(missing) if cid in snap.chunks_by_id]
                self._upsert_vectors(chunks)
                report.restored = len(chunks)
            with self._conn_lock:
                try:
                    self._conn.execute("PRAGMA optimize")
                    self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                except sqlite3.Error:
                    pass
            return report

    # ------------------------------------------------------------------ search
    def dense_search(
        self,
        query: str,
        k: int,
        doc_ids: list[str] | None = None,
        kind: str | None = None,
    ) -> list[tuple[Chunk, float]]:
        """The ``k`` chunks most similar to ``query`` as (chunk, cosine similarity), best first.

        ``doc_ids`` restricts to those documents (an empty list gives no results); ``kind`` to
        "row" or "text" chunks. Only chunks present in the catalog are returned.
        """
        if k <= 0 or (doc_ids is not None and not doc_ids):
            return []
        snap = self._load()
        if not snap.chunks_by_id:
            return []
        if self.embedding_mismatch():
            raise IndexUnavailableError(
                f"the index was built with embedding model '{self.indexed_embedding_model}' but "
                f"'{self.embedding_model_name}' is configured; run `plan-assistant ingest` to re-embed "
                "the stored chunks with the configured model"
            )
        wanted_docs = set(doc_ids) if doc_ids is not None else None
        clauses: list[dict[str, Any]] = []
        if doc_ids is not None:
            ids = sorted(wanted_docs)
            clauses.append({"doc_id": ids[0]} if len(ids) == 1 else {"doc_id": {"$in": ids}})
        if kind is not None:
            clauses.append({"kind": kind})
        where: dict[str, Any] | None = None
        if len(clauses) == 1:
            where = clauses[0]
        elif clauses:
            where = {"$and": clauses}

        vector = self.embed_query(query)
        try:
            return self._dense_query_counted(vector, k, where, snap, wanted_docs, kind)
        except IndexUnavailableError:
            raise
        except Exception:
            # The collection may have been recreated or rewritten by another process (ingest,
            # rebuild, model change): reopen it once and retry; then give up with an error the
            # retriever answers from BM25 alone (never a 500).
            self._reopen_chroma()
            try:
                return self._dense_query_counted(vector, k, where, self._load(), wanted_docs, kind)
            except IndexUnavailableError:
                raise
            except Exception as exc:
                raise IndexUnavailableError(f"vector search failed ({type(exc).__name__}: {exc})") from exc

    def _dense_query_counted(self, *args: Any) -> list[tuple[Chunk, float]]:
        with self._chroma_idle:
            self._chroma_users += 1
        try:
            return self._dense_query(*args)
        finally:
            with self._chroma_idle:
                self._chroma_users -= 1
                if not self._chroma_users:
                    self._chroma_idle.notify_all()

    def _reopen_chroma(self) -> None:
        """Drop our Chroma handles so the next query opens the store afresh (embedded mode keeps
        the HNSW index in memory: after another process wrote, it must be re-read from disk)."""
        with self._chroma_lock:
            with self._chroma_idle:  # wait (briefly) for queries on the old handles to finish
                self._chroma_idle.wait_for(lambda: self._chroma_users == 0, timeout=5.0)
            self._collection = None
            if self.settings.chroma_mode == "embedded" and self._client is not None:
                try:
                    from chromadb.api.shared_system_client import SharedSystemClient

                    ident = getattr(self._client, "_identifier", None)
                    if ident is not None:
                        SharedSystemClient._identifier_to_system.pop(ident, None)
                        SharedSystemClient._identifier_to_refcount.pop(ident, None)
                except Exception:  # noqa: BLE001 - a fresh client is still attempted
                    pass
                self._client = None

    def _dense_query(
        self,
        vector: list[float],
        k: int,
        where: dict[str, Any] | None,
        snap: _Snapshot,
        wanted_docs: set[str] | None,
        kind: str | None,
    ) -> list[tuple[Chunk, float]]:
        coll = self._chroma()
        total = int(coll.count())
        if total == 0:
            return []
        n = min(total, max(2 * k, k + 10))
        while True:
            res = coll.query(query_embeddings=[vector], n_results=n, where=where, include=["distances"])
            ids = res["ids"][0] if res["ids"] else []
            dists = res["distances"][0] if res.get("distances") else [0.0] * len(ids)
            results: list[tuple[Chunk, float]] = []
            for cid, dist in zip(ids, dists):
                chunk = snap.chunks_by_id.get(cid)
                if chunk is None:
                    continue  # orphan vector of an interrupted update
                if wanted_docs is not None and chunk.doc_id not in wanted_docs:
                    continue
                if kind is not None and chunk.kind != kind:
                    continue
                results.append((chunk, 1.0 - float(dist)))
            if len(results) >= k or len(ids) < n or n >= total:
                return results[:k]
            n = min(total, n * 4)
