"""Check held-out set 23: format, split, no repeats of earlier sets, and every gold string against the documents.

- fields in contract order (id, question, lang, type, doc, expected, evidence, note), lang, type, doc keys (a key, a
  list of keys for the 2026-vs-2027 comparisons, or null for off-topic questions), id form h23-NNN, unique ids and
  question texts, ids one gap-free sequence across both files, both languages about half;
- each question sits in the file the seeded split of build_questions.py assigns it to, and the files equal
  build_questions.all_items();
- no question repeats a question of an earlier set (lower-cased, whitespace folded; every other *.jsonl under evals/
  and shared/evals/dev.jsonl; only the `question` field is read, nothing is printed);
- the aggregation facts of build_questions.facts() hold; both appendix tables as rendered in the .md (pipe tables)
  and in the .docx (Word tables) equal the source module cell by cell (group rows included);
- every sentence and every table cell of the source occurs verbatim (whitespace-normalised) in all three formats
  (list items without their "- " marker, which Word turns into a list bullet);
- unanswerable <=> expected == evidence == [], with the note's markers verified:
    absent: [...]             phrases found in none of the formats of the named document (answer normalisation);
    absent_indicator: "N"     Phụ lục I of the new document has no indicator N;
    absent_task: "N"          Phụ lục II has no task N;
    absent_ind_group: "X"     Phụ lục I has no group X;   absent_group: "X"  Phụ lục II has no group X;
    no_year_column: "Y"       Phụ lục I's header has no column for the year Y;
    absent_lead: "name"       the name occurs in no lead cell of Phụ lục I or II (it may occur as a partner);
    absent_indicator_p26: "N" plan-2026 Phụ lục I has no indicator N;
    no_year_column_p26: "Y"   plan-2026 Phụ lục I's header has no column for the year Y;
    absent_k285_task: "N"     the appendix of kh-285-2025 has no task N;
    note_only                 off-topic / instruction-like (doc null);
- every expected string occurs in the named document(s) under the answer normalisation of evals/README.md -- for the
  new document in ALL THREE formats (.md, .docx, .pdf text as read by textsrc.py); bundled plans from corpus/*.txt;
  for a list of documents, in at least one of them;
- every evidence snippet occurs under the citation normalisation (and, for the new document, verbatim after
  whitespace folding) in every format of a document of the question;
- evidence snippets of lookups and comparisons on the new document alone each point at exactly one row or sentence;
- every expected string occurs in the rows/sentences its evidence snippets come from (aggregation counts and listed
  content fragments excepted: counts are computed by facts()).
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
MARKERS = ["absent", "absent_indicator", "absent_task", "absent_ind_group", "absent_group", "no_year_column",
           "absent_lead", "absent_indicator_p26", "no_year_column_p26", "absent_k285_task"]
FLAGS = ["note_only"]
DEV = "dev23x.jsonl"
PFX = "h23"


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
    inds, tasks = S.indicators(), S.tasks()
    if "absent_indicator" in mk and mk["absent_indicator"] in {i.stt for i in inds}:
        problems.append(f"{pid}: indicator {mk['absent_indicator']} exists")
    if "absent_task" in mk and mk["absent_task"] in {t.number for t in tasks}:
        problems.append(f"{pid}: task {mk['absent_task']} exists")
    if "absent_ind_group" in mk and mk["absent_ind_group"] in {g for g, _, _ in S.app1_groups()}:
        problems.append(f"{pid}: Phụ lục I group {mk['absent_ind_group']} exists")
    if "absent_group" in mk and mk["absent_group"] in {g for g, _, _ in S.app2_groups()}:
        problems.append(f"{pid}: Phụ lục II group {mk['absent_group']} exists")
    if "no_year_column" in mk and any(mk["no_year_column"] in h for h in S.D.APP1_HEAD):
        problems.append(f"{pid}: Phụ lục I has a {mk['no_year_column']} column")
    if "absent_lead" in mk:
        n = T.norm_answer(mk["absent_lead"])
        if any(n in T.norm_answer(x.lead) for x in inds + tasks):
            problems.append(f"{pid}: {mk['absent_lead']} leads a row")
        if not any(n in T.norm_answer(x.partner) for x in inds + tasks):
            problems.append(f"{pid}: {mk['absent_lead']} is not even a partner")
    if "absent_indicator_p26" in mk and mk["absent_indicator_p26"] in BQ.p26_rows()[1]:
        problems.append(f"{pid}: plan-2026 indicator {mk['absent_indicator_p26']} exists")
    if "no_year_column_p26" in mk and any(mk["no_year_column_p26"] in h for h in BQ.p26_rows()[0]):
        problems.append(f"{pid}: plan-2026 has a {mk['no_year_column_p26']} column")
    if "absent_k285_task" in mk and int(mk["absent_k285_task"]) in BQ.k285_numbers():
        problems.append(f"{pid}: kh-285 task {mk['absent_k285_task']} exists")


def _want(groups, ncols):
    out = []
    for g, title, rows in groups:
        out.append([g, title] + [""] * (ncols - 2))
        out += [list(r) for r in rows]
    return out


def check_tables(problems):
    """Phụ lục I and II as rendered in .md (pipe tables) and .docx (Word tables) equal the source module"""
    import docx
    want1 = _want(S.D.APP1, len(S.D.APP1_HEAD))
    want2 = _want(S.D.APP2, len(S.D.APP2_HEAD))
    md = (T.DOCS / f"{T.STEM}.md").read_text(encoding="utf-8")
    tables, cur = [], None
    for ln in md.splitlines():
        if ln.startswith("|"):
            if re.fullmatch(r"\|[-:|]+\|", ln):
                continue
            cells = [c.strip().replace("**", "") for c in ln[1:-1].split("|")]
            if cur is None:
                cur = []
                tables.append(cur)
            cur.append(cells)
        else:
            cur = None
    if len(tables) != 2:
        problems.append(f"md has {len(tables)} pipe tables")
        return
    for n, (tab, head, want) in enumerate(zip(tables, (S.D.APP1_HEAD, S.D.APP2_HEAD), (want1, want2)), 1):
        if tab[0] != head:
            problems.append(f"md Phụ lục {'I' * n} header")
        if tab[1:] != want:
            problems.append(f"md Phụ lục {'I' * n} rows differ from the source")
    d = docx.Document(str(T.DOCS / f"{T.STEM}.docx"))
    if len(d.tables) != 2:
        problems.append(f"docx has {len(d.tables)} tables")
        return
    for n, (tab, head, want) in enumerate(zip(d.tables, (S.D.APP1_HEAD, S.D.APP2_HEAD), (want1, want2)), 1):
        got = [[c.text for c in r.cells] for r in tab.rows]
        if got[0] != head:
            problems.append(f"docx Phụ lục {'I' * n} header")
        if got[1:] != want:
            problems.append(f"docx Phụ lục {'I' * n} rows differ from the source")


def _strip(x):
    return x[2:] if x.startswith("- ") else x


def check_verbatim(texts, problems):
    """every source sentence and cell occurs verbatim (whitespace-normalised) in every format"""
    D = S.D
    items = [_strip(x) for x in S.body_text() + D.RECIPIENTS] + [D.NUMBER, D.PLACE_DATE, D.TITLE, D.SUBTITLE] + \
        D.HEADER_LEFT + D.HEADER_RIGHT + D.SIGNATURE + D.APP1_TITLE + D.APP2_TITLE + D.APP1_HEAD + D.APP2_HEAD + \
        [c for _, _, rows in D.APP1 for r in rows for c in r] + [t for _, t, _ in D.APP1 + D.APP2] + \
        [c for _, _, rows in D.APP2 for r in rows for c in r if c]
    for fmt, ts in texts[NEW].items():
        miss = [x for x in items if not T.contains_verbatim(ts, x)]
        if miss:
            problems.append(f"{fmt}: {len(miss)} source strings not verbatim, e.g. {miss[0]!r}")


def source_units(doc):
    """the rows / sentences of a document that evidence snippets point at"""
    if doc == NEW:
        units = S.body_text() + [S.D.NUMBER + " " + S.D.PLACE_DATE] + [" ".join(S.D.SIGNATURE)]
        units += [" ".join([i.stt, i.name, i.unit, *i.targets.values(), i.lead, i.partner]) for i in S.indicators()]
        units += [" ".join([t.number, t.content, t.deadline, t.lead, t.partner, t.product, t.note])
                  for t in S.tasks()]
        units += [f"{g} {t}" for g, t, _ in S.app1_groups() + S.app2_groups()]
        return units
    return BQ.corpus_text(doc).splitlines()


def check_grounding(it, docs, problems):
    units = [u for d in docs for u in source_units(d) if any(T.norm_cite(e) in T.norm_cite(u) for e in it["evidence"])]
    if not units:
        problems.append(f"{it['id']}: no source row/sentence holds an evidence snippet")
        return
    pool = T.norm_answer(" ".join(units + it["evidence"]))
    for s in it["expected"]:
        if T.norm_answer(s) in pool:
            continue
        if it["type"] == "aggregation":
            continue          # counts are computed in facts(); listed fragments are checked against the document
        problems.append(f"{it['id']}: expected {s!r} is not in the rows/sentences its evidence comes from")


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
    check_verbatim(texts, problems)
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
    if sorted(ids) != [f"{PFX}-{i:03d}" for i in range(1, len(ids) + 1)]:
        problems.append(f"ids are not one gap-free sequence {PFX}-001 ...")
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
        if not re.fullmatch(rf"{PFX}-\d{{3}}", pid):
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
        docs = doc if isinstance(doc, list) else [doc]
        if not docs or any(d not in texts for d in docs):
            problems.append(f"{pid}: doc {doc}")
            continue
        if it["type"] == "unanswerable":
            if it["expected"] or it["evidence"] or len(docs) != 1:
                problems.append(f"{pid}: unanswerable with gold strings or several docs")
            check_markers(it, docs[0], texts, problems)
            continue
        if not it["expected"] or not it["evidence"]:
            problems.append(f"{pid}: empty expected/evidence")
        for s in it["expected"]:
            ok = [d for d in docs if all(T.contains_answer(ts, s) for ts in texts[d].values())]
            if not ok:
                problems.append(f"{pid}: expected {s!r} missing in {docs} (some format)")
        for s in it["evidence"]:
            ok = [d for d in docs if all(T.contains_cite(ts, s) for ts in texts[d].values()) and
                  (d != NEW or all(T.contains_verbatim(ts, s) for ts in texts[d].values()))]
            if not ok:
                problems.append(f"{pid}: evidence {s!r} missing in {docs} (some format)")
        if len(docs) > 1:
            for d in docs:
                if not any(T.contains_cite(list(texts[d].values())[0], e) for e in it["evidence"]):
                    problems.append(f"{pid}: no evidence snippet for {d}")
                if not any(T.contains_answer(list(texts[d].values())[0], s) for s in it["expected"]):
                    problems.append(f"{pid}: no expected value from {d}")
        check_grounding(it, docs, problems)
        if docs == [NEW] and it["type"] in ("indicator_lookup", "task_lookup", "comparison", "narrative"):
            units = source_units(NEW)
            for e in it["evidence"]:
                n = sum(1 for u in units if T.norm_cite(e) in T.norm_cite(u))
                if n != 1:
                    problems.append(f"{pid}: evidence {e!r} points at {n} rows/sentences, not one")
    for p in problems:
        print("PROBLEM", p)
    c = collections.Counter(json.dumps(it["doc"]) for it in items)
    un = sum(1 for it in items if it["type"] == "unanswerable")
    print(f"(compared with {len(earlier)} questions of {nfiles} earlier files)")
    print(f"by doc: {dict(c)}; unanswerable {un} ({100 * un / len(items):.0f}%); languages {dict(langs)}; "
          f"dev {len(dev)}")
    print(f"{len(items)} questions, {len(problems)} problems")
    return not problems


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
