"""Parse of the held-out-37 source copy: Kế hoạch số 157/KH-UBND ngày 18/11/2025 của Ủy ban nhân dân thành phố Cần Thơ
"phát động phong trào thi đua vận động thực hiện chi trả trợ giúp xã hội, hưu trí xã hội không dùng tiền mặt trên địa
bàn thành phố Cần Thơ" (letterhead, body I-V, Nơi nhận, signature and the Phụ lục "Thang điểm thi đua ...").
The source is a Markdown rendering of an HTML page, hard-wrapped at ~80 columns; the letterhead, the signature block
and the annex table are flattened: each cell is a run of lines preceded by a line consisting of a single "|"; a table
row ends with one more "|" line (an empty cell). Annex: 4 columns (STT / TIÊU CHÍ THI ĐUA / ĐIỂM CHUẨN / HƯỚNG DẪN
CHẤM ĐIỂM), so the cell list falls into chunks of 5 whose 5th cell is empty.
"""
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "source" / "3a2db039af8c2d05.md"
KEY = "kh157-2025-cantho"
SRC_BYTES = 30662
SRC_CHARS = 23107
BLOB = "a952fe251d40718f1e9dc170f3d788d61c5eaebd"
HEAD = ["STT", "TIÊU CHÍ THI ĐUA", "ĐIỂM CHUẨN", "HƯỚNG DẪN CHẤM ĐIỂM"]
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
    """letterhead, body (KẾ HOẠCH .. closing paragraph), signature block (Nơi nhận .. signer), annex"""
    t = raw()
    i_body = t.index("** **\n\n**KẾ HOẠCH**")
    i_sig = t.index("\n|\nNơi nhận:")
    i_an = t.index("**PHỤ LỤC**")
    return t[:i_body], t[i_body:i_sig], t[i_sig:i_an], t[i_an:]


def letterhead():
    cells = [c for c in (x.strip("\n") for x in re.split(SEP, "\n" + split_parts()[0])) if clean(c)]
    out = [[clean(ln) for ln in c.split("\n") if clean(ln) and not re.match(r"^-+$", ln.strip())] for c in cells]
    return out


def raw_blocks():
    return [b for b in re.split(r"\n\s*\n", split_parts()[1]) if clean(b)]


def paragraphs():
    """body blocks (blank-line separated), emphasis removed, whitespace joined"""
    return [clean(b) for b in raw_blocks()]


def signature():
    cells = [c.strip("\n") for c in re.split(SEP, split_parts()[2]) if clean(c)]
    assert len(cells) == 2, len(cells)
    recv = [ln.strip() for ln in cells[0].split("\n") if ln.strip()]
    sig = [clean(ln) for ln in cells[1].split("\n") if clean(ln)]
    return recv, sig


def annex_head():
    an = split_parts()[3]
    pre = an[:re.search(SEP, an).start()]
    return [clean(b) for b in re.split(r"\n\s*\n", pre) if clean(b)]


def _cell_lines(c):
    """a cell's text as logical lines: the source hard-wraps, so a new line starts only at '- '"""
    c = c.replace(" * ", " \x00 ").replace("**", "").replace("*", "").replace("\x00", "*")
    lines = []
    for ln in c.split("\n"):
        ln = ln.strip()
        if not ln:
            continue
        if ln.startswith("- ") or not lines:
            lines.append(ln)
        else:
            lines[-1] += " " + ln
    return [ws(x) for x in lines]


def rows():
    """annex rows: dict(stt, crit, pts, guide[list of lines]); group rows have stt I / II"""
    an = split_parts()[3]
    m = re.search(SEP, an)
    cells = re.split(SEP, an[m.start():])[1:]
    cells = [c.strip("\n") for c in cells]
    assert [clean(c) for c in cells[:4]] == HEAD, cells[:4]
    body = cells[5:]
    assert clean(cells[4]) == ""
    out = []
    for i in range(0, len(body) - len(body) % 5, 5):
        ch = body[i:i + 5]
        assert clean(ch[4]) == "", ch
        out.append(dict(stt=clean(ch[0]), crit=" ".join(_cell_lines(ch[1])), pts=clean(ch[2]),
                        guide=_cell_lines(ch[3])))
    assert all(clean(c) == "" for c in body[len(body) - len(body) % 5:])
    assert [r["stt"] for r in out] == ["I", "1", "2", "3", "4", "5", "5.1", "5.2", "5.3", "II", ""], [r["stt"] for r in out]
    return out


def flat():
    """the source with the flattened-table separator lines and the emphasis marks removed (for evidence checks)"""
    t = re.sub(SEP, "\n", raw())
    return t.replace("**", "").replace("*", "")


if __name__ == "__main__":
    print(letterhead())
    for p in raw_blocks():
        print(repr(clean(p)[:100]), p.strip().startswith("**") and p.strip().endswith("**"))
    print(signature())
    print(annex_head())
    for r in rows():
        print(r)
