"""Unit tests of the optional LLM composer (fake chat models; no network, no server)."""

from __future__ import annotations

import logging
from types import SimpleNamespace

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from assistant.llm import MAX_TOKENS, LLMComposer, _agency_phrases
from assistant.understanding import parse_question
from ingest.records import Chunk, Citation, DocumentInfo, TableRow
from ingest.settings import Settings

DOC_ID = "2025-action-plan_kh-266-tu_nq-57"
DOC_TITLE = "Kế hoạch hành động thực hiện Nghị quyết số 57-NQ/TW (266-KH/TU)"
ROW_TEXT = (
    "62\tTỷ lệ người dân có tài khoản định danh điện tử (VNedID)\t%\t56,3%\t60%\t80%\t90%\t100%\t100%\tCông an tỉnh"
)
ROW_TEXT_2 = (
    "33\tSố lượng bài báo khoa học ứng dụng liên quan đổi mới sáng tạo mỗi năm\tBài báo\t50\t100\t300\t700\t1.200\t1.800\t"
    "Sở Khoa học và Công nghệ"
)
DRAFT_VI = (
    "Chỉ tiêu 62 tại Phụ lục I (Kế hoạch hành động 266-KH/TU) “Tỷ lệ người dân có tài khoản định danh điện tử (VNedID)” "
    "— chỉ tiêu năm 2030: 100%; cơ quan chủ trì: Công an tỉnh [1]."
)


def cite(n: int = 1, text: str = ROW_TEXT, locator: str = "Phụ lục I, chỉ tiêu 62") -> Citation:
    return Citation(n=n, doc_id=DOC_ID, doc_title=DOC_TITLE, locator=locator, text=text)


def composer(*responses: str) -> LLMComposer:
    return LLMComposer(FakeListChatModel(responses=list(responses)))


def vi_intent():
    return parse_question("Chỉ tiêu 62 Phụ lục I đặt mục tiêu năm 2030 là bao nhiêu?")


def en_intent():
    return parse_question("What is the 2030 target of indicator 62 in Appendix I, and who leads it?")


class RaisingChatModel(FakeListChatModel):
    """A chat model whose server is down."""

    def _call(self, *args, **kwargs):
        raise TimeoutError("the LLM server did not answer within 60 s")

    def _stream(self, *args, **kwargs):
        raise TimeoutError("the LLM server did not answer within 60 s")


# ---- rewrite: accepted and rejected answers --------------------------------------------------------


def test_faithful_answer_replaces_the_draft():
    llm_text = "Theo Phụ lục I, đến năm 2030 tỷ lệ người dân có tài khoản định danh điện tử đạt 100% (hiện trạng 56,3%); Công an tỉnh chủ trì [1]."
    text, citations = composer(llm_text).rewrite(vi_intent(), DRAFT_VI, [cite()])
    assert text == llm_text
    assert [c.n for c in citations] == [1]


def test_english_answer_with_glossed_agency_is_accepted():
    llm_text = (
        "Indicator 62 of Phụ lục I targets 100% of residents with an electronic identification account by 2030 "
        "(baseline 56,3% in 3/2025); the lead is Công an tỉnh (Provincial Police) [1]."
    )
    # 3/2025 is not in the row; it is in the draft's wording here, which the check accepts as a source
    draft = DRAFT_VI + " (hiện trạng tháng 3/2025)"
    text, _ = composer(llm_text).rewrite(en_intent(), draft, [cite()])
    assert text == llm_text


def test_number_not_in_any_source_falls_back_to_the_draft(caplog):
    llm_text = "Đến năm 2030, tỷ lệ này đạt 95%; Công an tỉnh chủ trì [1]."
    with caplog.at_level(logging.WARNING, logger="assistant.llm"):
        text, citations = composer(llm_text).rewrite(vi_intent(), DRAFT_VI, [cite()])
    assert text == DRAFT_VI
    assert [c.n for c in citations] == [1]
    assert "'95'" in caplog.text


def test_agency_not_in_the_sources_falls_back_to_the_draft():
    llm_text = "Đến năm 2030 tỷ lệ này đạt 100%; Sở Khoa học và Công nghệ chủ trì [1]."
    text, _ = composer(llm_text).rewrite(vi_intent(), DRAFT_VI, [cite()])
    assert text == DRAFT_VI


def test_citation_of_a_missing_source_falls_back_to_the_draft():
    llm_text = "Đến năm 2030 tỷ lệ này đạt 100%; Công an tỉnh chủ trì [3]."
    text, _ = composer(llm_text).rewrite(vi_intent(), DRAFT_VI, [cite()])
    assert text == DRAFT_VI


def test_answer_without_any_citation_falls_back_to_the_draft():
    text, _ = composer("Đến năm 2030 tỷ lệ này đạt 100%, do Công an tỉnh chủ trì.").rewrite(vi_intent(), DRAFT_VI, [cite()])
    assert text == DRAFT_VI


def test_model_that_raises_falls_back_to_the_draft(caplog):
    model = RaisingChatModel(responses=["unused"])
    with caplog.at_level(logging.WARNING, logger="assistant.llm"):
        text, citations = LLMComposer(model).rewrite(vi_intent(), DRAFT_VI, [cite()])
    assert text == DRAFT_VI
    assert [c.n for c in citations] == [1]
    assert "TimeoutError" in caplog.text


def test_reasoning_block_is_removed_before_checking():
    llm_text = "<think>The row says 100% for 2030 and 95% is wrong.</think>\nNăm 2030: 100%, Công an tỉnh chủ trì [1]."
    text, _ = composer(llm_text).rewrite(vi_intent(), DRAFT_VI, [cite()])
    assert text == "Năm 2030: 100%, Công an tỉnh chủ trì [1]."


def test_prompt_carries_question_sources_draft_and_language():
    c = composer("x")
    inputs = c.prompt_inputs(en_intent(), DRAFT_VI, [cite(), cite(2, ROW_TEXT_2, "Phụ lục I, chỉ tiêu 33")])
    messages = c.chain.first.invoke(inputs).to_messages()
    system, human = messages[0].content, messages[1].content
    assert "Answer in English" in system and "verbatim" in system
    assert "[1] " + DOC_TITLE + " — Phụ lục I, chỉ tiêu 62\n" + ROW_TEXT in human
    assert "[2] " in human and "1.800" in human
    assert DRAFT_VI in human and "indicator 62" in human
    vi = c.chain.first.invoke(c.prompt_inputs(vi_intent(), DRAFT_VI, [cite()])).to_messages()[0].content
    assert "tiếng Việt" in vi


# ---- verify ------------------------------------------------------------------------------------------


def test_verify_accepts_verbatim_numbers_in_several_formats():
    citations = [cite(), cite(2, ROW_TEXT_2, "Phụ lục I, chỉ tiêu 33")]
    text = (
        "Tài khoản định danh: từ 56,3% lên 100% [1]. Bài báo khoa học: 1.200 bài năm 2040 và 1.800 bài năm 2045; "
        "Sở Khoa học và Công nghệ chủ trì [2]. Chỉ tiêu 33 và 62 [1, 2]."
    )
    # target years are column headers, not row text: the offline draft states them
    draft = "chỉ tiêu năm 2040: 1.200; chỉ tiêu năm 2045: 1.800 [2]"
    assert LLMComposer(FakeListChatModel(responses=["x"])).verify(text, citations, draft=draft) == []


@pytest.mark.parametrize(
    "bad, expected",
    [
        ("tỷ lệ đạt 56% [1]", "number '56'"),  # truncated 56,3%
        ("tỷ lệ đạt 56.3% [1]", "number '56.3'"),  # separator changed
        ("1800 bài báo [2]", "number '1800'"),
        ("800 bài báo [2]", "number '800'"),  # a piece of 1.800
        ("hoàn thành 12/2026 [1]", "number '12/2026'"),
        ("Sở Tài chính chủ trì [1]", "agency 'Sở Tài chính'"),
        ("Sở Tài nguyên và Môi trường chủ trì [1]", "agency 'Sở Tài nguyên và Môi trường'"),
        ("The Department of Finance leads it [1]", "agency 'Department of Finance' (Sở Tài chính)"),
        ("Ban Quản lý Khu kinh tế Nghi Sơn chủ trì [1]", "agency 'Ban Quản lý Khu kinh tế Nghi Sơn'"),
        ("Công an tỉnh chủ trì [0]", "citation [0] does not exist"),
        ("Công an tỉnh chủ trì [1][4]", "citation [4] does not exist"),
        ("Công an tỉnh chủ trì.", "no citation marker"),
        ("   ", "empty"),
    ],
)
def test_verify_reports_each_problem(bad, expected):
    citations = [cite(), cite(2, ROW_TEXT_2, "Phụ lục I, chỉ tiêu 33")]
    problems = LLMComposer(FakeListChatModel(responses=["x"])).verify(bad, citations)
    assert any(expected in p for p in problems), problems


def test_verify_ignores_markers_and_list_enumerators_but_not_other_numbers():
    c = LLMComposer(FakeListChatModel(responses=["x"]))
    citations = [cite(n) for n in range(1, 13)]
    # markers [12] and the list numbers "1." / "2)" are layout; 100% and 62 are in the row
    assert c.verify("1. Chỉ tiêu 62: 100% [12]\n2) Công an tỉnh chủ trì [1]", citations) == []
    assert c.verify("Chỉ tiêu 7: 100% [1]", citations) == ["number '7' is not in the cited sources"]


def test_verify_accepts_numbers_from_the_draft_only_when_given():
    c = LLMComposer(FakeListChatModel(responses=["x"]))
    text = "Dòng này không đặt chỉ tiêu cho năm 2027 [1]."
    assert c.verify(text, [cite()]) == ["number '2027' is not in the cited sources"]
    assert c.verify(text, [cite()], draft="(Dòng trên không đặt chỉ tiêu cho năm 2027.)") == []


def test_agency_phrases_take_the_name_not_the_sentence():
    assert _agency_phrases("Sở Y tế chủ trì, phối hợp với Sở Tài chính và Công an tỉnh.") == ["Sở Y tế", "Sở Tài chính", "Công an tỉnh"]
    assert _agency_phrases("Sở Thông tin và Truyền thông; Văn phòng UBND tỉnh tổng hợp") == [
        "Sở Thông tin và Truyền thông", "Văn phòng UBND tỉnh", "UBND tỉnh"]
    assert _agency_phrases("Sở Y tế và Sở Nội vụ") == ["Sở Y tế", "Sở Nội vụ"]
    # two agencies run together by a column-merge error stay two names
    assert _agency_phrases("Bộ Chỉ huy Bộ đội Biên phòng Sở Khoa học và Công nghệ") == [
        "Bộ Chỉ huy Bộ đội Biên phòng", "Sở Khoa học và Công nghệ"]
    # ordinary words that start like agencies are not agencies
    assert _agency_phrases("Ban hành kế hoạch. Bộ chỉ số DTI được công bố.") == []


# ---- from_settings ----------------------------------------------------------------------------------


def test_from_settings_builds_chat_ollama_without_contacting_a_server(tmp_path):
    from langchain_ollama import ChatOllama

    s = Settings(data_dir=tmp_path, llm_provider="ollama", llm_model="qwen2.5:7b", llm_timeout_s=12)
    c = LLMComposer.from_settings(s)
    assert isinstance(c.chat_model, ChatOllama)
    assert c.chat_model.model == "qwen2.5:7b"
    assert c.chat_model.base_url == "http://localhost:11434"
    assert c.chat_model.temperature == 0
    assert c.chat_model.client_kwargs["timeout"] == 12
    assert c.chat_model.num_predict == MAX_TOKENS
    s2 = Settings(data_dir=tmp_path, llm_provider="ollama", llm_model="llama3", llm_base_url="http://gpu-box:11434")
    assert LLMComposer.from_settings(s2).chat_model.base_url == "http://gpu-box:11434"


def test_from_settings_builds_chat_openai_without_contacting_a_server(tmp_path):
    from langchain_openai.chat_models.base import BaseChatOpenAI

    s = Settings(data_dir=tmp_path, llm_provider="openai", llm_model="gpt-4o-mini", llm_base_url="http://127.0.0.1:9/v1", llm_timeout_s=7)
    c = LLMComposer.from_settings(s)
    assert isinstance(c.chat_model, BaseChatOpenAI)
    assert c.chat_model.model_name == "gpt-4o-mini"
    assert c.chat_model.openai_api_base == "http://127.0.0.1:9/v1"
    assert c.chat_model.openai_api_key.get_secret_value() == "not-needed"
    assert c.chat_model.temperature == 0
    assert c.chat_model.request_timeout == 7
    # a bounded answer, and no retries with back-off: the offline answer is the fallback
    assert c.chat_model.max_tokens == MAX_TOKENS and c.chat_model.max_retries == 0


def test_the_token_cap_reaches_an_openai_compatible_server_as_max_tokens(tmp_path):
    # llama.cpp's server ignores `max_completion_tokens` (what ChatOpenAI sends): a small model
    # then wrote until its context was full
    s = Settings(data_dir=tmp_path, llm_provider="openai", llm_model="m", llm_base_url="http://127.0.0.1:9/v1", llm_max_tokens=77)
    payload = LLMComposer.from_settings(s).chat_model._get_request_payload("hi")
    assert payload["max_tokens"] == 77 and "max_completion_tokens" not in payload
    # OpenAI itself (no base URL) gets the field it documents
    s = Settings(data_dir=tmp_path, llm_provider="openai", llm_model="m", llm_api_key="k", llm_max_tokens=77)
    assert LLMComposer.from_settings(s).chat_model._get_request_payload("hi")["max_completion_tokens"] == 77


def test_rules_go_into_the_user_turn_for_templates_without_a_system_role(tmp_path):
    s = Settings(data_dir=tmp_path, llm_provider="openai", llm_model="m", llm_base_url="http://127.0.0.1:9/v1", llm_system_role=False)
    c = LLMComposer.from_settings(s)
    messages = c.chain.first.invoke(c.prompt_inputs(vi_intent(), DRAFT_VI, [cite()])).to_messages()
    assert [m.type for m in messages] == ["human"]
    assert "Use ONLY the numbered sources" in messages[0].content and DRAFT_VI in messages[0].content
    default = LLMComposer.from_settings(Settings(data_dir=tmp_path, llm_provider="openai", llm_model="m"))
    assert [m.type for m in default.chain.first.invoke(default.prompt_inputs(vi_intent(), DRAFT_VI, [cite()])).to_messages()] == ["system", "human"]


def test_from_settings_rejects_unknown_provider_and_missing_model(tmp_path):
    with pytest.raises(ValueError, match="unknown llm_provider 'claude'.*'none', 'ollama' or 'openai'"):
        LLMComposer.from_settings(SimpleNamespace(llm_provider="claude", llm_model="x"))
    with pytest.raises(ValueError, match="PLAN_ASSISTANT_LLM_MODEL"):
        LLMComposer.from_settings(Settings(data_dir=tmp_path, llm_provider="ollama"))


# ---- end to end through Assistant ---------------------------------------------------------------------


class FakeStore:
    """Stands in for IndexStore: one plan with two indicator rows, all in memory."""

    def __init__(self):
        self.generation = 1
        self._docs = [DocumentInfo(doc_id=DOC_ID, file=f"{DOC_ID}.txt", title="Kế hoạch hành động thực hiện Nghị quyết số 57-NQ/TW",
                                   number="266-KH/TU")]
        targets = {"2025": "60%", "2030": "80%", "2035": "90%", "2040": "100%", "2045": "100%"}
        self._rows = [
            TableRow(row_id=f"{DOC_ID}:r62", doc_id=DOC_ID, appendix="Phụ lục I", kind="indicator", number="62",
                     fields={"number": "62", "content": "Tỷ lệ người dân có tài khoản định danh điện tử (VNedID)", "unit": "%",
                             "status": "56,3%", "targets": targets, "lead": "Công an tỉnh"},
                     text=ROW_TEXT, locator="Phụ lục I, chỉ tiêu 62"),
            TableRow(row_id=f"{DOC_ID}:r33", doc_id=DOC_ID, appendix="Phụ lục I", kind="indicator", number="33",
                     fields={"number": "33", "content": "Số lượng bài báo khoa học ứng dụng liên quan đổi mới sáng tạo mỗi năm",
                             "unit": "Bài báo", "status": "50",
                             "targets": {"2025": "100", "2030": "300", "2035": "700", "2040": "1.200", "2045": "1.800"},
                             "lead": "Sở Khoa học và Công nghệ"},
                     text=ROW_TEXT_2, locator="Phụ lục I, chỉ tiêu 33"),
        ]
        self._chunks = [
            Chunk(chunk_id=f"c{r.number}", doc_id=DOC_ID, kind="row", text=f"{r.locator} {r.fields['content']} {r.text}",
                  source_text=r.text, locator=r.locator, appendix=r.appendix, number=r.number, row_id=r.row_id)
            for r in self._rows
        ]

    def documents(self):
        return list(self._docs)

    def document(self, doc_id):
        return next((d for d in self._docs if d.doc_id == doc_id), None)

    def rows(self, doc_id=None, appendix=None):
        return [r for r in self._rows if (doc_id is None or r.doc_id == doc_id) and (appendix is None or r.appendix == appendix)]

    def chunks(self, doc_id=None):
        return [c for c in self._chunks if doc_id is None or c.doc_id == doc_id]

    def chunk(self, chunk_id):
        return next((c for c in self._chunks if c.chunk_id == chunk_id), None)

    def dense_search(self, query, k, doc_ids=None, kind=None):  # pragma: no cover - dense_weight is 0
        raise AssertionError("dense_search must not run when dense_weight == 0")


@pytest.fixture
def offline_assistant(tmp_path):
    from assistant.service import Assistant

    return Assistant(Settings(data_dir=tmp_path, dense_weight=0.0), store=FakeStore())


QUESTION = "Chỉ tiêu 62 Phụ lục I đặt mục tiêu năm 2030 là bao nhiêu?"


def test_assistant_uses_a_faithful_llm_answer(offline_assistant):
    offline = offline_assistant.answer(QUESTION)
    assert offline.found and "80%" in offline.answer and offline.citations[0].locator == "Phụ lục I, chỉ tiêu 62"
    llm_text = "Đến năm 2030, tỷ lệ người dân có tài khoản định danh điện tử phải đạt 80% (hiện trạng 56,3%); Công an tỉnh chủ trì [1]."
    offline_assistant._llm = composer(llm_text)
    answer = offline_assistant.answer(QUESTION)
    assert answer.answer == llm_text
    assert answer.citations == offline.citations


def test_assistant_keeps_the_offline_answer_when_the_llm_invents(offline_assistant):
    offline = offline_assistant.answer(QUESTION)
    offline_assistant._llm = composer("Đến năm 2030 tỷ lệ này phải đạt 85%; Công an tỉnh chủ trì [1].")
    answer = offline_assistant.answer(QUESTION)
    assert answer.answer == offline.answer
    assert answer.citations == offline.citations


def test_assistant_does_not_call_the_llm_when_nothing_is_found(offline_assistant):
    calls = []

    class Spy(FakeListChatModel):
        def _call(self, *args, **kwargs):
            calls.append(args)
            return super()._call(*args, **kwargs)

    offline_assistant._llm = LLMComposer(Spy(responses=["Có 7 chỉ tiêu [1]."]))
    answer = offline_assistant.answer("Chỉ tiêu 99 Phụ lục I là gì?")
    assert not answer.found and answer.citations == []
    assert calls == []


# ---- streaming (assistant.streaming) ----------------------------------------------------------------


def events_of(assistant, question=QUESTION, **kwargs):
    from assistant.streaming import stream_answer

    return list(stream_answer(assistant, question, **kwargs))


def test_stream_without_llm_sends_the_offline_answer_then_final(offline_assistant):
    events = events_of(offline_assistant)
    assert [e.event for e in events] == ["offline", "final"]
    offline = offline_assistant.answer(QUESTION)
    assert events[0].data["answer"] == offline.answer and events[0].data["citations"][0]["locator"] == "Phụ lục I, chỉ tiêu 62"
    final = events[1].data
    assert final["source"] == "offline" and final["replaced"] is False and final["reason"] is None
    assert final["answer"]["answer"] == offline.answer and final["answer"]["citations"] == events[0].data["citations"]


def test_stream_sends_tokens_then_the_verified_llm_answer(offline_assistant):
    llm_text = "Đến năm 2030, tỷ lệ người dân có tài khoản định danh điện tử phải đạt 80% (hiện trạng 56,3%); Công an tỉnh chủ trì [1]."
    offline_assistant._llm = composer(llm_text)
    events = events_of(offline_assistant)
    names = [e.event for e in events]
    assert names[0] == "offline" and names[-1] == "final" and set(names[1:-1]) == {"token"} and len(names) > 3
    assert "".join(e.data["text"] for e in events if e.event == "token") == llm_text
    assert "80%" in events[0].data["answer"] and events[0].data["answer"] != llm_text  # the offline draft came first
    final = events[-1].data
    assert final["source"] == "llm" and final["replaced"] is False and final["reason"] is None
    assert final["answer"]["answer"] == llm_text
    assert final["answer"]["citations"] == events[0].data["citations"]


def test_stream_replaces_a_draft_with_an_invented_number(offline_assistant):
    offline_assistant._llm = composer("Đến năm 2030 tỷ lệ này phải đạt 85%; Công an tỉnh chủ trì [1].")
    events = events_of(offline_assistant)
    assert any(e.event == "token" for e in events)
    final = events[-1].data
    assert final["source"] == "offline" and final["replaced"] is True
    assert "number '85'" in final["reason"]
    assert final["answer"]["answer"] == events[0].data["answer"]


def test_stream_replaces_a_draft_with_an_agency_not_in_the_sources(offline_assistant):
    offline_assistant._llm = composer("Đến năm 2030 tỷ lệ này đạt 80%; Sở Tài chính chủ trì [1].")
    final = events_of(offline_assistant)[-1].data
    assert final["source"] == "offline" and final["replaced"] is True and "agency 'Sở Tài chính'" in final["reason"]


def test_stream_falls_back_when_the_model_fails_before_any_token(offline_assistant):
    offline_assistant._llm = LLMComposer(RaisingChatModel(responses=["unused"]))
    events = events_of(offline_assistant)
    assert [e.event for e in events] == ["offline", "final"]
    final = events[-1].data
    assert final["source"] == "offline" and final["replaced"] is False
    assert "TimeoutError" in final["reason"] and final["answer"]["answer"] == events[0].data["answer"]


def test_stream_that_breaks_off_mid_way_replaces_the_shown_tokens(offline_assistant):
    class BreaksOff(FakeListChatModel):
        def _stream(self, *args, **kwargs):
            chunks = list(super()._stream(*args, **kwargs))
            yield from chunks[:5]
            raise ConnectionError("server closed the connection")

    offline_assistant._llm = LLMComposer(BreaksOff(responses=["Năm 2030: 80%, Công an tỉnh chủ trì [1]."]))
    events = events_of(offline_assistant)
    assert [e.event for e in events].count("token") == 5
    final = events[-1].data
    assert final["source"] == "offline" and final["replaced"] is True and "ConnectionError" in final["reason"]


def test_stream_does_not_call_the_llm_when_nothing_is_found(offline_assistant):
    offline_assistant._llm = composer("Có 7 chỉ tiêu [1].")
    events = events_of(offline_assistant, "Chỉ tiêu 99 Phụ lục I là gì?")
    assert [e.event for e in events] == ["offline", "final"]
    assert events[0].data["found"] is False
    assert events[-1].data["source"] == "offline" and events[-1].data["reason"]


def test_stream_hides_reasoning_blocks_from_token_events(offline_assistant):
    offline_assistant._llm = composer("<think>80% or 85%? The row says 80%.</think>\nNăm 2030: 80%, Công an tỉnh chủ trì [1].")
    events = events_of(offline_assistant)
    shown = "".join(e.data["text"] for e in events if e.event == "token")
    assert shown == "Năm 2030: 80%, Công an tỉnh chủ trì [1]."
    assert events[-1].data["source"] == "llm" and events[-1].data["answer"]["answer"] == shown


def test_stream_validates_before_the_first_event(offline_assistant):
    from assistant.errors import InvalidQuestionError
    from assistant.streaming import stream_answer
    from retriever.errors import UnknownDocumentError

    with pytest.raises(InvalidQuestionError):
        stream_answer(offline_assistant, "   ")
    with pytest.raises(UnknownDocumentError):
        stream_answer(offline_assistant, QUESTION, doc_ids=["no-such-plan"])


def test_stream_reports_a_failure_after_it_started_as_an_error_event(offline_assistant):
    from assistant.streaming import stream_answer

    def broken(*args, **kwargs):
        raise RuntimeError("the index is being rebuilt")

    gen = stream_answer(offline_assistant, QUESTION)
    offline_assistant.answer = broken
    events = list(gen)
    assert [e.event for e in events] == ["error"]
    assert "RuntimeError" in events[0].data["message"] and "rebuilt" in events[0].data["message"]


def test_stream_event_serialises_as_server_sent_event():
    from assistant.streaming import StreamEvent

    ev = StreamEvent(event="token", data={"text": "Công an tỉnh"})
    assert ev.sse() == 'event: token\ndata: {"text": "Công an tỉnh"}\n\n'
    with pytest.raises(ValueError):
        StreamEvent(event="tokens", data={})
