"""Deletions that last: doc ids deleted through the API are not resurrected from a folder.

``DELETE /api/documents/{doc_id}`` records the id in ``<data_dir>/index/tombstones.json``. When
``ingest_paths`` walks a folder (the bundled ``corpus/`` at first start or ``plan-assistant
ingest`` without arguments), files whose doc id is tombstoned are skipped and reported. Naming the
file explicitly (``plan-assistant ingest corpus/FILE``), uploading it again, or
``plan-assistant ingest --restore DOC_ID`` clears the tombstone and ingests it.
The file is replaced atomically (write to a temp file, then rename).
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from pathlib import Path

FILE_NAME = "tombstones.json"
_lock = threading.Lock()


def _path(index_dir: Path) -> Path:
    return Path(index_dir) / FILE_NAME


def load(index_dir: Path) -> set[str]:
    try:
        data = json.loads(_path(index_dir).read_text("utf-8"))
    except (OSError, ValueError):
        return set()
    ids = data.get("deleted") if isinstance(data, dict) else None
    return {str(x) for x in ids} if isinstance(ids, list) else set()


def _save(index_dir: Path, ids: set[str]) -> None:
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=index_dir, prefix=".tombstones-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"deleted": sorted(ids)}, fh, ensure_ascii=False, indent=1)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, _path(index_dir))
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def add(index_dir: Path, doc_id: str) -> None:
    with _lock:
        ids = load(index_dir)
        if doc_id not in ids:
            _save(index_dir, ids | {doc_id})


def remove(index_dir: Path, doc_id: str) -> bool:
    """Clear a tombstone; True if there was one."""
    with _lock:
        ids = load(index_dir)
        if doc_id not in ids:
            return False
        _save(index_dir, ids - {doc_id})
        return True
