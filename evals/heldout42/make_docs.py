"""Render the held-out-42 source (Nghị quyết 1339/NQ-UBTVQH15 + its Kế hoạch) as .md, .docx and .pdf.
.md  : ATX "#" only for NGHỊ QUYẾT / KẾ HOẠCH, "Điều n." as "###"; legal bases italic; the plan TABLE turned into
       RECORDS: one "##" heading per group, one "####" heading per text (Tên văn bản), then a "- **Field:** value"
       bullet list (multi-part values as nested bullets); the [1]-[3] notes as Markdown footnotes ([^n] / [^n]: ...).
.docx: python-docx, the WHOLE document in A4 LANDSCAPE; NGHỊ QUYẾT / KẾ HOẠCH as Heading 1, "Điều n." as a bold run-in
       at the start of its first paragraph; the plan as one 'Table Grid' table of 6 columns (the empty TT column
       dropped), header row repeated, group rows merged across, and VERTICALLY MERGED cells wherever consecutive rows
       of a group share the same Cơ quan trình / Cơ quan soạn thảo / Cơ quan thẩm tra / Tiến độ (the value written once);
       multi-part cells one paragraph per "- " part; core properties and zip timestamps fixed.
.pdf : reportlab, A4 portrait, DejaVuSans; the table in the source's 7 columns (TT empty) at 7.5 pt in narrow columns,
       ruled with an outer box and VERTICAL lines only (no row rules; one rule under the header), header repeated
       (repeatRows=1), group rows spanned over all columns; footer "Nghị quyết số 1339/NQ-UBTVQH15 - trang n";
       invariant=1.
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

STEM = S.KEY
LABELS = S.HEAD[2:]


def parts_of(s):
    """a multi-part cell ("- a; - b" / "- a. - b") -> ["- a;", "- b"]; a plain cell -> [s]"""
    if not s.startswith("- "):
        return [s] if s else []
    return re.split(r"(?<=[;.]) (?=- )", s)


def fn_md(s):
    return re.sub(r" \[(\d)\]", r"[^\1]", s)


# ---------------------------------------------------------------- Markdown
def make_md():
    res = S.resolution()
    L = [f"# {res[0][1]}", "", f"**{res[1][1]}**", "", f"**{res[2][1]}**", ""]
    for k, c in res[3:]:
        if k == "basis":
            L += [f"*{c}*", ""]
        elif k == "art":
            L += [f"### {c}", ""]
        elif k == "bold":
            L += [f"**{c}**", ""]
        else:
            L += [c, ""]
    ph = S.plan_head()
    L += ["* * *", "", f"# {ph[0]}", "", f"**{ph[1]}**", "", f"*{ph[2]}*", ""]
    groups, _ = S.table()
    for g, rs in groups:
        L += [f"## {g}", ""]
        for r in rs:
            L += [f"#### {r['name']}", ""]
            for lab, key in zip(LABELS, S.FIELDS[1:]):
                ps = parts_of(fn_md(r[key]))
                if len(ps) <= 1:
                    L.append(f"- **{lab}:** {ps[0] if ps else ''}".rstrip())
                else:
                    L.append(f"- **{lab}:**")
                    L += [f"    {p}" for p in ps]
            L.append("")
    for f in S.footnotes():
        L += [re.sub(r"^\[(\d)\] ", r"[^\1]: ", f), ""]
    return "\n".join(L)


# ---------------------------------------------------------------- DOCX
def make_docx():
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.8))
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(12)
    res = S.resolution()
    d.add_heading(res[0][1], level=1)
    p = d.add_paragraph()
    p.add_run(res[1][1]).bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph()
    p.add_run(res[2][1]).bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pend = None
    for k, c in res[3:]:
        if k == "basis":
            d.add_paragraph().add_run(c).italic = True
        elif k == "bold":
            p = d.add_paragraph()
            p.add_run(c).bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == "art":
            pend = c
        else:
            p = d.add_paragraph()
            if pend:
                p.add_run(pend + " ").bold = True
                pend = None
            p.add_run(c)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    ph = S.plan_head()
    d.add_paragraph()
    d.add_heading(ph[0], level=1)
    p = d.add_paragraph()
    p.add_run(ph[1]).bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph()
    p.add_run(ph[2]).italic = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    groups, rows = S.table()
    n = 1 + len(groups) + len(rows)
    tb = d.add_table(rows=n, cols=6)
    tb.style = "Table Grid"

    def put(cell, lines, bold=False, size=10):
        cell.paragraphs[0].text = ""
        for i, ln in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            r = p.add_run(ln)
            r.bold = bold
            r.font.size = Pt(size)

    for j, h in enumerate(S.HEAD[1:]):
        put(tb.cell(0, j), [h], bold=True)
    trPr = tb.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)
    i = 1
    merges = []
    for g, rs in groups:
        c = tb.cell(i, 0).merge(tb.cell(i, 5))
        put(c, [g], bold=True)
        i += 1
        first = i
        for k, r in enumerate(rs):
            put(tb.cell(i + k, 0), [r["name"]])
            put(tb.cell(i + k, 5), parts_of(r["dossier"]), size=9)
        for col, key in ((1, "submit"), (2, "draft"), (3, "exam"), (4, "time")):
            k = 0
            while k < len(rs):
                m = k
                while m + 1 < len(rs) and rs[m + 1][key] == rs[k][key]:
                    m += 1
                put(tb.cell(first + k, col), parts_of(rs[k][key]))
                if m > k:
                    merges.append((first + k, first + m, col))
                k = m + 1
        i += len(rs)
    for a, b, col in merges:
        tb.cell(a, col).merge(tb.cell(b, col))
    for row in tb.rows:
        for c, w in zip(row.cells, [6.6, 3.2, 3.6, 4.0, 3.6, 5.1]):
            c.width = Cm(w)
    d.add_paragraph()
    for f in S.footnotes():
        d.add_paragraph().add_run(f).font.size = Pt(9)
    cp = d.core_properties
    fixed = datetime(2026, 1, 1, 0, 0, 0)
    cp.author = cp.last_modified_by = "heldout42"
    cp.title = "Nghị quyết 1339/NQ-UBTVQH15"
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
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    F = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", F + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", F + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVI", F + "DejaVuSans-Oblique.ttf"))
    body = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=12.5, alignment=4, spaceAfter=5)
    cen = ParagraphStyle("c", parent=body, alignment=1, fontName="DVB")
    ital = ParagraphStyle("i", parent=body, fontName="DVI")
    big = ParagraphStyle("t", parent=cen, fontSize=13, leading=16, spaceAfter=8)
    cell = ParagraphStyle("cell", fontName="DV", fontSize=7.5, leading=9.2)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="DVB")

    def P(t, s):
        return Paragraph(escape(t), s)

    res = S.resolution()
    st = [P(res[0][1], big), P(res[1][1], cen), P(res[2][1], cen)]
    for k, c in res[3:]:
        st.append(P(c, ital if k == "basis" else cen if k in ("bold", "art") else body))
    ph = S.plan_head()
    st += [Spacer(1, 12), P(ph[0], big), P(ph[1], cen), P(ph[2], ital), Spacer(1, 6)]
    groups, _ = S.table()
    data = [[P(h, cellb) for h in S.HEAD]]
    spans = []
    for g, rs in groups:
        spans.append(("SPAN", (0, len(data)), (-1, len(data))))
        data.append([P(g, cellb)] + [""] * 6)
        for r in rs:
            data.append([""] + [P(r[k], cell) for k in S.FIELDS])
    tb = Table(data, colWidths=[c * cm for c in (0.6, 4.2, 2.2, 2.6, 2.8, 2.6, 4.0)], repeatRows=1)
    tb.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                            ("LINEAFTER", (0, 0), (-2, -1), 0.4, colors.black),
                            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5)] + spans))
    st.append(tb)
    st.append(Spacer(1, 8))
    for f in S.footnotes():
        st.append(P(f, ParagraphStyle("fn", parent=body, fontSize=8, leading=10)))

    def foot(canv, doc):
        canv.saveState()
        canv.setFont("DV", 7.5)
        canv.drawRightString(A4[0] - 1.0 * cm, 0.7 * cm, "Nghị quyết số 1339/NQ-UBTVQH15 - trang %d" % doc.page)
        canv.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=1.0 * cm, rightMargin=1.0 * cm, topMargin=1.5 * cm,
                            bottomMargin=1.5 * cm, title="Nghị quyết 1339/NQ-UBTVQH15", author="heldout42",
                            creator="heldout42", producer="heldout42")
    doc.build(st, onFirstPage=foot, onLaterPages=foot)


def build(outdir=None):
    out = Path(outdir or HERE / "docs")
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{STEM}.md").write_text(make_md(), encoding="utf-8")
    (out / f"{STEM}.docx").write_bytes(make_docx())
    make_pdf(out / f"{STEM}.pdf")
    return out


if __name__ == "__main__":
    print(build())
