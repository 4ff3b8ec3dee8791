"""The offline composer: states the asked fields of the evidence, in the question's language.

Every value it writes is copied from a cited row or passage; English answers quote the
Vietnamese names and values verbatim and add an English gloss for known agencies.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from assistant.evidence import ASKS_AMOUNT, MONEY, Evidence, RowHit
from assistant.glossary import AGENCY_KEYWORDS, english_gloss, listed_nouns, translate_terms
from assistant.scoring import asked_column, asked_figure, figure_labels
from assistant.understanding import GROUP_CUE, QueryIntent
from ingest.parsing.metadata import DOCUMENT_KINDS, FILED_COPY
from ingest.parsing.tables import classify_label, spanned, without_numbering
from ingest.records import Citation, DocumentInfo, TableRow
from ingest.text import YEAR_SPAN, fold_words

UNCERTAIN_VI = "dòng này trích từ văn bản có lỗi nhận dạng/lệch cột; cần đối chiếu bản gốc"
UNCERTAIN_EN = "this row comes from text with OCR or column errors; check the original"

_FIELD_NAMES = {
    "vi": {"lead": "cơ quan chủ trì", "coordinating": "cơ quan phối hợp", "unit": "đơn vị tính", "status": "hiện trạng",
           "deadline": "thời hạn hoàn thành", "result": "kết quả dự kiến", "legal_basis": "căn cứ", "note": "ghi chú",
           "target": "chỉ tiêu năm {year}", "targets": "chỉ tiêu", "budget": "kinh phí", "year_value": "năm {year}"},
    "en": {"lead": "lead", "coordinating": "coordinating", "unit": "unit", "status": "status",
           "deadline": "deadline", "result": "expected result", "legal_basis": "legal basis", "note": "note",
           "target": "{year} target", "targets": "targets", "budget": "budget", "year_value": "{year}"},
}


class CitationBook:
    """Numbers sources in the order they are first cited."""

    def __init__(self, docs: dict[str, DocumentInfo]):
        self.docs = docs
        self.citations: list[Citation] = []
        self._index: dict[str, int] = {}

    def cite(self, key: str, doc_id: str, locator: str, text: str, uncertain: bool, lang: str) -> int:
        if key in self._index:
            return self._index[key]
        doc = self.docs.get(doc_id)
        n = len(self.citations) + 1
        self.citations.append(
            Citation(
                n=n,
                doc_id=doc_id,
                doc_title=doc.display_title if doc else doc_id,
                locator=locator,
                text=text,
                warning=(UNCERTAIN_VI if lang == "vi" else UNCERTAIN_EN) if uncertain else None,
            )
        )
        self._index[key] = n
        return n

    def cite_row(self, row: TableRow, lang: str) -> int:
        return self.cite(row.row_id, row.doc_id, row.locator, row_citation_text(row), row.uncertain, lang)


def row_citation_text(row: TableRow) -> str:
    """The row quoted under its column labels — under the group rows it sits in and the title of its
    table, as the plan prints them — so every year, label, group name and table an answer uses (a
    count of a whole appendix is a count of that table) is in the citation."""
    labels = [label for label in row.columns if label]
    if all(label in row.text for label in labels):
        labels = []  # a task written as labelled lines ("- Đơn vị chủ trì: …") prints its labels itself
    text = (" | ".join(labels) + "\n" + row.text) if labels else row.text
    text = (" > ".join(row.group) + "\n" + text) if row.group else text
    return f"{row.appendix}: {row.appendix_title}\n{text}" if row.appendix and row.appendix_title else text


def _agency(value: str, lang: str) -> str:
    if lang != "en":
        return value
    parts = [p.strip() for p in value.split(";") if p.strip()]
    glossed = []
    for p in parts:
        g = english_gloss(p)
        glossed.append(f"{p} ({g})" if g else p)
    return "; ".join(glossed)


def doc_short(doc: DocumentInfo | None, lang: str) -> str:
    if doc is None:
        return ""
    if doc.number:
        words = doc.title.split()
        kind = " ".join(words[:2]) if " ".join(words[:2]).upper() in DOCUMENT_KINDS else ""
        return f"{kind} {doc.number}".strip()
    return doc.title


def _parts_beyond_locator(row: TableRow) -> str:
    """The parts a row stands under ("I. … > 1. … > 1.1.2. …"), as its citation quotes them, when its locator names
    the outermost — the parts below it too: an item a cost table lists again under each part is told apart by them;
    "" otherwise."""
    return " > ".join(row.group) if row.group and row.group[0] in row.locator else ""


def _row_subject(row: TableRow, doc: DocumentInfo | None, lang: str, with_group: bool = False) -> str:
    """"Task 30 of Phụ lục II (…)"; the row's group is named when its locator does not say it
    and ``with_group`` (the question asks which group)."""
    if (parts := _parts_beyond_locator(row)):
        group = f", {parts}"
    elif row.group and (with_group or not row.number):
        # (an unnumbered row — "- | Diện tích" under "5 | Mận, mơ", "- | Tổng đàn" under "III. BÒ SỮA" — is its
        # group's: the row's name alone says what of, not whose)
        group = f", {' > '.join(row.group)}"
    else:
        group = ""
    project = _is_project(row)  # "DANH MỤC DỰ ÁN …"
    if lang == "en":
        kind = "row" if _is_listed_thing(row) else row.kind
        term = "Project" if project else {"indicator": "Indicator", "task": "Task"}.get(kind, "Row")
        head = f"{term} {row.number}" if row.number else f"An unnumbered {term.lower()}"
        return f"{head} of {row.appendix}{group} ({doc_short(doc, lang)})"
    term = "Dự án" if project else {"indicator": "Chỉ tiêu", "task": "Nhiệm vụ"}.get("row" if _is_listed_thing(row) else row.kind, "Dòng")
    head = f"{term} {row.number}" if row.number else f"{term} (không đánh số)"
    return f"{head} tại {row.appendix}{group} ({doc_short(doc, lang)})"


def row_statement(hit: RowHit, intent: QueryIntent, doc: DocumentInfo | None, n: int, lang: str,
                  full: bool = False) -> tuple[str, list[str]]:
    """One sentence about a row with the asked fields; returns (text, years asked but absent).

    ``full``: the answer rests on this row alone, so its other cells follow under their own
    column labels (a question may ask for any of them: a legal basis in "Ghi chú", a count in
    "Dự kiến kết quả"); long cells contribute only their sentences that share the question's words.
    """
    row = hit.row
    f = row.fields
    names = _FIELD_NAMES[lang]
    asked = [x for x in intent.fields if x in f or x == "targets" or (x == "legal_basis" and f.get("note"))]
    if not asked:
        asked = [x for x in ("lead", "targets", "deadline", "result", "status", "coordinating") if x in f or (x == "targets" and f.get("targets"))]
    # The key facts of a row travel with any answer about it: who leads, and by when / how much.
    for key in ("lead", "deadline") if row.kind == "task" else ("lead", "targets"):
        if key not in asked and (f.get(key) or (key == "targets" and f.get("targets"))):
            asked.append(key)
    if intent.target_years and "targets" not in asked:
        asked.append("targets")
    if set(intent.target_years) & status_years(row) and "status" not in asked:
        asked.append("status")  # "còn năm 2026 thì sao?" where the table gives 2026 as "Ước thực hiện 2026"
    parts: list[str] = []
    missing: list[str] = []
    for name in asked:
        if name == "targets":
            targets = f.get("targets") or {}
            years = [y for y in intent.target_years if y in targets] if intent.target_years else list(targets)
            if targets and "targets" in intent.fields:
                stated = status_years(row) | period_years(row)
                missing.extend(y for y in intent.target_years if y not in targets and y not in stated)
            if targets and not years:
                years = list(targets)
            # an indicator's year columns are its targets; a cost table's or a project's are amounts by year
            by_year = names["target"] if row.kind == "indicator" and not _is_listed_thing(row) else names["year_value"]
            periods = period_labels(row)
            asked_label = asked_column(row, intent.terms, intent.target_years, intent.question) if intent.target_years else None
            for y in years:
                # the year's other columns beside it ("Mục tiêu – Năm 2028 – Theo KH 41: 12" of an amending
                # plan whose target is the amended 9; "Kế hoạch 2027 - Giá trị (Nghìn USD)" beside "… - Lượng (Tấn)")
                others = same_year_cells(row, y, targets[y])
                # a period's column is named as the plan prints it ("Giai đoạn 2026-2027: ≥ 60"); a year of two
                # measures, each by its own column's label, the one the question names first
                own = next((label for label, value in (row.columns or {}).items()
                            if value == targets[y] and y in label), None) if others else None
                cells = [(periods[y] if y in periods else own or by_year.format(year=y), targets[y]), *others]
                if asked_label is not None and asked_label in others:
                    cells = [asked_label, *(c for c in cells if c != asked_label)]
                parts.extend(f"{label}: {value}" for label, value in cells)
            figure = None if targets else asked_figure(row, intent.terms)
            if figure:
                parts.append(f"{figure[0]}: {figure[1]}")  # a unit's row of a units × indicators table
            if not targets and f.get("unaligned_values"):
                label = "giá trị các cột năm (không căn được theo năm)" if lang == "vi" else "year-column values (could not be aligned to years)"
                parts.append(f"{label}: {' | '.join(f['unaligned_values'])}")
            continue
        value = f.get(name)
        if not value and name == "legal_basis" and f.get("note"):
            name, value = "note", f["note"]  # many plans cite the legal basis in the note column
        if not value:
            continue
        if name in ("lead", "coordinating"):
            value = _agency(value, lang)
        label = names[name]
        printed = _lead_label(row) if name == "lead" else None
        if printed:  # "Chủ đầu tư: CAT" as the table says it, not "cơ quan chủ trì"
            label = printed if lang == "vi" else f"{label} ({printed})"
        periods = marked_periods(row) if name == "deadline" else []
        if periods and periods[-1][1] == value:
            # a timeline ("Tiến độ thực hiện – Quý II/2026: x" … "– Năm 2027: x"): every period marked, as printed
            label, value = periods[0][0] or label, ", ".join(p for _, p in periods)
        if name == "status" and f.get("status_label"):
            label = f["status_label"].split("–")[-1].strip() if lang == "vi" else f"status ({f['status_label'].split('–')[-1].strip()})"
        by_column = columns_of(row, value) if name not in ("lead", "coordinating") else None
        if by_column:  # two columns of one kind ("Năm 2025 – Dự toán", "Dự toán 2026"): each under its own label
            parts.extend(f"{lb}: {v}" for lb, v in by_column)
            continue
        parts.append(f"{label}: {value}")
    content = f.get("content", "")
    named = None if full else asked_column(row, intent.terms, intent.target_years, intent.question)  # (a whole row shows every column anyway)
    if named and named[1] not in " ".join(parts):
        parts.append(f"{named[0]}: {named[1]}")  # the column the question names ("energy use": "Tiêu thụ năng lượng (TOE)")
    if full:
        parts.extend(other_cells(row, intent, " ".join([content, *parts])))
    else:
        extra = _detail_sentence(row, intent, " ".join([content, *parts]))
        if extra:
            parts.append(f"“{extra}”")
    subject = _row_subject(row, doc, lang, with_group=bool(GROUP_CUE.search(intent.folded)) or asked_group(row, intent))
    quote = f" “{content}”" if content else ""
    body = "; ".join(parts)
    if not body:
        body = "không có giá trị cho nội dung được hỏi" if lang == "vi" else "no value for what was asked"
    text = f"{subject}{quote} — {body} [{n}]."
    if row.uncertain:
        text += f" (Lưu ý: {UNCERTAIN_VI}.)" if lang == "vi" else f" (Note: {UNCERTAIN_EN}.)"
    return text, missing


def columns_of(row: TableRow, value: str) -> list[tuple[str, str]] | None:
    """(label, cell) of each column whose cells a field joins ("a; b" of two budget columns), in
    order; None when the field holds one cell or its pieces are not each one column's cell."""
    pieces = value.split("; ")
    if len(pieces) < 2:
        return None
    out: list[tuple[str, str]] = []
    columns = list((row.columns or {}).items())
    k = 0
    for piece in pieces:
        while k < len(columns) and (columns[k][1] or "").strip() != piece.strip():
            k += 1
        if k == len(columns):
            return None
        out.append(columns[k])
        k += 1
    return out


def _lead_label(row: TableRow) -> str | None:
    """The label of a row's lead column when it names the role otherwise than "chủ trì" ("Chủ đầu tư",
    "Cơ quan chủ quản"); None for a lead column labelled as such or not known."""
    lead = row.fields.get("lead")
    for label, value in (row.columns or {}).items():
        if value == lead and classify_label(label)[0] == "lead":
            plain = label.split("–")[-1].strip()
            return None if "chủ trì" in plain.casefold() or "chu tri" in plain.casefold() else plain
    return None


def marked_periods(row: TableRow) -> list[tuple[str, str]]:
    """(spanning label, period) of each timeline column the row marks ("Tiến độ thực hiện", "Quý II/2026")."""
    from ingest.parsing.tables import TIMELINE_MARK, period_of_time, split_span

    return [split_span(label) for label, value in (row.columns or {}).items()
            if value and value.strip() and TIMELINE_MARK.match(value) and period_of_time(label)]


def same_year_cells(row: TableRow, year: str, shown: str) -> list[tuple[str, str]]:
    """(label, value) of the row's other target columns of ``year`` with a value other than ``shown``:
    the value an amending plan replaced beside the one it sets."""
    from ingest.parsing.tables import classify_label

    out = []
    for label, value in (row.columns or {}).items():
        fld, label_year = classify_label(label)
        if fld == "targets" and label_year == year and value and value.strip() != str(shown).strip() and is_value(value):
            out.append((label, value))
    return out


#: A cell longer than this is quoted only by its sentences that share the question's words
#: (at most LONG_CELL_SENTENCES of them, with those stating a figure when one is asked).
LONG_CELL = 240
LONG_CELL_SENTENCES = 3


def other_cells(row: TableRow, intent: QueryIntent, shown: str) -> list[str]:
    """"label: value" for the row's cells not yet shown, verbatim under their column labels."""
    from assistant.evidence import best_sentences, content_terms, found_terms, sentences

    terms = {t for t in intent.terms if not t.startswith("~")}
    out: list[str] = []
    timeline = {spanned(span, period) for span, period in marked_periods(row)}
    # (a cell the row's name holds among its words is said apart all the same: "Văn phòng Quốc hội" submits
    # the resolution "… về chức năng, nhiệm vụ … của Văn phòng Quốc hội")
    content = row.fields.get("content") or ""
    said = shown.replace(content, " ", 1) if content else shown
    for label, value in row.columns.items():
        value = (value or "").strip().rstrip(";").strip()
        if not value or value.rstrip(".)") == row.number or value == content or value in said or label in timeline:
            continue
        if not re.search(r"\w", value) and classify_label(label)[0] == "number":
            continue  # ("TT: -": the bullet that marks the row)
        if len(value) <= LONG_CELL:
            out.append(f"{label}: {value}" if label else value)
            continue
        picked = [s for s in best_sentences(value, terms, limit=2) if found_terms(terms, content_terms(s))]
        if picked and "targets" in intent.fields:
            # a figure asked ("how many trainers, and how many people trained"): the cell's other sentences
            # that state one answer too, beside those that share the question's words
            picked += [s for s in sentences(value) if s not in picked and re.search(r"\d", s)][:LONG_CELL_SENTENCES - len(picked)]
        if picked:
            quoted = " … ".join(picked)
            out.append(f"{label}: “{quoted}”" if label else f"“{quoted}”")
    return out


def _detail_sentence(row: TableRow, intent: QueryIntent, shown: str) -> str | None:
    """A sentence from the row's other cells that answers what the shown fields do not."""
    from assistant.evidence import best_sentences, content_terms, coverage, found_terms

    missing = intent.terms - found_terms(intent.terms, content_terms(shown)) if intent.terms else set()
    missing = {t for t in missing if not t.startswith("~")}
    if not missing:
        return None
    skip = {row.fields.get("content"), row.number}
    cells = [str(v) for v in (row.columns or {}).values() if v and v not in skip] or [
        str(v) for k, v in row.fields.items() if k not in ("content", "number", "targets", "unaligned_values", "status_label") and isinstance(v, str)]
    text = "\n\n".join(c for c in cells if c and c not in shown)  # a blank line: cells never run together
    if not text:
        return None
    best = best_sentences(text, missing, limit=1)
    if best and coverage(missing, best[0]) >= 0.3:
        return best[0]
    return None


def is_value(cell: object) -> bool:
    """Whether a cell states something: "-", "–", "…" or an empty cell mark that the plan sets nothing."""
    return bool(re.search(r"[0-9A-Za-zÀ-ỹĐđ]", str(cell or "")))


def status_years(row: TableRow) -> set[str]:
    """The years a row's status column is labelled with ("Ước thực hiện 2026", "Hiện trạng (tháng 3/2025)"):
    the value stated for that year."""
    return set(re.findall(r"(?<!\d)20\d\d(?!\d)", str(row.fields.get("status_label") or ""))) if row.fields.get("status") else set()




def period_labels(row: TableRow) -> dict[str, str]:
    """Target year → the label of its column when that column is a period ("Giai đoạn 2026-2027" holds
    the target read as 2027's): every year of the period is answered by it."""
    out: dict[str, str] = {}
    targets = row.fields.get("targets") or {}
    for label, value in row.columns.items():
        m = YEAR_SPAN.search(label)
        if m and targets.get(m.group(2)) == value:
            out[m.group(2)] = label
    return out


def period_years(row: TableRow) -> set[str]:
    """Every year inside the periods a row's target columns are labelled with."""
    years: set[str] = set()
    for label in period_labels(row).values():
        m = YEAR_SPAN.search(label)
        years |= {str(y) for y in range(int(m.group(1)), int(m.group(2)) + 1)}
    return years


#: A full date written in a cell: "01/7/2026", "ngày 15 tháng 6 năm 2027".
_FULL_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/20\d\d\b|\bngày \d{1,2} tháng \d{1,2} năm 20\d\d\b", re.IGNORECASE)


#: Words by which a row's text names the bodies that work with its lead.
_WORKS_WITH = re.compile(r"phối hợp|cùng với|tham gia|coordinat|together with|in cooperation", re.IGNORECASE)


#: A figure written on its own ("50%", "04 tin", "1,7 lần", "12.000"), not part of a code or a name ("15/CT-TTg",
#: "Covid-19", "4.0" of "công nghiệp 4.0" stays a figure) nor a year.
_FIGURE_ALONE = re.compile(r"(?<![\w/.,-])(?!(?:19|20)\d\d(?![\d.,]))\d+(?:[.,]\d+)*(?![\w/-])")


def year_said_for(row: TableRow, years: list[str]) -> bool:
    """Whether every year asked is said by the row's own words or by the heading or groups it stands under
    ("Phấn đấu đến cuối năm 2025 đạt các chỉ tiêu sau:")."""
    where = " ".join([str(row.fields.get("content") or ""), row.appendix, row.appendix_title or "", *row.group])
    return all(re.search(rf"(?<!\d){y}(?!\d)", where) for y in years)


def states_its_target(row: TableRow, years: list[str]) -> bool:
    """Whether an indicator's own words state a figure ("đạt 50%", "04 tin, bài") for every year asked
    (:func:`year_said_for`)."""
    return bool(_FIGURE_ALONE.search(str(row.fields.get("content") or ""))) and year_said_for(row, years)


def has_asked_value(row: TableRow, intent: QueryIntent) -> bool:
    asked = intent.fields or ["lead", "targets", "deadline", "result", "status"]
    if "budget" in asked and ASKS_AMOUNT.search(intent.folded):
        # "how many billion dong …": money, in a budget column or written in a cell; a row's other
        # figures (a share, a count) are not an amount ("the budget reserves task" asks no amount)
        return bool(row.fields.get("budget")) or bool(MONEY.search(row.text))
    for name in asked:
        if name == "targets":
            targets = row.fields.get("targets") or {}
            wanted = [targets.get(y, "") for y in intent.target_years] if intent.target_years else list(targets.values())
            if set(intent.target_years) & status_years(row):
                wanted.append(row.fields.get("status", ""))
            if any(is_value(v) for v in wanted) or row.fields.get("unaligned_values"):
                return True
            figure = None if targets else asked_figure(row, intent.terms)
            if figure and is_value(figure[1]):
                return True  # the cell of a units × indicators table under the indicator asked
            if not targets and figure is None and sum(is_value(row.columns[x]) for x in figure_labels(row)) >= 2:
                return True  # no one column asked ("which former unit has the most members"): the row's figures
            if not targets and any(ch.isdigit() for ch in str(row.fields.get("result") or "")):
                return True  # a task's output states its quantity: "Tối thiểu 02 cuộc diễn tập"
            if not targets and row.kind == "indicator" and states_its_target(row, intent.target_years):
                return True  # no target column: "Tăng tỷ lệ lao động nữ … đạt 50% vào năm 2025" says it in words
        elif row.fields.get(name) or (name == "legal_basis" and row.fields.get("note")):
            return True
        elif name == "deadline" and _FULL_DATE.search(row.text):
            return True  # no deadline column: a date the row's own text states ("có hiệu lực thi hành ngày 01/7/2026")
    if asked_column(row, intent.terms, intent.target_years, intent.question) is not None:
        return True  # the question names the column: "Người đại diện pháp luật của X là ai?"
    if asked_group(row, intent):
        return True  # "which province is company X listed in": the group it is listed under
    if not intent.fields and _named_whole(row, intent):
        return True  # "what does Công ty TNHH … Quyết Tiến do": the row the question names by its whole name says it
    # The value may sit in a cell no field names: "ít nhất 50 người" in a task's expected result.
    detail = _detail_sentence(row, intent, row.fields.get("content", ""))
    if asked == ["coordinating"]:  # who works with the lead: only a sentence naming that work says it
        return detail is not None and bool(_WORKS_WITH.search(detail))
    return detail is not None and ("targets" not in asked or any(ch.isdigit() for ch in detail))


#: A question asking something specific of a thing (folded): when, why, how many, yes or no.
_SPECIFIC_ASK = re.compile(r"\b(?:when|why|what year|which year|how (?:many|much|long)|is it|is there|are there|nam nao|khi nao|"
                           r"tai sao|vi sao|bao nhieu|bao gio|co phai|co (?:\w+ ){1,6}khong)\b|^ *(?:is|are|does|do|was|were|has|have) ")
#: The fewest words of a row's name a question must print whole for the row to be the one asked about, no field named.
NAMED_ROW_MIN_WORDS = 3


def _named_whole(row: TableRow, intent: QueryIntent) -> bool:
    """Whether the question prints the row's whole name (its content cell, NAMED_ROW_MIN_WORDS words or
    more, at most a sentence's worth) and the row has another cell that says something of it."""
    name = fold_words(row.fields.get("content", ""))
    if not NAMED_ROW_MIN_WORDS <= len(name.split()) <= 15 or f" {name} " not in f" {fold_words(intent.question)} " \
            or _SPECIFIC_ASK.search(f" {intent.folded} "):
        return False  # (a time, reason, count or yes/no asked of it is not what the row's cells say)
    said = {str(row.fields.get(k) or "").strip() for k in ("content", "number")}
    return any(str(v).strip() and str(v).strip() not in said for v in (row.columns or {}).values())


#: "tỉnh nào", "vùng gì": a group's kind asked (folded); "which province", "what region" in English.
_WHICH_VI = r"\s+(?:nao|gi)\b"
_WHICH_EN = re.compile(r"\b(?:which|what)\s+(?:of\s+the\s+)?([a-z]+(?:\s+[a-z]+)?)")


def group_kind(label: str) -> tuple[str, str]:
    """(kind, name) of a group's heading, its numbering left out: "4. Tỉnh Kiên Giang" → ("tinh", "Kiên Giang"),
    "2. Thành phố Hải Phòng" → ("thanh pho", "Hải Phòng"); the kind folded, the words before the first
    capitalised one after the first; ("linh vuc", "") of "Lĩnh vực y tế", no name in capitals."""
    words = without_numbering(label).split()
    at = next((k for k in range(1, len(words)) if words[k][:1].isupper()), None)
    if at is None:
        return fold_words(" ".join(words[:2])), ""
    return fold_words(" ".join(words[:at])), " ".join(words[at:])


def asked_group(row: TableRow, intent: QueryIntent) -> bool:
    """Whether the question asks which group a row is listed under, by the kind its group's heading names:
    "Công ty X thuộc tỉnh nào", "which province is company X listed in" of a row under "2. Tỉnh Kon Tum";
    "thuộc thành phố nào" under "Thành phố Cần Thơ" — not a word of the row's own name."""
    own = f" {fold_words(str(row.fields.get('content') or ''))} "
    kinds = {k for k, _ in map(group_kind, row.group) if k and f" {k} " not in own}
    if not kinds:
        return False
    if intent.language == "en":
        said = f" {' '.join(fold_words(translate_terms(m.group(1))) for m in _WHICH_EN.finditer(intent.folded))} "
        return any(f" {k} " in said for k in kinds)
    return any(re.search(rf"\b{re.escape(k)}{_WHICH_VI}", intent.folded) for k in kinds)


def abstain_sentence(intent: QueryIntent, reason: str, lang: str) -> str:
    if lang == "vi":
        base = "Các kế hoạch không nêu thông tin này"
        return f"{base}: {reason}." if reason else f"{base}."
    base = "The plans do not state this"
    return f"{base}: {reason}." if reason else f"{base}."


#: A listing names at most this many rows; a count states the number and cites them all.
MAX_LISTED = 40
#: A listed row shows its year targets when it has this many or fewer (a row of many years is cited, not spread out).
MAX_LISTED_TARGETS = 3


#: The Vietnamese noun of each kind of row (also what a row's own words say when they name the kind).
KIND_NOUNS_VI = {"indicator": "chỉ tiêu", "task": "nhiệm vụ", "project": "dự án"}


def _kind_words(kind: str, n: int, lang: str, rows: list[TableRow] = ()) -> str:
    """"nhiệm vụ" / "tasks" for task rows — "dự án" / "projects" for the rows of a project list."""
    if kind == "task" and rows and all(_is_project(r) for r in rows):
        kind = "project"
    if kind == "indicator" and rows and all(_is_listed_thing(r) for r in rows):
        kind = "row"
    if lang == "vi":
        return KIND_NOUNS_VI.get(kind, "dòng")
    word = {"indicator": "indicator", "task": "task", "project": "project"}.get(kind, "row")
    return word if n == 1 else word + "s"


def _is_listed_thing(row: TableRow) -> bool:
    """A row with figures by year in a table whose caption lists things, not indicators ("DANH SÁCH CƠ SỞ
    …", "PHÂN BỔ HẠN NGẠCH … CHO CÁC NHÀ MÁY …"): a facility's row, named "dòng", not "chỉ tiêu"."""
    return row.kind == "indicator" and _lists_things(row.appendix_title or "")


@functools.lru_cache(maxsize=1024)
def _lists_things(caption: str) -> bool:
    """Whether a caption lists things other than a plan's own items (read once per caption)."""
    listed = listed_nouns(caption)
    return bool(listed) and listed[0] not in _INDICATOR_NOUNS


#: The nouns a caption lists a plan's own items by (folded): indicators, targets, tasks, projects, activities —
#: a row of a table captioned so is one of them, whatever columns it has.
_INDICATOR_NOUNS = frozenset({"chi tieu", "muc tieu", "chi so", "tieu chi", "nhiem vu", "du an", "hoat dong", "giai phap",
                              "noi dung", "ke hoach", "chuong trinh", "de an"})


def _is_project(row: TableRow) -> bool:
    """A row of a table whose caption lists projects ("DANH MỤC DỰ ÁN …")."""
    return row.kind == "task" and listed_nouns(row.appendix_title)[:1] == ["du an"]


def _second_number(row: TableRow) -> str | None:
    """A row's second number — a code column beside its running number ("STT 21", "Mã số QT-05") —
    when the table has one."""
    for label, value in (row.columns or {}).items():
        if value and value.rstrip(".)") != row.number and classify_label(label)[0] == "number" and re.search(r"\w", value):
            return value  # (a bullet, "-", in the number column marks a row; it numbers none)
    return None


def _rows_by_table(evidence: Evidence) -> dict[tuple[str, str], list[TableRow]]:
    """The evidence's rows by (plan, table), in their order."""
    by_table: dict[tuple[str, str], list[TableRow]] = {}
    for h in evidence.rows:
        by_table.setdefault((h.row.doc_id, h.row.appendix), []).append(h.row)
    return by_table


def _compose_rows_listing(evidence: Evidence, docs: dict[str, DocumentInfo], book: CitationBook, lang: str) -> str:
    """A count or a list of rows, per plan and table, each row cited."""
    by_table = _rows_by_table(evidence)
    lines: list[str] = []
    where = f" ({'; '.join(evidence.filters)})" if evidence.filters else ""
    said_total: set[str] = set()
    for (doc_id, appendix), rows in by_table.items():
        doc = docs.get(doc_id)
        tables = [key for key in by_table if key[0] == doc_id]
        if evidence.mode == "count" and len(tables) > 1 and doc_id not in said_total:
            # rows of one plan in several tables (a table and the tasks written in the text): the
            # plan's count first, then each table's
            said_total.add(doc_id)
            every = [r for key in tables for r in by_table[key]]
            kinds_all = {r.kind for r in every}
            kind_all = kinds_all.pop() if len(kinds_all) == 1 else "other"
            lines.append(f"{doc_short(doc, lang)}: {len(every)} {_kind_words(kind_all, len(every), lang, every)}{where}"
                         + (f", trong {len(tables)} bảng/mục:" if lang == "vi" else f", in {len(tables)} tables or sections:"))
        kinds = {r.kind for r in rows}
        kind = kinds.pop() if len(kinds) == 1 else "other"
        n = len(rows)
        table = f"{appendix}, {doc_short(doc, lang)}" if appendix else doc_short(doc, lang)
        total = evidence.totals.get((doc_id, appendix))
        if evidence.mode == "count":
            # The count is the answer: computed from the rows listed (and cited) below it.
            head = f"{table}: {n} {_kind_words(kind, n, lang, rows)}{where}"
            # the groups the listed rows belong to, each counted — at the first level where they part
            # ("I. Chỉ tiêu đến năm 2025" holds them all; its "1. Về Chính quyền số", "2. …" divide them)
            level = 0
            while all(len(r.group) > level + 1 for r in rows) and len({r.group[level] for r in rows}) == 1:
                level += 1
            tops = list(dict.fromkeys(r.group[level] for r in rows if len(r.group) > level))
            if len(tops) > 1 and all(len(r.group) > level for r in rows):
                per_group = "; ".join(f"{g}: {sum(1 for r in rows if r.group[level] == g)}" for g in tops)
                head += (f", thuộc {len(tops)} nhóm ({per_group})" if lang == "vi"
                         else f", in {len(tops)} groups ({per_group})")
            if evidence.groups_asked:
                # "bao nhiêu nhóm nội dung": the groups below those too, level by level
                for deeper in range(level + 1, max((len(r.group) for r in rows), default=0)):
                    below = list(dict.fromkeys(r.group[deeper] for r in rows if len(r.group) > deeper))
                    head += (f"; cấp tiếp theo: {len(below)} nhóm ({'; '.join(below)})" if lang == "vi"
                             else f"; at the next level, {len(below)} groups ({'; '.join(below)})")
            if total is not None and total != n:
                head += f" trên tổng số {total} dòng của bảng" if lang == "vi" else f", of {total} rows in the table"
        else:
            # A list states only what the cited rows say: no computed figures.
            head = f"{table}{where}"
        lines.append(head + ":")
        for r in rows[:MAX_LISTED]:
            c = book.cite_row(r, lang)
            term = _kind_words(r.kind, 1, lang, [r])
            extra = []
            if r.fields.get("lead"):
                extra.append(_agency(r.fields["lead"], lang))
            targets = r.fields.get("targets") or {}
            if 0 < len(targets) <= MAX_LISTED_TARGETS:  # a listed indicator's targets, as printed ("năm 2027: 70%")
                extra.extend(f"{_FIELD_NAMES[lang]['year_value'].format(year=y)}: {v}" for y, v in targets.items())
            if r.fields.get("deadline"):
                extra.append(r.fields["deadline"])
            if r.fields.get("budget"):  # a money table's row: its amount, as for a task its lead and deadline
                extra.append(f"{_FIELD_NAMES[lang]['budget']}: {r.fields['budget']}")
            label = f"{term} {r.number}" if r.number else term
            code = _second_number(r)
            label += f" ({code})" if code else ""  # "chỉ tiêu 21 (QT-05)": the code the plan also numbers it by
            group = f" ({parts})" if (parts := _parts_beyond_locator(r)) else ""
            tail = f" — {'; '.join(extra)}" if extra else ""
            lines.append(f"- {label}{group}: {r.fields.get('content', '')[:200]}{tail} [{c}]")
        if n > MAX_LISTED:
            lines.append("- …")
    return "\n".join(lines)


def _compose_outline(evidence: Evidence, docs: dict[str, DocumentInfo], book: CitationBook, lang: str) -> list[str]:
    """A section's parts: its heading, how many sub-headings it has, and each as printed, cited by its passage."""
    first = evidence.passages[0].chunk
    where = f"{evidence.filters[0]} ({doc_short(docs.get(first.doc_id), lang)})" if evidence.filters else doc_short(docs.get(first.doc_id), lang)
    n = len(evidence.passages)
    if evidence.counted == "bases":
        lines = [f"{where} nêu {n} căn cứ:" if lang == "vi" else f"{where} cites {n} legal bases:"]
    elif evidence.counted in ("first basis", "last basis"):
        first = evidence.counted == "first basis"
        inside = where[:1].lower() + where[1:]  # ("the preamble", "phần căn cứ" inside a sentence)
        lines = [f"Căn cứ {'đầu tiên' if first else 'cuối cùng'} trong {inside}:" if lang == "vi"
                 else f"The {'first' if first else 'last'} legal basis in {inside}:"]
    elif evidence.counted == "duties":
        lines = [f"{where} nêu {n} nhiệm vụ:" if lang == "vi" else f"{where} lists {n} duties:"]
    elif evidence.counted == "articles":
        lines = [f"{where} gồm {n} điều:" if lang == "vi" else f"{where} has {n} articles:"]
    elif evidence.counted == "bodies":
        lines = [f"{where} giao nhiệm vụ cho {n} cơ quan, đơn vị:" if lang == "vi" else f"{where} gives duties to {n} bodies:"]
    elif len(evidence.filters) > 1:  # the parts that meet a condition ("target 100%"), not all the section's
        lines = [f"{where}: {n} mục có {evidence.filters[1]}:" if lang == "vi" else f"{where}: {n} parts with {evidence.filters[1]}:"]
    else:
        lines = [f"{where} gồm {n} mục:" if lang == "vi" else f"{where} has {n} parts:"]
    heading = evidence.filters[0] if evidence.filters else ""
    for p in evidence.passages:
        text, key = p.chunk.source_text, p.chunk.chunk_id
        if heading in p.chunk.section_path and not heading.endswith("…") and heading not in text:
            # (the heading of the part counted, above each of its parts, as a row's citation prints its groups:
            # what was counted is in the citation)
            text, key = f"{heading}\n{text}", f"{key}|{heading}"
        c = book.cite(key, p.chunk.doc_id, p.chunk.locator, text, p.chunk.uncertain, lang)
        lines.append(f"- {p.sentences[0]} [{c}]")
    return lines


def _compose_extreme(evidence: Evidence, intent: QueryIntent, docs: dict[str, DocumentInfo], book: CitationBook,
                     lang: str) -> list[str]:
    """The row(s) with the largest or smallest figure of a column: which column, over how many rows, then each row."""
    label, which = evidence.filters[0], evidence.extreme
    first = evidence.rows[0].row
    (_, n), = evidence.totals.items()
    where = f"{first.appendix} ({doc_short(docs.get(first.doc_id), lang)})"
    if lang == "vi":
        head = f"{'Lớn nhất' if which == 'max' else 'Nhỏ nhất'} theo cột “{label}” trong {n} dòng có số liệu của {where}:"
    else:
        head = f"The {'largest' if which == 'max' else 'smallest'} “{label}” of the {n} rows with a figure in {where}:"
    lines = [head]
    for hit in evidence.rows:
        c = book.cite_row(hit.row, lang)
        text, _ = row_statement(hit, intent, docs.get(hit.row.doc_id), c, lang, full=True)
        lines.append(f"- {text}")
    return lines


def _compose_count(evidence: Evidence, docs: dict[str, DocumentInfo], book: CitationBook, lang: str) -> list[str]:
    """A count or list: the plan's own sentence stating the count first, then the rows, cited."""
    lines: list[str] = []
    for p in evidence.passages:  # the plan's own sentence stating the count, first
        doc = docs.get(p.chunk.doc_id)
        n = book.cite(p.chunk.chunk_id, p.chunk.doc_id, p.chunk.locator, p.chunk.source_text, p.chunk.uncertain, lang)
        said = " … ".join(p.sentences)
        lines.append(f"Theo {doc_short(doc, lang)} ({p.chunk.locator}): “{said}” [{n}]" if lang == "vi"
                     else f"According to {doc_short(doc, lang)} ({p.chunk.locator}): “{said}” [{n}]")
    if evidence.rows and evidence.distinct:
        lines.append(_compose_distinct(evidence, docs, book, lang))
    elif evidence.rows:
        lines.append(_compose_rows_listing(evidence, docs, book, lang))
    return lines


#: A comma between two bodies' names: the next one opens with a kind of body ("Sở Tài chính, Sở Y tế"); a comma
#: inside a name is followed by its words ("Sở Văn hóa, Thể thao và Du lịch").
_BODY_COMMA = re.compile(r",\s*(?=(?:" + "|".join(re.escape(k) for k in sorted(AGENCY_KEYWORDS, key=len, reverse=True))
                         + r"|Các|UBND|Ủy ban|Báo|Đài|Hội|Liên đoàn|Hiệp hội|Doanh nghiệp)\b)")


#: The numbers a cell lists its bodies by ("(1) Bộ Tư pháp (2) Văn phòng Chính phủ", "1) … 2) …", "(i) … (ii) …"):
#: each opens one.
_LISTED_NUMBER = re.compile(r"(?:^|(?<=[\s,;]))(?:\((?:\d{1,2}|[ivx]{1,4})\)|\d{1,2}\))\s*")
#: "và" / "and" left at the end of a body by the number after it ("(1) Bộ Tư pháp và (2) Bộ Công an").
_TRAILING_AND = re.compile(r"\s+(?:và|and)$")


def bodies_in(cell: str) -> list[str]:
    """The bodies a lead or partner cell names, as printed: split at ";", line breaks, the numbers it lists them by
    ("(1) …  (2) …") and a comma before a kind of body ("Sở Tài chính, Sở Y tế"; not the comma inside "Sở Văn hóa,
    Thể thao và Du lịch"); "-" or an empty cell names none."""
    return [part for p in re.split(r"[;\n]", cell) for n in _LISTED_NUMBER.split(p) for q in _BODY_COMMA.split(n)
            if is_value(part := _TRAILING_AND.sub("", q.strip(" .,-–+•")).strip(" ,"))]


def _marked_number(row: TableRow) -> str:
    """A row's number with its innermost group's numeral before it, "II.1" of row 1 under "II. NHÓM GIẢI PHÁP …" —
    unless the number already opens with it ("5.1.2" under "5.1. …") or the group has none."""
    m = re.match(r"\s*([IVXLC]+|\d+(?:\.\d+)*|[A-Z])[.)]\s", row.group[-1]) if row.group else None
    if m is None or row.number == m.group(1) or row.number.startswith(f"{m.group(1)}."):
        return row.number
    return f"{m.group(1)}.{row.number}"


def _compose_distinct(evidence: Evidence, docs: dict[str, DocumentInfo], book: CitationBook, lang: str) -> str:
    """The bodies the rows' lead (or partner) column names, each once per plan and table, with the rows it names
    them in (each body's first row cited): a count of them, or the list."""
    by_table = _rows_by_table(evidence)
    role = _FIELD_NAMES[lang][evidence.distinct]
    where = f" ({'; '.join(evidence.filters)})" if evidence.filters else ""
    lines: list[str] = [] if len(by_table) == 1 else [
        "Câu hỏi không nêu kế hoạch; số cơ quan của từng bảng:" if lang == "vi" else "No plan named; each table's count:"]
    for (doc_id, appendix), rows in by_table.items():
        doc = docs.get(doc_id)
        bodies: dict[str, tuple[str, list[TableRow]]] = {}
        for r in rows:
            for body in bodies_in(str(r.fields.get(evidence.distinct) or "")):
                key = " ".join(fold_words(body).split())
                bodies.setdefault(key, (body, []))[1].append(r)
        table = f"{appendix}, {doc_short(doc, lang)}" if appendix else doc_short(doc, lang)
        kinds = {r.kind for r in rows}
        kind = kinds.pop() if len(kinds) == 1 else "other"
        n_rows = f"{len(rows)} {_kind_words(kind, len(rows), lang, rows)}"
        if len(by_table) > 1:
            # several plans' or tables' (the question named none): each one's count, cited by its first row
            c = book.cite_row(rows[0], lang)
            lines.append(f"- {table}{where}: {len(bodies)} {role} khác nhau (trên {n_rows}) [{c}]" if lang == "vi"
                         else f"- {table}{where}: {len(bodies)} different {role} bodies (over {n_rows}) [{c}]")
            continue
        if evidence.mode == "count":
            lines.append(f"{table}{where}: {len(bodies)} {role} khác nhau (trên {n_rows}):" if lang == "vi"
                         else f"{table}{where}: {len(bodies)} different {role} bodies (over {n_rows}):")
        else:
            lines.append(f"{table}{where} — {role} ({n_rows}):" if lang == "vi" else f"{table}{where} — {role} bodies ({n_rows}):")
        # (numbers a table restarts in each group, "1, 2 … 1, 2": each with its group's numeral, "II.1")
        restarted = len({r.number for r in rows if r.number}) < sum(1 for r in rows if r.number)
        for body, named in bodies.values():
            c = book.cite_row(named[0], lang)
            numbers = [_marked_number(r) if restarted else r.number for r in named if r.number]
            term = _kind_words(named[0].kind, len(named), lang, named)
            said = f"{len(named)} {term}" + (f" ({', '.join(numbers[:MAX_LISTED])}{', …' if len(numbers) > MAX_LISTED else ''})" if numbers else "")
            lines.append(f"- {_agency(body, lang)}: {said} [{c}]")
    return "\n".join(lines)


def _count_difference(parts: list[Evidence], lang: str) -> str:
    """"Bộ Tài chính: 15; Bộ Khoa học và Công nghệ: 5 — 10 more for Bộ Tài chính": the two counts just
    listed, side by side, and how far apart they are (a difference of the counts shown, nothing else)."""
    shared = set(parts[0].filters) & set(parts[1].filters)  # what both counted alike names neither side
    sides = [(", ".join(f for f in p.filters if f not in shared) or ", ".join(p.filters) or "?", len(p.rows)) for p in parts]
    (a, n), (b, m) = sides
    if n == m:
        return f"{a}: {n}; {b}: {m} — bằng nhau." if lang == "vi" else f"{a}: {n}; {b}: {m} — the same number."
    more, diff = (a if n > m else b), abs(n - m)
    if lang == "vi":
        return f"{a}: {n}; {b}: {m} — {more} nhiều hơn {diff}."
    return f"{a}: {n}; {b}: {m} — {diff} more for {more}."


def _definitions_line(evidence: Evidence, book: CitationBook, lang: str) -> list[str]:
    """"Chữ viết tắt: TTPVHCC – Trung tâm Phục vụ hành chính công tỉnh [2]": what the short forms the rows
    print stand for, quoted from the plan's own definitions."""
    items = []
    for d in evidence.definitions:
        n = book.cite(d.chunk.chunk_id, d.chunk.doc_id, d.chunk.locator, d.chunk.source_text, d.chunk.uncertain, lang)
        items.append(f"{d.short} – {d.full} [{n}]")
    if not items:
        return []
    return [("Chữ viết tắt: " if lang == "vi" else "Abbreviations: ") + "; ".join(items) + "."]


def _recipients_counted(recipients: tuple[str, ...], doc: str, lang: str) -> str:
    """How many recipients a document's "Nơi nhận" list has, its own file copy ("Lưu: VT") said apart — counted
    only when the list was read to that copy, its last item: a list read short (a PDF that runs the signature block
    into it, "Nơi nhận: KT. THỦ TƯỚNG / - Ban Bí thư …") is quoted, not counted."""
    n, filed = len(recipients), sum(bool(FILED_COPY.match(x)) for x in recipients)
    if not FILED_COPY.match(recipients[-1]):
        return f"Danh sách nơi nhận của {doc}, như văn bản in:" if lang == "vi" else f"The recipients list (“Nơi nhận”) of {doc}, as printed:"
    if lang == "vi":
        rest = f", trong đó {filed} là bản lưu của cơ quan ban hành (“Lưu”), còn {n - filed} nơi nhận khác" if filed else ""
        return f"Danh sách nơi nhận của {doc} có {n} mục{rest}:"
    rest = f", {n - filed} besides the issuing office's own file copy (“Lưu”)" if filed else ""
    return f"The recipients list (“Nơi nhận”) of {doc} has {n} entries{rest}:"


def compose(intent: QueryIntent, evidence: Evidence, docs: dict[str, DocumentInfo]) -> tuple[bool, str, list[Citation]]:
    """(found, answer text, citations) from the selected evidence."""
    lang = intent.language
    book = CitationBook(docs)
    if evidence.mode == "none" and evidence.rows:
        # one part not in the plans (a year without a column): declined, with what the row says of the rest
        partial = replace(intent, fields=[f for f in intent.fields if f != "targets"], target_years=[])
        lines = [abstain_sentence(intent, evidence.reason, lang)]
        for hit in evidence.rows:
            n = book.cite_row(hit.row, lang)
            text, _ = row_statement(hit, partial, docs.get(hit.row.doc_id), n, lang, full=False)
            lines.append(("Dòng gần nhất cho biết: " if lang == "vi" else "What the closest row does say: ") + text)
        return False, "\n".join(lines), book.citations
    if evidence.mode == "none" or (not evidence.rows and not evidence.passages and not evidence.parts):
        return False, abstain_sentence(intent, evidence.reason, lang), []

    lines: list[str] = []
    if evidence.mode == "outline" and evidence.parts:  # the question names no plan: each plan's outline in turn
        return True, "\n".join(line for part in evidence.parts for line in _compose_outline(part, docs, book, lang)), book.citations
    if evidence.parts:  # two counts asked: each composed in turn, cited from one numbering
        for part in evidence.parts:  # (a plan's items set out in text, beside the others' tables: its outline)
            lines.extend(_compose_outline(part, docs, book, lang) if part.mode == "outline" else _compose_count(part, docs, book, lang))
        if evidence.compared and len(evidence.parts) == 2:
            lines.insert(0, _count_difference(evidence.parts, lang))  # the two counts side by side, first
        return True, "\n".join(lines), book.citations
    if evidence.mode == "outline" and evidence.passages:
        return True, "\n".join(_compose_outline(evidence, docs, book, lang)), book.citations
    if evidence.mode == "extreme" and evidence.rows:
        return True, "\n".join(_compose_extreme(evidence, intent, docs, book, lang)), book.citations
    if evidence.mode in ("list", "count") and evidence.rows:
        lines = _compose_count(evidence, docs, book, lang)
        lines.extend(_definitions_line(evidence, book, lang))
        return True, "\n".join(lines), book.citations

    if evidence.rows and not evidence.passages and not any(has_asked_value(h.row, intent) for h in evidence.rows):
        reason = ("dòng phù hợp nhất không có giá trị cho nội dung được hỏi" if lang == "vi"
                  else "the closest rows do not give a value for what was asked")
        return False, abstain_sentence(intent, reason, lang), []
    missing_all: list[str] = []
    multi_doc = len({h.row.doc_id for h in evidence.rows}) > 1
    # One row answers (or a few, one per plan or number asked): each is shown whole.
    # (two rows: one act listed twice, two sides — each whole, so that what differs shows)
    whole = len(evidence.rows) <= 2
    for i, hit in enumerate(evidence.rows):
        doc = docs.get(hit.row.doc_id)
        n = book.cite_row(hit.row, lang)
        text, missing = row_statement(hit, intent, doc, n, lang, full=whole or i == 0)  # the best row whole
        missing_all.extend(missing)
        lines.append(f"- {text}" if len(evidence.rows) > 1 or multi_doc else text)
    said: list[tuple[str, str]] = []
    headed: set[tuple[str, str]] = set()
    for p in evidence.passages:
        doc = docs.get(p.chunk.doc_id)
        quoted = " … ".join(p.sentences) if p.sentences else p.chunk.source_text
        if any(p.chunk.doc_id == doc_id and quoted in earlier for doc_id, earlier in said):
            continue  # two overlapping chunks of one text: what one quotes, the other says again
        said.append((p.chunk.doc_id, quoted))
        n = book.cite(p.chunk.chunk_id, p.chunk.doc_id, p.chunk.locator, p.chunk.source_text, p.chunk.uncertain, lang)
        if p.section:  # one of the bodies a section assigns duties to: the section said once, each body on its line
            if (p.chunk.doc_id, p.section) not in headed:
                headed.add((p.chunk.doc_id, p.section))
                lines.append(f"Theo {doc_short(doc, lang)} ({p.section}), các cơ quan được giao nhiệm vụ:" if lang == "vi"
                             else f"According to {doc_short(doc, lang)} ({p.section}), the bodies given duties:")
            lines.append(f"- {p.body}: “{quoted}” [{n}]" if p.body else f"- “{quoted}” [{n}]")
            continue
        if p.recipients:  # the "Nơi nhận" list quoted whole: counted first
            lines.append(_recipients_counted(p.recipients, doc_short(doc, lang), lang))
        if lang == "vi":
            lines.append(f"Theo {doc_short(doc, lang)} ({p.chunk.locator}): “{quoted}” [{n}]")
        else:
            lines.append(f"According to {doc_short(doc, lang)} ({p.chunk.locator}): “{quoted}” [{n}]")
    if evidence.rows and missing_all and all(
        not (h.row.fields.get("targets") or {}).keys() & set(intent.target_years) for h in evidence.rows
    ) and intent.fields in ([], ["targets"]):
        years = ", ".join(sorted(set(missing_all)))
        reason = (f"không có chỉ tiêu cho năm {years} trong dòng tương ứng" if lang == "vi"
                  else f"the matching row sets no target for {years}")
        return False, abstain_sentence(intent, reason, lang), []
    # a year one row lacks and another row gives (two plans, two years) is not missing
    missing_all = sorted(set(missing_all) - {y for h in evidence.rows for y in (h.row.fields.get("targets") or {})})
    if evidence.rows and missing_all:
        years = ", ".join(missing_all)
        lines.append(f"(Dòng trên không đặt chỉ tiêu cho năm {years}.)" if lang == "vi" else f"(The row sets no target for {years}.)")
    lines.extend(_definitions_line(evidence, book, lang))
    if len(evidence.rows) > 1 and lang == "vi":
        lines.insert(0, "Có nhiều dòng phù hợp:")
    elif len(evidence.rows) > 1:
        lines.insert(0, "Several rows match:")
    return True, "\n".join(lines), book.citations
