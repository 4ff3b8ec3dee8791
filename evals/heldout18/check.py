"""Check held-out set 18: format, split, no repeats of earlier sets, and every gold string against the documents.

- fields in contract order (id, question, lang, type, doc, expected, evidence, note), lang, type, doc keys (a key,
  a list of keys, or null for off-topic questions), id form h18-NNN, unique ids and question texts, ids one
  gap-free sequence across both files;
- each question sits in the file the seeded split of build_questions.py assigns it to;
- no question repeats a question of an earlier set (compared after lower-casing and folding whitespace; every other
  *.jsonl under evals/ -- evals/heldout*/*.jsonl, evals/dev.jsonl, evals/project.jsonl, evals/real/*.jsonl -- and
  shared/evals/dev.jsonl; only the `question` field is read, nothing is printed);
- unanswerable <=> expected == evidence == [], with the note's markers verified:
    absent: [...]              phrases found in none of the named documents (all three formats of the new plan),
                               under the answer normalisation;
    absent_task: "a.b.c"       Phụ lục II/III of the new plan have no task with that code;
    absent_indicator: "X"      Phụ lục I of the new plan has no indicator numbered X;
    no_year_col: "Y"           no header of Phụ lục I names the year Y;
    absent_lead: "name"        the name leads no task (merged lead cells expanded) and tracks no indicator of the
                               new plan;
    absent_ducp_task: "N"      Phụ lục 1 of the report has no task N;
    absent_ducp_lead: "name"   the name is the CƠ QUAN THỰC HIỆN of no Phụ lục 1 row of the report;
    absent_nq24_row: "N"       group I of Phụ lục II of the resolution has no row N;
    absent_nq24_lead: "name"   the name is the CƠ QUAN CHỦ TRÌ SOẠN THẢO of no Phụ lục II row of the resolution;
    absent_lead_p26: "name"    the name is the lead of no Phụ lục I row of plan-2026;
    no_year_col_p26: "Y"       the plan-2026 Phụ lục I header has no column for year Y;
    note_only                  off-topic / instruction-like (doc null);
- every expected string occurs in the named document(s) under the answer normalisation of shared/evals/README.md
  (NFC, case-fold, whitespace collapsed, no spaces around % and /) in ALL formats of that document: the new plan
  and the two real documents in .md, .docx and .pdf;
- every evidence snippet occurs under the citation normalisation (no accents incl. đ→d, case, punctuation, line
  breaks) in ALL formats of a named document, and verbatim (after whitespace normalisation) in at least one of
  them (for the new plan in all three); every named document has at least one snippet in each of its formats.
Format texts: new plan see textsrc.py; real documents as evals/real/check_nq24.py reads them -- .docx python-docx
paragraphs + table cells, .pdf pypdf extract_text(), .md with HTML tags removed and entities unescaped, bold/italic
asterisks and backslash escapes removed. Bundled plans are read from corpus/*.txt.
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
from build_questions import split, nq24_rows, ducp_rows as _dr  # noqa: E402

FIELDS = ["id", "question", "lang", "type", "doc", "expected", "evidence", "note"]
TYPES = {"indicator_lookup", "task_lookup", "aggregation", "narrative", "comparison", "unanswerable", "ambiguous"}
CORPUS = {"plan-2026": "2026-plan_kh-275-ubnd.txt", "plan-2025": "2025-plan_ubnd.txt",
          "ctr-06-2022": "2022-program_qd-176-ubnd_nq-06.txt", "kh-266-2025": "2025-action-plan_kh-266-tu_nq-57.txt",
          "kh-285-2025": "2025-plan_kh-285-tu_kh-02.txt"}
NEW, DUCP, NQ24 = P.KEY, "ducp-402-2025", "nq-24-2026-cp"
MARKERS = ["absent", "absent_task", "absent_indicator", "no_year_col", "absent_lead", "absent_ducp_task",
           "absent_ducp_lead", "absent_nq24_row", "absent_nq24_lead", "absent_lead_p26", "no_year_col_p26", "absent_project"]
FLAGS = ["note_only", "no_task_budget"]


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def real_texts(stem):
    """the three formats of a real document, read as evals/real/check_nq24.py reads them"""
    import html
    import docx
    from pypdf import PdfReader
    base = ROOT / "evals/real" / stem
    d = docx.Document(str(base) + ".docx")
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            for c in r.cells:
                parts.append(c.text)
    md = re.sub(r"<[^>]+>", " ", (ROOT / "evals/real" / (stem + ".md")).read_text(encoding="utf-8"))
    md = html.unescape(md).replace("\\", "").replace("**", "").replace("*", "")
    pdf = "\n".join(p.extract_text() or "" for p in PdfReader(str(base) + ".pdf").pages)
    return {"md": [md], "docx": ["\n".join(parts)], "pdf": [pdf]}


def doc_texts():
    out = {NEW: T.format_texts(), DUCP: real_texts(DUCP), NQ24: real_texts(NQ24)}
    for k, f in CORPUS.items():
        out[k] = {"txt": [(ROOT / "corpus" / f).read_text(encoding="utf-8")]}
    return out


def markers(note):
    out = {}
    for key in MARKERS:
        m = re.search(rf"(?:^|; ){key}: (\[.*?\]|\"[^\"]*\"|\d+)", note)
        if m:
            out[key] = json.loads(m.group(1))
    for flag in FLAGS:
        if re.search(rf"(?:^|; ){flag}(?:;|$)", note):
            out[flag] = True
    return out


def ducp_rows():
    text = (ROOT / "evals/real/ducp-402-2025.md").read_text(encoding="utf-8")
    part = text.split("## Phụ lục 1")[1].split("## Phụ lục 2")[0]
    rows = []
    for x in part.splitlines():
        c = [y.strip() for y in x.strip().strip("|").split("|")]
        if len(c) == 7 and re.fullmatch(r"\d+\.", c[0]):
            rows.append(c)
    assert len(rows) == 37, len(rows)
    return rows


def p26_table():
    lines = (ROOT / "corpus" / CORPUS["plan-2026"]).read_text(encoding="utf-8").splitlines()
    i1 = next(i for i, x in enumerate(lines) if x.startswith("**Phụ lục I:**"))
    i2 = next(i for i, x in enumerate(lines) if x.startswith("**Phụ lục II:**"))
    head = next(x for x in lines[i1:i2] if x.startswith("STT\t"))
    leads = [x.split("\t")[4] for x in lines[i1:i2] if re.match(r"^\d+\t", x) and len(x.split("\t")) > 4]
    return head.split("\t"), leads


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
    inds = P.indicator_rows()
    ind = {r[0]: r for r in inds}
    if "absent_task" in mk and mk["absent_task"] in {t[0] for t in P.task_list()}:
        problems.append(f"{pid}: task {mk['absent_task']} exists")
    if "absent_indicator" in mk and mk["absent_indicator"] in ind:
        problems.append(f"{pid}: indicator {mk['absent_indicator']} exists")
    if "no_year_col" in mk and any(mk["no_year_col"] in h for h in P.IND_HEAD1 + P.IND_HEAD2):
        problems.append(f"{pid}: Phụ lục I has a {mk['no_year_col']} column")
    if "absent_lead" in mk:
        name = T.norm_answer(mk["absent_lead"])
        leads = [t[3] for t in P.task_list()] + [r[5] for r in inds]
        if any(name in T.norm_answer(x) for x in leads):
            problems.append(f"{pid}: {mk['absent_lead']} leads a task or indicator")
    if "absent_project" in mk and mk["absent_project"] in {p[0] for p in P.PROJ}:
        problems.append(f"{pid}: project {mk['absent_project']} exists")
    if mk.get("no_task_budget") and any("kinh phí" in h.lower() or "tỷ đồng" in h for h in P.TASK_HEAD):
        problems.append(f"{pid}: Phụ lục II has a budget column")
    if "absent_ducp_task" in mk and mk["absent_ducp_task"] + "." in {r[0] for r in ducp_rows()}:
        problems.append(f"{pid}: report task {mk['absent_ducp_task']} exists")
    if "absent_ducp_lead" in mk:
        name = T.norm_answer(mk["absent_ducp_lead"])
        if any(name in T.norm_answer(r[4]) for r in ducp_rows()):
            problems.append(f"{pid}: {mk['absent_ducp_lead']} is a Phụ lục 1 agency")
    if "absent_nq24_row" in mk and mk["absent_nq24_row"] + "." in {r[1] for r in nq24_rows() if r[0] == "I"}:
        problems.append(f"{pid}: resolution row I.{mk['absent_nq24_row']} exists")
    if "absent_nq24_lead" in mk:
        name = T.norm_answer(mk["absent_nq24_lead"])
        if any(name in T.norm_answer(r[4]) for r in nq24_rows()):
            problems.append(f"{pid}: {mk['absent_nq24_lead']} drafts a Phụ lục II row")
    if "absent_lead_p26" in mk:
        name = T.norm_answer(mk["absent_lead_p26"])
        if any(name in T.norm_answer(x) for x in p26_table()[1]):
            problems.append(f"{pid}: {mk['absent_lead_p26']} leads a plan-2026 indicator")
    if "no_year_col_p26" in mk:
        if any(mk["no_year_col_p26"] in h for h in p26_table()[0]):
            problems.append(f"{pid}: plan-2026 Phụ lục I has a {mk['no_year_col_p26']} column")


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
    texts = doc_texts()
    problems, items = [], []
    for fname in ["questions.jsonl", "dev18.jsonl"]:
        for n, line in enumerate((HERE / fname).read_text(encoding="utf-8").splitlines(), 1):
            it = json.loads(line)
            if list(it) != FIELDS:
                problems.append(f"{fname}:{n}: fields {list(it)}")
            it["_file"] = fname
            items.append(it)
    ids = [it["id"] for it in items]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    if sorted(ids) != [f"h18-{i:03d}" for i in range(1, len(ids) + 1)]:
        problems.append("ids are not one gap-free sequence h18-001 ...")
    qs = [fold(it["question"]) for it in items]
    if len(set(qs)) != len(qs):
        problems.append("duplicate questions")
    earlier, nfiles = earlier_questions()
    for it in items:
        if fold(it["question"]) in earlier:
            problems.append(f"{it['id']}: repeats an earlier set's question")
    dev = split(sorted(items, key=lambda x: x["id"]))
    for it in items:
        pid = it["id"]
        if not re.fullmatch(r"h18-\d{3}", pid):
            problems.append(f"{pid}: bad id")
        if it["_file"] != ("dev18.jsonl" if pid in dev else "questions.jsonl"):
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
            ok = False
            for d in docs:
                cite = {fmt: T.contains_cite(ts, s) for fmt, ts in texts[d].items()}
                verb = {fmt: any(ws(s) in ws(t) for t in ts) for fmt, ts in texts[d].items()}
                if all(cite.values()) and (all(verb.values()) if d == NEW else any(verb.values())):
                    ok = True
                elif any(cite.values()):
                    problems.append(f"{pid}: evidence {s!r} in {d}: cite {cite} verbatim {verb}")
            if not ok:
                problems.append(f"{pid}: evidence {s!r} not found in all formats of {docs}")
        for d in docs:
            for fmt, ts in texts[d].items():
                if not any(T.contains_cite(ts, s) for s in it["evidence"]):
                    problems.append(f"{pid}: no evidence snippet in {d} ({fmt})")
    for p in problems:
        print("PROBLEM", p)
    print(f"(compared with {len(earlier)} questions of {nfiles} earlier files)")
    print(f"{len(items)} questions, {len(problems)} problems")
    return not problems


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
