"""Check held-out set 21: format, split, no repeats of earlier sets, and every gold string against the documents.

- fields in contract order (id, question, lang, type, doc, expected, evidence, note), lang, type, doc keys (a key, or
  null for off-topic questions), id form h21-NNN, unique ids and question texts, ids one gap-free sequence across
  both files, both languages about half;
- each question sits in the file the seeded split of build_questions.py assigns it to, and the files equal
  build_questions.all_items();
- no question repeats a question of an earlier set (lower-cased, whitespace folded; every other *.jsonl under evals/
  and shared/evals/dev.jsonl; only the `question` field is read, nothing is printed);
- the aggregation facts of build_questions.facts() hold, and the structured copy (doc_source.py, parsed from the
  verbatim source text) equals the Phụ lục table as rendered in the .md and the .docx;
- unanswerable <=> expected == evidence == [], with the note's markers verified:
    absent: [...]             phrases found in none of the formats of the named document (answer normalisation);
    absent_task: "G.N"        the Phụ lục of the new document has no task N in group G (and G exists);
    absent_group: "G"         the Phụ lục has no group G;
    absent_lead: "name"       the name occurs in no lead cell of the Phụ lục;
    absent_indicator_p26: "N" plan-2026 Phụ lục I has no indicator N;
    no_year_column_p26: "Y"   plan-2026 Phụ lục I's header has no column for the year Y;
    absent_k285_task: "N"     the appendix of kh-285-2025 has no task N;
    note_only                 off-topic / instruction-like (doc null);
- every expected string occurs in the named document under the answer normalisation of evals/README.md -- for the
  new document in ALL THREE formats (.md, .docx, .pdf text as read by textsrc.py); bundled plans from corpus/*.txt;
- every evidence snippet occurs under the citation normalisation in every format, and for the new document also
  verbatim (whitespace-normalised) in .md and .docx (the PDF breaks words at line-end hyphens, "các-" / "bon").
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
import doc_source as S  # noqa: E402
import textsrc as T  # noqa: E402
import build_questions as BQ  # noqa: E402

FIELDS = ["id", "question", "lang", "type", "doc", "expected", "evidence", "note"]
TYPES = {"indicator_lookup", "task_lookup", "aggregation", "narrative", "comparison", "unanswerable", "ambiguous"}
NEW = S.KEY
MARKERS = ["absent", "absent_task", "absent_group", "absent_lead", "absent_indicator_p26", "no_year_column_p26",
           "absent_k285_task"]
FLAGS = ["note_only"]
DEV = "dev21x.jsonl"


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
    ts = S.tasks()
    if "absent_task" in mk:
        g, n = mk["absent_task"].split(".")
        if g not in {x[0] for x in ts} or (g, n) in {(x[0], x[2]) for x in ts}:
            problems.append(f"{pid}: task {mk['absent_task']} exists or group missing")
    if "absent_group" in mk and mk["absent_group"] in {x[0] for x in ts}:
        problems.append(f"{pid}: group {mk['absent_group']} exists")
    if "absent_lead" in mk:
        n = T.norm_answer(mk["absent_lead"])
        if any(n in T.norm_answer(x[4]) for x in ts):
            problems.append(f"{pid}: {mk['absent_lead']} leads a task")
    if "absent_indicator_p26" in mk and mk["absent_indicator_p26"] in BQ.p26_rows()[1]:
        problems.append(f"{pid}: plan-2026 indicator {mk['absent_indicator_p26']} exists")
    if "no_year_column_p26" in mk and any(mk["no_year_column_p26"] in h for h in BQ.p26_rows()[0]):
        problems.append(f"{pid}: plan-2026 has a {mk['no_year_column_p26']} column")
    if "absent_k285_task" in mk and int(mk["absent_k285_task"]) in BQ.k285_numbers():
        problems.append(f"{pid}: kh-285 task {mk['absent_k285_task']} exists")


def check_tables(problems):
    """the structured copy equals the Phụ lục as rendered in .md and .docx"""
    import docx
    want = [[t[2], t[3], t[4], t[5], t[6]] for t in S.tasks()]
    md = (T.DOCS / f"{T.STEM}.md").read_text(encoding="utf-8")
    rows = [S.cells(ln) for ln in md.splitlines() if re.match(r"^\| \d+ \| ", ln)]
    if rows != want:
        problems.append("md Phụ lục differs from doc_source")
    d = docx.Document(str(T.DOCS / f"{T.STEM}.docx"))
    tab = [[c.text for c in r.cells] for r in d.tables[2].rows]
    if [r for r in tab if re.fullmatch(r"\d+", r[0])] != want:
        problems.append("docx Phụ lục differs from doc_source")
    grp = [(r[0], r[1]) for r in tab if r[0] in S.ROMAN]
    if grp != [(g, t) for g, t, _ in S.groups()]:
        problems.append("docx group rows differ")
    if T.md_text().count("Nhóm nhiệm vụ, giải pháp về") != 5:
        problems.append("md group rows")


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
    if sorted(ids) != [f"h21-{i:03d}" for i in range(1, len(ids) + 1)]:
        problems.append("ids are not one gap-free sequence h21-001 ...")
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
        if not re.fullmatch(r"h21-\d{3}", pid):
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
                miss += [fmt + " (verbatim)" for fmt, ts in texts[doc].items()
                         if fmt != "pdf" and not T.contains_verbatim(ts, s)]
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
