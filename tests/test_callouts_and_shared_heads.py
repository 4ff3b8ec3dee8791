"""Two readings a real Government resolution's layouts and questions called for:

- Obsidian's (and GitHub's) callouts: "> [!todo]+ I. Group" above a group's table is that group's title, with its
  "[!type]" mark no text; Obsidian's block ids ("^nhom-i") and "%% comments %%" are no text either.
- Sides of a comparison that say the head's thing again ("which decree is due earlier: the one on … or the one on
  …"): each side's row is one of that thing (a row whose words open with "Nghị định" or whose product is one), not
  a row sharing more of the side's words that only mentions a decree further on.
The real Assistant over a small plan ingested for real."""

import pytest

from ingest.formats.markup import markdown_to_lines
from tests.conftest import assistant_over

CALLOUTS = """%% Công báo số 1, trang 2-3 %%

> [!info] BỘ NỘI VỤ
> Số: 12/KH-BNV

# KẾ HOẠCH

## I. MỤC ĐÍCH
^muc-i

Xác định các nhiệm vụ chủ yếu. ^doan-1

# Phụ lục

> [!todo]+ I. Hoàn thiện thể chế
> | TT | Nội dung, nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |
> |----|----|----|----|----|
> | 1 | Rà soát văn bản pháp luật về đê điều | Bộ Nông nghiệp và Môi trường | Các bộ | Năm 2027 |
> | 2 | Sửa đổi quy định về dự trữ quốc gia | Bộ Tài chính | Các bộ | Giai đoạn 2026 - 2030 |

^nhom-i

> [!todo]- II. Tuyên truyền
> | TT | Nội dung, nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |
> |----|----|----|----|----|
> | 1 | Tuyên truyền kỹ năng phòng tránh thiên tai | Bộ Văn hóa, Thể thao và Du lịch | Các địa phương | Hằng năm |

```
> [!note] a code block keeps its text ^as-is
```
"""


def test_callout_titles_head_their_groups_and_obsidian_marks_are_no_text(tmp_path_factory):
    text = "\n".join(markdown_to_lines(CALLOUTS))
    assert "[!" not in text.replace("> [!note] a code block", "")  # (only the code block keeps its mark)
    assert "^muc-i" not in text and "^doan-1" not in text and "^nhom-i" not in text and "%%" not in text
    assert "Xác định các nhiệm vụ chủ yếu." in text and "BỘ NỘI VỤ" in text
    assert "> [!note] a code block keeps its text ^as-is" in text
    assistant = assistant_over(tmp_path_factory, {"kh-12-bnv-2027.md": CALLOUTS})
    rows = assistant.lookup.rows()
    assert [(r.group[0][:5] if r.group else "", r.number, r.fields.get("lead")) for r in rows] == [
        ("I. Ho", "1", "Bộ Nông nghiệp và Môi trường"), ("I. Ho", "2", "Bộ Tài chính"),
        ("II. T", "1", "Bộ Văn hóa, Thể thao và Du lịch")]


def test_a_file_without_callouts_or_block_ids_is_read_as_before():
    plain = "# KẾ HOẠCH\n\n> Trích: 10 %% của kế hoạch %% còn lại\n\nChỉ số x ^2 tăng.\n\n^2\n\n```x``` là mã, > [!note] không là chú thích.\n"
    text = "\n".join(markdown_to_lines(plain))
    assert "10 %% của kế hoạch %% còn lại" in text and "x ^2" in text and "^2" in text.split("\n")
    # (a GitHub alert is a callout, but GitHub has no "%%" comments: figures with "%%" keep their text)
    alert = "> [!NOTE]\n> Tỷ lệ đạt 95%% năm 2026 và 100%% năm 2027.\n"
    assert "Tỷ lệ đạt 95%% năm 2026 và 100%% năm 2027." in "\n".join(markdown_to_lines(alert))


def test_fences_keep_their_text_and_inline_code_opens_none():
    text = "\n".join(markdown_to_lines("Dòng ```x``` là mã.\n\n> [!todo] Nhóm I\n\n````\n```\n> [!note] trong mã\n````\n"))
    assert "Nhóm I" in text and "[!todo]" not in text and "> [!note] trong mã" in text


PLAN = """# KẾ HOẠCH

**Thực hiện chương trình cải cách công vụ năm 2027**

## Phụ lục

**NHIỆM VỤ**

| TT | Nội dung công việc | Cơ quan chủ trì | Sản phẩm | Thời hạn |
|---|---|---|---|---|
| 1 | Rà soát, phê duyệt vị trí việc làm công chức, viên chức và người lao động của các cơ quan | Các bộ, cơ quan ngang bộ | Văn bản phê duyệt | Năm 2028 (sau khi Chính phủ ban hành Nghị định về vị trí việc làm) |
| 2 | Tham mưu ban hành Nghị định quy định về vị trí việc làm viên chức | Bộ Nội vụ | Nghị định | Tháng 4/2027 |
| 3 | Tham mưu ban hành Nghị định về quản lý biên chế công chức | Bộ Nội vụ | Nghị định | Quý II/2027 |
| 4 | Đánh giá việc quản lý biên chế công chức tại các bộ, cơ quan ngang bộ | Bộ Nội vụ | Báo cáo | Năm 2029 |
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"kh-30-bnv-2027.md": PLAN})


@pytest.mark.parametrize("question", [
    "Which decree is due earlier: the one on job positions for public employees or the one on managing civil-servant staffing?",
    "Nghị định nào có thời hạn sớm hơn: về vị trí việc làm viên chức và người lao động hay về quản lý biên chế công chức?",
])
def test_sides_saying_the_heads_thing_again_are_rows_of_that_thing(assistant, question):
    answer = assistant.answer(question)
    assert answer.found and "Tháng 4/2027" in answer.answer and "Quý II/2027" in answer.answer, answer.answer
    assert "Năm 2028" not in answer.answer and "Năm 2029" not in answer.answer, answer.answer


PLAN_NO_PRODUCT = """# KẾ HOẠCH

**Thực hiện chương trình cải cách công vụ năm 2027**

## Phụ lục

**NHIỆM VỤ**

| TT | Nội dung công việc | Cơ quan chủ trì | Thời hạn |
|---|---|---|---|
| 1 | Rà soát, phê duyệt vị trí việc làm công chức, viên chức và người lao động của các cơ quan | Các bộ, cơ quan ngang bộ | Năm 2028 |
| 2 | Chủ trì, phối hợp với các bộ, ngành xây dựng, trình Chính phủ ban hành Nghị định quy định về vị trí việc làm viên chức | Bộ Nội vụ | Tháng 4/2027 |
| 3 | Tham mưu ban hành Nghị định về quản lý biên chế công chức | Bộ Nội vụ | Quý II/2027 |
| 4 | Báo cáo đánh giá việc quản lý biên chế công chức tại các bộ, cơ quan ngang bộ | Bộ Nội vụ | Năm 2029 |
"""


@pytest.mark.parametrize(("question", "own"), [
    # (row 2 names its decree further on, and the plan has no product column: that side keeps its row)
    ("Nghị định nào có thời hạn sớm hơn: về vị trí việc làm viên chức hay về quản lý biên chế công chức?", "Tháng 4/2027"),
    # (only row 4 opens with "Báo cáo": the job-positions side has no report, and keeps its own row)
    ("Which report is due earlier: the one on job positions for public employees or the one on civil-servant staffing?",
     "Năm 2028"),
])
def test_a_side_with_no_row_of_the_thing_keeps_its_own_row(tmp_path_factory, question, own):
    answer = assistant_over(tmp_path_factory, {"kh-31-bnv-2027.md": PLAN_NO_PRODUCT}).answer(question)
    assert answer.found and own in answer.answer, answer.answer
    assert "Quý II/2027" in answer.answer or "Năm 2029" in answer.answer, answer.answer  # (the other side too)


def test_sides_with_nouns_of_their_own_name_no_shared_thing(assistant):
    u = assistant.understand(__import__("assistant.steps", fromlist=["Question"]).Question(
        text="Which is due earlier: the decree on job positions or the review of civil-servant staffing?"))
    assert u.intent.comparison and not u.thing
    u = assistant.understand(__import__("assistant.steps", fromlist=["Question"]).Question(
        text="Which decree is due earlier: the one on job positions or the one on civil-servant staffing?"))
    assert u.thing and len(u.parts) == 2
