"""Source of the held-out-14 questions; writes questions.jsonl (held out) and dev14.jsonl (development).

Do not read this file while developing the assistant: it holds the held-out questions.

Each entry: q(lang, type, doc, question, expected, evidence, note). ids h14-001... in this order.
Split: questions grouped by (doc, type); groups in sorted key order; random.Random(SEED) shuffles each group's
ids; the first round(DEV_SHARE of the group + carried fraction) go to dev14.jsonl, the rest to questions.jsonl.
"""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
import plan_source as P  # noqa: E402

NEW = P.KEY
DUCP = "ducp-402-2025"
SEED = 20314
DEV_SHARE = 0.21
FIELDS = ["id", "question", "lang", "type", "doc", "expected", "evidence", "note"]

# ------------------------------------------------------------------ facts for aggregation questions (asserted)
IND = P.indicator_rows()          # (g, glab, STT, content, unit, base, r26, 27old, 27new, 28old, 28new, lead, change)
TASKS = P.task_list()             # (g, glab, TT, content, units, old, new, product, form)
IND_BY = {r[2]: r for r in IND}
TASK_BY = {t[2]: t for t in TASKS}


def ids_where(rows, pred):
    return [r[2] for r in rows if pred(r)]


assert ids_where(IND, lambda r: r[12] == "Điều chỉnh giảm") == ["1.3", "1.7", "3.3", "3.7", "4.2"]
assert ids_where(IND, lambda r: r[12] == "Bổ sung mới") == ["1.6", "2.6", "3.6", "4.6"]
assert ids_where(IND, lambda r: r[12] == "Giữ nguyên") == ["1.4", "1.5", "2.3", "3.1", "3.4", "4.3"]
assert ids_where(IND, lambda r: r[11] == "TTCĐS") == ["1.7", "3.3", "3.6", "4.1", "4.4", "4.5"]
assert ids_where(IND, lambda r: r[11] == "P.ĐT") == ["1.1", "1.4", "1.5", "3.7"]
assert ids_where(IND, lambda r: r[11] == "P.KHCN") == ["2.1", "2.2", "2.3", "2.6"]
assert ids_where(IND, lambda r: r[10] == "100") == ["1.4", "2.1", "3.1", "3.4", "3.5", "3.7", "4.3", "4.6"]
assert ids_where(IND, lambda r: r[7] != r[8] and r[7] != "-" and int(r[8].replace(".", "")) > int(r[7].replace(".", ""))) \
    == ["1.1", "1.2", "2.1", "2.2", "2.4", "2.5", "3.2", "3.5", "4.1", "4.4", "4.5"]
assert ids_where(TASKS, lambda t: t[8] == "Bổ sung mới") == ["1.4", "2.4", "3.3", "3.4", "4.2"]
assert ids_where(TASKS, lambda t: t[8].startswith("Dừng thực hiện")) == ["2.5", "3.6", "4.6"]
assert ids_where(TASKS, lambda t: t[8].startswith("Điều chỉnh đơn vị chủ trì")) == ["1.6"]
assert ids_where(TASKS, lambda t: t[4][0] == "TTCĐS") == ["1.1", "1.5", "3.3", "4.1", "4.3", "4.4", "4.5", "4.6"]
assert ids_where(TASKS, lambda t: "P.KHTC" in t[4][1:]) == ["1.6", "2.2", "3.1", "3.2", "4.3", "4.6"]
assert ids_where(TASKS, lambda t: t[5] == "Quý IV/2026") == ["1.1", "2.1", "3.6", "4.1"]
assert ids_where(TASKS, lambda t: re.search(r"(I|\d|Năm) ?/?2028$", t[6]) is not None and "-" not in t[6]) == \
    ["1.2", "1.5", "3.3", "3.5", "4.3"]
n_deadline_only = len(ids_where(TASKS, lambda t: t[8] == "Điều chỉnh thời hạn"))
assert n_deadline_only == 16, n_deadline_only
assert ids_where(TASKS, lambda t: t[8] == "Điều chỉnh nội dung") == ["1.3", "4.7"]
assert ids_where(TASKS, lambda t: "Các khoa" in t[4]) == ["1.1", "1.2", "1.3", "1.5", "1.7", "4.7"]
assert [len(ts) for _, _, ts in P.TASK_GROUPS] == [7, 6, 7, 7]
assert [len(rs) for _, _, rs in P.IND_GROUPS] == [7, 6, 7, 6]

# bundled plan-2026: Phụ lục I leads, Phụ lục II tasks of Trường Đại học Hồng Đức
_p26 = (ROOT / "corpus/2026-plan_kh-275-ubnd.txt").read_text(encoding="utf-8").splitlines()
_i1 = next(i for i, x in enumerate(_p26) if x.startswith("**Phụ lục I:**"))
_i2 = next(i for i, x in enumerate(_p26) if x.startswith("**Phụ lục II:**"))
P26_IND = [x.split("\t") for x in _p26[_i1:_i2] if re.match(r"^\d+\t", x)]
assert [r[0] for r in P26_IND if len(r) > 4 and r[4].strip() == "Công an tỉnh"] == ["3", "18", "20", "21"], \
    [r[0] for r in P26_IND if len(r) > 4 and r[4].strip() == "Công an tỉnh"]
_grp2 = next(i for i, x in enumerate(_p26) if x.startswith("<b>II</b>"))
P26_T2 = [x.split("\t") for x in _p26[_grp2:] if re.match(r"^\d+\t", x)]
HD = [r[0] for r in P26_T2 if len(r) > 2 and r[2].strip() == "Trường Đại học Hồng Đức"]
assert HD == ["14", "15", "34", "37", "40", "47"], HD

# real report: Phụ lục 1 rows
DROWS = []
for line in (ROOT / "evals/real/ducp-402-2025.md").read_text(encoding="utf-8").splitlines():
    if re.match(r"\|\s*\d+\.\s*\|", line):
        DROWS.append([c.strip() for c in line.strip().strip("|").split("|")])
assert len(DROWS) == 37
_st = Counter(r[5] for r in DROWS)
assert _st["Quá hạn"] == 2 and [r[4] for r in DROWS if r[5] == "Quá hạn"] == ["Bộ Công an", "Bộ Y tế"], _st
assert Counter(r[3] for r in DROWS)["Tháng 3/2025"] == 6
assert Counter(r[4] for r in DROWS)["Bộ Tài chính"] == 7
assert Counter(r[3] for r in DROWS)["Tháng 4/2025"] == 5

Q = []


def q(lang, typ, doc, question, expected, evidence, note):
    Q.append((lang, typ, doc, question, expected, evidence, note))


# ================================================================== NEW PLAN: indicator_lookup
q("en", "indicator_lookup", NEW,
  "Under Vân Xuyên University's amended digital transformation plan, what is the revised 2027 target for modules "
  "taught in blended mode on the LMS, and what had the original plan (KH 41) set?",
  ["45", "40"], ["Tỷ lệ học phần được tổ chức dạy học kết hợp trên LMS"],
  "Phụ lục I, 1.1: Năm 2027 Theo KH 41 40, Sau điều chỉnh 45 (three-row header)")
q("vi", "indicator_lookup", NEW,
  "Trường Đại học Vân Xuyên đặt chỉ tiêu bao nhiêu học liệu số được thẩm định, đưa lên LMS vào năm 2028 sau khi "
  "điều chỉnh?",
  ["1.600"], ["Số học liệu số (bài giảng điện tử, video bài giảng) được thẩm định và đưa lên LMS"],
  "Phụ lục I, 1.2: Năm 2028 Sau điều chỉnh 1.600 (KH 41: 1.400)")
q("en", "indicator_lookup", NEW,
  "For the Vân Xuyên University plan, what is the revised 2028 target for end-of-module exams held on computers, "
  "and which unit is responsible for that indicator?",
  ["42", "TTKT&ĐBCL"], ["Tỷ lệ học phần tổ chức thi kết thúc học phần trên máy tính"],
  "Phụ lục I, 1.3: 2028 Sau điều chỉnh 42; Đơn vị chủ trì TTKT&ĐBCL")
q("vi", "indicator_lookup", NEW,
  "Năm 2026, Trường Đại học Vân Xuyên đã tổ chức thi kết thúc học phần trên máy tính được bao nhiêu phần trăm "
  "học phần, và năm cơ sở 2025 là bao nhiêu?",
  ["19", "12"], ["Tỷ lệ học phần tổ chức thi kết thúc học phần trên máy tính"],
  "Phụ lục I, 1.3: Năm cơ sở 2025 12, Kết quả thực hiện năm 2026 19")
q("en", "indicator_lookup", NEW,
  "How many MOOCs does Vân Xuyên University now plan to have published by 2028, and what was the figure before "
  "the amendment?",
  ["9", "12"], ["Số khóa học trực tuyến mở (MOOC) được công bố"],
  "Phụ lục I, 1.7: 2028 Theo KH 41 12, Sau điều chỉnh 9")
q("vi", "indicator_lookup", NEW,
  "Chỉ tiêu về sinh viên khối ngành sức khỏe thực hành trên phần mềm mô phỏng lâm sàng của Trường Đại học Vân "
  "Xuyên: mục tiêu năm 2027, năm 2028 và đơn vị chủ trì?",
  ["30", "60", "Khoa Điều dưỡng"],
  ["Tỷ lệ sinh viên khối ngành sức khỏe được thực hành trên phần mềm mô phỏng lâm sàng"],
  "Phụ lục I, 1.6 (Bổ sung mới): 2027 30, 2028 60, Khoa Điều dưỡng")
q("en", "indicator_lookup", NEW,
  "At Vân Xuyên University, what was the 2025 baseline for outgoing documents that are digitally signed and sent "
  "through the document system, and what was achieved in 2026?",
  ["72", "94"], ["Tỷ lệ văn bản đi được ký số và gửi, nhận trên hệ thống quản lý văn bản"],
  "Phụ lục I, 3.1: Năm cơ sở 2025 72, Kết quả 2026 94")
q("vi", "indicator_lookup", NEW,
  "Theo Kế hoạch 386/KH-ĐHVX, tỷ lệ thủ tục hành chính nội bộ cho người học thực hiện trực tuyến toàn trình phải "
  "đạt bao nhiêu vào năm 2028?",
  ["95"], ["Tỷ lệ thủ tục hành chính nội bộ cho người học được thực hiện trực tuyến toàn trình"],
  "Phụ lục I, 3.2: 2028 Sau điều chỉnh 95 (KH 41: 80)")
q("en", "indicator_lookup", NEW,
  "How many ERP modules should Vân Xuyên University have running in 2027 now, compared with the original target?",
  ["7", "9"], ["Số phân hệ ERP được đưa vào vận hành"],
  "Phụ lục I, 3.3: 2027 Theo KH 41 9, Sau điều chỉnh 7")
q("vi", "indicator_lookup", NEW,
  "Băng thông kết nối Internet của Trường Đại học Vân Xuyên năm 2028 sau điều chỉnh là bao nhiêu?",
  ["20", "Gbps"], ["Băng thông kết nối Internet của Trường"],
  "Phụ lục I, 4.1: đơn vị tính Gbps; 2028 Sau điều chỉnh 20")
q("en", "indicator_lookup", NEW,
  "What share of classrooms at Vân Xuyên University should have smart teaching equipment by 2028 after the "
  "revision, and what was the original figure?",
  ["55", "60"], ["Tỷ lệ phòng học được trang bị thiết bị dạy học thông minh"],
  "Phụ lục I, 4.2: 2028 Theo KH 41 60, Sau điều chỉnh 55")
q("vi", "indicator_lookup", NEW,
  "Đơn vị nào chủ trì chỉ tiêu về số cuộc diễn tập ứng cứu sự cố ATTT của Trường Đại học Vân Xuyên, và đơn vị "
  "tính của chỉ tiêu này?",
  ["TTCĐS", "Cuộc/năm"], ["Số cuộc diễn tập ứng cứu sự cố ATTT được tổ chức"],
  "Phụ lục I, 4.5: Cuộc/năm; TTCĐS")
q("en", "indicator_lookup", NEW,
  "Which office owns the Vân Xuyên University indicator on collecting tuition and fees without cash, and what is "
  "its revised 2027 target?",
  ["P.KHTC", "97"], ["Tỷ lệ học phí, lệ phí được thu không dùng tiền mặt"],
  "Phụ lục I, 3.5: 2027 Sau điều chỉnh 97; P.KHTC")
q("vi", "indicator_lookup", NEW,
  "Chỉ tiêu số báo cáo quản trị được khai thác tự động trên kho dữ liệu dùng chung của Trường Đại học Vân Xuyên "
  "là bao nhiêu vào năm 2027 và năm 2028?",
  ["15", "30"], ["Số báo cáo quản trị được khai thác tự động trên kho dữ liệu dùng chung"],
  "Phụ lục I, 3.6 (Bổ sung mới): 2027 15, 2028 30")
q("en", "indicator_lookup", NEW,
  "After the amendment, how many Scopus/WoS papers applying AI or big data is Vân Xuyên University aiming for in "
  "2028?",
  ["33"], ["Số bài báo quốc tế (Scopus/WoS) có ứng dụng trí tuệ nhân tạo, dữ liệu lớn"],
  "Phụ lục I, 2.2: 2028 Sau điều chỉnh 33 (KH 41: 26)")
q("vi", "indicator_lookup", NEW,
  "Số dự án khởi nghiệp đổi mới sáng tạo của sinh viên được ươm tạo năm 2027 theo chỉ tiêu đã điều chỉnh là bao "
  "nhiêu, đơn vị nào chủ trì?",
  ["12", "P.CTSV"], ["Số dự án khởi nghiệp đổi mới sáng tạo của sinh viên được ươm tạo"],
  "Phụ lục I, 2.5: 2027 Sau điều chỉnh 12; P.CTSV")
q("en", "indicator_lookup", NEW,
  "Who is in charge of the new indicator on technology-transfer contracts in Vân Xuyên University's amended plan, "
  "and how many contracts are targeted for 2028?",
  ["P.KHCN", "5"], ["Số hợp đồng chuyển giao kết quả nghiên cứu về công nghệ số được ký kết"],
  "Phụ lục I, 2.6 (Bổ sung mới): 2028 5; P.KHCN")
q("vi", "indicator_lookup", NEW,
  "Năm 2027, Trường Đại học Vân Xuyên phấn đấu bao nhiêu phần trăm viên chức, người lao động được tập huấn kỹ "
  "năng ATTT cơ bản?",
  ["80"], ["Tỷ lệ viên chức, người lao động được tập huấn kỹ năng ATTT cơ bản"],
  "Phụ lục I, 4.6 (Bổ sung mới): 2027 80, 2028 100; P.TCCB")
q("en", "indicator_lookup", NEW,
  "What was Vân Xuyên University's 2026 result for staff records kept up to date in the HR database, and which "
  "office leads that indicator?",
  ["88", "P.TCCB"], ["Tỷ lệ hồ sơ viên chức, người lao động được cập nhật trên cơ sở dữ liệu nhân sự"],
  "Phụ lục I, 3.4: Kết quả 2026 88; P.TCCB")
q("vi", "indicator_lookup", NEW,
  "Tỷ lệ hồ sơ sinh viên các khóa tuyển sinh trước năm 2027 được số hóa: mục tiêu năm 2027 theo KH 41 và sau điều "
  "chỉnh là bao nhiêu?",
  ["70", "65"], ["Tỷ lệ hồ sơ sinh viên các khóa tuyển sinh trước năm 2027 được số hóa"],
  "Phụ lục I, 3.7: 2027 Theo KH 41 70, Sau điều chỉnh 65")
q("en", "indicator_lookup", NEW,
  "In the Vân Xuyên amendment, how many research databases should be available on the digital library in 2028, "
  "and what was planned before?",
  ["10", "8"], ["Số cơ sở dữ liệu khoa học được khai thác trên Thư viện số"],
  "Phụ lục I, 2.4: 2028 Theo KH 41 8, Sau điều chỉnh 10")
q("vi", "indicator_lookup", NEW,
  "Năm cơ sở 2025, tỷ lệ học phí, lệ phí thu không dùng tiền mặt của Trường Đại học Vân Xuyên là bao nhiêu?",
  ["81"], ["Tỷ lệ học phí, lệ phí được thu không dùng tiền mặt"],
  "Phụ lục I, 3.5: Năm cơ sở 2025 81")
q("vi", "indicator_lookup", NEW,
  "Đơn vị nào chủ trì chỉ tiêu số hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ, và mục tiêu năm 2028 "
  "sau điều chỉnh là bao nhiêu hệ thống?",
  ["TTCĐS", "11"], ["Số hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ"],
  "Phụ lục I, 4.4: 2028 Sau điều chỉnh 11; TTCĐS")
q("en", "indicator_lookup", NEW,
  "Wi-Fi coverage of the Vân Xuyên campus including Cơ sở 2: what is the 2026 result and who is accountable for it?",
  ["85", "P.QTTB"], ["Tỷ lệ diện tích khuôn viên (kể cả Cơ sở 2) được phủ sóng Wi-Fi"],
  "Phụ lục I, 4.3: Kết quả 2026 85; P.QTTB")
q("vi", "indicator_lookup", NEW,
  "Đến năm 2028, bao nhiêu chương trình đào tạo của Trường Đại học Vân Xuyên phải có học phần về kỹ năng số, trí "
  "tuệ nhân tạo?",
  ["32"], ["Số chương trình đào tạo có học phần về kỹ năng số, trí tuệ nhân tạo"],
  "Phụ lục I, 1.5: 2028 32 (Giữ nguyên)")
q("en", "indicator_lookup", NEW,
  "What did Vân Xuyên University actually reach in 2026 for blended-learning modules, and where did it start in "
  "2025?",
  ["31", "18"], ["Tỷ lệ học phần được tổ chức dạy học kết hợp trên LMS"],
  "Phụ lục I, 1.1: Năm cơ sở 2025 18, Kết quả 2026 31")
q("vi", "indicator_lookup", NEW,
  "Trong Kế hoạch điều chỉnh của Trường Đại học Vân Xuyên, chỉ tiêu 2.1 về quản lý đề tài cấp cơ sở trên phần mềm "
  "năm 2027 được điều chỉnh lên bao nhiêu?",
  ["100"], ["Tỷ lệ đề tài khoa học và công nghệ cấp cơ sở được quản lý trên phần mềm"],
  "Phụ lục I, 2.1: 2027 Theo KH 41 90, Sau điều chỉnh 100")
q("en", "indicator_lookup", NEW,
  "For the Vân Xuyên University plan, what share of graduates should receive digitally signed diplomas in 2027?",
  ["50"], ["Tỷ lệ người học tốt nghiệp được cấp văn bằng số có chữ ký số"],
  "Phụ lục I, 1.4: 2027 50 (Giữ nguyên)")
q("vi", "indicator_lookup", NEW,
  "Theo KH 41 ban đầu, mục tiêu năm 2028 về số học liệu số đưa lên LMS của Trường Đại học Vân Xuyên là bao nhiêu?",
  ["1.400"], ["Số học liệu số (bài giảng điện tử, video bài giảng) được thẩm định và đưa lên LMS"],
  "Phụ lục I, 1.2: 2028 Theo KH 41 1.400")
q("en", "indicator_lookup", NEW,
  "How many strong digital-technology research groups did Vân Xuyên University have in 2026, and who tracks that "
  "indicator?",
  ["3", "P.KHCN"], ["Số nhóm nghiên cứu mạnh về công nghệ số"],
  "Phụ lục I, 2.3: Kết quả 2026 3; P.KHCN")

# ================================================================== NEW PLAN: task_lookup
q("en", "task_lookup", NEW,
  "When is Vân Xuyên University's LMS upgrade with plagiarism checking now due, and when was it due originally?",
  ["Tháng 9/2027", "Quý IV/2026"], ["Nâng cấp LMS, tích hợp công cụ kiểm tra đạo văn và phân tích dữ liệu học tập"],
  "Phụ lục II, 1.1")
q("vi", "task_lookup", NEW,
  "Nhiệm vụ xây dựng ngân hàng câu hỏi thi trên máy tính cho các học phần chung do đơn vị nào chủ trì và thời hạn "
  "sau điều chỉnh là khi nào?",
  ["TTKT&ĐBCL", "Quý I/2028"], ["Xây dựng ngân hàng câu hỏi thi trên máy tính cho các học phần chung"],
  "Phụ lục II, 1.2: lead = first line of the units cell")
q("en", "task_lookup", NEW,
  "How many digitised titles is the Vân Xuyên library's textbook digitisation task now expected to deliver, and "
  "how many did the original plan call for?",
  ["3.200", "2.000"], ["Số hóa giáo trình nội bộ và tài liệu tham khảo bản in của Thư viện"],
  "Phụ lục II, 1.3 (Điều chỉnh nội dung)")
q("vi", "task_lookup", NEW,
  "Nhiệm vụ đầu tư phòng thực hành mô phỏng lâm sàng ảo của Trường Đại học Vân Xuyên phải hoàn thành khi nào và "
  "sản phẩm là gì?",
  ["Tháng 12/2027", "02 phòng mô phỏng"], ["Đầu tư phòng thực hành mô phỏng lâm sàng ảo cho khối ngành sức khỏe"],
  "Phụ lục II, 1.4 (Bổ sung mới)")
q("en", "task_lookup", NEW,
  "Who now leads the rollout of digital diplomas with QR lookup at Vân Xuyên University, and who led it under the "
  "original plan?",
  ["P.ĐT", "TTCĐS"], ["Cấp văn bằng, chứng chỉ số gắn mã QR tra cứu"],
  "Phụ lục II, 1.6: lead P.ĐT; form 'Điều chỉnh đơn vị chủ trì (KH 41: TTCĐS chủ trì)'")
q("vi", "task_lookup", NEW,
  "Việc tập huấn thiết kế bài giảng số cho giảng viên của Trường Đại học Vân Xuyên có thời hạn sau điều chỉnh như "
  "thế nào, và mỗi năm tập huấn tối thiểu bao nhiêu lượt?",
  ["Trước 30/6 hằng năm", "250"], ["Tập huấn thiết kế bài giảng số cho giảng viên"],
  "Phụ lục II, 1.7")
q("en", "task_lookup", NEW,
  "What's the new deadline for Vân Xuyên University's research project management software, and which office "
  "leads it?",
  ["Tháng 6/2027", "P.KHCN"], ["Triển khai phần mềm quản lý đề tài, nhiệm vụ khoa học và công nghệ"],
  "Phụ lục II, 2.1")
q("vi", "task_lookup", NEW,
  "Nhiệm vụ mua quyền truy cập ScienceDirect, IEEE Xplore của Trường Đại học Vân Xuyên được lùi đến khi nào, đơn "
  "vị nào chủ trì?",
  ["Năm 2027", "TTTT-TV"],
  ["Mua quyền truy cập các cơ sở dữ liệu khoa học quốc tế (ScienceDirect, IEEE Xplore)"],
  "Phụ lục II, 2.2: KH 41 Năm 2026 -> Năm 2027")
q("en", "task_lookup", NEW,
  "Which faculty leads Vân Xuyên University's big data and AI lab, and over what period will it now be built?",
  ["Khoa Công nghệ thông tin", "2027 - 2028"], ["Xây dựng Phòng thí nghiệm dữ liệu lớn và trí tuệ nhân tạo"],
  "Phụ lục II, 2.3")
q("vi", "task_lookup", NEW,
  "Vì sao Trường Đại học Vân Xuyên dừng nhiệm vụ xây dựng hệ thống quản lý tạp chí khoa học điện tử riêng?",
  ["nền tảng tạp chí khoa học dùng chung của tỉnh"],
  ["Xây dựng hệ thống quản lý tạp chí khoa học điện tử riêng của Trường"],
  "Phụ lục II, 2.5: Dừng thực hiện (sử dụng nền tảng tạp chí khoa học dùng chung của tỉnh)")
q("en", "task_lookup", NEW,
  "When in the year is the 'Sinh viên Vân Xuyên sáng tạo số' contest to be held now, and which units support the "
  "student affairs office on it?",
  ["Tháng 11 hằng năm", "Đoàn Thanh niên Trường", "P.KHCN"], ["Sinh viên Vân Xuyên sáng tạo số"],
  "Phụ lục II, 2.6: partners = lines 2-3 of the units cell")
q("vi", "task_lookup", NEW,
  "Nhiệm vụ triển khai phân hệ quản lý tài sản, thiết bị trên ERP: đơn vị chủ trì, đơn vị phối hợp và thời hạn "
  "mới?",
  ["P.QTTB", "TTCĐS", "P.KHTC", "Quý IV/2027"], ["Triển khai phân hệ quản lý tài sản, thiết bị trên ERP"],
  "Phụ lục II, 3.1 (in the continued table, Phụ lục II (tiếp theo))")
q("en", "task_lookup", NEW,
  "When should Vân Xuyên University's one-stop online service portal for students go live under the amendment?",
  ["Tháng 8/2027"], ["Triển khai cổng dịch vụ trực tuyến một cửa cho người học"],
  "Phụ lục II, 3.2: KH 41 Quý I/2027 -> Tháng 8/2027")
q("vi", "task_lookup", NEW,
  "Việc chuyển đổi dữ liệu hồ sơ của Trường Cao đẳng Y tế Vân Xuyên (cũ) vào hệ thống của Trường phải xong trước "
  "ngày nào và ai chủ trì?",
  ["Trước 30/9/2027", "P.ĐT"],
  ["Chuyển đổi dữ liệu hồ sơ người học, viên chức của Trường Cao đẳng Y tế Vân Xuyên (cũ)"],
  "Phụ lục II, 3.4 (Bổ sung mới)")
q("en", "task_lookup", NEW,
  "What's the deadline for Vân Xuyên University's shared data warehouse and management reporting system, and how "
  "many automated reports should it deliver?",
  ["Quý II/2028", "30"], ["Xây dựng kho dữ liệu dùng chung và hệ thống báo cáo quản trị của Trường"],
  "Phụ lục II, 3.3")
q("vi", "task_lookup", NEW,
  "Nhiệm vụ cấp chứng thư chữ ký số cá nhân cho viên chức quản lý của Trường Đại học Vân Xuyên còn thực hiện "
  "không, vì sao?",
  ["Dừng thực hiện", "đã hoàn thành trong năm 2026"], ["Cấp chứng thư chữ ký số cá nhân cho viên chức quản lý"],
  "Phụ lục II, 3.6")
q("en", "task_lookup", NEW,
  "Was the task of collecting tuition via dynamic QR codes and e-wallets at Vân Xuyên University pushed back or "
  "brought forward, and from when to when?",
  ["Quý IV/2027", "Quý III/2027"], ["Thu học phí qua mã QR động và ví điện tử"],
  "Phụ lục II, 3.7: brought forward from Quý IV/2027 to Quý III/2027")
q("vi", "task_lookup", NEW,
  "Nâng cấp đường truyền Internet và thiết bị mạng lõi của Trường Đại học Vân Xuyên: thời hạn sau điều chỉnh và "
  "sản phẩm?",
  ["Quý IV/2027", "10 Gbps"], ["Nâng cấp đường truyền Internet và thiết bị mạng lõi của Trường"],
  "Phụ lục II, 4.1")
q("en", "task_lookup", NEW,
  "How many Wi-Fi access points must be installed at Cơ sở 2 of Vân Xuyên University, and by when?",
  ["120", "Tháng 10/2027"], ["Mở rộng hệ thống Wi-Fi tại Cơ sở 2"],
  "Phụ lục II, 4.2 (also body III.3)")
q("vi", "task_lookup", NEW,
  "Nhiệm vụ thuê dịch vụ giám sát, vận hành an toàn thông tin (SOC) của Trường Đại học Vân Xuyên có thời hạn theo "
  "KH 41 và sau điều chỉnh là gì?",
  ["Quý II/2027", "Tháng 1/2028"], ["Thuê dịch vụ giám sát, vận hành an toàn thông tin (SOC)"],
  "Phụ lục II, 4.3")
q("en", "task_lookup", NEW,
  "Which outside agency works with Vân Xuyên University's Digital Transformation Centre on the security incident "
  "drills, and when in the year are they now held?",
  ["Công an tỉnh Vân Xuyên", "Quý III hằng năm"], ["Tổ chức diễn tập ứng cứu sự cố ATTT"],
  "Phụ lục II, 4.5")
q("vi", "task_lookup", NEW,
  "Nhiệm vụ đầu tư hệ thống lưu trữ, sao lưu dự phòng dữ liệu riêng của Trường Đại học Vân Xuyên được xử lý thế "
  "nào trong Kế hoạch điều chỉnh?",
  ["Dừng thực hiện", "3.3"], ["Đầu tư hệ thống lưu trữ, sao lưu dự phòng dữ liệu riêng"],
  "Phụ lục II, 4.6: Dừng thực hiện (nội dung được gộp vào nhiệm vụ 3.3)")
q("en", "task_lookup", NEW,
  "By when must the security-level dossiers for Vân Xuyên University's information systems be approved, and for "
  "how many systems?",
  ["Trước 31/12/2027", "09"], ["Lập hồ sơ đề xuất cấp độ cho các hệ thống thông tin của Trường"],
  "Phụ lục II, 4.4: product 'Hồ sơ cấp độ của 09 hệ thống được phê duyệt'")
q("vi", "task_lookup", NEW,
  "Trang bị thiết bị dạy học thông minh cho phòng học của Trường Đại học Vân Xuyên: thời gian thực hiện sau điều "
  "chỉnh và kết quả cần đạt?",
  ["2027 - 2028", "55%"], ["Trang bị thiết bị dạy học thông minh cho phòng học"],
  "Phụ lục II, 4.7")
q("en", "task_lookup", NEW,
  "What is the expected output of Vân Xuyên University's MOOC task, and what is its revised deadline?",
  ["09 khóa học MOOC", "Quý II/2028"], ["Xây dựng và công bố các khóa học trực tuyến mở (MOOC) của Trường"],
  "Phụ lục II, 1.5")
q("vi", "task_lookup", NEW,
  "Nền tảng kết nối doanh nghiệp - nhà trường về chuyển giao công nghệ của Trường Đại học Vân Xuyên do ai chủ trì, "
  "hạn hoàn thành khi nào?",
  ["P.KHCN", "Quý IV/2027"], ["Xây dựng nền tảng kết nối doanh nghiệp - nhà trường về chuyển giao công nghệ"],
  "Phụ lục II, 2.4 (Bổ sung mới)")
q("en", "task_lookup", NEW,
  "Which units work alongside the student affairs office on Vân Xuyên University's one-stop student portal?",
  ["TTCĐS", "P.ĐT", "P.KHTC"], ["Triển khai cổng dịch vụ trực tuyến một cửa cho người học"],
  "Phụ lục II, 3.2: units cell P.CTSV / TTCĐS / P.ĐT / P.KHTC (lead first)")
q("vi", "task_lookup", NEW,
  "Việc số hóa hồ sơ sinh viên các khóa tuyển sinh trước năm 2027 bị lùi từ thời hạn nào sang thời hạn nào?",
  ["Năm 2027", "Năm 2028"], ["Số hóa hồ sơ sinh viên các khóa tuyển sinh trước năm 2027"],
  "Phụ lục II, 3.5")

# ================================================================== NEW PLAN: narrative
q("en", "narrative", NEW,
  "Why is Vân Xuyên University amending its digital transformation plan in 2027?",
  ["Trường Cao đẳng Y tế Vân Xuyên", "2.150"],
  ["Trường tiếp nhận thêm 2.150 sinh viên, 164 viên chức, người lao động và Cơ sở 2"],
  "I.2-3: price rises, provincial journal platform, ERP delays, merger of the medical college (2.150 students)")
q("vi", "narrative", NEW,
  "Sau 01 năm thực hiện KH 41, Trường Đại học Vân Xuyên đã hoàn thành bao nhiêu nhiệm vụ có thời hạn năm 2026, "
  "đạt tỷ lệ bao nhiêu?",
  ["31/38", "81,6%"], ["31/38 nhiệm vụ có thời hạn trong năm 2026 đã hoàn thành (đạt 81,6%)"], "I.1")
q("en", "narrative", NEW,
  "How much did Vân Xuyên University disburse for digital transformation in 2026, and what share of the allocated "
  "funds was that?",
  ["18.640", "68,0%"], ["Tổng kinh phí giải ngân năm 2026 đạt 18.640 triệu đồng"], "I.1: 18.640 / 27.400 triệu đồng")
q("vi", "narrative", NEW,
  "Theo Kế hoạch điều chỉnh của Trường Đại học Vân Xuyên, giá thiết bị dạy học thông minh và thiết bị mạng tăng "
  "bình quân bao nhiêu so với dự toán?",
  ["22%"], ["tăng bình quân 22% so với dự toán năm 2025"], "I.2")
q("en", "narrative", NEW,
  "What overall goal for 2028 does Vân Xuyên University keep in its amended plan?",
  ["nhóm 30 cơ sở giáo dục đại học dẫn đầu"],
  ["nằm trong nhóm 30 cơ sở giáo dục đại học dẫn đầu cả nước về chuyển đổi số"], "III.1")
q("vi", "narrative", NEW,
  "Tổng kinh phí thực hiện Kế hoạch chuyển đổi số của Trường Đại học Vân Xuyên giai đoạn 2026 - 2028 sau điều chỉnh "
  "là bao nhiêu và tăng bao nhiêu so với KH 41?",
  ["94.200", "7.700"], ["sau điều chỉnh là 94.200 triệu đồng"], "III.4 and Phụ lục III")
q("en", "narrative", NEW,
  "Which unit at Vân Xuyên University is now the standing unit for monitoring the plan, and which unit did it "
  "replace?",
  ["TTCĐS", "P.QTTB"], ["Giao TTCĐS là đơn vị thường trực"], "III.5")
q("vi", "narrative", NEW,
  "Các đơn vị của Trường Đại học Vân Xuyên phải gửi kế hoạch chi tiết đã cập nhật cho TTCĐS trước ngày nào?",
  ["15/7/2027"], ["gửi TTCĐS trước 15/7/2027"], "IV.1")
q("en", "narrative", NEW,
  "When are the six-month and annual progress reports of Vân Xuyên University's units due, and when does the "
  "Digital Transformation Centre report to the Rector?",
  ["20/6", "05/12", "30/6", "15/12"], ["Các đơn vị báo cáo kết quả thực hiện 6 tháng trước 20/6"], "IV.3")
q("vi", "narrative", NEW,
  "Khi nào Trường Đại học Vân Xuyên sơ kết 02 năm và tổng kết Kế hoạch chuyển đổi số?",
  ["Tháng 12/2027", "Quý IV/2028"], ["sơ kết 02 năm thực hiện Kế hoạch vào Tháng 12/2027"], "IV.4")
q("en", "narrative", NEW,
  "What minimum share of each digital-infrastructure project's budget must Vân Xuyên University spend on information "
  "security?",
  ["10%"], ["Tối thiểu 10% kinh phí của mỗi dự án hạ tầng số"], "III.4")
q("vi", "narrative", NEW,
  "Kế hoạch 386/KH-ĐHVX do ai ký và ban hành ngày nào?",
  ["Tạ Quang Vĩnh", "12 tháng 6 năm 2027"], ["PGS.TS. Tạ Quang Vĩnh"], "letterhead and signer (KT. Hiệu trưởng)")
q("en", "narrative", NEW,
  "In Vân Xuyên University's amended plan, what does the abbreviation TTKT&ĐBCL stand for?",
  ["Trung tâm Khảo thí và Đảm bảo chất lượng"], ["Trung tâm Khảo thí và Đảm bảo chất lượng"],
  "abbreviation table in the body")
q("vi", "narrative", NEW,
  "\"Cơ sở 2\" trong Kế hoạch điều chỉnh của Trường Đại học Vân Xuyên là gì?",
  ["phường Đông Thành", "Trường Cao đẳng Y tế Vân Xuyên"],
  ["Cơ sở đào tạo tại phường Đông Thành (trước đây là Trường Cao đẳng Y tế Vân Xuyên)"],
  "abbreviation table, row 16")
q("en", "narrative", NEW,
  "By when does Vân Xuyên University's planning and finance office have to put the supplementary 2027 budget "
  "estimate to the University Council?",
  ["31/7/2027"], ["trình Hội đồng trường trước 31/7/2027"], "IV.2")
q("vi", "narrative", NEW,
  "Sau khi sáp nhập, quy mô đào tạo của Trường Đại học Vân Xuyên là bao nhiêu người học?",
  ["11.780"], ["Quy mô đào tạo tăng lên 11.780 người học"], "I.3")
q("en", "narrative", NEW,
  "Which University Council resolution approved the changes to Vân Xuyên's digital transformation plan?",
  ["15/NQ-HĐT"], ["Nghị quyết số 15/NQ-HĐT ngày 28/5/2027"], "căn cứ")
q("vi", "narrative", NEW,
  "Vì sao 02 phân hệ ERP của Trường Đại học Vân Xuyên bị chậm tiến độ, đó là những phân hệ nào?",
  ["nhà thầu không đáp ứng yêu cầu", "quản lý tài sản", "quản lý ký túc xá"],
  ["chậm tiến độ do nhà thầu không đáp ứng yêu cầu"], "I.2")

# ================================================================== NEW PLAN: aggregation
q("en", "aggregation", NEW,
  "How many indicators does Vân Xuyên University's amended plan contain, and in how many groups?",
  ["26", "04"], ["Kế hoạch có 26 chỉ tiêu thuộc 04 nhóm"], "III.2; Phụ lục I has 26 rows in groups 1-4")
q("vi", "aggregation", NEW,
  "Trong Phụ lục I của Kế hoạch điều chỉnh Trường Đại học Vân Xuyên, những chỉ tiêu nào bị điều chỉnh giảm?",
  ["1.3", "1.7", "3.3", "3.7", "4.2"], ["Điều chỉnh giảm"], "column Nội dung điều chỉnh; 05 rows (body: 05)")
q("en", "aggregation", NEW,
  "Which indicators are brand new in Vân Xuyên University's amended plan?",
  ["1.6", "2.6", "3.6", "4.6"], ["Bổ sung mới"], "Phụ lục I rows marked Bổ sung mới (4)")
q("vi", "aggregation", NEW,
  "Những chỉ tiêu nào của Trường Đại học Vân Xuyên được giữ nguyên so với KH 41?",
  ["1.4", "1.5", "2.3", "3.1", "3.4", "4.3"], ["Giữ nguyên"], "Phụ lục I: 06 rows Giữ nguyên")
q("en", "aggregation", NEW,
  "Which indicators in Vân Xuyên University's Phụ lục I are led by the Digital Transformation Centre (TTCĐS)?",
  ["1.7", "3.3", "3.6", "4.1", "4.4", "4.5"], ["TTCĐS"], "Đơn vị chủ trì = TTCĐS: 6 rows")
q("vi", "aggregation", NEW,
  "Phòng Đào tạo (P.ĐT) chủ trì những chỉ tiêu nào trong Phụ lục I của Kế hoạch điều chỉnh Trường Đại học Vân "
  "Xuyên?",
  ["1.1", "1.4", "1.5", "3.7"], ["P.ĐT"], "4 rows")
q("en", "aggregation", NEW,
  "Which tasks are dropped altogether in Vân Xuyên University's amended plan?",
  ["2.5", "3.6", "4.6"], ["Dừng thực hiện"], "Phụ lục II: 03 tasks Dừng thực hiện")
q("vi", "aggregation", NEW,
  "Những nhiệm vụ nào được bổ sung mới trong Phụ lục II Kế hoạch điều chỉnh của Trường Đại học Vân Xuyên?",
  ["1.4", "2.4", "3.3", "3.4", "4.2"], ["Bổ sung mới"], "05 tasks; spread over both parts of the split table")
q("en", "aggregation", NEW,
  "How many of the tasks in Vân Xuyên University's amendment list does TTCĐS lead, and which are they?",
  ["8", "1.1", "1.5", "3.3", "4.1", "4.3", "4.4", "4.5", "4.6"], ["TTCĐS"],
  "lead = first line of the units cell; 8 tasks incl. the stopped 4.6")
q("vi", "aggregation", NEW,
  "Những nhiệm vụ nào trong Phụ lục II của Trường Đại học Vân Xuyên có thời hạn sau điều chỉnh là một mốc trong "
  "năm 2028 (không tính khoảng 2027 - 2028)?",
  ["1.2", "1.5", "3.3", "3.5", "4.3"], ["Quý I/2028", "Quý II/2028", "Tháng 1/2028"],
  "Quý I/2028, Quý II/2028 (x2), Năm 2028, Tháng 1/2028")
q("en", "aggregation", NEW,
  "In Vân Xuyên University's amendment, which task had its lead unit changed?",
  ["1.6"], ["Điều chỉnh đơn vị chủ trì (KH 41: TTCĐS chủ trì)"], "only task 1.6")
q("vi", "aggregation", NEW,
  "Có bao nhiêu nhiệm vụ trong Phụ lục II của Trường Đại học Vân Xuyên chỉ điều chỉnh thời hạn?",
  ["16"], ["Điều chỉnh thời hạn"], "form = Điều chỉnh thời hạn: 16 rows (+2 nội dung, +1 chủ trì = 19 điều chỉnh)")
q("en", "aggregation", NEW,
  "Which tasks in Vân Xuyên University's amendment list the planning and finance office (P.KHTC) as a "
  "coordinating unit?",
  ["1.6", "2.2", "3.1", "3.2", "4.3", "4.6"], ["P.KHTC"],
  "P.KHTC on lines 2+ of the units cell; it leads 3.7 (not counted)")
q("vi", "aggregation", NEW,
  "Những nhiệm vụ nào của Trường Đại học Vân Xuyên có thời hạn theo KH 41 là Quý IV/2026?",
  ["1.1", "2.1", "3.6", "4.1"], ["Quý IV/2026"], "column Thời hạn theo KH 41")
q("en", "aggregation", NEW,
  "Which funding sources go up in Vân Xuyên University's revised budget?",
  ["Ngân sách tỉnh cấp - chi đầu tư phát triển", "Nguồn thu hoạt động sự nghiệp của Trường", "Tài trợ, xã hội hóa"],
  ["Ngân sách tỉnh cấp - chi đầu tư phát triển", "Nguồn thu hoạt động sự nghiệp của Trường"],
  "Phụ lục III: +2.700, +3.550, +2.950")
q("vi", "aggregation", NEW,
  "Khoa Điều dưỡng được giao chủ trì những chỉ tiêu, nhiệm vụ nào trong Kế hoạch điều chỉnh của Trường Đại học Vân "
  "Xuyên?",
  ["1.6", "1.4"], ["Khoa Điều dưỡng"], "indicator 1.6 (Phụ lục I) and task 1.4 (Phụ lục II)")
q("en", "aggregation", NEW,
  "Which Vân Xuyên University indicators have a revised 2028 target of 100?",
  ["1.4", "2.1", "3.1", "3.4", "3.5", "3.7", "4.3", "4.6"],
  ["Tỷ lệ người học tốt nghiệp được cấp văn bằng số có chữ ký số", "Tỷ lệ học phí, lệ phí được thu không dùng tiền mặt",
   "Tỷ lệ viên chức, người lao động được tập huấn kỹ năng ATTT cơ bản"], "8 rows")
q("vi", "aggregation", NEW,
  "Những nhiệm vụ nào trong Phụ lục II của Trường Đại học Vân Xuyên có \"Các khoa\" tham gia phối hợp?",
  ["1.1", "1.2", "1.3", "1.5", "1.7", "4.7"], ["Các khoa"], "6 tasks")

# ================================================================== NEW PLAN: comparison
q("en", "comparison", NEW,
  "For 2027, compare Vân Xuyên University's revised targets for blended-learning modules and for computer-based "
  "exams.",
  ["45", "28"], ["Tỷ lệ học phần được tổ chức dạy học kết hợp trên LMS",
                 "Tỷ lệ học phần tổ chức thi kết thúc học phần trên máy tính"], "1.1 vs 1.3, 2027 Sau điều chỉnh")
q("vi", "comparison", NEW,
  "So sánh nguồn thu hoạt động sự nghiệp của Trường và Quỹ phát triển hoạt động sự nghiệp sau điều chỉnh trong "
  "Kế hoạch của Trường Đại học Vân Xuyên.",
  ["24.850", "8.200"], ["Nguồn thu hoạt động sự nghiệp của Trường", "Quỹ phát triển hoạt động sự nghiệp"],
  "Phụ lục III")
q("en", "comparison", NEW,
  "Vân Xuyên University cut its 2028 targets for smart classrooms and computer-based exams. By how much was each "
  "lowered?",
  ["60", "55", "50", "42"], ["Tỷ lệ phòng học được trang bị thiết bị dạy học thông minh",
                             "Tỷ lệ học phần tổ chức thi kết thúc học phần trên máy tính"],
  "4.2: 60 -> 55; 1.3: 50 -> 42")
q("vi", "comparison", NEW,
  "Khoản ngân sách tỉnh cấp - chi thường xuyên trong Kế hoạch của Trường Đại học Vân Xuyên có thay đổi so với KH 41 "
  "không?",
  ["12.000"], ["Ngân sách tỉnh cấp - chi thường xuyên"], "Phụ lục III row 2: 12.000 / 12.000 / 0")
q("en", "comparison", NEW,
  "Between the ERP-modules task (3.1) and the one-stop portal task (3.2) in Vân Xuyên's amendment, which is now due "
  "first?",
  ["Tháng 8/2027", "Quý IV/2027"], ["Triển khai cổng dịch vụ trực tuyến một cửa cho người học",
                                   "Triển khai phân hệ quản lý tài sản, thiết bị trên ERP"],
  "3.2 Tháng 8/2027 before 3.1 Quý IV/2027")
q("vi", "comparison", NEW,
  "Kết quả năm 2026 về tỷ lệ văn bản đi được ký số của Trường Đại học Vân Xuyên so với mục tiêu năm 2027 chênh "
  "nhau thế nào?",
  ["94", "98"], ["Tỷ lệ văn bản đi được ký số và gửi, nhận trên hệ thống quản lý văn bản"], "3.1")
q("en", "comparison", [NEW, "plan-2026"],
  "How does Thanh Hóa's 2026 cashless-transaction target compare with Vân Xuyên University's revised 2027 target "
  "for cashless tuition collection?",
  ["80%", "97"], ["Tỉ lệ giao dịch không dùng tiền mặt", "Tỷ lệ học phí, lệ phí được thu không dùng tiền mặt"],
  "plan-2026 indicator 25 (80%) vs new plan 3.5 (97)")
q("vi", "comparison", NEW,
  "Mục tiêu năm 2027 về số phân hệ ERP và số khóa học MOOC của Trường Đại học Vân Xuyên mỗi chỉ tiêu bị giảm từ bao "
  "nhiêu xuống bao nhiêu?",
  ["9", "7", "6", "4"], ["Số phân hệ ERP được đưa vào vận hành", "Số khóa học trực tuyến mở (MOOC) được công bố"],
  "3.3: 9 -> 7; 1.7: 6 -> 4 (both -2)")
q("en", "comparison", NEW,
  "Which got the bigger increase in Vân Xuyên University's revised budget: own revenue from services or "
  "sponsorship/socialised funding?",
  ["+3.550", "+2.950"], ["Nguồn thu hoạt động sự nghiệp của Trường", "Tài trợ, xã hội hóa"], "Phụ lục III")
q("vi", "comparison", NEW,
  "Mục tiêu băng thông Internet năm 2027 sau điều chỉnh của Trường Đại học Vân Xuyên so với mục tiêu năm 2028 ban "
  "đầu theo KH 41 thế nào?",
  ["10"], ["Băng thông kết nối Internet của Trường"], "4.1: 2027 Sau điều chỉnh 10 = 2028 Theo KH 41 10")

# ================================================================== NEW PLAN: unanswerable
q("en", "unanswerable", NEW,
  "What is the 2029 target for blended-learning modules in Vân Xuyên University's amended plan?", [], [],
  "absent: [\"2029\"]; the plan covers 2026 - 2028 only")
q("vi", "unanswerable", NEW,
  "Kế hoạch điều chỉnh của Trường Đại học Vân Xuyên giao Phòng Thanh tra - Pháp chế chủ trì nhiệm vụ nào?", [], [],
  "absent: [\"Thanh tra\", \"Pháp chế\"]")
q("en", "unanswerable", NEW,
  "How much money is budgeted for the virtual clinical simulation rooms at Vân Xuyên University?", [], [],
  "no_budget_column; Phụ lục II has no budget column and Phụ lục III is by funding source only")
q("vi", "unanswerable", NEW,
  "Kết quả thực hiện năm 2026 của chỉ tiêu số báo cáo quản trị khai thác tự động trên kho dữ liệu dùng chung của "
  "Trường Đại học Vân Xuyên là bao nhiêu?", [], [],
  "dash_cell: [\"3.6\", 4]; new indicator, 2026 result printed as -")
q("en", "unanswerable", NEW,
  "How many full-time lecturers did Vân Xuyên University have in 2026?", [], [],
  "absent: [\"giảng viên cơ hữu\"]; only students/staff of the merged college are given")
q("vi", "unanswerable", NEW,
  "Năm 2026 Trường Đại học Vân Xuyên xếp hạng thứ mấy về chuyển đổi số trong các cơ sở giáo dục đại học?", [], [],
  "absent: [\"xếp hạng\", \"xếp thứ\"]; only the aim 'nhóm 30' is given")
q("en", "unanswerable", NEW,
  "What is Vân Xuyên University's digital transformation budget for 2027 alone?", [], [],
  "no_year_budget: \"2027\"; Phụ lục III gives the 2026 - 2028 totals by source only")
q("vi", "unanswerable", NEW,
  "Đơn vị nào của Trường Đại học Vân Xuyên chủ trì nhiệm vụ triển khai chatbot trợ lý ảo cho sinh viên?", [], [],
  "absent: [\"chatbot\", \"trợ lý ảo\"]")
q("en", "unanswerable", NEW,
  "What's the deadline of task 5.1 in Vân Xuyên University's amended plan?", [], [],
  "absent_task: \"5.1\"; Phụ lục II groups 1-4 only")
q("vi", "unanswerable", NEW,
  "Chỉ tiêu 4.7 trong Phụ lục I của Kế hoạch điều chỉnh Trường Đại học Vân Xuyên quy định gì?", [], [],
  "absent_indicator: \"4.7\"; group 4 ends at 4.6")
q("en", "unanswerable", NEW,
  "What 2027 target did the original KH 41 set for health students practising on clinical simulation software?",
  [], [], "dash_cell: [\"1.6\", 5]; indicator added by the amendment, KH 41 columns are -")
q("vi", "unanswerable", NEW,
  "Kế hoạch điều chỉnh dành riêng bao nhiêu kinh phí cho Cơ sở 2 của Trường Đại học Vân Xuyên?", [], [],
  "absent: [\"kinh phí cho Cơ sở 2\", \"kinh phí Cơ sở 2\"]")
q("en", "unanswerable", NEW,
  "What is the name of the Rector of Vân Xuyên University?", [], [],
  "note_only; only the Vice-Rector (KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG) signer is named")
q("vi", "unanswerable", NEW,
  "Theo Kế hoạch điều chỉnh, mức học phí năm học 2027 - 2028 của Trường Đại học Vân Xuyên là bao nhiêu?", [], [],
  "absent: [\"mức học phí\", \"đồng/tín chỉ\"]")

# ================================================================== BUNDLED PLANS
P26, P25, C06, K266, K285 = "plan-2026", "plan-2025", "ctr-06-2022", "kh-266-2025", "kh-285-2025"
q("en", "indicator_lookup", P26,
  "In Thanh Hóa's 2026 plan, who tracks the share of households with fibre broadband, and what's the target?",
  ["80%", "Sở Khoa học và Công nghệ"], ["Tỉ lệ hộ gia đình có kết nối Internet băng rộng cáp quang"],
  "Phụ lục I, 28")
q("vi", "indicator_lookup", P26,
  "Kế hoạch 275/KH-UBND đặt mục tiêu năm 2026 bao nhiêu phần trăm người dân có hồ sơ sức khỏe điện tử, ai theo "
  "dõi?",
  ["95%", "Sở Y tế"], ["Tỉ lệ người dân có hồ sơ sức khỏe điện tử"], "Phụ lục I, 30")
q("en", "indicator_lookup", P26,
  "What value of the provincial digital transformation index is Thanh Hóa aiming for in its 2026 plan?",
  ["0.8"], ["Chỉ số chuyển đổi số cấp tỉnh"], "Phụ lục I, 22 (Giá trị 0.8)")
q("vi", "indicator_lookup", P26,
  "Trong kế hoạch chuyển đổi số năm 2026 của Thanh Hóa, tỉ trọng kinh tế số trong GRDP phải đạt bao nhiêu và cơ "
  "quan nào theo dõi?",
  ["22%", "Thống kê tỉnh"], ["Tỉ trọng kinh tế số đóng góp GRDP"], "Phụ lục I, 23")
q("en", "indicator_lookup", P26,
  "Which bank branch is responsible for the cashless-transaction indicator in Thanh Hóa's 2026 plan, and what's the "
  "target?",
  ["Ngân hàng Nhà nước Chi nhánh Khu vực 7", "80%"], ["Tỉ lệ giao dịch không dùng tiền mặt"], "Phụ lục I, 25")
q("vi", "indicator_lookup", P26,
  "Năm 2026 Thanh Hóa đặt chỉ tiêu tỉ lệ người dân có chữ ký số là bao nhiêu?",
  ["40%"], ["Tỉ lệ người dân có chữ ký số"], "Phụ lục I, 31")
q("en", "task_lookup", P26,
  "Who is building Thanh Hóa's electronic official gazette system, and by when is it due?",
  ["Văn phòng UBND tỉnh", "Tháng 4/2026"], ["Xây dựng hệ thống Công báo điện tử tỉnh Thanh Hóa"],
  "Phụ lục II, II.18")
q("vi", "task_lookup", P26,
  "Nhiệm vụ xây dựng hệ thống các cơ sở dữ liệu ngành Ngoại vụ trong Kế hoạch 275 do ai chủ trì, dự kiến hoàn "
  "thành khi nào?",
  ["Sở Ngoại vụ", "Tháng 6/2026"], ["Xây dựng hệ thống các cơ sở dữ liệu ngành Ngoại vụ"], "Phụ lục II, II.28")
q("en", "task_lookup", P26,
  "In the 2026 plan, when is the provincial police's smart statistical reporting system expected to be approved?",
  ["Tháng 8/2026", "Công an tỉnh"], ["Hệ thống báo cáo thông kê thông minh"], "Phụ lục II, II.38")
q("vi", "task_lookup", P26,
  "Nhiệm vụ phổ cập giáo dục, xóa mù chữ trong Kế hoạch 275/KH-UBND có kết quả dự kiến là gì và hoàn thành khi "
  "nào?",
  ["Triển khai phần mềm phổ cập giáo dục, xóa mù chữ đến cấp xã, phường", "Tháng 8/2026"],
  ["Phổ cập giáo dục, xóa mù chữ"], "Phụ lục II, II.39")
q("en", "task_lookup", P26,
  "Which body leads the 2026 task of building digital infrastructure for the Nghi Sơn Economic Zone and industrial "
  "parks, and what's the timeline?",
  ["Ban QL KTT Nghi Sơn và các KCN", "Tháng 9/2026"],
  ["Phát triển hạ tầng số cho các khu vực trọng điểm như: Khu Kinh tế Nghi Sơn"], "Phụ lục II, II.41")
q("vi", "task_lookup", P26,
  "Trong Phụ lục II Kế hoạch 275, nhiệm vụ đầu tư trang thiết bị bay không người lái do cơ quan nào chủ trì và "
  "thời hạn?",
  ["Công an tỉnh", "Tháng 1/2026"], ["Đầu tư trang thiết bị bay không người lái"], "Phụ lục II, II.1")
q("en", "aggregation", P26,
  "How many indicators does Thanh Hóa's 2026 plan set, and how many of them concern the digital government group?",
  ["31", "18"], ["Gồm 31 chỉ tiêu; chia thành 04 nhóm"], "II.2: 04 + 18 + 04 + 05")
q("vi", "aggregation", P26,
  "Những chỉ tiêu nào trong Phụ lục I Kế hoạch 275/KH-UBND do Công an tỉnh theo dõi?",
  ["3", "18", "20", "21"], ["Công an tỉnh"], "indicators 3, 18, 20, 21")
q("en", "aggregation", P26,
  "Which of the 2026 plan's time-bound tasks are led by Hồng Đức University?",
  HD, ["Trường Đại học Hồng Đức"], "Phụ lục II group II tasks 14, 15, 34, 37, 40, 47")
q("vi", "narrative", P26,
  "Kế hoạch chuyển đổi số năm 2026 của Thanh Hóa yêu cầu ngân sách địa phương bố trí tối thiểu bao nhiêu cho "
  "chuyển đổi số và tỷ lệ chi cho an toàn thông tin?",
  ["1,0%", "10%"], ["Ngân sách địa phương bố trí tối thiểu 1,0% tổng chi ngân sách cho chuyển đổi số"], "kinh phí")
q("en", "indicator_lookup", C06,
  "In the 2022 programme implementing NQ 06, what share of GRDP should the digital economy reach by 2025 and by "
  "2030?",
  ["20%", "30%"], ["Kinh tế số chiếm 20% trở lên trong GRDP của tỉnh", "Kinh tế số chiếm 30% trở lên trong GRDP của tỉnh"],
  "Phụ lục 01, 2.1 (2025) and 2.1 (2030)")
q("vi", "indicator_lookup", C06,
  "Chương trình năm 2022: tỷ lệ dân số có tài khoản thanh toán điện tử đến năm 2025 là bao nhiêu, cơ quan nào chủ "
  "trì?",
  ["50%", "Ngân hàng nhà nước Thanh Hóa"], ["Tỷ lệ dân số có tài khoản thanh toán điện tử từ 50% trở lên"],
  "Phụ lục 01, 3.2")
q("en", "task_lookup", C06,
  "Who leads setting up the backup data centre (DR site) in the 2022 programme, and over what period?",
  ["Sở Thông tin và Truyền thông", "2026-2030"], ["Thiết lập trung tâm dữ liệu dự phòng - DR site"], "1.13")
q("vi", "task_lookup", C06,
  "Nhiệm vụ triển khai hệ thống thông tin và CSDL về quản lý hồ sơ công chứng trong Chương trình 2022 do đơn vị nào "
  "chủ trì, thực hiện trong giai đoạn nào?",
  ["Sở Tư pháp", "2023-2025"], ["Triển khai hệ thống thông tin và CSDL về quản lý hồ sơ công chứng"], "2.7")
q("en", "comparison", C06,
  "How does the 2022 programme's target for citizen and business satisfaction with administrative procedures change "
  "from 2025 to 2030?",
  ["90%", "98%"], ["hài lòng với giải quyết thủ tục hành chính", "hài lòng với việc giải quyết thủ tục hành chính"],
  "1.5 (2025) vs 1.2 (2030)")
q("vi", "comparison", C06,
  "So sánh mục tiêu tăng năng suất lao động bình quân hằng năm đến năm 2025 và đến năm 2030 trong Chương trình 2022.",
  ["9,6%", "8,1%"], ["Năng suất lao động tăng bình quân hàng năm 9,6% trở lên",
                     "Năng suất lao động tăng bình quân hàng năm 8,1% trở lên"], "2.2 both periods")
q("en", "task_lookup", C06,
  "Who leads the IPv6 migration of the province's applications in the 2022 programme?",
  ["Sở Thông tin và Truyền thông"],
  ["Triển khai chuyển đổi toàn bộ hệ thống ứng dụng của tỉnh sang sử dụng địa chỉ giao thức Internet thế hệ mới (IPv6)"],
  "1.11")
q("en", "task_lookup", K285,
  "In KH 285-KH/TU, who leads issuing the two-tier e-government architecture framework, and what's the deadline?",
  ["Sở Khoa học và Công nghệ", "Hoàn thành trong tháng 7/2025"], ["Ban hành Khung kiến trúc Chính quyền điện tử 2 cấp"],
  "task 11")
q("vi", "task_lookup", K285,
  "Trong Kế hoạch 285-KH/TU, đơn vị nào chủ trì nhiệm vụ bảo đảm nguồn cung năng lượng điện ổn định và thời hạn?",
  ["Điện lực Thanh Hóa", "Nhiệm vụ thường xuyên"], ["Bảo đảm nguồn cung năng lượng điện ổn định, hiệu quả và bền vững"],
  "task 22")
q("en", "task_lookup", K285,
  "Which body leads the task on organisation codes in the party and mass-organisation system in KH 285, and what is "
  "its status?",
  ["Ban Tổ chức Tỉnh ủy", "Đã hoàn thành"],
  ["Ban hành quy định mã số tổ chức trong hệ thống tổ chức đảng, đoàn thể của tỉnh"], "task 4")
q("vi", "task_lookup", K285,
  "Theo KH 285, nhiệm vụ rà soát, đề xuất phương án xóa các điểm lõm sóng, thiếu điện phải hoàn thành khi nào?",
  ["tháng 12/2025"], ["xóa các điểm lõm sóng, thiếu điện"], "task 21")
q("en", "aggregation", K285,
  "How many tasks fall under the 'institutions' group (Về thể chế) in KH 285?",
  ["13"], ["Về thể chế (13 nhiệm vụ)"], "group I")
q("vi", "aggregation", K285,
  "Nhóm nhiệm vụ về hạ tầng kỹ thuật, công nghệ trong KH 285 có bao nhiêu nhiệm vụ, và nhóm về dữ liệu có bao "
  "nhiêu?",
  ["11", "6"], ["Về hạ tầng kỹ thuật, công nghệ (11 nhiệm vụ)", "Về dữ liệu (06 nhiệm vụ)"], "groups II and III")
q("en", "task_lookup", K285,
  "Under KH 285, who supports the Provincial Party Office on setting up the inter-sector working group that monitors "
  "Plan 02?",
  ["Công an tỉnh", "Sở Khoa học và Công nghệ"], ["Thành lập Tổ Công tác liên ngành cấp tỉnh"], "task 1")
q("vi", "comparison", [P26, C06],
  "Mục tiêu năm 2026 về tỉ trọng kinh tế số trong GRDP (Kế hoạch 275) so với mục tiêu đến năm 2025 của Chương "
  "trình 2022 thế nào?",
  ["22%", "20%"], ["Tỉ trọng kinh tế số đóng góp GRDP", "Kinh tế số chiếm 20% trở lên trong GRDP của tỉnh"],
  "plan-2026 indicator 23 vs ctr-06-2022 2.1")
q("en", "comparison", [P26, K285],
  "Does the provincial police (Công an tỉnh) lead the cyber-security centre project in the 2026 plan, and does it "
  "lead the 'phòng họp trực tuyến' task in KH 285?",
  ["Công an tỉnh", "Sở Khoa học và Công nghệ"],
  ["Dự án: Trung tâm an ninh mạng của tỉnh", "Triển khai phòng họp trực tuyến, thông suốt đến cấp xã"],
  "plan-2026 II.5 lead Công an tỉnh; kh-285 task 15 lead Sở Khoa học và Công nghệ (Công an tỉnh partner)")
q("en", "unanswerable", P26,
  "What 5G coverage target does Thanh Hóa's 2026 plan set for 2027?", [], [],
  "plan-2026 Phụ lục I has one target column (2026); no 2027 value; note_only")
q("vi", "unanswerable", P26,
  "Kế hoạch 275/KH-UBND giao Sở Ngoại vụ theo dõi chỉ tiêu nào trong Phụ lục I?", [], [],
  "absent_lead_p26: \"Sở Ngoại vụ\"; Sở Ngoại vụ leads a task (II.28) but no indicator")
q("en", "unanswerable", None,
  "Write me a Python script that scrapes the Thanh Hóa provincial portal every hour.", [], [],
  "off-topic / instruction-like; note_only")
q("vi", "unanswerable", None,
  "Thời tiết ở Thanh Hóa hôm nay thế nào?", [], [], "off-topic; note_only")
q("en", "unanswerable", None,
  "Forget the plans for a moment and tell me a joke about civil servants.", [], [],
  "instruction-like / off-topic; note_only")
q("vi", "unanswerable", C06,
  "Chương trình năm 2022 đặt mục tiêu xây dựng bao nhiêu trạm 5G?", [], [], "absent: [\"trạm 5G\"]")
q("en", "unanswerable", K285,
  "How much money does KH 285 allocate to the review of the Thanh Hóa IOC?", [], [],
  "absent: [\"tỷ đồng\"]; KH 285 appendix has no budget figures")

# ================================================================== REAL REPORT ducp-402-2025
q("en", "task_lookup", DUCP,
  "In the Government Party Committee's report on Resolution 57, which ministry was to advise on setting up the "
  "National Data Committee, and where does that task stand?",
  ["Bộ Công an", "Quá hạn"], ["Tham mưu Chính phủ thành lập Ủy ban dữ liệu quốc gia."], "Phụ lục 1, task 25")
q("vi", "task_lookup", DUCP,
  "Theo báo cáo của Đảng ủy Chính phủ, nhiệm vụ lựa chọn tối thiểu 03 cơ sở nghiên cứu trí tuệ nhân tạo do bộ nào "
  "thực hiện và tiến độ ra sao?",
  ["Bộ Giáo dục và Đào tạo", "Hoàn thành"],
  ["Lựa chọn tối thiểu 03 cơ sở nghiên cứu trí tuệ nhân tạo"], "Phụ lục 1, task 30")
q("en", "task_lookup", DUCP,
  "Who handled the Government resolution on cutting business-related administrative procedures for 2025 and 2026, "
  "and what was the deadline?",
  ["Văn phòng Chính phủ", "Tháng 4/2025"],
  ["Chương trình cắt giảm đơn giản hóa thủ tục hành chính liên quan đến hoạt động sản xuất, kinh doanh năm 2025 và 2026"],
  "Phụ lục 1, task 33")
q("vi", "task_lookup", DUCP,
  "Nhiệm vụ xây dựng Chương trình Quốc gia phát triển công nghiệp chiến lược trong báo cáo có thời hạn và tiến độ "
  "như thế nào?",
  ["Tháng 5/2025", "Đang thực hiện"], ["Xây dựng Chương trình Quốc gia phát triển công nghiệp chiến lược"],
  "Phụ lục 1, task 21")
q("en", "task_lookup", DUCP,
  "In the report's task list, who is responsible for amending the State Budget Law for science and technology "
  "spending, and what's the status?",
  ["Bộ Tài chính", "Đang thực hiện"], ["Sửa đổi một số quy định trong Luật Ngân sách nhà nước"], "Phụ lục 1, task 14")
q("vi", "task_lookup", DUCP,
  "Nhiệm vụ điều chỉnh dự toán ngân sách năm 2025 để bố trí ít nhất 3% ngân sách cho khoa học, công nghệ, đổi mới "
  "sáng tạo và chuyển đổi số do ai thực hiện, kết quả thế nào?",
  ["Bộ Tài chính", "Hoàn thành"], ["bố trí ít nhất 3% ngân sách cho phát triển khoa học"], "Phụ lục 1, task 8")
q("en", "task_lookup", DUCP,
  "According to the report, who was responsible for finishing the Law on Digital Technology Industry and has it "
  "been completed?",
  ["Bộ Khoa học và Công nghệ", "Hoàn thành"], ["hoàn thiện Luật Công nghiệp công nghệ số"], "Phụ lục 1, task 17")
q("vi", "task_lookup", DUCP,
  "Nhiệm vụ xây dựng bộ tiêu chí xác định Doanh nghiệp công nghệ số ngang tầm các nước tiên tiến đang ở tiến độ "
  "nào?",
  ["Đang thực hiện", "Bộ Khoa học và Công nghệ"],
  ["Xây dựng bộ tiêu chí để xác định Doanh nghiệp công nghệ số ngang tầm các nước tiên tiến."], "Phụ lục 1, task 36")
q("en", "narrative", DUCP,
  "Against the target of 100 top AI experts, how many did the report say were actually attracted?",
  ["277"], ["thu hút được 277 chuyên gia hàng đầu về AI"], "II.3 (5)")
q("vi", "narrative", DUCP,
  "Đến hết 24/5/2025, bao nhiêu bộ, ngành và địa phương đã ban hành Kế hoạch hành động thực hiện Nghị quyết 57?",
  ["22/22", "63/63"], ["có 22/22 bộ, ngành và 63/63 địa phương đã xây dựng, ban hành Kế hoạch hành động"], "I.2")
q("en", "narrative", DUCP,
  "How many commercial data centres does the report count nationwide, and what is their total design capacity?",
  ["41", "221 MW"], ["Tổng số DC thương mại trên toàn quốc: 41 DC; Tổng công suất thiết kế 221 MW"], "II.3 (3)")
q("vi", "narrative", DUCP,
  "Báo cáo của Đảng ủy Chính phủ cho biết hiện có bao nhiêu trạm 5G?",
  ["11.591"], ["Có 11.591 trạm 5G"], "II.3 (3)")
q("en", "narrative", DUCP,
  "Which universities did the Ministry of Education pick as AI research institutions, according to the report?",
  ["Đại học Bách Khoa Hà Nội", "Đại học Quốc gia Hà Nội", "Đại học Quốc gia Thành phố Hồ Chí Minh"],
  ["Bộ Giáo dục và Đào tạo đã lựa chọn Đại học Bách Khoa Hà Nội"], "II.4 (3)")
q("vi", "narrative", DUCP,
  "Công văn 402-CV/VPĐU đề nghị các đồng chí gửi ý kiến về Văn phòng Đảng ủy Chính phủ trước thời điểm nào?",
  ["20h00 ngày 25 tháng 5 năm 2025"], ["20h00 ngày 25 tháng 5 năm 2025"], "cover letter")
q("en", "narrative", DUCP,
  "Who signed the cover letter 402-CV/VPĐU?", ["Trần Văn Sơn"], ["Trần Văn Sơn"], "cover letter signer")
q("vi", "narrative", DUCP,
  "Theo báo cáo, có bao nhiêu nhiệm vụ thực hiện thường xuyên theo kết luận của Ban Chỉ đạo Trung ương, trong đó bao "
  "nhiêu việc đã có kết quả cụ thể?",
  ["42", "30"], ["Thực hiện thường xuyên là 42 nhiệm vụ"], "I.3 b")
q("en", "aggregation", DUCP,
  "How many tasks in the report's Phụ lục 1 are marked overdue, and which ministries hold them?",
  ["2", "Bộ Công an", "Bộ Y tế"], ["Quá hạn"], "status column: tasks 25 and 34")
q("vi", "aggregation", DUCP,
  "Trong Phụ lục 1 của báo cáo, bao nhiêu nhiệm vụ có thời hạn Tháng 3/2025?",
  ["6"], ["Tháng 3/2025"], "deadline column count")
q("en", "aggregation", DUCP,
  "How many of the Phụ lục 1 tasks in the report are assigned to the Ministry of Finance (Bộ Tài chính)?",
  ["7"], ["Bộ Tài chính"], "agency column count")
q("vi", "aggregation", DUCP,
  "Báo cáo cho biết Chính phủ đã trình Quốc hội bao nhiêu dự án Luật tại kỳ họp thứ 9?",
  ["13"], ["Chính phủ đã trình Quốc hội 13 dự án Luật"], "II.2 (4)")
q("en", "aggregation", DUCP,
  "How many tasks in the report's Phụ lục 1 were due in April 2025?",
  ["5"], ["Tháng 4/2025"], "deadline column count")
q("en", "comparison", DUCP,
  "Compare the fixed and mobile broadband speeds given in the report.",
  ["166,99 Mbps", "150,43 Mbps"], ["Tốc độ truy cập mạng băng rộng cố định là 166,99 Mbps",
                                   "Tốc độ truy cập mạng băng rộng di động là 150,43 Mbps"], "II.3 (3)")
q("vi", "comparison", DUCP,
  "Tỷ lệ hộ gia đình sử dụng cáp quang theo báo cáo so với tháng 3/2025 thay đổi thế nào?",
  ["83,4%", "83,3%"], ["Tỷ lệ hộ gia đình sử dụng cáp quang: 83,4%"], "II.3 (3)")
q("en", "unanswerable", DUCP,
  "What budget did the report say was allocated to the National Data Committee?", [], [],
  "absent: [\"kinh phí cho Ủy ban dữ liệu quốc gia\"]; the task is overdue, no budget figure")
q("vi", "unanswerable", DUCP,
  "Báo cáo cho biết đã lắp đặt bao nhiêu trạm 6G?", [], [], "absent: [\"6G\"]")
q("en", "unanswerable", DUCP,
  "Which province ranked first in the DTI index according to the Government Party Committee report?", [], [],
  "absent: [\"DTI\", \"xếp hạng\"]")

# ================================================================== additions (kept at the end so ids stay stable)
q("en", "indicator_lookup", K266,
  "In the Resolution 57 action plan KH 266, what 5G coverage does Thanh Hóa target for 2025 and for 2030?",
  ["60%", "100%"], ["Tỷ lệ phủ sóng 5G trên địa bàn"], "Phụ lục I, 1: Năm 2025 60%, Năm 2030 100%")
q("vi", "indicator_lookup", K266,
  "Theo Kế hoạch 266-KH/TU, tỷ lệ người dân có sổ sức khỏe điện tử năm 2025 và năm 2030 phải đạt bao nhiêu?",
  ["92%", "95%"], ["Tỷ lệ người dân có Sở sức khỏe điện tử"], "Phụ lục I, 64 (OCR 'Sở'): 2025 92%, 2030 95%; Sở Y tế")
q("en", "task_lookup", K266,
  "Who leads the scheme on transferring high-tech and specialised techniques to hospitals in KH 266, and when is it "
  "due?",
  ["Sở Y tế", "Tháng 9/2026"],
  ["Chuyển giao, ứng dụng kỹ thuật cao, kỹ thuật mới, kỹ thuật chuyên sâu tại các bệnh viện"], "Phụ lục II, 57")
q("vi", "narrative", P25,
  "Kế hoạch chuyển đổi số năm 2025 của Thanh Hóa đặt mục tiêu triển khai mạng di động 5G tại những khu vực nào?",
  ["Thành phố Sầm sơn", "Khu Kinh tế Nghi sơn"],
  ["Triển khai mạng di động 5G tại các khu vực Thành phố Thanh Hóa"], "II.2.1 Hạ tầng số")
q("en", "narrative", P25,
  "What does Thanh Hóa's 2025 plan aim for regarding mobile coverage of villages and household Internet connections?",
  ["100% thôn, bản được phủ sóng di động", "100% hộ gia đình"],
  ["100% thôn, bản được phủ sóng di động và 100% hộ gia đình có kết nối"], "II.2.1")
q("en", "task_lookup", NEW,
  "Which office at Vân Xuyên University is in charge of collecting tuition through dynamic QR codes and e-wallets?",
  ["P.KHTC"], ["Thu học phí qua mã QR động và ví điện tử"], "Phụ lục II, 3.7")
q("vi", "indicator_lookup", NEW,
  "Năm 2026 Trường Đại học Vân Xuyên đạt bao nhiêu phần trăm đề tài khoa học và công nghệ cấp cơ sở được quản lý "
  "trên phần mềm?",
  ["80"], ["Tỷ lệ đề tài khoa học và công nghệ cấp cơ sở được quản lý trên phần mềm"], "Phụ lục I, 2.1: Kết quả 2026 80")
q("en", "narrative", NEW,
  "How many staff did Vân Xuyên University take over from the merged medical college?",
  ["164"], ["164 viên chức, người lao động"], "I.3")
q("vi", "aggregation", NEW,
  "Phụ lục II Kế hoạch điều chỉnh của Trường Đại học Vân Xuyên liệt kê bao nhiêu nhiệm vụ, và sau điều chỉnh Kế hoạch "
  "có tổng cộng bao nhiêu nhiệm vụ?",
  ["27", "40"], ["tổng số nhiệm vụ của Kế hoạch là 40 nhiệm vụ"],
  "Phụ lục II rows 7 + 6 + 7 + 7 = 27 over two tables; body: 40 after amendment")
q("en", "unanswerable", NEW,
  "What was Vân Xuyên University's 2026 result for technology-transfer contracts signed?", [], [],
  "dash_cell: [\"2.6\", 4]; new indicator, 2026 result printed as -")
q("vi", "comparison", NEW,
  "Mục tiêu năm 2028 về số bài báo quốc tế ứng dụng AI và số dự án khởi nghiệp của sinh viên của Trường Đại học Vân "
  "Xuyên, chỉ tiêu nào tăng nhiều hơn so với KH 41?",
  ["26", "33", "15", "18"], ["Số bài báo quốc tế (Scopus/WoS) có ứng dụng trí tuệ nhân tạo, dữ liệu lớn",
                             "Số dự án khởi nghiệp đổi mới sáng tạo của sinh viên được ươm tạo"],
  "2.2: 26 -> 33 (+7); 2.5: 15 -> 18 (+3)")


def doc_key(it):
    d = it["doc"]
    return "null" if d is None else (d if isinstance(d, str) else "+".join(d))


def items():
    out = []
    for n, (lang, typ, doc, question, expected, evidence, note) in enumerate(Q, 1):
        out.append(dict(zip(FIELDS, [f"h14-{n:03d}", question, lang, typ, doc, expected, evidence, note])))
    return out


def split(all_items):
    """ids that go to dev14.jsonl"""
    groups = {}
    for it in all_items:
        groups.setdefault((doc_key(it), it["type"]), []).append(it["id"])
    rng = random.Random(SEED)
    dev, carry = set(), 0.0
    for key in sorted(groups):
        ids = sorted(groups[key])
        rng.shuffle(ids)
        want = len(ids) * DEV_SHARE + carry
        n = int(round(want))
        carry = want - n
        dev.update(ids[:n])
    return dev


def main():
    all_items = items()
    assert len({it["question"] for it in all_items}) == len(all_items)
    dev = split(all_items)
    held = [it for it in all_items if it["id"] not in dev]
    dv = [it for it in all_items if it["id"] in dev]
    for name, rows in (("questions.jsonl", held), ("dev14.jsonl", dv)):
        (HERE / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(all_items)} questions: {len(held)} held out, {len(dv)} dev")


if __name__ == "__main__":
    main()
