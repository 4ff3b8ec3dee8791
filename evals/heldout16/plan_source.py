"""Single source of the held-out-16 document (FICTIONAL): Kế hoạch chuyển đổi số phường Ngọc Tuyền năm 2026,
định hướng năm 2027 (Số 24/KH-UBND of the Ủy ban nhân dân phường Ngọc Tuyền, tỉnh Lam Điền).

"Lam Điền" is an invented province and "Ngọc Tuyền" an invented ward formed on 01/7/2025 (two-tier local
government) from the former phường Ngọc Tuyền, phường Bến Lội and xã Tuyền Hưng. Every name, document number and
figure was written for this evaluation. The module asserts its own arithmetic (row counts, column sums of the body
table, funding sums by row and by column, the body's restatement of those totals)."""

KEY = "ngoctuyen-cds-2026"

LETTERHEAD_LEFT = ["ỦY BAN NHÂN DÂN", "PHƯỜNG NGỌC TUYỀN"]
NUMBER_LINE = "Số: 24/KH-UBND"
LETTERHEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
PLACE_DATE = "Ngọc Tuyền, ngày 16 tháng 01 năm 2026"
TITLE = "KẾ HOẠCH"
SUBTITLE = "Chuyển đổi số phường Ngọc Tuyền năm 2026, định hướng năm 2027"

# ---------------------------------------------------------------- body table (Bảng 1, inside section I)
BT_TITLE = "Bảng 1. Một số kết quả chuyển đổi số của các đơn vị hành chính trước sắp xếp (tính đến ngày 30/6/2025)"
BT_HEAD = ["TT", "Nội dung", "Phường Ngọc Tuyền (cũ)", "Phường Bến Lội (cũ)", "Xã Tuyền Hưng (cũ)", "Cộng"]
BT_ROWS = [
    ("1", "Số tổ dân phố, thôn", "10", "8", "6", "24"),
    ("2", "Số thành viên tổ công nghệ số cộng đồng", "62", "47", "35", "144"),
    ("3", "Số hồ sơ thủ tục hành chính tiếp nhận trong 6 tháng đầu năm 2025", "2.318", "1.745", "906", "4.969"),
    ("4", "Trong đó: số hồ sơ trực tuyến toàn trình", "1.102", "731", "233", "2.066"),
    ("5", "Số camera an ninh đã kết nối về Công an", "21", "12", "5", "38"),
    ("6", "Số điểm Wi-Fi công cộng miễn phí", "2", "1", "0", "3"),
]

# ---------------------------------------------------------------- body
# kinds: "p" paragraph, "h" heading, "b" dash line, "n" numbered target line, "table" the body table
BODY = [
    ("p", "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;"),
    ("p", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công "
          "nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("p", "Căn cứ Kế hoạch số 19/KH-UBND ngày 09/12/2025 của Ủy ban nhân dân tỉnh Lam Điền về chuyển đổi số tỉnh "
          "Lam Điền năm 2026;"),
    ("p", "Căn cứ Nghị quyết số 05-NQ/ĐU ngày 30/12/2025 của Ban Chấp hành Đảng bộ phường Ngọc Tuyền về lãnh đạo "
          "thực hiện chuyển đổi số gắn với vận hành chính quyền địa phương hai cấp;"),
    ("p", "Căn cứ Nghị quyết số 11/NQ-HĐND ngày 26/12/2025 của Hội đồng nhân dân phường Ngọc Tuyền về dự toán "
          "ngân sách phường năm 2026;"),
    ("p", "Ủy ban nhân dân phường Ngọc Tuyền (sau đây gọi tắt là UBND phường) ban hành Kế hoạch chuyển đổi số năm "
          "2026, định hướng năm 2027 như sau:"),
    ("h", "I. THỰC TRẠNG CHUYỂN ĐỔI SỐ SAU SẮP XẾP ĐƠN VỊ HÀNH CHÍNH"),
    ("p", "Phường Ngọc Tuyền được thành lập từ ngày 01/7/2025 trên cơ sở sắp xếp nguyên trạng phường Ngọc Tuyền, "
          "phường Bến Lội và xã Tuyền Hưng; diện tích tự nhiên 18,74 km², dân số 41.268 người, được tổ chức "
          "thành 24 tổ dân phố."),
    ("p", "Kết quả chuyển đổi số của 03 đơn vị trước sắp xếp được tổng hợp tại Bảng 1 dưới đây."),
    ("table", ""),
    ("p", "Sau sắp xếp, Trung tâm Phục vụ hành chính công phường đã đi vào hoạt động từ ngày 01/7/2025 với 09 "
          "quầy tiếp nhận; từ 01/7/2025 đến 31/12/2025 tiếp nhận 6.412 hồ sơ, tỷ lệ hồ sơ trực tuyến toàn trình "
          "đạt 41,6%."),
    ("p", "Tồn tại, hạn chế: 03 hệ thống quản lý văn bản riêng của các đơn vị cũ chưa được hợp nhất; còn 02 "
          "\"vùng lõm\" sóng di động tại tổ dân phố Đồng Sậy và tổ dân phố Gò Mít; tỷ lệ hồ sơ trực tuyến toàn "
          "trình của xã Tuyền Hưng (cũ) chỉ đạt 25,7%; toàn phường chỉ có 02 công chức có chuyên môn công nghệ "
          "thông tin."),
    ("h", "II. MỤC ĐÍCH, YÊU CẦU"),
    ("b", "Chuyển đổi số là giải pháp then chốt để vận hành thông suốt chính quyền địa phương hai cấp, phục vụ "
          "người dân và doanh nghiệp nhanh hơn, minh bạch hơn."),
    ("b", "Mỗi nhiệm vụ được giao có bộ phận chủ trì, sản phẩm đầu ra và tiến độ thực hiện theo từng quý."),
    ("b", "Huy động sự tham gia của Mặt trận Tổ quốc, các đoàn thể, tổ dân phố và doanh nghiệp trên địa bàn."),
    ("p", "Trong Kế hoạch này, các cơ quan, tổ chức sau được gọi tắt: Văn phòng Hội đồng nhân dân và Ủy ban nhân "
          "dân phường được gọi tắt là Văn phòng; Phòng Kinh tế, Hạ tầng và Đô thị được gọi tắt là Phòng KT-HT-ĐT; Phòng Văn hóa - Xã hội được gọi tắt "
          "là Phòng VH-XH; Trung tâm Phục vụ hành chính công phường được gọi tắt là Trung tâm PVHCC; tổ công "
          "nghệ số cộng đồng được gọi tắt là Tổ CNSCĐ."),
    ("h", "III. MỤC TIÊU"),
    ("h", "1. Mục tiêu chung"),
    ("p", "Vận hành chính quyền phường trên môi trường số, lấy người dân làm trung tâm; phấn đấu năm 2026 phường "
          "Ngọc Tuyền thuộc nhóm 10 xã, phường dẫn đầu tỉnh Lam Điền về Chỉ số chuyển đổi số cấp xã."),
    ("h", "2. Mục tiêu cụ thể"),
    ("p", "Phấn đấu đạt 24 chỉ tiêu thuộc 04 nhóm (chi tiết tại Phụ lục 01). Ngoài ra, phường phấn đấu đạt các "
          "mục tiêu sau:"),
    ("n", "(1) Trước ngày 30/6/2026, hợp nhất 03 hệ thống quản lý văn bản của các đơn vị cũ thành 01 hệ thống "
          "duy nhất."),
    ("n", "(2) 100% tổ dân phố có nhóm thông tin trên mạng xã hội do tổ trưởng tổ dân phố quản trị để thông tin "
          "chính sách và tiếp nhận phản ánh của người dân."),
    ("n", "(3) Tối thiểu 60% hộ gia đình nhận thông báo thu phí vệ sinh môi trường qua ứng dụng hoặc tin nhắn "
          "trong năm 2026."),
    ("n", "(4) Đến năm 2027, 100% hồ sơ khám bệnh tại Trạm Y tế phường được quản lý trên phần mềm và liên thông "
          "với cơ sở khám bệnh, chữa bệnh tuyến trên."),
    ("h", "IV. NHIỆM VỤ, GIẢI PHÁP"),
    ("p", "Kế hoạch gồm 32 nhiệm vụ thuộc 05 nhóm; bộ phận chủ trì, bộ phận phối hợp, sản phẩm đầu ra và tiến độ "
          "từng quý của mỗi nhiệm vụ được giao tại Phụ lục 02. Một số giải pháp trọng tâm:"),
    ("b", "Bổ sung thành viên để mỗi Tổ CNSCĐ có tối thiểu 06 thành viên; ưu tiên đoàn viên thanh niên, công an "
          "khu vực và người có uy tín ở tổ dân phố."),
    ("b", "Thành lập Tổ hỗ trợ dịch vụ công trực tuyến gồm 05 đoàn viên thanh niên, trực tại Trung tâm PVHCC "
          "vào các ngày làm việc trong tuần."),
    ("b", "Mỗi tháng tổ chức ít nhất 01 buổi \"Cà phê số\" tại nhà văn hóa tổ dân phố để hướng dẫn người cao "
          "tuổi sử dụng dịch vụ số."),
    ("b", "Ưu tiên thuê dịch vụ công nghệ thông tin thay cho đầu tư mua sắm đối với phần mềm họp không giấy tờ "
          "và hệ thống camera."),
    ("h", "V. KINH PHÍ THỰC HIỆN"),
    ("p", "Tổng kinh phí dự kiến 4.100 triệu đồng (chi tiết tại Phụ lục 03), trong đó: ngân sách tỉnh hỗ trợ có "
          "mục tiêu 1.180 triệu đồng; ngân sách phường 1.440 triệu đồng; nguồn xã hội hóa 1.480 triệu đồng."),
    ("p", "Phòng KT-HT-ĐT tham mưu bố trí kinh phí năm 2027 trong dự toán ngân sách phường, trình UBND phường "
          "trước ngày 31/7/2026."),
    ("h", "VI. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Ban Chỉ đạo chuyển đổi số và Đề án 06 phường do đồng chí Đỗ Thanh Bình, Chủ tịch UBND phường làm "
          "Trưởng ban, chỉ đạo toàn diện việc thực hiện Kế hoạch."),
    ("p", "2. Văn phòng là cơ quan thường trực, theo dõi, đôn đốc; tổng hợp báo cáo UBND tỉnh qua Sở Khoa học và "
          "Công nghệ trước ngày 10/6/2026 (báo cáo 6 tháng) và trước ngày 10/12/2026 (báo cáo năm)."),
    ("p", "3. Các bộ phận được giao chủ trì nhiệm vụ báo cáo tiến độ hằng quý về Văn phòng trước ngày 20 của tháng "
          "cuối quý."),
    ("p", "4. Trung tâm PVHCC, Phòng KT-HT-ĐT, Phòng VH-XH, Công an phường theo chức năng, nhiệm vụ chủ động triển "
          "khai các nhiệm vụ được giao tại Phụ lục 02."),
    ("p", "5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và các đoàn thể tuyên truyền, vận động đoàn viên, "
          "hội viên tham gia phong trào \"Bình dân học vụ số\"."),
    ("p", "6. Sơ kết 6 tháng thực hiện Kế hoạch trong tháng 7/2026; tổng kết năm trong tháng 12/2026."),
]

RECIPIENTS = ["Nơi nhận:", "- Sở Khoa học và Công nghệ tỉnh Lam Điền (để b/c);",
              "- Thường trực Đảng ủy phường (để b/c);", "- Thường trực HĐND phường;",
              "- Chủ tịch, các Phó Chủ tịch UBND phường;", "- Các phòng, đơn vị thuộc UBND phường;",
              "- Công an phường;", "- Ủy ban MTTQ Việt Nam phường;", "- 24 tổ dân phố;", "- Lưu: VT."]
SIGNER = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Phan Văn Lực"]

# ---------------------------------------------------------------- Phụ lục 01: indicators
APPX1_TITLE = "Phụ lục 01"
APPX1_SUB = "CHỈ TIÊU CHUYỂN ĐỔI SỐ PHƯỜNG NGỌC TUYỀN NĂM 2026, ĐỊNH HƯỚNG NĂM 2027"
APPX_NOTE = "(Kèm theo Kế hoạch số 24/KH-UBND ngày 16/01/2026 của UBND phường Ngọc Tuyền)"
IND_HEAD = ["STT", "Chỉ tiêu", "Hiện trạng năm 2025", "Chỉ tiêu năm 2026", "Định hướng năm 2027",
            "Bộ phận theo dõi, đánh giá", "Ghi chú"]
IND_GROUPS = [
    ("I. CHÍNH QUYỀN SỐ", [
        ("1", "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình", "41,6% số hồ sơ",
         "≥ 60% số hồ sơ", "≥ 75% số hồ sơ", "Trung tâm PVHCC", "(1)"),
        ("2", "Tỷ lệ kết quả giải quyết thủ tục hành chính được số hóa và ký số", "88% số hồ sơ", "100% số hồ sơ",
         "100% số hồ sơ", "Trung tâm PVHCC", ""),
        ("3", "Tỷ lệ văn bản đi được ký số và gửi, nhận trên hệ thống quản lý văn bản (trừ văn bản mật)", "92%",
         "100%", "100%", "Văn phòng", ""),
        ("4", "Tỷ lệ cuộc họp của UBND phường được tổ chức theo hình thức không giấy tờ", "30% số cuộc họp",
         "≥ 70% số cuộc họp", "≥ 90% số cuộc họp", "Văn phòng", ""),
        ("5", "Tỷ lệ cán bộ, công chức được cấp và sử dụng chữ ký số cá nhân", "76%", "100% cán bộ, công chức",
         "100% cán bộ, công chức", "Văn phòng", ""),
        ("6", "Mức độ hài lòng của người dân khi giải quyết thủ tục hành chính tại Trung tâm PVHCC", "91,2%",
         "≥ 95%", "≥ 97%", "Trung tâm PVHCC", "Khảo sát qua thiết bị đánh giá tại quầy"),
        ("7", "Số bản ghi dữ liệu hộ tịch lịch sử được số hóa, làm sạch và đồng bộ vào cơ sở dữ liệu hộ tịch",
         "18.400 bản ghi", "32.000 bản ghi", "Hoàn thành 100%", "Văn phòng", "(2)"),
    ]),
    ("II. KINH TẾ SỐ", [
        ("8", "Tỷ lệ hộ kinh doanh tại chợ Ngọc Tuyền chấp nhận thanh toán không dùng tiền mặt", "58%", "≥ 80%",
         "100%", "Phòng KT-HT-ĐT", ""),
        ("9", "Số hộ kinh doanh, hợp tác xã có gian hàng trên sàn thương mại điện tử", "46 hộ", "120 hộ", "200 hộ",
         "Phòng KT-HT-ĐT", ""),
        ("10", "Số sản phẩm OCOP, sản phẩm đặc trưng được gắn mã QR truy xuất nguồn gốc", "04 sản phẩm",
         "09 sản phẩm", "12 sản phẩm", "Phòng KT-HT-ĐT", ""),
        ("11", "Tỷ lệ hộ kinh doanh khai, nộp thuế bằng phương thức điện tử", "63%", "≥ 90%", "100%",
         "Phòng KT-HT-ĐT", "(3)"),
        ("12", "Tỷ lệ doanh nghiệp trên địa bàn sử dụng hóa đơn điện tử", "100%", "100%", "100%", "Phòng KT-HT-ĐT",
         "Duy trì"),
    ]),
    ("III. XÃ HỘI SỐ", [
        ("13", "Tỷ lệ người dân từ 14 tuổi trở lên có tài khoản định danh điện tử mức độ 2 đã kích hoạt", "82,5%",
         "≥ 92%", "≥ 95%", "Công an phường", ""),
        ("14", "Tỷ lệ người trưởng thành có tài khoản thanh toán hoặc ví điện tử", "71%", "≥ 80%", "≥ 85%",
         "Phòng KT-HT-ĐT", ""),
        ("15", "Tỷ lệ người dân hoàn thành ít nhất 01 khóa kỹ năng số cơ bản trên nền tảng \"Bình dân học vụ số\"",
         "-", "≥ 30% dân số trưởng thành", "≥ 50% dân số trưởng thành", "Phòng VH-XH", "(4)"),
        ("16", "Số tổ dân phố có Tổ CNSCĐ hoạt động thường xuyên", "21/24 tổ dân phố", "24/24 tổ dân phố",
         "24/24 tổ dân phố", "Phòng VH-XH", ""),
        ("17", "Tỷ lệ người dân có Sổ sức khỏe điện tử trên ứng dụng VNeID", "64%", "≥ 85%", "≥ 95%",
         "Phòng VH-XH", "Trạm Y tế phường cung cấp số liệu"),
        ("18", "Tỷ lệ học sinh các trường mầm non, tiểu học, trung học cơ sở trên địa bàn có học bạ số", "70%",
         "100%", "100%", "Phòng VH-XH", ""),
    ]),
    ("IV. HẠ TẦNG SỐ VÀ AN TOÀN THÔNG TIN", [
        ("19", "Số tổ dân phố được phủ sóng di động 4G/5G, không còn \"vùng lõm\"", "22/24 tổ dân phố",
         "24/24 tổ dân phố", "24/24 tổ dân phố", "Phòng KT-HT-ĐT", ""),
        ("20", "Số điểm camera an ninh kết nối về Trung tâm giám sát của Công an phường", "38 điểm", "65 điểm",
         "90 điểm", "Công an phường", "Camera xã hội hóa"),
        ("21", "Số điểm truy cập Wi-Fi công cộng miễn phí", "03 điểm", "08 điểm", "12 điểm", "Phòng KT-HT-ĐT", ""),
        ("22", "Tỷ lệ máy tính của cơ quan được cài phần mềm phòng chống mã độc có quản trị tập trung", "55%",
         "100%", "100%", "Văn phòng", ""),
        ("23", "Số cuộc diễn tập, kiểm tra an toàn thông tin được tổ chức trong năm", "0", "01 cuộc", "02 cuộc",
         "Văn phòng", ""),
        ("24", "Băng thông đường truyền số liệu chuyên dùng tại trụ sở UBND phường", "40 Mbps", "100 Mbps",
         "200 Mbps", "Văn phòng", ""),
    ]),
]
IND_NOTES = [
    "Ghi chú:",
    "(1) Tính trên tổng số hồ sơ thủ tục hành chính đủ điều kiện cung cấp trực tuyến toàn trình do Trung tâm "
    "PVHCC tiếp nhận.",
    "(2) Dữ liệu hộ tịch lưu trữ tại 03 đơn vị hành chính cấp xã trước sắp xếp, giai đoạn 1999 - 2015.",
    "(3) Số liệu do Thuế cơ sở 4 tỉnh Lam Điền cung cấp hằng quý.",
    "(4) Chỉ tiêu mới, chưa có số liệu năm 2025; tính trên số người từ 18 tuổi trở lên cư trú trên địa bàn.",
]

# ---------------------------------------------------------------- Phụ lục 02: tasks with a quarter timeline
APPX2_TITLE = "Phụ lục 02"
APPX2_SUB = "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2026, ĐỊNH HƯỚNG NĂM 2027"
APPX2_NOTE2 = "(Đánh dấu x vào thời gian thực hiện nhiệm vụ)"
TASK_HEAD = ["TT", "Nhiệm vụ", "Bộ phận chủ trì", "Bộ phận phối hợp", "Sản phẩm đầu ra"]
TASK_PARENT = "Tiến độ thực hiện"
TASK_CHILD = ["Quý I/2026", "Quý II/2026", "Quý III/2026", "Quý IV/2026", "Năm 2027"]

ALL = "11111"
TASK_GROUPS = [
    ("1", "Công tác chỉ đạo, điều hành và tuyên truyền", [
        ("1.1", "Kiện toàn Ban Chỉ đạo chuyển đổi số và Đề án 06 của phường; ban hành quy chế hoạt động",
         "Văn phòng", "Công an phường; các phòng chuyên môn", "Quyết định kiện toàn; Quy chế hoạt động", "10000"),
        ("1.2", "Xây dựng kế hoạch tuyên truyền về chuyển đổi số trên hệ thống truyền thanh và trang thông tin "
                "điện tử phường", "Phòng VH-XH", "Văn phòng; Ủy ban MTTQ Việt Nam phường",
         "Kế hoạch tuyên truyền; tối thiểu 02 tin, bài/tháng", "10000"),
        ("1.3", "Tổ chức Ngày Chuyển đổi số phường (10/10) gắn với trưng bày, hướng dẫn dịch vụ số cho người dân",
         "Phòng VH-XH", "Đoàn Thanh niên phường; VNPT Lam Điền", "Chương trình Ngày Chuyển đổi số; báo cáo kết quả",
         "00011"),
        ("1.4", "Đánh giá, xếp loại mức độ chuyển đổi số của các tổ dân phố, cơ quan, đơn vị trên địa bàn",
         "Văn phòng", "Phòng VH-XH; Tổ CNSCĐ", "Bộ tiêu chí đánh giá; Quyết định công nhận kết quả", "00011"),
        ("1.5", "Sơ kết 6 tháng, tổng kết năm thực hiện Kế hoạch; báo cáo UBND tỉnh qua Sở Khoa học và Công nghệ",
         "Văn phòng", "Các phòng chuyên môn; Trung tâm PVHCC", "Báo cáo sơ kết, báo cáo tổng kết", "01011"),
        ("1.6", "Đưa nội dung chuyển đổi số vào tiêu chí thi đua, khen thưởng hằng năm của phường", "Văn phòng",
         "Ủy ban MTTQ Việt Nam phường; các đoàn thể", "Hướng dẫn thi đua năm 2026", "10000"),
    ]),
    ("2", "Phát triển hạ tầng số, bảo đảm an toàn thông tin", [
        ("2.1", "Nâng cấp mạng nội bộ, thiết bị tường lửa tại trụ sở UBND phường và Trung tâm PVHCC", "Văn phòng",
         "VNPT Lam Điền", "Mạng nội bộ và tường lửa được nâng cấp", "01000"),
        ("2.2", "Nâng băng thông đường truyền số liệu chuyên dùng tại trụ sở UBND phường lên 100 Mbps",
         "Văn phòng", "VNPT Lam Điền", "Đường truyền 100 Mbps", "11000"),
        ("2.3", "Phối hợp doanh nghiệp viễn thông xóa 02 \"vùng lõm\" sóng di động tại tổ dân phố Đồng Sậy và Gò "
                "Mít", "Phòng KT-HT-ĐT", "Viettel Lam Điền; VNPT Lam Điền", "02 trạm BTS mới; biên bản đo kiểm",
         "01100"),
        ("2.4", "Lắp đặt bổ sung camera an ninh tại tuyến phố, nút giao và kết nối về Trung tâm giám sát của Công "
                "an phường", "Công an phường", "Phòng KT-HT-ĐT; các tổ dân phố", "27 điểm camera mới trong năm 2026",
         "01111"),
        ("2.5", "Lắp đặt điểm Wi-Fi công cộng miễn phí tại nhà văn hóa, chợ Ngọc Tuyền và công viên Bến Lội",
         "Phòng KT-HT-ĐT", "Viettel Lam Điền", "05 điểm Wi-Fi mới", "00100"),
        ("2.6", "Cài đặt phần mềm phòng chống mã độc có quản trị tập trung cho máy tính của cơ quan", "Văn phòng",
         "Sở Khoa học và Công nghệ", "100% máy tính được cài đặt, giám sát", "11000"),
        ("2.7", "Tổ chức diễn tập ứng cứu sự cố an toàn thông tin; rà soát, khắc phục lỗ hổng định kỳ", "Văn phòng",
         "Công an phường; Sở Khoa học và Công nghệ", "Kịch bản và báo cáo kết quả diễn tập", "00011"),
    ]),
    ("3", "Phát triển chính quyền số, dữ liệu số", [
        ("3.1", "Số hóa, làm sạch dữ liệu hộ tịch lịch sử của 03 đơn vị hành chính trước sắp xếp", "Văn phòng",
         "Trung tâm PVHCC; Sở Tư pháp", "32.000 bản ghi được số hóa trong năm 2026", ALL),
        ("3.2", "Rà soát, chuẩn hóa danh mục thủ tục hành chính cấp xã; cấu hình quy trình điện tử trên Hệ thống "
                "thông tin giải quyết thủ tục hành chính của tỉnh", "Trung tâm PVHCC",
         "Văn phòng; các phòng chuyên môn", "Danh mục thủ tục hành chính; quy trình nội bộ điện tử", "10000"),
        ("3.3", "Duy trì Tổ hỗ trợ dịch vụ công trực tuyến tại Trung tâm PVHCC, hướng dẫn người dân nộp hồ sơ "
                "trực tuyến", "Trung tâm PVHCC", "Đoàn Thanh niên phường; Tổ CNSCĐ",
         "Tổ hỗ trợ hoạt động; sổ theo dõi lượt hỗ trợ", ALL),
        ("3.4", "Triển khai phần mềm họp không giấy tờ cho các cuộc họp của UBND phường", "Văn phòng",
         "Các phòng chuyên môn", "Phần mềm họp không giấy tờ đưa vào sử dụng", "01000"),
        ("3.5", "Xây dựng cơ sở dữ liệu nhà ở, hộ gia đình và cơ sở kinh doanh, cập nhật trên bản đồ số của phường",
         "Phòng KT-HT-ĐT", "Công an phường; các tổ dân phố", "Cơ sở dữ liệu và lớp bản đồ số", "00111"),
        ("3.6", "Làm sạch dữ liệu dân cư, đồng bộ với Cơ sở dữ liệu quốc gia về dân cư theo Đề án 06",
         "Công an phường", "Văn phòng; các tổ dân phố", "Dữ liệu dân cư \"đúng, đủ, sạch, sống\"", "11000"),
        ("3.7", "Xây dựng trang thông tin điện tử phường trên nền tảng dùng chung của tỉnh, có chuyên mục hỏi đáp "
                "và tiếp nhận phản ánh", "Văn phòng", "Phòng VH-XH", "Trang thông tin điện tử phường hoạt động",
         "01000"),
    ]),
    ("4", "Phát triển kinh tế số", [
        ("4.1", "Hỗ trợ tiểu thương chợ Ngọc Tuyền đăng ký mã QR thanh toán, xây dựng mô hình \"Chợ 4.0\"",
         "Phòng KT-HT-ĐT", "Ban Quản lý chợ Ngọc Tuyền; các ngân hàng thương mại", "Mô hình \"Chợ 4.0\"",
         "01100"),
        ("4.2", "Hỗ trợ hộ kinh doanh, hợp tác xã mở gian hàng trên sàn thương mại điện tử", "Phòng KT-HT-ĐT",
         "Đoàn Thanh niên phường; Bưu điện phường Ngọc Tuyền", "74 gian hàng mới trong năm 2026", "01111"),
        ("4.3", "Gắn mã QR truy xuất nguồn gốc cho sản phẩm OCOP, sản phẩm đặc trưng (bánh đa Bến Lội, chè Tuyền "
                "Hưng)", "Phòng KT-HT-ĐT", "Hợp tác xã Chè Tuyền Hưng; các hộ sản xuất",
         "05 sản phẩm được gắn mã mới", "00100"),
        ("4.4", "Vận động hộ kinh doanh chuyển sang khai, nộp thuế điện tử", "Phòng KT-HT-ĐT",
         "Thuế cơ sở 4 tỉnh Lam Điền", "≥ 90% hộ kinh doanh nộp thuế điện tử", "11110"),
        ("4.5", "Tổ chức phiên livestream bán hàng, quảng bá sản phẩm đặc trưng của phường",
         "Đoàn Thanh niên phường", "Phòng KT-HT-ĐT; Hội Liên hiệp Phụ nữ phường", "02 phiên livestream/năm",
         "00111"),
        ("4.6", "Khảo sát nhu cầu chuyển đổi số của hộ kinh doanh, doanh nghiệp nhỏ trên địa bàn", "Phòng KT-HT-ĐT",
         "Bưu điện phường Ngọc Tuyền", "Báo cáo kết quả khảo sát", "10000"),
    ]),
    ("5", "Phát triển xã hội số, nhân lực số", [
        ("5.1", "Kiện toàn Tổ CNSCĐ tại 24 tổ dân phố; bồi dưỡng kỹ năng cho thành viên", "Phòng VH-XH",
         "Đoàn Thanh niên phường; các tổ dân phố", "Quyết định kiện toàn 24 Tổ CNSCĐ", "10000"),
        ("5.2", "Triển khai phong trào \"Bình dân học vụ số\" cho người dân trên địa bàn", "Phòng VH-XH",
         "Ủy ban MTTQ Việt Nam phường; Tổ CNSCĐ; Trường THCS Ngọc Tuyền", "Các lớp hướng dẫn kỹ năng số", ALL),
        ("5.3", "Hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức độ 2, tích hợp Sổ sức khỏe điện tử "
                "trên VNeID", "Công an phường", "Trạm Y tế phường; Tổ CNSCĐ", "Số tài khoản được kích hoạt",
         "11110"),
        ("5.4", "Triển khai học bạ số, sổ liên lạc điện tử tại các trường mầm non, tiểu học, trung học cơ sở",
         "Phòng VH-XH", "Các trường học trên địa bàn", "100% học sinh có học bạ số", "00100"),
        ("5.5", "Bồi dưỡng kỹ năng số, an toàn thông tin cho cán bộ, công chức phường", "Văn phòng",
         "Sở Khoa học và Công nghệ; Sở Nội vụ", "02 lớp bồi dưỡng", "01100"),
        ("5.6", "Chi trả trợ cấp xã hội, ưu đãi người có công không dùng tiền mặt", "Phòng VH-XH",
         "Bưu điện phường Ngọc Tuyền; các ngân hàng thương mại", "≥ 95% đối tượng nhận qua tài khoản", "11000"),
    ]),
]

# ---------------------------------------------------------------- Phụ lục 03: funding by source in columns
APPX3_TITLE = "Phụ lục 03"
APPX3_SUB = "DỰ KIẾN KINH PHÍ THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI SỐ"
APPX3_UNIT = "Đơn vị tính: triệu đồng"
BUD_HEAD = ["TT", "Nội dung", "Thời gian thực hiện", "Tổng kinh phí", "Ngân sách tỉnh hỗ trợ", "Ngân sách phường",
            "Xã hội hóa", "Ghi chú"]
BUD_PARENT = "Trong đó"          # over columns 4-6
BUD_ROWS = [
    ("1", "Nâng cấp mạng nội bộ, tường lửa, đường truyền số liệu chuyên dùng", "2026", "420", "300", "120", "-",
     "Nhiệm vụ 2.1, 2.2"),
    ("2", "Camera an ninh kết nối Trung tâm giám sát", "2026-2027", "1.560", "-", "360", "1.200",
     "Vận động doanh nghiệp, hộ gia đình"),
    ("3", "Điểm Wi-Fi công cộng miễn phí", "2026", "150", "-", "50", "100", "Viettel Lam Điền tài trợ thiết bị"),
    ("4", "Số hóa dữ liệu hộ tịch lịch sử", "2026-2027", "640", "480", "160", "-", "Nhiệm vụ 3.1"),
    ("5", "Thuê phần mềm họp không giấy tờ, máy tính bảng", "2026", "285", "-", "285", "-", "Thuê dịch vụ"),
    ("6", "Cơ sở dữ liệu nhà ở, cơ sở kinh doanh và bản đồ số", "2026-2027", "530", "400", "130", "-",
     "Nhiệm vụ 3.5"),
    ("7", "Phần mềm phòng chống mã độc, diễn tập an toàn thông tin", "Hằng năm", "95", "-", "95", "-", ""),
    ("8", "Hoạt động Tổ CNSCĐ, phong trào \"Bình dân học vụ số\", tuyên truyền", "Hằng năm", "240", "-", "180",
     "60", ""),
    ("9", "Mô hình \"Chợ 4.0\", thương mại điện tử, truy xuất nguồn gốc", "2026", "180", "-", "60", "120",
     "Ngân hàng thương mại hỗ trợ"),
]
BUD_TOTAL = ("", "Tổng cộng", "", "4.100", "1.180", "1.440", "1.480", "")


# ---------------------------------------------------------------- helpers
def num(s):
    return 0 if s == "-" else int(s.replace(".", ""))


def indicator_rows():
    return [r for _, rows in IND_GROUPS for r in rows]


def task_list():
    return [t for _, _, ts in TASK_GROUPS for t in ts]


def task_quarters(t):
    """column labels of Phụ lục 02 marked x for task t"""
    return [TASK_CHILD[i] for i, c in enumerate(t[5]) if c == "1"]


def task_row_cells(t):
    """the printed cells of a task row"""
    return list(t[:5]) + ["x" if c == "1" else "" for c in t[5]]


# ---------------------------------------------------------------- self-checks
assert [len(rs) for _, rs in IND_GROUPS] == [7, 5, 6, 6]
assert [r[0] for r in indicator_rows()] == [str(i) for i in range(1, 25)]
assert all(len(r) == 7 for r in indicator_rows())
assert [len(ts) for _, _, ts in TASK_GROUPS] == [6, 7, 7, 6, 6]
assert len(task_list()) == 32
for g, _, ts in TASK_GROUPS:
    assert [t[0] for t in ts] == [f"{g}.{i}" for i in range(1, len(ts) + 1)]
    for t in ts:
        assert len(t) == 6 and len(t[5]) == 5 and "1" in t[5]
for r in BT_ROWS:
    assert sum(num(x) for x in r[2:5]) == num(r[5]), r
for r in BUD_ROWS:
    assert len(r) == 8 and num(r[4]) + num(r[5]) + num(r[6]) == num(r[3]), r
for j in range(3, 7):
    assert sum(num(r[j]) for r in BUD_ROWS) == num(BUD_TOTAL[j]), j
assert num(BUD_TOTAL[4]) + num(BUD_TOTAL[5]) + num(BUD_TOTAL[6]) == num(BUD_TOTAL[3])
_body = " ".join(t for _, t in BODY)
for v in BUD_TOTAL[3:7]:
    assert v + " triệu đồng" in _body, v
assert "24 chỉ tiêu thuộc 04 nhóm" in _body and "32 nhiệm vụ thuộc 05 nhóm" in _body
# 41,6% in the body and indicator 1 = Bảng 1 row 4 / row 3
assert round(100 * 2066 / 4969, 1) == 41.6 and round(100 * 233 / 906, 1) == 25.7
assert indicator_rows()[0][2] == "41,6% số hồ sơ"
# the camera and Wi-Fi baselines equal the Bảng 1 totals; the 2026 growth equals the task products
assert indicator_rows()[19][2] == "38 điểm" and 65 - 38 == 27 and 8 - 3 == 5 and 120 - 46 == 74 and 9 - 4 == 5
