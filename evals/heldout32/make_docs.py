"""Renders the held-out-32 document (from doc_source.py) in three formats:
  .md   Markdown with ATX headings (# title, ## sections I-VII and the annex, ### numbered sub-sections), the
        1.1/2.1 ... sub-sub-sections as bold lines, "Trọng tâm:" in italics; the annex as ONE GitHub pipe table whose
        two header levels (the group rows "I. Kinh tế số" / "II. Xã hội số" over the indicator rows) are flattened
        into one: a first column "Nhóm chỉ tiêu" repeated on every row, then TT / Chỉ tiêu / Chủ trì
  .docx python-docx: "KẾ HOẠCH" and "PHỤ LỤC" as Heading 1, sections I-VII as Heading 2, numbered sub-sections as
        bold Normal paragraphs, 1.1-style sub-sub-sections italic; letterhead and signature as 2-column layout
        tables; the annex as a real Word table ('Table Grid') with a repeated header row and GROUP ROWS MERGED
        ACROSS ALL THREE COLUMNS
  .pdf  reportlab (DejaVuSans), A4 LANDSCAPE, body as paragraphs, the annex as a Table WITHOUT any grid or lines,
        narrow columns (1.1 / 7.2 / 4.6 cm) in which the texts wrap, header row repeated on every page
        (repeatRows=1), group rows spanning the three columns, page numbers in the footer; rl_config.invariant=1
        so the file is byte-reproducible
Run: .venv/bin/python evals/heldout32/make_docs.py  (writes docs/)."""
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import doc_source as S  # noqa: E402

STEM = S.KEY
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def kind(st, p):
    """heading level of a body block: 'title', 'h2' (I.-VII.), 'h3' (1. ...), 'h4' (1.1. ...), 'it', None"""
    if p == "KẾ HOẠCH":
        return "title"
    if st == "b" and re.match(r"^[IVX]+\. ", p):
        return "h2"
    if st == "b" and re.match(r"^\d+\.\d+\. ", p):
        return "h4"
    if st == "b" and re.match(r"^\d+\. ", p):
        return "h3"
    if st == "i" and re.match(r"^\d+\.\d+\. ", p):
        return "h4"
    if st == "i":
        return "it"
    return None


def blocks():
    """body blocks with the title merged: [(kind, text)]"""
    bb = S.body_blocks()
    assert bb[0][1] == "KẾ HOẠCH" and bb[1][1].startswith("PHÁT TRIỂN KINH TẾ SỐ")
    out = [("title", bb[0][1] + " " + bb[1][1])]
    for st, p in bb[2:]:
        out.append((kind(st, p), p))
    return out


# ----------------------------------------------------------------------------------------------- markdown
def md_rows():
    rows, g = [], None
    for r in S.table()[1]:
        if r["kind"] == "group":
            g = r["title"]
            continue
        rows.append([g, r["no"], r["text"], r["lead"]])
    return rows


MD_HEAD = ["Nhóm chỉ tiêu", "TT", "Chỉ tiêu", "Chủ trì"]


def build_md():
    L = []
    lh = S.letterhead()
    L += [lh[0].replace(" -------", "") + "  ", lh[2], "",
          lh[1].replace(" ---------------", "") + "  ", f"*{lh[3]}*", ""]
    for k, p in blocks():
        if k == "title":
            L += ["# " + p, ""]
        elif k == "h2":
            L += ["## " + p, ""]
        elif k == "h3":
            L += ["### " + p, ""]
        elif k == "h4":
            L += [f"**{p}**", ""]
        elif k == "it":
            L += [f"*{p}*", ""]
        else:
            L += [p, ""]
    recv, sig = S.signature()
    L += [f"*{recv[0]}*  "] + [x + "  " for x in recv[1:]] + [""]
    L += [x + "  " for x in sig] + [""]
    ah = S.annex_heading()
    L += ["## " + ah[0] + ": " + ah[1], "", f"*{ah[2]}*", ""]
    L += ["| " + " | ".join(MD_HEAD) + " |", "|" + "|".join("---" for _ in MD_HEAD) + "|"]
    for r in md_rows():
        L.append("| " + " | ".join(c.replace("|", "\\|") for c in r) + " |")
    L.append("")
    return "\n".join(L)


# ----------------------------------------------------------------------------------------------- docx
def _repeat_header(row):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trPr.append(e)


def _cell(c, text, bold=False, italic=False):
    r = c.paragraphs[0].add_run(text)
    r.bold, r.italic = bold, italic


def build_docx(path):
    import datetime
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(2))

    def para(text, bold=False, italic=False, center=False):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    lh = S.letterhead()
    t = d.add_table(rows=2, cols=2)
    _cell(t.cell(0, 0), lh[0].replace(" -------", ""), bold=True)
    _cell(t.cell(0, 1), lh[1].replace(" ---------------", ""), bold=True)
    _cell(t.cell(1, 0), lh[2])
    _cell(t.cell(1, 1), lh[3], italic=True)
    bl = blocks()
    for k, p in bl:
        if k == "title":
            d.add_heading("KẾ HOẠCH", level=1)
            para(p[len("KẾ HOẠCH "):], bold=True, center=True)
        elif k == "h2":
            d.add_heading(p, level=2)
        elif k == "h3":
            para(p, bold=True)
        elif k in ("h4", "it"):
            para(p, italic=True)
        else:
            para(p, italic=p.startswith("Căn cứ"))
    recv, sig = S.signature()
    t = d.add_table(rows=1, cols=2)
    c0, c1 = t.cell(0, 0), t.cell(0, 1)
    c0.paragraphs[0].add_run(recv[0]).bold = True
    for x in recv[1:]:
        c0.add_paragraph(x)
    c1.paragraphs[0].add_run(sig[0]).bold = True
    for x in sig[1:]:
        c1.add_paragraph().add_run(x).bold = x != "KT. CHỦ TỊCH"
    d.add_page_break()
    ah = S.annex_heading()
    d.add_heading(ah[0], level=1)
    para(ah[1], bold=True, center=True)
    para(ah[2], italic=True, center=True)
    hdr, rows = S.table()
    t = d.add_table(rows=1 + len(rows), cols=3)
    t.style = "Table Grid"
    for k, h in enumerate(hdr):
        _cell(t.cell(0, k), h, bold=True)
    _repeat_header(t.rows[0])
    for i, r in enumerate(rows, 1):
        if r["kind"] == "group":
            m = t.cell(i, 0).merge(t.cell(i, 2))
            _cell(m, r["title"], bold=True)
        else:
            _cell(t.cell(i, 0), r["no"])
            _cell(t.cell(i, 1), r["text"])
            _cell(t.cell(i, 2), r["lead"])
    widths = (Cm(1.2), Cm(10.3), Cm(5.5))
    for row in t.rows:
        for k, c in enumerate(row.cells):
            c.width = widths[min(k, 2)]
    cp = d.core_properties
    cp.author, cp.title, cp.last_modified_by = "heldout32", S.KEY, "heldout32"
    cp.created = cp.modified = datetime.datetime(2026, 12, 5, 0, 0, 0)
    cp.revision = 1
    tmp = Path(str(path) + ".tmp")
    d.save(str(tmp))
    _fix_zip(tmp, Path(path))
    tmp.unlink()


def _fix_zip(src, dst):
    with zipfile.ZipFile(src) as zi, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zo:
        for it in sorted(zi.infolist(), key=lambda x: x.filename):
            zinfo = zipfile.ZipInfo(it.filename, date_time=(2026, 12, 5, 0, 0, 0))
            zinfo.compress_type = zipfile.ZIP_DEFLATED
            zo.writestr(zinfo, zi.read(it.filename))


# ----------------------------------------------------------------------------------------------- pdf
def build_pdf(path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)
    from xml.sax.saxutils import escape
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Oblique", str(FONT_DIR / "DejaVuSans-Oblique.ttf")))
    base = ParagraphStyle("b", fontName="DejaVuSans", fontSize=9.5, leading=12.5, spaceAfter=3)
    bold = ParagraphStyle("bo", parent=base, fontName="DejaVuSans-Bold")
    ital = ParagraphStyle("it", parent=base, fontName="DejaVuSans-Oblique")
    h1 = ParagraphStyle("h1", parent=bold, fontSize=13, leading=16, alignment=TA_CENTER, spaceBefore=6, spaceAfter=6)
    h2 = ParagraphStyle("h2", parent=bold, fontSize=11, leading=14, spaceBefore=6)
    cen = ParagraphStyle("c", parent=base, alignment=TA_CENTER)
    cenb = ParagraphStyle("cb", parent=bold, alignment=TA_CENTER)
    tc = ParagraphStyle("tc", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0)
    tcb = ParagraphStyle("tcb", parent=tc, fontName="DejaVuSans-Bold")
    E = lambda s: escape(s)  # noqa: E731
    story = []
    lh = S.letterhead()
    lt = Table([[Paragraph(E(lh[0].replace(" -------", "")), cenb),
                 Paragraph(E(lh[1].replace(" ---------------", "")), cenb)],
                [Paragraph(E(lh[2]), cen), Paragraph(E(lh[3]), ParagraphStyle("ci", parent=ital,
                                                                             alignment=TA_CENTER))]],
               colWidths=[9 * cm, 13 * cm])
    story += [lt, Spacer(1, 8)]
    for k, p in blocks():
        if k == "title":
            story += [Paragraph("KẾ HOẠCH", h1), Paragraph(E(p[len("KẾ HOẠCH "):]), cenb), Spacer(1, 6)]
        elif k == "h2":
            story.append(Paragraph(E(p), h2))
        elif k == "h3":
            story.append(Paragraph(E(p), bold))
        elif k in ("h4", "it"):
            story.append(Paragraph(E(p), ital))
        else:
            story.append(Paragraph(E(p), ital if p.startswith("Căn cứ") else base))
    recv, sig = S.signature()
    left = [Paragraph(E(recv[0]), ParagraphStyle("r0", parent=tcb))] + [Paragraph(E(x), tc) for x in recv[1:]]
    right = [Paragraph(E(x), cen if x == "KT. CHỦ TỊCH" else cenb) for x in sig]
    st = Table([[left, right]], colWidths=[12 * cm, 10 * cm])
    st.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [Spacer(1, 8), st, PageBreak()]
    ah = S.annex_heading()
    story += [Paragraph(E(ah[0]), h1), Paragraph(E(ah[1]), cenb), Paragraph(E(ah[2]), ParagraphStyle(
        "ai", parent=ital, alignment=TA_CENTER)), Spacer(1, 8)]
    hdr, rows = S.table()
    data = [[Paragraph(E(h), tcb) for h in hdr]]
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
             ("RIGHTPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]
    for i, r in enumerate(rows, 1):
        if r["kind"] == "group":
            data.append([Paragraph(E(r["title"]), tcb), "", ""])
            style.append(("SPAN", (0, i), (2, i)))
        else:
            data.append([Paragraph(E(r["no"]), tc), Paragraph(E(r["text"]), tc), Paragraph(E(r["lead"]), tc)])
    t = Table(data, colWidths=[1.1 * cm, 7.2 * cm, 4.6 * cm], repeatRows=1, hAlign="LEFT")
    t.setStyle(TableStyle(style))
    story.append(t)

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("DejaVuSans", 8)
        canvas.drawCentredString(landscape(A4)[0] / 2, 0.8 * cm, f"- {doc.page} -")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=1.5 * cm, bottomMargin=1.6 * cm, title=S.KEY, author="heldout32",
                            creator="heldout32", producer="heldout32", subject="")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def build(outdir=None):
    outdir = Path(outdir or HERE / "docs")
    outdir.mkdir(parents=True, exist_ok=True)
    (outdir / f"{STEM}.md").write_text(build_md(), encoding="utf-8")
    build_docx(outdir / f"{STEM}.docx")
    build_pdf(outdir / f"{STEM}.pdf")


if __name__ == "__main__":
    build()
    print("ok")
