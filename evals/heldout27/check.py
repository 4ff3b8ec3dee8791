"""Check held-out set 27: format, split, no repeats of earlier sets, and every gold string against the documents.

- fields in contract order (id, question, lang, type, doc, expected, evidence, note), lang, type, doc keys (a key, a
  list of keys for the cross-plan comparisons, or null for off-topic questions), id form h27-NNN, unique ids and
  question texts, ids one gap-free sequence across both files, both languages about half;
- each question sits in the file the seeded split of build_questions.py assigns it to, and the files equal
  build_questions.all_items() (the split is reproducible);
- no question repeats (or nearly repeats: same text after removing punctuation/case/accents) a question of an
  earlier set (every other *.jsonl under evals/ and shared/evals/dev.jsonl; only the `question` field is read,
  nothing of it is printed);
- the aggregation facts of build_questions.facts() hold (counts recomputed from the source module);
- both appendix tables as rendered in the .md (grid tables, parsed by textsrc.grid_tables) and in the .docx (Word
  tables, merged cells once) equal the source module cell by cell (header(s), group rows, multi-line cells);
- every sentence and every table cell of the source occurs verbatim (whitespace-normalised) in all three formats;
- unanswerable <=> expected == evidence == [], with the note's markers verified:
    absent: [...]             phrases found in none of the formats of the named document (answer normalisation);
    absent_indicator: "N"     Phụ lục 1 has no indicator N;   absent_task: "N"  Phụ lục 2 has no task N;
    absent_ind_group: "X"     Phụ lục 1 has no group X;       absent_group: "X" Phụ lục 2 has no group X;
    no_year_column: "Y"       Phụ lục 1's header has no column for the year Y;
    absent_lead: "name"       the name leads no row of Phụ lục 1 or 2 (and is a participant somewhere);
    absent_indicator_p26: "N" / no_year_column_p26: "Y"  plan-2026 Phụ lục I;
    absent_k285_task: "N"     the appendix of kh-285-2025 has no task N;
    note_only                 off-topic / instruction-like (doc null);
- every expected string occurs in the named document(s) under the answer normalisation of evals/README.md -- for the
  new document in ALL THREE formats (.md, .docx, .pdf as read by textsrc.py); bundled plans from corpus/*.txt;
- every evidence snippet occurs under the citation normalisation (and, for the new document, verbatim after
  whitespace folding) in every format of a document of the question;
- evidence snippets of look-ups/comparisons/narratives on the new document alone each point at exactly one row or
  sentence, and every expected string occurs in the rows/sentences its evidence points at (aggregation counts
  excepted: they are computed in facts()).
Prints "N questions, 0 problems".
"""
import collections
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
import doc_source as S  # noqa: E402
import textsrc as T  # noqa: E402
import build_questions as BQ  # noqa: E402

FIELDS = ["id", "question", "lang", "type", "doc", "expected", "evidence", "note"]
TYPES = {"indicator_lookup", "task_lookup", "aggregation", "narrative", "comparison", "unanswerable"}
NEW = S.KEY
MARKERS = ["absent", "absent_indicator", "absent_task", "absent_ind_group", "absent_group", "no_year_column",
           "absent_lead", "absent_indicator_p26", "no_year_column_p26", "absent_k285_task"]
FLAGS = ["note_only"]
DEV = "dev27x.jsonl"
PFX = BQ.PFX


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
    if "absent_ind_group" in mk and any(g.startswith(mk["absent_ind_group"] + ".") for g, _ in S.D.APP1):
        problems.append(f"{pid}: Phụ lục 1 group {mk['absent_ind_group']} exists")
    if "absent_group" in mk and any(g.startswith(mk["absent_group"] + ".") for g, _ in S.D.APP2):
        problems.append(f"{pid}: Phụ lục 2 group {mk['absent_group']} exists")
    if "no_year_column" in mk and any(mk["no_year_column"] in h for h in S.D.APP1_HEAD):
        problems.append(f"{pid}: Phụ lục 1 has a {mk['no_year_column']} column")
    if "absent_lead" in mk:
        n = T.norm_answer(mk["absent_lead"])
        if any(n in T.norm_answer(x.lead) for x in inds + tasks):
            problems.append(f"{pid}: {mk['absent_lead']} leads a row")
        if not any(n in T.norm_answer(x.partner) for x in tasks):
            problems.append(f"{pid}: {mk['absent_lead']} is not even a participant")
    if "absent_indicator_p26" in mk and mk["absent_indicator_p26"] in BQ.p26_rows()[1]:
        problems.append(f"{pid}: plan-2026 indicator {mk['absent_indicator_p26']} exists")
    if "no_year_column_p26" in mk and any(mk["no_year_column_p26"] in h for h in BQ.p26_rows()[0]):
        problems.append(f"{pid}: plan-2026 has a {mk['no_year_column_p26']} column")
    if "absent_k285_task" in mk and int(mk["absent_k285_task"]) in BQ.k285_numbers():
        problems.append(f"{pid}: kh-285 task {mk['absent_k285_task']} exists")


def _want(groups):
    out = []
    for g, rows in groups:
        out.append([g])
        out += [list(r) for r in rows]
    return out


def _ws(x):
    return re.sub(r"\s+", " ", x).strip()


def check_tables(problems):
    """Phụ lục 1 and 2 as rendered in .md (grid tables) and .docx (Word tables) equal the source module"""
    import docx
    want = [_want(S.D.APP1), _want(S.D.APP2)]
    heads = [S.D.APP1_HEAD, S.D.APP2_HEAD]
    md = (T.DOCS / f"{T.STEM}.md").read_text(encoding="utf-8")
    tabs = T.grid_tables(md)
    if len(tabs) != 2:
        problems.append(f"md has {len(tabs)} grid tables")
    else:
        for n, (tab, head, w) in enumerate(zip(tabs, heads, want), 1):
            got = [[_ws(c.replace("**", "")) for c in r] for r in tab]
            if got[0] != head:
                problems.append(f"md Phụ lục {n} header {got[0]}")
            if got[1:] != [[_ws(c) for c in r] for r in w]:
                problems.append(f"md Phụ lục {n} rows differ from the source")
    d = docx.Document(str(T.DOCS / f"{T.STEM}.docx"))
    if len(d.tables) != 2:
        problems.append(f"docx has {len(d.tables)} tables")
        return
    for n, (tab, head, w, nh) in enumerate(zip(d.tables, heads, want, (2, 1)), 1):
        rows = []
        for r in tab.rows:
            seen, cells = [], []
            for c in r.cells:
                if c._tc in seen:
                    continue
                seen.append(c._tc)
                cells.append(_ws(c.text))
            rows.append(cells)
        if nh == 2:
            r0, r1 = rows[0], rows[1]
            # row 0: TT, Chỉ tiêu, Đơn vị đo, Hiện trạng 2025, Mục tiêu (merged), Đơn vị theo dõi
            # row 1: (vertical-merge continuations empty), Năm 2026, Năm 2028, Năm 2030
            ok = r0 == head[:4] + [S.D.APP1_SUPER] + head[7:] and r1[4:7] == head[4:7] and \
                all(x in ("", head[k]) for k, x in enumerate(r1) if k not in (4, 5, 6))
            if not ok:
                problems.append(f"docx Phụ lục 1 header {r0} / {r1}")
        elif rows[0] != head:
            problems.append(f"docx Phụ lục {n} header")
        if rows[nh:] != [[_ws(c) for c in r] for r in w]:
            problems.append(f"docx Phụ lục {n} rows differ from the source")
        hdr = [r for r in tab.rows[:nh] if r._tr.trPr is not None and r._tr.trPr.find(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tblHeader") is not None]
        if len(hdr) != nh:
            problems.append(f"docx Phụ lục {n}: header rows not marked to repeat")


def _strip(x):
    return x[2:] if x.startswith("- ") else x


def check_verbatim(texts, problems):
    D = S.D
    items = [_strip(x) for x in S.body_text() + D.RECIPIENTS] + [D.NUMBER, D.PLACE_DATE, D.TITLE, D.SUBTITLE] + \
        D.HEADER_LEFT + D.HEADER_RIGHT + D.SIGNATURE + D.APP1_TITLE + D.APP2_TITLE + D.APP1_HEAD + D.APP2_HEAD + \
        [c for _, rows in D.APP1 + D.APP2 for r in rows for c in r] + [g for g, _ in D.APP1 + D.APP2]
    for fmt, ts in texts[NEW].items():
        miss = [x for x in items if not T.contains_verbatim(ts, x)]
        if miss:
            problems.append(f"{fmt}: {len(miss)} source strings not verbatim, e.g. {miss[0]!r}")


def source_units(doc):
    """the rows / sentences of a document that evidence snippets point at"""
    if doc == NEW:
        units = S.body_text() + [S.D.NUMBER + " " + S.D.PLACE_DATE] + [" ".join(S.D.SIGNATURE)]
        units += [" ".join([i.stt, i.name, i.unit, i.base, *i.targets.values(), i.lead]) for i in S.indicators()]
        units += [" ".join([t.number, t.content, t.lead, t.partner, t.output, t.deadline, t.funding])
                  for t in S.tasks()]
        units += [g for g, _ in S.D.APP1 + S.D.APP2]
        return units
    return BQ.corpus_text(doc).splitlines()


def check_grounding(it, docs, problems):
    units = [u for d in docs for u in source_units(d) if any(T.norm_cite(e) in T.norm_cite(u) for e in it["evidence"])]
    if not units:
        problems.append(f"{it['id']}: no source row/sentence holds an evidence snippet")
        return
    pool = T.norm_answer(" ".join(units + it["evidence"]))
    for s in it["expected"]:
        if T.norm_answer(s) in pool or it["type"] == "aggregation":
            continue
        problems.append(f"{it['id']}: expected {s!r} is not in the rows/sentences its evidence comes from")


def fold(q):
    return re.sub(r"\s+", " ", q).strip().casefold()


def loose(q):
    return T.norm_cite(q)


def earlier_questions():
    qs, ls = set(), set()
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
                ls.add(loose(q))
    return qs, ls, len(files)


def main():
    F = BQ.facts()
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
    earlier, earlier_loose, nfiles = earlier_questions()
    for it in items:
        if fold(it["question"]) in earlier or loose(it["question"]) in earlier_loose:
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
        if unicodedata.normalize("NFC", it["question"]) != it["question"]:
            problems.append(f"{pid}: question not NFC")
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
    c = collections.Counter(json.dumps(it["doc"], ensure_ascii=False) for it in items)
    un = sum(1 for it in items if it["type"] == "unanswerable")
    print(f"(compared with {len(earlier)} questions of {nfiles} earlier files; facts: {len(F)} counts recomputed)")
    print(f"by doc: {dict(c)}; unanswerable {un} ({100 * un / len(items):.0f}%); languages {dict(langs)}; "
          f"dev {len(dev)}")
    print(f"{len(items)} questions, {len(problems)} problems")
    return not problems


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
