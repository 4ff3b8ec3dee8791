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


@pytest.fixture(scope="session")
def assistant_real(corpus_index):
    """The real Assistant over the session's corpus index."""
    from assistant import Assistant

    settings, store = corpus_index
    return Assistant(settings, store=store)
