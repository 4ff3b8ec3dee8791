"""Texts of the three formats of the held-out-20 document, and the two comparison normalisations.

md  : the file with '**', '*' emphasis markers and table pipes removed (one text; each cell on its own line);
docx: python-docx paragraphs + every table cell (merged cells once);
pdf : pdfplumber extract_text() of each page, plus, for the landscape appendix pages, the text of each table column
      cropped by its x-range; the crops of one column are joined over all pages of its table (so a cell that wraps
      onto several lines, or a row that continues on the next page, reads as one string), with the repeated header
      labels of Phụ lục I removed.
"""
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
STEM = "kh-ta06-vinhlan-2027"
HEAD_LINES = {"TT", "STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Đơn vị phối hợp thực", "hiện", "Đơn vị phối hợp thực hiện",
              "Sản phẩm đầu ra", "Quý", "I", "II", "III", "IV"}


def md_text(path=None):
    t = Path(path or DOCS / f"{STEM}.md").read_text(encoding="utf-8")
    t = t.replace("**", "")
    t = re.sub(r"(?<!\w)\*([^*\n]+)\*(?!\w)", r"\1", t)
    t = re.sub(r"^\s*\|?[-:| ]+\|[-:| ]*$", " ", t, flags=re.M)
    return t.replace("|", "\n")


def docx_text(path=None):
    import docx
    d = docx.Document(str(path or DOCS / f"{STEM}.docx"))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            seen = []
            for c in r.cells:
                if c._tc in seen:
                    continue
                seen.append(c._tc)
                parts.append(c.text)
    return "\n".join(parts)


def pdf_texts(path=None):
    import pdfplumber
    from make_docs import pdf_columns
    cols1, cols2 = pdf_columns()
    out, acc = [], {}
    with pdfplumber.open(str(path or DOCS / f"{STEM}.pdf")) as pdf:
        for page in pdf.pages:
            txt = page.extract_text() or ""
            out.append(txt)
            if page.width > page.height:
                table = 2 if ("PHỤ LỤC II" in txt or 2 in acc) else 1
                for i, (x0, x1) in enumerate(cols1 if table == 1 else cols2):
                    crop = page.crop((x0, 0, min(x1, page.width), page.height - 30))
                    lines = [ln for ln in (crop.extract_text() or "").splitlines() if ln.strip() not in HEAD_LINES]
                    acc.setdefault(table, {}).setdefault(i, []).extend(lines)
    for table in acc.values():
        for lines in table.values():
            out.append("\n".join(lines))
    return out


def format_texts():
    return {"md": [md_text()], "docx": [docx_text()], "pdf": pdf_texts()}


def norm_answer(s):
    s = unicodedata.normalize("NFC", s).casefold()
    s = re.sub(r"\s+", " ", s).strip()
    return re.sub(r"\s*([%/])\s*", r"\1", s)


def norm_cite(s):
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    return re.sub(r"[\W_]+", "", s)


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def contains_answer(texts, s):
    n = norm_answer(s)
    return any(n in norm_answer(t) for t in texts)


def contains_cite(texts, s):
    n = norm_cite(s)
    return any(n in norm_cite(t) for t in texts)


def contains_verbatim(texts, s):
    return any(ws(s) in ws(t) for t in texts)
