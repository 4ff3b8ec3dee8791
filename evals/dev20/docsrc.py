"""Texts and table rows of the documents dev20 asks about (read from the files; no assistant code).

text(key): the document's text with markup stripped (HTML tags -> space, entities unescaped, '**' removed,
           table pipes -> space, pipe delimiter rows and pandoc dash rules dropped), NFC.
Row parsers return plain cell lists, with merged (empty) lead cells filled from the row above where noted.
"""
import html
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
Q, V, N = "qd-bct-cds-2027", "cang-vanlang-cds-2030", "nq-hdnd-nhangiang-cds-2030"
P26, P25, C06, K266, K285 = "plan-2026", "plan-2025", "ctr-06-2022", "kh-266-2025", "kh-285-2025"
FILES = {
    Q: ROOT / "evals/heldout19/docs/qd-bct-cds-2027.md",
    V: ROOT / "evals/heldout17/docs/cang-vanlang-cds-2030.md",
    N: ROOT / "evals/heldout18/docs/nq-hdnd-nhangiang-cds-2030.md",
    P26: ROOT / "corpus/2026-plan_kh-275-ubnd.txt",
    P25: ROOT / "corpus/2025-plan_ubnd.txt",
    C06: ROOT / "corpus/2022-program_qd-176-ubnd_nq-06.txt",
    K266: ROOT / "corpus/2025-action-plan_kh-266-tu_nq-57.txt",
    K285: ROOT / "corpus/2025-plan_kh-285-tu_kh-02.txt",
}


def raw(key):
    return unicodedata.normalize("NFC", FILES[key].read_text(encoding="utf-8"))


def text(key):
    t = raw(key)
    t = re.sub(r"<[^>]+>", " ", t)
    t = html.unescape(t).replace("**", "")
    t = re.sub(r"^\s*\|?[-:| ]+\|[-:| ]*$", " ", t, flags=re.M)   # pipe delimiter rows
    t = re.sub(r"^[-\s]*-{3,}[-\s]*$", " ", t, flags=re.M)        # pandoc dash rules
    return t.replace("|", " ")


def ws(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def norm_answer(s):
    s = ws(s).casefold()
    return re.sub(r"\s*([%/])\s*", r"\1", s)


def section(t, start, end=None):
    i = t.index(start)
    j = t.index(end, i) if end else len(t)
    return t[i:j]


# ---- qd-bct-cds-2027
def q_indicators():
    sec = section(raw(Q), "## Phụ lục I", "## Phụ lục II")
    rows = []
    for line in sec.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and re.fullmatch(r"\d+", cells[0]):
            rows.append(cells)  # STT, content, unit, 2027, 2028, 2029, lead
    return rows


def q_ind_header():
    sec = section(raw(Q), "## Phụ lục I", "## Phụ lục II")
    return re.findall(r"Năm \d{4}", sec)


def q_tasks():
    sec = section(raw(Q), "## Phụ lục II")
    rows = []
    for tr in re.findall(r"<tr>(.*?)</tr>", sec):
        cells = [html.unescape(re.sub(r"<[^>]+>", "", c)).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", tr)]
        if len(cells) == 6 and re.fullmatch(r"\d\.\d", cells[0]):
            rows.append(cells)  # STT, content, lead, partners, product, deadline
    return rows


def q_task_header():
    sec = section(raw(Q), "## Phụ lục II")
    return re.findall(r"<th>(.*?)</th>", sec)


# ---- cang-vanlang-cds-2030
def v_indicators():
    sec = section(raw(V), "## Phụ lục I", "## Phụ lục II")
    rows = []
    for line in sec.splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) > 2 and re.fullmatch(r"\d+|[a-z]\)", cells[0]):
            rows.append(cells)
    return rows


def v_ind_header():
    sec = section(raw(V), "## Phụ lục I", "## Phụ lục II")
    return re.findall(r"Năm \d{4}", sec)


def v_tasks():
    sec = section(raw(V), "## Phụ lục II", "## Phụ lục IV")
    rows, lead = [], None
    for line in sec.splitlines():
        cells = [c.strip() for c in line.split("|")]
        if re.fullmatch(r"\d\.\d\.\d", cells[0]):
            lead = cells[4] or lead      # merged lead cell: empty below its first row
            rows.append(cells[:4] + [lead] + cells[5:])  # code, content, product, deadline, lead, partners, budget
    return rows


# ---- nq-hdnd-nhangiang-cds-2030
def _n_rows(start, end):
    sec = section(raw(N), start, end)
    rows, group = [], None
    for line in sec.splitlines():
        m = re.match(r"^(I|II|III|IV|A|B|C|D|Đ)\s{2,}\S", line)
        if m:
            group = m.group(1)
        if re.match(r"^\d+\s{2,}", line):
            rows.append([group] + re.split(r"\s{2,}", line.strip()))
    return rows


def n_indicators():   # group, STT, content, unit, 2027, 2030, lead
    return _n_rows("# Phụ lục I\n", "# Phụ lục II\n")


def n_ind_header():
    return re.findall(r"năm \d{4}", section(raw(N), "# Phụ lục I\n", "---  ---"))


def n_tasks():        # group, TT, content, result, lead, partners, time
    return _n_rows("# Phụ lục II\n", "# Phụ lục III\n")


def n_task_header():
    sec = section(raw(N), "# Phụ lục II\n", "# Phụ lục III\n")
    return sec[sec.index("\nTT  "):sec.index("--  ---")]   # the two header lines only


def n_projects():     # group, STT, name, investor, time, cost, source
    return _n_rows("# Phụ lục III\n", None)


# ---- bundled plans
def p26_rows():
    lines = raw(P26).splitlines()
    i1 = next(i for i, x in enumerate(lines) if x.startswith("**Phụ lục I:**"))
    i2 = next(i for i, x in enumerate(lines) if x.startswith("**Phụ lục II:**"))
    head = next(x for x in lines[i1:i2] if x.startswith("STT\t")).split("\t")
    rows = {x.split("\t")[0]: x.split("\t") for x in lines[i1:i2] if re.match(r"^\d+\t", x)}
    return head, rows


def k285_numbers():
    return {int(m.group(1)) for m in re.finditer(r"^(\d+)\.\t", raw(K285), flags=re.M)}
