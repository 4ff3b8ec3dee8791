"""End to end: a real `plan-assistant serve` process driven by a real Chromium.

The server runs over a fresh data dir, so it builds the index from the bundled corpus on first
start (the test waits for ``/api/health`` to say ``ok``). Needs Debian's /usr/bin/chromium and the
playwright package (never ``playwright install``). Run with ``-m browser``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

pytestmark = pytest.mark.browser

PROJECT_ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
KEY = "browser-test-key"
KEY_QUESTION = "who leads indicator 18 and what's the 2026 target"
READY_TIMEOUT_S = 600
ANSWER_TIMEOUT_MS = 90_000

XSS_PLAN = """KẾ HOẠCH
Chuyển đổi số xã Kiểm Thử năm 2027

I. MỤC TIÊU

Nâng cao an toàn thông tin trong hoạt động của chính quyền xã Kiểm Thử.

**Phụ lục I:**
**CÁC CHỈ TIÊU THỰC HIỆN NĂM 2027**

STT\tNội dung chỉ tiêu\tĐơn vị tính\tGiao chỉ tiêu 2027\tCơ quan, đơn vị chủ trì tham mưu; theo dõi, báo cáo
1\tTỉ lệ máy tính của xã Kiểm Thử được kiểm tra mã độc <script>window.__xss=1</script>\t%\t93%\tVăn phòng UBND xã Kiểm Thử
2\tTỉ lệ cán bộ xã Kiểm Thử được tập huấn an toàn thông tin <img src=x onerror="window.__xss=2">\t%\t88%\tCông an xã Kiểm Thử
"""

if not CHROMIUM.exists():  # pragma: no cover - depends on the machine
    pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium package to run the browser tests", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed (pip install playwright)")


@dataclass
class Server:
    url: str
    proc: subprocess.Popen
    data_dir: Path
    out_path: Path
    err_path: Path

    def logs(self) -> str:
        return f"--- stdout ---\n{self.out_path.read_text(errors='replace')[-4000:]}\n--- stderr ---\n{self.err_path.read_text(errors='replace')[-4000:]}"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve_command(port: int) -> list[str]:
    exe = Path(sys.executable).with_name("plan-assistant")
    if exe.exists():
        return [str(exe), "serve", "--host", "127.0.0.1", "--port", str(port)]
    return [sys.executable, "-m", "ui.cli", "serve", "--host", "127.0.0.1", "--port", str(port)]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("browser-data")
    logs = tmp_path_factory.mktemp("browser-logs")
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLAN_ASSISTANT_")}
    env.update(PLAN_ASSISTANT_DATA_DIR=str(data_dir), PLAN_ASSISTANT_API_KEY=KEY, PYTHONUNBUFFERED="1")
    out_path, err_path = logs / "server.out", logs / "server.err"
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        proc = subprocess.Popen(_serve_command(port), cwd=PROJECT_ROOT, env=env, stdout=out, stderr=err)
    srv = Server(f"http://127.0.0.1:{port}", proc, data_dir, out_path, err_path)
    try:
        deadline = time.monotonic() + READY_TIMEOUT_S
        status = None
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                pytest.fail(f"server exited with {proc.returncode} before it was ready\n{srv.logs()}")
            try:
                status = httpx.get(f"{srv.url}/api/health", timeout=5).json()
                if status["status"] != "building":
                    break
            except httpx.HTTPError:
                pass
            time.sleep(1)
        assert status and status["status"] == "ok", f"server not ready: {status}\n{srv.logs()}"
        yield srv
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="vi-VN")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.url)
    page = context.new_page()
    page.set_default_timeout(30_000)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(server.url + "/")
    page.wait_for_selector("#pa-question textarea")
    # the status line turns to "N plans indexed" once the page loaded its data
    page.wait_for_function("document.querySelector('#pa-status') && document.querySelector('#pa-status').innerText.includes('plans indexed')")
    yield page
    assert not errors, f"JavaScript errors on the page: {errors}"
    context.close()


def _ask(page, question: str, expect_bots: int) -> None:
    page.fill("#pa-question textarea", question)
    page.click("#pa-send")
    page.wait_for_function(
        """(n) => document.querySelectorAll('#pa-chatbot [data-testid="bot"]').length >= n
                 && document.querySelector('#pa-sources').innerText.includes('[1]')
                 && document.querySelector('#pa-question textarea').value === ''""",
        arg=expect_bots,
        timeout=ANSWER_TIMEOUT_MS,
    )


def _last_bot(page):
    return page.locator('#pa-chatbot [data-testid="bot"]').last


# ----------------------------------------------------------------------------------------------


def test_chat_answers_the_key_question_with_sources(page, server, tmp_path):
    expect = sync_api.expect
    _ask(page, KEY_QUESTION, 1)
    bot = _last_bot(page)
    expect(bot).to_contain_text("Công an tỉnh", timeout=ANSWER_TIMEOUT_MS)
    expect(bot).to_contain_text("100%")
    expect(bot).to_contain_text("[1]")

    sources = page.locator("#pa-sources .pa-source")
    row18 = sources.filter(has_text="quản trị dữ liệu").filter(has_text="Phụ lục I")
    expect(row18.first).to_be_visible()
    item = row18.first.inner_text()
    assert "275/KH-UBND" in item and "chỉ tiêu 18" in item and "Công an tỉnh" in item and "100%" in item, item

    page.wait_for_timeout(300)  # let the last streamed frame settle before the picture
    shot = page.screenshot(full_page=False)
    (tmp_path / "screenshot.png").write_bytes(shot)
    docs = PROJECT_ROOT / "docs"
    docs.mkdir(exist_ok=True)
    (docs / "screenshot.png").write_bytes(shot)


def test_vietnamese_follow_up_copy_and_feedback(page, server):
    expect = sync_api.expect
    _ask(page, "Chỉ tiêu 18 do cơ quan nào chủ trì, mục tiêu năm 2026 là bao nhiêu?", 1)
    expect(_last_bot(page)).to_contain_text("Công an tỉnh")

    page.click("#pa-copy")
    page.wait_for_function("navigator.clipboard.readText().then(t => t.includes('Nguồn / Sources'))")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "Công an tỉnh" in copied and "100%" in copied and re.search(r"^\[1\] .*Phụ lục I", copied, re.M), copied

    feedback = server.data_dir / "feedback.jsonl"
    before = len(feedback.read_text("utf-8").splitlines()) if feedback.exists() else 0
    page.locator('#pa-chatbot button[aria-label="Like"]').last.click()
    expect(page.locator("#pa-feedback-note")).to_contain_text("feedback recorded")
    records = [json.loads(line) for line in feedback.read_text("utf-8").splitlines()]
    assert len(records) == before + 1
    last = records[-1]
    assert last["rating"] == "up" and last["question"].startswith("Chỉ tiêu 18") and "Công an tỉnh" in last["answer"]
    assert last["citations"] and last["citations"][0]["locator"].startswith("Phụ lục I")


def test_tables_tab_shows_indicator_18(page):
    expect = sync_api.expect
    page.get_by_role("tab", name="Bảng / Tables").click()
    page.click("#pa-plan input")
    page.get_by_role("option", name=re.compile(r"năm 2026 \(275")).click()
    page.click("#pa-appendix input")
    page.get_by_role("option", name=re.compile(r"^Phụ lục I —")).click()
    expect(page.locator("#pa-row-count")).to_contain_text("31 dòng / rows")
    page.fill("#pa-row-text textarea", "quản trị dữ liệu")
    row = page.locator('#pa-table [role="row"]').filter(has_text="cấp độ 3 mức độ trưởng thành về quản trị dữ liệu")
    expect(row.first).to_be_visible()
    cells = [c.strip() for c in row.first.locator('[role="gridcell"]').all_inner_texts()]
    assert cells[:1] == ["Phụ lục I"] and "18" in cells and "Công an tỉnh" in cells and "100%" in cells, cells
    expect(page.locator("#pa-row-count")).not_to_contain_text("31 dòng")


def test_plan_text_is_shown_never_executed(page, server):
    """A plan whose table cells hold <script> and an onerror handler: shown as text, never run."""
    expect = sync_api.expect
    resp = httpx.post(
        f"{server.url}/api/documents",
        headers={"X-API-Key": KEY},
        files={"file": ("kiem-thu-xss.txt", XSS_PLAN.encode("utf-8"), "text/plain")},
        timeout=300,
    )
    assert resp.status_code == 200, resp.text
    assert resp.json()["rows"] == 2
    page.reload()
    page.wait_for_selector("#pa-question textarea")

    _ask(page, "Tỉ lệ máy tính của xã Kiểm Thử được kiểm tra mã độc năm 2027 là bao nhiêu?", 1)
    expect(_last_bot(page)).to_contain_text("93%")
    expect(page.locator("#pa-sources")).to_contain_text("<script>")  # literal text, visible
    _ask(page, "Tỉ lệ cán bộ xã Kiểm Thử được tập huấn an toàn thông tin năm 2027?", 2)
    expect(page.locator("#pa-sources")).to_contain_text('<img src=x onerror="window.')
    page.wait_for_timeout(500)
    injected = page.evaluate(
        """() => ({
            xss: [window.__xss, window.xss],
            nodes: document.querySelectorAll('#pa-sources script, #pa-sources img, #pa-chatbot script, #pa-chatbot img[src="x"]').length,
        })"""
    )
    assert injected == {"xss": [None, None], "nodes": 0}, injected

    page.get_by_role("tab", name="Bảng / Tables").click()
    page.click("#pa-plan input")
    page.get_by_role("option", name=re.compile("xã Kiểm Thử")).click()
    expect(page.locator("#pa-table")).to_contain_text("<script>")
    assert page.evaluate("[window.__xss, window.xss, document.querySelectorAll('#pa-table script, #pa-table img').length]") == [None, None, 0]

    assert httpx.delete(f"{server.url}/api/documents/kiem-thu-xss", headers={"X-API-Key": KEY}).status_code == 200


def test_ctrl_c_shuts_the_server_down_cleanly(server):
    """Last test of the module: SIGINT (Ctrl-C) ends `plan-assistant serve` without a traceback."""
    assert f"Plan assistant running at {server.url} (API docs: /docs)" in server.out_path.read_text()
    server.proc.send_signal(signal.SIGINT)
    rc = server.proc.wait(30)
    err = server.err_path.read_text(errors="replace")
    assert "Traceback" not in err, server.logs()
    assert rc in (0, 130), server.logs()
    assert "Application shutdown complete" in err
