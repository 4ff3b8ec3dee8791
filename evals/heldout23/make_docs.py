"""Build docs/kh-341-thanhhoa-2027.{md,docx,pdf} from source/kh341_thanhhoa_2027.py (fictional document, SOURCES.md).

.md  : pandoc Markdown / GitHub-style pipe tables. Header block as separate plain and bold lines; body sections as
       ## / ### headings, "- " lists and paragraphs. Phụ lục I and II as pipe tables whose GROUP ROWS carry their own
       number in the first column ("**1**" / "**A**") and their title in bold in the second column, other cells
       empty; indicators numbered "1.1" ... "4.8" inside the numbered groups; tasks numbered 1-36 continuously under
       lettered groups A-F. Relative column widths are given by the dash counts of each table's separator line.
.docx: `pandoc -f markdown-smart` from the .md (real Word tables, pandoc's default table style: only header
       rules, no vertical or horizontal ruling between rows; header row repeated on each page), then layout_docx():
       A4, body portrait, appendices in a landscape section, column widths in the W1/W2 proportions, 10 pt in
       tables, rows not split across pages (render.py's approach; no ruling lines added). Fixed zip timestamps: byte-reproducible.
.pdf : `soffice --headless --convert-to pdf` from the .docx (LibreOffice; rows may break across pages).
Run: .venv/bin/python evals/heldout23/make_docs.py
"""
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import doc_source as S  # noqa: E402

D = S.D
DOCS = HERE / "docs"
STEM = S.KEY
W1 = [5, 33, 9, 9, 9, 18, 17]      # Phụ lục I column widths (separator dashes)
W2 = [5, 29, 11, 15, 16, 14, 10]    # Phụ lục II


def row(cells):
    return "| " + " | ".join(cells) + " |"


def sep(widths):
    return "|" + "|".join("-" * w for w in widths) + "|"


def md():
    L = [D.HEADER_LEFT[0], "", "**" + D.HEADER_LEFT[1] + "**", "", D.HEADER_RIGHT[0], "",
         "**" + D.HEADER_RIGHT[1] + "**", "", D.NUMBER, "", "*" + D.PLACE_DATE + "*", "",
         "# " + D.TITLE, "", "**" + D.SUBTITLE + "**", ""]
    for style, text in D.BODY:
        if style == "h1":
            L += ["## " + text, ""]
        elif style == "h2":
            L += ["### " + text, ""]
        elif style == "bullet":
            assert text.startswith("- ")
            L += [text, ""]
        else:
            L += [text, ""]
    L += ["**" + D.RECIPIENTS[0] + "**", ""] + [x for x in D.RECIPIENTS[1:]] + [""]
    for x in D.SIGNATURE:
        L += ["**" + x + "**", ""]
    for title, head, widths, groups in ((D.APP1_TITLE, D.APP1_HEAD, W1, D.APP1), (D.APP2_TITLE, D.APP2_HEAD, W2, D.APP2)):
        L += ["## " + title[0], "", "**" + title[1] + "**", "", "*" + title[2] + "*", ""]
        L += [row(head), sep(widths)]
        for g, gt, rows in groups:
            L.append(row(["**" + g + "**", "**" + gt + "**"] + [""] * (len(head) - 2)))
            for r in rows:
                L.append(row(list(r)))
        L.append("")
    return "\n".join(L)


def layout_docx(path):
    """A4, margins of Decree 30/2020 (left 3 cm); the body portrait, the two appendices in a landscape section;
    table columns set to the W1/W2 proportions of the landscape text width, 10 pt in tables (no rules added).
    The .docx is re-zipped with fixed timestamps so the file is byte-reproducible."""
    import copy
    import zipfile
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, Twips
    d = docx.Document(str(path))
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
    first_app = next(i for i, p in enumerate(d.paragraphs) if p.text == D.APP1_TITLE[0])
    last_body = d.paragraphs[first_app - 1]
    last_body._p.get_or_add_pPr().append(copy.deepcopy(sec._sectPr))
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.left_margin, sec.right_margin = Cm(2), Cm(2)
    text_w = Cm(29.7 - 4).twips
    for table, widths in zip(d.tables, (W1, W2)):
        ws = [Twips(int(text_w * w / sum(widths))) for w in widths]
        for col, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), ws):
            col.w = w
        for r in table.rows:
            r._tr.get_or_add_trPr().append(r._tr.trPr.makeelement(qn("w:cantSplit"), {}))
            for c, w in zip(r.cells, ws):
                c.width = w
                for para in c.paragraphs:
                    for run in para.runs:
                        run.font.size = Pt(10)
    d.save(str(path))
    data = {}
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            data[n] = z.read(n)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in data.items():
            z.writestr(zipfile.ZipInfo(n, date_time=(2026, 12, 28, 0, 0, 0)), b, compress_type=zipfile.ZIP_DEFLATED)


def soffice_pdf(docx_path, pdf_path):
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory(prefix="h23-soffice-") as tmp:
        subprocess.run([exe, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", "pdf",
                        "--outdir", f"{tmp}/out", str(docx_path)], check=True, capture_output=True, timeout=300)
        shutil.copyfile(Path(tmp) / "out" / (docx_path.stem + ".pdf"), pdf_path)


def main():
    DOCS.mkdir(exist_ok=True)
    mdp, dx, pdf = DOCS / f"{STEM}.md", DOCS / f"{STEM}.docx", DOCS / f"{STEM}.pdf"
    mdp.write_text(md() + "\n", encoding="utf-8")
    env = dict(os.environ, SOURCE_DATE_EPOCH="1798416000")
    subprocess.run(["pandoc", "-f", "markdown-smart", "-t", "docx", str(mdp), "-o", str(dx)], check=True, env=env)
    layout_docx(dx)
    soffice_pdf(dx, pdf)
    print("wrote", mdp.name, dx.name, pdf.name)


if __name__ == "__main__":
    main()
