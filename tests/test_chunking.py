"""Narrative text into passages (ingest.chunking): a passage's repeated opening starts where a clause does."""

from __future__ import annotations

from ingest.chunking import _split_passages


def test_the_next_passage_repeats_the_last_clause_whole():
    """A long numbered point split in two: the second passage repeats the end of the first from the start
    of a clause ("định kỳ hằng năm …"), never from a word inside one ("kỳ hằng năm …"), so a quote taken
    from it opens where the plan's words do."""
    point = ("3. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh "
             "tập trung chỉ đạo thực hiện nội dung nhiệm vụ được giao trong Kế hoạch hành động và Phụ lục kèm theo; "
             "tăng cường kiểm tra, đôn đốc việc triển khai thực hiện Kế hoạch hành động, định kỳ hằng năm báo cáo "
             "kết quả thực hiện về Bộ Y tế trước ngày 31 tháng 12 để tổng hợp, báo cáo Thủ tướng Chính phủ.")
    text = point + "\n\n4. Bộ Y tế chủ trì, phối hợp với các bộ, ngành, địa phương theo dõi, đôn đốc việc triển khai."
    first, second = _split_passages(text, size=len(point) + 10, overlap=116)
    assert first == point
    opening = second.split("\n")[0]
    assert point.endswith(opening)
    assert point[:-len(opening)].rstrip().endswith((",", ";", ".", ":"))  # a clause's first word, whole
    assert second.endswith("theo dõi, đôn đốc việc triển khai.")


def test_without_a_clause_start_the_repeat_opens_at_a_whole_word():
    words = " ".join(f"từ{k}" for k in range(120))
    first, second = _split_passages(words + "\n\nđoạn sau", size=len(words) + 2, overlap=60)
    opening = second.split("\n")[0]
    assert first == words and words.endswith(" " + opening) and 40 <= len(opening) <= 60


def test_the_repeat_is_never_much_longer_than_the_overlap():
    """A clause start far back (one long clause) is not taken: the repeat stays within half again the overlap."""
    piece = "1. " + " ".join(f"từ{k}" for k in range(45))  # one clause of 214 characters after "1. "
    first, second = _split_passages(piece + "\n\nđoạn sau", size=len(piece) + 2, overlap=120)
    assert first == piece and len(second.split("\n")[0]) <= 180
