"""Strict accuracy of an eval run, split by doc (bundled vs new), type, lang and doc x type.

Usage: python split_scores.py QUESTIONS.jsonl RESULTS [RESULTS...]
RESULTS is a JSONL file (or a directory holding results.jsonl / per-question scores) whose lines
carry "id" and the booleans "answer_ok", "citation_ok", "strict" (or "correct_answer",
"correct_citation", "strict"). If a line has no booleans but has "found"/"answer"/"citations",
the scores are computed here with the rules of shared/evals/README.md.
"""
import json, re, sys, unicodedata
from collections import defaultdict
from pathlib import Path

NEW = {"byt-2026", "qt-2027"}


def na(s):
    s = re.sub(r"\s+", " ", unicodedata.normalize("NFC", s).casefold())
    return re.sub(r"\s*([%/])\s*", r"\1", s).strip()


def ne(s):
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return re.sub(r"[\W_]+", "", "".join(c for c in s if unicodedata.category(c) != "Mn").casefold())


def score(q, r):
    keys = (("answer_ok", "citation_ok"), ("correct_answer", "correct_citation"))
    for a, c in keys:
        if a in r or "strict" in r:
            ans, cit = bool(r.get(a)), bool(r.get(c))
            return ans, cit, bool(r.get("strict", ans and cit))
    if q["type"] == "unanswerable":
        ans = r.get("found") is False
        return ans, ans, ans
    text = na(r.get("answer", ""))
    ans = all(na(e) in text for e in q["expected"])
    cits = [ne(c.get("text", "")) for c in r.get("citations", [])]
    cit = any(ne(e) in c for e in q["evidence"] for c in cits)
    return ans, cit, ans and cit


def load_results(p):
    p = Path(p)
    files = [p] if p.is_file() else [f for f in (p / "results.jsonl", p / "scores.jsonl") if f.exists()]
    out = {}
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                out.setdefault(r["id"], {}).update(r)
    return out


def main():
    qs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
    res = {}
    for p in sys.argv[2:]:
        res.update(load_results(p))
    groups = defaultdict(lambda: [0, 0, 0, 0])
    for q in qs:
        r = res.get(q["id"])
        a, c, s = score(q, r) if r else (False, False, False)
        docs = q["doc"] if isinstance(q["doc"], list) else [q["doc"]]
        side = "new" if all(d in NEW for d in docs) else ("bundled" if not any(d in NEW for d in docs) else "mixed")
        dockey = "+".join(docs)
        for g in ("ALL", "side:" + side, "type:" + q["type"], "lang:" + q["lang"], "doc:" + dockey,
                  f"doc x type:{dockey} x {q['type']}", f"side x type:{side} x {q['type']}"):
            t = groups[g]
            t[0] += 1; t[1] += a; t[2] += c; t[3] += s
    missing = sum(1 for q in qs if q["id"] not in res)
    print(f"{'group':55s} {'n':>4s} {'answer':>7s} {'cite':>7s} {'strict':>7s}")
    for g in sorted(groups, key=lambda g: (g.split(":")[0] != "ALL", g.split(":")[0], g)):
        n, a, c, s = groups[g]
        print(f"{g:55s} {n:4d} {a/n:7.3f} {c/n:7.3f} {s/n:7.3f}")
    if missing:
        print(f"({missing} questions had no result and count as wrong)")


if __name__ == "__main__":
    main()
