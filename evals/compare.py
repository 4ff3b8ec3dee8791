"""Compare two evaluation runs: which questions flipped between strict-correct and wrong.

Uses each run folder's ``scores.jsonl`` (written by every ``plan-assistant eval`` run) and
``results.jsonl`` (for the question text). Prints a table; writes ``compare.json`` and
``compare.md`` only when an output folder is given.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from evals.runner import EvalError, read_jsonl


def _load(run_dir: str | Path) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    run_dir = Path(run_dir)
    scores_path = run_dir / "scores.jsonl"
    if not run_dir.is_dir():
        raise EvalError(f"{run_dir}: not a folder; pass two folders written by `plan-assistant eval --out DIR`")
    if not scores_path.exists():
        raise EvalError(f"{scores_path}: not found; pass folders written by `plan-assistant eval --out DIR`")
    scores = {s["id"]: s for s in read_jsonl(scores_path)}
    results: dict[str, dict[str, Any]] = {}
    if (run_dir / "results.jsonl").exists():
        results = {r["id"]: r for r in read_jsonl(run_dir / "results.jsonl")}
    return scores, results


def _brief(s: Mapping[str, Any]) -> dict[str, Any]:
    return {k: s.get(k) for k in ("answer_ok", "citation_ok", "strict", "found")}


def compare(dir_a: str | Path, dir_b: str | Path) -> dict[str, Any]:
    """Questions that went strict-correct → wrong ("broken") and wrong → correct ("fixed")."""
    sa, ra = _load(dir_a)
    sb, rb = _load(dir_b)
    common = [qid for qid in sa if qid in sb]
    scored = [qid for qid in common if sa[qid].get("strict") is not None and sb[qid].get("strict") is not None]
    fixed, broken = [], []
    for qid in scored:
        before, after = bool(sa[qid]["strict"]), bool(sb[qid]["strict"])
        if before == after:
            continue
        question = (rb.get(qid) or ra.get(qid) or {}).get("question", "")
        row = {
            "id": qid,
            "type": sb[qid].get("type"),
            "lang": sb[qid].get("lang"),
            "question": question,
            "before": _brief(sa[qid]),
            "after": _brief(sb[qid]),
        }
        (fixed if after else broken).append(row)

    def acc(scores: Mapping[str, Mapping[str, Any]]) -> float | None:
        return sum(1 for q in scored if scores[q]["strict"]) / len(scored) if scored else None

    return {
        "before": str(dir_a),
        "after": str(dir_b),
        "n_common": len(common),
        "n_scored": len(scored),
        "strict_before": acc(sa),
        "strict_after": acc(sb),
        "fixed": fixed,
        "broken": broken,
        "only_before": [q for q in sa if q not in sb],
        "only_after": [q for q in sb if q not in sa],
    }


def _ok(b: Any) -> str:
    return "✓" if b else "✗"


def format_compare(cmp: Mapping[str, Any], markdown: bool = False) -> str:
    """A readable table of the flips (plain text, or Markdown for compare.md)."""
    def pct(v: float | None) -> str:
        return "–" if v is None else f"{100 * v:.1f}%"

    lines = [
        f"before: {cmp['before']}",
        f"after:  {cmp['after']}",
        f"{cmp['n_scored']} questions scored in both runs; strict {pct(cmp['strict_before'])} → {pct(cmp['strict_after'])}; "
        f"fixed {len(cmp['fixed'])}, broken {len(cmp['broken'])}",
    ]
    if cmp["n_scored"] < cmp["n_common"]:
        lines.append(f"({cmp['n_common'] - cmp['n_scored']} common questions have no gold scores)")
    if cmp["only_before"]:
        lines.append(f"only in before: {', '.join(cmp['only_before'])}")
    if cmp["only_after"]:
        lines.append(f"only in after: {', '.join(cmp['only_after'])}")
    rows = [("broken", r) for r in cmp["broken"]] + [("fixed", r) for r in cmp["fixed"]]
    if markdown:
        lines = [f"- {l}" for l in lines]
        lines.insert(0, "# Comparison\n")
        if rows:
            lines += ["", "| flip | id | type | lang | answer | citation | question |", "|---|---|---|---|---|---|---|"]
            for kind, r in rows:
                q = r["question"].replace("|", "\\|").replace("\n", " ")
                lines.append(f"| {kind} | {r['id']} | {r['type']} | {r['lang']} | "
                             f"{_ok(r['before']['answer_ok'])}→{_ok(r['after']['answer_ok'])} | "
                             f"{_ok(r['before']['citation_ok'])}→{_ok(r['after']['citation_ok'])} | {q} |")
        return "\n".join(lines) + "\n"
    if rows:
        lines.append("")
        lines.append(f"{'flip':<7} {'id':<12} {'type':<17} {'lang':<4} {'answer':<7} {'cite':<7} question")
        for kind, r in rows:
            q = " ".join(r["question"].split())
            q = q if len(q) <= 70 else q[:69] + "…"
            lines.append(f"{kind:<7} {str(r['id']):<12} {str(r['type']):<17} {str(r['lang']):<4} "
                         f"{_ok(r['before']['answer_ok'])}→{_ok(r['after']['answer_ok']):<5} "
                         f"{_ok(r['before']['citation_ok'])}→{_ok(r['after']['citation_ok']):<5} {q}")
    else:
        lines.append("no question flipped")
    return "\n".join(lines) + "\n"


def write_compare(out_dir: str | Path, cmp: Mapping[str, Any]) -> list[Path]:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    j = out / "compare.json"
    j.write_text(json.dumps(cmp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    m = out / "compare.md"
    m.write_text(format_compare(cmp, markdown=True), encoding="utf-8")
    return [j, m]
