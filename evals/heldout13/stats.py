"""Print the count tables of README.md (by doc x type, with languages) for the whole set, questions.jsonl and
dev13.jsonl."""
import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = ["indicator_lookup", "task_lookup", "aggregation", "comparison", "narrative", "ambiguous", "unanswerable"]


def dk(q):
    d = q["doc"]
    return d if isinstance(d, str) else ("all seven (off-topic)" if len(d) == 7 else " + ".join(d))


def table(qs, title):
    docs = Counter(dk(q) for q in qs)
    print(f"**{title}** ({len(qs)})\n")
    print("| doc | " + " | ".join(TYPES) + " | en | vi | all |")
    print("|---|" + "---|" * (len(TYPES) + 3))
    for d in sorted(docs, key=lambda x: (-docs[x], x)) + ["**all**"]:
        sub = qs if d == "**all**" else [q for q in qs if dk(q) == d]
        c, lang = Counter(q["type"] for q in sub), Counter(q["lang"] for q in sub)
        print(f"| {d} | " + " | ".join(str(c[t]) for t in TYPES) + f" | {lang['en']} | {lang['vi']} | {len(sub)} |")
    print()


if __name__ == "__main__":
    held = [json.loads(x) for x in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines()]
    dev = [json.loads(x) for x in (HERE / "dev13.jsonl").read_text(encoding="utf-8").splitlines()]
    table(sorted(held + dev, key=lambda q: q["id"]), "Whole set")
    table(held, "questions.jsonl (held out)")
    table(dev, "dev13.jsonl (development)")
