"""Check held-out set 14: format, split, and every gold string against the documents.

- fields in contract order (id, question, lang, type, doc, expected, evidence, note), lang, type, doc keys (a key,
  a list of keys, or null for off-topic questions), id form h14-NNN, unique ids and question texts, ids one
  sequence across both files;
- each question sits in the file the seeded split of build_questions.py assigns it to;
- unanswerable <=> expected == evidence == [], with the note's markers verified:
    absent: [...]            phrases found in none of the named documents (all three formats of the new plan),
                             under the answer normalisation;
    absent_task: "N"         Phụ lục II of the new plan has no task N;
    absent_indicator: "N"    Phụ lục I of the new plan has no indicator N;
    dash_cell: ["N", col]    cell col (0-based, STT = 0) of indicator N in Phụ lục I is "-";
    no_year_budget: "Y"      Phụ lục III has no column for year Y alone;
    no_budget_column         Phụ lục II has no budget/cost column;
    absent_lead_p26: "name"  the name is the lead of no Phụ lục I row of plan-2026;
    note_only                the reason is only explained (off-topic / instruction-like, or a column structure);
- every expected string occurs in the named document(s) under the answer normalisation of shared/evals/README.md
  (NFC, case-fold, whitespace collapsed, no spaces around % and /); for the new plan in ALL THREE formats;
- every evidence snippet occurs verbatim (after whitespace normalisation; compared also under the citation
  normalisation: no accents incl. đ→d, case, punctuation, line breaks) in a named document; for the new plan in
  ALL THREE formats: .md (HTML table tags turned into line breaks), .docx (python-docx paragraphs + table cells)
  and .pdf (pypdf extract_text()); every named document has at least one snippet.
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
MARKERS = ["absent", "absent_task", "absent_indicator", "dash_cell", "no_year_budget", "absent_lead_p26"]


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def doc_texts():
    out = {NEW: T.format_texts(), DUCP: {"md": [(ROOT / "evals/real/ducp-402-2025.md").read_text(encoding="utf-8")]}}
    for k, f in CORPUS.items():
        out[k] = {"txt": [(ROOT / "corpus" / f).read_text(encoding="utf-8")]}
    return out


def markers(note):
    out = {}
    for key in MARKERS:
        m = re.search(rf"(?:^|; ){key}: (\[.*?\]|\"[^\"]*\"|\d+)", note)
        if m:
            out[key] = json.loads(m.group(1))
    for flag in ("no_budget_column", "note_only"):
        if re.search(rf"(?:^|; ){flag}(?:;|$)", note):
            out[flag] = True
    return out


def p26_leads():
    lines = (ROOT / "corpus" / CORPUS["plan-2026"]).read_text(encoding="utf-8").splitlines()
    i1 = next(i for i, x in enumerate(lines) if x.startswith("**Phụ lục I:**"))
    i2 = next(i for i, x in enumerate(lines) if x.startswith("**Phụ lục II:**"))
    return [x.split("\t")[4] for x in lines[i1:i2] if re.match(r"^\d+\t", x) and len(x.split("\t")) > 4]


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
    ind = {r[2]: r for r in P.indicator_rows()}
    if "absent_task" in mk and mk["absent_task"] in {t[2] for t in P.task_list()}:
        problems.append(f"{pid}: task {mk['absent_task']} exists")
    if "absent_indicator" in mk and mk["absent_indicator"] in ind:
        problems.append(f"{pid}: indicator {mk['absent_indicator']} exists")
    if "dash_cell" in mk:
        n, col = mk["dash_cell"]
        if n not in ind or ind[n][2 + col] != "-":
            problems.append(f"{pid}: cell {col} of indicator {n} is not '-'")
    if "no_year_budget" in mk:
        y = mk["no_year_budget"]
        if any(y in h for h in P.BUD_HEAD):
            problems.append(f"{pid}: budget column for {y} exists")
    if "no_budget_column" in mk:
        if any(re.search(r"kinh phí|dự toán|triệu đồng", h, re.I) for h in P.TASK_HEAD):
            problems.append(f"{pid}: Phụ lục II has a budget column")
    if "absent_lead_p26" in mk:
        name = T.norm_answer(mk["absent_lead_p26"])
        if any(name in T.norm_answer(x) for x in p26_leads()):
            problems.append(f"{pid}: {mk['absent_lead_p26']} leads a plan-2026 indicator")


def main():
    texts = doc_texts()
    problems, items = [], []
    for fname in ["questions.jsonl", "dev14.jsonl"]:
        for n, line in enumerate((HERE / fname).read_text(encoding="utf-8").splitlines(), 1):
            it = json.loads(line)
            if list(it) != FIELDS:
                problems.append(f"{fname}:{n}: fields {list(it)}")
            it["_file"] = fname
            items.append(it)
    ids = [it["id"] for it in items]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    if sorted(ids) != [f"h14-{i:03d}" for i in range(1, len(ids) + 1)]:
        problems.append("ids are not one gap-free sequence h14-001 ...")
    qs = [it["question"] for it in items]
    if len(set(qs)) != len(qs):
        problems.append("duplicate questions")
    dev = split(sorted(items, key=lambda x: x["id"]))
    for it in items:
        pid = it["id"]
        if not re.fullmatch(r"h14-\d{3}", pid):
            problems.append(f"{pid}: bad id")
        if it["_file"] != ("dev14.jsonl" if pid in dev else "questions.jsonl"):
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
        if it["doc"] is None:
            if it["type"] != "unanswerable" or "note_only" not in markers(it["note"]):
                problems.append(f"{pid}: doc null is only for off-topic unanswerable questions")
            if it["expected"] or it["evidence"]:
                problems.append(f"{pid}: unanswerable with gold strings")
            continue
        docs = [it["doc"]] if isinstance(it["doc"], str) else it["doc"]
        if not docs or any(d not in texts for d in docs):
            problems.append(f"{pid}: doc {it['doc']}")
            continue
        if it["type"] == "unanswerable":
            if it["expected"] or it["evidence"]:
                problems.append(f"{pid}: unanswerable with gold strings")
            check_markers(it, docs, texts, problems)
            continue
        if not it["expected"] or not it["evidence"]:
            problems.append(f"{pid}: empty expected/evidence")
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
            where = []
            for d in docs:
                for fmt, ts in texts[d].items():
                    verbatim = any(ws(s) in ws(t) for t in ts)
                    if verbatim and T.contains_cite(ts, s):
                        where.append((d, fmt))
            if not where:
                problems.append(f"{pid}: evidence {s!r} not found verbatim")
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
