"""Write docs/qd-bct-cds-2027.{md,docx,pdf} from plan_source.py and check every table cell and body line in each.

md: body as Markdown; Phụ lục I as a GFM pipe table with a bold caption line above it and the header split over two
    rows (the pipe header row carries "Mục tiêu theo năm", the year labels sit in the FIRST BODY ROW); Phụ lục II as
    an HTML <table> (caption, thead, group rows with colspan) inside the .md.
docx: python-docx, real tables, Phụ lục I with a two-row header (merged "Mục tiêu theo năm" over three year columns,
    other header cells merged vertically), group rows merged across; appendices in a landscape section.
pdf: reportlab + DejaVuSans, NO LibreOffice; tables drawn with no lines at all (whitespace-aligned columns, cells
    wrap), appendices on landscape pages.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import plan_source as P  # noqa: E402

DOCS = HERE / "docs"
STEM = P.KEY
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
LAND_W, MARGIN = 842, 36
IND_W = [30, 330, 80, 70, 70, 70, 120]
TASK_W = [32, 280, 130, 150, 110, 68]


def pdf_columns():
    out = []
    for widths in (IND_W, TASK_W):
        x = MARGIN
        for w in widths:
            out.append((x, x + w))
            x += w
    return out


def ind_cells():
    out = list(P.IND_HEAD1) + list(P.IND_HEAD2)
    for g, title, rows in P.IND:
        out += [g, title]
        for r in rows:
            out += list(r)
    return [c for c in out if c]


def task_cells():
    out = list(P.TASK_HEAD)
    for g, title, ts in P.TASKS:
        out += [g, title]
        for t in ts:
            out += list(t)
    return [c for c in out if c]


# ------------------------------------------------------------------ markdown
def write_md():
    L = []
    for kind, text in P.HEAD + P.BODY:
        if kind == "hdr":
            left, right = text.split("|")
            L += [f"**{left}**  ", f"**{right}**", ""]
        elif kind == "sign":
            L += ["**" + x + "**  " for x in text.split("|")] + [""]
        elif kind == "title":
            L += [f"**{text}**", ""]
        elif kind == "h1":
            L += [f"## {text}", ""]
        elif kind == "h2":
            L += [f"### {text}", ""]
        elif kind in ("c", "r"):
            L += [f"*{text}*" if kind == "r" else text, ""]
        else:
            L += [text, ""]
    L += [f"## {P.IND_TITLE}", "", P.IND_SUB, "", f"**{P.IND_CAPTION}**", ""]
    L.append("| " + " | ".join(P.IND_HEAD1) + " |")
    L.append("|:---:|---|:---:|:---:|:---:|:---:|---|")
    L.append("| " + " | ".join(P.IND_HEAD2) + " |")
    for g, title, rows in P.IND:
        L.append(f"| **{g}** | **{title}** |  |  |  |  |  |")
        for r in rows:
            L.append("| " + " | ".join(r) + " |")
    L += ["", f"## {P.TASK_TITLE}", "", P.TASK_SUB, "", "<table>", f"<caption>{P.TASK_CAPTION}</caption>",
          "<thead>", "<tr>" + "".join(f"<th>{h}</th>" for h in P.TASK_HEAD) + "</tr>", "</thead>", "<tbody>"]
    for g, title, ts in P.TASKS:
        L.append(f'<tr><td><b>{g}</b></td><td colspan="5"><b>{title}</b></td></tr>')
        for t in ts:
            L.append("<tr>" + "".join(f"<td>{c}</td>" for c in t) + "</tr>")
    L += ["</tbody>", "</table>", ""]
    (DOCS / f"{STEM}.md").write_text("\n".join(L), encoding="utf-8")


# ------------------------------------------------------------------ docx
def write_docx():
    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Times New Roman", Pt(12)
    d.core_properties.title = P.TITLE
    d.core_properties.author = "Bộ Công Thương"
    for kind, text in P.HEAD + P.BODY:
        if kind == "hdr":
            t = d.add_table(rows=1, cols=2)
            for i, x in enumerate(text.split("|")):
                t.cell(0, i).text = x
                t.cell(0, i).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                t.cell(0, i).paragraphs[0].runs[0].bold = True
        elif kind == "sign":
            for x in text.split("|"):
                p = d.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                p.add_run(x).bold = True
        elif kind == "h1":
            d.add_heading(text, level=1)
        elif kind == "h2":
            d.add_heading(text, level=2)
        else:
            p = d.add_paragraph()
            r = p.add_run(text)
            if kind == "title":
                r.bold = True
            if kind in ("title", "c"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if kind == "r":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                r.italic = True
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)

    def centred(text, bold=True):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(text).bold = bold

    def fill(cell, text, bold=False):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = bold

    centred(P.IND_TITLE)
    centred(P.IND_SUB)
    centred(P.IND_CAPTION, bold=False)
    nrows = 2 + sum(1 + len(rows) for _, _, rows in P.IND)
    t = d.add_table(rows=nrows, cols=7)
    t.style = "Table Grid"
    for c in (0, 1, 2, 6):
        m = t.cell(0, c).merge(t.cell(1, c))
        fill(m, P.IND_HEAD1[c], True)
    m = t.cell(0, 3).merge(t.cell(0, 5))
    fill(m, P.IND_HEAD1[3], True)
    for c in (3, 4, 5):
        fill(t.cell(1, c), P.IND_HEAD2[c], True)
    r = 2
    for g, title, rows in P.IND:
        fill(t.cell(r, 0), g, True)
        fill(t.cell(r, 1).merge(t.cell(r, 6)), title, True)
        r += 1
        for row in rows:
            for c, x in enumerate(row):
                fill(t.cell(r, c), x)
            r += 1
    d.add_page_break()
    centred(P.TASK_TITLE)
    centred(P.TASK_SUB)
    centred(P.TASK_CAPTION, bold=False)
    nrows = 1 + sum(1 + len(ts) for _, _, ts in P.TASKS)
    t = d.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    for c, h in enumerate(P.TASK_HEAD):
        fill(t.cell(0, c), h, True)
    r = 1
    for g, title, ts in P.TASKS:
        fill(t.cell(r, 0), g, True)
        fill(t.cell(r, 1).merge(t.cell(r, 5)), title, True)
        r += 1
        for row in ts:
            for c, x in enumerate(row):
                fill(t.cell(r, c), x)
            r += 1
    d.save(str(DOCS / f"{STEM}.docx"))


# ------------------------------------------------------------------ pdf (reportlab, no LibreOffice, no grid lines)
def write_pdf():
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                    Spacer, Table, TableStyle)
    from reportlab import rl_config
    rl_config.invariant = 1  # fixed creation date and document id
    pdfmetrics.registerFont(TTFont("DejaVu", FONT_DIR + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONT_DIR + "DejaVuSans-Bold.ttf"))
    base = ParagraphStyle("b", fontName="DejaVu", fontSize=10.5, leading=14, spaceAfter=5)
    bold = ParagraphStyle("bb", parent=base, fontName="DejaVu-Bold")
    centre = ParagraphStyle("c", parent=base, alignment=TA_CENTER)
    ctitle = ParagraphStyle("ct", parent=bold, alignment=TA_CENTER, fontSize=12)
    right = ParagraphStyle("r", parent=base, alignment=TA_RIGHT)
    rbold = ParagraphStyle("rb", parent=bold, alignment=TA_RIGHT)
    cell = ParagraphStyle("cell", fontName="DejaVu", fontSize=9, leading=11)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="DejaVu-Bold")
    pw, ph = A4
    doc = BaseDocTemplate(str(DOCS / f"{STEM}.pdf"), pagesize=A4, title=P.TITLE, author="Bộ Công Thương")
    doc.addPageTemplates([
        PageTemplate("portrait", [Frame(56, 56, pw - 112, ph - 112, id="p")], pagesize=A4),
        PageTemplate("landscape", [Frame(MARGIN, MARGIN, LAND_W - 2 * MARGIN, pw - 2 * MARGIN, id="l",
                                         leftPadding=0, rightPadding=0)], pagesize=landscape(A4)),
    ])
    S = []
    for kind, text in P.HEAD + P.BODY:
        if kind == "hdr":
            l, r = text.split("|")
            t = Table([[Paragraph(l, ParagraphStyle("hl", parent=bold, alignment=TA_CENTER)),
                        Paragraph(r, ParagraphStyle("hr", parent=bold, alignment=TA_CENTER))]],
                      colWidths=[180, 300])
            S.append(t)
        elif kind == "sign":
            S += [Spacer(1, 8)] + [Paragraph(x, rbold) for x in text.split("|")] + [PageBreak()]
        elif kind == "title":
            S.append(Paragraph(text, ctitle))
        elif kind in ("h1", "h2"):
            S.append(Paragraph(text, bold))
        elif kind == "c":
            S.append(Paragraph(text, centre))
        elif kind == "r":
            S.append(Paragraph(text, right))
        else:
            S.append(Paragraph(text, base))
    S += [NextPageTemplate("landscape"), PageBreak()]
    S += [Paragraph(P.IND_TITLE, ctitle), Paragraph(P.IND_SUB, ctitle), Paragraph(P.IND_CAPTION, centre)]
    data = [[Paragraph(x, cellb) for x in P.IND_HEAD1], [Paragraph(x, cellb) for x in P.IND_HEAD2]]
    spans = [("SPAN", (3, 0), (5, 0))] + [("SPAN", (c, 0), (c, 1)) for c in (0, 1, 2, 6)]
    for g, title, rows in P.IND:
        spans.append(("SPAN", (1, len(data)), (6, len(data))))
        data.append([Paragraph(g, cellb), Paragraph(title, cellb)] + [""] * 5)
        for r in rows:
            data.append([Paragraph(x, cell) for x in r])
    t = Table(data, colWidths=IND_W, repeatRows=2, hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)] + spans))
    S += [t, PageBreak()]
    S += [Paragraph(P.TASK_TITLE, ctitle), Paragraph(P.TASK_SUB, ctitle), Paragraph(P.TASK_CAPTION, centre)]
    data = [[Paragraph(x, cellb) for x in P.TASK_HEAD]]
    spans = []
    for g, title, ts in P.TASKS:
        spans.append(("SPAN", (1, len(data)), (5, len(data))))
        data.append([Paragraph(g, cellb), Paragraph(title, cellb)] + [""] * 4)
        for r in ts:
            data.append([Paragraph(x, cell) for x in r])
    t = Table(data, colWidths=TASK_W, repeatRows=1, hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)] + spans))
    S.append(t)
    doc.build(S)


# ------------------------------------------------------------------ checks
def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def check():
    import textsrc as T
    texts = T.format_texts()
    strings = sorted(set(ind_cells() + task_cells() + P.body_lines() + [P.IND_CAPTION, P.TASK_CAPTION]))
    problems = []
    for fmt, ts in texts.items():
        wts = [ws(t) for t in ts]
        for s in strings:
            if not any(ws(s) in t for t in wts):
                problems.append(f"{fmt}: {s!r}")
    import pdfplumber
    with pdfplumber.open(str(DOCS / f"{STEM}.pdf")) as pdf:
        npages = len(pdf.pages)
        nlines = sum(len(p.lines) + len(p.rects) for p in pdf.pages)
    if nlines:
        problems.append(f"pdf has {nlines} lines/rects (should be none)")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(strings)} distinct strings (table cells, captions, body lines) checked in md/docx/pdf; "
          f"PDF {npages} pages, {nlines} ruling lines; {len(problems)} problems")
    return not problems


def main():
    DOCS.mkdir(exist_ok=True)
    write_md()
    write_docx()
    write_pdf()
    return 0 if check() else 1


if __name__ == "__main__":
    sys.exit(main())
