"""Render plan_source.py as docs/bxd-2027.{md,docx,pdf} (deterministic) and check the three texts.

.md  : Markdown with pipe tables.
.docx: python-docx (real Word tables, header row repeated), fixed zip timestamps and core dates.
.pdf : reportlab + DejaVuSans, tables as aligned text columns WITHOUT any ruling line, cells
       wrapping inside their column, header repeated on every page, rows never split.
Run: .venv/bin/python evals/heldout9/make_docs.py   -> prints "... 0 problems"
"""
import io
import os
import re
import sys
import zipfile
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import plan_source as S  # noqa: E402

DOCS = os.path.join(HERE, "docs")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# PDF table layout (landscape A4, points); shared with check.py
MARGIN = 40
IND_WIDTHS = [30, 230, 60, 70, 80, 80, 80, 132]
TASK_WIDTHS = [30, 190, 140, 70, 100, 132, 100]
PAD = 3
TFONT = 8.5
TLEAD = 11


def body_blocks():
    return S.DECISION + S.PROGRAMME


# ---------------------------------------------------------------- markdown
def md_table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    for r in rows:
        if len(r) == 2:
            cells = [r[0], r[1]] + [""] * (len(header) - 2)
        else:
            cells = list(r)
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out)


def make_md():
    L = []
    L.append(S.HEADER_LEFT[0] + " — " + S.HEADER_RIGHT[0] + "  ")
    L.append(S.HEADER_RIGHT[1])
    L.append("")
    L.append(S.HEADER_LEFT[1] + "  ")
    L.append("*" + S.HEADER_RIGHT[2] + "*")
    L.append("")
    for kind, text in body_blocks():
        if kind == "title":
            L.append("# " + text)
        elif kind == "subtitle":
            L.append("**" + text + "**")
        elif kind == "h1":
            L.append("## " + text)
        elif kind == "h2":
            L.append("### " + text)
        elif kind == "p":
            L.append(text)
        elif kind == "sign":
            L.append("**" + text + "**  ")
            continue
        elif kind == "pagebreak":
            L.append("---")
        L.append("")
    L.append("## " + S.IND_TITLE)
    L.append("")
    L.append("**" + S.IND_SUBTITLE + "**")
    L.append("")
    L.append(md_table(S.IND_HEADER, S.INDICATORS))
    L.append("")
    L.append("---")
    L.append("")
    L.append("## " + S.TASK_TITLE)
    L.append("")
    L.append("**" + S.TASK_SUBTITLE + "**")
    L.append("")
    L.append(S.TASK_NOTE)
    L.append("")
    L.append(md_table(S.TASK_HEADER, S.TASKS))
    L.append("")
    return "\n".join(L)


# ---------------------------------------------------------------- docx
def make_docx(path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    doc.core_properties.author = "Bộ Xây dựng"
    doc.core_properties.title = "Chương trình chuyển đổi số của Bộ Xây dựng giai đoạn 2027–2029"
    fixed = datetime.datetime(2026, 11, 14, 8, 0, 0)
    doc.core_properties.created = fixed
    doc.core_properties.modified = fixed
    doc.core_properties.last_modified_by = "Bộ Xây dựng"
    doc.core_properties.revision = 1

    t = doc.add_table(rows=1, cols=2)
    left, right = t.rows[0].cells
    left.text = "\n".join(S.HEADER_LEFT)
    right.text = "\n".join(S.HEADER_RIGHT)

    def para(text, bold=False, center=False, right_=False):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if right_:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return p

    for kind, text in body_blocks():
        if kind == "title":
            para(text, bold=True, center=True)
        elif kind == "subtitle":
            para(text, bold=True, center=True)
        elif kind == "h1":
            doc.add_heading(text, level=1)
        elif kind == "h2":
            doc.add_heading(text, level=2)
        elif kind == "p":
            para(text)
        elif kind == "sign":
            para(text, bold=True, right_=True)

    def landscape_section():
        sec = doc.add_section()
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(sec, m, Cm(1.5))

    def table(header, rows):
        tb = doc.add_table(rows=1, cols=len(header))
        tb.style = "Table Grid"
        for i, h in enumerate(header):
            c = tb.rows[0].cells[i]
            c.text = ""
            c.paragraphs[0].add_run(h).bold = True
        trPr = tb.rows[0]._tr.get_or_add_trPr()
        th = OxmlElement("w:tblHeader")
        th.set(qn("w:val"), "true")
        trPr.append(th)
        for r in rows:
            row = tb.add_row()
            if len(r) == 2:
                row.cells[0].text = r[0]
                merged = row.cells[1].merge(row.cells[len(header) - 1])
                merged.text = ""
                merged.paragraphs[0].add_run(r[1]).bold = True
            else:
                for i, v in enumerate(r):
                    row.cells[i].text = v
            trPr = row._tr.get_or_add_trPr()
            cs = OxmlElement("w:cantSplit")
            cs.set(qn("w:val"), "true")
            trPr.append(cs)
        for row in tb.rows:
            for c in row.cells:
                for p in c.paragraphs:
                    for run in p.runs:
                        run.font.size = Pt(10)

    landscape_section()
    para(S.IND_TITLE, bold=True, center=True)
    para(S.IND_SUBTITLE, bold=True, center=True)
    table(S.IND_HEADER, S.INDICATORS)
    landscape_section()
    para(S.TASK_TITLE, bold=True, center=True)
    para(S.TASK_SUBTITLE, bold=True, center=True)
    para(S.TASK_NOTE, center=True)
    table(S.TASK_HEADER, S.TASKS)

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite zip with fixed timestamps and sorted order
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 14, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(name))


# ---------------------------------------------------------------- pdf
def wrap(text, width, font, size):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        cand = w if not cur else cur + " " + w
        if stringWidth(cand, font, size) <= width or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines or [""]


def make_pdf(path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVuSans", FONT))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", FONT_B))
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle("Chương trình chuyển đổi số của Bộ Xây dựng giai đoạn 2027–2029")
    c.setAuthor("Bộ Xây dựng")
    c.setCreator("make_docs.py")
    c.setProducer("reportlab")
    W, H = A4
    state = {"y": H - 50, "page": 1, "W": W, "H": H}

    def footer():
        c.setFont("DejaVuSans", 8)
        c.drawCentredString(state["W"] / 2, 20, str(state["page"]))

    def new_page(size=None):
        footer()
        c.showPage()
        state["page"] += 1
        if size:
            c.setPageSize(size)
            state["W"], state["H"] = size
        state["y"] = state["H"] - 50

    def text_block(text, font="DejaVuSans", size=11, lead=15, align="left", indent=0, space=4):
        width = state["W"] - 2 * 60 - indent
        lines = wrap(text, width, font, size)
        if state["y"] - lead * (len(lines) - 1) < 50:  # keep a paragraph on one page
            new_page()
        for ln in lines:
            c.setFont(font, size)
            if align == "center":
                c.drawCentredString(state["W"] / 2, state["y"], ln)
            elif align == "right":
                c.drawRightString(state["W"] - 60, state["y"], ln)
            else:
                c.drawString(60 + indent, state["y"], ln)
            state["y"] -= lead
        state["y"] -= space

    # letterhead: two columns
    c.setFont("DejaVuSans-Bold", 10)
    c.drawCentredString(150, state["y"], S.HEADER_LEFT[0])
    c.drawCentredString(400, state["y"], S.HEADER_RIGHT[0])
    state["y"] -= 14
    c.setFont("DejaVuSans", 10)
    c.drawCentredString(150, state["y"], S.HEADER_LEFT[1])
    c.drawCentredString(400, state["y"], S.HEADER_RIGHT[1])
    state["y"] -= 18
    c.drawCentredString(400, state["y"], S.HEADER_RIGHT[2])
    state["y"] -= 30

    for kind, text in body_blocks():
        if kind == "title":
            text_block(text, "DejaVuSans-Bold", 13, 17, "center")
        elif kind == "subtitle":
            text_block(text, "DejaVuSans-Bold", 11, 15, "center")
        elif kind == "h1":
            state["y"] -= 4
            text_block(text, "DejaVuSans-Bold", 11, 15)
        elif kind == "h2":
            text_block(text, "DejaVuSans-Bold", 11, 15, indent=10)
        elif kind == "p":
            text_block(text, indent=0)
        elif kind == "sign":
            text_block(text, "DejaVuSans-Bold", 11, 15, "right", space=2)
        elif kind == "pagebreak":
            pass  # appendix pages start below; the programme follows the decision
    # decision and programme flow on portrait pages; appendices on landscape pages

    def table(title, subtitle, note, header, widths, rows):
        new_page(landscape(A4))
        text_block(title, "DejaVuSans-Bold", 12, 16, "center", space=2)
        text_block(subtitle, "DejaVuSans-Bold", 11, 15, "center", space=2)
        if note:
            text_block(note, "DejaVuSans", 9, 12, "center", space=2)
        state["y"] -= 6
        xs = [MARGIN]
        for w in widths[:-1]:
            xs.append(xs[-1] + w)

        def draw_row(cells, bold=False):
            font = "DejaVuSans-Bold" if bold else "DejaVuSans"
            wrapped = [wrap(v, w - 2 * PAD, font, TFONT) for v, w in zip(cells, widths)]
            n = max(len(x) for x in wrapped)
            return wrapped, n, font

        def put(wrapped, n, font):
            c.setFont(font, TFONT)
            for i, lines in enumerate(wrapped):
                for j, ln in enumerate(lines):
                    c.drawString(xs[i] + PAD, state["y"] - j * TLEAD, ln)
            state["y"] -= n * TLEAD + 5

        def header_row():
            put(*draw_row(header, bold=True))
            state["y"] -= 3

        header_row()
        for r in rows:
            if len(r) == 2:
                span = sum(widths[1:])
                lines = wrap(r[1], span - 2 * PAD, "DejaVuSans-Bold", TFONT)
                wrapped = [[r[0]], lines]
                n = len(lines)
                if state["y"] - n * TLEAD < 45:
                    new_page()
                    header_row()
                c.setFont("DejaVuSans-Bold", TFONT)
                c.drawString(xs[0] + PAD, state["y"], r[0])
                for j, ln in enumerate(lines):
                    c.drawString(xs[1] + PAD, state["y"] - j * TLEAD, ln)
                state["y"] -= n * TLEAD + 5
                continue
            wrapped, n, font = draw_row(r)
            if state["y"] - n * TLEAD < 45:
                new_page()
                header_row()
            put(wrapped, n, font)

    table(S.IND_TITLE, S.IND_SUBTITLE, None, S.IND_HEADER, IND_WIDTHS, S.INDICATORS)
    table(S.TASK_TITLE, S.TASK_SUBTITLE, S.TASK_NOTE, S.TASK_HEADER, TASK_WIDTHS, S.TASKS)
    footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- text readers (also used by check.py)
def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    from docx import Document
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            seen = set()
            for cell in row.cells:
                if id(cell._tc) in seen:
                    continue
                seen.add(id(cell._tc))
                parts.append(cell.text)
    return "\n".join(parts)


def pdf_texts(path):
    """(full extract_text of all pages, per-column text of the table pages)."""
    import pdfplumber
    full, cols = [], []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            full.append(page.extract_text() or "")
            if page.width > page.height:  # landscape = appendix table page
                words = page.extract_words()
                txt = page.extract_text() or ""
                widths = IND_WIDTHS if "Đơn vị chủ trì theo dõi" in txt else TASK_WIDTHS
                x = MARGIN
                for w in widths:
                    crop = page.within_bbox((x, 0, x + w, page.height))
                    cols.append(crop.extract_text() or "")
                    x += w
                # group labels span several columns: keep a whole-width crop too
                cols.append(txt)
    return "\n".join(full), "\n".join(cols)


def check(md, dx, full, cols):
    problems = []
    mdn, dxn, fulln, coln = ws(md), ws(dx), ws(full), ws(cols)
    full_lines = set(ws(l) for l in full.split("\n"))
    cells = []
    for header, rows in ((S.IND_HEADER, S.INDICATORS), (S.TASK_HEADER, S.TASKS)):
        cells += header
        for r in rows:
            cells += [v for v in r if v]
    wrapped = 0
    for v in cells:
        v = ws(v)
        if v not in mdn:
            problems.append(("md", v))
        if v not in dxn:
            problems.append(("docx", v))
        if v in fulln:
            continue
        if v in coln:
            wrapped += 1
        else:
            problems.append(("pdf", v))
    sentences = []
    for kind, text in body_blocks():
        if kind in ("p", "h1", "h2", "title", "subtitle", "sign"):
            sentences += [s for s in re.split(r"(?<=[.;])\s+", text) if s]
    sentences += S.HEADER_LEFT + S.HEADER_RIGHT
    for s in sentences:
        s = ws(s)
        for name, t in (("md", mdn), ("docx", dxn), ("pdf", fulln)):
            if s not in t:
                problems.append((name + "-sentence", s))
    return cells, sentences, wrapped, problems


def main():
    os.makedirs(DOCS, exist_ok=True)
    md = make_md()
    with open(os.path.join(DOCS, S.KEY + ".md"), "w", encoding="utf-8") as f:
        f.write(md)
    make_docx(os.path.join(DOCS, S.KEY + ".docx"))
    make_pdf(os.path.join(DOCS, S.KEY + ".pdf"))
    dx = docx_text(os.path.join(DOCS, S.KEY + ".docx"))
    full, cols = pdf_texts(os.path.join(DOCS, S.KEY + ".pdf"))
    cells, sentences, wrapped, problems = check(md, dx, full, cols)
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(cells)} cells and {len(sentences)} sentences checked in md/docx/pdf "
          f"({wrapped} cells wrap in the PDF and were found in the column text); "
          f"{len(problems)} problems")


if __name__ == "__main__":
    main()
