"""Check held-out set 13: format, split, and every gold string against the documents.

- fields in contract order (id, question, lang, type, doc, expected, evidence, note), lang, type, doc keys,
  id form h13-NNN, unique ids and question texts;
- each question sits in the file the seeded split of build_questions.py assigns it to;
- unanswerable <=> expected == evidence == [], with the note's markers verified:
    absent: [...]              phrases found in none of the named documents (all formats of the new plan),
                               under the answer normalisation;
    absent_target: N           the new plan has no target (N);
    absent_task: N             Phụ lục II of the new plan has no task N;
    absent_target_year: [N, Y] target (N) of the new plan does not mention year Y;
    absent_budget_year: "Y"    Phụ lục III has no column for year Y alone;
    absent_lead: "name"        the name leads no Phụ lục II group and no "Giao <name> chủ trì" sentence of the
                               new plan, and heads no row of the report's Phụ lục 1;
- ambiguous questions list at least two readings;
- every expected string occurs in the named document(s) under the answer normalisation of
  shared/evals/README.md (NFC, case-fold, whitespace collapsed, no spaces around % and /); for the new plan in
  ALL THREE formats;
- every evidence snippet occurs verbatim (citation normalisation: accents incl. đ→d, case, punctuation, line
  breaks) in the named documents; for the new plan in ALL THREE formats: .md, .docx (python-docx paragraphs +
  table cells + the footnotes part) and .pdf (pypdf extract_text(), whitespace normalised); and every named
  document has at least one of the snippets in each of its formats.
Bundled plans are read from corpus/*.txt, the report from evals/real/ducp-402-2025.md.
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
MARKERS = ["absent", "absent_target", "absent_task", "absent_target_year", "absent_budget_year", "absent_lead"]


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
    for key in MARKERS:
        m = re.search(rf"(?:^|; ){key}: (\[.*?\]|\"[^\"]*\"|\d+)", note)
        if m:
            out[key] = json.loads(m.group(1))
    return out


def new_plan_leads():
    """lead agencies of the new plan: Phụ lục II group rows and 'Giao X chủ trì' sentences of the body"""
    leads = [lead for _, lead, _ in P.TASK_GROUPS]
    for _, text in P.BODY:
        leads += re.findall(r"Giao (.+?) chủ trì", text)
    return [T.norm_answer(x) for x in leads]


def check_markers(item, docs, texts, problems):
    mk = markers(item["note"])
    pid = item["id"]
    if not mk:
        problems.append(f"{pid}: unanswerable without a marker")
    for phrase in mk.get("absent", []):
        for d in docs:
            for fmt, ts in texts[d].items():
                if T.contains_answer(ts, phrase):
                    problems.append(f"{pid}: absent phrase {phrase!r} occurs in {d} ({fmt})")
    targets = {r[2]: r for r in P.indicator_rows()}
    if "absent_target" in mk and f"({mk['absent_target']})" in targets:
        problems.append(f"{pid}: target {mk['absent_target']} exists")
    if "absent_task" in mk and str(mk["absent_task"]) in {t[2] for t in P.task_list()}:
        problems.append(f"{pid}: task {mk['absent_task']} exists")
    if "absent_target_year" in mk:
        n, year = mk["absent_target_year"]
        text = [t for g in P.TARGET_GROUPS for num, t in g[2] if num == n]
        if len(text) != 1 or year in text[0]:
            problems.append(f"{pid}: target ({n}) mentions {year} or does not exist")
    if "absent_budget_year" in mk:
        y = mk["absent_budget_year"]
        heads = P.BUD_HEAD_TOP + P.BUD_PHASES
        if any(h.strip() in (y, f"Năm {y}") for h in heads):
            problems.append(f"{pid}: budget column for {y} exists")
    if "absent_lead" in mk:
        name = T.norm_answer(mk["absent_lead"])
        if NEW in docs and any(name in x for x in new_plan_leads()):
            problems.append(f"{pid}: {mk['absent_lead']} leads something in {NEW}")
        if DUCP in docs and any(name in T.norm_answer(r[4]) for r in ducp_rows()):
            problems.append(f"{pid}: {mk['absent_lead']} leads a report row")


def main():
    texts = doc_texts()
    problems, items = [], []
    for fname in ["questions.jsonl", "dev13.jsonl"]:
        for n, line in enumerate((HERE / fname).read_text(encoding="utf-8").splitlines(), 1):
            it = json.loads(line)
            if list(it) != FIELDS:
                problems.append(f"{fname}:{n}: fields {list(it)}")
            it["_file"] = fname
            items.append(it)
    ids = [it["id"] for it in items]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    qs = [it["question"] for it in items]
    if len(set(qs)) != len(qs):
        problems.append("duplicate questions")
    dev = split(sorted(items, key=lambda x: x["id"]))
    for it in items:
        pid = it["id"]
        if not re.fullmatch(r"h13-\d{3}", pid):
            problems.append(f"{pid}: bad id")
        if it["_file"] != ("dev13.jsonl" if pid in dev else "questions.jsonl"):
            problems.append(f"{pid}: in the wrong file")
        if it["lang"] not in ("vi", "en"):
            problems.append(f"{pid}: lang")
        if it["type"] not in TYPES:
            problems.append(f"{pid}: type")
        if not isinstance(it["question"], str) or not it["question"].strip():
            problems.append(f"{pid}: empty question")
        docs = [it["doc"]] if isinstance(it["doc"], str) else it["doc"]
        if not docs or any(d not in texts for d in docs):
            problems.append(f"{pid}: doc {it['doc']}")
            continue
        if not isinstance(it["expected"], list) or not isinstance(it["evidence"], list) or \
                not isinstance(it["note"], str) or not all(isinstance(s, str) for s in it["expected"] + it["evidence"]):
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
        for s in it["expected"]:
            ok = False
            for d in docs:
                found = {fmt: T.contains_answer(ts, s) for fmt, ts in texts[d].items()}
                if all(found.values()):
                    ok = True
                elif any(found.values()):
                    problems.append(f"{pid}: expected {s!r} missing in {d} {[f for f, v in found.items() if not v]}")
            if not ok:
                problems.append(f"{pid}: expected {s!r} not found in {docs}")
        for s in it["evidence"]:
            where = [(d, fmt) for d in docs for fmt, ts in texts[d].items() if T.contains_cite(ts, s)]
            if not where:
                problems.append(f"{pid}: evidence {s!r} not found")
            elif any(d == NEW for d, _ in where) and len([1 for d, _ in where if d == NEW]) < 3:
                problems.append(f"{pid}: evidence {s!r} not in all three formats of {NEW}")
        for d in docs:
            for fmt, ts in texts[d].items():
                if not any(T.contains_cite(ts, s) for s in it["evidence"]):
                    problems.append(f"{pid}: no evidence snippet in {d} ({fmt})")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(items)} questions, {len(problems)} problems")
    return not problems


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
