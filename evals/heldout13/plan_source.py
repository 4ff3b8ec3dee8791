"""Source text of the fictional plan of held-out set 13 (doc key hakhue-dulieu-2026).

Kế hoạch số 58/KH-UBND of the Ủy ban nhân dân tỉnh Hà Khuê (an invented province), 09/3/2026:
"Phát triển dữ liệu số và triển khai thi hành Luật Dữ liệu trên địa bàn tỉnh Hà Khuê giai đoạn
2026 - 2030". Every name, number, figure, target and task below was written for this evaluation.

Body blocks: ("h", text) a bold heading line (no Markdown heading), ("p", text) a paragraph,
("b", text) a dash line. "[^n]" inside a text marks a footnote reference (FOOTNOTES[n]).
"""

KEY = "hakhue-dulieu-2026"

LETTERHEAD_LEFT = ["ỦY BAN NHÂN DÂN", "TỈNH HÀ KHUÊ"]
NUMBER_LINE = "Số: 58/KH-UBND"
LETTERHEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
PLACE_DATE = "Hà Khuê, ngày 09 tháng 3 năm 2026"
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Phát triển dữ liệu số và triển khai thi hành Luật Dữ liệu trên địa bàn tỉnh Hà Khuê "
            "giai đoạn 2026 - 2030")

FOOTNOTES = {
    1: ("Kho dữ liệu dùng chung của tỉnh được đầu tư theo Quyết định số 2214/QĐ-UBND ngày 28/12/2023 "
        "của Ủy ban nhân dân tỉnh, đặt tại Trung tâm Dữ liệu tỉnh."),
    2: ("Dữ liệu được đánh giá đạt yêu cầu theo bộ tiêu chí tại Hướng dẫn số 31/HD-SKHCN ngày 05/01/2026 "
        "của Sở Khoa học và Công nghệ."),
    3: ("Sàn dữ liệu Hà Khuê là nền tảng giao dịch dữ liệu vận hành theo cơ chế thử nghiệm có kiểm soát, "
        "do Trung tâm Dữ liệu và Chuyển đổi số quản lý kỹ thuật."),
    4: ("Không bao gồm 312 tỷ đồng của Dự án đầu tư xây dựng Trung tâm Dữ liệu tỉnh đã được phê duyệt "
        "tại Quyết định số 1460/QĐ-UBND ngày 12/7/2024."),
    5: "Hệ thống thông tin báo cáo của tỉnh tại địa chỉ https://baocao.hakhue.gov.vn.",
}

# ---------------------------------------------------------------- targets (body prose, numbered (1)..(24))
# (number, group letter, text)
TARGET_GROUPS = [
    ("a", "a) Về dữ liệu của cơ quan nhà nước", [
        (1, "(1) Phấn đấu đến năm 2027, 100% CSDL chuyên ngành do các cơ quan cấp tỉnh quản lý được kết nối, "
            "chia sẻ dữ liệu với Kho DLDC; riêng năm 2026 đạt tối thiểu 80%."),
        (2, "(2) Đến hết năm 2026, hoàn thành xây dựng và công bố Danh mục dữ liệu dùng chung của tỉnh; từ năm "
            "2027, Danh mục được rà soát, cập nhật ít nhất 01 lần/năm."),
        (3, "(3) Phấn đấu đến năm 2028, 100% thửa đất trên địa bàn tỉnh có dữ liệu địa chính được số hóa, làm "
            "sạch và đồng bộ với Cơ sở dữ liệu quốc gia về đất đai; năm 2026 đạt 75%."),
        (4, "(4) Đến năm 2027, tối thiểu 90% dữ liệu trong các CSDL chuyên ngành của tỉnh đạt yêu cầu \"đúng, "
            "đủ, sạch, sống\"[^2]; đến năm 2030 đạt 100%."),
        (5, "(5) Tỷ lệ hồ sơ, kết quả giải quyết TTHC còn hiệu lực được số hóa và tái sử dụng: năm 2026 đạt 85%, "
            "năm 2027 đạt 95%, từ năm 2028 đạt 100%."),
        (6, "(6) Đến năm 2029, 100% hồ sơ công việc của các cơ quan cấp tỉnh và cấp xã được lưu trữ điện tử tại "
            "Kho lưu trữ số tập trung của tỉnh."),
    ]),
    ("b", "b) Về chia sẻ, khai thác dữ liệu và dữ liệu mở", [
        (7, "(7) Nền tảng LGSP duy trì tỷ lệ sẵn sàng hoạt động không thấp hơn 99,5% hằng năm; số giao dịch qua "
            "LGSP đạt tối thiểu 12 triệu giao dịch vào năm 2027 và 30 triệu giao dịch vào năm 2030."),
        (8, "(8) Phấn đấu đến năm 2028, 80% TTHC có yêu cầu thành phần hồ sơ được cắt giảm giấy tờ nhờ khai thác "
            "dữ liệu từ Cơ sở dữ liệu quốc gia về dân cư và các CSDL chuyên ngành; đến năm 2030 đạt 95%."),
        (9, "(9) Công bố tối thiểu 150 bộ dữ liệu mở trên Cổng dữ liệu mở của tỉnh vào năm 2027 và 400 bộ dữ "
            "liệu mở vào năm 2030."),
        (10, "(10) Từ năm 2027, 100% các sở, ban, ngành và UBND cấp xã báo cáo số liệu kinh tế - xã hội qua Hệ "
             "thống báo cáo theo thời gian thực; không sử dụng báo cáo giấy đối với các chỉ tiêu đã có dữ liệu số."),
        (11, "(11) Đến năm 2028, tỉnh cung cấp tối thiểu 25 dịch vụ dữ liệu (API) cho tổ chức, doanh nghiệp qua "
             "Kho DLDC."),
    ]),
    ("c", "c) Về kinh tế dữ liệu và thị trường dữ liệu", [
        (12, "(12) Tỷ trọng kinh tế số trong GRDP của tỉnh đạt 14% vào năm 2027 và 22% vào năm 2030."),
        (13, "(13) Thu hút tối thiểu 40 doanh nghiệp hoạt động trong lĩnh vực dữ liệu, trí tuệ nhân tạo đặt trụ "
             "sở trên địa bàn tỉnh đến năm 2030."),
        (14, "(14) Đến năm 2028, đưa vào thử nghiệm Sàn dữ liệu Hà Khuê[^3] với ít nhất 10 tổ chức, doanh nghiệp "
             "tham gia giao dịch dữ liệu."),
        (15, "(15) Phấn đấu 60% doanh nghiệp nhỏ và vừa trên địa bàn sử dụng nền tảng số trong quản trị, kinh "
             "doanh vào năm 2028 và 75% vào năm 2030."),
    ]),
    ("d", "d) Về hạ tầng dữ liệu, bảo đảm an toàn và bảo vệ dữ liệu", [
        (16, "(16) Năm 2027, hoàn thành nâng cấp Trung tâm Dữ liệu tỉnh đạt tiêu chuẩn TCVN 9250:2021 mức 3; "
             "dung lượng lưu trữ đạt 2.000 TB vào năm 2028."),
        (17, "(17) Đến hết năm 2026, 100% hệ thống thông tin có xử lý dữ liệu cá nhân hoàn thành hồ sơ đánh giá "
             "tác động xử lý dữ liệu cá nhân."),
        (18, "(18) Duy trì 100% hệ thống thông tin của tỉnh được phê duyệt cấp độ an toàn hệ thống thông tin; từ "
             "năm 2027, tổ chức diễn tập ứng cứu sự cố dữ liệu tối thiểu 02 lần/năm."),
        (19, "(19) Đến năm 2027, 100% CSDL quan trọng được sao lưu dự phòng tại điểm thứ hai khác vị trí địa lý, "
             "thời gian khôi phục không quá 04 giờ."),
        (20, "(20) Đến năm 2030, 100% xã, phường được kết nối mạng truyền số liệu chuyên dùng với tốc độ tối "
             "thiểu 100 Mbps; năm 2026 đạt 70%."),
    ]),
    ("đ", "đ) Về nguồn nhân lực và nhận thức về dữ liệu", [
        (21, "(21) Trong năm 2026, mỗi sở, ban, ngành và UBND cấp xã bố trí ít nhất 01 cán bộ đầu mối quản trị "
             "dữ liệu."),
        (22, "(22) Đến năm 2028, 100% cán bộ, công chức cấp tỉnh và cấp xã được bồi dưỡng kỹ năng khai thác, sử "
             "dụng dữ liệu; năm 2026 đạt 50%."),
        (23, "(23) Đào tạo chuyên sâu về phân tích dữ liệu, trí tuệ nhân tạo cho tối thiểu 300 người trong giai "
             "đoạn 2026 - 2030, trong đó giai đoạn 2026 - 2027 tối thiểu 120 người."),
        (24, "(24) Đến năm 2027, 70% người trưởng thành có tài khoản định danh điện tử mức độ 2 sử dụng ứng dụng "
             "Hà Khuê Số để khai thác dữ liệu cá nhân và dịch vụ công; năm 2030 đạt 90%."),
    ]),
]

# ---------------------------------------------------------------- body
BODY = [
    ("p", "Căn cứ Luật Dữ liệu ngày 30 tháng 11 năm 2024;"),
    ("p", "Căn cứ Nghị quyết số 14-NQ/TU ngày 22 tháng 8 năm 2025 của Ban Chấp hành Đảng bộ tỉnh về phát triển "
          "khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Hà Khuê đến năm 2030, tầm nhìn đến năm 2035;"),
    ("p", "Căn cứ Quyết định số 1907/QĐ-UBND ngày 15 tháng 10 năm 2025 của Ủy ban nhân dân tỉnh phê duyệt Kiến "
          "trúc dữ liệu tỉnh Hà Khuê phiên bản 1.0;"),
    ("p", "Xét đề nghị của Sở Khoa học và Công nghệ tại Tờ trình số 417/TTr-SKHCN ngày 20 tháng 02 năm 2026, Ủy "
          "ban nhân dân tỉnh ban hành Kế hoạch phát triển dữ liệu số và triển khai thi hành Luật Dữ liệu trên địa "
          "bàn tỉnh giai đoạn 2026 - 2030 như sau:"),

    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("h", "1. Mục đích"),
    ("b", "Cụ thể hóa các quy định của Luật Dữ liệu và Nghị quyết số 14-NQ/TU; xác định dữ liệu là tài nguyên, "
          "tư liệu sản xuất quan trọng trong phát triển kinh tế - xã hội của tỉnh."),
    ("b", "Hình thành hệ sinh thái dữ liệu thống nhất, kết nối, chia sẻ thông suốt giữa cấp tỉnh và cấp xã, phục "
          "vụ chỉ đạo, điều hành dựa trên dữ liệu và cung cấp dịch vụ công lấy người dân, doanh nghiệp làm trung "
          "tâm."),
    ("b", "Phân công cụ thể nhiệm vụ, thời hạn hoàn thành và cơ quan chịu trách nhiệm theo dõi, đánh giá từng chỉ "
          "tiêu."),
    ("h", "2. Yêu cầu"),
    ("b", "Quán triệt nguyên tắc dữ liệu chỉ cung cấp một lần; không yêu cầu người dân, doanh nghiệp cung cấp lại "
          "thông tin đã có trong cơ sở dữ liệu của cơ quan nhà nước."),
    ("b", "Việc thu thập, xử lý, chia sẻ dữ liệu phải bảo đảm an ninh, an toàn và bảo vệ dữ liệu cá nhân theo quy "
          "định của pháp luật."),
    ("b", "Kết quả thực hiện Kế hoạch là một tiêu chí đánh giá, xếp loại mức độ hoàn thành nhiệm vụ hằng năm của "
          "cơ quan, đơn vị và người đứng đầu."),
    ("p", "Trong Kế hoạch này, các cụm từ sau được viết tắt: Sở Khoa học và Công nghệ (Sở KH&CN); Trung tâm Dữ "
          "liệu và Chuyển đổi số thuộc Sở KH&CN (Trung tâm DL&CĐS); Sở Nông nghiệp và Môi trường (Sở NN&MT); Sở "
          "Giáo dục và Đào tạo (Sở GD&ĐT); Trung tâm Phục vụ hành chính công tỉnh (Trung tâm PVHCC); Ủy ban nhân "
          "dân các xã, phường (UBND cấp xã); cơ sở dữ liệu (CSDL); Kho dữ liệu dùng chung của tỉnh (Kho DLDC); "
          "Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP); thủ tục hành chính (TTHC)."),

    ("h", "II. THỰC TRẠNG DỮ LIỆU CỦA TỈNH"),
    ("h", "1. Kết quả đạt được"),
    ("p", "Đến hết năm 2025, tỉnh đã đưa vào vận hành Kho dữ liệu dùng chung của tỉnh[^1] và kết nối được 19/31 "
          "CSDL chuyên ngành (đạt 61,3%). Nền tảng LGSP đã xử lý 6,8 triệu giao dịch trong năm 2025; Cổng dữ liệu "
          "mở của tỉnh đã công bố 64 bộ dữ liệu. Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 71,4%. Dữ liệu "
          "địa chính đã được số hóa tại 29/67 xã, phường. Trung tâm Dữ liệu tỉnh có dung lượng lưu trữ 640 TB."),
    ("p", "Chỉ số chuyển đổi số (DTI) năm 2024 của tỉnh xếp thứ 27/63 tỉnh, thành phố; trụ cột dữ liệu đạt 0,52 "
          "điểm, thấp hơn mức trung bình cả nước."),
    ("h", "2. Tồn tại, hạn chế"),
    ("b", "Còn 12 CSDL chuyên ngành chưa kết nối với Kho DLDC, trong đó có CSDL xây dựng, CSDL thanh tra và CSDL "
          "khiếu nại, tố cáo."),
    ("b", "Trung tâm Dữ liệu tỉnh chưa có điểm sao lưu dự phòng thứ hai; chưa tổ chức diễn tập ứng cứu sự cố dữ "
          "liệu."),
    ("b", "41/67 xã, phường chưa có cán bộ đầu mối về dữ liệu; 46% công chức cấp xã chưa được bồi dưỡng kỹ năng "
          "khai thác dữ liệu."),

    ("h", "III. MỤC TIÊU"),
    ("h", "1. Mục tiêu tổng quát"),
    ("p", "Phát triển dữ liệu số của tỉnh trở thành tài nguyên quan trọng, được kết nối, chia sẻ, khai thác hiệu "
          "quả; hình thành thị trường dữ liệu và kinh tế dữ liệu; phấn đấu đến năm 2030 tỉnh Hà Khuê thuộc nhóm 10 "
          "địa phương dẫn đầu cả nước về phát triển dữ liệu số."),
    ("h", "2. Mục tiêu cụ thể"),
    ("p", "Kế hoạch đặt ra 24 chỉ tiêu thuộc 05 nhóm, được đánh số từ (1) đến (24); cơ quan theo dõi, đánh giá "
          "từng chỉ tiêu được phân công tại Phụ lục I."),
]
for _letter, _gname, _items in TARGET_GROUPS:
    BODY.append(("h", _gname))
    for _n, _text in _items:
        BODY.append(("p", _text))

BODY += [
    ("h", "IV. NHIỆM VỤ, GIẢI PHÁP"),
    ("p", "Các nhiệm vụ trọng tâm được giao tại Mục này; danh mục nhiệm vụ cụ thể của từng cơ quan, đơn vị được "
          "phân công tại Phụ lục II."),
    ("h", "1. Hoàn thiện thể chế, quy định về quản lý và chia sẻ dữ liệu"),
    ("p", "Giao Sở Tư pháp chủ trì, phối hợp với Sở KH&CN và Công an tỉnh rà soát, tham mưu Ủy ban nhân dân tỉnh "
          "ban hành Quy chế quản lý, kết nối và chia sẻ dữ liệu trên địa bàn tỉnh thay thế Quyết định số "
          "09/2022/QĐ-UBND, hoàn thành trong Quý III/2026."),
    ("p", "Giao Sở KH&CN chủ trì xây dựng Khung quản trị dữ liệu của tỉnh, gồm vai trò, trách nhiệm của các cơ "
          "quan và quy trình quản lý chất lượng dữ liệu, hoàn thành trước ngày 30/9/2026."),
    ("h", "2. Phát triển hạ tầng dữ liệu"),
    ("p", "Giao Sở KH&CN chủ trì, phối hợp với Sở Tài chính lập dự án nâng cấp Trung tâm Dữ liệu tỉnh, trình phê "
          "duyệt chủ trương đầu tư trong Quý II/2026 và hoàn thành nâng cấp trong năm 2027."),
    ("p", "Giao Công an tỉnh chủ trì, phối hợp với Sở KH&CN và các doanh nghiệp viễn thông xây dựng điểm sao lưu "
          "dự phòng thứ hai cho các CSDL quan trọng của tỉnh, đưa vào vận hành trong Quý IV/2027."),
    ("h", "3. Xây dựng, làm giàu và làm sạch dữ liệu"),
    ("p", "Giao Sở NN&MT chủ trì, phối hợp với UBND cấp xã hoàn thành số hóa, chỉnh lý hồ sơ địa chính của 38 xã, "
          "phường còn lại, hoàn thành trong năm 2028."),
    ("p", "Giao Sở Y tế chủ trì, phối hợp với Bảo hiểm xã hội tỉnh kết nối dữ liệu khám bệnh, chữa bệnh của 100% "
          "cơ sở khám bệnh, chữa bệnh công lập với Kho DLDC, hoàn thành trong Quý II/2027."),
    ("p", "Giao Sở GD&ĐT chủ trì cập nhật, đồng bộ dữ liệu học sinh, giáo viên lên CSDL ngành giáo dục và Kho "
          "DLDC; thực hiện thường xuyên và báo cáo kết quả trước ngày 15/12 hằng năm."),
    ("h", "4. Chia sẻ, khai thác dữ liệu và phát triển dữ liệu mở"),
    ("p", "Giao Văn phòng UBND tỉnh chủ trì, phối hợp với Sở KH&CN xây dựng Hệ thống báo cáo số liệu kinh tế - xã "
          "hội theo thời gian thực, kết nối với Trung tâm giám sát, điều hành thông minh của tỉnh, hoàn thành "
          "trong Quý IV/2026."),
    ("p", "Giao Sở KH&CN chủ trì, phối hợp với các sở, ban, ngành ban hành Kế hoạch dữ liệu mở hằng năm trước "
          "ngày 31/01; các bộ dữ liệu mở được cập nhật tối thiểu 06 tháng/lần."),
    ("h", "5. Phát triển kinh tế dữ liệu"),
    ("p", "Giao Sở Tài chính chủ trì, phối hợp với Sở KH&CN tham mưu cơ chế hỗ trợ các dự án khởi nghiệp sáng "
          "tạo trong lĩnh vực dữ liệu với mức hỗ trợ tối đa 350 triệu đồng/dự án, trình Ủy ban nhân dân tỉnh "
          "trong Quý I/2027."),
    ("p", "Giao Sở Công Thương chủ trì triển khai Chương trình hỗ trợ doanh nghiệp nhỏ và vừa ứng dụng nền tảng "
          "số, mỗi năm hỗ trợ tối thiểu 200 doanh nghiệp."),
    ("h", "6. Bảo đảm an toàn, bảo vệ dữ liệu và phát triển nhân lực"),
    ("p", "Giao Công an tỉnh chủ trì hướng dẫn, kiểm tra việc đánh giá tác động xử lý dữ liệu cá nhân; mỗi năm "
          "kiểm tra tối thiểu 10 cơ quan, đơn vị."),
    ("p", "Giao Sở Nội vụ chủ trì, phối hợp với Sở KH&CN và Trường Đại học Hà Khuê xây dựng chương trình bồi "
          "dưỡng kỹ năng dữ liệu cho cán bộ, công chức, ban hành trong Quý II/2026."),

    ("h", "V. KINH PHÍ THỰC HIỆN"),
    ("p", "Tổng kinh phí dự kiến thực hiện Kế hoạch giai đoạn 2026 - 2030 là 642,5 tỷ đồng[^4], gồm: ngân sách "
          "trung ương 120,0 tỷ đồng; ngân sách tỉnh 388,5 tỷ đồng; ngân sách cấp xã 54,0 tỷ đồng; nguồn xã hội "
          "hóa và nguồn hợp pháp khác 80,0 tỷ đồng. Khái toán kinh phí theo nguồn và phân kỳ tại Phụ lục III."),
    ("p", "Kinh phí bảo đảm an toàn thông tin, bảo vệ dữ liệu cá nhân được bố trí không thấp hơn 15% tổng mức đầu "
          "tư của mỗi dự án hạ tầng dữ liệu. Hằng năm, các cơ quan, đơn vị lập dự toán gửi Sở Tài chính trước ngày "
          "15 tháng 7 để tổng hợp, trình cấp có thẩm quyền."),

    ("h", "VI. TỔ CHỨC THỰC HIỆN"),
    ("h", "1. Sở Khoa học và Công nghệ"),
    ("p", "Là cơ quan thường trực, giúp Ủy ban nhân dân tỉnh theo dõi, đôn đốc, hướng dẫn triển khai Kế hoạch; "
          "chủ trì thẩm định các dự án, nhiệm vụ về dữ liệu; tổng hợp kết quả thực hiện các chỉ tiêu tại Phụ lục I."),
    ("h", "2. Công an tỉnh"),
    ("p", "Chủ trì bảo đảm an ninh dữ liệu, bảo vệ dữ liệu cá nhân; phối hợp khai thác Cơ sở dữ liệu quốc gia về "
          "dân cư phục vụ giải quyết TTHC và phát triển kinh tế - xã hội."),
    ("h", "3. Sở Tài chính"),
    ("p", "Tham mưu bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách; hướng dẫn lồng ghép các "
          "nguồn vốn và huy động nguồn xã hội hóa."),
    ("h", "4. Sở Nội vụ"),
    ("p", "Đưa kết quả thực hiện Kế hoạch vào tiêu chí thi đua, khen thưởng và đánh giá cán bộ; hướng dẫn bố trí "
          "cán bộ đầu mối quản trị dữ liệu."),
    ("h", "5. Văn phòng Ủy ban nhân dân tỉnh"),
    ("p", "Chủ trì số hóa, tái sử dụng kết quả giải quyết TTHC; bảo đảm dữ liệu phục vụ chỉ đạo, điều hành của "
          "Ủy ban nhân dân tỉnh."),
    ("h", "6. Các sở, ban, ngành"),
    ("p", "Xây dựng kế hoạch chi tiết của cơ quan, đơn vị gửi Sở KH&CN trước ngày 30/4/2026; chịu trách nhiệm về "
          "chất lượng dữ liệu thuộc phạm vi quản lý."),
    ("h", "7. Ủy ban nhân dân các xã, phường"),
    ("p", "Cập nhật dữ liệu phát sinh trên địa bàn; bố trí cán bộ đầu mối và kinh phí từ ngân sách cấp xã để thực "
          "hiện các nhiệm vụ được giao."),
    ("h", "8. Đề nghị các doanh nghiệp viễn thông"),
    ("p", "Đề nghị Viettel Hà Khuê, VNPT Hà Khuê phối hợp bảo đảm hạ tầng kết nối, tham gia Sàn dữ liệu Hà Khuê và "
          "chương trình đào tạo nhân lực dữ liệu."),

    ("h", "VII. CHẾ ĐỘ THÔNG TIN, BÁO CÁO"),
    ("b", "Định kỳ hằng quý, trước ngày 15 của tháng cuối quý, các sở, ban, ngành và UBND cấp xã báo cáo tình hình "
          "thực hiện qua Hệ thống thông tin báo cáo của tỉnh[^5] và gửi Sở KH&CN; báo cáo năm gửi trước ngày 05 "
          "tháng 12."),
    ("b", "Cơ quan theo dõi, đánh giá chỉ tiêu tại Phụ lục I cập nhật số liệu theo kỳ cập nhật, chậm nhất 05 ngày "
          "làm việc sau khi kết thúc kỳ."),
    ("b", "Sở KH&CN tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả 6 tháng trước ngày 20 tháng 6 và kết quả năm "
          "trước ngày 20 tháng 12; báo cáo Bộ Khoa học và Công nghệ theo quy định."),
    ("b", "Sơ kết 03 năm thực hiện Kế hoạch vào Quý IV/2028; tổng kết vào Quý IV/2030."),
    ("b", "Khi xảy ra sự cố mất an toàn dữ liệu, cơ quan chủ quản báo cáo Công an tỉnh và Sở KH&CN trong vòng 24 "
          "giờ kể từ khi phát hiện."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở KH&CN để "
          "tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, điều chỉnh./."),
]

RECIPIENTS = ["Nơi nhận:", "- Bộ Khoa học và Công nghệ (để b/c);", "- Bộ Công an (để b/c);",
              "- TTr Tỉnh ủy, TTr HĐND tỉnh (để b/c);", "- Chủ tịch, các PCT UBND tỉnh;",
              "- Các sở, ban, ngành cấp tỉnh;", "- UBND các xã, phường;", "- Lưu: VT, KTTH."]
SIGNER = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Vũ Đình Khiêm"]

APPX_NOTE = "(Kèm theo Kế hoạch số 58/KH-UBND ngày 09/3/2026 của Ủy ban nhân dân tỉnh Hà Khuê)"

# ---------------------------------------------------------------- Phụ lục I: tracking of the 24 targets
APPX1_TITLE = "Phụ lục I"
APPX1_SUB = "PHÂN CÔNG THEO DÕI, ĐÁNH GIÁ CÁC CHỈ TIÊU"
IND_HEAD = ["Nhóm mục tiêu", "Chỉ tiêu số", "Nội dung tóm tắt", "Cơ quan theo dõi, đánh giá",
            "Cơ quan cung cấp số liệu", "Kỳ cập nhật số liệu"]
# the first column is one merged cell per group; rows: (number, summary, tracker, data providers, period)
IND_GROUP_LABELS = {"a": "Dữ liệu của cơ quan nhà nước", "b": "Chia sẻ, khai thác dữ liệu và dữ liệu mở",
                    "c": "Kinh tế dữ liệu và thị trường dữ liệu",
                    "d": "Hạ tầng dữ liệu, an toàn và bảo vệ dữ liệu", "đ": "Nguồn nhân lực và nhận thức"}
IND_ROWS = {
    "a": [
        ("(1)", "Kết nối CSDL chuyên ngành với Kho DLDC", "Sở KH&CN", "Các sở, ban, ngành", "Hằng quý"),
        ("(2)", "Danh mục dữ liệu dùng chung của tỉnh", "Sở KH&CN", "Văn phòng UBND tỉnh", "Hằng năm"),
        ("(3)", "Số hóa, làm sạch dữ liệu địa chính", "Sở NN&MT", "UBND cấp xã", "6 tháng"),
        ("(4)", "Dữ liệu đạt yêu cầu \"đúng, đủ, sạch, sống\"", "Sở KH&CN", "Các sở, ban, ngành", "Hằng quý"),
        ("(5)", "Số hóa, tái sử dụng hồ sơ, kết quả giải quyết TTHC", "Văn phòng UBND tỉnh",
         "Trung tâm PVHCC; UBND cấp xã", "Hằng tháng"),
        ("(6)", "Lưu trữ điện tử hồ sơ công việc", "Sở Nội vụ", "Các sở, ban, ngành; UBND cấp xã", "6 tháng"),
    ],
    "b": [
        ("(7)", "Vận hành, giao dịch qua LGSP", "Sở KH&CN", "Trung tâm DL&CĐS", "Hằng tháng"),
        ("(8)", "Cắt giảm giấy tờ nhờ khai thác dữ liệu", "Công an tỉnh", "Văn phòng UBND tỉnh; Trung tâm PVHCC",
         "Hằng quý"),
        ("(9)", "Bộ dữ liệu mở được công bố", "Sở KH&CN", "Các sở, ban, ngành", "6 tháng"),
        ("(10)", "Báo cáo số liệu theo thời gian thực", "Văn phòng UBND tỉnh", "Các sở, ban, ngành; UBND cấp xã",
         "Hằng quý"),
        ("(11)", "Dịch vụ dữ liệu (API) cho tổ chức, doanh nghiệp", "Sở KH&CN", "Trung tâm DL&CĐS", "6 tháng"),
    ],
    "c": [
        ("(12)", "Tỷ trọng kinh tế số trong GRDP", "Sở Tài chính", "Thống kê tỉnh", "Hằng năm"),
        ("(13)", "Doanh nghiệp dữ liệu, trí tuệ nhân tạo", "Sở KH&CN", "Sở Tài chính; Thuế tỉnh", "Hằng năm"),
        ("(14)", "Thử nghiệm Sàn dữ liệu Hà Khuê", "Sở KH&CN", "Trung tâm DL&CĐS", "6 tháng"),
        ("(15)", "Doanh nghiệp nhỏ và vừa sử dụng nền tảng số", "Sở Công Thương", "Hiệp hội Doanh nghiệp tỉnh",
         "Hằng năm"),
    ],
    "d": [
        ("(16)", "Nâng cấp Trung tâm Dữ liệu tỉnh", "Sở KH&CN", "Trung tâm DL&CĐS", "6 tháng"),
        ("(17)", "Đánh giá tác động xử lý dữ liệu cá nhân", "Công an tỉnh", "Các sở, ban, ngành", "6 tháng"),
        ("(18)", "Cấp độ an toàn hệ thống thông tin; diễn tập", "Công an tỉnh", "Sở KH&CN", "Hằng năm"),
        ("(19)", "Sao lưu dự phòng CSDL quan trọng", "Sở KH&CN", "Trung tâm DL&CĐS", "6 tháng"),
        ("(20)", "Mạng truyền số liệu chuyên dùng đến xã, phường", "Sở KH&CN", "UBND cấp xã; VNPT Hà Khuê",
         "Hằng năm"),
    ],
    "đ": [
        ("(21)", "Cán bộ đầu mối quản trị dữ liệu", "Sở Nội vụ", "Các sở, ban, ngành; UBND cấp xã", "Hằng năm"),
        ("(22)", "Bồi dưỡng kỹ năng khai thác, sử dụng dữ liệu", "Sở Nội vụ", "Sở KH&CN", "6 tháng"),
        ("(23)", "Đào tạo chuyên sâu về phân tích dữ liệu, trí tuệ nhân tạo", "Sở GD&ĐT",
         "Trường Đại học Hà Khuê", "Hằng năm"),
        ("(24)", "Sử dụng ứng dụng Hà Khuê Số", "Công an tỉnh", "Trung tâm DL&CĐS", "Hằng quý"),
    ],
}
GROUP_ORDER = ["a", "b", "c", "d", "đ"]


def indicator_rows():
    """[(group letter, group label, number, summary, tracker, providers, period)]"""
    out = []
    for g in GROUP_ORDER:
        for r in IND_ROWS[g]:
            out.append((g, f"{g}) {IND_GROUP_LABELS[g]}") + r)
    return out


# ---------------------------------------------------------------- Phụ lục II: tasks grouped by lead agency
APPX2_TITLE = "Phụ lục II"
APPX2_SUB = "DANH MỤC NHIỆM VỤ GIAO CÁC CƠ QUAN, ĐƠN VỊ"
APPX2_NOTE2 = "(Nhiệm vụ được sắp xếp theo cơ quan chủ trì thực hiện)"
TASK_HEAD = ["TT", "Nhiệm vụ", "Cơ quan phối hợp", "Thời hạn hoàn thành", "Sản phẩm"]
# (roman, lead agency as printed in the group row, [(no, task, partners, deadline, product)])
TASK_GROUPS = [
    ("I", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", [
        ("1", "Cập nhật Kiến trúc dữ liệu tỉnh Hà Khuê lên phiên bản 2.0", "Các sở, ban, ngành", "Quý IV/2027",
         "Quyết định phê duyệt Kiến trúc dữ liệu phiên bản 2.0"),
        ("2", "Nâng cấp Kho DLDC, bổ sung phân hệ quản lý dữ liệu chủ", "Công an tỉnh; Viettel Hà Khuê",
         "Năm 2027", "Kho DLDC có phân hệ dữ liệu chủ"),
        ("3", "Xây dựng Cổng dữ liệu mở của tỉnh phiên bản mới, kết nối Cổng dữ liệu quốc gia",
         "Văn phòng UBND tỉnh", "Quý III/2026", "Cổng dữ liệu mở vận hành chính thức"),
        ("4", "Xây dựng bộ công cụ đo lường chất lượng dữ liệu và xếp hạng chất lượng dữ liệu của các cơ quan",
         "Sở Nội vụ", "Quý I/2027", "Bộ công cụ; kết quả xếp hạng công bố 6 tháng/lần"),
        ("5", "Thí điểm Sàn dữ liệu Hà Khuê", "Sở Tài chính; Hiệp hội Doanh nghiệp tỉnh", "2027 - 2028",
         "Sàn dữ liệu thử nghiệm; báo cáo đánh giá thí điểm"),
        ("6", "Xây dựng trợ lý ảo tra cứu văn bản, TTHC dựa trên dữ liệu của tỉnh",
         "Văn phòng UBND tỉnh; Trường Đại học Hà Khuê", "Quý II/2028", "Trợ lý ảo phục vụ cán bộ và người dân"),
        ("7", "Nâng cấp mạng truyền số liệu chuyên dùng đến các xã, phường", "UBND cấp xã; VNPT Hà Khuê",
         "2026 - 2030", "Đường truyền tốc độ tối thiểu 100 Mbps"),
    ]),
    ("II", "CÔNG AN TỈNH", [
        ("8", "Kết nối Cơ sở dữ liệu quốc gia về dân cư với Kho DLDC để xác thực, làm giàu dữ liệu công dân",
         "Sở KH&CN", "Quý III/2026", "Dữ liệu công dân được xác thực, đồng bộ"),
        ("9", "Xây dựng Trung tâm giám sát an toàn, an ninh mạng (SOC) của tỉnh giai đoạn 2",
         "Sở KH&CN; Viettel Hà Khuê", "Năm 2027", "SOC giám sát 24/7 các hệ thống thông tin cấp độ 3 trở lên"),
        ("10", "Tổ chức diễn tập ứng cứu sự cố dữ liệu, an toàn thông tin cấp tỉnh",
         "Sở KH&CN; các doanh nghiệp viễn thông", "Hằng năm", "Báo cáo kết quả diễn tập"),
        ("11", "Tích hợp tài khoản ứng dụng Hà Khuê Số với VNeID", "Sở KH&CN; Trung tâm PVHCC", "Quý II/2027",
         "Đăng nhập Hà Khuê Số bằng tài khoản VNeID"),
    ]),
    ("III", "VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH", [
        ("12", "Tái cấu trúc quy trình 200 TTHC có số lượng hồ sơ lớn theo hướng tái sử dụng dữ liệu",
         "Trung tâm PVHCC; các sở, ban, ngành", "Quý IV/2026", "Quy trình nội bộ điện tử được phê duyệt"),
        ("13", "Số hóa kết quả giải quyết TTHC còn hiệu lực giai đoạn 2015 - 2024",
         "Trung tâm PVHCC; UBND cấp xã", "Quý IV/2026", "Kết quả được số hóa, ký số và tái sử dụng"),
        ("14", "Triển khai phòng họp không giấy và ký số trên thiết bị di động cho lãnh đạo tỉnh", "Sở KH&CN",
         "Quý I/2027", "Hệ thống phòng họp không giấy"),
    ]),
    ("IV", "SỞ TÀI CHÍNH", [
        ("15", "Xây dựng CSDL tài sản công của tỉnh", "Các sở, ban, ngành; UBND cấp xã", "Năm 2027",
         "CSDL tài sản công"),
        ("16", "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm", "Sở KH&CN",
         "Tháng 7 hằng năm", "Dự toán được cấp có thẩm quyền giao"),
        ("17", "Xây dựng CSDL doanh nghiệp và hộ kinh doanh của tỉnh liên thông với dữ liệu thuế",
         "Thuế tỉnh; Sở Công Thương", "Quý III/2027", "CSDL doanh nghiệp, hộ kinh doanh"),
    ]),
    ("V", "SỞ NỘI VỤ", [
        ("18", "Xây dựng Kho lưu trữ số tập trung của tỉnh", "Sở KH&CN; Văn phòng UBND tỉnh", "Năm 2028",
         "Kho lưu trữ số vận hành"),
        ("19", "Bổ sung tiêu chí quản trị dữ liệu vào Bộ chỉ số cải cách hành chính cấp sở và cấp xã",
         "Sở KH&CN", "Quý IV/2026", "Quyết định sửa đổi Bộ chỉ số"),
        ("20", "Cập nhật CSDL cán bộ, công chức, viên chức của tỉnh, đồng bộ với cơ sở dữ liệu quốc gia",
         "Các sở, ban, ngành; UBND cấp xã", "Thường xuyên", "Dữ liệu cán bộ, công chức, viên chức được cập nhật"),
    ]),
    ("VI", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", [
        ("21", "Xây dựng CSDL quan trắc môi trường tự động, kết nối 45 trạm quan trắc", "Sở KH&CN",
         "Quý II/2027", "Bản đồ chất lượng môi trường trực tuyến"),
        ("22", "Hoàn thiện CSDL truy xuất nguồn gốc nông sản chủ lực", "Sở Công Thương; UBND cấp xã", "Năm 2028",
         "Tối thiểu 300 mã vùng trồng có dữ liệu truy xuất"),
        ("23", "Xây dựng CSDL giá đất và bản đồ giá đất số", "Sở Tài chính; UBND cấp xã", "Quý IV/2027",
         "Bản đồ giá đất số được công khai"),
    ]),
    ("VII", "SỞ Y TẾ", [
        ("24", "Triển khai bệnh án điện tử tại 100% bệnh viện công lập", "Bảo hiểm xã hội tỉnh", "Quý IV/2026",
         "Bệnh án điện tử thay thế bệnh án giấy"),
        ("25", "Xây dựng CSDL sức khỏe người dân liên thông với Sổ sức khỏe điện tử trên VNeID",
         "Công an tỉnh; Bảo hiểm xã hội tỉnh", "Năm 2027", "Hồ sơ sức khỏe điện tử của người dân"),
    ]),
    ("VIII", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", [
        ("26", "Triển khai học bạ số tại 100% trường phổ thông", "UBND cấp xã", "Quý III/2026",
         "Học bạ số thay thế học bạ giấy"),
        ("27", "Phối hợp đào tạo chuyên sâu về phân tích dữ liệu, trí tuệ nhân tạo",
         "Trường Đại học Hà Khuê; Sở Nội vụ", "2026 - 2030", "300 người được đào tạo chuyên sâu"),
    ]),
    ("IX", "ỦY BAN NHÂN DÂN CÁC XÃ, PHƯỜNG", [
        ("28", "Cập nhật dữ liệu dân cư, đất đai, hộ kinh doanh phát sinh trên địa bàn vào các CSDL",
         "Công an tỉnh; Sở KH&CN", "Thường xuyên", "Dữ liệu được cập nhật đầy đủ, kịp thời"),
    ]),
]
# deadline cells merged vertically in the DOCX/PDF (first row, last row): tasks 12-13 share "Quý IV/2026"
DEADLINE_MERGES = [("12", "13")]


def task_list():
    """[(roman, lead as printed, no, task, partners, deadline, product)]"""
    return [(g, lead) + t for g, lead, items in TASK_GROUPS for t in items]


# ---------------------------------------------------------------- Phụ lục III: budget by source and phase
APPX3_TITLE = "Phụ lục III"
APPX3_SUB = "KHÁI TOÁN KINH PHÍ THỰC HIỆN KẾ HOẠCH"
APPX3_UNIT = "Đơn vị tính: tỷ đồng"
BUD_HEAD_TOP = ["TT", "Nguồn kinh phí", "Tổng cộng giai đoạn 2026 - 2030", "Phân kỳ thực hiện", "Ghi chú"]
BUD_PHASES = ["Giai đoạn 2026 - 2027", "Giai đoạn 2028 - 2030"]
# (TT, source, total, phase1, phase2, note, bold)
BUD_ROWS = [
    ("", "TỔNG CỘNG (A + B + C + D)", "642,5", "236,3", "406,2", "", True),
    ("A", "Ngân sách trung ương", "120,0", "45,0", "75,0", "Hỗ trợ có mục tiêu; chương trình mục tiêu quốc gia",
     True),
    ("B", "Ngân sách tỉnh", "388,5", "151,3", "237,2", "", True),
    ("1", "Chi đầu tư phát triển", "276,0", "104,0", "172,0", "Kế hoạch đầu tư công trung hạn 2026 - 2030",
     False),
    ("2", "Chi thường xuyên", "112,5", "47,3", "65,2", "Bố trí trong dự toán hằng năm", False),
    ("C", "Ngân sách cấp xã", "54,0", "18,0", "36,0", "Hạ tầng mạng; cán bộ đầu mối dữ liệu", True),
    ("D", "Xã hội hóa và nguồn hợp pháp khác", "80,0", "22,0", "58,0", "Doanh nghiệp viễn thông; Sàn dữ liệu",
     True),
]


def _num(s):
    return float(s.replace(".", "").replace(",", "."))


def _check_budget():
    rows = {r[0] or "T": r for r in BUD_ROWS}
    for k in (2, 3, 4):
        tot = _num(rows["T"][k])
        assert abs(sum(_num(rows[x][k]) for x in "ABCD") - tot) < 1e-6, k
        assert abs(_num(rows["1"][k]) + _num(rows["2"][k]) - _num(rows["B"][k])) < 1e-6, k
    for r in BUD_ROWS:
        assert abs(_num(r[3]) + _num(r[4]) - _num(r[2])) < 1e-6, r


_check_budget()
assert sum(len(v) for v in IND_ROWS.values()) == 24
assert [r[2] for r in indicator_rows()] == [f"({i})" for i in range(1, 25)]
assert [t[2] for t in task_list()] == [str(i) for i in range(1, 29)]
