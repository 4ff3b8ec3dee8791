"""Source text of the fictional ministry programme used by held-out set 9.

Bộ Xây dựng, Quyết định số 1187/QĐ-BXD (14/11/2026) ban hành Chương trình chuyển đổi số của
Bộ Xây dựng giai đoạn 2027–2029. Everything here (number, date, signer, basis decision, figures,
indicators, tasks) is invented for evaluation. make_docs.py renders it as .md, .docx and .pdf.
"""

KEY = "bxd-2027"

HEADER_LEFT = ["BỘ XÂY DỰNG", "Số: 1187/QĐ-BXD"]
HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Hà Nội, ngày 14 tháng 11 năm 2026"]

# ("title"|"subtitle"|"h1"|"h2"|"p"|"sign"|"pagebreak"|"table", text)
DECISION = [
    ("title", "QUYẾT ĐỊNH"),
    ("subtitle", "Ban hành Chương trình chuyển đổi số của Bộ Xây dựng giai đoạn 2027–2029"),
    ("subtitle", "BỘ TRƯỞNG BỘ XÂY DỰNG"),
    ("p", "Căn cứ Nghị định của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Xây dựng;"),
    ("p", "Căn cứ Quyết định số 2419/QĐ-TTg ngày 20/8/2026 của Thủ tướng Chính phủ phê duyệt Chương trình chuyển đổi số quốc gia giai đoạn 2026–2030;"),
    ("p", "Theo đề nghị của Giám đốc Trung tâm Công nghệ thông tin."),
    ("subtitle", "QUYẾT ĐỊNH:"),
    ("p", "Điều 1. Ban hành kèm theo Quyết định này Chương trình chuyển đổi số của Bộ Xây dựng giai đoạn 2027–2029 (sau đây gọi tắt là Chương trình)."),
    ("p", "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký và thay thế Quyết định số 905/QĐ-BXD ngày 02/6/2024 của Bộ trưởng Bộ Xây dựng."),
    ("p", "Điều 3. Chánh Văn phòng Bộ, Giám đốc Trung tâm Công nghệ thông tin, Vụ trưởng các Vụ, Cục trưởng các Cục và Thủ trưởng các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./."),
    ("p", "Nơi nhận: Như Điều 3; Bộ trưởng (để b/c); Các Thứ trưởng; Bộ Khoa học và Công nghệ; Cổng thông tin điện tử Bộ; Lưu: VT, TTCNTT."),
    ("sign", "KT. BỘ TRƯỞNG"),
    ("sign", "THỨ TRƯỞNG"),
    ("sign", "Đỗ Minh Khang"),
    ("pagebreak", ""),
]

PROGRAMME = [
    ("title", "CHƯƠNG TRÌNH"),
    ("subtitle", "Chuyển đổi số của Bộ Xây dựng giai đoạn 2027–2029"),
    ("p", "(Ban hành kèm theo Quyết định số 1187/QĐ-BXD ngày 14/11/2026 của Bộ trưởng Bộ Xây dựng)"),
    ("h1", "I. SỰ CẦN THIẾT VÀ CĂN CỨ XÂY DỰNG CHƯƠNG TRÌNH"),
    ("h2", "1. Sự cần thiết"),
    ("p", "Sau ba năm triển khai Quyết định số 905/QĐ-BXD, đến hết năm 2026 Bộ Xây dựng đã cung cấp 312 dịch vụ công trực tuyến (sau đây gọi tắt là DVCTT), trong đó 186 DVCTT toàn trình; tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến đạt 64,2%. Tuy vậy, dữ liệu chuyên ngành còn phân tán ở 11 hệ thống thông tin riêng lẻ, mới có 07 cơ sở dữ liệu (viết tắt là CSDL) chuyên ngành kết nối với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia."),
    ("p", "Việc hợp nhất lĩnh vực giao thông vận tải vào Bộ Xây dựng từ năm 2025 làm số hệ thống thông tin do Bộ quản lý tăng lên 46 hệ thống, đòi hỏi một chương trình thống nhất cho cả giai đoạn 2027–2029."),
    ("h2", "2. Căn cứ xây dựng"),
    ("p", "Chương trình được xây dựng trên cơ sở Quyết định số 2419/QĐ-TTg ngày 20/8/2026 của Thủ tướng Chính phủ và kết quả đánh giá mức độ chuyển đổi số năm 2026 của Bộ Khoa học và Công nghệ, trong đó Bộ Xây dựng xếp thứ 9/17 bộ, cơ quan ngang bộ."),
    ("h1", "II. MỤC TIÊU"),
    ("h2", "1. Mục tiêu tổng quát"),
    ("p", "Đến năm 2029, Bộ Xây dựng vận hành dựa trên dữ liệu, cung cấp dịch vụ công toàn trình cho người dân, doanh nghiệp và nằm trong nhóm 05 bộ, cơ quan ngang bộ dẫn đầu về mức độ chuyển đổi số."),
    ("h2", "2. Mục tiêu cụ thể"),
    ("p", "Chương trình đặt ra 18 chỉ tiêu thuộc 04 nhóm, có giá trị hiện trạng năm 2026 và mục tiêu cho từng năm 2027, 2028, 2029 tại Phụ lục I."),
    ("p", "Ngoài các chỉ tiêu tại Phụ lục I, đến năm 2029 phấn đấu 100% hồ sơ thanh tra, kiểm tra của Bộ được lưu trữ điện tử và tối thiểu 40% công trình nhà ở xã hội được cấp phép qua môi trường mạng."),
    ("h1", "III. NHIỆM VỤ VÀ GIẢI PHÁP"),
    ("h2", "1. Hoàn thiện thể chế và kiến trúc"),
    ("p", "Trung tâm Công nghệ thông tin (sau đây gọi tắt là TTCNTT) chủ trì xây dựng Quy chế quản lý, khai thác và chia sẻ dữ liệu của Bộ và Kiến trúc Chính phủ số của Bộ phiên bản 1.0; Vụ Pháp chế chủ trì rà soát các thông tư còn yêu cầu nộp hồ sơ giấy."),
    ("h2", "2. Phát triển hạ tầng số và dữ liệu"),
    ("p", "Nâng cấp Trung tâm dữ liệu của Bộ đạt tiêu chuẩn Tier III trong hai năm 2027–2028; Cục Kinh tế - Quản lý hoạt động xây dựng (sau đây gọi tắt là Cục KT-QLHĐXD) chủ trì hoàn thành giai đoạn 2 của CSDL quốc gia về hoạt động xây dựng; Cục Đường bộ Việt Nam số hóa hồ sơ quản lý tài sản của 3.500 km đường bộ cao tốc vào năm 2029."),
    ("h2", "3. Phát triển Chính phủ số và dịch vụ công"),
    ("p", "Văn phòng Bộ chủ trì nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính của Bộ; mỗi năm tái cấu trúc tối thiểu 30 thủ tục hành chính để cung cấp DVCTT toàn trình. Mô hình thông tin công trình (BIM) được áp dụng cho 120 dự án sử dụng vốn đầu tư công vào năm 2029."),
    ("h2", "4. Bảo đảm an toàn thông tin"),
    ("p", "Bảo đảm an toàn thông tin (viết tắt là ATTT) theo mô hình 4 lớp; xây dựng Trung tâm giám sát ATTT (SOC) của Bộ hoạt động 24/7 trước ngày 30/6/2028; mỗi năm tổ chức tối thiểu 02 cuộc diễn tập thực chiến ATTT."),
    ("h2", "5. Phát triển nhân lực số"),
    ("p", "Vụ Tổ chức cán bộ (viết tắt là Vụ TCCB) chủ trì bồi dưỡng kỹ năng số cho công chức, viên chức; bình quân mỗi năm đào tạo chuyên sâu cho khoảng 300 lượt cán bộ làm công nghệ thông tin của các đơn vị thuộc Bộ."),
    ("h1", "IV. KINH PHÍ THỰC HIỆN"),
    ("h2", "1. Tổng kinh phí"),
    ("p", "Tổng kinh phí dự kiến thực hiện Chương trình là 1.046,5 tỷ đồng, gồm: ngân sách nhà nước (viết tắt là NSNN) chi đầu tư phát triển 612,0 tỷ đồng; NSNN chi thường xuyên 248,5 tỷ đồng; Quỹ phát triển hoạt động sự nghiệp của các đơn vị 96,0 tỷ đồng; nguồn xã hội hóa và hợp tác công tư 90,0 tỷ đồng."),
    ("h2", "2. Phân kỳ theo năm"),
    ("p", "Phân kỳ dự kiến: năm 2027 là 318,2 tỷ đồng, năm 2028 là 376,4 tỷ đồng, năm 2029 là 351,9 tỷ đồng."),
    ("p", "Vụ Kế hoạch - Tài chính (sau đây gọi tắt là Vụ KHTC) chủ trì tổng hợp dự toán, trình Bộ trưởng trước ngày 20/7 hằng năm."),
    ("h1", "V. TỔ CHỨC THỰC HIỆN"),
    ("h2", "1. Trung tâm Công nghệ thông tin"),
    ("p", "TTCNTT là đầu mối theo dõi, đôn đốc; tổng hợp báo cáo 6 tháng trước ngày 15/6 và báo cáo năm trước ngày 15/12 hằng năm; tham mưu sơ kết giữa kỳ trong Quý IV/2028 và tổng kết Chương trình trong Quý IV/2029."),
    ("h2", "2. Các Cục, Vụ và đơn vị thuộc Bộ"),
    ("p", "Các đơn vị thuộc Bộ ban hành kế hoạch chuyển đổi số hằng năm của đơn vị trước ngày 31/01 và cử 01 lãnh đạo phụ trách chuyển đổi số; Thanh tra Bộ kiểm tra việc thực hiện Chương trình tại tối thiểu 08 đơn vị mỗi năm."),
    ("h2", "3. Điều chỉnh Chương trình"),
    ("p", "Trong quá trình thực hiện, nếu cần sửa đổi, bổ sung, các đơn vị gửi đề xuất về TTCNTT để tổng hợp, báo cáo Bộ trưởng xem xét, quyết định."),
    ("pagebreak", ""),
]

IND_TITLE = "Phụ lục I"
IND_SUBTITLE = "CHỈ TIÊU CHUYỂN ĐỔI SỐ CỦA BỘ XÂY DỰNG GIAI ĐOẠN 2027–2029"
IND_HEADER = ["STT", "Chỉ tiêu", "Đơn vị tính", "Hiện trạng 2026", "Năm 2027", "Năm 2028",
              "Năm 2029", "Đơn vị chủ trì theo dõi"]
# group rows: ("A", label); data rows: tuple of 8 cells
INDICATORS = [
    ("A", "Chính phủ số và dịch vụ công"),
    ("1", "Tỷ lệ DVCTT toàn trình trên tổng số thủ tục hành chính đủ điều kiện", "%", "59,6%", "≥ 70%", "≥ 80%", "≥ 90%", "Văn phòng Bộ"),
    ("2", "Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến", "%", "64,2%", "≥ 75%", "≥ 82%", "≥ 90%", "Văn phòng Bộ"),
    ("3", "Tỷ lệ hồ sơ công việc tại Bộ được xử lý trên môi trường mạng (trừ hồ sơ mật)", "%", "88%", "95%", "100%", "100%", "Văn phòng Bộ"),
    ("4", "Tỷ lệ kết quả giải quyết thủ tục hành chính được số hóa, ký số", "%", "71%", "100%", "100%", "100%", "TTCNTT"),
    ("5", "Mức độ hài lòng của người dân, doanh nghiệp khi sử dụng DVCTT", "%", "82,5%", "≥ 85%", "≥ 88%", "≥ 90%", "Văn phòng Bộ; Thanh tra Bộ"),
    ("B", "Dữ liệu và hạ tầng số"),
    ("6", "Số CSDL chuyên ngành kết nối với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia", "CSDL", "07", "Tối thiểu 09", "Tối thiểu 11", "12", "TTCNTT"),
    ("7", "Số bộ dữ liệu mở được công bố trên Cổng dữ liệu quốc gia", "Bộ dữ liệu", "14", "20", "26", "Tối thiểu 30", "TTCNTT"),
    ("8", "Số dự án sử dụng vốn đầu tư công áp dụng BIM", "Dự án", "38", "60", "85", "120", "Cục KT-QLHĐXD"),
    ("9", "Tỷ lệ hệ thống thông tin được chuyển lên nền tảng điện toán đám mây", "%", "35%", "50%", "70%", "≥ 85%", "TTCNTT"),
    ("10", "Chiều dài đường bộ cao tốc được số hóa hồ sơ quản lý tài sản kết cấu hạ tầng", "km", "1.250", "2.100", "2.800", "3.500", "Cục Đường bộ Việt Nam"),
    ("C", "An toàn thông tin"),
    ("11", "Tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ", "%", "76%", "100%", "100%", "100%", "TTCNTT"),
    ("12", "Số cuộc diễn tập thực chiến ATTT được tổ chức trong năm", "Cuộc", "01", "Tối thiểu 02", "Tối thiểu 02", "Tối thiểu 03", "TTCNTT"),
    ("13", "Tỷ lệ máy tính, thiết bị đầu cuối được cài giải pháp phòng chống mã độc tập trung", "%", "81%", "95%", "100%", "100%", "TTCNTT"),
    ("14", "Trung tâm giám sát ATTT (SOC) của Bộ", "-", "Chưa có", "Hoàn thành giai đoạn 1", "Hoàn thành", "Vận hành ổn định", "TTCNTT"),
    ("D", "Nhân lực số"),
    ("15", "Tỷ lệ công chức, viên chức được bồi dưỡng kỹ năng số cơ bản", "%", "62%", "≥ 80%", "≥ 90%", "100%", "Vụ TCCB"),
    ("16", "Số lượt cán bộ được đào tạo chuyên sâu về dữ liệu, ATTT", "Lượt người", "420", "600", "750", "900", "Vụ TCCB; TTCNTT"),
    ("17", "Số doanh nghiệp ngành xây dựng được hỗ trợ chuyển đổi số", "Doanh nghiệp", "150", "300", "450", "Tối thiểu 600", "Cục KT-QLHĐXD"),
    ("18", "Tỷ lệ đơn vị thuộc Bộ có cán bộ chuyên trách chuyển đổi số", "%", "55%", "75%", "90%", "100%", "Vụ TCCB"),
]

TASK_TITLE = "Phụ lục II"
TASK_SUBTITLE = "DANH MỤC NHIỆM VỤ CỦA CHƯƠNG TRÌNH"
TASK_NOTE = "(Nhiệm vụ được đánh số theo nhóm: 1.1, 1.2, …; nhóm 1 đến nhóm 5)"
TASK_HEADER = ["TT", "Nhiệm vụ", "Sản phẩm đầu ra", "Thời hạn", "Đơn vị chủ trì",
               "Đơn vị phối hợp", "Nguồn kinh phí"]
TASKS = [
    ("1", "Hoàn thiện thể chế, quy chế và kiến trúc"),
    ("1.1", "Xây dựng Quy chế quản lý, khai thác và chia sẻ dữ liệu của Bộ", "Quyết định ban hành Quy chế", "Quý II/2027", "TTCNTT", "Vụ Pháp chế; Văn phòng Bộ", "NSNN chi thường xuyên"),
    ("1.2", "Rà soát, đề xuất sửa đổi các thông tư còn yêu cầu nộp hồ sơ giấy", "Báo cáo rà soát và dự thảo thông tư sửa đổi", "Trước 30/6/2028", "Vụ Pháp chế", "Văn phòng Bộ; các Cục chuyên ngành", "NSNN chi thường xuyên"),
    ("1.3", "Ban hành Kiến trúc Chính phủ số của Bộ phiên bản 1.0", "Quyết định phê duyệt Kiến trúc", "Tháng 9/2027", "TTCNTT", "Vụ KHTC", "NSNN chi thường xuyên"),
    ("1.4", "Ban hành lộ trình áp dụng BIM bắt buộc đối với dự án sử dụng vốn đầu tư công", "Quyết định ban hành lộ trình", "Quý IV/2027", "Cục KT-QLHĐXD", "Vụ Pháp chế; Vụ KHTC", "NSNN chi thường xuyên"),
    ("1.5", "Xây dựng bộ tiêu chí đánh giá mức độ chuyển đổi số của các đơn vị thuộc Bộ", "Bộ tiêu chí và hướng dẫn đánh giá", "Quý I/2028", "Vụ TCCB; TTCNTT", "Văn phòng Bộ", "NSNN chi thường xuyên"),
    ("2", "Phát triển hạ tầng số và dữ liệu"),
    ("2.1", "Nâng cấp Trung tâm dữ liệu của Bộ đạt tiêu chuẩn Tier III", "Trung tâm dữ liệu đạt Tier III", "2027–2028", "TTCNTT", "Vụ KHTC", "NSNN chi đầu tư"),
    ("2.2", "Xây dựng CSDL quốc gia về hoạt động xây dựng giai đoạn 2", "CSDL được vận hành, kết nối với các địa phương", "Quý III/2028", "Cục KT-QLHĐXD", "TTCNTT; Sở Xây dựng các tỉnh, thành phố", "NSNN chi đầu tư"),
    ("2.3", "Xây dựng CSDL về nhà ở và thị trường bất động sản", "CSDL và cổng thông tin công khai", "Tháng 12/2028", "Cục Quản lý nhà và thị trường bất động sản", "TTCNTT", "NSNN chi đầu tư"),
    ("2.4", "Số hóa hồ sơ quản lý tài sản kết cấu hạ tầng đường bộ cao tốc", "Dữ liệu số về tài sản kết cấu hạ tầng", "2027–2029", "Cục Đường bộ Việt Nam", "TTCNTT", "NSNN chi đầu tư; xã hội hóa"),
    ("2.5", "Chuyển các hệ thống thông tin dùng chung lên nền tảng điện toán đám mây", "Hệ thống vận hành trên đám mây", "Trước 31/12/2029", "TTCNTT", "Các đơn vị thuộc Bộ", "NSNN chi thường xuyên"),
    ("2.6", "Xây dựng CSDL đăng kiểm phương tiện giao thông", "CSDL đăng kiểm kết nối CSDL quốc gia về dân cư", "Quý II/2028", "Cục Đăng kiểm Việt Nam", "TTCNTT; Bộ Công an", "Quỹ phát triển hoạt động sự nghiệp"),
    ("2.7", "Công bố dữ liệu mở của Bộ trên Cổng dữ liệu quốc gia", "Danh mục dữ liệu mở được cập nhật", "Hằng năm", "TTCNTT", "Các đơn vị thuộc Bộ", "NSNN chi thường xuyên"),
    ("3", "Phát triển Chính phủ số và dịch vụ công"),
    ("3.1", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính của Bộ", "Hệ thống kết nối Cổng Dịch vụ công quốc gia", "Quý IV/2027", "Văn phòng Bộ", "TTCNTT", "NSNN chi đầu tư"),
    ("3.2", "Cung cấp DVCTT toàn trình đối với thủ tục cấp giấy phép xây dựng thuộc thẩm quyền của Bộ", "DVCTT toàn trình", "Tháng 6/2027", "Cục KT-QLHĐXD", "Văn phòng Bộ; TTCNTT", "NSNN chi thường xuyên"),
    ("3.3", "Cấp giấy chứng nhận kiểm định phương tiện dạng điện tử", "Giấy chứng nhận điện tử", "Quý III/2027", "Cục Đăng kiểm Việt Nam", "TTCNTT", "Quỹ phát triển hoạt động sự nghiệp"),
    ("3.4", "Triển khai ký số trên thiết bị di động trong hệ thống quản lý văn bản và điều hành", "Hệ thống vận hành tại 100% đơn vị", "Tháng 3/2028", "Văn phòng Bộ", "TTCNTT", "NSNN chi thường xuyên"),
    ("3.5", "Xây dựng Hệ thống thông tin báo cáo của Bộ kết nối Hệ thống thông tin báo cáo Chính phủ", "Hệ thống báo cáo và bộ chỉ tiêu thống kê", "Quý I/2028", "Vụ KHTC; Văn phòng Bộ", "TTCNTT", "NSNN chi thường xuyên"),
    ("3.6", "Xây dựng trợ lý ảo hỗ trợ giải đáp thủ tục hành chính", "Trợ lý ảo trên Cổng dịch vụ công của Bộ", "Năm 2029", "TTCNTT", "Văn phòng Bộ", "Xã hội hóa"),
    ("3.7", "Số hóa hồ sơ, tài liệu lưu trữ lịch sử của Bộ", "Tài liệu lưu trữ được số hóa", "2027–2029", "Văn phòng Bộ", "Các đơn vị thuộc Bộ", "NSNN chi thường xuyên"),
    ("3.8", "Triển khai thanh toán trực tuyến phí, lệ phí đối với DVCTT", "Tỷ lệ thanh toán trực tuyến tăng hằng năm", "Hằng năm", "Vụ KHTC", "Văn phòng Bộ; TTCNTT", "NSNN chi thường xuyên"),
    ("4", "Bảo đảm an toàn thông tin"),
    ("4.1", "Xây dựng Trung tâm giám sát ATTT (SOC) của Bộ", "SOC vận hành 24/7", "Trước 30/6/2028", "TTCNTT", "Bộ Công an; Vụ KHTC", "NSNN chi đầu tư"),
    ("4.2", "Phê duyệt hồ sơ đề xuất cấp độ cho các hệ thống thông tin", "Quyết định phê duyệt cấp độ", "Quý IV/2027", "TTCNTT", "Các đơn vị chủ quản hệ thống thông tin", "NSNN chi thường xuyên"),
    ("4.3", "Tổ chức diễn tập thực chiến ATTT", "Báo cáo kết quả diễn tập", "Hằng năm", "TTCNTT", "Bộ Công an; các đơn vị thuộc Bộ", "NSNN chi thường xuyên"),
    ("4.4", "Kiểm tra, đánh giá ATTT tại các đơn vị thuộc Bộ", "Báo cáo kết quả kiểm tra", "Tháng 10 hằng năm", "Thanh tra Bộ", "TTCNTT", "NSNN chi thường xuyên"),
    ("4.5", "Triển khai giải pháp phòng chống mã độc tập trung", "Giải pháp được cài trên thiết bị đầu cuối", "Quý II/2027", "TTCNTT", "Văn phòng Bộ", "NSNN chi thường xuyên"),
    ("5", "Phát triển nhân lực số và chuyển đổi số doanh nghiệp ngành xây dựng"),
    ("5.1", "Bồi dưỡng kỹ năng số cơ bản cho công chức, viên chức", "Khóa bồi dưỡng và tài liệu", "Hằng năm", "Vụ TCCB", "TTCNTT; Học viện Cán bộ quản lý xây dựng và đô thị", "NSNN chi thường xuyên"),
    ("5.2", "Đào tạo chuyên sâu về dữ liệu, ATTT cho cán bộ công nghệ thông tin", "Chương trình đào tạo chuyên sâu", "2027–2028", "Vụ TCCB", "TTCNTT", "NSNN chi thường xuyên"),
    ("5.3", "Hỗ trợ doanh nghiệp ngành xây dựng chuyển đổi số", "Doanh nghiệp được hỗ trợ, tư vấn", "2027–2029", "Cục KT-QLHĐXD", "Hiệp hội Nhà thầu xây dựng Việt Nam", "Xã hội hóa"),
    ("5.4", "Xây dựng nền tảng học tập trực tuyến của Bộ", "Nền tảng học tập trực tuyến vận hành", "Tháng 8/2027", "Học viện Cán bộ quản lý xây dựng và đô thị", "TTCNTT", "Quỹ phát triển hoạt động sự nghiệp"),
    ("5.5", "Tổng kết, đánh giá kết quả thực hiện Chương trình", "Báo cáo tổng kết", "Quý IV/2029", "TTCNTT", "Vụ KHTC; các đơn vị thuộc Bộ", "NSNN chi thường xuyên"),
]


def indicator_rows():
    return [r for r in INDICATORS if len(r) > 2]


def task_rows():
    return [r for r in TASKS if len(r) > 2]


def split_agencies(cell):
    return [a.strip() for a in cell.split(";") if a.strip()]
