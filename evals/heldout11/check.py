"""Check held-out set 11: format, split, and every gold string against the documents.

- fields in contract order, lang, type, doc keys, id form h11-NNN, unique ids and question texts;
- each question sits in the file the split of build_questions.py assigns it to;
- unanswerable <=> expected == evidence == [], with the note's markers verified
  (absent: phrases missing from the named documents, in every format for the new plan;
   absent_indicator / absent_task / absent_project / absent_header / absent_lead for the new plan
   (plan_source.py tables) or the report's Phụ lục 1 rows; absent_p26_indicator; absent_rowno);
- ambiguous questions list at least two readings;
- every expected string occurs in the named document(s) under the answer normalisation of
  shared/evals/README.md; every evidence snippet under the citation normalisation, and at least one
  snippet in each named document format. For lacgiang-nnmt-2027 both must hold in ALL THREE
  formats: .md, .docx (python-docx paragraphs + table cells) and .pdf (pdfplumber extract_text(),
  or the per-column text of the unruled appendix tables for cells that wrap).
Prints "N questions, 0 problems".
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
import plan_source as P  # noqa: E402
import textsrc as T  # noqa: E402
from build_questions import split  # noqa: E402

FIELDS = ["id", "question", "lang", "type", "doc", "expected", "evidence", "note"]
TYPES = {"indicator_lookup", "task_lookup", "aggregation", "narrative", "comparison", "unanswerable", "ambiguous"}
CORPUS = {"plan-2026": "2026-plan_kh-275-ubnd.txt", "plan-2025": "2025-plan_ubnd.txt",
          "ctr-06-2022": "2022-program_qd-176-ubnd_nq-06.txt", "kh-266-2025": "2025-action-plan_kh-266-tu_nq-57.txt",
          "kh-285-2025": "2025-plan_kh-285-tu_kh-02.txt"}
NEW, DUCP = P.KEY, "ducp-402-2025"


def doc_texts():
    out = {NEW: T.format_texts(), DUCP: {"md": [(ROOT / "evals/real/ducp-402-2025.md").read_text(encoding="utf-8")]}}
    for k, f in CORPUS.items():
        out[k] = {"txt": [(ROOT / "corpus" / f).read_text(encoding="utf-8")]}
    return out


def ducp_rows():
    rows = []
    for line in (ROOT / "evals/real/ducp-402-2025.md").read_text(encoding="utf-8").splitlines():
        if re.match(r"\|\s*\d+\.\s*\|", line):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
    return rows


def markers(note):
    out = {}
    for key in ["absent", "absent_indicator", "absent_task", "absent_project", "absent_header", "absent_lead",
                "absent_p26_indicator", "absent_rowno"]:
        m = re.search(rf"(?:^|; ){key}: (\[.*?\]|\"[^\"]*\")", note)
        if m:
            out[key] = json.loads(m.group(1))
    return out


def check_markers(item, docs, texts, problems):
    mk = markers(item["note"])
    if not mk:
        problems.append(f"{item['id']}: unanswerable without a marker")
    pid = item["id"]
    for phrase in mk.get("absent", []):
        for d in docs:
            for fmt, ts in texts[d].items():
                if T.contains_answer(ts, phrase):
                    problems.append(f"{pid}: absent phrase {phrase!r} occurs in {d} ({fmt})")
    if "absent_indicator" in mk:
        if mk["absent_indicator"] in {r[2] for r in P.indicator_rows()}:
            problems.append(f"{pid}: indicator {mk['absent_indicator']} exists")
    if "absent_task" in mk:
        if NEW in docs and mk["absent_task"] in {f"{r[0]}.{r[2]}" for r in P.task_rows()}:
            problems.append(f"{pid}: task {mk['absent_task']} exists")
        if DUCP in docs and mk["absent_task"] in {r[0].rstrip(".") for r in ducp_rows()}:
            problems.append(f"{pid}: report row {mk['absent_task']} exists")
    if "absent_project" in mk and mk["absent_project"] in {r[0] for r in P.PROJECTS}:
        problems.append(f"{pid}: project {mk['absent_project']} exists")
    if "absent_header" in mk:
        heads = P.IND_HEADER + P.TASK_HEADER + P.PROJ_HEADER
        if any(mk["absent_header"].casefold() in h.casefold() for h in heads):
            problems.append(f"{pid}: header {mk['absent_header']!r} exists")
    if "absent_lead" in mk:
        name = mk["absent_lead"]
        if NEW in docs:
            leads = set()
            for r in P.task_rows():
                leads.update(P.split_agency(r[4])[0])
            for r in P.indicator_rows():
                leads.update(P.split_agency(r[8])[0])
            if name in leads:
                problems.append(f"{pid}: {name} leads something in {NEW}")
        if DUCP in docs and any(name in r[4] for r in ducp_rows()):
            problems.append(f"{pid}: {name} leads a report row")
    if "absent_p26_indicator" in mk:
        txt = texts["plan-2026"]["txt"][0]
        part = txt.split("**Phụ lục I:**", 1)[1].split("**Phụ lục II:**", 1)[0]
        nums = {line.split("\t")[0].strip() for line in part.splitlines() if "\t" in line}
        if mk["absent_p26_indicator"] in nums:
            problems.append(f"{pid}: plan-2026 indicator {mk['absent_p26_indicator']} exists")
    if "absent_rowno" in mk:
        n = mk["absent_rowno"]
        for d in docs:
            for ts in texts[d].values():
                for t in ts:
                    for line in t.splitlines():
                        if "\t" in line and line.split("\t")[0].strip().rstrip(".") == n:
                            problems.append(f"{pid}: row {n} exists in {d}")


def main():
    texts = doc_texts()
    problems = []
    items = []
    for fname in ["questions.jsonl", "dev11.jsonl"]:
        for n, line in enumerate((HERE / fname).read_text(encoding="utf-8").splitlines(), 1):
            it = json.loads(line)
            it["_file"] = fname
            items.append(it)
            if list(k for k in it if k != "_file") != FIELDS:
                problems.append(f"{fname}:{n}: fields {list(it)}")
    ids = [it["id"] for it in items]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    qs = [it["question"] for it in items]
    if len(set(qs)) != len(qs):
        problems.append("duplicate questions")
    dev = split(sorted(items, key=lambda x: x["id"]))
    for it in items:
        pid = it["id"]
        if not re.fullmatch(r"h11-\d{3}", pid):
            problems.append(f"{pid}: bad id")
        if it["_file"] != ("dev11.jsonl" if pid in dev else "questions.jsonl"):
            problems.append(f"{pid}: in the wrong file")
        if it["lang"] not in ("vi", "en"):
            problems.append(f"{pid}: lang")
        if it["type"] not in TYPES:
            problems.append(f"{pid}: type")
        docs = [it["doc"]] if isinstance(it["doc"], str) else it["doc"]
        if not docs or any(d not in texts for d in docs):
            problems.append(f"{pid}: doc {it['doc']}")
            continue
        if not isinstance(it["expected"], list) or not isinstance(it["evidence"], list) or not isinstance(it["note"], str):
            problems.append(f"{pid}: field types")
            continue
        if it["type"] == "unanswerable":
            if it["expected"] or it["evidence"]:
                problems.append(f"{pid}: unanswerable with gold strings")
            check_markers(it, docs, texts, problems)
            continue
        if not it["expected"] or not it["evidence"]:
            problems.append(f"{pid}: empty expected/evidence")
        if it["type"] == "ambiguous" and len(it["expected"]) < 2:
            problems.append(f"{pid}: ambiguous with fewer than two readings")
        # expected: in at least one named doc; for the new plan, in every format
        for s in it["expected"]:
            ok = False
            for d in docs:
                if all(T.contains_answer(ts, s) for ts in texts[d].values()):
                    ok = True
                elif d == NEW and any(T.contains_answer(ts, s) for ts in texts[d].values()):
                    missing = [f for f, ts in texts[d].items() if not T.contains_answer(ts, s)]
                    problems.append(f"{pid}: expected {s!r} missing in {NEW} {missing}")
            if not ok:
                problems.append(f"{pid}: expected {s!r} not found in {docs}")
        # evidence: each snippet somewhere; at least one snippet in every format of a named doc
        for s in it["evidence"]:
            if not any(T.contains_cite(ts, s) for d in docs for ts in texts[d].values()):
                problems.append(f"{pid}: evidence {s!r} not found")
        for d in docs:
            for fmt, ts in texts[d].items():
                if len(docs) == 1 and not any(T.contains_cite(ts, s) for s in it["evidence"]):
                    problems.append(f"{pid}: no evidence snippet in {d} ({fmt})")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(items)} questions, {len(problems)} problems")
    return not problems


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
