"""Render the held-out-38 source (doc_source) into docs/<STEM>.{md,docx,pdf}.

.md  : SETEXT headings ("QUYẾT ĐỊNH", "KẾ HOẠCH", "PHỤ LỤC" with ===; the plan's parts I.-IV. with ---), the plan's
       numbered sub-sections as ATX "####", bullets as "*", "Điều n." lead-ins bold; letterhead and signature as plain
       lines; the annex as ONE pandoc-style GRID TABLE (+---+ rules, "=" under the header) of 7 columns whose GROUP
       ROWS SPAN ALL SEVEN COLUMNS (a single cell "II. Xây dựng hạ tầng ..."); cell text wrapped inside fixed-width
       columns; the sub-rows without a TT kept as rows with an empty TT cell; the two-entry cells of IV.4 as two
       paragraphs inside the cell.
.docx: made by PANDOC (2.17, SOURCE_DATE_EPOCH fixed) from an intermediate Markdown (ATX headings: # for the three
       titles, ## parts, ### numbered sub-sections; the annex as a grid table with the group numeral in TT and the group
       title in the Nhiệm vụ column) -> Word Heading styles, pandoc's unruled "Table" style; header row repeated.
.pdf : LIBREOFFICE (soffice --headless --convert-to pdf) of a second .docx built with python-docx: NO heading styles
       (titles, parts and sub-sections as plain bold paragraphs), A4 PORTRAIT throughout, the annex as a fully RULED
       'Table Grid' table with seven NARROW columns (0.8/3.7/2.4/2.5/2.9/2.9/2.0 cm) in which texts wrap, group rows
       MERGED across columns 2-7, rows not split across pages (w:cantSplit), header row NOT repeated, 8.5 pt. LibreOffice stamps dates/ids: not byte-reproducible,
       check.py compares the rebuilt PDF's text.
"""
import io
import os
import re
import subprocess
import sys
import tempfile
import textwrap
import zipfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import doc_source as S  # noqa: E402

STEM = "qd2820-2025-hcm"
ROMAN = re.compile(r"^(I|II|III|IV)\. ")
WID = [4, 34, 16, 18, 12, 22, 16]
EPOCH = "1767225600"  # 2026-01-01T00:00:00Z


def lh_lines():
    lh = S.letterhead()
    return [" ".join(lh[0][:2]) + " " + lh[0][2], " ".join(lh[1][:2]), lh[1][2], " ".join(lh[2]), " ".join(lh[3])]


def dec_items():
    """(kind, text) of the decision: title, subtitle, issuer, basis, decide, article"""
    out = []
    for i, b in enumerate(S.decision_blocks()):
        p = S.clean(b)
        if i == 0:
            out.append(("title", p))
        elif i == 1:
            out.append(("subtitle", p))
        elif i == 2:
            out.append(("issuer", p))
        elif p == "QUYẾT ĐỊNH:":
            out.append(("decide", p))
        elif p.startswith("Điều "):
            out.append(("article", p))
        else:
            out.append(("basis", p))
    assert sum(k == "article" for k, _ in out) == 3
    return out


def plan_items():
    out = []
    bl = S.plan_blocks()
    for i, b in enumerate(bl):
        p = S.clean(b)
        bold = b.strip().startswith("**")
        if i == 0:
            out.append(("title", p))
        elif i in (1, 2):
            out.append(("subtitle", p))
        elif i == len(bl) - 1:
            out.append(("closing", p))
        elif bold and ROMAN.match(p):
            out.append(("roman", p))
        elif bold and re.match(r"^\d\. ", p):
            out.append(("section", p))
        elif p.startswith("- "):
            out.append(("bullet", p[2:]))
        else:
            out.append(("para", p))
    assert sum(k == "roman" for k, _ in out) == 4
    return out


def cells(r):
    """display cells of a table row: list of 7 lists of paragraphs"""
    if r["kind"] == "group":
        return None
    L = r["lines"]
    if r["kind"] == "task":
        return [[r["tt"]]] + [x for x in L[1:]] + [[] for _ in range(7 - len(L))]
    return [[]] + [x for x in L] + [[] for _ in range(6 - len(L))]


def grid(span_groups):
    W = WID
    rule = lambda ch: "+" + "+".join(ch * (w + 2) for w in W) + "+"  # noqa: E731
    full = sum(W) + 3 * (len(W) - 1)

    def wrap(paras, w):
        out = []
        for k, p in enumerate(paras):
            if k:
                out.append("")
            out += textwrap.wrap(p, w, break_long_words=False, break_on_hyphens=False) or [""]
        return out

    def emit(cs):
        cols = [wrap(c, w) for c, w in zip(cs, W)]
        n = max(1, max(len(c) for c in cols))
        for i in range(n):
            yield "|" + "|".join(" " + (c[i] if i < len(c) else "").ljust(w) + " " for c, w in zip(cols, W)) + "|"

    L = [rule("-")]
    L += list(emit([[h] for h in S.HEAD]))
    L.append(rule("="))
    for r in S.table_rows():
        if r["kind"] == "group":
            lab = f"{r['tt']}. {r['task']}"
            if span_groups:
                for ln in textwrap.wrap(lab, full, break_long_words=False):
                    L.append("| " + ln.ljust(full) + " |")
            else:
                L += list(emit([[r["tt"]], [r["task"]], [], [], [], [], []]))
        else:
            L += list(emit(cells(r)))
        L.append(rule("-"))
    for ln in L:
        assert len(ln) == len(L[0]), ln
    return L


def _md(setext):
    L = []
    lh = lh_lines()
    L += [lh[0], "", lh[1], lh[2], "", lh[3], lh[4], ""]

    def head(t, lvl):
        if setext and lvl == 1:
            return [t, "=" * 12, ""]
        if setext and lvl == 2:
            return [t, "-" * 12, ""]
        if setext:
            return ["#" * 4 + " " + t, ""]
        return ["#" * lvl + " " + t, ""]

    for kind, t in dec_items():
        if kind == "title":
            L += head(t, 1)
        elif kind == "article":
            m = re.match(r"^(Điều \d\.) (.*)$", t)
            L += [f"**{m.group(1)}** {m.group(2)}", ""]
        else:
            L += [t, ""]
    recv, sig = S.signature()
    L += [recv[0], ""] + [("* " if setext else "- ") + x[2:] for x in recv[1:]] + [""] + sig + [""]
    bullet = "* " if setext else "- "
    prev = None
    for kind, t in plan_items():
        if kind == "title":
            L += head(t, 1)
        elif kind == "roman":
            L += head(t, 2)
        elif kind == "section":
            L += head(t, 3)
        elif kind == "bullet":
            L += [bullet + t]
        else:
            if prev == "bullet":
                L.append("")
            L += [t, ""]
        if kind == "bullet":
            L.append("")
        prev = kind
    ah = S.annex_head()
    L += head(ah[0], 1) + [ah[1], "", ah[2], ""]
    L += grid(span_groups=setext)
    L.append("")
    return "\n".join(L)


def make_md():
    return _md(True)


def pandoc_md():
    return _md(False)


def make_docx_pandoc(path):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "in.md"
        src.write_text(pandoc_md(), encoding="utf-8")
        env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH)
        subprocess.run(["pandoc", "-f", "markdown-smart-auto_identifiers", "-t", "docx", "-o", str(path),
                        "--metadata", "title-meta=Quyết định 2820/QĐ-UBND", str(src)], check=True, env=env)


# ---------------------------------------------------------------- docx for the PDF (python-docx, ruled table)
def make_docx_plain():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "DejaVu Sans"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.8)

    def par(t, bold=False, italic=False, center=False, size=None):
        p = d.add_paragraph()
        r = p.add_run(t)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    lh = lh_lines()
    par(lh[0], bold=True)
    par(lh[1], bold=True, center=True)
    par(lh[2], center=True)
    par(lh[3])
    par(lh[4], italic=True)
    for kind, t in dec_items():
        par(t, bold=kind in ("title", "subtitle", "issuer", "decide"), italic=kind == "basis",
            center=kind in ("title", "subtitle", "issuer"))
    recv, sig = S.signature()
    par(recv[0], bold=True, italic=True)
    for x in recv[1:]:
        par(x, size=9)
    for s in sig:
        par(s, bold=True, center=True)
    d.add_page_break()
    for kind, t in plan_items():
        if kind == "bullet":
            par("- " + t)
        else:
            par(t, bold=kind in ("title", "subtitle", "roman", "section", "closing"),
                center=kind in ("title", "subtitle", "closing"))
    d.add_page_break()
    ah = S.annex_head()
    par(ah[0], bold=True, center=True)
    par(ah[1], bold=True, center=True)
    par(ah[2], italic=True, center=True)
    widths = [Cm(0.8), Cm(3.7), Cm(2.4), Cm(2.5), Cm(2.9), Cm(2.9), Cm(2.0)]
    tb = d.add_table(rows=1, cols=7)
    tb.style = "Table Grid"
    tb.autofit = False

    def fill(c, paras, bold=False):
        c.text = ""
        for j, t in enumerate(paras):
            p = c.paragraphs[0] if j == 0 else c.add_paragraph()
            r = p.add_run(t)
            r.bold = bold
            r.font.size = Pt(8.5)

    for c, h in zip(tb.rows[0].cells, S.HEAD):
        fill(c, [h], bold=True)
    for r in S.table_rows():
        row = tb.add_row().cells
        if r["kind"] == "group":
            fill(row[0], [r["tt"]], bold=True)
            m = row[1].merge(row[6])
            fill(m, [r["task"]], bold=True)
        else:
            for c, ps in zip(row, cells(r)):
                fill(c, ps)
    from docx.oxml import OxmlElement
    for col, w in zip(tb.columns, widths):
        col.width = w  # w:gridCol (LibreOffice lays the table out from the grid)
    for row in tb.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
        trPr = row._tr.get_or_add_trPr()
        trPr.append(OxmlElement("w:cantSplit"))  # a row never breaks across pages (keeps each cell's text together)
    cp = d.core_properties
    fixed = datetime(2026, 1, 1, 0, 0, 0)
    cp.author = cp.last_modified_by = "heldout38"
    cp.title = "Quyết định 2820/QĐ-UBND"
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


def make_pdf(path):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / f"{STEM}.docx"
        src.write_bytes(make_docx_plain())
        prof = Path(td) / "profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", td, str(src)], check=True, capture_output=True)
        Path(path).write_bytes((Path(td) / f"{STEM}.pdf").read_bytes())


def build(outdir=None, pdf=True):
    out = Path(outdir or HERE / "docs")
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{STEM}.md").write_text(make_md(), encoding="utf-8")
    make_docx_pandoc(out / f"{STEM}.docx")
    if pdf:
        make_pdf(out / f"{STEM}.pdf")
    return out


if __name__ == "__main__":
    print(build())
