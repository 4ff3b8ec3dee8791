"""Single source of the held-out-15 document (FICTIONAL): Kế hoạch chuyển đổi số Bệnh viện Đa khoa tỉnh
Đông Lĩnh giai đoạn 2026 - 2028 (Số 712/KH-BVĐK). "Đông Lĩnh" is an invented province; the hospital, its
units, the documents it cites, the signer and every figure were written for this evaluation.
Asserts its own arithmetic (counts, funding sums, the hospital-wide row of Phụ lục II = Phụ lục I 2027)."""

KEY = "bvdk-donglinh-2026"

LETTERHEAD_LEFT = ["SỞ Y TẾ TỈNH ĐÔNG LĨNH", "BỆNH VIỆN ĐA KHOA TỈNH"]
NUMBER_LINE = "Số: 712/KH-BVĐK"
LETTERHEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
PLACE_DATE = "Đông Lĩnh, ngày 05 tháng 01 năm 2026"
TITLE = "KẾ HOẠCH"
SUBTITLE = "Chuyển đổi số Bệnh viện Đa khoa tỉnh Đông Lĩnh giai đoạn 2026 - 2028"

# ---------------------------------------------------------------- body
# kinds: "p" paragraph, "h" heading, "b" dash line, "abbr" bullet line of the abbreviation list
BODY = [
    ("p", "Căn cứ Luật Khám bệnh, chữa bệnh ngày 09 tháng 01 năm 2023;"),
    ("p", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, "
          "công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("p", "Căn cứ Kế hoạch số 318/KH-UBND ngày 14/11/2025 của Ủy ban nhân dân tỉnh Đông Lĩnh về chuyển đổi "
          "số ngành Y tế tỉnh Đông Lĩnh giai đoạn 2026 - 2030;"),
    ("p", "Căn cứ Quyết định số 1542/QĐ-SYT ngày 20/10/2025 của Sở Y tế tỉnh Đông Lĩnh phê duyệt lộ trình "
          "triển khai hồ sơ bệnh án điện tử tại các cơ sở khám bệnh, chữa bệnh trực thuộc Sở;"),
    ("p", "Căn cứ Nghị quyết số 07-NQ/ĐU ngày 15/12/2025 của Đảng ủy Bệnh viện về đẩy mạnh chuyển đổi số "
          "trong hoạt động khám bệnh, chữa bệnh và quản trị bệnh viện;"),
    ("p", "Bệnh viện Đa khoa tỉnh Đông Lĩnh (sau đây gọi tắt là Bệnh viện) ban hành Kế hoạch chuyển đổi số "
          "giai đoạn 2026 - 2028 với các nội dung sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("h", "1. Mục đích"),
    ("b", "Lấy người bệnh làm trung tâm, ứng dụng công nghệ số để rút ngắn thời gian chờ khám, minh bạch chi "
          "phí và nâng cao chất lượng khám bệnh, chữa bệnh."),
    ("b", "Hoàn thành hồ sơ bệnh án điện tử, dừng sử dụng bệnh án giấy đối với người bệnh nội trú từ ngày "
          "01/7/2027."),
    ("b", "Xây dựng nền tảng dữ liệu thống nhất phục vụ quản trị bệnh viện, nghiên cứu khoa học và liên thông "
          "với các cơ sở y tế trong tỉnh."),
    ("h", "2. Yêu cầu"),
    ("b", "Mỗi khoa, phòng phân công 01 lãnh đạo trực tiếp phụ trách chuyển đổi số và 01 cán bộ đầu mối."),
    ("b", "Các nhiệm vụ phải có sản phẩm cụ thể, có thời điểm bắt đầu, thời điểm kết thúc và đơn vị chịu "
          "trách nhiệm rõ ràng."),
    ("b", "Bảo đảm an toàn thông tin, bảo vệ dữ liệu cá nhân của người bệnh trong toàn bộ quá trình triển khai."),
    ("p", "Trong Kế hoạch này, các từ ngữ viết tắt được hiểu như sau:"),
    ("abbr", "Phòng CNTT: Phòng Công nghệ thông tin;"),
    ("abbr", "Phòng KHTH: Phòng Kế hoạch tổng hợp;"),
    ("abbr", "Phòng TCKT: Phòng Tài chính kế toán;"),
    ("abbr", "Phòng TCCB: Phòng Tổ chức cán bộ;"),
    ("abbr", "Phòng ĐD: Phòng Điều dưỡng;"),
    ("abbr", "Phòng QLCL: Phòng Quản lý chất lượng;"),
    ("abbr", "Phòng VT-TBYT: Phòng Vật tư - Thiết bị y tế;"),
    ("abbr", "Phòng HCQT: Phòng Hành chính quản trị;"),
    ("abbr", "Phòng CĐT: Phòng Chỉ đạo tuyến;"),
    ("abbr", "Phòng CTXH: Phòng Công tác xã hội;"),
    ("abbr", "Khoa CĐHA: Khoa Chẩn đoán hình ảnh;"),
    ("abbr", "HSBA: hồ sơ bệnh án; HIS: hệ thống thông tin bệnh viện; EMR: hệ thống bệnh án điện tử; "
             "LIS: hệ thống thông tin xét nghiệm; PACS: hệ thống lưu trữ và truyền tải hình ảnh."),
    ("h", "II. MỤC TIÊU"),
    ("h", "1. Mục tiêu chung"),
    ("p", "Đến hết năm 2028, Bệnh viện cơ bản trở thành bệnh viện thông minh, vận hành trên nền tảng dữ liệu; "
          "đạt mức 6 theo tiêu chí đánh giá mức độ ứng dụng công nghệ thông tin tại cơ sở khám bệnh, chữa "
          "bệnh; thuộc nhóm 03 bệnh viện dẫn đầu của tỉnh về chuyển đổi số."),
    ("h", "2. Mục tiêu cụ thể"),
    ("p", "Kế hoạch đặt ra 25 chỉ tiêu thuộc 05 nhóm (chi tiết tại Phụ lục I); chỉ tiêu năm 2027 của 05 chỉ tiêu "
          "được giao đến từng khoa lâm sàng, cận lâm sàng (chi tiết tại Phụ lục II)."),
    ("p", "Ngoài các chỉ tiêu tại Phụ lục I, phấn đấu đến năm 2028 tối thiểu 30% người bệnh ngoại trú sử dụng "
          "ứng dụng di động của Bệnh viện để tra cứu kết quả khám bệnh, chữa bệnh."),
    ("h", "III. NHIỆM VỤ, GIẢI PHÁP"),
    ("h", "1. Hoàn thiện hạ tầng kỹ thuật và bảo đảm an toàn thông tin"),
    ("p", "Cải tạo phòng máy chủ, bổ sung 02 máy chủ dự phòng cho hệ thống HIS và EMR; thay thế 180 máy trạm "
          "đã hết khấu hao; thuê dịch vụ lưu trữ đám mây dung lượng 20 TB để sao lưu dữ liệu ra ngoài Bệnh viện."),
    ("p", "Thuê dịch vụ giám sát an toàn thông tin 24/7; diễn tập khôi phục hệ thống HIS 02 lần/năm."),
    ("h", "2. Triển khai hồ sơ bệnh án điện tử và phát triển dữ liệu"),
    ("p", "Triển khai bệnh án điện tử nội trú theo hai giai đoạn: giai đoạn 1 tại 05 khoa Khối Nội, giai đoạn 2 "
          "tại các khoa Khối Ngoại và các khoa còn lại; hoàn thành thẩm định, công bố trước ngày 30/6/2027."),
    ("p", "Chuẩn hóa danh mục dùng chung; xây dựng kho dữ liệu lâm sàng phục vụ báo cáo và nghiên cứu khoa học."),
    ("h", "3. Khám bệnh, chữa bệnh số và dịch vụ cho người bệnh"),
    ("p", "Mở rộng hội chẩn, khám chữa bệnh từ xa với 12 trung tâm y tế tuyến dưới; lắp đặt 08 kiosk thông tin "
          "tại Khoa Khám bệnh; thí điểm ứng dụng trí tuệ nhân tạo hỗ trợ đọc phim X-quang ngực."),
    ("h", "4. Quản trị bệnh viện số"),
    ("p", "Thanh toán viện phí không dùng tiền mặt tại tất cả quầy thu; quản lý trang thiết bị y tế bằng mã QR; "
          "xây dựng bảng điều khiển điều hành cho Ban Giám đốc."),
    ("h", "5. Đào tạo, truyền thông và phát triển nhân lực số"),
    ("p", "Tổ chức tối thiểu 12 lớp tập huấn kỹ năng số mỗi năm; cử nhân lực công nghệ thông tin tham gia đào "
          "tạo, cấp chứng chỉ an toàn thông tin."),
    ("p", "Danh mục 30 nhiệm vụ cụ thể, sản phẩm, thời gian bắt đầu, kết thúc và đơn vị thực hiện tại Phụ lục III."),
    ("h", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "Tổng kinh phí dự kiến giai đoạn 2026 - 2028 là 38.450 triệu đồng, gồm: ngân sách nhà nước 14.200 "
          "triệu đồng; Quỹ phát triển hoạt động sự nghiệp của Bệnh viện 16.750 triệu đồng; thuê dịch vụ công "
          "nghệ thông tin 7.500 triệu đồng (chi tiết tại Phụ lục IV)."),
    ("p", "Dành tối thiểu 10% kinh phí các dự án công nghệ thông tin cho bảo đảm an toàn thông tin."),
    ("p", "Phòng TCKT chủ trì, phối hợp với Phòng CNTT lập dự toán kinh phí năm sau, trình Giám đốc trước "
          "ngày 15 tháng 7 hằng năm."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "Ban Chỉ đạo chuyển đổi số của Bệnh viện do Giám đốc làm Trưởng ban chỉ đạo chung việc thực hiện Kế "
          "hoạch; Phòng CNTT là cơ quan thường trực."),
    ("b", "Phòng CNTT: đầu mối theo dõi, đôn đốc; tổng hợp báo cáo Ban Chỉ đạo và Sở Y tế trước ngày 20/6 và "
          "20/12 hằng năm."),
    ("b", "Phòng KHTH: chủ trì triển khai hồ sơ bệnh án điện tử; tổ chức thẩm định và công bố theo quy định."),
    ("b", "Phòng TCKT: bố trí kinh phí; hướng dẫn thanh toán, quyết toán các nhiệm vụ."),
    ("b", "Phòng TCCB: đưa kết quả thực hiện chuyển đổi số vào đánh giá, xếp loại các khoa, phòng hằng năm."),
    ("b", "Các khoa, phòng: báo cáo kết quả thực hiện về Phòng CNTT trước ngày 15 của tháng cuối quý."),
    ("p", "Bệnh viện tổ chức sơ kết việc thực hiện Kế hoạch trong Quý I/2027 và tổng kết trong Quý IV/2028."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các khoa, phòng báo cáo Giám đốc (qua Phòng "
          "CNTT) để xem xét, điều chỉnh./."),
]

RECIPIENTS = ["Nơi nhận:", "- Sở Y tế tỉnh Đông Lĩnh (để b/c);", "- Đảng ủy Bệnh viện (để b/c);",
              "- Ban Giám đốc;", "- Các khoa, phòng;", "- Lưu: VT, CNTT."]
SIGNER = ["GIÁM ĐỐC", "(Đã ký)", "BSCKII. Quách Văn Thịnh"]

APPX_NOTE = "(Kèm theo Kế hoạch số 712/KH-BVĐK ngày 05/01/2026 của Bệnh viện Đa khoa tỉnh Đông Lĩnh)"

# ---------------------------------------------------------------- Phụ lục I: indicators
APPX1_TITLE = "Phụ lục I"
APPX1_SUB = "CHỈ TIÊU CHUYỂN ĐỔI SỐ CỦA BỆNH VIỆN GIAI ĐOẠN 2026 - 2028"
# column order: STT | Mã số | Đơn vị chủ trì | Tên chỉ tiêu | Đơn vị đo | TH 2025 | 2026 | 2027 | 2028 | Nguồn
IND_HEAD_MD = ["STT", "Mã số", "Đơn vị chủ trì", "Tên chỉ tiêu", "Đơn vị đo", "Thực hiện năm 2025",
               "Mục tiêu năm 2026", "Mục tiêu năm 2027", "Mục tiêu năm 2028", "Nguồn số liệu, cách đo"]
IND_PARENT = "Mục tiêu phấn đấu"
IND_CHILD = ["Năm 2026", "Năm 2027", "Năm 2028"]
IND_GROUPS = [
    ("A", "HẠ TẦNG SỐ VÀ AN TOÀN THÔNG TIN", [
        ("1", "HT-01", "Phòng CNTT", "Băng thông kết nối Internet kênh chính của Bệnh viện", "Mbps",
         "300", "500", "1.000", "1.000", "Hợp đồng dịch vụ viễn thông"),
        ("2", "HT-02", "Phòng CNTT", "Tỷ lệ máy trạm tại các khoa, phòng đáp ứng cấu hình tối thiểu", "%",
         "72%", "85%", "95%", "100%", "Kiểm kê thiết bị hằng năm"),
        ("3", "HT-03", "Phòng CNTT", "Số hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ an toàn thông tin",
         "Hệ thống", "2", "5", "7", "7", "Quyết định phê duyệt cấp độ"),
        ("4", "HT-04", "Phòng CNTT", "Thời gian tối đa khôi phục hệ thống HIS khi xảy ra sự cố", "Giờ",
         "8", "4", "2", "2", "Biên bản diễn tập khôi phục"),
        ("5", "HT-05", "Phòng HCQT", "Tỷ lệ buồng bệnh nội trú được phủ sóng wifi miễn phí cho người bệnh", "%",
         "40%", "70%", "100%", "100%", "Khảo sát của Phòng HCQT"),
    ]),
    ("B", "HỒ SƠ BỆNH ÁN ĐIỆN TỬ VÀ DỮ LIỆU", [
        ("6", "DL-01", "Phòng KHTH", "Tỷ lệ hồ sơ bệnh án nội trú được lập dưới dạng điện tử", "%",
         "35%", "80%", "100%", "100%", "Báo cáo từ hệ thống EMR"),
        ("7", "DL-02", "Phòng KHTH", "Tỷ lệ hồ sơ bệnh án ngoại trú được lập dưới dạng điện tử", "%",
         "50%", "90%", "100%", "100%", "Báo cáo từ hệ thống EMR"),
        ("8", "DL-03", "Khoa CĐHA", "Tỷ lệ kết quả chẩn đoán hình ảnh được lưu trữ, truyền tải trên PACS", "%",
         "60%", "95%", "100%", "100%", "Thống kê hệ thống PACS"),
        ("9", "DL-04", "Phòng KHTH",
         "Tỷ lệ dữ liệu khám bệnh, chữa bệnh được gửi lên Hệ thống giám định bảo hiểm y tế trong ngày", "%",
         "92%", "98%", "100%", "100%", "Cổng tiếp nhận dữ liệu giám định"),
        ("10", "DL-05", "Phòng CNTT", "Số lần sao lưu dữ liệu HIS, EMR ra ngoài Bệnh viện", "Lần/tuần",
         "1", "2", "7", "7", "Nhật ký sao lưu"),
    ]),
    ("C", "KHÁM BỆNH, CHỮA BỆNH SỐ", [
        ("11", "KCB-01", "Khoa Dược", "Tỷ lệ đơn thuốc được kê đơn điện tử (ngoại trú và ra viện)", "%",
         "70%", "90%", "98%", "100%", "Hệ thống đơn thuốc quốc gia"),
        ("12", "KCB-02", "Khoa Xét nghiệm", "Tỷ lệ kết quả xét nghiệm trả qua LIS và ứng dụng di động", "%",
         "65%", "85%", "95%", "100%", "Thống kê hệ thống LIS"),
        ("13", "KCB-03", "Khoa Khám bệnh", "Tỷ lệ lượt khám được đặt lịch trước qua kênh trực tuyến", "%",
         "8%", "20%", "30%", "40%", "Phần mềm đặt lịch khám"),
        ("14", "KCB-04", "Phòng ĐD", "Tỷ lệ phiếu chăm sóc điều dưỡng được ký số", "%",
         "-", "60%", "90%", "100%", "Báo cáo từ hệ thống EMR"),
        ("15", "KCB-05", "Phòng CĐT", "Số ca hội chẩn, khám chữa bệnh từ xa với tuyến dưới", "Ca/năm",
         "120", "300", "450", "600", "Sổ theo dõi hội chẩn từ xa"),
        ("16", "KCB-06", "Khoa CĐHA", "Số ứng dụng trí tuệ nhân tạo hỗ trợ chẩn đoán được đưa vào sử dụng",
         "Ứng dụng", "0", "1", "2", "3", "Quyết định đưa vào sử dụng"),
    ]),
    ("D", "QUẢN TRỊ BỆNH VIỆN SỐ", [
        ("17", "QT-01", "Phòng HCQT", "Tỷ lệ văn bản đi được ký số, gửi nhận trên môi trường mạng (trừ văn bản mật)",
         "%", "88%", "95%", "100%", "100%", "Hệ thống quản lý văn bản"),
        ("18", "QT-02", "Phòng TCKT", "Tỷ lệ giao dịch viện phí thanh toán không dùng tiền mặt", "%",
         "38%", "55%", "70%", "80%", "Báo cáo thu viện phí"),
        ("19", "QT-03", "Phòng VT-TBYT", "Tỷ lệ trang thiết bị y tế được quản lý bằng mã QR trên phần mềm", "%",
         "20%", "60%", "90%", "100%", "Phần mềm quản lý thiết bị"),
        ("20", "QT-04", "Phòng QLCL", "Số báo cáo quản trị tự động trên bảng điều khiển của Ban Giám đốc",
         "Báo cáo", "4", "10", "16", "20", "Bảng điều khiển điều hành"),
        ("21", "QT-05", "Phòng TCCB", "Tỷ lệ hồ sơ viên chức được số hóa trên phần mềm quản lý nhân lực", "%",
         "55%", "100%", "100%", "100%", "Phần mềm quản lý nhân lực"),
    ]),
    ("E", "NGƯỜI BỆNH SỐ VÀ NHÂN LỰC SỐ", [
        ("22", "NB-01", "Phòng QLCL", "Tỷ lệ người bệnh hài lòng với các dịch vụ số của Bệnh viện", "%",
         "78%", "85%", "≥ 90%", "≥ 92%", "Khảo sát hài lòng 02 lần/năm"),
        ("23", "NB-02", "Phòng KHTH", "Số tiện ích trên ứng dụng di động dành cho người bệnh", "Tiện ích",
         "3", "6", "8", "10", "Ứng dụng di động của Bệnh viện"),
        ("24", "NL-01", "Phòng TCCB", "Tỷ lệ viên chức, người lao động được tập huấn kỹ năng số cơ bản", "%",
         "45%", "80%", "100%", "100%", "Danh sách học viên"),
        ("25", "NL-02", "Phòng CNTT", "Số nhân lực chuyên trách công nghệ thông tin có chứng chỉ an toàn thông tin",
         "Người", "1", "3", "4", "5", "Chứng chỉ được cấp"),
    ]),
]

# ---------------------------------------------------------------- Phụ lục II: matrix by department (2027)
APPX2_TITLE = "Phụ lục II"
APPX2_SUB = "GIAO CHỈ TIÊU NĂM 2027 CHO CÁC KHOA LÂM SÀNG, CẬN LÂM SÀNG"
APPX2_UNIT = "Đơn vị tính: %"
MAT_HEAD = ["TT", "Khoa", "DL-01 HSBA nội trú điện tử", "DL-02 HSBA ngoại trú điện tử",
            "KCB-01 Đơn thuốc điện tử", "KCB-04 Phiếu chăm sóc ký số", "NL-01 Tập huấn kỹ năng số",
            "Mốc phải đạt"]
MAT_NOTE = "Ghi chú: dấu “-” là chỉ tiêu không áp dụng đối với khoa."
MAT_GROUPS = [
    ("I", "KHỐI NỘI", [
        ("1", "Khoa Nội tổng hợp", "100", "100", "100", "95", "100", "Quý I/2027"),
        ("2", "Khoa Tim mạch", "100", "100", "100", "95", "100", "Quý I/2027"),
        ("3", "Khoa Nhi", "100", "100", "100", "90", "100", "Quý II/2027"),
        ("4", "Khoa Truyền nhiễm", "100", "100", "95", "85", "100", "Quý II/2027"),
        ("5", "Khoa Y học cổ truyền", "100", "100", "90", "85", "100", "Quý II/2027"),
    ]),
    ("II", "KHỐI NGOẠI", [
        ("6", "Khoa Ngoại tổng hợp", "100", "100", "100", "90", "100", "Quý II/2027"),
        ("7", "Khoa Chấn thương chỉnh hình", "100", "100", "100", "90", "100", "Quý III/2027"),
        ("8", "Khoa Phụ sản", "100", "100", "100", "90", "100", "Quý II/2027"),
        ("9", "Khoa Gây mê hồi sức", "100", "-", "-", "95", "100", "Quý III/2027"),
        ("10", "Khoa Mắt", "100", "100", "100", "85", "100", "Quý III/2027"),
    ]),
    ("III", "KHỐI KHÁM BỆNH VÀ CẬN LÂM SÀNG", [
        ("11", "Khoa Khám bệnh", "-", "100", "98", "-", "100", "Quý I/2027"),
        ("12", "Khoa Xét nghiệm", "-", "-", "-", "-", "100", "Quý IV/2027"),
        ("13", "Khoa Chẩn đoán hình ảnh", "-", "-", "-", "-", "100", "Quý IV/2027"),
        ("14", "Khoa Dược", "-", "-", "-", "-", "100", "Quý IV/2027"),
    ]),
]
MAT_TOTAL = ("", "Toàn Bệnh viện", "100", "100", "98", "90", "100", "Quý IV/2027")

# ---------------------------------------------------------------- Phụ lục III: tasks
APPX3_TITLE = "Phụ lục III"
APPX3_SUB = "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2026 - 2028"
APPX3_NOTE2 = "(Thời gian ghi theo tháng/năm)"
TASK_HEAD_MD = ["TT", "Nội dung công việc", "Sản phẩm đầu ra", "Thời gian bắt đầu", "Thời gian kết thúc",
                "Khoa, phòng chủ trì", "Khoa, phòng phối hợp"]
TASK_PARENT = "Thời gian thực hiện"
TASK_CHILD = ["Bắt đầu", "Kết thúc"]
TASK_GROUPS = [
    ("I", "Hạ tầng kỹ thuật và an toàn thông tin", [
        ("1", "Nâng cấp đường truyền Internet kênh chính lên 1 Gbps và bổ sung kênh dự phòng của nhà cung cấp thứ hai",
         "Đường truyền được nghiệm thu", "01/2026", "06/2027", "Phòng CNTT", "Phòng TCKT"),
        ("2", "Cải tạo phòng máy chủ; lắp đặt điều hòa chính xác, bộ lưu điện và hệ thống cảnh báo môi trường",
         "Phòng máy chủ được nghiệm thu", "03/2026", "12/2026", "Phòng HCQT", "Phòng CNTT; Phòng VT-TBYT"),
        ("3", "Thay thế máy trạm đã hết khấu hao tại các khoa, ưu tiên Khoa Khám bệnh và Khoa Cấp cứu",
         "180 máy trạm được thay thế", "04/2026", "12/2027", "Phòng VT-TBYT", "Phòng CNTT; các khoa lâm sàng"),
        ("4", "Lập hồ sơ đề xuất cấp độ an toàn thông tin cho các hệ thống HIS, EMR, LIS, PACS và Cổng thông tin điện tử",
         "Quyết định phê duyệt cấp độ", "01/2026", "09/2026", "Phòng CNTT", "Phòng KHTH; Công an tỉnh"),
        ("5", "Sao lưu dữ liệu ra ngoài Bệnh viện bằng dịch vụ lưu trữ đám mây; diễn tập khôi phục hệ thống HIS",
         "Hệ thống sao lưu; biên bản diễn tập", "06/2026", "Thường xuyên", "Phòng CNTT", "Phòng TCKT"),
        ("6", "Thuê dịch vụ giám sát an toàn thông tin 24/7",
         "Báo cáo giám sát hằng tháng", "07/2026", "12/2028", "Phòng CNTT", "Phòng TCKT; Phòng HCQT"),
    ]),
    ("II", "Hồ sơ bệnh án điện tử và dữ liệu", [
        ("7", "Xây dựng, ban hành Quy chế quản lý, sử dụng hồ sơ bệnh án điện tử của Bệnh viện",
         "Quyết định ban hành Quy chế", "01/2026", "03/2026", "Phòng KHTH", "Phòng CNTT; Phòng QLCL"),
        ("8", "Triển khai bệnh án điện tử nội trú giai đoạn 1 tại 05 khoa Khối Nội",
         "HSBA điện tử tại 05 khoa Khối Nội", "02/2026", "09/2026", "Phòng KHTH", "Phòng CNTT; các khoa Khối Nội"),
        ("9", "Triển khai bệnh án điện tử nội trú giai đoạn 2 tại các khoa Khối Ngoại và các khoa còn lại",
         "HSBA điện tử nội trú toàn Bệnh viện", "10/2026", "06/2027", "Phòng KHTH",
         "Phòng CNTT; các khoa Khối Ngoại"),
        ("10", "Thẩm định, công bố Bệnh viện đáp ứng yêu cầu hồ sơ bệnh án điện tử, dừng sử dụng bệnh án giấy",
         "Văn bản công bố gửi Sở Y tế", "04/2027", "06/2027", "Phòng KHTH", "Phòng CNTT; Phòng QLCL"),
        ("11", "Nâng cấp hệ thống PACS, kết nối toàn bộ thiết bị chẩn đoán hình ảnh",
         "Hệ thống PACS được nâng cấp", "03/2026", "12/2026", "Khoa CĐHA", "Phòng CNTT; Phòng VT-TBYT"),
        ("12", "Chuẩn hóa danh mục dùng chung về dịch vụ kỹ thuật, thuốc, vật tư y tế",
         "Bộ danh mục dùng chung được cập nhật", "01/2026", "Thường xuyên", "Phòng KHTH",
         "Khoa Dược; Phòng TCKT; Phòng VT-TBYT"),
        ("13", "Xây dựng kho dữ liệu lâm sàng phục vụ báo cáo, nghiên cứu khoa học",
         "Kho dữ liệu lâm sàng được vận hành", "07/2027", "12/2028", "Phòng CNTT", "Phòng KHTH; Trung tâm Đào tạo"),
    ]),
    ("III", "Khám bệnh, chữa bệnh số và dịch vụ cho người bệnh", [
        ("14", "Kê đơn thuốc điện tử, liên thông 100% đơn thuốc ngoại trú lên Hệ thống đơn thuốc quốc gia",
         "Đơn thuốc điện tử được liên thông", "01/2026", "12/2026", "Khoa Dược", "Khoa Khám bệnh; Phòng CNTT"),
        ("15", "Triển khai phần mềm LIS kết nối hai chiều với máy xét nghiệm",
         "LIS kết nối với máy xét nghiệm", "02/2026", "10/2026", "Khoa Xét nghiệm", "Phòng CNTT; Phòng VT-TBYT"),
        ("16", "Phát triển ứng dụng di động cho người bệnh: đặt lịch khám, tra cứu kết quả, thanh toán viện phí",
         "Ứng dụng di động phiên bản 2.0", "04/2026", "03/2027", "Phòng KHTH",
         "Phòng CNTT; Phòng TCKT; Khoa Khám bệnh"),
        ("17", "Lắp đặt kiosk thông tin và hệ thống xếp hàng tự động tại Khoa Khám bệnh",
         "08 kiosk được lắp đặt", "05/2026", "11/2026", "Khoa Khám bệnh", "Phòng CNTT; Phòng HCQT"),
        ("18", "Mở rộng hội chẩn, khám chữa bệnh từ xa với 12 trung tâm y tế tuyến dưới",
         "12 điểm cầu được kết nối", "03/2026", "12/2027", "Phòng CĐT", "Phòng CNTT; Phòng KHTH"),
        ("19", "Thí điểm ứng dụng trí tuệ nhân tạo hỗ trợ đọc phim X-quang ngực",
         "Báo cáo đánh giá kết quả thí điểm", "09/2026", "06/2027", "Khoa CĐHA", "Phòng CNTT; Trung tâm Đào tạo"),
        ("20", "Ký số phiếu chăm sóc điều dưỡng trên bệnh án điện tử",
         "Phiếu chăm sóc được ký số", "06/2026", "12/2027", "Phòng ĐD", "Phòng CNTT; Phòng KHTH"),
    ]),
    ("IV", "Quản trị bệnh viện số", [
        ("21", "Thanh toán viện phí không dùng tiền mặt qua mã QR động tại tất cả quầy thu",
         "Mã QR động tại các quầy thu", "01/2026", "06/2026", "Phòng TCKT", "Phòng CNTT; các ngân hàng đối tác"),
        ("22", "Triển khai phần mềm quản lý trang thiết bị y tế bằng mã QR",
         "Phần mềm quản lý thiết bị", "03/2026", "12/2027", "Phòng VT-TBYT", "Phòng CNTT"),
        ("23", "Xây dựng bảng điều khiển điều hành cho Ban Giám đốc",
         "Bảng điều khiển với tối thiểu 16 báo cáo", "07/2026", "12/2027", "Phòng QLCL",
         "Phòng CNTT; Phòng KHTH; Phòng TCKT"),
        ("24", "Triển khai phần mềm quản lý nguồn nhân lực, số hóa hồ sơ viên chức",
         "Phần mềm quản lý nhân lực", "02/2026", "09/2026", "Phòng TCCB", "Phòng CNTT"),
        ("25", "Triển khai hệ thống quản lý văn bản có ký số, liên thông với hệ thống của Sở Y tế",
         "Hệ thống quản lý văn bản liên thông", "01/2026", "04/2026", "Phòng HCQT", "Phòng CNTT"),
    ]),
    ("V", "Đào tạo, truyền thông và nhân lực số", [
        ("26", "Tập huấn kỹ năng số cơ bản cho viên chức, người lao động",
         "Tối thiểu 12 lớp mỗi năm", "03/2026", "12/2028", "Trung tâm Đào tạo", "Phòng TCCB; Phòng CNTT"),
        ("27", "Cử nhân lực công nghệ thông tin đào tạo, cấp chứng chỉ an toàn thông tin",
         "05 người có chứng chỉ", "06/2026", "12/2028", "Phòng TCCB", "Phòng CNTT"),
        ("28", "Truyền thông, hướng dẫn người bệnh sử dụng ứng dụng di động và thanh toán không dùng tiền mặt",
         "Tài liệu, video hướng dẫn", "04/2026", "Thường xuyên", "Phòng CTXH", "Phòng KHTH; Phòng TCKT"),
        ("29", "Khảo sát mức độ hài lòng của người bệnh đối với dịch vụ số",
         "Báo cáo khảo sát 02 lần/năm", "06/2026", "12/2028", "Phòng QLCL", "Phòng CTXH; Phòng CNTT"),
        ("30", "Đánh giá mức độ chuyển đổi số của các khoa, phòng; khen thưởng tập thể, cá nhân tiêu biểu",
         "Quyết định khen thưởng hằng năm", "11/2026", "12/2028", "Phòng TCCB", "Phòng CNTT; Phòng QLCL"),
    ]),
]

# ---------------------------------------------------------------- Phụ lục IV: funding, years as ROWS
APPX4_TITLE = "Phụ lục IV"
APPX4_SUB = "DỰ KIẾN KINH PHÍ THỰC HIỆN THEO NĂM VÀ NGUỒN VỐN"
APPX4_UNIT = "Đơn vị tính: triệu đồng"
BUD_HEAD = ["Năm", "Ngân sách nhà nước", "Quỹ phát triển hoạt động sự nghiệp", "Thuê dịch vụ công nghệ thông tin",
            "Cộng"]
BUD_ROWS = [
    ("Năm 2026", "6.200", "5.850", "1.900", "13.950"),
    ("Năm 2027", "5.400", "6.300", "2.600", "14.300"),
    ("Năm 2028", "2.600", "4.600", "3.000", "10.200"),
    ("Tổng giai đoạn", "14.200", "16.750", "7.500", "38.450"),
]


# ---------------------------------------------------------------- helpers + self-checks
def indicator_rows():
    return [r for _, _, rows in IND_GROUPS for r in rows]


def task_list():
    return [t for _, _, ts in TASK_GROUPS for t in ts]


def mat_rows():
    return [r for _, _, rows in MAT_GROUPS for r in rows]


def _n(s):
    return int(s.replace(".", ""))


def _selfcheck():
    inds = indicator_rows()
    assert [r[0] for r in inds] == [str(i) for i in range(1, 26)]
    assert [len(rows) for _, _, rows in IND_GROUPS] == [5, 5, 6, 5, 4]
    assert all(len(r) == 10 for r in inds)
    codes = [r[1] for r in inds]
    assert len(set(codes)) == 25
    tasks = task_list()
    assert [t[0] for t in tasks] == [str(i) for i in range(1, 31)]
    assert [len(ts) for _, _, ts in TASK_GROUPS] == [6, 7, 7, 5, 5]
    assert all(len(t) == 7 for t in tasks)
    mats = mat_rows()
    assert [r[0] for r in mats] == [str(i) for i in range(1, 15)]
    # hospital-wide row of Phụ lục II = the 2027 targets of the same codes in Phụ lục I
    by_code = {r[1]: r for r in inds}
    for j, h in enumerate(MAT_HEAD[2:7], 2):
        code = h.split()[0]
        assert by_code[code][7].replace("%", "") == MAT_TOTAL[j], (code, MAT_TOTAL[j])
    # funding sums
    for r in BUD_ROWS:
        assert _n(r[1]) + _n(r[2]) + _n(r[3]) == _n(r[4]), r
    for j in range(1, 5):
        assert sum(_n(r[j]) for r in BUD_ROWS[:3]) == _n(BUD_ROWS[3][j]), j
    body = " ".join(t for _, t in BODY)
    assert "38.450" in body and "14.200" in body and "16.750" in body and "7.500" in body
    assert "25 chỉ tiêu thuộc 05 nhóm" in body and "Danh mục 30 nhiệm vụ" in body


_selfcheck()
