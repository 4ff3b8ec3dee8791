"""Unit tests of retriever.text: normalisation, accent folding, Vietnamese-aware tokenisation."""

from __future__ import annotations

import unicodedata

import pytest

from retriever.text import STOP_WORDS, fold_accents, normalize, tokenize, tokenize_query


def test_normalize_nfc_casefold_whitespace():
    nfd = unicodedata.normalize("NFD", "Chỉ  Tiêu\n\t18 ")
    assert normalize(nfd) == "chỉ tiêu 18"
    assert normalize(nfd) == unicodedata.normalize("NFC", normalize(nfd))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chỉ tiêu", "Chi tieu"),
        ("Đường Đà Nẵng", "Duong Da Nang"),
        ("quản trị dữ liệu", "quan tri du lieu"),
        ("Công an tỉnh", "Cong an tinh"),
        ("ASCII stays", "ASCII stays"),
    ],
)
def test_fold_accents(text, expected):
    assert fold_accents(text) == expected
    assert fold_accents(unicodedata.normalize("NFD", text)) == expected


def test_syllables_are_casefolded_with_folded_variants_and_bigrams():
    toks = tokenize("Chỉ Tiêu")
    assert toks[:2] == ["chỉ", "chi"]
    for t in ("tiêu", "tieu", "chỉ_tiêu", "chi_tieu"):
        assert t in toks


def test_ascii_syllable_emits_no_duplicate_fold():
    assert tokenize("chi tieu") == ["chi", "tieu", "chi_tieu"]


def test_unaccented_query_shares_tokens_with_accented_text():
    query = set(tokenize_query("chi tieu 18"))
    doc = set(tokenize("Chỉ tiêu 18"))
    assert {"chi", "tieu", "chi_tieu", "18"} <= query & doc


def test_nfc_and_nfd_give_the_same_tokens():
    text = "Tỉ lệ các sở, ngành đạt cấp độ 3 về quản trị dữ liệu; 275/KH-UBND; Đến 31/12/2025"
    assert tokenize(unicodedata.normalize("NFD", text)) == tokenize(unicodedata.normalize("NFC", text))


def test_trailing_punctuation_is_not_part_of_a_number():
    toks = tokenize("chỉ tiêu 18, 19. và 20;")
    assert "18" in toks and "19" in toks and "20" in toks
    assert "18," not in toks and "19." not in toks


def test_number_tokens_are_exact():
    assert "18" in tokenize("Chỉ tiêu 18")
    assert "18" not in tokenize("Chỉ tiêu 180")
    assert "18" not in tokenize("Chỉ tiêu 1.8")
    assert "1.8" in tokenize("Chỉ tiêu 1.8")


@pytest.mark.parametrize("number", ["1.1", "4.5.3", "2.588", "0.8"])
def test_dotted_numbers_kept_whole_without_parts(number):
    toks = tokenize(f"mục {number} tiếp")
    assert number in toks
    for part in number.split("."):
        if part not in ("1",):  # "1.1" would otherwise give "1"
            assert part not in toks, (number, toks)
    assert "1" not in tokenize("mục 1.1 tiếp")


def test_code_kept_whole_plus_parts():
    toks = tokenize("Kế hoạch số 275/KH-UBND ngày")
    assert "275/kh-ubnd" in toks
    assert {"275", "kh", "ubnd"} <= set(toks)


@pytest.mark.parametrize(
    ("code", "whole", "parts"),
    [
        ("06-NQ/TU", "06-nq/tu", {"06", "nq", "tu"}),
        ("02-KH/BCĐTW", "02-kh/bcđtw", {"02", "kh", "bcđtw", "bcdtw"}),
        ("2629/QĐ-TTg", "2629/qđ-ttg", {"2629", "qđ", "qd", "ttg"}),
    ],
)
def test_party_and_government_codes(code, whole, parts):
    toks = set(tokenize(f"theo {code}"))
    assert whole in toks
    assert fold_accents(whole) in toks
    assert parts <= toks


def test_dates_and_months_kept_whole_plus_parts():
    toks = tokenize("Hoàn thành trước 31/12/2025, báo cáo tháng 12/2026.")
    assert "31/12/2025" in toks
    assert "12/2026" in toks
    assert {"31", "12", "2025", "2026"} <= set(toks)
    assert "12/2026." not in toks


def test_percent_with_or_without_space_match():
    a = tokenize("đạt 56,3%")
    b = tokenize("đạt 56,3 %")
    assert a == b
    assert "56,3" in a and "56,3%" in a
    assert "56" not in a and "3" not in a
    assert "100%" in tokenize("100%") and "100" in tokenize("100%")


def test_leading_zero_integer_also_gives_its_value():
    toks = tokenize("Phụ lục 01")
    assert "01" in toks and "1" in toks


def test_stop_words_excluded_from_unigrams_but_kept_in_bigrams():
    toks = tokenize("quản trị của dữ liệu và các nền tảng")
    for stop in ("của", "cua", "và", "va", "các", "cac"):
        assert stop not in toks, stop
    assert "trị_của" in toks and "của_dữ" in toks and "tri_cua" in toks
    assert "quản" in toks and "dữ" in toks
    assert {"và", "của", "các", "có", "được", "trong", "cho", "theo", "với", "là", "những", "này", "đã", "để", "từ"} <= STOP_WORDS


def test_unaccented_stop_words_excluded_but_ambiguous_syllables_kept():
    toks = tokenize("cac chi tieu cua tinh")
    assert "cac" not in toks and "cua" not in toks
    assert "cac_chi" in toks
    # "co" can be "có" (stop word) or "cơ" (cơ quan): kept when unaccented
    assert "co" in tokenize("co quan")
    # accented content syllables fold to strings that are never dropped
    assert "co" in tokenize("cơ quan")


def test_english_stop_words():
    toks = tokenize("Who leads indicator 18 and what is the 2026 target? What's it, they're")
    for stop in ("who", "and", "what", "is", "the", "s", "re"):
        assert stop not in toks
    assert {"leads", "indicator", "18", "2026", "target"} <= set(toks)
    # Vietnamese syllables that are also English words are not dropped
    assert "an" in tokenize("an ninh mạng")


def test_bigrams_stop_at_punctuation_and_numbers():
    toks = tokenize("dữ liệu, sử dụng 5 năm")
    assert "dữ_liệu" in toks and "sử_dụng" in toks
    assert "liệu_sử" not in toks
    assert "dụng_năm" not in toks


def test_old_and_new_tone_placement_and_i_y_spelling_unified():
    assert tokenize("Tỉnh uỷ Thanh Hoá") == tokenize("Tỉnh ủy Thanh Hóa")
    assert tokenize("tỷ lệ") == tokenize("tỉ lệ")
    assert tokenize("kỹ năng số") == tokenize("kĩ năng số")
    assert tokenize("khoẻ") == tokenize("khỏe")
    # "quý" keeps its spelling (qu + ý)
    assert "quý" in tokenize("quý II")
    # unaccented queries reach them too
    assert {"ti", "le", "ti_le"} <= set(tokenize("ty le"))


def test_missing_space_after_period_splits_words():
    toks = tokenize("dữ liệu.Tỉ lệ đạt 2025.Tỉ")
    assert "liệu" in toks and "tỉ" in toks and "2025" in toks


def test_empty_and_punctuation_only():
    assert tokenize("") == []
    assert tokenize(" ,.;-- ") == []
