"""Tasks written as labelled paragraphs instead of table rows.

Many plans list their tasks in the body text, each a numbered item followed by labelled lines:

    1. Xây dựng Kho học liệu số dùng chung
    - Đơn vị chủ trì: Văn phòng Sở
    - Đơn vị phối hợp: các phòng chuyên môn
    - Thời gian hoàn thành: Quý III/2028

or with the task itself under a label ("1. Nhiệm vụ: …", "2. Đơn vị chủ trì: Sở Y tế"). Each such
item becomes a task row, its labels mapped to canonical fields by the same rule that reads table
headers (:func:`ingest.parsing.tables.classify_label`), so a plan that says "Cơ quan thực hiện" or
"Tiến độ" is read like one that says "Chủ trì" or "Thời gian". An item is a task only when it names
who leads it; its text stays in the narrative too.
"""

from __future__ import annotations

import hashlib
import re

from ingest.parsing.sections import LetterLevels, heading_level
from ingest.parsing.tables import LogicalLine, classify_label, split_roles
from ingest.parsing.text import fold, short, squash, strip_markup
from ingest.records import ColumnReport, TableReport, TableRow

#: How a label begins (folded): the nouns plans put before a colon to label a task's attribute.
_LABEL_HEAD = re.compile(
    r"^(?:don vi|co quan|thoi gian|thoi han|tien do|san pham|ket qua|kinh phi|nguon|noi dung|nhiem vu|ten"
    r"|chu tri|phoi hop|can cu|ghi chu|lo trinh|trach nhiem|du kien|moc|hinh thuc|dia diem|pham vi)\b")
#: An item marker before a label or a title: "-", "+", "•", "1.", "2)", "a)", "(3)".
_MARKER = re.compile(r"^(?:[-–+•*·]\s*|\(?(\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s+|\((\d{1,2}|[a-zđ])\)\s*)", re.IGNORECASE)
_LABEL_LINE = re.compile(r"^(?P<label>[^:;.()\d][^:;()]{1,48}?)\s*:\s*(?P<value>.*)$")
#: Fields a labelled line may fill; other labels are kept under their own wording only.
_FIELDS = {"content", "lead", "coordinating", "deadline", "result", "budget", "legal_basis", "note"}
_MAX_TITLE = 400
_END = re.compile(r"[.;:!?]$")


def _marker(clean: str) -> tuple[str | None, str]:
    """(item number or None, text after the marker)."""
    m = _MARKER.match(clean)
    if not m:
        return None, clean
    number = m.group(1) or m.group(2)
    return number, clean[m.end():].strip()


def _label(clean: str) -> tuple[str, str, str, str | None] | None:
    """(field, label, value, number) of a labelled line ("- Đơn vị chủ trì: Sở GDĐT"), else None."""
    number, rest = _marker(clean)
    m = _LABEL_LINE.match(rest)
    if not m:
        return None
    label = m.group("label").strip(" *_")
    folded = fold(label)
    if len(label.split()) > 6 or not _LABEL_HEAD.match(folded):
        return None
    field, _year = classify_label(label)
    if field == "other":
        return None
    return field, label, m.group("value").strip(), number


class _Item:
    def __init__(self, title: str, number: str | None, path: list[str], first: LogicalLine | None):
        self.title = title
        self.number = number
        self.path = path
        self.lines: list[LogicalLine] = [first] if first is not None else []
        self.labels: list[list] = []  # [field, label, value]

    def has(self, field: str) -> bool:
        return any(f == field for f, _, _ in self.labels)


def labelled_tasks(
    lines: list[LogicalLine], start: int, end: int, *, doc_id: str, prefix: str | None, page_of_line=None,
) -> tuple[list[TableRow], TableReport | None]:
    """Task rows of the labelled items between ``lines[start:end]`` and one report for them.

    ``prefix`` names the appendix the range belongs to; in the body the item's top heading
    ("Mục III. NHIỆM VỤ …") does.
    """
    span = lines[start:end]
    # Text extracted with a blank line after every line (some OCR output) says nothing by its blanks.
    blanks_mean = sum(not x.text.strip() for x in span) < 0.4 * max(1, len(span))
    stack: list[tuple[float, str]] = []
    items: list[_Item] = []
    pending: _Item | None = None  # a title waiting for its labels
    current: _Item | None = None
    blank = False
    letters = LetterLevels()

    def close() -> None:
        nonlocal current
        if current is not None and current.has("lead") and (current.title or current.has("content")):
            items.append(current)
        current = None

    for line in span:
        raw = line.text
        if "\t" in raw:
            close()
            pending = None
            continue
        clean = squash(strip_markup(raw))
        if not clean:
            blank = blanks_mean
            continue
        lab = _label(clean)
        if lab is not None:
            field, label, value, number = lab
            if current is None or (field == "content" and current.has("content")) or (
                    field == "lead" and current.has("lead")):
                close()
                if field == "content" or pending is None:
                    current = _Item("", number if field == "content" else None, [h for _, h in stack], None)
                else:
                    current = pending
                pending = None
            current.lines.append(line)
            current.labels.append([field, label, value])
            blank = False
            continue
        level = heading_level(raw)
        letter = letters.level(clean, [lv for lv, _ in stack])
        if letter is not None:
            level = letter
        number, text = _marker(clean)
        marked = text != clean
        if current is not None and level is None and not marked and not blank and current.labels and (
                clean[:1].islower() or not _END.search(current.labels[-1][2])):
            current.labels[-1][2] = f"{current.labels[-1][2]} {clean}".strip()  # a wrapped value
            current.lines.append(line)
            continue
        close()
        if level is not None:
            stack = [s for s in stack if s[0] < level]
            path = [h for _, h in stack]
            stack.append((level, clean))
            pending = _Item(text, number, path, line)
        elif marked or pending is None or blank or _END.search(pending.title) or len(pending.title) > _MAX_TITLE:
            pending = _Item(text, number, [h for _, h in stack], line)  # a paragraph that may title the labels below
        else:
            pending.title = f"{pending.title} {clean}"  # a title wrapped over lines
            pending.lines.append(line)
        blank = False
    close()
    if not items:
        return [], None

    numbers = [it.number for it in items if it.number]
    restarted = len(numbers) != len(set(numbers))
    rows: list[TableRow] = []
    seen_labels: dict[str, str] = {}
    for it in items:
        fields: dict = {}
        columns: dict[str, str] = {}
        for field, label, value in it.labels:
            if not value:
                continue
            columns[label if label not in columns else f"{label} ({len(columns) + 1})"] = value
            seen_labels.setdefault(label, field)
            # "Chủ trì: X; phối hợp: Y" on one line: each body under its role, as in a table cell
            roles = split_roles(f"{label}: {value}") if field in ("lead", "coordinating") else None
            for key, part in (roles or {field: value}).items():
                if key in _FIELDS:
                    fields[key] = f"{fields[key]}; {part}" if key in fields else part
        title = it.title.strip()
        if title and len(title) <= _MAX_TITLE:
            fields["content"] = f"{title}: {fields['content']}" if fields.get("content") and title != fields["content"] else fields.get("content") or title
        if not fields.get("content"):
            continue
        fields["number"] = it.number
        top = it.path[0] if it.path else ""
        appendix = prefix or (f"Mục {short(top)}" if top else "Mục nhiệm vụ")
        group = it.path[1:] if (not prefix and it.path) else list(it.path)
        parts = [appendix]
        if restarted and group:
            parts.append(short(group[-1], 60))
        parts.append(f"nhiệm vụ {it.number}" if it.number else f"nhiệm vụ (không số, dòng {it.lines[0].line_start})")
        first, last = it.lines[0], it.lines[-1]
        text = "\n".join(squash(strip_markup(x.text)) for x in it.lines)
        key = f"{doc_id}|labelled|{appendix}|{'/'.join(group)}|{it.number}|{first.line_start}"
        rows.append(TableRow(
            row_id=hashlib.sha1(key.encode()).hexdigest()[:16],
            doc_id=doc_id,
            appendix=appendix,
            appendix_title="",
            kind="task",
            group=group,
            number=it.number,
            fields=fields,
            columns=columns,
            text=text,
            line_start=first.line_start,
            line_end=last.line_end,
            page=page_of_line(first.line_start) if page_of_line else None,
            locator=", ".join(parts),
        ))
    if not rows:
        return [], None
    report = TableReport(
        caption=f"{rows[0].appendix} – nhiệm vụ nêu trong văn bản (mục có nhãn)",
        appendix=prefix,
        kind="task",
        rows=len(rows),
        columns=[ColumnReport(label=label, role=field if field in _FIELDS else "other", basis="label")
                 for label, field in seen_labels.items()],
        line_start=rows[0].line_start,
        page=rows[0].page,
    )
    return rows, report
