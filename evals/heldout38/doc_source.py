"""Parse of the held-out-38 source copy: Quyết định số 2820/QĐ-UBND ngày 19/11/2025 của Ủy ban nhân dân Thành phố Hồ
Chí Minh ban hành Kế hoạch triển khai Quyết định số 06/QĐ-TTg (02/01/2025) và Quyết định số 3103/QĐ-BTC (05/9/2025)
về Đề án xây dựng và quản lý Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch: letterhead, decision (bases,
Điều 1-3), Nơi nhận + signature, the plan (I-IV) and the PHỤ LỤC task table (TT / Nhiệm vụ / Cơ quan chủ trì / Cơ
quan phối hợp / Thời gian dự kiến hoàn thành / Kết quả dự kiến / Nguồn kinh phí).
The source is a Markdown rendering of an HTML page, hard-wrapped at ~80 columns; tables are flattened: each cell is a
run of lines preceded by a line holding a single "|"; a row ends with an empty cell. Merged cells were lost: the
funding cell appears only on the first row of a group, three rows have no TT (sub-rows of II.1, IV.2, V.1) and carry
only their first 2-3 cells; empty trailing cells of a row are indistinguishable from the row end.
"""
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "source" / "001c610b2efdcf0c.md"
KEY = "qd2820-2025-hcm"
SRC_BYTES = 33503
SRC_CHARS = 25649
BLOB = "544b5fa3a574aaabd406809a13e5baccef1ff86e"
HEAD = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian dự kiến hoàn thành", "Kết quả dự kiến",
        "Nguồn kinh phí"]
SEP = r"\n\|[ \t]*(?=\n|$)"
ROMANS = ["I", "II", "III", "IV", "V", "VI"]


def raw():
    b = SRC.read_bytes()
    assert len(b) == SRC_BYTES, len(b)
    t = b.decode("utf-8")
    assert len(t) == SRC_CHARS, len(t)
    return t


def text():
    return raw()


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def clean(s):
    return ws(s.replace("**", "").replace("*", ""))


def split_parts():
    """letterhead, decision, signature block, plan body, annex"""
    t = raw()
    i_dec = t.index("**QUYẾT ĐỊNH**")
    i_sig = t.index("\n|\n*Nơi nhận:*")
    i_plan = t.index("**KẾ HOẠCH**")
    i_an = t.index("**PHỤ LỤC**")
    return t[:i_dec], t[i_dec:i_sig], t[i_sig:i_plan], t[i_plan:i_an], t[i_an:]


def letterhead():
    cells = [c for c in (x.strip("\n") for x in re.split(SEP, "\n" + split_parts()[0])) if clean(c)]
    return [[clean(ln) for ln in c.split("\n") if clean(ln) and not re.match(r"^-+$", ln.strip())] for c in cells]


def _blocks(part):
    return [b for b in re.split(r"\n\s*\n", part) if clean(b)]


def decision_blocks():
    return _blocks(split_parts()[1])


def plan_blocks():
    return _blocks(split_parts()[3])


def signature():
    cells = [c.strip("\n") for c in re.split(SEP, split_parts()[2]) if clean(c)]
    assert len(cells) == 2, len(cells)
    recv = [ln.strip() for ln in cells[0].split("\n") if ln.strip()]
    sig = [clean(ln) for ln in cells[1].split("\n") if clean(ln)]
    return [clean(recv[0])] + recv[1:], sig


def annex_head():
    an = split_parts()[4]
    pre = an[:re.search(SEP, an).start()]
    return [clean(b) for b in re.split(r"\n\s*\n", pre) if clean(b)]


def _cell(c):
    """a cell as logical lines: a new line starts only where a sentence ends with '.' and a capitalised one follows
    on the next physical line (the two task lines of IV.4) or in the two-entity lead/partner cells of IV.4"""
    lines = []
    for ln in c.replace("**", "").split("\n"):
        ln = ln.strip()
        if not ln:
            continue
        if lines and (lines[-1].endswith(".") and ln.startswith("Bố trí") or ln in ("Sở Tài chính",) or
                      ln.startswith("Các sở, ngành, UBND")):
            lines.append(ln)
        elif lines:
            lines[-1] += " " + ln
        else:
            lines.append(ln)
    return [ws(x) for x in lines]


def table_rows():
    """annex rows in order: dict(kind=group|task|sub, group, tt, task, lead, partner, time, result, fund) with
    lists of logical lines per cell ("lines") kept for the two-line cells of IV.4"""
    an = split_parts()[4]
    m = re.search(SEP, an)
    cells = [c.strip("\n") for c in re.split(SEP, an[m.start():])[1:]]
    assert [clean(c) for c in cells[:7]] == HEAD, cells[:7]
    assert clean(cells[7]) == ""
    rows, cur = [], []
    for c in cells[8:]:
        if clean(c) == "":
            if cur:
                rows.append(cur)
            cur = []
        else:
            cur.append(c)
    if cur:
        rows.append(cur)
    out, g = [], None
    for r in rows:
        first = clean(r[0])
        if first in ROMANS:
            assert len(r) == 2, r
            g = first
            out.append(dict(kind="group", group=g, tt=g, task=clean(r[1]), lines=[[clean(r[1])]]))
            continue
        names = ["tt", "task", "lead", "partner", "time", "result", "fund"] if first.isdigit() else \
            ["task", "lead", "partner"]
        assert len(r) <= len(names), r
        d = dict(kind="task" if first.isdigit() else "sub", group=g, tt="", task="", lead="", partner="", time="",
                 result="", fund="")
        d["lines"] = []
        for k, c in zip(names, r):
            d[k] = clean(c)
            d["lines"].append(_cell(c))
        out.append(d)
    tts = [(r["group"], r["tt"]) for r in out if r["kind"] == "task"]
    counts = {g: sum(1 for x, _ in tts if x == g) for g in ROMANS}
    assert counts == {"I": 4, "II": 3, "III": 6, "IV": 4, "V": 3, "VI": 5}, counts
    for g in ROMANS:
        assert [int(t) for x, t in tts if x == g] == list(range(1, counts[g] + 1))
    assert [(r["group"]) for r in out if r["kind"] == "sub"] == ["II", "IV", "V"]
    return out


def T(group, tt):
    r = [x for x in table_rows() if x["kind"] == "task" and x["group"] == group and x["tt"] == str(tt)]
    assert len(r) == 1, (group, tt)
    return r[0]


def flat():
    """the source with the flattened-table separator lines and the emphasis marks removed (for evidence checks)"""
    t = re.sub(SEP, "\n", raw())
    return t.replace("**", "").replace("*", "")


if __name__ == "__main__":
    print(letterhead())
    for b in decision_blocks():
        print("D", repr(clean(b)[:90]))
    print(signature())
    for b in plan_blocks():
        print("P", repr(clean(b)[:90]), b.strip().startswith("**"))
    print(annex_head())
    for r in table_rows():
        print({k: (v[:40] if isinstance(v, str) else v) for k, v in r.items() if k != "lines"},
              [len(x) for x in r["lines"]])
