"""Count tables of held-out set 27 (doc x type x language) for README.md."""
import collections
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = ["indicator_lookup", "task_lookup", "aggregation", "comparison", "narrative", "unanswerable"]


def dockey(d):
    if d is None:
        return "null (off-topic)"
    return d if isinstance(d, str) else " + ".join(d)


def table(items, title):
    print(f"**{title}** ({len(items)})\n")
    print("| doc | " + " | ".join(TYPES) + " | en | vi | all |")
    print("|---" * (len(TYPES) + 4) + "|")
    by = collections.defaultdict(list)
    for it in items:
        by[dockey(it["doc"])].append(it)
    for d, its in sorted(by.items(), key=lambda kv: -len(kv[1])) + [("all", items)]:
        c = collections.Counter(i["type"] for i in its)
        lg = collections.Counter(i["lang"] for i in its)
        print(f"| {d} | " + " | ".join(str(c[t]) for t in TYPES) + f" | {lg['en']} | {lg['vi']} | {len(its)} |")
    tl = collections.Counter((i["type"], i["lang"]) for i in items)
    print("\ntype x language: " + "; ".join(f"{t} {tl[(t, 'en')]} en / {tl[(t, 'vi')]} vi" for t in TYPES) + "\n")


def main():
    q = [json.loads(x) for x in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines()]
    d = [json.loads(x) for x in (HERE / "dev27x.jsonl").read_text(encoding="utf-8").splitlines()]
    table(q, "questions.jsonl")
    table(d, "dev27x.jsonl")
    table(q + d, "both files")


if __name__ == "__main__":
    main()
