"""Answer latency over a question set with the default settings, after warm-up.

    python benchmarks/bench_answer.py [--questions evals/dev.jsonl] [--repeat 3]

Prints p50/p95/max per-question latency (ms) of Assistant.answer. Uses the index in
PLAN_ASSISTANT_DATA_DIR (built from corpus/ when missing).
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
    parser.add_argument("--questions", default=str(Path(__file__).resolve().parent.parent / "evals" / "dev.jsonl"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    questions = [json.loads(line)["question"] for line in open(args.questions, encoding="utf-8") if line.strip()]
    t0 = time.perf_counter()
    assistant = Assistant(get_settings())
    load_s = time.perf_counter() - t0
    for q in questions:  # warm-up: BM25 index, caches, embedding model
        assistant.answer(q)
    latencies = []
    for _ in range(args.repeat):
        for q in questions:
            t = time.perf_counter()
            assistant.answer(q)
            latencies.append((time.perf_counter() - t) * 1000)
    print(f"questions: {len(questions)} x {args.repeat} (after one warm-up pass); assistant load {load_s:.1f} s")
    print(f"latency ms  p50 {percentile(latencies, 50):.1f}  p95 {percentile(latencies, 95):.1f}  "
          f"mean {statistics.mean(latencies):.1f}  max {max(latencies):.1f}")


if __name__ == "__main__":
    main()
