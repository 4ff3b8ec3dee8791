"""Check held-out set 24: format, split, no repeats of earlier sets, and every gold string against the documents.

- fields in contract order (id, question, lang, type, doc, expected, evidence, note), lang, type, doc keys (a key, or
  null for off-topic questions), id form h24-NNN, unique ids and question texts, ids one gap-free sequence across
  both files, both languages about half;
- each question sits in the file the seeded split of build_questions.py assigns it to, and the files equal
  build_questions.all_items();
- no question repeats a question of an earlier set (lower-cased, whitespace folded; every other *.jsonl under evals/
  and shared/evals/dev.jsonl; only the `question` field is read, nothing is printed);
- the aggregation facts of build_questions.facts() hold, and the structured copy (doc_source.py, parsed from the
  verbatim source text) equals the Phụ lục table as rendered in the .md and the .docx;
- unanswerable <=> expected == evidence == [], with the note's markers verified:
    absent: [...]             phrases found in none of the formats of the named document (answer normalisation);
    absent_lead: "name"       the name occurs in no lead cell of the Phụ lục (and does occur as a partner);
    absent_section: "x)"      the Phụ lục has no section x);
    absent_indicator_p26: "N" plan-2026 Phụ lục I has no indicator N;
    no_year_column_p26: "Y"   plan-2026 Phụ lục I's header has no column for the year Y;
    note_only                 off-topic / instruction-like (doc null);
- every expected string occurs in the named document under the answer normalisation of evals/README.md -- for the
  new document in the source text and ALL THREE formats (.md, .docx, .pdf text read by pypdf, with the line-break
  tolerance of textsrc.py); bundled plans from corpus/*.txt;
- informational (not a problem): how many expected/evidence strings of the new document poppler's pdftotext text also
  contains under the citation normalisation (its reading order interleaves table columns, and it drops hyphens at
  line ends);
- every evidence snippet occurs under the citation normalisation in every format, and for the new document also
  verbatim (whitespace-normalised) in the source, .md and .docx (PDF text is compared under the citation
  normalisation only, which tolerates line breaks and line-end hyphenation).
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
MARKERS = ["absent", "absent_lead", "absent_section", "absent_indicator_p26", "no_year_column_p26"]
FLAGS = ["note_only"]
DEV = "dev24x.jsonl"


def doc_texts():
    out = {NEW: dict(source=[S.text()], **T.format_texts())}
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
    if "absent_lead" in mk:
        if doc != NEW:
            problems.append(f"{pid}: absent_lead only for the new document")
        n = T.norm_answer(mk["absent_lead"])
        if any(n in T.norm_answer(a["lead"]) for a in S.activities()):
            problems.append(f"{pid}: {mk['absent_lead']} leads an activity")
        if not any(n in T.norm_answer(a["partners"]) for a in S.activities()):
            problems.append(f"{pid}: {mk['absent_lead']} is not even a partner (marker note says partner)")
    if "absent_section" in mk and mk["absent_section"] in {s for s, _, _ in S.sections()}:
        problems.append(f"{pid}: section {mk['absent_section']} exists")
    if "absent_indicator_p26" in mk and mk["absent_indicator_p26"] in BQ.p26_rows()[1]:
        problems.append(f"{pid}: plan-2026 indicator {mk['absent_indicator_p26']} exists")
    if "no_year_column_p26" in mk and any(mk["no_year_column_p26"] in h for h in BQ.p26_rows()[0]):
        problems.append(f"{pid}: plan-2026 has a {mk['no_year_column_p26']} column")


def check_tables(problems):
    """the structured copy equals the Phụ lục as rendered in .md and .docx (every cell, verbatim)"""
    import docx
    want = [c for _, c in S.rows()]
    md = (T.DOCS / f"{T.STEM}.md").read_text(encoding="utf-8").split("\n")
    i = md.index("| " + " | ".join(S.HEAD) + " |")
    got = []
    for ln in md[i + 2:]:
        if not ln.startswith("| "):
            break
        got.append(S.cells(ln))
    if got != want:
        problems.append("md Phụ lục differs from doc_source")
    d = docx.Document(str(T.DOCS / f"{T.STEM}.docx"))
    tab = d.tables[2]
    if [c.text for c in tab.rows[0].cells] != S.HEAD:
        problems.append("docx Phụ lục header differs")
    rows = []
    for r in tab.rows[1:]:
        tcs = r._tr.tc_lst
        if len(tcs) == 2:                       # section row merged over columns 2-8
            rows.append([tcs[0].xpath("string(.)"), r.cells[1].text])
            continue
        vm = [tc.tcPr.vMerge if tc.tcPr is not None else None for tc in tcs]
        cont = [v is not None and v.val != "restart" for v in vm]
        cells = [c.text for c in r.cells]
        for j in (0, 1):
            if cont[j]:
                cells[j] = ""                   # continuation of a vertically merged content-group cell
        rows.append(cells)
    if rows != want:
        problems.append("docx Phụ lục differs from doc_source")
    if sum(1 for x in md if x.startswith("| - | ")) != 11:
        problems.append("md content-group rows")


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
    if sorted(ids) != [f"h24-{i:03d}" for i in range(1, len(ids) + 1)]:
        problems.append("ids are not one gap-free sequence h24-001 ...")
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
        if not re.fullmatch(r"h24-\d{3}", pid):
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
                         if not fmt.startswith("pdf") and not T.contains_verbatim(ts, s)]
            if miss:
                problems.append(f"{pid}: evidence {s!r} missing in {doc} {miss}")
    for p in problems:
        print("PROBLEM", p)
    pt = T.pdftotext_texts()
    gold = [s for it in items if it["doc"] == NEW for s in it["expected"] + it["evidence"]]
    print(f"(pdftotext, informational: {sum(T.contains_cite(pt, s) for s in gold)} of {len(gold)} gold strings of the "
          f"new document found under the citation normalisation)")
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
