"""Render the held-out-30 source (QĐ 2597/QĐ-TTg, body + Phụ lục) into three formats:
  docs/<STEM>.md   -- Markdown: ATX headings for the document title, Điều 1 and the annex; bold lines for the
                      sections I-V; the annex as a pandoc GRID table (+---+ borders, cells wrapped over several lines)
  docs/<STEM>.docx -- built directly with python-docx: a real Word table ('Table Grid') with a repeated header row,
                      group rows merged across the five right-hand columns; sections I-V as 'Heading 2', the title and
                      the annex title as 'Heading 1', sub-items as bold paragraphs; zip entries re-written with fixed
                      timestamps (byte-reproducible)
  docs/<STEM>.pdf  -- reportlab (DejaVuSans), body on A4 portrait, annex on A4 LANDSCAPE, tables WITHOUT any ruling
                      line (no grid, no cell borders), group titles spanning columns 2-6, header row repeated on each
                      page, long cells wrapped. Not byte-compared by check.py (its text is checked; hash frozen).
Usage: .venv/bin/python evals/heldout30/make_docs.py [--no-pdf]
"""
import re
import sys
import textwrap
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import doc_source as S  # noqa: E402

DOCS = HERE / "docs"
STEM = S.KEY
ROMAN_SECTION = re.compile(r"^(I|II|III|IV|V)\. [A-ZĐÀ-Ỹ ,]+$")
SUBHEAD = re.compile(r"^(\d\. |[a-zđ]\) )")


def letterhead_lines():
    out = []
    for c in S.letterhead():
        c = re.sub(r"\s*-{3,}\s*", " ", c).strip()
        if c.startswith("CỘNG HÒA"):
            out += ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", c.replace("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "").strip()]
        else:
            out.append(c)
    return out


def signature_parts():
    sig = S.signature()
    recv = sig[0]
    items = [x.strip() for x in recv.split(" - ")]
    head, items = items[0], items[1:]
    signer = sig[1]
    assert signer == "KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Trần Hồng Hà"
    return head, items, ["KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Trần Hồng Hà"]


def kind(p, i):
    if i == 0:
        return "title"
    if i == 1:
        return "subtitle"
    if p in ("THỦ TƯỚNG CHÍNH PHỦ", "QUYẾT ĐỊNH:"):
        return "center"
    if ROMAN_SECTION.match(p):
        return "section"
    if p.startswith("Điều "):
        return "article"
    return "para"


# ---------------------------------------------------------------- Markdown
COLW = [5, 46, 20, 24, 28, 11]


def grid_row(cells):
    wrapped = [textwrap.wrap(c, w, break_long_words=False, break_on_hyphens=False) or [""] for c, w in zip(cells, COLW)]
    for seg, w in zip(wrapped, COLW):
        assert all(len(s) <= w for s in seg), seg
    n = max(len(x) for x in wrapped)
    lines = []
    for k in range(n):
        lines.append("| " + " | ".join((x[k] if k < len(x) else "").ljust(w) for x, w in zip(wrapped, COLW)) + " |")
    return lines


def grid_sep(ch="-"):
    return "+" + "+".join(ch * (w + 2) for w in COLW) + "+"


def md():
    out = []
    out += [f"{x}  " for x in letterhead_lines()[:-1]] + [letterhead_lines()[-1], ""]
    paras = S.body_paragraphs()
    for i, p in enumerate(paras):
        k = kind(p, i)
        if k == "title":
            out += [f"# {p}", ""]
        elif k == "subtitle":
            out += [f"**{p}**", ""]
        elif k == "center":
            out += [f"**{p}**", ""]
        elif k == "section":
            out += [f"**{p}**", ""]
        elif k == "article":
            m = re.match(r"^(Điều \d+\.)\s*(.*)$", p)
            out += [f"## {m.group(1)}", "", m.group(2), ""]
        else:
            out += [p, ""]
    head, items, signer = signature_parts()
    out += [f"*{head}*", ""] + [f"- {x}" for x in items] + [""] + [f"**{x}**  " for x in signer[:-1]] + [
        f"**{signer[-1]}**", "", "---", ""]
    ah = S.annex_heading()
    out += [f"# {ah[0]}", "", f"## {ah[1]}", "", f"*{ah[2]}*", ""]
    header, rows = S.table()
    out.append(grid_sep())
    out += grid_row(header)
    out.append(grid_sep("="))
    for r in rows:
        if r["kind"] == "group":
            out += grid_row([r["roman"], r["title"], "", "", "", ""])
        else:
            out += grid_row([str(r["no"]), r["name"], r["lead"], r["coord"], r["result"], r["time"]])
        out.append(grid_sep())
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- DOCX
def docx_build(path):
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt
    d = docx.Document()
    d.core_properties.author = "heldout30"
    d.core_properties.title = "QĐ 2597/QĐ-TTg"
    import datetime
    fixed = datetime.datetime(2026, 1, 1)
    d.core_properties.created = fixed
    d.core_properties.modified = fixed
    d.core_properties.last_modified_by = "heldout30"
    d.core_properties.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)

    def par(text, bold=False, italic=False, align=None, style=None):
        p = d.add_paragraph(style=style) if style else d.add_paragraph()
        run = p.add_run(text)
        run.bold, run.italic = bold, italic
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p
    for x in letterhead_lines():
        par(x, bold=x.isupper() or x.startswith("CỘNG"), align="c")
    paras = S.body_paragraphs()
    for i, p in enumerate(paras):
        k = kind(p, i)
        if k == "title":
            d.add_heading(p, level=1).alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k in ("subtitle", "center"):
            par(p, bold=True, align="c")
        elif k == "section":
            d.add_heading(p, level=2)
        elif k == "article":
            m = re.match(r"^(Điều \d+\.)\s*(.*)$", p)
            q = d.add_paragraph()
            q.add_run(m.group(1) + " ").bold = True
            q.add_run(m.group(2))
        elif SUBHEAD.match(p) and len(p) < 130 and not p.endswith(";"):
            par(p, bold=True)
        else:
            par(p)
    head, items, signer = signature_parts()
    par(head, bold=True, italic=True)
    for x in items:
        par("- " + x)
    for x in signer:
        par(x, bold=True, align="c")
    # annex: new section, landscape
    from docx.enum.section import WD_ORIENT, WD_SECTION
    s2 = d.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Cm(29.7), Cm(21.0)
    ah = S.annex_heading()
    d.add_heading(ah[0], level=1).alignment = WD_ALIGN_PARAGRAPH.CENTER
    par(ah[1], bold=True, align="c")
    par(ah[2], italic=True, align="c")
    header, rows = S.table()
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.2), Cm(9.0), Cm(3.6), Cm(4.2), Cm(4.6), Cm(2.6)]
    for c, h, w in zip(t.rows[0].cells, header, widths):
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        c.width = w
    trpr = t.rows[0]._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)
    for r in rows:
        cells = t.add_row().cells
        if r["kind"] == "group":
            cells[0].text = ""
            cells[0].paragraphs[0].add_run(r["roman"]).bold = True
            m = cells[1].merge(cells[5])
            m.text = ""
            m.paragraphs[0].add_run(r["title"]).bold = True
        else:
            for c, v in zip(cells, [str(r["no"]), r["name"], r["lead"], r["coord"], r["result"], r["time"]]):
                c.text = v
        for c, w in zip(cells, widths):
            c.width = w
    d.save(str(path))
    # fixed zip timestamps -> byte-reproducible
    src = zipfile.ZipFile(path).infolist()
    data = {i.filename: zipfile.ZipFile(path).read(i.filename) for i in src}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for i in src:
            zi = zipfile.ZipInfo(i.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data[i.filename])


# ---------------------------------------------------------------- PDF
def pdf_build(path):
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                    Spacer, Table, TableStyle)
    from xml.sax.saxutils import escape
    fd = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DejaVu", fd + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", fd + "DejaVuSans-Bold.ttf"))
    N = ParagraphStyle("n", fontName="DejaVu", fontSize=9.5, leading=12.5, spaceAfter=4)
    B = ParagraphStyle("b", parent=N, fontName="DejaVu-Bold")
    C = ParagraphStyle("c", parent=B, alignment=TA_CENTER)
    H = ParagraphStyle("h", parent=C, fontSize=12.5, leading=16, spaceBefore=6, spaceAfter=6)
    T = ParagraphStyle("t", fontName="DejaVu", fontSize=8, leading=10)
    TB = ParagraphStyle("tb", parent=T, fontName="DejaVu-Bold")
    pw, ph = A4
    lw, lh = landscape(A4)
    m = 2 * cm
    doc = BaseDocTemplate(str(path), pagesize=A4, title="QĐ 2597/QĐ-TTg", author="heldout30",
                          creator="heldout30", producer="heldout30", invariant=1)
    doc.addPageTemplates([
        PageTemplate(id="P", frames=[Frame(m, m, pw - 2 * m, ph - 2 * m)], pagesize=A4),
        PageTemplate(id="L", frames=[Frame(1.5 * cm, 1.5 * cm, lw - 3 * cm, lh - 3 * cm)], pagesize=landscape(A4)),
    ])
    E = lambda s: escape(s)  # noqa: E731
    story = []
    lh_lines = letterhead_lines()
    story += [Paragraph(E(x), C if x.isupper() or x.startswith("CỘNG") else N) for x in lh_lines]
    story.append(Spacer(1, 8))
    for i, p in enumerate(S.body_paragraphs()):
        k = kind(p, i)
        if k == "title":
            story.append(Paragraph(E(p), H))
        elif k in ("subtitle", "center"):
            story.append(Paragraph(E(p), C))
        elif k == "section":
            story.append(Paragraph(E(p), B))
        elif k == "article":
            mm = re.match(r"^(Điều \d+\.)\s*(.*)$", p)
            story.append(Paragraph(f"<font name='DejaVu-Bold'>{E(mm.group(1))}</font> {E(mm.group(2))}", N))
        else:
            story.append(Paragraph(E(p), N))
    head, items, signer = signature_parts()
    story.append(Spacer(1, 8))
    sig = Table([[Paragraph(E(head), B), Paragraph(E(signer[0]), C)],
                 [Paragraph("<br/>".join(E("- " + x) for x in items), T), Paragraph("<br/>".join(E(x) for x in signer[1:]), C)]],
                colWidths=[9 * cm, 7 * cm])
    sig.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(sig)
    story += [NextPageTemplate("L"), PageBreak()]
    ah = S.annex_heading()
    story += [Paragraph(E(ah[0]), H), Paragraph(E(ah[1]), C), Paragraph(E(ah[2]), ParagraphStyle("i", parent=N, alignment=TA_CENTER))]
    header, rows = S.table()
    data = [[Paragraph(E(h), TB) for h in header]]
    spans = []
    for r in rows:
        if r["kind"] == "group":
            spans.append(len(data))
            data.append([Paragraph(E(r["roman"]), TB), Paragraph(E(r["title"]), TB), "", "", "", ""])
        else:
            data.append([Paragraph(E(v), T) for v in (str(r["no"]), r["name"], r["lead"], r["coord"], r["result"], r["time"])])
    cw = [1.1 * cm, 9.2 * cm, 3.4 * cm, 4.2 * cm, 5.0 * cm, 3.2 * cm]
    tab = Table(data, colWidths=cw, repeatRows=1)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 3),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]
    style += [("SPAN", (1, i), (5, i)) for i in spans]
    tab.setStyle(TableStyle(style))
    story.append(tab)
    doc.build(story)


def build(pdf=True, outdir=DOCS):
    outdir = Path(outdir)
    outdir.mkdir(exist_ok=True)
    (outdir / f"{STEM}.md").write_text(md(), encoding="utf-8")
    docx_build(outdir / f"{STEM}.docx")
    if pdf:
        pdf_build(outdir / f"{STEM}.pdf")


if __name__ == "__main__":
    build(pdf="--no-pdf" not in sys.argv)
