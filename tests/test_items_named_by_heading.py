"""Things a plan sets out in its text rather than in a table — its targets numbered under "5. Các chỉ tiêu …", its
focus contents under "II. NỘI DUNG TRỌNG TÂM" — are counted and listed from the section whose heading names them:
its numbered items, headings and long numbered paragraphs alike, each once though chunks overlap. A plan with a
table of such rows is counted by its rows, as before; a body's duties are not counted this way. The real Assistant
over small plans ingested for real."""

import pytest

from tests.conftest import assistant_over

TARGETS = [
    "Trên 90% hộ gia đình có thành viên được tuyên truyền về phòng, chống đuối nước cho trẻ em.",
    "100% trường tiểu học tổ chức dạy bơi an toàn cho học sinh lớp 3 trở lên trong năm học.",
    "Giảm ít nhất 15% số trẻ em bị đuối nước so với giai đoạn trước.",
    "Trên 70% xã, phường có điểm dạy bơi an toàn được kiểm tra định kỳ mỗi năm.",
]
CONTENTS = [
    "Tuyên truyền, nâng cao nhận thức của cha mẹ và cộng đồng về phòng, chống đuối nước; vận động các gia đình "
    "quản lý trẻ em trong dịp hè, không để trẻ em tự đi tắm ở ao, hồ, sông, suối, kênh, rạch, nhất là ở các khu "
    "vực có nhiều điểm nước sâu nguy hiểm chưa có biển cảnh báo, rào chắn và người trông coi thường xuyên.",
    "Phổ cập kỹ năng bơi an toàn.",
    "Rà soát, cắm biển cảnh báo tại các điểm nước sâu, nguy hiểm trên địa bàn, phối hợp với chính quyền cơ sở, "
    "các trường học và các đoàn thể duy trì lực lượng trông coi, nhắc nhở trẻ em tại các điểm đó trong suốt mùa "
    "mưa lũ và kỳ nghỉ hè hằng năm, bảo đảm không để xảy ra tai nạn đuối nước đáng tiếc.",
    "Tổng kết, đánh giá.",
]

#: a body's duties as lettered items, one a short title the parser makes a heading ("b) Tuần tra …" ends in no stop)
POLICE = [
    "Chủ trì, phối hợp với Ủy ban nhân dân các xã, phường tổ chức tuyên truyền về an toàn sông nước cho người dân vùng ven sông.",
    "Tuần tra các điểm nước sâu trong mùa mưa lũ",
    "Phối hợp cứu hộ, cứu nạn khi xảy ra tai nạn đuối nước trên địa bàn huyện và báo cáo kết quả về Ủy ban nhân dân huyện.",
]

PLAN = "\n\n".join([
    "ỦY BAN NHÂN DÂN HUYỆN SƠN BÌNH", "Số: 41/KH-UBND", "KẾ HOẠCH",
    "Phòng, chống đuối nước trẻ em trên địa bàn huyện giai đoạn 2027 - 2031",
    "## I. MỤC ĐÍCH, YÊU CẦU",
    "1. Bảo đảm an toàn cho trẻ em trong các kỳ nghỉ hè.",
    "2. Xác định cụ thể các nội dung công việc và trách nhiệm của các cơ quan, đơn vị",
    "- Phòng Giáo dục và Đào tạo lập kế hoạch dạy bơi cho học sinh hằng năm.",
    "- Trung tâm Y tế huyện tập huấn sơ cứu đuối nước cho giáo viên.",
    "- Ủy ban nhân dân các xã, phường bố trí điểm dạy bơi an toàn.",
    "## II. NỘI DUNG TRỌNG TÂM",
    *[f"{k}. {text}" for k, text in enumerate(CONTENTS, 1)],
    "5. Các chỉ tiêu chủ yếu đến năm 2031",
    *[f"5.{k}. {text}" for k, text in enumerate(TARGETS, 1)],
    "## III. TỔ CHỨC THỰC HIỆN",
    "1. Phòng Giáo dục và Đào tạo chủ trì, phối hợp với các trường tổ chức dạy bơi.",
    "2. Trung tâm Y tế huyện hướng dẫn sơ cứu đuối nước.",
    "3. Ủy ban nhân dân các xã, phường rà soát các điểm nước sâu.",
    "4. Công an huyện",
    *[f"{m}) {duty}" for m, duty in zip("abc", POLICE)],
])


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"kh41-son-binh.md": PLAN})


@pytest.mark.parametrize("question", ["Kế hoạch 41 có bao nhiêu chỉ tiêu chủ yếu?", "How many targets does Plan 41 set?",
                                      "How many main targets does Plan 41 set?"])
def test_the_targets_numbered_under_their_heading_are_counted(assistant, question):
    answer = assistant.answer(question)
    assert answer.found, answer.answer
    first = answer.answer.split("\n")[0]
    assert " 4 " in f" {first} " and "5. Các chỉ tiêu chủ yếu đến năm 2031" in first, answer.answer
    for text in TARGETS:
        assert text[:40] in answer.answer


def test_long_numbered_paragraphs_count_with_the_headings_beside_them(assistant):
    """"1." and "3." are paragraphs too long to be headings, "2." and "4." short ones the parser makes headings:
    the focus contents are four, and the targets' own heading ("5.") is the fifth part of the section."""
    answer = assistant.answer("Kế hoạch 41 nêu bao nhiêu nội dung trọng tâm?")
    assert answer.found, answer.answer
    first = answer.answer.split("\n")[0]
    assert " 5 " in f" {first} " and "NỘI DUNG TRỌNG TÂM" in first, answer.answer
    assert "Phổ cập kỹ năng bơi an toàn" in answer.answer and "Tuyên truyền, nâng cao nhận thức" in answer.answer


def test_a_heading_that_names_the_thing_in_passing_is_not_counted(assistant):
    """"2. Xác định cụ thể các nội dung công việc và trách nhiệm …" says "trách nhiệm" in passing: its three bullets
    are no list of responsibilities the heading names."""
    answer = assistant.answer("Kế hoạch 41 nêu bao nhiêu trách nhiệm?")
    assert "Xác định cụ thể các nội dung công việc" not in answer.answer.split("\n")[0], answer.answer


@pytest.mark.parametrize("question", ["Kế hoạch 41 có bao nhiêu chỉ tiêu về dạy bơi?", "Kế hoạch 41 có bao nhiêu chỉ tiêu đã hoàn thành?",
                                      "How many of Plan 41's targets concern swimming lessons?"])
def test_a_count_with_a_condition_the_heading_does_not_say_is_not_the_headings(assistant, question):
    """Counting every item under the heading would answer another question: the items the condition picks are not
    told apart by the heading."""
    answer = assistant.answer(question)
    assert "gồm 4 mục" not in answer.answer and "has 4 parts" not in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["Kế hoạch 41 giao Công an huyện bao nhiêu nhiệm vụ?",
                                      "How many duties does Plan 41 give Công an huyện?"])
def test_a_bodys_lettered_duties_are_counted_under_its_heading(assistant, question):
    """The plan has no table: the duties the body's heading sets out, "a)" to "c)", are its duties, one a heading."""
    answer = assistant.answer(question)
    assert answer.found, answer.answer
    assert " 3 " in f" {answer.answer.split(chr(10))[0]} ", answer.answer
    for duty in POLICE:
        assert duty[:40] in answer.answer
