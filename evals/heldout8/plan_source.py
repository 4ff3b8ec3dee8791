# -*- coding: utf-8 -*-
"""Single source of the FICTIONAL plan used by held-out set 8 (doc key `sgddt-2027`).

Everything here (province "Bình Khê", plan number, signer, figures, tasks) was invented for
this evaluation; it copies no real document.
"""

DOC_KEY = "sgddt-2027"

HEADER_LEFT = ["UBND TỈNH BÌNH KHÊ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"]
HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
NUMBER_LINE = "Số: 1426/KH-SGDĐT"
DATE_LINE = "Bình Khê, ngày 18 tháng 11 năm 2026"
TITLE = "KẾ HOẠCH"
SUBTITLE = "Chuyển đổi số ngành Giáo dục tỉnh Bình Khê năm 2027"

# Body: list of (kind, text); kind in {"h1", "h2", "p"}
BODY = [
    ("p", "Căn cứ Quyết định số 2210/QĐ-UBND ngày 05/10/2026 của UBND tỉnh Bình Khê phê duyệt Kế hoạch chuyển đổi số tỉnh Bình Khê năm 2027; Căn cứ Chỉ thị nhiệm vụ năm học 2026 - 2027 của ngành Giáo dục và tình hình thực tế, Sở Giáo dục và Đào tạo (sau đây viết tắt là Sở GDĐT) ban hành Kế hoạch chuyển đổi số ngành Giáo dục năm 2027 như sau:"),
    ("h1", "1. MỤC ĐÍCH, YÊU CẦU"),
    ("h2", "a) Mục đích"),
    ("p", "- Đưa chuyển đổi số thành động lực đổi mới quản lý, dạy và học; lấy người học làm trung tâm, giáo viên là lực lượng nòng cốt, dữ liệu là tài nguyên của ngành."),
    ("p", "- Hoàn thành việc kết nối Cơ sở dữ liệu ngành giáo dục (sau đây viết tắt là CSDL ngành) với Cơ sở dữ liệu quốc gia về dân cư và các hệ thống dùng chung của tỉnh."),
    ("h2", "b) Yêu cầu"),
    ("p", "- Các nhiệm vụ phải có sản phẩm cụ thể, đo đếm được, gắn với trách nhiệm của người đứng đầu từng đơn vị và từng cơ sở giáo dục (gọi tắt là CSGD)."),
    ("p", "- Triển khai đồng bộ, tiết kiệm, không đầu tư trùng lặp; ưu tiên thuê dịch vụ công nghệ thông tin và tận dụng hạ tầng sẵn có."),
    ("h1", "2. MỤC TIÊU"),
    ("h2", "a) Mục tiêu chung"),
    ("p", "Đến hết năm 2027, ngành Giáo dục tỉnh Bình Khê cơ bản hoàn thành chuyển đổi số trong quản lý hồ sơ học sinh, tuyển sinh và văn bằng; mở rộng dạy học trực tuyến kết hợp và kiểm tra, đánh giá trên máy tính; phấn đấu nằm trong nhóm 15 sở giáo dục dẫn đầu cả nước về chỉ số chuyển đổi số ngành giáo dục."),
    ("h2", "b) Chỉ tiêu cụ thể"),
    ("p", "Kế hoạch đặt ra 20 chỉ tiêu, chia thành 04 nhóm: hạ tầng và thiết bị số (05 chỉ tiêu); dữ liệu số và nền tảng số (05 chỉ tiêu); dạy, học và kiểm tra, đánh giá trên môi trường số (06 chỉ tiêu); quản trị số và nhân lực số (04 chỉ tiêu). Chi tiết tại Phụ lục A kèm theo Kế hoạch này."),
    ("p", "Ngoài các chỉ tiêu tại Phụ lục A, phấn đấu đến hết năm 2027 có ít nhất 12 trường học được công nhận \"Trường học số\" cấp tỉnh và 100% trường phổ thông dân tộc nội trú triển khai thư viện số."),
    ("h1", "3. NHIỆM VỤ VÀ GIẢI PHÁP"),
    ("h2", "a) Hạ tầng và thiết bị số"),
    ("p", "Phòng Công nghệ thông tin và Chuyển đổi số (gọi tắt là Phòng CNTT-CĐS) chủ trì phối hợp với doanh nghiệp viễn thông hoàn thành kết nối cáp quang cho 100% điểm trường lẻ; trang bị 350 bộ thiết bị lớp học thông minh cho các trường trung học phổ thông; chuyển CSDL ngành lên hạ tầng điện toán đám mây thuê ngoài."),
    ("h2", "b) Dữ liệu số và nền tảng số"),
    ("p", "Làm sạch, đồng bộ dữ liệu học sinh, giáo viên với Cơ sở dữ liệu quốc gia về dân cư theo nguyên tắc \"đúng, đủ, sạch, sống\"; triển khai học bạ số ở tất cả các cấp học; đưa toàn bộ thủ tục cấp văn bằng, chứng chỉ lên Cổng Dịch vụ công quốc gia dưới hình thức dịch vụ công trực tuyến toàn trình."),
    ("h2", "c) Dạy, học và kiểm tra, đánh giá"),
    ("p", "Mở rộng Hệ thống quản lý học tập trực tuyến (gọi tắt là LMS) đến các trường tiểu học và trung học cơ sở; bổ sung 2.700 bài giảng điện tử đã thẩm định vào kho học liệu số dùng chung; Trung tâm Khảo thí và Kiểm định chất lượng giáo dục (gọi tắt là TT Khảo thí) tổ chức thi thử tốt nghiệp trung học phổ thông trên máy tính."),
    ("h2", "d) Quản trị số, nhân lực số và an toàn thông tin"),
    ("p", "Bồi dưỡng kỹ năng số và ứng dụng trí tuệ nhân tạo cho 4.200 lượt cán bộ quản lý, giáo viên; 100% hệ thống thông tin của ngành được phê duyệt hồ sơ đề xuất cấp độ an toàn thông tin trước khi vận hành; tổ chức ít nhất 01 cuộc diễn tập ứng cứu sự cố an toàn thông tin mạng."),
    ("p", "Ủy ban nhân dân cấp xã (gọi tắt là UBND cấp xã) phối hợp rà soát học sinh thuộc hộ nghèo, hộ cận nghèo chưa có thiết bị học trực tuyến để hỗ trợ qua chương trình \"Máy tính cho em đến trường\"."),
    ("h1", "4. KINH PHÍ THỰC HIỆN"),
    ("p", "Tổng kinh phí dự kiến thực hiện Kế hoạch là 86,4 tỷ đồng, trong đó: ngân sách tỉnh 52,7 tỷ đồng; ngân sách cấp xã 18,2 tỷ đồng; nguồn xã hội hóa và các nguồn hợp pháp khác 15,5 tỷ đồng. Kinh phí thuê dịch vụ công nghệ thông tin được bố trí trong dự toán chi thường xuyên của Sở GDĐT."),
    ("p", "Phòng Kế hoạch - Tài chính chủ trì tổng hợp dự toán, trình Sở Tài chính thẩm định trước ngày 15/01/2027."),
    ("h1", "5. TỔ CHỨC THỰC HIỆN"),
    ("h2", "a) Phòng CNTT-CĐS"),
    ("p", "Là đầu mối tham mưu, hướng dẫn, theo dõi việc thực hiện Kế hoạch; tổng hợp kết quả thực hiện các chỉ tiêu tại Phụ lục A và các nhiệm vụ tại Phụ lục B."),
    ("h2", "b) Các phòng chuyên môn, Văn phòng Sở, TT Khảo thí"),
    ("p", "Chủ động triển khai các nhiệm vụ được giao chủ trì; phối hợp chặt chẽ với Phòng CNTT-CĐS trong việc kết nối, chia sẻ dữ liệu."),
    ("h2", "c) Các CSGD và UBND cấp xã"),
    ("p", "Xây dựng kế hoạch chuyển đổi số năm 2027 của đơn vị, gửi về Sở GDĐT trước ngày 31/01/2027; bố trí cán bộ phụ trách chuyển đổi số."),
    ("h2", "d) Chế độ báo cáo"),
    ("p", "Các đơn vị báo cáo kết quả thực hiện 6 tháng trước ngày 10/6/2027 và báo cáo năm trước ngày 05/12/2027 về Sở GDĐT (qua Phòng CNTT-CĐS) để tổng hợp, báo cáo UBND tỉnh. Sở GDĐT tổ chức sơ kết 6 tháng trong tháng 7/2027."),
    ("p", "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Sở GDĐT (qua Phòng CNTT-CĐS) để được hướng dẫn./."),
]

RECIPIENTS = ["Nơi nhận:", "- UBND tỉnh (để b/c);", "- Sở Khoa học và Công nghệ;",
              "- Giám đốc, các Phó Giám đốc Sở;", "- Các phòng chuyên môn thuộc Sở;",
              "- Các CSGD trực thuộc;", "- Lưu: VT, CNTT-CĐS."]
SIGNER = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Trần Thị Minh Nguyệt"]

ANNEX_A_TITLE = "PHỤ LỤC A"
ANNEX_A_SUB = "CHỈ TIÊU CHUYỂN ĐỔI SỐ NGÀNH GIÁO DỤC NĂM 2027"
ANNEX_A_NOTE = "(Kèm theo Kế hoạch số 1426/KH-SGDĐT ngày 18/11/2026 của Sở GDĐT)"
# two-level header: "Mục tiêu" spans "Năm 2027" and "Năm 2028"
ANNEX_A_COLS = ["STT", "Tên chỉ tiêu", "Đơn vị đo", "Thực hiện năm 2026", "Năm 2027", "Năm 2028", "Cơ quan theo dõi"]

# ("group", label) or (stt, name, unit, done2026, t2027, t2028, monitor)
INDICATORS = [
    ("group", "A. Hạ tầng và thiết bị số"),
    ("1", "Tỷ lệ CSGD có kết nối Internet cáp quang tốc độ tối thiểu 100 Mb/s", "%", "92%", "100%", "100%", "Phòng CNTT-CĐS"),
    ("2", "Tỷ lệ phòng học được trang bị màn hình tương tác hoặc máy chiếu kết nối mạng", "%", "61%", "≥ 75%", "≥ 90%", "Phòng Kế hoạch - Tài chính"),
    ("3", "Số trường trung học phổ thông có phòng học STEM", "Trường", "9", "15", "24", "Phòng Giáo dục Trung học"),
    ("4", "Tỷ lệ học sinh trung học có thiết bị học trực tuyến (máy tính, máy tính bảng)", "%", "83%", "≥ 88%", "≥ 92%", "UBND cấp xã"),
    ("5", "Tỷ lệ CSGD sử dụng phần mềm quản lý trường học kết nối với CSDL ngành", "%", "97%", "100%", "100%", "Phòng CNTT-CĐS"),
    ("group", "B. Dữ liệu số và nền tảng số"),
    ("6", "Tỷ lệ hồ sơ học sinh được xác thực với Cơ sở dữ liệu quốc gia về dân cư", "%", "88,5%", "≥ 98%", "100%", "Công an tỉnh; Phòng CNTT-CĐS"),
    ("7", "Tỷ lệ học sinh tiểu học và trung học cơ sở có học bạ số", "%", "70%", "100%", "100%", "Phòng Giáo dục Mầm non và Tiểu học"),
    ("8", "Tỷ lệ thủ tục hành chính của ngành cung cấp dịch vụ công trực tuyến toàn trình", "%", "80%", "100%", "100%", "Văn phòng Sở"),
    ("9", "Tỷ lệ hồ sơ tuyển sinh đầu cấp (lớp 1, lớp 6, lớp 10) nộp trực tuyến", "%", "64%", "≥ 85%", "≥ 95%", "Phòng Giáo dục Trung học"),
    ("10", "Số bộ dữ liệu mở của ngành được công bố", "Bộ dữ liệu", "3", "Tối thiểu 6", "Tối thiểu 10", "Phòng CNTT-CĐS"),
    ("group", "C. Dạy, học và kiểm tra, đánh giá trên môi trường số"),
    ("11", "Số bài giảng điện tử được thẩm định, đưa vào kho học liệu số dùng chung", "Bài giảng", "4.800", "7.500", "10.000", "Phòng Giáo dục Trung học"),
    ("12", "Tỷ lệ giáo viên sử dụng LMS trong tổ chức dạy học", "%", "58%", "≥ 80%", "≥ 90%", "Phòng Giáo dục Mầm non và Tiểu học; Phòng Giáo dục Trung học"),
    ("13", "Số môn kiểm tra định kỳ tổ chức trên máy tính tại trường trung học phổ thông", "Môn", "2", "Tối thiểu 3", "Tối thiểu 5", "TT Khảo thí"),
    ("14", "Tỷ lệ ngân hàng câu hỏi kiểm tra, đánh giá được số hóa", "%", "45%", "70%", "85%", "TT Khảo thí"),
    ("15", "Lượt truy cập kho học liệu số của tỉnh", "Lượt/năm", "1,6 triệu", "2,5 triệu", "3,2 triệu", "Phòng CNTT-CĐS"),
    ("16", "Kết quả đánh giá \"Trường học số\" của Trường THPT Chuyên Bình Khê", "Mức", "Chưa đạt", "Đạt", "Đạt", "Phòng Giáo dục Trung học"),
    ("group", "D. Quản trị số và nhân lực số"),
    ("17", "Tỷ lệ văn bản đi của Sở GDĐT được ký số, gửi nhận trên hệ thống quản lý văn bản (trừ văn bản mật)", "%", "98%", "100%", "100%", "Văn phòng Sở"),
    ("18", "Tỷ lệ cán bộ quản lý, giáo viên được bồi dưỡng kỹ năng số, ứng dụng trí tuệ nhân tạo trong dạy học", "%", "35%", "≥ 60%", "≥ 80%", "Phòng Tổ chức cán bộ"),
    ("19", "Tỷ lệ khoản thu học phí, dịch vụ giáo dục thực hiện không dùng tiền mặt", "%", "76%", "≥ 90%", "100%", "Phòng Kế hoạch - Tài chính"),
    ("20", "Số cuộc diễn tập, kiểm tra an toàn thông tin đối với hệ thống thông tin của ngành", "Cuộc", "1", "2", "2", "Phòng CNTT-CĐS"),
]

ANNEX_B_TITLE = "PHỤ LỤC B"
ANNEX_B_SUB = "DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2027"
ANNEX_B_NOTE = "(Kèm theo Kế hoạch số 1426/KH-SGDĐT ngày 18/11/2026 của Sở GDĐT)"
ANNEX_B_COLS = ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Kết quả/Sản phẩm"]

# ("group", label) or (stt, task, lead, coord, deadline, product); numbering restarts in each group
TASKS = [
    ("group", "I. HẠ TẦNG VÀ THIẾT BỊ SỐ"),
    ("1", "Nâng cấp đường truyền cáp quang cho các điểm trường lẻ vùng khó khăn", "Phòng CNTT-CĐS", "Viettel Bình Khê; VNPT Bình Khê; UBND cấp xã", "Quý II/2027", "100% điểm trường lẻ có kết nối Internet"),
    ("2", "Trang bị 350 bộ thiết bị lớp học thông minh cho trường trung học phổ thông", "Phòng Kế hoạch - Tài chính", "Phòng CNTT-CĐS; CSGD", "Tháng 8/2027", "Biên bản bàn giao thiết bị"),
    ("3", "Đầu tư phòng học STEM tại 6 trường trung học phổ thông", "Phòng Giáo dục Trung học", "Phòng Kế hoạch - Tài chính", "Quý III/2027", "6 phòng học STEM đưa vào sử dụng"),
    ("4", "Thuê dịch vụ máy chủ điện toán đám mây cho CSDL ngành và LMS", "Phòng CNTT-CĐS", "Sở Khoa học và Công nghệ; Sở Tài chính", "Trước 31/3/2027", "Hợp đồng thuê dịch vụ"),
    ("5", "Hỗ trợ thiết bị học trực tuyến cho học sinh hộ nghèo, cận nghèo qua chương trình \"Máy tính cho em đến trường\"", "UBND cấp xã", "Phòng Kế hoạch - Tài chính; Hội Khuyến học tỉnh", "Năm 2027", "1.200 máy tính bảng được trao tặng"),
    ("6", "Rà soát, thay thế thiết bị mạng, máy tính hết khấu hao tại khối văn phòng Sở", "Văn phòng Sở", "Phòng CNTT-CĐS", "Tháng 5/2027", "Báo cáo rà soát; thiết bị được thay thế"),
    ("7", "Lắp đặt camera giám sát phòng thi tại các điểm thi tốt nghiệp trung học phổ thông", "TT Khảo thí", "Công an tỉnh; Phòng CNTT-CĐS", "Trước 15/5/2027", "Camera kết nối về điểm giám sát của Sở"),
    ("group", "II. DỮ LIỆU VÀ NỀN TẢNG SỐ"),
    ("1", "Làm sạch, đồng bộ dữ liệu học sinh, giáo viên với Cơ sở dữ liệu quốc gia về dân cư", "Phòng CNTT-CĐS; Công an tỉnh", "CSGD", "Tháng 6/2027", "Dữ liệu đạt yêu cầu \"đúng, đủ, sạch, sống\""),
    ("2", "Triển khai học bạ số cấp trung học phổ thông", "Phòng Giáo dục Trung học", "Phòng CNTT-CĐS; CSGD", "Quý III/2027", "Học bạ số lớp 10, 11, 12"),
    ("3", "Xây dựng kho dữ liệu tuyển sinh, kết nối với hệ thống tuyển sinh trực tuyến", "Phòng Giáo dục Trung học", "Phòng CNTT-CĐS", "Trước 30/4/2027", "Kho dữ liệu tuyển sinh vận hành"),
    ("4", "Công bố danh mục dữ liệu mở của ngành giáo dục", "Phòng CNTT-CĐS", "Văn phòng Sở", "Quý II/2027", "Quyết định công bố danh mục dữ liệu mở"),
    ("5", "Tích hợp dịch vụ cấp bản sao văn bằng, chứng chỉ lên Cổng Dịch vụ công quốc gia", "Văn phòng Sở", "Phòng CNTT-CĐS; TT Khảo thí", "Tháng 3/2027", "Dịch vụ công trực tuyến toàn trình"),
    ("6", "Xây dựng bản đồ số mạng lưới trường, lớp học trên nền GIS", "Phòng Kế hoạch - Tài chính", "Sở Nông nghiệp và Môi trường; UBND cấp xã", "Quý IV/2027", "Bản đồ số mạng lưới trường, lớp"),
    ("7", "Cập nhật dữ liệu học sinh, giáo viên, trường lớp trên CSDL ngành", "CSGD", "Phòng CNTT-CĐS", "Thường xuyên", "Dữ liệu được cập nhật đúng hạn"),
    ("8", "Xây dựng hệ thống báo cáo thống kê giáo dục tự động phục vụ lãnh đạo Sở", "Phòng CNTT-CĐS", "Phòng Kế hoạch - Tài chính", "Tháng 10/2027", "Bảng điều hành số của ngành"),
    ("group", "III. DẠY HỌC SỐ VÀ HỌC LIỆU SỐ"),
    ("1", "Biên soạn, thẩm định bài giảng điện tử bổ sung kho học liệu số dùng chung", "Phòng Giáo dục Trung học", "Trường Cao đẳng Sư phạm Bình Khê; CSGD", "Tháng 12/2027", "2.700 bài giảng được thẩm định"),
    ("2", "Triển khai LMS cho các trường tiểu học và trung học cơ sở", "Phòng Giáo dục Mầm non và Tiểu học", "Phòng CNTT-CĐS; UBND cấp xã", "Quý III/2027", "LMS được sử dụng tại 100% trường tiểu học, trung học cơ sở"),
    ("3", "Tổ chức thi thử tốt nghiệp trung học phổ thông trên máy tính", "TT Khảo thí", "Phòng Giáo dục Trung học; CSGD", "Tháng 4/2027", "Báo cáo đánh giá kỳ thi thử"),
    ("4", "Số hóa ngân hàng câu hỏi kiểm tra, đánh giá các môn học", "TT Khảo thí", "Phòng Giáo dục Trung học", "Trước 30/9/2027", "Ngân hàng câu hỏi được số hóa"),
    ("5", "Thí điểm trợ lý ảo ứng dụng trí tuệ nhân tạo hỗ trợ học sinh ôn tập", "Phòng CNTT-CĐS", "Sở Khoa học và Công nghệ; Trường THPT Chuyên Bình Khê", "Quý IV/2027", "Trợ lý ảo thí điểm tại 5 trường"),
    ("6", "Dạy học trực tuyến kết hợp cho học viên giáo dục thường xuyên", "Trung tâm Giáo dục thường xuyên tỉnh", "Phòng CNTT-CĐS", "Năm 2027", "Các lớp học kết hợp được duy trì"),
    ("7", "Tổ chức cuộc thi \"Giáo viên sáng tạo bài giảng số\" cấp tỉnh", "Phòng Giáo dục Mầm non và Tiểu học; Phòng Giáo dục Trung học", "Công đoàn ngành Giáo dục", "Tháng 11/2027", "Quyết định khen thưởng"),
    ("8", "Đánh giá, công nhận \"Trường học số\" cấp tỉnh", "Phòng Giáo dục Trung học", "Phòng CNTT-CĐS; Thanh tra Sở", "Quý IV/2027", "Quyết định công nhận trường đạt chuẩn"),
    ("group", "IV. QUẢN TRỊ SỐ, NHÂN LỰC SỐ VÀ AN TOÀN THÔNG TIN"),
    ("1", "Bồi dưỡng kỹ năng số, ứng dụng trí tuệ nhân tạo cho cán bộ quản lý, giáo viên", "Phòng Tổ chức cán bộ", "Trường Cao đẳng Sư phạm Bình Khê; Phòng CNTT-CĐS", "Tháng 8/2027", "4.200 lượt cán bộ quản lý, giáo viên được bồi dưỡng"),
    ("2", "Triển khai thu học phí không dùng tiền mặt tại CSGD", "Phòng Kế hoạch - Tài chính", "Ngân hàng Nhà nước chi nhánh tỉnh; CSGD", "Tháng 9/2027", "Hướng dẫn thu không dùng tiền mặt"),
    ("3", "Phê duyệt hồ sơ đề xuất cấp độ an toàn hệ thống thông tin cho CSDL ngành và LMS", "Phòng CNTT-CĐS", "Công an tỉnh", "Tháng 6/2027", "Quyết định phê duyệt cấp độ"),
    ("4", "Diễn tập ứng cứu sự cố an toàn thông tin mạng của ngành", "Phòng CNTT-CĐS", "Công an tỉnh; Viettel Bình Khê", "Quý IV/2027", "Báo cáo kết quả diễn tập"),
    ("5", "Theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp báo cáo định kỳ", "Văn phòng Sở", "Các phòng chuyên môn thuộc Sở", "Thường xuyên", "Báo cáo 6 tháng, báo cáo năm"),
    ("6", "Tuyên truyền về chuyển đổi số trong giáo dục trên Cổng thông tin điện tử của Sở", "Văn phòng Sở", "CSGD", "Thường xuyên", "Chuyên mục chuyển đổi số"),
    ("7", "Kiểm tra việc thực hiện chuyển đổi số tại CSGD", "Thanh tra Sở", "Phòng CNTT-CĐS", "Trước 30/11/2027", "Kết luận kiểm tra"),
]


def indicator_rows():
    return [r for r in INDICATORS if r[0] != "group"]


def task_rows():
    """Yield (group_roman, stt, task, lead, coord, deadline, product)."""
    out, g = [], None
    for r in TASKS:
        if r[0] == "group":
            g = r[1].split(".")[0]
        else:
            out.append((g,) + r)
    return out


def split_agencies(cell):
    return [a.strip() for a in cell.split(";") if a.strip()]
