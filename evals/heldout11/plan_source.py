"""Single source of the fictional plan of held-out set 11 (doc key ``lacgiang-nnmt-2027``).

Chương trình chuyển đổi số ngành Nông nghiệp và Môi trường tỉnh Lạc Giang giai đoạn 2027 - 2031.
Everything here (the province "Lạc Giang", the number 94/CTr-UBND, the signer, the documents cited,
every figure, indicator, task and project) is invented for this evaluation.

make_docs.py renders it into docs/lacgiang-nnmt-2027.{md,docx,pdf}; build_questions.py and check.py
read the tables from here (task_rows(), indicator_rows(), project_rows()).
"""

KEY = "lacgiang-nnmt-2027"

LETTERHEAD_LEFT = ["ỦY BAN NHÂN DÂN", "TỈNH LẠC GIANG"]
LETTERHEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
NUMBER_LINE = "Số: 94/CTr-UBND"
PLACE_DATE = "Lạc Giang, ngày 20 tháng 11 năm 2026"
TITLE = "CHƯƠNG TRÌNH"
SUBTITLE = "Chuyển đổi số ngành Nông nghiệp và Môi trường tỉnh Lạc Giang giai đoạn 2027 - 2031"

# Body: (kind, text). kinds: h1 (Roman section), h2 (numbered sub-section), p (paragraph), b (bullet)
BODY = [
    ("p", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("p", "Căn cứ Nghị quyết số 21-NQ/TU ngày 05/3/2026 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số nông nghiệp, nông thôn và quản lý tài nguyên, môi trường tỉnh Lạc Giang đến năm 2031;"),
    ("p", "Căn cứ Quyết định số 1438/QĐ-UBND ngày 12/8/2026 của Ủy ban nhân dân tỉnh phê duyệt Đề án chuyển đổi số tỉnh Lạc Giang đến năm 2030, định hướng đến năm 2035;"),
    ("p", "Theo đề nghị của Sở Nông nghiệp và Môi trường (sau đây gọi tắt là Sở NN&MT) tại Tờ trình số 3182/TTr-SNNMT ngày 28/10/2026, Ủy ban nhân dân tỉnh ban hành Chương trình chuyển đổi số ngành Nông nghiệp và Môi trường tỉnh Lạc Giang giai đoạn 2027 - 2031 (sau đây gọi tắt là Chương trình) với các nội dung sau:"),

    ("h1", "I. KẾT QUẢ CHUYỂN ĐỔI SỐ NGÀNH GIAI ĐOẠN 2022 - 2026"),
    ("h2", "1. Kết quả đạt được"),
    ("p", "Giai đoạn 2022 - 2026, ngành nông nghiệp và môi trường đã cung cấp 168/214 thủ tục hành chính (sau đây gọi tắt là TTHC) dưới hình thức dịch vụ công trực tuyến (sau đây gọi tắt là DVCTT) toàn trình, đạt 78,5%; tỷ lệ hồ sơ TTHC lĩnh vực đất đai được giải quyết trực tuyến toàn trình đạt 31,2%."),
    ("p", "Cơ sở dữ liệu (sau đây gọi tắt là CSDL) địa chính đã hoàn thành và đưa vào vận hành tại 86/124 xã, phường; 04 CSDL chuyên ngành đã kết nối với nền tảng tích hợp, chia sẻ dữ liệu của tỉnh (sau đây gọi tắt là LGSP); 12 bộ dữ liệu mở của ngành đã được công bố."),
    ("p", "Toàn tỉnh có 27 trạm quan trắc môi trường tự động, liên tục truyền dữ liệu về Trung tâm Quan trắc tài nguyên và môi trường (viết tắt là TTQT); 61% diện tích rừng được giám sát biến động bằng ảnh vệ tinh; 22% hồ chứa thủy lợi có thiết bị quan trắc mực nước tự động."),
    ("p", "Có 146 hợp tác xã (viết tắt là HTX) nông nghiệp mở gian hàng trên sàn thương mại điện tử (sau đây gọi tắt là TMĐT) \"Chợ nông sản Lạc Giang\"; doanh thu nông sản qua sàn năm 2026 ước đạt 186 tỷ đồng; 1.250 ha sản xuất ứng dụng thiết bị cảm biến, Internet vạn vật (IoT)."),
    ("p", "Tổng kinh phí cho chuyển đổi số của ngành giai đoạn 2022 - 2026 đã giải ngân 312,6 tỷ đồng, đạt 87,3% kế hoạch vốn được giao."),
    ("h2", "2. Tồn tại, hạn chế"),
    ("p", "Còn 07 phần mềm chuyên ngành chưa kết nối, chia sẻ dữ liệu với nhau và với LGSP; dữ liệu đất đai chưa được cập nhật biến động thường xuyên tại 38 xã, phường chưa hoàn thành CSDL địa chính."),
    ("p", "Khoảng 36% cán bộ khuyến nông cơ sở chưa sử dụng thành thạo các ứng dụng số; chưa tổ chức được cuộc diễn tập ứng cứu sự cố an toàn thông tin mạng nào ở cấp ngành; hạ tầng máy chủ của ngành chưa đáp ứng cấp độ 3 an toàn hệ thống thông tin."),

    ("h1", "II. MỤC TIÊU"),
    ("h2", "1. Mục tiêu tổng quát"),
    ("p", "Chuyển đổi số toàn diện công tác quản lý nhà nước, sản xuất nông nghiệp và quản lý tài nguyên, môi trường trên nền tảng dữ liệu số thống nhất, đúng, đủ, sạch, sống; đến năm 2031 ngành nông nghiệp và môi trường tỉnh Lạc Giang thuộc nhóm 10 tỉnh dẫn đầu cả nước về chuyển đổi số trong lĩnh vực nông nghiệp và môi trường."),
    ("h2", "2. Mục tiêu cụ thể"),
    ("p", "Chương trình đặt ra 26 chỉ tiêu thuộc 05 nhóm, được giao theo hai mốc đến năm 2028 và đến năm 2031 (chi tiết tại Phụ lục I). Ngoài các chỉ tiêu tại Phụ lục I, phấn đấu đạt các mục tiêu sau:"),
    ("b", "Đến năm 2028, tối thiểu 80% hồ sơ cấp phép khai thác, sử dụng tài nguyên nước được giải quyết trực tuyến toàn trình."),
    ("b", "Đến năm 2029, 100% cơ sở giết mổ gia súc, gia cầm tập trung được lắp đặt camera giám sát kết nối với Chi cục Chăn nuôi và Thú y."),
    ("b", "Đến năm 2031, 100% xã, phường nhận bản tin dự báo sâu bệnh hại cây trồng qua ứng dụng số; mỗi xã, phường có ít nhất 01 tổ công nghệ số cộng đồng hỗ trợ nông dân."),

    ("h1", "III. NHIỆM VỤ, GIẢI PHÁP"),
    ("p", "Chương trình gồm 30 nhiệm vụ thuộc 05 nhóm (A - E), đánh số lại từ 1 trong từng nhóm (chi tiết tại Phụ lục II), và 09 dự án đầu tư (chi tiết tại Phụ lục III)."),
    ("h2", "1. Hoàn thiện thể chế, chính sách"),
    ("p", "Ban hành Quy chế quản lý, khai thác, chia sẻ dữ liệu ngành trong Quý II/2027; xây dựng chính sách hỗ trợ HTX, hộ sản xuất tham gia sàn TMĐT trình Hội đồng nhân dân tỉnh trước ngày 30/6/2028."),
    ("h2", "2. Phát triển hạ tầng và dữ liệu số"),
    ("p", "Thành lập Trung tâm Chuyển đổi số và Dữ liệu nông nghiệp, môi trường trực thuộc Sở NN&MT (viết tắt là TTDL NN&MT) trên cơ sở tổ chức lại Trung tâm Công nghệ thông tin tài nguyên và môi trường. Hoàn thiện CSDL địa chính cho 38 xã, phường còn lại; xây dựng Kho dữ liệu dùng chung của ngành với dung lượng lưu trữ ban đầu 500 TB; lắp mới 29 trạm quan trắc môi trường tự động."),
    ("h2", "3. Dịch vụ công và quản trị số"),
    ("p", "Thí điểm cấp Giấy chứng nhận quyền sử dụng đất điện tử tại 10 xã, phường trong năm 2028; số hóa 1,2 triệu trang hồ sơ lưu trữ của Sở NN&MT và các đơn vị trực thuộc; đưa trợ lý ảo hướng dẫn thủ tục đất đai, môi trường vào vận hành trong Quý II/2028."),
    ("h2", "4. Chuyển đổi số trong sản xuất nông nghiệp"),
    ("p", "Mở rộng sàn TMĐT \"Chợ nông sản Lạc Giang\", kết nối với các sàn TMĐT lớn; đến năm 2031 có 550 HTX mở gian hàng và doanh thu qua sàn đạt 1.000 tỷ đồng/năm; phát triển ứng dụng \"Nông dân số Lạc Giang\" cung cấp thông tin thời tiết, giá cả, dịch bệnh; hỗ trợ mỗi mô hình nông nghiệp chính xác tối đa 300 triệu đồng."),
    ("h2", "5. Nhân lực số và an toàn thông tin"),
    ("p", "Bồi dưỡng kỹ năng số cho công chức, viên chức ngành hằng năm; tập huấn 3.000 lượt cán bộ khuyến nông cơ sở và tổ công nghệ số cộng đồng; tổ chức diễn tập ứng cứu sự cố an toàn thông tin mạng ít nhất 01 lần mỗi năm kể từ năm 2028."),

    ("h1", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "Tổng kinh phí thực hiện Chương trình dự kiến 1.276,8 tỷ đồng, gồm: ngân sách trung ương 418,5 tỷ đồng; ngân sách tỉnh 563,3 tỷ đồng; ngân sách cấp xã 85,0 tỷ đồng; vốn vay ODA 120,0 tỷ đồng; nguồn xã hội hóa 90,0 tỷ đồng."),
    ("p", "Phân theo giai đoạn: giai đoạn 2027 - 2028 là 512,4 tỷ đồng; giai đoạn 2029 - 2031 là 764,4 tỷ đồng. Trong đó, 09 dự án tại Phụ lục III có tổng mức đầu tư 1.062,0 tỷ đồng; các nhiệm vụ chi thường xuyên là 214,8 tỷ đồng."),
    ("p", "Các dự án công nghệ thông tin dành tối thiểu 10% tổng mức đầu tư cho bảo đảm an toàn thông tin. Sở Tài chính tổng hợp, tham mưu bố trí kinh phí trong dự toán ngân sách hằng năm."),

    ("h1", "V. TỔ CHỨC THỰC HIỆN"),
    ("h2", "1. Sở NN&MT"),
    ("p", "Là cơ quan thường trực, chủ trì tổ chức thực hiện Chương trình; trước ngày 15 tháng 11 hằng năm xây dựng kế hoạch chuyển đổi số năm sau của ngành trình Ủy ban nhân dân tỉnh; tổng hợp, báo cáo Ủy ban nhân dân tỉnh định kỳ 6 tháng trước ngày 20/6 và báo cáo năm trước ngày 20/12 hằng năm; tổ chức sơ kết giữa kỳ trong Quý III/2029 và tổng kết Chương trình trong Quý IV/2031."),
    ("h2", "2. Sở Khoa học và Công nghệ (sau đây gọi tắt là Sở KH&CN)"),
    ("p", "Hướng dẫn bảo đảm phù hợp Kiến trúc chính quyền số tỉnh Lạc Giang; hỗ trợ kết nối các hệ thống thông tin của ngành với LGSP; cho ý kiến về giải pháp kỹ thuật các dự án tại Phụ lục III."),
    ("h2", "3. Sở Tài chính"),
    ("p", "Chủ trì, phối hợp với Sở NN&MT tham mưu bố trí vốn đầu tư công và kinh phí chi thường xuyên; hướng dẫn huy động vốn vay ODA và nguồn xã hội hóa."),
    ("h2", "4. Công an tỉnh"),
    ("p", "Hướng dẫn, kiểm tra bảo đảm an ninh mạng, bảo vệ dữ liệu cá nhân; phối hợp tổ chức diễn tập ứng cứu sự cố an toàn thông tin mạng."),
    ("h2", "5. Ủy ban nhân dân các xã, phường (sau đây gọi tắt là UBND cấp xã)"),
    ("p", "Cập nhật dữ liệu đất đai, chăn nuôi, vùng trồng trên địa bàn; thành lập tổ công nghệ số cộng đồng hỗ trợ nông dân; báo cáo kết quả thực hiện về Sở NN&MT trước ngày 10/6 và trước ngày 10/12 hằng năm."),
    ("h2", "6. Các đơn vị thuộc Sở NN&MT"),
    ("p", "Văn phòng Đăng ký đất đai (viết tắt là VPĐKĐĐ), Chi cục Trồng trọt và Bảo vệ thực vật (viết tắt là Chi cục TT&BVTV), TTQT, TTDL NN&MT và các chi cục, trung tâm khác tổ chức thực hiện nhiệm vụ được giao; báo cáo tiến độ hằng quý về Văn phòng Sở NN&MT trước ngày 15 của tháng cuối quý."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở NN&MT để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, điều chỉnh cho phù hợp./."),
]

RECIPIENTS = ["Nơi nhận:", "- Bộ Nông nghiệp và Môi trường (để b/c);", "- TTr Tỉnh ủy, TTr HĐND tỉnh (để b/c);",
              "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ban, ngành cấp tỉnh;", "- UBND các xã, phường;",
              "- Lưu: VT, NN."]
SIGNER = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đinh Thị Hải Yến"]

# ----------------------------------------------------------------------------------------------
# Phụ lục I: indicators, hierarchical numbering (group "1", rows "1.1", "1.2", ...)
APPX1_TITLE = "Phụ lục I"
APPX1_SUB = "CHỈ TIÊU CHUYỂN ĐỔI SỐ NGÀNH NÔNG NGHIỆP VÀ MÔI TRƯỜNG GIAI ĐOẠN 2027 - 2031"
APPX_NOTE = "(Kèm theo Chương trình số 94/CTr-UBND ngày 20/11/2026 của Ủy ban nhân dân tỉnh Lạc Giang)"
IND_HEADER = ["Mã số", "Chỉ tiêu", "Đơn vị tính", "Hiện trạng 2026", "Đến năm 2028", "Đến năm 2031",
              "Cơ quan chủ trì/phối hợp"]
IND_GROUPS = [
    ("1", "Dữ liệu số ngành nông nghiệp và môi trường", [
        ("1.1", "Tỷ lệ xã, phường hoàn thành xây dựng CSDL địa chính và đưa vào vận hành", "%", "69,4%", "100%", "100%",
         "Chủ trì: VPĐKĐĐ; phối hợp: UBND cấp xã"),
        ("1.2", "Số CSDL chuyên ngành được kết nối, chia sẻ qua LGSP", "CSDL", "04", "09", "14",
         "Chủ trì: TTDL NN&MT; phối hợp: Sở KH&CN"),
        ("1.3", "Tỷ lệ vùng trồng được cấp mã số và số hóa ranh giới trên bản đồ số", "%", "42%", "≥ 70%", "100%",
         "Chủ trì: Chi cục TT&BVTV"),
        ("1.4", "Tỷ lệ cơ sở chăn nuôi quy mô trang trại được cập nhật vào CSDL chăn nuôi", "%", "55%", "≥ 80%", "≥ 95%",
         "Chủ trì: Chi cục Chăn nuôi và Thú y; phối hợp: UBND cấp xã"),
        ("1.5", "Tỷ lệ tàu cá có chiều dài từ 15 m trở lên được số hóa hồ sơ và kết nối hệ thống giám sát hành trình", "%", "88%", "100%", "100%",
         "Chủ trì: Chi cục Thủy sản; phối hợp: Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
        ("1.6", "Số bộ dữ liệu mở của ngành được công bố trên Cổng dữ liệu mở của tỉnh", "Bộ dữ liệu", "12", "Tối thiểu 30", "Tối thiểu 60",
         "Chủ trì: TTDL NN&MT"),
    ]),
    ("2", "Dịch vụ công trực tuyến và quản trị số", [
        ("2.1", "Tỷ lệ TTHC của ngành được cung cấp dưới hình thức DVCTT toàn trình", "%", "78,5%", "≥ 90%", "100%",
         "Chủ trì: Văn phòng Sở NN&MT; phối hợp: Trung tâm Phục vụ hành chính công tỉnh"),
        ("2.2", "Tỷ lệ hồ sơ TTHC lĩnh vực đất đai được tiếp nhận, giải quyết trực tuyến toàn trình", "%", "31,2%", "≥ 60%", "≥ 85%",
         "Chủ trì: VPĐKĐĐ; phối hợp: UBND cấp xã"),
        ("2.3", "Tỷ lệ kết quả giải quyết TTHC được số hóa, lưu trữ điện tử", "%", "74%", "100%", "100%",
         "Chủ trì: Văn phòng Sở NN&MT"),
        ("2.4", "Tỷ lệ văn bản, hồ sơ công việc của Sở NN&MT và đơn vị trực thuộc được xử lý trên môi trường mạng (trừ văn bản mật)", "%", "96%", "100%", "100%",
         "Chủ trì: Văn phòng Sở NN&MT"),
        ("2.5", "Mức độ hài lòng của người dân, doanh nghiệp khi sử dụng DVCTT của ngành", "%", "82%", "≥ 88%", "≥ 95%",
         "Chủ trì: Văn phòng Sở NN&MT; phối hợp: Sở Nội vụ"),
    ]),
    ("3", "Sản xuất nông nghiệp số và thương mại điện tử", [
        ("3.1", "Số HTX nông nghiệp có gian hàng trên sàn TMĐT", "HTX", "146", "300", "550",
         "Chủ trì: Chi cục Phát triển nông thôn; phối hợp: Sở Công Thương"),
        ("3.2", "Tỷ lệ sản phẩm OCOP được truy xuất nguồn gốc điện tử", "%", "38%", "≥ 75%", "100%",
         "Chủ trì: Chi cục Phát triển nông thôn; phối hợp: Sở KH&CN"),
        ("3.3", "Diện tích sản xuất ứng dụng IoT trong tưới tiêu, giám sát sinh trưởng cây trồng", "ha", "1.250", "4.000", "10.000",
         "Chủ trì: Chi cục TT&BVTV; phối hợp: Chi cục Thủy lợi"),
        ("3.4", "Tỷ lệ hộ sản xuất nông nghiệp sử dụng ứng dụng \"Nông dân số Lạc Giang\"", "%", "9%", "≥ 25%", "≥ 50%",
         "Chủ trì: Hội Nông dân tỉnh; phối hợp: TTDL NN&MT"),
        ("3.5", "Doanh thu nông sản qua sàn TMĐT \"Chợ nông sản Lạc Giang\"", "tỷ đồng/năm", "186", "450", "1.000",
         "Chủ trì: Chi cục Phát triển nông thôn; phối hợp: Sở Công Thương"),
        ("3.6", "Số vùng sản xuất áp dụng nông nghiệp chính xác (thiết bị bay không người lái, cảm biến)", "Vùng", "03", "12", "25",
         "Chủ trì: Chi cục TT&BVTV; phối hợp: Trung tâm Khuyến nông tỉnh"),
    ]),
    ("4", "Giám sát tài nguyên, môi trường và phòng, chống thiên tai", [
        ("4.1", "Số trạm quan trắc môi trường tự động, liên tục truyền dữ liệu về TTQT", "Trạm", "27", "40", "56",
         "Chủ trì: TTQT; phối hợp: Ban Quản lý các khu công nghiệp tỉnh"),
        ("4.2", "Tỷ lệ diện tích rừng được giám sát biến động bằng ảnh vệ tinh", "%", "61%", "≥ 85%", "100%",
         "Chủ trì: Chi cục Kiểm lâm"),
        ("4.3", "Tỷ lệ hồ chứa thủy lợi được lắp đặt thiết bị quan trắc mực nước tự động", "%", "22%", "≥ 60%", "100%",
         "Chủ trì: Chi cục Thủy lợi; phối hợp: Công ty TNHH MTV Khai thác công trình thủy lợi Lạc Giang"),
        ("4.4", "Tỷ lệ xã, phường có điểm đo mưa tự động kết nối hệ thống cảnh báo thiên tai", "%", "35%", "≥ 70%", "100%",
         "Chủ trì: Chi cục Thủy lợi; phối hợp: UBND cấp xã"),
        ("4.5", "Thời gian cảnh báo sớm lũ quét, sạt lở đất tới người dân vùng có nguy cơ cao", "Giờ", "03", "Tối thiểu 06", "Tối thiểu 12",
         "Chủ trì: Chi cục Thủy lợi; phối hợp: Đài Khí tượng Thủy văn tỉnh"),
    ]),
    ("5", "Nhân lực số và an toàn thông tin", [
        ("5.1", "Tỷ lệ công chức, viên chức của ngành được bồi dưỡng kỹ năng số", "%", "64%", "100%", "100%",
         "Chủ trì: Văn phòng Sở NN&MT; phối hợp: Sở Nội vụ"),
        ("5.2", "Số lượt cán bộ khuyến nông cơ sở được tập huấn khai thác dữ liệu, ứng dụng số", "Lượt", "420", "1.500", "3.000",
         "Chủ trì: Trung tâm Khuyến nông tỉnh; phối hợp: UBND cấp xã"),
        ("5.3", "Tỷ lệ hệ thống thông tin của ngành được phê duyệt hồ sơ đề xuất cấp độ an toàn thông tin", "%", "57%", "100%", "100%",
         "Chủ trì: TTDL NN&MT; phối hợp: Công an tỉnh"),
        ("5.4", "Số cuộc diễn tập ứng cứu sự cố an toàn thông tin mạng cấp ngành", "Cuộc/năm", "0", "01", "02",
         "Chủ trì: TTDL NN&MT; phối hợp: Công an tỉnh"),
    ]),
]

# ----------------------------------------------------------------------------------------------
# Phụ lục II: tasks, lettered groups A-E, numbering restarts at 1 in each group
APPX2_TITLE = "Phụ lục II"
APPX2_SUB = "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NGÀNH NÔNG NGHIỆP VÀ MÔI TRƯỜNG GIAI ĐOẠN 2027 - 2031"
TASK_HEADER = ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì/phối hợp", "Thời gian thực hiện", "Kết quả dự kiến"]
TASK_GROUPS = [
    ("A", "Hoàn thiện thể chế, chính sách", [
        ("1", "Xây dựng Quy chế quản lý, khai thác, chia sẻ dữ liệu ngành nông nghiệp và môi trường tỉnh Lạc Giang",
         "Chủ trì: Sở NN&MT; phối hợp: Sở Tư pháp, Sở KH&CN", "Quý II/2027", "Quyết định của UBND tỉnh ban hành Quy chế"),
        ("2", "Ban hành Danh mục CSDL chuyên ngành dùng chung và lộ trình xây dựng, cập nhật",
         "Chủ trì: TTDL NN&MT; phối hợp: Sở KH&CN", "Quý III/2027", "Danh mục CSDL được phê duyệt"),
        ("3", "Xây dựng chính sách hỗ trợ HTX, hộ sản xuất tham gia sàn TMĐT và truy xuất nguồn gốc điện tử",
         "Chủ trì: Chi cục Phát triển nông thôn; phối hợp: Sở Tài chính, Sở Công Thương", "Trước 30/6/2028", "Nghị quyết của HĐND tỉnh"),
        ("4", "Rà soát, cắt giảm thành phần hồ sơ TTHC lĩnh vực đất đai, môi trường trên cơ sở khai thác dữ liệu sẵn có",
         "Chủ trì: Văn phòng Sở NN&MT; phối hợp: VPĐKĐĐ", "Hằng năm", "Báo cáo rà soát, phương án cắt giảm"),
        ("5", "Ban hành bộ tiêu chí đánh giá mức độ chuyển đổi số của HTX nông nghiệp",
         "Chủ trì: Chi cục Phát triển nông thôn; phối hợp: Liên minh Hợp tác xã tỉnh", "Quý IV/2027", "Bộ tiêu chí được ban hành"),
    ]),
    ("B", "Phát triển hạ tầng và dữ liệu số", [
        ("1", "Hoàn thiện CSDL địa chính cho các xã, phường còn lại và đồng bộ với CSDL quốc gia về đất đai",
         "Chủ trì: VPĐKĐĐ; phối hợp: UBND cấp xã", "2027-2028", "38 xã, phường hoàn thành CSDL địa chính"),
        ("2", "Xây dựng Kho dữ liệu dùng chung ngành nông nghiệp và môi trường trên nền tảng điện toán đám mây",
         "Chủ trì: TTDL NN&MT; phối hợp: Sở KH&CN", "2027-2029", "Kho dữ liệu vận hành, kết nối LGSP"),
        ("3", "Số hóa hồ sơ, bản đồ hiện trạng rừng và cập nhật diễn biến rừng trên phần mềm quản lý",
         "Chủ trì: Chi cục Kiểm lâm; phối hợp: UBND cấp xã", "Hằng năm", "Bản đồ hiện trạng rừng được cập nhật"),
        ("4", "Xây dựng CSDL chăn nuôi, thú y và kết nối với hệ thống thông tin quốc gia",
         "Chủ trì: Chi cục Chăn nuôi và Thú y; phối hợp: TTDL NN&MT", "Năm 2028", "CSDL chăn nuôi, thú y vận hành"),
        ("5", "Lắp đặt bổ sung trạm quan trắc môi trường tự động tại các khu công nghiệp, làng nghề",
         "Chủ trì: TTQT; phối hợp: Ban Quản lý các khu công nghiệp tỉnh", "2027-2031", "29 trạm lắp mới"),
        ("6", "Xây dựng bản đồ số vùng trồng, vùng nuôi trồng thủy sản tích hợp ảnh viễn thám",
         "Chủ trì: Chi cục TT&BVTV, Chi cục Thủy sản; phối hợp: TTDL NN&MT", "2028-2030", "Bản đồ số vùng trồng, vùng nuôi"),
        ("7", "Nâng cấp hạ tầng mạng, máy chủ của TTDL NN&MT đáp ứng cấp độ 3 an toàn hệ thống thông tin",
         "Chủ trì: TTDL NN&MT; phối hợp: Công an tỉnh", "Trước 31/12/2027", "Hạ tầng đạt cấp độ 3"),
    ]),
    ("C", "Dịch vụ công và quản trị số", [
        ("1", "Tái cấu trúc quy trình, cung cấp DVCTT toàn trình cho các TTHC đủ điều kiện của ngành",
         "Chủ trì: Văn phòng Sở NN&MT; phối hợp: Trung tâm Phục vụ hành chính công tỉnh", "Quý IV/2027", "DVCTT toàn trình tích hợp trên Cổng Dịch vụ công quốc gia"),
        ("2", "Thí điểm cấp Giấy chứng nhận quyền sử dụng đất điện tử",
         "Chủ trì: VPĐKĐĐ; phối hợp: UBND cấp xã", "Năm 2028", "Giấy chứng nhận điện tử được cấp tại 10 xã, phường"),
        ("3", "Xây dựng hệ thống điều hành ngành (dashboard) kết nối Trung tâm giám sát, điều hành thông minh của tỉnh",
         "Chủ trì: TTDL NN&MT; phối hợp: Sở KH&CN", "Tháng 9/2027", "Dashboard điều hành ngành"),
        ("4", "Số hóa kết quả giải quyết TTHC và hồ sơ lưu trữ của Sở NN&MT",
         "Chủ trì: Văn phòng Sở NN&MT; phối hợp: Sở Nội vụ", "2027-2028", "1,2 triệu trang tài liệu được số hóa"),
        ("5", "Triển khai thanh toán trực tuyến phí, lệ phí TTHC đất đai, môi trường",
         "Chủ trì: VPĐKĐĐ; phối hợp: Sở Tài chính", "Thường xuyên", "Phí, lệ phí được thanh toán trực tuyến"),
        ("6", "Ứng dụng trí tuệ nhân tạo (trợ lý ảo) hỗ trợ hướng dẫn thủ tục đất đai, môi trường cho người dân",
         "Chủ trì: TTDL NN&MT; phối hợp: Văn phòng Sở NN&MT", "Quý II/2028", "Trợ lý ảo vận hành trên Cổng thông tin điện tử của Sở"),
    ]),
    ("D", "Chuyển đổi số trong sản xuất nông nghiệp", [
        ("1", "Nâng cấp, mở rộng sàn TMĐT \"Chợ nông sản Lạc Giang\" và kết nối với các sàn TMĐT lớn",
         "Chủ trì: Chi cục Phát triển nông thôn; phối hợp: Sở Công Thương", "2027-2029", "Sàn TMĐT kết nối các sàn lớn"),
        ("2", "Triển khai hệ thống truy xuất nguồn gốc điện tử cho sản phẩm OCOP và nông sản chủ lực",
         "Chủ trì: Chi cục Phát triển nông thôn; phối hợp: Sở KH&CN", "Quý IV/2028", "Mã QR truy xuất cho sản phẩm OCOP"),
        ("3", "Xây dựng ứng dụng \"Nông dân số Lạc Giang\" cung cấp thông tin thời tiết, giá cả, dịch bệnh",
         "Chủ trì: TTDL NN&MT; phối hợp: Hội Nông dân tỉnh", "Quý I/2028", "Ứng dụng trên thiết bị di động"),
        ("4", "Ứng dụng IoT trong quản lý tưới tiết kiệm nước cho cây trồng chủ lực",
         "Chủ trì: Chi cục Thủy lợi, Chi cục TT&BVTV; phối hợp: Trung tâm Khuyến nông tỉnh", "2028-2031", "10.000 ha ứng dụng IoT"),
        ("5", "Xây dựng mô hình nông nghiệp chính xác sử dụng thiết bị bay không người lái phun thuốc, bón phân",
         "Chủ trì: Chi cục TT&BVTV; phối hợp: Trung tâm Khuyến nông tỉnh", "2027-2031", "25 vùng sản xuất áp dụng"),
        ("6", "Cấp, quản lý mã số vùng trồng, mã số cơ sở đóng gói phục vụ xuất khẩu trên phần mềm",
         "Chủ trì: Chi cục TT&BVTV; phối hợp: UBND cấp xã", "Hằng năm", "Mã số vùng trồng được quản lý trên phần mềm"),
        ("7", "Triển khai nhật ký sản xuất điện tử cho HTX, tổ hợp tác",
         "Chủ trì: Trung tâm Khuyến nông tỉnh; phối hợp: Chi cục Phát triển nông thôn", "2028-2030", "Tối thiểu 500 HTX áp dụng"),
    ]),
    ("E", "Nhân lực số và an toàn thông tin", [
        ("1", "Bồi dưỡng kỹ năng số, kỹ năng khai thác dữ liệu cho công chức, viên chức ngành",
         "Chủ trì: Văn phòng Sở NN&MT; phối hợp: Sở Nội vụ", "Hằng năm", "100% công chức, viên chức được bồi dưỡng"),
        ("2", "Tập huấn cán bộ khuyến nông cơ sở và tổ công nghệ số cộng đồng về ứng dụng số trong sản xuất",
         "Chủ trì: Trung tâm Khuyến nông tỉnh; phối hợp: UBND cấp xã", "Hằng năm", "3.000 lượt cán bộ được tập huấn"),
        ("3", "Xây dựng, phê duyệt hồ sơ đề xuất cấp độ an toàn thông tin cho các hệ thống thông tin của ngành",
         "Chủ trì: TTDL NN&MT; phối hợp: Công an tỉnh", "Trước 30/6/2028", "Hồ sơ cấp độ được phê duyệt"),
        ("4", "Tổ chức diễn tập ứng cứu sự cố an toàn thông tin mạng cấp ngành",
         "Chủ trì: TTDL NN&MT; phối hợp: Công an tỉnh, Sở KH&CN", "Hằng năm", "Báo cáo kết quả diễn tập"),
        ("5", "Tuyên truyền, phổ biến về chuyển đổi số ngành trên các phương tiện thông tin đại chúng",
         "Chủ trì: Văn phòng Sở NN&MT; phối hợp: Báo và Phát thanh, Truyền hình Lạc Giang", "Thường xuyên", "Chuyên mục, tin bài"),
    ]),
]

# ----------------------------------------------------------------------------------------------
# Phụ lục III: project list
APPX3_TITLE = "Phụ lục III"
APPX3_SUB = "DANH MỤC DỰ ÁN CHUYỂN ĐỔI SỐ NGÀNH NÔNG NGHIỆP VÀ MÔI TRƯỜNG GIAI ĐOẠN 2027 - 2031"
PROJ_HEADER = ["STT", "Tên dự án", "Chủ đầu tư", "Tổng mức đầu tư (tỷ đồng)", "Nguồn vốn", "Thời gian thực hiện"]
PROJECTS = [
    ("1", "Trung tâm dữ liệu và Kho dữ liệu dùng chung ngành nông nghiệp và môi trường", "Sở NN&MT", "186,5", "Ngân sách tỉnh", "2027-2029"),
    ("2", "Hoàn thiện CSDL đất đai tỉnh Lạc Giang (giai đoạn 2)", "VPĐKĐĐ", "342,0", "Ngân sách trung ương; ngân sách tỉnh", "2027-2030"),
    ("3", "Hệ thống quan trắc môi trường tự động tỉnh Lạc Giang", "TTQT", "128,7", "Ngân sách tỉnh", "2028-2031"),
    ("4", "Hệ thống giám sát an toàn hồ đập và cảnh báo thiên tai", "Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp tỉnh", "154,3", "Vốn vay ODA; ngân sách tỉnh", "2027-2030"),
    ("5", "Giám sát tài nguyên rừng bằng ảnh vệ tinh và thiết bị bay không người lái", "Chi cục Kiểm lâm", "46,8", "Ngân sách trung ương", "2028-2030"),
    ("6", "Nền tảng truy xuất nguồn gốc và sàn TMĐT nông sản Lạc Giang", "Chi cục Phát triển nông thôn", "58,2", "Ngân sách tỉnh; xã hội hóa", "2027-2029"),
    ("7", "Nông nghiệp thông minh ứng dụng IoT vùng cây ăn quả tập trung", "Chi cục TT&BVTV", "72,4", "Xã hội hóa; ngân sách cấp xã", "2029-2031"),
    ("8", "Số hóa hồ sơ lưu trữ ngành nông nghiệp và môi trường", "Văn phòng Sở NN&MT", "39,6", "Ngân sách tỉnh", "2027-2028"),
    ("9", "Trung tâm giám sát an toàn thông tin (SOC) ngành nông nghiệp và môi trường", "TTDL NN&MT", "33,5", "Ngân sách tỉnh", "2028-2031"),
]
PROJ_TOTAL = ("", "Tổng cộng", "", "1.062,0", "", "")


def indicator_rows():
    """[(group_no, group_name, code, name, unit, base2026, t2028, t2031, agency)]"""
    return [(g, gn) + r for g, gn, rows in IND_GROUPS for r in rows]


def task_rows():
    """[(group_letter, group_name, no, content, agency, deadline, result)]"""
    return [(g, gn) + r for g, gn, rows in TASK_GROUPS for r in rows]


def project_rows():
    return list(PROJECTS)


def split_agency(cell):
    """'Chủ trì: X, Y; phối hợp: Z' -> (['X', 'Y'], ['Z'])"""
    lead, coord = cell, ""
    if "; phối hợp: " in cell:
        lead, coord = cell.split("; phối hợp: ", 1)
    lead = lead.replace("Chủ trì: ", "", 1)
    keep = "Báo và Phát thanh, Truyền hình Lạc Giang"

    def split(s):
        s = s.replace(keep, keep.replace(", ", "\x00"))
        return [x.strip().replace("\x00", ", ") for x in s.split(", ") if x.strip()]
    return split(lead), split(coord)
