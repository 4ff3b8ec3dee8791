"""Generate the two fictional plan documents of the heldout2 question set.

  docs/2026-program_kh-byt-cds.pdf   (doc key byt-2026) - ministry programme, PDF without ruling lines
  docs/2027-plan_quang-tri.md        (doc key qt-2027)  - provincial yearly plan, Markdown pipe tables

Run from the project root: .venv/bin/python evals/heldout2/make_docs.py
Deterministic: the same data gives the same text (the PDF carries a fixed creation date).
"""
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# ---------------------------------------------------------------------------------------------
# (a) Bộ Y tế - Kế hoạch chuyển đổi số ngành Y tế giai đoạn 2026–2028 (PDF, no ruling lines)
# ---------------------------------------------------------------------------------------------
BYT_HEAD = [
    ("BỘ Y TẾ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("", "Độc lập - Tự do - Hạnh phúc"),
    ("Số: 1520/KH-BYT", "Hà Nội, ngày 18 tháng 12 năm 2025"),
]
BYT_TITLE = ["KẾ HOẠCH", "Chuyển đổi số ngành Y tế giai đoạn 2026–2028"]
BYT_BODY = [
    ("p", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, "
          "công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; Căn cứ Quyết định số 749/QĐ-TTg ngày "
          "03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, "
          "định hướng đến năm 2030; Bộ Y tế ban hành Kế hoạch chuyển đổi số ngành Y tế giai đoạn 2026–2028 "
          "(sau đây gọi tắt là Kế hoạch) với các nội dung sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("h2", "1. Mục đích"),
    ("p", "Đẩy mạnh ứng dụng công nghệ số trong toàn bộ hoạt động khám bệnh, chữa bệnh, y tế dự phòng và "
          "quản lý nhà nước về y tế; lấy người dân làm trung tâm, bảo đảm mỗi người dân có hồ sơ sức khỏe "
          "điện tử được cập nhật suốt đời."),
    ("p", "Xây dựng hệ sinh thái y tế số thống nhất, kết nối liên thông dữ liệu giữa các cơ sở khám bệnh, "
          "chữa bệnh, cơ quan bảo hiểm xã hội và Cơ sở dữ liệu quốc gia về dân cư."),
    ("h2", "2. Yêu cầu"),
    ("p", "Các đơn vị thuộc Bộ xác định chuyển đổi số là nhiệm vụ trọng tâm, gắn trách nhiệm người đứng đầu; "
          "nhiệm vụ phải có sản phẩm cụ thể, thời hạn hoàn thành và đơn vị chịu trách nhiệm rõ ràng."),
    ("p", "Bảo đảm an toàn thông tin mạng và bảo vệ dữ liệu cá nhân về sức khỏe theo quy định của pháp luật."),
    ("h", "II. MỤC TIÊU"),
    ("h2", "1. Mục tiêu tổng quát"),
    ("p", "Đến năm 2028, ngành Y tế cơ bản hoàn thành chuyển đổi số trong khám bệnh, chữa bệnh; 100% bệnh "
          "viện triển khai bệnh án điện tử (sau đây gọi tắt là BAĐT); dữ liệu y tế được chuẩn hóa, kết nối, "
          "chia sẻ phục vụ chỉ đạo, điều hành và hoạch định chính sách."),
    ("h2", "2. Mục tiêu cụ thể"),
    ("p", "Kế hoạch đặt ra 20 chỉ tiêu thuộc 03 nhóm: nhóm A về y tế số phục vụ người dân (07 chỉ tiêu), "
          "nhóm B về quản trị y tế số (06 chỉ tiêu) và nhóm C về hạ tầng, dữ liệu và an toàn thông tin "
          "(07 chỉ tiêu), chi tiết tại Phụ lục I kèm theo."),
    ("p", "Phấn đấu đến hết năm 2028, ít nhất 70% bệnh viện đạt mức 6 trở lên theo tiêu chí ứng dụng công "
          "nghệ thông tin và 95% người dân có Sổ sức khỏe điện tử được kích hoạt trên ứng dụng VNeID."),
    ("h", "III. NHIỆM VỤ, GIẢI PHÁP"),
    ("p", "Các nhiệm vụ, giải pháp được chia thành 04 nhóm với 25 nhiệm vụ cụ thể, chi tiết tại Phụ lục II."),
    ("h2", "1. Hoàn thiện thể chế, chính sách"),
    ("p", "Rà soát, sửa đổi các văn bản quy phạm pháp luật về hồ sơ bệnh án, khám bệnh, chữa bệnh từ xa và "
          "chia sẻ dữ liệu y tế; hoàn thành việc ban hành Thông tư quy định về hồ sơ BAĐT trong Quý II/2026."),
    ("h2", "2. Phát triển hạ tầng và nền tảng số"),
    ("p", "Cục Công nghệ thông tin (sau đây gọi tắt là Cục CNTT) là đầu mối xây dựng, vận hành Trung tâm dữ "
          "liệu y tế quốc gia theo mô hình điện toán đám mây lai và các nền tảng dùng chung của ngành."),
    ("h2", "3. Phát triển dữ liệu và ứng dụng"),
    ("p", "Hoàn thành Cơ sở dữ liệu quốc gia về y tế giai đoạn 2 trong năm 2026; ưu tiên thí điểm trí tuệ "
          "nhân tạo (AI) hỗ trợ chẩn đoán hình ảnh tại 05 bệnh viện tuyến trung ương trong giai đoạn 2027-2028."),
    ("h2", "4. Phát triển nhân lực số và bảo đảm an toàn thông tin"),
    ("p", "Thành lập Trung tâm giám sát an toàn thông tin ngành y tế (SOC) do Cục CNTT vận hành; mỗi năm tổ "
          "chức ít nhất 02 cuộc diễn tập thực chiến; SOC phải giám sát 100% hệ thống thông tin cấp độ 3 trở lên."),
    ("h", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "Tổng kinh phí dự kiến thực hiện Kế hoạch khoảng 1.250 tỷ đồng, trong đó ngân sách trung ương "
          "khoảng 780 tỷ đồng, nguồn thu sự nghiệp của các bệnh viện khoảng 350 tỷ đồng và nguồn xã hội hóa, "
          "tài trợ quốc tế khoảng 120 tỷ đồng. Vụ Kế hoạch - Tài chính chủ trì tổng hợp, bố trí dự toán hằng năm."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Cục CNTT là cơ quan thường trực, chủ trì theo dõi, đôn đốc và tổng hợp kết quả thực hiện Kế "
          "hoạch; báo cáo Ban Chỉ đạo chuyển đổi số của Bộ định kỳ 6 tháng (trước ngày 20/6) và hằng năm "
          "(trước ngày 20/12)."),
    ("p", "2. Thanh tra Bộ chủ trì kiểm tra việc thực hiện Kế hoạch tại các đơn vị trực thuộc Bộ, tối thiểu "
          "01 lần mỗi năm."),
    ("p", "3. Các Cục, Vụ, Văn phòng Bộ, Thanh tra Bộ và các đơn vị trực thuộc gửi báo cáo kết quả thực hiện "
          "về Cục CNTT trước ngày 10/6 và 10/12 hằng năm."),
    ("p", "4. Tổ chức sơ kết giữa kỳ vào Quý IV/2027 và tổng kết việc thực hiện Kế hoạch vào Quý IV/2028."),
    ("p", "5. Sở Y tế các tỉnh, thành phố trực thuộc trung ương căn cứ Kế hoạch này xây dựng kế hoạch chuyển "
          "đổi số y tế của địa phương, gửi về Bộ Y tế trước ngày 31/3/2026."),
    ("sign", ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "Nguyễn Minh Khang"]),
]

BYT_IND_CAPTION = ["PHỤ LỤC I", "CHỈ TIÊU CHUYỂN ĐỔI SỐ NGÀNH Y TẾ GIAI ĐOẠN 2026–2028",
                   "(Kèm theo Kế hoạch số 1520/KH-BYT ngày 18/12/2025 của Bộ Y tế)"]
BYT_IND_HEAD = ["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2026", "Năm 2027", "Năm 2028", "Đơn vị chủ trì"]
BYT_IND_W = [24, 296, 78, 56, 56, 56, 200]
BYT_IND = [
    ("A", "A. CHỈ TIÊU VỀ Y TẾ SỐ PHỤC VỤ NGƯỜI DÂN"),
    ("1", "Tỷ lệ người dân có Sổ sức khỏe điện tử được kích hoạt trên ứng dụng VNeID", "%", "60%", "80%", "95%", "Cục CNTT"),
    ("2", "Tỷ lệ bệnh viện triển khai BAĐT thay thế hoàn toàn bệnh án giấy", "%", "70%", "90%", "100%", "Cục Quản lý Khám, chữa bệnh"),
    ("3", "Tỷ lệ cơ sở khám bệnh, chữa bệnh sử dụng đơn thuốc điện tử liên thông với Nền tảng đơn thuốc quốc gia", "%", "85%", "95%", "100%", "Cục Quản lý Dược"),
    ("4", "Số lượt khám, tư vấn từ xa qua Nền tảng hỗ trợ tư vấn khám, chữa bệnh từ xa", "lượt/năm", "150.000", "250.000", "400.000", "Cục Quản lý Khám, chữa bệnh"),
    ("5", "Tỷ lệ giao dịch thanh toán viện phí không dùng tiền mặt tại các bệnh viện trực thuộc Bộ", "%", "50%", "65%", "80%", "Vụ Kế hoạch - Tài chính"),
    ("6", "Tỷ lệ thủ tục hành chính của Bộ Y tế được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình", "%", "85%", "95%", "100%", "Văn phòng Bộ"),
    ("7", "Tỷ lệ hồ sơ thủ tục hành chính được số hóa kết quả giải quyết", "%", "≥ 80%", "≥ 90%", "100%", "Văn phòng Bộ"),
    ("B", "B. CHỈ TIÊU VỀ QUẢN TRỊ Y TẾ SỐ"),
    ("8", "Tỷ lệ văn bản, hồ sơ công việc được xử lý trên môi trường mạng (trừ hồ sơ mật)", "%", "95%", "98%", "100%", "Văn phòng Bộ"),
    ("9", "Tỷ lệ báo cáo thống kê y tế được thực hiện trực tuyến qua Hệ thống báo cáo thống kê ngành", "%", "70%", "85%", "100%", "Vụ Kế hoạch - Tài chính"),
    ("10", "Tỷ lệ cuộc thanh tra, kiểm tra được thực hiện thông qua môi trường số và hệ thống thông tin của cơ quan quản lý", "%", "30%", "45%", "60%", "Thanh tra Bộ"),
    ("11", "Số cơ sở dữ liệu chuyên ngành y tế được kết nối với Trung tâm dữ liệu y tế quốc gia", "cơ sở dữ liệu", "8", "12", "15", "Trung tâm Thông tin y tế quốc gia"),
    ("12", "Tỷ lệ cơ sở y tế dự phòng kết nối Hệ thống giám sát bệnh truyền nhiễm", "%", "90%", "100%", "100%", "Cục Phòng bệnh"),
    ("13", "Tỷ lệ cơ sở kinh doanh dược kết nối liên thông dữ liệu mua, bán thuốc", "%", "95%", "100%", "100%", "Cục Quản lý Dược"),
    ("C", "C. CHỈ TIÊU VỀ HẠ TẦNG, DỮ LIỆU VÀ AN TOÀN THÔNG TIN"),
    ("14", "Tỷ lệ hệ thống thông tin của Bộ được phê duyệt hồ sơ đề xuất cấp độ an toàn thông tin", "%", "100%", "100%", "100%", "Cục CNTT"),
    ("15", "Tỷ lệ hệ thống thông tin dùng chung được triển khai trên nền tảng điện toán đám mây", "%", "40%", "60%", "80%", "Cục CNTT"),
    ("16", "Tỷ lệ bệnh viện đạt mức 6 trở lên theo tiêu chí ứng dụng công nghệ thông tin (Thông tư 54/2017/TT-BYT)", "%", "35%", "50%", "70%", "Cục Quản lý Khám, chữa bệnh"),
    ("17", "Số cán bộ, công chức, viên chức được đào tạo kỹ năng số và an toàn thông tin", "người", "1.500", "2.000", "2.500", "Vụ Tổ chức cán bộ"),
    ("18", "Tỷ lệ dữ liệu khám, chữa bệnh được chuẩn hóa theo bộ mã danh mục dùng chung", "%", "75%", "90%", "100%", "Trung tâm Thông tin y tế quốc gia"),
    ("19", "Số cuộc diễn tập thực chiến an toàn thông tin ngành y tế được tổ chức", "cuộc/năm", "2", "3", "3", "Cục CNTT"),
    ("20", "Tỷ lệ cơ sở khám bệnh, chữa bệnh có kết nối dữ liệu với Hệ thống giám định bảo hiểm y tế", "%", "98%", "100%", "100%", "Vụ Bảo hiểm y tế"),
]

BYT_TASK_CAPTION = ["PHỤ LỤC II", "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NGÀNH Y TẾ GIAI ĐOẠN 2026–2028",
                    "(Kèm theo Kế hoạch số 1520/KH-BYT ngày 18/12/2025 của Bộ Y tế)"]
BYT_TASK_HEAD = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kết quả/sản phẩm", "Thời hạn hoàn thành"]
BYT_TASK_W = [26, 200, 180, 150, 120, 86]
BYT_TASK = [
    ("I", "I. HOÀN THIỆN THỂ CHẾ, CHÍNH SÁCH"),
    ("1", "Xây dựng Thông tư quy định về hồ sơ bệnh án điện tử thay thế Thông tư số 46/2018/TT-BYT", "Cục Quản lý Khám, chữa bệnh", "Vụ Pháp chế; Cục CNTT", "Thông tư được ban hành", "Quý II/2026"),
    ("2", "Xây dựng Thông tư quy định về khám bệnh, chữa bệnh từ xa", "Cục Quản lý Khám, chữa bệnh", "Vụ Pháp chế; Vụ Bảo hiểm y tế", "Thông tư được ban hành", "Quý IV/2026"),
    ("3", "Ban hành Quy chế quản lý, khai thác và chia sẻ dữ liệu y tế", "Cục CNTT", "Vụ Pháp chế; Trung tâm Thông tin y tế quốc gia", "Quyết định ban hành Quy chế", "Tháng 9/2026"),
    ("4", "Ban hành Bộ mã danh mục dùng chung ngành y tế phiên bản năm 2027", "Trung tâm Thông tin y tế quốc gia", "Cục Quản lý Khám, chữa bệnh; Cục Quản lý Dược", "Quyết định ban hành Bộ mã", "Tháng 3/2027"),
    ("5", "Rà soát, đơn giản hóa thủ tục hành chính gắn với tái cấu trúc quy trình trên Cổng dịch vụ công của Bộ", "Văn phòng Bộ", "Các Cục, Vụ có thủ tục hành chính", "Báo cáo rà soát, phương án đơn giản hóa", "Hằng năm"),
    ("II", "II. PHÁT TRIỂN HẠ TẦNG VÀ NỀN TẢNG SỐ"),
    ("6", "Nâng cấp Trung tâm dữ liệu y tế quốc gia theo mô hình điện toán đám mây lai", "Cục CNTT", "Vụ Kế hoạch - Tài chính", "Trung tâm dữ liệu đạt tiêu chuẩn Tier III", "2026-2027"),
    ("7", "Mở rộng Nền tảng hỗ trợ tư vấn khám, chữa bệnh từ xa đến các trạm y tế xã", "Cục Quản lý Khám, chữa bệnh", "Cục CNTT; Sở Y tế các tỉnh, thành phố", "Nền tảng kết nối đến trạm y tế xã", "Tháng 12/2027"),
    ("8", "Triển khai Sổ sức khỏe điện tử trên ứng dụng VNeID cho toàn dân", "Cục CNTT", "Bộ Công an; Bảo hiểm xã hội Việt Nam", "Sổ sức khỏe điện tử tích hợp VNeID", "Quý IV/2026"),
    ("9", "Xây dựng Nền tảng đơn thuốc quốc gia phiên bản 2.0", "Cục Quản lý Dược", "Cục CNTT; Cục Quản lý Khám, chữa bệnh", "Nền tảng vận hành chính thức", "Tháng 6/2027"),
    ("10", "Xây dựng Hệ thống quản lý an toàn thực phẩm trực tuyến", "Cục An toàn thực phẩm", "Cục CNTT", "Hệ thống đưa vào vận hành", "Quý III/2027"),
    ("11", "Triển khai hệ thống hội nghị truyền hình trực tuyến kết nối đến 100% bệnh viện trực thuộc Bộ", "Văn phòng Bộ", "Cục CNTT", "Hệ thống hội nghị truyền hình", "Quý I/2027"),
    ("12", "Xây dựng Hệ thống giám sát bệnh truyền nhiễm theo thời gian thực", "Cục Phòng bệnh", "Cục CNTT; Viện Vệ sinh dịch tễ Trung ương", "Hệ thống giám sát vận hành", "2026-2027"),
    ("III", "III. PHÁT TRIỂN DỮ LIỆU VÀ ỨNG DỤNG"),
    ("13", "Xây dựng Cơ sở dữ liệu quốc gia về y tế giai đoạn 2", "Trung tâm Thông tin y tế quốc gia", "Cục CNTT; các Cục, Vụ liên quan", "Cơ sở dữ liệu kết nối với Cơ sở dữ liệu quốc gia về dân cư", "Tháng 12/2026"),
    ("14", "Xây dựng Cơ sở dữ liệu về nhân lực y tế và chứng chỉ hành nghề", "Cục Quản lý Khám, chữa bệnh", "Vụ Tổ chức cán bộ; Cục CNTT", "Cơ sở dữ liệu hành nghề", "Quý II/2027"),
    ("15", "Xây dựng Cơ sở dữ liệu dược quốc gia", "Cục Quản lý Dược", "Trung tâm Thông tin y tế quốc gia", "Cơ sở dữ liệu dược", "Tháng 9/2027"),
    ("16", "Thí điểm ứng dụng trí tuệ nhân tạo hỗ trợ chẩn đoán hình ảnh tại bệnh viện tuyến trung ương", "Cục Khoa học công nghệ và Đào tạo", "Cục Quản lý Khám, chữa bệnh; Cục CNTT", "Mô hình thí điểm tại 05 bệnh viện", "2027-2028"),
    ("17", "Xây dựng Hệ thống thông tin thanh tra, giải quyết khiếu nại, tố cáo ngành y tế", "Thanh tra Bộ", "Cục CNTT", "Hệ thống vận hành", "Quý IV/2027"),
    ("18", "Xây dựng Hệ thống báo cáo thống kê y tế điện tử", "Vụ Kế hoạch - Tài chính", "Trung tâm Thông tin y tế quốc gia", "Hệ thống báo cáo thống kê", "Tháng 6/2026"),
    ("19", "Xây dựng Cơ sở dữ liệu y dược cổ truyền", "Cục Quản lý Y, Dược cổ truyền", "Cục CNTT", "Cơ sở dữ liệu y dược cổ truyền", "Năm 2028"),
    ("IV", "IV. PHÁT TRIỂN NHÂN LỰC SỐ VÀ BẢO ĐẢM AN TOÀN THÔNG TIN"),
    ("20", "Đào tạo, bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức ngành y tế", "Vụ Tổ chức cán bộ", "Cục Khoa học công nghệ và Đào tạo; Cục CNTT", "Các khóa đào tạo, bồi dưỡng", "Hằng năm"),
    ("21", "Tổ chức diễn tập thực chiến bảo đảm an toàn thông tin ngành y tế", "Cục CNTT", "Bộ Công an; các đơn vị trực thuộc Bộ", "Báo cáo kết quả diễn tập", "Hằng năm"),
    ("22", "Thành lập và vận hành Trung tâm giám sát an toàn thông tin (SOC) ngành y tế", "Cục CNTT", "Bộ Công an; Trung tâm Thông tin y tế quốc gia", "SOC vận hành 24/7", "Quý III/2026"),
    ("23", "Kiểm tra việc thực hiện chuyển đổi số tại các đơn vị trực thuộc Bộ", "Thanh tra Bộ", "Cục CNTT; Văn phòng Bộ", "Kết luận kiểm tra", "Hằng năm"),
    ("24", "Xây dựng bộ chỉ số đánh giá, xếp hạng mức độ chuyển đổi số của bệnh viện", "Cục Quản lý Khám, chữa bệnh", "Cục CNTT", "Bộ chỉ số và kết quả xếp hạng", "Tháng 11/2027"),
    ("25", "Tổng kết thực hiện Kế hoạch chuyển đổi số ngành Y tế giai đoạn 2026–2028", "Cục CNTT", "Các đơn vị thuộc Bộ", "Báo cáo tổng kết", "Quý IV/2028"),
]


class PdfWriter:
    def __init__(self, path):
        pdfmetrics.registerFont(TTFont("DVS", FONT))
        pdfmetrics.registerFont(TTFont("DVSB", FONT_B))
        self.c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        self.c.setTitle("Kế hoạch chuyển đổi số ngành Y tế giai đoạn 2026–2028")
        self.c.setAuthor("Bộ Y tế")
        self.page_size = A4
        self.page_no = 1
        self.y = A4[1] - 56
        self.warnings = []

    # page handling
    def new_page(self, size=None):
        self._footer()
        self.c.showPage()
        self.page_no += 1
        if size is not None:
            self.page_size = size
        self.c.setPageSize(self.page_size)
        self.y = self.page_size[1] - 48

    def _footer(self):
        self.c.setFont("DVS", 8)
        self.c.drawCentredString(self.page_size[0] / 2, 24, str(self.page_no))

    def finish(self):
        self._footer()
        self.c.save()

    # text
    def para(self, text, font="DVS", size=10.5, indent=0, leading=14.5, width=None, center=False):
        left = 62 + indent
        width = width or (self.page_size[0] - 62 - 56 - indent)
        for line in simpleSplit(text, font, size, width):
            if self.y < 60:
                self.new_page()
            self.c.setFont(font, size)
            if center:
                self.c.drawCentredString(self.page_size[0] / 2, self.y, line)
            else:
                self.c.drawString(left, self.y, line)
            self.y -= leading
        self.y -= 3

    # unruled table
    def table(self, head, widths, rows, size=8, leading=10, left=40):
        xs = [left]
        for w in widths[:-1]:
            xs.append(xs[-1] + w)
        total = sum(widths)
        assert left + total <= self.page_size[0] - 30, "table wider than page"

        def cell_lines(text, w, font):
            return simpleSplit(text, font, size, w - 8) or [""]

        def draw_row(cells, font):
            lines = [cell_lines(t, w, font) for t, w in zip(cells, widths)]
            h = max(len(x) for x in lines) * leading + 5
            if self.y - h < 50:
                self.new_page()
                draw_head()
            for x, ls in zip(xs, lines):
                for k, ln in enumerate(ls):
                    self.c.setFont(font, size)
                    self.c.drawString(x + 2, self.y - (k + 1) * leading + 2, ln)
            self.y -= h
            return lines

        def draw_head():
            draw_row(head, "DVSB")
            self.y -= 3

        draw_head()
        for r in rows:
            if len(r) == 2:  # group row: bold, spanning from the content column
                if self.y - 2 * leading - 20 < 50:
                    self.new_page()
                    draw_head()
                self.c.setFont("DVSB", size)
                self.c.drawString(xs[0] + 2, self.y - leading + 2, r[1])
                self.y -= leading + 5
                continue
            lines = draw_row(list(r), "DVS")
            # agency / deadline / target cells must stay on one line (answers quote them whole)
            for j, ls in enumerate(lines):
                if j >= 2 and len(ls) > 1 and head[j] not in ("Đơn vị phối hợp", "Kết quả/sản phẩm"):
                    self.warnings.append(f"row {r[0]} col {head[j]} wraps: {ls}")


def make_byt(path):
    w = PdfWriter(path)
    c = w.c
    top = A4[1] - 50
    for k, (l, r) in enumerate(BYT_HEAD):
        font = "DVSB" if k == 0 or (k == 0 and r) else "DVS"
        c.setFont("DVSB" if k < 2 else "DVS", 10 if k < 2 else 9.5)
        if l:
            c.drawCentredString(150, top - k * 15, l)
        c.setFont("DVSB" if k < 2 else "DVS", 10 if k < 2 else 9.5)
        c.drawCentredString(400, top - k * 15, r)
    w.y = top - 3 * 15 - 30
    w.para(BYT_TITLE[0], font="DVSB", size=13, center=True)
    w.para(BYT_TITLE[1], font="DVSB", size=12, center=True)
    w.y -= 10
    for kind, text in BYT_BODY:
        if kind == "h":
            w.para(text, font="DVSB", size=10.5)
        elif kind == "h2":
            w.para(text, font="DVSB", size=10.5, indent=14)
        elif kind == "p":
            w.para(text, indent=14)
        elif kind == "sign":
            w.y -= 10
            for ln in text:
                if ln:
                    w.c.setFont("DVSB", 10.5)
                    w.c.drawCentredString(430, w.y, ln)
                w.y -= 15
    # Phụ lục I (landscape), long table over several pages
    w.new_page(landscape(A4))
    for k, ln in enumerate(BYT_IND_CAPTION):
        w.para(ln, font="DVSB" if k < 2 else "DVS", size=11 if k < 2 else 9.5, center=True)
    w.y -= 6
    w.table(BYT_IND_HEAD, BYT_IND_W, BYT_IND, size=9, leading=13)
    w.new_page(landscape(A4))
    for k, ln in enumerate(BYT_TASK_CAPTION):
        w.para(ln, font="DVSB" if k < 2 else "DVS", size=11 if k < 2 else 9.5, center=True)
    w.y -= 6
    w.table(BYT_TASK_HEAD, BYT_TASK_W, BYT_TASK, size=9, leading=13)
    w.finish()
    return w.warnings


# ---------------------------------------------------------------------------------------------
# (b) UBND tỉnh Quảng Trị - Kế hoạch chuyển đổi số năm 2027 (Markdown)
# ---------------------------------------------------------------------------------------------
QT_IND_HEAD = ["STT", "Tên chỉ tiêu", "Cơ quan chủ trì theo dõi", "Đơn vị đo", "Ước thực hiện năm 2026",
               "Chỉ tiêu năm 2027", "Ghi chú"]
QT_IND = [
    ("I", "I. CHÍNH QUYỀN SỐ"),
    ("1", "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình", "Trung tâm Phục vụ hành chính công tỉnh", "%", "56,3%", "≥ 70%", ""),
    ("2", "Tỷ lệ thủ tục hành chính được giải quyết không phụ thuộc vào địa giới hành chính trong phạm vi tỉnh", "Trung tâm Phục vụ hành chính công tỉnh", "%", "60%", "100%", ""),
    ("3", "Tỷ lệ văn bản điện tử được ký số, gửi nhận trên Hệ thống quản lý văn bản và điều hành (trừ văn bản mật)", "Văn phòng UBND tỉnh", "%", "97%", "100%", ""),
    ("4", "Số cơ sở dữ liệu chuyên ngành được kết nối, chia sẻ qua LGSP tỉnh", "Sở KH&CN", "cơ sở dữ liệu", "18", "25", ""),
    ("5", "Tỷ lệ xã, phường, đặc khu có điểm kết nối mạng truyền số liệu chuyên dùng cấp II", "Sở KH&CN", "%", "85%", "100%", ""),
    ("6", "Tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ an toàn thông tin", "Công an tỉnh", "%", "80%", "≥ 95%", "Theo Nghị định số 85/2016/NĐ-CP"),
    ("7", "Tỷ lệ cuộc họp của UBND tỉnh được tổ chức theo hình thức không giấy tờ", "Văn phòng UBND tỉnh", "%", "90%", "100%", ""),
    ("8", "Số chỉ số giám sát, cảnh báo được hiển thị trên Trung tâm IOC tỉnh", "Trung tâm Chuyển đổi số tỉnh", "chỉ số", "45", "80", ""),
    ("II", "II. KINH TẾ SỐ"),
    ("9", "Tỷ trọng kinh tế số trong GRDP của tỉnh", "Sở Tài chính", "%", "9,2%", "11,5%", "Số liệu Thống kê tỉnh"),
    ("10", "Số doanh nghiệp công nghệ số đang hoạt động trên địa bàn tỉnh", "Sở KH&CN", "doanh nghiệp", "1.650", "1.800", ""),
    ("11", "Tỷ lệ doanh nghiệp, hộ kinh doanh nộp thuế sử dụng hóa đơn điện tử", "Thuế tỉnh Quảng Trị", "%", "98%", "100%", ""),
    ("12", "Số sản phẩm OCOP được đưa lên sàn thương mại điện tử", "Sở Công Thương", "sản phẩm", "320", "450", ""),
    ("13", "Tỷ lệ giao dịch thanh toán không dùng tiền mặt tại các chợ, trung tâm thương mại", "Sở Công Thương", "%", "42%", "55%", ""),
    ("14", "Tỷ lệ hợp tác xã nông nghiệp ứng dụng công nghệ số trong sản xuất, tiêu thụ sản phẩm", "Sở Nông nghiệp và Môi trường", "%", "25%", "35%", ""),
    ("III", "III. XÃ HỘI SỐ"),
    ("15", "Tỷ lệ dân số trưởng thành sử dụng điện thoại thông minh", "Sở KH&CN", "%", "88%", "92%", ""),
    ("16", "Tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng", "Sở KH&CN", "%", "86%", "90%", ""),
    ("17", "Tỷ lệ người dân có Sổ sức khỏe điện tử", "Sở Y tế", "%", "72%", "90%", ""),
    ("18", "Tỷ lệ công dân từ đủ 14 tuổi trở lên có tài khoản định danh điện tử mức độ 2", "Công an tỉnh", "%", "78,5%", "≥ 90%", ""),
    ("19", "Tỷ lệ cơ sở giáo dục phổ thông triển khai học bạ số", "Sở Giáo dục và Đào tạo", "%", "95%", "100%", ""),
    ("20", "Số Tổ công nghệ số cộng đồng hoạt động hiệu quả", "Sở KH&CN", "tổ", "1.200", "1.250", "Tổ ở thôn, bản, khu phố"),
    ("21", "Tỷ lệ người hưởng chính sách an sinh xã hội nhận trợ cấp qua tài khoản", "Sở Nội vụ", "%", "89%", "≥ 95%", ""),
]
QT_TASK_HEAD = ["TT", "Nội dung nhiệm vụ", "Thời gian hoàn thành", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm"]
QT_TASK = [
    ("A", "A. HẠ TẦNG SỐ"),
    ("1", "Nâng cấp Trung tâm dữ liệu tỉnh, bổ sung năng lực lưu trữ và sao lưu dự phòng", "Quý III/2027", "Sở KH&CN", "Sở Tài chính", "Trung tâm dữ liệu được nâng cấp"),
    ("2", "Mở rộng mạng truyền số liệu chuyên dùng cấp II đến 100% xã, phường, đặc khu", "Tháng 6/2027", "Sở KH&CN", "VNPT Quảng Trị; UBND các xã, phường, đặc khu", "Điểm kết nối cấp xã"),
    ("3", "Phủ sóng di động 4G/5G tại các thôn, bản vùng lõm sóng khu vực biên giới", "Tháng 9/2027", "Sở KH&CN", "Viettel Quảng Trị; VNPT Quảng Trị; Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Trạm phát sóng mới"),
    ("4", "Triển khai hệ thống camera giám sát an ninh, trật tự kết nối Trung tâm IOC tỉnh", "Quý IV/2027", "Công an tỉnh", "Trung tâm Chuyển đổi số tỉnh; UBND các xã, phường, đặc khu", "Hệ thống camera"),
    ("5", "Trang bị thiết bị đầu cuối phục vụ họp trực tuyến cho cấp xã", "Quý II/2027", "Văn phòng UBND tỉnh", "Sở Tài chính", "Phòng họp trực tuyến cấp xã"),
    ("B", "B. DỮ LIỆU VÀ NỀN TẢNG SỐ"),
    ("6", "Xây dựng Kho dữ liệu dùng chung của tỉnh giai đoạn 2", "Tháng 10/2027", "Trung tâm Chuyển đổi số tỉnh", "Sở KH&CN; các sở, ngành", "Kho dữ liệu dùng chung"),
    ("7", "Nâng cấp LGSP tỉnh kết nối với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)", "Quý II/2027", "Sở KH&CN", "Công an tỉnh", "LGSP phiên bản mới"),
    ("8", "Hoàn thiện Cơ sở dữ liệu đất đai tỉnh Quảng Trị cho các xã còn lại", "2026-2027", "Sở Nông nghiệp và Môi trường", "UBND các xã, phường, đặc khu", "Cơ sở dữ liệu đất đai"),
    ("9", "Xây dựng Cơ sở dữ liệu ngành giáo dục tích hợp học bạ số", "Tháng 8/2027", "Sở Giáo dục và Đào tạo", "Sở KH&CN", "Cơ sở dữ liệu ngành giáo dục"),
    ("10", "Làm sạch, đồng bộ dữ liệu hộ tịch với Cơ sở dữ liệu quốc gia về dân cư", "Thường xuyên", "Sở Tư pháp", "Công an tỉnh", "Dữ liệu hộ tịch đúng, đủ, sạch, sống"),
    ("11", "Số hóa hồ sơ di tích Thành cổ Quảng Trị, Địa đạo Vịnh Mốc và các di tích cấp quốc gia", "Quý IV/2027", "Sở Văn hóa, Thể thao và Du lịch", "Sở KH&CN", "Cơ sở dữ liệu di tích"),
    ("12", "Triển khai bệnh án điện tử tại các bệnh viện tuyến tỉnh", "Tháng 12/2027", "Sở Y tế", "Bảo hiểm xã hội tỉnh", "Bệnh án điện tử"),
    ("C", "C. CHÍNH QUYỀN SỐ"),
    ("13", "Đưa vào vận hành Hệ thống thông tin giải quyết thủ tục hành chính tỉnh phiên bản mới", "Quý I/2027", "Trung tâm Phục vụ hành chính công tỉnh", "Văn phòng UBND tỉnh; Sở KH&CN", "Hệ thống vận hành"),
    ("14", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực", "Thường xuyên", "Trung tâm Phục vụ hành chính công tỉnh", "UBND các xã, phường, đặc khu", "Kho kết quả số hóa"),
    ("15", "Triển khai trợ lý ảo hỗ trợ cán bộ, công chức xử lý công việc", "Tháng 11/2027", "Văn phòng UBND tỉnh", "Trung tâm Chuyển đổi số tỉnh", "Trợ lý ảo"),
    ("16", "Đánh giá chỉ số chuyển đổi số (DTI) của các sở, ngành và cấp xã năm 2026", "Quý II/2027", "Sở KH&CN", "Sở Nội vụ", "Quyết định công bố DTI"),
    ("17", "Kiểm tra, đánh giá an toàn thông tin các hệ thống thông tin của tỉnh", "Định kỳ 6 tháng", "Công an tỉnh", "Sở KH&CN", "Báo cáo kiểm tra"),
    ("18", "Xây dựng Hệ thống quản lý cán bộ, công chức, viên chức kết nối Cơ sở dữ liệu quốc gia về cán bộ", "Tháng 5/2027", "Sở Nội vụ", "Sở KH&CN", "Hệ thống quản lý cán bộ"),
    ("D", "D. KINH TẾ SỐ VÀ XÃ HỘI SỐ"),
    ("19", "Hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số", "Năm 2027", "Sở KH&CN", "Sở Tài chính; Hiệp hội Doanh nghiệp tỉnh", "150 doanh nghiệp được hỗ trợ"),
    ("20", "Đưa sản phẩm OCOP lên sàn thương mại điện tử", "Năm 2027", "Sở Công Thương", "Sở Nông nghiệp và Môi trường; UBND các xã, phường, đặc khu", "450 sản phẩm OCOP"),
    ("21", "Triển khai du lịch thông minh, thuyết minh tự động tại các điểm di tích", "Quý III/2027", "Sở Văn hóa, Thể thao và Du lịch", "Trung tâm Chuyển đổi số tỉnh", "Ứng dụng du lịch thông minh"),
    ("22", "Phổ cập kỹ năng số cho người dân qua phong trào \"Bình dân học vụ số\"", "Năm 2027", "Sở KH&CN", "Tỉnh Đoàn; UBND các xã, phường, đặc khu", "Người dân được phổ cập kỹ năng số"),
    ("23", "Chi trả trợ cấp an sinh xã hội không dùng tiền mặt", "Năm 2027", "Sở Nội vụ", "Bảo hiểm xã hội tỉnh; UBND các xã, phường, đặc khu", "Chi trả qua tài khoản"),
    ("24", "Truy xuất nguồn gốc nông sản chủ lực (cà phê Khe Sanh, hồ tiêu Cùa)", "Tháng 9/2027", "Sở Nông nghiệp và Môi trường", "Sở KH&CN", "Tem truy xuất nguồn gốc"),
    ("25", "Tổ chức Ngày Chuyển đổi số tỉnh Quảng Trị năm 2027", "Tháng 10/2027", "Sở KH&CN", "Các sở, ngành; UBND các xã, phường, đặc khu", "Chuỗi sự kiện hưởng ứng"),
]

QT_TOP = """ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc

Số: 412/KH-UBND — Quảng Trị, ngày 25 tháng 12 năm 2026

# KẾ HOẠCH Chuyển đổi số tỉnh Quảng Trị năm 2027

Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; căn cứ Nghị quyết Đại hội Đảng bộ tỉnh Quảng Trị lần thứ I, nhiệm kỳ 2025-2030; Ủy ban nhân dân tỉnh ban hành Kế hoạch chuyển đổi số tỉnh Quảng Trị năm 2027 như sau:

## I. KẾT QUẢ THỰC HIỆN NĂM 2026

Năm 2026, chỉ số chuyển đổi số (DTI) của tỉnh xếp thứ 21/34 tỉnh, thành phố, tăng 5 bậc so với năm 2025. Tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến toàn trình ước đạt 56,3%; toàn tỉnh có 1.200 Tổ công nghệ số cộng đồng. Tồn tại, hạn chế: hạ tầng viễn thông tại khu vực biên giới còn vùng lõm sóng; dữ liệu chuyên ngành chưa được chia sẻ đầy đủ; nhân lực chuyên trách công nghệ thông tin cấp xã còn thiếu.

## II. MỤC TIÊU

### 1. Mục tiêu chung

Phát triển đồng bộ chính quyền số, kinh tế số, xã hội số; lấy dữ liệu làm trung tâm; phấn đấu chỉ số DTI năm 2027 của tỉnh nằm trong nhóm 15 tỉnh, thành phố dẫn đầu cả nước.

### 2. Các chỉ tiêu chủ yếu

Kế hoạch giao 21 chỉ tiêu thuộc 03 nhóm: chính quyền số (08 chỉ tiêu), kinh tế số (06 chỉ tiêu), xã hội số (07 chỉ tiêu); chi tiết tại Phụ lục I. Trong đó, tỷ trọng kinh tế số trong GRDP đạt 11,5%; số doanh nghiệp công nghệ số đạt 1.800 doanh nghiệp; ≥ 95% hệ thống thông tin được phê duyệt cấp độ an toàn thông tin.

## III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM

1. Phát triển hạ tầng số: hoàn thành kết nối mạng truyền số liệu chuyên dùng cấp II đến 100% xã, phường, đặc khu trong tháng 6/2027; xóa vùng lõm sóng di động tại khu vực biên giới.

2. Phát triển dữ liệu và nền tảng: Sở Khoa học và Công nghệ (sau đây gọi tắt là Sở KH&CN) chủ trì nâng cấp Nền tảng tích hợp, chia sẻ dữ liệu tỉnh (sau đây gọi tắt là LGSP tỉnh); Trung tâm Chuyển đổi số tỉnh xây dựng Kho dữ liệu dùng chung giai đoạn 2.

3. Phát triển chính quyền số: vận hành hiệu quả Trung tâm Giám sát, điều hành thông minh của tỉnh (Trung tâm IOC tỉnh); 100% cuộc họp của UBND tỉnh thực hiện không giấy tờ.

4. Phát triển kinh tế số, xã hội số: hỗ trợ 150 doanh nghiệp nhỏ và vừa chuyển đổi số; đẩy mạnh phong trào "Bình dân học vụ số"; chi trả an sinh xã hội không dùng tiền mặt.

Danh mục 25 nhiệm vụ cụ thể năm 2027 tại Phụ lục II.

## IV. KINH PHÍ THỰC HIỆN

Tổng kinh phí dự kiến năm 2027 khoảng 186,5 tỷ đồng, gồm: ngân sách tỉnh 120 tỷ đồng; ngân sách trung ương hỗ trợ 38,5 tỷ đồng; nguồn vốn của doanh nghiệp viễn thông và xã hội hóa 28 tỷ đồng. Sở Tài chính tham mưu bố trí kinh phí trong dự toán ngân sách năm 2027.

## V. TỔ CHỨC THỰC HIỆN

1. Sở KH&CN là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo UBND tỉnh kết quả thực hiện hằng quý (trước ngày 20 của tháng cuối quý) và báo cáo năm trước ngày 05/12/2027.

2. Công an tỉnh chủ trì bảo đảm an ninh mạng, an toàn thông tin; tổ chức kiểm tra định kỳ 6 tháng đối với các hệ thống thông tin của tỉnh.

3. Các sở, ban, ngành và UBND các xã, phường, đặc khu xây dựng kế hoạch chuyển đổi số năm 2027 của cơ quan, địa phương, hoàn thành trước ngày 31/01/2027; gửi báo cáo kết quả về Sở KH&CN trước ngày 15 của tháng cuối quý.

4. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở KH&CN để tổng hợp, báo cáo UBND tỉnh xem xét, điều chỉnh.

**TM. ỦY BAN NHÂN DÂN — KT. CHỦ TỊCH — PHÓ CHỦ TỊCH**

**Hoàng Nam Sơn**
"""


def md_table(head, rows):
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    n = len(head)
    for r in rows:
        if len(r) == 2:
            cells = [f"**{r[0]}**", f"**{r[1].split('. ', 1)[1]}**"] + [""] * (n - 2)
        else:
            cells = list(r)
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out)


def make_qt(path):
    parts = [QT_TOP.rstrip(), "",
             "PHỤ LỤC I – DANH MỤC CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2027",
             "(Kèm theo Kế hoạch số 412/KH-UBND ngày 25/12/2026 của UBND tỉnh Quảng Trị)", "",
             md_table(QT_IND_HEAD, QT_IND), "",
             "PHỤ LỤC II – DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2027",
             "(Kèm theo Kế hoạch số 412/KH-UBND ngày 25/12/2026 của UBND tỉnh Quảng Trị)", "",
             md_table(QT_TASK_HEAD, QT_TASK), ""]
    path.write_text("\n".join(parts), encoding="utf-8")


def main():
    DOCS.mkdir(exist_ok=True)
    warnings = make_byt(DOCS / "2026-program_kh-byt-cds.pdf")
    make_qt(DOCS / "2027-plan_quang-tri.md")
    for w in warnings:
        print("WARN", w)
    print("wrote", *sorted(p.name for p in DOCS.iterdir()))


if __name__ == "__main__":
    main()
