"""Render the held-out-56 document (doc_source.py) in three formats, byte-reproducibly:

- .md: PDF-TO-MARKDOWN output in the style of the DOCLING converter: ONE heading level only (every heading `## `, as
  docling flattens them), no bold or italics, one paragraph per line, "- " items as list items and "+ " items as
  nested `+` list items, the footnote as a plain paragraph where the gazette prints it, and the Phụ lục I task table
  as ONE GFM pipe table in which the vertically merged cells (STT, Đơn vị) are REPEATED IN EVERY ROW they span.
- .docx: python-docx, A4 portrait, Times New Roman 13 pt; a READ-ONLY copy (`w:documentProtection w:edit="readOnly"
  w:enforcement="1"` in settings.xml) with a REAL WORD ENDNOTE (`word/endnotes.xml`, `w:endnoteReference`) carrying the
  gazette's footnote on the "kho dữ liệu tổng hợp"; parts as Heading 1, short numbered headings as Heading 2, "Điều n."
  as a bold run-in; the task table as a 'Table Grid' table with the header row repeated and the STT / Đơn vị cells
  merged vertically over each lead unit's rows (`w:vMerge`).
- .pdf: reportlab, A4 portrait, LIBERATION SANS 2.x as the BODY face, 10 pt ragged-right with a PDF OUTLINE (bookmark tree: the
  articles, the parts, the appendices); the task table on A4 LANDSCAPE pages as one block per lead unit whose STT and
  Đơn vị cells SPAN that unit's rows (vertical span, text centred), hairline grid; invariant=1."""
import io
import re
import sys
import zipfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import doc_source as S  # noqa: E402

STEM = S.KEY
ZDATE = (2023, 11, 3, 0, 0, 0)


def _is_heading(k, s):
    return k in ("part", "appx") or (k in ("sec", "item") and S._heading(s))


def blocks():
    """[(kind, text)] with the table as one ('table', None) block"""
    out = []
    for k, n, s in S.pieces():
        if k == "thead":
            out.append(("table", None))
        elif k in ("unit", "task", "partner", "time"):
            continue
        else:
            out.append((k, s))
    return out


# ------------------------------------------------------------------ MD
def md():
    o = []
    for k, s in blocks():
        if k == "table":
            o.append("| " + " | ".join(S.HEADER_CELLS) + " |")
            o.append("|" + "|".join("-" * (len(h) + 2) for h in S.HEADER_CELLS) + "|")
            for t in S.tasks():
                o.append(f"| {t['unit_no']} | {t['unit']} | {t['task']} | {t['partner']} | {t['time']} |")
            o.append("")
        elif _is_heading(k, s) or (k == "front" and s in ("NGHỊ QUYẾT", "QUYẾT NGHỊ:")):
            o += [f"## {s}", ""]
        elif k == "dash" and s.startswith("+ "):
            o += ["    + " + s[2:], ""]
        else:
            o += [s, ""]
    return "\n".join(o).rstrip("\n") + "\n"


# ------------------------------------------------------------------ DOCX
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx_bytes():
    import docx
    from docx.enum.section import WD_ORIENT  # noqa: F401
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    for h in ("Heading 1", "Heading 2"):
        d.styles[h].font.name = "Times New Roman"
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
    C = WD_ALIGN_PARAGRAPH.CENTER
    note_par = None
    for k, s in blocks():
        if k == "table":
            tab = S.tasks()
            t = d.add_table(rows=1 + len(tab), cols=5)
            t.style = "Table Grid"
            widths = [Cm(1.0), Cm(2.8), Cm(6.6), Cm(3.6), Cm(2.4)]
            for j, h in enumerate(S.HEADER_CELLS):
                c = t.rows[0].cells[j]
                c.paragraphs[0].add_run(h).bold = True
                c.paragraphs[0].alignment = C
            trpr = t.rows[0]._tr.get_or_add_trPr()
            trpr.append(parse_xml(f'<w:tblHeader {W}/>'))
            first = {}
            for i, r in enumerate(tab, 1):
                cells = t.rows[i].cells
                if r["unit_no"] not in first:
                    first[r["unit_no"]] = i
                    cells[0].paragraphs[0].add_run(str(r["unit_no"]))
                    cells[0].paragraphs[0].alignment = C
                    cells[1].paragraphs[0].add_run(r["unit"])
                for j, key in ((2, "task"), (3, "partner"), (4, "time")):
                    cells[j].paragraphs[0].add_run(r[key])
            for u, i0 in first.items():
                i1 = max(i for i, r in enumerate(tab, 1) if r["unit_no"] == u)
                if i1 > i0:
                    for j in (0, 1):
                        t.cell(i0, j).merge(t.cell(i1, j))
            for row in t.rows:
                for j, c in enumerate(row.cells):
                    c.width = widths[j]
                    for p in c.paragraphs:
                        for run in p.runs:
                            run.font.size = Pt(11)
            continue
        if _is_heading(k, s):
            p = d.add_heading(s, level=1 if k in ("part", "appx") else 2)
            continue
        p = d.add_paragraph()
        if k == "front" and s in ("NGHỊ QUYẾT", "QUYẾT NGHỊ:"):
            p.add_run(s).bold = True
            p.alignment = C
        elif k == "art":
            m = re.match(r"(Điều \d+\.)(.*)", s)
            p.add_run(m.group(1)).bold = True
            p.add_run(m.group(2))
        elif k in ("front", "sign"):
            p.add_run(s)
            p.alignment = C
        elif k == "stamp":
            p.add_run(s).italic = True
        elif k == "footnote":
            p._p.getparent().remove(p._p)
            continue
        else:
            p.add_run(s)
        if "kho dữ liệu tổng hợp1" in s:
            note_par = p
    # the endnote: the gazette's footnote 1
    fn = [s for k, n, s in S.pieces() if k == "footnote"]
    assert len(fn) == 1 and note_par is not None
    note_par._p.append(parse_xml(f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                                 '<w:endnoteReference w:id="1"/></w:r>'))
    exml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:endnotes {W}>'
            '<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>'
            '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
            '</w:endnote><w:endnote w:id="1"><w:p><w:pPr><w:pStyle w:val="EndnoteText"/></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve"> {_x(fn[0])}</w:t></w:r></w:p>'
            '</w:endnote></w:endnotes>')
    part = Part(PackURI("/word/endnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml",
                exml.encode("utf-8"), d.part.package)
    d.part.relate_to(part, RT.ENDNOTES)
    d.styles.element.append(parse_xml(
        f'<w:style {W} w:type="paragraph" w:styleId="EndnoteText"><w:name w:val="endnote text"/>'
        '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:style>'))
    settings = d.settings.element
    settings.insert(0, parse_xml(f'<w:documentProtection {W} w:edit="readOnly" w:enforcement="1"/>'))
    cp = d.core_properties
    cp.author = "Chính phủ"
    cp.title = "Nghị quyết số 175/NQ-CP"
    cp.subject = "Phê duyệt Đề án Trung tâm dữ liệu quốc gia"
    cp.created = cp.modified = datetime(2023, 11, 3, 0, 0, 0)
    cp.last_modified_by = "heldout56"
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, zin.read(info.filename))
    return out.getvalue()


# ------------------------------------------------------------------ PDF
def pdf_bytes():
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                    Spacer, Table, TableStyle)

    D = "/usr/share/fonts/truetype/liberation2/"
    pdfmetrics.registerFont(TTFont("LSN", D + "LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSNB", D + "LiberationSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("LSNI", D + "LiberationSans-Italic.ttf"))
    body = ParagraphStyle("b", fontName="LSN", fontSize=10, leading=13, spaceAfter=3.5)
    dash = ParagraphStyle("d", parent=body, leftIndent=12, firstLineIndent=-8)
    plus = ParagraphStyle("p", parent=body, leftIndent=24, firstLineIndent=-8)
    cen = ParagraphStyle("c", parent=body, alignment=TA_CENTER)
    bcen = ParagraphStyle("bc", parent=cen, fontName="LSNB", fontSize=12.5, leading=16)
    h1 = ParagraphStyle("h1", parent=body, fontName="LSNB", fontSize=12, leading=15, spaceBefore=7, spaceAfter=4)
    h2 = ParagraphStyle("h2", parent=body, fontName="LSNB", fontSize=10.5, spaceBefore=3)
    note = ParagraphStyle("n", parent=body, fontName="LSNI", fontSize=8.5, leading=10.5)
    cell = ParagraphStyle("cl", parent=body, fontSize=9, leading=11, spaceAfter=0)
    cellc = ParagraphStyle("cc", parent=cell, alignment=TA_CENTER)
    cellh = ParagraphStyle("ch", parent=cellc, fontName="LSNB")

    class Doc(BaseDocTemplate):
        def afterFlowable(self, f):
            lvl = getattr(f, "_outline", None)
            if lvl is not None:
                key = f"o{id(f)}"
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(f.getPlainText()[:90], key, level=lvl, closed=False)

    def P(s, sty, outline=None):
        p = Paragraph(_x(s), sty)
        if outline is not None:
            p._outline = outline
        return p

    story = []
    for k, s in blocks():
        if k == "table":
            story += [NextPageTemplate("land"), PageBreak()]
            cw = [1.2 * cm, 4.2 * cm, 11.5 * cm, 5.6 * cm, 3.8 * cm]
            grid = [("GRID", (0, 0), (-1, -1), 0.35, colors.HexColor("#444444")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
            hd = Table([[P(h, cellh) for h in S.HEADER_CELLS]], colWidths=cw)
            hd.setStyle(TableStyle(grid + [("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#E4E4E4"))]))
            story.append(hd)
            tab = S.tasks()
            for u in sorted({r["unit_no"] for r in tab}):
                rows = [r for r in tab if r["unit_no"] == u]
                data = [[P(str(u), cellc) if i == 0 else "", P(r["unit"], cellc) if i == 0 else "",
                         P(r["task"], cell), P(r["partner"], cell), P(r["time"], cell)]
                        for i, r in enumerate(rows)]
                tb = Table(data, colWidths=cw)
                sty = list(grid)
                if len(rows) > 1:
                    sty += [("SPAN", (0, 0), (0, -1)), ("SPAN", (1, 0), (1, -1)),
                            ("VALIGN", (0, 0), (1, -1), "MIDDLE")]
                tb.setStyle(TableStyle(sty))
                story.append(tb)
            story += [NextPageTemplate("port"), PageBreak()]
            continue
        if k == "art":
            story.append(P(s, h2, outline=0))
        elif k == "part":
            story.append(P(s, h1, outline=1))
        elif k == "appx":
            story.append(P(s, bcen, outline=0 if s.startswith("Phụ lục") else None))
        elif _is_heading(k, s):
            story.append(P(s, h2))
        elif k == "front" and s in ("NGHỊ QUYẾT", "QUYẾT NGHỊ:"):
            story.append(P(s, bcen))
        elif k in ("front", "sign"):
            story.append(P(s, cen))
        elif k in ("stamp", "footnote"):
            story.append(P(s, note))
        elif k == "dash":
            story.append(P(s, plus if s.startswith("+ ") else dash))
        else:
            story.append(P(s, body))
    buf = io.BytesIO()
    doc = Doc(buf, pagesize=A4, title="Nghị quyết số 175/NQ-CP", author="Chính phủ",
              subject="Phê duyệt Đề án Trung tâm dữ liệu quốc gia", creator="heldout56 make_docs.py", invariant=1)
    pw, ph = A4
    port = Frame(2.5 * cm, 2 * cm, pw - 4.5 * cm, ph - 4 * cm, id="p")
    lw, lh = landscape(A4)
    land = Frame(1.5 * cm, 1.5 * cm, lw - 3 * cm, lh - 3 * cm, id="l")
    doc.addPageTemplates([PageTemplate("port", [port], pagesize=A4),
                          PageTemplate("land", [land], pagesize=landscape(A4))])
    doc.build(story)
    return buf.getvalue()


def build(outdir=None):
    out = Path(outdir or HERE / "docs")
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{STEM}.md").write_text(md(), encoding="utf-8")
    (out / f"{STEM}.docx").write_bytes(docx_bytes())
    (out / f"{STEM}.pdf").write_bytes(pdf_bytes())


if __name__ == "__main__":
    build()
    print("built", STEM)
