"""chroma_mode="server": ingest and search against a real Chroma server on loopback."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from ingest.errors import IndexUnavailableError
from ingest.pipeline import ingest_paths
from ingest.settings import Settings
from ingest.store import IndexStore

pytestmark = [pytest.mark.server, pytest.mark.slow]

STARTUP_TIMEOUT_S = 60.0


def _chroma_executable() -> str | None:
    candidate = Path(sys.executable).parent / "chroma"
    if candidate.is_file() and os.access(candidate, os.X_OK):
        return str(candidate)
    return shutil.which("chroma")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _heartbeat_ok(port: int) -> bool:
    for path in ("/api/v2/heartbeat", "/api/v1/heartbeat"):
        try:
            if httpx.get(f"http://127.0.0.1:{port}{path}", timeout=2.0).status_code == 200:
                return True
        except httpx.HTTPError:
            pass
    return False


@pytest.fixture
def chroma_server(tmp_path):
    exe = _chroma_executable()
    if exe is None:
        pytest.skip("the `chroma` executable (installed with the chromadb package) was not found next to the Python interpreter or on PATH")
    port = _free_port()
    log = (tmp_path / "chroma.log").open("wb")
    proc = subprocess.Popen(
        [exe, "run", "--path", str(tmp_path / "chroma-server"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "ANONYMIZED_TELEMETRY": "False"},
    )
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while not _heartbeat_ok(port):
            if proc.poll() is not None:
                log.flush()
                pytest.fail(f"chroma server exited with {proc.returncode}: {(tmp_path / 'chroma.log').read_text(errors='replace')[-2000:]}")
            if time.monotonic() > deadline:
                pytest.fail(f"chroma server did not answer its heartbeat within {STARTUP_TIMEOUT_S:.0f} s")
            time.sleep(0.25)
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)
        log.close()


def _write_plan(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    header = "STT\tNội dung chỉ tiêu\tĐơn vị tính\tChỉ tiêu năm 2030\tCơ quan chủ trì\tGhi chú"
    rows = [
        "1\tTỉ lệ phủ sóng 5G trên địa bàn\t%\t90%\tSở Khoa học và Công nghệ\t",
        "2\tQuantum computing laboratory for the provincial university\tPhòng\t01\tSở Giáo dục và Đào tạo\t",
        "3\tDrone delivery network for mountain villages\tTuyến\t12\tSở Xây dựng\t",
    ]
    text = "\n".join([
        "**KẾ HOẠCH**",
        "**Chuyển đổi số tỉnh Delta năm 2030**",
        "",
        "**I. MỤC TIÊU**",
        "",
        "Phát triển chính quyền số, kinh tế số và xã hội số của tỉnh Delta.",
        "",
        "**Phụ lục I:**",
        "**CÁC CHỈ TIÊU THỰC HIỆN NĂM 2030**",
        "",
        header,
        *rows,
        "",
    ])
    path = folder / "2030-plan_delta.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_ingest_and_search_through_a_chroma_server(tmp_path, chroma_server):
    plan = _write_plan(tmp_path / "plans")
    settings = Settings(data_dir=tmp_path / "data", corpus_dir=tmp_path / "plans",
                        chroma_mode="server", chroma_host="127.0.0.1", chroma_port=chroma_server)
    report = ingest_paths([plan], settings=settings)
    assert report.added == ["2030-plan_delta"] and report.skipped == []

    store = IndexStore(settings)
    assert store.vector_ids() == {c.chunk_id for c in store.chunks()}
    assert not (settings.index_dir / "chroma").exists()  # vectors live in the server, not on local disk
    hit, score = store.dense_search("drone delivery to mountain villages", 1, kind="row")[0]
    assert "Drone delivery network" in hit.source_text and score > 0.3
    assert store.dense_search("quantum computing", 3, doc_ids=["nope"]) == []

    again = ingest_paths([plan], settings=settings)
    assert again.unchanged == ["2030-plan_delta"] and again.embedded == 0


def test_unreachable_server_is_a_clear_error(tmp_path):
    settings = Settings(data_dir=tmp_path / "data", chroma_mode="server", chroma_host="127.0.0.1", chroma_port=_free_port())
    store = IndexStore(settings)
    with pytest.raises(IndexUnavailableError, match="cannot reach the Chroma server .*PLAN_ASSISTANT_CHROMA_MODE=embedded"):
        store.vector_count()
