"""Answer latency with the default settings, after a warm-up on other questions.

    python benchmarks/bench_answer.py [--questions evals/project.jsonl] [--warmup evals/dev.jsonl] [--repeat 3]

Warms up (BM25 index, caches, embedding model) on ``--warmup``, then measures ``--questions``:
first as unseen questions (each needs its query embedding), then ``--repeat`` more passes (query
vectors cached, as for a question asked again). Prints p50/p95/max per-question latency (ms) of
Assistant.answer for both. Uses the index in PLAN_ASSISTANT_DATA_DIR (built from corpus/ when missing).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from assistant import Assistant
from ingest.settings import get_settings


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    evals = Path(__file__).resolve().parent.parent / "evals"
    parser.add_argument("--questions", default=str(evals / "project.jsonl"))
    parser.add_argument("--warmup", default=str(evals / "dev.jsonl"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    questions = [json.loads(line)["question"] for line in open(args.questions, encoding="utf-8") if line.strip()]
    warmup = [json.loads(line)["question"] for line in open(args.warmup, encoding="utf-8") if line.strip()]
    warmup = [q for q in warmup if q not in set(questions)]
    t0 = time.perf_counter()
    assistant = Assistant(get_settings())
    load_s = time.perf_counter() - t0
    for q in warmup:  # warm-up: BM25 index, caches, embedding model
        assistant.answer(q)

    def timed(qs: list[str]) -> list[float]:
        out = []
        for q in qs:
            t = time.perf_counter()
            assistant.answer(q)
            out.append((time.perf_counter() - t) * 1000)
        return out

    unseen = timed(questions)
    repeated = [ms for _ in range(args.repeat) for ms in timed(questions)]
    print(f"warm-up: {len(warmup)} other questions; assistant load {load_s:.1f} s")
    for name, lat in ((f"unseen   ({len(questions)} questions)", unseen), (f"repeated ({len(questions)} x {args.repeat})", repeated)):
        print(f"{name}: latency ms  p50 {percentile(lat, 50):.1f}  p95 {percentile(lat, 95):.1f}  "
              f"mean {statistics.mean(lat):.1f}  max {max(lat):.1f}")


if __name__ == "__main__":
    main()
