"""Single source of the held-out-17 document (FICTIONAL): Chương trình chuyển đổi số Tổng công ty Cảng Vân Lãng
giai đoạn 2026 - 2030, issued with Quyết định số 86/QĐ-HĐTV of the Hội đồng thành viên (a STATE CORPORATION's
programme).

"Vân Lãng", "Bến Sò", "Mũi Nghê" and every person, document number and figure were invented for this evaluation.
The module asserts its own arithmetic (row counts, task numbering, lead blocks, funding sums by row and column, the
body's restatement of the totals and counts)."""
from decimal import Decimal

KEY = "cang-vanlang-cds-2030"

LETTERHEAD_LEFT = ["TỔNG CÔNG TY CẢNG VÂN LÃNG", "HỘI ĐỒNG THÀNH VIÊN"]
NUMBER_LINE = "Số: 86/QĐ-HĐTV"
LETTERHEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
PLACE_DATE = "Vân Lãng, ngày 12 tháng 02 năm 2026"

DEC_TITLE = "QUYẾT ĐỊNH"
DEC_SUBTITLE = "Phê duyệt Chương trình chuyển đổi số Tổng công ty Cảng Vân Lãng giai đoạn 2026 - 2030"
DEC_ISSUER = "HỘI ĐỒNG THÀNH VIÊN TỔNG CÔNG TY CẢNG VÂN LÃNG"
DEC_BODY = [
    ("p", "Căn cứ Luật Quản lý và đầu tư vốn nhà nước tại doanh nghiệp năm 2025;"),
    ("p", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công "
          "nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("p", "Căn cứ Điều lệ tổ chức và hoạt động của Tổng công ty Cảng Vân Lãng ban hành kèm theo Quyết định số "
          "1164/QĐ-BXD ngày 18/9/2024;"),
    ("p", "Căn cứ Nghị quyết số 07-NQ/ĐU ngày 20/01/2026 của Ban Chấp hành Đảng bộ Tổng công ty về chuyển đổi số "
          "giai đoạn 2026 - 2030;"),
    ("p", "Theo đề nghị của Tổng giám đốc tại Tờ trình số 215/TTr-TCT ngày 04/02/2026."),
    ("c", "QUYẾT ĐỊNH:"),
    ("p", "Điều 1. Phê duyệt Chương trình chuyển đổi số Tổng công ty Cảng Vân Lãng giai đoạn 2026 - 2030 (sau đây "
          "gọi là Chương trình) kèm theo Quyết định này."),
    ("p", "Điều 2. Giao Tổng giám đốc tổ chức triển khai Chương trình; định kỳ 06 tháng báo cáo Hội đồng thành "
          "viên kết quả thực hiện."),
    ("p", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Tổng giám đốc, các Phó Tổng giám đốc, Kế toán "
          "trưởng, Trưởng các ban, đơn vị thuộc Tổng công ty và Người đại diện phần vốn của Tổng công ty tại các "
          "công ty con chịu trách nhiệm thi hành Quyết định này./."),
]
RECIPIENTS = ["Nơi nhận:", "- Như Điều 3;", "- Bộ Xây dựng (để b/c);", "- Đảng ủy Tổng công ty;",
              "- Thành viên HĐTV, Kiểm soát viên;", "- Lưu: VT, Ban CNS."]
SIGNER = ["TM. HỘI ĐỒNG THÀNH VIÊN", "CHỦ TỊCH", "(Đã ký)", "Vương Đình Khải"]

PROG_TITLE = "CHƯƠNG TRÌNH"
PROG_SUBTITLE = "Chuyển đổi số Tổng công ty Cảng Vân Lãng giai đoạn 2026 - 2030"
PROG_NOTE = "(Kèm theo Quyết định số 86/QĐ-HĐTV ngày 12/02/2026 của Hội đồng thành viên Tổng công ty Cảng Vân Lãng)"

# ---------------------------------------------------------------- funding (Phụ lục IV), tỷ đồng
YEARS = ["2026", "2027", "2028", "2029", "2030"]
BUD_SOURCES = [
    ("1", "Vốn đầu tư phát triển của Công ty mẹ", ["82,0", "98,5", "91,0", "60,5", "38,0"]),
    ("2", "Vốn của các công ty con, chi nhánh", ["12,0", "18,5", "16,0", "10,5", "8,0"]),
    ("3", "Chi phí sản xuất, kinh doanh (chi thường xuyên cho công nghệ thông tin)", ["15,0", "16,0", "17,0",
                                                                                          "18,0", "19,0"]),
    ("4", "Thuê dịch vụ công nghệ thông tin", ["6,0", "7,0", "8,0", "9,0", "10,0"]),
]


def dec(s):
    return Decimal(s.replace(".", "").replace(",", "."))


def vn(d):
    """Decimal -> Vietnamese number with one decimal: 1.234,5"""
    q = f"{d:.1f}"
    i, f = q.split(".")
    i = f"{int(i):,}".replace(",", ".")
    return f"{i},{f}"


BUD_ROWS = [(n, name, vals, vn(sum(dec(v) for v in vals))) for n, name, vals in BUD_SOURCES]
BUD_TOTAL_YEARS = [vn(sum(dec(r[2][j]) for r in BUD_ROWS)) for j in range(5)]
BUD_GRAND = vn(sum(dec(r[3]) for r in BUD_ROWS))
BUD_HEAD = ["TT", "Nguồn vốn"] + [f"Năm {y}" for y in YEARS] + ["Tổng giai đoạn 2026 - 2030"]
BUD_UNIT_LINE = "(tỷ đồng)"

# ---------------------------------------------------------------- body of the programme
ABBR = [
    ("Tổng công ty Cảng Vân Lãng", "Tổng công ty"),
    ("Trung tâm Điều hành khai thác", "Trung tâm ĐHKT"),
    ("Công ty Cổ phần Cảng Bến Sò", "Cảng Bến Sò"),
    ("Chi nhánh Tổng công ty - Cảng Mũi Nghê", "Chi nhánh Mũi Nghê"),
    ("Công ty TNHH Một thành viên Hoa tiêu Vân Lãng", "Công ty Hoa tiêu"),
    ("Công ty Cổ phần Logistics Vân Lãng", "Công ty Logistics"),
]

BODY = [
    ("h", "I. SỰ CẦN THIẾT VÀ THỰC TRẠNG"),
    ("p", "Tổng công ty Cảng Vân Lãng (sau đây gọi tắt là Tổng công ty) là doanh nghiệp nhà nước khai thác 03 khu "
          "bến: khu bến container Bến Sò, khu bến tổng hợp Mũi Nghê và khu bến chuyên dùng Hòn Mỏ; năm 2025 sản "
          "lượng hàng hóa thông qua đạt 41,8 triệu tấn, trong đó 1.265.000 TEU container."),
    ("p", "Trong đó, các đơn vị được gọi tắt như sau: Trung tâm Điều hành khai thác (Trung tâm ĐHKT); Công ty Cổ "
          "phần Cảng Bến Sò (Cảng Bến Sò); Chi nhánh Tổng công ty - Cảng Mũi Nghê (Chi nhánh Mũi Nghê); Công ty "
          "TNHH Một thành viên Hoa tiêu Vân Lãng (Công ty Hoa tiêu); Công ty Cổ phần Logistics Vân Lãng (Công ty "
          "Logistics)."),
    ("p", "Kết quả chuyển đổi số đến hết năm 2025: 62% container hàng nhập được giao nhận bằng lệnh giao hàng điện "
          "tử; 81% doanh thu cước, phí được thanh toán không dùng tiền mặt; 14 hệ thống thông tin đang vận hành, "
          "trong đó 09 hệ thống đã được phê duyệt hồ sơ cấp độ an toàn thông tin; thời gian xe container lưu lại "
          "tại cảng bình quân 52 phút/lượt xe."),
    ("p", "Tồn tại, hạn chế: dữ liệu còn phân tán ở 11 phần mềm riêng lẻ; hệ thống quản lý khai thác cảng "
          "container (TOS) đã vận hành 12 năm; chưa có trung tâm dữ liệu dự phòng; tỷ lệ công nhân trực tiếp sản "
          "xuất được đào tạo kỹ năng số mới đạt 18%."),
    ("h", "II. QUAN ĐIỂM VÀ MỤC TIÊU"),
    ("h", "1. Quan điểm"),
    ("b", "Chuyển đổi số là nhiệm vụ trọng tâm, xuyên suốt, gắn với mục tiêu phát triển Tổng công ty thành doanh "
          "nghiệp cảng xanh, cảng thông minh."),
    ("b", "Người đứng đầu các ban, đơn vị trực tiếp chịu trách nhiệm về kết quả chuyển đổi số của đơn vị mình."),
    ("b", "Lấy khách hàng làm trung tâm; dữ liệu là tài nguyên của Tổng công ty, được quản trị tập trung, chia sẻ "
          "thống nhất."),
    ("h", "2. Mục tiêu tổng quát"),
    ("p", "Đến năm 2030, Tổng công ty trở thành cảng thông minh cấp độ 3 theo Bộ tiêu chí cảng biển thông minh, "
          "thuộc nhóm 05 doanh nghiệp cảng biển dẫn đầu cả nước về chuyển đổi số; 100% hoạt động quản trị, điều "
          "hành và khai thác được thực hiện trên nền tảng số."),
    ("h", "3. Mục tiêu cụ thể"),
    ("p", "Chương trình có 22 chỉ tiêu, gồm 14 chỉ tiêu tính theo tỷ lệ (Bảng A) và 08 chỉ tiêu định lượng khác "
          "(Bảng B), được giao theo từng năm từ 2026 đến 2030 (chi tiết tại Phụ lục I)."),
    ("p", "Ngoài các chỉ tiêu tại Phụ lục I, phấn đấu đến hết năm 2027 chấm dứt sử dụng phiếu giao nhận container "
          "bằng giấy tại cả 03 khu bến và đến năm 2028 có ít nhất 01 bến container vận hành cần trục điều khiển từ "
          "xa."),
    ("h", "III. NHIỆM VỤ, GIẢI PHÁP"),
    ("p", "Chương trình gồm 32 nhiệm vụ thuộc 05 nhóm: nhóm 1 đến nhóm 3 (20 nhiệm vụ) tại Phụ lục II và nhóm 4, "
          "nhóm 5 (12 nhiệm vụ) tại Phụ lục III. Mã số nhiệm vụ gồm ba cấp: nhóm, tiểu nhóm và số thứ tự nhiệm "
          "vụ."),
    ("h", "1. Hạ tầng số và an toàn thông tin"),
    ("p", "Nâng cấp Trung tâm dữ liệu đạt tiêu chuẩn Tier III, xây dựng trung tâm dữ liệu dự phòng cách trung tâm "
          "chính trên 30 km; phủ sóng mạng 5G dùng riêng tại 03 khu bến; dành tối thiểu 10% kinh phí của mỗi dự án "
          "công nghệ thông tin cho bảo đảm an toàn thông tin."),
    ("h", "2. Nền tảng số và dữ liệu"),
    ("p", "Hợp nhất 11 phần mềm nghiệp vụ riêng lẻ vào hệ thống quản trị nguồn lực doanh nghiệp (ERP) và Kho dữ "
          "liệu dùng chung; dữ liệu dùng chung được cập nhật chậm nhất 15 phút một lần."),
    ("h", "3. Khai thác cảng thông minh"),
    ("p", "Thay thế hệ thống TOS, xây dựng hệ thống điều độ tàu số và bản sao số khu bến container Bến Sò; lắp đặt "
          "300 camera giám sát thông minh đến năm 2030."),
    ("h", "4. Dịch vụ số và kinh doanh số"),
    ("p", "Nâng cấp Cổng ePort, phát triển ứng dụng di động cho chủ hàng, chủ xe và sàn giao dịch logistics; phấn "
          "đấu đến năm 2030 có 2.500 khách hàng thường xuyên sử dụng dịch vụ trên Cổng ePort."),
    ("h", "5. Nhân lực số và văn hóa số"),
    ("p", "Mỗi ban, đơn vị cử 01 cán bộ làm đầu mối chuyển đổi số; thu hút 10 chuyên gia dữ liệu, an toàn thông "
          "tin trong giai đoạn 2026 - 2028; tổ chức Ngày chuyển đổi số Tổng công ty vào ngày 10 tháng 10 hằng "
          "năm."),
    ("h", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "Tổng kinh phí dự kiến thực hiện Chương trình là {GRAND} tỷ đồng, gồm: vốn đầu tư phát triển của Công ty "
          "mẹ {R1} tỷ đồng; vốn của các công ty con, chi nhánh {R2} tỷ đồng; chi phí sản xuất, kinh doanh {R3} tỷ "
          "đồng; thuê dịch vụ công nghệ thông tin {R4} tỷ đồng (chi tiết tại Phụ lục IV)."),
    ("p", "Kinh phí dự kiến của {NTASK_BUD} nhiệm vụ có khái toán tại Phụ lục II và Phụ lục III là {TASK_SUM} tỷ "
          "đồng; các nhiệm vụ còn lại bố trí trong chi phí sản xuất, kinh doanh."),
    ("p", "Ban Kế hoạch - Đầu tư tổng hợp nhu cầu vốn của năm sau, trình Tổng giám đốc trước ngày 31 tháng 7 hằng "
          "năm."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "Ban Chỉ đạo chuyển đổi số của Tổng công ty do Tổng giám đốc làm Trưởng ban; Ban Công nghệ số là cơ quan "
          "thường trực, giúp Ban Chỉ đạo theo dõi, đôn đốc việc thực hiện Chương trình."),
    ("p", "Các ban, đơn vị, công ty con báo cáo kết quả thực hiện về Ban Công nghệ số trước ngày 10 tháng 6 và "
          "ngày 10 tháng 12 hằng năm; Ban Công nghệ số tổng hợp, báo cáo Tổng giám đốc trước ngày 20 tháng 6 và "
          "ngày 20 tháng 12 hằng năm."),
    ("p", "Sơ kết giữa kỳ Chương trình vào Quý IV/2028; tổng kết vào Quý IV/2030."),
    ("p", "Người đại diện phần vốn của Tổng công ty tại Cảng Bến Sò và Công ty Logistics có trách nhiệm đưa các "
          "nhiệm vụ của Chương trình vào kế hoạch sản xuất, kinh doanh hằng năm của doanh nghiệp."),
]
PROG_SIGNER = ["TỔNG GIÁM ĐỐC", "(Đã ký)", "Khổng Minh Trâm"]

# ---------------------------------------------------------------- Phụ lục I: indicators, years as columns
APPX1_TITLE = "Phụ lục I"
APPX1_SUB = "CHỈ TIÊU CHUYỂN ĐỔI SỐ TỔNG CÔNG TY GIAI ĐOẠN 2026 - 2030"
APPX_NOTE = PROG_NOTE.replace("(Kèm theo Quyết định", "(Kèm theo Chương trình ban hành tại Quyết định")
INDA_TITLE = "Bảng A. Các chỉ tiêu tính theo tỷ lệ"
INDA_HEAD = ["TT", "Chỉ tiêu"] + [f"Năm {y}" for y in YEARS] + ["Đơn vị chủ trì theo dõi"]
INDA_UNIT_LINE = "(%)"          # second header line of the year columns (the values carry no %)
# rows: (TT, content, [5 values], lead).  A parent row with sub-rows has values None; its sub-rows have lead None
# (the lead cell is merged vertically over the parent row and its sub-rows).
INDA = [
    ("1", "Tỷ lệ container hàng nhập được giao nhận bằng lệnh giao hàng điện tử (eDO)",
     ["75", "85", "95", "100", "100"], "Ban Khai thác cảng"),
    ("2", "Tỷ lệ phiếu giao nhận container được phát hành điện tử trên Cổng ePort",
     ["80", "90", "100", "100", "100"], "Trung tâm ĐHKT"),
    ("3", "Tỷ lệ doanh thu cước, phí được thanh toán không dùng tiền mặt",
     ["88", "92", "95", "98", "100"], "Ban Tài chính - Kế toán"),
    ("4", "Tỷ lệ văn bản, hồ sơ công việc được xử lý và ký số trên môi trường mạng", None, "Văn phòng Tổng công ty"),
    ("a)", "Tại Công ty mẹ", ["95", "98", "100", "100", "100"], None),
    ("b)", "Tại các công ty con, chi nhánh", ["70", "80", "90", "95", "100"], None),
    ("5", "Tỷ lệ người lao động được đào tạo, bồi dưỡng kỹ năng số", None, "Ban Tổ chức - Nhân sự"),
    ("a)", "Cán bộ lãnh đạo, quản lý", ["100", "100", "100", "100", "100"], None),
    ("b)", "Lao động khối văn phòng", ["60", "75", "85", "95", "100"], None),
    ("c)", "Công nhân trực tiếp sản xuất", ["30", "45", "60", "70", "80"], None),
    ("6", "Tỷ lệ thiết bị xếp dỡ chính được gắn cảm biến IoT, giám sát trực tuyến",
     ["25", "40", "55", "70", "85"], "Ban Kỹ thuật"),
    ("7", "Tỷ lệ dữ liệu nghiệp vụ được số hóa, đưa vào Kho dữ liệu dùng chung",
     ["40", "55", "70", "85", "100"], "Ban Công nghệ số"),
    ("8", "Tỷ lệ hệ thống thông tin được phê duyệt hồ sơ cấp độ an toàn thông tin",
     ["90", "100", "100", "100", "100"], "Ban Công nghệ số"),
    ("9", "Tỷ lệ doanh thu từ dịch vụ số, dịch vụ logistics số trên tổng doanh thu",
     ["2,5", "3,5", "5", "6,5", "≥ 8 (1)"], "Ban Thương mại - Dịch vụ"),
    ("10", "Tỷ lệ kế hoạch tàu, kế hoạch cầu bến được lập và phê duyệt trên hệ thống điều độ số",
     ["60", "80", "100", "100", "100"], "Trung tâm ĐHKT"),
    ("11", "Tỷ lệ cổng cảng vận hành cổng tự động nhận dạng biển số xe, số container",
     ["50", "75", "100", "100", "100"], "Ban An ninh - An toàn"),
    ("12", "Tỷ lệ hợp đồng dịch vụ với khách hàng được giao kết bằng hợp đồng điện tử",
     ["30", "50", "70", "85", "≥ 95"], "Ban Thương mại - Dịch vụ"),
    ("13", "Tỷ lệ giảm giấy in, văn phòng phẩm so với năm 2025",
     ["15", "25", "35", "45", "≥ 50 (2)"], "Văn phòng Tổng công ty"),
    ("14", "Tỷ lệ khách hàng hài lòng với dịch vụ cảng điện tử",
     ["≥ 80", "≥ 82", "≥ 85", "≥ 88", "≥ 90 (3)"], "Ban Thương mại - Dịch vụ"),
]
INDA_NOTES = [
    "Ghi chú:",
    "(1) Doanh thu dịch vụ số gồm doanh thu từ Cổng ePort, dịch vụ eDO, dịch vụ theo dõi hàng hóa trực tuyến và "
    "sàn giao dịch logistics.",
    "(2) So với khối lượng giấy in sử dụng năm 2025 của Công ty mẹ là 1.850 ram giấy.",
    "(3) Theo kết quả khảo sát khách hàng do đơn vị độc lập thực hiện vào Quý IV hằng năm.",
]
INDB_TITLE = "Bảng B. Các chỉ tiêu định lượng khác"
INDB_HEAD = ["TT", "Chỉ tiêu", "Đơn vị tính"] + [f"Năm {y}" for y in YEARS] + ["Đơn vị chủ trì theo dõi"]
INDB = [
    ("15", "Thời gian xe container lưu lại tại cảng bình quân", "Phút/lượt xe",
     ["45", "40", "35", "30", "25"], "Trung tâm ĐHKT"),
    ("16", "Thời gian tàu container nằm cầu bình quân", "Giờ/tàu", ["20", "19", "18", "17", "16"],
     "Ban Khai thác cảng"),
    ("17", "Số nền tảng số dùng chung toàn Tổng công ty được đưa vào vận hành (lũy kế)", "Nền tảng",
     ["02", "03", "05", "06", "07"], "Ban Công nghệ số"),
    ("18", "Số sáng kiến, giải pháp chuyển đổi số được công nhận", "Sáng kiến/năm",
     ["08", "10", "12", "12", "15"], "Ban Kế hoạch - Đầu tư"),
    ("19", "Số giờ đào tạo kỹ năng số bình quân", "Giờ/người/năm", ["8", "10", "12", "14", "16"],
     "Ban Tổ chức - Nhân sự"),
    ("20", "Thời gian khôi phục hệ thống thông tin quan trọng khi xảy ra sự cố", "Giờ",
     ["≤ 8", "≤ 6", "≤ 4", "≤ 4", "≤ 2"], "Ban Công nghệ số"),
    ("21", "Số camera giám sát thông minh (AI) tại khu vực cầu bến, bãi (lũy kế)", "Camera",
     ["60", "120", "180", "240", "300"], "Ban An ninh - An toàn"),
    ("22", "Năng suất xếp dỡ bình quân của mỗi cần trục bờ", "Container/giờ", ["28", "30", "32", "34", "35"],
     "Ban Kỹ thuật"),
]

# ---------------------------------------------------------------- Phụ lục II / III: tasks (three-level codes)
TASK_HEAD = ["Mã số", "Nội dung nhiệm vụ", "Sản phẩm đầu ra", "Thời gian hoàn thành", "Đơn vị chủ trì",
             "Đơn vị phối hợp", "Kinh phí dự kiến"]
TASK_HEAD_UNIT = "(tỷ đồng)"    # second line of the last header cell
SXKD = "Trong chi phí SXKD"
# a task: (code, content, product, deadline, lead or None (= merged with the row above), partners, budget)
APPX2_TITLE = "Phụ lục II"
APPX2_SUB = "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2026 - 2030 (NHÓM 1 - NHÓM 3)"
APPX3_TITLE = "Phụ lục III"
APPX3_SUB = "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2026 - 2030 (TIẾP THEO PHỤ LỤC II: NHÓM 4 - NHÓM 5)"
APPX3_NOTE2 = "(Mã số nhiệm vụ tiếp nối Phụ lục II; các cột như Phụ lục II)"
TASKS2 = [
    ("1", "HẠ TẦNG SỐ VÀ AN TOÀN THÔNG TIN", [
        ("1.1", "Hạ tầng số", [
            ("1.1.1", "Nâng cấp Trung tâm dữ liệu của Tổng công ty đạt tiêu chuẩn Tier III",
             "Trung tâm dữ liệu đạt Tier III", "Năm 2027", "Ban Công nghệ số", "Ban Kế hoạch - Đầu tư", "48,0"),
            ("1.1.2", "Xây dựng trung tâm dữ liệu dự phòng tại Chi nhánh Mũi Nghê",
             "Trung tâm dữ liệu dự phòng", "Năm 2028", None, "Chi nhánh Mũi Nghê; Ban Kế hoạch - Đầu tư", "35,0"),
            ("1.1.3", "Phủ sóng mạng 5G dùng riêng tại khu vực cầu bến, bãi container",
             "Mạng 5G dùng riêng tại 03 khu bến", "2026 - 2028", None, "Ban Kỹ thuật; doanh nghiệp viễn thông",
             "22,5"),
        ]),
        ("1.2", "An toàn thông tin", [
            ("1.2.1", "Thiết lập Trung tâm giám sát an toàn thông tin (SOC) hoạt động liên tục",
             "SOC vận hành 24/7", "Quý IV/2026", "Ban Công nghệ số", "Ban An ninh - An toàn", "9,6"),
            ("1.2.2", "Phê duyệt hồ sơ cấp độ và triển khai phương án bảo đảm an toàn thông tin theo cấp độ cho "
                      "toàn bộ hệ thống thông tin", "Hồ sơ cấp độ được phê duyệt", "Năm 2026", None,
             "Các công ty con, chi nhánh", SXKD),
            ("1.2.3", "Tổ chức diễn tập thực chiến ứng cứu sự cố an toàn thông tin mạng",
             "01 cuộc diễn tập mỗi năm", "Hằng năm", "Ban An ninh - An toàn", "Ban Công nghệ số", "4,0"),
        ]),
    ]),
    ("2", "NỀN TẢNG SỐ VÀ DỮ LIỆU", [
        ("2.1", "Dữ liệu", [
            ("2.1.1", "Xây dựng Kho dữ liệu dùng chung (Data Lake) của Tổng công ty", "Kho dữ liệu dùng chung",
             "Năm 2027", "Ban Công nghệ số", "Ban Khai thác cảng; Ban Tài chính - Kế toán", "27,0"),
            ("2.1.2", "Ban hành Quy chế quản trị, chia sẻ dữ liệu nội bộ",
             "Quy chế được Tổng giám đốc ban hành", "Quý II/2026", None, "Văn phòng Tổng công ty", SXKD),
            ("2.1.3", "Số hóa hồ sơ lưu trữ, hồ sơ tài sản và hồ sơ đất đai khu cảng",
             "100% hồ sơ lưu trữ được số hóa", "2026 - 2027", "Văn phòng Tổng công ty", "Ban Kế hoạch - Đầu tư",
             "6,2"),
        ]),
        ("2.2", "Nền tảng quản trị doanh nghiệp", [
            ("2.2.1", "Triển khai hệ thống quản trị nguồn lực doanh nghiệp (ERP) hợp nhất",
             "Hệ thống ERP hợp nhất", "Năm 2028", "Ban Tài chính - Kế toán", "Ban Công nghệ số; các công ty con",
             "56,0"),
            ("2.2.2", "Triển khai hóa đơn điện tử, chứng từ điện tử kết nối với cơ quan thuế",
             "100% hóa đơn, chứng từ điện tử", "Quý III/2026", None, "Ban Công nghệ số", SXKD),
            ("2.2.3", "Triển khai phần mềm quản lý nhân sự, tiền lương và đánh giá KPI trực tuyến",
             "Phần mềm quản lý nhân sự", "Năm 2027", "Ban Tổ chức - Nhân sự", "Ban Công nghệ số", "7,5"),
            ("2.2.4", "Triển khai hệ thống quản lý văn bản, điều hành và ký số dùng chung cho Công ty mẹ và các "
                      "công ty con", "Hệ thống văn bản dùng chung", "Quý IV/2026", "Văn phòng Tổng công ty",
             "Ban Công nghệ số; các công ty con, chi nhánh", "4,8"),
        ]),
    ]),
    ("3", "KHAI THÁC CẢNG THÔNG MINH", [
        ("3.1", "Điều hành khai thác", [
            ("3.1.1", "Thay thế hệ thống quản lý khai thác cảng container (TOS)", "TOS thế hệ mới", "Năm 2027",
             "Trung tâm ĐHKT", "Ban Khai thác cảng; Ban Công nghệ số", "64,0"),
            ("3.1.2", "Xây dựng hệ thống điều độ tàu số, lập kế hoạch cầu bến tự động", "Hệ thống điều độ số",
             "Năm 2027", None, "Ban Khai thác cảng", "18,0"),
            ("3.1.3", "Xây dựng bản sao số (digital twin) khu bến container Bến Sò", "Bản sao số khu bến",
             "Năm 2029", None, "Cảng Bến Sò; Ban Kỹ thuật", "42,0"),
            ("3.1.4", "Gắn cảm biến IoT, giám sát trực tuyến tình trạng thiết bị xếp dỡ",
             "Hệ thống giám sát thiết bị", "2026 - 2030", "Ban Kỹ thuật", "Trung tâm ĐHKT", "31,0"),
        ]),
        ("3.2", "Cổng cảng và an ninh", [
            ("3.2.1", "Triển khai cổng tự động nhận dạng biển số xe, số container tại các cổng cảng",
             "Cổng cảng tự động", "Năm 2028", "Ban An ninh - An toàn", "Trung tâm ĐHKT", "25,0"),
            ("3.2.2", "Lắp đặt camera giám sát thông minh (AI) tại khu vực cầu bến, bãi", "300 camera AI",
             "2026 - 2030", None, "Ban Công nghệ số", "15,0"),
            ("3.2.3", "Triển khai lệnh giao hàng điện tử (eDO) kết nối với các hãng tàu", "Dịch vụ eDO",
             "Quý II/2027", "Ban Khai thác cảng", "Ban Thương mại - Dịch vụ; các hãng tàu", "3,5"),
        ]),
    ]),
]
TASKS3 = [
    ("4", "DỊCH VỤ SỐ VÀ KINH DOANH SỐ", [
        ("4.1", "Dịch vụ cho khách hàng", [
            ("4.1.1", "Nâng cấp Cổng ePort tích hợp đặt lịch lấy hàng và thanh toán trực tuyến",
             "Cổng ePort phiên bản 2.0", "Quý IV/2026", "Ban Thương mại - Dịch vụ",
             "Ban Công nghệ số; Ban Tài chính - Kế toán", "8,4"),
            ("4.1.2", "Xây dựng ứng dụng di động cho chủ hàng, chủ xe theo dõi container trực tuyến",
             "Ứng dụng di động", "Năm 2027", None, "Công ty Logistics", "5,6"),
            ("4.1.3", "Xây dựng sàn giao dịch logistics kết nối chủ hàng, chủ xe và kho bãi",
             "Sàn giao dịch logistics", "Năm 2028", "Công ty Logistics", "Ban Thương mại - Dịch vụ", "12,0"),
        ]),
        ("4.2", "Chuyển đổi số tại các đơn vị thành viên", [
            ("4.2.1", "Số hóa quy trình điều động hoa tiêu, kết nối dữ liệu với Cảng vụ Hàng hải",
             "Phần mềm điều động hoa tiêu", "Năm 2027", "Công ty Hoa tiêu", "Trung tâm ĐHKT", "4,2"),
            ("4.2.2", "Triển khai hệ thống quản lý kho hàng (WMS) tại các kho ngoại quan", "Hệ thống WMS",
             "Năm 2027", "Công ty Logistics", "Ban Công nghệ số", "9,0"),
            ("4.2.3", "Kết nối dữ liệu kho ngoại quan với hệ thống quản lý hải quan tự động",
             "Dữ liệu kho ngoại quan được kết nối", "Quý II/2028", None, "Ban Khai thác cảng", "3,0"),
            ("4.2.4", "Triển khai cân điện tử tự động, truyền số liệu cân về Trung tâm ĐHKT",
             "Trạm cân điện tử tự động", "Năm 2026", "Chi nhánh Mũi Nghê", "Ban Kỹ thuật", "2,4"),
        ]),
    ]),
    ("5", "NHÂN LỰC SỐ VÀ VĂN HÓA SỐ", [
        ("5.1", "Đào tạo, thu hút nhân lực", [
            ("5.1.1", "Xây dựng nền tảng đào tạo trực tuyến nội bộ cho người lao động", "Nền tảng e-learning",
             "Quý III/2026", "Ban Tổ chức - Nhân sự", "Ban Công nghệ số", "3,2"),
            ("5.1.2", "Tổ chức đào tạo kỹ năng số cho công nhân trực tiếp sản xuất", "Các lớp đào tạo kỹ năng số",
             "Hằng năm", None, "Các công ty con, chi nhánh", "7,5"),
            ("5.1.3", "Tuyển dụng, thu hút chuyên gia dữ liệu và an toàn thông tin", "10 chuyên gia",
             "2026 - 2028", None, "Ban Công nghệ số", SXKD),
        ]),
        ("5.2", "Văn hóa số và đổi mới sáng tạo", [
            ("5.2.1", "Phát động Giải thưởng sáng kiến chuyển đổi số hằng năm", "Giải thưởng sáng kiến",
             "Hằng năm", "Ban Kế hoạch - Đầu tư", "Công đoàn Tổng công ty; Đoàn Thanh niên", "2,5"),
            ("5.2.2", "Xây dựng bộ chỉ số đánh giá mức độ chuyển đổi số của các đơn vị thành viên",
             "Bộ chỉ số đánh giá", "Quý I/2027", "Ban Công nghệ số", "Ban Kế hoạch - Đầu tư", SXKD),
        ]),
    ]),
]
APPX4_TITLE = "Phụ lục IV"
APPX4_SUB = "KHÁI TOÁN KINH PHÍ THỰC HIỆN CHƯƠNG TRÌNH THEO NGUỒN VỐN VÀ THEO NĂM"


# ---------------------------------------------------------------- helpers
def tasks_of(groups):
    return [t for _, _, subs in groups for _, _, ts in subs for t in ts]


def task_list():
    return tasks_of(TASKS2) + tasks_of(TASKS3)


def effective_lead(code):
    """the lead of a task: its own cell, or the nearest cell above (vertically merged block)"""
    lead = None
    for _, _, subs in TASKS2 + TASKS3:
        for _, _, ts in subs:
            for t in ts:
                lead = t[4] if t[4] else lead
                if t[0] == code:
                    return lead
    raise KeyError(code)


def lead_blocks(ts):
    """row spans of the lead column within one sub-group: [(start index, length)]"""
    out = []
    for i, t in enumerate(ts):
        if t[4]:
            out.append([i, 1])
        else:
            out[-1][1] += 1
    return [tuple(x) for x in out]


def indicator_rows():
    """every Phụ lục I row as (TT, content, unit or '', [values] or None, lead or None, table 'A'/'B')"""
    rows = [(r[0], r[1], "", r[2], r[3], "A") for r in INDA]
    rows += [(r[0], r[1], r[2], r[3], r[4], "B") for r in INDB]
    return rows


def indicator_effective():
    """numbered indicators and sub-rows with their effective lead: [(label, content, values, lead)]"""
    out, lead, parent = [], None, None
    for tt, content, unit, vals, ld, tb in indicator_rows():
        if ld:
            lead, parent = ld, tt
        label = tt if tt[0].isdigit() else f"{parent}{tt}"
        out.append((label, content, vals, lead))
    return out


def num_budget(s):
    return None if s == SXKD else dec(s)


# ---------------------------------------------------------------- self-checks
_T = task_list()
assert len(INDA) == 19 and len(INDB) == 8
assert [r[0] for r in INDA if r[0][0].isdigit()] == [str(i) for i in range(1, 15)]
assert [r[0] for r in INDB] == [str(i) for i in range(15, 23)]
assert [r[0] for r in INDA if r[2] is None] == ["4", "5"]
assert all(len(r[2]) == 5 for r in INDA if r[2]) and all(len(r[3]) == 5 for r in INDB)
assert all((r[3] is None) == r[0].endswith(")") for r in INDA)
assert len(_T) == 32 and len(tasks_of(TASKS2)) == 20 and len(tasks_of(TASKS3)) == 12
for g, _, subs in TASKS2 + TASKS3:
    for s, _, ts in subs:
        assert s.startswith(g + ".")
        assert [t[0] for t in ts] == [f"{s}.{i}" for i in range(1, len(ts) + 1)], s
        assert ts[0][4] is not None, s           # a merged block never crosses a sub-group row
        assert all(len(t) == 7 for t in ts)
assert [g for g, _, _ in TASKS2 + TASKS3] == ["1", "2", "3", "4", "5"]
assert sum(1 for t in _T if t[4] is None) == 12
for j in range(5):
    assert sum(dec(r[2][j]) for r in BUD_ROWS) == dec(BUD_TOTAL_YEARS[j])
assert sum(dec(x) for x in BUD_TOTAL_YEARS) == dec(BUD_GRAND)
assert BUD_GRAND == "560,0" and BUD_TOTAL_YEARS == ["115,0", "140,0", "132,0", "98,0", "75,0"]
TASK_BUDGETS = [(t[0], num_budget(t[6])) for t in _T]
TASK_SUM = vn(sum(v for _, v in TASK_BUDGETS if v is not None))
NTASK_BUD = sum(1 for _, v in TASK_BUDGETS if v is not None)
assert NTASK_BUD == 27 and TASK_SUM == "476,9", (NTASK_BUD, TASK_SUM)
BODY = [(k, t.format(GRAND=BUD_GRAND, R1=BUD_ROWS[0][3], R2=BUD_ROWS[1][3], R3=BUD_ROWS[2][3], R4=BUD_ROWS[3][3],
                     NTASK_BUD=NTASK_BUD, TASK_SUM=TASK_SUM)) for k, t in BODY]
_body = " ".join(t for _, t in BODY)
assert "560,0 tỷ đồng" in _body and "370,0 tỷ đồng" in _body and "65,0 tỷ đồng" in _body
assert "85,0 tỷ đồng" in _body and "40,0 tỷ đồng" in _body and "27 nhiệm vụ" in _body
assert "22 chỉ tiêu" in _body and "14 chỉ tiêu" in _body and "08 chỉ tiêu" in _body
assert "32 nhiệm vụ thuộc 05 nhóm" in _body and "(20 nhiệm vụ)" in _body and "(12 nhiệm vụ)" in _body
