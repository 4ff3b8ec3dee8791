"""The Gradio chat (mounted at "/" by ui.app): chat with sources, and a Tables tab.

Everything shown from the plans is escaped: the Sources panel goes through
``services.render_sources`` (html.escape), chat messages are escaped before Markdown
rendering, and table cells are plain-text Dataframe cells.
"""

from __future__ import annotations

import html
import logging
import re
import time
from typing import Any

import gradio as gr

from ui.services import (
    Runtime,
    ServiceError,
    answer_dict,
    answer_plain_text,
    appendices_of,
    document_choices,
    find_rows,
    normalise_history,
    normalise_rating,
    render_sources,
    rows_table,
)

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

CSS = """
.gradio-container { max-width: 1400px !important; margin: 0 auto !important; }
#pa-header h2 { margin-bottom: 0.2em; }
#pa-header p { margin-top: 0; color: var(--body-text-color-subdued); }
#pa-status { font-size: 0.9em; }
#pa-sources-col { max-height: 82vh; overflow-y: auto; }
.pa-sources .pa-list { list-style: none; padding: 0; margin: 0; }
.pa-source { border: 1px solid var(--border-color-primary); border-radius: 10px; padding: 10px 12px;
             margin: 0 0 10px 0; background: var(--background-fill-secondary); }
.pa-head { line-height: 1.35; }
.pa-n { font-weight: 700; color: var(--color-accent); margin-right: 2px; }
.pa-title { font-weight: 600; }
.pa-locator { display: inline-block; font-size: 0.82em; font-weight: 600; color: var(--color-accent);
               background: var(--color-accent-soft); border-radius: 999px; padding: 1px 9px; margin: 5px 0 7px 0; }
.pa-quote { margin: 0; padding: 6px 10px; border-left: 3px solid var(--color-accent);
            background: var(--background-fill-primary); white-space: pre-wrap; word-break: break-word;
            font-size: 0.9em; max-height: 240px; overflow-y: auto; }
.pa-warn { margin-top: 6px; color: #b45309; font-size: 0.86em; }
.pa-empty { color: var(--body-text-color-subdued); font-style: italic; padding: 8px 2px; }
#pa-table { font-size: 0.9em; }
#pa-table, #pa-table * { font-family: var(--font) !important; }
#pa-table th { vertical-align: bottom; }
"""


def theme() -> gr.themes.Base:
    """Default theme with system fonts (no web fonts to fetch, full Vietnamese glyph coverage)."""
    sans = ["Noto Sans", "Segoe UI", "Roboto", "DejaVu Sans", "Helvetica Neue", "Arial", "sans-serif"]
    mono = ["DejaVu Sans Mono", "Consolas", "monospace"]
    return gr.themes.Soft(primary_hue="blue", secondary_hue="sky", neutral_hue="slate", font=sans, font_mono=mono)


_MD_SPECIAL = re.compile(r"([\\`*_\[\]#|~])")


def display_text(text: str) -> str:
    """Answer text made inert for the Markdown chat bubble: HTML escaped, Markdown punctuation escaped."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text or "", quote=False))


def _msg(role: str, text: str) -> dict:
    return {"role": role, "content": text}


# --------------------------------------------------------------------------------------


class ChatController:
    """The chat's callbacks (plain methods, so tests can drive them without a browser)."""

    def __init__(self, runtime: Runtime):
        self.runtime = runtime

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
        return "Đang xây dựng chỉ mục từ các kế hoạch (lần chạy đầu) … / Building the index from the bundled plans (first start) …"

    def refresh(self):
        """Page load / timer: document choices, plan list, table, status."""
        if self.runtime.status != "ok":
            return (self.status_text(), gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.Timer(active=self.runtime.status == "building"))
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
            gr.Timer(active=False),
        )

    def respond(self, message: str, history: list, doc_ids: list[str] | None, answers: dict):
        history = list(history or [])
        answers = dict(answers or {})
        message = (message or "").strip()
        if not message:
            yield history, gr.skip(), gr.skip(), gr.skip(), answers
            return
        prior = normalise_history(history)
        history = history + [_msg("user", message), _msg("assistant", "…")]
        index = len(history) - 1
        yield history, render_sources([]), "", "", answers
        try:
            assistant = self.runtime.get()
        except ServiceError as exc:
            history[index] = _msg("assistant", display_text(exc.message))
            yield history, gr.skip(), gr.skip(), gr.skip(), answers
            return
        text, final, last = "", None, 0.0
        try:
            for item in assistant.stream(message, doc_ids=doc_ids or None, history=prior or None):
                if isinstance(item, str):
                    text += item
                    now = time.monotonic()
                    if now - last >= STREAM_UPDATE_S:
                        last = now
                        history[index] = _msg("assistant", display_text(text))
                        yield history, gr.skip(), gr.skip(), gr.skip(), gr.skip()
                else:
                    final = item
        except Exception as exc:  # noqa: BLE001 - shown in the chat, logged
            if not _is_user_error(exc):
                log.exception("answering failed")
            history[index] = _msg("assistant", "⚠ " + display_text(str(exc)))
            yield history, render_sources([]), gr.skip(), "", answers
            return
        if final is None:
            history[index] = _msg("assistant", display_text(text) or "⚠ (no answer)")
            yield history, render_sources([]), gr.skip(), answer_plain_text({"answer": text, "citations": []}), answers
            return
        data = answer_dict(final)
        answers[str(index)] = data
        history[index] = _msg("assistant", display_text(data.get("answer", text)))
        yield history, render_sources(data.get("citations"), found=data.get("found")), gr.skip(), answer_plain_text(data), answers

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
        return [], render_sources([]), "", {}, ""

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

    def _table(self, doc_id: str | None, appendix: str | None, agency: str, text: str):
        if not doc_id or self.runtime.status != "ok":
            return _frame([], []), ""
        assistant = self.runtime.get()
        wanted = None if appendix in (None, "", ALL_APPENDICES) else appendix
        rows = find_rows(assistant, doc_id, appendix=wanted, agency=agency, text=text)
        headers, data = rows_table(rows, drop_empty=True)
        uncertain = sum(1 for r in rows if r.uncertain)
        note = f" · ⚠ {uncertain} dòng chưa chắc chắn / uncertain rows" if uncertain else ""
        return _frame(headers, data), f"{len(rows)} dòng / rows{note}"

    def on_plan(self, doc_id, agency, text):
        return self._plan_view(doc_id, None, agency, text)

    def on_filter(self, doc_id, appendix, agency, text):
        return self._table(doc_id, appendix, agency, text)



def build_blocks(runtime: Runtime) -> gr.Blocks:
    settings = runtime.settings
    ctl = ChatController(runtime)

    # -- layout ---------------------------------------------------------------------------
    with gr.Blocks(title="Trợ lý Kế hoạch Chuyển đổi số · Plan assistant", analytics_enabled=False, fill_width=True) as demo:
        answers = gr.State({})
        with gr.Row(elem_id="pa-header"):
            gr.Markdown(
                "## Trợ lý Kế hoạch Chuyển đổi số tỉnh Thanh Hóa · Plan assistant\n"
                "Hỏi về chỉ tiêu, nhiệm vụ, cơ quan chủ trì, mục tiêu và thời hạn trong các kế hoạch; mỗi câu trả lời kèm nguồn trích dẫn. "
                "/ Ask about indicators, tasks, lead agencies, targets and deadlines; every answer cites the plan it comes from."
            )
        status = gr.Markdown(ctl.status_text(), elem_id="pa-status")
        timer = gr.Timer(3.0, active=True)

        with gr.Tabs():
            with gr.Tab("Hỏi đáp / Chat", id="chat", elem_id="pa-tab-chat"):
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3, min_width=420):
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
                            height=440,
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
                                autofocus=True,
                                elem_id="pa-question",
                                max_length=settings.max_question_chars,
                            )
                            send = gr.Button("Gửi / Send", variant="primary", scale=1, min_width=110, elem_id="pa-send")
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
                    with gr.Column(scale=2, min_width=340, elem_id="pa-sources-col"):
                        gr.Markdown("### Nguồn / Sources")
                        sources = gr.HTML(render_sources([]), elem_id="pa-sources")

            with gr.Tab("Bảng / Tables", id="tables", elem_id="pa-tab-tables"):
                with gr.Row():
                    plan = gr.Dropdown(label="Kế hoạch / Plan", choices=[], scale=3, elem_id="pa-plan")
                    appendix = gr.Dropdown(label="Phụ lục / Appendix", choices=[ALL_APPENDICES], value=ALL_APPENDICES, scale=2, elem_id="pa-appendix")
                with gr.Row():
                    agency = gr.Textbox(label="Cơ quan / Agency", placeholder="Công an tỉnh", elem_id="pa-agency")
                    row_text = gr.Textbox(label="Tìm trong bảng / Search rows", placeholder="quản trị dữ liệu", elem_id="pa-row-text")
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

        # -- events ---------------------------------------------------------------------------
        load_outputs = [status, doc_filter, plan, appendix, table, row_count, timer]
        demo.load(ctl.refresh, outputs=load_outputs, show_progress="hidden")
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
