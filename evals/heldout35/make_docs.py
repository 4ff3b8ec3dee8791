"""Render the held-out-35 document (KH 179/KH-UBND Đồng Nai) in three formats -> docs/<KEY>.{md,docx,pdf}.
.md  : ATX headings (# title, ## I.-VI., ### numbered 1.-8., #### a)/1.1. sub-headings), letterhead/signature as
       plain lines, the annex task table as ONE raw HTML <table> block inside the Markdown (<thead> header; A/B/C,
       I..IX and 5.1/5.2 heading rows as colspan rows; the repeated 'Nội dung' header rows kept as <th> rows).
.docx: python-docx directly; 'Title' + 'Heading 1' (I.-VI.) + 'Heading 2' (a)/1.1. sub-headings), numbered 1.-8.
       headings as bold Normal paragraphs; the annex in a separate LANDSCAPE section; a real Word table
       ('Table Grid') whose header row is marked w:tblHeader (repeated on every page), heading rows merged across the
       five task columns, lead (Đơn vị thực hiện) and partner (Đơn vị phối hợp) columns side by side; fixed core
       properties and zip timestamps (byte-reproducible).
.pdf : LibreOffice (soffice --headless --convert-to pdf) of the same .docx built with NO table style (no borders at
       all): body A4 portrait, annex A4 landscape; not byte-reproducible (LibreOffice stamps dates/ids), check.py
       compares its extracted text instead.
Run: .venv/bin/python evals/heldout35/make_docs.py [outdir]
"""
import html
import io
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import doc_source as S  # noqa: E402

STEM = S.KEY
WIDTHS_CM = [1.3, 9.4, 4.8, 5.2, 2.4, 3.6]


def build_md():
    L = []
    for x in S.letterhead():
        if set(x) <= {"-"}:
            continue
        L += [x, ""]
    for st, p in S.body_blocks():
        if st == "title":
            L += [("# " + p) if p == "KẾ HOẠCH" else f"**{p}**", ""]
        elif st == "h1":
            L += ["## " + p, ""]
        elif st == "h2":
            L += ["### " + p, ""]
        elif st == "h3":
            L += ["#### " + p, ""]
        elif st == "i":
            L += [f"*{p}*", ""]
        else:
            L += [p, ""]
    recv, sig = S.signature()
    L += ["**" + recv[0] + "**", ""] + [x + "  " for x in recv[1:]] + [""]
    L += ["**" + sig[0] + "**  ", sig[1] + "  ", sig[2], ""]
    for st, p in S.annex_titles():
        L += [("## " + p) if p == "PHỤ LỤC" else f"**{p}**" if st == "p" else f"*{p}*", ""]
    e = html.escape
    T = ["<table>", "<thead>", "<tr>" + "".join(f"<th>{e(h)}</th>" for h in S.HEAD) + "</tr>", "</thead>", "<tbody>"]
    for r in S.annex_rows()[1:]:
        c = r["cells"]
        if r["kind"] in ("section", "group"):
            T.append(f'<tr><td><b>{e(c[0])}</b></td><td colspan="5"><b>{e(c[1])}</b></td></tr>')
        elif r["kind"] == "sub":
            T.append(f'<tr><td><i>{e(c[0])}</i></td><td colspan="5"><i>{e(c[1])}</i></td></tr>')
        elif r["kind"] == "subhead":
            T.append(f'<tr><th colspan="2">{e(c[0])}</th>' + "".join(f"<th>{e(x)}</th>" for x in c[1:]) + "</tr>")
        else:
            T.append("<tr>" + "".join(f"<td>{e(x)}</td>" for x in c) + "</tr>")
    T += ["</tbody>", "</table>"]
    L += T + [""]
    return "\n".join(L)


def _fixed_zip(blob):
    zin = zipfile.ZipFile(io.BytesIO(blob))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for it in zin.infolist():
            zi = zipfile.ZipInfo(it.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, zin.read(it.filename))
    return out.getvalue()


def build_docx(borders=True):
    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(12)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    cp = d.core_properties
    cp.author, cp.title, cp.last_modified_by = "heldout35", "KH 179/KH-UBND Đồng Nai", "heldout35"
    cp.created = cp.modified = datetime(2026, 1, 1)
    cp.revision = 1

    def para(text, bold=False, italic=False, center=False, style=None):
        p = d.add_paragraph(style=style)
        run = p.add_run(text)
        run.bold, run.italic = bold or None, italic or None
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    for x in S.letterhead():
        if not set(x) <= {"-"}:
            para(x, bold=x.isupper(), center=True)
    for s, p in S.body_blocks():
        if s == "title":
            para(p, center=True, style="Title" if p == "KẾ HOẠCH" else None, bold=p != "KẾ HOẠCH")
        elif s == "h1":
            para(p, style="Heading 1")
        elif s == "h2":
            para(p, bold=True)
        elif s == "h3":
            para(p, style="Heading 2")
        elif s == "i":
            para(p, italic=True)
        else:
            para(p)
    recv, sig = S.signature()
    para(recv[0], bold=True, italic=True)
    for x in recv[1:]:
        para(x)
    para(sig[0], bold=True, center=True)
    para(sig[1], bold=True, center=True)
    para(sig[2], bold=True, center=True)

    ns = d.add_section(WD_SECTION.NEW_PAGE)
    ns.orientation = WD_ORIENT.LANDSCAPE
    ns.page_width, ns.page_height = Cm(29.7), Cm(21.0)
    ns.left_margin = ns.right_margin = Cm(1.5)
    for s, p in S.annex_titles():
        para(p, bold=s == "b" or s == "p", italic=s == "i", center=True, style="Heading 1" if p == "PHỤ LỤC" else None)
    rows = S.annex_rows()
    t = d.add_table(rows=len(rows), cols=6)
    if borders:
        t.style = d.styles["Table Grid"]
    t.autofit = False

    def put(cell, text, bold=False, italic=False, size=10):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold, run.italic = bold or None, italic or None
        run.font.size = Pt(size)

    for i, r in enumerate(rows):
        row = t.rows[i]
        c = r["cells"]
        if r["kind"] == "head":
            trPr = row._tr.get_or_add_trPr()
            h = OxmlElement("w:tblHeader")
            h.set(qn("w:val"), "true")
            trPr.append(h)
            for j, x in enumerate(c):
                put(row.cells[j], x, bold=True)
        elif r["kind"] in ("section", "group", "sub"):
            put(row.cells[0], c[0], bold=r["kind"] != "sub", italic=r["kind"] == "sub")
            m = row.cells[1].merge(row.cells[5])
            put(m, c[1], bold=r["kind"] != "sub", italic=r["kind"] == "sub")
        elif r["kind"] == "subhead":
            m = row.cells[0].merge(row.cells[1])
            put(m, c[0], bold=True)
            for j, x in enumerate(c[1:], 2):
                put(row.cells[j], x, bold=True)
        else:
            for j, x in enumerate(c):
                put(row.cells[j], x)
    for j, w in enumerate(WIDTHS_CM):
        t.columns[j].width = Cm(w)
        for cell in t.columns[j].cells:
            cell.width = Cm(w)
    buf = io.BytesIO()
    d.save(buf)
    return _fixed_zip(buf.getvalue())


def build_pdf(outdir):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / f"{STEM}.docx"
        src.write_bytes(build_docx(borders=False))
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{td}/lo", "--convert-to", "pdf",
                        "--outdir", td, str(src)], check=True, capture_output=True, timeout=300)
        shutil.copy(Path(td) / f"{STEM}.pdf", Path(outdir) / f"{STEM}.pdf")


def build(outdir=None, pdf=True):
    out = Path(outdir or HERE / "docs")
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{STEM}.md").write_text(build_md(), encoding="utf-8")
    (out / f"{STEM}.docx").write_bytes(build_docx())
    if pdf:
        build_pdf(out)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else None)
