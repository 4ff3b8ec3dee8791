"""Build the fictional plan of the third held-out set as a Word document.

    .venv/bin/python evals/heldout3/make_doc.py

writes ``evals/heldout3/docs/kh-318-bxd-2026.docx``: Bộ Xây dựng, Kế hoạch số 318/KH-BXD,
"Kế hoạch chuyển đổi số ngành Xây dựng giai đoạn 2026 - 2028" (fictional). Body sections I-IV,
Phụ lục I (20 chỉ tiêu in 3 groups, targets for 2026/2027/2028) and Phụ lục II (25 nhiệm vụ in
4 groups) as real Word tables with merged group rows and multi-paragraph cells.
The output is deterministic (fixed core properties, no timestamps taken from the clock).
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).resolve().parent / "docs" / "kh-318-bxd-2026.docx"

# --------------------------------------------------------------------------- body text
HEADER = [
    ("BỘ XÂY DỰNG", True),
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True),
    ("Độc lập - Tự do - Hạnh phúc", False),
    ("Số: 318/KH-BXD", False),
    ("Hà Nội, ngày 20 tháng 01 năm 2026", False),
]

TITLE = ["KẾ HOẠCH", "Chuyển đổi số ngành Xây dựng giai đoạn 2026 - 2028"]

BODY: list[tuple[str, str]] = [
    ("p", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển "
          "khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; căn cứ Quyết định số "
          "2629/QĐ-TTg ngày 01/12/2025 của Thủ tướng Chính phủ phê duyệt Chương trình phát triển "
          "Chính phủ số; Bộ Xây dựng ban hành Kế hoạch chuyển đổi số ngành Xây dựng giai đoạn "
          "2026 - 2028 (sau đây gọi tắt là Kế hoạch) với các nội dung sau:"),
    ("h1", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("h2", "1. Mục đích"),
    ("p", "- Đưa hoạt động quản lý nhà nước của Bộ Xây dựng về xây dựng, nhà ở, đô thị, giao thông "
          "vận tải lên môi trường số, dựa trên dữ liệu; phấn đấu đến năm 2028 Bộ Xây dựng thuộc nhóm "
          "05 bộ, cơ quan ngang bộ dẫn đầu về Chỉ số chuyển đổi số (DTI)."),
    ("p", "- Hình thành hệ thống cơ sở dữ liệu (sau đây gọi tắt là CSDL) chuyên ngành thống nhất, "
          "kết nối với CSDL quốc gia, phục vụ cấp phép, thẩm định, quản lý chất lượng công trình và "
          "kết cấu hạ tầng giao thông."),
    ("h2", "2. Yêu cầu"),
    ("p", "- Người đứng đầu các cơ quan, đơn vị thuộc Bộ trực tiếp chỉ đạo và chịu trách nhiệm trước "
          "Bộ trưởng về kết quả chuyển đổi số của đơn vị mình."),
    ("p", "- Các cơ quan, đơn vị xây dựng kế hoạch chi tiết năm 2026 và gửi về Trung tâm Công nghệ "
          "thông tin (sau đây gọi tắt là TTCNTT) trước ngày 15/3/2026."),
    ("p", "- Không đầu tư trùng lặp; ưu tiên thuê dịch vụ công nghệ thông tin và sử dụng nền tảng "
          "dùng chung của Bộ; mọi hệ thống thông tin mới phải được phê duyệt hồ sơ đề xuất cấp độ "
          "an toàn thông tin trước khi đưa vào vận hành."),
    ("h1", "II. MỤC TIÊU"),
    ("h2", "1. Mục tiêu tổng quát"),
    ("p", "Xây dựng Bộ Xây dựng số vận hành trên nền tảng dữ liệu, cung cấp dịch vụ công trực tuyến "
          "thuận tiện cho người dân, doanh nghiệp; bảo đảm an toàn thông tin và liên thông dữ liệu "
          "từ Bộ đến Sở Xây dựng các tỉnh, thành phố (sau đây gọi tắt là Sở XD)."),
    ("h2", "2. Mục tiêu cụ thể"),
    ("p", "Kế hoạch đặt ra 20 chỉ tiêu chia thành 03 nhóm (chi tiết tại Phụ lục I): nhóm hạ tầng và "
          "nền tảng số 06 chỉ tiêu; nhóm dữ liệu và dịch vụ công trực tuyến 08 chỉ tiêu; nhóm nhân "
          "lực và quản trị số 06 chỉ tiêu."),
    ("p", "Đến hết năm 2028, 100% thủ tục hành chính thuộc thẩm quyền của Bộ được cung cấp dịch vụ "
          "công trực tuyến toàn trình và 100% hồ sơ kết cấu hạ tầng quốc lộ được số hóa."),
    ("h1", "III. NHIỆM VỤ, GIẢI PHÁP"),
    ("p", "Kế hoạch gồm 25 nhiệm vụ chia thành 04 nhóm (chi tiết tại Phụ lục II): hoàn thiện thể chế "
          "05 nhiệm vụ; hạ tầng, nền tảng và an toàn thông tin 07 nhiệm vụ; dữ liệu chuyên ngành 07 "
          "nhiệm vụ; nhân lực và tổ chức thực hiện 06 nhiệm vụ."),
    ("h2", "1. Hoàn thiện thể chế"),
    ("p", "Văn phòng Bộ (sau đây gọi tắt là VPB) chủ trì xây dựng Quy chế quản lý, khai thác và chia "
          "sẻ dữ liệu của Bộ, trình Bộ trưởng ban hành trong Quý II/2026. Cục Quản lý hoạt động xây "
          "dựng (sau đây gọi tắt là Cục QLHĐXD) chủ trì điện tử hóa quy trình cấp chứng chỉ hành "
          "nghề hoạt động xây dựng."),
    ("h2", "2. Hạ tầng, nền tảng và an toàn thông tin"),
    ("p", "TTCNTT chủ trì nâng cấp Trung tâm dữ liệu của Bộ đạt tiêu chuẩn Tier 3, hoàn thành trong "
          "Quý IV/2027, và đưa Trung tâm giám sát an toàn thông tin (SOC) của Bộ vào vận hành 24/7 "
          "trước ngày 31/12/2026. Vụ Khoa học công nghệ, môi trường và Vật liệu xây dựng (sau đây "
          "gọi tắt là Vụ KHCNMT) chủ trì xây dựng trợ lý ảo tra cứu quy chuẩn, tiêu chuẩn xây dựng."),
    ("h2", "3. Dữ liệu chuyên ngành"),
    ("p", "Cục Đường bộ Việt Nam (sau đây gọi tắt là Cục ĐBVN) số hóa hồ sơ kết cấu hạ tầng đường bộ "
          "trên toàn bộ hệ thống quốc lộ; Cục Đăng kiểm Việt Nam (sau đây gọi tắt là Cục ĐKVN) cấp "
          "giấy chứng nhận kiểm định điện tử từ tháng 3/2026; Cục Quản lý nhà và thị trường bất động "
          "sản (sau đây gọi tắt là Cục QLN) hoàn thành hệ thống thông tin về nhà ở và thị trường bất "
          "động sản kết nối với 34 tỉnh, thành phố; Cục Hàng hải và Đường thủy Việt Nam (sau đây gọi "
          "tắt là Cục HHĐTVN) điện tử hóa thủ tục tàu thuyền đến, rời cảng biển. Cục Kinh tế - Quản "
          "lý đầu tư xây dựng (sau đây gọi tắt là Cục KTXD) công bố CSDL giá vật liệu xây dựng hằng "
          "quý; Cục Phát triển đô thị (sau đây gọi tắt là Cục PTĐT) xây dựng CSDL quy hoạch đô thị và "
          "nông thôn trên nền GIS."),
    ("h2", "4. Nhân lực và nguồn lực tài chính"),
    ("p", "Vụ Tổ chức cán bộ (sau đây gọi tắt là Vụ TCCB) bồi dưỡng kỹ năng số cho ít nhất 1.200 "
          "lượt công chức, viên chức mỗi năm. Tổng kinh phí dự kiến thực hiện Kế hoạch là 1.245 tỷ "
          "đồng, trong đó ngân sách nhà nước 980 tỷ đồng và 265 tỷ đồng huy động từ xã hội hóa, hợp "
          "tác công tư; riêng năm 2026 bố trí 310 tỷ đồng. Vụ Kế hoạch - Tài chính (sau đây gọi tắt "
          "là Vụ KHTC) tổng hợp dự toán kinh phí chuyển đổi số của các đơn vị trước ngày 20/7 hằng "
          "năm."),
    ("h1", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Ban Chỉ đạo chuyển đổi số của Bộ do Bộ trưởng làm Trưởng ban, chỉ đạo toàn diện việc "
          "thực hiện Kế hoạch; Thứ trưởng Trần Quang Vinh là Phó Trưởng ban thường trực."),
    ("p", "2. TTCNTT là cơ quan thường trực giúp Ban Chỉ đạo, theo dõi, đôn đốc và tổng hợp báo cáo "
          "6 tháng trước ngày 15/6 và báo cáo năm trước ngày 15/12 hằng năm."),
    ("p", "3. VPB chủ trì sơ kết giữa kỳ việc thực hiện Kế hoạch vào tháng 12/2027 và tổ chức Ngày "
          "Chuyển đổi số ngành Xây dựng vào tháng 10 hằng năm."),
    ("p", "4. Các Sở XD căn cứ Kế hoạch này cập nhật dữ liệu lên các CSDL chuyên ngành và báo cáo "
          "kết quả về TTCNTT trước ngày 10/12 hằng năm."),
    ("p", "5. Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về TTCNTT để "
          "tổng hợp, báo cáo Bộ trưởng xem xét, quyết định./."),
]

SIGN = ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Trần Quang Vinh"]

# --------------------------------------------------------------------------- appendix I
IND_HEAD = ["Số TT", "Chỉ tiêu", "Đơn vị tính", "Mục tiêu 2026", "Mục tiêu 2027",
            "Mục tiêu 2028", "Đơn vị đầu mối theo dõi"]
INDICATORS: list = [
    ("A", "Nhóm hạ tầng và nền tảng số"),
    ("1", "Tỷ lệ hệ thống thông tin của Bộ được triển khai trên nền tảng điện toán đám mây",
     "%", "40%", "60%", "80%", "TTCNTT"),
    ("2", "Số trung tâm dữ liệu của Bộ đạt tiêu chuẩn Tier 3", "Trung tâm", "01", "01", "02",
     "TTCNTT"),
    ("3", "Tỷ lệ đơn vị thuộc Bộ kết nối mạng truyền số liệu chuyên dùng cấp II", "%", "85%",
     "100%", "100%", "VPB"),
    ("4", "Tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ an toàn thông tin", "%",
     "90%", "100%", "100%", "TTCNTT"),
    ("5", "Số nền tảng số dùng chung của ngành được đưa vào vận hành", "Nền tảng", "03", "05",
     "07", "TTCNTT"),
    ("6", "Thời gian tối đa khắc phục sự cố nghiêm trọng đối với hệ thống thông tin cấp độ 3",
     "Giờ", "8", "6", "4", ["TTCNTT", "(Trung tâm SOC)"]),
    ("B", "Nhóm dữ liệu và dịch vụ công trực tuyến"),
    ("7", "Tỷ lệ thủ tục hành chính thuộc thẩm quyền của Bộ được cung cấp dịch vụ công trực "
          "tuyến toàn trình", "%", "85%", "92%", "100%", "VPB"),
    ("8", "Tỷ lệ hồ sơ đề nghị cấp giấy phép xây dựng nộp trực tuyến", "%", "55%", "70%", "85%",
     ["Cục QLHĐXD;", "Sở XD"]),
    ("9", "Số bản ghi công trình được cập nhật vào CSDL quốc gia về hoạt động xây dựng",
     "Bản ghi", "150.000", "400.000", "750.000", "Cục QLHĐXD"),
    ("10", "Tỷ lệ km quốc lộ được số hóa hồ sơ kết cấu hạ tầng", "%", "60%", "85%", "100%",
     "Cục ĐBVN"),
    ("11", "Tỷ lệ giấy chứng nhận kiểm định phương tiện được cấp bản điện tử", "%", "70%", "90%",
     "100%", "Cục ĐKVN"),
    ("12", "Tỷ lệ dự án nhà ở thương mại được công khai thông tin trên hệ thống thông tin về nhà "
           "ở và thị trường bất động sản", "%", "50%", "75%", "95%", "Cục QLN"),
    ("13", "Tỷ lệ cảng biển, cảng hàng không thực hiện thủ tục điện tử qua Cơ chế một cửa quốc "
           "gia", "%", "80%", "95%", "100%", ["Cục HHĐTVN;", "Cục Hàng không Việt Nam"]),
    ("14", "Mức độ hài lòng của người dân, doanh nghiệp đối với dịch vụ công trực tuyến của Bộ",
     "%", "≥ 85%", "≥ 90%", "≥ 95%", "VPB"),
    ("C", "Nhóm nhân lực và quản trị số"),
    ("15", "Tỷ lệ công chức, viên chức của Bộ được bồi dưỡng kỹ năng số", "%", "70%", "85%",
     "100%", "Vụ TCCB"),
    ("16", "Số chuyên gia dữ liệu, an toàn thông tin được tuyển dụng hoặc đào tạo (lũy kế)",
     "Người", "25", "40", "60", "Vụ TCCB"),
    ("17", "Tỷ lệ văn bản đi được ký số và gửi, nhận trên môi trường mạng (trừ văn bản mật)", "%",
     "98%", "100%", "100%", "VPB"),
    ("18", "Tỷ lệ cuộc họp của Lãnh đạo Bộ được tổ chức theo hình thức không giấy tờ", "%",
     "60%", "75%", "90%", "VPB"),
    ("19", "Tỷ lệ chế độ báo cáo định kỳ của ngành được thực hiện trên Hệ thống thông tin báo cáo "
           "của Bộ", "%", "80%", "100%", "100%", "VPB"),
    ("20", "Tỷ lệ kinh phí chi cho chuyển đổi số trên tổng chi thường xuyên của Bộ", "%", "1,5%",
     "2%", "2,5%", "Vụ KHTC"),
]

# --------------------------------------------------------------------------- appendix II
TASK_HEAD = ["TT", "Tên nhiệm vụ", "Đơn vị thực hiện", "Đơn vị phối hợp", "Sản phẩm đầu ra",
             "Tiến độ"]
TASKS: list = [
    ("I", "HOÀN THIỆN THỂ CHẾ, QUY CHẾ"),
    ("1", "Xây dựng Quy chế quản lý, khai thác và chia sẻ dữ liệu của Bộ Xây dựng", "VPB",
     "TTCNTT; các Cục, Vụ thuộc Bộ", "Quyết định của Bộ trưởng", "Quý II/2026"),
    ("2", "Cập nhật Kiến trúc Chính phủ số của Bộ Xây dựng phiên bản 4.0", "TTCNTT",
     "Các cơ quan, đơn vị thuộc Bộ", "Kiến trúc được phê duyệt", "Quý III/2026"),
    ("3", "Ban hành Danh mục CSDL dùng chung của ngành Xây dựng", "TTCNTT", "Vụ KHTC",
     "Quyết định ban hành danh mục", "Tháng 6/2026"),
    ("4", "Điện tử hóa quy trình nội bộ cấp chứng chỉ hành nghề hoạt động xây dựng", "Cục QLHĐXD",
     "VPB; Sở XD", "Quy trình điện tử được công bố", "Tháng 9/2026"),
    ("5", "Xây dựng bộ chỉ số đánh giá mức độ chuyển đổi số của các Sở XD", "TTCNTT", "Sở XD",
     "Bộ chỉ số và tài liệu hướng dẫn", "Năm 2027"),
    ("II", "HẠ TẦNG, NỀN TẢNG VÀ AN TOÀN THÔNG TIN"),
    ("6", "Nâng cấp Trung tâm dữ liệu của Bộ đạt tiêu chuẩn Tier 3", "TTCNTT", "Vụ KHTC",
     "Trung tâm dữ liệu được nghiệm thu", "Quý IV/2027"),
    ("7", "Thuê dịch vụ điện toán đám mây cho các hệ thống thông tin dùng chung", "TTCNTT", "VPB",
     "Hợp đồng thuê dịch vụ", "Quý II/2026"),
    ("8", "Triển khai Trung tâm giám sát an toàn thông tin (SOC) của Bộ", "TTCNTT",
     "Bộ Công an (A05)", ["SOC vận hành 24/7;",
                          "kết nối Trung tâm Giám sát an toàn không gian mạng quốc gia"],
     "Tháng 12/2026"),
    ("9", "Diễn tập thực chiến bảo đảm an toàn thông tin mạng", "TTCNTT",
     "Các Cục quản lý hệ thống thông tin cấp độ 3 trở lên", "Báo cáo kết quả diễn tập",
     "Hằng năm"),
    ("10", "Xây dựng trợ lý ảo hỗ trợ tra cứu quy chuẩn, tiêu chuẩn xây dựng", "Vụ KHCNMT",
     "TTCNTT", "Trợ lý ảo được đưa vào sử dụng", "Năm 2027"),
    ("11", "Triển khai nền tảng mô hình thông tin công trình (BIM) dùng chung phục vụ thẩm định "
           "thiết kế", "Cục QLHĐXD", ["Cục KTXD;", "TTCNTT"], "Nền tảng BIM vận hành thử nghiệm",
     "Năm 2028"),
    ("12", "Kết nối Hệ thống thông tin giải quyết thủ tục hành chính của Bộ với ứng dụng VNeID",
     "VPB", "TTCNTT; Bộ Công an", "Kết nối, xác thực thông suốt", "Tháng 6/2026"),
    ("III", "DỮ LIỆU CHUYÊN NGÀNH"),
    ("13", "Xây dựng CSDL quốc gia về hoạt động xây dựng (giai đoạn 2)", "Cục QLHĐXD",
     "TTCNTT; Sở XD", "CSDL được cập nhật, kết nối với CSDL quốc gia về dân cư", "Năm 2027"),
    ("14", "Số hóa hồ sơ kết cấu hạ tầng đường bộ trên hệ thống quốc lộ", "Cục ĐBVN",
     "Các Khu Quản lý đường bộ", "CSDL kết cấu hạ tầng đường bộ", "Năm 2028"),
    ("15", "Hoàn thiện hệ thống thông tin về nhà ở và thị trường bất động sản kết nối 34 tỉnh, "
           "thành phố", "Cục QLN", "Sở XD; TTCNTT", "Hệ thống vận hành chính thức",
     "Quý IV/2026"),
    ("16", "Cấp giấy chứng nhận kiểm định điện tử cho xe cơ giới", "Cục ĐKVN",
     "Các đơn vị đăng kiểm", "Giấy chứng nhận kiểm định điện tử", "Tháng 3/2026"),
    ("17", "Xây dựng CSDL giá vật liệu xây dựng và suất vốn đầu tư", "Cục KTXD", "Sở XD",
     ["CSDL giá được công bố", "hằng quý"], "Năm 2027"),
    ("18", "Điện tử hóa thủ tục tàu thuyền đến, rời cảng biển", "Cục HHĐTVN",
     "Các Cảng vụ hàng hải", "Hệ thống thủ tục điện tử vận hành", "Quý III/2026"),
    ("19", "Xây dựng CSDL quy hoạch đô thị và nông thôn trên nền GIS", "Cục PTĐT",
     "Sở XD; TTCNTT", "CSDL quy hoạch trên nền GIS", "Năm 2028"),
    ("IV", "NHÂN LỰC VÀ TỔ CHỨC THỰC HIỆN"),
    ("20", "Bồi dưỡng kỹ năng số cho công chức, viên chức của Bộ", "Vụ TCCB", "TTCNTT",
     "Ít nhất 1.200 lượt người/năm", "Hằng năm"),
    ("21", "Tuyển dụng, thu hút chuyên gia dữ liệu và an toàn thông tin", "Vụ TCCB", "TTCNTT",
     "Quyết định tuyển dụng", "Quý I/2027"),
    ("22", "Tổ chức Ngày Chuyển đổi số ngành Xây dựng", "VPB", "TTCNTT; Báo Xây dựng",
     "Sự kiện được tổ chức", "Tháng 10 hằng năm"),
    ("23", "Bố trí kinh phí chuyển đổi số trong dự toán ngân sách hằng năm của Bộ", "Vụ KHTC",
     "Các cơ quan, đơn vị thuộc Bộ", "Dự toán được phê duyệt", "Hằng năm"),
    ("24", "Đánh giá, xếp hạng mức độ chuyển đổi số của các cơ quan, đơn vị thuộc Bộ", "TTCNTT",
     "VPB; Vụ TCCB", "Báo cáo xếp hạng", "Quý I hằng năm"),
    ("25", "Sơ kết giữa kỳ việc thực hiện Kế hoạch", "VPB", "TTCNTT; Vụ KHTC",
     "Báo cáo sơ kết trình Bộ trưởng", "Tháng 12/2027"),
]


def _fill(cell, value, bold: bool = False) -> None:
    lines = value if isinstance(value, list) else [value]
    cell.text = ""
    para = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            para = cell.add_paragraph()
        run = para.add_run(line)
        run.bold = bold


def _table(doc: Document, header: list[str], rows: list) -> None:
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header):
        _fill(cell, text, bold=True)
    for row in rows:
        cells = table.add_row().cells
        if len(row) == 2:  # group row spanning all columns
            merged = cells[0].merge(cells[-1])
            _fill(merged, f"{row[0]}. {row[1]}", bold=True)
            continue
        for cell, value in zip(cells, row):
            _fill(cell, value)


def build(out: Path = OUT) -> Path:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    cp = doc.core_properties
    cp.author = "Bộ Xây dựng"
    cp.title = TITLE[1]
    cp.created = cp.modified = _dt.datetime(2026, 1, 20, 8, 0, 0)
    cp.last_modified_by = "Bộ Xây dựng"
    cp.revision = 1

    for text, bold in HEADER:
        p = doc.add_paragraph()
        p.add_run(text).bold = bold
    for text in TITLE:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(text).bold = True
    for kind, text in BODY:
        if kind == "h1":
            doc.add_heading(text, level=1)
        elif kind == "h2":
            doc.add_heading(text, level=2)
        else:
            doc.add_paragraph(text)
    for i, text in enumerate(SIGN):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.add_run(text).bold = i < 2

    doc.add_page_break()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Phụ lục I").bold = True
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("CHỈ TIÊU CHUYỂN ĐỔI SỐ NGÀNH XÂY DỰNG GIAI ĐOẠN 2026 - 2028").bold = True
    doc.add_paragraph("(Kèm theo Kế hoạch số 318/KH-BXD ngày 20/01/2026 của Bộ Xây dựng)")
    _table(doc, IND_HEAD, INDICATORS)

    doc.add_page_break()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Phụ lục II").bold = True
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NGÀNH XÂY DỰNG").bold = True
    doc.add_paragraph("(Kèm theo Kế hoạch số 318/KH-BXD ngày 20/01/2026 của Bộ Xây dựng)")
    _table(doc, TASK_HEAD, TASKS)

    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(out)
    _normalise_zip(out)
    return out


def _normalise_zip(path: Path) -> None:
    """Rewrite the .docx with fixed member timestamps so the bytes do not depend on the clock."""
    import zipfile

    with zipfile.ZipFile(path) as zin:
        members = [(info.filename, zin.read(info.filename)) for info in zin.infolist()]
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zout:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 20, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


if __name__ == "__main__":
    print(build())
