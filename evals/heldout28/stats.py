"""Counts of held-out set 28 by type x language per file. Run: .venv/bin/python evals/heldout28/stats.py"""
import collections
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = ["indicator_lookup", "task_lookup", "aggregation", "comparison", "narrative", "unanswerable"]


def load(name):
    return [json.loads(ln) for ln in (HERE / name).read_text(encoding="utf-8").splitlines() if ln.strip()]


def table(name, rows):
    c = collections.Counter((r["type"], r["lang"]) for r in rows)
    print(f"== {name} ({len(rows)})")
    print(f"{'type':<18}{'en':>5}{'vi':>5}{'all':>6}")
    for t in TYPES:
        print(f"{t:<18}{c[(t, 'en')]:>5}{c[(t, 'vi')]:>5}{c[(t, 'en')] + c[(t, 'vi')]:>6}")
    en = sum(1 for r in rows if r["lang"] == "en")
    print(f"{'all':<18}{en:>5}{len(rows) - en:>5}{len(rows):>6}")
    d = collections.Counter(r["doc"] or "null" for r in rows)
    print("by doc:", ", ".join(f"{k} {v}" for k, v in sorted(d.items())))
    print()


if __name__ == "__main__":
    h, d = load("questions.jsonl"), load("dev28x.jsonl")
    table("questions.jsonl", h)
    table("dev28x.jsonl", d)
    table("both", h + d)
