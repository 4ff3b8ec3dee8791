"""A word told apart from another only by its accents: "sắn" (cassava) and "sản" (of "sản phẩm") both fold
to "san", so a passage on coffee products ("sản phẩm cà phê") matched a question on cassava as well as the
passage on cassava did. A single word the question asks by (in Vietnamese as written, in English by its
Vietnamese) that the plans mostly print, folded, as another word now weighs with its accents — unless a
pair it makes with a neighbour is the plans' usual pair ("sản phẩm"): the passage printing "sắn" itself
matches better. The real Assistant over a small plan ingested for real."""

import pytest

from assistant.evidence import accented_term, coverage
from assistant.steps import Question
from tests.conftest import assistant_over

PLAN = """ỦY BAN NHÂN DÂN TỈNH BÌNH LA

KẾ HOẠCH

Xuất khẩu nông sản tỉnh Bình La giai đoạn 2026 - 2030

## I. MỤC TIÊU

### 1. Sản phẩm chủ lực

Đẩy mạnh sản xuất cà phê; tổng sản phẩm cà phê xuất khẩu đến năm 2030 phấn đấu đạt trên 39.000 tấn, giá trị sản phẩm đạt 186 triệu USD. Thị trường định hướng xuất khẩu chủ yếu của sản phẩm cà phê: Hoa Kỳ, Đức.

### 2. Cây lương thực

Sắn lát và tinh bột sắn xuất khẩu đến năm 2030 đạt 155.000 tấn, bán sang Trung Quốc.

## II. TỔ CHỨC THỰC HIỆN

Sở Nông nghiệp và Môi trường chủ trì, phối hợp với các sở, ngành liên quan triển khai Kế hoạch, gắn sản xuất với tiêu thụ.
"""


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"kh-77-binhla.md": PLAN})


def test_a_word_asked_with_accents_counts_only_where_printed_so():
    terms = {"san", accented_term("sắn")}
    assert coverage(terms, "Sắn lát xuất khẩu") == 1.0
    assert coverage(terms, "Tổng sản phẩm cà phê") == pytest.approx(0.5)


@pytest.mark.parametrize("question", [
    "Where is cassava mainly meant to be exported?",
    "Sắn xuất khẩu chủ yếu sang thị trường nào?",
])
def test_the_passage_printing_the_word_matches_better(plan, question):
    # folded, the coffee passage ("sản phẩm", "xuất khẩu", "chủ yếu", "thị trường") says the question's
    # words as well as the cassava passage does, or better; with its accents "sắn" is said by one only
    u = plan.understand(Question(text=question))
    assert accented_term("sắn") in u.accented
    chunks = [c for c in plan.store.chunks() if c.kind == "text" and "xuất khẩu" in c.source_text]
    cassava = next(c.chunk_id for c in chunks if "Sắn lát" in c.source_text)
    coffee = next(c.chunk_id for c in chunks if "cà phê" in c.source_text)
    folded = plan.relevance.passages("", set(u.terms), chunks)
    weighed = plan.relevance.passages("", set(u.terms) | u.accented, chunks)
    assert folded[coffee].lexical >= folded[cassava].lexical
    assert weighed[cassava].lexical > folded[cassava].lexical
    assert weighed[coffee].lexical < folded[coffee].lexical


def test_the_answer_quotes_the_passage_printing_the_word(plan):
    answer = plan.answer("Where is cassava mainly meant to be exported?")
    assert answer.found
    first = answer.answer.split("\n")[0]
    assert "Trung Quốc" in first and "cà phê" not in first, answer.answer


def test_a_word_whose_pair_is_the_plans_usual_one_is_not_weighed(plan):
    # "sắn lát" is the only pair the plans print as "san lat": the pair tells the word already; "sắn xuất
    # (khẩu)" is not, "san xuat" is mostly "sản xuất"
    assert accented_term("sắn") not in plan.understand(Question(text="Sắn lát xuất khẩu sang đâu?")).accented
    assert accented_term("sắn") in plan.understand(Question(text="Sắn xuất khẩu sang đâu?")).accented
    # "sản" is most of "san": no word to tell apart
    assert plan.understand(Question(text="Giá trị sản phẩm cà phê xuất khẩu năm 2030 là bao nhiêu?")).accented == frozenset()
