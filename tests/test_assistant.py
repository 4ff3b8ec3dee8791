"""The real Assistant over the real index of the bundled corpus (slow: builds the index once per session).

Uses the session fixtures ``corpus_index`` / ``assistant_real`` of tests/conftest.py: real loaders,
parser, sentence-transformers embeddings, embedded Chroma, BM25 and the offline composer.
"""

from __future__ import annotations

import re

import pytest

from assistant.errors import InvalidQuestionError
from ingest.records import Answer
from retriever.errors import UnknownDocumentError

pytestmark = pytest.mark.slow

PLAN26 = "2026-plan_kh-275-ubnd"
PLAN25 = "2025-plan_ubnd"
CTR06 = "2022-program_qd-176-ubnd_nq-06"
KH266 = "2025-action-plan_kh-266-tu_nq-57"
KH285 = "2025-plan_kh-285-tu_kh-02"

KEY_EN = "who leads indicator 18 and what's the 2026 target"
KEY_VI = "Chỉ tiêu 18 do cơ quan nào chủ trì, mục tiêu năm 2026 là bao nhiêu?"

NUMBER = re.compile(r"\d+(?:[.,]\d+)*%?")
REF = re.compile(r"\[(\d+)\]")


def _citation_18(answer: Answer):
    hits = [c for c in answer.citations if c.doc_id == PLAN26 and c.locator == "Phụ lục I, chỉ tiêu 18"]
    assert len(hits) == 1, [(c.doc_id, c.locator) for c in answer.citations]
    return hits[0]


def _numbers_not_backed(answer: Answer, extra_sources: list[str] = ()) -> list[str]:
    """Number tokens of the answer that appear neither in the question nor in a citation.

    A citation backs a number through its quoted text, its locator ("Phụ lục 01") or its document
    title ("… (275/KH-UBND)"): the last two identify the source, they are not claims.
    """
    sources = [answer.question, *extra_sources]
    for c in answer.citations:
        sources += [c.text, c.locator, c.doc_title]
    haystack = "\n".join(sources)
    body = REF.sub(" ", answer.answer)
    return [tok for tok in NUMBER.findall(body) if tok not in haystack]


def _check_contract(answer: Answer, store) -> None:
    data = answer.to_json_dict()
    expected_keys = {"question", "language", "found", "answer", "citations", "latency_ms"}
    if answer.id is not None:
        expected_keys.add("id")
    assert set(data) == expected_keys
    assert data["language"] in ("vi", "en") and isinstance(data["found"], bool) and data["answer"].strip()
    assert isinstance(data["latency_ms"], float) and data["latency_ms"] >= 0
    known = {d.doc_id for d in store.documents()}
    for c in data["citations"]:
        assert set(c) in ({"n", "doc_id", "doc_title", "locator", "text"}, {"n", "doc_id", "doc_title", "locator", "text", "warning"})
        assert c["doc_id"] in known and c["doc_title"] and c["locator"] and c["text"].strip()
    ns = [c["n"] for c in data["citations"]]
    assert ns == list(range(1, len(ns) + 1))
    refs = {int(x) for x in REF.findall(data["answer"])}
    assert refs <= set(ns), f"answer cites {sorted(refs - set(ns))} which are not citations"
    if answer.found:
        assert data["citations"], "a found answer must cite its source"
        assert refs == set(ns), "every citation is referred to in the answer"
        assert _numbers_not_backed(answer) == []
    else:
        assert data["citations"] == []
        titles = [d.display_title for d in store.documents()]  # an abstention may name the plans it searched
        assert _numbers_not_backed(answer, titles) == []


# ============================================================ the key question


def test_key_question_english(assistant_real, corpus_index):
    a = assistant_real.answer(KEY_EN)
    assert a.language == "en" and a.found
    assert "Công an tỉnh" in a.answer and "100%" in a.answer
    c = _citation_18(a)
    assert "quản trị dữ liệu" in c.text
    assert f"[{c.n}]" in a.answer
    assert "Provincial Police" in a.answer  # English gloss beside the verbatim Vietnamese name
    _check_contract(a, corpus_index[1])


def test_key_question_vietnamese(assistant_real, corpus_index):
    a = assistant_real.answer(KEY_VI)
    assert a.language == "vi" and a.found
    assert "Công an tỉnh" in a.answer and "100%" in a.answer and "chủ trì" in a.answer
    assert "lead" not in a.answer and "target" not in a.answer  # answered in Vietnamese
    c = _citation_18(a)
    assert "quản trị dữ liệu" in c.text
    _check_contract(a, corpus_index[1])


# ============================================================ abstention


def test_abstains_on_a_row_that_does_not_exist_vietnamese(assistant_real, corpus_index):
    a = assistant_real.answer("Chỉ tiêu số 32 trong Phụ lục I Kế hoạch 275 giao mục tiêu bao nhiêu?")
    assert a.found is False and a.citations == [] and a.language == "vi"
    assert a.answer.startswith("Các kế hoạch không nêu")
    assert "%" not in a.answer
    _check_contract(a, corpus_index[1])


@pytest.mark.parametrize(
    "question",
    [
        "Who leads indicator 99 in the 2026 plan?",
        "What is the 2040 target of indicator 18 in plan 275?",  # the 2026 plan sets only a 2026 target
    ],
)
def test_abstains_english(assistant_real, corpus_index, question):
    a = assistant_real.answer(question)
    assert a.found is False and a.citations == [] and a.language == "en"
    assert a.answer.startswith("The plans do not state")
    assert "%" not in a.answer
    _check_contract(a, corpus_index[1])


@pytest.mark.parametrize(
    "question",
    [
        pytest.param(
            "What is the budget for the moon base?",
            marks=pytest.mark.xfail(
                strict=True,
                reason="KNOWN LIMITATION: 'moon'/'base' are untranslated English words; the generic terms "
                "'budget' (ngân sách, kinh phí) match the funding section of KH 266, which states a figure, so "
                "the answer is found=True with that passage",
            ),
        ),
        "What is the 2026 target for the number of football stadiums?",
    ],
)
def test_abstains_on_off_topic_english_questions(assistant_real, question):
    a = assistant_real.answer(question)
    assert a.found is False and a.citations == []


def test_abstains_on_off_topic_vietnamese_question(assistant_real):
    a = assistant_real.answer("Kế hoạch 275 giao chỉ tiêu bao nhiêu sân bóng đá?")
    assert a.found is False and a.citations == []
    assert a.answer.startswith("Các kế hoạch không nêu")


# ============================================================ several plans


def test_indicator_18_without_a_plan_answers_for_each_plan_separately(assistant_real, corpus_index):
    a = assistant_real.answer("Who leads indicator 18?")
    assert a.found
    docs = {c.doc_id for c in a.citations}
    assert len(docs) >= 2 and PLAN26 in docs
    assert all(c.locator.endswith("chỉ tiêu 18") for c in a.citations)
    lines = a.answer.split("\n")
    assert lines[0] == "Several rows match:"
    bullets = [line for line in lines[1:] if line.startswith("- ")]
    assert len(bullets) == len(a.citations)  # one clearly separated line per plan's row
    store = corpus_index[1]
    for c in a.citations:
        line = next(b for b in bullets if f"[{c.n}]" in b)
        assert len(REF.findall(line)) == 1
        doc = store.document(c.doc_id)
        assert (doc.number or doc.title) in line, (doc.doc_id, line)
    plan26_line = next(b for b in bullets if f"[{_citation_18(a).n}]" in b)
    assert "Công an tỉnh" in plan26_line
    _check_contract(a, store)


def test_doc_ids_filter_restricts_citations(assistant_real, corpus_index):
    a = assistant_real.answer("Who leads indicator 18?", doc_ids=[KH266])
    assert a.found and a.citations
    assert {c.doc_id for c in a.citations} == {KH266}
    assert "Sở Khoa học và Công nghệ" in a.answer and "Công an tỉnh" not in a.answer
    b = assistant_real.answer("Who leads indicator 18?", doc_ids=[PLAN26])
    assert {c.doc_id for c in b.citations} == {PLAN26}
    assert "Công an tỉnh" in b.answer and not b.answer.startswith("Several rows match")
    _check_contract(a, corpus_index[1])


# ============================================================ answer contract


CONTRACT_QUESTIONS = [
    KEY_EN,
    KEY_VI,
    "Who leads task 65 in part II of Phụ lục II of plan 275?",
    "Nhiệm vụ 3 phần II Phụ lục II Kế hoạch 275 do cơ quan nào chủ trì và hạn hoàn thành khi nào?",
    "Theo KH 266, hiện trạng và chỉ tiêu năm 2025 của tỷ lệ người dân có tài khoản định danh điện tử là bao nhiêu?",
    "Who leads task 4.5.3 of the 2022 programme?",
    "Công an tỉnh chủ trì những nhiệm vụ nào trong Phụ lục II Kế hoạch 275?",
    "Những nhiệm vụ nào trong Phụ lục Kế hoạch 285-KH/TU có thời hạn hoàn thành \"Trước ngày 15/7/2025\"?",
    "KH 266 dự kiến ngân sách tỉnh bố trí khoảng bao nhiêu cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số năm 2025?",
    "In the 2025 digital transformation plan, which body is assigned indicator 27 of Phụ lục 01?",
    "Chỉ tiêu số 32 trong Phụ lục I Kế hoạch 275 giao mục tiêu bao nhiêu?",
]


@pytest.mark.parametrize("question", CONTRACT_QUESTIONS)
def test_answer_contract(assistant_real, corpus_index, question):
    a = assistant_real.answer(question, qid="q-contract")
    assert a.id == "q-contract" and a.to_json_dict()["id"] == "q-contract"
    _check_contract(a, corpus_index[1])


def test_json_dict_without_id_has_no_id_key(assistant_real):
    data = assistant_real.answer(KEY_EN).to_json_dict()
    assert set(data) == {"question", "language", "found", "answer", "citations", "latency_ms"}
    assert all(set(c) == {"n", "doc_id", "doc_title", "locator", "text"} for c in data["citations"])


def test_uncertain_row_citation_carries_a_warning(assistant_real):
    a = assistant_real.answer("Who leads indicator 18?", doc_ids=[KH266])
    assert a.citations and all(c.warning for c in a.citations)
    assert "warning" in a.to_json_dict()["citations"][0]


def test_year_labels_of_targets_are_backed_by_the_citation(assistant_real):
    a = assistant_real.answer("What are the targets of indicator 62 in KH 266?")
    assert a.found and "2030" in a.answer
    assert _numbers_not_backed(a) == []


def test_stream_yields_text_then_the_answer(assistant_real):
    pieces = list(assistant_real.stream(KEY_EN))
    final = pieces[-1]
    assert isinstance(final, Answer) and final.found
    assert all(isinstance(p, str) for p in pieces[:-1]) and len(pieces) > 2
    assert "".join(pieces[:-1]).strip() == final.answer.strip()


# ============================================================ bad input


@pytest.mark.parametrize("question", ["", "   \n\t "])
def test_empty_question_is_rejected(assistant_real, question):
    with pytest.raises(InvalidQuestionError) as e:
        assistant_real.answer(question)
    assert "\n" not in str(e.value) and "empty" in str(e.value)


def test_too_long_question_is_rejected(assistant_real, corpus_index):
    settings = corpus_index[0]
    with pytest.raises(InvalidQuestionError) as e:
        assistant_real.answer("chỉ tiêu 18 " * 500)  # 6,000 characters
    assert str(settings.max_question_chars) in str(e.value) and "\n" not in str(e.value)
    with pytest.raises(InvalidQuestionError):
        assistant_real.answer("x" * 5000)


def test_unknown_doc_id_is_rejected(assistant_real):
    with pytest.raises(UnknownDocumentError) as e:
        assistant_real.answer("Who leads indicator 18?", doc_ids=[PLAN26, "no-such-plan"])
    assert e.value.doc_id == "no-such-plan"
    assert "no-such-plan" in str(e.value) and PLAN26 in str(e.value)  # names the known documents


def test_a_translation_listing_two_ways_is_one_term_either_way_covers(assistant_real):
    """A glossary translation that lists two ways of writing a thing ("an toàn thông tin an ninh
    mạng") is cut where its neighbouring words never stand together in the plans; a single way
    ("phó giám đốc") stays whole; the question's term for it is covered by either way."""
    from assistant.evidence import ALTERNATIVES, coverage, plain_terms
    from assistant.steps import Question

    ways = assistant_real._ways("an toàn thông tin an ninh mạng")
    assert len(ways) == 2 and {"an_toan", "thong_tin"} <= ways[0] and {"an_ninh", "ninh_mang"} <= ways[1]
    assert len(assistant_real._ways("phó giám đốc")) == 1
    # an acronym the question itself says is a way of its own ("IOC" or "trung tâm điều hành")
    assert len(assistant_real._ways("trung tâm điều hành ioc")) == 1
    assert len(assistant_real._ways("trung tâm điều hành ioc", {"ioc"})) == 2
    terms = assistant_real.understand(Question("What is the annual budget for cyber security in the 2026 plan?")).terms
    groups = [t for t in terms if t.startswith(ALTERNATIVES)]
    assert groups and {"kinh_phi", "ngan_sach"} <= plain_terms(terms)
    assert coverage(set(groups), "Kinh phí bảo đảm an toàn thông tin hằng năm") > coverage(
        plain_terms(set(groups)), "Kinh phí bảo đảm an toàn thông tin hằng năm")


def test_facts_of_the_document_asked_in_two_parts():
    from assistant.service import _facts_asked

    assert _facts_asked("Who signed Plan 285 and on what date was it issued?") == ["signer", "date"]
    assert _facts_asked("Kế hoạch 275 do ai ký và ban hành ngày nào?") == ["signer", "date"]
    assert _facts_asked("Who signed Plan 285 and what does it say about data?")[1] is None
    # the capacity the signer signs in is the signature block's, in any tense
    assert _facts_asked("Who signs Plan 285, and in what capacity?") == ["signer", "signer"]
    assert set(_facts_asked("Ai ký Kế hoạch 285 và ký với chức vụ gì?")) == {"signer"}
    assert _facts_asked("Which task has the title of pilot, and who signed the plan?")[0] is None
    assert _facts_asked("Who signed Plan 285 and what role does the Department of Health play?")[1] is None
    assert _facts_asked("Who signs the digital transformation plan, and in what capacity?") == ["signer", "signer"]
    assert _facts_asked("Who must sign the contracts under task 5?") == [None]


def test_who_signed_and_when_is_answered_by_the_plan_itself(assistant_real):
    a = assistant_real.answer("Who signed Plan 285 and on what date was it issued?")
    assert a.found and "Nguyễn Doãn Anh" in a.answer, a.answer
    assert not any("nhiệm vụ" in c.locator or "chỉ tiêu" in c.locator for c in a.citations)  # no row answers it
    vi = assistant_real.answer("Kế hoạch 275 do ai ký và ban hành ngày nào?")
    assert vi.found and "Nguyễn Hoài Anh" in vi.answer and "31/ 12/2025" in vi.answer, vi.answer
