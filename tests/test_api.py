"""Serving layer: JSON API, upload pipeline, chat callbacks.

Part 1 (fast) drives ``ui.app.create_app`` with a FakeAssistant + fake store that follow the
Assistant interface, to pin down HTTP behaviour (status codes, JSON shapes, auth, limits).
Part 2 (``@pytest.mark.slow``) runs the same app over the real Assistant and the real index built
from the bundled corpus in a temporary data dir, and uploads real PDF/DOCX files.
"""

from __future__ import annotations

import html
import io
import json
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from ingest.parsing.text import fold
from ingest.store import appendix_matches
from fastapi.testclient import TestClient

from assistant.errors import InvalidQuestionError
from ingest.records import Answer, Chunk, Citation, DocumentInfo, TableRow
from ingest.settings import Settings
from retriever.errors import UnknownDocumentError
from ui import services
from ui.app import create_app
from ui.services import FeedbackLog, Runtime, answer_plain_text, render_sources, rows_table, safe_file_name

KEY = "test-secret-key"
DOC26 = "2026-plan_kh-275-ubnd"
DOC25 = "2025-plan_ubnd"
ROW18_TEXT = (
    "18\tTỉ lệ các sở, ngành, địa phương đạt cấp độ 3 mức độ trưởng thành về quản trị dữ liệu\t%\t100%\tCông an tỉnh\t"
)


# =====================================================================================
# Fakes (unit part only): same interface as assistant.Assistant / IndexStore
# =====================================================================================


def _row(doc_id, appendix, number, content, lead, targets, kind="indicator", uncertain=False, text=None, coordinating=""):
    fields = {"number": number, "content": content, "lead": lead, "targets": targets}
    if coordinating:
        fields["coordinating"] = coordinating
    return TableRow(
        row_id=f"{doc_id}:{appendix}:{number}",
        doc_id=doc_id,
        appendix=appendix,
        appendix_title="NHIỆM VỤ" if kind == "task" else "CÁC CHỈ TIÊU",
        kind=kind,
        group=["I. Phát triển Chính quyền số"],
        number=number,
        fields=fields,
        text=text or f"{number}\t{content}\t{'; '.join(targets.values())}\t{lead}",
        uncertain=uncertain,
        warnings=["cells could not be assigned to columns reliably"] if uncertain else [],
        locator=f"{appendix}, chỉ tiêu {number}",
    )


class FakeStore:
    embedding_model_name = "fake-embeddings"

    def __init__(self):
        self.docs = {
            DOC26: DocumentInfo(doc_id=DOC26, file=f"{DOC26}.txt", title="Kế hoạch Chuyển đổi số tỉnh Thanh Hóa năm 2026", number="275/KH-UBND", date="2025-12-31"),
            DOC25: DocumentInfo(doc_id=DOC25, file=f"{DOC25}.txt", title="Kế hoạch Chuyển đổi số năm 2025", date="2024-12-31"),
        }
        self._rows = [
            _row(DOC26, "Phụ lục I", "18", "Tỉ lệ các sở, ngành, địa phương đạt cấp độ 3 mức độ trưởng thành về quản trị dữ liệu", "Công an tỉnh", {"2026": "100%"}, text=ROW18_TEXT),
            _row(DOC26, "Phụ lục I", "19", "Tỉ lệ cán bộ được bồi dưỡng kỹ năng số", "Sở Nội vụ", {"2026": "100%"}),
            _row(DOC26, "Phụ lục II", "1", "Hệ thống báo cáo thống kê thông minh", "Công an tỉnh", {}, kind="task", coordinating="Sở Khoa học và Công nghệ"),
            _row(DOC25, "Phụ lục 01", "27", "<script>window.__xss=1</script> tài khoản thanh toán", "Ngân hàng nhà nước", {"2025": "80%"}, uncertain=True),
        ]
        self.deleted: list[str] = []

    def documents(self):
        return sorted(self.docs.values(), key=lambda d: d.doc_id)

    def document(self, doc_id):
        return self.docs.get(doc_id)

    def rows(self, doc_id=None, appendix=None):
        return [r for r in self._rows if (doc_id is None or r.doc_id == doc_id) and (appendix is None or appendix_matches(r.appendix, appendix))]

    def delete_document(self, doc_id):
        if doc_id not in self.docs:
            return False
        del self.docs[doc_id]
        self._rows = [r for r in self._rows if r.doc_id != doc_id]
        self.deleted.append(doc_id)
        return True

    def chunk_for(self, row):
        return Chunk(chunk_id=f"c-{row.row_id}", doc_id=row.doc_id, kind="row", text=f"{row.appendix} {row.text}", source_text=row.text, locator=row.locator, appendix=row.appendix, number=row.number, row_id=row.row_id)


class FakeScored:
    def __init__(self, chunk, score):
        self.chunk, self.score = chunk, score


class FakeRetriever:
    def __init__(self, store):
        self.store = store
        self.calls = []

    def search(self, query, k=None, doc_ids=None, kind=None):
        self.calls.append((query, k, doc_ids, kind))
        _check_docs(self.store, doc_ids)
        rows = [r for r in self.store._rows if not doc_ids or r.doc_id in doc_ids]
        return [FakeScored(self.store.chunk_for(r), 1.0 / (i + 1)) for i, r in enumerate(rows)][:k]


class FakeLookup:
    def __init__(self, store):
        self.store = store
        self.calls = []

    def find(self, doc_ids=None, appendix=None, agency=None, year=None, text=None, **_):
        self.calls.append(dict(doc_ids=doc_ids, appendix=appendix, agency=agency, year=year, text=text))
        out = []
        for r in self.store.rows():
            if doc_ids and r.doc_id not in doc_ids:
                continue
            if appendix and not appendix_matches(r.appendix, appendix):
                continue
            if agency and fold(agency) not in fold(r.fields.get("lead", "")):
                continue
            if year and str(year) not in r.fields.get("targets", {}):
                continue
            if text and fold(text) not in fold(r.text):
                continue
            out.append(r)
        return out


def _check_docs(store, doc_ids):
    for d in doc_ids or []:
        if store.document(d) is None:
            raise UnknownDocumentError(d, [x.doc_id for x in store.documents()])


class FakeAssistant:
    """Answers every question with indicator 18 of the 2026 plan (or its XSS twin)."""

    def __init__(self, settings, delay=0.0):
        self.settings = settings
        self.store = FakeStore()
        self.retriever = FakeRetriever(self.store)
        self.lookup = FakeLookup(self.store)
        self.delay = delay
        self.calls = []
        self._lock = threading.Lock()
        self.in_flight = 0
        self.max_in_flight = 0

    _llm = None  # no LLM: assistant.streaming sends offline then final

    def _validate(self, question, doc_ids=None):
        if not question or not question.strip():
            raise InvalidQuestionError("the question is empty; type a question about the plans")
        if len(question) > self.settings.max_question_chars:
            raise InvalidQuestionError(f"the question is longer than {self.settings.max_question_chars} characters; shorten it")
        _check_docs(self.store, doc_ids)
        return question

    def answer(self, question, doc_ids=None, history=None, qid=None, use_llm=True):
        self._validate(question, doc_ids)
        with self._lock:
            self.calls.append({"question": question, "doc_ids": doc_ids, "history": history})
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            time.sleep(self.delay)
            xss = "xss" in question
            row = self.store._rows[3] if xss else self.store._rows[0]
            doc = self.store.document(row.doc_id)
            text = f"Answer to «{question}»: Công an tỉnh; 100% [1]." if not xss else "See <script>alert(1)</script> [1]."
            return Answer(
                id=qid,
                question=question,
                language="en" if question.isascii() else "vi",
                found=True,
                answer=text,
                citations=[Citation(n=1, doc_id=row.doc_id, doc_title=doc.display_title, locator=row.locator, text=row.text, warning=row.warnings[0] if row.uncertain else None)],
                latency_ms=1.5,
            )
        finally:
            with self._lock:
                self.in_flight -= 1

    def stream(self, question, doc_ids=None, history=None):
        self._validate(question, doc_ids)
        final = self.answer(question, doc_ids=doc_ids, history=history)
        words = final.answer.split(" ")
        for i, w in enumerate(words):
            yield w if i == 0 else " " + w
        yield final


# =====================================================================================
# Part 1 — unit tests over the fake
# =====================================================================================


@pytest.fixture
def settings(tmp_path):
    return Settings(data_dir=tmp_path / "data", api_key=KEY, max_upload_mb=0.05, max_upload_pages=3, max_question_chars=200)


@pytest.fixture
def fake(settings):
    return FakeAssistant(settings)


@pytest.fixture
def client(settings, fake):
    with TestClient(create_app(settings, assistant=fake, chat=False)) as c:
        yield c


def _assert_error(resp, status, *needles):
    assert resp.status_code == status, resp.text
    body = resp.json()
    assert set(body) >= {"error"} and isinstance(body["error"], str) and body["error"], body
    for n in needles:
        assert n.lower() in body["error"].lower(), body["error"]
    return body["error"]


def test_health_reports_ready_documents_and_model(client, settings):
    resp = client.get("/api/health")
    assert resp.status_code == 200
    # no file-system paths in a public endpoint (issue 11): the index_dir key is gone
    assert resp.json() == {"status": "ok", "documents": 2, "embedding_model": "fake-embeddings"}


def test_health_says_building_until_the_background_build_finishes(settings, fake, monkeypatch):
    release = threading.Event()

    def slow_build(self):
        release.wait(10)
        self._assistant = fake
        self._ready.set()

    monkeypatch.setattr(Runtime, "_build", slow_build)
    with TestClient(create_app(settings, chat=False)) as c:
        building = c.get("/api/health")
        assert building.status_code == 503 and building.json()["status"] == "building"  # readiness: not ready
        assert c.get("/api/health/live").status_code == 200  # liveness: the process runs
        resp = c.post("/api/ask", json={"question": "who leads indicator 18"})
        _assert_error(resp, 503, "being built", "retry")
        assert resp.headers.get("retry-after") == "10"
        release.set()
        for _ in range(100):
            if c.get("/api/health").json()["status"] == "ok":
                break
            time.sleep(0.02)
        assert c.get("/api/health").json()["status"] == "ok"
        assert c.post("/api/ask", json={"question": "who leads indicator 18"}).status_code == 200


def test_health_reports_a_failed_build(settings, monkeypatch):
    def broken(self):
        self._error = RuntimeError("disk full")
        self._ready.set()

    monkeypatch.setattr(Runtime, "_build", broken)
    with TestClient(create_app(settings, chat=False)) as c:
        for _ in range(100):
            if c.get("/api/health").json()["status"] != "building":
                break
            time.sleep(0.01)
        resp = c.get("/api/health")
        health = resp.json()
        assert resp.status_code == 503 and health["status"] == "error" and "disk full" in health["error"]
        assert c.get("/api/health/live").json() == {"status": "alive"}
        _assert_error(c.get("/api/documents"), 503, "disk full", "restart")


def test_ask_returns_the_answer_object_of_the_design(client, fake):
    resp = client.post("/api/ask", json={"question": "who leads indicator 18 and what's the 2026 target"})
    assert resp.status_code == 200
    data = resp.json()
    assert set(data) == {"question", "language", "found", "answer", "citations", "latency_ms"}  # no id when none given
    assert data["found"] is True and "Công an tỉnh" in data["answer"] and "100%" in data["answer"]
    (c,) = data["citations"]
    assert set(c) == {"n", "doc_id", "doc_title", "locator", "text"}  # no warning key when none
    assert c["n"] == 1 and c["doc_id"] == DOC26 and c["text"] == ROW18_TEXT
    assert c["doc_title"] == "Kế hoạch Chuyển đổi số tỉnh Thanh Hóa năm 2026 (275/KH-UBND)"


def test_ask_passes_doc_filter_and_normalised_history(client, fake):
    history = [
        {"role": "user", "content": "chỉ tiêu 18?"},
        {"role": "assistant", "content": [{"type": "text", "text": "Công an tỉnh [1]"}]},
        {"role": "system", "content": "ignored"},
    ]
    resp = client.post("/api/ask", json={"question": "còn năm 2026?", "doc_ids": [DOC26], "history": history})
    assert resp.status_code == 200
    call = fake.calls[-1]
    assert call["doc_ids"] == [DOC26]
    assert call["history"] == [{"role": "user", "content": "chỉ tiêu 18?"}, {"role": "assistant", "content": "Công an tỉnh [1]"}]


def test_ask_uncertain_citation_carries_warning(client):
    data = client.post("/api/ask", json={"question": "xss row"}).json()
    assert data["citations"][0]["warning"].startswith("cells could not")


@pytest.mark.parametrize("question", ["", "   \n "])
def test_ask_rejects_empty_question(client, question):
    _assert_error(client.post("/api/ask", json={"question": question}), 422, "empty")


def test_ask_rejects_too_long_question(client, settings):
    _assert_error(client.post("/api/ask", json={"question": "x" * (settings.max_question_chars + 1)}), 413, "shorten")


@pytest.mark.parametrize(
    "body,needle",
    [({}, "question"), ({"question": 5}, "question"), ({"question": "q", "doc_ids": "not-a-list"}, "doc_ids")],
)
def test_ask_rejects_malformed_body_with_json_error(client, body, needle):
    _assert_error(client.post("/api/ask", json=body), 422, needle, "/docs")


def test_ask_rejects_oversized_body(client, fake):
    history = [{"role": "user", "content": "x" * 100_000}] * 12
    _assert_error(client.post("/api/ask", json={"question": "q", "history": history}), 413, "too large")
    _assert_error(client.post("/api/ask/stream", json={"question": "q", "history": history}), 413, "too large")
    body = json.dumps({"question": "q", "history": history}).encode()
    chunks = (body[i : i + 65536] for i in range(0, len(body), 65536))  # chunked: no Content-Length
    _assert_error(client.post("/api/feedback", content=chunks, headers={"content-type": "application/json"}), 413, "too large")
    assert fake.calls == []


def test_ask_rejects_invalid_json(client):
    _assert_error(client.post("/api/ask", content=b"{not json", headers={"content-type": "application/json"}), 422, "invalid request")


def test_ask_unknown_document_is_404(client):
    err = _assert_error(client.post("/api/ask", json={"question": "q", "doc_ids": ["nope"]}), 404, "nope", "/api/documents")
    assert DOC26 not in err  # points to the list instead of listing every id (issue 11)


def _sse_events(text: str) -> list[tuple[str, object]]:
    events = []
    for block in text.strip().split("\n\n"):
        lines = block.split("\n")
        event = next(line[7:] for line in lines if line.startswith("event: "))
        data = "\n".join(line[6:] for line in lines if line.startswith("data: "))
        events.append((event, json.loads(data)))
    return events


def test_stream_emits_offline_then_final(client):
    """Without an LLM: the offline answer at once, then the final event that confirms it."""
    with client.stream("POST", "/api/ask/stream", json={"question": "who leads indicator 18"}) as resp:
        assert resp.status_code == 200
        assert resp.headers["content-type"].startswith("text/event-stream")
        events = _sse_events(resp.read().decode("utf-8"))
    assert [e for e, _ in events] == ["offline", "final"]
    offline, final = events[0][1], events[1][1]
    assert "Công an tỉnh" in offline["answer"] and offline["citations"][0]["doc_id"] == DOC26
    same = lambda d: {k: v for k, v in d.items() if k != "latency_ms"}  # noqa: E731 - latency is re-measured
    assert same(final["answer"]) == same(offline) and final["source"] == "offline" and final["replaced"] is False


def test_stream_validation_errors_are_plain_json(client):
    _assert_error(client.post("/api/ask/stream", json={"question": " "}), 422, "empty")
    _assert_error(client.post("/api/ask/stream", json={"question": "q", "doc_ids": ["nope"]}), 404, "nope")


def test_search_returns_ranked_chunks(client, fake):
    resp = client.get("/api/search", params={"q": "quản trị dữ liệu", "doc_id": DOC26, "k": 5})
    assert resp.status_code == 200
    hits = resp.json()
    assert [h["doc_id"] for h in hits] == [DOC26] * 3
    assert set(hits[0]) == {"chunk_id", "doc_id", "locator", "kind", "score", "text", "source_text"}
    assert hits[0]["source_text"] == ROW18_TEXT and hits[0]["score"] > hits[1]["score"]
    assert fake.retriever.calls[-1] == ("quản trị dữ liệu", 5, [DOC26], None)
    client.get("/api/search", params={"q": "x"})
    assert fake.retriever.calls[-1][1] == fake.settings.top_k  # default k


def test_search_errors(client):
    _assert_error(client.get("/api/search", params={"q": "x", "doc_id": "nope"}), 404, "nope")
    _assert_error(client.get("/api/search", params={"q": ""}), 422, "q")
    _assert_error(client.get("/api/search", params={"q": "   "}), 422, "empty")
    _assert_error(client.get("/api/search"), 422, "q")
    _assert_error(client.get("/api/search", params={"q": "x", "k": 1000}), 422, "k")
    _assert_error(client.get("/api/search", params={"q": "x", "kind": "table"}), 422, "kind")


def test_documents_list_and_detail(client):
    docs = client.get("/api/documents").json()
    assert [d["doc_id"] for d in docs] == [DOC25, DOC26]
    assert docs[1]["display_title"].endswith("(275/KH-UBND)") and docs[1]["date"] == "2025-12-31"
    detail = client.get(f"/api/documents/{DOC26}").json()
    assert detail["doc_id"] == DOC26
    assert detail["appendices"] == [
        {"appendix": "Phụ lục I", "title": "CÁC CHỈ TIÊU", "n_rows": 2},
        {"appendix": "Phụ lục II", "title": "NHIỆM VỤ", "n_rows": 1},
    ]
    err = _assert_error(client.get("/api/documents/nope"), 404, "unknown document 'nope'", "/api/documents")
    assert DOC26 not in err


def test_rows_with_filters(client, fake):
    rows = client.get(f"/api/documents/{DOC26}/rows").json()
    assert [r["number"] for r in rows] == ["18", "19", "1"]
    rows = client.get(f"/api/documents/{DOC26}/rows", params={"appendix": "Phụ lục I"}).json()
    assert [r["number"] for r in rows] == ["18", "19"]
    assert rows[0]["fields"]["targets"] == {"2026": "100%"} and rows[0]["locator"] == "Phụ lục I, chỉ tiêu 18"
    rows = client.get(f"/api/documents/{DOC26}/rows", params={"appendix": "I", "agency": "cong an tinh", "year": 2026}).json()
    assert [r["number"] for r in rows] == ["18"]
    assert fake.lookup.calls[-1] == {"doc_ids": [DOC26], "appendix": "I", "agency": "cong an tinh", "year": "2026", "text": None}
    rows = client.get(f"/api/documents/{DOC26}/rows", params={"q": "báo cáo thống kê"}).json()
    assert [r["appendix"] for r in rows] == ["Phụ lục II"]
    _assert_error(client.get("/api/documents/nope/rows"), 404, "nope")


def test_unknown_endpoint_is_json_404(client):
    _assert_error(client.get("/api/nothing-here"), 404, "/docs")


def test_openapi_documents_the_endpoints(client):
    spec = client.get("/openapi.json").json()
    for path in ["/api/ask", "/api/ask/stream", "/api/search", "/api/documents", "/api/documents/{doc_id}", "/api/documents/{doc_id}/rows", "/api/health", "/api/feedback"]:
        assert path in spec["paths"], path
    assert "multipart/form-data" in spec["paths"]["/api/documents"]["post"]["requestBody"]["content"]
    assert client.get("/docs").status_code == 200


# ------------------------------------------------------------------------ upload / delete (fake ingest)


class FakeIngest:
    """Stands in for ingest.pipeline.ingest_paths: registers the file as a document of the fake store."""

    def __init__(self, fake, fail_with=None):
        self.fake, self.fail_with, self.calls = fake, fail_with, []

    def __call__(self, paths, settings=None, progress=False, store=None, **_):
        from ingest.pipeline import IngestReport, SkippedFile, doc_id_for

        self.calls.append([Path(p) for p in paths])
        (path,) = paths
        assert Path(path).is_file() and Path(path).parent == settings.uploads_dir.resolve()
        assert store is self.fake.store  # ingests through the assistant's own store
        if self.fail_with:
            return IngestReport(skipped=[SkippedFile(file=str(path), error=f"{path}: {self.fail_with}")])
        doc_id = doc_id_for(Path(path).name)
        existed = doc_id in self.fake.store.docs
        self.fake.store.docs[doc_id] = DocumentInfo(doc_id=doc_id, file=Path(path).name, title=Path(path).read_text("utf-8").splitlines()[0])
        return IngestReport(added=[] if existed else [doc_id], updated=[doc_id] if existed else [], documents=1)


def _upload(client, name, data: bytes, key=KEY, **kw):
    headers = {"X-API-Key": key} if key is not None else {}
    return client.post("/api/documents", files={"file": (name, data, "application/octet-stream")}, headers=headers, **kw)


def _uploads(settings) -> list[str]:
    d = settings.uploads_dir
    return sorted(p.name for p in d.rglob("*") if p.is_file()) if d.exists() else []


def test_upload_and_delete_with_fake_ingest(client, fake, settings, monkeypatch):
    ingest = FakeIngest(fake)
    monkeypatch.setattr("ingest.pipeline.ingest_paths", ingest)
    resp = _upload(client, "Kế hoạch xã mới.txt", "Kế hoạch xã mới 2027\nnội dung".encode())
    assert resp.status_code == 200, resp.text
    report = resp.json()
    assert report["added"] == ["ke-hoach-xa-moi"] and report["doc_id"] == "ke-hoach-xa-moi"
    assert report["file"] == "Kế hoạch xã mới.txt" and "1 documents" in report["summary"]
    assert _uploads(settings) == ["Kế hoạch xã mới.txt"]  # Vietnamese name kept, staging file gone
    assert "ke-hoach-xa-moi" in [d["doc_id"] for d in client.get("/api/documents").json()]

    resp = client.delete("/api/documents/ke-hoach-xa-moi", headers={"X-API-Key": KEY})
    assert resp.json() == {"deleted": "ke-hoach-xa-moi", "removed_files": ["Kế hoạch xã mới.txt"]}
    assert _uploads(settings) == [] and fake.store.deleted == ["ke-hoach-xa-moi"]
    _assert_error(client.delete("/api/documents/ke-hoach-xa-moi", headers={"X-API-Key": KEY}), 404, "unknown document")


def test_upload_path_traversal_lands_inside_uploads_dir(client, fake, settings, monkeypatch):
    monkeypatch.setattr("ingest.pipeline.ingest_paths", FakeIngest(fake))
    for name in ["../../etc/passwd.txt", "..\\..\\windows\\evil.txt", "/abs/path/x.txt"]:
        resp = _upload(client, name, b"title\nbody")
        assert resp.status_code == 200, resp.text
    assert _uploads(settings) == ["evil.txt", "passwd.txt", "x.txt"]
    assert not (settings.data_dir / "etc").exists() and not (settings.uploads_dir.parent.parent / "etc").exists()


def test_upload_failed_ingest_leaves_nothing_behind_and_restores_previous(client, fake, settings, monkeypatch):
    monkeypatch.setattr("ingest.pipeline.ingest_paths", FakeIngest(fake))
    assert _upload(client, "plan.txt", b"v1\nbody").status_code == 200
    monkeypatch.setattr("ingest.pipeline.ingest_paths", FakeIngest(fake, fail_with="undecodable text; save it as UTF-8"))
    err = _assert_error(_upload(client, "plan.txt", b"\xff\xfe broken", params={"replace": "true"}), 422, "undecodable text; save it as utf-8")
    assert str(settings.data_dir) not in err  # no server paths in messages
    assert _uploads(settings) == ["plan.txt"] and (settings.uploads_dir / "plan.txt").read_bytes() == b"v1\nbody"
    err = _assert_error(_upload(client, "other.txt", b"x"), 422, "undecodable")
    assert _uploads(settings) == ["plan.txt"]


def test_upload_auth(client, fake, monkeypatch):
    ingest = FakeIngest(fake)
    monkeypatch.setattr("ingest.pipeline.ingest_paths", ingest)
    _assert_error(_upload(client, "a.txt", b"x", key=None), 401, "X-API-Key")
    _assert_error(_upload(client, "a.txt", b"x", key="wrong"), 401, "X-API-Key")
    _assert_error(client.delete(f"/api/documents/{DOC26}"), 401, "X-API-Key")
    _assert_error(client.delete(f"/api/documents/{DOC26}", headers={"X-API-Key": "wrong"}), 401)
    assert ingest.calls == [] and fake.store.deleted == []


def test_upload_and_delete_disabled_without_api_key(tmp_path, fake):
    settings = Settings(data_dir=tmp_path / "d", api_key="")
    with TestClient(create_app(settings, assistant=fake, chat=False)) as c:
        _assert_error(_upload(c, "a.txt", b"x", key=""), 403, "disabled", "PLAN_ASSISTANT_API_KEY")
        _assert_error(_upload(c, "a.txt", b"x", key="anything"), 403, "PLAN_ASSISTANT_API_KEY")
        _assert_error(c.delete(f"/api/documents/{DOC26}", headers={"X-API-Key": ""}), 403, "disabled")
    assert fake.store.deleted == [] and not settings.uploads_dir.exists()


def test_upload_too_large(client, fake, settings, monkeypatch):
    ingest = FakeIngest(fake)
    monkeypatch.setattr("ingest.pipeline.ingest_paths", ingest)
    limit = int(settings.max_upload_mb * 1024 * 1024)
    # (a) declared Content-Length far above the limit
    _assert_error(_upload(client, "big.txt", b"a" * (limit + 200_000)), 413, "too large", "PLAN_ASSISTANT_MAX_UPLOAD_MB")
    # (b) body within the multipart slack, file itself over the limit: caught while streaming the file
    _assert_error(_upload(client, "big.txt", b"a" * (limit + 1)), 413, "too large")
    # (c) chunked body without Content-Length
    boundary = "pa-test-boundary"

    def body():
        yield f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\nContent-Type: text/plain\r\n\r\n'.encode()
        for _ in range(40):
            yield b"b" * 10_000
        yield f"\r\n--{boundary}--\r\n".encode()

    resp = client.post("/api/documents", content=body(), headers={"X-API-Key": KEY, "Content-Type": f"multipart/form-data; boundary={boundary}"})
    _assert_error(resp, 413, "too large")
    assert ingest.calls == [] and _uploads(settings) == []
    # exactly at the limit is fine
    assert _upload(client, "ok.txt", b"t" * limit).status_code == 200


def test_upload_unsupported_type(client, fake, settings, monkeypatch):
    ingest = FakeIngest(fake)
    monkeypatch.setattr("ingest.pipeline.ingest_paths", ingest)
    _assert_error(_upload(client, "plan.exe", b"MZ..."), 415, "unsupported", ".pdf")
    _assert_error(_upload(client, "noext", b"x"), 415, "(none)")
    _assert_error(client.post("/api/documents", json={"file": "x"}, headers={"X-API-Key": KEY}), 415, "multipart")
    _assert_error(client.post("/api/documents", files={"other": ("a.txt", b"x")}, headers={"X-API-Key": KEY}), 422, "field named 'file'")
    assert ingest.calls == [] and _uploads(settings) == []


def test_upload_pdf_page_limit(client, fake, settings, monkeypatch):
    ingest = FakeIngest(fake)
    monkeypatch.setattr("ingest.pipeline.ingest_paths", ingest)
    pdf = _pdf_bytes(pages=settings.max_upload_pages + 1)
    assert len(pdf) < settings.max_upload_mb * 1024 * 1024
    _assert_error(_upload(client, "long.pdf", pdf), 413, f"{settings.max_upload_pages + 1} pages", "PLAN_ASSISTANT_MAX_UPLOAD_PAGES")
    assert ingest.calls == [] and _uploads(settings) == []


@pytest.mark.parametrize(
    "name,expected",
    [
        ("../../etc/passwd.txt", "passwd.txt"),
        ("..\\..\\x\\Kế hoạch số 12.PDF", "Kế hoạch số 12.pdf"),
        ("a\x00b\x1f\x7fc.txt", "abc.txt"),
        ("  ..hidden.md", "hidden.md"),
        ("..", "upload"),
        ("", "upload"),
        ("<img src=x onerror=alert(1)>.txt", "img src_x onerror_alert(1).txt"),
        ("Quyết định\u202e.txt", "Quyết định.txt"),  # bidi override (format char) dropped
        ("e\u0301.docx", "é.docx"),  # NFC
    ],
)
def test_safe_file_name(name, expected):
    assert safe_file_name(name) == expected


def test_safe_file_name_limits_length_in_bytes_and_keeps_suffix():
    name = safe_file_name("Kế hoạch " * 60 + ".docx")
    assert name.endswith(".docx") and len(name.encode("utf-8")) <= services.MAX_FILE_NAME_BYTES
    assert name.startswith("Kế hoạch Kế hoạch")


# ------------------------------------------------------------------------ feedback


def test_feedback_endpoint_appends_jsonl(client, settings):
    cit = [{"n": 1, "doc_id": DOC26, "doc_title": "KH 2026", "locator": "Phụ lục I, chỉ tiêu 18", "text": ROW18_TEXT}]
    r = client.post("/api/feedback", json={"question": "q1", "answer": "a1 [1]", "citations": cit, "rating": "up"})
    assert r.status_code == 200
    client.post("/api/feedback", json={"question": "q2", "answer": "a2", "rating": "down", "comment": "  sai năm  "})
    _assert_error(client.post("/api/feedback", json={"question": "q", "answer": "a", "rating": "meh"}), 422, "up", "down")
    lines = settings.feedback_file.read_text("utf-8").splitlines()
    assert len(lines) == 2
    first, second = map(json.loads, lines)
    assert first["rating"] == "up" and first["citations"] == cit and "comment" not in first and first["ts"].endswith("+00:00")
    assert second == {"ts": second["ts"], "question": "q2", "answer": "a2", "citations": [], "rating": "down", "comment": "sai năm"}


def test_feedback_log_is_thread_safe(tmp_path):
    log = FeedbackLog(tmp_path / "deep" / "dir" / "feedback.jsonl")
    long_answer = "x" * 20_000  # long lines would interleave without the lock

    def write(i):
        log.append(question=f"q{i}", answer=long_answer, citations=[], rating="up" if i % 2 else "down")

    with ThreadPoolExecutor(16) as pool:
        list(pool.map(write, range(200)))
    records = [json.loads(line) for line in (tmp_path / "deep" / "dir" / "feedback.jsonl").read_text("utf-8").splitlines()]
    assert sorted(r["question"] for r in records) == sorted(f"q{i}" for i in range(200))
    assert all(r["answer"] == long_answer for r in records)


# ------------------------------------------------------------------------ concurrency


def test_25_concurrent_asks_all_answered(settings):
    fake = FakeAssistant(settings, delay=0.05)
    with TestClient(create_app(settings, assistant=fake, chat=False)) as c:
        questions = [f"who leads indicator 18 (#{i})" for i in range(25)]
        with ThreadPoolExecutor(25) as pool:
            resps = list(pool.map(lambda q: c.post("/api/ask", json={"question": q}), questions))
    assert [r.status_code for r in resps] == [200] * 25
    assert [r.json()["question"] for r in resps] == questions
    assert all(r.json()["citations"][0]["doc_id"] == DOC26 for r in resps)
    assert fake.max_in_flight > 1  # blocking calls ran in parallel in the thread pool


# ------------------------------------------------------------------------ presentation helpers


def test_render_sources_escapes_plan_text_and_shows_warnings():
    cits = [
        {"n": 1, "doc_id": "d", "doc_title": "KH <b>2026</b>", "locator": "Phụ lục I, chỉ tiêu 18", "text": "18\t<script>alert(1)</script>\t100%"},
        Citation(n=2, doc_id="d", doc_title="T", locator="L \"x\" & y", text="<img src=x onerror=alert(2)>", warning="cells <i>uncertain</i>"),
    ]
    out = render_sources(cits)
    assert "<script>" not in out and "<img" not in out and "<b>2026" not in out and "<i>uncertain" not in out
    assert html.escape("<script>alert(1)</script>") in out and html.escape("<img src=x onerror=alert(2)>") in out
    assert "[1]" in out and "[2]" in out and "Phụ lục I, chỉ tiêu 18" in out and "100%" in out
    assert "⚠ cells &lt;i&gt;uncertain&lt;/i&gt;" in out and "L &quot;x&quot; &amp; y" in out
    assert "will appear here" in render_sources([]) and "No matching source" in render_sources([], found=False)


def test_answer_plain_text_numbers_citations():
    ans = {"answer": "Công an tỉnh; 100% [1].", "citations": [{"n": 1, "doc_title": "KH 2026", "locator": "Phụ lục I, chỉ tiêu 18", "text": "18\tTỉ lệ\n100%", "warning": "uncertain"}]}
    assert answer_plain_text(ans) == "Công an tỉnh; 100% [1].\n\nNguồn / Sources:\n[1] KH 2026 — Phụ lục I, chỉ tiêu 18: “18 Tỉ lệ 100%”\n    ⚠ uncertain"


def test_rows_table_has_one_column_per_target_year():
    rows = [
        _row("d", "Phụ lục 01", "1.1", "A", "Sở X", {"2030": "80%", "2025": "50%"}, uncertain=True),
        _row("d", "Phụ lục 01", "1.2", "B", "Sở Y", {"2025": "60%"}, coordinating="Sở Z"),
    ]
    headers, data = rows_table(rows)
    assert headers == services.ROW_COLUMNS_BEFORE + ["Mục tiêu / Target 2025", "Mục tiêu / Target 2030"] + services.ROW_COLUMNS_AFTER
    assert data[0][:3] == ["Phụ lục 01", "I. Phát triển Chính quyền số", "1.1 ⚠"]
    assert data[0][6:8] == ["50%", "80%"] and data[1][5:8] == ["Sở Z", "60%", ""]
    headers, data = rows_table(rows, drop_empty=True)  # no deadline/status anywhere: columns left out
    assert headers == services.ROW_COLUMNS_BEFORE + ["Mục tiêu / Target 2025", "Mục tiêu / Target 2030"]
    assert data[1] == ["Phụ lục 01", "I. Phát triển Chính quyền số", "1.2", "B", "Sở Y", "Sở Z", "60%", ""]


# ------------------------------------------------------------------------ chat callbacks and mounting


def test_chat_respond_streams_and_renders_escaped_sources(settings, fake):
    from ui.chat import ChatController

    ctl = ChatController(Runtime(settings, assistant=fake))
    steps = list(ctl.respond("xss question", [], [], {}))
    history, sources, question, copy_text, answers = steps[-1]
    assert question is not None and len(steps) >= 3
    assert [m["role"] for m in history] == ["user", "assistant"]
    bubble = history[1]["content"]
    assert "<script>" not in bubble and "&lt;script&gt;alert(1)&lt;/script&gt;" in bubble and 'href="#pa-src-1-1"' in bubble
    assert "<script>" not in sources and "&lt;script&gt;window.__xss=1&lt;/script&gt;" in sources and "pa-warn" in sources
    assert copy_text.startswith("See <script>alert(1)</script> [1].\n\nNguồn / Sources:\n[1] ")
    assert answers["1"]["citations"][0]["doc_id"] == DOC25

    # second turn: prior turns go to the assistant as plain history
    list(ctl.respond("who leads indicator 18", history, [DOC26], answers))
    assert fake.calls[-1]["history"][0] == {"role": "user", "content": "xss question"} and fake.calls[-1]["doc_ids"] == [DOC26]


def test_chat_errors_and_not_ready_are_shown_in_the_chat(settings, fake, monkeypatch):
    import gradio as gr

    from ui.chat import ChatController

    ctl = ChatController(Runtime(settings, assistant=fake))
    history = list(ctl.respond("q", [], ["nope"], {}))[-1][0]
    assert "unknown document" in history[-1]["content"] and history[-1]["content"].startswith("⚠")

    monkeypatch.setattr(Runtime, "start", lambda self: None)
    building = ChatController(Runtime(settings))
    history = list(building.respond("q", [], [], {}))[-1][0]
    assert "being built" in history[-1]["content"]
    assert building.refresh()[0].startswith("Đang xây dựng")
    assert isinstance(list(ctl.respond("   ", [], [], {}))[-1][1], type(gr.skip()))


def test_chat_like_appends_feedback(settings, fake):
    import gradio as gr

    from ui.chat import ChatController

    ctl = ChatController(Runtime(settings, assistant=fake))
    history, _, _, _, answers = list(ctl.respond("who leads indicator 18", [], [], {}))[-1]
    note, comment = ctl.on_like(answers, "đúng", gr.LikeData(None, {"index": 1, "value": history[1]["content"], "liked": True}))
    assert "recorded" in note and comment == ""
    ctl.on_like(answers, "", gr.LikeData(None, {"index": [1, 0], "value": "", "liked": False}))
    ctl.on_like(answers, "", gr.LikeData(None, {"index": 0, "value": "", "liked": True}))  # user message: ignored
    records = [json.loads(x) for x in settings.feedback_file.read_text("utf-8").splitlines()]
    assert [r["rating"] for r in records] == ["up", "down"]
    assert records[0]["question"] == "who leads indicator 18" and records[0]["comment"] == "đúng"
    assert records[0]["citations"][0]["locator"] == "Phụ lục I, chỉ tiêu 18"


def _col(frame, name):
    """One column of a gr.Dataframe update returned by the Tables tab."""
    value = frame.value
    return [row[value["headers"].index(name)] for row in value["data"]]


def test_tables_view_filters_rows(settings, fake):
    from ui.chat import ALL_APPENDICES, ChatController

    ctl = ChatController(Runtime(settings, assistant=fake))
    dropdown, frame, count = ctl.on_plan(DOC26, "", "")
    assert dropdown.value == "Phụ lục I" and count == "2 dòng / rows"
    assert _col(frame, "STT / No.") == ["18", "19"] and _col(frame, "Mục tiêu / Target 2026") == ["100%", "100%"]
    frame, count = ctl.on_filter(DOC26, ALL_APPENDICES, "Công an", "")
    assert _col(frame, "STT / No.") == ["18", "1"]
    frame, count = ctl.on_filter(DOC26, "Phụ lục I", "", "quản trị dữ liệu")
    assert _col(frame, "Nội dung / Content") == ["Tỉ lệ các sở, ngành, địa phương đạt cấp độ 3 mức độ trưởng thành về quản trị dữ liệu"]
    frame, count = ctl.on_filter(DOC25, ALL_APPENDICES, "", "")
    assert "uncertain" in count and _col(frame, "STT / No.") == ["27 ⚠"]


def test_gradio_chat_is_mounted_at_root_next_to_the_api(settings, fake):
    with TestClient(create_app(settings, assistant=fake)) as c:
        page = c.get("/")
        assert page.status_code == 200 and "gradio" in page.text.lower()
        config = c.get("/config").json()
        texts = json.dumps(config, ensure_ascii=False)
        assert "Câu hỏi / Question" in texts and "Bảng / Tables" in texts and "Nguồn / Sources" in texts
        assert "who leads indicator 18 and what's the 2026 target" in texts
        assert "Chỉ tiêu 18 do cơ quan nào chủ trì, mục tiêu năm 2026 là bao nhiêu?" in texts
        assert config.get("analytics_enabled") is False
        assert c.get("/api/health").json()["status"] == "ok"
        assert c.get("/docs").status_code == 200


# =====================================================================================
# Part 2 — the real Assistant over the real index (bundled corpus in a temp data dir)
# =====================================================================================

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
NEW_PLAN_ROWS = [
    ["STT", "Nội dung chỉ tiêu", "Đơn vị tính", "Giao chỉ tiêu 2027", "Cơ quan, đơn vị chủ trì tham mưu; theo dõi, báo cáo"],
    ["1", "Tỉ lệ hồ sơ công việc của xã Hoằng Thử được xử lý trên môi trường mạng", "%", "97%", "Văn phòng HĐND và UBND xã"],
    ["2", "Tỉ lệ người dân xã Hoằng Thử có tài khoản định danh điện tử mức độ 2", "%", "85%", "Công an xã"],
]


def _pdf_bytes(pages: int = 1, table: bool = False, encrypt: bool = False, title: str = "Chuyển đổi số xã Hoằng Thử năm 2027") -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT)))
    style = ParagraphStyle("vi", fontName="DejaVuSans", fontSize=10, leading=13)
    cell = ParagraphStyle("cell", fontName="DejaVuSans", fontSize=9, leading=11)
    story = [Paragraph("KẾ HOẠCH", style), Paragraph(title, style), Spacer(1, 8)]
    story.append(Paragraph("I. MỤC TIÊU", style))
    story.append(Paragraph("Đẩy mạnh chuyển đổi số trong hoạt động của chính quyền xã, phục vụ người dân và doanh nghiệp.", style))
    for i in range(1, pages):
        story += [PageBreak(), Paragraph(f"Trang {i + 1}: nội dung thuyết minh bổ sung của kế hoạch.", style)]
    if table:
        story += [PageBreak(), Paragraph("Phụ lục I:", style), Paragraph("CÁC CHỈ TIÊU THỰC HIỆN NĂM 2027", style), Spacer(1, 6)]
        data = [[Paragraph(c, cell) for c in row] for row in NEW_PLAN_ROWS]
        t = Table(data, colWidths=[30, 330, 60, 80, 200])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(t)
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4)).build(story)
    data = buf.getvalue()
    if encrypt:
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
        writer.encrypt(user_password="secret-user", owner_password="secret-owner")
        out = io.BytesIO()
        writer.write(out)
        data = out.getvalue()
    return data


def _docx_bytes(title: str = "Chuyển đổi số phường Thử Nghiệm năm 2027") -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph(title)
    d.add_paragraph("I. MỤC TIÊU")
    d.add_paragraph("Đẩy mạnh chuyển đổi số trong hoạt động của chính quyền phường.")
    d.add_paragraph("Phụ lục I:")
    d.add_paragraph("CÁC CHỈ TIÊU THỰC HIỆN NĂM 2027")
    rows = [r[:] for r in NEW_PLAN_ROWS]
    rows[1][1] = rows[1][1].replace("xã Hoằng Thử", "phường Thử Nghiệm")
    rows[2][1] = rows[2][1].replace("xã Hoằng Thử", "phường Thử Nghiệm")
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _real_assistant_available() -> bool:
    try:
        from assistant import Assistant  # noqa: F401
        from ingest.pipeline import ensure_index  # noqa: F401
    except ImportError:
        return False
    return True


requires_real = pytest.mark.skipif(not _real_assistant_available(), reason="assistant.Assistant is not implemented yet")


@pytest.fixture(scope="module")
def real(corpus_index, tmp_path_factory):
    """One app over the real Assistant, on a private copy of the session's corpus index
    (uploads and deletes here must not leak into other modules). The app's own startup opens it
    (ensure_index + Assistant in the background thread), as in `plan-assistant serve`."""
    import shutil

    source_settings, _ = corpus_index
    data_dir = tmp_path_factory.mktemp("real-data")
    shutil.copytree(source_settings.index_dir, data_dir / "index")
    settings = Settings(data_dir=data_dir, api_key=KEY, max_upload_mb=2, max_upload_pages=5, llm_provider="none")
    app = create_app(settings, chat=False)
    with TestClient(app) as c:
        deadline = time.monotonic() + 900
        while time.monotonic() < deadline:
            health = c.get("/api/health").json()
            if health["status"] != "building":
                break
            time.sleep(0.2)
        assert health["status"] == "ok", health
        yield c, settings


@pytest.mark.slow
@requires_real
def test_real_health_and_documents(real):
    c, settings = real
    health = c.get("/api/health").json()
    assert health["documents"] == 5 and health["embedding_model"]
    assert "index_dir" not in health and str(settings.index_dir) not in str(health)  # no file-system paths
    ids = {d["doc_id"] for d in c.get("/api/documents").json()}
    assert DOC26 in ids and len(ids) == 5


@pytest.mark.slow
@requires_real
@pytest.mark.parametrize("question", ["who leads indicator 18 and what's the 2026 target", "Chỉ tiêu 18 do cơ quan nào chủ trì, mục tiêu năm 2026 là bao nhiêu?"])
def test_real_ask_key_question(real, question):
    c, _ = real
    data = c.post("/api/ask", json={"question": question}).json()
    assert data["found"] is True, data
    assert "Công an tỉnh" in data["answer"] and "100%" in data["answer"]
    assert any(
        cit["doc_id"] == DOC26 and "Phụ lục I" in cit["locator"] and "quản trị dữ liệu" in cit["text"] for cit in data["citations"]
    ), data["citations"]


@pytest.mark.slow
@requires_real
def test_real_stream(real):
    c, _ = real
    with c.stream("POST", "/api/ask/stream", json={"question": "who leads indicator 18 and what's the 2026 target"}) as resp:
        assert resp.status_code == 200
        events = _sse_events(resp.read().decode("utf-8"))
    kinds = [e for e, _ in events]
    assert kinds == ["offline", "final"]  # no LLM configured: the offline answer, then the final event
    offline, final = events[0][1], events[1][1]
    assert final["source"] == "offline" and final["replaced"] is False
    assert final["answer"]["answer"] == offline["answer"] and "Công an tỉnh" in offline["answer"] and offline["citations"]


@pytest.mark.slow
@requires_real
def test_real_errors(real):
    c, settings = real
    _assert_error(c.post("/api/ask", json={"question": ""}), 422)
    _assert_error(c.post("/api/ask", json={"question": "y" * (settings.max_question_chars + 1)}), 413)
    _assert_error(c.post("/api/ask", json={"question": "chỉ tiêu 18", "doc_ids": ["no-such-plan"]}), 404, "no-such-plan")
    _assert_error(c.get("/api/search", params={"q": "x", "doc_id": "no-such-plan"}), 404, "no-such-plan")


@pytest.mark.slow
@requires_real
def test_real_search_and_rows(real):
    c, _ = real
    hits = c.get("/api/search", params={"q": "quản trị dữ liệu cấp độ 3", "doc_id": DOC26, "k": 5}).json()
    assert 0 < len(hits) <= 5 and {h["doc_id"] for h in hits} == {DOC26}
    assert hits == sorted(hits, key=lambda h: -h["score"])
    assert any("quản trị dữ liệu" in h["source_text"] for h in hits)
    detail = c.get(f"/api/documents/{DOC26}").json()
    assert [a["appendix"] for a in detail["appendices"]][:2] == ["Phụ lục I", "Phụ lục II"]
    rows = c.get(f"/api/documents/{DOC26}/rows", params={"appendix": "Phụ lục I"}).json()
    (r18,) = [r for r in rows if r["number"] == "18"]
    assert r18["fields"]["lead"] == "Công an tỉnh" and "100%" in r18["fields"]["targets"].values()
    by_agency = c.get(f"/api/documents/{DOC26}/rows", params={"appendix": "I", "agency": "Công an tỉnh", "year": "2026"}).json()
    assert "18" in [r["number"] for r in by_agency] and all(r["appendix"] == "Phụ lục I" for r in by_agency)
    assert len(by_agency) < len(rows)


@pytest.mark.slow
@requires_real
@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_real_upload_ask_delete(real, kind):
    c, settings = real
    if kind == "pdf":
        name, data, place = "Kế hoạch xã Hoằng Thử 2027.pdf", _pdf_bytes(table=True), "xã Hoằng Thử"
    else:
        name, data, place = "../Kế hoạch phường Thử Nghiệm 2027.docx", _docx_bytes(), "phường Thử Nghiệm"
    resp = _upload(c, name, data)
    assert resp.status_code == 200, resp.text
    report = resp.json()
    doc_id = report["doc_id"]
    assert report["added"] == [doc_id] and report["rows"] >= 2 and not report["skipped"]
    assert (settings.uploads_dir / Path(name.replace("../", "")).name).is_file()
    assert doc_id in {d["doc_id"] for d in c.get("/api/documents").json()}
    rows = c.get(f"/api/documents/{doc_id}/rows").json()
    texts = " ".join(r["text"] for r in rows)
    assert "97%" in texts and "Văn phòng HĐND và UBND xã" in texts and "85%" in texts
    ans = c.post("/api/ask", json={"question": f"Tỉ lệ người dân {place} có tài khoản định danh điện tử mức độ 2 năm 2027 là bao nhiêu?", "doc_ids": [doc_id]}).json()
    assert "85%" in ans["answer"] and ans["citations"][0]["doc_id"] == doc_id
    # re-upload of the same bytes is a no-op
    again = _upload(c, name, data)
    assert again.status_code == 409  # the id exists: refused unless the client asks to replace
    assert _upload(c, name, data, params={"replace": "true"}).json()["unchanged"] == [doc_id]

    resp = c.delete(f"/api/documents/{doc_id}", headers={"X-API-Key": KEY})
    assert resp.status_code == 200 and resp.json()["removed_files"]
    assert doc_id not in {d["doc_id"] for d in c.get("/api/documents").json()}
    _assert_error(c.get(f"/api/documents/{doc_id}/rows"), 404)
    _assert_error(c.post("/api/ask", json={"question": "x", "doc_ids": [doc_id]}), 404)
    assert not [p for p in settings.uploads_dir.rglob("*") if p.is_file()]


@pytest.mark.slow
@requires_real
def test_real_upload_rejections_leave_nothing_behind(real):
    c, settings = real
    before = {d["doc_id"] for d in c.get("/api/documents").json()}
    err = _assert_error(_upload(c, "khoa.pdf", _pdf_bytes(table=True, encrypt=True)), 422, "encrypted")
    assert str(settings.data_dir) not in err
    _assert_error(_upload(c, "dai.pdf", _pdf_bytes(pages=settings.max_upload_pages + 1)), 413, "pages")
    _assert_error(_upload(c, "hong.pdf", b"%PDF-1.7\n garbage that is not a pdf"), 422, "hong.pdf")
    _assert_error(_upload(c, "rong.txt", b"   \n"), 422, "empty")
    _assert_error(_upload(c, "ma.txt", b"\xff\xfe\x00\xd8 \x81\x82 not utf-8 \xc3"), 422)
    _assert_error(_upload(c, "to.txt", b"x" * (int(settings.max_upload_mb * 1024 * 1024) + 10)), 413)
    _assert_error(_upload(c, "script.html", b"<script></script>"), 415)
    assert {d["doc_id"] for d in c.get("/api/documents").json()} == before
    assert not [p for p in settings.uploads_dir.rglob("*") if p.is_file()]


@pytest.mark.slow
@requires_real
def test_real_25_concurrent_asks(real):
    c, _ = real
    questions = [json.loads(line)["question"] for line in (Path(__file__).parent.parent / "evals" / "dev.jsonl").read_text("utf-8").splitlines()][:25]
    with ThreadPoolExecutor(25) as pool:
        resps = list(pool.map(lambda q: c.post("/api/ask", json={"question": q}), questions))
    assert [r.status_code for r in resps] == [200] * 25
    for q, r in zip(questions, resps):
        data = r.json()
        assert data["question"] == q and isinstance(data["found"], bool) and isinstance(data["answer"], str) and data["answer"]
        assert all({"n", "doc_id", "doc_title", "locator", "text"} <= set(cit) for cit in data["citations"])


@pytest.mark.slow
@requires_real
def test_real_feedback(real):
    c, settings = real
    ans = c.post("/api/ask", json={"question": "who leads indicator 18 and what's the 2026 target"}).json()
    resp = c.post("/api/feedback", json={"question": ans["question"], "answer": ans["answer"], "citations": ans["citations"], "rating": "up"})
    assert resp.status_code == 200
    last = json.loads(settings.feedback_file.read_text("utf-8").splitlines()[-1])
    assert last["answer"] == ans["answer"] and last["citations"] == ans["citations"]


def test_the_service_warms_answering_up_before_it_reports_ok(settings, monkeypatch):
    """The background build answers the warm-up questions before /api/health says "ok", so the first
    user's question does not pay for loading the models and indexes."""
    from assistant import service as assistant_service
    from ui import services

    asked: list[str] = []

    class Recorder:
        def __init__(self, settings, store=None):
            pass

        def warm_up(self):
            asked.extend(assistant_service.WARM_UP_QUESTIONS)
            return 0.0

    monkeypatch.setattr("ingest.pipeline.ensure_index", lambda settings: object())
    monkeypatch.setattr("assistant.Assistant", Recorder)
    runtime = services.Runtime(settings)
    assert runtime.wait_ready(30)
    assert runtime.status == "ok" and asked == list(assistant_service.WARM_UP_QUESTIONS)
