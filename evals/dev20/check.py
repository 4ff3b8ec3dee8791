"""Check dev set 20: format, gold strings against the documents, unanswerable markers, and no near-duplicates.

- fields in contract order (id, question, lang, type, doc, expected, evidence, note); ids d20-001 ... gap-free;
  lang vi/en (about half each); type one of the contract types; doc a known key, a list of keys, or null (only
  for off-topic unanswerable questions marked note_only); dev20.jsonl equals build_questions.all_items();
- the aggregation facts of build_questions.facts() hold (recomputed from the parsed tables);
- every expected string occurs in (one of) the named document(s) under the answer normalisation (NFC, case-fold,
  whitespace collapsed, no spaces around % and /); every evidence string occurs verbatim (whitespace-normalised)
  in the document text with markup stripped (HTML tags, '**', table pipes, delimiter rows and dash rules);
- unanswerable <=> expected == evidence == [], with a note marker that is verified:
    absent: [...]                none of the phrases occurs in the document (answer normalisation)
    absent_task: "x"             no task row with that number      absent_indicator: "n"  no indicator n
    no_year_col: "Y"             the indicator table header names no year Y
    absent_task_lead: "name"     the name leads no task            absent_project_lead: "abbr"  invests in no project
    no_budget_col                the task table header has no budget column
    no_year_col_p26 / absent_lead_p26 / absent_k285_task   the same for plan-2026 Phụ lục I / kh-285-2025's appendix
    note_only                    off-topic or instruction-like, doc null
- no question repeats or nearly repeats (difflib ratio >= 0.85 after case/space folding) a question of another
  file: every other *.jsonl under evals/ and shared/evals/dev.jsonl; only the `question` field is read and nothing
  of those files is printed.
Prints "N questions, 0 problems".
"""
import collections
import difflib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
import docsrc as D  # noqa: E402
import build_questions as BQ  # noqa: E402

FIELDS = ["id", "question", "lang", "type", "doc", "expected", "evidence", "note"]
TYPES = {"indicator_lookup", "task_lookup", "aggregation", "narrative", "comparison", "unanswerable", "ambiguous"}
MARKERS = ["absent", "absent_task", "absent_indicator", "no_year_col", "absent_task_lead", "absent_project_lead",
           "no_year_col_p26", "absent_lead_p26", "absent_k285_task"]
FLAGS = ["note_only", "no_budget_col"]
NEAR = 0.85


def fold(q):
    return re.sub(r"\s+", " ", q).strip().casefold()


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


def task_ids(doc):
    return {D.Q: lambda: [t[0] for t in D.q_tasks()], D.V: lambda: [t[0] for t in D.v_tasks()],
            D.N: lambda: [t[1] for t in D.n_tasks()]}[doc]()


def check_markers(it, texts, problems):
    doc, pid, mk = it["doc"], it["id"], markers(it["note"])
    if not mk:
        problems.append(f"{pid}: unanswerable without a marker")
    if doc is None:
        if not mk.get("note_only"):
            problems.append(f"{pid}: doc null without note_only")
        return
    if mk.get("note_only"):
        problems.append(f"{pid}: note_only with a document")
    t = D.norm_answer(texts[doc])
    for phrase in mk.get("absent", []):
        if D.norm_answer(phrase) in t:
            problems.append(f"{pid}: absent phrase {phrase!r} occurs in {doc}")
    if "absent_task" in mk and mk["absent_task"] in task_ids(doc):
        problems.append(f"{pid}: task {mk['absent_task']} exists")
    if "absent_indicator" in mk:
        rows = {D.Q: D.q_indicators, D.V: D.v_indicators, D.N: lambda: [r[1:] for r in D.n_indicators()]}[doc]()
        if mk["absent_indicator"] in {r[0] for r in rows}:
            problems.append(f"{pid}: indicator {mk['absent_indicator']} exists")
    if "no_year_col" in mk:
        head = {D.Q: D.q_ind_header, D.V: D.v_ind_header, D.N: D.n_ind_header}[doc]()
        if any(mk["no_year_col"] in h for h in head):
            problems.append(f"{pid}: indicator table has a {mk['no_year_col']} column")
    if "absent_task_lead" in mk:
        leads = {D.Q: lambda: [t[2] for t in D.q_tasks()], D.V: lambda: [t[4] for t in D.v_tasks()],
                 D.N: lambda: [t[4] for t in D.n_tasks()]}[doc]()
        if mk["absent_task_lead"] in leads:
            problems.append(f"{pid}: {mk['absent_task_lead']} leads a task")
    if "absent_project_lead" in mk and mk["absent_project_lead"] in [r[3] for r in D.n_projects()]:
        problems.append(f"{pid}: {mk['absent_project_lead']} invests in a project")
    if mk.get("no_budget_col"):
        head = {D.Q: lambda: " ".join(D.q_task_header()), D.N: D.n_task_header}[doc]()
        if re.search(r"kinh phí|đồng", head, flags=re.I):
            problems.append(f"{pid}: the task table has a budget column")
    if "no_year_col_p26" in mk and any(mk["no_year_col_p26"] in h for h in D.p26_rows()[0]):
        problems.append(f"{pid}: plan-2026 Phụ lục I has a {mk['no_year_col_p26']} column")
    if "absent_lead_p26" in mk and any(mk["absent_lead_p26"] in r[4] for r in D.p26_rows()[1].values()):
        problems.append(f"{pid}: {mk['absent_lead_p26']} leads a plan-2026 indicator")
    if "absent_k285_task" in mk and int(mk["absent_k285_task"]) in D.k285_numbers():
        problems.append(f"{pid}: kh-285 task {mk['absent_k285_task']} exists")


def earlier_questions():
    files = [p for p in (ROOT / "evals").rglob("*.jsonl") if HERE not in p.parents]
    shared = ROOT.parent / "shared" / "evals" / "dev.jsonl"
    if shared.exists():
        files.append(shared)
    qs = set()
    for p in files:
        for line in p.read_text(encoding="utf-8").splitlines():
            try:
                q = json.loads(line).get("question")
            except (ValueError, AttributeError):
                continue
            if isinstance(q, str):
                qs.add(fold(q))
    return sorted(qs), len(files)


def main():
    problems = []
    try:
        BQ.facts()
    except AssertionError as e:
        problems.append(f"facts: {e!r}")
    texts = {k: D.text(k) for k in D.FILES}
    wtexts = {k: D.ws(t) for k, t in texts.items()}
    items = [json.loads(x) for x in (HERE / "dev20.jsonl").read_text(encoding="utf-8").splitlines()]
    if items != json.loads(json.dumps(BQ.all_items(), ensure_ascii=False)):
        problems.append("dev20.jsonl differs from build_questions.all_items()")
    if [it.get("id") for it in items] != [f"d20-{i:03d}" for i in range(1, len(items) + 1)]:
        problems.append("ids are not one gap-free sequence d20-001 ...")
    qs = [fold(it["question"]) for it in items]
    if len(set(qs)) != len(qs):
        problems.append("duplicate questions within dev20")
    langs = collections.Counter(it["lang"] for it in items)
    if abs(langs["en"] - langs["vi"]) > 0.15 * len(items):
        problems.append(f"languages unbalanced {dict(langs)}")
    for it in items:
        pid = it.get("id")
        if list(it) != FIELDS:
            problems.append(f"{pid}: fields {list(it)}")
            continue
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
        docs = doc if isinstance(doc, list) else [doc]
        if doc is not None and not all(d in texts for d in docs):
            problems.append(f"{pid}: doc {doc}")
            continue
        if it["type"] == "unanswerable":
            if it["expected"] or it["evidence"]:
                problems.append(f"{pid}: unanswerable with gold strings")
            if isinstance(doc, list):
                problems.append(f"{pid}: unanswerable on several documents")
                continue
            check_markers(it, texts, problems)
            continue
        if doc is None:
            problems.append(f"{pid}: doc null is only for off-topic unanswerable questions")
            continue
        if not it["expected"] or not it["evidence"]:
            problems.append(f"{pid}: empty expected/evidence")
        for s in it["expected"]:
            if not any(D.norm_answer(s) in D.norm_answer(texts[d]) for d in docs):
                problems.append(f"{pid}: expected {s!r} not in {doc}")
        for s in it["evidence"]:
            if not any(D.ws(s) in wtexts[d] for d in docs):
                problems.append(f"{pid}: evidence {s!r} not verbatim in {doc}")
        if isinstance(doc, list):   # each named document must supply at least one evidence string
            for d in docs:
                if not any(D.ws(s) in wtexts[d] for s in it["evidence"]):
                    problems.append(f"{pid}: no evidence from {d}")
    earlier, nfiles = earlier_questions()
    near = 0
    for it in items:
        q = fold(it["question"])
        if q in earlier:
            problems.append(f"{it['id']}: repeats an earlier set's question")
            continue
        sm = difflib.SequenceMatcher(None, q, autojunk=False)
        for e in earlier:
            sm.set_seq1(e)
            if sm.real_quick_ratio() >= NEAR and sm.quick_ratio() >= NEAR and sm.ratio() >= NEAR:
                problems.append(f"{it['id']}: near-duplicate of an earlier set's question (ratio {sm.ratio():.2f})")
                near += 1
                break
    for p in problems:
        print("PROBLEM", p)
    print(f"(compared with {len(earlier)} questions of {nfiles} other files; near-duplicate threshold {NEAR})")
    print(f"types {dict(collections.Counter(it['type'] for it in items))}; languages {dict(langs)}")
    print(f"{len(items)} questions, {len(problems)} problems")
    return not problems


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
