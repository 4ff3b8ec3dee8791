"""FICTIONAL document of held-out set 22 -- the single source of every rendered format (see SOURCES.md).

Kế hoạch số 168/KH-UBND of a fictional "tỉnh Phong Khê": chính quyền số, dữ liệu số and Đề án 06, 2026 - 2028.
Written by hand for this evaluation set; no real province, official or number is meant. make_docs.py renders
these strings verbatim into docs/kh-168-phongkhe-2026.{md,docx,pdf}; doc_source.py reads them for the gold values.

BODY: list of (style, text); styles: org (header block, left), nat (header block, right), no, place, title,
subtitle, para, h1, h2, h3, bullet, italic.
APP1: Phụ lục I (indicators): groups (letter, title, rows); a row = (STT, tên chỉ tiêu, đơn vị tính, 2026, 2027, 2028,
chủ trì theo dõi, phối hợp).
APP2: Phụ lục II (tasks): groups (roman, title, rows); a row = (TT, nội dung, chủ trì, phối hợp, sản phẩm, thời hạn);
a numbered task with sub-items has a parent row whose last four cells are empty, followed by rows "a", "b", "c".
"""

HEADER_LEFT = ["ỦY BAN NHÂN DÂN", "TỈNH PHONG KHÊ"]
HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
NUMBER = "Số: 168/KH-UBND"
PLACE_DATE = "Phong Khê, ngày 24 tháng 12 năm 2025"
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Phát triển chính quyền số, dữ liệu số và thực hiện Đề án 06 "
            "trên địa bàn tỉnh Phong Khê giai đoạn 2026 - 2028")

BODY = [
    ("para", "Căn cứ Luật Dữ liệu ngày 30 tháng 11 năm 2024;"),
    ("para", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa "
             "học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("para", "Căn cứ Quyết định số 06/QĐ-TTg ngày 06 tháng 01 năm 2022 của Thủ tướng Chính phủ phê duyệt Đề án "
             "phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia "
             "giai đoạn 2022 - 2025, tầm nhìn đến năm 2030 (sau đây gọi là Đề án 06);"),
    ("para", "Theo đề nghị của Sở Khoa học và Công nghệ tại Tờ trình số 412/TTr-SKHCN ngày 10 tháng 12 năm 2025,"),
    ("para", "Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển chính quyền số, dữ liệu số và thực hiện Đề án 06 "
             "trên địa bàn tỉnh Phong Khê giai đoạn 2026 - 2028 (sau đây gọi là Kế hoạch) như sau:"),
    ("h1", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("h2", "1. Mục đích"),
    ("bullet", "- Cụ thể hóa các nhiệm vụ về chính quyền số, dữ liệu số và Đề án 06 phù hợp với mô hình chính quyền "
               "địa phương hai cấp của tỉnh."),
    ("bullet", "- Lấy người dân, doanh nghiệp làm trung tâm; lấy dữ liệu làm nền tảng để đổi mới phương thức chỉ đạo, "
               "điều hành và cung cấp dịch vụ công."),
    ("bullet", "- Phân công rõ cơ quan chủ trì, cơ quan phối hợp, sản phẩm và thời hạn hoàn thành của từng nhiệm vụ, "
               "làm căn cứ kiểm tra, đánh giá kết quả thực hiện."),
    ("h2", "2. Yêu cầu"),
    ("bullet", "- Người đứng đầu các cơ quan, đơn vị, địa phương trực tiếp chỉ đạo và chịu trách nhiệm về kết quả "
               "thực hiện các chỉ tiêu, nhiệm vụ được giao."),
    ("bullet", "- Dữ liệu phải bảo đảm \"đúng, đủ, sạch, sống\", được kết nối, chia sẻ giữa các cơ quan nhà nước; "
               "mỗi dữ liệu chỉ thu thập một lần."),
    ("bullet", "- Bảo đảm an toàn thông tin mạng, bảo vệ dữ liệu cá nhân trong toàn bộ quá trình triển khai."),
    ("h1", "II. MỤC TIÊU"),
    ("h2", "1. Mục tiêu tổng quát"),
    ("para", "Đến hết năm 2028, tỉnh Phong Khê cơ bản hoàn thành xây dựng chính quyền số vận hành dựa trên dữ liệu; "
             "dữ liệu của các ngành, lĩnh vực được số hóa, kết nối, chia sẻ và khai thác hiệu quả; Đề án 06 được "
             "triển khai đồng bộ đến cấp xã, mang lại tiện ích thiết thực cho người dân, doanh nghiệp."),
    ("h2", "2. Mục tiêu cụ thể đến hết năm 2028"),
    ("bullet", "- 100% hồ sơ công việc tại cấp tỉnh và 95% hồ sơ công việc tại cấp xã được xử lý trên môi trường "
               "mạng (trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước)."),
    ("bullet", "- 95% thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn "
               "trình; 80% hồ sơ thủ tục hành chính được nộp trực tuyến."),
    ("bullet", "- 95% người dân từ đủ 14 tuổi trở lên có tài khoản định danh điện tử mức độ 2 được kích hoạt; "
               "12 tiện ích phục vụ người dân được tích hợp trên ứng dụng VNeID gắn với dữ liệu của tỉnh."),
    ("bullet", "- 24 cơ sở dữ liệu chuyên ngành được xây dựng, đưa vào vận hành và 100% được kết nối, chia sẻ qua "
               "Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP); công bố 100 bộ dữ liệu mở."),
    ("bullet", "- Chỉ số chuyển đổi số (DTI) của tỉnh ở trụ cột chính quyền số thuộc nhóm 15 tỉnh, thành phố dẫn "
               "đầu cả nước."),
    ("para", "Hệ thống 33 chỉ tiêu, chia thành 04 nhóm, có mục tiêu theo từng năm 2026, 2027 và 2028 tại Phụ lục I "
             "kèm theo Kế hoạch này."),
    ("h1", "III. NHIỆM VỤ, GIẢI PHÁP"),
    ("h2", "1. Hoàn thiện thể chế, cơ chế, chính sách"),
    ("para", "Ban hành Quy chế quản lý, kết nối, chia sẻ dữ liệu số của các cơ quan nhà nước tỉnh; cập nhật Kiến "
             "trúc chính quyền số tỉnh Phong Khê phiên bản 4.0; rà soát, đề xuất chính sách hỗ trợ chi phí thuê "
             "dịch vụ công nghệ thông tin cho cấp xã."),
    ("h2", "2. Phát triển hạ tầng số và bảo đảm an toàn thông tin"),
    ("para", "Nâng cấp Trung tâm dữ liệu tỉnh theo mô hình điện toán đám mây; xóa vùng lõm sóng di động tại các "
             "thôn, bản; vận hành Trung tâm giám sát, điều hành an toàn thông tin mạng (SOC) của tỉnh 24/7 và kết "
             "nối với hệ thống giám sát quốc gia."),
    ("h2", "3. Phát triển dữ liệu số"),
    ("para", "Xây dựng Kho dữ liệu dùng chung của tỉnh; ưu tiên hoàn thành các cơ sở dữ liệu hộ tịch, đất đai, y "
             "tế, giáo dục và an sinh xã hội; làm sạch dữ liệu theo phương châm \"đúng, đủ, sạch, sống\" và đồng bộ "
             "với Cơ sở dữ liệu quốc gia về dân cư."),
    ("h2", "4. Thực hiện Đề án 06 và cải cách dịch vụ công"),
    ("para", "Đẩy mạnh kích hoạt tài khoản định danh điện tử mức độ 2; tích hợp xác thực VNeID cho 100% dịch vụ "
             "công trực tuyến; tái cấu trúc quy trình theo hướng không yêu cầu người dân cung cấp lại thông tin đã "
             "có trong cơ sở dữ liệu; triển khai mô hình \"Bộ phận Một cửa số\" tại cấp xã."),
    ("h2", "5. Phát triển nhân lực số và nâng cao nhận thức"),
    ("para", "Bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức; triển khai trợ lý ảo cho cán bộ, công chức "
             "cấp xã; phát huy vai trò của Tổ công nghệ số cộng đồng trong phổ cập kỹ năng số cho người dân."),
    ("h2", "6. Kiểm tra, đánh giá"),
    ("para", "Đánh giá, xếp hạng mức độ chuyển đổi số của các sở, ban, ngành và Ủy ban nhân dân các xã, phường "
             "hằng năm; kiểm tra định kỳ việc thực hiện Kế hoạch; sơ kết 02 năm và tổng kết giai đoạn."),
    ("para", "Danh mục 34 nhiệm vụ trọng tâm, phân công cơ quan chủ trì, phối hợp, sản phẩm và thời hạn hoàn "
             "thành tại Phụ lục II kèm theo Kế hoạch này."),
    ("h1", "IV. KINH PHÍ THỰC HIỆN"),
    ("para", "Tổng kinh phí dự kiến thực hiện Kế hoạch khoảng 214,6 tỷ đồng, trong đó: ngân sách tỉnh khoảng 168,2 "
             "tỷ đồng; ngân sách trung ương hỗ trợ khoảng 31,4 tỷ đồng; nguồn xã hội hóa và các nguồn hợp pháp khác "
             "khoảng 15,0 tỷ đồng."),
    ("para", "Phân kỳ thực hiện: năm 2026 khoảng 72,4 tỷ đồng; năm 2027 khoảng 78,9 tỷ đồng; năm 2028 khoảng "
             "63,3 tỷ đồng."),
    ("para", "Ưu tiên hình thức thuê dịch vụ công nghệ thông tin; lồng ghép kinh phí từ các chương trình, dự án "
             "khác để tránh trùng lặp, lãng phí."),
    ("h1", "V. TỔ CHỨC THỰC HIỆN"),
    ("h2", "1. Sở Khoa học và Công nghệ"),
    ("para", "Là cơ quan thường trực, chủ trì theo dõi, đôn đốc, hướng dẫn các cơ quan, đơn vị triển khai Kế "
             "hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện; tham mưu sơ kết vào Quý IV/2027 và "
             "tổng kết vào Quý IV/2028."),
    ("h2", "2. Công an tỉnh"),
    ("para", "Chủ trì các nhiệm vụ của Đề án 06 trên địa bàn tỉnh; phối hợp làm sạch dữ liệu chuyên ngành với Cơ "
             "sở dữ liệu quốc gia về dân cư; chủ trì bảo đảm an ninh mạng, vận hành Trung tâm giám sát, điều hành "
             "an toàn thông tin mạng của tỉnh."),
    ("h2", "3. Sở Tài chính"),
    ("para", "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm theo phân cấp; hướng "
             "dẫn thủ tục thuê dịch vụ công nghệ thông tin."),
    ("h2", "4. Sở Nội vụ"),
    ("para", "Chủ trì bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức; đưa kết quả thực hiện chỉ tiêu chuyển "
             "đổi số vào tiêu chí đánh giá, xếp loại người đứng đầu cơ quan, đơn vị."),
    ("h2", "5. Văn phòng Ủy ban nhân dân tỉnh"),
    ("para", "Chủ trì cải cách thủ tục hành chính, tái cấu trúc quy trình và cung cấp dịch vụ công trực tuyến "
             "toàn trình; theo dõi việc xử lý hồ sơ công việc trên môi trường mạng."),
    ("h2", "6. Các sở, ban, ngành"),
    ("para", "Xây dựng kế hoạch của cơ quan, đơn vị trước ngày 31 tháng 01 năm 2026; bố trí cán bộ đầu mối về "
             "chuyển đổi số; thực hiện các chỉ tiêu, nhiệm vụ được giao tại Phụ lục I và Phụ lục II."),
    ("h2", "7. Ủy ban nhân dân các xã, phường"),
    ("para", "Tổ chức thực hiện các chỉ tiêu, nhiệm vụ trên địa bàn; kiện toàn Tổ công nghệ số cộng đồng; bảo đảm "
             "Bộ phận Một cửa số hoạt động hiệu quả."),
    ("h2", "8. Đề nghị các doanh nghiệp viễn thông trên địa bàn tỉnh"),
    ("para", "Viettel Phong Khê, VNPT Phong Khê và MobiFone Phong Khê phối hợp đầu tư hạ tầng viễn thông, hỗ trợ "
             "giải pháp kỹ thuật và tham gia phổ cập kỹ năng số cho người dân."),
    ("h2", "9. Chế độ báo cáo"),
    ("para", "Các cơ quan, đơn vị, địa phương báo cáo kết quả thực hiện định kỳ hằng quý (trước ngày 15 của tháng "
             "cuối quý) và hằng năm (trước ngày 05 tháng 12) gửi Sở Khoa học và Công nghệ để tổng hợp, báo cáo Ủy "
             "ban nhân dân tỉnh."),
    ("para", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc hoặc cần điều chỉnh, bổ sung nhiệm vụ, các cơ "
             "quan, đơn vị kịp thời báo cáo Ủy ban nhân dân tỉnh (qua Sở Khoa học và Công nghệ) để xem xét, quyết "
             "định./."),
]

RECIPIENTS = ["Nơi nhận:", "- Bộ Khoa học và Công nghệ (b/c);", "- Bộ Công an (b/c);",
              "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);", "- Chủ tịch, các PCT UBND tỉnh;",
              "- Các sở, ban, ngành cấp tỉnh;", "- UBND các xã, phường;", "- Lưu: VT, KGVX."]
SIGNATURE = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lương Đức Thịnh"]

APP1_TITLE = ["Phụ lục I",
              "HỆ THỐNG CHỈ TIÊU PHÁT TRIỂN CHÍNH QUYỀN SỐ, DỮ LIỆU SỐ VÀ THỰC HIỆN ĐỀ ÁN 06 GIAI ĐOẠN 2026 - 2028",
              "(Kèm theo Kế hoạch số 168/KH-UBND ngày 24/12/2025 của Ủy ban nhân dân tỉnh Phong Khê)"]
APP1_HEAD = ["STT", "Tên chỉ tiêu", "Đơn vị tính", "Mục tiêu", "Cơ quan chủ trì theo dõi", "Cơ quan phối hợp"]
APP1_YEARS = ["Năm 2026", "Năm 2027", "Năm 2028"]

SKHCN = "Sở Khoa học và Công nghệ"
CA = "Công an tỉnh"
VP = "Văn phòng UBND tỉnh"
NGANH = "Các sở, ban, ngành"
XA = "UBND các xã, phường"
TTHCC = "Trung tâm Phục vụ hành chính công tỉnh"

APP1 = [
    ("A", "CHÍNH QUYỀN SỐ", [
        ("1", "Tỷ lệ hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm "
              "vi bí mật nhà nước)", "%", "95", "98", "100", VP, NGANH),
        ("2", "Tỷ lệ hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi "
              "bí mật nhà nước)", "%", "85", "90", "95", XA, SKHCN),
        ("3", "Tỷ lệ văn bản đi được ký số và gửi, nhận hoàn toàn trên Hệ thống quản lý văn bản và điều hành",
         "%", "98", "100", "100", VP, "Sở Khoa học và Công nghệ; UBND các xã, phường"),
        ("4", "Tỷ lệ cuộc họp của Ủy ban nhân dân tỉnh được tổ chức theo hình thức phòng họp không giấy", "%",
         "70", "85", "100", VP, SKHCN),
        ("5", "Số chỉ tiêu kinh tế - xã hội được cập nhật, theo dõi trên Hệ thống thông tin báo cáo của tỉnh",
         "Chỉ tiêu", "≥ 150", "≥ 200", "≥ 250", "Sở Tài chính", "Văn phòng UBND tỉnh; các sở, ban, ngành"),
        ("6", "Tỷ lệ cán bộ, công chức, viên chức được bồi dưỡng kỹ năng số cơ bản", "%", "80", "90", "100",
         "Sở Nội vụ", SKHCN),
        ("7", "Tỷ lệ cán bộ, công chức cấp xã sử dụng thành thạo trợ lý ảo phục vụ công việc", "%", "30", "50",
         "70", SKHCN, "Sở Nội vụ; UBND các xã, phường"),
        ("8", "Thứ hạng Chỉ số chuyển đổi số (DTI) của tỉnh ở trụ cột chính quyền số", "Thứ hạng", "Top 25",
         "Top 20", "Top 15", SKHCN, "Các sở, ban, ngành; UBND các xã, phường"),
    ]),
    ("B", "DỊCH VỤ CÔNG VÀ ĐỀ ÁN 06", [
        ("9", "Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn "
              "trình", "%", "85", "90", "95", VP, NGANH),
        ("10", "Tỷ lệ hồ sơ thủ tục hành chính được nộp trực tuyến trên tổng số hồ sơ tiếp nhận", "%", "60", "70",
         "80", TTHCC, "Các sở, ban, ngành; UBND các xã, phường"),
        ("11", "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn và trước hạn", "%", "98", "99", "99,5",
         VP, "Trung tâm Phục vụ hành chính công tỉnh; UBND các xã, phường"),
        ("12", "Tỷ lệ kết quả giải quyết thủ tục hành chính được số hóa, ký số và lưu trữ điện tử", "%", "100",
         "100", "100", TTHCC, XA),
        ("13", "Tỷ lệ người dân từ đủ 14 tuổi trở lên có tài khoản định danh điện tử mức độ 2 được kích hoạt",
         "%", "85", "90", "95", CA, XA),
        ("14", "Tỷ lệ dịch vụ công trực tuyến được tích hợp xác thực bằng tài khoản định danh điện tử VNeID", "%",
         "100", "100", "100", CA, "Sở Khoa học và Công nghệ; Trung tâm Phục vụ hành chính công tỉnh"),
        ("15", "Số tiện ích phục vụ người dân được tích hợp trên ứng dụng VNeID gắn với dữ liệu của tỉnh",
         "Tiện ích", "5", "8", "12", CA, "Sở Khoa học và Công nghệ; Sở Y tế; Sở Giáo dục và Đào tạo"),
        ("16", "Tỷ lệ cơ sở khám bệnh, chữa bệnh sử dụng căn cước điện tử thay cho thẻ bảo hiểm y tế giấy", "%",
         "100", "100", "100", "Sở Y tế", "Công an tỉnh; Bảo hiểm xã hội tỉnh"),
        ("17", "Tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết thủ tục hành chính", "%", "≥ 90",
         "≥ 92", "≥ 95", "Sở Nội vụ", VP),
        ("18", "Tỷ lệ chi trả trợ cấp an sinh xã hội không dùng tiền mặt", "%", "85", "90", "95", "Sở Nội vụ",
         "Ngân hàng Nhà nước Chi nhánh Khu vực 12; Bảo hiểm xã hội tỉnh"),
    ]),
    ("C", "DỮ LIỆU SỐ", [
        ("19", "Số cơ sở dữ liệu chuyên ngành của tỉnh được xây dựng, đưa vào vận hành", "Cơ sở dữ liệu", "12",
         "18", "24", SKHCN, NGANH),
        ("20", "Tỷ lệ cơ sở dữ liệu chuyên ngành được kết nối, chia sẻ qua Nền tảng tích hợp, chia sẻ dữ liệu cấp "
               "tỉnh (LGSP)", "%", "70", "85", "100", SKHCN, NGANH),
        ("21", "Số bộ dữ liệu mở được công bố trên Cổng dữ liệu mở của tỉnh", "Bộ dữ liệu", "40", "70", "100",
         SKHCN, NGANH),
        ("22", "Tỷ lệ dữ liệu hộ tịch được số hóa, làm sạch và đồng bộ với Cơ sở dữ liệu quốc gia về dân cư", "%",
         "90", "100", "Duy trì 100", "Sở Tư pháp", "Công an tỉnh; UBND các xã, phường"),
        ("23", "Tỷ lệ thửa đất có dữ liệu địa chính được chuẩn hóa, kết nối với Cơ sở dữ liệu quốc gia về dân cư",
         "%", "60", "80", "100", "Sở Nông nghiệp và Môi trường", "Công an tỉnh; UBND các xã, phường"),
        ("24", "Tỷ lệ người dân có hồ sơ sức khỏe điện tử được tạo lập và cập nhật", "%", "80", "90", "95",
         "Sở Y tế", "Công an tỉnh; Bảo hiểm xã hội tỉnh"),
        ("25", "Tỷ lệ cơ sở giáo dục phổ thông triển khai học bạ số", "%", "70", "100", "100",
         "Sở Giáo dục và Đào tạo", SKHCN),
        ("26", "Kho dữ liệu dùng chung của tỉnh (Data Warehouse)", "Hệ thống", "Hoàn thành xây dựng",
         "Vận hành chính thức", "Kết nối 100% cơ sở dữ liệu chuyên ngành", SKHCN, "Sở Tài chính"),
        ("27", "Tỷ lệ cơ quan nhà nước cấp tỉnh ban hành danh mục dữ liệu và kế hoạch quản trị dữ liệu", "%",
         "50", "100", "100", SKHCN, NGANH),
    ]),
    ("D", "HẠ TẦNG SỐ VÀ AN TOÀN THÔNG TIN", [
        ("28", "Tỷ lệ thôn, bản, tổ dân phố được phủ sóng di động băng rộng 4G/5G", "%", "99", "100", "100",
         SKHCN, "Viettel Phong Khê; VNPT Phong Khê; MobiFone Phong Khê"),
        ("29", "Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang", "%", "85", "90", "95", SKHCN,
         "Viettel Phong Khê; VNPT Phong Khê"),
        ("30", "Tỷ lệ hệ thống thông tin của tỉnh được phê duyệt hồ sơ đề xuất cấp độ an toàn thông tin", "%",
         "100", "100", "100", SKHCN, "Công an tỉnh; các sở, ban, ngành"),
        ("31", "Tỷ lệ hệ thống thông tin dùng chung được giám sát an toàn thông tin 24/7 qua Trung tâm SOC của tỉnh",
         "%", "100", "100", "100", CA, SKHCN),
        ("32", "Tỷ lệ ứng dụng, hệ thống thông tin dùng chung triển khai trên nền tảng điện toán đám mây của Trung "
               "tâm dữ liệu tỉnh", "%", "60", "80", "100", SKHCN, NGANH),
        ("33", "Số cuộc diễn tập thực chiến an toàn thông tin mạng cấp tỉnh được tổ chức trong năm", "Cuộc", "1",
         "1", "2", CA, SKHCN),
    ]),
]

APP2_TITLE = ["Phụ lục II",
              "DANH MỤC NHIỆM VỤ TRỌNG TÂM GIAI ĐOẠN 2026 - 2028",
              "(Kèm theo Kế hoạch số 168/KH-UBND ngày 24/12/2025 của Ủy ban nhân dân tỉnh Phong Khê)"]
APP2_HEAD = ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời hạn hoàn thành"]

APP2 = [
    ("I", "HOÀN THIỆN THỂ CHẾ, CƠ CHẾ, CHÍNH SÁCH", [
        ("1", "Xây dựng, trình ban hành Quy chế quản lý, kết nối, chia sẻ dữ liệu số của các cơ quan nhà nước tỉnh "
              "Phong Khê", SKHCN, "Sở Tư pháp; các sở, ban, ngành", "Quyết định của UBND tỉnh", "Quý II/2026"),
        ("2", "Ban hành Danh mục cơ sở dữ liệu dùng chung và Danh mục dữ liệu mở của tỉnh", SKHCN, NGANH,
         "Quyết định của UBND tỉnh", "Tháng 6/2026"),
        ("3", "Rà soát, đề xuất chính sách hỗ trợ chi phí thuê dịch vụ công nghệ thông tin cho cấp xã",
         "Sở Tài chính", "Sở Khoa học và Công nghệ; UBND các xã, phường",
         "Tờ trình, dự thảo Nghị quyết của HĐND tỉnh", "Quý III/2026"),
        ("4", "Cập nhật Kiến trúc chính quyền số tỉnh Phong Khê phiên bản 4.0", SKHCN, NGANH,
         "Kiến trúc chính quyền số phiên bản 4.0 được phê duyệt", "Tháng 12/2026"),
        ("5", "Xây dựng quy trình nội bộ, quy trình điện tử giải quyết thủ tục hành chính theo hướng cắt giảm "
              "thành phần hồ sơ đã có trong cơ sở dữ liệu", "", "", "", ""),
        ("a", "Đối với thủ tục hành chính thuộc thẩm quyền giải quyết của cấp tỉnh", VP, NGANH,
         "Quyết định phê duyệt quy trình", "Quý I/2027"),
        ("b", "Đối với thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã", XA, VP,
         "Quyết định phê duyệt quy trình", "Quý II/2027"),
    ]),
    ("II", "PHÁT TRIỂN HẠ TẦNG SỐ VÀ BẢO ĐẢM AN TOÀN THÔNG TIN", [
        ("6", "Nâng cấp Trung tâm dữ liệu tỉnh theo mô hình điện toán đám mây", SKHCN,
         "Sở Tài chính; Công an tỉnh", "Trung tâm dữ liệu đạt tiêu chuẩn TCVN 9250:2012 mức 3", "Quý IV/2027"),
        ("7", "Phát triển hạ tầng viễn thông băng rộng tại các thôn, bản vùng lõm sóng", "", "", "", ""),
        ("a", "Rà soát, lập danh sách thôn, bản chưa có sóng di động băng rộng", SKHCN, XA,
         "Danh sách thôn, bản vùng lõm sóng", "Quý I/2026"),
        ("b", "Đầu tư trạm phát sóng 4G/5G tại các thôn, bản vùng lõm sóng", SKHCN,
         "Viettel Phong Khê; VNPT Phong Khê; MobiFone Phong Khê",
         "100% thôn, bản có sóng di động băng rộng", "Năm 2027"),
        ("8", "Triển khai Trung tâm giám sát, điều hành an toàn thông tin mạng (SOC) của tỉnh, kết nối với hệ "
              "thống giám sát quốc gia", CA, SKHCN, "Trung tâm SOC vận hành 24/7", "Tháng 9/2026"),
        ("9", "Tổ chức diễn tập thực chiến an toàn thông tin mạng cấp tỉnh", CA,
         "Sở Khoa học và Công nghệ; các doanh nghiệp viễn thông", "Báo cáo kết quả diễn tập", "Hằng năm"),
        ("10", "Phê duyệt hồ sơ đề xuất cấp độ và triển khai phương án bảo đảm an toàn hệ thống thông tin theo "
               "cấp độ", "Các sở, ban, ngành; UBND các xã, phường", "Sở Khoa học và Công nghệ; Công an tỉnh",
         "Hồ sơ đề xuất cấp độ được phê duyệt", "Thường xuyên"),
    ]),
    ("III", "PHÁT TRIỂN DỮ LIỆU SỐ", [
        ("11", "Xây dựng Kho dữ liệu dùng chung của tỉnh (Data Warehouse)", SKHCN,
         "Sở Tài chính; các sở, ban, ngành", "Kho dữ liệu dùng chung được đưa vào vận hành", "Tháng 12/2026"),
        ("12", "Số hóa, làm sạch dữ liệu hộ tịch lưu trữ từ năm 1945 đến nay", "Sở Tư pháp",
         "Công an tỉnh; UBND các xã, phường", "Cơ sở dữ liệu hộ tịch điện tử", "Quý IV/2026"),
        ("13", "Xây dựng cơ sở dữ liệu đất đai và kết nối với Cơ sở dữ liệu quốc gia về dân cư", "", "", "", ""),
        ("a", "Hoàn thiện cơ sở dữ liệu địa chính tại 40 xã, phường còn lại", "Sở Nông nghiệp và Môi trường", XA,
         "Cơ sở dữ liệu địa chính", "Quý II/2027"),
        ("b", "Kết nối, đồng bộ dữ liệu đất đai với Cơ sở dữ liệu quốc gia về dân cư",
         "Sở Nông nghiệp và Môi trường", "Công an tỉnh; Sở Khoa học và Công nghệ",
         "Dữ liệu đất đai được xác thực, đồng bộ", "Quý IV/2027"),
        ("14", "Xây dựng cơ sở dữ liệu ngành y tế gắn với hồ sơ sức khỏe điện tử", "Sở Y tế",
         "Bảo hiểm xã hội tỉnh; Công an tỉnh", "Cơ sở dữ liệu y tế của tỉnh", "2026 - 2027"),
        ("15", "Xây dựng cơ sở dữ liệu ngành giáo dục, triển khai học bạ số", "Sở Giáo dục và Đào tạo", SKHCN,
         "Học bạ số tại 100% cơ sở giáo dục phổ thông", "Tháng 8/2027"),
        ("16", "Xây dựng cơ sở dữ liệu về người có công, bảo trợ xã hội và trẻ em", "Sở Nội vụ",
         "Sở Y tế; UBND các xã, phường", "Cơ sở dữ liệu an sinh xã hội", "Quý III/2027"),
        ("17", "Xây dựng cơ sở dữ liệu di sản văn hóa và bản đồ số điểm đến du lịch",
         "Sở Văn hóa, Thể thao và Du lịch", SKHCN, "Cơ sở dữ liệu di sản và bản đồ số du lịch", "Năm 2027"),
        ("18", "Xây dựng cơ sở dữ liệu về quy hoạch xây dựng, nhà ở và thị trường bất động sản", "Sở Xây dựng",
         "Sở Nông nghiệp và Môi trường", "Cơ sở dữ liệu nhà ở và thị trường bất động sản", "Quý II/2028"),
        ("19", "Công bố dữ liệu mở trên Cổng dữ liệu mở của tỉnh", SKHCN, NGANH,
         "Bộ dữ liệu mở được công bố", "Hằng năm"),
    ]),
    ("IV", "THỰC HIỆN ĐỀ ÁN 06 VÀ CẢI CÁCH DỊCH VỤ CÔNG", [
        ("20", "Kích hoạt tài khoản định danh điện tử mức độ 2 cho người dân", CA, XA,
         "Tài khoản định danh điện tử mức độ 2 được kích hoạt", "Thường xuyên"),
        ("21", "Tích hợp xác thực bằng tài khoản VNeID trên Hệ thống thông tin giải quyết thủ tục hành chính của "
               "tỉnh", SKHCN, "Công an tỉnh; Văn phòng UBND tỉnh",
         "100% dịch vụ công trực tuyến xác thực qua VNeID", "Quý II/2026"),
        ("22", "Triển khai các tiện ích trên ứng dụng VNeID gắn với dữ liệu của tỉnh", "", "", "", ""),
        ("a", "Tích hợp sổ sức khỏe điện tử và đặt lịch khám bệnh", "Sở Y tế", CA, "Tiện ích trên VNeID",
         "Quý IV/2026"),
        ("b", "Tích hợp tra cứu kết quả học tập và tuyển sinh đầu cấp", "Sở Giáo dục và Đào tạo", CA,
         "Tiện ích trên VNeID", "Tháng 6/2027"),
        ("c", "Tích hợp tiếp nhận phản ánh, kiến nghị và đánh giá chất lượng dịch vụ công", VP,
         "Công an tỉnh; Trung tâm Phục vụ hành chính công tỉnh", "Tiện ích trên VNeID", "Quý III/2027"),
        ("23", "Tái cấu trúc quy trình, cung cấp dịch vụ công trực tuyến toàn trình", VP,
         "Sở Khoa học và Công nghệ; các sở, ban, ngành", "Danh mục dịch vụ công trực tuyến toàn trình",
         "Quý IV/2026"),
        ("24", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", TTHCC, XA,
         "Kho quản lý dữ liệu điện tử của tổ chức, cá nhân", "Thường xuyên"),
        ("25", "Chi trả trợ cấp an sinh xã hội không dùng tiền mặt", "Sở Nội vụ",
         "Ngân hàng Nhà nước Chi nhánh Khu vực 12; Bảo hiểm xã hội tỉnh", "Trợ cấp được chi trả qua tài khoản",
         "2026 - 2028"),
        ("26", "Triển khai mô hình \"Bộ phận Một cửa số\" tại cấp xã", XA,
         "Trung tâm Phục vụ hành chính công tỉnh; Công an tỉnh", "Bộ phận Một cửa số tại 100% xã, phường",
         "Quý I/2027"),
    ]),
    ("V", "PHÁT TRIỂN NHÂN LỰC SỐ VÀ NÂNG CAO NHẬN THỨC", [
        ("27", "Bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức", "Sở Nội vụ", SKHCN,
         "Các lớp bồi dưỡng kỹ năng số", "Hằng năm"),
        ("28", "Triển khai trợ lý ảo phục vụ cán bộ, công chức cấp xã", SKHCN,
         "Viettel Phong Khê; VNPT Phong Khê", "Trợ lý ảo được đưa vào sử dụng", "Quý III/2026"),
        ("29", "Phổ cập kỹ năng số cho người dân thông qua Tổ công nghệ số cộng đồng", "", "", "", ""),
        ("a", "Kiện toàn Tổ công nghệ số cộng đồng tại các thôn, tổ dân phố", XA, SKHCN,
         "Quyết định kiện toàn Tổ công nghệ số cộng đồng", "Quý I/2026"),
        ("b", "Triển khai nền tảng học trực tuyến mở đại trà (MOOCs) cho người dân", SKHCN,
         "Tỉnh Đoàn Phong Khê", "Tài khoản học tập của người dân", "2026 - 2028"),
        ("30", "Tuyên truyền về chuyển đổi số và Đề án 06 trên các phương tiện thông tin đại chúng",
         "Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình Phong Khê; Công an tỉnh",
         "Chuyên trang, chuyên mục", "Thường xuyên"),
    ]),
    ("VI", "KIỂM TRA, ĐÁNH GIÁ VÀ TỔ CHỨC THỰC HIỆN", [
        ("31", "Đánh giá, xếp hạng mức độ chuyển đổi số của các sở, ban, ngành và UBND các xã, phường", SKHCN,
         "Sở Nội vụ", "Quyết định công bố kết quả", "Quý I hằng năm"),
        ("32", "Kiểm tra tình hình thực hiện Kế hoạch tại các cơ quan, đơn vị", SKHCN,
         "Công an tỉnh; Văn phòng UBND tỉnh", "Báo cáo kết quả kiểm tra", "Quý III/2026 và Quý III/2027"),
        ("33", "Sơ kết 02 năm thực hiện Kế hoạch", SKHCN, "Các sở, ban, ngành; UBND các xã, phường",
         "Báo cáo sơ kết", "Quý IV/2027"),
        ("34", "Tổng kết thực hiện Kế hoạch giai đoạn 2026 - 2028", SKHCN,
         "Các sở, ban, ngành; UBND các xã, phường", "Báo cáo tổng kết", "Quý IV/2028"),
    ]),
]
