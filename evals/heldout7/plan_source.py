"""Single source of the fictional ministry programme used by held-out set 7.

"Chương trình chuyển đổi số ngành Y tế giai đoạn 2026 - 2030", issued with the (fictional)
Quyết định số 1875/QĐ-BYT ngày 15/6/2026. Invented for evaluation: the decision, its number, the
signatory, the unit "Trung tâm Chuyển đổi số y tế", every figure, target and task were written for
this set and copy no real document. ``make_docs.py`` renders it as Markdown, DOCX and PDF.
"""

from __future__ import annotations

DOC_KEY = "bo-yt-2026"
BASENAME = "bo-yt-2026"
TITLE = "Chương trình chuyển đổi số ngành Y tế giai đoạn 2026 - 2030"

BODY: list[tuple[str, str]] = [
    ("center", "BỘ Y TẾ"),
    ("center", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc"),
    ("center", "Số: 1875/QĐ-BYT          Hà Nội, ngày 15 tháng 6 năm 2026"),
    ("title", "QUYẾT ĐỊNH"),
    ("center", "Ban hành Chương trình chuyển đổi số ngành Y tế giai đoạn 2026 - 2030"),
    ("center", "BỘ TRƯỞNG BỘ Y TẾ"),
    ("p", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("p", "Căn cứ Quyết định số 2629/QĐ-TTg ngày 01/12/2025 của Thủ tướng Chính phủ phê duyệt Chương trình phát triển Chính phủ số;"),
    ("p", "Theo đề nghị của Giám đốc Trung tâm Chuyển đổi số y tế (sau đây gọi tắt là Trung tâm CĐSYT)."),
    ("h1", "QUYẾT ĐỊNH:"),
    ("p", "Điều 1. Ban hành kèm theo Quyết định này Chương trình chuyển đổi số ngành Y tế giai đoạn 2026 - 2030 (sau đây gọi tắt là Chương trình)."),
    ("p", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký ban hành."),
    ("p", "Điều 3. Chánh Văn phòng Bộ, Giám đốc Trung tâm CĐSYT, Cục trưởng, Vụ trưởng các Cục, Vụ thuộc Bộ, Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc Trung ương (sau đây gọi tắt là Sở Y tế) và Thủ trưởng các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này."),
    ("sign", "KT. BỘ TRƯỞNG - THỨ TRƯỞNG - Lương Minh Khải"),
    ("title", "CHƯƠNG TRÌNH"),
    ("center", "Chuyển đổi số ngành Y tế giai đoạn 2026 - 2030"),
    ("center", "(Ban hành kèm theo Quyết định số 1875/QĐ-BYT ngày 15/6/2026 của Bộ trưởng Bộ Y tế)"),
    ("h1", "I. QUAN ĐIỂM"),
    ("li", "Người bệnh và người dân là trung tâm của chuyển đổi số y tế; mỗi người dân có một hồ sơ sức khỏe điện tử (sau đây gọi tắt là HSSKĐT) suốt đời, được cập nhật ở mọi lần khám bệnh, chữa bệnh."),
    ("li", "Dữ liệu y tế là tài nguyên quốc gia, được tạo lập một lần, chia sẻ qua Nền tảng điều phối dữ liệu y tế quốc gia (sau đây gọi tắt là Nền tảng điều phối) và bảo vệ theo quy định về bảo vệ dữ liệu cá nhân."),
    ("li", "Ưu tiên thuê dịch vụ, dùng chung hạ tầng của ngành; không đầu tư dàn trải, trùng lặp giữa các cơ sở y tế."),
    ("h1", "II. MỤC TIÊU"),
    ("h2", "1. Mục tiêu tổng quát"),
    ("p", "Đến năm 2030, ngành Y tế vận hành trên nền tảng dữ liệu: khám bệnh, chữa bệnh không giấy tờ tại các bệnh viện, quản lý sức khỏe người dân suốt vòng đời, quản trị ngành dựa trên dữ liệu thời gian thực; Bộ Y tế thuộc nhóm 5 bộ, ngành dẫn đầu về chỉ số chuyển đổi số cấp bộ (DTI)."),
    ("h2", "2. Mục tiêu cụ thể"),
    ("p", "Chương trình đặt ra 22 chỉ tiêu trong 05 nhóm, có lộ trình cho các năm 2026, 2028 và 2030 (chi tiết tại Phụ lục 1). Một số mục tiêu chủ yếu:"),
    ("li", "Đến năm 2028: 95% dân số có HSSKĐT được cập nhật ít nhất một lần trong năm; 80% bệnh viện triển khai bệnh án điện tử, không dùng bệnh án giấy; 85% đơn thuốc ngoại trú được kê đơn điện tử và liên thông; đưa vào vận hành Trung tâm dữ liệu y tế quốc gia."),
    ("li", "Đến năm 2030: 100% bệnh viện triển khai bệnh án điện tử; 100% đơn thuốc ngoại trú được kê đơn điện tử và liên thông; 5 triệu lượt khám, tư vấn từ xa mỗi năm; 100% bệnh viện hạng đặc biệt và hạng I ứng dụng trí tuệ nhân tạo trong ít nhất 01 quy trình chuyên môn."),
    ("h1", "III. NHIỆM VỤ, GIẢI PHÁP"),
    ("p", "Chương trình gồm 32 nhiệm vụ trong 05 nhóm (chi tiết tại Phụ lục 2): nhóm 1 về thể chế, chính sách 05 nhiệm vụ; nhóm 2 về hạ tầng số và an toàn thông tin 06 nhiệm vụ; nhóm 3 về dữ liệu số y tế 07 nhiệm vụ; nhóm 4 về khám bệnh, chữa bệnh và dịch vụ số 08 nhiệm vụ; nhóm 5 về quản trị, nhân lực và truyền thông 06 nhiệm vụ."),
    ("h2", "1. Hoàn thiện thể chế"),
    ("p", "Cục Quản lý Khám, chữa bệnh (sau đây gọi tắt là Cục QLKCB) chủ trì xây dựng Thông tư quy định về hồ sơ bệnh án điện tử thay thế Thông tư số 46/2018/TT-BYT, trình ban hành trong Quý IV/2026; xây dựng quy định về khám bệnh, chữa bệnh từ xa, bảo đảm chi phí khám từ xa được quỹ bảo hiểm y tế thanh toán."),
    ("h2", "2. Hạ tầng số và an toàn thông tin"),
    ("p", "Xây dựng Trung tâm dữ liệu y tế quốc gia đạt tiêu chuẩn Tier III trong giai đoạn 2026 - 2028 và Trung tâm dữ liệu dự phòng tại khu vực phía Nam trong giai đoạn 2029 - 2030. Tối thiểu 15% tổng kinh phí của các dự án công nghệ thông tin được dành cho bảo đảm an toàn thông tin. Mỗi năm tổ chức 01 cuộc diễn tập thực chiến an toàn thông tin của toàn ngành."),
    ("h2", "3. Dữ liệu số y tế"),
    ("p", "Nền tảng điều phối vận hành chính thức từ Quý IV/2026, kết nối với Cơ sở dữ liệu quốc gia về dân cư. Số cơ sở dữ liệu chuyên ngành kết nối với Nền tảng điều phối tăng từ 7 năm 2025 lên 24 năm 2030. Bảo hiểm xã hội Việt Nam (sau đây gọi tắt là BHXH VN) phối hợp chuẩn hóa danh mục dùng chung và tiếp nhận dữ liệu khám bệnh, chữa bệnh trong ngày."),
    ("h2", "4. Khám bệnh, chữa bệnh và dịch vụ số"),
    ("p", "Các bệnh viện trực thuộc Bộ hoàn thành bệnh án điện tử trong Quý IV/2026; bệnh viện tuyến tỉnh hoàn thành trong năm 2028. Nền tảng khám bệnh, chữa bệnh từ xa quốc gia kết nối 1.000 cơ sở y tế, do các bệnh viện Bạch Mai, Trung ương Huế và Chợ Rẫy làm bệnh viện hỗ trợ chuyên môn. Cục Khoa học, Công nghệ và Đào tạo (sau đây gọi tắt là Cục KHCNĐT) chủ trì thẩm định, cấp phép 05 mô hình trí tuệ nhân tạo hỗ trợ chẩn đoán hình ảnh."),
    ("h2", "5. Quản trị, nhân lực và truyền thông"),
    ("p", "Cung cấp dịch vụ công trực tuyến toàn trình cho 100% thủ tục hành chính đủ điều kiện của Bộ trên Cổng Dịch vụ công quốc gia (sau đây gọi tắt là Cổng DVCQG); đào tạo chuyên sâu về an toàn thông tin cho 2.000 cán bộ chuyên trách đến năm 2030; đưa học phần y tế số vào chương trình đào tạo của các trường đại học y, dược."),
    ("h1", "IV. KINH PHÍ THỰC HIỆN"),
    ("li", "Tổng kinh phí dự kiến thực hiện Chương trình là 4.850 tỷ đồng, trong đó: ngân sách nhà nước 2.900 tỷ đồng (ngân sách trung ương 2.150 tỷ đồng, ngân sách địa phương 750 tỷ đồng); nguồn thu sự nghiệp của các cơ sở y tế và nguồn xã hội hóa 1.950 tỷ đồng."),
    ("li", "Phân kỳ: giai đoạn 2026 - 2028 là 2.700 tỷ đồng; giai đoạn 2029 - 2030 là 2.150 tỷ đồng."),
    ("h1", "V. TỔ CHỨC THỰC HIỆN"),
    ("li", "Trung tâm CĐSYT là cơ quan thường trực Chương trình, chủ trì theo dõi, đôn đốc, tổng hợp kết quả thực hiện; quản lý, vận hành Nền tảng điều phối và Trung tâm dữ liệu y tế quốc gia."),
    ("li", "Vụ Kế hoạch - Tài chính chủ trì bố trí kinh phí thực hiện Chương trình trong dự toán ngân sách hằng năm của Bộ; hướng dẫn cơ chế thuê dịch vụ công nghệ thông tin."),
    ("li", "Cục QLKCB chỉ đạo, kiểm tra việc triển khai bệnh án điện tử và khám bệnh, chữa bệnh từ xa; Vụ Tổ chức cán bộ chủ trì bồi dưỡng kỹ năng số; Văn phòng Bộ chủ trì dịch vụ công trực tuyến và truyền thông."),
    ("li", "Sở Y tế xây dựng kế hoạch chuyển đổi số y tế của địa phương, triển khai bệnh án điện tử tại bệnh viện tuyến tỉnh và phần mềm quản lý khám chữa bệnh tại trạm y tế xã, phường."),
    ("li", "Chế độ báo cáo: các đơn vị báo cáo kết quả thực hiện 6 tháng trước ngày 15/6 và báo cáo năm trước ngày 15/12 hằng năm về Trung tâm CĐSYT; Trung tâm CĐSYT tổng hợp, báo cáo Bộ trưởng trước ngày 30/6 và 31/12 hằng năm. Sơ kết giai đoạn 2026 - 2028 trong Quý IV/2028; tổng kết Chương trình trong năm 2030."),
]

IND_TITLE = "Phụ lục 1: CHỈ TIÊU VÀ LỘ TRÌNH CHUYỂN ĐỔI SỐ NGÀNH Y TẾ"
IND_CAPTION = "(Kèm theo Quyết định số 1875/QĐ-BYT ngày 15/6/2026 của Bộ trưởng Bộ Y tế)"
IND_HEADER = ["TT", "Chỉ tiêu", "Đơn vị tính", "Hiện trạng 2025", "Lộ trình 2026", "Lộ trình 2028",
              "Lộ trình 2030", "Đơn vị chủ trì"]

INDICATORS: list[list[str]] = [
    ["group", "Nhóm 1", "Hạ tầng số và an toàn thông tin"],
    ["1", "Tỷ lệ bệnh viện kết nối Internet tốc độ từ 100 Mb/s trở lên", "%", "78%", "85%", "95%", "100%", "Trung tâm CĐSYT"],
    ["2", "Tỷ lệ hệ thống thông tin của Bộ được phê duyệt hồ sơ đề xuất cấp độ an toàn thông tin", "%", "64%", "80%", "100%", "100%", "Trung tâm CĐSYT"],
    ["3", "Số trung tâm dữ liệu y tế dùng chung đạt tiêu chuẩn Tier III", "Trung tâm", "0", "01", "01", "02", "Trung tâm CĐSYT"],
    ["4", "Tỷ lệ cơ sở khám bệnh, chữa bệnh được giám sát an toàn thông tin tập trung (SOC)", "%", "35%", "50%", "80%", "100%", "Trung tâm CĐSYT; Bộ Công an"],
    ["group", "Nhóm 2", "Dữ liệu và nền tảng số"],
    ["5", "Tỷ lệ dân số có HSSKĐT được cập nhật ít nhất một lần trong năm", "%", "86%", "90%", "95%", "≥ 98%", "Cục QLKCB"],
    ["6", "Số cơ sở dữ liệu chuyên ngành y tế kết nối với Nền tảng điều phối", "CSDL", "7", "12", "18", "24", "Trung tâm CĐSYT"],
    ["7", "Tỷ lệ cơ sở khám bệnh, chữa bệnh liên thông dữ liệu khám chữa bệnh với BHXH VN trong ngày", "%", "92%", "95%", "98%", "100%", "BHXH VN"],
    ["8", "Tỷ lệ đơn thuốc ngoại trú được kê đơn điện tử và liên thông", "%", "41%", "60%", "85%", "100%", "Cục Quản lý Dược"],
    ["9", "Tỷ lệ dữ liệu tiêm chủng được số hóa và đồng bộ với Cơ sở dữ liệu quốc gia về dân cư", "%", "88%", "92%", "97%", "100%", "Cục Phòng bệnh"],
    ["group", "Nhóm 3", "Khám bệnh, chữa bệnh số"],
    ["10", "Tỷ lệ bệnh viện triển khai bệnh án điện tử, không dùng bệnh án giấy", "%", "31%", "45%", "80%", "100%", "Cục QLKCB"],
    ["11", "Tỷ lệ bệnh viện tuyến tỉnh trở lên thực hiện đặt lịch khám trực tuyến", "%", "70%", "80%", "95%", "100%", "Cục QLKCB"],
    ["12", "Số lượt khám, tư vấn từ xa được thực hiện trong năm", "Lượt", "1,2 triệu", "1,5 triệu", "3 triệu", "5 triệu", "Cục QLKCB"],
    ["13", "Tỷ lệ bệnh viện thanh toán viện phí không dùng tiền mặt", "%", "73%", "80%", "90%", "≥ 95%", "Vụ Kế hoạch - Tài chính"],
    ["14", "Tỷ lệ trạm y tế xã, phường sử dụng phần mềm quản lý khám chữa bệnh kết nối HSSKĐT", "%", "90%", "100%", "100%", "100%", "Sở Y tế"],
    ["group", "Nhóm 4", "Quản trị y tế số"],
    ["15", "Tỷ lệ thủ tục hành chính của Bộ được cung cấp dịch vụ công trực tuyến toàn trình", "%", "62%", "75%", "90%", "100%", "Văn phòng Bộ"],
    ["16", "Tỷ lệ hồ sơ công việc tại Bộ được xử lý trên môi trường mạng (trừ hồ sơ mật)", "%", "95%", "100%", "100%", "100%", "Văn phòng Bộ"],
    ["17", "Tỷ lệ báo cáo thống kê y tế được thực hiện trên hệ thống báo cáo điện tử", "%", "55%", "70%", "90%", "100%", "Vụ Kế hoạch - Tài chính"],
    ["18", "Tỷ lệ người dân hài lòng với dịch vụ công trực tuyến của ngành y tế", "%", "81%", "85%", "90%", "92%", "Văn phòng Bộ"],
    ["group", "Nhóm 5", "Nhân lực số"],
    ["19", "Tỷ lệ cán bộ, công chức, viên chức ngành y tế được bồi dưỡng kỹ năng số cơ bản", "%", "60%", "70%", "90%", "100%", "Vụ Tổ chức cán bộ"],
    ["20", "Số cán bộ chuyên trách công nghệ thông tin được đào tạo chuyên sâu về an toàn thông tin", "Người", "420", "600", "1.200", "2.000", "Cục KHCNĐT"],
    ["21", "Tỷ lệ trường đại học y, dược đưa học phần y tế số vào chương trình đào tạo", "%", "20%", "30%", "70%", "100%", "Cục KHCNĐT"],
    ["22", "Xếp hạng chỉ số chuyển đổi số cấp bộ (DTI) của Bộ Y tế", "Thứ hạng", "12/17", "Nhóm 10", "Nhóm 8", "Nhóm 5", "Trung tâm CĐSYT"],
]

TASK_TITLE = "Phụ lục 2: NHIỆM VỤ, SẢN PHẨM VÀ THỜI HẠN THỰC HIỆN"
TASK_CAPTION = IND_CAPTION
TASK_HEADER = ["TT", "Nhiệm vụ", "Sản phẩm đầu ra", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"]

TASKS: list[list[str]] = [
    ["group", "1", "Thể chế, chính sách"],
    ["1.1", "Xây dựng Thông tư quy định về hồ sơ bệnh án điện tử thay thế Thông tư số 46/2018/TT-BYT", "Thông tư của Bộ trưởng Bộ Y tế", "Cục QLKCB", "Vụ Pháp chế; Trung tâm CĐSYT", "Quý IV/2026"],
    ["1.2", "Ban hành Khung kiến trúc Bộ Y tế số phiên bản 3.0", "Quyết định ban hành Khung kiến trúc", "Trung tâm CĐSYT", "Các Cục, Vụ thuộc Bộ", "Quý III/2026"],
    ["1.3", "Xây dựng quy định về khám bệnh, chữa bệnh từ xa và thanh toán chi phí khám từ xa", "Thông tư hướng dẫn khám bệnh, chữa bệnh từ xa", "Cục QLKCB", "BHXH VN; Vụ Bảo hiểm y tế", "Năm 2027"],
    ["1.4", "Ban hành bộ tiêu chí đánh giá mức độ chuyển đổi số bệnh viện", "Quyết định ban hành bộ tiêu chí", "Cục QLKCB", "Trung tâm CĐSYT; Sở Y tế", "Quý III/2026"],
    ["1.5", "Xây dựng cơ chế thuê dịch vụ công nghệ thông tin trong các cơ sở y tế công lập", "Văn bản hướng dẫn thuê dịch vụ", "Vụ Kế hoạch - Tài chính", "Trung tâm CĐSYT", "Năm 2027"],
    ["group", "2", "Hạ tầng số và an toàn thông tin"],
    ["2.1", "Xây dựng Trung tâm dữ liệu y tế quốc gia", "Trung tâm dữ liệu đạt tiêu chuẩn Tier III", "Trung tâm CĐSYT", "Bộ Công an; Vụ Kế hoạch - Tài chính", "2026 - 2028"],
    ["2.2", "Xây dựng Trung tâm dữ liệu dự phòng tại khu vực phía Nam", "Trung tâm dữ liệu dự phòng đi vào hoạt động", "Trung tâm CĐSYT", "Bệnh viện Chợ Rẫy", "2029 - 2030"],
    ["2.3", "Triển khai giám sát an toàn thông tin tập trung (SOC) cho các bệnh viện trực thuộc Bộ", "100% bệnh viện trực thuộc Bộ được giám sát", "Trung tâm CĐSYT", "Bộ Công an", "Năm 2027"],
    ["2.4", "Tổ chức diễn tập thực chiến an toàn thông tin ngành y tế", "01 cuộc diễn tập mỗi năm", "Trung tâm CĐSYT", "Các bệnh viện trực thuộc Bộ", "Hằng năm"],
    ["2.5", "Nâng cấp đường truyền cho trạm y tế xã vùng sâu, vùng xa, biên giới, hải đảo", "Trạm y tế kết nối Internet băng rộng cố định", "Sở Y tế", "Các doanh nghiệp viễn thông", "2026 - 2027"],
    ["2.6", "Chuyển đổi các hệ thống thông tin của Bộ sang địa chỉ IPv6", "Hệ thống hoạt động trên IPv6", "Trung tâm CĐSYT", "Các đơn vị thuộc Bộ", "Quý IV/2027"],
    ["group", "3", "Dữ liệu số y tế"],
    ["3.1", "Hoàn thiện Nền tảng điều phối, kết nối với Cơ sở dữ liệu quốc gia về dân cư", "Nền tảng điều phối vận hành chính thức", "Trung tâm CĐSYT", "Bộ Công an", "Quý IV/2026"],
    ["3.2", "Xây dựng Cơ sở dữ liệu quốc gia về y tế", "Cơ sở dữ liệu quốc gia về y tế được đưa vào khai thác", "Trung tâm CĐSYT", "Các Cục, Vụ thuộc Bộ; Sở Y tế", "2026 - 2028"],
    ["3.3", "Chuẩn hóa danh mục dùng chung trong khám bệnh, chữa bệnh và thanh toán bảo hiểm y tế", "Bộ danh mục dùng chung phiên bản 2.0", "Cục QLKCB", "BHXH VN", "Quý I/2027"],
    ["3.4", "Xây dựng Cơ sở dữ liệu dược quốc gia, kết nối các cơ sở bán lẻ thuốc", "Giai đoạn 1: kết nối 100% nhà thuốc, quầy thuốc", "Cục Quản lý Dược", "Sở Y tế", "Năm 2027"],
    ["", "", "Giai đoạn 2: kết nối cơ sở bán buôn thuốc", "", "", "Năm 2029"],
    ["3.5", "Số hóa dữ liệu tiêm chủng mở rộng, đồng bộ với ứng dụng VNeID", "Dữ liệu tiêm chủng hiển thị trên VNeID", "Cục Phòng bệnh", "Bộ Công an; Sở Y tế", "Quý II/2027"],
    ["3.6", "Xây dựng kho dữ liệu quản lý bệnh không lây nhiễm", "Kho dữ liệu quản lý 12 triệu hồ sơ bệnh không lây nhiễm", "Cục Phòng bệnh", "Trung tâm CĐSYT", "2027 - 2028"],
    ["3.7", "Công bố dữ liệu mở ngành y tế trên Cổng dữ liệu quốc gia", "50 bộ dữ liệu mở", "Trung tâm CĐSYT", "Các Cục, Vụ thuộc Bộ", "Năm 2028"],
    ["group", "4", "Khám bệnh, chữa bệnh và dịch vụ số"],
    ["4.1", "Triển khai bệnh án điện tử tại các bệnh viện trực thuộc Bộ", "100% bệnh viện trực thuộc Bộ sử dụng bệnh án điện tử", "Cục QLKCB", "Trung tâm CĐSYT", "Quý IV/2026"],
    ["4.2", "Triển khai bệnh án điện tử tại các bệnh viện tuyến tỉnh", "100% bệnh viện tuyến tỉnh sử dụng bệnh án điện tử", "Sở Y tế", "Cục QLKCB", "Năm 2028"],
    ["4.3", "Phát triển nền tảng khám bệnh, chữa bệnh từ xa quốc gia", "Nền tảng kết nối 1.000 cơ sở y tế", "Cục QLKCB", "Bệnh viện Bạch Mai; Bệnh viện Trung ương Huế; Bệnh viện Chợ Rẫy", "2026 - 2027"],
    ["4.4", "Liên thông, công nhận kết quả xét nghiệm, chẩn đoán hình ảnh giữa các bệnh viện", "Kết quả được công nhận liên thông", "Cục QLKCB", "Sở Y tế", "Năm 2028"],
    ["4.5", "Thúc đẩy thanh toán viện phí không dùng tiền mặt tại bệnh viện", "Báo cáo kết quả thực hiện", "Vụ Kế hoạch - Tài chính", "Ngân hàng Nhà nước Việt Nam", "Hằng năm"],
    ["4.6", "Tích hợp sổ sức khỏe điện tử trên ứng dụng VNeID", "Sổ sức khỏe điện tử trên VNeID", "Trung tâm CĐSYT", "Bộ Công an; BHXH VN", "Quý III/2026"],
    ["4.7", "Ứng dụng trí tuệ nhân tạo hỗ trợ chẩn đoán hình ảnh", "05 mô hình AI được cấp phép sử dụng", "Cục KHCNĐT", "Bệnh viện Bạch Mai; Bệnh viện K", "2027 - 2030"],
    ["4.8", "Triển khai giấy chuyển tuyến điện tử và giấy hẹn khám lại điện tử", "Giấy tờ điện tử liên thông với BHXH VN", "Cục QLKCB", "BHXH VN", "Quý II/2027"],
    ["group", "5", "Quản trị, nhân lực và truyền thông"],
    ["5.1", "Cung cấp dịch vụ công trực tuyến toàn trình của Bộ trên Cổng DVCQG", "100% thủ tục hành chính đủ điều kiện", "Văn phòng Bộ", "Trung tâm CĐSYT", "Năm 2027"],
    ["5.2", "Xây dựng hệ thống báo cáo thống kê y tế điện tử", "Hệ thống báo cáo vận hành toàn ngành", "Vụ Kế hoạch - Tài chính", "Trung tâm CĐSYT; Sở Y tế", "Quý I/2027"],
    ["5.3", "Bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức ngành y tế", "Báo cáo kết quả bồi dưỡng hằng năm", "Vụ Tổ chức cán bộ", "Cục KHCNĐT", "Hằng năm"],
    ["5.4", "Đào tạo chuyên sâu về an toàn thông tin cho cán bộ chuyên trách", "2.000 cán bộ chuyên trách được đào tạo", "Cục KHCNĐT", "Trung tâm CĐSYT", "2026 - 2030"],
    ["5.5", "Đưa học phần y tế số vào chương trình đào tạo đại học y, dược", "Chương trình đào tạo được cập nhật", "Cục KHCNĐT", "Các trường đại học y, dược", "Năm 2028"],
    ["5.6", "Truyền thông về chuyển đổi số y tế", "Chuyên mục trên Báo Sức khỏe và Đời sống", "Văn phòng Bộ", "Báo Sức khỏe và Đời sống", "Hằng năm"],
]
