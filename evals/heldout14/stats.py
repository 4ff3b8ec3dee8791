"""Counts of held-out set 14 by doc x type x language (markdown tables), for README.md."""
import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = ["indicator_lookup", "task_lookup", "aggregation", "comparison", "narrative", "unanswerable"]


def key(d):
    return "null (off-topic)" if d is None else (d if isinstance(d, str) else " + ".join(d))


def table(items, title):
    print(f"**{title}** ({len(items)})\n")
    docs = sorted({key(it["doc"]) for it in items}, key=lambda k: (-sum(key(i["doc"]) == k for i in items), k))
    print("| doc | " + " | ".join(t for t in TYPES) + " | en | vi | all |")
    print("|---" * (len(TYPES) + 4) + "|")
    for d in docs + ["all"]:
        sub = [it for it in items if d == "all" or key(it["doc"]) == d]
        c = Counter(it["type"] for it in sub)
        lang = Counter(it["lang"] for it in sub)
        print(f"| {d} | " + " | ".join(str(c[t]) for t in TYPES) + f" | {lang['en']} | {lang['vi']} | {len(sub)} |")
    print()
    print("type x language: " + "; ".join(
        f"{t} {sum(1 for i in items if i['type'] == t and i['lang'] == 'en')} en / "
        f"{sum(1 for i in items if i['type'] == t and i['lang'] == 'vi')} vi" for t in TYPES))
    print()


for name in ["questions.jsonl", "dev14.jsonl"]:
    table([json.loads(l) for l in (HERE / name).read_text(encoding="utf-8").splitlines()], name)
