"""Parse of the held-out-36 source copy: Nghị quyết số 394/NQ-CP ngày 03/12/2025 của Chính phủ "về phát động phong
trào toàn dân tham gia bảo vệ môi trường; giảm thiểu phát sinh, phân loại, thu gom, xử lý rác thải vì một Việt Nam
sáng - xanh - sạch - đẹp" (preamble, parts I-IV, Nơi nhận, signature and the Phụ lục of three priority projects).
The source is a Markdown rendering of an HTML page, hard-wrapped at ~80 columns; the signature block and the annex
table are flattened: each cell is a run of lines preceded by a line consisting of a single "|"; a row ends with one
more "|" line (an empty cell). Annex: 5 header cells; row 1 has a second sub-row of 2 cells (a second lead agency
with its own partners; STT, project name and deadline span both sub-rows); rows 2 and 3 have 5 cells.
"""
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "source" / "7cfc6fdf6d7a5f5d.md"
KEY = "nq394-2025-moitruong"
SRC_BYTES = 34747
SRC_CHARS = 26439
BLOB = "d1f7d9c4c87ef3248c4c11a85c426fe5042f5d6d"
HEAD = ["TT", "Tên đề án ưu tiên", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành"]
SEP = r"\n\|[ \t]*(?=\n|$)"


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
    """body (title .. IV.5), signature block (Nơi nhận .. signer), annex"""
    t = raw()
    i_sig = t.index("\n|\nNơi nhận:")
    i_an = t.index("**PHỤ LỤC**")
    return t[:i_sig], t[i_sig:i_an], t[i_an:]


def paragraphs():
    """body blocks (blank-line separated), emphasis removed, whitespace joined"""
    out = []
    for b in re.split(r"\n\s*\n", split_parts()[0]):
        c = clean(b)
        if c:
            out.append(c)
    return out


def signature():
    cells = [c.strip("\n") for c in re.split(SEP, split_parts()[1]) if clean(c)]
    assert len(cells) == 2, len(cells)
    recv = [ln.strip() for ln in cells[0].split("\n") if ln.strip()]
    sig = [clean(ln) for ln in cells[1].split("\n") if clean(ln)]
    return recv, sig


def annex_head():
    """title lines of the annex before the table"""
    an = split_parts()[2]
    pre = an[:re.search(SEP, an).start()]
    return [clean(b) for b in re.split(r"\n\s*\n", pre) if clean(b)]


def annex_cells():
    an = split_parts()[2]
    m = re.search(SEP, an)
    return [clean(c) for c in re.split(SEP, an[m.start():])[1:]]


def projects():
    """the three priority projects: dict(tt, name, leads[list], partners[list], deadline)"""
    cells = annex_cells()
    assert cells[:5] == HEAD, cells[:5]
    rows, cur = [], []
    for c in cells[5:]:
        if c == "":
            if cur:
                rows.append(cur)
            cur = []
        else:
            cur.append(c)
    if cur:
        rows.append(cur)
    out = []
    for r in rows:
        if len(r) == 5:
            out.append(dict(tt=r[0], name=r[1], leads=[r[2]], partners=[r[3]], deadline=r[4]))
        else:
            assert len(r) == 2 and out, r
            out[-1]["leads"].append(r[0])
            out[-1]["partners"].append(r[1])
    assert [p["tt"] for p in out] == ["1", "2", "3"], out
    assert [len(p["leads"]) for p in out] == [2, 1, 1]
    return out


def flat():
    """the source with the flattened-table separator lines and the emphasis marks removed (for evidence checks)"""
    t = re.sub(SEP, "\n", raw())
    return t.replace("**", "").replace("*", "")


if __name__ == "__main__":
    for p in paragraphs():
        print(p[:110])
    print(signature())
    print(annex_head())
    for p in projects():
        print(p)
