"""Source text of the held-out-14 document (FICTIONAL): an amended/supplementary digital-transformation plan
of the (invented) Trường Đại học Vân Xuyên. make_docs.py renders it into docs/<KEY>.{md,docx,pdf}.

Do not read this file while developing the assistant: it is part of the held-out set.
"""

KEY = "dhvx-dcbs-2027"

LETTERHEAD_LEFT = ["ỦY BAN NHÂN DÂN TỈNH VÂN XUYÊN", "TRƯỜNG ĐẠI HỌC VÂN XUYÊN"]
NUMBER_LINE = "Số: 386/KH-ĐHVX"
LETTERHEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
PLACE_DATE = "Vân Xuyên, ngày 12 tháng 6 năm 2027"
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Điều chỉnh, bổ sung Kế hoạch chuyển đổi số Trường Đại học Vân Xuyên "
            "giai đoạn 2026 - 2028")

# body: (kind, text); kind: h = bold heading line, p = paragraph, b = dash item, abbr = the abbreviation table
BODY = [
    ("p", "Căn cứ Quyết định số 1207/QĐ-UBND ngày 14/10/2025 của UBND tỉnh Vân Xuyên phê duyệt Đề án chuyển "
          "đổi số trong các cơ sở giáo dục, đào tạo trực thuộc tỉnh đến năm 2030;"),
    ("p", "Căn cứ Quyết định số 512/QĐ-UBND ngày 20/01/2027 của UBND tỉnh Vân Xuyên về việc sáp nhập Trường Cao "
          "đẳng Y tế Vân Xuyên vào Trường Đại học Vân Xuyên;"),
    ("p", "Căn cứ Kế hoạch số 41/KH-ĐHVX ngày 20/02/2026 của Hiệu trưởng Trường Đại học Vân Xuyên về chuyển đổi "
          "số Trường Đại học Vân Xuyên giai đoạn 2026 - 2028;"),
    ("p", "Căn cứ Nghị quyết số 15/NQ-HĐT ngày 28/5/2027 của Hội đồng trường về việc thông qua nội dung điều "
          "chỉnh, bổ sung Kế hoạch chuyển đổi số giai đoạn 2026 - 2028;"),
    ("p", "Trên cơ sở Báo cáo sơ kết số 205/BC-ĐHVX ngày 15/5/2027 về kết quả 01 năm thực hiện Kế hoạch chuyển "
          "đổi số, Trường Đại học Vân Xuyên ban hành Kế hoạch điều chỉnh, bổ sung Kế hoạch chuyển đổi số giai "
          "đoạn 2026 - 2028 như sau:"),
    ("p", "Các chữ viết tắt sử dụng trong Kế hoạch này và các Phụ lục kèm theo được quy định tại bảng dưới đây:"),
    ("abbr", ""),
    ("h", "I. SỰ CẦN THIẾT ĐIỀU CHỈNH, BỔ SUNG"),
    ("p", "1. Sau 01 năm triển khai KH 41, Trường đã đạt được một số kết quả quan trọng: 14/22 chỉ tiêu đạt hoặc "
          "vượt tiến độ đề ra; 31/38 nhiệm vụ có thời hạn trong năm 2026 đã hoàn thành (đạt 81,6%); hệ thống "
          "quản lý văn bản, hồ sơ công việc đã được sử dụng thống nhất trong toàn Trường; 94% văn bản đi được ký "
          "số. Tổng kinh phí giải ngân năm 2026 đạt 18.640 triệu đồng trên tổng số 27.400 triệu đồng được bố trí "
          "(đạt 68,0%)."),
    ("p", "2. Bên cạnh đó, một số chỉ tiêu, nhiệm vụ không còn phù hợp: giá thiết bị dạy học thông minh và thiết "
          "bị mạng tăng bình quân 22% so với dự toán năm 2025; nền tảng tạp chí khoa học dùng chung của tỉnh đã "
          "được đưa vào sử dụng nên Trường không cần đầu tư hệ thống riêng; 02 phân hệ ERP (quản lý tài sản, "
          "quản lý ký túc xá) chậm tiến độ do nhà thầu không đáp ứng yêu cầu."),
    ("p", "3. Từ ngày 01/3/2027, Trường Cao đẳng Y tế Vân Xuyên được sáp nhập vào Trường theo Quyết định số "
          "512/QĐ-UBND; Trường tiếp nhận thêm 2.150 sinh viên, 164 viên chức, người lao động và Cơ sở 2. Quy mô "
          "đào tạo tăng lên 11.780 người học, đòi hỏi bổ sung chỉ tiêu, nhiệm vụ cho khối ngành sức khỏe và "
          "mở rộng hạ tầng số tại Cơ sở 2."),
    ("h", "II. MỤC ĐÍCH, YÊU CẦU"),
    ("b", "Cập nhật mục tiêu, nhiệm vụ của KH 41 phù hợp với quy mô, tổ chức bộ máy của Trường sau sáp nhập và "
          "kết quả sơ kết 01 năm; bảo đảm tính khả thi, không dàn trải."),
    ("b", "Các nội dung không được điều chỉnh, bổ sung tại Kế hoạch này tiếp tục thực hiện theo KH 41."),
    ("b", "Xác định rõ đơn vị chủ trì, đơn vị phối hợp, thời hạn hoàn thành và sản phẩm của từng nhiệm vụ; gắn "
          "trách nhiệm của người đứng đầu đơn vị với kết quả thực hiện."),
    ("h", "III. NỘI DUNG ĐIỀU CHỈNH, BỔ SUNG"),
    ("h", "1. Về mục tiêu tổng quát"),
    ("p", "Giữ nguyên mục tiêu tổng quát của KH 41: đến năm 2028, Trường Đại học Vân Xuyên trở thành trường đại "
          "học số, nằm trong nhóm 30 cơ sở giáo dục đại học dẫn đầu cả nước về chuyển đổi số; bổ sung yêu cầu "
          "hoàn thành chuyển đổi số đồng bộ tại Cơ sở 2 trong năm 2028."),
    ("h", "2. Về các chỉ tiêu cụ thể"),
    ("p", "Sau điều chỉnh, bổ sung, Kế hoạch có 26 chỉ tiêu thuộc 04 nhóm, trong đó: điều chỉnh tăng 11 chỉ tiêu, "
          "điều chỉnh giảm 05 chỉ tiêu, bổ sung mới 04 chỉ tiêu và giữ nguyên 06 chỉ tiêu (chi tiết tại Phụ lục "
          "I). Giá trị tại cột \"Sau điều chỉnh\" là chỉ tiêu chính thức để theo dõi, đánh giá từ năm 2027; kết "
          "quả năm 2026 được ghi để đối chiếu."),
    ("h", "3. Về nhiệm vụ, giải pháp"),
    ("p", "Điều chỉnh 19 nhiệm vụ (thời hạn, nội dung hoặc đơn vị chủ trì), bổ sung mới 05 nhiệm vụ và dừng thực "
          "hiện 03 nhiệm vụ của KH 41 (chi tiết tại Phụ lục II). Sau điều chỉnh, tổng số nhiệm vụ của Kế hoạch là "
          "40 nhiệm vụ."),
    ("p", "Trong năm 2027, Trường ưu tiên hoàn thành việc chuyển đổi dữ liệu hồ sơ người học, viên chức của Trường "
          "Cao đẳng Y tế Vân Xuyên (cũ) vào hệ thống của Trường; đưa 02 phòng thực hành mô phỏng lâm sàng ảo vào "
          "sử dụng; mở rộng mạng Wi-Fi tại Cơ sở 2 với tối thiểu 120 điểm truy cập."),
    ("h", "4. Về kinh phí thực hiện"),
    ("p", "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2026 - 2028 sau điều chỉnh là 94.200 triệu đồng, tăng "
          "7.700 triệu đồng so với KH 41 (86.500 triệu đồng); trong đó nguồn thu hoạt động sự nghiệp của Trường "
          "tăng 3.550 triệu đồng, Quỹ phát triển hoạt động sự nghiệp giảm 1.500 triệu đồng (chi tiết tại Phụ lục "
          "III). Tối thiểu 10% kinh phí của mỗi dự án hạ tầng số được dành cho bảo đảm an toàn thông tin."),
    ("h", "5. Về tổ chức bộ máy thực hiện"),
    ("p", "Giao TTCĐS là đơn vị thường trực giúp Hiệu trưởng theo dõi, đôn đốc việc thực hiện Kế hoạch, thay cho "
          "P.QTTB theo KH 41. P.QTTB tiếp tục chủ trì các nhiệm vụ về cơ sở vật chất, thiết bị."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Các đơn vị trực thuộc rà soát, cập nhật kế hoạch chi tiết của đơn vị theo nội dung điều chỉnh, bổ "
          "sung, gửi TTCĐS trước 15/7/2027."),
    ("p", "2. P.KHTC chủ trì, phối hợp với TTCĐS tổng hợp dự toán kinh phí bổ sung năm 2027, trình Hội đồng trường "
          "trước 31/7/2027; hằng năm bố trí kinh phí thực hiện các nhiệm vụ theo Phụ lục III."),
    ("p", "3. Các đơn vị báo cáo kết quả thực hiện 6 tháng trước 20/6 và báo cáo năm trước 05/12 hằng năm. TTCĐS "
          "tổng hợp, báo cáo Hiệu trưởng trước 30/6 và trước 15/12 hằng năm; báo cáo Sở Giáo dục và Đào tạo tỉnh "
          "Vân Xuyên khi có yêu cầu."),
    ("p", "4. Trường tổ chức sơ kết 02 năm thực hiện Kế hoạch vào Tháng 12/2027 và tổng kết vào Quý IV/2028."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về TTCĐS để tổng hợp, báo cáo "
          "Hiệu trưởng xem xét, quyết định./."),
]

ABBR_HEAD = ["TT", "Chữ viết tắt", "Nội dung đầy đủ"]
ABBR = [
    ("1", "Trường", "Trường Đại học Vân Xuyên"),
    ("2", "KH 41", "Kế hoạch số 41/KH-ĐHVX ngày 20/02/2026 về chuyển đổi số Trường Đại học Vân Xuyên giai đoạn "
                   "2026 - 2028"),
    ("3", "TTCĐS", "Trung tâm Chuyển đổi số"),
    ("4", "P.ĐT", "Phòng Đào tạo"),
    ("5", "P.KHCN", "Phòng Khoa học, Công nghệ và Hợp tác quốc tế"),
    ("6", "P.CTSV", "Phòng Công tác sinh viên"),
    ("7", "P.TCCB", "Phòng Tổ chức cán bộ"),
    ("8", "P.KHTC", "Phòng Kế hoạch - Tài chính"),
    ("9", "P.QTTB", "Phòng Quản trị - Thiết bị"),
    ("10", "P.HCTH", "Phòng Hành chính - Tổng hợp"),
    ("11", "TTKT&ĐBCL", "Trung tâm Khảo thí và Đảm bảo chất lượng"),
    ("12", "TTTT-TV", "Trung tâm Thông tin - Thư viện"),
    ("13", "LMS", "Hệ thống quản lý học tập trực tuyến"),
    ("14", "ERP", "Hệ thống quản trị tổng thể nhà trường"),
    ("15", "ATTT", "An toàn thông tin"),
    ("16", "Cơ sở 2", "Cơ sở đào tạo tại phường Đông Thành (trước đây là Trường Cao đẳng Y tế Vân Xuyên)"),
]

RECIPIENTS = ["Nơi nhận:", "- UBND tỉnh Vân Xuyên (để b/c);", "- Sở Giáo dục và Đào tạo (để b/c);",
              "- Hội đồng trường;", "- Ban Giám hiệu;", "- Các đơn vị trực thuộc;", "- Lưu: VT, TTCĐS."]
SIGNER = ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "PGS.TS. Tạ Quang Vĩnh"]

APPX_NOTE = "(Kèm theo Kế hoạch số 386/KH-ĐHVX ngày 12/6/2027 của Trường Đại học Vân Xuyên)"

# ------------------------------------------------------------------ Phụ lục I (landscape, three-row header)
APPX1_TITLE = "Phụ lục I"
APPX1_SUB = "BẢNG CHỈ TIÊU CHUYỂN ĐỔI SỐ SAU ĐIỀU CHỈNH, BỔ SUNG"
# header rows (three): labels and spans are rendered in make_docs.py
IND_H1 = ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm cơ sở 2025", "Kết quả thực hiện năm 2026", "Mục tiêu",
          "Đơn vị chủ trì", "Nội dung điều chỉnh"]
IND_H2 = ["Năm 2027", "Năm 2028"]
IND_H3 = ["Theo KH 41", "Sau điều chỉnh", "Theo KH 41", "Sau điều chỉnh"]
# flat labels (used by the row check and the Markdown fallback description)
IND_FLAT = ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm cơ sở 2025", "Kết quả thực hiện năm 2026",
            "Năm 2027 - Theo KH 41", "Năm 2027 - Sau điều chỉnh", "Năm 2028 - Theo KH 41",
            "Năm 2028 - Sau điều chỉnh", "Đơn vị chủ trì", "Nội dung điều chỉnh"]

IND_GROUPS = [
    ("1", "Đào tạo số", [
        ("1.1", "Tỷ lệ học phần được tổ chức dạy học kết hợp trên LMS", "%", "18", "31", "40", "45", "60", "65",
         "P.ĐT", "Điều chỉnh tăng"),
        ("1.2", "Số học liệu số (bài giảng điện tử, video bài giảng) được thẩm định và đưa lên LMS", "Học liệu",
         "420", "690", "900", "1.050", "1.400", "1.600", "TTTT-TV", "Điều chỉnh tăng"),
        ("1.3", "Tỷ lệ học phần tổ chức thi kết thúc học phần trên máy tính", "%", "12", "19", "35", "28", "50",
         "42", "TTKT&ĐBCL", "Điều chỉnh giảm"),
        ("1.4", "Tỷ lệ người học tốt nghiệp được cấp văn bằng số có chữ ký số", "%", "0", "0", "50", "50", "100",
         "100", "P.ĐT", "Giữ nguyên"),
        ("1.5", "Số chương trình đào tạo có học phần về kỹ năng số, trí tuệ nhân tạo", "Chương trình", "6", "14",
         "20", "20", "32", "32", "P.ĐT", "Giữ nguyên"),
        ("1.6", "Tỷ lệ sinh viên khối ngành sức khỏe được thực hành trên phần mềm mô phỏng lâm sàng", "%", "-", "-",
         "-", "30", "-", "60", "Khoa Điều dưỡng", "Bổ sung mới"),
        ("1.7", "Số khóa học trực tuyến mở (MOOC) được công bố", "Khóa học", "0", "2", "6", "4", "12", "9",
         "TTCĐS", "Điều chỉnh giảm"),
    ]),
    ("2", "Nghiên cứu khoa học và đổi mới sáng tạo", [
        ("2.1", "Tỷ lệ đề tài khoa học và công nghệ cấp cơ sở được quản lý trên phần mềm", "%", "35", "80", "90",
         "100", "100", "100", "P.KHCN", "Điều chỉnh tăng"),
        ("2.2", "Số bài báo quốc tế (Scopus/WoS) có ứng dụng trí tuệ nhân tạo, dữ liệu lớn", "Bài", "9", "17",
         "20", "24", "26", "33", "P.KHCN", "Điều chỉnh tăng"),
        ("2.3", "Số nhóm nghiên cứu mạnh về công nghệ số", "Nhóm", "2", "3", "4", "4", "5", "5", "P.KHCN",
         "Giữ nguyên"),
        ("2.4", "Số cơ sở dữ liệu khoa học được khai thác trên Thư viện số", "Cơ sở dữ liệu", "3", "5", "6", "7",
         "8", "10", "TTTT-TV", "Điều chỉnh tăng"),
        ("2.5", "Số dự án khởi nghiệp đổi mới sáng tạo của sinh viên được ươm tạo", "Dự án", "4", "7", "10", "12",
         "15", "18", "P.CTSV", "Điều chỉnh tăng"),
        ("2.6", "Số hợp đồng chuyển giao kết quả nghiên cứu về công nghệ số được ký kết", "Hợp đồng", "-", "-",
         "-", "3", "-", "5", "P.KHCN", "Bổ sung mới"),
    ]),
    ("3", "Quản trị số", [
        ("3.1", "Tỷ lệ văn bản đi được ký số và gửi, nhận trên hệ thống quản lý văn bản", "%", "72", "94", "98",
         "98", "100", "100", "P.HCTH", "Giữ nguyên"),
        ("3.2", "Tỷ lệ thủ tục hành chính nội bộ cho người học được thực hiện trực tuyến toàn trình", "%", "25",
         "48", "60", "75", "80", "95", "P.CTSV", "Điều chỉnh tăng"),
        ("3.3", "Số phân hệ ERP được đưa vào vận hành", "Phân hệ", "3", "5", "9", "7", "12", "12", "TTCĐS",
         "Điều chỉnh giảm"),
        ("3.4", "Tỷ lệ hồ sơ viên chức, người lao động được cập nhật trên cơ sở dữ liệu nhân sự", "%", "60", "88",
         "100", "100", "100", "100", "P.TCCB", "Giữ nguyên"),
        ("3.5", "Tỷ lệ học phí, lệ phí được thu không dùng tiền mặt", "%", "81", "93", "95", "97", "100", "100",
         "P.KHTC", "Điều chỉnh tăng"),
        ("3.6", "Số báo cáo quản trị được khai thác tự động trên kho dữ liệu dùng chung", "Báo cáo", "-", "-", "-",
         "15", "-", "30", "TTCĐS", "Bổ sung mới"),
        ("3.7", "Tỷ lệ hồ sơ sinh viên các khóa tuyển sinh trước năm 2027 được số hóa", "%", "20", "46", "70",
         "65", "100", "100", "P.ĐT", "Điều chỉnh giảm"),
    ]),
    ("4", "Hạ tầng số và an toàn thông tin", [
        ("4.1", "Băng thông kết nối Internet của Trường", "Gbps", "2", "4", "6", "10", "10", "20", "TTCĐS",
         "Điều chỉnh tăng"),
        ("4.2", "Tỷ lệ phòng học được trang bị thiết bị dạy học thông minh", "%", "15", "24", "40", "35", "60",
         "55", "P.QTTB", "Điều chỉnh giảm"),
        ("4.3", "Tỷ lệ diện tích khuôn viên (kể cả Cơ sở 2) được phủ sóng Wi-Fi", "%", "70", "85", "100", "100",
         "100", "100", "P.QTTB", "Giữ nguyên"),
        ("4.4", "Số hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ", "Hệ thống", "1", "4", "7", "9", "9",
         "11", "TTCĐS", "Điều chỉnh tăng"),
        ("4.5", "Số cuộc diễn tập ứng cứu sự cố ATTT được tổ chức", "Cuộc/năm", "0", "1", "1", "2", "2", "2",
         "TTCĐS", "Điều chỉnh tăng"),
        ("4.6", "Tỷ lệ viên chức, người lao động được tập huấn kỹ năng ATTT cơ bản", "%", "-", "-", "-", "80", "-",
         "100", "P.TCCB", "Bổ sung mới"),
    ]),
]

# ------------------------------------------------------------------ Phụ lục II (landscape, split in two tables)
APPX2_TITLE = "Phụ lục II"
APPX2_SUB = "DANH MỤC NHIỆM VỤ ĐIỀU CHỈNH, BỔ SUNG, DỪNG THỰC HIỆN"
APPX2_NOTE2 = ("(Cột \"Đơn vị chủ trì / phối hợp\": dòng đầu là đơn vị chủ trì, các dòng tiếp theo là đơn vị phối "
               "hợp)")
APPX2_CONT = "Phụ lục II (tiếp theo)"
TASK_HEAD = ["TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì / phối hợp", "Thời hạn theo KH 41",
             "Thời hạn sau điều chỉnh", "Sản phẩm", "Hình thức điều chỉnh"]
# each task: (TT, content, [lead, partner, partner...], old deadline, new deadline, product, form)
TASK_GROUPS = [
    ("1", "Chuyển đổi số trong đào tạo", [
        ("1.1", "Nâng cấp LMS, tích hợp công cụ kiểm tra đạo văn và phân tích dữ liệu học tập",
         ["TTCĐS", "P.ĐT", "Các khoa"], "Quý IV/2026", "Tháng 9/2027", "LMS phiên bản 2.0 được vận hành",
         "Điều chỉnh thời hạn"),
        ("1.2", "Xây dựng ngân hàng câu hỏi thi trên máy tính cho các học phần chung",
         ["TTKT&ĐBCL", "Các khoa", "TTCĐS"], "Quý II/2027", "Quý I/2028", "Ngân hàng câu hỏi của 45 học phần",
         "Điều chỉnh thời hạn"),
        ("1.3", "Số hóa giáo trình nội bộ và tài liệu tham khảo bản in của Thư viện",
         ["TTTT-TV", "Các khoa"], "Năm 2027", "Năm 2027", "3.200 đầu tài liệu số (KH 41: 2.000 đầu tài liệu)",
         "Điều chỉnh nội dung"),
        ("1.4", "Đầu tư phòng thực hành mô phỏng lâm sàng ảo cho khối ngành sức khỏe",
         ["Khoa Điều dưỡng", "P.QTTB", "TTCĐS"], "-", "Tháng 12/2027", "02 phòng mô phỏng được đưa vào sử dụng",
         "Bổ sung mới"),
        ("1.5", "Xây dựng và công bố các khóa học trực tuyến mở (MOOC) của Trường",
         ["TTCĐS", "P.ĐT", "Các khoa"], "Quý IV/2027", "Quý II/2028", "09 khóa học MOOC được công bố",
         "Điều chỉnh thời hạn"),
        ("1.6", "Cấp văn bằng, chứng chỉ số gắn mã QR tra cứu",
         ["P.ĐT", "TTCĐS", "P.KHTC"], "Quý III/2027", "Quý III/2027",
         "Văn bằng số cấp cho người học tốt nghiệp từ đợt tháng 9/2027", "Điều chỉnh đơn vị chủ trì (KH 41: TTCĐS chủ trì)"),
        ("1.7", "Tập huấn thiết kế bài giảng số cho giảng viên",
         ["P.TCCB", "TTCĐS", "Các khoa"], "Hằng năm", "Trước 30/6 hằng năm",
         "Tối thiểu 250 lượt giảng viên được tập huấn mỗi năm", "Điều chỉnh thời hạn"),
    ]),
    ("2", "Chuyển đổi số trong nghiên cứu khoa học và đổi mới sáng tạo", [
        ("2.1", "Triển khai phần mềm quản lý đề tài, nhiệm vụ khoa học và công nghệ",
         ["P.KHCN", "TTCĐS"], "Quý IV/2026", "Tháng 6/2027", "Phần mềm được vận hành", "Điều chỉnh thời hạn"),
        ("2.2", "Mua quyền truy cập các cơ sở dữ liệu khoa học quốc tế (ScienceDirect, IEEE Xplore)",
         ["TTTT-TV", "P.KHTC", "P.KHCN"], "Năm 2026", "Năm 2027", "Hợp đồng truy cập được ký kết",
         "Điều chỉnh thời hạn"),
        ("2.3", "Xây dựng Phòng thí nghiệm dữ liệu lớn và trí tuệ nhân tạo",
         ["Khoa Công nghệ thông tin", "P.QTTB", "P.KHCN"], "2026 - 2027", "2027 - 2028",
         "Phòng thí nghiệm được đưa vào hoạt động", "Điều chỉnh thời hạn"),
        ("2.4", "Xây dựng nền tảng kết nối doanh nghiệp - nhà trường về chuyển giao công nghệ",
         ["P.KHCN", "TTCĐS", "P.CTSV"], "-", "Quý IV/2027", "Nền tảng kết nối được vận hành", "Bổ sung mới"),
        ("2.5", "Xây dựng hệ thống quản lý tạp chí khoa học điện tử riêng của Trường",
         ["P.KHCN", "TTTT-TV"], "Quý II/2027", "-", "-",
         "Dừng thực hiện (sử dụng nền tảng tạp chí khoa học dùng chung của tỉnh)"),
        ("2.6", "Tổ chức cuộc thi \"Sinh viên Vân Xuyên sáng tạo số\"",
         ["P.CTSV", "Đoàn Thanh niên Trường", "P.KHCN"], "Hằng năm", "Tháng 11 hằng năm",
         "Cuộc thi được tổ chức", "Điều chỉnh thời hạn"),
    ]),
    ("3", "Chuyển đổi số trong quản trị nhà trường", [
        ("3.1", "Triển khai phân hệ quản lý tài sản, thiết bị trên ERP",
         ["P.QTTB", "TTCĐS", "P.KHTC"], "Quý III/2026", "Quý IV/2027", "Phân hệ được vận hành",
         "Điều chỉnh thời hạn"),
        ("3.2", "Triển khai cổng dịch vụ trực tuyến một cửa cho người học",
         ["P.CTSV", "TTCĐS", "P.ĐT", "P.KHTC"], "Quý I/2027", "Tháng 8/2027", "Cổng dịch vụ được vận hành",
         "Điều chỉnh thời hạn"),
        ("3.3", "Xây dựng kho dữ liệu dùng chung và hệ thống báo cáo quản trị của Trường",
         ["TTCĐS", "Các đơn vị trực thuộc"], "-", "Quý II/2028", "Kho dữ liệu và 30 báo cáo quản trị tự động",
         "Bổ sung mới"),
        ("3.4", "Chuyển đổi dữ liệu hồ sơ người học, viên chức của Trường Cao đẳng Y tế Vân Xuyên (cũ) vào hệ "
                "thống của Trường", ["P.ĐT", "P.TCCB", "TTCĐS"], "-", "Trước 30/9/2027",
         "Dữ liệu được chuyển đổi, làm sạch", "Bổ sung mới"),
        ("3.5", "Số hóa hồ sơ sinh viên các khóa tuyển sinh trước năm 2027",
         ["P.ĐT", "TTTT-TV", "TTCĐS"], "Năm 2027", "Năm 2028", "Hồ sơ được số hóa, lưu trữ điện tử",
         "Điều chỉnh thời hạn"),
        ("3.6", "Cấp chứng thư chữ ký số cá nhân cho viên chức quản lý",
         ["P.HCTH", "P.TCCB"], "Quý IV/2026", "-", "-", "Dừng thực hiện (đã hoàn thành trong năm 2026)"),
        ("3.7", "Thu học phí qua mã QR động và ví điện tử",
         ["P.KHTC", "TTCĐS"], "Quý IV/2027", "Quý III/2027", "Học phí học kỳ I năm học 2027 - 2028 được thu qua "
                                                              "mã QR", "Điều chỉnh thời hạn"),
    ]),
    ("4", "Hạ tầng số và bảo đảm an toàn thông tin", [
        ("4.1", "Nâng cấp đường truyền Internet và thiết bị mạng lõi của Trường",
         ["TTCĐS", "P.QTTB"], "Quý IV/2026", "Quý IV/2027", "Băng thông 10 Gbps", "Điều chỉnh thời hạn"),
        ("4.2", "Mở rộng hệ thống Wi-Fi tại Cơ sở 2",
         ["P.QTTB", "TTCĐS"], "-", "Tháng 10/2027", "Tối thiểu 120 điểm truy cập Wi-Fi", "Bổ sung mới"),
        ("4.3", "Thuê dịch vụ giám sát, vận hành an toàn thông tin (SOC)",
         ["TTCĐS", "P.KHTC"], "Quý II/2027", "Tháng 1/2028", "Hợp đồng thuê dịch vụ SOC", "Điều chỉnh thời hạn"),
        ("4.4", "Lập hồ sơ đề xuất cấp độ cho các hệ thống thông tin của Trường",
         ["TTCĐS", "Các đơn vị quản lý hệ thống"], "Năm 2026", "Trước 31/12/2027",
         "Hồ sơ cấp độ của 09 hệ thống được phê duyệt", "Điều chỉnh thời hạn"),
        ("4.5", "Tổ chức diễn tập ứng cứu sự cố ATTT",
         ["TTCĐS", "Công an tỉnh Vân Xuyên", "Các đơn vị quản lý hệ thống"], "Hằng năm", "Quý III hằng năm",
         "Báo cáo kết quả diễn tập", "Điều chỉnh thời hạn"),
        ("4.6", "Đầu tư hệ thống lưu trữ, sao lưu dự phòng dữ liệu riêng",
         ["TTCĐS", "P.QTTB", "P.KHTC"], "2027 - 2028", "-", "-",
         "Dừng thực hiện (nội dung được gộp vào nhiệm vụ 3.3)"),
        ("4.7", "Trang bị thiết bị dạy học thông minh cho phòng học",
         ["P.QTTB", "TTCĐS", "Các khoa"], "Năm 2027", "2027 - 2028", "55% phòng học có thiết bị dạy học thông "
                                                                      "minh", "Điều chỉnh nội dung"),
    ]),
]
TASK_SPLIT_AFTER_GROUP = "2"      # groups 1-2 in the first table, 3-4 in the continued table

# ------------------------------------------------------------------ Phụ lục III (portrait)
APPX3_TITLE = "Phụ lục III"
APPX3_SUB = "KINH PHÍ THỰC HIỆN KẾ HOẠCH GIAI ĐOẠN 2026 - 2028 SAU ĐIỀU CHỈNH"
APPX3_UNIT = "Đơn vị tính: triệu đồng"
BUD_HEAD = ["TT", "Nguồn kinh phí", "Theo KH 41", "Sau điều chỉnh", "Tăng (+), giảm (-)"]
BUD_ROWS = [
    ("1", "Ngân sách tỉnh cấp - chi đầu tư phát triển", "38.500", "41.200", "+2.700"),
    ("2", "Ngân sách tỉnh cấp - chi thường xuyên", "12.000", "12.000", "0"),
    ("3", "Nguồn thu hoạt động sự nghiệp của Trường", "21.300", "24.850", "+3.550"),
    ("4", "Quỹ phát triển hoạt động sự nghiệp", "9.700", "8.200", "-1.500"),
    ("5", "Tài trợ, xã hội hóa", "5.000", "7.950", "+2.950"),
    ("", "Tổng cộng", "86.500", "94.200", "+7.700"),
]


def indicator_rows():
    """(group, group label, STT, content, unit, base, r2026, 27old, 27new, 28old, 28new, lead, change)"""
    return [(g, lab) + r for g, lab, rows in IND_GROUPS for r in rows]


def task_list():
    """(group, group label, TT, content, units list, old, new, product, form)"""
    return [(g, lab) + t for g, lab, ts in TASK_GROUPS for t in ts]


def _num(s):
    return int(s.replace(".", "").replace("+", ""))


def _selfcheck():
    ind = indicator_rows()
    assert len(ind) == 26
    from collections import Counter
    c = Counter(r[12] for r in ind)
    assert c == {"Điều chỉnh tăng": 11, "Điều chỉnh giảm": 5, "Bổ sung mới": 4, "Giữ nguyên": 6}, c
    tasks = task_list()
    assert len(tasks) == 27
    new = [t for t in tasks if t[8] == "Bổ sung mới"]
    stop = [t for t in tasks if t[8].startswith("Dừng")]
    assert len(new) == 5 and len(stop) == 3 and len(tasks) - 8 == 19
    assert 38 - 3 + 5 == 40
    tot = BUD_ROWS[-1]
    assert sum(_num(r[2]) for r in BUD_ROWS[:-1]) == _num(tot[2])
    assert sum(_num(r[3]) for r in BUD_ROWS[:-1]) == _num(tot[3])
    assert sum(int(r[4].replace(".", "")) for r in BUD_ROWS[:-1]) == _num(tot[4])
    for r in BUD_ROWS:
        assert _num(r[3]) - _num(r[2]) == int(r[4].replace(".", ""))


_selfcheck()
