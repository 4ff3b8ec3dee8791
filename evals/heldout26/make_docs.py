"""Build docs/kh-ct11-laocai-2026.{md,pdf}; docs/kh-ct11-laocai-2026.docx is the ORIGINAL Word file, copied byte for
byte from source/ (see SOURCES.md) -- it is not generated.

Layouts chosen to differ from set 25 (ATX-heading markdown + pipe tables, pandoc docx, reportlab PDF with an unruled
table):
.docx: the real original (Word, Times New Roman; header and signature blocks as borderless Word tables; numbered
       headings typed as text, some bullet paragraphs carrying the style "Heading 4"; the Phụ lục in a LANDSCAPE
       section as a ruled 6-column Word table with a second header row of column numbers "(1)".."(5)" and an empty
       "Ghi chú" column).
.pdf : LibreOffice (soffice --headless --convert-to pdf) from the original .docx: ruled table, landscape appendix pages,
       justified body text (pypdf reads runs of several spaces between justified words, and each table cell's
       wrapped lines one after another, cell after cell).
.md  : generated here from the .docx paragraphs: the header block and the "Nơi nhận"/signature block as plain lines
       (no tables), the title "KẾ HOẠCH" and "Phụ lục" as SETEXT level-1 headings (=== underline), roman sections as
       SETEXT level-2 headings (--- underline), numbered items ("1. Mục đích", "2. Sở Nông nghiệp và Môi trường") as
       BOLD LINES (**...**), "- " bullets as a Markdown list, other paragraphs as paragraphs; the appendix as ONE pipe
       table whose first body row is the column-number row "(1)".."(5)" of the original; cell line breaks as spaces.
Run: .venv/bin/python evals/heldout26/make_docs.py   (needs LibreOffice `soffice` on PATH)
"""
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import doc_source as S  # noqa: E402

DOCS = HERE / "docs"
STEM = S.KEY
ROMAN = re.compile(r"^(I|II|III|IV|V)\. ")
NUMH = re.compile(r"^\d+\. ")


def c(s):
    return S.clean(s)


def md():
    ps = [c(p) for p in S.paragraphs()]
    t_head, t_sign, t_app = S.tables()
    L = []
    # header block as plain lines
    L += [c(t_head[0][0]), "", c(t_head[0][2].split("\n")[0]), "", c(t_head[0][2].split("\n")[1]), "",
          c(t_head[1][0]) + " — " + c(t_head[1][2]), ""]
    i_app = ps.index("Phụ lục")
    title_done = False
    for p in ps[:i_app]:
        if not p:
            continue
        if p == "KẾ HOẠCH":
            L += ["KẾ HOẠCH", "========", ""]
            continue
        if not title_done and not p.startswith("Thực hiện Chỉ thị"):
            L += ["**" + p + "**", ""]
            continue
        title_done = True
        if ROMAN.match(p):
            L += [p, "-" * max(3, len(p)), ""]
        elif NUMH.match(p) and len(p) < 130:
            L += ["**" + p + "**", ""]
        elif p.startswith("- "):
            L += ["- " + p[2:].strip(), ""]
        else:
            L += [p, ""]
    # signature block as plain lines
    recv = [c(x) for x in t_sign[0][0].split("\n") if c(x)]
    sign = [c(x) for x in t_sign[0][1].split("\n") if c(x)]
    L += ["*" + recv[0] + "*", ""] + ["- " + x[2:] for x in recv[1:]] + [""]
    L += ["  \n".join(sign), ""]
    # appendix
    rest = [p for p in ps[i_app:] if p]
    L += [rest[0], "=" * len(rest[0]), ""]
    for p in rest[1:]:
        L += ["**" + p + "**" if not p.startswith("(") else "*" + p + "*", ""]
    rows = [[c(x) for x in r] for r in t_app]
    L.append("| " + " | ".join(rows[0]) + " |")
    L.append("|" + "|".join([" --- "] * len(rows[0])) + "|")
    for r in rows[1:]:
        L.append("| " + " | ".join(r) + " |")
    txt = "\n".join(L)
    return re.sub(r"\n{3,}", "\n\n", txt).strip() + "\n"


def pdf():
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / f"{STEM}.docx"
        shutil.copyfile(DOCS / f"{STEM}.docx", src)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", td, str(src)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copyfile(Path(td) / f"{STEM}.pdf", DOCS / f"{STEM}.pdf")


def main():
    DOCS.mkdir(exist_ok=True)
    shutil.copyfile(S.SRC, DOCS / f"{STEM}.docx")
    (DOCS / f"{STEM}.md").write_text(md(), encoding="utf-8")
    pdf()
    print("built", f"{STEM}.md", f"{STEM}.pdf", "(docx = original copy)")


if __name__ == "__main__":
    main()
