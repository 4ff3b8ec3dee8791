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
import tempfile
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
# (what a page shows after an event is waited for as long as a loaded machine takes to show it: the default 5 s
# ran out on a CI run beside other work, where the Tables filter showed its result later)
sync_api.expect.set_options(timeout=30_000)


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
    wanted = os.environ.get("PLAN_ASSISTANT_BROWSER_PORT")
    if wanted:
        return int(wanted)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve_command(port: int) -> list[str]:
    exe = Path(sys.executable).with_name("plan-assistant")
    if exe.exists():
        return [str(exe), "serve", "--host", "127.0.0.1", "--port", str(port)]
    return [sys.executable, "-m", "ui.cli", "serve", "--host", "127.0.0.1", "--port", str(port)]


@pytest.fixture(scope="module")
def server(tmp_path_factory, corpus_index):
    data_dir = tmp_path_factory.mktemp("browser-data")
    # Start from a copy of the session's corpus index (embedding the corpus again would cost
    # minutes); PLAN_ASSISTANT_BROWSER_SEED_DIR names another built index instead.
    seed = os.environ.get("PLAN_ASSISTANT_BROWSER_SEED_DIR") or str(corpus_index[0].data_dir)
    shutil.copytree(seed, data_dir, dirs_exist_ok=True)
    logs = tmp_path_factory.mktemp("browser-logs")
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLAN_ASSISTANT_")}
    env.update(PLAN_ASSISTANT_DATA_DIR=str(data_dir), PLAN_ASSISTANT_API_KEY=KEY, PYTHONUNBUFFERED="1")
    if seed and os.environ.get("PLAN_ASSISTANT_EMBEDDING_MODEL"):  # the seed index's model
        env["PLAN_ASSISTANT_EMBEDDING_MODEL"] = os.environ["PLAN_ASSISTANT_EMBEDDING_MODEL"]
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


def _screenshot(page, name: str) -> Path:
    """Pictures go to PLAN_ASSISTANT_SCREENSHOT_DIR or a temp dir: tests never write tracked files."""
    folder = Path(os.environ.get("PLAN_ASSISTANT_SCREENSHOT_DIR") or (Path(tempfile.gettempdir()) / "plan-assistant-screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    page.screenshot(path=str(path), full_page=False)
    return path


def _ask(page, question: str, expect_bots: int) -> None:
    page.fill("#pa-question textarea", question)
    page.click("#pa-send")
    page.wait_for_function(
        """(n) => document.querySelectorAll('#pa-chatbot [data-testid="bot"]').length >= n
                 && document.querySelectorAll('#pa-sources details.pa-answer-src').length >= n
                 && document.querySelector('#pa-sources details.pa-current .pa-source')
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
    _screenshot(page, "chat-key-question")


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
    # (and submitted: on a loaded machine the typing's change event can be taken while the appendix's is still running)
    page.press("#pa-row-text textarea", "Enter")
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


# ------------------------------------------------------------------ issue 10: sources, links, reload, upload, docs

WIDTHS = [1366, 390]
#: comparison / list questions; the first whose answer has >= 4 citations is used (checked via the API)
LONG_QUESTIONS = [
    "So sánh chỉ tiêu về quản trị dữ liệu trong các kế hoạch",
    "Công an tỉnh chủ trì những chỉ tiêu nào trong Kế hoạch 275/KH-UBND?",
    "Sở Khoa học và Công nghệ chủ trì những nhiệm vụ nào trong kế hoạch năm 2026?",
    "Các chỉ tiêu năm 2026 về chữ ký số",
]
NEW_PLAN = """KẾ HOẠCH
Chuyển đổi số xã Thử Nghiệm năm 2028

I. MỤC TIÊU

Hoàn thiện dịch vụ công trực tuyến của xã Thử Nghiệm.

**Phụ lục I:**
**CÁC CHỈ TIÊU THỰC HIỆN NĂM 2028**

STT\tNội dung chỉ tiêu\tĐơn vị tính\tGiao chỉ tiêu 2028\tCơ quan, đơn vị chủ trì tham mưu; theo dõi, báo cáo
1\tTỉ lệ hồ sơ thủ tục hành chính của xã Thử Nghiệm được số hóa\t%\t77%\tVăn phòng UBND xã Thử Nghiệm
2\tTỉ lệ người dân xã Thử Nghiệm dùng ví điện tử\t%\t45%\tCông an xã Thử Nghiệm
"""
_long_question_cache: dict[str, str] = {}


@pytest.fixture
def make_page(browser, server):
    opened = []

    def make(width: int):
        phone = width < 600
        context = browser.new_context(
            viewport={"width": width, "height": 844 if phone else 900}, locale="vi-VN", is_mobile=phone, has_touch=phone
        )
        page = context.new_page()
        page.set_default_timeout(30_000)
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        opened.append((context, errors))
        page.goto(server.url + "/")
        page.wait_for_selector("#pa-question textarea")
        page.wait_for_function("document.querySelector('#pa-status') && document.querySelector('#pa-status').innerText.includes('plans indexed')")
        return page

    yield make
    for context, errors in opened:
        context.close()
        assert not errors, f"JavaScript errors on the page: {errors}"


def _long_question(server) -> tuple[str, dict]:
    if not _long_question_cache:
        for q in LONG_QUESTIONS:
            data = httpx.post(f"{server.url}/api/ask", json={"question": q}, timeout=120).json()
            if len(data.get("citations") or []) >= 4:
                _long_question_cache["q"] = q
                _long_question_cache["answer"] = data
                break
    assert _long_question_cache, "none of LONG_QUESTIONS gets >= 4 citations any more; add one that does"
    return _long_question_cache["q"], _long_question_cache["answer"]


_ON_SCREEN = """(el) => {
    const r = el.getBoundingClientRect();
    if (r.width < 20 || r.height < 20) return false;
    const x = Math.min(Math.max(r.left + 10, 0), innerWidth - 1);
    const y = Math.min(Math.max(r.top + 10, 0), innerHeight - 1);
    if (r.bottom < 0 || r.top > innerHeight || r.right < 0 || r.left > innerWidth) return false;
    const hit = document.elementFromPoint(x, y);
    return !!hit && el.contains(hit);
}"""


def _on_screen(page, locator) -> bool:
    """The element's top-left is inside the viewport and not covered or clipped by anything."""
    return page.evaluate(_ON_SCREEN, locator.element_handle())


@pytest.mark.parametrize("width", WIDTHS)
def test_long_answer_shows_every_source_card_and_n_links_jump_to_them(make_page, server, width):
    expect = sync_api.expect
    question, api_answer = _long_question(server)
    page = make_page(width)
    assert page.evaluate("document.documentElement.lang") == "vi"
    _ask(page, question, 1)
    cards = page.locator("#pa-sources details.pa-current .pa-source")
    n = cards.count()
    assert n == len(api_answer["citations"]) >= 4, (n, api_answer["citations"])
    for i in range(n):  # every card can be brought on screen: none is hidden in a clipped column
        card = cards.nth(i)
        card.scroll_into_view_if_needed()
        assert _on_screen(page, card), f"card {i + 1} of {n} cannot be seen at {width} px"
        assert f"[{i + 1}]" in card.inner_text()
    assert page.locator("#pa-sources details.pa-current table.pa-row-table").count() >= 1  # rows as header/value tables
    _screenshot(page, f"chat-{width}-sources")

    links = _last_bot(page).locator('a[href^="#pa-src-"]')
    assert links.count() >= 2
    for k in (n, 1):
        link = _last_bot(page).locator(f'a[href$="-{k}"]').first
        link.scroll_into_view_if_needed()
        link.click()
        card = cards.nth(k - 1)
        expect(card).to_have_class(re.compile(r"\bpa-flash\b"))
        page.wait_for_timeout(200)
        assert _on_screen(page, card), f"[{k}] did not bring card {k} on screen at {width} px"
    page.evaluate("window.scrollTo(0, 0)")
    _screenshot(page, f"chat-{width}")


def test_conversation_survives_reload_and_the_follow_up_uses_it(make_page, server):
    expect = sync_api.expect
    first = "Chỉ tiêu 18 của Kế hoạch 275/KH-UBND do cơ quan nào chủ trì?"
    follow = "Còn chỉ tiêu 19 thì sao?"
    ask = lambda body: httpx.post(f"{server.url}/api/ask", json=body, timeout=120).json()  # noqa: E731
    a1 = ask({"question": first})
    with_history = ask({"question": follow, "history": [{"role": "user", "content": first}, {"role": "assistant", "content": a1["answer"]}]})
    without = ask({"question": follow})
    wanted = [c["locator"] for c in with_history["citations"]]
    assert wanted and wanted != [c["locator"] for c in without["citations"]], "precondition: the follow-up depends on its history"

    page = make_page(1366)
    _ask(page, first, 1)
    page.reload()
    page.wait_for_selector("#pa-question textarea")
    expect(page.locator('#pa-chatbot [data-testid="bot"]')).to_have_count(1)  # restored from this browser
    expect(_last_bot(page)).to_contain_text("Công an tỉnh")
    expect(page.locator("#pa-sources details.pa-answer-src")).to_have_count(1)

    _ask(page, follow, 2)
    current = [t.strip() for t in page.locator("#pa-sources details.pa-current .pa-locator").all_inner_texts()]
    assert current == wanted, (current, wanted)
    # the first answer's sources are still reachable from its [1]
    old = page.locator('#pa-chatbot [data-testid="bot"]').first.locator('a[href^="#pa-src-"]').first
    old.scroll_into_view_if_needed()
    old.click()
    first_card = page.locator("#pa-sources details.pa-answer-src:not(.pa-current) .pa-source").first
    expect(first_card).to_have_class(re.compile(r"\bpa-flash\b"))
    assert _on_screen(page, first_card)

    page.click("#pa-clear")
    expect(page.locator('#pa-chatbot [data-testid="bot"]')).to_have_count(0)
    page.wait_for_timeout(500)
    page.reload()
    page.wait_for_selector("#pa-question textarea")
    page.wait_for_timeout(1500)
    expect(page.locator('#pa-chatbot [data-testid="bot"]')).to_have_count(0)


def test_upload_from_the_page_shows_the_report_and_the_plan_is_askable_without_reload(make_page, server):
    expect = sync_api.expect
    page = make_page(1366)
    page.get_by_role("tab", name="Quản trị / Admin").click()
    page.fill("#pa-api-key input", KEY)
    page.set_input_files("#pa-file", files=[{"name": "thu-nghiem-2028.txt", "mimeType": "text/plain", "buffer": NEW_PLAN.encode("utf-8")}])
    page.click("#pa-upload-btn")
    report = page.locator("#pa-report")
    expect(report).to_contain_text("thu-nghiem-2028", timeout=300_000)
    text = report.inner_text()
    assert "2 dòng" in text and "Giao chỉ tiêu 2028" in text and "2028" in text, text
    assert "lead" in text and "targets" in text, text  # column roles
    _screenshot(page, "admin-upload-report")

    page.get_by_role("tab", name="Hỏi đáp / Chat").click()
    page.click("#pa-doc-filter input")
    expect(page.get_by_role("option", name=re.compile("xã Thử Nghiệm"))).to_be_visible()
    page.keyboard.press("Escape")
    _ask(page, "Tỉ lệ hồ sơ thủ tục hành chính của xã Thử Nghiệm được số hóa năm 2028 là bao nhiêu?", 1)
    expect(_last_bot(page)).to_contain_text("77%")
    expect(page.locator("#pa-sources details.pa-current")).to_contain_text("Văn phòng UBND xã Thử Nghiệm")

    page.get_by_role("tab", name="Quản trị / Admin").click()
    page.select_option("#pa-del-select", "thu-nghiem-2028")
    page.once("dialog", lambda dialog: dialog.accept())
    page.click("#pa-del-btn")
    expect(report).to_contain_text("thu-nghiem-2028")
    expect(report).to_contain_text("deleted")
    expect(page.locator('#pa-del-select option[value="thu-nghiem-2028"]')).to_have_count(0)
    assert "thu-nghiem-2028" not in [d["doc_id"] for d in httpx.get(f"{server.url}/api/documents").json()]


def test_api_docs_render_with_the_network_blocked(browser, server):
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    blocked: list[str] = []

    def route(r):
        if r.request.url.startswith(server.url):
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.goto(server.url + "/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=60_000)
    assert "/api/ask/stream" in page.inner_text("body")
    page.goto(server.url + "/redoc")
    page.wait_for_function("document.body.innerText.includes('server-sent events')", timeout=60_000)
    context.close()
    assert not [u for u in blocked if not u.startswith("data:")], blocked


def test_tables_search_needs_every_word_and_ranks_best_first(page):
    expect = sync_api.expect
    page.get_by_role("tab", name="Bảng / Tables").click()
    page.click("#pa-plan input")
    page.get_by_role("option", name=re.compile(r"năm 2026 \(275")).click()
    page.click("#pa-appendix input")
    page.get_by_role("option", name=re.compile(r"^Phụ lục I —")).click()
    expect(page.locator("#pa-row-count")).to_contain_text("31 dòng / rows")
    page.fill("#pa-row-text textarea", "chữ ký số")
    expect(page.locator("#pa-row-count")).to_contain_text("best match first")
    count = int(page.locator("#pa-row-count").inner_text().split()[0])
    assert 1 <= count < 31
    first = page.locator('#pa-table [role="row"]').nth(1).inner_text().lower()
    assert "chữ ký số" in " ".join(first.split()), first




def test_ctrl_c_shuts_the_server_down_cleanly(server):
    """Last test of the module: SIGINT (Ctrl-C) ends `plan-assistant serve` without a traceback."""
    assert f"Plan assistant running at {server.url} (API docs: /docs)" in server.out_path.read_text()
    server.proc.send_signal(signal.SIGINT)
    rc = server.proc.wait(30)
    err = server.err_path.read_text(errors="replace")
    assert "Traceback" not in err, server.logs()
    assert rc in (0, 130), server.logs()
    assert "Application shutdown complete" in err
