"""FICTIONAL document of held-out set 27: Chương trình số 14/CTr-UBND của UBND tỉnh Ngọc Lâm -- chuyển đổi số,
phát triển chính quyền số và bảo đảm an toàn thông tin mạng giai đoạn 2026 - 2030.

String data only. Written by hand for this set (not copied from anywhere). The province "Ngọc Lâm", the programme
number, date, signer, the submission 36/TTr-SKHCN, every baseline, target, task, deadline, funding source and amount
are invented. Every rendered format (docs/*.md|docx|pdf) and every gold string comes from this module.
Partner cells list bodies separated by ";" -- the renderers put each body on its own line (multi-line cells).
"""

HEADER_LEFT = ["ỦY BAN NHÂN DÂN", "TỈNH NGỌC LÂM"]
HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
NUMBER = "Số: 14/CTr-UBND"
PLACE_DATE = "Ngọc Lâm, ngày 22 tháng 01 năm 2026"
TITLE = "CHƯƠNG TRÌNH"
SUBTITLE = ("Chuyển đổi số, phát triển chính quyền số và bảo đảm an toàn thông tin mạng tỉnh Ngọc Lâm "
            "giai đoạn 2026 - 2030")

SKHCN = "Sở KH&CN"
PVHCC = "Trung tâm PVHCC"
NHNN = "Ngân hàng Nhà nước Chi nhánh Khu vực 9"
VP = "Văn phòng UBND tỉnh"
CA = "Công an tỉnh"

# (style, text): part = "Phần thứ ..." heading, sec = Roman section heading, sub = numbered sub-heading (bold line),
# p = paragraph, item = "- " item
BODY = [
    ("p", "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công "
          "nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; Quyết định số 2629/QĐ-TTg ngày 01/12/2025 của Thủ "
          "tướng Chính phủ phê duyệt Chương trình phát triển Chính phủ số; Nghị quyết Đại hội đại biểu Đảng bộ "
          "tỉnh Ngọc Lâm lần thứ I, nhiệm kỳ 2025 - 2030;"),
    ("p", "Xét đề nghị của Sở Khoa học và Công nghệ (sau đây gọi tắt là Sở KH&CN) tại Tờ trình số 36/TTr-SKHCN "
          "ngày 09/01/2026, Ủy ban nhân dân tỉnh (sau đây gọi tắt là UBND tỉnh) ban hành Chương trình chuyển đổi "
          "số, phát triển chính quyền số và bảo đảm an toàn thông tin mạng tỉnh Ngọc Lâm giai đoạn 2026 - 2030 "
          "(sau đây gọi tắt là Chương trình) như sau:"),
    ("part", "Phần thứ nhất"),
    ("part", "THỰC TRẠNG CHUYỂN ĐỔI SỐ CỦA TỈNH ĐẾN HẾT NĂM 2025"),
    ("sec", "I. KẾT QUẢ ĐẠT ĐƯỢC"),
    ("p", "Năm 2025, tỉnh Ngọc Lâm xếp thứ 27/34 tỉnh, thành phố về Chỉ số chuyển đổi số cấp tỉnh (DTI), tăng 04 "
          "bậc so với năm 2024. Hạ tầng băng rộng cáp quang đã đến 100% xã, phường; 71% hộ gia đình có kết nối "
          "Internet băng rộng cáp quang; vùng phủ sóng 5G đạt 38% dân số."),
    ("p", "Trung tâm Phục vụ hành chính công tỉnh (sau đây gọi tắt là Trung tâm PVHCC) đã cung cấp 82% thủ tục "
          "hành chính đủ điều kiện dưới hình thức dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ nộp trực tuyến "
          "đạt 58%; 96% văn bản đi của cơ quan hành chính nhà nước được ký số và gửi nhận trên môi trường mạng."),
    ("p", "Kinh tế số ước đóng góp 11,4% GRDP của tỉnh; toàn tỉnh có 310 doanh nghiệp công nghệ số và 1.150 Tổ "
          "công nghệ số cộng đồng đang hoạt động."),
    ("sec", "II. HẠN CHẾ, NGUYÊN NHÂN"),
    ("p", "Tỉnh chưa có trung tâm dữ liệu đạt tiêu chuẩn Tier III; dữ liệu chuyên ngành còn phân tán, mới có 14 "
          "cơ sở dữ liệu chuyên ngành được kết nối qua Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP). Nhân "
          "lực chuyên trách công nghệ thông tin ở cấp xã còn thiếu: bình quân mỗi xã, phường chỉ có 0,6 người "
          "được đào tạo đúng chuyên ngành."),
    ("part", "Phần thứ hai"),
    ("part", "QUAN ĐIỂM, MỤC TIÊU"),
    ("sec", "I. QUAN ĐIỂM"),
    ("item", "- Chuyển đổi số là nhiệm vụ chính trị trọng tâm, thường xuyên của cả hệ thống chính trị; người đứng "
             "đầu trực tiếp chỉ đạo và chịu trách nhiệm về kết quả chuyển đổi số của cơ quan, đơn vị, địa phương."),
    ("item", "- Bảo đảm an toàn thông tin mạng là điều kiện tiên quyết; mọi hệ thống thông tin phải được phê duyệt "
             "cấp độ trước khi đưa vào vận hành."),
    ("item", "- Ưu tiên thuê dịch vụ, dùng chung hạ tầng và nền tảng; không đầu tư dàn trải, trùng lặp."),
    ("sec", "II. MỤC TIÊU"),
    ("sub", "1. Mục tiêu chung"),
    ("p", "Đến năm 2030, tỉnh Ngọc Lâm thuộc nhóm 15 tỉnh, thành phố dẫn đầu cả nước về Chỉ số chuyển đổi số cấp "
          "tỉnh; chính quyền số vận hành dựa trên dữ liệu; kinh tế số chiếm 25% GRDP; người dân được tiếp cận "
          "dịch vụ số an toàn, thuận tiện."),
    ("sub", "2. Mục tiêu cụ thể"),
    ("p", "Chương trình đặt ra 30 chỉ tiêu chủ yếu, chia thành 05 nhóm, với giá trị hiện trạng năm 2025 và mục "
          "tiêu các năm 2026, 2028, 2030 (chi tiết tại Phụ lục 1); trong đó:"),
    ("item", "- Đến năm 2028, có 01 trung tâm dữ liệu đạt tiêu chuẩn Tier III; đến năm 2030 có 02 trung tâm."),
    ("item", "- Đến năm 2028, 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình; tỷ lệ hồ "
             "sơ nộp trực tuyến đạt 75% năm 2028 và 85% năm 2030."),
    ("item", "- Đến năm 2030, 70% người dân trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân; 100% người dân "
             "có hồ sơ sức khỏe điện tử được cập nhật thường xuyên."),
    ("part", "Phần thứ ba"),
    ("part", "NHIỆM VỤ, GIẢI PHÁP"),
    ("p", "Chương trình gồm 38 nhiệm vụ, chia thành 06 nhóm (chi tiết tại Phụ lục 2). Các nhiệm vụ trọng tâm như "
          "sau:"),
    ("sec", "I. HOÀN THIỆN THỂ CHẾ"),
    ("p", "Trình HĐND tỉnh ban hành chính sách hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số; ban hành Kiến trúc "
          "chính quyền số phiên bản 4.0 và quy chế quản lý, kết nối, chia sẻ dữ liệu số của tỉnh."),
    ("sec", "II. HẠ TẦNG SỐ VÀ AN TOÀN THÔNG TIN MẠNG"),
    ("p", "Đầu tư Trung tâm dữ liệu tỉnh đạt tiêu chuẩn Tier III với tổng mức đầu tư dự kiến 312,0 tỷ đồng; triển "
          "khai giai đoạn 2 của Trung tâm giám sát, điều hành an toàn thông tin mạng (SOC) với kinh phí dự kiến "
          "48,5 tỷ đồng; bố trí tối thiểu 10% kinh phí của mỗi dự án công nghệ thông tin cho các hạng mục bảo đảm an "
          "toàn thông tin."),
    ("sec", "III. CHÍNH QUYỀN SỐ VÀ DỮ LIỆU SỐ"),
    ("p", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, triển khai trợ lý ảo phục vụ người dân; "
          "xây dựng Kho dữ liệu dùng chung của tỉnh, Cổng dữ liệu mở và các cơ sở dữ liệu đất đai, giáo dục, "
          "nông nghiệp."),
    ("sec", "IV. KINH TẾ SỐ VÀ XÃ HỘI SỐ"),
    ("p", "Hỗ trợ tối thiểu 1.500 doanh nghiệp nhỏ và vừa chuyển đổi số; phát triển khu công nghệ thông tin tập "
          "trung; phổ cập kỹ năng số cho người dân thông qua Tổ công nghệ số cộng đồng ở 100% thôn, tổ dân phố."),
    ("part", "Phần thứ tư"),
    ("part", "KINH PHÍ THỰC HIỆN"),
    ("p", "Tổng kinh phí dự kiến thực hiện Chương trình là 1.248,6 tỷ đồng, gồm: ngân sách trung ương 186,0 tỷ "
          "đồng; ngân sách tỉnh 742,4 tỷ đồng; ngân sách cấp xã 95,2 tỷ đồng; vốn doanh nghiệp và xã hội hóa "
          "225,0 tỷ đồng."),
    ("p", "Phân kỳ: giai đoạn 2026 - 2027 là 468,3 tỷ đồng; giai đoạn 2028 - 2030 là 780,3 tỷ đồng."),
    ("p", "Hằng năm, các cơ quan, đơn vị lập dự toán kinh phí thực hiện nhiệm vụ của Chương trình gửi Sở Tài chính "
          "trước ngày 15/7 để tổng hợp, trình cấp có thẩm quyền bố trí; ưu tiên hình thức thuê dịch vụ công nghệ "
          "thông tin."),
    ("part", "Phần thứ năm"),
    ("part", "TỔ CHỨC THỰC HIỆN"),
    ("sub", "1. Sở KH&CN"),
    ("p", "Là cơ quan thường trực, chủ trì theo dõi, đôn đốc thực hiện Chương trình; tổng hợp, báo cáo UBND tỉnh "
          "kết quả thực hiện trước ngày 15/12 hằng năm; tham mưu sơ kết giữa kỳ vào Quý III/2028 và tổng kết "
          "Chương trình vào Quý IV/2030."),
    ("sub", "2. Công an tỉnh"),
    ("p", "Chủ trì bảo đảm an ninh mạng, bảo vệ dữ liệu cá nhân; thẩm định hồ sơ đề xuất cấp độ an toàn hệ thống "
          "thông tin; theo dõi chỉ tiêu về mức độ trưởng thành quản trị dữ liệu của các cơ quan, địa phương."),
    ("sub", "3. Sở Tài chính"),
    ("p", "Chủ trì tham mưu bố trí vốn đầu tư công và kinh phí chi thường xuyên; hướng dẫn thủ tục thuê dịch vụ "
          "công nghệ thông tin theo quy định."),
    ("sub", "4. Sở Nội vụ"),
    ("p", "Đưa kết quả thực hiện Chương trình vào tiêu chí đánh giá, xếp loại cơ quan, đơn vị và người đứng đầu; "
          "tham mưu chính sách thu hút chuyên gia công nghệ số."),
    ("sub", "5. Các sở, ban, ngành và UBND các xã, phường"),
    ("p", "Xây dựng kế hoạch thực hiện Chương trình của cơ quan, địa phương mình trước ngày 31/3/2026; báo cáo kết "
          "quả thực hiện về Sở KH&CN trước ngày 05/12 hằng năm."),
    ("sub", "6. Các doanh nghiệp viễn thông, công nghệ số"),
    ("p", "Đầu tư phát triển hạ tầng 5G, cáp quang; phối hợp xóa vùng lõm sóng và cung cấp nền tảng, dịch vụ số "
          "cho các cơ quan nhà nước theo hình thức thuê dịch vụ."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở "
          "KH&CN để tổng hợp, báo cáo UBND tỉnh xem xét, điều chỉnh cho phù hợp./."),
]

RECIPIENTS = ["Nơi nhận:", "- Bộ Khoa học và Công nghệ (để b/c);", "- Thường trực Tỉnh ủy (để b/c);",
              "- Thường trực HĐND tỉnh (để b/c);", "- Chủ tịch, các PCT UBND tỉnh;",
              "- Các sở, ban, ngành cấp tỉnh;", "- UBND các xã, phường;", "- Lưu: VT, KGVX."]
SIGNATURE = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Mạc Đình Khải"]

# ---------------------------------------------------------------- Phụ lục 1: indicators
APP1_TITLE = ["Phụ lục 1", "CHỈ TIÊU CHỦ YẾU VỀ CHUYỂN ĐỔI SỐ TỈNH NGỌC LÂM GIAI ĐOẠN 2026 - 2030",
              "(Kèm theo Chương trình số 14/CTr-UBND ngày 22/01/2026 của UBND tỉnh Ngọc Lâm)"]
APP1_HEAD = ["TT", "Chỉ tiêu", "Đơn vị đo", "Hiện trạng 2025", "Năm 2026", "Năm 2028", "Năm 2030",
             "Đơn vị theo dõi, đánh giá"]
APP1_SUPER = "Mục tiêu"          # merged over Năm 2026 | Năm 2028 | Năm 2030 in .docx and .pdf
# groups: (label, rows); row: (tt, name, unit, baseline 2025, 2026, 2028, 2030, agency)
APP1 = [
    ("A. HẠ TẦNG SỐ VÀ AN TOÀN THÔNG TIN MẠNG", [
        ("1", "Tỷ lệ dân số được phủ sóng mạng di động 5G", "%", "38", "55", "80", "99", SKHCN),
        ("2", "Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang", "%", "71", "78", "88", "95", SKHCN),
        ("3", "Tốc độ truy cập Internet băng rộng cố định trung bình", "Mb/s", "142", "180", "250", "400", SKHCN),
        ("4", "Số trung tâm dữ liệu đạt tiêu chuẩn Tier III trên địa bàn tỉnh", "Trung tâm", "0", "-", "01", "02",
         SKHCN),
        ("5", "Tỷ lệ hệ thống thông tin được phê duyệt cấp độ an toàn thông tin và triển khai đầy đủ phương án "
              "bảo đảm an toàn theo cấp độ", "%", "64", "85", "100", "100", CA),
        ("6", "Tỷ lệ cơ quan nhà nước được giám sát an toàn thông tin mạng tập trung (SOC), kết nối với hệ thống "
              "giám sát quốc gia", "%", "52", "75", "100", "100", CA),
    ]),
    ("B. CHÍNH QUYỀN SỐ", [
        ("7", "Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn "
              "trình", "%", "82", "90", "100", "100", PVHCC),
        ("8", "Tỷ lệ hồ sơ thủ tục hành chính được nộp trực tuyến", "%", "58", "65", "75", "85", PVHCC),
        ("9", "Tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa và ký số", "%", "76", "85", "95",
         "100", PVHCC),
        ("10", "Mức độ hài lòng của người dân, doanh nghiệp đối với dịch vụ công trực tuyến", "%", "88", "90", "93",
         "≥ 95", "Sở Nội vụ"),
        ("11", "Tỷ lệ văn bản đi của cơ quan hành chính nhà nước được ký số và gửi nhận trên môi trường mạng (trừ "
               "văn bản mật)", "%", "96", "98", "100", "100", VP),
        ("12", "Tỷ lệ chế độ báo cáo định kỳ được thực hiện trên Hệ thống thông tin báo cáo của tỉnh", "%", "70",
         "80", "95", "100", VP),
        ("13", "Tỷ lệ cán bộ, công chức, viên chức được bồi dưỡng kỹ năng số cơ bản", "%", "60", "75", "90", "100",
         "Sở Nội vụ"),
        ("14", "Xếp hạng Chỉ số chuyển đổi số cấp tỉnh (DTI)", "Thứ hạng", "27", "Top 25", "Top 20", "Top 15",
         SKHCN),
    ]),
    ("C. DỮ LIỆU SỐ", [
        ("15", "Số cơ sở dữ liệu chuyên ngành được kết nối, chia sẻ qua Nền tảng tích hợp, chia sẻ dữ liệu cấp "
               "tỉnh (LGSP)", "Cơ sở dữ liệu", "14", "20", "28", "35", SKHCN),
        ("16", "Tỷ lệ dữ liệu mở được công bố trên Cổng dữ liệu mở của tỉnh theo danh mục đã ban hành", "%", "30",
         "50", "80", "100", SKHCN),
        ("17", "Tỷ lệ sở, ngành, UBND cấp xã đạt mức độ trưởng thành về quản trị dữ liệu cấp độ 3 trở lên", "%",
         "-", "40", "80", "100", CA),
        ("18", "Tỷ lệ thông tin công dân trong các cơ sở dữ liệu chuyên ngành được đồng bộ, xác thực với Cơ sở "
               "dữ liệu quốc gia về dân cư", "%", "72", "85", "95", "100", CA),
        ("19", "Số bộ dữ liệu dùng chung được chuẩn hóa, đưa vào Kho dữ liệu dùng chung của tỉnh", "Bộ dữ liệu",
         "9", "15", "30", "50", SKHCN),
    ]),
    ("D. KINH TẾ SỐ", [
        ("20", "Tỷ trọng kinh tế số trong GRDP của tỉnh", "%", "11,4", "13", "17", "25", "Thống kê tỉnh"),
        ("21", "Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số trong quản trị, sản xuất, kinh doanh", "%", "41",
         "50", "65", "80", "Sở Công Thương"),
        ("22", "Tỷ lệ giao dịch thương mại điện tử được thanh toán không dùng tiền mặt", "%", "63", "70", "80",
         "90", NHNN),
        ("23", "Số doanh nghiệp công nghệ số đang hoạt động trên địa bàn tỉnh", "Doanh nghiệp", "310", "350", "450",
         "600", SKHCN),
        ("24", "Số sản phẩm OCOP được bày bán trên các sàn thương mại điện tử", "Sản phẩm", "126", "180", "260",
         "350", "Sở Công Thương"),
    ]),
    ("E. XÃ HỘI SỐ", [
        ("25", "Tỷ lệ người dân trưởng thành sử dụng điện thoại thông minh", "%", "84", "88", "93", "98", SKHCN),
        ("26", "Tỷ lệ người dân có hồ sơ sức khỏe điện tử được cập nhật thường xuyên", "%", "69", "80", "92", "100",
         "Sở Y tế"),
        ("27", "Tỷ lệ người dân từ 15 tuổi trở lên có tài khoản thanh toán hoặc ví điện tử", "%", "80", "85", "90",
         "95", NHNN),
        ("28", "Tỷ lệ người dân trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân", "%", "18", "30", "50", "70",
         SKHCN),
        ("29", "Số Tổ công nghệ số cộng đồng hoạt động hiệu quả ở thôn, tổ dân phố", "Tổ", "1.150", "1.400",
         "Duy trì", "Duy trì", "UBND các xã, phường"),
        ("30", "Tỷ lệ học sinh phổ thông được cấp học bạ số", "%", "-", "60", "100", "100",
         "Sở Giáo dục và Đào tạo"),
    ]),
]

# ---------------------------------------------------------------- Phụ lục 2: tasks
APP2_TITLE = ["Phụ lục 2", "NHIỆM VỤ THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ TỈNH NGỌC LÂM GIAI ĐOẠN 2026 - 2030",
              "(Kèm theo Chương trình số 14/CTr-UBND ngày 22/01/2026 của UBND tỉnh Ngọc Lâm)"]
APP2_HEAD = ["TT", "Nhiệm vụ", "Đơn vị thực hiện chính", "Đơn vị tham gia", "Kết quả đầu ra", "Mốc hoàn thành",
             "Nguồn vốn"]
TX, NST, NSTW = "Chi thường xuyên", "Ngân sách tỉnh", "Ngân sách trung ương"
# groups: (label, rows); row: (tt, task, lead, partners ("; "-separated), output, milestone, funding)
APP2 = [
    ("I. Hoàn thiện thể chế, cơ chế, chính sách", [
        ("1", "Xây dựng, trình HĐND tỉnh ban hành Nghị quyết quy định chính sách hỗ trợ chuyển đổi số cho doanh "
              "nghiệp nhỏ và vừa giai đoạn 2026 - 2030", SKHCN,
         "Sở Tài chính; Sở Tư pháp; Hiệp hội Doanh nghiệp tỉnh", "Nghị quyết của HĐND tỉnh", "Quý III/2026", TX),
        ("2", "Ban hành Kiến trúc chính quyền số tỉnh Ngọc Lâm phiên bản 4.0", SKHCN,
         "Công an tỉnh; Các sở, ban, ngành", "Quyết định của UBND tỉnh", "Quý II/2026", TX),
        ("3", "Ban hành Quy chế quản lý, kết nối, chia sẻ dữ liệu số của tỉnh", CA, "Sở KH&CN; Sở Tư pháp",
         "Quy chế ban hành kèm theo Quyết định của UBND tỉnh", "Tháng 6/2026", TX),
        ("4", "Ban hành danh mục dữ liệu mở của tỉnh và kế hoạch công bố dữ liệu mở", SKHCN,
         "Các sở, ban, ngành; UBND các xã, phường", "Danh mục dữ liệu mở được phê duyệt", "Quý IV/2026", TX),
        ("5", "Ban hành quy định về thuê dịch vụ công nghệ thông tin, điện toán đám mây trong cơ quan nhà nước "
              "trên địa bàn tỉnh", "Sở Tài chính", "Sở KH&CN; Văn phòng UBND tỉnh",
         "Quyết định quy định về thuê dịch vụ", "Tháng 9/2026", TX),
    ]),
    ("II. Hạ tầng số và an toàn thông tin mạng", [
        ("6", "Phát triển hạ tầng trạm phát sóng 5G tại khu đô thị, khu công nghiệp, khu du lịch và dọc các tuyến "
              "quốc lộ", "Các doanh nghiệp viễn thông", "Sở KH&CN; Sở Xây dựng; UBND các xã, phường",
         "1.800 trạm 5G được lắp đặt mới", "2026–2028", "Vốn doanh nghiệp"),
        ("7", "Xóa vùng lõm sóng di động tại các thôn, bản vùng sâu, vùng xa", SKHCN,
         "Viễn thông Ngọc Lâm (VNPT); Viettel Ngọc Lâm; UBND các xã, phường",
         "100% thôn, bản có sóng di động băng rộng", "Quý IV/2027",
         "Quỹ Dịch vụ viễn thông công ích; vốn doanh nghiệp"),
        ("8", "Đầu tư xây dựng Trung tâm dữ liệu tỉnh đạt tiêu chuẩn Tier III", SKHCN,
         "Sở Tài chính; Sở Xây dựng; Công an tỉnh", "Trung tâm dữ liệu được đưa vào vận hành", "2026–2028",
         "Ngân sách tỉnh (vốn đầu tư công)"),
        ("9", "Nâng cấp Mạng truyền số liệu chuyên dùng cấp II kết nối đến 100% UBND các xã, phường", SKHCN,
         "Bưu điện tỉnh; UBND các xã, phường", "Băng thông tối thiểu 100 Mb/s đến mỗi xã, phường", "Tháng 12/2026",
         NST),
        ("10", "Xây dựng Trung tâm giám sát, điều hành an toàn thông tin mạng (SOC) giai đoạn 2", CA,
         "Sở KH&CN; Văn phòng UBND tỉnh", "SOC giai đoạn 2 giám sát 100% cơ quan nhà nước", "Quý II/2027", NST),
        ("11", "Tổ chức diễn tập thực chiến an toàn thông tin mạng cấp tỉnh", CA,
         "Sở KH&CN; Các doanh nghiệp viễn thông", "01 cuộc diễn tập mỗi năm", "Hằng năm", TX),
        ("12", "Rà soát, phê duyệt hồ sơ đề xuất cấp độ và triển khai phương án bảo đảm an toàn hệ thống thông "
               "tin theo cấp độ", "Các sở, ban, ngành; UBND các xã, phường", "Công an tỉnh; Sở KH&CN",
         "100% hệ thống thông tin được phê duyệt cấp độ", "Tháng 6/2027", TX),
    ]),
    ("III. Chính quyền số", [
        ("13", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh đáp ứng cung cấp dịch vụ công trực "
               "tuyến toàn trình, không phụ thuộc địa giới hành chính", PVHCC,
         "Văn phòng UBND tỉnh; Công an tỉnh; Sở KH&CN", "Hệ thống được nâng cấp, kết nối Cổng Dịch vụ công quốc gia",
         "Quý IV/2026", NST),
        ("14", "Triển khai trợ lý ảo hỗ trợ người dân tra cứu, thực hiện thủ tục hành chính trên Cổng Dịch vụ công "
               "của tỉnh", PVHCC, "Sở KH&CN; Viễn thông Ngọc Lâm (VNPT)", "Trợ lý ảo được đưa vào sử dụng",
         "Quý I/2027", "Thuê dịch vụ"),
        ("15", "Xây dựng Hệ thống thông tin báo cáo và chỉ đạo điều hành thông minh của UBND tỉnh, tích hợp bảng "
               "điều khiển số liệu thời gian thực", VP, "Sở KH&CN; Thống kê tỉnh",
         "100% chế độ báo cáo định kỳ được tích hợp", "Tháng 10/2027", NST),
        ("16", "Triển khai phần mềm quản lý văn bản và điều hành dùng chung đến cấp xã, tích hợp ký số trên thiết "
               "bị di động", VP, "Sở KH&CN; UBND các xã, phường", "Phần mềm dùng chung thống nhất toàn tỉnh",
         "Tháng 6/2026", NST),
        ("17", "Triển khai Hệ thống Công báo điện tử tỉnh Ngọc Lâm", VP, "Sở Tư pháp",
         "Công báo điện tử thay thế Công báo in", "Quý III/2026", NST),
        ("18", "Đào tạo, bồi dưỡng kỹ năng số và an toàn thông tin cho cán bộ, công chức, viên chức", "Sở Nội vụ",
         "Sở KH&CN; Công an tỉnh", "Tối thiểu 12.000 lượt người được bồi dưỡng mỗi năm", "Hằng năm", TX),
        ("19", "Số hóa hồ sơ, tài liệu lưu trữ lịch sử của tỉnh", "Sở Nội vụ",
         "Các sở, ban, ngành; UBND các xã, phường", "2,5 triệu trang tài liệu được số hóa", "2026–2030", NST),
        ("20", "Đánh giá, xếp hạng mức độ chuyển đổi số của các sở, ngành và UBND các xã, phường", SKHCN,
         "Sở Nội vụ; Văn phòng UBND tỉnh", "Quyết định công bố kết quả xếp hạng", "Quý I hằng năm", TX),
    ]),
    ("IV. Dữ liệu số", [
        ("21", "Xây dựng Kho dữ liệu dùng chung của tỉnh và nền tảng phân tích dữ liệu lớn", SKHCN,
         "Công an tỉnh; Các sở, ban, ngành", "Kho dữ liệu dùng chung vận hành với tối thiểu 50 bộ dữ liệu",
         "2026–2028", NST),
        ("22", "Xây dựng cơ sở dữ liệu đất đai của tỉnh, kết nối với Cơ sở dữ liệu quốc gia về đất đai",
         "Sở Nông nghiệp và Môi trường", "Công an tỉnh; UBND các xã, phường",
         "Cơ sở dữ liệu đất đai hoàn thành, vận hành", "Tháng 12/2027", "Ngân sách trung ương; ngân sách tỉnh"),
        ("23", "Làm sạch, đồng bộ dữ liệu hộ tịch, dữ liệu an sinh xã hội với Cơ sở dữ liệu quốc gia về dân cư", CA,
         "Sở Tư pháp; Sở Y tế; Bảo hiểm xã hội tỉnh; UBND các xã, phường", "Dữ liệu được làm sạch, xác thực",
         "Quý IV/2026", TX),
        ("24", "Xây dựng cơ sở dữ liệu ngành giáo dục và triển khai học bạ số", "Sở Giáo dục và Đào tạo",
         "Sở KH&CN; UBND các xã, phường", "Học bạ số cấp cho 100% học sinh phổ thông", "Năm học 2027 - 2028", NST),
        ("25", "Xây dựng Cổng dữ liệu mở của tỉnh và công bố dữ liệu mở theo danh mục", SKHCN, "Các sở, ban, ngành",
         "Cổng dữ liệu mở được vận hành", "Quý II/2027", NST),
        ("26", "Xây dựng cơ sở dữ liệu nông nghiệp và truy xuất nguồn gốc nông sản chủ lực của tỉnh",
         "Sở Nông nghiệp và Môi trường", "Sở Công Thương; Hội Nông dân tỉnh",
         "Mã truy xuất nguồn gốc cho 100% sản phẩm OCOP", "2027–2029", "Ngân sách tỉnh; xã hội hóa"),
    ]),
    ("V. Kinh tế số", [
        ("27", "Hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số theo Chương trình SMEdx", SKHCN,
         "Sở Công Thương; Hiệp hội Doanh nghiệp tỉnh", "Tối thiểu 1.500 doanh nghiệp được hỗ trợ", "2026–2030",
         "Ngân sách tỉnh; xã hội hóa"),
        ("28", "Đưa sản phẩm OCOP, nông sản chủ lực lên sàn thương mại điện tử", "Sở Công Thương",
         "Sở Nông nghiệp và Môi trường; Bưu điện tỉnh", "350 sản phẩm OCOP có gian hàng trực tuyến", "Hằng năm",
         "Chi thường xuyên; xã hội hóa"),
        ("29", "Phát triển khu công nghệ thông tin tập trung tỉnh Ngọc Lâm", "Ban Quản lý các khu công nghiệp tỉnh",
         "Sở KH&CN; Sở Tài chính; Sở Nông nghiệp và Môi trường",
         "Quyết định thành lập khu công nghệ thông tin tập trung", "Năm 2028", "Vốn doanh nghiệp; ngân sách tỉnh"),
        ("30", "Thúc đẩy thanh toán không dùng tiền mặt trong thu học phí, viện phí và các dịch vụ công", NHNN,
         "Sở Y tế; Sở Giáo dục và Đào tạo; Thuế tỉnh",
         "100% trường học, bệnh viện công lập chấp nhận thanh toán không dùng tiền mặt", "Tháng 12/2026", TX),
        ("31", "Xây dựng bộ công cụ đo lường, thống kê kinh tế số của tỉnh", "Thống kê tỉnh",
         "Sở KH&CN; Sở Tài chính", "Số liệu kinh tế số được công bố hằng năm", "Quý III/2027", TX),
        ("32", "Triển khai du lịch thông minh: bản đồ số, thuyết minh tự động tại các điểm du lịch",
         "Sở Văn hóa, Thể thao và Du lịch", "Sở KH&CN; Hiệp hội Du lịch Ngọc Lâm",
         "40 điểm du lịch có thuyết minh tự động", "Quý IV/2027", "Ngân sách tỉnh; xã hội hóa"),
    ]),
    ("VI. Xã hội số và nguồn nhân lực số", [
        ("33", "Duy trì, nâng cao hiệu quả hoạt động của Tổ công nghệ số cộng đồng", "UBND các xã, phường",
         "Sở KH&CN; Tỉnh Đoàn; Hội Liên hiệp Phụ nữ tỉnh", "Tổ công nghệ số cộng đồng hoạt động ở 100% thôn, tổ dân phố",
         "Thường xuyên", TX),
        ("34", "Triển khai hồ sơ sức khỏe điện tử và Sổ sức khỏe điện tử trên ứng dụng VNeID", "Sở Y tế",
         "Công an tỉnh; Bảo hiểm xã hội tỉnh", "100% người dân có hồ sơ sức khỏe điện tử", "Quý IV/2028", NST),
        ("35", "Phổ cập kỹ năng số, kỹ năng an toàn trên không gian mạng cho người dân theo phong trào Bình dân học "
               "vụ số", SKHCN, "Tỉnh Đoàn; Báo và Phát thanh, Truyền hình Ngọc Lâm; UBND các xã, phường",
         "70% người dân trưởng thành được phổ cập kỹ năng số cơ bản", "2026–2027", TX),
        ("36", "Tuyên truyền về chuyển đổi số trên báo chí và hệ thống thông tin cơ sở",
         "Báo và Phát thanh, Truyền hình Ngọc Lâm", "Sở Văn hóa, Thể thao và Du lịch; UBND các xã, phường",
         "Chuyên mục chuyển đổi số phát sóng định kỳ", "Thường xuyên", TX),
        ("37", "Đào tạo nhân lực công nghệ số chất lượng cao tại các cơ sở giáo dục nghề nghiệp",
         "Sở Giáo dục và Đào tạo", "Sở Nội vụ; Ban Quản lý các khu công nghiệp tỉnh",
         "3.000 lao động được đào tạo về công nghệ số", "2026–2030", "Ngân sách tỉnh; xã hội hóa"),
        ("38", "Ban hành chính sách thu hút chuyên gia, nhân lực công nghệ số làm việc tại cơ quan nhà nước của tỉnh",
         "Sở Nội vụ", "Sở KH&CN; Sở Tài chính", "Nghị quyết của HĐND tỉnh về chính sách thu hút", "Năm 2027", TX),
    ]),
]
