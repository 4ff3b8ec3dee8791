"""Held-out set 19: the content of the fictional ministry decision (one source for the .md, .docx and .pdf).

Quyết định số 2715/QĐ-BCT của Bộ trưởng Bộ Công Thương ban hành Kế hoạch chuyển đổi số ngành Công Thương năm 2027
và định hướng đến năm 2029 (fictional). Phụ lục I: indicator table with year columns Năm 2027 | Năm 2028 | Năm 2029
under a merged "Mục tiêu theo năm" header; Phụ lục II: tasks numbered 1, 1.1, 1.2, ... under numbered groups.
Asserts counts, numbering, sums and the body sentences that restate table facts.
"""
import re

KEY = "qd-bct-cds-2027"
TITLE = ("Quyết định số 2715/QĐ-BCT ban hành Kế hoạch chuyển đổi số ngành Công Thương năm 2027 "
         "và định hướng đến năm 2029")

TMDT_FULL, TMDT = "Cục Thương mại điện tử và Kinh tế số", "Cục TMĐT"
TTTT_FULL, TTTT = "Trung tâm Thông tin công nghiệp và thương mại", "Trung tâm Thông tin"

HEAD = [  # (kind, text) kinds: c = centred, b = bold paragraph, p = paragraph, h1/h2 = headings
    ("hdr", "BỘ CÔNG THƯƠNG|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("hdr", "Số: 2715/QĐ-BCT|Độc lập - Tự do - Hạnh phúc"),
    ("r", "Hà Nội, ngày 18 tháng 11 năm 2026"),
    ("title", "QUYẾT ĐỊNH"),
    ("c", "Về việc ban hành Kế hoạch chuyển đổi số ngành Công Thương năm 2027 và định hướng đến năm 2029"),
    ("title", "BỘ TRƯỞNG BỘ CÔNG THƯƠNG"),
    ("p", "Căn cứ Nghị định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Công Thương;"),
    ("p", "Căn cứ Luật Giao dịch điện tử ngày 22 tháng 6 năm 2023;"),
    ("p", "Căn cứ Chương trình chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030;"),
    ("p", "Theo đề nghị của Cục trưởng " + TMDT_FULL + "."),
    ("title", "QUYẾT ĐỊNH:"),
    ("p", "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số ngành Công Thương năm 2027 và định hướng "
          "đến năm 2029 (sau đây gọi là Kế hoạch)."),
    ("p", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Giao " + TMDT_FULL + " (sau đây gọi tắt là " + TMDT +
          ") là đơn vị đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch."),
    ("p", "Điều 3. Chánh Văn phòng Bộ, Chánh Thanh tra Bộ, Thủ trưởng các Cục, Vụ, Trung tâm và các đơn vị có liên quan "
          "chịu trách nhiệm thi hành Quyết định này."),
    ("sign", "KT. BỘ TRƯỞNG|THỨ TRƯỞNG|Diêm Quốc Thạch"),
]

BODY = [
    ("title", "KẾ HOẠCH"),
    ("c", "Chuyển đổi số ngành Công Thương năm 2027 và định hướng đến năm 2029"),
    ("c", "(Ban hành kèm theo Quyết định số 2715/QĐ-BCT ngày 18 tháng 11 năm 2026 của Bộ trưởng Bộ Công Thương)"),
    ("h1", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Kế hoạch nhằm cụ thể hóa các nhiệm vụ chuyển đổi số của Bộ Công Thương, lấy dữ liệu làm trung tâm, lấy "
          "người dân và doanh nghiệp làm chủ thể phục vụ."),
    ("p", "Các nhiệm vụ phải có sản phẩm cụ thể, thời hạn hoàn thành rõ ràng và gắn với trách nhiệm của người đứng đầu "
          "đơn vị chủ trì."),
    ("h1", "II. MỤC TIÊU"),
    ("h2", "1. Mục tiêu tổng quát"),
    ("p", "Đến hết năm 2027, Bộ Công Thương cơ bản hoàn thành việc kết nối, chia sẻ dữ liệu giữa các hệ thống thông tin "
          "của Bộ với các cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành."),
    ("p", "Định hướng đến năm 2029, hình thành Bộ Công Thương số vận hành dựa trên dữ liệu, thương mại điện tử trở thành "
          "kênh phân phối chủ đạo của thị trường bán lẻ trong nước."),
    ("h2", "2. Mục tiêu cụ thể"),
    ("p", "Kế hoạch đặt ra 20 chỉ tiêu, chia thành 03 nhóm, chi tiết tại Phụ lục I kèm theo Kế hoạch này."),
    ("h1", "III. NHIỆM VỤ"),
    ("p", "Kế hoạch gồm 26 nhiệm vụ thuộc 05 nhóm nhiệm vụ, chi tiết tại Phụ lục II kèm theo Kế hoạch này."),
    ("p", TTTT_FULL + " (sau đây gọi tắt là " + TTTT + ") là đơn vị chuyên trách công nghệ thông tin của Bộ, "
          "chủ trì các nhiệm vụ về hạ tầng số, nền tảng số và an toàn thông tin mạng."),
    ("h1", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "Tổng kinh phí dự kiến thực hiện Kế hoạch năm 2027 là 186,4 tỷ đồng."),
    ("p", "Trong đó, ngân sách nhà nước chi đầu tư phát triển là 112,0 tỷ đồng; ngân sách nhà nước chi thường xuyên là "
          "58,6 tỷ đồng; nguồn xã hội hóa và các nguồn hợp pháp khác là 15,8 tỷ đồng."),
    ("p", "Riêng nhiệm vụ nâng cấp Trung tâm dữ liệu của Bộ (nhiệm vụ 2.1) có kinh phí dự kiến là 64,5 tỷ đồng."),
    ("p", "Vụ Kế hoạch - Tài chính tổng hợp dự toán kinh phí chuyển đổi số của các đơn vị, trình Bộ trưởng trước ngày "
          "15 tháng 7 hằng năm."),
    ("h1", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. " + TMDT + " là đầu mối theo dõi, đôn đốc; định kỳ 6 tháng (trước ngày 15 tháng 6) và hằng năm (trước "
          "ngày 10 tháng 12) tổng hợp, báo cáo Bộ trưởng tình hình thực hiện Kế hoạch."),
    ("p", "2. Các đơn vị thuộc Bộ gửi báo cáo kết quả thực hiện nhiệm vụ được giao về " + TMDT + " trước ngày 05 tháng 6 "
          "và trước ngày 30 tháng 11 hằng năm."),
    ("p", "3. " + TTTT + " hướng dẫn kỹ thuật, bảo đảm kết nối và an toàn thông tin cho các hệ thống thông tin của Bộ."),
    ("p", "4. Thanh tra Bộ đưa nội dung kiểm tra việc thực hiện chuyển đổi số vào kế hoạch thanh tra, kiểm tra hằng năm "
          "của Bộ."),
    ("p", "5. Sở Công Thương các tỉnh, thành phố trực thuộc Trung ương phối hợp cung cấp dữ liệu và triển khai các nhiệm "
          "vụ có liên quan tại địa phương."),
    ("p", "6. Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về " + TMDT + " để tổng hợp, báo cáo Bộ "
          "trưởng xem xét, quyết định."),
]

IND_CAPTION = "Bảng 1. Chỉ tiêu chuyển đổi số ngành Công Thương giai đoạn 2027 - 2029"
IND_TITLE = "Phụ lục I"
IND_SUB = "CHỈ TIÊU CHUYỂN ĐỔI SỐ NGÀNH CÔNG THƯƠNG"
IND_HEAD1 = ["STT", "Chỉ tiêu", "Đơn vị tính", "Mục tiêu theo năm", "", "", "Đơn vị chủ trì theo dõi"]
IND_HEAD2 = ["", "", "", "Năm 2027", "Năm 2028", "Năm 2029", ""]
VPB, TTB, KHTC, TCCB = "Văn phòng Bộ", "Thanh tra Bộ", "Vụ Kế hoạch - Tài chính", "Vụ Tổ chức cán bộ"
PC, XNK, TTTN, DL = "Vụ Pháp chế", "Cục Xuất nhập khẩu", "Cục Quản lý và Phát triển thị trường trong nước", "Cục Điện lực"
HC, CN, KHCN, UBCT = "Cục Hóa chất", "Cục Công nghiệp", "Vụ Khoa học và Công nghệ", "Ủy ban Cạnh tranh Quốc gia"
KTAT, PVTM, BAO, SCT = ("Cục Kỹ thuật an toàn và Môi trường công nghiệp", "Cục Phòng vệ thương mại", "Báo Công Thương",
                        "Các Sở Công Thương")

IND = [  # (group roman, group title, [(no, content, unit, 2027, 2028, 2029, lead)])
    ("I", "Chính phủ số trong hoạt động của Bộ", [
        ("1", "Tỷ lệ hồ sơ thủ tục hành chính thuộc thẩm quyền của Bộ được tiếp nhận, giải quyết trực tuyến toàn trình",
         "%", "≥ 85", "≥ 90", "≥ 95", VPB),
        ("2", "Tỷ lệ kết quả giải quyết thủ tục hành chính được số hóa, cấp bản điện tử có giá trị pháp lý",
         "%", "100", "Duy trì", "Duy trì", VPB),
        ("3", "Số cơ sở dữ liệu chuyên ngành được kết nối, chia sẻ qua Nền tảng tích hợp, chia sẻ dữ liệu của Bộ (lũy kế)",
         "Cơ sở dữ liệu", "12", "18", "25", TTTT),
        ("4", "Hệ thống thông tin báo cáo chỉ tiêu kinh tế ngành Công Thương theo thời gian thực",
         "-", "01 hệ thống", "Duy trì", "Duy trì", KHTC),
        ("5", "Tỷ lệ hồ sơ công việc tại Bộ được xử lý trên môi trường mạng (trừ hồ sơ mật)",
         "-", "≥ 95%", "≥ 97%", "100%", VPB),
        ("6", "Tỷ lệ hệ thống thông tin của Bộ được phê duyệt cấp độ và triển khai đầy đủ phương án bảo đảm an toàn thông tin",
         "%", "100", "Duy trì", "Duy trì", TTTT),
        ("7", "Tỷ lệ công chức, viên chức của Bộ được bồi dưỡng kỹ năng số, kỹ năng khai thác dữ liệu",
         "%", "≥ 70", "≥ 85", "100", TCCB),
        ("8", "Số cuộc thanh tra, kiểm tra chuyên ngành được thực hiện trên Hệ thống quản lý thanh tra điện tử",
         "Cuộc", "-", "≥ 20", "≥ 40", TTB),
    ]),
    ("II", "Kinh tế số và thương mại điện tử", [
        ("9", "Tỷ trọng doanh thu thương mại điện tử bán lẻ trong tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng",
         "%", "13", "15", "17", TMDT),
        ("10", "Số doanh nghiệp sản xuất, xuất khẩu được hỗ trợ tham gia các sàn thương mại điện tử xuyên biên giới",
         "Doanh nghiệp", "1.500", "2.000", "2.500", XNK),
        ("11", "Tỷ lệ Giấy chứng nhận xuất xứ hàng hóa được cấp trực tuyến qua Hệ thống eCoSys",
         "%", "≥ 98", "100", "Duy trì", XNK),
        ("12", "Tỷ lệ chợ đầu mối, siêu thị, trung tâm thương mại chấp nhận thanh toán không dùng tiền mặt",
         "%", "≥ 80", "≥ 90", "100", TTTN),
        ("13", "Số sàn giao dịch thương mại điện tử được giám sát tự động qua Hệ thống giám sát hoạt động thương mại điện tử",
         "Sàn", "150", "220", "300", TMDT),
        ("14", "Tỷ lệ khiếu nại trực tuyến của người tiêu dùng được giải quyết đúng thời hạn",
         "%", "-", "≥ 80", "≥ 90", UBCT),
    ]),
    ("III", "Chuyển đổi số trong công nghiệp và năng lượng", [
        ("15", "Tỷ lệ nhà máy điện có công suất từ 30 MW trở lên kết nối dữ liệu vận hành về hệ thống giám sát của Bộ",
         "%", "≥ 60", "≥ 80", "100", DL),
        ("16", "Cơ sở dữ liệu hóa chất quốc gia được nâng cấp, kết nối Cổng thông tin một cửa quốc gia",
         "-", "01 hệ thống", "Duy trì", "Duy trì", HC),
        ("17", "Số doanh nghiệp công nghiệp hỗ trợ được tư vấn chuyển đổi số, áp dụng sản xuất thông minh",
         "Doanh nghiệp", "100", "150", "200", CN),
        ("18", "Tỷ lệ công trình thủy điện cập nhật trực tuyến dữ liệu quan trắc vận hành hồ chứa",
         "%", "100", "Duy trì", "Duy trì", KTAT),
        ("19", "Số mô hình nhà máy thông minh được lựa chọn làm điểm để nhân rộng",
         "Mô hình", "-", "05", "10", KHCN),
        ("20", "Tỷ lệ doanh nghiệp ngành năng lượng gửi báo cáo thống kê qua phần mềm trực tuyến",
         "%", "≥ 90", "100", "Duy trì", KHTC),
    ]),
]

TASK_CAPTION = "Bảng 2. Nhiệm vụ chuyển đổi số ngành Công Thương năm 2027"
TASK_TITLE = "Phụ lục II"
TASK_SUB = "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2027"
TASK_HEAD = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm", "Thời hạn hoàn thành"]

TASKS = [  # (group no, group title, [(no, content, lead, partners, product, deadline)])
    ("1", "Hoàn thiện thể chế, quy chế", [
        ("1.1", "Sửa đổi quy chế quản lý, vận hành, khai thác các hệ thống thông tin của Bộ",
         TTTT, "Vụ Pháp chế; Văn phòng Bộ", "Quyết định của Bộ trưởng", "Quý II/2027"),
        ("1.2", "Xây dựng Thông tư quy định chế độ báo cáo thống kê ngành Công Thương trên môi trường điện tử",
         KHTC, "Vụ Pháp chế; các Cục, Vụ liên quan", "Thông tư", "Quý IV/2027"),
        ("1.3", "Ban hành Danh mục cơ sở dữ liệu dùng chung và quy chế chia sẻ dữ liệu của Bộ",
         TTTT, "Các đơn vị thuộc Bộ", "Quyết định ban hành Danh mục", "Tháng 6/2027"),
        ("1.4", "Rà soát quy định về thương mại điện tử xuyên biên giới, đề xuất sửa đổi, bổ sung",
         PC, "Cục TMĐT; Cục Xuất nhập khẩu", "Báo cáo rà soát", "Quý III/2027"),
    ]),
    ("2", "Phát triển hạ tầng số và nền tảng số", [
        ("2.1", "Nâng cấp Trung tâm dữ liệu của Bộ theo mô hình điện toán đám mây lai",
         TTTT, "Vụ Kế hoạch - Tài chính", "Trung tâm dữ liệu được nâng cấp", "2027-2028"),
        ("2.2", "Triển khai Nền tảng tích hợp, chia sẻ dữ liệu của Bộ phiên bản 2.0, kết nối với nền tảng quốc gia",
         TTTT, "Cục TMĐT; Cục Xuất nhập khẩu", "Nền tảng phiên bản 2.0", "Quý III/2027"),
        ("2.3", "Chuyển hệ thống thư điện tử công vụ của Bộ sang hạ tầng điện toán đám mây trong nước",
         VPB, "Trung tâm Thông tin", "Hệ thống thư điện tử mới", "Tháng 9/2027"),
        ("2.4", "Trang bị phòng họp trực tuyến cho các đơn vị của Bộ tại khu vực phía Nam",
         VPB, "Vụ Kế hoạch - Tài chính", "Phòng họp trực tuyến", "Quý III/2027"),
    ]),
    ("3", "Phát triển dữ liệu số", [
        ("3.1", "Xây dựng Cơ sở dữ liệu doanh nghiệp kinh doanh thương mại điện tử",
         TMDT, "Trung tâm Thông tin", "Cơ sở dữ liệu", "Năm 2027"),
        ("3.2", "Số hóa hồ sơ lưu trữ của Bộ giai đoạn 2010 - 2020",
         VPB, "Các đơn vị thuộc Bộ", "Dữ liệu hồ sơ số hóa", "2027-2028"),
        ("3.3", "Xây dựng Cơ sở dữ liệu về năng lực sản xuất công nghiệp hỗ trợ",
         CN, "Trung tâm Thông tin; Các Sở Công Thương", "Cơ sở dữ liệu", "2027-2028"),
        ("3.4", "Cập nhật Cơ sở dữ liệu hệ thống điện và thị trường điện",
         DL, "Trung tâm Thông tin", "Dữ liệu được cập nhật", "Thường xuyên"),
        ("3.5", "Xây dựng kho dữ liệu thống kê ngành Công Thương phục vụ phân tích, dự báo",
         KHTC, "Trung tâm Thông tin; Cục Phòng vệ thương mại", "Kho dữ liệu thống kê", "Quý IV/2027"),
    ]),
    ("4", "Phát triển Chính phủ số và dịch vụ công trực tuyến", [
        ("4.1", "Tái cấu trúc quy trình, cung cấp dịch vụ công trực tuyến toàn trình cho các thủ tục hành chính còn lại",
         VPB, "Các Cục, Vụ có thủ tục hành chính", "Dịch vụ công trực tuyến toàn trình", "Tháng 6/2027"),
        ("4.2", "Nâng cấp Hệ thống cấp Giấy chứng nhận xuất xứ hàng hóa điện tử eCoSys",
         XNK, "Trung tâm Thông tin", "Hệ thống eCoSys nâng cấp", "Quý III/2027"),
        ("4.3", "Xây dựng Hệ thống giám sát hoạt động thương mại điện tử",
         TMDT, "Trung tâm Thông tin; Ủy ban Cạnh tranh Quốc gia", "Hệ thống giám sát", "Quý IV/2027"),
        ("4.4", "Triển khai Hệ thống quản lý thanh tra điện tử",
         TTB, "Trung tâm Thông tin", "Hệ thống quản lý thanh tra", "Quý II/2027"),
        ("4.5", "Xây dựng Hệ thống tiếp nhận, xử lý khiếu nại trực tuyến của người tiêu dùng",
         UBCT, "Cục TMĐT; Trung tâm Thông tin", "Hệ thống tiếp nhận khiếu nại", "Tháng 6/2027"),
        ("4.6", "Xây dựng Hệ thống giám sát vận hành nhà máy điện",
         DL, "Trung tâm Thông tin; Tập đoàn Điện lực Việt Nam", "Hệ thống giám sát vận hành", "2027-2028"),
    ]),
    ("5", "Kinh tế số, nhân lực số và an toàn thông tin", [
        ("5.1", "Tổ chức Tuần lễ thương mại điện tử hàng Việt Nam",
         TMDT, "Các Sở Công Thương; Báo Công Thương", "Tuần lễ được tổ chức", "Quý IV/2027"),
        ("5.2", "Hỗ trợ doanh nghiệp xuất khẩu tham gia sàn thương mại điện tử xuyên biên giới",
         XNK, "Cục TMĐT; Các Sở Công Thương", "Doanh nghiệp được hỗ trợ", "Thường xuyên"),
        ("5.3", "Tư vấn chuyển đổi số cho doanh nghiệp công nghiệp hỗ trợ",
         CN, "Vụ Khoa học và Công nghệ", "Doanh nghiệp được tư vấn", "Năm 2027"),
        ("5.4", "Bồi dưỡng kỹ năng số cho công chức, viên chức của Bộ",
         TCCB, "Trung tâm Thông tin", "Lớp bồi dưỡng", "Thường xuyên"),
        ("5.5", "Diễn tập thực chiến bảo đảm an toàn thông tin mạng",
         TTTT, "Văn phòng Bộ", "Báo cáo kết quả diễn tập", "Tháng 10/2027"),
        ("5.6", "Kiểm tra việc bảo đảm an toàn thông tin tại các đơn vị thuộc Bộ",
         TTB, "Trung tâm Thông tin", "Kết luận kiểm tra", "Quý III/2027"),
        ("5.7", "Tuyên truyền về chuyển đổi số ngành Công Thương",
         BAO, "Văn phòng Bộ; Trung tâm Thông tin", "Tin, bài, chuyên mục", "Thường xuyên"),
    ]),
]


def indicator_rows():
    return [r for _, _, rows in IND for r in rows]


def task_list():
    return [t for _, _, ts in TASKS for t in ts]


def lead_tasks(name):
    return [t[0] for t in task_list() if t[2] == name]


def partner_tasks(name):
    return [t[0] for t in task_list() if name in [x.strip() for x in t[3].split(";")]]


def body_lines():
    return [t for k, t in HEAD + BODY if k in ("p", "c", "r", "title", "h1", "h2")]


def _asserts():
    inds = indicator_rows()
    assert [r[0] for r in inds] == [str(i) for i in range(1, 21)]
    assert [len(g[2]) for g in IND] == [8, 6, 6] and len(IND) == 3
    for g, _, ts in TASKS:
        assert [t[0] for t in ts] == [f"{g}.{i}" for i in range(1, len(ts) + 1)]
    assert [g[0] for g in TASKS] == ["1", "2", "3", "4", "5"]
    assert len(task_list()) == 26 and [len(g[2]) for g in TASKS] == [4, 4, 5, 6, 7]
    body = " ".join(body_lines())
    assert "20 chỉ tiêu, chia thành 03 nhóm" in body and "26 nhiệm vụ thuộc 05 nhóm" in body
    assert round(112.0 + 58.6 + 15.8, 1) == 186.4 and "186,4 tỷ đồng" in body
    # short forms: defined once with "(sau đây gọi tắt là ...)", full name never used after that
    for full, short in [(TMDT_FULL, TMDT), (TTTT_FULL, TTTT)]:
        marker = full + " (sau đây gọi tắt là " + short + ")"
        assert body.count(marker) == 1, marker
        after = body.split(marker, 1)[1]
        assert full not in after, full
        cells = [c for t in task_list() for c in t] + [c for r in inds for c in r]
        assert full not in cells and any(short == c or short in c.split("; ") for c in cells)
    for t in task_list():
        assert re.fullmatch(r"Quý (I|II|III|IV)/2027|Tháng \d+/2027|Năm 2027|Thường xuyên|2027-2028", t[5]), t
    assert lead_tasks(PVTM) == [] and partner_tasks(PVTM) == ["3.5"]


_asserts()
