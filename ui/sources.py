"""The chat's Sources panel and answer links: citation cards grouped per answer.

A row citation is shown as the cited row's header/value table (from the stored row record, found
by document + locator + quoted text), with plan, appendix and locator, and a link that opens that
row in the Tables tab. A passage citation shows its section path and the passage with the
sentences the answer quotes highlighted. ``[n]`` markers in an answer become links to card n of
*that* answer (ids ``pa-src-<answer key>-<n>``), so earlier answers' sources stay reachable.

Every value taken from the plans is HTML-escaped here: it is data, never markup.
"""

from __future__ import annotations

import html
import re
from typing import Any, Iterable

from retriever.text import fold_accents

esc = lambda v: html.escape("" if v is None else str(v), quote=True)  # noqa: E731

_MD_SPECIAL = re.compile(r"([\\`*_\[\]#|~])")
_CITE = re.compile(r"\\\[(\d{1,3})\\\]")


def _get(obj: Any, key: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(key, default)
    return getattr(obj, key, default)


def _squash(text: str) -> str:
    return " ".join(str(text or "").split())


def _key(text: str) -> str:
    """Comparison form: accents, case, punctuation and line breaks ignored."""
    return " ".join(re.findall(r"\w+", fold_accents(str(text or "")).lower()))


# --------------------------------------------------------------------------------------
# answer text
# --------------------------------------------------------------------------------------


def answer_markdown(text: str, key: str | int | None, n_citations: int | None = None) -> str:
    """Answer text made inert for the Markdown chat bubble, with ``[n]`` as links to card n.

    HTML and Markdown punctuation are escaped first; only the citation anchors are markup.
    """
    safe = _MD_SPECIAL.sub(r"\\\1", html.escape(text or "", quote=False))
    if key is None:
        return safe

    def link(m: re.Match) -> str:
        n = int(m.group(1))
        if n_citations is not None and not 1 <= n <= n_citations:
            return m.group(0)
        return f'<a class="pa-cite" href="#pa-src-{esc(key)}-{n}" data-key="{esc(key)}" data-n="{n}" title="Nguồn / Source [{n}]">[{n}]</a>'

    return _CITE.sub(link, safe)


# --------------------------------------------------------------------------------------
# resolving a citation to the stored row / passage
# --------------------------------------------------------------------------------------


class SourceResolver:
    """Finds the row record or passage chunk a citation quotes."""

    def __init__(self, store: Any):
        self.store = store  # the store keeps a snapshot per catalog generation: lookups are cheap

    def _rows(self, doc_id: str) -> list[Any]:
        try:
            return list(self.store.rows(doc_id=doc_id))
        except Exception:  # noqa: BLE001 - a deleted document: fall back to the quote
            return []

    def _chunks(self, doc_id: str) -> list[Any]:
        try:
            return [c for c in self.store.chunks(doc_id=doc_id) if c.kind == "text"]
        except Exception:  # noqa: BLE001
            return []

    def row_for(self, citation: Any) -> Any | None:
        doc_id, locator, text = _get(citation, "doc_id"), _get(citation, "locator", ""), _squash(_get(citation, "text", ""))
        candidates = [r for r in self._rows(doc_id) if r.locator == locator] if doc_id else []
        for r in candidates:
            if _squash(r.text) and text.endswith(_squash(r.text)):
                return r
        return candidates[0] if len(candidates) == 1 else None

    def passage_for(self, citation: Any) -> Any | None:
        doc_id, locator, text = _get(citation, "doc_id"), _get(citation, "locator", ""), _squash(_get(citation, "text", ""))
        if not doc_id:
            return None
        same = [c for c in self._chunks(doc_id) if _squash(c.source_text) == text]
        for c in same:
            if c.locator == locator:
                return c
        return same[0] if same else None

    def appendix_title(self, doc_id: str, appendix: str) -> str:
        for r in self._rows(doc_id):
            if r.appendix == appendix and r.appendix_title:
                return r.appendix_title
        return ""


# --------------------------------------------------------------------------------------
# cards
# --------------------------------------------------------------------------------------


def _quoted_parts(answer_text: str) -> list[str]:
    """Verbatim pieces an answer quotes: text inside “…” / "…", split at ' … '."""
    parts: list[str] = []
    for m in re.finditer(r"“([^”]+)”|\"([^\"]+)\"", answer_text or ""):
        for piece in re.split(r"\s…\s|\s\.\.\.\s", m.group(1) or m.group(2) or ""):
            piece = piece.strip(" …")
            if len(_key(piece)) >= 12:
                parts.append(piece)
    return parts


def highlight_passage(passage: str, answer_text: str) -> str:
    """The passage, escaped, with the sentences the answer quotes wrapped in <mark>.

    Matching ignores line breaks and runs of spaces (PDF-wrapped lines), not accents: the
    answer quotes the plan verbatim.
    """
    passage = str(passage or "")
    spans: list[tuple[int, int]] = []
    # map the passage to a whitespace-squashed form, keeping each squashed char's original index
    chars: list[str] = []
    index: list[int] = []
    prev_space = False
    for i, ch in enumerate(passage):
        if ch.isspace():
            if prev_space or not chars:
                continue
            chars.append(" ")
            index.append(i)
            prev_space = True
        else:
            chars.append(ch)
            index.append(i)
            prev_space = False
    squashed = "".join(chars)
    for part in _quoted_parts(answer_text):
        needle = _squash(part)
        start = squashed.find(needle)
        if start < 0:
            continue
        end = start + len(needle) - 1
        spans.append((index[start], index[end] + 1))
    if not spans:
        return esc(passage)
    spans.sort()
    merged: list[list[int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    out, pos = [], 0
    for s, e in merged:
        out.append(esc(passage[pos:s]))
        out.append(f'<mark class="pa-hl">{esc(passage[s:e])}</mark>')
        pos = e
    out.append(esc(passage[pos:]))
    return "".join(out)


def _row_table(row: Any) -> str:
    cells = [(label, value) for label, value in (row.columns or {}).items() if label and _squash(value)]
    if not cells:
        return ""
    body = "".join(f'<tr><th scope="row">{esc(label)}</th><td>{esc(value)}</td></tr>' for label, value in cells)
    return f'<table class="pa-row-table">{body}</table>'


def render_card(citation: Any, key: str | int, resolver: SourceResolver | None, answer_text: str = "") -> str:
    n = esc(_get(citation, "n", ""))
    doc_id = _get(citation, "doc_id", "")
    locator = _get(citation, "locator", "")
    warning = _get(citation, "warning")
    head = (
        f'<div class="pa-head"><span class="pa-n">[{n}]</span> <span class="pa-title">{esc(_get(citation, "doc_title", ""))}</span></div>'
    )
    warn_html = f'<div class="pa-warn">⚠ {esc(warning)}</div>' if warning else ""
    row = resolver.row_for(citation) if resolver else None
    if row is not None:
        appendix = row.appendix or ""
        title = row.appendix_title or (resolver.appendix_title(doc_id, appendix) if resolver else "")
        meta = [f'<span class="pa-locator">{esc(locator)}</span>']
        if appendix:
            meta.append(f'<span class="pa-appx">{esc(appendix)}{(" — " + esc(title)) if title else ""}</span>')
        group = " › ".join(row.group or [])
        group_html = f'<div class="pa-path">{esc(group)}</div>' if group else ""
        table = _row_table(row) or f'<blockquote class="pa-quote">{esc(row.text)}</blockquote>'
        link = (
            f'<a class="pa-row-link" href="#pa-tab-tables" data-doc="{esc(doc_id)}" data-appendix="{esc(appendix)}" '
            f'data-row="{esc(row.row_id)}">Xem dòng này trong Bảng / Open this row in Tables</a>'
        )
        body = f'<div class="pa-meta">{"".join(meta)}</div>{group_html}{table}{link}'
        kind = "pa-kind-row"
    else:
        chunk = resolver.passage_for(citation) if resolver else None
        meta = f'<div class="pa-meta"><span class="pa-locator">{esc(locator)}</span></div>'
        if chunk is not None:
            path = " › ".join(chunk.section_path or [])
            path_html = f'<div class="pa-path">{esc(path)}</div>' if path else ""
            body = f'{meta}{path_html}<blockquote class="pa-quote pa-passage">{highlight_passage(chunk.source_text, answer_text)}</blockquote>'
        else:  # not in the index any more (deleted plan): the quote is all we have
            quote = re.sub(r"\t+", "  |  ", str(_get(citation, "text", "") or "")).strip()
            body = f'{meta}<blockquote class="pa-quote">{highlight_passage(quote, answer_text)}</blockquote>'
        kind = "pa-kind-passage"
    return f'<li class="pa-source {kind}" id="pa-src-{esc(key)}-{n}" data-key="{esc(key)}" data-n="{n}">{head}{body}{warn_html}</li>'


def render_panel(entries: Iterable[tuple[str, dict]], resolver: SourceResolver | None, *, pending: bool = False) -> str:
    """All answers' sources, newest first; the newest group open, earlier ones folded.

    ``entries``: (answer key, answer dict) in conversation order.
    """
    entries = list(entries)
    if not entries:
        msg = "Nguồn trích dẫn sẽ hiện ở đây. / Cited sources will appear here."
        return f'<div class="pa-sources pa-empty">{esc(msg)}</div>'
    groups = []
    total = len(entries)
    for i, (key, data) in enumerate(reversed(entries)):
        number = total - i
        cites = list(data.get("citations") or [])
        question = _squash(data.get("question", ""))
        if len(question) > 90:
            question = question[:88] + "…"
        label = f"Câu {number} / Answer {number}: {question}"
        count = f"{len(cites)} nguồn / sources" if cites else (
            "không có nguồn phù hợp / no matching source" if data.get("found") is False else "chưa có nguồn / no sources yet"
        )
        cards = "".join(render_card(c, key, resolver, data.get("answer", "")) for c in cites)
        body = f'<ol class="pa-list">{cards}</ol>' if cards else f'<div class="pa-empty">{esc(count)}</div>'
        is_open = " open" if i == 0 else ""
        current = " pa-current" if i == 0 else ""
        groups.append(
            f'<details class="pa-answer-src{current}" id="pa-ans-{esc(key)}" data-key="{esc(key)}"{is_open}>'
            f'<summary><span class="pa-q">{esc(label)}</span> <span class="pa-count">· {esc(count)}</span></summary>{body}</details>'
        )
    return f'<div class="pa-sources">{"".join(groups)}</div>'
