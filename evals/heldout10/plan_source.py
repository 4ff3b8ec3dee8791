"""Source text of the fictional plan `hailam-2028` (held-out set 10).

Kế hoạch chuyển đổi số và phát triển đô thị thông minh thành phố Hải Lam năm 2028.
Everything here (the city "Hải Lam", the plan, its number, the documents it cites, the signer,
every figure, indicator and task) is invented for this evaluation.

BODY is a list of (kind, text); kinds: "lh" (letterhead line), "meta" (number / place-date),
"title", "h1", "h2", "h3", "p", "b" (bullet), "sign", "recv" (Nơi nhận lines), "break".
INDICATOR_GROUPS / TASK_GROUPS hold the appendix tables.
"""

DOC_KEY = "hailam-2028"
TITLE = "Kế hoạch chuyển đổi số và phát triển đô thị thông minh thành phố Hải Lam năm 2028"

BODY = [
    ("lh", "ỦY BAN NHÂN DÂN"),
    ("lh", "THÀNH PHỐ HẢI LAM"),
    ("lh", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("lh", "Độc lập - Tự do - Hạnh phúc"),
    ("meta", "Số: 2315/KH-UBND"),
    ("meta", "Hải Lam, ngày 26 tháng 12 năm 2027"),
    ("title", "KẾ HOẠCH"),
    ("title", "Chuyển đổi số và phát triển đô thị thông minh thành phố Hải Lam năm 2028"),
    ("p", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("p", "Căn cứ Quyết định số 1962/QĐ-TTg ngày 10/11/2027 của Thủ tướng Chính phủ phê duyệt Đề án phát triển đô thị thông minh bền vững giai đoạn 2027 - 2030;"),
    ("p", "Căn cứ Nghị quyết số 48/NQ-HĐND ngày 08/12/2027 của Hội đồng nhân dân thành phố Hải Lam về kế hoạch phát triển kinh tế - xã hội năm 2028;"),
    ("p", "Căn cứ Chương trình số 07-CTr/TU ngày 15/3/2026 của Ban Thường vụ Thành ủy về chuyển đổi số thành phố Hải Lam giai đoạn 2026 - 2030;"),
    ("p", "Theo đề nghị của Sở Khoa học và Công nghệ tại Tờ trình số 611/TTr-SKHCN ngày 12/12/2027, Ủy ban nhân dân thành phố ban hành Kế hoạch chuyển đổi số và phát triển đô thị thông minh năm 2028 như sau:"),

    ("h1", "PHẦN THỨ NHẤT. KẾT QUẢ THỰC HIỆN NĂM 2027"),
    ("h2", "1. Kết quả đạt được"),
    ("p", "Năm 2027, thành phố cung cấp 1.684 DVCTT, trong đó 1.126 DVCTT toàn trình; tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình ước đạt 68,4%."),
    ("p", "Trong văn bản này, dịch vụ công trực tuyến (sau đây viết tắt là DVCTT), Sở Khoa học và Công nghệ (sau đây viết tắt là Sở KH&CN), Trung tâm Phục vụ hành chính công thành phố (sau đây viết tắt là TTPVHCC), Văn phòng Ủy ban nhân dân thành phố (gọi tắt là Văn phòng UBND TP), Công an thành phố (gọi tắt là CATP) và Ủy ban nhân dân các xã, phường, đặc khu (sau đây viết tắt là UBND cấp xã) được ghi theo tên viết tắt."),
    ("p", "Trung tâm Giám sát, điều hành đô thị thông minh thành phố (gọi tắt là Trung tâm IOC) đã tích hợp dữ liệu từ 1.450 camera và 26 điểm quan trắc môi trường tự động."),
    ("p", "Ứng dụng công dân số Hải Lam Smart cung cấp 18 dịch vụ đô thị với khoảng 312.000 tài khoản người dùng."),
    ("p", "Nền tảng tích hợp, chia sẻ dữ liệu thành phố (gọi tắt là LGSP) đã kết nối 14 cơ sở dữ liệu chuyên ngành và thực hiện trên 9,6 triệu giao dịch trong năm."),
    ("p", "Chỉ số chuyển đổi số (DTI) năm 2026 của thành phố xếp thứ 7/34 tỉnh, thành phố, tăng 04 bậc so với năm 2025."),
    ("p", "Kinh tế số ước đạt 17,8% GRDP; toàn thành phố có 1.050 doanh nghiệp công nghệ số đang hoạt động."),
    ("p", "Tổng kinh phí chuyển đổi số năm 2027 đã giải ngân 624,3 tỷ đồng, đạt 81,2% kế hoạch vốn được giao."),
    ("h2", "2. Tồn tại, hạn chế"),
    ("p", "Hạ tầng máy chủ của các sở, ngành còn phân tán tại 09 điểm, chưa có trung tâm dữ liệu tập trung đạt tiêu chuẩn."),
    ("p", "Tỷ lệ hồ sơ trực tuyến toàn trình tại cấp xã mới đạt 52,7%, thấp hơn mức bình quân của thành phố."),
    ("p", "Nhân lực chuyên trách công nghệ thông tin tại cấp xã còn thiếu, bình quân 0,6 người trên một đơn vị."),

    ("h1", "PHẦN THỨ HAI. KẾ HOẠCH NĂM 2028"),
    ("h2", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("b", "Cụ thể hóa các mục tiêu, nhiệm vụ chuyển đổi số và phát triển đô thị thông minh của thành phố trong năm 2028, làm căn cứ để các sở, ngành và UBND cấp xã bố trí nguồn lực thực hiện."),
    ("b", "Phân công rõ cơ quan chủ trì, cơ quan phối hợp, thời gian thực hiện và sản phẩm của từng nhiệm vụ; gắn trách nhiệm người đứng đầu với kết quả thực hiện."),
    ("b", "Lấy người dân, doanh nghiệp làm trung tâm; bảo đảm an toàn thông tin mạng và bảo vệ dữ liệu cá nhân trong toàn bộ quá trình chuyển đổi số."),
    ("h2", "II. MỤC TIÊU"),
    ("h3", "1. Mục tiêu chung"),
    ("p", "Phấn đấu đến hết năm 2028 thành phố Hải Lam thuộc nhóm 05 tỉnh, thành phố dẫn đầu cả nước về Chỉ số chuyển đổi số; vận hành đồng bộ Trung tâm IOC với các phân hệ giao thông, môi trường, an ninh trật tự."),
    ("h3", "2. Mục tiêu cụ thể"),
    ("p", "Kế hoạch đặt ra 21 chỉ tiêu thuộc 04 nhóm: chính quyền số (06 chỉ tiêu), đô thị thông minh (05 chỉ tiêu), kinh tế số (04 chỉ tiêu), xã hội số và hạ tầng số (06 chỉ tiêu), chi tiết tại Phụ lục I kèm theo Kế hoạch này."),
    ("p", "Ngoài các chỉ tiêu tại Phụ lục I, năm 2028 thành phố phấn đấu đạt thêm các mục tiêu sau:"),
    ("b", "100% trường trung học phổ thông công lập sử dụng học bạ số."),
    ("b", "Lắp đặt tối thiểu 30 điểm Wi-Fi công cộng miễn phí tại các khu du lịch, quảng trường và bến xe."),
    ("b", "Cảnh báo ngập úng được gửi tới người dân qua ứng dụng Hải Lam Smart trong vòng 15 phút kể từ khi cảm biến ghi nhận."),
    ("b", "Tối thiểu 60% cuộc họp của UBND thành phố được tổ chức theo hình thức phòng họp không giấy."),

    ("h2", "III. NHIỆM VỤ, GIẢI PHÁP"),
    ("p", "Các nhiệm vụ được tổ chức thành 06 nhóm (A - F) với 34 nhiệm vụ cụ thể, chi tiết tại Phụ lục II kèm theo Kế hoạch này."),
    ("h3", "1. Hoàn thiện thể chế, nâng cao nhận thức"),
    ("p", "Sở KH&CN tham mưu trình Hội đồng nhân dân thành phố chính sách hỗ trợ doanh nghiệp công nghệ số khởi nghiệp sáng tạo, với mức hỗ trợ tối đa 500 triệu đồng cho mỗi doanh nghiệp."),
    ("p", "Ngày Chuyển đổi số thành phố năm 2028 được tổ chức trong tháng 10/2028, gắn với Ngày Chuyển đổi số quốc gia."),
    ("h3", "2. Phát triển hạ tầng số"),
    ("p", "Khởi công Trung tâm dữ liệu thành phố đạt tiêu chuẩn Tier III với tổng mức đầu tư dự kiến 420 tỷ đồng, hoàn thành trong năm 2029."),
    ("p", "Mạng truyền số liệu chuyên dùng cấp II được nâng cấp đến 100% UBND cấp xã với băng thông tối thiểu 100 Mbps."),
    ("h3", "3. Phát triển dữ liệu và nền tảng số"),
    ("p", "Xây dựng Kho dữ liệu dùng chung của thành phố; công bố tối thiểu 200 bộ dữ liệu mở trên Cổng dữ liệu mở thành phố trong năm 2028."),
    ("p", "Số hóa 1,2 triệu trang tài liệu lưu trữ lịch sử, ưu tiên hồ sơ đất đai và hộ tịch."),
    ("h3", "4. Phát triển chính quyền số và đô thị thông minh"),
    ("p", "Thí điểm trợ lý ảo ứng dụng trí tuệ nhân tạo (AI) hỗ trợ tra cứu thủ tục hành chính tại 10 phường trước khi nhân rộng."),
    ("p", "Bổ sung 35 nút giao điều khiển tín hiệu thích ứng, nâng tổng số lên 80 nút giao vào cuối năm 2028."),
    ("h3", "5. Phát triển kinh tế số và xã hội số"),
    ("p", "Hỗ trợ 500 doanh nghiệp nhỏ và vừa chuyển đổi số thông qua Chương trình hỗ trợ doanh nghiệp chuyển đổi số của thành phố."),
    ("p", "Duy trì 1.120 Tổ công nghệ số cộng đồng tại các thôn, tổ dân phố làm nòng cốt đào tạo kỹ năng số cho người dân."),
    ("h3", "6. Bảo đảm an toàn thông tin và phát triển nguồn nhân lực"),
    ("p", "Trung tâm giám sát an toàn thông tin (SOC) của thành phố giám sát 24/7 đối với 100% hệ thống thông tin dùng chung."),
    ("p", "Thu hút tối thiểu 05 chuyên gia công nghệ số theo chính sách đặc thù, với mức hỗ trợ thu nhập 30 triệu đồng mỗi tháng."),

    ("h2", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "Tổng kinh phí dự kiến thực hiện Kế hoạch năm 2028 là 1.384,6 tỷ đồng, gồm:"),
    ("b", "Ngân sách thành phố (viết tắt là NSTP): 912,4 tỷ đồng, trong đó chi đầu tư phát triển 701,8 tỷ đồng và chi thường xuyên 210,6 tỷ đồng;"),
    ("b", "Ngân sách trung ương hỗ trợ có mục tiêu: 186,0 tỷ đồng;"),
    ("b", "Ngân sách cấp xã: 96,2 tỷ đồng;"),
    ("b", "Xã hội hóa và hợp tác công tư (PPP): 190,0 tỷ đồng."),
    ("p", "Sở Tài chính chủ trì, phối hợp với Sở KH&CN tham mưu UBND thành phố phân bổ kinh phí NSTP cho các nhiệm vụ trước ngày 31/01/2028."),

    ("h2", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "Sở KH&CN là cơ quan thường trực, chủ trì theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch."),
    ("p", "Các sở, ngành và UBND cấp xã xây dựng kế hoạch chuyển đổi số năm 2028 của đơn vị, gửi Sở KH&CN trước ngày 15/02/2028."),
    ("p", "Các cơ quan chủ trì báo cáo kết quả thực hiện hằng quý gửi Sở KH&CN trước ngày 20 của tháng cuối quý."),
    ("p", "Sở KH&CN tổng hợp, báo cáo UBND thành phố kết quả 6 tháng trước ngày 05/7/2028 và kết quả cả năm trước ngày 10/12/2028."),
    ("p", "Trung tâm IOC cập nhật hằng tháng kết quả thực hiện các chỉ tiêu trên Bảng điều hành chuyển đổi số của thành phố."),
    ("p", "Sơ kết 6 tháng thực hiện Kế hoạch được tổ chức trong tháng 7/2028; tổng kết năm được tổ chức trong tháng 12/2028."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở KH&CN để tổng hợp, báo cáo UBND thành phố xem xét, điều chỉnh."),

    ("sign", "TM. ỦY BAN NHÂN DÂN"),
    ("sign", "KT. CHỦ TỊCH"),
    ("sign", "PHÓ CHỦ TỊCH"),
    ("sign", "Phạm Quốc Hưng"),
    ("recv", "Nơi nhận:"),
    ("recv", "- Bộ Khoa học và Công nghệ (để b/c);"),
    ("recv", "- TT Thành ủy, TT HĐND thành phố (để b/c);"),
    ("recv", "- Chủ tịch, các PCT UBND thành phố;"),
    ("recv", "- Các sở, ban, ngành thành phố;"),
    ("recv", "- UBND các xã, phường, đặc khu;"),
    ("recv", "- Lưu: VT, KGVX."),
]

# Phụ lục I: indicators. Columns (flat keys):
IND_HEAD = ["TT", "Chỉ tiêu", "Đơn vị tính", "Ước thực hiện 2027",
            "Năm 2028", "Năm 2029", "Năm 2030",
            "Cơ quan chủ trì", "Cơ quan phối hợp", "Ghi chú"]
IND_SPAN = ("Chỉ tiêu theo năm", 4, 6)  # parent header over columns 4..6 (0-based) in DOCX/PDF

INDICATOR_GROUPS = [
    ("I", "CHÍNH QUYỀN SỐ", [
        ("1", "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình", "%", "68,4%", "≥ 80%", "≥ 85%", "≥ 90%", "TTPVHCC", "Các sở, ngành; UBND cấp xã", ""),
        ("2", "Tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa và tái sử dụng", "%", "72%", "100%", "100%", "100%", "TTPVHCC", "Sở KH&CN", ""),
        ("3", "Tỷ lệ văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử có ký số (trừ văn bản mật)", "%", "97,5%", "100%", "100%", "100%", "Văn phòng UBND TP", "Các sở, ngành; UBND cấp xã", ""),
        ("4", "Xếp hạng Chỉ số chuyển đổi số (DTI) của thành phố", "Thứ hạng", "7/34", "Nhóm 5 dẫn đầu", "Nhóm 5 dẫn đầu", "Nhóm 3 dẫn đầu", "Sở KH&CN", "Các sở, ngành", "Theo kết quả đánh giá của Bộ Khoa học và Công nghệ"),
        ("5", "Số cơ sở dữ liệu chuyên ngành được kết nối, chia sẻ qua LGSP", "CSDL", "14", "Tối thiểu 20", "Tối thiểu 24", "Tối thiểu 28", "Sở KH&CN", "Các sở, ngành", ""),
        ("6", "Tỷ lệ người dân, doanh nghiệp hài lòng khi sử dụng DVCTT", "%", "86,2%", "≥ 90%", "≥ 92%", "≥ 95%", "TTPVHCC; Sở Nội vụ", "UBND cấp xã", "Chỉ tiêu mới"),
    ]),
    ("II", "ĐÔ THỊ THÔNG MINH", [
        ("7", "Số nút giao thông được điều khiển tín hiệu thích ứng", "Nút giao", "45", "80", "120", "160", "Sở Xây dựng", "CATP; Trung tâm IOC", ""),
        ("8", "Tỷ lệ camera giám sát an ninh, trật tự được kết nối về Trung tâm IOC", "%", "61%", "≥ 75%", "≥ 85%", "100%", "CATP", "Trung tâm IOC; UBND cấp xã", ""),
        ("9", "Số điểm quan trắc môi trường tự động truyền dữ liệu trực tuyến", "Điểm", "26", "35", "42", "50", "Sở Nông nghiệp và Môi trường", "Trung tâm IOC", ""),
        ("10", "Tỷ lệ bãi đỗ xe công cộng áp dụng thanh toán không dùng tiền mặt", "%", "40%", "≥ 70%", "100%", "100%", "Sở Xây dựng", "Sở Tài chính; UBND cấp xã", ""),
        ("11", "Số dịch vụ đô thị được tích hợp trên ứng dụng Hải Lam Smart", "Dịch vụ", "18", "Tối thiểu 25", "Tối thiểu 30", "Tối thiểu 35", "Trung tâm IOC", "Các sở, ngành", "Ứng dụng công dân số của thành phố"),
    ]),
    ("III", "KINH TẾ SỐ", [
        ("12", "Tỷ trọng kinh tế số trong GRDP của thành phố", "%", "17,8%", "20%", "22%", "25%", "Sở Tài chính", "Thống kê thành phố", ""),
        ("13", "Số doanh nghiệp công nghệ số đang hoạt động", "Doanh nghiệp", "1.050", "1.200", "1.350", "1.500", "Sở KH&CN", "Sở Tài chính", ""),
        ("14", "Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số trong quản trị, kinh doanh", "%", "55%", "≥ 65%", "≥ 70%", "≥ 80%", "Sở Công Thương", "Hiệp hội Doanh nghiệp thành phố", ""),
        ("15", "Tỷ lệ giao dịch thanh toán không dùng tiền mặt tại chợ, trung tâm thương mại", "%", "48%", "≥ 60%", "≥ 70%", "≥ 80%", "Sở Công Thương; Ngân hàng Nhà nước Khu vực 9", "UBND cấp xã", ""),
    ]),
    ("IV", "XÃ HỘI SỐ VÀ HẠ TẦNG SỐ", [
        ("16", "Tỷ lệ dân số trưởng thành có tài khoản định danh điện tử mức độ 2", "%", "82%", "≥ 90%", "≥ 95%", "≥ 95%", "CATP", "UBND cấp xã", ""),
        ("17", "Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang", "%", "88%", "≥ 92%", "≥ 95%", "100%", "Sở KH&CN", "Các doanh nghiệp viễn thông", ""),
        ("18", "Tỷ lệ phủ sóng 5G tại khu dân cư", "%", "54%", "≥ 70%", "≥ 85%", "≥ 99%", "Sở KH&CN", "Các doanh nghiệp viễn thông", ""),
        ("19", "Số lượt người dân được đào tạo kỹ năng số cơ bản", "Lượt người", "38.000", "50.000", "60.000", "75.000", "Sở Giáo dục và Đào tạo", "Đoàn Thanh niên thành phố; UBND cấp xã", "Thông qua Tổ công nghệ số cộng đồng"),
        ("20", "Tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ an toàn thông tin", "%", "76%", "100%", "100%", "100%", "CATP", "Sở KH&CN; Các sở, ngành", ""),
        ("21", "Trung tâm dữ liệu thành phố đạt tiêu chuẩn Tier III", "Trung tâm", "Đang lập dự án", "Khởi công", "Hoàn thành", "Đưa vào vận hành", "Sở KH&CN", "Sở Xây dựng; Sở Tài chính", "Dự án nhóm B"),
    ]),
]

# Phụ lục II: tasks, numbered 1..34 continuously under lettered groups A-F.
TASK_HEAD = ["STT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp",
             "Thời gian thực hiện", "Ghi chú"]
TASK_SPAN = ("Phân công thực hiện", 3, 4)  # parent header over columns 3..4 in DOCX/PDF

TASK_GROUPS = [
    ("A", "HOÀN THIỆN THỂ CHẾ, NÂNG CAO NHẬN THỨC", [
        ("1", "Xây dựng, trình Hội đồng nhân dân thành phố ban hành Nghị quyết về chính sách hỗ trợ doanh nghiệp công nghệ số khởi nghiệp sáng tạo", "Nghị quyết của HĐND thành phố", "Sở KH&CN", "Sở Tài chính; Sở Tư pháp", "Quý III/2028", ""),
        ("2", "Ban hành Quy chế quản lý, vận hành Trung tâm IOC", "Quyết định của UBND thành phố", "Trung tâm IOC", "Văn phòng UBND TP; Sở Tư pháp", "6 tháng đầu năm 2028", ""),
        ("3", "Rà soát, tái cấu trúc quy trình nội bộ giải quyết thủ tục hành chính theo hướng số hóa toàn trình", "Danh mục quy trình được tái cấu trúc", "Văn phòng UBND TP", "TTPVHCC; Các sở, ngành", "Trước 30/6/2028", ""),
        ("4", "Tuyên truyền về chuyển đổi số trên báo chí, mạng xã hội và hệ thống thông tin cơ sở", "Chuyên trang, chuyên mục", "Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình Hải Lam; UBND cấp xã", "Thường xuyên", ""),
        ("5", "Tổ chức Ngày Chuyển đổi số thành phố năm 2028", "Chuỗi sự kiện hưởng ứng", "Sở KH&CN", "Các sở, ngành; UBND cấp xã", "Tháng 10/2028", "Gắn với Ngày Chuyển đổi số quốc gia"),
    ]),
    ("B", "PHÁT TRIỂN HẠ TẦNG SỐ", [
        ("6", "Đầu tư xây dựng Trung tâm dữ liệu thành phố đạt tiêu chuẩn Tier III", "Trung tâm dữ liệu thành phố", "Sở KH&CN", "Sở Xây dựng; Sở Tài chính", "2028-2029", "Dự án nhóm B"),
        ("7", "Nâng cấp mạng truyền số liệu chuyên dùng cấp II đến 100% UBND cấp xã", "Mạng truyền số liệu chuyên dùng được nâng cấp", "Sở KH&CN", "VNPT Hải Lam; UBND cấp xã", "Quý II/2028", ""),
        ("8", "Phát triển hạ tầng 5G tại khu công nghiệp, khu du lịch và khu đô thị mới", "Trạm phát sóng 5G", "Các doanh nghiệp viễn thông", "Sở KH&CN; Sở Xây dựng", "Năm 2028", ""),
        ("9", "Lắp đặt bổ sung 300 camera giám sát giao thông tại các nút giao trọng điểm", "Camera kết nối Trung tâm IOC", "CATP; Sở Xây dựng", "Trung tâm IOC", "Quý IV/2028", ""),
        ("10", "Triển khai điểm Wi-Fi công cộng miễn phí tại khu du lịch, quảng trường, bến xe", "Điểm Wi-Fi công cộng", "UBND cấp xã", "Sở KH&CN; Sở Văn hóa, Thể thao và Du lịch", "Trước 30/9/2028", ""),
        ("11", "Xây dựng hệ thống cảm biến cảnh báo ngập úng đô thị", "Hệ thống cảm biến kết nối Trung tâm IOC", "Sở Nông nghiệp và Môi trường", "Trung tâm IOC; Sở Xây dựng", "2028-2029", ""),
    ]),
    ("C", "PHÁT TRIỂN DỮ LIỆU VÀ NỀN TẢNG SỐ", [
        ("12", "Xây dựng Kho dữ liệu dùng chung của thành phố", "Kho dữ liệu dùng chung", "Sở KH&CN", "Các sở, ngành", "Quý III/2028", ""),
        ("13", "Hoàn thiện cơ sở dữ liệu đất đai thành phố, kết nối với Cơ sở dữ liệu quốc gia về đất đai", "Cơ sở dữ liệu đất đai", "Sở Nông nghiệp và Môi trường", "Sở KH&CN; UBND cấp xã", "Quý IV/2028", ""),
        ("14", "Xây dựng cơ sở dữ liệu quy hoạch và hạ tầng kỹ thuật đô thị trên nền GIS", "Cơ sở dữ liệu GIS đô thị", "Sở Xây dựng", "Sở KH&CN", "2028-2029", ""),
        ("15", "Công bố dữ liệu mở trên Cổng dữ liệu mở thành phố", "Tối thiểu 200 bộ dữ liệu mở", "Sở KH&CN", "Các sở, ngành", "Tháng 12/2028", ""),
        ("16", "Nâng cấp LGSP kết nối với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia", "LGSP phiên bản 3.0", "Sở KH&CN", "CATP", "6 tháng đầu năm 2028", ""),
        ("17", "Xây dựng cơ sở dữ liệu y tế thành phố, liên thông hồ sơ sức khỏe điện tử", "Cơ sở dữ liệu y tế", "Sở Y tế", "Bảo hiểm xã hội thành phố; Sở KH&CN", "Quý IV/2028", ""),
        ("18", "Số hóa tài liệu lưu trữ lịch sử của thành phố", "1,2 triệu trang tài liệu", "Sở Nội vụ", "Các sở, ngành", "Năm 2028", "Ưu tiên hồ sơ đất đai, hộ tịch"),
    ]),
    ("D", "PHÁT TRIỂN CHÍNH QUYỀN SỐ VÀ ĐÔ THỊ THÔNG MINH", [
        ("19", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính thành phố đáp ứng cung cấp DVCTT toàn trình", "Hệ thống được nâng cấp", "TTPVHCC", "Sở KH&CN", "Quý II/2028", ""),
        ("20", "Mở rộng ứng dụng Hải Lam Smart, tích hợp thêm dịch vụ đô thị", "Tối thiểu 07 dịch vụ mới", "Trung tâm IOC", "Các sở, ngành", "Quý III/2028", ""),
        ("21", "Triển khai hệ thống điều khiển tín hiệu giao thông thích ứng", "35 nút giao", "Sở Xây dựng", "CATP", "Quý IV/2028", ""),
        ("22", "Triển khai bãi đỗ xe thông minh, thanh toán không dùng tiền mặt", "Bãi đỗ xe thông minh", "Sở Xây dựng", "Sở Tài chính; UBND cấp xã", "2028-2029", ""),
        ("23", "Thí điểm trợ lý ảo AI hỗ trợ cán bộ, công chức và người dân tra cứu thủ tục hành chính", "Trợ lý ảo AI", "Văn phòng UBND TP; TTPVHCC", "Sở KH&CN", "Quý III/2028", "Thí điểm tại 10 phường"),
        ("24", "Triển khai hệ thống họp trực tuyến đến cấp xã và phòng họp không giấy", "Hệ thống họp trực tuyến", "Văn phòng UBND TP", "Sở KH&CN; UBND cấp xã", "Quý I/2028", ""),
        ("25", "Vận hành Trung tâm IOC với các phân hệ giám sát giao thông, môi trường, an ninh trật tự", "Báo cáo vận hành hằng tháng", "Trung tâm IOC", "CATP; Sở Xây dựng; Sở Nông nghiệp và Môi trường", "Thường xuyên", ""),
    ]),
    ("E", "PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ", [
        ("26", "Hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số", "500 doanh nghiệp được hỗ trợ", "Sở Công Thương", "Sở KH&CN; Hiệp hội Doanh nghiệp thành phố", "Năm 2028", ""),
        ("27", "Phát triển sàn thương mại điện tử sản phẩm đặc sản Hải Lam", "Sàn thương mại điện tử", "Sở Công Thương", "Sở Nông nghiệp và Môi trường", "Quý II/2028", ""),
        ("28", "Đào tạo kỹ năng số cho người dân thông qua Tổ công nghệ số cộng đồng", "50.000 lượt người", "Sở Giáo dục và Đào tạo", "Đoàn Thanh niên thành phố; UBND cấp xã", "Thường xuyên", ""),
        ("29", "Triển khai thanh toán không dùng tiền mặt trong trường học và bệnh viện công lập", "100% trường học, bệnh viện công lập", "Sở Giáo dục và Đào tạo; Sở Y tế", "Ngân hàng Nhà nước Khu vực 9", "Trước 31/12/2028", ""),
        ("30", "Xây dựng bản đồ du lịch số và thẻ du lịch thông minh", "Bản đồ du lịch số", "Sở Văn hóa, Thể thao và Du lịch", "Sở KH&CN", "2028-2029", ""),
    ]),
    ("F", "BẢO ĐẢM AN TOÀN THÔNG TIN VÀ PHÁT TRIỂN NGUỒN NHÂN LỰC", [
        ("31", "Triển khai Trung tâm giám sát an toàn thông tin (SOC) của thành phố", "SOC giám sát 24/7", "CATP", "Sở KH&CN", "6 tháng đầu năm 2028", ""),
        ("32", "Tổ chức diễn tập thực chiến an toàn thông tin", "Tối thiểu 02 cuộc diễn tập", "CATP", "Sở KH&CN; Các sở, ngành", "Quý IV/2028", ""),
        ("33", "Bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức", "3.000 lượt cán bộ", "Sở Nội vụ", "Sở KH&CN", "Thường xuyên", ""),
        ("34", "Thu hút chuyên gia công nghệ số theo chính sách đặc thù của thành phố", "Tối thiểu 05 chuyên gia", "Sở Nội vụ", "Sở KH&CN; Sở Tài chính", "2028-2029", ""),
    ]),
]

APPX1_TITLE = ["Phụ lục I", "CHỈ TIÊU CHUYỂN ĐỔI SỐ VÀ PHÁT TRIỂN ĐÔ THỊ THÔNG MINH NĂM 2028",
               "(Kèm theo Kế hoạch số 2315/KH-UBND ngày 26/12/2027 của UBND thành phố Hải Lam)"]
APPX2_TITLE = ["Phụ lục II", "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ VÀ PHÁT TRIỂN ĐÔ THỊ THÔNG MINH NĂM 2028",
               "(Kèm theo Kế hoạch số 2315/KH-UBND ngày 26/12/2027 của UBND thành phố Hải Lam)"]


def indicator_rows():
    for g, gname, rows in INDICATOR_GROUPS:
        for r in rows:
            yield dict(group=g, group_name=gname, **dict(zip(IND_HEAD, r)))


def task_rows():
    for g, gname, rows in TASK_GROUPS:
        for r in rows:
            yield dict(group=g, group_name=gname, **dict(zip(TASK_HEAD, r)))


def split_agencies(cell):
    return [a.strip() for a in cell.split(";") if a.strip()]
