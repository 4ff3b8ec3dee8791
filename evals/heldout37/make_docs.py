"""Render the held-out-37 source (doc_source) into docs/<STEM>.{md,docx,pdf}. All three byte-reproducible.

.md  : SETEXT headings for "KẾ HOẠCH" and "PHỤ LỤC" (===) and the parts I.-V. (---), mixed with ATX "###" for the
       numbered sub-sections (1., 2., ...); NO emphasis marks anywhere; letterhead and signature as plain lines; the annex
       as a raw HTML <table> with a first column "Nhóm" whose cell SPANS ITS GROUP'S ROWS (rowspan), the group row
       itself folded into that cell, multi-line guidance cells with <br>.
.docx: python-docx directly with NO heading styles at all: the title, parts and numbered sub-sections are plain BOLD
       numbered Normal paragraphs; the annex table ('Table Grid', ruled) is SPLIT OVER TWO SECTIONS: group I in a
       portrait section, group II in a following LANDSCAPE section as a second table with its own header row; the
       "Nhóm" cell is VERTICALLY MERGED (w:vMerge) over its group's rows.
.pdf : reportlab, A4 PORTRAIT, DejaVuSans; a TWO-LINE RUNNING HEADER and a "Trang n" FOOTER on every page; the annex
       as a fully RULED grid table in its source shape (4 columns, group rows as ordinary rows) with NARROW columns that
       wrap, CONTINUED ACROSS PAGES WITHOUT A REPEATED HEADER (repeatRows=0); invariant mode.
"""
import html
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

STEM = "kh157-2025-cantho"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
ROMAN = re.compile(r"^(I|II|III|IV|V)\. ")
GHEAD = ["Nhóm", "STT", "Tiêu chí thi đua", "Điểm chuẩn", "Hướng dẫn chấm điểm"]
RUN1 = "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ - Kế hoạch số 157/KH-UBND"
RUN2 = "Phong trào thi đua chi trả trợ giúp xã hội, hưu trí xã hội không dùng tiền mặt"


def blocks():
    """(kind, text): title, subtitle, basis, roman, section, para"""
    out = []
    for i, (rb, p) in enumerate(zip(S.raw_blocks(), S.paragraphs())):
        whole_bold = rb.strip().startswith("**") and rb.strip().endswith("**")
        if i == 0:
            out.append(("title", p))
        elif i == 1:
            out.append(("subtitle", p))
        elif p.startswith("Thực hiện") and i < 4:
            out.append(("basis", p))
        elif whole_bold and ROMAN.match(p):
            out.append(("roman", p))
        elif whole_bold and re.match(r"^\d\. ", p):
            out.append(("section", p))
        else:
            out.append(("para", p))
    assert sum(k == "roman" for k, _ in out) == 5
    return out


def groups():
    """[(group label, [rows])]: the group row folded into the label"""
    out = []
    for r in S.rows():
        if r["stt"] in ("I", "II"):
            lab = f"{r['stt']}. {r['crit']}" + (f" ({r['pts']})" if r["pts"] else "")
            out.append((lab, []))
        else:
            out[-1][1].append(r)
    return out


def recv_items():
    recv, _ = S.signature()
    return recv[0], recv[1:]


def sig_lines():
    _, sig = S.signature()
    return [sig[0] + " " + sig[1]] + sig[2:]  # "TM. ỦY BAN NHÂN" + "DÂN" is one line wrapped by the page


def lh_lines():
    lh = S.letterhead()
    return [" ".join(lh[0]), " ".join(lh[1][:2]), lh[1][2], lh[2][0], " ".join(lh[3])]


# ---------------------------------------------------------------- .md
def make_md():
    L = []
    lh = lh_lines()
    L += [lh[0], "", lh[1], lh[2], "", lh[3], "", lh[4], ""]
    for kind, t in blocks():
        if kind == "title":
            L += [t, "=" * 12]
        elif kind == "roman":
            L += [t, "-" * max(3, min(len(t), 40))]
        elif kind == "section":
            L.append("### " + t)
        else:
            L.append(t)
        L.append("")
    head, items = recv_items()
    L += [head, ""] + items + [""] + sig_lines() + [""]
    ah = S.annex_head()
    L += [ah[0], "=" * 12, "", ah[1], "", ah[2], ""]
    H = html.escape
    T = ["<table>", "<thead>", "<tr>" + "".join(f"<th>{H(h)}</th>" for h in GHEAD) + "</tr>", "</thead>", "<tbody>"]
    for lab, rs in groups():
        for k, r in enumerate(rs):
            tds = []
            if k == 0:
                tds.append(f'<td rowspan="{len(rs)}">{H(lab)}</td>')
            tds += [f"<td>{H(r['stt'])}</td>", f"<td>{H(r['crit'])}</td>", f"<td>{H(r['pts'])}</td>",
                    "<td>" + "<br>".join(H(g) for g in r["guide"]) + "</td>"]
            T.append("<tr>" + "".join(tds) + "</tr>")
    T += ["</tbody>", "</table>", ""]
    return "\n".join(L + T)


# ---------------------------------------------------------------- .docx
def _vmerge(cell, val):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    v = OxmlElement("w:vMerge")
    if val:
        v.set(qn("w:val"), val)
    tcPr.append(v)


def make_docx():
    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)

    def par(t, bold=False, italic=False, center=False):
        p = d.add_paragraph()
        r = p.add_run(t)
        r.bold, r.italic = bold, italic
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    lh = lh_lines()
    par(lh[0], bold=True)
    par(lh[1], bold=True, center=True)
    par(lh[2], center=True)
    par(lh[3])
    par(lh[4], italic=True)
    for kind, t in blocks():
        if kind == "title":
            par(t, bold=True, center=True)
        elif kind == "subtitle":
            par(t, bold=True, center=True)
        elif kind in ("roman", "section"):
            par(t, bold=True)
        else:
            par(t)
    head, items = recv_items()
    par(head, bold=True, italic=True)
    for it in items:
        par(it)
    for s in sig_lines():
        par(s, bold=True, center=True)
    d.add_page_break()
    ah = S.annex_head()
    par(ah[0], bold=True, center=True)
    par(ah[1], bold=True, center=True)
    par(ah[2], italic=True, center=True)
    widths = [Cm(2.6), Cm(1.1), Cm(5.6), Cm(1.6), Cm(6.1)]

    def table(lab, rs, wd):
        tb = d.add_table(rows=1, cols=5)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, GHEAD):
            c.text = ""
            c.paragraphs[0].add_run(h).bold = True
        for k, r in enumerate(rs):
            cells = tb.add_row().cells
            cells[0].text = lab if k == 0 else ""
            if len(rs) > 1:
                _vmerge(cells[0], "restart" if k == 0 else None)
            cells[1].text = r["stt"]
            cells[2].text = r["crit"]
            cells[3].text = r["pts"]
            cells[4].text = ""
            for j, g in enumerate(r["guide"]):
                (cells[4].paragraphs[0] if j == 0 else cells[4].add_paragraph()).add_run(g)
        for row in tb.rows:
            for c, w in zip(row.cells, wd):
                c.width = w
        return tb

    (l1, r1), (l2, r2) = groups()
    table(l1, r1, widths)
    s2 = d.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Cm(29.7), Cm(21)
    table(l2, r2, [Cm(4.0), Cm(1.2), Cm(8.5), Cm(2.0), Cm(9.9)])
    cp = d.core_properties
    fixed = datetime(2026, 1, 1, 0, 0, 0)
    cp.author = "heldout37"
    cp.last_modified_by = "heldout37"
    cp.title = "Kế hoạch 157/KH-UBND"
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
    from reportlab.lib.pagesizes import A4
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
    tst = ParagraphStyle("tt", parent=bst, fontSize=14, leading=18, alignment=1, spaceAfter=6)
    h1 = ParagraphStyle("h1", parent=bst, fontSize=11, leading=14, spaceBefore=8, spaceAfter=5)
    h2 = ParagraphStyle("h2", parent=bst, fontSize=10, leading=13, spaceBefore=4)
    cell = ParagraphStyle("cell", parent=base, fontSize=8, leading=10, spaceAfter=2)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="DejaVuB")
    E = lambda t: escape(t)  # noqa: E731
    story = []
    lh = lh_lines()
    story += [Paragraph(E(lh[0]), bst), Paragraph(E(lh[1]), cst), Paragraph(E(lh[2]), ParagraphStyle(
        "c2", parent=base, alignment=1)), Paragraph(E(lh[3]), base), Paragraph(E(lh[4]), ist), Spacer(1, 6)]
    for kind, t in blocks():
        st = {"title": tst, "subtitle": cst, "basis": base, "roman": h1, "section": h2}.get(kind, base)
        story.append(Paragraph(E(t), st))
    head, items = recv_items()
    story += [Spacer(1, 8), Paragraph(E(head), ist)]
    for it in items:
        story.append(Paragraph(E(it), ParagraphStyle("r", parent=base, fontSize=8, leading=10, spaceAfter=0)))
    story.append(Spacer(1, 8))
    for s in sig_lines():
        story.append(Paragraph(E(s), cst))
    story.append(PageBreak())
    ah = S.annex_head()
    story += [Paragraph(E(ah[0]), tst), Paragraph(E(ah[1]), cst),
              Paragraph(E(ah[2]), ParagraphStyle("ic", parent=ist, alignment=1)), Spacer(1, 6)]
    data = [[Paragraph(E(h), cellb) for h in S.HEAD]]
    for r in S.rows():
        grp = r["stt"] in ("I", "II")
        cs = cellb if grp else cell
        data.append([Paragraph(E(r["stt"]), cs), Paragraph(E(r["crit"]), cs), Paragraph(E(r["pts"]), cs),
                     [Paragraph(E(g), cell) for g in r["guide"]] or Paragraph("", cell)])
    t = Table(data, colWidths=[1.0 * cm, 6.2 * cm, 1.5 * cm, 8.3 * cm], repeatRows=0)
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    story.append(t)

    def deco(canv, doc):
        canv.saveState()
        canv.setFont("DejaVu", 7.5)
        w, h = A4
        canv.drawString(2 * cm, h - 1.0 * cm, RUN1)
        canv.drawString(2 * cm, h - 1.35 * cm, RUN2)
        canv.line(2 * cm, h - 1.5 * cm, w - 2 * cm, h - 1.5 * cm)
        canv.drawCentredString(w / 2, 1.0 * cm, f"Trang {doc.page}")
        canv.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2.0 * cm, bottomMargin=1.8 * cm, title="Kế hoạch 157/KH-UBND",
                            author="heldout37", invariant=1)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def build(outdir=None):
    out = Path(outdir or HERE / "docs")
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{STEM}.md").write_text(make_md(), encoding="utf-8")
    (out / f"{STEM}.docx").write_bytes(make_docx())
    make_pdf(out / f"{STEM}.pdf")
    return out


if __name__ == "__main__":
    print(build())
