"""Render the held-out-44 document (doc_source.structure()) as .md, .docx and .pdf -- layouts unlike sets 30-43.
.md  : ATX '#' title / '##' parts / '###' sections; letterhead, Nơi nhận and signature with two-space hard breaks;
       the nine targets 6.1-6.9 as a 2-column pipe table (Mã | Chỉ tiêu chủ yếu đến năm 2030); the 13 assignees of III.2 as a
       pandoc DEFINITION LIST (agency line as the term, every a)/-/plain item as its own ':   ' definition); N.M. items with
       a bold number; no other emphasis.
.docx: python-docx, A4 portrait, page header text '182/KH-UBND - UBND tỉnh Đồng Nai'; Title + Heading 1 (parts) + Heading 2
       (sections); the targets as a 2-column table in style 'Light Shading Accent 1'; III.2 as ONE ruled 'Table Grid' table
       (Cơ quan, đơn vị | Mục | Nhiệm vụ được giao), one row per item, the agency cell VERTICALLY MERGED over its rows;
       letterhead as centred paragraphs, Nơi nhận / signature as a borderless 2-column table.
.pdf : reportlab A4 portrait, DejaVu Sans Condensed 9.5 pt ragged-right; the targets as a boxed 2-column table without header;
       III.2 as a ruled 2-column table (agency | items) with NO header row, rows split across pages (splitInRow);
       footer 'Kế hoạch 182/KH-UBND - Trang n/N' right-aligned (two-pass page count); invariant=1."""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import doc_source as S  # noqa: E402

STEM = S.KEY
IND = "6. Chỉ tiêu chủ yếu đến năm 2030"
ASG = "2. Phân công trách nhiệm"


def nodash(lines):
    return [x for x in lines if not re.fullmatch(r"-{3,}", x)]


def lh_lines(b):
    c = b["cells"]
    return [" ".join(nodash(c[0])), " ".join(nodash(c[1])[:2]), nodash(c[1])[2], c[2][0], " ".join(c[3])]


def md_text():
    L = []
    st = S.structure()
    ag = {a["num"]: a for a in S.agencies()}
    in_ind = False
    for b in st:
        k = b["kind"]
        if in_ind and not (k == "item" and b["sec"] == IND):
            L += [""]
            in_ind = False
        if k == "letterhead":
            L += [x + "  " for x in lh_lines(b)] + [""]
        elif k == "title":
            L += ["# " + b["text"], ""]
        elif k in ("sub", "intro", "para", "num") and not (b.get("sec") == ASG and b["part"] == "III" and k == "para" and not b["text"].startswith("Căn cứ nội dung")):
            L += [b["text"], ""]
        elif k == "part":
            L += ["## " + b["text"], ""]
        elif k == "sec":
            L += ["### " + b["text"], ""]
        elif k == "item" and b["sec"] == IND:
            if not in_ind:
                L += ["| Mã | Chỉ tiêu chủ yếu đến năm 2030 |", "|---|---|"]
                in_ind = True
            num, rest = b["text"].split(" ", 1)
            L.append(f"| {num.rstrip('.')} | {rest} |")
        elif k == "item":
            num, rest = b["text"].split(" ", 1)
            L += [f"**{num}** {rest}", ""]
        elif k == "agency":
            a = ag[b["text"].split(" ", 1)[0].rstrip(".")]
            L.append(b["text"])
            for it in a["items"]:
                L.append(":   " + (it["mark"] + " " if it["mark"] else "") + it["text"])
            L.append("")
        elif k == "signature":
            L += [x + "  " for x in b["cells"][0]] + [""] + [x + "  " for x in b["cells"][1]] + [""]
    return "\n".join(L)


def build_docx(out):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt
    d = docx.Document()
    d.core_properties.author = ""
    d.core_properties.title = "Kế hoạch 182/KH-UBND"
    import datetime
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2025, 11, 20)
    d.core_properties.last_modified_by = ""
    d.core_properties.revision = 1
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2), Cm(2), Cm(2)
    sec.header.paragraphs[0].text = "182/KH-UBND - UBND tỉnh Đồng Nai"
    d.styles["Normal"].font.size = Pt(11)
    ag = {a["num"]: a for a in S.agencies()}

    def para(t, bold=False, center=False):
        p = d.add_paragraph()
        r = p.add_run(t)
        r.bold = bold
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    def nob(tbl):
        tblPr = tbl._tbl.tblPr
        bd = OxmlElement("w:tblBorders")
        for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
            x = OxmlElement(f"w:{e}")
            x.set(qn("w:val"), "nil")
            bd.append(x)
        tblPr.append(bd)

    ind_rows = []
    st = S.structure()
    agency_done = False
    for i, b in enumerate(st):
        k = b["kind"]
        if k == "letterhead":
            for j, x in enumerate(lh_lines(b)):
                para(x, bold=j < 3, center=True)
        elif k == "title":
            d.add_paragraph(b["text"], style="Title")
        elif k == "sub":
            para(b["text"], bold=True, center=True)
        elif k == "part":
            d.add_heading(b["text"], level=1)
        elif k == "sec":
            d.add_heading(b["text"], level=2)
        elif k == "item" and b["sec"] == IND:
            ind_rows.append(b["text"].split(" ", 1))
            if i + 1 == len(st) or not (st[i + 1]["kind"] == "item" and st[i + 1]["sec"] == IND):
                t = d.add_table(rows=1, cols=2)
                t.style = d.styles["Light Shading Accent 1"]
                t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Mã", "Chỉ tiêu chủ yếu đến năm 2030"
                for num, rest in ind_rows:
                    r = t.add_row().cells
                    r[0].text, r[1].text = num.rstrip("."), rest
                for r in t.rows:
                    r.cells[0].width, r.cells[1].width = Cm(1.4), Cm(15.1)
        elif k == "item":
            num, rest = b["text"].split(" ", 1)
            p = d.add_paragraph()
            p.add_run(num + " ").bold = True
            p.add_run(rest)
        elif k in ("agency", "letter", "bullet") or (k == "para" and b["part"] == "III" and b["sec"] == ASG
                                                      and not b["text"].startswith("Căn cứ nội dung")):
            if agency_done:
                continue
            agency_done = True
            t = d.add_table(rows=1, cols=3)
            t.style = d.styles["Table Grid"]
            h = t.rows[0]
            for c, x in zip(h.cells, ("Cơ quan, đơn vị", "Mục", "Nhiệm vụ được giao")):
                c.text = x
                c.paragraphs[0].runs[0].bold = True
            trPr = h._tr.get_or_add_trPr()
            th = OxmlElement("w:tblHeader")
            th.set(qn("w:val"), "true")
            trPr.append(th)
            for a in ag.values():
                first = None
                last = None
                for it in a["items"]:
                    r = t.add_row().cells
                    r[1].text = it["mark"]
                    r[2].text = it["text"]
                    if first is None:
                        first = r[0]
                        first.text = f"{a['num']}. {a['name']}"
                    last = r[0]
                if last is not first:
                    first.merge(last)
            for r in t.rows:
                for c, w in zip(r.cells, (Cm(3.6), Cm(1.1), Cm(11.8))):
                    c.width = w
        elif k in ("intro", "num", "para"):
            d.add_paragraph(b["text"])
        elif k == "signature":
            t = d.add_table(rows=1, cols=2)
            nob(t)
            c0, c1 = t.rows[0].cells
            c0.text = "\n".join(b["cells"][0])
            c1.text = "\n".join(b["cells"][1])
            c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.save(str(out))
    _fix_zip(out)


def _fix_zip(path):
    """rewrite the zip with fixed timestamps and order so the .docx is byte-reproducible"""
    import zipfile
    import io
    src = Path(path).read_bytes()
    zin = zipfile.ZipFile(io.BytesIO(src))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for n in zin.namelist():
            zi = zipfile.ZipInfo(n, date_time=(2025, 11, 20, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(n))
    Path(path).write_bytes(buf.getvalue())


def build_pdf(out):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib.enums import TA_CENTER, TA_LEFT
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from xml.sax.saxutils import escape
    F = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DC", F + "DejaVuSansCondensed.ttf"))
    pdfmetrics.registerFont(TTFont("DCB", F + "DejaVuSansCondensed-Bold.ttf"))
    body = ParagraphStyle("b", fontName="DC", fontSize=9.5, leading=12.5, alignment=TA_LEFT, spaceAfter=4)
    ctr = ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName="DCB")
    part = ParagraphStyle("p", parent=body, fontName="DCB", fontSize=11, spaceBefore=8)
    secst = ParagraphStyle("s", parent=body, fontName="DCB", spaceBefore=4)
    cell = ParagraphStyle("t", parent=body, fontSize=8.5, leading=10.5, spaceAfter=2)
    cellb = ParagraphStyle("tb", parent=cell, fontName="DCB")
    ag = {a["num"]: a for a in S.agencies()}
    story = []
    st = S.structure()
    ind_rows, agency_done = [], False
    for i, b in enumerate(st):
        k = b["kind"]
        if k == "letterhead":
            for x in lh_lines(b):
                story.append(Paragraph(escape(x), ctr))
            story.append(Spacer(1, 6))
        elif k in ("title", "sub"):
            story.append(Paragraph(escape(b["text"]), ctr))
        elif k == "part":
            story.append(Paragraph(escape(b["text"]), part))
        elif k == "sec":
            story.append(Paragraph(escape(b["text"]), secst))
        elif k == "item" and b["sec"] == IND:
            num, rest = b["text"].split(" ", 1)
            ind_rows.append([Paragraph(escape(num), cellb), Paragraph(escape(rest), cell)])
            if i + 1 == len(st) or not (st[i + 1]["kind"] == "item" and st[i + 1]["sec"] == IND):
                t = Table(ind_rows, colWidths=[1.1 * cm, 15.6 * cm])
                t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                                       ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.grey),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story.append(t)
                story.append(Spacer(1, 6))
        elif k in ("agency", "letter", "bullet") or (k == "para" and b["part"] == "III" and b["sec"] == ASG
                                                      and not b["text"].startswith("Căn cứ nội dung")):
            if agency_done:
                continue
            agency_done = True
            rows = []
            for a in ag.values():
                right = [Paragraph(escape((it["mark"] + " " if it["mark"] else "") + it["text"]), cell) for it in a["items"]]
                rows.append([Paragraph(escape(f"{a['num']}. {a['name']}"), cellb), right])
            t = Table(rows, colWidths=[3.3 * cm, 13.4 * cm], splitInRow=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif k == "item":
            num, rest = b["text"].split(" ", 1)
            story.append(Paragraph(f"<font name='DCB'>{escape(num)}</font> {escape(rest)}", body))
        elif k in ("intro", "num", "para"):
            story.append(Paragraph(escape(b["text"]), body))
        elif k == "signature":
            left = [Paragraph(escape(x), cell) for x in b["cells"][0]]
            right = [Paragraph(escape(x), ParagraphStyle("r", parent=cellb, alignment=TA_CENTER)) for x in b["cells"][1]]
            story.append(Table([[left, right]], colWidths=[9 * cm, 7.7 * cm], style=[("VALIGN", (0, 0), (-1, -1), "TOP")]))

    class NumCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **kw):
            super().__init__(*a, **kw)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._pages)
            for st_ in self._pages:
                self.__dict__.update(st_)
                self.setFont("DC", 8)
                self.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Kế hoạch 182/KH-UBND - Trang {self._pageNumber}/{n}")
                super().showPage()
            super().save()

    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.1 * cm, topMargin=1.8 * cm,
                            bottomMargin=2.2 * cm, invariant=1, title="Kế hoạch 182/KH-UBND", author="", creator="")
    doc.build(story, canvasmaker=NumCanvas)


def build(outdir=None):
    D = Path(outdir or HERE / "docs")
    D.mkdir(exist_ok=True)
    (D / f"{STEM}.md").write_text(md_text(), encoding="utf-8")
    build_docx(D / f"{STEM}.docx")
    build_pdf(D / f"{STEM}.pdf")


if __name__ == "__main__":
    build()
