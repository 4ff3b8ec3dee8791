"""Render the held-out-43 document (doc_source.structure()) as .md, .docx and .pdf -- layouts unlike sets 30-42.
.md  : ATX '##' parts / '###' numbered sections; every measure of part III followed by its own 2-column pipe table
       (Vai trò | Cơ quan, đơn vị / thời gian) holding the source's lead-in labels verbatim; letterhead/signature as plain lines.
.docx: pandoc 2.17 from an intermediate Markdown in which part III is ONE 5-column pipe table
       (TT | Nhiệm vụ, giải pháp | Chủ trì | Phối hợp | Thời gian), section titles as bold rows; SOURCE_DATE_EPOCH fixed.
.pdf : reportlab on US LETTER portrait, Serif (DejaVuSerif), body keeps the source's run-in lead-ins as hanging-indent
       paragraphs (no table at all), footer '141/KH-UBND Bắc Ninh - n' centred; invariant=1."""
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import doc_source as S  # noqa: E402

STEM = S.KEY


def md_text():
    L = []
    st = S.structure()
    for b in st:
        k = b["kind"]
        if k == "letterhead":
            L += [c for c in b["cells"]] + [""]
        elif k == "title":
            L += ["# " + b["text"], ""]
        elif k == "sub":
            L += [b["text"], ""]
        elif k == "intro":
            L += [b["text"], ""]
        elif k == "part":
            L += ["## " + b["text"], ""]
        elif k == "section":
            L += ["### " + b["text"], ""]
        elif k == "para":
            L += [b["text"].replace("- ", "", 1) if b["text"].startswith("- ") and b.get("part") == "III" else b["text"], ""]
        elif k == "field":
            lab = b["label"]
            if not L or not L[-2].startswith("|"):
                L += ["| Vai trò | Cơ quan, đơn vị / thời gian |", "|---|---|"]
            else:
                L.pop()
            L += [f"| {lab} | {b['value']} |", ""]
        elif k == "signature":
            L += [c for c in b["cells"]] + [""]
    return "\n".join(L)


def pandoc_md():
    L = []
    st = S.structure()
    ts = S.tasks()
    in3 = False
    done3 = False
    for b in st:
        k = b["kind"]
        if b.get("part") == "III" and k != "part":
            if not done3:
                L += ["| TT | Nhiệm vụ, giải pháp | Chủ trì | Phối hợp | Thời gian |", "|---|---|---|---|---|"]
                sec = None
                n = 0
                for t in ts:
                    if t["section"] != sec:
                        sec = t["section"]
                        num, title = sec.split(". ", 1)
                        L.append(f"| **{num}** | **{title}** | | | |")
                    n += 1
                    meas = "<br>".join(m.lstrip("- ") for m in t["measure"])
                    meas = " ".join(m.lstrip("- ") for m in t["measure"])
                    L.append(f"| {n} | {meas} | {t['lead']} | {t['partner']} | {t['time']} |")
                L.append("")
                done3 = True
            continue
        if k == "letterhead":
            L += ["| | |", "|---|---|", f"| **{b['cells'][0]}** | **{b['cells'][1]}** |", f"| {b['cells'][2]} | *{b['cells'][3]}* |", ""]
        elif k == "title":
            L += ["# " + b["text"], ""]
        elif k == "sub":
            L += ["**" + b["text"] + "**", ""]
        elif k in ("intro", "para"):
            L += [b["text"].replace("- ", "\\- ", 1) if b["text"].startswith("- ") else b["text"].replace(". ", "\\. ", 1) if b["text"][:1].isdigit() else b["text"], ""]
        elif k == "part":
            L += ["# " + b["text"], ""]
            if b["part"] == "III":
                L += ["*Bảng nhiệm vụ, giải pháp (cột Chủ trì gồm cả đơn vị thực hiện / chủ trì tham mưu thực hiện)*", ""]
        elif k == "section":
            L += ["## " + b["text"], ""]
        elif k == "signature":
            L += [b["cells"][0], "", "**" + b["cells"][1] + "**", ""]
    return "\n".join(L)


def build_docx(out):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "in.md"
        src.write_text(pandoc_md(), encoding="utf-8")
        env = dict(os.environ, SOURCE_DATE_EPOCH="1763596800")
        subprocess.run(["pandoc", "-f", "markdown", "-t", "docx", "-o", str(out), str(src)], check=True, env=env)


def build_pdf(out):
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
    from xml.sax.saxutils import escape
    F = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DS", F + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DSB", F + "DejaVuSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DSI", F + "DejaVuSerif-Italic.ttf"))
    body = ParagraphStyle("b", fontName="DS", fontSize=10, leading=13, alignment=TA_JUSTIFY, spaceAfter=4)
    ctr = ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName="DSB")
    part = ParagraphStyle("p", parent=body, fontName="DSB", fontSize=11, spaceBefore=8)
    sec = ParagraphStyle("s", parent=body, fontName="DSB")
    fld = ParagraphStyle("f", parent=body, leftIndent=1.2 * cm, firstLineIndent=-0.6 * cm, spaceAfter=1)
    story = []
    for b in S.structure():
        k = b["kind"]
        if k in ("letterhead", "signature"):
            for c in b["cells"]:
                story.append(Paragraph(escape(c), ctr if k == "letterhead" else body))
            story.append(Spacer(1, 6))
        elif k in ("title", "sub"):
            story.append(Paragraph(escape(b["text"]), ctr))
        elif k == "part":
            story.append(Paragraph(escape(b["text"]), part))
        elif k == "section":
            story.append(Paragraph(escape(b["text"]), sec))
        elif k == "field":
            story.append(Paragraph(f"<font name='DSI'>{escape(b['label'])}:</font> {escape(b['value'])}", fld))
        else:
            story.append(Paragraph(escape(b["text"]), body))

    def foot(c, d):
        c.saveState()
        c.setFont("DS", 8)
        c.drawCentredString(LETTER[0] / 2, 1.2 * cm, f"141/KH-UBND Bắc Ninh - {d.page}")
        c.restoreState()
    doc = SimpleDocTemplate(str(out), pagesize=LETTER, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2 * cm,
                            bottomMargin=2.2 * cm, invariant=1, title="Kế hoạch 141/KH-UBND", author="", creator="")
    doc.build(story, onFirstPage=foot, onLaterPages=foot)


def build(outdir=None):
    D = Path(outdir or HERE / "docs")
    D.mkdir(exist_ok=True)
    (D / f"{STEM}.md").write_text(md_text(), encoding="utf-8")
    build_docx(D / f"{STEM}.docx")
    build_pdf(D / f"{STEM}.pdf")


if __name__ == "__main__":
    build()
