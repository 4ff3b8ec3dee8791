"""metrics.json, report.md and the accuracy-by-type chart of one evaluation run."""

from __future__ import annotations

import json
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from evals import metrics as M

CHART_NAME = "accuracy_by_type.png"
CITATION_PREVIEW = 200


def build_metrics(
    scores: Sequence[Mapping[str, Any]],
    question_files: Sequence[str | Path],
    baseline_scores: Sequence[Mapping[str, Any]] | None = None,
    extra: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The content of metrics.json: the assistant's aggregate (+ the baseline's) and run info."""
    data: dict[str, Any] = {
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "question_files": [str(Path(p).resolve()) for p in question_files],
        "scoring": {
            "answer": "every expected string in the answer (NFC, casefold, whitespace collapsed, no spaces around % and /); unanswerable: found=false",
            "citation": "some citation text contains some evidence snippet (no accents, đ→d, casefold, punctuation→space, whitespace collapsed); unanswerable: found=false",
            "strict": "answer and citation both correct",
            "missing_or_error": "wrong on every measure",
            "latency": "nearest-rank percentiles of latency_ms",
        },
        "assistant": M.aggregate(scores),
    }
    if baseline_scores is not None:
        data["baseline"] = {
            "description": "LangChain quick-start: RecursiveCharacterTextSplitter(1000, 200) over raw corpus text, same embedding model, Chroma top-4 similarity_search; scored on the retrieved context (upper bound for an LLM reading it; never abstains)",
            **M.aggregate(baseline_scores),
        }
    if extra:
        data.update(extra)
    return data


def write_metrics(out_dir: str | Path, data: Mapping[str, Any]) -> Path:
    path = Path(out_dir) / "metrics.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


# --------------------------------------------------------------------------- formatting


def pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}%"


def ms(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f} ms"


def _cell(text: Any) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return lines


def _group_row(name: str, g: Mapping[str, Any]) -> list[Any]:
    return [
        name,
        g["n"],
        f"{pct(g['strict'])} ({g['strict_correct']})",
        f"{pct(g['answer'])} ({g['answer_correct']})",
        f"{pct(g['citation'])} ({g['citation_correct']})",
    ]


def _groups_table(title: str, assistant: Mapping[str, Any], baseline: Mapping[str, Any] | None) -> list[str]:
    header = [title, "n", "strict", "answer", "citation"]
    if baseline is not None:
        header += ["baseline strict", "baseline answer", "baseline citation"]
    rows = []
    for name, g in assistant.items():
        row = _group_row(name, g)
        if baseline is not None:
            b = baseline.get(name)
            row += [pct(b["strict"]), pct(b["answer"]), pct(b["citation"])] if b else ["–"] * 3
        rows.append(row)
    return _table(header, rows)


def write_chart(out_dir: str | Path, data: Mapping[str, Any]) -> Path:
    """Bar chart of strict accuracy by question type (assistant, and baseline when it ran)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    by_type = data["assistant"]["by_type"]
    base = (data.get("baseline") or {}).get("by_type")
    types = list(by_type)
    fig = Figure(figsize=(max(6.0, 1.1 * len(types) + 2), 4.2), dpi=110)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot(1, 1, 1)
    width = 0.38 if base is not None else 0.6
    xs = list(range(len(types)))
    vals = [100 * (by_type[t]["strict"] or 0.0) for t in types]
    offset = -width / 2 if base is not None else 0.0
    bars = ax.bar([x + offset for x in xs], vals, width, label="assistant (strict)", color="#2b6cb0")
    ax.bar_label(bars, fmt="%.0f", fontsize=8)
    if base is not None:
        bvals = [100 * ((base.get(t) or {}).get("strict") or 0.0) for t in types]
        bbars = ax.bar([x + width / 2 for x in xs], bvals, width, label="baseline top-4 context (strict)", color="#a0aec0")
        ax.bar_label(bbars, fmt="%.0f", fontsize=8)
    ax.set_xticks(xs)
    ax.set_xticklabels([f"{t}\n(n={by_type[t]['n']})" for t in types], fontsize=8)
    ax.set_ylim(0, 128)  # headroom above 100% for the bar labels and the one-row legend
    ax.set_yticks([0, 20, 40, 60, 80, 100])
    ax.set_ylabel("strict accuracy (%)")
    ax.set_title("Accuracy by question type")
    ax.legend(fontsize=8, loc="upper left", ncol=2, frameon=False)
    fig.tight_layout()
    path = Path(out_dir) / CHART_NAME
    fig.savefig(path)
    return path


def _failure_lines(q: Mapping[str, Any], result: Mapping[str, Any] | None, s: Mapping[str, Any]) -> list[str]:
    what = []
    if s.get("missing"):
        what.append("missing result")
    elif s.get("error"):
        what.append("error")
    else:
        if not s["answer_ok"]:
            what.append("answer")
        if not s["citation_ok"]:
            what.append("citation")
    lines = [
        f"### {q.get('id')} — {q.get('type', M.NO_VALUE)} / {q.get('lang', M.NO_VALUE)} — wrong: {', '.join(what)}",
        "",
        f"- **question:** {_cell(q.get('question', ''))}",
        f"- **expected:** {_cell('; '.join(q.get('expected') or []) or ('(abstain: found=false)' if M.is_unanswerable(q) else '–'))}",
    ]
    if q.get("evidence"):
        lines.append(f"- **evidence:** {_cell(' | '.join(q['evidence']))}")
    if result is None:
        lines.append("- **answer:** (no result line)")
    else:
        if result.get("error"):
            lines.append(f"- **error:** `{_cell(result['error'])}`")
        lines.append(f"- **found:** {result.get('found')}")
        lines.append(f"- **answer:** {_cell(result.get('answer', ''))}")
        cits = result.get("citations") or []
        if cits:
            lines.append("- **citations:**")
            for c in cits:
                text = " ".join(str(c.get("text", "")).split())
                more = "…" if len(text) > CITATION_PREVIEW else ""
                lines.append(f"  - [{c.get('n', '?')}] {_cell(c.get('locator', ''))} ({_cell(c.get('doc_id', ''))}): “{_cell(text[:CITATION_PREVIEW])}{more}”")
        else:
            lines.append("- **citations:** none")
    lines.append("")
    return lines


def write_report(
    out_dir: str | Path,
    data: Mapping[str, Any],
    questions: Sequence[Mapping[str, Any]],
    results_by_id: Mapping[str, Mapping[str, Any]],
    scores: Sequence[Mapping[str, Any]],
) -> Path:
    """report.md (+ the chart it links) from metrics.json content and the run's results."""
    out = Path(out_dir)
    a = data["assistant"]
    b = data.get("baseline")
    write_chart(out, data)
    lines: list[str] = ["# Evaluation report", ""]
    lines.append(f"Created {data.get('created', '')}. Questions: {', '.join(Path(p).name for p in data.get('question_files', []))} "
                 f"({a['n']} questions; missing {len(a['missing'])}, errors {len(a['errors'])}).")
    lines.append("")

    lines += ["## Overall", ""]
    header = ["system", "n", "strict", "answer", "citation", "latency p50", "latency p95"]
    rows = [["assistant", a["n"], pct(a["overall"]["strict"]), pct(a["overall"]["answer"]), pct(a["overall"]["citation"]),
             ms(a["latency_ms"]["p50"]), ms(a["latency_ms"]["p95"])]]
    if b is not None:
        rows.append(["baseline (quick-start top-4 context)", b["n"], pct(b["overall"]["strict"]), pct(b["overall"]["answer"]),
                     pct(b["overall"]["citation"]), ms(b["latency_ms"]["p50"]), ms(b["latency_ms"]["p95"])])
    lines += _table(header, rows)
    lines.append("")
    if b is not None:
        lines += ["The baseline is scored on its retrieved top-4 context: an upper bound for any LLM reading that "
                  "context, except on unanswerable questions (it never abstains).", ""]

    lines += ["## Accuracy by question type", "", f"![strict accuracy by question type]({CHART_NAME})", ""]
    lines += _groups_table("type", a["by_type"], b["by_type"] if b else None)
    lines += ["", "## Accuracy by language", ""]
    lines += _groups_table("language", a["by_lang"], b["by_lang"] if b else None)
    lines.append("")

    lines += ["## Retrieval", "", "Evidence snippet inside one of the top-k retrieved chunk texts (answerable questions with evidence).", ""]
    r = a["retrieval"]
    ks = [key for key in r if key.startswith("recall@")]
    header = ["system", "n"] + ks + ["MRR"]
    rows = [["assistant retriever", r["n"]] + [pct(r[k]) for k in ks] + ["–" if r["mrr"] is None else f"{r['mrr']:.3f}"]]
    if b is not None:
        br = b["retrieval"]
        rows.append(["baseline", br["n"]] + [pct(br.get(k)) for k in ks] + ["–" if br["mrr"] is None else f"{br['mrr']:.3f}"])
    lines += _table(header, rows)
    lines.append("")

    ab = a["abstention"]
    lines += ["## Abstention", "", "Positives = unanswerable questions; predicted positive = found is false.", ""]
    lines += _table(["positives", "abstained", "correct abstentions", "precision", "recall"],
                    [[ab["positives"], ab["predicted"], ab["true_positives"], pct(ab["precision"]), pct(ab["recall"])]])
    lines.append("")

    lat = a["latency_ms"]
    lines += ["## Latency", "", f"Nearest-rank percentiles over {lat['n']} answers: p50 {ms(lat['p50'])}, p95 {ms(lat['p95'])}, mean {ms(lat['mean'])}.", ""]

    by_id = {q.get("id"): q for q in questions}
    failures = [s for s in scores if not s["strict"]]
    lines += [f"## Failures ({len(failures)})", ""]
    if a["missing"]:
        lines += [f"Missing results: {', '.join(map(str, a['missing']))}", ""]
    if not failures:
        lines += ["None.", ""]
    for s in failures:
        lines += _failure_lines(by_id.get(s["id"], {"id": s["id"]}), results_by_id.get(s["id"]), s)
    path = out / "report.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path
