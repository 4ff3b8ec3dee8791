"""The fictional document of held-out set 20 as structured data (single source for .md, .docx, .pdf and the facts).

Kế hoạch số 87/KH-TCTĐA06 of the Tổ công tác triển khai Đề án 06 tỉnh Vĩnh Lan (a working group, not the UBND),
ngày 08 tháng 01 năm 2027. Everything (province, plan, names, numbers) is invented for this evaluation.
"""
KEY = "kh-ta06-vinhlan-2027"

CA, TP, VP, HCC, NHNN = "Công an tỉnh", "Sở Tư pháp", "Văn phòng UBND tỉnh", "Trung tâm Phục vụ hành chính công tỉnh", \
    "Ngân hàng Nhà nước Chi nhánh Khu vực 12"
NV, YT, BH, THUE, GD = "Sở Nội vụ", "Sở Y tế", "Bảo hiểm xã hội tỉnh", "Thuế tỉnh Vĩnh Lan", "Sở Giáo dục và Đào tạo"
NNMT, KHCN, VH, XA, TC = "Sở Nông nghiệp và Môi trường", "Sở Khoa học và Công nghệ", "Sở Văn hóa, Thể thao và Du lịch", \
    "UBND các xã, phường", "Sở Tài chính"
QUARTERS = ["Quý I", "Quý II", "Quý III", "Quý IV"]

# Phụ lục I: (number, content, lead, partners, product, ticks "x..." for Quý I..IV)
TASKS = [
    ("A", "NHÓM TIỆN ÍCH PHỤC VỤ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH VÀ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN", [
        ("1", "Rà soát, tái cấu trúc quy trình đối với 42 thủ tục hành chính thiết yếu còn lại để cung cấp dịch vụ công trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia",
         VP, "Các sở, ban, ngành; UBND các xã, phường", "Quyết định phê duyệt quy trình nội bộ đã tái cấu trúc", "x..."),
        ("2", "Triển khai liên thông điện tử nhóm thủ tục hành chính đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi tại tất cả các xã, phường",
         TP, "Công an tỉnh; Bảo hiểm xã hội tỉnh; UBND các xã, phường", "Báo cáo kết quả liên thông hằng quý", "xxxx"),
        ("3", "Triển khai liên thông điện tử nhóm thủ tục hành chính đăng ký khai tử, xóa đăng ký thường trú, giải quyết mai táng phí, trợ cấp tử tuất",
         TP, "Công an tỉnh; Sở Nội vụ; Bảo hiểm xã hội tỉnh", "Hồ sơ liên thông được giải quyết đúng hạn", ".x.."),
        ("4", "Tái sử dụng dữ liệu đã số hóa, không yêu cầu người dân nộp lại giấy tờ đã có trong Kho quản lý dữ liệu điện tử của tổ chức, cá nhân",
         HCC, "Các sở, ban, ngành; UBND các xã, phường", "Tỷ lệ hồ sơ tái sử dụng dữ liệu được công khai hằng tháng", ".xx."),
        ("5", "Số hóa, cập nhật dữ liệu hộ tịch được lưu trữ từ năm 1995 trở về trước vào Cơ sở dữ liệu hộ tịch điện tử",
         TP, "Công an tỉnh; UBND các xã, phường", "Dữ liệu hộ tịch được số hóa, làm sạch", "..x."),
        ("6", "Tiếp nhận, giải quyết hồ sơ đề nghị cấp Phiếu lý lịch tư pháp trực tuyến qua ứng dụng VNeID",
         CA, "Sở Tư pháp", "Phiếu lý lịch tư pháp điện tử trả qua VNeID", ".x.."),
        ("7", "Giải quyết trực tuyến toàn trình thủ tục cấp đổi giấy phép lái xe; tích hợp giấy phép lái xe trên ứng dụng VNeID",
         CA, "Sở Xây dựng", "Giấy phép lái xe được tích hợp trên VNeID", "xx.."),
        ("8", "Thanh toán trực tuyến phí, lệ phí giải quyết thủ tục hành chính qua Nền tảng thanh toán trực tuyến của Cổng Dịch vụ công quốc gia",
         NHNN, "Sở Tài chính; các ngân hàng thương mại trên địa bàn", "Số liệu hồ sơ có thanh toán trực tuyến", "...x"),
    ]),
    ("B", "NHÓM TIỆN ÍCH PHỤC VỤ PHÁT TRIỂN KINH TẾ, XÃ HỘI", [
        ("9", "Chi trả trợ cấp ưu đãi người có công và các khoản an sinh xã hội không dùng tiền mặt qua tài khoản đã xác thực với Cơ sở dữ liệu quốc gia về dân cư",
         NV, "Ngân hàng Nhà nước Chi nhánh Khu vực 12; Bưu điện tỉnh", "Danh sách đối tượng nhận chi trả qua tài khoản", ".x.."),
        ("10", "Triển khai sổ sức khỏe điện tử trên ứng dụng VNeID; liên thông dữ liệu giấy khám sức khỏe người lái xe, giấy chứng sinh, giấy báo tử",
         YT, "Công an tỉnh; Bảo hiểm xã hội tỉnh", "Các cơ sở khám bệnh, chữa bệnh công lập kết nối dữ liệu", "..x."),
        ("11", "Sử dụng thẻ căn cước, căn cước điện tử thay thẻ bảo hiểm y tế giấy khi đi khám bệnh, chữa bệnh",
         BH, "Sở Y tế; Công an tỉnh", "Số lượt khám bệnh, chữa bệnh bằng căn cước", "x..."),
        ("12", "Xác thực thông tin người nộp thuế, hộ kinh doanh với Cơ sở dữ liệu quốc gia về dân cư; sử dụng số định danh cá nhân thay mã số thuế cá nhân",
         THUE, "Công an tỉnh; Sở Tài chính", "Dữ liệu người nộp thuế được làm sạch, đồng bộ", ".xx."),
        ("13", "Kết nối phần mềm quản lý lưu trú với các cơ sở kinh doanh dịch vụ lưu trú du lịch; khai báo lưu trú qua ứng dụng VNeID",
         CA, "Sở Văn hóa, Thể thao và Du lịch", "Cơ sở lưu trú du lịch khai báo trực tuyến", "..x."),
        ("14", "Tuyển sinh đầu cấp trực tuyến sử dụng dữ liệu dân cư; triển khai học bạ số đối với giáo dục phổ thông",
         GD, "Công an tỉnh; UBND các xã, phường", "Hệ thống tuyển sinh trực tuyến kết nối dữ liệu dân cư", ".x.."),
        ("15", "Xác thực thông tin người lao động, giải quyết hưởng trợ cấp thất nghiệp dựa trên dữ liệu dân cư",
         NV, "Bảo hiểm xã hội tỉnh; Công an tỉnh", "Hồ sơ trợ cấp thất nghiệp được xác thực điện tử", "...x"),
        ("16", "Kết nối, đồng bộ cơ sở dữ liệu đất đai với Cơ sở dữ liệu quốc gia về dân cư; làm sạch thông tin người sử dụng đất",
         NNMT, "Công an tỉnh; UBND các xã, phường", "Cơ sở dữ liệu đất đai được đồng bộ", "..xx"),
        ("17", "Ứng dụng sinh trắc học, xác thực điện tử qua ứng dụng VNeID khi mở tài khoản và giao dịch ngân hàng trên địa bàn tỉnh",
         NHNN, "Công an tỉnh; các ngân hàng thương mại trên địa bàn", "Báo cáo số tài khoản được xác thực sinh trắc học", "xx.."),
    ]),
    ("C", "NHÓM TIỆN ÍCH PHỤC VỤ CÔNG DÂN SỐ", [
        ("18", "Hướng dẫn, hỗ trợ người dân từ đủ 14 tuổi trở lên đăng ký, kích hoạt tài khoản định danh điện tử mức độ 2",
         CA, "UBND các xã, phường; Tổ công nghệ số cộng đồng", "Số tài khoản định danh điện tử được kích hoạt", "xxxx"),
        ("19", "Cấp thẻ căn cước cho trẻ em dưới 14 tuổi theo nhu cầu; thu nhận thông tin sinh trắc học lưu động tại trường học",
         CA, "Sở Giáo dục và Đào tạo", "Thẻ căn cước được cấp cho học sinh", "..x."),
        ("20", "Tổ chức Ngày hội công dân số tại các xã, phường; bồi dưỡng kỹ năng số cơ bản cho thành viên Tổ công nghệ số cộng đồng",
         KHCN, "Tỉnh Đoàn; UBND các xã, phường", "Ngày hội công dân số được tổ chức", "..x."),
        ("21", "Tuyên truyền lợi ích của ứng dụng VNeID, cảnh báo thủ đoạn lừa đảo trên không gian mạng trên báo chí và hệ thống thông tin cơ sở",
         VH, "Công an tỉnh; Báo và Phát thanh, Truyền hình Vĩnh Lan", "Chuyên mục, tin bài tuyên truyền định kỳ", "xxxx"),
        ("22", "Triển khai dịch vụ chữ ký số cá nhân miễn phí cho người dân thông qua ứng dụng VNeID",
         KHCN, "Công an tỉnh; các doanh nghiệp cung cấp dịch vụ chứng thực chữ ký số", "Số chứng thư chữ ký số cá nhân được cấp", ".x.."),
    ]),
    ("D", "NHÓM HOÀN THIỆN HỆ SINH THÁI PHỤC VỤ KẾT NỐI, KHAI THÁC, BỔ SUNG LÀM GIÀU DỮ LIỆU DÂN CƯ", [
        ("23", "Nâng cấp Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP) bảo đảm kết nối ổn định với Cơ sở dữ liệu quốc gia về dân cư",
         KHCN, "Công an tỉnh", "LGSP được nâng cấp, vận hành ổn định", "xx.."),
        ("24", "Bảo đảm an toàn thông tin theo cấp độ 3 cho Hệ thống thông tin giải quyết thủ tục hành chính tỉnh; tổ chức diễn tập ứng cứu sự cố",
         CA, "Sở Khoa học và Công nghệ; Bộ Chỉ huy quân sự tỉnh", "Hồ sơ cấp độ được phê duyệt; báo cáo diễn tập", "...x"),
        ("25", "Xây dựng Kho dữ liệu dùng chung của tỉnh; đồng bộ dữ liệu chuyên ngành hộ tịch, đất đai, y tế, giáo dục, an sinh xã hội",
         KHCN, "Các sở, ngành có liên quan", "Kho dữ liệu dùng chung được đưa vào vận hành", "..xx"),
        ("26", "Đối chiếu, làm sạch dữ liệu cán bộ, công chức, viên chức với Cơ sở dữ liệu quốc gia về dân cư",
         NV, "Công an tỉnh", "Hồ sơ cán bộ, công chức, viên chức được đối chiếu", "x..."),
        ("27", "Trang bị thiết bị đọc thẻ căn cước gắn chíp, camera, máy quét tài liệu cho bộ phận một cửa cấp xã",
         XA, "Sở Tài chính; Công an tỉnh", "Trang thiết bị được lắp đặt tại bộ phận một cửa", ".x.."),
        ("28", "Cập nhật dữ liệu đối tượng bảo trợ xã hội, trẻ em có hoàn cảnh đặc biệt vào Cơ sở dữ liệu quốc gia về dân cư",
         YT, "Công an tỉnh; UBND các xã, phường", "Dữ liệu bảo trợ xã hội được cập nhật", "...x"),
    ]),
    ("Đ", "NHÓM PHỤC VỤ CHỈ ĐẠO, ĐIỀU HÀNH", [
        ("29", "Xây dựng bảng điều khiển (dashboard) theo dõi chỉ tiêu Đề án 06 trên Trung tâm giám sát, điều hành thông minh (IOC) của tỉnh",
         VP, "Công an tỉnh; Sở Khoa học và Công nghệ", "Dashboard vận hành trên IOC", ".x.."),
        ("30", "Kiểm tra việc thực hiện Đề án 06 tại các sở, ngành và tối thiểu 20 xã, phường",
         CA, "Văn phòng UBND tỉnh; Sở Nội vụ", "Thông báo kết quả kiểm tra", "..xx"),
        ("31", "Sơ kết 6 tháng, tổng kết năm 2027 việc triển khai Đề án 06; khen thưởng tập thể, cá nhân có thành tích xuất sắc",
         CA, "Sở Nội vụ", "Báo cáo sơ kết, báo cáo tổng kết", ".x.x"),
        ("32", "Tham mưu bố trí kinh phí thực hiện các nhiệm vụ của Kế hoạch trong dự toán ngân sách năm 2027 và năm 2028",
         TC, "Các sở, ngành; UBND các xã, phường", "Quyết định giao dự toán", "x..x"),
    ]),
]
TASK_HEAD = ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Đơn vị phối hợp thực hiện", "Sản phẩm đầu ra"] + QUARTERS

# Phụ lục II: (number, name, lead, amount (triệu đồng, int), source, roadmap)
NSTINH, NSTW, SN, XHH = "Ngân sách tỉnh", "Ngân sách trung ương hỗ trợ", "Nguồn thu sự nghiệp", "Xã hội hóa"
PROJECTS = [
    ("1", "Đầu tư hạ tầng, trang thiết bị", [
        ("1.1", "Nâng cấp Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP)", KHCN, 4850, NSTINH, "Quý I - Quý II/2027"),
        ("1.2", "Trang bị thiết bị đọc thẻ căn cước, camera, máy quét cho bộ phận một cửa của 64 xã, phường", XA, 6400, NSTINH, "Quý II/2027"),
        ("1.3", "Thuê dịch vụ hạ tầng điện toán đám mây cho Kho dữ liệu dùng chung", KHCN, 3600, NSTINH, "Năm 2027 - 2028"),
        ("1.4", "Đầu tư hệ thống giám sát an toàn thông tin (SOC) cho Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", CA, 5200, NSTW, "Quý III - Quý IV/2027"),
        ("1.5", "Trang bị máy thu nhận sinh trắc học lưu động", CA, 1980, NSTW, "Quý II/2027"),
    ]),
    ("2", "Phần mềm, dữ liệu", [
        ("2.1", "Xây dựng Kho dữ liệu dùng chung của tỉnh", KHCN, 7500, NSTINH, "Năm 2027 - 2028"),
        ("2.2", "Số hóa dữ liệu hộ tịch lưu trữ từ năm 1995 trở về trước", TP, 2750, NSTINH, "Quý III/2027"),
        ("2.3", "Bảng điều khiển theo dõi chỉ tiêu Đề án 06 trên IOC", VP, 890, NSTINH, "Quý II/2027"),
        ("2.4", "Nâng cấp phần mềm tuyển sinh đầu cấp trực tuyến", GD, 1150, NSTINH, "Quý II/2027"),
        ("2.5", "Đồng bộ cơ sở dữ liệu đất đai với Cơ sở dữ liệu quốc gia về dân cư", NNMT, 3280, NSTW, "Quý III - Quý IV/2027"),
        ("2.6", "Số hóa hồ sơ bệnh án, kết nối sổ sức khỏe điện tử tại các bệnh viện tuyến tỉnh", YT, 2400, SN, "Quý III/2027"),
    ]),
    ("3", "Đào tạo, tuyên truyền", [
        ("3.1", "Bồi dưỡng kỹ năng số cho thành viên Tổ công nghệ số cộng đồng", KHCN, 620, NSTINH, "Quý III/2027"),
        ("3.2", "Tuyên truyền Đề án 06 trên báo chí, hệ thống thông tin cơ sở", VH, 480, NSTINH, "Cả năm 2027"),
        ("3.3", "Tập huấn nghiệp vụ liên thông thủ tục hành chính cho công chức tư pháp - hộ tịch cấp xã", TP, 350, NSTINH, "Quý I/2027"),
        ("3.4", "Tổ chức Ngày hội công dân số", KHCN, 900, XHH, "Quý III/2027"),
        ("3.5", "Hội nghị sơ kết, tổng kết và khen thưởng", CA, 260, NSTINH, "Quý II, Quý IV/2027"),
    ]),
]
PROJ_HEAD = ["STT", "Tên dự án, nhiệm vụ", "Cơ quan chủ trì", "Kinh phí (triệu đồng)", "Nguồn vốn", "Lộ trình"]


def money(n):
    return f"{n:,}".replace(",", ".")


def task_list():
    return [t + (g,) for g, _, rows in TASKS for t in rows]   # (num, content, lead, partners, product, ticks, group)


def project_list():
    return [p + (g,) for g, _, rows in PROJECTS for p in rows]


def quarters(ticks):
    return [QUARTERS[i] for i, c in enumerate(ticks) if c == "x"]


def total():
    return sum(p[3] for p in project_list())


def by_source(src):
    return sum(p[3] for p in project_list() if p[4] == src)


def lead_tasks(name):
    return [t[0] for t in task_list() if t[2] == name]


def partner_tasks(name):
    return [t[0] for t in task_list() if name in t[3]]


# ---------------- body: list of (style, text); styles: hdr (header table line pairs), title, center, italic-center,
# h1, h2, p, bullet, sign
def body():
    b = []
    add = lambda s, t: b.append((s, t))  # noqa: E731
    add("title", "KẾ HOẠCH")
    add("center", "Triển khai Đề án 06 và chuyển đổi số phục vụ người dân, doanh nghiệp trên địa bàn tỉnh Vĩnh Lan năm 2027")
    add("p", "Thực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030 (sau đây gọi tắt là Đề án 06); Kế hoạch số 215/KH-UBND ngày 14/11/2026 của UBND tỉnh Vĩnh Lan về chuyển đổi số tỉnh Vĩnh Lan năm 2027; trên cơ sở kết quả thực hiện năm 2026, Tổ công tác triển khai Đề án 06 tỉnh Vĩnh Lan (sau đây gọi tắt là Tổ công tác) ban hành Kế hoạch triển khai năm 2027 như sau:")
    add("h1", "I. MỤC ĐÍCH, YÊU CẦU")
    add("h2", "1. Mục đích")
    add("bullet", "- Tiếp tục triển khai đồng bộ, hiệu quả các nhiệm vụ của Đề án 06, lấy người dân, doanh nghiệp làm trung tâm, khai thác tối đa Cơ sở dữ liệu quốc gia về dân cư và ứng dụng VNeID trong giải quyết thủ tục hành chính.")
    add("bullet", "- Xác định rõ cơ quan chủ trì, đơn vị phối hợp, sản phẩm đầu ra và lộ trình theo từng quý đối với từng nhiệm vụ, làm căn cứ để kiểm tra, đánh giá, xếp loại thi đua cuối năm.")
    add("h2", "2. Yêu cầu")
    add("bullet", "- Người đứng đầu các sở, ban, ngành, Chủ tịch UBND các xã, phường trực tiếp chỉ đạo và chịu trách nhiệm trước Tổ công tác về kết quả thực hiện nhiệm vụ được giao.")
    add("bullet", "- Nhiệm vụ đánh dấu ở nhiều quý được thực hiện liên tục trong các quý đó; nhiệm vụ chỉ đánh dấu ở một quý phải hoàn thành trong quý đó.")
    add("h1", "II. MỤC TIÊU, CHỈ TIÊU")
    add("h2", "1. Mục tiêu chung")
    add("p", "Đến hết năm 2027, hoàn thành cơ bản việc làm sạch, đồng bộ dữ liệu các ngành với Cơ sở dữ liệu quốc gia về dân cư; 100% thủ tục hành chính đủ điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình; đưa tỉnh Vĩnh Lan vào nhóm 20 địa phương dẫn đầu cả nước về kết quả thực hiện Đề án 06.")
    add("h2", "2. Chỉ tiêu cụ thể năm 2027")
    for s in CHI_TIEU:
        add("bullet", s)
    add("h1", "III. NHIỆM VỤ, GIẢI PHÁP")
    add("p", "Tổ công tác giao 32 nhiệm vụ cụ thể, chia thành 05 nhóm (A, B, C, D, Đ), tại Phụ lục I kèm theo Kế hoạch này. Các cơ quan chủ trì xây dựng kế hoạch chi tiết, gửi Công an tỉnh trước ngày 31/01/2027.")
    add("p", "Các nhiệm vụ có sử dụng ngân sách được tổng hợp tại Phụ lục II kèm theo Kế hoạch này.")
    add("h1", "IV. KINH PHÍ THỰC HIỆN")
    add("p", f"Tổng kinh phí dự kiến thực hiện Kế hoạch là {money(total())} triệu đồng, trong đó: ngân sách tỉnh {money(by_source(NSTINH))} triệu đồng; ngân sách trung ương hỗ trợ {money(by_source(NSTW))} triệu đồng; nguồn thu sự nghiệp của các đơn vị {money(by_source(SN))} triệu đồng; nguồn xã hội hóa {money(by_source(XHH))} triệu đồng.")
    add("p", "Các nhiệm vụ không có trong Phụ lục II do các cơ quan, đơn vị bố trí trong dự toán chi thường xuyên được giao năm 2027.")
    add("h1", "V. TỔ CHỨC THỰC HIỆN")
    add("p", "1. Công an tỉnh (cơ quan thường trực Tổ công tác) chủ trì theo dõi, đôn đốc, hướng dẫn các cơ quan, đơn vị triển khai Kế hoạch; tổng hợp kết quả, báo cáo Tổ công tác và Tổ công tác triển khai Đề án 06 của Chính phủ.")
    add("p", "2. Sở Tài chính chủ trì, phối hợp với Công an tỉnh tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch theo phân cấp ngân sách hiện hành.")
    add("p", "3. Sở Khoa học và Công nghệ bảo đảm hạ tầng kỹ thuật, nền tảng tích hợp, chia sẻ dữ liệu phục vụ kết nối với Cơ sở dữ liệu quốc gia về dân cư.")
    add("p", "4. Các sở, ban, ngành, UBND các xã, phường báo cáo kết quả thực hiện hằng tháng trước ngày 18 của tháng, gửi Công an tỉnh (qua Phòng Cảnh sát quản lý hành chính về trật tự xã hội) để tổng hợp.")
    add("p", "5. Báo cáo sơ kết 6 tháng gửi trước ngày 10/6/2027; báo cáo tổng kết năm gửi trước ngày 15/11/2027.")
    add("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời phản ánh về Tổ công tác (qua Công an tỉnh) để xem xét, giải quyết./.")
    return b


CHI_TIEU = [
    "- Phấn đấu 100% xã, phường thực hiện liên thông điện tử hai nhóm thủ tục hành chính thiết yếu về khai sinh và khai tử (năm 2026 đạt 88,5%).",
    "- Tối thiểu 80% người dân từ đủ 14 tuổi trở lên được kích hoạt tài khoản định danh điện tử mức độ 2 (năm 2026 đạt 71,2%).",
    "- Phấn đấu 95% cơ sở khám bệnh, chữa bệnh trên địa bàn tỉnh chấp nhận thẻ căn cước, căn cước điện tử thay thẻ bảo hiểm y tế.",
    "- Tối thiểu 75% hồ sơ giải quyết thủ tục hành chính được thanh toán trực tuyến phí, lệ phí (năm 2026 đạt 52,6%).",
    "- 100% thủ tục hành chính đủ điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình.",
    "- Tối thiểu 60% hồ sơ đề nghị cấp Phiếu lý lịch tư pháp được tiếp nhận trực tuyến qua ứng dụng VNeID.",
    "- Phấn đấu 90% đối tượng hưởng chính sách an sinh xã hội được chi trả qua tài khoản (năm 2026 đạt 63,4%).",
    "- 100% cơ sở dữ liệu chuyên ngành của tỉnh có thông tin công dân được kết nối, đồng bộ với Cơ sở dữ liệu quốc gia về dân cư.",
    "- Tối thiểu 85% hồ sơ thủ tục hành chính tái sử dụng dữ liệu đã số hóa.",
    "- Phấn đấu 70% học sinh từ đủ 6 tuổi trở lên được cấp thẻ căn cước.",
    "- 100% hệ thống thông tin giải quyết thủ tục hành chính của tỉnh được phê duyệt hồ sơ đề xuất cấp độ an toàn thông tin.",
    "- Tối thiểu 1,2 triệu lượt khám bệnh, chữa bệnh sử dụng thẻ căn cước trong năm.",
    "- 100% cơ sở kinh doanh dịch vụ lưu trú du lịch thực hiện khai báo lưu trú trực tuyến.",
    "- Mỗi xã, phường duy trì tối thiểu 01 Tổ công nghệ số cộng đồng hoạt động hiệu quả.",
]

HEADER_LEFT = ["UBND TỈNH VĨNH LAN", "TỔ CÔNG TÁC TRIỂN KHAI ĐỀ ÁN 06", "Số: 87/KH-TCTĐA06"]
HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Vĩnh Lan, ngày 08 tháng 01 năm 2027"]
NOI_NHAN = ["Nơi nhận:", "- Tổ công tác triển khai Đề án 06 của Chính phủ (để báo cáo);", "- Thường trực Tỉnh ủy, HĐND tỉnh (để báo cáo);",
            "- Chủ tịch, các Phó Chủ tịch UBND tỉnh;", "- Thành viên Tổ công tác;", "- Các sở, ban, ngành;",
            "- UBND các xã, phường;", "- Lưu: VT, PC06."]
SIGN = ["TỔ TRƯỞNG", "PHÓ CHỦ TỊCH UBND TỈNH", "Khổng Văn Thiêm"]
PL1_CAPTION = ["PHỤ LỤC I", "BIỂU PHÂN CÔNG NHIỆM VỤ VÀ LỘ TRÌNH THỰC HIỆN NĂM 2027",
               "(Kèm theo Kế hoạch số 87/KH-TCTĐA06 ngày 08/01/2027 của Tổ công tác triển khai Đề án 06 tỉnh Vĩnh Lan)"]
PL2_CAPTION = ["PHỤ LỤC II", "DANH MỤC DỰ ÁN, NHIỆM VỤ SỬ DỤNG KINH PHÍ NĂM 2027",
               "(Kèm theo Kế hoạch số 87/KH-TCTĐA06 ngày 08/01/2027 của Tổ công tác triển khai Đề án 06 tỉnh Vĩnh Lan)"]
