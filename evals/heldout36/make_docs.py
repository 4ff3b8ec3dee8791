"""Render the held-out-36 source (doc_source) into docs/<STEM>.{md,docx,pdf}. All three byte-reproducible.

.md  : ATX headings only for the title (#), parts I.-IV. and the annex (##) and the numbered sections of II/III (###);
       lettered sub-headings of III as bold lines; body as one line per paragraph; the annex as a PIPE table whose
       row 1 holds its two lead agencies / two partner lists in one cell each, separated by "<br>".
.docx: python-docx directly; "NGHỊ QUYẾT" in Title, I.-IV. and PHỤ LỤC as Heading 1, lettered sub-headings of III as
       Heading 2, numbered sections of II/III and the agency lines of III as bold Normal paragraphs; the annex table
       has FOUR columns - lead and partner agencies share ONE column ("Chủ trì: ...; Phối hợp: ..."), header cells
       SHADED (no borders anywhere: tblBorders all "nil"), header row repeated.
.pdf : reportlab, A4 LANDSCAPE, DejaVuSans; the annex as a Table with NO grid lines, alternating row background
       shading, shaded header repeated on each page, long cells wrapped (Paragraph cells); invariant mode.
"""
import io
import re
import sys
import zipfile
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import doc_source as S  # noqa: E402

STEM = "nq394-2025-moitruong"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
ROMAN = re.compile(r"^(I|II|III|IV)\. ")


def blocks():
    """(kind, text) for the body: title, subtitle, caps, basis, roman, section, sub, agency, item, para"""
    ps = S.paragraphs()
    out, part = [], None
    for i, p in enumerate(ps):
        if i == 0:
            out.append(("title", p))
            continue
        if i == 1:
            out.append(("subtitle", p))
            continue
        if p in ("CHÍNH PHỦ", "QUYẾT NGHỊ:"):
            out.append(("caps", p))
            continue
        if p.startswith("Căn cứ") or p.startswith("Theo đề nghị"):
            out.append(("basis", p))
            continue
        m = ROMAN.match(p)
        if m:
            part = m.group(1)
            out.append(("roman", p))
            continue
        if part in ("II", "III") and re.match(r"^\d\. ", p):
            out.append(("section", p))
            continue
        if part == "III" and re.match(r"^[a-zđ]\) ", p) and not p.endswith("."):
            out.append(("sub", p))
            continue
        if part == "III" and p.startswith("- ") and len(p) < 60 and not p.endswith("."):
            out.append(("agency", p))
            continue
        if p.startswith(("- ", "+ ")):
            out.append(("item", p))
            continue
        out.append(("para", p))
    return out


def annex_rows():
    """[(tt, name, [(lead, partner)...], deadline)]"""
    return [(p["tt"], p["name"], list(zip(p["leads"], p["partners"])), p["deadline"]) for p in S.projects()]


# ---------------------------------------------------------------- .md
def make_md():
    L = []
    for kind, t in blocks():
        if kind == "title":
            L.append("# " + t)
        elif kind == "subtitle":
            L.append("**" + t + "**")
        elif kind == "caps":
            L.append("**" + t + "**")
        elif kind == "basis":
            L.append("*" + t + "*")
        elif kind == "roman":
            L.append("## " + t)
        elif kind == "section":
            L.append("### " + t)
        elif kind == "sub":
            L.append("**" + t + "**")
        else:
            L.append(t)
        L.append("")
    recv, sig = S.signature()
    L.append(recv[0])
    L.append("")
    items = []
    for ln in recv[1:]:
        if ln.startswith("- "):
            items.append(ln)
        else:
            items[-1] += " " + ln
    L.extend(items)
    L.append("")
    L.extend("**" + s + "**" if i == 0 else s for i, s in enumerate(sig))
    L.append("")
    head = S.annex_head()
    L.append("## " + head[0])
    L.append("")
    L.append("**" + head[1] + "**")
    L.append("")
    L.append("*" + head[2] + "*")
    L.append("")
    L.append("| " + " | ".join(S.HEAD) + " |")
    L.append("|---|---|---|---|---|")
    for tt, name, lp, dl in annex_rows():
        L.append(f"| {tt} | {name} | {'<br>'.join(a for a, _ in lp)} | {'<br>'.join(b for _, b in lp)} | {dl} |")
    L.append("")
    return "\n".join(L)


# ---------------------------------------------------------------- .docx
def _shade(cell, fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _no_borders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def _repeat_header(row):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def make_docx():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)

    def bold(t, center=False, italic=False):
        p = d.add_paragraph()
        r = p.add_run(t)
        r.bold = not italic
        r.italic = italic
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    for kind, t in blocks():
        if kind == "title":
            d.add_paragraph(t, style="Title")
        elif kind in ("subtitle", "caps"):
            bold(t, center=True)
        elif kind == "basis":
            bold(t, italic=True)
        elif kind == "roman":
            d.add_heading(t, level=1)
        elif kind == "sub":
            d.add_heading(t, level=2)
        elif kind in ("section", "agency"):
            bold(t)
        else:
            d.add_paragraph(t)
    recv, sig = S.signature()
    bold(recv[0], italic=True)
    items = []
    for ln in recv[1:]:
        if ln.startswith("- "):
            items.append(ln)
        else:
            items[-1] += " " + ln
    for it in items:
        d.add_paragraph(it)
    for s in sig:
        bold(s, center=True)
    head = S.annex_head()
    d.add_page_break()
    d.add_heading(head[0], level=1)
    bold(head[1], center=True)
    bold(head[2], center=True, italic=True)
    tb = d.add_table(rows=1, cols=4)
    _no_borders(tb)
    hdr = ["TT", "Tên đề án ưu tiên", "Cơ quan chủ trì và cơ quan phối hợp", "Thời hạn hoàn thành"]
    for c, h in zip(tb.rows[0].cells, hdr):
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        _shade(c, "D9D9D9")
    _repeat_header(tb.rows[0])
    for tt, name, lp, dl in annex_rows():
        cells = tb.add_row().cells
        cells[0].text = tt
        cells[1].text = name
        cells[2].text = ""
        for k, (a, b) in enumerate(lp):
            para = cells[2].paragraphs[0] if k == 0 else cells[2].add_paragraph()
            para.add_run(f"Chủ trì: {a}; Phối hợp: {b}")
        cells[3].text = dl
    widths = [Cm(1.2), Cm(7.3), Cm(6.5), Cm(2.0)]
    for row in tb.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    cp = d.core_properties
    fixed = datetime(2026, 1, 1, 0, 0, 0)
    cp.author = "heldout36"
    cp.last_modified_by = "heldout36"
    cp.title = "Nghị quyết 394/NQ-CP"
    cp.created = cp.modified = cp.last_printed = fixed
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for n in sorted(zin.namelist()):
            zi = zipfile.ZipInfo(n, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zo.writestr(zi, zin.read(n))
    return out.getvalue()


# ---------------------------------------------------------------- .pdf
def make_pdf(path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuB", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuI", str(FONT_DIR / "DejaVuSans-Oblique.ttf")))
    base = ParagraphStyle("b", fontName="DejaVu", fontSize=9.5, leading=12.5, spaceAfter=4)
    bst = ParagraphStyle("bb", parent=base, fontName="DejaVuB")
    ist = ParagraphStyle("ii", parent=base, fontName="DejaVuI")
    cst = ParagraphStyle("cc", parent=bst, alignment=1)
    tst = ParagraphStyle("tt", parent=bst, fontSize=15, leading=19, alignment=1, spaceAfter=6)
    h1 = ParagraphStyle("h1", parent=bst, fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=5)
    h2 = ParagraphStyle("h2", parent=bst, fontSize=10, leading=13, spaceBefore=4)
    ind = ParagraphStyle("ind", parent=base, leftIndent=14)
    cell = ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11, spaceAfter=0)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="DejaVuB")
    E = lambda t: escape(t)  # noqa: E731
    story = []
    for kind, t in blocks():
        st = {"title": tst, "subtitle": cst, "caps": cst, "basis": ist, "roman": h1, "section": h2, "sub": h2,
              "agency": bst, "item": ind}.get(kind, base)
        story.append(Paragraph(E(t), st))
    recv, sig = S.signature()
    story.append(Spacer(1, 8))
    story.append(Paragraph(E(recv[0]), ist))
    items = []
    for ln in recv[1:]:
        if ln.startswith("- "):
            items.append(ln)
        else:
            items[-1] += " " + ln
    for it in items:
        story.append(Paragraph(E(it), ParagraphStyle("r", parent=base, fontSize=8, leading=10, spaceAfter=0)))
    story.append(Spacer(1, 8))
    for s in sig:
        story.append(Paragraph(E(s), cst))
    story.append(PageBreak())
    head = S.annex_head()
    story.append(Paragraph(E(head[0]), tst))
    story.append(Paragraph(E(head[1]), cst))
    story.append(Paragraph(E(head[2]), ParagraphStyle("ic", parent=ist, alignment=1)))
    story.append(Spacer(1, 6))
    data = [[Paragraph(E(h), cellb) for h in S.HEAD]]
    for tt, name, lp, dl in annex_rows():
        data.append([Paragraph(E(tt), cell), Paragraph(E(name), cell),
                     Paragraph("<br/><br/>".join(E(a) for a, _ in lp), cell),
                     Paragraph("<br/><br/>".join(E(b) for _, b in lp), cell), Paragraph(E(dl), cell)])
    t = Table(data, colWidths=[1.0 * cm, 9.0 * cm, 6.0 * cm, 7.5 * cm, 2.6 * cm], repeatRows=1)
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#C9D3E0")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#EEF1F5")]),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    story.append(t)
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=1.8 * cm, rightMargin=1.8 * cm,
                            topMargin=1.5 * cm, bottomMargin=1.5 * cm, title="Nghị quyết 394/NQ-CP",
                            author="heldout36", invariant=1)
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
