"""Parse of the held-out-33 source copy: Kế hoạch số 552/KH-UBND ngày 19/11/2025 của UBND tỉnh Đồng Tháp "Thực hiện
lộ trình đổi mới công nghệ đến năm 2035 trên địa bàn tỉnh Đồng Tháp đối với các ngành kinh tế mũi nhọn" (body I-VI,
Nơi nhận, signature, and its Phụ lục "Nhiệm vụ và giải pháp thực hiện": STT / Nhiệm vụ và giải pháp / Chủ trì /
Phối hợp / Thời gian). The source is a Markdown rendering of an HTML page in which every table is flattened: each
cell is a run of lines preceded by a line consisting of a single "|"; a row ends with one more "|" line.
"""
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "source" / "192068354fd1ffe5.md"
KEY = "kh552-dongthap-dmcn-2035"
SRC_BYTES = 34525
SRC_CHARS = 26418
BLOB = "23764a34856aef67245f0eef44fa3c99c47b4ae9"


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
    """letterhead, body (KẾ HOẠCH ... VI), signature block, annex heading, annex table"""
    t = raw()
    i_kh = t.index("**KẾ HOẠCH**")
    i_sig = t.index("|\n*Nơi nhận:*")
    i_pl = t.index("**PHỤ LỤC**")
    i_tb = t.index("|\n**STT**", i_pl)
    return t[:i_kh], t[i_kh:i_sig], t[i_sig:i_pl], t[i_pl:i_tb], t[i_tb:]


def cells_of(block):
    parts = re.split(r"\n\|[ \t]*(?=\n|$)", "\n" + block.strip("\n"))
    return [clean(p) for p in parts]


def letterhead():
    blk = split_parts()[0]
    cells = re.split(r"\n\|[ \t]*(?=\n|$)", "\n" + blk.strip("\n"))
    out = []
    for c in cells:
        if not c.strip():
            continue
        for ln in re.split(r"\n(?=\*\*|Độc|-{3,}|\*Đồng)", c.strip("\n")):
            if clean(ln):
                out.append(clean(ln))
    return out


def body_blocks():
    """[(style, text)]: 'b' (whole paragraph bold), 'i' (whole paragraph italic) or 'p'"""
    out = []
    for p in re.split(r"\n\s*\n", split_parts()[1]):
        s = p.strip()
        c = clean(s)
        if not c:
            continue
        if s.startswith("**") and s.endswith("**") and s.count("**") == 2:
            st = "b"
        elif s.startswith("**") and s.count("**") == 2 and re.match(r"\*\*\d+\. \*\*", s):
            st = "p"  # "**1. **Kinh phí ..."
        elif s.startswith("*") and not s.startswith("**") and s.endswith("*") and s.count("*") == 2:
            st = "i"
        else:
            st = "p"
        out.append((st, c))
    return out


def paragraphs():
    return [c for _, c in body_blocks()]


def signature():
    blk = split_parts()[2]
    cells = re.split(r"\n\|[ \t]*(?=\n|$)", "\n" + blk.strip("\n"))
    cells = [c.strip("\n") for c in cells if c.strip()]
    recv = [clean(x) for x in re.split(r"\n(?=- )", cells[0]) if clean(x)]
    sig = [clean(x) for x in cells[1].split("\n") if clean(x)]
    return recv, sig


def annex_heading():
    return [clean(p) for p in re.split(r"\n\s*\n", split_parts()[3]) if clean(p)]


HEAD = ["STT", "NHIỆM VỤ VÀ GIẢI PHÁP", "CHỦ TRÌ", "PHỐI HỢP", "THỜI GIAN"]


def table():
    """rows: dict(kind='group', no, title) or dict(kind='item', group, gno, no, text, lead, coop, time)"""
    c = cells_of(split_parts()[4])
    if c[-1] == "":
        c = c[:-1]
    assert c[:7] == [""] + HEAD + [""], c[:7]
    out, g, gno, i = [], None, None, 7
    while i < len(c):
        if re.fullmatch(r"[IVX]+", c[i]):
            gno, g = c[i], c[i + 1]
            assert c[i + 2] == "", c[i:i + 3]
            out.append(dict(kind="group", no=gno, title=g))
            i += 3
        else:
            no, txt, ld, coop, tm = c[i:i + 5]
            assert no.isdigit(), c[i:i + 6]
            assert i + 5 >= len(c) or c[i + 5] == "", c[i:i + 6]
            out.append(dict(kind="item", group=g, gno=gno, no=no, text=txt, lead=ld, coop=coop, time=tm))
            i += 6
    return HEAD, out


def items():
    return [r for r in table()[1] if r["kind"] == "item"]


def groups():
    return [r for r in table()[1] if r["kind"] == "group"]


def flat():
    t = re.sub(r"(?m)^\|[ \t]*$", " ", raw())
    return ws(t.replace("**", "").replace("*", ""))


if __name__ == "__main__":
    print(letterhead())
    print(signature())
    for st, p in body_blocks():
        print(st, "|", p[:150])
    print(annex_heading())
    for r in table()[1]:
        print(r)
