"""Render the held-out-33 document (Kế hoạch 552/KH-UBND Đồng Tháp, parsed by doc_source.py) in three formats:
  .md   bold-line headings (no ATX marks) and the annex as ONE grid table whose first column "Nhóm" is a cell
        spanning all task rows of its group (row span: no rule under it inside the group)
  .docx python-docx: Heading 1 / Heading 2 for the title and sections I-VI, numbered sub-sections as bold Normal
        paragraphs, 2.1-style ones italic; the annex as a Word table ('Table Grid') whose first column is a
        vertically MERGED group cell; header row repeated on each page
  .pdf  A4 PORTRAIT, LibreOffice (soffice --headless --convert-to pdf) of a second .docx in which the annex table has
        NO borders (all tcBorders/tblBorders set to nil), narrow columns
Usage: make_docs.py [outdir]   (default docs/)
"""
import io
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import zipfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import doc_source as S  # noqa: E402

STEM = S.KEY
TITLE_HEAD = ("KẾ HOẠCH",)
COLS = ["Nhóm", "STT", "Nhiệm vụ và giải pháp", "Chủ trì", "Phối hợp", "Thời gian"]


def _groups():
    out, cur = [], None
    for r in S.table()[1]:
        if r["kind"] == "group":
            cur = dict(title=f"{r['no']}. {r['title']}", rows=[])
            out.append(cur)
        else:
            cur["rows"].append(r)
    return out


def _level(st, p):
    """heading level of a body block: 1 title, 2 section (I. ..), 3 numbered sub-section, 4 2.1-style, 0 text"""
    if p in TITLE_HEAD:
        return 1
    if re.match(r"^[IVX]+\. ", p) and (st == "b" or p.startswith("III. NHIỆM VỤ")):
        return 2
    if st == "b" and re.match(r"^\d+\. ", p):
        return 3
    if st == "i" and re.match(r"^\d+\.\d+\. ", p):
        return 4
    return 0


# ---------------------------------------------------------------------------------------------------------- .md
W = [14, 5, 44, 20, 22, 12]


def _wrap(s, w):
    return textwrap.wrap(s, w, break_long_words=False, break_on_hyphens=False) or [""]


def _grid_table():
    def rule(ch="-", first=True):
        return "+" + "+".join(ch * (w + 2) for w in W) + "+" if first else \
            "|" + " " * (W[0] + 2) + "+" + "+".join(ch * (w + 2) for w in W[1:]) + "+"

    def line(cells):
        return "|" + "|".join(" " + c.ljust(w) + " " for c, w in zip(cells, W)) + "|"

    out = [rule()]
    hdr = [_wrap(c, w) for c, w in zip(COLS, W)]
    for i in range(max(map(len, hdr))):
        out.append(line([h[i] if i < len(h) else "" for h in hdr]))
    out.append(rule("="))
    for g in _groups():
        gl = _wrap(g["title"], W[0])
        gi = 0
        for k, r in enumerate(g["rows"]):
            cs = [_wrap(x, w) for x, w in zip([r["no"], r["text"], r["lead"], r["coop"], r["time"]], W[1:])]
            n = max(map(len, cs))
            if k == len(g["rows"]) - 1:
                n = max(n, len(gl) - gi)
            for i in range(n):
                first = gl[gi] if gi < len(gl) else ""
                gi += 1
                out.append(line([first] + [c[i] if i < len(c) else "" for c in cs]))
            out.append(rule() if k == len(g["rows"]) - 1 else rule(first=False))
    return out


def build_md():
    L = []
    for c in S.letterhead():
        L.append(c + "  ")
    L.append("")
    for st, p in S.body_blocks():
        lv = _level(st, p)
        if lv in (1, 2, 3):
            L += [f"**{p}**", ""]
        elif lv == 4 or st == "i":
            L += [f"*{p}*", ""]
        else:
            L += [p, ""]
    recv, sig = S.signature()
    L += [l + "  " for l in recv] + [""]
    L += [l + "  " for l in sig] + [""]
    ah = S.annex_heading()
    L += [f"**{ah[0]}**", "", f"**{ah[1]}**", "", f"*{ah[2]}*", ""]
    L += _grid_table()
    return "\n".join(L) + "\n"


# -------------------------------------------------------------------------------------------------------- .docx
def _fixed_docx(doc):
    from docx.shared import Pt  # noqa: F401
    cp = doc.core_properties
    cp.author = "held-out set 33"
    cp.last_modified_by = "held-out set 33"
    cp.title = "Kế hoạch 552/KH-UBND"
    cp.created = cp.modified = datetime(2026, 1, 1)
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n in sorted(zin.namelist()):
            zi = zipfile.ZipInfo(n, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, zin.read(n))
    return out.getvalue()


def _no_borders(tbl):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = tbl._tbl.tblPr
    for old in tblPr.findall(qn("w:tblBorders")):
        tblPr.remove(old)
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def build_docx(borders=True):
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    st = d.styles["Normal"]
    st.font.name = "DejaVu Sans"
    st.font.size = Pt(10)
    for hn in ("Heading 1", "Heading 2"):
        d.styles[hn].font.name = "DejaVu Sans"

    def para(text, bold=False, italic=False, style=None):
        p = d.add_paragraph(style=style)
        r = p.add_run(text)
        r.bold, r.italic = bold or None, italic or None
        return p

    lh = d.add_table(rows=1, cols=2)
    left = [c for c in S.letterhead()[:3]]
    right = [c for c in S.letterhead()[3:]]
    for cell, lines in zip(lh.rows[0].cells, (left, right)):
        cell.text = "\n".join(lines)
    for st_, p in S.body_blocks():
        lv = _level(st_, p)
        if lv == 1:
            d.add_heading(p, level=1)
        elif lv == 2:
            d.add_heading(p, level=2)
        elif lv == 3:
            para(p, bold=True)
        elif lv == 4 or st_ == "i":
            para(p, italic=True)
        else:
            para(p)
    recv, sig = S.signature()
    sg = d.add_table(rows=1, cols=2)
    sg.rows[0].cells[0].text = "\n".join(recv)
    sg.rows[0].cells[1].text = "\n".join(sig)
    ah = S.annex_heading()
    d.add_heading(ah[0], level=1)
    para(ah[1], bold=True)
    para(ah[2], italic=True)
    gs = _groups()
    n = 1 + sum(len(g["rows"]) for g in gs)
    t = d.add_table(rows=n, cols=6)
    if borders:
        t.style = d.styles["Table Grid"]
    else:
        _no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(2.5), Cm(1.0), Cm(5.4), Cm(2.9), Cm(2.7), Cm(2.4)] if not borders else \
        [Cm(3.0), Cm(1.1), Cm(6.4), Cm(2.6), Cm(2.6), Cm(1.3)]
    for i, h in enumerate(COLS):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    trPr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)
    ri = 1
    for g in gs:
        top = ri
        for r in g["rows"]:
            cs = t.rows[ri].cells
            for j, v in enumerate([r["no"], r["text"], r["lead"], r["coop"], r["time"]], 1):
                cs[j].text = v
            ri += 1
        m = t.cell(top, 0).merge(t.cell(ri - 1, 0))
        m.text = ""
        m.paragraphs[0].add_run(g["title"]).bold = True
    t.autofit = False
    for row in t.rows:  # rows never break across pages (keeps each task's cells together in the PDF text)
        cs = OxmlElement("w:cantSplit")
        cs.set(qn("w:val"), "true")
        row._tr.get_or_add_trPr().append(cs)
    for j, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j].twips if hasattr(widths[j], "twips") else widths[j] / 635)))
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w
    if not borders:
        for tb in (lh, sg):
            _no_borders(tb)
    return _fixed_docx(d)


def build_pdf(outdir):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / f"{STEM}.docx"
        src.write_bytes(build_docx(borders=False))
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{td}/lo", "--convert-to", "pdf",
                        "--outdir", td, str(src)], check=True, capture_output=True)
        shutil.copyfile(Path(td) / f"{STEM}.pdf", Path(outdir) / f"{STEM}.pdf")


def build(outdir=None):
    outdir = Path(outdir or HERE / "docs")
    outdir.mkdir(parents=True, exist_ok=True)
    (outdir / f"{STEM}.md").write_text(build_md(), encoding="utf-8")
    (outdir / f"{STEM}.docx").write_bytes(build_docx())
    build_pdf(outdir)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else None)
