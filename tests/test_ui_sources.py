"""The chat page's pieces without a browser: source cards, [n] links, row search, the stream
adapter, the conversation kept in the browser, offline API docs and the page language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest.records import Answer, Chunk, Citation, DocumentInfo, DocumentReport, TableRow
from ingest.settings import Settings
from ui.sources import SourceResolver, answer_markdown, highlight_passage, render_card, render_panel

DOC = "2026-plan_kh-275-ubnd"
ROW_TEXT = "18\tTỉ lệ các sở, ngành, địa phương đạt cấp độ 3 <b>quản trị</b> dữ liệu\t%\t100%\tCông an tỉnh"
PASSAGE = (
    "Phát triển hạ tầng số đồng bộ, hiện đại.\nĐến năm 2026, 100% cơ quan nhà nước\n"
    "kết nối mạng truyền số liệu chuyên dùng. Các nội dung khác giữ nguyên."
)


def _row(number: str, content: str, lead: str, target: str, *, row_id: str | None = None, text: str | None = None) -> TableRow:
    columns = {"STT": number, "Nội dung chỉ tiêu": content, "Đơn vị tính": "%", "Giao chỉ tiêu 2026": target, "Cơ quan chủ trì": lead}
    return TableRow(
        row_id=row_id or f"r{number}",
        doc_id=DOC,
        appendix="Phụ lục I",
        appendix_title="CÁC CHỈ TIÊU NĂM 2026",
        kind="indicator",
        number=number,
        fields={"number": number, "content": content, "lead": lead, "targets": {"2026": target}},
        columns=columns,
        text=text or "\t".join(columns.values()),
        locator=f"Phụ lục I, chỉ tiêu {number}",
    )


class Store:
    def __init__(self, rows, chunks=()):
        self._rows, self._chunks = list(rows), list(chunks)

    def rows(self, doc_id=None, appendix=None):
        return [r for r in self._rows if doc_id in (None, r.doc_id)]

    def chunks(self, doc_id=None):
        return [c for c in self._chunks if doc_id in (None, c.doc_id)]

    def documents(self):
        return [DocumentInfo(doc_id=DOC, file="x.txt", title="Kế hoạch 2026", number="275/KH-UBND")]

    def document(self, doc_id):
        return self.documents()[0] if doc_id == DOC else None


ROW18 = _row("18", "Tỉ lệ các sở, ngành, địa phương đạt cấp độ 3 <b>quản trị</b> dữ liệu", "Công an tỉnh", "100%", text=ROW_TEXT)
CHUNK = Chunk(chunk_id="c1", doc_id=DOC, kind="text", text=PASSAGE, source_text=PASSAGE, locator="Mục II.1",
              section_path=["II. NHIỆM VỤ", "1. Hạ tầng số"])


def _cite(n, text, locator):
    return Citation(n=n, doc_id=DOC, doc_title="Kế hoạch 2026 (275/KH-UBND)", locator=locator, text=text)


def test_row_card_is_a_header_value_table_with_plan_appendix_locator_and_tables_link():
    store = Store([ROW18, _row("19", "Khác", "Sở Nội vụ", "90%")])
    cite = _cite(1, "STT | Nội dung chỉ tiêu | Đơn vị tính | Giao chỉ tiêu 2026 | Cơ quan chủ trì\n" + ROW_TEXT, ROW18.locator)
    card = render_card(cite, "3", SourceResolver(store), "…")
    assert 'id="pa-src-3-1"' in card and "Kế hoạch 2026 (275/KH-UBND)" in card
    assert "Phụ lục I, chỉ tiêu 18" in card and "Phụ lục I — CÁC CHỈ TIÊU NĂM 2026" in card
    pairs = re.findall(r"<tr><th scope=\"row\">(.*?)</th><td>(.*?)</td></tr>", card)
    assert ("Giao chỉ tiêu 2026", "100%") in pairs and ("Cơ quan chủ trì", "Công an tỉnh") in pairs
    # plan text is data: escaped, never markup
    assert "<b>" not in card and "&lt;b&gt;quản trị&lt;/b&gt;" in card
    assert 'class="pa-row-link"' in card and f'data-doc="{DOC}"' in card and 'data-row="r18"' in card


def test_passage_card_shows_section_path_and_highlights_the_quoted_sentences():
    answer = "Theo KH 275 (Mục II.1): “Đến năm 2026, 100% cơ quan nhà nước kết nối mạng truyền số liệu chuyên dùng.” [1]"
    card = render_card(_cite(1, PASSAGE, "Mục II.1"), "1", SourceResolver(Store([], [CHUNK])), answer)
    assert "II. NHIỆM VỤ › 1. Hạ tầng số" in card
    marked = re.findall(r'<mark class="pa-hl">(.*?)</mark>', card, re.S)
    assert len(marked) == 1 and " ".join(marked[0].split()) == "Đến năm 2026, 100% cơ quan nhà nước kết nối mạng truyền số liệu chuyên dùng."
    assert "Phát triển hạ tầng số" in card.split("<mark")[0]  # the rest of the paragraph is shown, unmarked


def test_highlight_escapes_and_ignores_unquoted_text():
    assert highlight_passage("a <i>b</i>", "no quotes here") == "a &lt;i&gt;b&lt;/i&gt;"
    out = highlight_passage("x <i>tag</i> one two three four five six.", "“<i>tag</i> one two three four five six.”")
    assert out == 'x <mark class="pa-hl">&lt;i&gt;tag&lt;/i&gt; one two three four five six.</mark>'


def test_unresolvable_citation_falls_back_to_the_quote():
    card = render_card(_cite(2, "a\tb <script>", "Phụ lục IX, chỉ tiêu 1"), "1", SourceResolver(Store([])), "")
    assert "a  |  b &lt;script&gt;" in card and "<script>" not in card


def test_answer_links_point_to_the_cards_of_that_answer_only():
    md = answer_markdown("Công an tỉnh [1]; 100% [2]; see [7]. <img src=x> *bold*", "5", 2)
    assert md.count('class="pa-cite"') == 2
    assert 'href="#pa-src-5-1"' in md and 'href="#pa-src-5-2"' in md and "\\[7\\]" in md
    assert "<img" not in md and "&lt;img src=x&gt;" in md and "\\*bold\\*" in md


def test_panel_keeps_every_answer_newest_open():
    a1 = {"question": "q1", "answer": "x [1]", "found": True, "citations": [_cite(1, "t1", "L1").model_dump()]}
    a2 = {"question": "q2", "answer": "y [1] [2]", "found": True,
          "citations": [_cite(1, "t2", "L2").model_dump(), _cite(2, "t3", "L3").model_dump()]}
    html = render_panel([("1", a1), ("3", a2)], None)
    assert html.index('id="pa-ans-3"') < html.index('id="pa-ans-1"')
    assert re.search(r'<details class="pa-answer-src pa-current" id="pa-ans-3" data-key="3" open>', html)
    assert re.search(r'<details class="pa-answer-src" id="pa-ans-1" data-key="1">', html)
    assert all(f'id="pa-src-{k}"' in html for k in ("1-1", "3-1", "3-2"))
    assert "will appear here" in render_panel([], None)


# ----------------------------------------------------------------------------------- row search


def test_search_rows_needs_every_word_as_a_whole_word_and_ranks_best_first():
    from ui.chat import search_rows

    rows = [
        _row("1", "Số hóa hồ sơ, tài liệu lưu trữ", "Sở Nội vụ", "50%"),
        _row("2", "Tỉ lệ người dân được cấp chứng thư số và có chữ ký số cá nhân trong giao dịch", "Sở KH&CN", "60%"),
        _row("3", "Tỉ lệ hồ sơ có ký số", "Văn phòng", "70%"),
        _row("4", "Chữ ký số chuyên dùng cho 100% cán bộ", "Ban Cơ yếu", "100%"),
        _row("5", "Chữ ký điện tử", "Văn phòng", "10%"),
        _row("6", "Kết nối hệ thống số hóa", "Sở Chữ Ký", "20%"),  # words spread over cells
        _row("7", "Kho số liệu dùng chung", "Sở Tài chính", "30%"),
    ]
    found = search_rows(rows, "chữ ký số")
    assert [r.number for r in found][:2] == ["4", "2"]  # the phrase in a short content cell first
    assert {r.number for r in found} == {"2", "4", "6"}  # every word must be there (not 'số' alone)
    assert [r.number for r in search_rows(rows, "chu ky so")][:2] == ["4", "2"]  # accents optional
    assert search_rows(rows, "ký số hóa") == [rows[5]]
    assert search_rows(rows, "số liệu") == [rows[6], rows[0]]  # the phrase first, then both words apart
    assert search_rows(rows, "liệ") == []  # whole words only
    assert search_rows(rows, "") == rows


# ------------------------------------------------------------------------------------- streaming


class _Assistant:
    def __init__(self):
        self.store = Store([ROW18])
        self._llm = None
        self.calls = []

    def _validate(self, question, doc_ids=None):
        return question

    def answer(self, question, doc_ids=None, history=None, qid=None, use_llm=True):
        self.calls.append(history)
        return Answer(question=question, language="vi", found=True, answer="Công an tỉnh [1]",
                      citations=[_cite(1, ROW_TEXT, ROW18.locator)])


def test_stream_adapter_offline_then_final():
    from ui.stream_events import answer_events

    events = list(answer_events(_Assistant(), "q"))
    assert [e for e, _ in events] == ["offline", "final"]
    assert events[0][1]["answer"] == "Công an tỉnh [1]" and events[1][1]["source"] == "offline"
    assert events[1][1]["answer"]["citations"][0]["locator"] == ROW18.locator


def test_chat_streams_llm_tokens_then_final_replaces_and_keeps_history(monkeypatch, tmp_path):
    """The page shows the offline answer, then the draft, then the final (replaced) answer."""
    import ui.chat as chat
    from ui.services import Runtime

    def fake_events(assistant, question, doc_ids=None, history=None):
        offline = assistant.answer(question, history=history).to_json_dict()
        yield "offline", offline
        yield "token", {"text": "Draft says Sở X "}
        yield "token", {"text": "leads [1]"}
        yield "final", {"answer": offline, "source": "offline", "replaced": True, "reason": "agency 'Sở X' is not in the sources"}

    monkeypatch.setattr(chat, "answer_events", fake_events)
    monkeypatch.setattr(chat, "STREAM_UPDATE_S", 0.0)
    fake = _Assistant()
    ctl = chat.ChatController(Runtime(Settings(data_dir=tmp_path), assistant=fake))
    steps, bubbles = [], []
    for step in ctl.respond("ai chủ trì chỉ tiêu 18", [], [], {}):  # the page sees each step as it comes
        steps.append(step)
        bubbles.append(step[0][-1]["content"])
    assert bubbles[0] == "…"
    assert 'href="#pa-src-1-1"' in bubbles[1]  # offline answer at once, with its link
    assert any("Draft says Sở X" in b for b in bubbles[2:-1])  # tokens as they come
    assert "Draft says" not in bubbles[-1] and "Công an tỉnh" in bubbles[-1] and "replaced" in bubbles[-1]
    history, panel, _, copy_text, answers = steps[-1]
    assert 'id="pa-src-1-1"' in panel and "Công an tỉnh" in copy_text and set(answers) == {"1"}

    # follow-up: the earlier turn goes along as history; both answers keep their sources
    steps = list(ctl.respond("còn năm 2025?", history, [], answers))
    assert fake.calls[-1] == [{"role": "user", "content": "ai chủ trì chỉ tiêu 18"}, {"role": "assistant", "content": "Công an tỉnh [1]"}]
    history, panel, _, _, answers = steps[-1]
    assert set(answers) == {"1", "3"} and 'id="pa-src-1-1"' in panel and 'id="pa-src-3-1"' in panel

    # a reload restores the conversation from the browser's copy
    restored, panel2, _, kept = ctl.restore(answers)
    assert [m["role"] for m in restored] == ["user", "assistant"] * 2 and set(kept) == {"1", "3"}
    assert 'href="#pa-src-3-1"' in restored[3]["content"] and 'id="pa-src-1-1"' in panel2
    # new conversation empties it
    assert ctl.clear()[3] == {}


# ----------------------------------------------------------------------------- ingest progress


def test_progress_fraction_and_eta(tmp_path):
    from ingest.progress import IngestProgress

    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_bytes(b"x" * 300)
    b.write_bytes(b"x" * 100)
    p = IngestProgress()
    assert p.fraction() is None and p.describe() == ""
    p.begin([a, b])
    p.file_started(a, 10)
    p.embedded(5)
    assert p.fraction() == pytest.approx(150 / 400)
    assert "5 chunks embedded" in p.describe() and "a.txt: 5/10" in p.describe() and "ETA" in p.describe()
    p.file_done(a)
    assert p.fraction() == pytest.approx(300 / 400) and p.describe().startswith("1/2 files")
    p.end()
    assert p.fraction() is None


# ------------------------------------------------------------------------ docs offline, lang


def test_docs_and_redoc_use_local_assets_and_the_page_is_vietnamese(tmp_path):
    from fastapi.testclient import TestClient

    from ui.app import create_app

    app = create_app(Settings(data_dir=tmp_path), assistant=_Assistant())
    with TestClient(app) as c:
        for path, asset in (("/docs", "swagger-ui-bundle.js"), ("/redoc", "redoc.standalone.js")):
            page = c.get(path)
            assert page.status_code == 200
            srcs = re.findall(r'(?:src|href)="([^"]+)"', page.text)
            assert srcs and all(s.startswith("/") for s in srcs), srcs  # nothing from a CDN
            assert "fonts.googleapis" not in page.text
            js = c.get(f"/docs-static/{asset}")
            assert js.status_code == 200 and len(js.content) > 100_000
        assert c.get("/docs-static/swagger-ui.css").status_code == 200
        spec = c.get("/openapi.json").json()
        described = spec["paths"]["/api/ask/stream"]["post"]["description"]
        assert all(f"`{e}`" in described for e in ("offline", "token", "final", "error"))
        root = c.get("/")
        assert root.status_code == 200 and re.search(r'<html[^>]*\blang="vi"', root.text)
        assert int(root.headers["content-length"]) == len(root.content)
