"""Parse of the held-out-32 source copy: Kế hoạch số 144/KH-UBND ngày 24/11/2025 của UBND tỉnh Bắc Ninh "Phát triển
kinh tế số và xã hội số tỉnh Bắc Ninh giai đoạn 2026 - 2030" (body I-VII, Nơi nhận, signature, and its Phụ lục
"Phân công thực hiện các chỉ tiêu phát triển kinh tế số, xã hội số đến năm 2030": TT / Chỉ tiêu / Chủ trì).
The source is a Markdown rendering of an HTML page in which every table is flattened: each cell is a run of lines
preceded by a line consisting of a single "|"; a row ends with one more "|" line. Letterhead and signature are
layout tables of the same kind. Body text is hard-wrapped at ~80 columns; bold/italic as **/*.
"""
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "source" / "ad5aff6c13929815.md"
KEY = "kh144-bacninh-ktso-2030"
SRC_BYTES = 68968
SRC_CHARS = 52062
BLOB = "2dbd0a81004a2cea87faa7e3cb2ac85cda5d4f20"


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
    """cell/paragraph text without Markdown emphasis, lines joined"""
    return ws(s.replace("**", "").replace("*", ""))


def split_parts():
    """letterhead, body (KẾ HOẠCH ... VII), signature block, annex heading, annex table"""
    t = raw()
    i_kh = t.index("** **\n\n**KẾ HOẠCH**")
    i_sig = t.index("\n* *\n\n|\nNơi nhận:")
    i_pl = t.index("**PHỤ LỤC**")
    i_tb = t.index("\n|\n**TT**", i_pl)
    return t[:i_kh], t[i_kh:i_sig], t[i_sig:i_pl], t[i_pl:i_tb], t[i_tb:]


def cells_of(block):
    parts = re.split(r"\n\|[ \t]*(?=\n|$)", "\n" + block.strip("\n"))
    return [clean(p) for p in parts]


def letterhead():
    return [c for c in cells_of(split_parts()[0]) if c]


def body_blocks():
    """[(style, text)]: style 'b' (whole paragraph bold), 'i' (whole paragraph italic) or 'p'"""
    out = []
    for p in re.split(r"\n\s*\n", split_parts()[1]):
        s = p.strip()
        c = clean(s)
        if not c:
            continue
        if s.startswith("**") and s.endswith("**") and s.count("**") == 2:
            st = "b"
        elif s.startswith("*") and not s.startswith("**") and s.rstrip(":").endswith("*") and s.count("*") == 2:
            st = "i"
        elif re.fullmatch(r"\*[^*]+\*:", s):  # "*Trọng tâm*:"
            st = "i"
        else:
            st = "p"
        out.append((st, c))
    return out


def paragraphs():
    return [c for _, c in body_blocks()]


def signature():
    """([Nơi nhận lines], [signature lines])"""
    blk = split_parts()[2]
    cells = re.split(r"\n\|[ \t]*(?=\n|$)", "\n" + blk.strip("\n"))
    cells = [c.strip("\n") for c in cells if c.strip() and c.strip() != "* *"]
    recv = [ws(x) for x in re.split(r"\n(?=[-+] )", cells[0]) if ws(x)]
    sig = [clean(x) for x in re.split(r"\n(?=\*\*|KT\.)|(?<=\*\*)\n", cells[1]) if clean(x)]
    return recv, sig


def annex_heading():
    return [clean(p) for p in re.split(r"\n\s*\n", split_parts()[3]) if clean(p)]


def table():
    """annex rows: dict(kind='group', title) or dict(kind='item', group, no, text, lead)"""
    c = cells_of(split_parts()[4])
    if c[-1] == "":
        c = c[:-1]
    assert c[:5] == ["", "TT", "Chỉ tiêu", "Chủ trì", ""], c[:5]
    out, g, i = [], None, 5
    while i < len(c):
        if re.match(r"^[IVX]+\. ", c[i + 1]) and c[i] == "":
            # group row: an empty TT cell, the title, an empty Chủ trì cell
            g = c[i + 1]
            assert c[i + 2] == "" and c[i + 3] == "", c[i:i + 4]
            out.append(dict(kind="group", title=g))
            i += 4
        else:
            no, txt, lead = c[i:i + 3]
            assert no.isdigit(), c[i:i + 4]
            assert i + 3 >= len(c) or c[i + 3] == "", c[i:i + 4]
            out.append(dict(kind="item", group=g, no=no, text=txt, lead=lead))
            i += 4
    return ["TT", "Chỉ tiêu", "Chủ trì"], out


def items():
    return [r for r in table()[1] if r["kind"] == "item"]


def flat():
    """the source without the lines consisting of a single '|' (flattened-table separators) and without '**'/'*'
    emphasis marks, whitespace-normalised: the text against which evidence snippets are checked verbatim"""
    t = re.sub(r"(?m)^\|[ \t]*$", " ", raw())
    return ws(t.replace("**", "").replace("*", ""))


if __name__ == "__main__":
    print(letterhead())
    print(signature())
    for st, p in body_blocks():
        print(st, "|", p[:140])
    print(annex_heading())
    h, rows = table()
    for r in rows:
        print(r)
