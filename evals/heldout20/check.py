"""Check held-out set 20: format, split, no repeats of earlier sets, and every gold string against the documents.

- fields in contract order (id, question, lang, type, doc, expected, evidence, note), lang, type, doc keys (a key, or
  null for off-topic questions), id form h20-NNN, unique ids and question texts, ids one gap-free sequence across
  both files, both languages about half;
- each question sits in the file the seeded split of build_questions.py assigns it to, and the files equal
  build_questions.all_items();
- no question repeats a question of an earlier set (lower-cased, whitespace folded; every other *.jsonl under evals/
  and shared/evals/dev.jsonl; only the `question` field is read, nothing is printed);
- the aggregation facts of build_questions.facts() hold (recomputed from plan_source.py and corpus parses), and the
  structured copy (plan_source.py) agrees with the rendered documents: every Phụ lục I row's cells and its quarter
  ticks are read back from the .md and the .docx tables, every Phụ lục II row from the .md and .docx tables;
- unanswerable <=> expected == evidence == [], with the note's markers verified:
    absent: [...]              phrases found in none of the formats of the named document (answer normalisation);
    absent_task: "N"           Phụ lục I of the new document has no task N;
    absent_project: "x.y"      Phụ lục II of the new document has no item x.y;
    absent_lead: "name"        the name leads no Phụ lục I task and no Phụ lục II item;
    no_target_year: "Y"        no target bullet of II.2 mentions the year Y (and II.2 is titled "năm 2027");
    no_2026_result: "phrase"   the one II.2 bullet containing the phrase states no 2026 result ("năm 2026");
    absent_indicator_p26: "N"  plan-2026 Phụ lục I has no indicator N;
    absent_k285_task: "N"      the appendix of kh-285-2025 has no task N;
    note_only                  off-topic / instruction-like (doc null);
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
MARKERS = ["absent", "absent_task", "absent_project", "absent_lead", "no_target_year", "no_2026_result",
           "absent_indicator_p26", "absent_k285_task"]
FLAGS = ["note_only"]
DEV = "dev20x.jsonl"


def doc_texts():
    out = {NEW: T.format_texts()}
    for k in BQ.CORPUS:
        out[k] = {"txt": [BQ.corpus_text(k)]}
    return out


def markers(note):
    out = {}
    for key in MARKERS:
        mm = re.search(rf"(?:^|; ){key}: (\[.*?\]|\"[^\"]*\")", note)
        if mm:
            out[key] = json.loads(mm.group(1))
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
    tasks, projects = P.task_list(), P.project_list()
    if "absent_task" in mk and mk["absent_task"] in {t[0] for t in tasks}:
        problems.append(f"{pid}: task {mk['absent_task']} exists")
    if "absent_task" in mk:   # also no such row number in any format's Phụ lục I
        if re.search(rf"^\| {re.escape(mk['absent_task'])} \|", (T.DOCS / f"{T.STEM}.md").read_text(encoding="utf-8"), re.M):
            problems.append(f"{pid}: md has a row {mk['absent_task']}")
    if "absent_project" in mk and mk["absent_project"] in {p[0] for p in projects}:
        problems.append(f"{pid}: project {mk['absent_project']} exists")
    if "absent_project" in mk:   # no row with that STT in the rendered .md
        if re.search(rf"^\| {re.escape(mk['absent_project'])} \|", (T.DOCS / f"{T.STEM}.md").read_text(encoding="utf-8"), re.M):
            problems.append(f"{pid}: md has an item {mk['absent_project']}")
    if "absent_lead" in mk:
        n = T.norm_answer(mk["absent_lead"])
        if any(n in T.norm_answer(x) for x in [t[2] for t in tasks] + [p[2] for p in projects]):
            problems.append(f"{pid}: {mk['absent_lead']} leads a task or project")
    if "no_target_year" in mk:
        if any(mk["no_target_year"] in s for s in P.CHI_TIEU) or \
                ("h2", "2. Chỉ tiêu cụ thể năm 2027") not in P.body():
            problems.append(f"{pid}: a target mentions {mk['no_target_year']}")
    if "no_2026_result" in mk:
        hits = [s for s in P.CHI_TIEU if mk["no_2026_result"] in s]
        if len(hits) != 1 or "năm 2026" in hits[0]:
            problems.append(f"{pid}: no_2026_result bullet {hits}")
    if "absent_indicator_p26" in mk and mk["absent_indicator_p26"] in BQ.p26_rows()[1]:
        problems.append(f"{pid}: plan-2026 indicator {mk['absent_indicator_p26']} exists")
    if "absent_k285_task" in mk and int(mk["absent_k285_task"]) in BQ.k285_numbers():
        problems.append(f"{pid}: kh-285 task {mk['absent_k285_task']} exists")


def check_tables(problems):
    """the structured copy equals the tables as rendered in .md and .docx"""
    import docx
    want1 = [[t[0], t[1], t[2], t[3], t[4]] + ["x" if c == "x" else "" for c in t[5]] for t in P.task_list()]
    want2 = [[p[0], p[1], p[2], P.money(p[3]), p[4], p[5]] for p in P.project_list()]
    md = (T.DOCS / f"{T.STEM}.md").read_text(encoding="utf-8")
    rows = [[c.strip() for c in ln.strip().strip("|").split("|")] for ln in md.splitlines()
            if ln.startswith("| ") and re.match(r"^\| \d", ln)]
    got1 = [r for r in rows if len(r) == 9]
    got2 = [r for r in rows if len(r) == 6]
    if got1 != want1:
        problems.append("md Phụ lục I differs from plan_source")
    if got2 != want2:
        problems.append("md Phụ lục II differs from plan_source")
    d = docx.Document(str(T.DOCS / f"{T.STEM}.docx"))
    tabs = [[[c.text for c in r.cells] for r in t.rows] for t in d.tables]
    g1 = [r for r in tabs[2] if re.fullmatch(r"\d+", r[0])]
    g2 = [r for r in tabs[3] if re.fullmatch(r"\d\.\d", r[0])]
    if g1 != want1:
        problems.append("docx Phụ lục I differs from plan_source")
    if g2 != want2:
        problems.append("docx Phụ lục II differs from plan_source")
    tot = [r for r in tabs[3] if r[1] == "Tổng cộng"]
    if not tot or tot[0][3] != P.money(P.total()):
        problems.append("docx total row")


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
    check_tables(problems)
    for fname in ["questions.jsonl", DEV]:
        for n, line in enumerate((HERE / fname).read_text(encoding="utf-8").splitlines(), 1):
            it = json.loads(line)
            if list(it) != FIELDS:
                problems.append(f"{fname}:{n}: fields {list(it)}")
            it["_file"] = fname
            items.append(it)
    ids = [it["id"] for it in items]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    if sorted(ids) != [f"h20-{i:03d}" for i in range(1, len(ids) + 1)]:
        problems.append("ids are not one gap-free sequence h20-001 ...")
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
        if not re.fullmatch(r"h20-\d{3}", pid):
            problems.append(f"{pid}: bad id")
        if it["_file"] != (DEV if pid in dev else "questions.jsonl"):
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
                miss += [fmt + " (verbatim)" for fmt, ts in texts[doc].items() if not T.contains_verbatim(ts, s)]
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
