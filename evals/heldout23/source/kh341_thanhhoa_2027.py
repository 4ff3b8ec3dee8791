"""FICTIONAL document of held-out set 23: Kế hoạch số 341/KH-UBND -- Chuyển đổi số tỉnh Thanh Hóa năm 2027.

String data only. Written by hand for this set (not copied from anywhere); the province is real (Thanh Hóa, the
province of the bundled plans), but the plan number, date, signer, submission number, every target, task, deadline
and amount are invented. Every rendered format (docs/*.md|docx|pdf) and every gold string comes from this module.
"""

HEADER_LEFT = ["ỦY BAN NHÂN DÂN", "TỈNH THANH HÓA"]
HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
NUMBER = "Số: 341/KH-UBND"
PLACE_DATE = "Thanh Hóa, ngày 28 tháng 12 năm 2026"
TITLE = "KẾ HOẠCH"
SUBTITLE = "Chuyển đổi số tỉnh Thanh Hóa năm 2027"

# (style, text): style in p (paragraph), h1 (Roman section), h2 (numbered sub-section), bullet ("- " item)
BODY = [
    ("p", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công "
          "nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("p", "Căn cứ Quyết định số 2629/QĐ-TTg ngày 01/12/2025 của Thủ tướng Chính phủ phê duyệt Chương trình phát "
          "triển Chính phủ số;"),
    ("p", "Căn cứ Kế hoạch hành động số 266-KH/TU ngày 26/4/2025 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết "
          "số 57-NQ/TW của Bộ Chính trị;"),
    ("p", "Trên cơ sở kết quả thực hiện Kế hoạch số 275/KH-UBND ngày 31/12/2025 của UBND tỉnh về chuyển đổi số "
          "tỉnh Thanh Hóa năm 2026 và đề nghị của Sở Khoa học và Công nghệ tại Tờ trình số 1287/TTr-SKHCN ngày "
          "15/12/2026, UBND tỉnh ban hành Kế hoạch chuyển đổi số tỉnh Thanh Hóa năm 2027 với các nội dung sau:"),
    ("h1", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("h2", "1. Mục đích"),
    ("bullet", "- Tiếp tục cụ thể hóa các mục tiêu của Nghị quyết số 57-NQ/TW và Kế hoạch hành động số 266-KH/TU "
               "trong năm 2027; tạo chuyển biến rõ nét về chính quyền số, kinh tế số và xã hội số trên địa bàn "
               "tỉnh."),
    ("bullet", "- Xác định rõ chỉ tiêu, nhiệm vụ, thời hạn hoàn thành và trách nhiệm của từng cơ quan, đơn vị, "
               "địa phương; làm căn cứ để theo dõi, kiểm tra, đánh giá và bình xét thi đua cuối năm."),
    ("h2", "2. Yêu cầu"),
    ("bullet", "- Người đứng đầu cơ quan, đơn vị, địa phương trực tiếp chỉ đạo và chịu trách nhiệm trước Chủ tịch "
               "UBND tỉnh về kết quả chuyển đổi số của cơ quan, đơn vị, địa phương mình."),
    ("bullet", "- Các nhiệm vụ phải gắn với bảo đảm an toàn thông tin mạng, bảo vệ dữ liệu cá nhân và bí mật nhà "
               "nước; không đầu tư trùng lặp, ưu tiên thuê dịch vụ và dùng chung hạ tầng."),
    ("h1", "II. MỤC TIÊU"),
    ("h2", "1. Mục tiêu tổng quát"),
    ("p", "Năm 2027 là năm tăng tốc hoàn thành các mục tiêu chuyển đổi số giai đoạn 2026 - 2030 của tỉnh; phấn "
          "đấu hình thành chính quyền số vận hành dựa trên dữ liệu, kinh tế số đóng góp ngày càng lớn vào tăng "
          "trưởng và mọi người dân được tiếp cận dịch vụ số an toàn, thuận tiện."),
    ("h2", "2. Mục tiêu cụ thể"),
    ("p", "Kế hoạch đặt ra 32 chỉ tiêu, chia thành 04 nhóm (chi tiết tại Phụ lục I); trong đó tập trung vào các "
          "mục tiêu chủ yếu sau:"),
    ("bullet", "- Đến hết năm 2027, 100% thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công "
               "trực tuyến toàn trình và tỷ lệ hồ sơ giải quyết trực tuyến đạt 85%."),
    ("bullet", "- Kinh tế số đóng góp 24% GRDP của tỉnh; giao dịch thanh toán không dùng tiền mặt chiếm "
               "85% tổng số giao dịch."),
    ("bullet", "- Sóng 5G phủ tới 80% dân số; 100% thôn, bản, tổ dân phố có cáp quang đến điểm tập trung dân cư."),
    ("bullet", "- Có 60% sở, ngành, địa phương đạt cấp độ 4 về mức độ trưởng thành quản trị dữ liệu; 70% cán bộ, "
               "công chức, viên chức được bồi dưỡng kỹ năng số nâng cao."),
    ("bullet", "- Chỉ số chuyển đổi số (DTI) của tỉnh tiếp tục nằm trong nhóm 05 tỉnh, thành phố dẫn đầu cả nước."),
    ("h1", "III. NHIỆM VỤ, GIẢI PHÁP"),
    ("p", "Kế hoạch xác định 36 nhiệm vụ trọng tâm, chia thành 06 nhóm (chi tiết tại Phụ lục II). Các nội dung "
          "ưu tiên trong năm như sau:"),
    ("h2", "1. Thể chế, chính sách và chỉ đạo điều hành"),
    ("p", "Hoàn thiện cơ chế hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số; sơ kết việc thực hiện Kế hoạch hành "
          "động số 266-KH/TU; tăng cường kiểm tra việc thực hiện nhiệm vụ tại các cơ quan, địa phương."),
    ("h2", "2. Hạ tầng số"),
    ("p", "Hoàn thành nâng cấp Trung tâm dữ liệu tỉnh, đưa giai đoạn 2 của hệ thống giám sát an toàn thông tin "
          "tập trung vào vận hành; mở rộng sóng 5G đến vùng miền núi, biên giới."),
    ("h2", "3. Dữ liệu số"),
    ("p", "Mở rộng Kho dữ liệu dùng chung của tỉnh, làm sạch dữ liệu hộ tịch và đất đai, công bố danh mục dữ liệu "
          "mở; lấy dữ liệu làm cơ sở cho việc chỉ đạo, điều hành tại Trung tâm điều hành thông minh (IOC)."),
    ("h2", "4. Chính quyền số"),
    ("p", "Cung cấp dịch vụ công không phụ thuộc địa giới hành chính, ứng dụng trợ lý ảo trong giải quyết thủ tục "
          "hành chính, đưa hệ thống quản lý văn bản mật đến cấp xã."),
    ("h2", "5. Kinh tế số"),
    ("p", "Đưa sản phẩm OCOP lên sàn thương mại điện tử, hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số, phát triển "
          "logistics số tại Khu kinh tế Nghi Sơn."),
    ("h2", "6. Xã hội số và nhân lực số"),
    ("p", "Đẩy mạnh phong trào \"Bình dân học vụ số\", bồi dưỡng kỹ năng số cho cán bộ cấp xã, phòng, chống lừa "
          "đảo trên không gian mạng."),
    ("h1", "IV. KINH PHÍ THỰC HIỆN"),
    ("bullet", "- Tổng kinh phí dự kiến thực hiện Kế hoạch năm 2027 là 386,5 tỷ đồng, trong đó: ngân sách tỉnh "
               "248,0 tỷ đồng; ngân sách Trung ương hỗ trợ 92,5 tỷ đồng; nguồn xã hội hóa và các nguồn hợp pháp "
               "khác 46,0 tỷ đồng."),
    ("bullet", "- Riêng nhiệm vụ nâng cấp Trung tâm dữ liệu tỉnh dự kiến 64,0 tỷ đồng và Kho dữ liệu dùng chung "
               "giai đoạn 2 dự kiến 38,5 tỷ đồng, bố trí từ nguồn chi đầu tư phát triển của ngân sách tỉnh."),
    ("bullet", "- Ngân sách địa phương dành tối thiểu 1,5% tổng chi ngân sách cho khoa học, công nghệ, đổi mới "
               "sáng tạo và chuyển đổi số; chi cho sản phẩm, dịch vụ an toàn thông tin đạt tối thiểu 12% tổng kinh "
               "phí chi cho công nghệ thông tin, chuyển đổi số."),
    ("bullet", "- Các cơ quan, đơn vị, địa phương lập dự toán kinh phí chuyển đổi số năm 2028 gửi Sở Tài chính "
               "trước ngày 20/7/2027."),
    ("h1", "V. TỔ CHỨC THỰC HIỆN"),
    ("h2", "1. Sở Khoa học và Công nghệ"),
    ("p", "Sở Khoa học và Công nghệ là cơ quan thường trực giúp UBND tỉnh theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp báo cáo kết quả "
          "6 tháng trước ngày 15/6/2027 và báo cáo năm trước ngày 05/12/2027 gửi UBND tỉnh và Bộ Khoa học và "
          "Công nghệ; tham mưu điều chỉnh chỉ tiêu, nhiệm vụ khi cần thiết."),
    ("h2", "2. Văn phòng UBND tỉnh"),
    ("p", "Chỉ đạo Trung tâm Phục vụ hành chính công tỉnh theo dõi các chỉ tiêu về dịch vụ công trực tuyến; chủ trì "
          "kiểm tra việc thực hiện nhiệm vụ chuyển đổi số tại các sở, ngành và địa phương, báo cáo Chủ tịch UBND "
          "tỉnh."),
    ("h2", "3. Công an tỉnh"),
    ("p", "Chủ trì các nội dung về Đề án 06, an ninh mạng và đánh giá mức độ trưởng thành về quản trị dữ liệu; "
          "định kỳ cảnh báo các phương thức lừa đảo trực tuyến mới cho người dân."),
    ("h2", "4. Sở Tài chính"),
    ("p", "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách năm 2027; chủ trì xây dựng chính "
          "sách hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số trình HĐND tỉnh."),
    ("h2", "5. Sở Nội vụ"),
    ("p", "Đưa kết quả thực hiện Kế hoạch vào tiêu chí đánh giá, xếp loại thi đua năm 2027 của các cơ quan, đơn vị, "
          "địa phương; chủ trì bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức."),
    ("h2", "6. Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình Thanh Hóa"),
    ("p", "Mở chuyên mục, tăng thời lượng tuyên truyền về chuyển đổi số; giới thiệu các mô hình hay, cách làm hiệu "
          "quả ở cơ sở."),
    ("h2", "7. Các sở, ban, ngành; UBND các xã, phường"),
    ("p", "Xây dựng kế hoạch chuyển đổi số năm 2027 của cơ quan, địa phương mình trước ngày 31/01/2027; báo cáo kết "
          "quả thực hiện về Sở Khoa học và Công nghệ trước ngày 10/6/2027 (báo cáo 6 tháng) và trước ngày "
          "25/11/2027 (báo cáo năm)."),
    ("h2", "8. Đề nghị các doanh nghiệp viễn thông trên địa bàn tỉnh"),
    ("p", "Phối hợp đầu tư hạ tầng mạng 5G, cáp quang đến vùng sâu, vùng xa; ưu tiên dùng chung hạ tầng kỹ thuật "
          "viễn thông."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh kịp "
          "thời về Sở Khoa học và Công nghệ để tổng hợp, báo cáo UBND tỉnh xem xét, điều chỉnh cho phù hợp./."),
]

RECIPIENTS = [
    "Nơi nhận:",
    "- Bộ Khoa học và Công nghệ (để b/c);",
    "- Thường trực Tỉnh ủy, HĐND tỉnh (để b/c);",
    "- Chủ tịch, các Phó Chủ tịch UBND tỉnh;",
    "- Các sở, ban, ngành cấp tỉnh;",
    "- UBND các xã, phường;",
    "- Lưu: VT, KGVX.",
]
SIGNATURE = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trịnh Văn Khiêm"]

# ---------------------------------------------------------------- Phụ lục I (indicators)
APP1_TITLE = ["PHỤ LỤC I", "HỆ THỐNG CHỈ TIÊU CHUYỂN ĐỔI SỐ TỈNH THANH HÓA NĂM 2027",
              "(Kèm theo Kế hoạch số 341/KH-UBND ngày 28/12/2026 của UBND tỉnh Thanh Hóa)"]
APP1_HEAD = ["TT", "Tên chỉ tiêu", "Đơn vị tính", "Chỉ tiêu năm 2027", "Định hướng năm 2028", "Đơn vị chủ trì",
             "Đơn vị phối hợp"]
# group rows carry their own number: (number, title, rows); row = (tt, name, unit, 2027, 2028, lead, partner)
SKHCN = "Sở Khoa học và Công nghệ"
TTHCC = "Trung tâm Phục vụ hành chính công tỉnh"
APP1 = [
    ("1", "Hạ tầng số", [
        ("1.1", "Tỷ lệ dân số được phủ sóng di động 5G", "%", "80", "95", SKHCN, "Các doanh nghiệp viễn thông"),
        ("1.2", "Tỷ lệ thôn, bản, tổ dân phố có cáp quang đến điểm tập trung dân cư", "%", "100", "100", SKHCN,
         "UBND các xã, phường"),
        ("1.3", "Tốc độ truy cập băng rộng cố định trung bình", "Mb/s", "≥ 250", "≥ 300", SKHCN,
         "Các doanh nghiệp viễn thông"),
        ("1.4", "Số hệ thống thông tin từ cấp độ 3 trở lên được giám sát qua SOC của tỉnh", "Hệ thống", "45", "60",
         "Công an tỉnh", SKHCN),
        ("1.5", "Tỷ lệ cơ quan, đơn vị cấp xã kết nối Mạng truyền số liệu chuyên dùng cấp II", "%", "100", "100",
         SKHCN, "Viễn thông Thanh Hóa (VNPT)"),
        ("1.6", "Trung tâm dữ liệu của tỉnh đạt tiêu chuẩn Tier III", "Trung tâm", "01", "Duy trì", SKHCN,
         "Sở Tài chính"),
    ]),
    ("2", "Chính quyền số", [
        ("2.1", "Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình", "%",
         "100", "100", TTHCC, "Các sở, ban, ngành"),
        ("2.2", "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến", "%", "85", "90", TTHCC,
         "UBND các xã, phường"),
        ("2.3", "Tỷ lệ người dân, doanh nghiệp hài lòng với dịch vụ công trực tuyến", "%", "97", "98", TTHCC,
         "Sở Nội vụ"),
        ("2.4", "Tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa", "%", "100", "100", TTHCC,
         "UBND các xã, phường"),
        ("2.5", "Tỷ lệ thanh toán trực tuyến trong giải quyết thủ tục hành chính", "%", "85", "90", TTHCC,
         "Ngân hàng Nhà nước Chi nhánh Khu vực 7"),
        ("2.6", "Tỷ lệ văn bản, hồ sơ công việc cấp tỉnh, cấp xã xử lý trên môi trường mạng (trừ hồ sơ mật)", "%",
         "100", "100", "Văn phòng UBND tỉnh", SKHCN),
        ("2.7", "Tỷ lệ chế độ báo cáo định kỳ thực hiện trên Hệ thống thông tin báo cáo của tỉnh", "%", "100",
         "100", "Văn phòng UBND tỉnh", "Các sở, ban, ngành"),
        ("2.8", "Số cơ sở dữ liệu chuyên ngành kết nối, chia sẻ qua nền tảng LGSP của tỉnh", "Cơ sở dữ liệu", "28",
         "35", SKHCN, "Các sở, ban, ngành"),
        ("2.9", "Tỷ lệ sở, ngành, địa phương đạt cấp độ 4 mức độ trưởng thành về quản trị dữ liệu", "%", "60",
         "100", "Công an tỉnh", SKHCN),
        ("2.10", "Tỷ lệ cán bộ, công chức, viên chức được bồi dưỡng kỹ năng số nâng cao", "%", "70", "85",
         "Sở Nội vụ", SKHCN),
        ("2.11", "Số trợ lý ảo ứng dụng trí tuệ nhân tạo triển khai phục vụ cán bộ, công chức", "Trợ lý ảo", "05",
         "10", "Văn phòng UBND tỉnh", SKHCN),
        ("2.12", "Thứ hạng Chỉ số chuyển đổi số (DTI) cấp tỉnh", "Thứ hạng", "Top 5", "Top 5", SKHCN,
         "Các sở, ban, ngành"),
    ]),
    ("3", "Kinh tế số", [
        ("3.1", "Tỷ trọng kinh tế số trong GRDP của tỉnh", "%", "24", "26", "Thống kê tỉnh", "Sở Tài chính"),
        ("3.2", "Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số", "%", "70", "75", SKHCN,
         "Hiệp hội Doanh nghiệp tỉnh"),
        ("3.3", "Tỷ lệ giao dịch thanh toán không dùng tiền mặt", "%", "85", "90",
         "Ngân hàng Nhà nước Chi nhánh Khu vực 7", "Các tổ chức tín dụng trên địa bàn"),
        ("3.4", "Số sản phẩm OCOP được đưa lên sàn thương mại điện tử", "Sản phẩm", "650", "800", "Sở Công Thương",
         "Sở Nông nghiệp và Môi trường"),
        ("3.5", "Tỷ lệ doanh nghiệp logistics tại Khu kinh tế Nghi Sơn ứng dụng nền tảng số quản lý kho vận", "%",
         "50", "65", "Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp", "Sở Công Thương"),
        ("3.6", "Số doanh nghiệp công nghệ số đang hoạt động trên địa bàn tỉnh", "Doanh nghiệp", "1.200", "1.350",
         SKHCN, "Thuế tỉnh"),
    ]),
    ("4", "Xã hội số", [
        ("4.1", "Tỷ lệ hộ gia đình sử dụng Internet băng rộng cáp quang", "%", "85", "90", SKHCN,
         "Các doanh nghiệp viễn thông"),
        ("4.2", "Tỷ lệ người trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân", "%", "50", "60", SKHCN,
         "Công an tỉnh"),
        ("4.3", "Tỷ lệ người dân có sổ sức khỏe điện tử", "%", "98", "100", "Sở Y tế", "Bảo hiểm xã hội tỉnh"),
        ("4.4", "Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản thanh toán", "%", "90", "92",
         "Ngân hàng Nhà nước Chi nhánh Khu vực 7", "Công an tỉnh"),
        ("4.5", "Tỷ lệ học sinh phổ thông được cấp học bạ số", "%", "100", "100", "Sở Giáo dục và Đào tạo",
         "Các cơ sở giáo dục"),
        ("4.6", "Số Tổ Công nghệ số cộng đồng hoạt động hiệu quả tại thôn, tổ dân phố", "Tổ", "4.500", "4.600",
         "UBND các xã, phường", SKHCN),
        ("4.7", "Tỷ lệ người dân được phổ cập kỹ năng số cơ bản qua phong trào \"Bình dân học vụ số\"", "%", "75",
         "85", SKHCN, "Tỉnh Đoàn Thanh Hóa"),
        ("4.8", "Tỷ lệ công dân từ 14 tuổi trở lên đã kích hoạt tài khoản định danh điện tử mức độ 2", "%", "95",
         "97", "Công an tỉnh", "UBND các xã, phường"),
    ]),
]

# ---------------------------------------------------------------- Phụ lục II (tasks)
APP2_TITLE = ["PHỤ LỤC II", "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ TRỌNG TÂM NĂM 2027",
              "(Kèm theo Kế hoạch số 341/KH-UBND ngày 28/12/2026 của UBND tỉnh Thanh Hóa)"]
APP2_HEAD = ["STT", "Nhiệm vụ", "Thời gian hoàn thành", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kết quả, sản phẩm",
             "Ghi chú"]
# group rows lettered A-F: (letter, title, rows); row = (stt, task, deadline, lead, partner, product, note)
MOI, CT, HN = "Nhiệm vụ mới", "Chuyển tiếp từ năm 2026", "Nhiệm vụ hằng năm"
APP2 = [
    ("A", "Thể chế, chính sách và chỉ đạo điều hành", [
        ("1", "Xây dựng, trình ban hành Kế hoạch chuyển đổi số tỉnh Thanh Hóa năm 2028", "Tháng 12/2027", SKHCN,
         "Các sở, ban, ngành; UBND các xã, phường", "Kế hoạch của UBND tỉnh", HN),
        ("2", "Ban hành Bộ tiêu chí đánh giá mức độ chuyển đổi số cấp xã năm 2027", "Quý I/2027", SKHCN,
         "Sở Nội vụ", "Quyết định của UBND tỉnh", ""),
        ("3", "Sơ kết 02 năm thực hiện Kế hoạch hành động số 266-KH/TU của Ban Thường vụ Tỉnh ủy", "Quý II/2027",
         SKHCN, "Các sở, ban, ngành", "Báo cáo sơ kết", ""),
        ("4", "Xây dựng chính sách hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số giai đoạn 2027 - 2030",
         "Tháng 9/2027", "Sở Tài chính", "Sở Khoa học và Công nghệ; Sở Công Thương", "Nghị quyết của HĐND tỉnh",
         MOI),
        ("5", "Kiểm tra việc thực hiện nhiệm vụ chuyển đổi số tại các sở, ngành và địa phương",
         "Quý III - Quý IV/2027", "Văn phòng UBND tỉnh", SKHCN, "Thông báo kết quả kiểm tra", HN),
    ]),
    ("B", "Hạ tầng số", [
        ("6", "Nâng cấp Trung tâm dữ liệu tỉnh đạt tiêu chuẩn Tier III", "Tháng 10/2027", SKHCN,
         "Sở Tài chính; Công an tỉnh", "Trung tâm dữ liệu đạt chuẩn Tier III", CT),
        ("7", "Mở rộng vùng phủ sóng 5G tại các xã miền núi, biên giới", "Năm 2027", SKHCN,
         "Các doanh nghiệp viễn thông; UBND các xã", "Báo cáo kết quả phủ sóng", ""),
        ("8", "Đưa vào vận hành giai đoạn 2 Trung tâm giám sát an toàn thông tin mạng (SOC) của tỉnh",
         "Tháng 6/2027", "Công an tỉnh", SKHCN, "Hệ thống SOC giai đoạn 2", CT),
        ("9", "Thuê dịch vụ điện toán đám mây cho các hệ thống thông tin dùng chung của tỉnh", "Quý II/2027", SKHCN,
         "Sở Tài chính", "Hợp đồng thuê dịch vụ", MOI),
        ("10", "Nâng cấp hệ thống hội nghị truyền hình trực tuyến đến 166 xã, phường", "Tháng 8/2027",
         "Văn phòng UBND tỉnh", "Sở Khoa học và Công nghệ; UBND các xã, phường",
         "Hệ thống hội nghị truyền hình được nâng cấp", ""),
        ("11", "Diễn tập thực chiến bảo đảm an toàn thông tin mạng cấp tỉnh", "Tháng 11/2027", "Công an tỉnh",
         "Các sở, ban, ngành", "Báo cáo kết quả diễn tập", HN),
    ]),
    ("C", "Dữ liệu số", [
        ("12", "Mở rộng Kho dữ liệu dùng chung của tỉnh (giai đoạn 2)", "2027 - 2028", SKHCN, "Các sở, ban, ngành",
         "Kho dữ liệu dùng chung được mở rộng", CT),
        ("13", "Số hóa, làm sạch dữ liệu hộ tịch trên địa bàn tỉnh", "Tháng 6/2027", "Sở Tư pháp",
         "Công an tỉnh; UBND các xã, phường", "Cơ sở dữ liệu hộ tịch điện tử", ""),
        ("14", "Hoàn thiện cơ sở dữ liệu đất đai, kết nối với cơ sở dữ liệu quốc gia về đất đai", "Quý IV/2027",
         "Sở Nông nghiệp và Môi trường", "Công an tỉnh; UBND các xã, phường", "Cơ sở dữ liệu đất đai vận hành",
         CT),
        ("15", "Ban hành danh mục dữ liệu mở của tỉnh năm 2027", "Quý I/2027", SKHCN, "Các sở, ban, ngành",
         "Quyết định ban hành danh mục", ""),
        ("16", "Đánh giá mức độ trưởng thành về quản trị dữ liệu của các sở, ngành, địa phương", "Quý III/2027",
         "Công an tỉnh", SKHCN, "Báo cáo đánh giá", HN),
        ("17", "Xây dựng cơ sở dữ liệu doanh nghiệp dùng chung của tỉnh", "Tháng 9/2027", "Sở Tài chính",
         "Thuế tỉnh; Sở Khoa học và Công nghệ", "Cơ sở dữ liệu doanh nghiệp", MOI),
        ("18", "Triển khai nền tảng phân tích dữ liệu lớn phục vụ chỉ đạo, điều hành tại IOC tỉnh", "Tháng 12/2027",
         SKHCN, "Văn phòng UBND tỉnh", "Nền tảng phân tích dữ liệu", MOI),
    ]),
    ("D", "Chính quyền số", [
        ("19", "Mở rộng cung cấp dịch vụ công trực tuyến không phụ thuộc địa giới hành chính", "Thường xuyên", TTHCC,
         "Các sở, ban, ngành; UBND các xã, phường", "Báo cáo kết quả thực hiện", ""),
        ("20", "Triển khai trợ lý ảo hỗ trợ giải quyết thủ tục hành chính tại bộ phận một cửa", "Quý II/2027",
         TTHCC, SKHCN, "Trợ lý ảo được đưa vào sử dụng", MOI),
        ("21", "Triển khai Hệ thống quản lý văn bản và hồ sơ công việc chứa nội dung bí mật nhà nước đến cấp xã",
         "Tháng 6/2027", "Văn phòng UBND tỉnh", "Công an tỉnh; UBND các xã, phường",
         "Hệ thống được triển khai đến cấp xã", ""),
        ("22", "Xây dựng hệ thống Công báo điện tử tỉnh Thanh Hóa", "Tháng 3/2027", "Văn phòng UBND tỉnh",
         "Văn phòng Đoàn ĐBQH và HĐND tỉnh", "Hệ thống Công báo điện tử vận hành", CT),
        ("23", "Nâng cấp Hệ thống thông tin báo cáo của tỉnh, kết nối Hệ thống thông tin báo cáo Chính phủ",
         "Quý III/2027", "Văn phòng UBND tỉnh", SKHCN, "Hệ thống báo cáo được nâng cấp", ""),
        ("24", "Triển khai bệnh án điện tử tại các bệnh viện tuyến tỉnh", "Tháng 9/2027", "Sở Y tế",
         "Bảo hiểm xã hội tỉnh", "100% bệnh viện tuyến tỉnh có bệnh án điện tử", CT),
        ("25", "Triển khai phần mềm quản lý cán bộ, công chức, viên chức dùng chung", "Quý IV/2027", "Sở Nội vụ",
         SKHCN, "Phần mềm được đưa vào sử dụng", ""),
    ]),
    ("E", "Kinh tế số", [
        ("26", "Hỗ trợ doanh nghiệp, hợp tác xã đưa sản phẩm OCOP lên sàn thương mại điện tử", "Thường xuyên",
         "Sở Công Thương", "Sở Nông nghiệp và Môi trường; UBND các xã, phường", "Báo cáo kết quả hỗ trợ", ""),
        ("27", "Tổ chức Chương trình hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số năm 2027", "Quý II - Quý III/2027",
         SKHCN, "Hiệp hội Doanh nghiệp tỉnh", "Ít nhất 300 doanh nghiệp được hỗ trợ", MOI),
        ("28", "Ứng dụng truy xuất nguồn gốc nông sản trên nền tảng số", "Năm 2027", "Sở Nông nghiệp và Môi trường",
         SKHCN, "Hệ thống truy xuất nguồn gốc", ""),
        ("29", "Xây dựng nền tảng quản lý logistics tại Khu kinh tế Nghi Sơn", "2027 - 2028",
         "Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp", "Sở Công Thương; Sở Xây dựng",
         "Nền tảng quản lý logistics", MOI),
        ("30", "Nâng cấp nền tảng du lịch thông minh tỉnh Thanh Hóa", "Tháng 7/2027",
         "Sở Văn hóa, Thể thao và Du lịch", SKHCN, "Nền tảng du lịch thông minh được nâng cấp", ""),
    ]),
    ("F", "Xã hội số và nhân lực số", [
        ("31", "Triển khai phong trào \"Bình dân học vụ số\" đến thôn, tổ dân phố", "Thường xuyên", SKHCN,
         "Tỉnh Đoàn Thanh Hóa; UBND các xã, phường", "Báo cáo kết quả thực hiện", HN),
        ("32", "Bồi dưỡng kỹ năng số nâng cao cho cán bộ, công chức cấp xã", "Tháng 5 - Tháng 10/2027",
         "Sở Nội vụ", SKHCN, "Ít nhất 3.000 lượt cán bộ được bồi dưỡng", ""),
        ("33", "Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia năm 2027", "Tháng 10/2027", SKHCN,
         "Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình Thanh Hóa", "Báo cáo kết quả tổ chức", HN),
        ("34", "Cấp học bạ số cho học sinh các cấp học phổ thông", "Quý III/2027", "Sở Giáo dục và Đào tạo",
         "Các cơ sở giáo dục", "Học bạ số được cấp cho học sinh", ""),
        ("35", "Kiện toàn, nâng cao năng lực Tổ Công nghệ số cộng đồng", "Thường xuyên", "UBND các xã, phường",
         SKHCN, "Tổ Công nghệ số cộng đồng được kiện toàn", ""),
        ("36", "Tuyên truyền kỹ năng phòng, chống lừa đảo trực tuyến cho người dân", "Thường xuyên", "Công an tỉnh",
         "Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình Thanh Hóa", "Báo cáo kết quả tuyên truyền",
         ""),
    ]),
]
