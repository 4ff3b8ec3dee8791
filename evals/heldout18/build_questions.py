"""Held-out set 18: the questions (HELD OUT -- do not read while developing the assistant) and the seeded split.

Writes questions.jsonl (held out) and dev18.jsonl (development), ids h18-001 ... in one sequence. The split is a
seeded draw inside each (doc, type) group: round(DEV_FRACTION * n) questions of a group go to dev18.jsonl.
Each source tuple: (lang, type, doc, question, expected, evidence, note). Aggregation gold values are asserted in
facts() against plan_source.py (new plan), a parse of the report's Phụ lục 1 pipe rows, a python-docx parse of the
resolution's Phụ lục II table, and the plan-2026 Phụ lục I tab rows.
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

SEED = 20318
DEV_FRACTION = 0.23
K, D, N, P26 = P.KEY, "ducp-402-2025", "nq-24-2026-cp", "plan-2026"
I = {r[0]: r for r in P.indicator_rows()}
T = {t[0]: t for t in P.task_list()}
PR = {p[0]: p for p in P.PROJ}
IL, TL, AG, CP, NA, UN = "indicator_lookup", "task_lookup", "aggregation", "comparison", "narrative", "unanswerable"
ART = {h: ps for h, ps in P.ARTICLES}
PROG = {h: ps for h, ps in P.PROG}


def ic(n):
    return I[n][1]


def tc(n):
    return T[n][1]


Q_NEW = [
# ---------------- indicator_lookup
("en", IL, K, "Under Nhạn Giang province's 2026-2030 digital transformation programme, what share of administrative procedure files should be handled fully online by end-2027, and which body monitors it?",
 ["80 - 85", "TTPVHCC"], [ic("1")], "Phụ lục I, chỉ tiêu 1: Đến hết năm 2027 = 80 - 85 (%); TTPVHCC"),
("vi", IL, K, "Theo Nghị quyết 19/2026/NQ-HĐND của tỉnh Nhạn Giang, mốc năm 2030 cho tỷ lệ hồ sơ TTHC giải quyết toàn trình trực tuyến là bao nhiêu?",
 ["Trên 90"], [ic("1")], "Phụ lục I, chỉ tiêu 1, Đến hết năm 2030 = Trên 90"),
("en", IL, K, "What does the Nhạn Giang programme set for electronic, digitally signed correspondence between state agencies, and who is responsible for tracking it?",
 ["100% (trừ nội dung mật)", "VPUB"], [ic("2")], "Phụ lục I, chỉ tiêu 2: both milestones '100% (trừ nội dung mật)'; VPUB"),
("vi", IL, K, "Đến hết năm 2027 tỉnh Nhạn Giang phải đưa vào vận hành tối thiểu mấy nền tảng dùng chung cấp tỉnh?",
 ["Tối thiểu 3"], [ic("4")], "Phụ lục I, chỉ tiêu 4 (lũy kế), 2027 = Tối thiểu 3 (Nền tảng)"),
("en", IL, K, "How many province-wide shared platforms does Nhạn Giang expect to be running by 2030, cumulatively?",
 ["Tối thiểu 6"], [ic("4")], "Phụ lục I, chỉ tiêu 4, 2030 = Tối thiểu 6"),
("vi", IL, K, "Chỉ tiêu họp không giấy trên phòng họp số của UBND tỉnh Nhạn Giang đặt mức bao nhiêu cho năm 2027?",
 ["70 - 75"], [ic("5")], "Phụ lục I, chỉ tiêu 5, 2027 = 70 - 75"),
("en", IL, K, "In Nhạn Giang, which agency follows the target on commune officials holding and regularly using digital signatures, and what is the 2027 level?",
 ["SNV", "85 - 90"], [ic("6")], "Phụ lục I, chỉ tiêu 6: SNV; 2027 = 85 - 90"),
("vi", IL, K, "Tỉnh Nhạn Giang đặt mục tiêu đến năm 2030 có ít nhất bao nhiêu cơ sở dữ liệu chuyên ngành kết nối qua LGSP?",
 ["Tối thiểu 20"], [ic("7")], "Phụ lục I, chỉ tiêu 7, 2030 = Tối thiểu 20"),
("en", IL, K, "For cleaning land records and syncing them with the national land database, what is Nhạn Giang's end-2027 goal and who watches over it?",
 ["75 - 80", "SNNMT"], [ic("8")], "Phụ lục I, chỉ tiêu 8: 2027 = 75 - 80; SNNMT"),
("vi", IL, K, "Số bộ dữ liệu mở tỉnh Nhạn Giang phải công bố đến hết năm 2027 là bao nhiêu?",
 ["Tối thiểu 40"], [ic("9")], "Phụ lục I, chỉ tiêu 9, 2027 = Tối thiểu 40"),
("en", IL, K, "What proportion of residents' electronic health records should be fully up to date in Nhạn Giang by 2030, and which department tracks this?",
 ["Trên 95", "SYT"], [ic("10")], "Phụ lục I, chỉ tiêu 10: 2030 = Trên 95; SYT"),
("vi", IL, K, "Chỉ tiêu về hộ kinh doanh, doanh nghiệp có mã định danh được xác thực qua VNeID ở Nhạn Giang do cơ quan nào theo dõi, mốc 2027 là bao nhiêu?",
 ["CAT", "60 - 65"], [ic("11")], "Phụ lục I, chỉ tiêu 11: CAT; 2027 = 60 - 65"),
("en", IL, K, "How big should the digital economy be as a share of Nhạn Giang's GRDP by the end of 2027?",
 ["Tối thiểu 15"], [ic("12")], "Phụ lục I, chỉ tiêu 12, 2027 = Tối thiểu 15 (%)"),
("vi", IL, K, "Mục tiêu thanh toán không tiền mặt ở các chợ truyền thống loại 1, loại 2 của Nhạn Giang đến năm 2030 là bao nhiêu, sở nào theo dõi?",
 ["Trên 80", "SCT"], [ic("13")], "Phụ lục I, chỉ tiêu 13: 2030 = Trên 80; SCT"),
("en", IL, K, "How many OCOP products does Nhạn Giang want listed on e-commerce marketplaces by 2030?",
 ["Tối thiểu 250"], [ic("14")], "Phụ lục I, chỉ tiêu 14, 2030 = Tối thiểu 250 (Sản phẩm)"),
("vi", IL, K, "Đến hết năm 2027, tỷ lệ doanh nghiệp trong Khu kinh tế của tỉnh Nhạn Giang dùng khai báo, cấp phép điện tử phải đạt mức nào?",
 ["Trên 70", "BQLKKT"], [ic("15")], "Phụ lục I, chỉ tiêu 15: 2027 = Trên 70; BQLKKT"),
("en", IL, K, "What number of digital technology firms should be operating in Nhạn Giang by 2030 according to the HĐND programme?",
 ["Tối thiểu 800"], [ic("16")], "Phụ lục I, chỉ tiêu 16, 2030 = Tối thiểu 800 (Doanh nghiệp)"),
("vi", IL, K, "Chỉ tiêu hộ gia đình có cáp quang băng rộng của tỉnh Nhạn Giang giao cho ai theo dõi và mốc 2027 là bao nhiêu?",
 ["DNVT", "Trên 90"], [ic("17")], "Phụ lục I, chỉ tiêu 17: DNVT; 2027 = Trên 90"),
("en", IL, K, "What 4G/5G coverage should remote villages in Nhạn Giang reach by end-2027?",
 ["95 - 98"], [ic("18")], "Phụ lục I, chỉ tiêu 18, 2027 = 95 - 98"),
("vi", IL, K, "Tỉnh Nhạn Giang muốn bao nhiêu phần trăm người từ 15 tuổi trở lên được phổ cập kỹ năng số cơ bản vào năm 2030?",
 ["Trên 90", "SGDĐT"], [ic("19")], "Phụ lục I, chỉ tiêu 19: 2030 = Trên 90; SGDĐT"),
("en", IL, K, "How many tourist sites in Nhạn Giang should have multilingual automated audio guides by 2027, and which department is accountable?",
 ["Tối thiểu 25", "SVHTTDL"], [ic("21")], "Phụ lục I, chỉ tiêu 21: 2027 = Tối thiểu 25 (Điểm); SVHTTDL"),
("vi", IL, K, "Về phê duyệt hồ sơ cấp độ an toàn thông tin cho hệ thống của cơ quan nhà nước, Nhạn Giang đặt mục tiêu 2027 bao nhiêu và ai theo dõi?",
 ["100", "CAT"], [ic("22")], "Phụ lục I, chỉ tiêu 22: 2027 = 100; CAT"),
# ---------------- task_lookup
("en", TL, K, "Who is in charge of drafting Nhạn Giang's rules on managing, connecting and sharing provincial data, and when is it due?",
 ["SKHCN", "Quý III/2026"], [tc("1")], "Phụ lục II, nhiệm vụ 1: SKHCN; Quý III/2026; phối hợp STP; CAT"),
("vi", TL, K, "Nhiệm vụ ban hành chính sách hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số ở Nhạn Giang do cơ quan nào chủ trì, sản phẩm là gì?",
 ["STC", "Nghị quyết của HĐND tỉnh"], [tc("2")], "Phụ lục II, nhiệm vụ 2: STC; Nghị quyết của HĐND tỉnh; Năm 2027"),
("en", TL, K, "Which body leads the mechanism for renting IT services for state agencies in Nhạn Giang, and what is the deadline?",
 ["STC", "Quý IV/2026"], [tc("3")], "Phụ lục II, nhiệm vụ 3: STC; Quý IV/2026"),
("vi", TL, K, "Ai chủ trì việc rà soát, tái cấu trúc quy trình TTHC trước khi số hóa theo Chương trình của Nhạn Giang, làm trong thời gian nào?",
 ["VPUB", "2026 - 2027"], [tc("4")], "Phụ lục II, nhiệm vụ 4: VPUB; 2026 - 2027"),
("en", TL, K, "By when must Nhạn Giang issue the ranking rules for how digitally mature its departments and communes are, and what is the output?",
 ["Quý II/2026", "Bộ chỉ số đánh giá"], [tc("5")], "Phụ lục II, nhiệm vụ 5: Quý II/2026; Bộ chỉ số đánh giá; SKHCN"),
("vi", TL, K, "Việc nâng cấp Trung tâm dữ liệu tỉnh Nhạn Giang lên Tier III do ai chủ trì, ai phối hợp?",
 ["SKHCN", "STC; DNVT"], [tc("6")], "Phụ lục II, nhiệm vụ 6: SKHCN; phối hợp STC; DNVT; 2026 - 2028"),
("en", TL, K, "Who is tasked with eliminating mobile dead zones in Nhạn Giang's villages, and by when?",
 ["DNVT", "Năm 2027"], [tc("7")], "Phụ lục II, nhiệm vụ 7: DNVT; Năm 2027"),
("vi", TL, K, "Đơn vị nào phối hợp với SKHCN để đưa mạng truyền số liệu chuyên dùng về tất cả xã, phường ở Nhạn Giang?",
 ["BĐT"], [tc("8")], "Phụ lục II, nhiệm vụ 8: chủ trì SKHCN; phối hợp BĐT; Quý IV/2026"),
("en", TL, K, "Which agency runs the project to set up Nhạn Giang's cybersecurity operations centre, and what result is expected?",
 ["CAT", "SOC vận hành 24/7"], [tc("9")], "Phụ lục II, nhiệm vụ 9: CAT; SOC vận hành 24/7; Năm 2027"),
("vi", TL, K, "Camera AI giám sát giao thông, an ninh trật tự tại các nút giao trọng điểm của Nhạn Giang được triển khai trong giai đoạn nào và ai phối hợp?",
 ["2026 - 2029", "SXD; UBND cấp xã"], [tc("10")], "Phụ lục II, nhiệm vụ 10: CAT; SXD; UBND cấp xã; 2026 - 2029"),
("en", TL, K, "Who leads the IoT network for environmental and hydrological monitoring in Nhạn Giang and over what period?",
 ["SNNMT", "2027 - 2029"], [tc("11")], "Phụ lục II, nhiệm vụ 11: SNNMT; 2027 - 2029"),
("vi", TL, K, "Kho dữ liệu dùng chung của tỉnh Nhạn Giang do cơ quan nào xây dựng và hoàn thành khi nào?",
 ["SKHCN", "2026 - 2027"], [tc("12")], "Phụ lục II, nhiệm vụ 12: SKHCN; 2026 - 2027"),
("en", TL, K, "Which department builds the database of household businesses linked to e-ID numbers in Nhạn Giang, and what is the deadline?",
 ["STC", "Năm 2028"], [tc("14")], "Phụ lục II, nhiệm vụ 14: STC; CAT; UBND cấp xã; Năm 2028"),
("vi", TL, K, "Chương trình Nhạn Giang yêu cầu số hóa bao nhiêu trang hồ sơ lưu trữ lịch sử, ai chủ trì?",
 ["Tối thiểu 2 triệu trang", "SNV"], [tc("15")], "Phụ lục II, nhiệm vụ 15: SNV; Tối thiểu 2 triệu trang tài liệu được số hóa; 2026 - 2030"),
("en", TL, K, "Who is responsible for the planning, construction and housing database in Nhạn Giang, and who supports it?",
 ["SXD", "SNNMT"], [tc("17")], "Phụ lục II, nhiệm vụ 17: SXD; phối hợp SNNMT; Năm 2028"),
("vi", TL, K, "Việc đưa hồ sơ sức khỏe điện tử lên VNeID ở Nhạn Giang phải xong vào lúc nào và sở nào chủ trì?",
 ["Quý IV/2026", "SYT"], [tc("18")], "Phụ lục II, nhiệm vụ 18: SYT; CAT; Quý IV/2026"),
("en", TL, K, "When should Nhạn Giang's administrative-procedure information system upgrade be finished, and who owns it?",
 ["Quý II/2027", "TTPVHCC"], [tc("19")], "Phụ lục II, nhiệm vụ 19: TTPVHCC; Quý II/2027"),
("vi", TL, K, "Ở Nhạn Giang, phòng họp số và trợ lý ảo cho cán bộ, công chức do cơ quan nào triển khai, hạn năm nào?",
 ["VPUB", "Năm 2027"], [tc("20")], "Phụ lục II, nhiệm vụ 20: VPUB; Năm 2027"),
("en", TL, K, "Who extends the smart-city operations centre (IOC) down to commune level in Nhạn Giang, and when?",
 ["SKHCN", "2027 - 2028"], [tc("21")], "Phụ lục II, nhiệm vụ 21: SKHCN; UBND cấp xã; 2027 - 2028"),
("vi", TL, K, "Nhiệm vụ thanh toán trực tuyến phí, lệ phí TTHC của tỉnh Nhạn Giang đặt kết quả gì và ai phối hợp?",
 ["Tỷ lệ thanh toán trực tuyến trên 70%", "STC; BĐT"], [tc("22")], "Phụ lục II, nhiệm vụ 22: TTPVHCC; STC; BĐT; Hằng năm"),
("en", TL, K, "Which agency leads the AI chatbot for answering citizens' feedback in Nhạn Giang, and by which year?",
 ["SKHCN", "Năm 2028"], [tc("23")], "Phụ lục II, nhiệm vụ 23: SKHCN; VPUB; Năm 2028"),
("vi", TL, K, "Ai chủ trì số hóa quy trình thanh tra, tiếp công dân, giải quyết khiếu nại ở Nhạn Giang, sản phẩm là gì?",
 ["STP", "Phần mềm quản lý khiếu nại, tố cáo"], [tc("25")], "Phụ lục II, nhiệm vụ 25: STP; Năm 2027"),
("en", TL, K, "Who runs the 'digital literacy for all' movement for residents in Nhạn Giang, and how often?",
 ["SGDĐT", "Hằng năm"], [tc("28")], "Phụ lục II, nhiệm vụ 28: SGDĐT; UBND cấp xã; SKHCN; Hằng năm"),
("vi", TL, K, "Theo Phụ lục II của Nhạn Giang, mỗi năm phải bồi dưỡng kỹ năng số cho ít nhất bao nhiêu lượt cán bộ, công chức, viên chức?",
 ["Tối thiểu 3.000 lượt người được bồi dưỡng", "SNV"], [tc("29")], "Phụ lục II, nhiệm vụ 29: SNV; Hằng năm"),
("en", TL, K, "Who leads support for digital start-ups and incubation in Nhạn Giang, and which agencies help?",
 ["SKHCN", "STC; BQLKKT"], [tc("31")], "Phụ lục II, nhiệm vụ 31: SKHCN; STC; BQLKKT; 2027 - 2030"),
("vi", TL, K, "Cấp phép, khai báo điện tử cho doanh nghiệp trong Khu kinh tế tỉnh Nhạn Giang phải hoàn thành thời điểm nào?",
 ["Quý IV/2027", "BQLKKT"], [tc("32")], "Phụ lục II, nhiệm vụ 32: BQLKKT; Quý IV/2027"),
("en", TL, K, "In Nhạn Giang's project list, who is the investor of the land database completion project, how much is it and over which years?",
 ["SNNMT", "178.000", "2026 - 2027"], [PR["4"][1]], "Phụ lục III, dự án 4 (triệu đồng)"),
("vi", TL, K, "Dự án Trung tâm giám sát, điều hành an toàn an ninh mạng của tỉnh Nhạn Giang có tổng mức đầu tư dự kiến bao nhiêu, vốn từ đâu?",
 ["96.500", "Ngân sách tỉnh"], [PR["2"][1]], "Phụ lục III, dự án 2: CAT; 2026 - 2027; 96.500 triệu đồng; Ngân sách tỉnh"),
("en", TL, K, "How is the first phase of Nhạn Giang's AI camera system to be funded, and what is its estimated cost?",
 ["Ngân sách trung ương hỗ trợ; ngân sách tỉnh", "210.000"], [PR["3"][1]], "Phụ lục III, dự án 3"),
# ---------------- aggregation
("en", AG, K, "How many of the tasks in Nhạn Giang's 2026-2030 programme are led by the Department of Science and Technology?",
 ["10"], [tc(n) for n in ["1", "5", "6"]], "Phụ lục II: SKHCN leads tasks 1, 5, 6, 8, 12, 16, 21, 23, 24, 31 = 10"),
("vi", AG, K, "Sở Tài chính tỉnh Nhạn Giang chủ trì tổng cộng mấy nhiệm vụ trong Phụ lục II?",
 ["3"], [tc("2"), tc("3"), tc("14")], "Phụ lục II: STC leads 2, 3, 14"),
("en", AG, K, "How many tasks in the Nhạn Giang programme have a recurring annual deadline?",
 ["6"], [tc("16"), tc("22"), tc("24")], "Phụ lục II, Thời gian hoàn thành 'Hằng năm': tasks 16, 22, 24, 26, 28, 29 = 6"),
("vi", AG, K, "Nhóm nhiệm vụ phát triển dữ liệu số trong Chương trình của Nhạn Giang gồm bao nhiêu nhiệm vụ?",
 ["7"], ["PHÁT TRIỂN DỮ LIỆU SỐ"], "Phụ lục II group C: tasks 12-18 = 7"),
("en", AG, K, "How many indicators in Nhạn Giang's programme are monitored by the Department of Science and Technology?",
 ["4"], [ic("4"), ic("7")], "Phụ lục I: SKHCN tracks 4, 7, 9, 16 = 4"),
("vi", AG, K, "Có bao nhiêu chỉ tiêu của tỉnh Nhạn Giang đặt mục tiêu đúng 100 (%) cho mốc năm 2030?",
 ["8"], [ic("3"), ic("6")], "Phụ lục I, Đến hết năm 2030 = '100': indicators 3, 6, 8, 15, 17, 18, 20, 22 = 8 (indicator 2 reads '100% (trừ nội dung mật)', not counted)"),
("en", AG, K, "How many indicators fall under the e-government group of Nhạn Giang's target table?",
 ["6"], ["CHÍNH QUYỀN SỐ"], "Phụ lục I group I: indicators 1-6"),
("vi", AG, K, "SKHCN làm chủ đầu tư những dự án nào trong Phụ lục III của Nhạn Giang, mỗi dự án bao nhiêu và cộng lại là bao nhiêu?",
 ["285.000", "64.500", "112.000"], [PR["1"][1], PR["6"][1], PR["7"][1]], "Phụ lục III: projects 1, 6, 7 = 285.000 + 64.500 + 112.000 = 461.500 triệu đồng (value not printed; 3 rows)"),
("en", AG, K, "How many of Nhạn Giang's eight investment projects rely only on the provincial budget?",
 ["5"], [PR["1"][1], PR["5"][1]], "Phụ lục III, Nguồn vốn exactly 'Ngân sách tỉnh': projects 1, 2, 5, 6, 8 = 5"),
("vi", AG, K, "Tổng mức đầu tư dự kiến của toàn bộ danh mục dự án Phụ lục III tỉnh Nhạn Giang là bao nhiêu?",
 ["1.126.000"], ["Tổng cộng"], "Phụ lục III, dòng Tổng cộng = 1.126.000 triệu đồng (= 1.126,0 tỷ đồng in Điều 2)"),
("en", AG, K, "How many tasks are the telecom operators in Nhạn Giang asked to support as partners?",
 ["3"], [tc("6"), tc("27"), tc("30")], "Phụ lục II, Cơ quan phối hợp contains DNVT: tasks 6, 27, 30 = 3 (DNVT also leads task 7)"),
("vi", AG, K, "Công an tỉnh Nhạn Giang chủ trì bao nhiêu nhiệm vụ và theo dõi bao nhiêu chỉ tiêu trong Chương trình?",
 ["2"], [tc("9"), tc("10"), ic("11"), ic("22")], "CAT leads tasks 9, 10 (2) and tracks indicators 11, 22 (2)"),
("en", AG, K, "How many tasks in Nhạn Giang's list are due within calendar year 2027 as a whole ('Năm 2027')?",
 ["6"], [tc("2"), tc("7"), tc("9")], "Phụ lục II, deadline 'Năm 2027': tasks 2, 7, 9, 13, 20, 25 = 6 (Quý II/2027 and Quý IV/2027 not counted)"),
("vi", AG, K, "Sở Giáo dục và Đào tạo Nhạn Giang được giao theo dõi những chỉ tiêu nào, tổng cộng mấy chỉ tiêu?",
 ["2"], [ic("19"), ic("20")], "Phụ lục I: SGDĐT tracks 19, 20"),
("en", AG, K, "What are the estimated costs of the projects where Nhạn Giang's provincial police are the investor, and what do they add up to?",
 ["96.500", "210.000"], [PR["2"][1], PR["3"][1]], "Phụ lục III: projects 2 + 3 = 96.500 + 210.000 = 306.500 triệu đồng (not printed)"),
# ---------------- comparison
("en", CP, K, "How does Nhạn Giang's 2027 goal for fully online procedure files compare with the 2030 goal?",
 ["80 - 85", "Trên 90"], [ic("1")], "Phụ lục I, chỉ tiêu 1"),
("vi", CP, K, "Giữa dự án nâng cấp Trung tâm dữ liệu tỉnh và dự án camera AI giai đoạn 1 của Nhạn Giang, dự án nào có tổng mức đầu tư lớn hơn?",
 ["285.000", "210.000"], [PR["1"][1], PR["3"][1]], "Phụ lục III, dự án 1 vs 3"),
("en", CP, K, "Is the provincial budget share of Nhạn Giang's programme funding larger than the central support, and by what figures?",
 ["982,0", "310,0"], ["ngân sách tỉnh 982,0 tỷ đồng"], "Điều 2"),
("vi", CP, K, "Tổng kinh phí Chương trình Nhạn Giang chênh lệch thế nào so với kinh phí của 08 dự án đầu tư?",
 ["1.486,5", "1.126,0"], ["Tổng kinh phí thực hiện Chương trình dự kiến 1.486,5 tỷ đồng", "Kinh phí của 08 dự án đầu tư tại Phụ lục III là 1.126,0 tỷ đồng"], "Điều 2: 1.486,5 vs 1.126,0 tỷ đồng"),
("en", CP, K, "Which is due earlier in Nhạn Giang: upgrading the data centre to Tier III or setting up the SOC?",
 ["2026 - 2028", "Năm 2027"], [tc("6"), tc("9")], "Phụ lục II, nhiệm vụ 6 (2026 - 2028) vs 9 (Năm 2027)"),
("vi", CP, K, "So sánh mục tiêu năm 2030 về số sản phẩm OCOP lên sàn TMĐT và số điểm du lịch được số hóa của Nhạn Giang.",
 ["Tối thiểu 250", "Tối thiểu 60"], [ic("14"), ic("21")], "Phụ lục I, chỉ tiêu 14 vs 21"),
("en", CP, K, "Between the cumulative open data sets and the connected sector databases, which grows more in Nhạn Giang's targets from 2027 to 2030?",
 ["Tối thiểu 40", "Tối thiểu 100", "Tối thiểu 12", "Tối thiểu 20"], [ic("9"), ic("7")], "Phụ lục I, chỉ tiêu 9 (40 -> 100) vs 7 (12 -> 20)"),
("vi", CP, K, "Chỉ tiêu học bạ số và chỉ tiêu phổ cập kỹ năng số ở Nhạn Giang khác nhau thế nào ở mốc năm 2027?",
 ["100", "70 - 75"], [ic("20"), ic("19")], "Phụ lục I, chỉ tiêu 20 (100) vs 19 (70 - 75)"),
("en", CP, K, "Compare the end-2027 targets for home fibre broadband and for 4G/5G coverage of remote villages in Nhạn Giang.",
 ["Trên 90", "95 - 98"], [ic("17"), ic("18")], "Phụ lục I, chỉ tiêu 17 vs 18"),
("vi", CP, K, "Kho dữ liệu dùng chung và dự án số hóa tài liệu lưu trữ lịch sử của Nhạn Giang, dự án nào tốn kém hơn theo Phụ lục III?",
 ["64.500", "92.000"], [PR["6"][1], PR["8"][1]], "Phụ lục III, dự án 6 vs 8"),
# ---------------- narrative
("en", NA, K, "Who signed Nhạn Giang's resolution approving the 2026-2030 digital transformation programme?",
 ["Ngụy Thanh Vỹ"], ["Ngụy Thanh Vỹ"], "signature block: TM. HỘI ĐỒNG NHÂN DÂN, CHỦ TỊCH"),
("vi", NA, K, "Nghị quyết về Chương trình chuyển đổi số tỉnh Nhạn Giang có hiệu lực từ ngày nào?",
 ["25 tháng 4 năm 2026"], [ART["Điều 4. Hiệu lực thi hành"][0]], "Điều 4"),
("en", NA, K, "At which session was the Nhạn Giang digital transformation resolution passed, and on what date?",
 ["kỳ họp thứ mười hai", "14 tháng 4 năm 2026"], [ART["Điều 4. Hiệu lực thi hành"][0]], "Điều 4"),
("vi", NA, K, "HĐND tỉnh Nhạn Giang xem xét tờ trình và báo cáo thẩm tra nào khi thông qua Chương trình chuyển đổi số?",
 ["48/TTr-UBND", "112/BC-KTNS"], [P.CAN_CU[4]], "Căn cứ (Xét ...)"),
("en", NA, K, "What overall ambition does Nhạn Giang's programme set for 2030 in terms of national DTI ranking and digital economy share?",
 ["nhóm 15 tỉnh", "tối thiểu 25% GRDP"], [PROG["I. MỤC TIÊU"][0]], "I.1 Mục tiêu tổng quát"),
("vi", NA, K, "Ngoài các chỉ tiêu trong Phụ lục I, Chương trình của Nhạn Giang còn đặt mục tiêu gì về Tổ công nghệ số cộng đồng?",
 ["100% thôn, tổ dân phố"], [PROG["I. MỤC TIÊU"][1]], "I.2, body-only target (2027)"),
("en", NA, K, "By what date each year must the Department of Science and Technology in Nhạn Giang send the programme's progress report to the provincial People's Committee?",
 ["15 tháng 11"], [PROG["IV. TỔ CHỨC THỰC HIỆN"][0]], "IV.1"),
("vi", NA, K, "Khi nào Chương trình chuyển đổi số Nhạn Giang được sơ kết và tổng kết?",
 ["Quý IV/2028", "Quý IV/2030"], [PROG["IV. TỔ CHỨC THỰC HIỆN"][2]], "IV.3"),
("en", NA, K, "Who is assigned to supervise the implementation of the Nhạn Giang resolution?",
 ["Thường trực Hội đồng nhân dân tỉnh"], [ART["Điều 3. Tổ chức thực hiện"][1]], "Điều 3 khoản 2"),
("vi", NA, K, "Trong Nghị quyết tỉnh Nhạn Giang, chữ viết tắt BQLKKT và TTPVHCC là cơ quan nào?",
 ["Ban Quản lý Khu kinh tế tỉnh", "Trung tâm Phục vụ hành chính công tỉnh"], ["Ban Quản lý Khu kinh tế tỉnh", "Trung tâm Phục vụ hành chính công tỉnh"], "Bảng chữ viết tắt"),
("en", NA, K, "For Nhạn Giang's indicators marked as cumulative, from what date are they counted?",
 ["01/01/2026"], [P.IND_NOTE], "Ghi chú under Phụ lục I"),
("vi", NA, K, "Các sở, ngành và UBND xã, phường ở Nhạn Giang phải gửi kế hoạch hằng năm cho ai, trước ngày nào?",
 ["Sở Khoa học và Công nghệ", "31 tháng 01"], [PROG["IV. TỔ CHỨC THỰC HIỆN"][1]], "IV.2"),
("en", NA, K, "Which Party committee programme does the Nhạn Giang resolution cite as a basis for implementing Resolution 57?",
 ["31-CTr/TU"], [P.CAN_CU[3]], "Căn cứ"),
# ---------------- unanswerable
("en", UN, K, "What is Nhạn Giang's 2028 target for handling procedure files fully online?", [], [],
 "no_year_col: \"2028\"; Phụ lục I has only the milestones end-2027 and end-2030"),
("vi", UN, K, "Chỉ tiêu số 23 trong Phụ lục I của Nghị quyết tỉnh Nhạn Giang là gì?", [], [], "absent_indicator: \"23\""),
("en", UN, K, "Who leads task 33 of Nhạn Giang's digital transformation programme?", [], [], "absent_task: \"33\""),
("vi", UN, K, "Bưu điện tỉnh Nhạn Giang chủ trì những nhiệm vụ nào trong Chương trình chuyển đổi số?", [], [],
 "absent_lead: \"BĐT\"; BĐT only coordinates (tasks 8, 22, 26)"),
("en", UN, K, "How much money is budgeted for the digital meeting rooms and virtual assistant task in Nhạn Giang?", [], [],
 "no_task_budget; Phụ lục II has no budget column, only project sums in Phụ lục III"),
("vi", UN, K, "Chương trình của Nhạn Giang đặt mục tiêu bao nhiêu trạm 5G đến năm 2030?", [], [], "absent: [\"trạm 5G\", \"trạm phát sóng\"]"),
("en", UN, K, "What is Nhạn Giang's target for 2035 on the digital economy's share of GRDP?", [], [], "no_year_col: \"2035\""),
("vi", UN, K, "Dự án thứ 9 trong danh mục đầu tư Phụ lục III của Nhạn Giang là dự án gì?", [], [], "absent_project: \"9\""),
("en", UN, K, "How many HĐND delegates voted in favour of the Nhạn Giang digital transformation resolution?", [], [],
 "absent: [\"tán thành\", \"biểu quyết\"]"),
("vi", UN, K, "Chương trình của Nhạn Giang có nhiệm vụ nào về phát triển công nghiệp bán dẫn không?", [], [], "absent: [\"bán dẫn\"]"),
("en", UN, K, "What does Nhạn Giang plan for drones in agriculture under its programme?", [], [], "absent: [\"không người lái\", \"drone\", \"flycam\"]"),
("vi", UN, K, "Sở Ngoại vụ Nhạn Giang được giao chủ trì nhiệm vụ gì?", [], [], "absent: [\"Ngoại vụ\"]"),
]


def ducp_rows():
    text = (ROOT / "evals/real/ducp-402-2025.md").read_text(encoding="utf-8")
    part = text.split("## Phụ lục 1")[1].split("## Phụ lục 2")[0]
    rows = []
    for x in part.splitlines():
        c = [y.strip() for y in x.strip().strip("|").split("|")]
        if len(c) == 7 and re.fullmatch(r"\d+\.", c[0]):
            rows.append(c)
    assert len(rows) == 37
    return rows


def nq24_rows():
    import docx
    d = docx.Document(str(ROOT / "evals/real/nq-24-2026-cp.docx"))
    rows, group = [], None
    for r in d.tables[-1].rows:
        cs = []
        for c in r.cells:
            if not cs or c._tc is not cs[-1][0]:
                cs.append((c._tc, c.text.strip()))
        c = [x[1] for x in cs]
        if c[0] in ("I", "II"):
            group = c[0]
        elif re.fullmatch(r"\d+\.", c[0]):
            rows.append([group] + c)
    assert len(rows) == 58
    return rows


DR = {r[0].rstrip("."): r for r in ducp_rows()}
NR = {(r[0], r[1].rstrip(".")): r for r in nq24_rows()}


def dp(n, words=7):
    return " ".join(DR[n][1].split()[:words])


def np_(g, n, words=4):
    return " ".join(NR[(g, n)][2].split()[:words])


Q_DUCP = [
("en", TL, D, "In the Government Party Committee report on Resolution 57, who was responsible for setting up the National Data Committee and what is its status?",
 ["Bộ Công an", "Quá hạn"], [dp("25")], "Phụ lục 1, task 25"),
("vi", TL, D, "Theo Phụ lục 1 báo cáo 402-CV/VPĐU, đề án đánh giá mức độ hoàn thành nhiệm vụ chuyển đổi số của cơ quan nhà nước do bộ nào thực hiện, hạn khi nào?",
 ["Bộ Nội vụ", "Tháng 5/2025"], [dp("3")], "Phụ lục 1, task 3; Đang thực hiện"),
("en", TL, D, "Which ministry handles the monitoring tools for health facilities' data interconnection in the 402 report annex, and is it on time?",
 ["Bộ Y tế", "Quá hạn"], [dp("34")], "Phụ lục 1, task 34, Tháng 4/2025"),
("vi", TL, D, "Nhiệm vụ bố trí ít nhất 3% ngân sách cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trong báo cáo của Đảng ủy Chính phủ do ai thực hiện và tiến độ ra sao?",
 ["Bộ Tài chính", "Hoàn thành"], [dp("8")], "Phụ lục 1, task 8"),
("en", TL, D, "Who was tasked with selecting at least three AI research institutions according to the report's annex, and what did they have to deliver?",
 ["Bộ Giáo dục và Đào tạo"], [dp("30")], "Phụ lục 1, task 30; Hoàn thành"),
("vi", TL, D, "Nghị quyết của Chính phủ về cắt giảm, đơn giản hóa thủ tục hành chính trong Phụ lục 1 báo cáo 402 do cơ quan nào xây dựng, thời hạn nào?",
 ["Văn phòng Chính phủ", "Tháng 4/2025"], [dp("33")], "Phụ lục 1, task 33"),
("en", TL, D, "What progress status does the report give for building the national strategic technology programme, and who is in charge?",
 ["Đang thực hiện", "Bộ Khoa học và Công nghệ"], [dp("20", 8)], "Phụ lục 1, task 20"),
("vi", TL, D, "Việc thu hút 100 chuyên gia giỏi về trí tuệ nhân tạo trong báo cáo 402-CV/VPĐU có thời hạn nào và đã xong chưa?",
 ["Tháng 5/2025", "Hoàn thành"], [dp("29")], "Phụ lục 1, task 29"),
("en", AG, D, "How many tasks in Annex 1 of the Government Party Committee report are marked overdue?",
 ["2"], [dp("25"), dp("34")], "Phụ lục 1, TIẾN ĐỘ 'Quá hạn': tasks 25, 34"),
("vi", AG, D, "Trong Phụ lục 1 báo cáo 402, Bộ Tài chính là cơ quan thực hiện của bao nhiêu nhiệm vụ?",
 ["7"], [dp("8"), dp("10")], "Phụ lục 1: tasks 8, 10, 14, 15, 16, 18, 23 = 7"),
("en", AG, D, "How many annex tasks in the 402 report carried a March 2025 deadline?",
 ["6"], [dp("4"), dp("5")], "Phụ lục 1, 'Tháng 3/2025': tasks 4, 5, 7, 19, 23, 25 = 6"),
("vi", CP, D, "So sánh tiến độ nhiệm vụ xây dựng Chương trình Quốc gia phát triển công nghệ chiến lược với nhiệm vụ xây dựng Danh mục Công nghệ chiến lược trong báo cáo 402.",
 ["Đang thực hiện", "Hoàn thành"], [dp("20", 8), dp("22")], "Phụ lục 1, task 20 vs 22"),
("en", NA, D, "How many 5G base stations did the report say existed, and what share of 4G stations was that?",
 ["11.591", "7,72%"], ["Có 11.591 trạm 5G"], "body II, hạ tầng viễn thông"),
("vi", NA, D, "Báo cáo 402-CV/VPĐU nêu bao nhiêu trung tâm dữ liệu thương mại và tổng công suất thiết kế là bao nhiêu?",
 ["41 DC", "221 MW"], ["Tổng số DC thương mại trên toàn quốc: 41 DC"], "body II, hạ tầng trung tâm dữ liệu"),
("en", UN, D, "What task does row 38 of Annex 1 in the 402 report cover?", [], [], "absent_ducp_task: \"38\""),
("vi", UN, D, "Theo Phụ lục 1 báo cáo 402, Bộ Ngoại giao thực hiện nhiệm vụ nào?", [], [], "absent_ducp_lead: \"Bộ Ngoại giao\""),
]

Q_NQ24 = [
("en", TL, N, "In Resolution 24/2026/NQ-CP, which ministry drafts the amendment to Decree 288/2025/NĐ-CP?",
 ["Bộ Quốc phòng"], [np_("I", "1", 3)], "Phụ lục II, I.1"),
("vi", TL, N, "Nghị định 89/2016/NĐ-CP về đại lý đổi ngoại tệ được sửa những điều nào và ai chủ trì soạn thảo theo Nghị quyết 24/2026/NQ-CP?",
 ["Ngân hàng Nhà nước Việt Nam", "Điều 4, Điều 5, Điều 6, Điều 6a, Điều 6đ"], [np_("I", "20", 4)], "Phụ lục II, I.20"),
("en", TL, N, "Which provisions of the decree on foreign workers (219/2025) are to be amended under Resolution 24/2026/NQ-CP?",
 ["Điều 15, Điều 27", "Bộ Nội vụ"], [np_("I", "6", 4)], "Phụ lục II, I.6"),
("vi", TL, N, "Theo Nghị quyết 24/2026/NQ-CP, cơ quan nào soạn thảo sửa đổi Nghị định 88/2012/NĐ-CP về hoạt động thông tin, báo chí?",
 ["Bộ Ngoại giao"], ["Nghị định 88/2012/NĐ-CP"], "Phụ lục II, I.29"),
("en", TL, N, "Which Prime Minister's decision is listed for amendment in Resolution 24/2026/NQ-CP, and who drafts it?",
 ["34/2025/QĐ-TTg", "Bộ Nội vụ"], [np_("II", "1", 4)], "Phụ lục II, II.1"),
("vi", AG, N, "Bộ Xây dựng chủ trì soạn thảo bao nhiêu nghị định trong Phụ lục II Nghị quyết 24/2026/NQ-CP?",
 ["26"], [np_("I", "32", 4)], "Phụ lục II group I: rows 32-57 = 26 (computed)"),
("en", AG, N, "How many decrees in Annex II of Resolution 24/2026/NQ-CP fall to the State Bank of Vietnam?",
 ["7"], [np_("I", "19", 4)], "Phụ lục II group I: rows 19, 20, 24, 25, 26, 27, 28 = 7 (computed)"),
("vi", CP, N, "Nghị quyết 24/2026/NQ-CP giao Bộ Nội vụ hay Bộ Tài chính soạn thảo nhiều nghị định hơn?",
 ["9"], [np_("I", "3", 4), np_("I", "12", 4)], "Phụ lục II group I: Bộ Nội vụ 9 (rows 3-11), Bộ Tài chính 9 (rows 12-18, 21, 22) -- equal (computed)"),
("en", NA, N, "Until when does Resolution 24/2026/NQ-CP remain in force?",
 ["29 tháng 4 năm 2026", "01 tháng 03 năm 2027"], ["Nghị quyết này có hiệu lực thi hành từ ngày 29 tháng 4 năm 2026"], "Điều 6 khoản 1"),
("vi", NA, N, "Nghị quyết 24/2026/NQ-CP giao cơ quan nào theo dõi, đôn đốc, kiểm tra việc thực hiện?",
 ["Bộ Tư pháp"], ["Bộ Tư pháp chịu trách nhiệm theo dõi, đôn đốc, kiểm tra"], "Điều 4 khoản 2"),
("en", NA, N, "Who signed Resolution 24/2026/NQ-CP on behalf of the Government?",
 ["Phạm Thị Thanh Trà"], ["Phạm Thị Thanh Trà"], "signature block: KT. THỦ TƯỚNG, PHÓ THỦ TƯỚNG"),
("vi", UN, N, "Dòng 58 thuộc nhóm nghị định trong Phụ lục II Nghị quyết 24/2026/NQ-CP là văn bản nào?", [], [], "absent_nq24_row: \"58\""),
("en", UN, N, "Which decrees does the Ministry of Health have to redraft under Resolution 24/2026/NQ-CP?", [], [], "absent_nq24_lead: \"Bộ Y tế\""),
]

P26_ROWS = {}


def p26_rows():
    lines = (ROOT / "corpus/2026-plan_kh-275-ubnd.txt").read_text(encoding="utf-8").splitlines()
    i1 = next(i for i, x in enumerate(lines) if x.startswith("**Phụ lục I:**"))
    i2 = next(i for i, x in enumerate(lines) if x.startswith("**Phụ lục II:**"))
    return {x.split("\t")[0]: x.split("\t") for x in lines[i1:i2] if re.match(r"^\d+\t", x) and len(x.split("\t")) > 4}


PR26 = p26_rows()

Q_P26 = [
("en", IL, P26, "In Thanh Hóa's 2026 plan, what 5G coverage target is set and which department tracks it?",
 ["60%", "Sở Khoa học và Công nghệ"], [PR26["1"][1]], "Phụ lục I, chỉ tiêu 1"),
("vi", IL, P26, "Kế hoạch 275/KH-UBND giao chỉ tiêu tỷ trọng kinh tế số trong GRDP năm 2026 là bao nhiêu, ai theo dõi?",
 ["22%", "Thống kê tỉnh"], [PR26["23"][1]], "Phụ lục I, chỉ tiêu 23"),
("en", IL, P26, "What is the 2026 target in Thanh Hóa for households with fibre-optic broadband?",
 ["80%"], [PR26["28"][1]], "Phụ lục I, chỉ tiêu 28"),
("vi", IL, P26, "Chỉ tiêu tỷ lệ giao dịch không dùng tiền mặt năm 2026 của Thanh Hóa là bao nhiêu và do cơ quan nào theo dõi?",
 ["80%", "Ngân hàng Nhà nước Chi nhánh Khu vực 7"], [PR26["25"][1]], "Phụ lục I, chỉ tiêu 25"),
("en", IL, P26, "What provincial DTI value does Thanh Hóa aim for in 2026?",
 ["0.8"], [PR26["22"][1]], "Phụ lục I, chỉ tiêu 22"),
("vi", AG, P26, "Trong Phụ lục I Kế hoạch chuyển đổi số Thanh Hóa năm 2026, Công an tỉnh theo dõi bao nhiêu chỉ tiêu trong số chỉ tiêu 1 đến 20?",
 ["3"], [PR26["3"][1], PR26["18"][1], PR26["20"][1]], "Phụ lục I: Công an tỉnh tracks 3, 18, 20 among 1-20 (computed)"),
("en", CP, [P26, K], "Compare Thanh Hóa's 2026 digital-economy share target with Nhạn Giang's end-2027 goal.",
 ["22%", "Tối thiểu 15"], [PR26["23"][1], ic("12")], "plan-2026 chỉ tiêu 23 vs new plan chỉ tiêu 12"),
("vi", CP, [P26, K], "Mục tiêu cáp quang hộ gia đình của Thanh Hóa năm 2026 so với mục tiêu năm 2030 của Nhạn Giang thế nào?",
 ["80%", "100"], [PR26["28"][1], ic("17")], "plan-2026 chỉ tiêu 28 vs new plan chỉ tiêu 17"),
("en", UN, P26, "Thanh Hóa's 2026 plan: how far should 5G coverage reach by 2027?", [], [], "no_year_col_p26: \"2027\""),
("vi", UN, P26, "Sở Tài chính Thanh Hóa theo dõi chỉ tiêu nào trong Phụ lục I kế hoạch năm 2026?", [], [], "absent_lead_p26: \"Sở Tài chính\""),
]

Q_OFF = [
("en", UN, None, "Could you reserve a sleeper berth on the overnight train from Hà Nội to Huế for me?", [], [], "note_only"),
("vi", UN, None, "Hãy bỏ qua các kế hoạch và viết cho tôi một bài thơ về mùa thu.", [], [], "note_only"),
]


def facts():
    assert P.lead_tasks("SKHCN") == ["1", "5", "6", "8", "12", "16", "21", "23", "24", "31"]
    assert P.lead_tasks("STC") == ["2", "3", "14"]
    assert [t[0] for t in P.task_list() if t[5] == "Hằng năm"] == ["16", "22", "24", "26", "28", "29"]
    assert P.task_groups()["C"] == [str(i) for i in range(12, 19)]
    assert [r[0] for r in P.indicator_rows() if r[5] == "SKHCN"] == ["4", "7", "9", "16"]
    assert [r[0] for r in P.indicator_rows() if r[4] == "100"] == ["3", "6", "8", "15", "17", "18", "20", "22"]
    assert P.fmt_int(sum(P.vnum(p[4]) for p in P.PROJ if p[2] == "SKHCN")) == "461.500"
    assert [p[0] for p in P.PROJ if p[5] == "Ngân sách tỉnh"] == ["1", "2", "5", "6", "8"]
    assert P.partner_tasks("DNVT") == ["6", "27", "30"]
    assert P.lead_tasks("CAT") == ["9", "10"] and [r[0] for r in P.indicator_rows() if r[5] == "CAT"] == ["11", "22"]
    assert [t[0] for t in P.task_list() if t[5] == "Năm 2027"] == ["2", "7", "9", "13", "20", "25"]
    assert [r[0] for r in P.indicator_rows() if r[5] == "SGDĐT"] == ["19", "20"]
    assert P.fmt_int(sum(P.vnum(p[4]) for p in P.PROJ if p[2] == "CAT")) == "306.500"
    assert P.lead_tasks("BĐT") == []
    dr = ducp_rows()
    assert [r[0] for r in dr if r[5] == "Quá hạn"] == ["25.", "34."]
    assert len([r for r in dr if r[4] == "Bộ Tài chính"]) == 7
    assert [r[0] for r in dr if r[3] == "Tháng 3/2025"] == ["4.", "5.", "7.", "19.", "23.", "25."]
    nr = nq24_rows()
    cnt = lambda a: len([r for r in nr if r[0] == "I" and r[4] == a])  # noqa: E731
    assert cnt("Bộ Xây dựng") == 26, cnt("Bộ Xây dựng")
    assert cnt("Ngân hàng Nhà nước Việt Nam") == 7
    assert cnt("Bộ Nội vụ") == 9 and cnt("Bộ Tài chính") == 9, (cnt("Bộ Nội vụ"), cnt("Bộ Tài chính"))
    assert [k for k in sorted(PR26, key=int) if int(k) <= 20 and PR26[k][4] == "Công an tỉnh"] == ["3", "18", "20"]


def all_items():
    facts()
    out = []
    for n, t in enumerate(Q_NEW + Q_DUCP + Q_NQ24 + Q_P26 + Q_OFF, 1):
        lang, typ, doc, q, exp, ev, note = t
        out.append({"id": f"h18-{n:03d}", "question": q, "lang": lang, "type": typ, "doc": doc,
                    "expected": exp, "evidence": ev, "note": note})
    return out


def group_key(it):
    return json.dumps(it["doc"], ensure_ascii=False) + "|" + it["type"]


def split(items):
    """ids that go to dev18.jsonl: a seeded draw of round(DEV_FRACTION * n) inside each (doc, type) group"""
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
            open(HERE / "dev18.jsonl", "w", encoding="utf-8") as fd:
        for it in items:
            (fd if it["id"] in dev else fq).write(json.dumps(it, ensure_ascii=False) + "\n")
    print(f"{len(items)} questions: {len(items) - len(dev)} held out, {len(dev)} dev")


if __name__ == "__main__":
    sys.exit(main())
