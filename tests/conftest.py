"""Shared session fixtures: one real index of the bundled corpus per test session.

``corpus_index`` ingests ``corpus/`` (real loaders, parser, chunker, sentence-transformers
embeddings and embedded Chroma) into a temporary data directory once; ``assistant_real`` is the
real :class:`assistant.Assistant` over that index. Tests that use them are marked
``@pytest.mark.slow`` in their own modules.
"""

from __future__ import annotations

import pytest

from ingest.settings import PROJECT_ROOT, Settings


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory):
    """(settings, store): the bundled corpus ingested into a fresh temporary index."""
    from ingest.pipeline import ingest_paths
    from ingest.store import IndexStore

    settings = Settings(
        data_dir=tmp_path_factory.mktemp("idx"),
        corpus_dir=PROJECT_ROOT / "corpus",
        llm_provider="none",  # the offline composer: answers must not depend on a server
    )
    store = IndexStore(settings)
    report = ingest_paths(None, settings=settings, store=store)
    assert not report.skipped, f"corpus files were skipped: {report.skipped}"
    assert report.documents == 5, report.summary()
    return settings, store


def assistant_over(tmp_path_factory, files: dict[str, str]):
    """The real Assistant over a fresh index of ``files`` (file name → text), ingested for real;
    every file must be ingested (none skipped)."""
    from assistant import Assistant
    from ingest.pipeline import ingest_paths
    from ingest.store import IndexStore

    docs = tmp_path_factory.mktemp("docs")
    for name, text in files.items():
        (docs / name).write_text(text, encoding="utf-8")
    settings = Settings(data_dir=tmp_path_factory.mktemp("idx"), corpus_dir=docs, llm_provider="none")
    store = IndexStore(settings)
    report = ingest_paths(None, settings=settings, store=store)
    assert report.documents == len(files) and not report.skipped, report.summary()
    return Assistant(settings, store=store)


@pytest.fixture(scope="session")
def assistant_real(corpus_index):
    """The real Assistant over the session's corpus index."""
    from assistant import Assistant

    settings, store = corpus_index
    return Assistant(settings, store=store)
