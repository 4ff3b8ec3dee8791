"""The baseline: the pipeline a user would otherwise assemble from the LangChain quick-start.

Raw texts of the corpus files (``settings.corpus_dir/*.txt``) split by
``RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)``, embedded with the SAME
embedding model as the assistant (``ingest.embeddings.get_embeddings(settings)``) into a separate
Chroma collection (``baseline_quickstart`` under ``settings.data_dir/"baseline"``), top-4
``similarity_search``.

It is scored on its retrieved context, not on generated text:

* answer correct — every expected string occurs in the concatenated top-4 context (normalised
  as answers);
* citation correct — some top-4 chunk contains some evidence snippet (normalised as citations);
* unanswerable — the baseline never abstains, so it is always wrong.

That makes it an *upper bound* for any LLM reading that context (an LLM can only lose
information the context holds), except on unanswerable questions. Recall@k / MRR are computed
on its top-10 list, so they compare directly with the assistant's retriever.

The collection is reused when it already holds the same chunks (same count and fingerprint of
chunk texts + embedding model); otherwise it is rebuilt.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from evals import metrics

COLLECTION = "baseline_quickstart"
CHUNK_SIZE = 1000
CHUNK_OVERLAP = 200
TOP_K = 4
RETRIEVAL_K = 10
_ADD_BATCH = 256


def split_corpus(corpus_dir: str | Path) -> list[Any]:
    """Quick-start splitting of every ``.txt`` file: LangChain Documents with ``source`` metadata."""
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    corpus_dir = Path(corpus_dir)
    files = sorted(corpus_dir.glob("*.txt"))
    if not files:
        raise FileNotFoundError(f"no .txt files in {corpus_dir}; set PLAN_ASSISTANT_CORPUS_DIR to the corpus folder")
    splitter = RecursiveCharacterTextSplitter(chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP)
    texts = [f.read_text(encoding="utf-8") for f in files]
    return splitter.create_documents(texts, metadatas=[{"source": f.name} for f in files])


def _fingerprint(chunks: Sequence[Any], model_name: str) -> str:
    h = hashlib.sha256(model_name.encode("utf-8"))
    for d in chunks:
        h.update(b"\x00" + d.metadata.get("source", "").encode("utf-8") + b"\x01" + d.page_content.encode("utf-8"))
    return h.hexdigest()


def _model_name(settings: Any) -> str:
    """Identity of the embedding model (and prefixes) the vectors were made with."""
    try:
        from ingest.embeddings import model_identity

        name = model_identity(settings)
    except ImportError:
        name = str(getattr(settings, "embedding_model", "") or "default")
    return f"{name}|{getattr(settings, 'query_prefix', '')}|{getattr(settings, 'passage_prefix', '')}"


class Baseline:
    """The quick-start vector store over the raw corpus text."""

    def __init__(self, settings: Any, embeddings: Any = None):
        self.settings = settings
        self._embeddings = embeddings
        self.store: Any = None
        self.n_chunks = 0
        self.reused = False

    @property
    def persist_dir(self) -> Path:
        return Path(self.settings.data_dir) / "baseline"

    def _open(self, metadata: dict[str, Any] | None) -> Any:
        import chromadb.config
        from langchain_chroma import Chroma

        return Chroma(
            collection_name=COLLECTION,
            embedding_function=self._embeddings,
            persist_directory=str(self.persist_dir),
            client_settings=chromadb.config.Settings(anonymized_telemetry=False),
            collection_metadata=metadata,
        )

    def build(self, progress: bool = False) -> "Baseline":
        """Open the collection; (re)embed the corpus chunks unless it already holds them."""
        if self._embeddings is None:
            from ingest.embeddings import get_embeddings

            self._embeddings = get_embeddings(self.settings)
        chunks = split_corpus(self.settings.corpus_dir)
        model_name = _model_name(self.settings)
        fp = _fingerprint(chunks, model_name)
        self.persist_dir.mkdir(parents=True, exist_ok=True)
        meta = {"fingerprint": fp, "n_chunks": len(chunks), "embedding_model": model_name}
        store = self._open(meta)
        existing = store._collection.count()
        stored_meta = store._collection.metadata or {}
        if existing == len(chunks) and stored_meta.get("fingerprint") == fp:
            self.reused = True
        else:
            if existing or stored_meta.get("fingerprint") != fp:
                store.delete_collection()
                store = self._open(meta)
            from tqdm.auto import tqdm

            ids = [f"bl-{i:06d}" for i in range(len(chunks))]
            for start in tqdm(range(0, len(chunks), _ADD_BATCH), desc="baseline: embedding", unit="batch", disable=not progress):
                batch = chunks[start : start + _ADD_BATCH]
                store.add_documents(batch, ids=ids[start : start + _ADD_BATCH])
            self.reused = False
        self.store = store
        self.n_chunks = len(chunks)
        return self

    def search(self, question: str, k: int = TOP_K) -> list[str]:
        """Texts of the top-k chunks (similarity_search)."""
        if self.store is None:
            self.build()
        return [d.page_content for d in self.store.similarity_search(question, k=k)]


def score_context(q: dict[str, Any], contexts: Sequence[str]) -> dict[str, bool]:
    """Score a retrieved context as if it were an answer that cites every chunk.

    The baseline always "finds" something, so unanswerable questions are wrong.
    """
    pseudo = {
        "found": True,
        "answer": "\n".join(contexts),
        "citations": [{"text": c} for c in contexts],
    }
    a_ok = metrics.answer_correct(q, pseudo)
    c_ok = metrics.citation_correct(q, pseudo)
    return {"answer_ok": a_ok, "citation_ok": c_ok, "strict": a_ok and c_ok}


def run_baseline(questions: Sequence[dict[str, Any]], settings: Any, progress: bool = True, embeddings: Any = None) -> tuple[list[dict[str, Any]], Baseline]:
    """Score the baseline on every question; returns (per-question scores, the baseline)."""
    from tqdm.auto import tqdm

    baseline = Baseline(settings, embeddings=embeddings).build(progress=progress)
    scores: list[dict[str, Any]] = []
    for q in tqdm(questions, desc="baseline", unit="q", disable=not progress):
        t0 = time.perf_counter()
        texts = baseline.search(q["question"], k=RETRIEVAL_K)
        latency = (time.perf_counter() - t0) * 1000
        top = texts[:TOP_K]
        s = score_context(q, top)
        scores.append({
            "id": q.get("id"),
            "type": q.get("type") or metrics.NO_VALUE,
            "lang": q.get("lang") or metrics.NO_VALUE,
            **s,
            "found": True,
            "missing": False,
            "error": None,
            "latency_ms": round(latency, 3),
            "retrieval": metrics.retrieval_metrics(q, texts),
            "context": top,
        })
    return scores, baseline
