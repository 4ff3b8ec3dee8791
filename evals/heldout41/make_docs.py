"""Render the held-out-41 source (doc_source) into docs/<STEM>.{md,docx,pdf}. All three are byte-reproducible.

.md  : ATX headings ("# KẾ HOẠCH", "## I." parts, "### 1." numbered sub-sections, "# PHỤ LỤC"); letterhead, Nơi nhận
       and signature as plain lines ending in a BACKSLASH HARD BREAK ("\\"); every a)-h) item as a "- " LIST ITEM on one
       line; other paragraphs one line each; the PHỤ LỤC split into FOUR PIPE TABLES, one per group (the group title
       as a "####" heading above each), with the COLUMNS REORDERED: STT | Cơ quan chủ trì | Thời gian hoàn thành |
       Tên nhiệm vụ | Cơ quan phối hợp.
.docx: python-docx, A4 portrait throughout; "KẾ HOẠCH" in 'Title', parts I.-IV. as 'Heading 2' (no Heading 1),
       numbered sub-sections as 'Heading 4'; the a)-h) items of each sub-section laid out as a BORDERLESS TWO-COLUMN
       TABLE (letter | text); letterhead and signature as borderless tables; the PHỤ LỤC as FOUR separate ruled tables
       ('Table Grid'), one per group, each with its own header row, the group title as a bold paragraph before it;
       core properties and zip timestamps fixed.
.pdf : reportlab (DejaVuSans) on B5 PORTRAIT pages; the plan body set in TWO COLUMNS (two frames per page; the first
       page has a full-width top frame for letterhead and title), 8.5 pt justified; a footer "617/KH-UBND - Trang n"
       on every page; the PHỤ LỤC on a one-column page as ONE fully ruled table in the source's column order with the
       group rows SPANNING columns 2-5, narrow columns (0.9/5.0/2.1/3.6/2.0 cm, 8.5 pt) so it runs over a page break
       WITHOUT a repeated header (repeatRows=0); invariant=1.
"""
import html
import io
import sys
import zipfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import doc_source as S  # noqa: E402

STEM = "kh617-2025-dongthap"
MD_COLS = [0, 2, 4, 1, 3]  # source column index in .md order


def _pipe(s):
    return s.replace("|", "\\|")


def make_md():
    L = []
    a, b, no, place = S.letterhead()
    lh = a + b + [no, place]
    L += [x + "\\" for x in lh[:-1]] + [lh[-1], ""]
    for k, c in S.body_blocks():
        if k == "title":
            L += ["# " + c, ""]
        elif k == "subject":
            L += ["**" + c + "**", ""]
        elif k == "h1":
            L += ["## " + c, ""]
        elif k == "h2":
            L += ["### " + c, ""]
        elif k == "item":
            if L[-1] == "":
                L.pop() if L[-2].startswith("- ") else None
            L += ["- " + c, ""]
        else:
            L += [c, ""]
    rec, sig = S.signature()
    L += [x + "\\" for x in rec[:-1]] + [rec[-1], ""]
    L += [x + "\\" for x in sig[:-1]] + [sig[-1], ""]
    title, groups = S.annex()
    L += ["# " + title[0], "", "**" + title[1] + "**", "", "*" + title[2] + "*", ""]
    keys = ["stt", "task", "lead", "partner", "time"]
    for g, rs in groups:
        L += ["#### " + g, ""]
        L.append("| " + " | ".join(S.HEAD[j] for j in MD_COLS) + " |")
        L.append("|" + "|".join([":---:", ":---", ":---:", ":---", ":---"]) + "|")
        for r in rs:
            L.append("| " + " | ".join(_pipe(r[keys[j]]) for j in MD_COLS) + " |")
        L.append("")
    return "\n".join(L)


# ---------------------------------------------------------------- DOCX
def make_docx():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(1.8)

    def borderless(tb):
        tblPr = tb._tbl.tblPr
        bd = OxmlElement("w:tblBorders")
        for x in ("top", "left", "bottom", "right", "insideH", "insideV"):
            y = OxmlElement(f"w:{x}")
            y.set(qn("w:val"), "nil")
            bd.append(y)
        tblPr.append(bd)

    def put(cell, lines, bold=False, italic=False, center=True, size=None):
        cell.paragraphs[0].text = ""
        for j, ln in enumerate(lines):
            p = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
            if center:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            rn = p.add_run(ln)
            rn.bold, rn.italic = bold, italic
            if size:
                rn.font.size = Pt(size)

    a, b, no, place = S.letterhead()
    tb = d.add_table(rows=2, cols=2)
    borderless(tb)
    put(tb.cell(0, 0), a, bold=True)
    put(tb.cell(0, 1), b, bold=True)
    put(tb.cell(1, 0), [no])
    put(tb.cell(1, 1), [place], italic=True)
    pending = []  # a)-h) items waiting to be laid out as a two-column table

    def flush():
        if not pending:
            return
        t = d.add_table(rows=len(pending), cols=2)
        borderless(t)
        for i, it in enumerate(pending):
            letter, rest = it.split(" ", 1)
            put(t.cell(i, 0), [letter], center=False)
            put(t.cell(i, 1), [rest], center=False)
            t.cell(i, 0).width, t.cell(i, 1).width = Cm(0.9), Cm(15.8)
        pending.clear()

    for k, c in S.body_blocks():
        if k == "item":
            pending.append(c)
            continue
        flush()
        if k == "title":
            p = d.add_paragraph(c, style="Title")
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == "subject":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(c).bold = True
        elif k == "h1":
            d.add_paragraph(c, style="Heading 2")
        elif k == "h2":
            d.add_paragraph(c, style="Heading 4")
        else:
            p = d.add_paragraph(c)
            p.paragraph_format.first_line_indent = Cm(1.0)
    flush()
    rec, sig = S.signature()
    tb = d.add_table(rows=1, cols=2)
    borderless(tb)
    put(tb.cell(0, 0), rec, center=False, size=10)
    tb.cell(0, 0).paragraphs[0].runs[0].bold = True
    put(tb.cell(0, 1), sig[:3] + ["", sig[3]], bold=True)
    d.add_page_break()
    title, groups = S.annex()
    for j, t in enumerate(title):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(t)
        r.bold, r.italic = j < 2, j == 2
    for g, rs in groups:
        p = d.add_paragraph()
        p.add_run(g).bold = True
        tb = d.add_table(rows=1 + len(rs), cols=5)
        tb.style = d.styles["Table Grid"]
        for j, h in enumerate(S.HEAD):
            put(tb.cell(0, j), [h], bold=True, size=10)
        for i, r in enumerate(rs, 1):
            put(tb.cell(i, 0), [r["stt"]], size=10)
            put(tb.cell(i, 1), [r["task"]], center=False, size=10)
            put(tb.cell(i, 2), [r["lead"]], size=10)
            put(tb.cell(i, 3), [r["partner"]], center=False, size=10)
            put(tb.cell(i, 4), [r["time"]], size=10)
        for row in tb.rows:
            for c, w in zip(row.cells, [1.1, 6.4, 2.6, 4.3, 2.3]):
                c.width = Cm(w)
    cp = d.core_properties
    fixed = datetime(2026, 1, 1, 0, 0, 0)
    cp.author = cp.last_modified_by = "heldout41"
    cp.title = "Kế hoạch 617/KH-UBND"
    cp.created = cp.modified = cp.last_printed = fixed
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for nme in sorted(zin.namelist()):
            zi = zipfile.ZipInfo(nme, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zo.writestr(zi, zin.read(nme))
    return out.getvalue()


# ---------------------------------------------------------------- PDF
def make_pdf(path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import B5
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageBreak, PageTemplate,
                                    Paragraph, Spacer, Table, TableStyle)
    F = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", F + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", F + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVI", F + "DejaVuSans-Oblique.ttf"))
    e = html.escape
    W, H = B5
    lm = rm = 1.5 * cm
    tm, bm = 1.4 * cm, 1.5 * cm
    gap = 0.6 * cm
    cw = (W - lm - rm - gap) / 2
    top_h = 4.6 * cm
    body = ParagraphStyle("b", fontName="DV", fontSize=8.5, leading=11, spaceAfter=2.5, alignment=4)
    item = ParagraphStyle("it", parent=body, leftIndent=11, firstLineIndent=-11)
    h1 = ParagraphStyle("h1", parent=body, fontName="DVB", fontSize=9, leading=11.5, spaceBefore=5, alignment=0)
    h2 = ParagraphStyle("h2", parent=body, fontName="DVI", fontSize=8.5, leading=11, spaceBefore=3, alignment=0)
    ttl = ParagraphStyle("t", parent=body, fontName="DVB", fontSize=12, leading=15, alignment=1, spaceBefore=6)
    sub = ParagraphStyle("s", parent=body, fontName="DVB", fontSize=9, leading=11.5, alignment=1)
    ctr = ParagraphStyle("c", parent=body, alignment=1, fontSize=8, leading=10)
    cell = ParagraphStyle("cell", fontName="DV", fontSize=8.5, leading=10.5)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="DVB")

    def P(t, s):
        return Paragraph(e(t), s)

    story = []
    a, b, no, place = S.letterhead()
    lt = Table([[Paragraph("<b>" + e(a[0]) + "</b><br/><b>" + e(a[1]) + "</b>", ctr),
                 Paragraph("<b>" + e(b[0]) + "</b><br/>" + e(b[1]), ctr)],
                [P(no, ctr), Paragraph("<i>" + e(place) + "</i>", ParagraphStyle("pi", parent=ctr, fontName="DVI"))]],
               colWidths=[5.6 * cm, 8.6 * cm])
    story.append(lt)
    for k, c in S.body_blocks():
        if k == "title":
            story.append(P(c, ttl))
        elif k == "subject":
            story += [P(c, sub), NextPageTemplate("two"), FrameBreak()]
        elif k == "h1":
            story.append(P(c, h1))
        elif k == "h2":
            story.append(P(c, h2))
        elif k == "item":
            story.append(P(c, item))
        else:
            story.append(P(c, body))
    rec, sig = S.signature()
    small = ParagraphStyle("sm", parent=body, fontSize=7.5, leading=9.5, alignment=0)
    story += [Spacer(1, 6), Paragraph("<br/>".join(["<i><b>" + e(rec[0]) + "</b></i>"] + [e(x) for x in rec[1:]]),
                                      small), Spacer(1, 6),
              Paragraph("<br/>".join(["<b>" + e(sig[0]) + "</b>", "<b>" + e(sig[1]) + "</b>", "<b>" + e(sig[2]) +
                                      "</b>", "<br/>", "<b>" + e(sig[3]) + "</b>"]), ctr)]
    title, groups = S.annex()
    story += [NextPageTemplate("one"), PageBreak(), P(title[0], ttl), P(title[1], sub),
              Paragraph("<i>" + e(title[2]) + "</i>", ctr), Spacer(1, 6)]
    data = [[P(h, cellb) for h in S.HEAD]]
    spans = []
    for g, rs in groups:
        n, rest = g.split(" ", 1)
        data.append([P(n, cellb), P(rest, cellb), "", "", ""])
        spans.append(("SPAN", (1, len(data) - 1), (4, len(data) - 1)))
        for r in rs:
            data.append([P(r["stt"], cell), P(r["task"], cell), P(r["lead"], cell), P(r["partner"], cell),
                         P(r["time"], cell)])
    tb = Table(data, colWidths=[c * cm for c in (0.9, 5.0, 2.1, 3.6, 2.0)], repeatRows=0)
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)] + spans))
    story.append(tb)

    def foot(canv, doc):
        canv.saveState()
        canv.setFont("DV", 7)
        canv.drawCentredString(W / 2, 0.8 * cm, "617/KH-UBND - Trang %d" % doc.page)
        canv.restoreState()

    fh = H - tm - bm
    first = PageTemplate("first", [Frame(lm, H - tm - top_h, W - lm - rm, top_h, id="top"),
                                   Frame(lm, bm, cw, fh - top_h, id="c1"),
                                   Frame(lm + cw + gap, bm, cw, fh - top_h, id="c2")], onPage=foot)
    two = PageTemplate("two", [Frame(lm, bm, cw, fh, id="l"), Frame(lm + cw + gap, bm, cw, fh, id="r")], onPage=foot)
    one = PageTemplate("one", [Frame(lm, bm, W - lm - rm, fh, id="w")], onPage=foot)
    doc = BaseDocTemplate(str(path), pagesize=B5, leftMargin=lm, rightMargin=rm, topMargin=tm, bottomMargin=bm,
                          title="Kế hoạch 617/KH-UBND", author="heldout41", creator="heldout41", producer="heldout41",
                          pageTemplates=[first, two, one])
    doc.build(story)


def build(outdir=None):
    out = Path(outdir or HERE / "docs")
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{STEM}.md").write_text(make_md(), encoding="utf-8")
    (out / f"{STEM}.docx").write_bytes(make_docx())
    make_pdf(out / f"{STEM}.pdf")
    return out


if __name__ == "__main__":
    print(build())
