"""Issue 11 — holds up under faults and abuse. One test (or a few) per finding, fast (fakes).

The slow, real-index parts (other-process ingest while serving, concurrent uploads/deletes,
schemathesis against the live app) are in ``tests/test_reliability_live.py``.
"""

from __future__ import annotations

import asyncio
import errno
import io
import json
import os
import threading
import time
import zipfile
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from ingest.errors import UnreadableFileError
from ingest.settings import Settings
from tests.test_api import DOC25, DOC26, KEY, FakeAssistant, FakeIngest, _assert_error, _upload, _uploads
from ui import services
from ui.app import create_app
from ui.services import FeedbackLog, RateLimiter

pytestmark = pytest.mark.reliability


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


@pytest.fixture(scope="module")
def chat_client(tmp_path_factory):
    """The full app (API + Gradio chat) — Gradio's own routes are part of the attack surface."""
    settings = Settings(data_dir=tmp_path_factory.mktemp("chat") / "data", api_key=KEY)
    with TestClient(create_app(settings, assistant=FakeAssistant(settings), chat=True)) as c:
        c.gradio_temp_dir = os.environ.get("GRADIO_TEMP_DIR")  # process-wide; later apps in this run reset it
        yield c, settings


# ============================================================================ 1. clean errors

SURROGATE = "\ud800"


def _raw_json(client, path, text: str):
    # json.dumps escapes the surrogate as \ud800: exactly what a client library sends
    return client.post(path, content=json.dumps(text).encode("ascii"), headers={"content-type": "application/json"})


@pytest.mark.parametrize(
    "path,body",
    [
        ("/api/ask", {"question": f"chỉ tiêu 18 {SURROGATE}"}),
        ("/api/ask", {"question": "q", "doc_ids": [SURROGATE]}),
        ("/api/ask", {"question": "q", "history": [{"role": "user", "content": SURROGATE}]}),
        ("/api/ask/stream", {"question": SURROGATE}),
        ("/api/feedback", {"question": "q", "answer": SURROGATE, "rating": "up"}),
        ("/api/feedback", {"question": "q", "answer": "a", "rating": "up", "comment": SURROGATE}),
        ("/api/feedback", {"question": "q", "answer": "a", "rating": "up", "citations": [{"text": SURROGATE}]}),
    ],
)
def test_lone_surrogates_in_json_are_400(client, settings, path, body):
    resp = client.post(path, content=json.dumps(body).encode("ascii"), headers={"content-type": "application/json"})
    _assert_error(resp, 400, "surrogate")
    assert not settings.feedback_file.exists()


@pytest.mark.parametrize(
    "url",
    [
        "/api/documents/%ED%A0%80",  # UTF-8 encoding of a surrogate: not valid UTF-8
        "/api/documents/%FF%FE/rows",
        "/api/search?q=%ED%A0%80",
        f"/api/documents/{DOC26}/rows?agency=%C3",
    ],
)
def test_undecodable_urls_are_400(client, url):
    _assert_error(client.get(url), 400, "utf-8")


def test_surrogate_in_upload_file_name_is_400(client, fake, monkeypatch):
    monkeypatch.setattr("ingest.pipeline.ingest_paths", FakeIngest(fake))
    body = (
        b"--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\xed\xa0\x80.txt\"\r\n\r\nplan\r\n--b--\r\n"
    )
    resp = client.post("/api/documents", content=body, headers={"content-type": "multipart/form-data; boundary=b", "X-API-Key": KEY})
    assert resp.status_code in (400, 200), resp.text  # the multipart parser may decode it leniently…
    assert resp.status_code != 500
    if resp.status_code == 200:  # …then the stored name has no surrogate in it
        assert all(not any(0xD800 <= ord(ch) <= 0xDFFF for ch in n) for n in _uploads(fake.settings))


def test_unknown_api_paths_and_methods_use_the_api_error_shape_even_with_the_chat_mounted(chat_client):
    c, _ = chat_client
    _assert_error(c.get("/api/nothing-here"), 404, "no such endpoint")
    _assert_error(c.post("/api/health/nope"), 404, "no such endpoint")
    resp = c.get("/api/ask")
    _assert_error(resp, 405, "POST")
    assert "POST" in resp.headers["allow"]
    _assert_error(c.put("/api/feedback", json={}), 405)
    _assert_error(c.delete("/api/documents"), 405)
    opt = c.options("/api/ask")
    assert opt.status_code == 204 and "POST" in opt.headers["allow"]


def test_openapi_states_the_real_constraints(client):
    spec = client.get("/openapi.json").json()
    schemas = spec["components"]["schemas"]
    q = schemas["AskRequest"]["properties"]["question"]
    assert q["minLength"] == 1 and q["pattern"] == r"\S"
    doc_items = schemas["AskRequest"]["properties"]["doc_ids"]["anyOf"][0]["items"]
    assert doc_items["pattern"] == r"^[a-z0-9_-]{1,200}$"
    assert schemas["FeedbackRequest"]["properties"]["rating"]["enum"] == ["up", "down"]
    params = {p["name"]: p for p in spec["paths"]["/api/documents/{doc_id}/rows"]["get"]["parameters"]}
    year = params["year"]["schema"]["anyOf"][0]
    assert (year["type"], year["minimum"], year["maximum"]) == ("integer", 1900, 2100)
    assert params["doc_id"]["schema"]["pattern"] == r"^[a-z0-9_-]{1,200}$"
    # every status the server can answer is documented (schemathesis status_code_conformance)
    for path, ops in spec["paths"].items():
        if not path.startswith("/api"):
            continue
        for method, op in ops.items():
            codes = set(op["responses"])
            assert {"400", "404", "405", "408", "413", "422", "429", "503"} <= codes, (method, path, codes)
    upload = spec["paths"]["/api/documents"]["post"]["responses"]
    assert {"401", "403", "409", "415", "507"} <= set(upload)
    # ... and what the schema declares is what the server enforces
    _assert_error(client.get(f"/api/documents/{DOC26}/rows", params={"year": 99999}), 422, "year")
    _assert_error(client.post("/api/feedback", json={"question": "q", "answer": "a", "rating": "like"}), 422, "rating")


@pytest.mark.parametrize(
    "err,status,needle",
    [(errno.ENOSPC, 507, "disk"), (errno.EROFS, 503, "not writable"), (errno.EACCES, 503, "not writable")],
)
def test_feedback_on_full_or_read_only_disk_says_what_to_do_and_leaves_no_partial_line(client, settings, monkeypatch, err, status, needle):
    assert client.post("/api/feedback", json={"question": "q0", "answer": "a", "rating": "up"}).status_code == 200
    before = settings.feedback_file.read_bytes()
    real_write = os.write

    def half_write(fd, data):  # the kernel writes part of the line, then the disk is full
        real_write(fd, bytes(data[: len(data) // 2]))
        raise OSError(err, os.strerror(err))

    monkeypatch.setattr(services.os, "write", half_write)
    resp = client.post("/api/feedback", json={"question": "q1", "answer": "x" * 5000, "rating": "down"})
    msg = _assert_error(resp, status, needle, "PLAN_ASSISTANT_DATA_DIR")
    assert "delete" not in msg.lower() and str(settings.data_dir) not in msg
    assert settings.feedback_file.read_bytes() == before  # truncated back: never a partial line


def test_upload_on_full_disk_is_507(client, fake, settings, monkeypatch):
    def full(*a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("ingest.pipeline.ingest_paths", full)
    _assert_error(_upload(client, "new-plan.txt", b"title\nbody"), 507, "full")
    assert _uploads(settings) == []


# ============================================================================ 2. health


def test_liveness_and_readiness_support_head(client):
    assert client.head("/api/health/live").status_code == 200
    assert client.head("/api/health").status_code == 200
    assert client.get("/api/health/live").json() == {"status": "alive"}


def test_readiness_is_503_when_vector_search_is_broken(settings):
    fake = FakeAssistant(settings)

    def broken_dense(query, k, doc_ids=None, kind=None):
        raise RuntimeError("Error finding id")

    fake.store.dense_search = broken_dense
    with TestClient(create_app(settings, assistant=fake, chat=False)) as c:
        resp = c.get("/api/health")
        assert resp.status_code == 503 and resp.json()["status"] == "error"
        assert "vector search" in resp.json()["error"]
        assert c.head("/api/health").status_code == 503
        assert c.get("/api/health/live").status_code == 200


def test_readiness_is_503_when_the_index_is_empty(settings):
    fake = FakeAssistant(settings)
    fake.store.docs.clear()
    with TestClient(create_app(settings, assistant=fake, chat=False)) as c:
        assert c.get("/api/health").status_code == 503


def test_no_file_system_paths_in_responses(settings, monkeypatch):
    def broken(self):
        self._error = OSError(f"cannot open {settings.index_dir / 'catalog.sqlite3'}")
        self._ready.set()

    monkeypatch.setattr(services.Runtime, "_build", broken)
    with TestClient(create_app(settings, chat=False)) as c:
        for _ in range(100):
            if c.get("/api/health").json()["status"] != "building":
                break
            time.sleep(0.01)
        for resp in (c.get("/api/health"), c.get("/api/documents"), c.post("/api/ask", json={"question": "q"})):
            assert resp.status_code == 503
            assert str(settings.data_dir) not in resp.text and "/tmp" not in resp.text, resp.text


# ============================================================================ 3. no unauthenticated growth


def test_feedback_record_size_is_capped(client, settings):
    _assert_error(client.post("/api/feedback", json={"question": "q", "answer": "x" * 19_000, "rating": "up", "citations": [{"text": "y" * 60_000}]}), 413, "too large")
    _assert_error(client.post("/api/feedback", json={"question": "q", "answer": "x" * 30_000, "rating": "up"}), 422, "answer")
    assert not settings.feedback_file.exists()


def test_feedback_file_is_rotated_and_bounded(tmp_path):
    log = FeedbackLog(tmp_path / "feedback.jsonl", max_bytes=20_000, keep=2)
    for i in range(100):
        log.append(question=f"q{i}", answer="a" * 900, citations=[], rating="up")
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["feedback.jsonl", "feedback.jsonl.1", "feedback.jsonl.2"]
    total = sum(p.stat().st_size for p in tmp_path.iterdir())
    assert total <= 3 * 20_000
    for p in tmp_path.iterdir():  # every file holds whole records only
        for line in p.read_text("utf-8").splitlines():
            json.loads(line)
    assert json.loads((tmp_path / "feedback.jsonl").read_text("utf-8").splitlines()[-1])["question"] == "q99"


def test_feedback_is_rate_limited_per_client(tmp_path, fake):
    settings = Settings(data_dir=tmp_path / "d", write_rate_per_minute=5)
    with TestClient(create_app(settings, assistant=fake, chat=False)) as c:
        codes = [c.post("/api/feedback", json={"question": "q", "answer": "a", "rating": "up"}).status_code for _ in range(8)]
        assert codes == [200] * 5 + [429] * 3
        resp = c.post("/api/feedback", json={"question": "q", "answer": "a", "rating": "up"})
        _assert_error(resp, 429, "too many")
        assert int(resp.headers["retry-after"]) > 0
        assert c.post("/api/ask", json={"question": "q"}).status_code == 200  # reads are not limited
    assert len(settings.feedback_file.read_text("utf-8").splitlines()) == 5


def test_rate_limiter_memory_is_bounded():
    limiter = RateLimiter(3, 60.0, max_keys=100)
    for i in range(10_000):
        limiter.hit(f"10.0.{i // 256}.{i % 256}")
    assert len(limiter._events) <= 100


def test_api_key_guesses_are_rate_limited(tmp_path, fake, monkeypatch):
    settings = Settings(data_dir=tmp_path / "d", api_key=KEY, key_failures_per_minute=3, write_rate_per_minute=0)
    monkeypatch.setattr("ingest.pipeline.ingest_paths", FakeIngest(fake))
    with TestClient(create_app(settings, assistant=fake, chat=False)) as c:
        codes = [c.delete(f"/api/documents/{DOC25}", headers={"X-API-Key": f"guess{i}"}).status_code for i in range(5)]
        assert codes == [401, 401, 401, 429, 429]
        # even the right key waits: guessing cannot continue at full speed
        _assert_error(c.delete(f"/api/documents/{DOC25}", headers={"X-API-Key": KEY}), 429, "retry")
    assert fake.store.deleted == []


def test_gradio_upload_route_is_closed_and_its_temp_dir_is_in_the_data_dir(chat_client):
    c, settings = chat_client
    for path in ("/gradio_api/upload", "/upload"):
        resp = c.post(path, files={"files": ("x.txt", b"A" * 100_000, "text/plain")})
        _assert_error(resp, 404, "disabled")
        assert str(settings.data_dir) not in resp.text
    assert c.gradio_temp_dir == str(settings.data_dir / "tmp" / "gradio")
    assert c.get("/").status_code == 200  # the chat page still loads


# ============================================================================ 4. hostile files


def _docx_bomb(unpacked: int) -> bytes:
    """A real .docx (python-docx) plus one member of ``unpacked`` zero bytes."""
    import docx

    doc = docx.Document()
    doc.add_paragraph("Kế hoạch")
    buf = io.BytesIO()
    doc.save(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        with dst.open("word/media/zeros.bin", "w") as fh:
            block = b"\0" * (1 << 20)
            for _ in range(unpacked // len(block)):
                fh.write(block)
    return out.getvalue()


def test_docx_bomb_is_rejected_before_parsing(tmp_path):
    from ingest.loaders import load_file

    data = _docx_bomb(64 << 20)
    assert len(data) < 200_000
    path = tmp_path / "bomb.docx"
    path.write_bytes(data)
    with pytest.raises(UnreadableFileError, match="zip bomb|unpacks to"):
        load_file(path)


def test_zip_limits_check_real_output_not_the_declared_sizes(tmp_path):
    from ingest.safety import check_zip_container

    data = _docx_bomb(8 << 20)
    check_zip_container("ok.docx", data, max_unpacked=100 << 20, max_ratio=10_000)  # within limits
    with pytest.raises(UnreadableFileError, match="unpacks to"):
        check_zip_container("x.docx", data, max_unpacked=4 << 20, max_ratio=10_000)


def test_normal_docx_passes_the_zip_check(tmp_path):
    import docx

    from ingest.loaders import load_file

    doc = docx.Document()
    doc.add_paragraph("KẾ HOẠCH chuyển đổi số năm 2027")
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "STT", "Nội dung"
    table.cell(1, 0).text, table.cell(1, 1).text = "1", "Nhiệm vụ"
    doc.save(tmp_path / "plan.docx")
    assert "Nhiệm vụ" in load_file(tmp_path / "plan.docx").text


def test_upload_name_collision_is_409_unless_replace(client, fake, settings, monkeypatch):
    monkeypatch.setattr("ingest.pipeline.ingest_paths", FakeIngest(fake))
    assert _upload(client, "plan.txt", b"v1\nbody").status_code == 200
    _assert_error(_upload(client, "plan.txt", b"v2\nbody"), 409, "replace=true")
    _assert_error(_upload(client, "Plan.md", b"v2\nbody"), 409, "'plan'")  # another name, same id
    _assert_error(_upload(client, f"{DOC26}.txt", b"imposter\nbody"), 409)  # a bundled plan
    assert fake.store.document(DOC26).title.startswith("Kế hoạch")
    assert _uploads(settings) == ["plan.txt"] and (settings.uploads_dir / "plan.txt").read_bytes() == b"v1\nbody"
    resp = _upload(client, "Plan.md", b"v2\nbody", params={"replace": "true"})
    assert resp.status_code == 200, resp.text
    assert _uploads(settings) == ["Plan.md"]  # the superseded file of the same id is gone


def test_uploads_dir_holds_exactly_the_ingested_files(client, fake, settings, monkeypatch):
    monkeypatch.setattr("ingest.pipeline.ingest_paths", FakeIngest(fake))
    assert _upload(client, "a.txt", b"A\nbody").status_code == 200
    monkeypatch.setattr("ingest.pipeline.ingest_paths", FakeIngest(fake, fail_with="broken"))
    assert _upload(client, "a.txt", b"A2\nbody", params={"replace": "true"}).status_code == 422
    assert _upload(client, "b.txt", b"B\nbody").status_code == 422
    assert _uploads(settings) == ["a.txt"]
    assert client.delete("/api/documents/a", headers={"X-API-Key": KEY}).status_code == 200
    assert _uploads(settings) == []
    leftovers = [p for p in settings.data_dir.rglob("*") if p.is_file() and p.name.endswith(".bak")]
    assert leftovers == []
    staging = settings.data_dir / "tmp" / "staging"
    assert not staging.exists() or list(staging.iterdir()) == []


# ============================================================================ 5. deletions that last


def test_deleted_plan_is_not_resurrected_from_the_corpus_folder(tmp_path, monkeypatch):
    """Real pipeline, fake store: a folder walk skips tombstoned ids; naming the file restores it."""
    from ingest import tombstones
    from ingest.pipeline import ingest_paths

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "plan-a.txt").write_text("KẾ HOẠCH A\nnội dung", "utf-8")
    (corpus / "plan-b.txt").write_text("KẾ HOẠCH B\nnội dung", "utf-8")
    settings = Settings(data_dir=tmp_path / "data", corpus_dir=corpus)

    class Store:
        def __init__(self):
            self.docs = {}

        def embedding_mismatch(self):
            return False

        def document_state(self, doc_id):
            return None

        def replace_document(self, parsed, chunks, fingerprint=""):
            self.docs[parsed.info.doc_id] = parsed.info
            return 0

        def vacuum(self):
            pass

        def document(self, doc_id):
            return self.docs.get(doc_id)

    tombstones.add(settings.index_dir, "plan-a")
    store = Store()
    report = ingest_paths(None, settings=settings, store=store)
    assert sorted(store.docs) == ["plan-b"]
    assert any("--restore plan-a" in s.error for s in report.skipped)
    ingest_paths([corpus / "plan-a.txt"], settings=settings, store=store)  # named explicitly
    assert sorted(store.docs) == ["plan-a", "plan-b"] and tombstones.load(settings.index_dir) == set()


def test_delete_through_the_api_writes_a_tombstone(client, fake, settings):
    assert client.delete(f"/api/documents/{DOC25}", headers={"X-API-Key": KEY}).status_code == 200
    from ingest import tombstones

    assert tombstones.load(settings.index_dir) == {DOC25}


def test_cli_restore_clears_the_tombstone(tmp_path, monkeypatch):
    from ingest import tombstones
    from ui import cli

    settings_dir = tmp_path / "data"
    tombstones.add(settings_dir / "index", "plan-a")
    calls = []
    monkeypatch.setattr("ingest.pipeline.ingest_paths", lambda *a, **k: calls.append(1) or __import__("ingest.pipeline").pipeline.IngestReport(unchanged=["x"]))
    assert cli.main(["--data-dir", str(settings_dir), "ingest", "--quiet", "--restore", "plan-a"]) == 0
    assert tombstones.load(settings_dir / "index") == set() and calls


# ============================================================================ 6. hardening


def test_security_headers_on_api_and_chat(chat_client):
    c, _ = chat_client
    for resp in (c.get("/api/health"), c.get("/"), c.get("/api/nothing")):
        assert resp.headers["x-frame-options"] == "DENY"
        assert resp.headers["x-content-type-options"] == "nosniff"
        csp = resp.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in csp and "object-src 'none'" in csp


def test_host_allow_list(tmp_path, fake):
    settings = Settings(data_dir=tmp_path / "d")
    with TestClient(create_app(settings, assistant=fake, chat=False)) as c:
        assert c.get("/api/health", headers={"host": "127.0.0.1:8000"}).status_code == 200
        assert c.get("/api/health", headers={"host": "localhost"}).status_code == 200
        _assert_error(c.get("/api/health", headers={"host": "evil.example:8000"}), 400, "PLAN_ASSISTANT_ALLOWED_HOSTS")
    settings = Settings(data_dir=tmp_path / "d2", allowed_hosts="plans.example.gov.vn")
    with TestClient(create_app(settings, assistant=fake, chat=False)) as c:
        assert c.get("/api/health", headers={"host": "plans.example.gov.vn"}).status_code == 200
        assert c.get("/api/health", headers={"host": "evil.example"}).status_code == 400


def test_slow_request_body_times_out(settings, fake):
    from ui.api import ProtectionMiddleware
    from ui.services import Runtime

    settings = settings.model_copy(update={"body_timeout_s": 0.2})
    app = create_app(settings, assistant=fake, chat=False)
    sent = []

    async def run():
        async def receive():
            await asyncio.sleep(5)  # the client never sends its body
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message):
            sent.append(message)

        scope = {
            "type": "http", "method": "POST", "path": "/api/ask", "raw_path": b"/api/ask", "query_string": b"",
            "headers": [(b"host", b"127.0.0.1"), (b"content-type", b"application/json"), (b"content-length", b"20")],
            "server": ("127.0.0.1", 8000), "client": ("127.0.0.1", 5555), "scheme": "http", "root_path": "",
            "http_version": "1.1", "app": app,
        }
        started = time.monotonic()
        await app(scope, receive, send)
        return time.monotonic() - started

    elapsed = asyncio.run(run())
    assert elapsed < 3
    start = next(m for m in sent if m["type"] == "http.response.start")
    assert start["status"] == 408


# ============================================================================ 7. one writer, many readers


def test_a_delete_racing_with_a_question_that_named_no_document_is_not_a_404(client, fake):
    """The assistant resolved ids from the generation before a delete; the API retries once."""
    from retriever.errors import UnknownDocumentError

    real_answer = fake.answer
    failures = iter([UnknownDocumentError(DOC25, [])])

    def racing(question, doc_ids=None, history=None, qid=None):
        for exc in failures:
            raise exc
        return real_answer(question, doc_ids=doc_ids, history=history, qid=qid)

    fake.answer = racing
    assert client.post("/api/ask", json={"question": "who leads indicator 18"}).status_code == 200
    # a question that named the deleted document still gets its 404
    failures = iter([UnknownDocumentError(DOC25, [])])
    _assert_error(client.post("/api/ask", json={"question": "q", "doc_ids": [DOC25]}), 404, DOC25)


def _parsed(doc_id: str, n_rows: int):
    import hashlib

    from ingest.records import Chunk, DocumentInfo, ParsedDocument, TableRow

    info = DocumentInfo(doc_id=doc_id, file=f"{doc_id}.txt", title=f"Plan {doc_id}", sha256=hashlib.sha256(doc_id.encode()).hexdigest())
    rows, chunks = [], []
    for i in range(1, n_rows + 1):
        text = f"{i}\tChỉ tiêu {i} của {doc_id}\t%\t100%\tSở {i}"
        rows.append(TableRow(row_id=f"{doc_id}:I:{i}", doc_id=doc_id, appendix="Phụ lục I", kind="indicator", number=str(i), text=text, fields={"lead": f"Sở {i}"}))
        cid = hashlib.sha256(f"{doc_id}|{i}".encode()).hexdigest()[:24]
        chunks.append(Chunk(chunk_id=cid, doc_id=doc_id, kind="row", text=text, source_text=text, locator=f"chỉ tiêu {i}", row_id=f"{doc_id}:I:{i}"))
    return ParsedDocument(info=info, rows=rows), chunks


def test_catalog_reads_do_not_touch_sqlite_on_the_hot_path(tmp_path):
    from ingest.store import IndexStore
    from tests.test_index import _FakeEmbeddings

    store = IndexStore(Settings(data_dir=tmp_path / "d"), embeddings=_FakeEmbeddings())
    store.replace_document(*_parsed("plan-a", 5))
    assert len(store.rows("plan-a")) == 5
    calls = []
    real_query = store._query
    store._query = lambda *a, **k: calls.append(a) or real_query(*a, **k)

    def reader():
        for _ in range(2000):
            assert store.document("plan-a") is not None and len(store.rows("plan-a")) == 5 and store.generation >= 1

    threads = [threading.Thread(target=reader) for _ in range(4)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    # 8000 reads × 3 lookups: SQLite is asked only when the catalog files' stat() changes or every
    # GENERATION_QUERY_S — not once per read under one lock as before
    assert len(calls) <= 2 + int(elapsed / store.GENERATION_QUERY_S) * 4, len(calls)


def test_a_second_process_writing_is_seen_by_readers_and_their_vectors_reopened(tmp_path):
    """Two IndexStore objects on one data dir stand for two processes (separate handles)."""
    from ingest.store import IndexStore
    from tests.test_index import _FakeEmbeddings

    settings = Settings(data_dir=tmp_path / "d")
    reader = IndexStore(settings, embeddings=_FakeEmbeddings())
    writer_store = IndexStore(settings, embeddings=_FakeEmbeddings())
    writer_store.replace_document(*_parsed("plan-a", 3))
    assert [d.doc_id for d in reader.documents()] == ["plan-a"]
    assert reader.dense_search("Chỉ tiêu 2 của plan-a", 3)
    reopened = []
    real_reopen = reader._reopen_chroma
    reader._reopen_chroma = lambda: reopened.append(1) or real_reopen()
    writer_store.replace_document(*_parsed("plan-b", 4))
    writer_store.delete_document("plan-a")
    time.sleep(reader.GENERATION_CHECK_S + 0.05)
    assert [d.doc_id for d in reader.documents()] == ["plan-b"]
    assert reopened, "the reader kept its stale vector handles"
    hits = reader.dense_search("Chỉ tiêu 3 của plan-b", 5)
    assert hits and {c.doc_id for c, _ in hits} == {"plan-b"}


def test_writer_lock_excludes_other_processes_and_names_the_holder(tmp_path):
    import subprocess
    import sys

    from ingest.locking import IndexBusyError, holder, writer_lock

    index_dir = tmp_path / "index"
    index_dir.mkdir()
    code = (
        "import sys, time; sys.path.insert(0, '.');"
        "from ingest.locking import writer_lock;"
        f"cm = writer_lock(r'{index_dir}', what='plan-assistant ingest test-holder'); cm.__enter__();"
        "print('locked', flush=True); time.sleep(30)"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parent.parent)
    try:
        assert proc.stdout.readline().strip() == "locked"
        assert f"pid {proc.pid}" in holder(index_dir)
        with pytest.raises(IndexBusyError, match=f"pid {proc.pid}.*test-holder"):
            with writer_lock(index_dir, timeout=0.3):
                pass
    finally:
        proc.kill()
        proc.wait()
    with writer_lock(index_dir, timeout=5):  # released by the kernel when the holder died
        with writer_lock(index_dir, timeout=0):  # re-entrant in one thread
            pass
