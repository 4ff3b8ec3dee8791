"""The Gradio chat (mounted at "/" by ui.app): chat with sources, a Tables tab and an Admin tab.

* Answers stream: the offline answer shows at once, LLM tokens as they come, the verified final
  answer replaces both (``ui.stream_events``).
* ``[n]`` in an answer links to card n of that answer in the Sources panel; every answer's
  sources stay in the panel (newest open, earlier ones folded) — ``ui.sources``.
* The conversation is kept in the browser's localStorage (``gr.BrowserState``) and restored on
  reload; "New conversation" clears it. Follow-ups are sent with the earlier turns as history.
* Admin tab: upload / delete a plan behind the API key, with progress and the ingest report.

Everything shown from the plans is escaped: source cards go through ``ui.sources`` (html.escape),
chat messages are escaped before Markdown rendering, and table cells are plain-text Dataframe cells.
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import math
import re
import time
from typing import Any

import gradio as gr

from retriever.text import fold_accents
from ui.services import (
    Runtime,
    ServiceError,
    answer_plain_text,
    appendices_of,
    document_choices,
    find_rows,
    normalise_rating,
    remove_uploaded_files,
    rows_table,
)
from ui.sources import SourceResolver, answer_markdown, esc, render_panel
from ui.stream_events import answer_events

log = logging.getLogger("plan_assistant.chat")

EXAMPLES = [
    "Chỉ tiêu 18 do cơ quan nào chủ trì, mục tiêu năm 2026 là bao nhiêu?",
    "who leads indicator 18 and what's the 2026 target",
    "Nhiệm vụ đầu tư thiết bị bay không người lái trong Kế hoạch CĐS 2026 do ai chủ trì và hạn hoàn thành khi nào?",
    "Who is in charge of the smart statistical reporting system in the 2026 plan, and when is it due?",
    "Theo KH 266, tỷ lệ người dân có tài khoản định danh điện tử năm 2025 và 2030 là bao nhiêu?",
]

ALL_APPENDICES = "Tất cả / All"
STREAM_UPDATE_S = 0.05
#: answers kept in the browser (oldest dropped first)
MAX_SAVED_ANSWERS = 40

CSS = """
.gradio-container { max-width: 1400px !important; margin: 0 auto !important; }
#pa-header h2 { margin-bottom: 0.2em; }
#pa-header p { margin-top: 0; color: var(--body-text-color-subdued); }
#pa-status { font-size: 0.9em; }
/* The sources column never wraps its children into a hidden second column: it grows with its
   content; on wide screens the panel itself scrolls (sticky next to the chat). */
#pa-sources-col { flex-wrap: nowrap !important; max-height: none !important; overflow: visible !important; }
#pa-sources .pa-sources { overflow-y: auto; }
@media (min-width: 900px) {
  #pa-sources-col { position: sticky; top: 6px; align-self: flex-start; }
  #pa-sources .pa-sources { max-height: calc(100vh - 90px); padding-right: 4px; }
}
.pa-answer-src { border: 1px solid var(--border-color-primary); border-radius: 10px; margin: 0 0 10px 0; padding: 4px 8px; }
.pa-answer-src > summary { cursor: pointer; padding: 4px 2px; font-size: 0.88em; color: var(--body-text-color-subdued); }
.pa-answer-src.pa-current > summary { color: var(--body-text-color); font-weight: 600; }
.pa-list { list-style: none; padding: 0; margin: 6px 0 0 0; }
.pa-source { border: 1px solid var(--border-color-primary); border-radius: 10px; padding: 10px 12px;
             margin: 0 0 10px 0; background: var(--background-fill-secondary); scroll-margin-top: 8px;
             transition: box-shadow 0.3s; }
.pa-source.pa-flash { box-shadow: 0 0 0 3px var(--color-accent); }
.pa-head { line-height: 1.35; }
.pa-n { font-weight: 700; color: var(--color-accent); margin-right: 2px; }
.pa-title { font-weight: 600; }
.pa-meta { margin: 5px 0 4px 0; display: flex; flex-wrap: wrap; gap: 4px 6px; align-items: center; }
.pa-locator { display: inline-block; font-size: 0.82em; font-weight: 600; color: var(--color-accent);
               background: var(--color-accent-soft); border-radius: 999px; padding: 1px 9px; }
.pa-appx { font-size: 0.82em; color: var(--body-text-color-subdued); }
.pa-path { font-size: 0.82em; color: var(--body-text-color-subdued); margin: 0 0 5px 0; }
.pa-row-table { width: 100%; border-collapse: collapse; font-size: 0.86em; margin: 4px 0 6px 0; table-layout: fixed; }
.pa-row-table th, .pa-row-table td { border: 1px solid var(--border-color-primary); padding: 3px 6px; vertical-align: top;
               text-align: left; word-break: break-word; white-space: pre-wrap; }
.pa-row-table th { width: 38%; font-weight: 600; background: var(--background-fill-primary); }
.pa-row-link { font-size: 0.84em; }
.pa-quote { margin: 4px 0 0 0; padding: 6px 10px; border-left: 3px solid var(--color-accent);
            background: var(--background-fill-primary); white-space: pre-wrap; word-break: break-word;
            font-size: 0.9em; max-height: 260px; overflow-y: auto; }
.pa-hl { background: #fde68a; color: inherit; padding: 0 1px; border-radius: 2px; }
.pa-warn { margin-top: 6px; color: #b45309; font-size: 0.86em; }
.pa-empty { color: var(--body-text-color-subdued); font-style: italic; padding: 8px 2px; }
a.pa-cite { font-weight: 600; text-decoration: none; color: var(--color-accent); }
.pa-report table { border-collapse: collapse; font-size: 0.88em; margin: 4px 0 10px 0; }
.pa-report th, .pa-report td { border: 1px solid var(--border-color-primary); padding: 3px 8px; text-align: left; vertical-align: top; }
.pa-report .pa-warn { margin: 2px 0; }
.pa-upload { display: flex; flex-direction: column; gap: 8px; align-items: flex-start; }
.pa-upload button { padding: 8px 16px; border-radius: 8px; border: none; cursor: pointer;
                    background: var(--button-primary-background-fill); color: var(--button-primary-text-color); font-weight: 600; }
.pa-upload progress { width: 100%; max-width: 520px; }
.pa-ok { color: #15803d; }
.pa-upload button.pa-danger { background: #dc2626 !important; color: #fff !important; }
.pa-upload select { min-width: 260px; max-width: 520px; width: 100%; padding: 4px; }
#pa-table { font-size: 0.9em; }
#pa-table, #pa-table * { font-family: var(--font) !important; }
#pa-table th { vertical-align: bottom; }
"""

#: Page script (in <head>): [n] links open their card; row links open the Tables tab; a new
#: question scrolls the chat to the question, so a long answer is read from its start.
HEAD = """
<script>
(function () {
  document.documentElement.lang = "vi";
  function flash(el) { el.classList.remove("pa-flash"); void el.offsetWidth; el.classList.add("pa-flash");
                       setTimeout(function () { el.classList.remove("pa-flash"); }, 2500); }
  function showCard(key, n) {
    var card = document.getElementById("pa-src-" + key + "-" + n);
    if (!card) return false;
    var group = card.closest("details");
    if (group && !group.open) group.open = true;
    card.scrollIntoView({ block: "start", inline: "nearest" });
    flash(card);
    return true;
  }
  window.paShowCard = showCard;
  document.addEventListener("click", function (ev) {
    if (!ev.target || !ev.target.closest) return;
    var a = ev.target.closest('a[href^="#pa-src-"]');
    if (a) {
      var m = (a.getAttribute("href") || "").match(/^#pa-src-(\\d+)-(\\d+)$/);
      ev.preventDefault(); ev.stopPropagation();
      if (m) showCard(m[1], m[2]);
      return;
    }
    var r = ev.target.closest("a.pa-row-link");
    if (r) {
      ev.preventDefault(); ev.stopPropagation();
      var box = document.querySelector("#pa-goto textarea, #pa-goto input");
      if (box) {
        box.value = JSON.stringify({ doc: r.dataset.doc, appendix: r.dataset.appendix, row: r.dataset.row, t: Date.now() });
        box.dispatchEvent(new Event("input", { bubbles: true }));
      }
    }
  }, true);

  function progressText() {
    return fetch("/api/ingest/progress").then(function (r) { return r.ok ? r.json() : null; }).catch(function () { return null; });
  }
  function upload() {
    var out = document.getElementById("pa-upload-progress");
    var file = document.getElementById("pa-file");
    var keyBox = document.querySelector("#pa-api-key input, #pa-api-key textarea");
    var replace = document.getElementById("pa-replace");
    var bar = document.getElementById("pa-upload-bar");
    function say(text, cls) { out.textContent = text; out.className = cls || ""; }
    if (!file || !file.files.length) { say("⚠ Chọn tệp / choose a file", "pa-warn"); return; }
    var form = new FormData();
    form.append("file", file.files[0]);
    var xhr = new XMLHttpRequest();
    var started = Date.now(), timer = null;
    xhr.open("POST", "/api/documents" + (replace && replace.checked ? "?replace=true" : ""));
    xhr.setRequestHeader("X-API-Key", keyBox ? keyBox.value : "");
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) { bar.max = 1; bar.value = e.loaded / e.total / 2; say("Đang tải lên / uploading… " + Math.round(100 * e.loaded / e.total) + "%"); }
    };
    xhr.upload.onload = function () {
      timer = setInterval(function () {
        progressText().then(function (p) {
          var secs = Math.round((Date.now() - started) / 1000);
          if (p && p.active) { bar.value = 0.5 + (p.fraction || 0) / 2; say("Đang đọc và lập chỉ mục / reading and embedding · " + p.text + " · " + secs + " s"); }
          else { say("Đang đọc và lập chỉ mục / reading and embedding… " + secs + " s"); }
        });
      }, 700);
    };
    xhr.onloadend = function () {
      if (timer) clearInterval(timer);
      var body = null;
      try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
      if (xhr.status === 200 && body) {
        bar.value = 1;
        say("✔ Xong / done (" + ((Date.now() - started) / 1000).toFixed(1) + " s)", "pa-ok");
        body._seconds = (Date.now() - started) / 1000;
        notify(body);
        file.value = "";
      } else {
        bar.value = 0;
        say("⚠ " + ((body && body.error) || ("HTTP " + xhr.status)), "pa-warn");
      }
    };
    say("Đang tải lên / uploading…");
    xhr.send(form);
  }
  function notify(body) {
    var box = document.querySelector("#pa-uploaded textarea, #pa-uploaded input");
    body._t = Date.now();
    if (box) { box.value = JSON.stringify(body); box.dispatchEvent(new Event("input", { bubbles: true })); }
  }
  function removeDoc() {
    var sel = document.getElementById("pa-del-select");
    var out = document.getElementById("pa-upload-progress");
    var keyBox = document.querySelector("#pa-api-key input, #pa-api-key textarea");
    if (!sel || !sel.value) { out.textContent = "⚠ Chọn kế hoạch / choose a plan"; out.className = "pa-warn"; return; }
    if (!window.confirm("Xóa / delete " + sel.value + "?")) return;
    fetch("/api/documents/" + encodeURIComponent(sel.value), { method: "DELETE", headers: { "X-API-Key": keyBox ? keyBox.value : "" } })
      .then(function (r) { return r.json().then(function (b) { return [r.status, b]; }); })
      .then(function (res) {
        if (res[0] === 200) { out.textContent = "✔"; out.className = "pa-ok"; notify(res[1]); }
        else { out.textContent = "⚠ " + (res[1].error || ("HTTP " + res[0])); out.className = "pa-warn"; }
      })
      .catch(function (e) { out.textContent = "⚠ " + e; out.className = "pa-warn"; });
  }
  document.addEventListener("click", function (ev) {
    if (!ev.target || !ev.target.closest) return;
    if (ev.target.closest("#pa-upload-btn")) { ev.preventDefault(); upload(); }
    else if (ev.target.closest("#pa-del-btn")) { ev.preventDefault(); removeDoc(); }
  });
  var seen = -1;
  function scroller(el) {
    while (el && el !== document.body) {
      var s = getComputedStyle(el);
      if ((s.overflowY === "auto" || s.overflowY === "scroll") && el.scrollHeight > el.clientHeight) return el;
      el = el.parentElement;
    }
    return null;
  }
  function onChat() {
    var users = document.querySelectorAll('#pa-chatbot [data-testid="user"]');
    if (users.length === seen) return;
    var grew = users.length > seen;
    seen = users.length;
    if (!grew || !users.length) return;
    var last = users[users.length - 1];
    requestAnimationFrame(function () {
      var box = scroller(last);
      if (box) box.scrollTop += last.getBoundingClientRect().top - box.getBoundingClientRect().top - 8;
    });
  }
  new MutationObserver(onChat).observe(document.documentElement, { childList: true, subtree: true });
})();
</script>
"""

#: The upload form posts the file to POST /api/documents with the API key (the same endpoint and
#: checks as the API; Gradio's own upload route stays closed), showing upload and embedding progress.
UPLOAD_FORM = """
<div class="pa-upload">
  <label class="pa-file-label">Tệp kế hoạch / Plan file (.pdf, .docx, .txt, .md)<br>
    <input type="file" id="pa-file" accept=".pdf,.docx,.txt,.md"></label>
  <label class="pa-replace-label"><input type="checkbox" id="pa-replace"> Thay thế kế hoạch cùng tên / replace a plan with the same name</label>
  <button type="button" id="pa-upload-btn" class="lg primary">Tải lên và lập chỉ mục / Upload and index</button>
  <progress id="pa-upload-bar" max="1" value="0"></progress>
  <div id="pa-upload-progress" aria-live="polite"></div>
</div>
"""


def theme() -> gr.themes.Base:
    """Default theme with system fonts (no web fonts to fetch, full Vietnamese glyph coverage)."""
    sans = ["Noto Sans", "Segoe UI", "Roboto", "DejaVu Sans", "Helvetica Neue", "Arial", "sans-serif"]
    mono = ["DejaVu Sans Mono", "Consolas", "monospace"]
    return gr.themes.Soft(primary_hue="blue", secondary_hue="sky", neutral_hue="slate", font=sans, font_mono=mono)


_MD_SPECIAL = re.compile(r"([\\`*_\[\]#|~])")


def display_text(text: str) -> str:
    """Text made inert for the Markdown chat bubble: HTML escaped, Markdown punctuation escaped."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text or "", quote=False))


def _msg(role: str, text: str) -> dict:
    return {"role": role, "content": text}


def _sorted_answers(answers: dict | None) -> list[tuple[str, dict]]:
    out = []
    for k, v in (answers or {}).items():
        if str(k).isdigit() and isinstance(v, dict):
            out.append((str(k), v))
    return sorted(out, key=lambda kv: int(kv[0]))


# --------------------------------------------------------------------------------------
# Tables tab: row search (all words, accent-insensitive, whole words, best first)
# --------------------------------------------------------------------------------------


_WORD = re.compile(r"\w+(?:[.,/%-]\w+)*%?")


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text or "")]


def search_rows(rows: list[Any], query: str) -> list[Any]:
    """Rows that contain every word of ``query`` as a whole word (accents and case ignored), best first.

    Score: words in the content cell and the exact query phrase count most, then how much of the
    content cell the query covers; accent-exact matches beat accent-folded ones, rare words weigh
    more than common ones; ties keep table order.
    """
    q_exact = _words(query)
    if not q_exact:
        return list(rows)
    q_fold = [fold_accents(w) for w in q_exact]
    phrase_fold = " ".join(q_fold)
    scored = []
    indexed = []
    df: dict[str, int] = {}
    for pos, r in enumerate(rows):
        cells = [str(v) for v in (r.columns or {}).values()] or [r.text]
        content = str((r.fields or {}).get("content") or "")
        all_words = _words(" ".join(cells + [content, " ".join(r.group or []), r.number or ""]))
        fold_set = {fold_accents(w) for w in all_words}
        if not all(w in fold_set for w in q_fold):
            continue
        indexed.append((pos, r, all_words, fold_set, _words(content)))
        for w in set(q_fold):
            df[w] = df.get(w, 0) + 1
    n = max(1, len(indexed))
    for pos, r, all_words, fold_set, content_words in indexed:
        exact_set = set(all_words)
        content_fold = [fold_accents(w) for w in content_words]
        score = 0.0
        for we, wf in zip(q_exact, q_fold):
            idf = math.log(1 + n / df.get(wf, 1))
            score += idf * (2.0 if wf in content_fold else 1.0) * (1.0 if we in exact_set else 0.6)
        if content_fold:  # how much of the content cell the query covers: a row *about* the query wins
            score += 2.0 * sum(1 for w in content_fold if w in set(q_fold)) / len(content_fold)
        if phrase_fold and f" {phrase_fold} " in f" {' '.join(content_fold)} ":
            score += 3.0
        elif f" {phrase_fold} " in f" {' '.join(fold_accents(w) for w in all_words)} ":
            score += 1.5
        scored.append((-score, pos, r))
    scored.sort(key=lambda t: (t[0], t[1]))
    return [r for _, _, r in scored]


# --------------------------------------------------------------------------------------
# ingest report
# --------------------------------------------------------------------------------------


def render_report(doc: Any, summary: str = "") -> str:
    """The ingest report of one document (tables, rows, columns and roles, warnings), escaped."""
    if doc is None:
        return f'<div class="pa-report">{esc(summary)}</div>'
    title = doc.display_title if hasattr(doc, "display_title") else doc.title
    parts = [
        f'<div class="pa-report"><p><b>✔ {esc(title)}</b> — <code>{esc(doc.doc_id)}</code><br>'
        f"{doc.n_rows} dòng bảng / table rows · {doc.n_chunks} đoạn / chunks · {doc.n_sections} mục / sections</p>"
    ]
    report = getattr(doc, "report", None)
    if report is not None:
        tables = list(report.tables or [])
        parts.append(f"<p>{len(tables)} bảng / tables · {report.rows} dòng / rows"
                     + (f" · ⚠ {report.uncertain_rows} dòng chưa chắc chắn / uncertain" if report.uncertain_rows else "") + "</p>")
        for t in tables:
            cols = "".join(
                f"<tr><td>{esc(c.label)}</td><td>{esc(c.role)}{(' ' + esc(c.year)) if c.year else ''}"
                f"{' (?)' if c.unsure else ''}</td></tr>"
                for c in t.columns
            )
            caption = t.caption or t.appendix or ""
            parts.append(
                f"<p><b>{esc(caption)}</b> — {esc(t.kind)}, {t.rows} dòng / rows"
                + (f", ⚠ {t.uncertain_rows} uncertain" if t.uncertain_rows else "")
                + "</p>"
                + (f"<table><tr><th>Cột / Column</th><th>Vai trò / Role</th></tr>{cols}</table>" if cols else "")
            )
        for w in report.warnings or []:
            parts.append(f'<div class="pa-warn">⚠ {esc(w)}</div>')
    if summary:
        parts.append(f"<p><small>{esc(summary)}</small></p>")
    parts.append("</div>")
    return "".join(parts)


# --------------------------------------------------------------------------------------


class ChatController:
    """The chat's callbacks (plain methods, so tests can drive them without a browser)."""

    def __init__(self, runtime: Runtime):
        self.runtime = runtime

    # -- status / refresh -------------------------------------------------------------------
    def status_text(self) -> str:
        status = self.runtime.status
        if status == "ok":
            try:
                n = len(self.runtime.get().store.documents())
            except Exception:  # noqa: BLE001
                n = 0
            return f"✔ {n} kế hoạch đã được lập chỉ mục / {n} plans indexed · API: [/docs](/docs)"
        if status == "error":
            return f"✖ Không xây dựng được chỉ mục / The index could not be built: {html.escape(self.runtime.error_message or '')}"
        progress = _build_progress()
        return "Đang xây dựng chỉ mục từ các kế hoạch (lần chạy đầu) … / Building the index from the bundled plans (first start) …" + (
            f" {progress}" if progress else ""
        )

    def refresh(self):
        """Page load / timer: document choices, plan list, table, status."""
        if self.runtime.status != "ok":
            return (self.status_text(), gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.Timer(active=self.runtime.status == "building"))
        assistant = self.runtime.get()
        choices = document_choices(assistant)
        default_plan = self._default_plan(assistant)
        app_update, table, count = self._plan_view(default_plan, None, "", "")
        return (
            self.status_text(),
            gr.Dropdown(choices=choices),
            gr.Dropdown(choices=choices, value=default_plan),
            app_update,
            table,
            count,
            admin_documents(choices),
            gr.Timer(active=False),
        )

    # -- conversation -----------------------------------------------------------------------
    def _resolver(self) -> SourceResolver | None:
        try:
            return SourceResolver(self.runtime.get().store)
        except ServiceError:
            return None

    def panel(self, answers: dict | None) -> str:
        return render_panel(_sorted_answers(answers), self._resolver())

    def restore(self, saved: Any):
        """Page load: the conversation kept in this browser (answers keyed by message index)."""
        answers = _sorted_answers(saved if isinstance(saved, dict) else {})
        history: list[dict] = []
        kept: dict[str, dict] = {}
        for _, data in answers[-MAX_SAVED_ANSWERS:]:
            history.append(_msg("user", display_text(str(data.get("question", "")))))
            key = str(len(history))
            history.append(_msg("assistant", self._bubble(data, key)))
            kept[key] = data
        last = answer_plain_text(answers[-1][1]) if answers else ""
        return history, self.panel(kept), last, kept

    def _bubble(self, data: dict, key: str) -> str:
        text = answer_markdown(str(data.get("answer", "")), key, len(data.get("citations") or []))
        note = data.get("_note")
        return text + (f"\n\n*{display_text(note)}*" if note else "")

    def respond(self, message: str, history: list, doc_ids: list[str] | None, answers: dict):
        history = list(history or [])
        answers = {k: v for k, v in (answers or {}).items() if isinstance(v, dict)}
        message = (message or "").strip()
        if not message:
            yield history, gr.skip(), gr.skip(), gr.skip(), answers
            return
        prior: list[dict] = []
        for _, data in _sorted_answers(answers):
            prior += [_msg("user", str(data.get("question", ""))), _msg("assistant", str(data.get("answer", "")))]
        history = history + [_msg("user", display_text(message)), _msg("assistant", "…")]
        index = len(history) - 1
        key = str(index)
        yield history, gr.skip(), "", gr.skip(), answers
        try:
            assistant = self.runtime.get()
        except ServiceError as exc:
            history[index] = _msg("assistant", "⚠ " + display_text(exc.message))
            yield history, gr.skip(), gr.skip(), gr.skip(), answers
            return
        draft, last = "", 0.0
        current: dict | None = None
        try:
            for event, data in answer_events(assistant, message, doc_ids=doc_ids or None, history=prior or None):
                if event == "offline":
                    current = dict(data)
                    answers[key] = current
                    history[index] = _msg("assistant", self._bubble(current, key))
                    yield history, self.panel(answers), gr.skip(), answer_plain_text(current), answers
                elif event == "token":
                    draft += str(data.get("text", ""))
                    now = time.monotonic()
                    if now - last >= STREAM_UPDATE_S:
                        last = now
                        history[index] = _msg("assistant", display_text(draft) + " ▍\n\n*✎ LLM đang viết, sẽ được kiểm tra với nguồn… / LLM drafting, to be checked against the sources…*")
                        yield history, gr.skip(), gr.skip(), gr.skip(), gr.skip()
                elif event == "final":
                    final = dict(data.get("answer") or current or {})
                    if data.get("replaced"):
                        reason = data.get("reason") or ""
                        final["_note"] = (
                            "Bản nháp của LLM đã được thay bằng câu trả lời ngoại tuyến vì có số liệu/cơ quan không có trong nguồn"
                            f" / The LLM draft was replaced by the offline answer: {reason}".rstrip(": ")
                        )
                    elif data.get("source") == "llm":
                        final["_note"] = "Câu trả lời do LLM viết, đã kiểm tra với nguồn / Written by the LLM, checked against the sources"
                    current = final
                    answers[key] = final
                elif event == "error":
                    raise RuntimeError(str(data.get("error", "answering failed")))
        except Exception as exc:  # noqa: BLE001 - shown in the chat, logged
            if not _is_user_error(exc):
                log.exception("answering failed")
            answers.pop(key, None)
            history[index] = _msg("assistant", "⚠ " + display_text(str(exc)))
            yield history, self.panel(answers), gr.skip(), "", answers
            return
        if current is None:
            history[index] = _msg("assistant", display_text(draft) or "⚠ (no answer)")
            yield history, gr.skip(), gr.skip(), "", answers
            return
        # keep the browser's copy bounded: drop the oldest answers (their messages stay on screen)
        for old, _ in _sorted_answers(answers)[:-MAX_SAVED_ANSWERS]:
            answers.pop(old, None)
        history[index] = _msg("assistant", self._bubble(current, key))
        yield history, self.panel(answers), gr.skip(), answer_plain_text(current), answers

    def on_like(self, answers: dict, comment: str, data: gr.LikeData):
        index = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        record = (answers or {}).get(str(index))
        if record is None or data.liked is None or data.liked == "":
            return gr.skip(), gr.skip()
        try:
            rating = normalise_rating(data.liked)
        except ServiceError:
            return gr.skip(), gr.skip()
        self.runtime.feedback.append(
            question=record.get("question", ""),
            answer=record.get("answer", ""),
            citations=record.get("citations", []),
            rating=rating,
            comment=comment,
        )
        return "Cảm ơn, đã ghi nhận góp ý. / Thanks, feedback recorded.", ""

    def clear(self):
        return [], render_panel([], None), "", {}, ""

    # -- Tables tab ---------------------------------------------------------------------------
    def _default_plan(self, assistant: Any) -> str | None:
        docs = assistant.store.documents()
        if not docs:
            return None
        return max(docs, key=lambda d: (d.date or "", d.doc_id)).doc_id

    def _plan_view(self, doc_id: str | None, appendix: str | None, agency: str, text: str):
        """Appendix choices, table and row count for a plan."""
        if not doc_id or self.runtime.status != "ok":
            return gr.Dropdown(choices=[ALL_APPENDICES], value=ALL_APPENDICES), _frame([], []), ""
        assistant = self.runtime.get()
        if assistant.store.document(doc_id) is None:
            return gr.Dropdown(choices=[ALL_APPENDICES], value=ALL_APPENDICES), _frame([], []), "Không tìm thấy kế hoạch / plan not found"
        apps = appendices_of(assistant.store.rows(doc_id=doc_id))
        choices = [ALL_APPENDICES] + [(f"{a['appendix']} — {a['title']}" if a["title"] else a["appendix"], a["appendix"]) for a in apps]
        values = {c if isinstance(c, str) else c[1] for c in choices}
        if appendix not in values:
            appendix = apps[0]["appendix"] if apps else ALL_APPENDICES
        table, count = self._table(doc_id, appendix, agency, text)
        return gr.Dropdown(choices=choices, value=appendix), table, count

    def _table(self, doc_id: str | None, appendix: str | None, agency: str, text: str, row_id: str | None = None):
        if not doc_id or self.runtime.status != "ok":
            return _frame([], []), ""
        assistant = self.runtime.get()
        wanted = None if appendix in (None, "", ALL_APPENDICES) else appendix
        rows = find_rows(assistant, doc_id, appendix=wanted, agency=agency)
        if text and text.strip():
            rows = search_rows(rows, text)
        if row_id:
            rows = [r for r in rows if r.row_id == row_id]
        headers, data = rows_table(rows, drop_empty=True)
        uncertain = sum(1 for r in rows if r.uncertain)
        note = f" · ⚠ {uncertain} dòng chưa chắc chắn / uncertain rows" if uncertain else ""
        if row_id:
            note += " · dòng được trích dẫn; đổi bộ lọc để xem cả bảng / the cited row; change a filter to see the whole table"
        elif text and text.strip():
            note += " · xếp theo mức khớp / best match first"
        return _frame(headers, data), f"{len(rows)} dòng / rows{note}"

    def on_plan(self, doc_id, agency, text):
        return self._plan_view(doc_id, None, agency, text)

    def on_filter(self, doc_id, appendix, agency, text):
        return self._table(doc_id, appendix, agency, text)

    def on_goto(self, payload: str):
        """A source card's "open in Tables" link: the plan, its appendix and only that row."""
        try:
            target = json.loads(payload or "{}")
        except ValueError:
            target = {}
        doc_id, appendix, row_id = target.get("doc"), target.get("appendix") or None, target.get("row")
        if not doc_id or self.runtime.status != "ok" or self.runtime.get().store.document(doc_id) is None:
            return (gr.skip(),) * 5
        app_update, _, _ = self._plan_view(doc_id, appendix, "", "")
        table, count = self._table(doc_id, app_update.value, "", "", row_id=row_id)
        return gr.Tabs(selected="tables"), gr.Dropdown(value=doc_id), app_update, table, count

    # -- Admin tab ----------------------------------------------------------------------------
    def _lists(self):
        choices = document_choices(self.runtime.get())
        return gr.Dropdown(choices=choices), gr.Dropdown(choices=choices), admin_documents(choices)

    def on_uploaded(self, payload: str):
        """After the page's upload (POST /api/documents): the ingest report and fresh plan lists."""
        try:
            data = json.loads(payload or "{}")
        except ValueError:
            data = {}
        if self.runtime.status != "ok" or not (data.get("doc_id") or data.get("deleted")):
            return gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip()
        if data.get("deleted"):
            files = data.get("removed_files") or []
            doc_filter, plan, admin_docs = self._lists()
            note = f" ({', '.join(map(str, files))})" if files else ""
            return f'<div class="pa-report">✔ Đã xóa / deleted <code>{esc(data["deleted"])}</code>{esc(note)}</div>', doc_filter, plan, admin_docs, self.status_text()
        doc = self.runtime.get().store.document(str(data["doc_id"]))
        seconds = data.get("_seconds")
        summary = " · ".join(x for x in (str(data.get("summary") or ""), f"{seconds:.1f} s" if isinstance(seconds, (int, float)) else "") if x)
        doc_filter, plan, delete_choice = self._lists()
        return render_report(doc, summary), doc_filter, plan, delete_choice, self.status_text()


def admin_documents(choices: list[tuple[str, str]]) -> str:
    """The Admin tab's delete form: a select of the indexed plans (escaped) and a button."""
    options = "".join(f'<option value="{esc(doc_id)}">{esc(label)}</option>' for label, doc_id in choices)
    return (
        '<div class="pa-upload"><label>Xóa kế hoạch / Delete a plan<br>'
        f'<select id="pa-del-select"><option value="">—</option>{options}</select></label>'
        '<button type="button" id="pa-del-btn" class="pa-danger">Xóa / Delete</button></div>'
    )


def _build_progress() -> str:
    """'1200/3400 chunks, ETA 40 s' while the first index build embeds (when ingest reports it)."""
    try:
        from ingest.progress import current  # optional: present when ingest reports its progress
    except ImportError:
        return ""
    try:
        return current().describe()
    except Exception:  # noqa: BLE001
        return ""


def build_blocks(runtime: Runtime) -> gr.Blocks:
    settings = runtime.settings
    ctl = ChatController(runtime)
    # localStorage key and (obfuscation) secret stable across restarts of the same install
    secret = hashlib.sha256(f"plan-assistant:{settings.data_dir}".encode()).hexdigest()[:24]

    # -- layout ---------------------------------------------------------------------------
    with gr.Blocks(title="Trợ lý Kế hoạch Chuyển đổi số · Plan assistant", analytics_enabled=False, fill_width=True) as demo:
        answers = gr.BrowserState({}, storage_key="plan-assistant-conversation", secret=secret)
        with gr.Row(elem_id="pa-header"):
            gr.Markdown(
                "## Trợ lý Kế hoạch Chuyển đổi số tỉnh Thanh Hóa · Plan assistant\n"
                "Hỏi về chỉ tiêu, nhiệm vụ, cơ quan chủ trì, mục tiêu và thời hạn trong các kế hoạch; mỗi câu trả lời kèm nguồn trích dẫn. "
                "/ Ask about indicators, tasks, lead agencies, targets and deadlines; every answer cites the plan it comes from."
            )
        status = gr.Markdown(ctl.status_text(), elem_id="pa-status")
        timer = gr.Timer(3.0, active=True)

        with gr.Tabs(elem_id="pa-tabs") as tabs:
            with gr.Tab("Hỏi đáp / Chat", id="chat", elem_id="pa-tab-chat"):
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3, min_width=300):
                        doc_filter = gr.Dropdown(
                            label="Kế hoạch / Plans",
                            info="Để trống = tất cả kế hoạch / Leave empty for all plans",
                            choices=[],
                            value=[],
                            multiselect=True,
                            elem_id="pa-doc-filter",
                        )
                        chatbot = gr.Chatbot(
                            label="Hội thoại / Conversation",
                            show_label=False,
                            height="62vh",
                            min_height=360,
                            autoscroll=False,
                            elem_id="pa-chatbot",
                            feedback_options=("Like", "Dislike"),
                            buttons=["copy"],
                            placeholder="Đặt câu hỏi về các kế hoạch chuyển đổi số bên dưới. / Ask a question about the plans below.",
                            layout="bubble",
                        )
                        with gr.Row(equal_height=True):
                            question = gr.Textbox(
                                label="Câu hỏi / Question",
                                placeholder="Ví dụ / e.g. Chỉ tiêu 18 do cơ quan nào chủ trì, mục tiêu năm 2026 là bao nhiêu?",
                                lines=1,
                                max_lines=4,
                                scale=6,
                                min_width=200,
                                autofocus=True,
                                elem_id="pa-question",
                                max_length=settings.max_question_chars,
                            )
                            send = gr.Button("Gửi / Send", variant="primary", scale=1, min_width=90, elem_id="pa-send")
                        gr.Examples(examples=[[q] for q in EXAMPLES], inputs=[question], label="Câu hỏi mẫu / Example questions")
                        with gr.Row():
                            copy_btn = gr.Button("Sao chép câu trả lời kèm nguồn / Copy answer with citations", size="sm", elem_id="pa-copy")
                            clear_btn = gr.Button("Hội thoại mới / New conversation", size="sm", elem_id="pa-clear")
                        feedback_note = gr.Markdown(elem_id="pa-feedback-note")
                        with gr.Accordion("Góp ý & văn bản để sao chép / Feedback & plain text", open=False):
                            comment = gr.Textbox(
                                label="Góp ý (tùy chọn) / Comment (optional)",
                                info="Gửi kèm khi bấm nút thích / không thích dưới câu trả lời / Sent with the like / dislike buttons under an answer",
                                lines=1,
                                elem_id="pa-comment",
                            )
                            copy_text = gr.Textbox(
                                label="Câu trả lời kèm nguồn / Answer with citations",
                                lines=6,
                                buttons=["copy"],
                                interactive=False,
                                elem_id="pa-copy-text",
                            )
                    with gr.Column(scale=2, min_width=300, elem_id="pa-sources-col"):
                        gr.Markdown("### Nguồn / Sources")
                        sources = gr.HTML(render_panel([], None), elem_id="pa-sources")

            with gr.Tab("Bảng / Tables", id="tables", elem_id="pa-tab-tables"):
                with gr.Row():
                    plan = gr.Dropdown(label="Kế hoạch / Plan", choices=[], scale=3, elem_id="pa-plan")
                    appendix = gr.Dropdown(label="Phụ lục / Appendix", choices=[ALL_APPENDICES], value=ALL_APPENDICES, scale=2, elem_id="pa-appendix")
                with gr.Row():
                    agency = gr.Textbox(label="Cơ quan / Agency", placeholder="Công an tỉnh", elem_id="pa-agency")
                    row_text = gr.Textbox(
                        label="Tìm trong bảng / Search rows",
                        info="Mọi từ phải có mặt; khớp nhất lên đầu / every word must appear; best match first",
                        placeholder="quản trị dữ liệu",
                        elem_id="pa-row-text",
                    )
                row_count = gr.Markdown(elem_id="pa-row-count")
                table = gr.Dataframe(
                    value=_frame([], []).value,
                    column_widths=_frame([], []).column_widths,
                    interactive=False,
                    wrap=True,
                    max_height=640,
                    elem_id="pa-table",
                    buttons=["fullscreen", "copy"],
                )
                goto = gr.Textbox(visible="hidden", elem_id="pa-goto")

            with gr.Tab("Quản trị / Admin", id="admin", elem_id="pa-tab-admin"):
                gr.Markdown(
                    "Tải lên hoặc xóa kế hoạch (cần khóa API của máy chủ, `PLAN_ASSISTANT_API_KEY`). "
                    "/ Upload or delete a plan (needs the server's API key, `PLAN_ASSISTANT_API_KEY`)."
                    + ("" if settings.api_key else "\n\n⚠ Máy chủ chưa đặt khóa API: tải lên đang tắt. / The server has no API key: upload is off.")
                )
                api_key = gr.Textbox(label="Khóa API / API key", type="password", elem_id="pa-api-key")
                gr.HTML(UPLOAD_FORM, elem_id="pa-upload-form")
                uploaded = gr.Textbox(visible="hidden", elem_id="pa-uploaded")
                admin_docs = gr.HTML(admin_documents([]), elem_id="pa-admin-docs")
                report = gr.HTML(elem_id="pa-report")

        # -- events ---------------------------------------------------------------------------
        load_outputs = [status, doc_filter, plan, appendix, table, row_count, admin_docs, timer]
        demo.load(ctl.refresh, outputs=load_outputs, show_progress="hidden")
        demo.load(ctl.restore, inputs=[answers], outputs=[chatbot, sources, copy_text, answers], show_progress="hidden")
        timer.tick(ctl.refresh, outputs=load_outputs, show_progress="hidden")

        gr.on(
            triggers=[question.submit, send.click],
            fn=ctl.respond,
            inputs=[question, chatbot, doc_filter, answers],
            outputs=[chatbot, sources, question, copy_text, answers],
            concurrency_limit=8,
            show_progress="minimal",
        )
        chatbot.like(ctl.on_like, inputs=[answers, comment], outputs=[feedback_note, comment])
        clear_btn.click(ctl.clear, outputs=[chatbot, sources, copy_text, answers, feedback_note])
        copy_btn.click(
            fn=None,
            inputs=[copy_text],
            js="""(text) => {
                if (text && navigator.clipboard) { navigator.clipboard.writeText(text).catch(() => {}); }
                return [text];
            }""",
        )

        plan.input(ctl.on_plan, inputs=[plan, agency, row_text], outputs=[appendix, table, row_count])
        appendix.input(ctl.on_filter, inputs=[plan, appendix, agency, row_text], outputs=[table, row_count])
        for box in (agency, row_text):
            box.submit(ctl.on_filter, inputs=[plan, appendix, agency, row_text], outputs=[table, row_count])
            box.change(ctl.on_filter, inputs=[plan, appendix, agency, row_text], outputs=[table, row_count], trigger_mode="always_last", show_progress="hidden")
        goto.change(ctl.on_goto, inputs=[goto], outputs=[tabs, plan, appendix, table, row_count], show_progress="hidden")

        uploaded.change(ctl.on_uploaded, inputs=[uploaded], outputs=[report, doc_filter, plan, admin_docs, status], show_progress="hidden")

    demo.queue(default_concurrency_limit=8)
    return demo


_COLUMN_WIDTHS = {
    "Phụ lục / Appendix": "104px",
    "Nhóm / Group": "170px",
    "STT / No.": "64px",
    "Nội dung / Content": "380px",
    "Chủ trì / Lead": "170px",
    "Phối hợp / Coordinating": "190px",
    "Thời hạn / Deadline": "120px",
    "Trạng thái / Status": "120px",
}


def _frame(headers: list[str], data: list[list[str]]) -> gr.Dataframe:
    """A Dataframe update with sensible column widths (target-year columns are narrow)."""
    import pandas as pd

    if not headers:
        headers = ["Phụ lục / Appendix", "STT / No.", "Nội dung / Content"]
    widths = [_COLUMN_WIDTHS.get(h, "110px") for h in headers]
    return gr.Dataframe(value=pd.DataFrame(data, columns=headers), column_widths=widths, render=False)


def _is_user_error(exc: BaseException) -> bool:
    names = {c.__name__ for c in type(exc).__mro__}
    return bool(names & {"AssistantError", "RetrieverError", "ServiceError"})
