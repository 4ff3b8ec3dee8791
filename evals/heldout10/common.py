"""Shared helpers for build_questions.py and check.py (held-out set 10)."""
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
import plan_source as S  # noqa: E402

BUNDLED = {
    "plan-2026": "2026-plan_kh-275-ubnd.txt",
    "plan-2025": "2025-plan_ubnd.txt",
    "ctr-06-2022": "2022-program_qd-176-ubnd_nq-06.txt",
    "kh-266-2025": "2025-action-plan_kh-266-tu_nq-57.txt",
    "kh-285-2025": "2025-plan_kh-285-tu_kh-02.txt",
}
NEW = S.DOC_KEY
REAL = "ducp-402-2025"
ALL_KEYS = [NEW, REAL] + list(BUNDLED)
TYPES = ["indicator_lookup", "task_lookup", "narrative", "aggregation", "comparison",
         "ambiguous", "unanswerable"]


def doc_text(key):
    if key == NEW:
        return (HERE / "docs" / f"{NEW}.md").read_text(encoding="utf-8")
    if key == REAL:
        return (ROOT / "evals" / "real" / f"{REAL}.md").read_text(encoding="utf-8")
    return (ROOT / "corpus" / BUNDLED[key]).read_text(encoding="utf-8")


def norm_answer(s):
    """Scoring normalisation of shared/evals/README.md for expected strings."""
    s = unicodedata.normalize("NFC", s).casefold()
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"\s*([%/])\s*", r"\1", s)
    return s


def _strip_accents(s):
    s = unicodedata.normalize("NFC", s).replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def norm_cite(s, punct_to_space=False):
    """Citation normalisation: no accents (đ→d), case, punctuation or line breaks."""
    s = _strip_accents(s).casefold()
    s = re.sub(r"[^\w\s]|_", " " if punct_to_space else "", s)
    return re.sub(r"\s+", " ", s).strip()


def cite_in(snippet, text):
    return any(norm_cite(snippet, p) in norm_cite(text, p) for p in (False, True))


def answer_in(exp, text):
    return norm_answer(exp) in norm_answer(text)
