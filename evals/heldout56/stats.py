"""Counts by file / type / language / doc -> stats.txt"""
import collections
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
out = []
for name in ("questions.jsonl", "dev56x.jsonl"):
    rs = [json.loads(x) for x in (HERE / name).read_text(encoding="utf-8").splitlines() if x.strip()]
    out.append(f"{name}: {len(rs)} questions")
    for k in ("type", "lang", "doc"):
        c = collections.Counter(str(r[k]) for r in rs)
        out.append(f"  by {k}: " + ", ".join(f"{a}={b}" for a, b in sorted(c.items())))
(HERE / "stats.txt").write_text("\n".join(out) + "\n", encoding="utf-8")
print("\n".join(out))
