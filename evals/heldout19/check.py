"""Check held-out set 19: format, split, no repeats of earlier sets, and every gold string against the documents.

- fields in contract order (id, question, lang, type, doc, expected, evidence, note), lang, type, doc keys (a key, or
  null for off-topic questions), id form h19-NNN, unique ids and question texts, ids one gap-free sequence across
  both files, both languages about half;
- each question sits in the file the seeded split of build_questions.py assigns it to;
- no question repeats a question of an earlier set (lower-cased, whitespace folded; every other *.jsonl under evals/
  and shared/evals/dev.jsonl; only the `question` field is read, nothing is printed);
- the aggregation facts of build_questions.facts() hold (counts recomputed from plan_source.py and corpus parses);
- unanswerable <=> expected == evidence == [], with the note's markers verified:
    absent: [...]            phrases found in none of the formats of the named document (answer normalisation);
    absent_task: "x.y"       Phụ lục II of the new document has no task with that number;
    absent_indicator: "N"    Phụ lục I of the new document has no indicator N;
    no_year_col: "Y"         no header cell of Phụ lục I names the year Y;
    absent_lead: "name"      the name leads no task and tracks no indicator of the new document;
    absent_task_lead: "name" the name leads no task of Phụ lục II of the new document;
    no_task_budget           Phụ lục II has no budget column and the funding section names no task other than 2.1;
    no_year_col_p26: "Y"     the plan-2026 Phụ lục I header has no column for year Y;
    absent_lead_p26: "name"  the name leads no Phụ lục I row of plan-2026;
    absent_k285_task: "N"    the appendix of kh-285-2025 has no task N;
    note_only                off-topic / instruction-like (doc null);
- every expected string occurs in the named document under the answer normalisation of evals/README.md (NFC,
  case-fold, whitespace collapsed, no spaces around % and /) -- for the new document in ALL THREE formats (.md,
  .docx, .pdf text as read by textsrc.py); bundled plans from corpus/*.txt;
- every evidence snippet occurs under the citation normalisation (no accents incl. đ→d, case, punctuation, line
  breaks) in every format, and for the new document also verbatim (whitespace-normalised) in all three formats.
Prints "N questions, 0 problems".
"""
import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
import plan_source as P  # noqa: E402
import textsrc as T  # noqa: E402
import build_questions as BQ  # noqa: E402

FIELDS = ["id", "question", "lang", "type", "doc", "expected", "evidence", "note"]
TYPES = {"indicator_lookup", "task_lookup", "aggregation", "narrative", "comparison", "unanswerable", "ambiguous"}
NEW = P.KEY
MARKERS = ["absent", "absent_task", "absent_indicator", "no_year_col", "absent_lead", "absent_task_lead",
           "no_year_col_p26", "absent_lead_p26", "absent_k285_task"]
FLAGS = ["note_only", "no_task_budget"]


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def doc_texts():
    out = {NEW: T.format_texts()}
    for k in BQ.CORPUS:
        out[k] = {"txt": [BQ.corpus_text(k)]}
    return out


def markers(note):
    out = {}
    for key in MARKERS:
        m = re.search(rf"(?:^|; ){key}: (\[.*?\]|\"[^\"]*\")", note)
        if m:
            out[key] = json.loads(m.group(1))
    for flag in FLAGS:
        if re.search(rf"(?:^|; ){flag}(?:;|$)", note):
            out[flag] = True
    return out


def check_markers(item, doc, texts, problems):
    mk = markers(item["note"])
    pid = item["id"]
    if not mk:
        problems.append(f"{pid}: unanswerable without a marker")
    for phrase in mk.get("absent", []):
        for fmt, ts in texts[doc].items():
            if T.contains_answer(ts, phrase):
                problems.append(f"{pid}: absent phrase {phrase!r} occurs in {doc} ({fmt})")
    tasks, inds = P.task_list(), P.indicator_rows()
    if "absent_task" in mk and mk["absent_task"] in {t[0] for t in tasks}:
        problems.append(f"{pid}: task {mk['absent_task']} exists")
    if "absent_indicator" in mk and mk["absent_indicator"] in {r[0] for r in inds}:
        problems.append(f"{pid}: indicator {mk['absent_indicator']} exists")
    if "no_year_col" in mk and any(mk["no_year_col"] in h for h in P.IND_HEAD1 + P.IND_HEAD2):
        problems.append(f"{pid}: Phụ lục I has a {mk['no_year_col']} column")
    if "absent_lead" in mk:
        n = T.norm_answer(mk["absent_lead"])
        if any(n in T.norm_answer(x) for x in [t[2] for t in tasks] + [r[6] for r in inds]):
            problems.append(f"{pid}: {mk['absent_lead']} leads a task or indicator")
    if "absent_task_lead" in mk:
        n = T.norm_answer(mk["absent_task_lead"])
        if any(n in T.norm_answer(t[2]) for t in tasks):
            problems.append(f"{pid}: {mk['absent_task_lead']} leads a task")
    if mk.get("no_task_budget"):
        if any("kinh phí" in h.lower() or "đồng" in h for h in P.TASK_HEAD):
            problems.append(f"{pid}: Phụ lục II has a budget column")
        if [s for s in P.body_lines() if "nhiệm vụ" in s and "tỷ đồng" in s and "(nhiệm vụ 2.1)" not in s]:
            problems.append(f"{pid}: the funding section budgets another task")
    if "no_year_col_p26" in mk:
        head, _ = BQ.p26_rows()
        if any(mk["no_year_col_p26"] in h for h in head):
            problems.append(f"{pid}: plan-2026 Phụ lục I has a {mk['no_year_col_p26']} column")
    if "absent_lead_p26" in mk:
        n = T.norm_answer(mk["absent_lead_p26"])
        if any(n in T.norm_answer(r[4]) for r in BQ.p26_rows()[1].values()):
            problems.append(f"{pid}: {mk['absent_lead_p26']} leads a plan-2026 indicator")
    if "absent_k285_task" in mk and int(mk["absent_k285_task"]) in BQ.k285_numbers():
        problems.append(f"{pid}: kh-285 task {mk['absent_k285_task']} exists")


def fold(q):
    return re.sub(r"\s+", " ", q).strip().casefold()


def earlier_questions():
    qs = set()
    files = [p for p in (ROOT / "evals").rglob("*.jsonl") if HERE not in p.parents]
    shared = ROOT.parent / "shared" / "evals" / "dev.jsonl"
    if shared.exists():
        files.append(shared)
    for p in files:
        for line in p.read_text(encoding="utf-8").splitlines():
            try:
                q = json.loads(line).get("question")
            except (ValueError, AttributeError):
                continue
            if isinstance(q, str):
                qs.add(fold(q))
    return qs, len(files)


def main():
    BQ.facts()
    texts = doc_texts()
    problems, items = [], []
    for fname in ["questions.jsonl", "dev19.jsonl"]:
        for n, line in enumerate((HERE / fname).read_text(encoding="utf-8").splitlines(), 1):
            it = json.loads(line)
            if list(it) != FIELDS:
                problems.append(f"{fname}:{n}: fields {list(it)}")
            it["_file"] = fname
            items.append(it)
    ids = [it["id"] for it in items]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    if sorted(ids) != [f"h19-{i:03d}" for i in range(1, len(ids) + 1)]:
        problems.append("ids are not one gap-free sequence h19-001 ...")
    if [json.loads(json.dumps(x)) for x in BQ.all_items()] != [{k: v for k, v in it.items() if k != "_file"}
                                                               for it in sorted(items, key=lambda x: x["id"])]:
        problems.append("files differ from build_questions.all_items()")
    qs = [fold(it["question"]) for it in items]
    if len(set(qs)) != len(qs):
        problems.append("duplicate questions")
    earlier, nfiles = earlier_questions()
    for it in items:
        if fold(it["question"]) in earlier:
            problems.append(f"{it['id']}: repeats an earlier set's question")
    dev = BQ.split(sorted(items, key=lambda x: x["id"]))
    langs = collections.Counter(it["lang"] for it in items)
    if abs(langs["en"] - langs["vi"]) > 0.1 * len(items):
        problems.append(f"languages unbalanced {dict(langs)}")
    for it in items:
        pid = it["id"]
        if not re.fullmatch(r"h19-\d{3}", pid):
            problems.append(f"{pid}: bad id")
        if it["_file"] != ("dev19.jsonl" if pid in dev else "questions.jsonl"):
            problems.append(f"{pid}: in the wrong file")
        if it["lang"] not in ("vi", "en"):
            problems.append(f"{pid}: lang")
        if it["type"] not in TYPES:
            problems.append(f"{pid}: type")
        if not isinstance(it["question"], str) or not it["question"].strip():
            problems.append(f"{pid}: empty question")
        if not isinstance(it["expected"], list) or not isinstance(it["evidence"], list) or \
                not isinstance(it["note"], str) or not all(isinstance(s, str) for s in it["expected"] + it["evidence"]):
            problems.append(f"{pid}: field types")
            continue
        doc = it["doc"]
        if doc is None:
            if it["type"] != "unanswerable" or "note_only" not in markers(it["note"]):
                problems.append(f"{pid}: doc null is only for off-topic unanswerable questions")
            if it["expected"] or it["evidence"]:
                problems.append(f"{pid}: unanswerable with gold strings")
            continue
        if doc not in texts:
            problems.append(f"{pid}: doc {doc}")
            continue
        if it["type"] == "unanswerable":
            if it["expected"] or it["evidence"]:
                problems.append(f"{pid}: unanswerable with gold strings")
            check_markers(it, doc, texts, problems)
            continue
        if not it["expected"] or not it["evidence"]:
            problems.append(f"{pid}: empty expected/evidence")
        for s in it["expected"]:
            miss = [fmt for fmt, ts in texts[doc].items() if not T.contains_answer(ts, s)]
            if miss:
                problems.append(f"{pid}: expected {s!r} missing in {doc} {miss}")
        for s in it["evidence"]:
            miss = [fmt for fmt, ts in texts[doc].items() if not T.contains_cite(ts, s)]
            if doc == NEW:
                miss += [fmt + " (verbatim)" for fmt, ts in texts[doc].items() if not any(ws(s) in ws(t) for t in ts)]
            if miss:
                problems.append(f"{pid}: evidence {s!r} missing in {doc} {miss}")
    for p in problems:
        print("PROBLEM", p)
    c = collections.Counter((it["doc"] == NEW, it["type"]) for it in items)
    un = sum(1 for it in items if it["type"] == "unanswerable")
    print(f"(compared with {len(earlier)} questions of {nfiles} earlier files)")
    print(f"new document: {sum(v for (n, _), v in c.items() if n)} questions; other: "
          f"{sum(v for (n, _), v in c.items() if not n)}; unanswerable {un} ({100 * un / len(items):.0f}%); "
          f"languages {dict(langs)}; dev {len(dev)}")
    print(f"{len(items)} questions, {len(problems)} problems")
    return not problems


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
