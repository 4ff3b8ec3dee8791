"""The shared text rules (ingest/text.py): one home for accent folding, Roman numerals, appendix
keys and row-number keys, used by the parsers, the store, the retriever and the assistant.
Fast: pure functions, no model, no index."""

from __future__ import annotations

import random
import unicodedata

import pytest

from ingest import text as T
from ingest.settings import PROJECT_ROOT

CORPUS = PROJECT_ROOT / "corpus"


# ------------------------------------------------------------------ folding

def test_fold_removes_accents_maps_d_and_casefolds():
    assert T.fold("Chỉ tiêu Đề án ĐẢNG ỦY") == "chi tieu de an dang uy"
    assert T.fold("Chỉ tiêu Đà Nẵng", casefold=False) == "Chi tieu Da Nang"
    assert T.fold("  Sở  TT&TT\t") == "  so  tt&tt\t"  # whitespace and punctuation kept


def test_fold_keeps_spans_on_precomposed_text():
    s = "Tỉ lệ hồ sơ được số hóa đạt 100% (Đề án 06)"
    assert len(T.fold(s)) == len(s) and len(T.fold(s, casefold=False)) == len(s)


def test_fold_of_decomposed_text_equals_fold_of_composed_text():
    s = "Ủy ban nhân dân tỉnh Thanh Hóa, Đảng ủy"
    assert T.fold(unicodedata.normalize("NFD", s)) == T.fold(s) == "uy ban nhan dan tinh thanh hoa, dang uy"


def test_fold_squashed_and_fold_words():
    assert T.fold_squashed("  Phụ   lục\nI ") == "phu luc i"
    assert T.fold_words("Sở Thông tin & Truyền thông (STTTT); UBND-tỉnh") == "so thong tin truyen thong stttt ubnd tinh"
    assert T.fold_words(None) == "" and T.fold_words(18) == "18"


def test_nfc():
    assert T.nfc(unicodedata.normalize("NFD", "Hóa")) == "Hóa"


def test_fold_accents_of_the_tokenizer_is_the_shared_rule_on_the_corpus():
    """The tokenizer's fold_accents is a thin alias of fold(casefold=False): identical on every
    corpus line and on random strings of Vietnamese letters, decomposed or not."""
    from retriever.text import fold_accents

    lines = [ln for p in sorted(CORPUS.glob("*.txt")) for ln in p.read_text(encoding="utf-8").splitlines()]
    assert len(lines) > 1000
    for ln in lines:
        assert fold_accents(ln) == T.fold(ln, casefold=False)
        assert T.fold(ln) == T.fold(ln, casefold=False).casefold()
    rng = random.Random(8)
    letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ ĐÂĂ-.,%"
    for _ in range(500):
        s = "".join(rng.choice(letters) for _ in range(rng.randint(1, 30)))
        for form in (s, s.upper(), unicodedata.normalize("NFD", s)):
            assert fold_accents(form) == T.fold(form, casefold=False)
            assert T.fold(form).isascii()


# ------------------------------------------------------------------ Roman numerals

@pytest.mark.parametrize("n", range(1, 400))
def test_roman_numerals_round_trip(n):
    r = T.int_to_roman(n)
    assert T.roman_to_int(r) == n and T.roman_to_int(r.lower()) == n
    assert T.int_to_roman(n, lower=True) == r.lower()
    assert T.is_roman(r) and not T.is_roman(r.lower())


@pytest.mark.parametrize("token", ["", "IIII", "VX", "IC", "VV", "IL", "ABC", "I.", "1", "CCCC", "D", "M"])
def test_malformed_or_out_of_range_numerals_are_not_numerals(token):
    assert T.roman_to_int(token) is None
    assert not T.is_roman(token)


def test_parse_numeral():
    assert [T.parse_numeral(s) for s in ("II", "ii.", "02", "2", " IV) ", "XIV:")] == [2, 2, 2, 2, 4, 14]
    assert T.parse_numeral("A") is None and T.parse_numeral("2.1") is None and T.parse_numeral("") is None


# ------------------------------------------------------------------ appendix labels and row numbers

@pytest.mark.parametrize("label,key", [
    ("Phụ lục I", "1"), ("phụ lục 01", "1"), ("PHỤ LỤC II – DANH MỤC NHIỆM VỤ", "2"), ("Phụ lục số 3", "3"),
    ("Appendix IV", "4"), ("annex 2", "2"), ("1", "1"), ("II", "2"), ("Phụ lục", ""), (None, ""),
    ("Phu luc XII: Các chỉ tiêu", "12"), ("Mục 2. Nhiệm vụ", "muc 2 nhiem vu"),
])
def test_appendix_key(label, key):
    assert T.appendix_key(label) == key


def test_appendix_matches_label_suffix_and_number_forms():
    assert T.appendix_matches("Phụ lục I", "phu luc i")
    assert T.appendix_matches("Phụ lục I", "I") and T.appendix_matches("Phụ lục I", "1") and T.appendix_matches("Phụ lục I", "01")
    assert T.appendix_matches("Phụ lục 01", "I")
    assert T.appendix_matches("PHỤ LỤC II: DANH MỤC", "Phụ lục 2")
    assert not T.appendix_matches("Phụ lục I", "II") and not T.appendix_matches("Phụ lục II", "1")
    assert not T.appendix_matches(None, "I") and not T.appendix_matches("Phụ lục I", "Phụ lục")


def test_every_layer_uses_the_shared_rules():
    """One implementation: the store, the lookup, the assistant and the parsers import these."""
    import assistant.service as service
    import ingest.parsing.text as ptext
    import ingest.store as store
    import retriever.lookup as lookup

    assert store.appendix_matches is T.appendix_matches
    assert lookup.appendix_key is T.appendix_key and lookup.normalize_number is T.normalize_number
    assert lookup.parse_numeral is T.parse_numeral and lookup._fold is T.fold_words
    assert service._fold is T.fold_squashed
    assert (ptext.fold, ptext.is_roman, ptext.roman_to_int, ptext.int_to_roman) == (
        T.fold, T.is_roman, T.roman_to_int, T.int_to_roman)


@pytest.mark.parametrize("raw,key", [
    ("18", "18"), ("18.", "18"), ("01", "1"), (" 2.03 ", "2.3"), ("4.5.1.", "4.5.1"), ("IV", "iv"),
    ("", None), (None, None), (". ", None), ("a.1", "a.1"),
])
def test_normalize_number(raw, key):
    assert T.normalize_number(raw) == key


def test_doc_id_folds_with_the_shared_rule():
    from ingest.pipeline import doc_id_for

    assert doc_id_for("Kế hoạch số 12 Đề án.pdf") == "ke-hoach-so-12-de-an"


def test_an_appendix_with_no_numeral_is_told_from_numbered_ones_and_from_no_appendix():
    from ingest.text import is_unnumbered_appendix

    assert is_unnumbered_appendix("Phụ lục") and is_unnumbered_appendix("PHỤ LỤC") and is_unnumbered_appendix("Annex")
    assert not any(is_unnumbered_appendix(x) for x in ("Phụ lục I", "Phụ lục 02", "Phụ lục B", "Bảng 1", "", None))


def test_the_phu_luc_said_with_no_numeral_keeps_the_rows_of_unnumbered_appendices():
    """"Nhiệm vụ số 23 của Phụ lục" over plans with "Phụ lục III" and one with "Phụ lục": that one's row."""
    from assistant.service import _the_appendix_said
    from assistant.understanding import parse_question
    from ingest.records import TableRow

    def row(doc: str, appendix: str) -> TableRow:
        return TableRow(row_id=f"{doc}-{appendix}", doc_id=doc, appendix=appendix, number="23", kind="task", text="23")

    rows = [row("kh-266", "Phụ lục III"), row("qd-844", "Phụ lục"), row("kh-275", "Phụ lục II")]
    assert [r.doc_id for r in _the_appendix_said(parse_question("Nhiệm vụ số 23 của Phụ lục do ai chủ trì?"), rows)] == ["qd-844"]
    # a numeral said, or no appendix said: every row stays for the other rules to weigh
    assert len(_the_appendix_said(parse_question("Nhiệm vụ số 23 do ai chủ trì?"), rows)) == 3
    assert [r.doc_id for r in _the_appendix_said(parse_question("Who leads task 23 in the annex?"), rows)] == ["qd-844"]
    # the appendices of all plans ("các phụ lục", "the annexes"): every plan's rows
    assert len(_the_appendix_said(parse_question("Sở Nội vụ chủ trì bao nhiêu nhiệm vụ trong các phụ lục?"), rows)) == 3
    assert len(_the_appendix_said(parse_question("How many tasks do the annexes list?"), rows)) == 3
