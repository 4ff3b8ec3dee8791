"""Strict accuracy of an eval run split by type, language and bundled/new plan.

Usage: python evals/heldout/split_scores.py evals/heldout/questions.jsonl OUT_DIR (prints aggregates only)."""
import json, sys
from collections import defaultdict
qs = {q["id"]: q for q in map(json.loads, open(sys.argv[1]))}
scores = [json.loads(l) for l in open(sys.argv[2] + "/scores.jsonl")]
agg = defaultdict(lambda: [0, 0])
for s in scores:
    q = qs[s["id"]]
    ok = bool(s.get("strict"))
    grp = "new-plan" if q["doc"] == "new-plan" else "bundled"
    for key in ("all", f"doc={grp}", f"type={q['type']}", f"lang={q['lang']}", f"{grp}/type={q['type']}"):
        agg[key][0] += ok; agg[key][1] += 1
for k in sorted(agg):
    a, n = agg[k]
    print(f"{k:35s} {a:4d}/{n:<4d} {a/n:6.1%}")
