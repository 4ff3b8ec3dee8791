"""Render plan_source.py into docs/namkhe-vhttdl-2027.{md,docx,pdf} (deterministic) and check that
every table cell and every body sentence is found in all three formats.

  .md   Markdown; GitHub pipe tables. A pipe table has one header row, so the two-row header of each
        appendix table is written as the header row (merged label in its first column, the spanned
        columns left empty) plus a first body row that holds only the year labels.
  .docx python-docx: letterhead and signature blocks in borderless tables; plain bold paragraphs for
        headings; tasks as numbered paragraphs with "- Đơn vị chủ trì: ..." lines; appendices in a
        landscape section as real Word tables ("Table Grid"), two header rows with merged cells
        ("Lộ trình thực hiện" / "Phân kỳ thực hiện" over four year columns, the other header cells
        merged vertically), header rows repeated on every page, group rows merged across the row.
  .pdf  LibreOffice (soffice --headless --convert-to pdf) from the .docx: ruled tables as an office
        suite prints them. CreationDate/ModDate, the trailer /ID and /DocChecksum are overwritten with fixed values
        of the same length so that reruns give the same bytes.
"""
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import plan_source as P  # noqa: E402
import textsrc as T  # noqa: E402

DOCS = HERE / "docs"
STEM = DOCS / P.KEY
ZIP_DATE = (2027, 1, 15, 0, 0, 0)


# ================================================================ Markdown
def _row(cells):
    return "| " + " | ".join(cells) + " |"


def _task_lines(b):
    _, num, title, items = b
    return [f"**{num}. {title}**", ""] + [f"- {k}: {v}" for k, v in items] + [""]


def md_table_ind():
    n = 4 + len(P.IND_YEARS) + 1
    head = _row(P.IND_HEAD_TOP[:5] + [""] * (len(P.IND_YEARS) - 1) + [P.IND_HEAD_TOP[5]])
    sep = "|" + "|".join([":---:", "---", ":---:", ":---:"] + [":---:"] * len(P.IND_YEARS) + ["---"]) + "|"
    years = _row([""] * 4 + P.IND_YEARS + [""])
    rows = [head, sep, years]
    for g, gn, items in P.IND_GROUPS:
        rows.append(_row([f"**{g}**", f"**{gn}**"] + [""] * (n - 2)))
        rows += [_row(list(r)) for r in items]
    return rows


def md_table_budget():
    head = _row(P.BUD_HEAD_TOP[:4] + [""] * (len(P.BUD_YEARS) - 1) + [P.BUD_HEAD_TOP[4]])
    sep = "|" + "|".join([":---:", "---", "---:"] + ["---:"] * len(P.BUD_YEARS) + ["---"]) + "|"
    years = _row([""] * 3 + P.BUD_YEARS + [""])
    body, total = P.budget_rows()
    rows = [head, sep, years] + [_row(list(r)) for r in body]
    rows.append(_row([f"**{c}**" if c else "" for c in total]))
    return rows


def make_md():
    L = [f"**{P.LETTERHEAD_LEFT[0]}**  ", f"**{P.LETTERHEAD_LEFT[1]}**  ", P.NUMBER_LINE, "",
         f"**{P.LETTERHEAD_RIGHT[0]}**  ", f"**{P.LETTERHEAD_RIGHT[1]}**", "", f"*{P.PLACE_DATE}*", "",
         f"# {P.TITLE}", "", f"**{P.SUBTITLE}**", ""]
    for b in P.BODY:
        kind = b[0]
        if kind == "h1":
            L += [f"## {b[1]}", ""]
        elif kind == "h2":
            L += [f"### {b[1]}", ""]
        elif kind == "h3":
            L += [f"#### {b[1]}", ""]
        elif kind == "b":
            L += [f"- {b[1]}", ""]
        elif kind == "task":
            L += _task_lines(b)
        else:
            L += [b[1], ""]
    L += [f"**{P.RECIPIENTS[0]}**", ""] + [r for r in P.RECIPIENTS[1:]] + [""]
    L += [f"**{s}**  " for s in P.SIGNER[:-1]] + ["", "(Đã ký)", "", f"**{P.SIGNER[-1]}**", ""]
    L += ["---", "", f"## {P.APPX1_TITLE}", "", f"**{P.APPX1_SUB}**", "", f"*{P.APPX_NOTE}*", ""]
    L += md_table_ind() + [""]
    L += ["---", "", f"## {P.APPX2_TITLE}", "", f"**{P.APPX2_SUB}**", "", f"*{P.APPX_NOTE}*", "",
          f"*{P.APPX2_UNIT}*", ""]
    L += md_table_budget() + [""]
    # md list items "- x" must not merge with the next paragraph: blank lines are already there
    STEM.with_suffix(".md").write_text("\n".join(L), encoding="utf-8")


# ================================================================ DOCX
def make_docx(path):
    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt
    import datetime as dt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    st.paragraph_format.space_after = Pt(4)
    st.paragraph_format.space_before = Pt(0)
    cp = d.core_properties
    cp.author = "Sở Văn hóa, Thể thao và Du lịch tỉnh Nam Khê"
    cp.title = f"{P.TITLE} {P.SUBTITLE}"
    cp.created = cp.modified = dt.datetime(2027, 1, 15, 8, 0, 0)
    cp.last_modified_by = "VP"
    cp.revision = 1

    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    sec.left_margin, sec.right_margin = Cm(3.0), Cm(1.5)

    def para(text="", bold=False, italic=False, align=None, size=None, indent=None, container=None,
             space_after=None):
        p = (container or d).add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold, r.italic = bold, italic
            if size:
                r.font.size = Pt(size)
        if align:
            p.alignment = align
        if indent is not None:
            p.paragraph_format.first_line_indent = Cm(indent)
        if space_after is not None:
            p.paragraph_format.space_after = Pt(space_after)
        return p

    def cell_para(cell, text, bold=False, italic=False, align=None, size=11, first=True):
        p = cell.paragraphs[0] if first and not cell.paragraphs[0].text else cell.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        return p

    def set_widths(table, widths_cm):
        table.autofit = False
        grid = table._tbl.tblGrid
        for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
            gc.set(qn("w:w"), str(int(w * 567)))
        for row in table.rows:
            for tc, w in zip(row._tr.findall(qn("w:tc")), widths_cm):
                tcPr = tc.get_or_add_tcPr()
                tcW = tcPr.find(qn("w:tcW"))
                if tcW is None:
                    tcW = OxmlElement("w:tcW")
                    tcPr.insert(0, tcW)
                tcW.set(qn("w:w"), str(int(w * 567)))
                tcW.set(qn("w:type"), "dxa")

    def repeat_header(row):
        trPr = row._tr.get_or_add_trPr()
        h = OxmlElement("w:tblHeader")
        h.set(qn("w:val"), "true")
        trPr.append(h)

    def cant_split(row):
        trPr = row._tr.get_or_add_trPr()
        trPr.append(OxmlElement("w:cantSplit"))

    C, J, L_, R_ = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.LEFT, \
        WD_ALIGN_PARAGRAPH.RIGHT

    # letterhead: borderless 2-column table
    lh = d.add_table(rows=1, cols=2)
    lh.alignment = WD_TABLE_ALIGNMENT.CENTER
    a, b = lh.rows[0].cells
    cell_para(a, P.LETTERHEAD_LEFT[0], align=C, size=12)
    cell_para(a, P.LETTERHEAD_LEFT[1], bold=True, align=C, size=12, first=False)
    cell_para(a, P.NUMBER_LINE, align=C, size=12, first=False)
    cell_para(b, P.LETTERHEAD_RIGHT[0], bold=True, align=C, size=12)
    cell_para(b, P.LETTERHEAD_RIGHT[1], bold=True, align=C, size=12, first=False)
    cell_para(b, P.PLACE_DATE, italic=True, align=C, size=12, first=False)
    set_widths(lh, [7.2, 9.3])

    para()
    para(P.TITLE, bold=True, align=C, size=14, space_after=0)
    para(P.SUBTITLE, bold=True, align=C, size=14)
    for blk in P.BODY:
        kind = blk[0]
        if kind in ("h1", "h2", "h3"):
            para(blk[1], bold=True, align=J, indent=1.0)
        elif kind == "b":
            para(f"- {blk[1]}", align=J, indent=1.0)
        elif kind == "task":
            _, num, title, items = blk
            para(f"{num}. {title}", bold=True, align=J, indent=1.0, space_after=2)
            for k, v in items:
                para(f"- {k}: {v}", align=J, indent=1.0, space_after=2)
        else:
            para(blk[1], align=J, indent=1.0)

    # recipients + signer: borderless 2-column table
    para()
    sg = d.add_table(rows=1, cols=2)
    a, b = sg.rows[0].cells
    cell_para(a, P.RECIPIENTS[0], bold=True, italic=True, size=12)
    for r in P.RECIPIENTS[1:]:
        cell_para(a, r, size=11, first=False)
    cell_para(b, P.SIGNER[0], bold=True, align=C, size=13)
    cell_para(b, P.SIGNER[1], bold=True, align=C, size=13, first=False)
    cell_para(b, "(Đã ký)", italic=True, align=C, size=13, first=False)
    cell_para(b, P.SIGNER[2], bold=True, align=C, size=13, first=False)
    set_widths(sg, [8.0, 8.5])

    # appendices: landscape section
    ls = d.add_section(WD_SECTION.NEW_PAGE)
    ls.orientation = WD_ORIENT.LANDSCAPE
    ls.page_width, ls.page_height = Cm(29.7), Cm(21.0)
    ls.top_margin, ls.bottom_margin = Cm(1.5), Cm(1.5)
    ls.left_margin, ls.right_margin = Cm(2.0), Cm(1.5)

    def appendix_head(title, sub, extra=None):
        para(title, bold=True, align=C, size=13, space_after=0)
        para(sub, bold=True, align=C, size=13, space_after=0)
        para(P.APPX_NOTE, italic=True, align=C, size=12, space_after=6)
        if extra:
            para(extra, italic=True, align=R_, size=11, space_after=2)

    def two_row_table(head_top, span_at, years, widths, body, group_rows=None, total=None, aligns=None):
        ncols = len(widths)
        t = d.add_table(rows=2, cols=ncols)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        r0, r1 = t.rows
        # spanned label over the year columns
        top = r0.cells[span_at].merge(r0.cells[span_at + len(years) - 1])
        cell_para(top, head_top[span_at], bold=True, align=C)
        for j, y in enumerate(years):
            cell_para(r1.cells[span_at + j], y, bold=True, align=C)
        # vertical merges for the other header cells
        cols = list(range(span_at)) + list(range(span_at + len(years), ncols))
        labels = head_top[:span_at] + head_top[span_at + 1:]
        for j, lab in zip(cols, labels):
            m = t.cell(0, j).merge(t.cell(1, j))
            cell_para(m, lab, bold=True, align=C)
        repeat_header(r0)
        repeat_header(r1)
        for item in body:
            if item[0] == "group":
                row = t.add_row()
                cant_split(row)
                cell_para(row.cells[0], item[1], bold=True, align=C)
                m = row.cells[1].merge(row.cells[ncols - 1])
                cell_para(m, item[2], bold=True)
            else:
                row = t.add_row()
                cant_split(row)
                for j, v in enumerate(item[1]):
                    cell_para(row.cells[j], v, align=aligns[j] if aligns else None, bold=item[0] == "total")
        set_widths(t, widths)
        return t

    appendix_head(P.APPX1_TITLE, P.APPX1_SUB)
    body = []
    for g, gn, items in P.IND_GROUPS:
        body.append(("group", g, gn))
        body += [("row", list(r)) for r in items]
    two_row_table(P.IND_HEAD_TOP, 4, P.IND_YEARS, [1.3, 8.4, 2.0, 2.2, 1.7, 1.7, 1.7, 1.7, 5.5], body,
                  aligns=[C, J, C, C, C, C, C, C, L_])

    d.add_page_break()
    appendix_head(P.APPX2_TITLE, P.APPX2_SUB, P.APPX2_UNIT)
    rows, total = P.budget_rows()
    body = [("row", list(r)) for r in rows] + [("total", list(total))]
    two_row_table(P.BUD_HEAD_TOP, 3, P.BUD_YEARS, [1.3, 7.8, 2.4, 2.1, 2.1, 2.1, 2.1, 6.3], body,
                  aligns=[C, J, R_, R_, R_, R_, R_, L_])

    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed entry dates (python-docx stamps the current time)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    Path(path).write_bytes(out.getvalue())


# ================================================================ PDF (LibreOffice)
def make_pdf(docx_path, pdf_path):
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profile"
        outdir = Path(tmp) / "out"
        outdir.mkdir()
        env = dict(os.environ, SOURCE_DATE_EPOCH="1799971200", TZ="UTC")
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                        "pdf", "--outdir", str(outdir), str(docx_path)], check=True, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        data = (outdir / (Path(docx_path).stem + ".pdf")).read_bytes()

    # fixed dates and /ID, same byte length so the xref offsets stay valid
    def fix_date(m):
        return m.group(1) + b"D:20270115080000" + b" " * (len(m.group(2)) - 16) + b")"
    data = re.sub(rb"(/(?:CreationDate|ModDate)\()(D:[^)]*)\)", fix_date, data)

    def fix_id(m):
        return m.group(1) + b"0" * len(m.group(2)) + m.group(3) + b"0" * len(m.group(4)) + m.group(5)
    data, n = re.subn(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)", fix_id, data)
    assert n == 1, n
    data = re.sub(rb"(/DocChecksum /)([0-9A-Fa-f]+)", lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    Path(pdf_path).write_bytes(data)


# ================================================================ cross-format check
def all_strings():
    """Every body line and every distinct table cell of the plan."""
    body = list(P.LETTERHEAD_LEFT) + list(P.LETTERHEAD_RIGHT) + [P.NUMBER_LINE, P.PLACE_DATE, P.TITLE, P.SUBTITLE]
    for b in P.BODY:
        if b[0] == "task":
            body.append(f"{b[1]}. {b[2]}")
            body += [f"{k}: {v}" for k, v in b[3]]
        else:
            body.append(b[1])
    body += P.RECIPIENTS + P.SIGNER + [P.APPX1_TITLE, P.APPX1_SUB, P.APPX2_TITLE, P.APPX2_SUB, P.APPX_NOTE,
                                       P.APPX2_UNIT]
    cells = set(P.IND_HEAD_TOP + P.IND_YEARS + P.BUD_HEAD_TOP + P.BUD_YEARS)
    for g, gn, items in P.IND_GROUPS:
        cells.update([g, gn])
        for r in items:
            cells.update(r)
    rows, total = P.budget_rows()
    for r in rows + [total]:
        cells.update(r)
    cells.discard("")
    return body, sorted(cells)


def row_texts_check(texts):
    """Each indicator row's STT..agency cells appear in this order in the PDF/DOCX text (same row)."""
    problems = []
    for fmt in ("docx", "pdf"):
        t = T.norm_answer(texts[fmt][0])
        for r in P.indicator_rows():
            seq = [T.norm_answer(c) for c in r[3:]]
            pos, ok = 0, True
            for c in seq:
                i = t.find(c, pos)
                if i < 0:
                    ok = False
                    break
                pos = i + len(c)
            if not ok:
                problems.append(f"{fmt}: indicator row {r[2]} cells not in order")
    return problems


def check():
    texts = T.format_texts()
    body, cells = all_strings()
    problems = []
    for s in body + cells:
        for fmt, ts in texts.items():
            if not T.contains_answer(ts, s) or (T.norm_cite(s) and not T.contains_cite(ts, s)):
                problems.append(f"{fmt}: {s!r}")
    problems += row_texts_check(texts)
    from pypdf import PdfReader
    rd = PdfReader(str(STEM.with_suffix(".pdf")))
    land = sum(1 for p in rd.pages if float(p.mediabox.width) > float(p.mediabox.height))
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(cells)} distinct table cells and {len(body)} body lines checked in md/docx/pdf "
          f"(answer and citation normalisation); PDF {len(rd.pages)} pages ({land} landscape); "
          f"{len(problems)} problems")
    return not problems


def main():
    DOCS.mkdir(exist_ok=True)
    make_md()
    make_docx(STEM.with_suffix(".docx"))
    make_pdf(STEM.with_suffix(".docx"), STEM.with_suffix(".pdf"))
    return check()


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
