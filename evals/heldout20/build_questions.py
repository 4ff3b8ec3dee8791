"""Held-out set 20: the questions (HELD OUT -- do not read while developing the assistant) and the seeded split.

Writes questions.jsonl (held out) and dev20x.jsonl (development), ids h20-001 ... in one sequence. The split is a
seeded draw inside each (doc, type) group: round(DEV_FRACTION * n) questions of a group go to dev20x.jsonl.
Each source tuple: (lang, type, doc, question, expected, evidence, note). Aggregation gold values are asserted in
facts() against plan_source.py (new document) and against parses of the bundled plans in corpus/.
"""
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
import plan_source as P  # noqa: E402

SEED = 20320
DEV_FRACTION = 0.2
K = P.KEY
P26, P25, C06, K266, K285 = "plan-2026", "plan-2025", "ctr-06-2022", "kh-266-2025", "kh-285-2025"
TK = {t[0]: t for t in P.task_list()}
PJ = {p[0]: p for p in P.project_list()}
IL, TL, AG, CP, NA, UN = "indicator_lookup", "task_lookup", "aggregation", "comparison", "narrative", "unanswerable"
QI, QII, QIII, QIV = P.QUARTERS


def tc(n):
    return TK[n][1]


def pc(n):
    return PJ[n][1]


def m(n):
    return P.money(PJ[n][3])


def ct(start):
    """the prose target bullet that contains `start`"""
    hits = [s for s in P.CHI_TIEU if start in s]
    assert len(hits) == 1, start
    return hits[0]


def body(start):
    hits = [t for s, t in P.body() if t.startswith(start)]
    assert len(hits) == 1, start
    return hits[0]


def clause(sentence, part):
    assert part in sentence, part
    return part


KS = ct("khai sinh và khai tử")
DD = ct("tài khoản định danh điện tử mức độ 2")
KCB = ct("chấp nhận thẻ căn cước")
TT = ct("thanh toán trực tuyến phí, lệ phí")
DVC = ct("dịch vụ công trực tuyến toàn trình")
LLTP = ct("Phiếu lý lịch tư pháp")
ASXH = ct("an sinh xã hội")
CSDL = ct("cơ sở dữ liệu chuyên ngành")
TSD = ct("tái sử dụng dữ liệu")
HS = ct("học sinh")
ATTT = ct("cấp độ an toàn thông tin")
LUOT = ct("1,2 triệu lượt")
LT = ct("lưu trú")
TCN = ct("Tổ công nghệ số cộng đồng")
FUND = body("Tổng kinh phí dự kiến")
REPORT = body("4. Các sở, ban, ngành")
SOKET = body("5. Báo cáo sơ kết")
INTRO = body("Thực hiện Quyết định số 06/QĐ-TTg")
GOAL = body("Đến hết năm 2027")
III1 = body("Tổ công tác giao 32 nhiệm vụ")
CA1 = body("1. Công an tỉnh (cơ quan thường trực")
TC2 = body("2. Sở Tài chính chủ trì")
NOTB = body("Các nhiệm vụ không có trong Phụ lục II")
REQ2 = body("- Nhiệm vụ đánh dấu ở nhiều quý")
PURP2 = body("- Xác định rõ cơ quan chủ trì")

Q_NEW = [
# ---------------- indicator_lookup: the 2027 targets stated only as prose bullets (16)
("en", IL, K, "Under Vĩnh Lan's 2027 Project 06 plan, what share of residents aged 14 and over should have an activated level-2 electronic identity account?",
 ["80%"], [DD], "II.2 bullet 2 (Tối thiểu 80%)"),
("vi", IL, K, "Kế hoạch năm 2027 của Tổ công tác Đề án 06 tỉnh Vĩnh Lan đặt mục tiêu bao nhiêu phần trăm cơ sở khám, chữa bệnh nhận căn cước thay cho thẻ bảo hiểm y tế?",
 ["95%"], [KCB], "II.2 bullet 3"),
("en", IL, K, "What proportion of requests for a criminal record certificate is Vĩnh Lan aiming to receive online through VNeID in 2027?",
 ["60%"], [LLTP], "II.2 bullet 6"),
("vi", IL, K, "Theo Kế hoạch 87/KH-TCTĐA06, tối thiểu bao nhiêu phần trăm hồ sơ thủ tục hành chính phải dùng lại dữ liệu đã được số hóa?",
 ["85%"], [TSD], "II.2 bullet 9"),
("en", IL, K, "How many medical visits using the citizen ID card does the Vĩnh Lan working group want to reach during 2027?",
 ["1,2 triệu lượt"], [LUOT], "II.2 bullet 12"),
("vi", IL, K, "Năm 2027, tỉnh Vĩnh Lan muốn bao nhiêu phần trăm học sinh từ 6 tuổi trở lên có thẻ căn cước?",
 ["70%"], [HS], "II.2 bullet 10"),
("en", IL, K, "What is the 2027 goal for cashless payment of fees and charges on administrative files in the Vĩnh Lan Project 06 plan?",
 ["75%"], [TT], "II.2 bullet 4"),
("vi", IL, K, "Chỉ tiêu năm 2027 về chi trả chính sách an sinh xã hội qua tài khoản ở Vĩnh Lan là bao nhiêu?",
 ["90%"], [ASXH], "II.2 bullet 7"),
("en", IL, K, "What share of the province's sector databases holding citizen information must be linked and synchronised with the national population database by the end of 2027?",
 ["100%"], [CSDL], "II.2 bullet 8"),
("vi", IL, K, "Về an toàn thông tin, Kế hoạch Đề án 06 năm 2027 của Vĩnh Lan yêu cầu tỷ lệ hệ thống giải quyết thủ tục hành chính được duyệt hồ sơ cấp độ là bao nhiêu?",
 ["100%"], [ATTT], "II.2 bullet 11"),
("en", IL, K, "How many community digital technology teams must each commune or ward keep running under the 2027 Vĩnh Lan plan?",
 ["01"], [TCN], "II.2 bullet 14 (tối thiểu 01 Tổ công nghệ số cộng đồng)"),
("vi", IL, K, "Đến cuối năm 2027 có bao nhiêu phần trăm cơ sở lưu trú du lịch ở Vĩnh Lan phải khai báo lưu trú qua mạng?",
 ["100%"], [LT], "II.2 bullet 13"),
("en", IL, K, "For the birth and death procedure bundles, what level of electronic interlinking across communes and wards does Vĩnh Lan target for 2027?",
 ["100%"], [KS], "II.2 bullet 1"),
("vi", IL, K, "Mục tiêu năm 2027 về tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình trong kế hoạch của Tổ công tác Đề án 06 Vĩnh Lan?",
 ["100%"], [DVC], "II.2 bullet 5"),
("en", IL, K, "The Vĩnh Lan 2027 plan wants to join the top group of provinces on Project 06 results. How many localities does that top group contain?",
 ["20"], [GOAL], "II.1 Mục tiêu chung (nhóm 20 địa phương dẫn đầu)"),
("vi", IL, K, "Chỉ tiêu kích hoạt định danh điện tử mức độ 2 năm 2027 của Vĩnh Lan áp dụng cho người dân từ bao nhiêu tuổi và ở mức nào?",
 ["14 tuổi", "80%"], [DD], "II.2 bullet 2"),
# ---------------- task_lookup: Phụ lục I rows (lead / partners / product / ticked quarters) and Phụ lục II rows (26)
("en", TL, K, "In the Vĩnh Lan Project 06 plan for 2027, who is in charge of issuing criminal record certificates online via VNeID, and in which quarter?",
 [TK["6"][2], QII], [tc("6")], "Phụ lục I, task 6: Công an tỉnh; x in Quý II only"),
("vi", TL, K, "Việc số hóa dữ liệu hộ tịch cũ (trước năm 1995) do cơ quan nào chủ trì và được xếp vào quý nào?",
 [TK["5"][2], QIII], [tc("5")], "Phụ lục I, task 5: Sở Tư pháp; Quý III"),
("en", TL, K, "Which body leads the roll-out of the electronic health book on VNeID, and which agencies work with it?",
 [TK["10"][2], "Công an tỉnh", "Bảo hiểm xã hội tỉnh"], [tc("10")], "Phụ lục I, task 10"),
("vi", TL, K, "Ai chủ trì việc dùng thẻ căn cước thay thẻ BHYT giấy khi đi khám bệnh, và nhiệm vụ này nằm ở quý mấy?",
 [TK["11"][2], QI], [tc("11")], "Phụ lục I, task 11: Bảo hiểm xã hội tỉnh; Quý I"),
("en", TL, K, "Who is responsible for verifying taxpayers and household businesses against the population database, and in which quarters is the work scheduled?",
 [TK["12"][2], QII, QIII], [tc("12")], "Phụ lục I, task 12: Thuế tỉnh Vĩnh Lan; Quý II and Quý III"),
("vi", TL, K, "Nhiệm vụ kết nối phần mềm quản lý lưu trú với các cơ sở lưu trú du lịch do ai chủ trì, sở nào phối hợp?",
 [TK["13"][2], TK["13"][3]], [tc("13")], "Phụ lục I, task 13"),
("en", TL, K, "Which department runs online first-grade enrolment using population data and the digital school record, and what is the expected output?",
 [TK["14"][2], TK["14"][4]], [tc("14")], "Phụ lục I, task 14"),
("vi", TL, K, "Đơn vị nào chủ trì đồng bộ cơ sở dữ liệu đất đai với dữ liệu dân cư và lịch thực hiện rơi vào những quý nào?",
 [TK["16"][2], QIII, QIV], [tc("16")], "Phụ lục I, task 16: Sở Nông nghiệp và Môi trường; Quý III, Quý IV"),
("en", TL, K, "Who leads the use of biometrics and VNeID authentication for opening bank accounts in Vĩnh Lan?",
 [TK["17"][2]], [tc("17")], "Phụ lục I, task 17"),
("vi", TL, K, "Việc cấp căn cước cho trẻ dưới 14 tuổi và thu nhận sinh trắc học lưu động ở trường học do cơ quan nào thực hiện, phối hợp với ai, vào quý nào?",
 [TK["19"][2], TK["19"][3], QIII], [tc("19")], "Phụ lục I, task 19"),
("en", TL, K, "Who organises the digital citizen day in communes and wards, and when in 2027 is it planned?",
 [TK["20"][2], QIII], [tc("20")], "Phụ lục I, task 20: Sở Khoa học và Công nghệ; Quý III"),
("vi", TL, K, "Tuyên truyền về tiện ích VNeID và cảnh báo lừa đảo trên mạng do sở nào chủ trì và có những đơn vị nào phối hợp?",
 [TK["21"][2], "Công an tỉnh", "Báo và Phát thanh, Truyền hình Vĩnh Lan"], [tc("21")], "Phụ lục I, task 21"),
("en", TL, K, "Which agency must secure the provincial administrative-procedure information system at level 3 and run an incident-response drill, and by which quarter?",
 [TK["24"][2], QIV], [tc("24")], "Phụ lục I, task 24: Công an tỉnh; Quý IV only"),
("vi", TL, K, "Ai chịu trách nhiệm trang bị máy đọc thẻ căn cước, camera cho bộ phận một cửa cấp xã theo Phụ lục I, và sản phẩm là gì?",
 [TK["27"][2], TK["27"][4]], [tc("27")], "Phụ lục I, task 27"),
("en", TL, K, "Who leads the Project 06 monitoring dashboard on the provincial intelligent operations centre, and in which quarter should it be done?",
 [TK["29"][2], QII], [tc("29")], "Phụ lục I, task 29: Văn phòng UBND tỉnh; Quý II"),
("vi", TL, K, "Kiểm tra thực hiện Đề án 06 tại các sở, ngành và ít nhất bao nhiêu xã, phường? Ai chủ trì?",
 ["20 xã, phường", TK["30"][2]], [tc("30")], "Phụ lục I, task 30"),
("en", TL, K, "Which agency handles making room in the 2027 and 2028 budget estimates for the plan's tasks, and which quarters are ticked for it?",
 [TK["32"][2], QI, QIV], [tc("32")], "Phụ lục I, task 32: Sở Tài chính; Quý I and Quý IV"),
("vi", TL, K, "Việc rà soát, tái cấu trúc quy trình cho 42 thủ tục hành chính thiết yếu do đơn vị nào chủ trì và phải xong trong quý nào?",
 [TK["1"][2], QI], [tc("1")], "Phụ lục I, task 1: Văn phòng UBND tỉnh; Quý I"),
("en", TL, K, "Who leads the paperless payment of benefits to people with meritorious services, and who are the partners?",
 [TK["9"][2], "Ngân hàng Nhà nước Chi nhánh Khu vực 12", "Bưu điện tỉnh"], [tc("9")], "Phụ lục I, task 9"),
("vi", TL, K, "Nhiệm vụ cập nhật dữ liệu đối tượng bảo trợ xã hội, trẻ em có hoàn cảnh đặc biệt vào CSDL dân cư do sở nào chủ trì, quý nào?",
 [TK["28"][2], QIV], [tc("28")], "Phụ lục I, task 28: Sở Y tế; Quý IV"),
("en", TL, K, "How much money is set aside for building the province's shared data warehouse, and from which funding source?",
 [m("2.1"), PJ["2.1"][4]], [pc("2.1")], "Phụ lục II, 2.1: 7.500 triệu đồng, Ngân sách tỉnh"),
("vi", TL, K, "Dự án hệ thống giám sát an toàn thông tin (SOC) cho hệ thống giải quyết thủ tục hành chính có kinh phí bao nhiêu, nguồn vốn nào, ai chủ trì?",
 [m("1.4"), PJ["1.4"][4], PJ["1.4"][2]], [pc("1.4")], "Phụ lục II, 1.4"),
("en", TL, K, "What is the budget for digitising hospital medical records in the provincial hospitals, and where does the money come from?",
 [m("2.6"), PJ["2.6"][4]], [pc("2.6")], "Phụ lục II, 2.6: 2.400, Nguồn thu sự nghiệp"),
("vi", TL, K, "Kinh phí và nguồn vốn dành cho việc tổ chức Ngày hội công dân số là bao nhiêu?",
 [m("3.4"), PJ["3.4"][4]], [pc("3.4")], "Phụ lục II, 3.4: 900, Xã hội hóa"),
("en", TL, K, "What is the timeline for renting cloud infrastructure for the shared data warehouse, and how much does it cost?",
 [PJ["1.3"][5], m("1.3")], [pc("1.3")], "Phụ lục II, 1.3: Năm 2027 - 2028; 3.600"),
("vi", TL, K, "Dự án đồng bộ dữ liệu đất đai với CSDL quốc gia về dân cư trong Phụ lục II có lộ trình và nguồn vốn thế nào?",
 [PJ["2.5"][5], PJ["2.5"][4]], [pc("2.5")], "Phụ lục II, 2.5: Quý III - Quý IV/2027; Ngân sách trung ương hỗ trợ"),
("en", TL, K, "How much is budgeted for training commune-level justice and civil-status officials on interlinked procedures, and when?",
 [m("3.3"), PJ["3.3"][5]], [pc("3.3")], "Phụ lục II, 3.3: 350, Quý I/2027 (the row runs over a page break in the PDF)"),
("vi", TL, K, "Nâng cấp nền tảng LGSP trong danh mục dự án sử dụng kinh phí năm 2027 tốn bao nhiêu tiền và làm trong thời gian nào?",
 [m("1.1"), PJ["1.1"][5]], [pc("1.1")], "Phụ lục II, 1.1: 4.850; Quý I - Quý II/2027"),
("en", TL, K, "Who pays for and runs the purchase of mobile biometric capture machines, and how much is it?",
 [PJ["1.5"][2], m("1.5"), PJ["1.5"][4]], [pc("1.5")], "Phụ lục II, 1.5"),
("vi", TL, K, "Trong Phụ lục I, nhiệm vụ liên thông nhóm thủ tục khai tử, xóa thường trú, mai táng phí có những đơn vị nào phối hợp?",
 ["Công an tỉnh", "Sở Nội vụ", "Bảo hiểm xã hội tỉnh"], [tc("3")], "Phụ lục I, task 3 partners"),
# ---------------- aggregation (16), gold values asserted in facts()
("en", AG, K, "How many of the 32 tasks in the Vĩnh Lan Project 06 plan are led by the provincial police?",
 ["8"], [tc("18"), tc("24")], "Phụ lục I: Công an tỉnh leads 6, 7, 13, 18, 19, 24, 30, 31"),
("vi", AG, K, "Sở Khoa học và Công nghệ chủ trì bao nhiêu nhiệm vụ trong biểu phân công năm 2027 của Tổ công tác Đề án 06 Vĩnh Lan?",
 ["4"], [tc("20"), tc("22"), tc("23"), tc("25")], "Phụ lục I: 20, 22, 23, 25"),
("en", AG, K, "How many tasks does the group on serving citizens' digital lives (group C) contain?",
 ["5"], [tc("18"), tc("22")], "Phụ lục I, group C = tasks 18-22"),
("vi", AG, K, "Nhóm B (tiện ích phục vụ phát triển kinh tế, xã hội) có bao nhiêu nhiệm vụ?",
 ["9"], [tc("9"), tc("17")], "Phụ lục I, group B = tasks 9-17"),
("en", AG, K, "Which tasks are ticked in all four quarters of 2027?",
 ["2", "18", "21"], [tc("2"), tc("18"), tc("21")], "Phụ lục I: x in Quý I-IV for tasks 2, 18, 21 (single-digit expected strings are weak; see README)"),
("vi", AG, K, "Có bao nhiêu nhiệm vụ được đánh dấu thực hiện trong Quý I năm 2027?",
 ["10"], [tc("1"), tc("26")], "Phụ lục I: Quý I ticked for 1, 2, 7, 11, 17, 18, 21, 23, 26, 32"),
("en", AG, K, "How many tasks have a tick in the third quarter?",
 ["13"], [tc("5"), tc("19")], "Phụ lục I: Quý III ticked for 2, 4, 5, 10, 12, 13, 16, 18, 19, 20, 21, 25, 30"),
("vi", AG, K, "Những nhiệm vụ nào chỉ được đánh dấu ở Quý IV (không có quý nào khác)?",
 ["8", "15", "24", "28"], [tc("8"), tc("15"), tc("24"), tc("28")], "Phụ lục I: only Quý IV ticked"),
("en", AG, K, "How many tasks is the provincial social insurance agency a partner in (not lead)?",
 ["4"], [tc("2"), tc("3"), tc("10"), tc("15")], "Phụ lục I: Bảo hiểm xã hội tỉnh in Đơn vị phối hợp of 2, 3, 10, 15"),
("vi", AG, K, "Sở Tư pháp chủ trì những nhiệm vụ nào trong Phụ lục I?",
 ["3"], [tc("2"), tc("3"), tc("5")], "Phụ lục I: 2, 3, 5 -> 3 tasks; expected the count"),
("en", AG, K, "How many of the funded projects rely on central-budget support, and which ones?",
 ["3", pc("1.4"), pc("1.5"), pc("2.5")], [pc("1.4"), pc("1.5"), pc("2.5")], "Phụ lục II: Nguồn vốn = Ngân sách trung ương hỗ trợ for 1.4, 1.5, 2.5"),
("vi", AG, K, "Dự án nào trong Phụ lục II có kinh phí lớn nhất và là bao nhiêu triệu đồng?",
 [pc("2.1"), m("2.1")], [pc("2.1")], "Phụ lục II: max = 2.1 (7.500)"),
("en", AG, K, "Which funded items cost more than 5 billion dong (5,000 million)? Give their amounts.",
 [m("1.2"), m("1.4"), m("2.1")], [pc("1.2"), pc("1.4"), pc("2.1")], "Phụ lục II: 6.400 (1.2), 5.200 (1.4), 7.500 (2.1)"),
("vi", AG, K, "Công an tỉnh chủ trì mấy dự án, nhiệm vụ có kinh phí trong Phụ lục II?",
 ["3"], [pc("1.4"), pc("1.5"), pc("3.5")], "Phụ lục II: 1.4, 1.5, 3.5"),
("en", AG, K, "Which three agencies lead exactly two tasks each in the task assignment table?",
 [P.VP, P.NHNN, P.YT], [tc("1"), tc("8"), tc("10")], "Phụ lục I: Văn phòng UBND tỉnh (1, 29), NHNN CN KV12 (8, 17), Sở Y tế (10, 28)"),
("vi", AG, K, "Phụ lục II có bao nhiêu dự án, nhiệm vụ thuộc nhóm phần mềm, dữ liệu?",
 ["6"], [pc("2.1"), pc("2.6")], "Phụ lục II, group 2 = 2.1-2.6"),
# ---------------- comparison (12)
("en", CP, K, "For level-2 electronic identity activation, compare the 2027 target with what was achieved in 2026.",
 ["80%", "71,2%"], [DD], "II.2 bullet 2: target 80%, 2026 = 71,2%"),
("vi", CP, K, "So với kết quả năm 2026, chỉ tiêu thanh toán trực tuyến phí, lệ phí năm 2027 tăng từ mức nào lên mức nào?",
 ["52,6%", "75%"], [TT], "II.2 bullet 4"),
("en", CP, K, "How does the 2027 target for paying social-welfare benefits through accounts compare with the 2026 result?",
 ["90%", "63,4%"], [ASXH], "II.2 bullet 7"),
("vi", CP, K, "Tỷ lệ xã, phường liên thông hai nhóm thủ tục khai sinh, khai tử năm 2026 đạt bao nhiêu và năm 2027 phấn đấu bao nhiêu?",
 ["88,5%", "100%"], [KS], "II.2 bullet 1"),
("en", CP, K, "Compare the budgets of upgrading the LGSP platform and building the shared data warehouse.",
 [m("1.1"), m("2.1")], [pc("1.1"), pc("2.1")], "Phụ lục II, 1.1 (4.850) vs 2.1 (7.500)"),
("vi", CP, K, "Nguồn vốn của dự án SOC và dự án số hóa bệnh án ở bệnh viện tuyến tỉnh khác nhau thế nào?",
 [PJ["1.4"][4], PJ["2.6"][4]], [pc("1.4"), pc("2.6")], "Phụ lục II, 1.4 vs 2.6"),
("en", CP, K, "Which quarters are ticked for the driving-licence task compared with the tourist accommodation declaration task?",
 [QI, QII, QIII], [tc("7"), tc("13")], "Phụ lục I, task 7 = Quý I + Quý II; task 13 = Quý III"),
("vi", CP, K, "Nhiệm vụ sổ sức khỏe điện tử và nhiệm vụ dùng căn cước thay thẻ BHYT do hai cơ quan nào chủ trì?",
 [TK["10"][2], TK["11"][2]], [tc("10"), tc("11")], "Phụ lục I, task 10 (Sở Y tế) vs 11 (Bảo hiểm xã hội tỉnh)"),
("en", CP, K, "How much of the plan's money comes from the provincial budget versus central-budget support?",
 [P.money(P.by_source(P.NSTINH)), P.money(P.by_source(P.NSTW))], [FUND], "IV Kinh phí: 28.850 vs 10.460 triệu đồng"),
("vi", CP, K, "Lộ trình của nhiệm vụ liên thông khai sinh - thường trú - BHYT trẻ em khác gì so với nhiệm vụ liên thông khai tử?",
 [QI, QIV, QII], [tc("2"), tc("3")], "Phụ lục I, task 2 = all four quarters; task 3 = Quý II only"),
("en", CP, K, "Compare the 2027 targets for online criminal-record applications and for reuse of digitised data in administrative files.",
 ["60%", "85%"], [LLTP, TSD], "II.2 bullets 6 and 9"),
("vi", CP, K, "Trong Phụ lục II, khoản chi nhỏ nhất và khoản chi lớn nhất lần lượt là bao nhiêu triệu đồng?",
 [m("3.5"), m("2.1")], [pc("3.5"), pc("2.1")], "Phụ lục II: min 260 (3.5), max 7.500 (2.1)"),
# ---------------- narrative (15)
("en", NA, K, "Who signed the Vĩnh Lan Project 06 working group's plan for 2027, and in what capacity?",
 ["Khổng Văn Thiêm", "PHÓ CHỦ TỊCH UBND TỈNH"], ["Khổng Văn Thiêm"], "signature block: TỔ TRƯỞNG / PHÓ CHỦ TỊCH UBND TỈNH"),
("vi", NA, K, "Kế hoạch triển khai Đề án 06 năm 2027 của tỉnh Vĩnh Lan mang số hiệu gì và ban hành ngày nào?",
 ["87/KH-TCTĐA06", "08 tháng 01 năm 2027"], ["Vĩnh Lan, ngày 08 tháng 01 năm 2027"], "header"),
("en", NA, K, "By which day of each month must departments and communes send their progress reports, and to whom?",
 ["18", "Công an tỉnh"], [REPORT], "V.4"),
("vi", NA, K, "Hạn gửi báo cáo sơ kết 6 tháng và báo cáo tổng kết năm của kế hoạch là khi nào?",
 ["10/6/2027", "15/11/2027"], [SOKET], "V.5"),
("en", NA, K, "What is the total estimated cost of the Vĩnh Lan 2027 Project 06 plan?",
 [P.money(P.total()) + " triệu đồng"], [FUND], "IV Kinh phí (= Tổng cộng of Phụ lục II)"),
("vi", NA, K, "Các nhiệm vụ không nằm trong danh mục dự án có kinh phí thì lấy tiền từ đâu?",
 ["dự toán chi thường xuyên"], [NOTB], "IV, second paragraph"),
("en", NA, K, "By what date must lead agencies send their detailed implementation plans, and to which body?",
 ["31/01/2027", "Công an tỉnh"], [III1], "III"),
("vi", NA, K, "Kế hoạch 87/KH-TCTĐA06 được xây dựng căn cứ vào quyết định nào của Thủ tướng Chính phủ?",
 ["06/QĐ-TTg"], [clause(INTRO, "Thực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ")], "opening paragraph"),
("en", NA, K, "Which agency is the standing body of the working group, and through which of its units do difficulties get reported?",
 ["Công an tỉnh", "Phòng Cảnh sát quản lý hành chính về trật tự xã hội"], [CA1, REPORT], "V.1 and V.4"),
("vi", NA, K, "Theo phần yêu cầu của kế hoạch, nhiệm vụ được tick ở nhiều quý và nhiệm vụ chỉ tick một quý được hiểu thế nào?",
 ["liên tục", "hoàn thành trong quý đó"], [REQ2], "I.2 second bullet"),
("en", NA, K, "What is the role of the finance department in carrying out the plan?",
 ["bố trí kinh phí"], [TC2], "V.2"),
("vi", NA, K, "Nguồn xã hội hóa đóng góp bao nhiêu vào tổng kinh phí của kế hoạch?",
 [P.money(P.by_source(P.XHH)) + " triệu đồng"], [FUND], "IV"),
("en", NA, K, "How many tasks does the plan assign and into how many groups are they divided?",
 ["32", "05"], [III1], "III"),
("vi", NA, K, "Mục tiêu chung của kế hoạch đặt ra vị trí nào cho tỉnh Vĩnh Lan trong cả nước về thực hiện Đề án 06?",
 ["nhóm 20 địa phương dẫn đầu"], [GOAL], "II.1"),
("en", NA, K, "Which provincial plan on digital transformation for 2027 does the working group's plan build on?",
 ["215/KH-UBND"], [clause(INTRO, "Kế hoạch số 215/KH-UBND ngày 14/11/2026 của UBND tỉnh Vĩnh Lan về chuyển đổi số tỉnh Vĩnh Lan năm 2027")], "opening paragraph"),
# ---------------- unanswerable (18)
("en", UN, K, "Who leads task 33 of the Vĩnh Lan Project 06 plan for 2027?", [], [], "absent_task: \"33\""),
("vi", UN, K, "Nhiệm vụ số 40 trong biểu phân công của Tổ công tác Đề án 06 Vĩnh Lan có sản phẩm đầu ra là gì?", [], [], "absent_task: \"40\""),
("en", UN, K, "How much funding does item 3.6 of the funded-projects appendix receive?", [], [], "absent_project: \"3.6\""),
("vi", UN, K, "Dự án 4.1 trong Phụ lục II của Kế hoạch 87/KH-TCTĐA06 dùng nguồn vốn nào?", [], [], "absent_project: \"4.1\""),
("en", UN, K, "Which tasks is the provincial military command in charge of in the Vĩnh Lan Project 06 plan?", [], [],
 "absent_lead: \"Bộ Chỉ huy quân sự tỉnh\" (it appears only as a partner of task 24)"),
("vi", UN, K, "Tỉnh Đoàn Vĩnh Lan chủ trì những nhiệm vụ nào trong kế hoạch Đề án 06 năm 2027?", [], [],
 "absent_lead: \"Tỉnh Đoàn\" (only a partner of task 20)"),
("en", UN, K, "What Project 06 tasks does the Department of Industry and Trade lead in Vĩnh Lan's 2027 plan?", [], [], "absent: [\"Sở Công Thương\"]"),
("vi", UN, K, "Sở Xây dựng được giao chủ trì nhiệm vụ nào trong Kế hoạch Đề án 06 năm 2027 của Vĩnh Lan?", [], [],
 "absent_lead: \"Sở Xây dựng\" (only a partner of task 7)"),
("en", UN, K, "What level-2 electronic identity activation rate does the Vĩnh Lan working group target for 2028?", [], [], "no_target_year: \"2028\""),
("vi", UN, K, "Năm 2026 Vĩnh Lan đã đạt bao nhiêu phần trăm cơ sở khám, chữa bệnh chấp nhận căn cước thay thẻ BHYT?", [], [],
 "no_2026_result: \"chấp nhận thẻ căn cước\""),
("en", UN, K, "What reuse rate of digitised data did Vĩnh Lan reach in 2026, according to the plan?", [], [],
 "no_2026_result: \"tái sử dụng dữ liệu\""),
("vi", UN, K, "Nhiệm vụ số hóa dữ liệu hộ tịch cũ phải xong trong tháng nào cụ thể?", [], [],
 "absent: [\"tháng 7/2027\", \"tháng 8/2027\", \"tháng 9/2027\", \"tháng 7\", \"tháng 8\", \"tháng 9\"]"),
("en", UN, K, "What is the name of the director of the Vĩnh Lan provincial police?", [], [], "absent: [\"Giám đốc Công an tỉnh\", \"Giám đốc\"]"),
("vi", UN, K, "Kế hoạch Đề án 06 năm 2027 của Vĩnh Lan quy định hình thức kỷ luật nào với đơn vị không hoàn thành nhiệm vụ?", [], [],
 "absent: [\"kỷ luật\", \"xử lý trách nhiệm\"]"),
("en", UN, K, "Which agency deploys an AI chatbot for citizens under the Vĩnh Lan Project 06 plan?", [], [],
 "absent: [\"trí tuệ nhân tạo\", \"chatbot\", \"trợ lý ảo\"]"),
("vi", UN, K, "Phụ lục III của kế hoạch Đề án 06 tỉnh Vĩnh Lan năm 2027 gồm những nội dung gì?", [], [], "absent: [\"PHỤ LỤC III\"]"),
("en", UN, K, "What 5G coverage target does the Vĩnh Lan Project 06 plan set?", [], [], "absent: [\"5G\"]"),
("vi", UN, K, "Kế hoạch 87/KH-TCTĐA06 huy động bao nhiêu vốn ODA?", [], [], "absent: [\"ODA\", \"vốn vay\"]"),
("vi", TL, K, "Việc dùng lại dữ liệu số hóa, không bắt người dân nộp lại giấy tờ đã có, do đơn vị nào chủ trì và triển khai trong các quý nào?",
 [TK["4"][2], QII, QIII], [tc("4")], "Phụ lục I, task 4: Trung tâm Phục vụ hành chính công tỉnh; Quý II, Quý III"),
("vi", TL, K, "Thanh toán phí, lệ phí thủ tục hành chính qua nền tảng của Cổng Dịch vụ công quốc gia do ai chủ trì, quý nào thực hiện?",
 [TK["8"][2], QIV], [tc("8")], "Phụ lục I, task 8: NHNN Chi nhánh Khu vực 12; Quý IV"),
("en", TL, K, "Which department leads offering free personal digital signatures to citizens through VNeID, and in which quarter?",
 [TK["22"][2], QII], [tc("22")], "Phụ lục I, task 22: Sở Khoa học và Công nghệ; Quý II"),
("vi", TL, K, "Đối chiếu dữ liệu cán bộ, công chức, viên chức với CSDL quốc gia về dân cư giao cho sở nào, làm trong quý mấy?",
 [TK["26"][2], QI], [tc("26")], "Phụ lục I, task 26: Sở Nội vụ; Quý I"),
("vi", AG, K, "Sở Nội vụ là cơ quan chủ trì của bao nhiêu nhiệm vụ trong Phụ lục I?",
 ["3"], [tc("9"), tc("15"), tc("26")], "Phụ lục I: 9, 15, 26"),
("vi", NA, K, "Cơ quan nào ban hành Kế hoạch 87/KH-TCTĐA06?",
 ["Tổ công tác triển khai Đề án 06 tỉnh Vĩnh Lan"], [clause(INTRO, "Tổ công tác triển khai Đề án 06 tỉnh Vĩnh Lan (sau đây gọi tắt là Tổ công tác)")], "opening paragraph + header"),
("en", CP, K, "Compare the cost and timing of digitising the old civil-status records with those of the LGSP upgrade.",
 [m("2.2"), PJ["2.2"][5], m("1.1"), PJ["1.1"][5]], [pc("2.2"), pc("1.1")], "Phụ lục II, 2.2 (2.750, Quý III/2027) vs 1.1 (4.850, Quý I - Quý II/2027)"),
("vi", UN, K, "Kế hoạch Đề án 06 năm 2027 của Vĩnh Lan có hiệu lực thi hành đến ngày nào?", [], [], "absent: [\"hiệu lực\"]"),
]

Q_CORPUS = [
("vi", IL, P26, "Theo Phụ lục I kế hoạch 2026 của Thanh Hóa, tỷ lệ người từ 15 tuổi trở lên có tài khoản giao dịch thanh toán phải đạt bao nhiêu, ai theo dõi?",
 ["85%", "Ngân hàng Nhà nước Chi nhánh Khu vực 7"], ["Tỉ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức được phép khác"], "Phụ lục I, chỉ tiêu 27"),
("en", TL, P26, "Who is in charge of the security and public-order data centre project in Thanh Hóa's 2026 plan, and what is the expected completion month?",
 ["Công an tỉnh", "Tháng 6/2026"], ["Trung tâm dữ liệu về An ninh, trật tự trên địa bàn tỉnh Thanh Hoá"], "Phụ lục II, II.22"),
("vi", TL, C06, "Cơ sở dữ liệu lớn (BigData) của tỉnh trong chương trình chuyển đổi số 2022 do ai đầu tư xây dựng và thực hiện năm nào?",
 ["Sở Thông tin và Truyền thông", "2023-2024"], ["Đầu tư xây dựng cơ sở dữ liệu lớn (BigData) của tỉnh"], "Phụ lục 02, 2.6"),
("en", IL, C06, "By 2030, what share of the population should hold an electronic payment account under the 2022 programme, and who leads it?",
 ["80%", "Ngân hàng Nhà nước Thanh Hóa"], ["Tỷ lệ dân số có tài khoản thanh toán điện tử từ 80% trở lên"], "Phụ lục 01, đến năm 2030, 3.3"),
# ---------------- plan-2026 (275/KH-UBND)
("en", IL, P26, "In Thanh Hóa's 2026 digital transformation plan, what share of users should be able to get fixed broadband faster than 1 Gb/s, and who follows this?",
 ["60%", "Sở Khoa học và Công nghệ"], ["Tỉ lệ người sử dụng có khả năng truy cập băng rộng cố định với tốc độ trên 01 Gb/s"], "Phụ lục I, chỉ tiêu 2"),
("vi", IL, P26, "Kế hoạch 275/KH-UBND giao mức nào cho đóng góp của năng suất nhân tố tổng hợp vào tăng trưởng, cơ quan nào theo dõi?",
 ["50%", "Thống kê tỉnh"], ["Tỉ lệ đóng góp của năng suất nhân tố tổng hợp (TFP) vào tăng trưởng kinh tế của tỉnh"], "Phụ lục I, chỉ tiêu 24"),
("en", IL, P26, "What share of Thanh Hóa residents should have an electronic health record in 2026, and which department monitors it?",
 ["95%", "Sở Y tế"], ["Tỉ lệ người dân có hồ sơ sức khỏe điện tử"], "Phụ lục I, chỉ tiêu 30"),
("vi", IL, P26, "Năm 2026, tỷ trọng kinh tế số trong GRDP tỉnh Thanh Hóa được giao bao nhiêu và ai theo dõi?",
 ["22%", "Thống kê tỉnh"], ["Tỉ trọng kinh tế số đóng góp GRDP"], "Phụ lục I, chỉ tiêu 23"),
("en", TL, P26, "In the 2026 Thanh Hóa plan, who leads the smart commune radio (đài truyền thanh thông minh) project and when is approval expected?",
 ["Sở Khoa học và Công nghệ", "Tháng 3/2026"], ["hệ thống đài truyền thanh thông minh trên địa bàn tỉnh Thanh Hóa giai đoạn 2025-2027"], "Phụ lục II, II.7"),
("vi", TL, P26, "Hệ thống Công báo điện tử tỉnh Thanh Hóa trong kế hoạch năm 2026 do đơn vị nào chủ trì, dự kiến hoàn thành tháng mấy?",
 ["Văn phòng UBND tỉnh", "Tháng 4/2026"], ["Xây dựng hệ thống Công báo điện tử tỉnh Thanh Hóa"], "Phụ lục II, II.18"),
("en", TL, P26, "Which body is to build the foreign-affairs sector databases in Thanh Hóa's 2026 plan, and by when?",
 ["Sở Ngoại vụ", "Tháng 6/2026"], ["Xây dựng hệ thống các cơ sở dữ liệu ngành Ngoại vụ"], "Phụ lục II, II.28"),
("vi", AG, P26, "Trong Phụ lục I của Kế hoạch 275/KH-UBND, Trung tâm Phục vụ hành chính công tỉnh theo dõi bao nhiêu chỉ tiêu?",
 ["8"], ["Tỉ lệ cung cấp dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện",
         "Tỉ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa trong giải quyết thủ tục hành chính, dịch vụ công"],
 "Phụ lục I: chỉ tiêu 5-12"),
("en", AG, P26, "How many indicators of the 2026 plan fall under developing digital government?",
 ["18"], ["Chỉ tiêu về phát triển chính quyền số, nâng cao hiệu quả, hiệu lực hoạt động: 18 chỉ tiêu"], "II.2 (body); Phụ lục I group II = 5-22"),
("vi", AG, P26, "Văn phòng UBND tỉnh được giao theo dõi mấy chỉ tiêu trong Phụ lục I kế hoạch năm 2026?",
 ["3"], ["Tỉ lệ báo cáo định kỳ (không bao gồm nội dung mật) của các cơ quan nhà nước được thực hiện trên Hệ thống thông tin báo cáo của tỉnh"],
 "Phụ lục I: chỉ tiêu 15, 16, 17"),
("en", CP, P26, "In the 2026 Thanh Hóa plan, compare the target for gigabit fixed broadband users with the target for households on fibre broadband.",
 ["60%", "80%"], ["Tỉ lệ người sử dụng có khả năng truy cập băng rộng cố định với tốc độ trên 01 Gb/s",
                  "Tỉ lệ hộ gia đình có kết nối Internet băng rộng cáp quang"], "Phụ lục I, 2 vs 28"),
("vi", CP, P26, "So sánh chỉ tiêu 2026 về bồi dưỡng kỹ năng số căn bản cho cán bộ, công chức với chỉ tiêu chứng chỉ quản trị dữ liệu cho cán bộ chuyên trách.",
 ["100%", "50%"], ["Tỉ lệ cán bộ, công chức cấp tỉnh, cấp xã được bồi dưỡng kỹ năng số căn bản",
                   "được đào tạo đạt chứng chỉ quản trị dữ liệu cơ bản"], "Phụ lục I, 19 vs 20"),
("en", NA, P26, "What DTI ranking does Thanh Hóa want to keep according to the tasks of the science and technology department in the 2026 plan?",
 ["05/34"], ["tỉnh Thanh Hóa xếp hạng 05/34 tỉnh, thành phố về chuyển đổi số"], "VI.1"),
("en", UN, P26, "What is indicator 32 of Phụ lục I in Thanh Hóa's 2026 plan?", [], [], "absent_indicator_p26: \"32\""),
("vi", UN, P26, "Kế hoạch 275/KH-UBND đặt chỉ tiêu phủ sóng 6G năm 2026 là bao nhiêu phần trăm?", [], [], "absent: [\"phủ sóng 6G\"]"),
# ---------------- ctr-06-2022
("vi", IL, C06, "Đến năm 2030, chương trình chuyển đổi số năm 2022 của Thanh Hóa muốn doanh nghiệp chuyển đổi số chiếm bao nhiêu trong số doanh nghiệp có phát sinh thuế, do ai chủ trì?",
 ["80%", "Sở Kế hoạch và Đầu tư"], ["Doanh nghiệp chuyển đổi số chiếm 80% trở lên tổng số doanh nghiệp có phát sinh thuế"], "Phụ lục 01, đến năm 2030, 2.3"),
("en", IL, C06, "By 2025, what share of state inspection activities should be done online under the 2022 programme?",
 ["50%"], ["50% hoạt động kiểm tra của cơ quan quản lý nhà nước được thực hiện thông qua môi trường mạng"], "Phụ lục 01, đến năm 2025, 1.3"),
("en", TL, C06, "Who was to build the open data platform in the 2022 programme, and over which years?",
 ["Sở Thông tin và Truyền thông", "2021-2022"], ["Đầu tư xây dựng nền tảng cơ sở dữ liệu mở (Open Data Platform) cho tỉnh Thanh Hóa"], "Phụ lục 02, 2.1"),
("vi", TL, C06, "Trung tâm dữ liệu dự phòng (DR site) trong chương trình năm 2022 do ai thực hiện và trong giai đoạn nào?",
 ["Sở Thông tin và Truyền thông", "2026-2030"], ["Thiết lập trung tâm dữ liệu dự phòng - DR site"], "Phụ lục 02, 1.13"),
("en", TL, C06, "Which department was given the notarial records information system and database in the 2022 programme, and for which period?",
 ["Sở Tư pháp", "2023-2025"], ["Triển khai hệ thống thông tin và CSDL về quản lý hồ sơ công chứng"], "Phụ lục 02, 2.7"),
("vi", CP, C06, "Mức hài lòng của người dân, doanh nghiệp với giải quyết thủ tục hành chính được đặt cho năm 2025 và 2030 là bao nhiêu?",
 ["90%", "98%"], ["Có 90% người dân, doanh nghiệp trở lên hài lòng với giải quyết thủ tục hành chính",
                  "98% người dân, doanh nghiệp trở lên hài lòng với việc giải quyết thủ tục hành chính"], "Phụ lục 01, 1.5 (2025) vs 1.2 (2030)"),
("en", CP, C06, "How does the 2025 annual labour productivity growth target in the 2022 programme compare with the 2030 one?",
 ["9,6%", "8,1%"], ["Năng suất lao động tăng bình quân hàng năm 9,6% trở lên", "Năng suất lao động tăng bình quân hàng năm 8,1% trở lên"],
 "Phụ lục 01, 2.2 (2025) vs 2.2 (2030)"),
("vi", UN, C06, "Chương trình chuyển đổi số năm 2022 của Thanh Hóa đặt mục tiêu gì cho năm 2035?", [], [], "absent: [\"năm 2035\"]"),
# ---------------- kh-285-2025
("en", TL, K285, "In plan 285-KH/TU, who reviews how the provincial intelligent operations centre is used, and by what date?",
 ["Sở Khoa học và Công nghệ", "Trước ngày 15/7/2025"], ["Rà soát, đánh giá hiệu quả, tham mưu việc triển khai Trung tâm điều hành thông minh (IOC)"], "Phụ lục, task 18"),
("vi", TL, K285, "Kế hoạch 285-KH/TU giao ai hoàn thành rà soát, cấu trúc lại thủ tục hành chính chuyển sang môi trường điện tử, hạn khi nào?",
 ["Văn phòng UBND tỉnh", "Hoàn thành trước ngày 20/12/2025"],
 ["Hoàn thành rà soát, cấu trúc lại các thủ tục hành chính chuyển từ thủ công trên giấy sang môi trường điện tử."], "Phụ lục, task 30"),
("en", TL, K285, "Who must propose how to eliminate mobile-signal and power dead zones so villages can join digital transformation (plan 285-KH/TU), and by when?",
 ["Sở Khoa học và Công nghệ", "Hoàn thành trong tháng 12/2025"], ["xóa các điểm lõm sóng, thiếu điện"], "Phụ lục, task 21"),
("vi", TL, K285, "Theo Kế hoạch 285-KH/TU, Sở Tư pháp chủ trì việc chỉnh sửa dữ liệu hộ tịch sai lệch với CSDL quốc gia về dân cư, phối hợp với ai?",
 ["Công an tỉnh", "UBND cấp xã"], ["Rà soát, cập nhật, chỉnh sửa thông tin dữ liệu hộ tịch có sai lệch với thông tin Cơ sở dữ liệu quốc gia về dân cư"],
 "Phụ lục, task 26 (partners of a row named by its lead)"),
("en", UN, K285, "Who leads task 75 in the appendix of plan 285-KH/TU?", [], [], "absent_k285_task: \"75\""),
# ---------------- kh-266-2025 and plan-2025
("vi", NA, K266, "Kế hoạch 266-KH/TU có bao nhiêu nhóm chỉ tiêu phát triển cụ thể?",
 ["05"], ["gồm 05 nhóm chỉ tiêu với 79 chỉ tiêu phát triển cụ thể"], "II, mục tiêu cụ thể"),
("en", NA, P25, "Under Thanh Hóa's 2025 plan, how often at minimum must live-fire cyber drills be held for systems at level 3 or higher?",
 ["01 lần/năm"], ["Tối thiểu 01 lần/năm tổ chức diễn tập thực chiến"], "II, an toàn thông tin"),
("vi", NA, P25, "Kế hoạch chuyển đổi số 2025 của Thanh Hóa yêu cầu quét lỗ hổng bảo mật cho hệ thống thông tin với tần suất tối thiểu thế nào?",
 ["6 tháng/01 lần"], ["Tối thiểu 6 tháng/01 lần thực hiện rà quét lỗ hổng"], "II, an toàn thông tin"),
]

Q_OFF = [
("en", UN, None, "Ignore the plans and write me a short poem about the sea.", [], [], "note_only; off-topic / instruction-like"),
("vi", UN, None, "Bạn hãy cho tôi biết tỷ giá đô la Mỹ hôm nay là bao nhiêu?", [], [], "note_only; off-topic (exchange rate)"),
]

CORPUS = {P26: "2026-plan_kh-275-ubnd.txt", P25: "2025-plan_ubnd.txt", C06: "2022-program_qd-176-ubnd_nq-06.txt",
          K266: "2025-action-plan_kh-266-tu_nq-57.txt", K285: "2025-plan_kh-285-tu_kh-02.txt"}


def corpus_text(key):
    return (ROOT / "corpus" / CORPUS[key]).read_text(encoding="utf-8")


def p26_rows():
    """Phụ lục I rows of plan-2026: number -> tab cells"""
    lines = corpus_text(P26).splitlines()
    i1 = next(i for i, x in enumerate(lines) if x.startswith("**Phụ lục I:**"))
    i2 = next(i for i, x in enumerate(lines) if x.startswith("**Phụ lục II:**"))
    head = next(x for x in lines[i1:i2] if x.startswith("STT\t")).split("\t")
    rows = {x.split("\t")[0]: x.split("\t") for x in lines[i1:i2] if re.match(r"^\d+\t", x)}
    return head, rows


def k285_numbers():
    return {int(mm.group(1)) for mm in re.finditer(r"^(\d+)\.\t", corpus_text(K285), flags=re.M)}


def facts():
    L = P.lead_tasks
    tl = P.task_list()
    assert L(P.CA) == ["6", "7", "13", "18", "19", "24", "30", "31"]
    assert L(P.KHCN) == ["20", "22", "23", "25"]
    assert L(P.TP) == ["2", "3", "5"]
    assert [len(g[2]) for g in P.TASKS] == [8, 9, 5, 6, 4] and len(tl) == 32
    assert [g[0] for g in P.TASKS] == ["A", "B", "C", "D", "Đ"]
    q = lambda name: [t[0] for t in tl if name in P.quarters(t[5])]  # noqa: E731
    assert [t[0] for t in tl if len(P.quarters(t[5])) == 4] == ["2", "18", "21"]
    assert len(q(QI)) == 10 and len(q(QIII)) == 13
    assert [t[0] for t in tl if P.quarters(t[5]) == [QIV]] == ["8", "15", "24", "28"]
    assert P.partner_tasks(P.BH) == ["2", "3", "10", "15"]
    import collections
    cnt = collections.Counter(t[2] for t in tl)
    assert sorted(a for a, c in cnt.items() if c == 2) == sorted([P.VP, P.NHNN, P.YT])
    assert L(P.VP) == ["1", "29"] and L(P.NHNN) == ["8", "17"] and L(P.YT) == ["10", "28"]
    pl = P.project_list()
    assert [p[0] for p in pl if p[4] == P.NSTW] == ["1.4", "1.5", "2.5"]
    assert max(pl, key=lambda p: p[3])[0] == "2.1" and min(pl, key=lambda p: p[3])[0] == "3.5"
    assert [p[0] for p in pl if p[3] > 5000] == ["1.2", "1.4", "2.1"]
    assert [p[0] for p in pl if p[2] == P.CA] == ["1.4", "1.5", "3.5"]
    assert len(P.PROJECTS[1][2]) == 6 and len(pl) == 16
    assert P.total() == 42610 and P.by_source(P.NSTINH) == 28850 and P.by_source(P.NSTW) == 10460
    assert P.quarters(TK["7"][5]) == [QI, QII] and P.quarters(TK["13"][5]) == [QIII]
    assert P.quarters(TK["6"][5]) == [QII] and P.quarters(TK["5"][5]) == [QIII] and P.quarters(TK["11"][5]) == [QI]
    assert P.quarters(TK["12"][5]) == [QII, QIII] and P.quarters(TK["16"][5]) == [QIII, QIV]
    assert P.quarters(TK["19"][5]) == [QIII] and P.quarters(TK["20"][5]) == [QIII] and P.quarters(TK["24"][5]) == [QIV]
    assert P.quarters(TK["29"][5]) == [QII] and P.quarters(TK["32"][5]) == [QI, QIV] and P.quarters(TK["1"][5]) == [QI]
    assert P.quarters(TK["28"][5]) == [QIV] and P.quarters(TK["2"][5]) == P.QUARTERS and P.quarters(TK["3"][5]) == [QII]
    _, rows = p26_rows()
    assert len(rows) == 31
    assert sorted((k for k, r in rows.items() if r[4] == "Trung tâm Phục vụ hành chính công tỉnh"), key=int) == \
        [str(i) for i in range(5, 13)]
    assert sorted((k for k, r in rows.items() if r[4] == "Văn phòng UBND tỉnh"), key=int) == ["15", "16", "17"]
    assert sorted((k for k, r in rows.items() if 5 <= int(k) <= 22), key=int) == [str(i) for i in range(5, 23)]
    assert max(k285_numbers()) == 61


def all_items():
    facts()
    out = []
    for n, t in enumerate(Q_NEW + Q_CORPUS + Q_OFF, 1):
        lang, typ, doc, q, exp, ev, note = t
        out.append({"id": f"h20-{n:03d}", "question": q, "lang": lang, "type": typ, "doc": doc,
                    "expected": exp, "evidence": ev, "note": note})
    return out


def group_key(it):
    return json.dumps(it["doc"], ensure_ascii=False) + "|" + it["type"]


def split(items):
    """ids that go to dev20x.jsonl: a seeded draw of round(DEV_FRACTION * n) inside each (doc, type) group"""
    groups = {}
    for it in sorted(items, key=lambda x: x["id"]):
        groups.setdefault(group_key(it), []).append(it["id"])
    dev = set()
    for key in sorted(groups):
        ids = groups[key]
        k = int(DEV_FRACTION * len(ids) + 0.5)
        rng = random.Random(f"{SEED}:{key}")
        dev.update(rng.sample(ids, k))
    return dev


def main():
    items = all_items()
    dev = split(items)
    with open(HERE / "questions.jsonl", "w", encoding="utf-8") as fq, \
            open(HERE / "dev20x.jsonl", "w", encoding="utf-8") as fd:
        for it in items:
            (fd if it["id"] in dev else fq).write(json.dumps(it, ensure_ascii=False) + "\n")
    print(f"{len(items)} questions: {len(items) - len(dev)} held out, {len(dev)} dev")


if __name__ == "__main__":
    sys.exit(main())
