"""Parse of the held-out-30 source copy: Quyết định số 2597/QĐ-TTg ngày 27/11/2025 của Thủ tướng Chính phủ phê duyệt
Đề án chuyển đổi số trong hoạt động xây dựng, quản lý, khai thác kết cấu hạ tầng xây dựng (body + Phụ lục).
The source is a Markdown rendering in which every table is flattened to one cell per line group, cells separated by
lines consisting of a single "|" (layout tables of the letterhead and the signature, and the annex task table).
"""
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "source" / "ec00bd6f58be7864.md"
KEY = "qd2597-cds-hatang-2025"
SRC_BYTES = 41257
SRC_CHARS = 31288
BLOB = "886030fdccc5eb805e35dd77ea0b9dbc944bc6a9"


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
    s = s.replace("**", "").replace("*", "")
    return ws(s)


def split_parts():
    t = raw()
    i_body = t.index("**QUYẾT ĐỊNH**")
    i_sig = t.index("\n|\nNơi nhận:")
    i_annex = t.index("**PHỤ LỤC**")
    i_tab = t.index("\n|\n**STT**")
    return t[:i_body], t[i_body:i_sig], t[i_sig:i_annex], t[i_annex:i_tab], t[i_tab:]


def cells_of(block):
    """cells of a flattened table block: text between lines that are exactly '|'"""
    parts = re.split(r"\n\|[ \t]*(?=\n|$)", "\n" + block.strip("\n"))
    return [clean(p) for p in parts]


def letterhead():
    return [c for c in cells_of(split_parts()[0]) if c]


def body_paragraphs():
    body = split_parts()[1]
    return [clean(p) for p in re.split(r"\n\s*\n", body) if clean(p)]


def signature():
    return [c for c in cells_of(split_parts()[2]) if c]


def annex_heading():
    return [clean(p) for p in re.split(r"\n\s*\n", split_parts()[3]) if clean(p)]


def table():
    """header (6 cells) and rows: dict(kind='group', roman, title) or dict(kind='task', group, no, name, lead,
    coord, result, time)"""
    c = cells_of(split_parts()[4])
    # c: '', 'STT', 'Tên nhiệm vụ/dự án', ..., then rows each starting with '' (row boundary)
    assert c[0] == "" and c[1] == "STT", c[:3]
    header = c[1:7]
    rows, i, g = [], 7, None
    if c[-1] == "":
        c = c[:-1]
    while i < len(c):
        assert c[i] == "", (i, c[i])
        r = c[i + 1:i + 7]
        i += 7
        if re.fullmatch(r"[IVX]+", r[0]):
            assert all(x == "" for x in r[2:]), r
            g = r[0]
            assert len(r) == 6
            rows.append(dict(kind="group", roman=r[0], title=r[1]))
        else:
            assert r[0].isdigit() and all(r[1:]), r
            rows.append(dict(kind="task", group=g, no=int(r[0]), name=r[1], lead=r[2], coord=r[3], result=r[4],
                             time=r[5]))
    return header, rows


def groups():
    return [r for r in table()[1] if r["kind"] == "group"]


def tasks():
    return [r for r in table()[1] if r["kind"] == "task"]


def task(g, n):
    for r in tasks():
        if r["group"] == g and r["no"] == n:
            return r
    raise KeyError((g, n))


def group_title(g):
    return [r["title"] for r in groups() if r["roman"] == g][0]
