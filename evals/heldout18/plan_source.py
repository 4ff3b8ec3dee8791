"""Held-out set 18: the content of the fictional document, held once. Everything here is invented
(province "Nhạn Giang", people, document numbers, figures). make_docs.py renders it to .md/.docx/.pdf.
Asserts its own arithmetic at import: row counts, numbering, project sums, body restatements."""
import re

KEY = "nq-hdnd-nhangiang-cds-2030"

HEAD_LEFT = ["HỘI ĐỒNG NHÂN DÂN", "TỈNH NHẠN GIANG", "Số: 19/2026/NQ-HĐND"]
HEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
              "Nhạn Giang, ngày 14 tháng 4 năm 2026"]
TITLE = "NGHỊ QUYẾT"
SUBTITLE = "Thông qua Chương trình chuyển đổi số tỉnh Nhạn Giang giai đoạn 2026 - 2030"
ISSUER = "HỘI ĐỒNG NHÂN DÂN TỈNH NHẠN GIANG KHÓA XVII, KỲ HỌP THỨ MƯỜI HAI"

CAN_CU = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
    "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;",
    "Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;",
    "Căn cứ Chương trình hành động số 31-CTr/TU ngày 05 tháng 3 năm 2025 của Tỉnh ủy Nhạn Giang thực hiện Nghị quyết số 57-NQ/TW;",
    "Xét Tờ trình số 48/TTr-UBND ngày 20 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra số 112/BC-KTNS ngày 08 tháng 4 năm 2026 của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.",
]
QUYET_NGHI = "QUYẾT NGHỊ:"

ARTICLES = [
    ("Điều 1. Thông qua Chương trình",
     ["Thông qua Chương trình chuyển đổi số tỉnh Nhạn Giang giai đoạn 2026 - 2030 (sau đây gọi là Chương trình) kèm theo Nghị quyết này, gồm 22 chỉ tiêu tại Phụ lục I, 32 nhiệm vụ tại Phụ lục II và 08 dự án đầu tư tại Phụ lục III."]),
    ("Điều 2. Kinh phí thực hiện",
     ["Tổng kinh phí thực hiện Chương trình dự kiến 1.486,5 tỷ đồng, trong đó: ngân sách tỉnh 982,0 tỷ đồng; ngân sách trung ương hỗ trợ 310,0 tỷ đồng; nguồn xã hội hóa và vốn hợp pháp khác 194,5 tỷ đồng.",
      "Kinh phí của 08 dự án đầu tư tại Phụ lục III là 1.126,0 tỷ đồng, được bố trí trong kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030; kinh phí thường xuyên cho các nhiệm vụ tại Phụ lục II được bố trí trong dự toán hằng năm của các cơ quan, đơn vị."]),
    ("Điều 3. Tổ chức thực hiện",
     ["1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết; hằng năm báo cáo kết quả thực hiện Chương trình tại kỳ họp thường lệ cuối năm của Hội đồng nhân dân tỉnh.",
      "2. Giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.",
      "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tham gia giám sát và vận động Nhân dân hưởng ứng Chương trình."]),
    ("Điều 4. Hiệu lực thi hành",
     ["Nghị quyết này đã được Hội đồng nhân dân tỉnh Nhạn Giang khóa XVII, kỳ họp thứ mười hai thông qua ngày 14 tháng 4 năm 2026 và có hiệu lực từ ngày 25 tháng 4 năm 2026."]),
]
NOI_NHAN = ["Nơi nhận:", "- Ủy ban Thường vụ Quốc hội;", "- Chính phủ;", "- Bộ Khoa học và Công nghệ;",
            "- Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính - Bộ Tư pháp;",
            "- Thường trực Tỉnh ủy;", "- Thường trực HĐND, UBND tỉnh;", "- Đại biểu HĐND tỉnh;",
            "- Các sở, ban, ngành cấp tỉnh;", "- UBND các xã, phường;", "- Lưu: VT."]
SIGN = ["CHỦ TỊCH", "(Đã ký)", "Ngụy Thanh Vỹ"]

PROG_TITLE = "CHƯƠNG TRÌNH"
PROG_SUB = "Chuyển đổi số tỉnh Nhạn Giang giai đoạn 2026 - 2030"
PROG_NOTE = "(Kèm theo Nghị quyết số 19/2026/NQ-HĐND ngày 14 tháng 4 năm 2026 của Hội đồng nhân dân tỉnh Nhạn Giang)"

PROG = [
    ("I. MỤC TIÊU", [
        "1. Mục tiêu tổng quát: Đến năm 2030, tỉnh Nhạn Giang thuộc nhóm 15 tỉnh, thành phố dẫn đầu cả nước về chỉ số chuyển đổi số cấp tỉnh (DTI); chính quyền số vận hành dựa trên dữ liệu; kinh tế số chiếm tối thiểu 25% GRDP.",
        "2. Mục tiêu cụ thể: 22 chỉ tiêu thuộc 04 nhóm tại Phụ lục I, đặt theo hai mốc: đến hết năm 2027 và đến hết năm 2030. Ngoài các chỉ tiêu tại Phụ lục I, phấn đấu đến hết năm 2027 có 100% thôn, tổ dân phố có Tổ công nghệ số cộng đồng hoạt động thường xuyên.",
    ]),
    ("II. NHIỆM VỤ, GIẢI PHÁP", [
        "1. Hoàn thiện thể chế, chính sách; 2. Phát triển hạ tầng số; 3. Phát triển dữ liệu số; 4. Chính quyền số và dịch vụ công; 5. Kinh tế số, xã hội số và nhân lực số. Danh mục 32 nhiệm vụ tại Phụ lục II; danh mục 08 dự án đầu tư tại Phụ lục III.",
        "Cơ quan chủ trì, phối hợp tại các Phụ lục được ghi bằng chữ viết tắt theo Bảng chữ viết tắt kèm theo Chương trình.",
    ]),
    ("III. KINH PHÍ", [
        "Tổng kinh phí dự kiến 1.486,5 tỷ đồng; chi tiết theo Điều 2 của Nghị quyết. Kinh phí đầu tư của các dự án tại Phụ lục III tính bằng triệu đồng.",
    ]),
    ("IV. TỔ CHỨC THỰC HIỆN", [
        "1. Sở Khoa học và Công nghệ là cơ quan thường trực, tổng hợp kết quả thực hiện Chương trình, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 11 hằng năm.",
        "2. Các sở, ban, ngành và Ủy ban nhân dân các xã, phường xây dựng kế hoạch hằng năm, gửi Sở Khoa học và Công nghệ trước ngày 31 tháng 01.",
        "3. Sơ kết Chương trình vào Quý IV/2028; tổng kết vào Quý IV/2030.",
    ]),
]

ABBR_TITLE = "BẢNG CHỮ VIẾT TẮT"
ABBR_HEAD = ["Chữ viết tắt", "Tên cơ quan, đơn vị"]
ABBR = [
    ("SKHCN", "Sở Khoa học và Công nghệ"),
    ("SNV", "Sở Nội vụ"),
    ("STC", "Sở Tài chính"),
    ("CAT", "Công an tỉnh"),
    ("VPUB", "Văn phòng Ủy ban nhân dân tỉnh"),
    ("SYT", "Sở Y tế"),
    ("SGDĐT", "Sở Giáo dục và Đào tạo"),
    ("SCT", "Sở Công Thương"),
    ("SNNMT", "Sở Nông nghiệp và Môi trường"),
    ("SXD", "Sở Xây dựng"),
    ("STP", "Sở Tư pháp"),
    ("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch"),
    ("TTPVHCC", "Trung tâm Phục vụ hành chính công tỉnh"),
    ("BQLKKT", "Ban Quản lý Khu kinh tế tỉnh"),
    ("BĐT", "Bưu điện tỉnh Nhạn Giang"),
    ("DNVT", "Các doanh nghiệp viễn thông trên địa bàn tỉnh"),
]
ABBR_MAP = dict(ABBR)

# ---------------------------------------------------------------- Phụ lục I: indicators, two milestones
APPX1_TITLE = "Phụ lục I"
APPX1_SUB = "HỆ THỐNG CHỈ TIÊU CHUYỂN ĐỔI SỐ TỈNH NHẠN GIANG GIAI ĐOẠN 2026 - 2030"
APPX_NOTE = PROG_NOTE
IND_HEAD1 = ["STT", "Chỉ tiêu", "Đơn vị tính", "Mục tiêu", "", "Cơ quan chủ trì theo dõi"]
IND_HEAD2 = ["", "", "", "Đến hết năm 2027", "Đến hết năm 2030", ""]
# group rows: (roman, name); indicator rows: (n, content, unit, v2027, v2030, lead)
IND = [
    ("I", "CHÍNH QUYỀN SỐ"),
    ("1", "Tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến", "%", "80 - 85", "Trên 90", "TTPVHCC"),
    ("2", "Tỷ lệ văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử, ký số", "%", "100% (trừ nội dung mật)", "100% (trừ nội dung mật)", "VPUB"),
    ("3", "Tỷ lệ kết quả giải quyết thủ tục hành chính được số hóa, lưu trữ điện tử", "%", "Trên 90", "100", "TTPVHCC"),
    ("4", "Số nền tảng dùng chung cấp tỉnh được đưa vào vận hành (lũy kế)", "Nền tảng", "Tối thiểu 3", "Tối thiểu 6", "SKHCN"),
    ("5", "Tỷ lệ cuộc họp của UBND tỉnh tổ chức không giấy tờ trên Hệ thống phòng họp số", "%", "70 - 75", "Trên 95", "VPUB"),
    ("6", "Tỷ lệ cán bộ, công chức cấp xã được cấp chữ ký số và sử dụng thường xuyên", "%", "85 - 90", "100", "SNV"),
    ("II", "DỮ LIỆU SỐ"),
    ("7", "Số cơ sở dữ liệu chuyên ngành được kết nối, chia sẻ qua nền tảng tích hợp, chia sẻ dữ liệu tỉnh (LGSP)", "Cơ sở dữ liệu", "Tối thiểu 12", "Tối thiểu 20", "SKHCN"),
    ("8", "Tỷ lệ dữ liệu đất đai được làm sạch, đồng bộ với Cơ sở dữ liệu quốc gia về đất đai", "%", "75 - 80", "100", "SNNMT"),
    ("9", "Số bộ dữ liệu mở được công bố trên Cổng dữ liệu mở của tỉnh (lũy kế)", "Bộ dữ liệu", "Tối thiểu 40", "Tối thiểu 100", "SKHCN"),
    ("10", "Tỷ lệ hồ sơ sức khỏe điện tử của người dân được cập nhật đầy đủ", "%", "80 - 85", "Trên 95", "SYT"),
    ("11", "Tỷ lệ hộ kinh doanh, doanh nghiệp có mã định danh điện tử được xác thực qua VNeID", "%", "60 - 65", "Trên 90", "CAT"),
    ("III", "KINH TẾ SỐ"),
    ("12", "Tỷ trọng kinh tế số trong GRDP của tỉnh", "%", "Tối thiểu 15", "Tối thiểu 25", "STC"),
    ("13", "Tỷ lệ giao dịch thanh toán không dùng tiền mặt tại các chợ truyền thống loại 1 và loại 2", "%", "50 - 60", "Trên 80", "SCT"),
    ("14", "Số sản phẩm OCOP được đưa lên sàn thương mại điện tử (lũy kế)", "Sản phẩm", "Tối thiểu 120", "Tối thiểu 250", "SCT"),
    ("15", "Tỷ lệ doanh nghiệp trong Khu kinh tế sử dụng dịch vụ khai báo, cấp phép điện tử", "%", "Trên 70", "100", "BQLKKT"),
    ("16", "Số doanh nghiệp công nghệ số đang hoạt động trên địa bàn tỉnh", "Doanh nghiệp", "Tối thiểu 450", "Tối thiểu 800", "SKHCN"),
    ("IV", "XÃ HỘI SỐ VÀ HẠ TẦNG SỐ"),
    ("17", "Tỷ lệ hộ gia đình có đường truyền cáp quang băng rộng", "%", "Trên 90", "100", "DNVT"),
    ("18", "Tỷ lệ thôn, bản vùng sâu, vùng xa được phủ sóng di động 4G/5G", "%", "95 - 98", "100", "DNVT"),
    ("19", "Tỷ lệ người dân từ 15 tuổi trở lên được phổ cập kỹ năng số cơ bản", "%", "70 - 75", "Trên 90", "SGDĐT"),
    ("20", "Tỷ lệ trường phổ thông triển khai học bạ số", "%", "100", "100", "SGDĐT"),
    ("21", "Số điểm du lịch được số hóa, có thuyết minh tự động đa ngôn ngữ", "Điểm", "Tối thiểu 25", "Tối thiểu 60", "SVHTTDL"),
    ("22", "Tỷ lệ hệ thống thông tin của cơ quan nhà nước được phê duyệt hồ sơ cấp độ an toàn thông tin", "%", "100", "100", "CAT"),
]
IND_NOTE = "Ghi chú: chỉ tiêu có ghi “lũy kế” được tính cộng dồn từ ngày 01/01/2026."


def indicator_rows():
    return [r for r in IND if len(r) == 6]


def indicator_groups():
    out, cur = {}, None
    for r in IND:
        if len(r) == 2:
            cur = r[0]
            out[cur] = []
        else:
            out[cur].append(r[0])
    return out


# ---------------------------------------------------------------- Phụ lục II: tasks
APPX2_TITLE = "Phụ lục II"
APPX2_SUB = "DANH MỤC NHIỆM VỤ THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ TỈNH NHẠN GIANG GIAI ĐOẠN 2026 - 2030"
TASK_HEAD = ["TT", "Nhiệm vụ", "Kết quả/sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
# group rows: (letter, name); task rows: (n, content, result, lead, partners, deadline)
TASKS = [
    ("A", "HOÀN THIỆN THỂ CHẾ, CHÍNH SÁCH"),
    ("1", "Xây dựng quy định về quản lý, kết nối, chia sẻ dữ liệu của tỉnh", "Quyết định của UBND tỉnh", "SKHCN", "STP; CAT", "Quý III/2026"),
    ("2", "Ban hành chính sách hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số", "Nghị quyết của HĐND tỉnh", "STC", "SKHCN; SCT", "Năm 2027"),
    ("3", "Xây dựng cơ chế thuê dịch vụ công nghệ thông tin cho các cơ quan nhà nước", "Quy định của UBND tỉnh", "STC", "SKHCN", "Quý IV/2026"),
    ("4", "Rà soát, tái cấu trúc quy trình thủ tục hành chính trước khi số hóa", "Bộ quy trình nội bộ điện tử", "VPUB", "TTPVHCC; các sở, ngành", "2026 - 2027"),
    ("5", "Quy định đánh giá, xếp hạng mức độ chuyển đổi số của các sở, ngành và UBND cấp xã", "Bộ chỉ số đánh giá", "SKHCN", "SNV", "Quý II/2026"),
    ("B", "PHÁT TRIỂN HẠ TẦNG SỐ"),
    ("6", "Nâng cấp Trung tâm dữ liệu tỉnh đạt tiêu chuẩn Tier III", "Trung tâm dữ liệu đạt Tier III", "SKHCN", "STC; DNVT", "2026 - 2028"),
    ("7", "Phủ sóng di động 4G/5G cho các thôn, bản còn vùng lõm sóng", "Danh mục điểm lõm sóng được xóa", "DNVT", "SKHCN; UBND cấp xã", "Năm 2027"),
    ("8", "Triển khai mạng truyền số liệu chuyên dùng đến 100% xã, phường", "Kết nối mạng chuyên dùng cấp xã", "SKHCN", "BĐT", "Quý IV/2026"),
    ("9", "Xây dựng Trung tâm giám sát, điều hành an toàn an ninh mạng (SOC) của tỉnh", "SOC vận hành 24/7", "CAT", "SKHCN", "Năm 2027"),
    ("10", "Lắp đặt hệ thống camera giám sát giao thông, an ninh trật tự tích hợp AI tại các nút giao trọng điểm", "Hệ thống camera kết nối Trung tâm giám sát", "CAT", "SXD; UBND cấp xã", "2026 - 2029"),
    ("11", "Triển khai hạ tầng Internet vạn vật (IoT) quan trắc môi trường, thủy văn", "Mạng trạm quan trắc tự động", "SNNMT", "SKHCN", "2027 - 2029"),
    ("C", "PHÁT TRIỂN DỮ LIỆU SỐ"),
    ("12", "Xây dựng Kho dữ liệu dùng chung của tỉnh", "Kho dữ liệu dùng chung", "SKHCN", "Các sở, ngành", "2026 - 2027"),
    ("13", "Hoàn thiện cơ sở dữ liệu đất đai và đồng bộ với Cơ sở dữ liệu quốc gia", "Cơ sở dữ liệu đất đai đồng bộ", "SNNMT", "UBND cấp xã; SKHCN", "Năm 2027"),
    ("14", "Xây dựng cơ sở dữ liệu hộ kinh doanh gắn mã định danh điện tử", "Cơ sở dữ liệu hộ kinh doanh", "STC", "CAT; UBND cấp xã", "Năm 2028"),
    ("15", "Số hóa hồ sơ lưu trữ lịch sử của tỉnh", "Tối thiểu 2 triệu trang tài liệu được số hóa", "SNV", "SKHCN", "2026 - 2030"),
    ("16", "Công bố dữ liệu mở phục vụ người dân, doanh nghiệp", "Cổng dữ liệu mở của tỉnh", "SKHCN", "Các sở, ngành", "Hằng năm"),
    ("17", "Xây dựng cơ sở dữ liệu quy hoạch, xây dựng và nhà ở", "Cơ sở dữ liệu quy hoạch - xây dựng", "SXD", "SNNMT", "Năm 2028"),
    ("18", "Kết nối hồ sơ sức khỏe điện tử với Ứng dụng định danh quốc gia VNeID", "Hồ sơ sức khỏe điện tử trên VNeID", "SYT", "CAT", "Quý IV/2026"),
    ("D", "CHÍNH QUYỀN SỐ VÀ DỊCH VỤ CÔNG"),
    ("19", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh", "Hệ thống đáp ứng yêu cầu liên thông", "TTPVHCC", "SKHCN", "Quý II/2027"),
    ("20", "Triển khai Hệ thống phòng họp số và trợ lý ảo cho cán bộ, công chức", "Phòng họp số; trợ lý ảo", "VPUB", "SKHCN", "Năm 2027"),
    ("21", "Mở rộng Trung tâm giám sát, điều hành đô thị thông minh (IOC) đến cấp xã", "IOC kết nối các xã, phường", "SKHCN", "UBND cấp xã", "2027 - 2028"),
    ("22", "Triển khai thanh toán trực tuyến phí, lệ phí thủ tục hành chính", "Tỷ lệ thanh toán trực tuyến trên 70%", "TTPVHCC", "STC; BĐT", "Hằng năm"),
    ("23", "Ứng dụng trí tuệ nhân tạo hỗ trợ trả lời phản ánh, kiến nghị của người dân", "Chatbot hỗ trợ người dân", "SKHCN", "VPUB", "Năm 2028"),
    ("24", "Tổ chức đánh giá, công bố chỉ số chuyển đổi số cấp xã", "Báo cáo xếp hạng hằng năm", "SKHCN", "SNV", "Hằng năm"),
    ("25", "Số hóa quy trình thanh tra, tiếp công dân, giải quyết khiếu nại", "Phần mềm quản lý khiếu nại, tố cáo", "STP", "SKHCN", "Năm 2027"),
    ("Đ", "KINH TẾ SỐ, XÃ HỘI SỐ VÀ NHÂN LỰC SỐ"),
    ("26", "Hỗ trợ đưa sản phẩm OCOP lên sàn thương mại điện tử", "Gian hàng OCOP trên sàn", "SCT", "SNNMT; BĐT", "Hằng năm"),
    ("27", "Phát triển chợ 4.0 và thanh toán không dùng tiền mặt tại chợ truyền thống", "Chợ 4.0", "SCT", "UBND cấp xã; DNVT", "2026 - 2028"),
    ("28", "Triển khai phong trào Bình dân học vụ số cho người dân", "Lớp phổ cập kỹ năng số", "SGDĐT", "UBND cấp xã; SKHCN", "Hằng năm"),
    ("29", "Đào tạo, bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức", "Tối thiểu 3.000 lượt người được bồi dưỡng", "SNV", "SKHCN", "Hằng năm"),
    ("30", "Xây dựng hệ thống thuyết minh tự động đa ngôn ngữ tại các điểm du lịch", "Ứng dụng du lịch thông minh", "SVHTTDL", "SKHCN; DNVT", "2026 - 2028"),
    ("31", "Hỗ trợ hình thành doanh nghiệp công nghệ số và khởi nghiệp sáng tạo", "Vườn ươm khởi nghiệp số", "SKHCN", "STC; BQLKKT", "2027 - 2030"),
    ("32", "Triển khai cấp phép, khai báo điện tử cho doanh nghiệp trong Khu kinh tế", "Hệ thống cấp phép điện tử", "BQLKKT", "SKHCN", "Quý IV/2027"),
]


def task_list():
    return [r for r in TASKS if len(r) == 6]


def task_groups():
    out, cur = {}, None
    for r in TASKS:
        if len(r) == 2:
            cur = r[0]
            out[cur] = []
        else:
            out[cur].append(r[0])
    return out


def lead_tasks(abbr):
    return [t[0] for t in task_list() if t[3] == abbr]


def partner_tasks(abbr):
    return [t[0] for t in task_list() if abbr in [x.strip() for x in t[4].split(";")]]


# ---------------------------------------------------------------- Phụ lục III: projects
APPX3_TITLE = "Phụ lục III"
APPX3_SUB = "DANH MỤC DỰ ÁN ĐẦU TƯ THỰC HIỆN CHƯƠNG TRÌNH GIAI ĐOẠN 2026 - 2030"
APPX3_UNIT = "Đơn vị tính: triệu đồng"
PROJ_HEAD = ["STT", "Tên dự án", "Chủ đầu tư", "Thời gian thực hiện", "Tổng mức đầu tư dự kiến", "Nguồn vốn"]
PROJ = [
    ("1", "Nâng cấp Trung tâm dữ liệu tỉnh Nhạn Giang", "SKHCN", "2026 - 2028", "285.000", "Ngân sách tỉnh"),
    ("2", "Trung tâm giám sát, điều hành an toàn an ninh mạng tỉnh", "CAT", "2026 - 2027", "96.500", "Ngân sách tỉnh"),
    ("3", "Hệ thống camera giám sát tích hợp AI giai đoạn 1", "CAT", "2026 - 2029", "210.000", "Ngân sách trung ương hỗ trợ; ngân sách tỉnh"),
    ("4", "Hoàn thiện cơ sở dữ liệu đất đai tỉnh Nhạn Giang", "SNNMT", "2026 - 2027", "178.000", "Ngân sách trung ương hỗ trợ; ngân sách tỉnh"),
    ("5", "Mạng trạm quan trắc môi trường, thủy văn tự động", "SNNMT", "2027 - 2029", "88.000", "Ngân sách tỉnh"),
    ("6", "Kho dữ liệu dùng chung và nền tảng phân tích dữ liệu", "SKHCN", "2026 - 2027", "64.500", "Ngân sách tỉnh"),
    ("7", "Mở rộng IOC đến cấp xã", "SKHCN", "2027 - 2028", "112.000", "Ngân sách tỉnh; xã hội hóa"),
    ("8", "Số hóa tài liệu lưu trữ lịch sử tỉnh", "SNV", "2026 - 2030", "92.000", "Ngân sách tỉnh"),
]
PROJ_TOTAL = ("Tổng cộng", "1.126.000")


def vnum(s):
    return float(s.replace(".", "").replace(",", "."))


def fmt_int(n):
    return f"{int(n):,}".replace(",", ".")


# ---------------------------------------------------------------- self-checks
assert len(indicator_rows()) == 22
assert [r[0] for r in indicator_rows()] == [str(i) for i in range(1, 23)]
assert {k: len(v) for k, v in indicator_groups().items()} == {"I": 6, "II": 5, "III": 5, "IV": 6}
assert len(task_list()) == 32
assert [r[0] for r in task_list()] == [str(i) for i in range(1, 33)]
assert {k: len(v) for k, v in task_groups().items()} == {"A": 5, "B": 6, "C": 7, "D": 7, "Đ": 7}
for _t in task_list():
    assert _t[3] in ABBR_MAP, _t
    for _p in _t[4].split(";"):
        _p = _p.strip()
        assert _p in ABBR_MAP or _p in ("UBND cấp xã", "Các sở, ngành", "các sở, ngành"), _p
for _r in indicator_rows():
    assert _r[5] in ABBR_MAP, _r
assert len(PROJ) == 8
assert fmt_int(sum(vnum(p[4]) for p in PROJ)) == PROJ_TOTAL[1]
assert abs(sum(vnum(p[4]) for p in PROJ) / 1000 - 1126.0) < 1e-9
assert abs(982.0 + 310.0 + 194.5 - 1486.5) < 1e-9
_body = " ".join(x for _, ps in ARTICLES for x in ps) + " ".join(x for _, ps in PROG for x in ps)
assert "22 chỉ tiêu" in _body and "32 nhiệm vụ" in _body and "08 dự án" in _body and "1.126,0 tỷ đồng" in _body
assert "22 chỉ tiêu thuộc 04 nhóm" in _body
