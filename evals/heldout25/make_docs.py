"""Build docs/qd-1775-ttg-2012.{md,docx,pdf} from the verbatim source text (source/*.txt, see SOURCES.md).

Layouts chosen to differ from set 24 (which used the source lines as paragraphs, a python-docx file with merged
cells in a landscape section, and a LibreOffice PDF):
.md  : Markdown with ATX headings (#: QUYẾT ĐỊNH / DANH MỤC titles, ##: roman sections I.-V., ###: short numbered
       items "1. ...", ####: short lettered items "a) ..."), "- " source bullets as a "-" list and "+ " source bullets
       as a "*" list (the "+" markers themselves are not printed), long numbered / lettered paragraphs with escaped
       markers ("1\\.", "a\\)"), blank lines between blocks; the three pipe tables (header block, signature block,
       the DANH MỤC task table) kept cell for cell as in the source.
.docx: pandoc (markdown-smart -> docx) from the .md: Word heading styles, Word list paragraphs, the three tables as
       real Word tables (pandoc's default table style: no merged cells).
.pdf : reportlab, A4 portrait, DejaVu Sans: body as paragraphs (headings bold, bullets with "•"), header and signature
       blocks as 2-column tables WITHOUT ruling lines, the DANH MỤC as a 5-column table WITHOUT any ruling lines
       (whitespace-separated columns, wrapped cells, header row in bold repeated on every page).
Run: .venv/bin/python evals/heldout25/make_docs.py
"""
import re
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import doc_source as S  # noqa: E402

DOCS = HERE / "docs"
STEM = S.KEY
H1 = {"QUYẾT ĐỊNH", "THỦ TƯỚNG CHÍNH PHỦ", "QUYẾT ĐỊNH:", "DANH MỤC"}
ROMAN = re.compile(r"^(I|II|III|IV|V|VI)\. ")
NUM = re.compile(r"^\d+\. ")
LET = re.compile(r"^[a-eđ]\) ")


def kind(ln):
    if ln in H1:
        return "h1"
    if ROMAN.match(ln):
        return "h2"
    if NUM.match(ln) and len(ln) <= 90:
        return "h3"
    if LET.match(ln) and len(ln) <= 200:
        return "h4"
    if ln.startswith("- "):
        return "dash"
    if ln.startswith("+ "):
        return "plus"
    return "p"


def blocks():
    out = []
    for ln in S.lines():
        if ln.startswith("| "):
            if out and out[-1][0] == "table":
                out[-1][1].append(ln)
            else:
                out.append(("table", [ln]))
        else:
            out.append((kind(ln), ln))
    return out


# ---------------------------------------------------------------- markdown
def md():
    L = []
    prev = None
    for k, x in blocks():
        if k == "table":
            L += ["", *x, ""]
        elif k == "h1":
            L += ["", "# " + x, ""]
        elif k == "h2":
            L += ["", "## " + x, ""]
        elif k == "h3":
            L += ["", "### " + x, ""]
        elif k == "h4":
            L += ["", "#### " + x, ""]
        elif k == "dash":
            if prev != "dash":
                L.append("")
            L.append("- " + x[2:])
        elif k == "plus":
            if prev != "plus":
                L.append("")
            L.append("* " + x[2:])
        else:
            y = re.sub(r"^(\d+)\. ", r"\1\\. ", x)
            y = re.sub(r"^([a-e])\) ", r"\1\\) ", y)
            L += ["", y, ""]
        prev = k
    txt = "\n".join(L)
    txt = re.sub(r"\n{3,}", "\n\n", txt).strip() + "\n"
    return txt


# ---------------------------------------------------------------- pdf
def pdf(path):
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    body = ParagraphStyle("b", fontName="DV", fontSize=10, leading=13.5, spaceAfter=4)
    bullet = ParagraphStyle("u", parent=body, leftIndent=14, bulletIndent=4)
    bullet2 = ParagraphStyle("u2", parent=body, leftIndent=28, bulletIndent=18)
    heads = {
        "h1": ParagraphStyle("h1", fontName="DVB", fontSize=13, leading=17, alignment=TA_CENTER, spaceBefore=8,
                             spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName="DVB", fontSize=11, leading=15, spaceBefore=8, spaceAfter=4),
        "h3": ParagraphStyle("h3", fontName="DVB", fontSize=10.5, leading=14, spaceBefore=5, spaceAfter=3),
        "h4": ParagraphStyle("h4", fontName="DVB", fontSize=10, leading=13.5, spaceBefore=3, spaceAfter=3),
    }
    cell = ParagraphStyle("c", fontName="DV", fontSize=8.5, leading=11)
    cellb = ParagraphStyle("cb", fontName="DVB", fontSize=8.5, leading=11)

    def P(t, st):
        t = escape(t)
        t = re.sub(r"\*([^*]+)\*", r"\1", t)  # the source's *italic* markers are not printed
        return Paragraph(t, st)

    flow = []
    W = A4[0] - 3.6 * cm
    for k, x in blocks():
        if k == "table":
            rows = [S.cells(r) for r in x if not S.is_sep(r)]
            if rows[0] == S.HEAD:
                widths = [0.9 * cm, 6.6 * cm, 2.1 * cm, 3.1 * cm, W - 12.7 * cm]
                data = [[P(c, cellb) for c in rows[0]]] + [[P(c, cell) for c in r] for r in rows[1:]]
                t = Table(data, colWidths=widths, repeatRows=1)
                t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                                       ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
            else:
                data = [[P(c, cell) for c in r] for r in rows]
                t = Table(data, colWidths=[W / 2, W / 2])
                t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow += [Spacer(1, 4), t, Spacer(1, 6)]
        elif k in heads:
            flow.append(P(x, heads[k]))
        elif k == "dash":
            flow.append(Paragraph(escape(x[2:]), bullet, bulletText="–"))
        elif k == "plus":
            flow.append(Paragraph(escape(x[2:]), bullet2, bulletText="•"))
        else:
            flow.append(P(x, body))
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm, topMargin=1.8 * cm,
                            bottomMargin=1.8 * cm, title="Quyết định 1775/QĐ-TTg", author="Thủ tướng Chính phủ")
    doc.build(flow)


def main():
    DOCS.mkdir(exist_ok=True)
    mdp = DOCS / f"{STEM}.md"
    mdp.write_text(md(), encoding="utf-8")
    subprocess.run(["pandoc", "-f", "markdown-smart", "-t", "docx", str(mdp), "-o", str(DOCS / f"{STEM}.docx")],
                   check=True)
    pdf(DOCS / f"{STEM}.pdf")
    print("built", mdp.name, f"{STEM}.docx", f"{STEM}.pdf")


if __name__ == "__main__":
    main()
