"""Parse of the held-out-35 source copy: Kế hoạch số 179/KH-UBND ngày 18/11/2025 của UBND tỉnh Đồng Nai "Phát triển
kinh tế số và xã hội số trên địa bàn tỉnh Đồng Nai giai đoạn 2026 - 2030" (body I-VI, Nơi nhận, signature and the
Phụ lục task table). The source is a Markdown rendering of an HTML page in which the letterhead, signature and the
annex table are flattened: each cell is a run of lines preceded by a line consisting of a single "|"; a row ends with
one more "|" line (an empty cell). Annex rows: 6 cells (task), 2 cells (section/group heading), 5 cells (a repeated
"Nội dung ..." header row), 7 cells (a sub-group row "5.1 | | Thương mại | | ..." and the last row's stray "** **").
"""
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "source" / "f004d93b21e7fc5f.md"
KEY = "kh179-dongnai-ktsxhs"
SRC_BYTES = 136192
SRC_CHARS = 103659
BLOB = "3044f92cac8713e72e979a982a9b3e84dc25ccf2"
HEAD = ["STT", "Nhiệm vụ, giải pháp", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian thực hiện", "Sản phẩm đầu ra"]
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
    """letterhead, body, signature, annex"""
    t = raw()
    i_kh = t.index("**KẾ HOẠCH**")
    i_sig = t.index("|\nNơi nhận:")
    i_an = t.index("**PHỤ LỤC**")
    return t[:i_kh], t[i_kh:i_sig], t[i_sig:i_an], t[i_an:]


def letterhead():
    cells = [c for c in re.split(SEP, "\n" + split_parts()[0].strip("\n")) if clean(c)]
    out = []
    for c in cells:
        for ln in re.split(r"\n(?=\*\*|Độc|-{3,}|Số:|\*Đồng Nai|TỈNH)", c.strip("\n")):
            if clean(ln):
                out.append(clean(ln))
    return out


def body_blocks():
    """[(style, text)]: 'title', 'h1' (I.-VI.), 'h2' (bold numbered 1.-8., a)/b) of II.1), 'h3' (short a)/1.1. lines),
    'i' (italic paragraph), 'p' (paragraph; a bold lead-in such as '**14.**' or '**7. Sở Công Thương:**' is kept as text)"""
    out = []
    for p in re.split(r"\n\s*\n", split_parts()[1]):
        s = p.strip()
        c = clean(s)
        if not c:
            continue
        whole_bold = s.startswith("**") and s.endswith("**") and s.count("**") == 2
        if c == "KẾ HOẠCH" or c.startswith("PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ TRÊN ĐỊA BÀN"):
            st = "title"
        elif whole_bold and re.match(r"(I|II|III|IV|V|VI)\. ", c):
            st = "h1"
        elif whole_bold:
            st = "h2"
        elif s.startswith("*") and not s.startswith("**") and s.endswith("*"):
            st = "i"
        elif len(c) < 60 and re.match(r"([a-zđ]\)|\d+\.\d+\.) ", c) and not c.endswith((";", ".")):
            st = "h3"
        else:
            st = "p"
        out.append((st, c))
    return out


def paragraphs():
    return [c for _, c in body_blocks()]


def signature():
    cells = [c.strip("\n") for c in re.split(SEP, "\n" + split_parts()[2].strip("\n")) if c.strip()]
    recv = [clean(x) for x in re.split(r"\n(?=- )", cells[0]) if clean(x)]
    sig = [clean(x) for x in re.split(r"\n(?=CHỦ TỊCH|Võ)", cells[1]) if clean(x)]
    return recv, sig


def annex_titles():
    a = split_parts()[3]
    i = a.index("\n|\n**STT**")
    return [(("b" if p.strip().startswith("**") else "i" if p.strip().startswith("*") else "p"), clean(p))
            for p in re.split(r"\n\s*\n", a[:i]) if clean(p)]


def annex_rows():
    """[dict(kind, cells, section, group, sub)] in order; kind: head / section (A, B, C) / group (I, II ...) /
    subhead (repeated 'Nội dung' row) / sub (5.1 Thương mại ...) / task (6 cells)"""
    a = split_parts()[3]
    i = a.index("\n|\n**STT**")
    cells = re.split(SEP, "\n" + a[i:].strip("\n"))
    assert cells[0] == ""
    rows, cur = [], []
    for c in cells[1:]:
        if c.strip() == "":
            rows.append(cur)
            cur = []
        else:
            cur.append(c)
    if cur:
        rows.append(cur)
    out, sec, grp, sub = [], None, None, None
    for k, r in enumerate(rows):
        raw_bold = [x.strip().startswith("**") for x in r]
        r = [clean(x) for x in r]
        if k == 0:
            assert r == HEAD, r
            out.append(dict(kind="head", cells=r, section=None, group=None, sub=None))
            continue
        if len(r) == 7 and r[6] == "" and r[1] != "":
            r = r[:6]  # the last row's stray "** **" cell
        if len(r) == 2 and re.fullmatch(r"[ABC]", r[0]):
            sec, grp, sub = r, None, None
            kind = "section"
        elif len(r) == 2:
            assert re.fullmatch(r"[IVX]+", r[0]), r
            grp, sub = r, None
            kind = "group"
        elif len(r) == 5:
            assert r == ["Nội dung"] + HEAD[2:], r
            kind = "subhead"
        elif len(r) == 7:
            assert r[1] == "" and r[3:] == ["", "", "", ""], r
            r = [r[0], r[2]]
            sub = r
            kind = "sub"
        else:
            assert len(r) == 6 and all(r), r
            kind = "task"
        out.append(dict(kind=kind, cells=r, section=sec and sec[0], group=grp and grp[0], sub=sub and sub[0],
                        bold=all(raw_bold)))
    return out


def tasks():
    return [r for r in annex_rows() if r["kind"] == "task"]


def flat():
    t = re.sub(r"(?m)^\|[ \t]*$", " ", raw())
    return ws(t.replace("**", "").replace("*", ""))


if __name__ == "__main__":
    print(letterhead())
    print(signature())
    for st, p in body_blocks():
        print(st, "|", p[:110])
    print(annex_titles())
    for r in annex_rows():
        print(r["kind"], r["section"], r["group"], r["sub"], [x[:40] for x in r["cells"]])
