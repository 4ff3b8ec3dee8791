"""Source text of the fictional plan of held-out set 12 (single source of truth for make_docs.py,
build_questions.py's aggregation facts and check.py's "absent" markers).

Kế hoạch số 1482/KH-SVHTTDL of the Sở Văn hóa, Thể thao và Du lịch tỉnh Nam Khê (15/01/2027):
chuyển đổi số ngành Văn hóa, Thể thao và Du lịch tỉnh Nam Khê giai đoạn 2027 - 2030.
Everything here is invented: "Nam Khê" is not a Vietnamese province; numbers, names, tasks, the
signer and the provincial documents cited are fictional.
"""

KEY = "namkhe-vhttdl-2027"

LETTERHEAD_LEFT = ["ỦY BAN NHÂN DÂN TỈNH NAM KHÊ", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"]
LETTERHEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
NUMBER_LINE = "Số: 1482/KH-SVHTTDL"
PLACE_DATE = "Nam Khê, ngày 15 tháng 01 năm 2027"
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Chuyển đổi số ngành Văn hóa, Thể thao và Du lịch tỉnh Nam Khê giai đoạn 2027 - 2030")

# Body blocks: (kind, text). kinds: h1 (Roman section), h2 (sub-section), h3 (task group A-D),
# p (paragraph), b (dash line), task (number, title, [(label, value), ...]).
BODY = [
    ("p", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, "
          "công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("p", "Căn cứ Nghị quyết số 09-NQ/TU ngày 12/8/2026 của Ban Chấp hành Đảng bộ tỉnh Nam Khê về chuyển đổi số "
          "tỉnh Nam Khê đến năm 2030;"),
    ("p", "Căn cứ Kế hoạch số 215/KH-UBND ngày 30/10/2026 của Ủy ban nhân dân tỉnh Nam Khê về chuyển đổi số tỉnh "
          "Nam Khê giai đoạn 2026 - 2030;"),
    ("p", "Căn cứ Quyết định số 31/2026/QĐ-UBND ngày 05/3/2026 của Ủy ban nhân dân tỉnh Nam Khê quy định chức năng, "
          "nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Văn hóa, Thể thao và Du lịch;"),
    ("p", "Sở Văn hóa, Thể thao và Du lịch tỉnh Nam Khê (sau đây gọi tắt là Sở VHTTDL) ban hành Kế hoạch chuyển "
          "đổi số ngành Văn hóa, Thể thao và Du lịch tỉnh Nam Khê giai đoạn 2027 - 2030 như sau:"),
    ("h1", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("h2", "1. Mục đích"),
    ("p", "Cụ thể hóa Kế hoạch số 215/KH-UBND của Ủy ban nhân dân tỉnh trong lĩnh vực văn hóa, gia đình, thể dục "
          "thể thao và du lịch; lấy người dân, du khách và doanh nghiệp làm trung tâm, lấy dữ liệu số làm nền tảng "
          "để đổi mới phương thức quản lý nhà nước và cung cấp dịch vụ của ngành."),
    ("p", "Phát triển du lịch thông minh, bảo tồn và phát huy giá trị di sản văn hóa trên môi trường số, góp phần "
          "đưa du lịch trở thành ngành kinh tế mũi nhọn của tỉnh Nam Khê."),
    ("h2", "2. Yêu cầu"),
    ("b", "Các nhiệm vụ phải có đơn vị chủ trì, thời gian hoàn thành và sản phẩm cụ thể; gắn trách nhiệm người "
          "đứng đầu các phòng, đơn vị thuộc Sở với kết quả chuyển đổi số."),
    ("b", "Bảo đảm kết nối, chia sẻ dữ liệu với các hệ thống dùng chung của tỉnh thông qua Nền tảng tích hợp, chia "
          "sẻ dữ liệu cấp tỉnh (sau đây gọi tắt là LGSP); không đầu tư trùng lặp hạ tầng đã có."),
    ("b", "Bảo đảm an toàn thông tin mạng và bảo vệ dữ liệu cá nhân trong toàn bộ quá trình thu thập, lưu trữ, "
          "khai thác dữ liệu của ngành."),
    ("p", "Trong Kế hoạch này, các cơ quan, đơn vị được viết tắt như sau: Văn phòng Sở VHTTDL (Văn phòng Sở); "
          "Trung tâm Thông tin và Xúc tiến du lịch (TTTT&XTDL); Ban Quản lý di tích tỉnh (BQL Di tích); Trung tâm "
          "Huấn luyện và Thi đấu thể thao (TTHL&TĐTT); Phòng Quản lý du lịch (Phòng QLDL); Phòng Quản lý văn hóa "
          "và Gia đình (Phòng QLVH&GĐ); Phòng Quản lý thể dục thể thao (Phòng QLTDTT); Sở Khoa học và Công nghệ "
          "(Sở KH&CN); Ủy ban nhân dân các xã, phường (UBND cấp xã). Thủ tục hành chính viết tắt là TTHC; dịch vụ "
          "công trực tuyến viết tắt là DVCTT; cơ sở dữ liệu viết tắt là CSDL."),
    ("h1", "II. MỤC TIÊU"),
    ("h2", "1. Mục tiêu tổng quát"),
    ("p", "Đến năm 2030, ngành Văn hóa, Thể thao và Du lịch tỉnh Nam Khê cơ bản hoàn thành chuyển đổi số trong "
          "quản lý nhà nước; dữ liệu về di sản, du lịch và thể thao được số hóa, kết nối và khai thác hiệu quả; "
          "tỉnh Nam Khê thuộc nhóm 15 tỉnh, thành phố dẫn đầu cả nước về du lịch thông minh."),
    ("h2", "2. Mục tiêu cụ thể"),
    ("p", "Kế hoạch đặt 25 chỉ tiêu thuộc 05 nhóm, có lộ trình thực hiện theo từng năm từ 2027 đến 2030 và giao "
          "đơn vị chịu trách nhiệm theo dõi (chi tiết tại Phụ lục I). Một số mục tiêu trọng tâm:"),
    ("b", "Đến năm 2028, 100% hệ thống thông tin của ngành được phê duyệt hồ sơ cấp độ an toàn thông tin; đến năm "
          "2030, 100% đơn vị trực thuộc Sở sử dụng dịch vụ điện toán đám mây của tỉnh."),
    ("b", "Đến năm 2030, 100% di tích đã xếp hạng được số hóa hồ sơ khoa học; 12.000 hiện vật, tài liệu của Bảo "
          "tàng tỉnh được số hóa 3D hoặc ảnh độ phân giải cao."),
    ("b", "Đến năm 2030, 85% hồ sơ TTHC của Sở được tiếp nhận, giải quyết trực tuyến toàn trình."),
    ("b", "Trước năm 2029, 03 di tích quốc gia đặc biệt trên địa bàn tỉnh có tour thực tế ảo 360° được giới "
          "thiệu trên ứng dụng Nam Khê Travel."),
    ("b", "Phấn đấu đến năm 2030, doanh thu từ các dịch vụ du lịch được đặt và thanh toán trực tuyến chiếm tối "
          "thiểu 30% tổng doanh thu du lịch của tỉnh."),
    ("h1", "III. NHIỆM VỤ, GIẢI PHÁP"),
    ("p", "Kế hoạch gồm 19 nhiệm vụ thuộc 04 nhóm (A - D), đánh số liên tục từ 1 đến 19. Mỗi nhiệm vụ nêu đơn vị "
          "chủ trì, đơn vị phối hợp, thời gian hoàn thành và sản phẩm."),
    ("h3", "A. HOÀN THIỆN THỂ CHẾ, NÂNG CAO NHẬN THỨC VÀ PHÁT TRIỂN NHÂN LỰC SỐ"),
    ("task", "1", "Ban hành Quy chế quản lý, khai thác và chia sẻ dữ liệu số ngành Văn hóa, Thể thao và Du lịch.",
     [("Đơn vị chủ trì", "Văn phòng Sở."),
      ("Đơn vị phối hợp", "Sở KH&CN, Công an tỉnh, các phòng, đơn vị thuộc Sở."),
      ("Thời gian hoàn thành", "Quý III/2027."),
      ("Sản phẩm", "Quyết định ban hành Quy chế của Giám đốc Sở VHTTDL.")]),
    ("task", "2", "Xây dựng Kiến trúc số ngành Văn hóa, Thể thao và Du lịch phiên bản 1.0, phù hợp với Kiến trúc số "
                  "tỉnh Nam Khê.",
     [("Đơn vị chủ trì", "Văn phòng Sở."),
      ("Đơn vị phối hợp", "Sở KH&CN."),
      ("Thời gian hoàn thành", "Quý II/2027."),
      ("Sản phẩm", "Kiến trúc số ngành phiên bản 1.0 được Giám đốc Sở phê duyệt.")]),
    ("task", "3", "Bồi dưỡng kỹ năng số, kỹ năng khai thác dữ liệu cho công chức, viên chức và người lao động của "
                  "ngành.",
     [("Đơn vị chủ trì", "Văn phòng Sở."),
      ("Đơn vị phối hợp", "Sở Nội vụ, các doanh nghiệp công nghệ số."),
      ("Thời gian hoàn thành", "Hằng năm."),
      ("Sản phẩm", "Tối thiểu 02 lớp bồi dưỡng mỗi năm; 100% công chức, viên chức được bồi dưỡng kỹ năng số cơ bản "
                   "vào năm 2030.")]),
    ("task", "4", "Tuyên truyền về chuyển đổi số ngành trên báo chí, mạng xã hội và tổ chức Ngày hội văn hóa số Nam "
                  "Khê.",
     [("Đơn vị chủ trì", "TTTT&XTDL."),
      ("Đơn vị phối hợp", "Báo và Phát thanh, Truyền hình Nam Khê, UBND cấp xã."),
      ("Thời gian hoàn thành", "Thường xuyên."),
      ("Sản phẩm", "Chuyên mục chuyển đổi số trên Cổng thông tin điện tử của Sở; Ngày hội văn hóa số Nam Khê tổ "
                   "chức vào tháng 10 hằng năm.")]),
    ("h3", "B. PHÁT TRIỂN HẠ TẦNG SỐ, NỀN TẢNG SỐ VÀ DỮ LIỆU SỐ"),
    ("task", "5", "Chuyển các hệ thống thông tin của Sở lên nền tảng điện toán đám mây của tỉnh.",
     [("Đơn vị chủ trì", "Văn phòng Sở."),
      ("Đơn vị phối hợp", "Sở KH&CN, các doanh nghiệp viễn thông."),
      ("Thời gian hoàn thành", "Năm 2028."),
      ("Sản phẩm", "Các hệ thống thông tin của Sở vận hành trên nền tảng điện toán đám mây của tỉnh.")]),
    ("task", "6", "Xây dựng Kho dữ liệu số ngành Văn hóa, Thể thao và Du lịch, kết nối với LGSP.",
     [("Đơn vị chủ trì", "TTTT&XTDL."),
      ("Đơn vị phối hợp", "Sở KH&CN, Công an tỉnh."),
      ("Thời gian hoàn thành", "Quý IV/2028."),
      ("Sản phẩm", "Kho dữ liệu số của ngành được đưa vào vận hành, chia sẻ dữ liệu qua LGSP.")]),
    ("task", "7", "Xây dựng CSDL di sản văn hóa tỉnh Nam Khê (di tích, di sản văn hóa phi vật thể, hiện vật).",
     [("Đơn vị chủ trì", "BQL Di tích."),
      ("Đơn vị phối hợp", "Bảo tàng tỉnh, UBND cấp xã."),
      ("Thời gian hoàn thành", "Quý II/2029."),
      ("Sản phẩm", "CSDL di sản văn hóa tỉnh Nam Khê được cập nhật, khai thác trực tuyến.")]),
    ("task", "8", "Số hóa 3D hiện vật tiêu biểu và xây dựng Bảo tàng số tỉnh Nam Khê.",
     [("Đơn vị chủ trì", "Bảo tàng tỉnh."),
      ("Đơn vị phối hợp", "TTTT&XTDL."),
      ("Thời gian hoàn thành", "Năm 2030."),
      ("Sản phẩm", "Nền tảng Bảo tàng số với 12.000 hiện vật, tài liệu được số hóa.")]),
    ("task", "9", "Số hóa tài liệu địa chí, tài liệu quý hiếm và xây dựng Thư viện số tỉnh Nam Khê.",
     [("Đơn vị chủ trì", "Thư viện tỉnh."),
      ("Đơn vị phối hợp", "Sở KH&CN."),
      ("Thời gian hoàn thành", "Quý IV/2029."),
      ("Sản phẩm", "Thư viện số với 8.000 đầu tài liệu được số hóa toàn văn.")]),
    ("task", "10", "Triển khai giám sát an toàn thông tin cho các hệ thống thông tin của ngành, kết nối với hệ "
                   "thống giám sát an toàn thông tin của tỉnh.",
     [("Đơn vị chủ trì", "Văn phòng Sở."),
      ("Đơn vị phối hợp", "Công an tỉnh, Sở KH&CN."),
      ("Thời gian hoàn thành", "Quý I/2028."),
      ("Sản phẩm", "100% hệ thống thông tin của ngành được giám sát an toàn thông tin 24/7.")]),
    ("h3", "C. PHÁT TRIỂN DU LỊCH THÔNG MINH"),
    ("task", "11", "Xây dựng Trung tâm điều hành du lịch thông minh tỉnh Nam Khê.",
     [("Đơn vị chủ trì", "TTTT&XTDL."),
      ("Đơn vị phối hợp", "Phòng QLDL, Sở KH&CN, Công an tỉnh."),
      ("Thời gian hoàn thành", "Quý IV/2028."),
      ("Sản phẩm", "Trung tâm đi vào hoạt động, kết nối dữ liệu camera và cảm biến đếm lượt khách từ tối thiểu 14 "
                   "điểm du lịch trọng điểm.")]),
    ("task", "12", "Nâng cấp ứng dụng du lịch thông minh Nam Khê Travel, tích hợp bản đồ số, đặt dịch vụ và tiếp nhận "
                   "phản ánh của du khách.",
     [("Đơn vị chủ trì", "TTTT&XTDL."),
      ("Đơn vị phối hợp", "Hiệp hội Du lịch tỉnh, các doanh nghiệp viễn thông."),
      ("Thời gian hoàn thành", "Quý II/2028."),
      ("Sản phẩm", "Ứng dụng Nam Khê Travel phiên bản 2.0.")]),
    ("task", "13", "Triển khai vé điện tử và thanh toán không dùng tiền mặt tại các khu, điểm du lịch và di tích.",
     [("Đơn vị chủ trì", "Phòng QLDL."),
      ("Đơn vị phối hợp", "BQL Di tích, các ngân hàng thương mại, UBND cấp xã."),
      ("Thời gian hoàn thành", "Năm 2029."),
      ("Sản phẩm", "Hệ thống vé điện tử dùng chung của tỉnh.")]),
    ("task", "14", "Xây dựng hệ thống thuyết minh tự động đa ngôn ngữ và tour thực tế ảo 360° tại các điểm đến.",
     [("Đơn vị chủ trì", "TTTT&XTDL."),
      ("Đơn vị phối hợp", "BQL Di tích, Bảo tàng tỉnh."),
      ("Thời gian hoàn thành", "Năm 2030."),
      ("Sản phẩm", "70 điểm đến có thuyết minh tự động đa ngôn ngữ; tour thực tế ảo 360° tại 03 di tích quốc gia "
                   "đặc biệt.")]),
    ("task", "15", "Khảo sát mức độ hài lòng của khách du lịch qua nền tảng số.",
     [("Đơn vị chủ trì", "Phòng QLDL."),
      ("Đơn vị phối hợp", "TTTT&XTDL, Hiệp hội Du lịch tỉnh."),
      ("Thời gian hoàn thành", "Quý IV hằng năm."),
      ("Sản phẩm", "Báo cáo kết quả khảo sát mức độ hài lòng của khách du lịch.")]),
    ("h3", "D. CHUYỂN ĐỔI SỐ TRONG QUẢN LÝ NHÀ NƯỚC, VĂN HÓA VÀ THỂ THAO"),
    ("task", "16", "Tái cấu trúc quy trình và cung cấp DVCTT toàn trình đối với các TTHC thuộc thẩm quyền của Sở.",
     [("Đơn vị chủ trì", "Văn phòng Sở."),
      ("Đơn vị phối hợp", "Trung tâm Phục vụ hành chính công tỉnh."),
      ("Thời gian hoàn thành", "Quý IV/2027."),
      ("Sản phẩm", "Danh mục TTHC được cung cấp DVCTT toàn trình được Ủy ban nhân dân tỉnh công bố.")]),
    ("task", "17", "Xây dựng nền tảng quản lý thể thao (quản lý giải đấu, hồ sơ số vận động viên).",
     [("Đơn vị chủ trì", "TTHL&TĐTT."),
      ("Đơn vị phối hợp", "Phòng QLTDTT, Sở Y tế."),
      ("Thời gian hoàn thành", "Quý III/2028."),
      ("Sản phẩm", "Nền tảng quản lý thể thao tỉnh Nam Khê.")]),
    ("task", "18", "Ghi hình, số hóa và phát hành trên nền tảng số các chương trình nghệ thuật truyền thống.",
     [("Đơn vị chủ trì", "Nhà hát Nghệ thuật truyền thống tỉnh."),
      ("Đơn vị phối hợp", "Trung tâm Văn hóa - Nghệ thuật tỉnh."),
      ("Thời gian hoàn thành", "Thường xuyên."),
      ("Sản phẩm", "Kho chương trình nghệ thuật số; 100 chương trình được phát hành trên nền tảng số vào năm "
                   "2030.")]),
    ("task", "19", "Thực hiện thanh tra, kiểm tra chuyên ngành trên nền tảng số.",
     [("Đơn vị chủ trì", "Thanh tra Sở."),
      ("Đơn vị phối hợp", "Văn phòng Sở, Phòng QLVH&GĐ."),
      ("Thời gian hoàn thành", "Năm 2028."),
      ("Sản phẩm", "Phần mềm quản lý thanh tra, kiểm tra chuyên ngành.")]),
    ("h1", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "Tổng kinh phí dự kiến thực hiện Kế hoạch là 84.000 triệu đồng (Tám mươi tư tỷ đồng), trong đó: ngân sách "
          "tỉnh 64.500 triệu đồng (chiếm 76,8%); nguồn vốn Chương trình mục tiêu quốc gia phát triển văn hóa 4.000 "
          "triệu đồng; nguồn xã hội hóa 15.500 triệu đồng (chi tiết tại Phụ lục II)."),
    ("p", "Năm 2028 là năm có nhu cầu kinh phí lớn nhất (27.100 triệu đồng) do triển khai đồng thời Kho dữ liệu số "
          "và Trung tâm điều hành du lịch thông minh."),
    ("p", "Hằng năm, các phòng, đơn vị thuộc Sở lập dự toán kinh phí chuyển đổi số gửi Phòng Kế hoạch - Tài chính "
          "trước ngày 15 tháng 7 để tổng hợp, trình cấp có thẩm quyền bố trí; dành tối thiểu 10% kinh phí của các "
          "dự án công nghệ thông tin cho bảo đảm an toàn thông tin mạng."),
    ("h1", "V. TỔ CHỨC THỰC HIỆN"),
    ("h2", "1. Văn phòng Sở"),
    ("p", "Là đầu mối giúp Giám đốc Sở theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo kết quả thực "
          "hiện 6 tháng trước ngày 15 tháng 6 và báo cáo năm trước ngày 10 tháng 12 gửi Ủy ban nhân dân tỉnh và "
          "Sở KH&CN."),
    ("p", "Tham mưu tổ chức sơ kết giữa kỳ vào Quý IV/2028 và tổng kết việc thực hiện Kế hoạch vào Quý IV/2030."),
    ("h2", "2. Phòng Kế hoạch - Tài chính"),
    ("p", "Chủ trì tổng hợp dự toán, tham mưu bố trí và hướng dẫn sử dụng kinh phí thực hiện Kế hoạch theo đúng quy "
          "định; phối hợp với Sở Tài chính huy động nguồn xã hội hóa."),
    ("h2", "3. Trung tâm Thông tin và Xúc tiến du lịch"),
    ("p", "Vận hành Trung tâm điều hành du lịch thông minh, ứng dụng Nam Khê Travel và Kho dữ liệu số của ngành; "
          "công bố dữ liệu mở của ngành trên Cổng dữ liệu mở của tỉnh."),
    ("h2", "4. Các phòng, đơn vị thuộc Sở"),
    ("p", "Căn cứ nhiệm vụ được giao, xây dựng kế hoạch chi tiết trước ngày 28 tháng 02 năm 2027; báo cáo kết quả "
          "thực hiện hằng quý về Văn phòng Sở trước ngày 20 của tháng cuối quý."),
    ("h2", "5. Đề nghị các cơ quan, đơn vị phối hợp"),
    ("p", "Đề nghị Sở KH&CN hướng dẫn bảo đảm kết nối với LGSP và nền tảng điện toán đám mây của tỉnh; Công an tỉnh "
          "hỗ trợ bảo đảm an ninh mạng và xác thực dữ liệu dân cư; UBND cấp xã phối hợp cập nhật dữ liệu di tích, "
          "thiết chế văn hóa trên địa bàn; Hiệp hội Du lịch tỉnh vận động doanh nghiệp tham gia ứng dụng Nam Khê "
          "Travel."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở VHTTDL (qua Văn phòng "
          "Sở) để xem xét, điều chỉnh cho phù hợp./."),
]

RECIPIENTS = ["Nơi nhận:", "- UBND tỉnh (để b/c);", "- Sở KH&CN;", "- Giám đốc, các Phó Giám đốc Sở;",
              "- Các phòng, đơn vị thuộc Sở;", "- UBND các xã, phường;", "- Lưu: VT, VP."]
SIGNER = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lương Thị Minh Thư"]

APPX_NOTE = ("(Kèm theo Kế hoạch số 1482/KH-SVHTTDL ngày 15/01/2027 của Sở Văn hóa, Thể thao và Du lịch "
             "tỉnh Nam Khê)")

# ---------------------------------------------------------------------------------------------
# Phụ lục I: indicators; two-row header, year targets in separate columns under "Lộ trình thực hiện"
APPX1_TITLE = "Phụ lục I"
APPX1_SUB = "CHỈ TIÊU CHUYỂN ĐỔI SỐ NGÀNH VĂN HÓA, THỂ THAO VÀ DU LỊCH GIAI ĐOẠN 2027 - 2030"
IND_HEAD_TOP = ["STT", "Chỉ tiêu", "Đơn vị tính", "Hiện trạng năm 2026", "Lộ trình thực hiện",
                "Đơn vị chịu trách nhiệm"]
IND_YEARS = ["2027", "2028", "2029", "2030"]
# (STT, Chỉ tiêu, Đơn vị tính, Hiện trạng năm 2026, 2027, 2028, 2029, 2030, Đơn vị chịu trách nhiệm)
IND_GROUPS = [
    ("I", "Hạ tầng số và an toàn thông tin", [
        ("1", "Tỷ lệ di tích quốc gia, di tích cấp tỉnh được phủ sóng Wi-Fi miễn phí phục vụ khách tham quan",
         "%", "35", "45", "60", "75", "90", "BQL Di tích"),
        ("2", "Số điểm du lịch trọng điểm có camera và cảm biến đếm lượt khách kết nối về Trung tâm điều hành du "
              "lịch thông minh", "Điểm", "4", "8", "14", "20", "26", "TTTT&XTDL"),
        ("3", "Tỷ lệ hệ thống thông tin của ngành được phê duyệt hồ sơ cấp độ an toàn thông tin",
         "%", "60", "80", "100", "100", "100", "Văn phòng Sở"),
        ("4", "Tỷ lệ đơn vị trực thuộc Sở sử dụng dịch vụ điện toán đám mây của tỉnh",
         "%", "20", "40", "65", "85", "100", "Văn phòng Sở"),
        ("5", "Số cuộc diễn tập ứng cứu sự cố an toàn thông tin mạng cấp ngành",
         "Cuộc/năm", "0", "01", "01", "02", "02", "Văn phòng Sở; Công an tỉnh"),
    ]),
    ("II", "Dữ liệu số", [
        ("6", "Số hiện vật, tài liệu của Bảo tàng tỉnh được số hóa 3D hoặc ảnh độ phân giải cao",
         "Hiện vật", "1.200", "3.500", "6.000", "8.500", "12.000", "Bảo tàng tỉnh"),
        ("7", "Tỷ lệ di tích đã xếp hạng được số hóa hồ sơ khoa học và đưa vào CSDL di sản văn hóa",
         "%", "30", "50", "70", "85", "100", "BQL Di tích"),
        ("8", "Số đầu tài liệu địa chí, tài liệu quý hiếm của Thư viện tỉnh được số hóa toàn văn",
         "Đầu tài liệu", "2.400", "4.000", "6.000", "8.000", "10.000", "Thư viện tỉnh"),
        ("9", "Tỷ lệ cơ sở lưu trú du lịch được cập nhật thông tin vào CSDL du lịch của tỉnh",
         "%", "55", "70", "85", "95", "100", "Phòng QLDL; TTTT&XTDL"),
        ("10", "Số bộ dữ liệu mở của ngành được công bố trên Cổng dữ liệu mở của tỉnh",
         "Bộ dữ liệu", "3", "6", "10", "15", "20", "TTTT&XTDL"),
        ("11", "Tỷ lệ vận động viên đội tuyển tỉnh có hồ sơ số (thể lực, thành tích, y tế)",
         "%", "25", "50", "75", "90", "100", "TTHL&TĐTT"),
    ]),
    ("III", "Dịch vụ công trực tuyến và quản trị số", [
        ("12", "Tỷ lệ TTHC thuộc thẩm quyền của Sở được cung cấp DVCTT toàn trình",
         "%", "72", "80", "90", "95", "100", "Văn phòng Sở"),
        ("13", "Tỷ lệ hồ sơ TTHC của Sở được tiếp nhận, giải quyết trực tuyến toàn trình",
         "%", "38", "50", "65", "75", "85", "Văn phòng Sở"),
        ("14", "Tỷ lệ văn bản đi của Sở được ký số và gửi, nhận trên môi trường mạng (trừ văn bản mật)",
         "%", "92", "95", "98", "100", "100", "Văn phòng Sở"),
        ("15", "Tỷ lệ cuộc thanh tra, kiểm tra chuyên ngành được thực hiện trên nền tảng số",
         "%", "10", "25", "40", "60", "80", "Thanh tra Sở"),
        ("16", "Mức độ hài lòng của người dân, doanh nghiệp đối với DVCTT của ngành",
         "%", "82", "≥ 85", "≥ 88", "≥ 90", "≥ 92", "Văn phòng Sở"),
    ]),
    ("IV", "Du lịch thông minh", [
        ("17", "Tỷ lệ khu, điểm du lịch cung cấp vé điện tử và thanh toán không dùng tiền mặt",
         "%", "40", "55", "70", "85", "100", "Phòng QLDL"),
        ("18", "Số điểm đến có thuyết minh tự động đa ngôn ngữ (mã QR, thuyết minh âm thanh)",
         "Điểm", "12", "25", "40", "55", "70", "TTTT&XTDL"),
        ("19", "Số lượt tải và sử dụng ứng dụng du lịch thông minh Nam Khê Travel",
         "Nghìn lượt", "85", "150", "250", "380", "500", "TTTT&XTDL"),
        ("20", "Tỷ lệ doanh nghiệp lữ hành, cơ sở lưu trú từ 3 sao trở lên ứng dụng phần mềm quản lý và bán hàng "
               "trực tuyến", "%", "45", "60", "75", "85", "95", "Phòng QLDL"),
        ("21", "Tỷ lệ khách du lịch hài lòng với thông tin du lịch trực tuyến của tỉnh",
         "%", "-", "80", "85", "88", "90", "TTTT&XTDL"),
    ]),
    ("V", "Văn hóa số, thể thao và nhân lực số", [
        ("22", "Số chương trình nghệ thuật truyền thống được ghi hình và phát hành trên nền tảng số",
         "Chương trình", "15", "30", "50", "70", "100", "Nhà hát Nghệ thuật truyền thống tỉnh"),
        ("23", "Tỷ lệ thiết chế văn hóa cấp xã có trang thông tin hoặc tài khoản số giới thiệu hoạt động",
         "%", "20", "40", "60", "80", "100", "Phòng QLVH&GĐ; UBND cấp xã"),
        ("24", "Tỷ lệ công chức, viên chức của ngành được bồi dưỡng kỹ năng số cơ bản",
         "%", "50", "70", "85", "95", "100", "Văn phòng Sở"),
        ("25", "Số giải thể thao cấp tỉnh được đăng ký thi đấu và quản lý kết quả trực tuyến",
         "Giải", "2", "6", "10", "14", "18", "Phòng QLTDTT"),
    ]),
]

# ---------------------------------------------------------------------------------------------
# Phụ lục II: budget by content item, year columns under "Phân kỳ thực hiện", funding source, total row
APPX2_TITLE = "Phụ lục II"
APPX2_SUB = "KHÁI TOÁN KINH PHÍ THỰC HIỆN KẾ HOẠCH GIAI ĐOẠN 2027 - 2030"
APPX2_UNIT = "Đơn vị tính: triệu đồng"
BUD_HEAD_TOP = ["STT", "Nội dung", "Tổng kinh phí", "Phân kỳ thực hiện", "Nguồn kinh phí"]
BUD_YEARS = ["Năm 2027", "Năm 2028", "Năm 2029", "Năm 2030"]
# (STT, Nội dung, Tổng kinh phí, 2027, 2028, 2029, 2030, Nguồn kinh phí)   [numbers in triệu đồng]
BUDGET = [
    ("1", "Hạ tầng số, điện toán đám mây và bảo đảm an toàn thông tin", 12000, 3200, 4100, 2600, 2100,
     "Ngân sách tỉnh"),
    ("2", "Kho dữ liệu số ngành và CSDL di sản văn hóa", 19000, 4500, 6200, 5100, 3200, "Ngân sách tỉnh"),
    ("3", "Số hóa hiện vật, tài liệu của Bảo tàng tỉnh và Thư viện tỉnh", 13000, 2800, 3600, 3400, 3200,
     "Ngân sách tỉnh 9.000; Chương trình mục tiêu quốc gia 4.000"),
    ("4", "Trung tâm điều hành du lịch thông minh và ứng dụng Nam Khê Travel", 20000, 5600, 7400, 4200, 2800,
     "Ngân sách tỉnh 14.000; xã hội hóa 6.000"),
    ("5", "Thuyết minh tự động đa ngôn ngữ và tour thực tế ảo 360°", 8500, 1500, 2500, 2500, 2000, "Xã hội hóa"),
    ("6", "Nền tảng quản lý thể thao và hồ sơ số vận động viên", 4500, 900, 1600, 1200, 800, "Ngân sách tỉnh"),
    ("7", "Ghi hình, số hóa chương trình nghệ thuật truyền thống", 4400, 700, 1000, 1300, 1400,
     "Ngân sách tỉnh 3.400; xã hội hóa 1.000"),
    ("8", "Bồi dưỡng kỹ năng số và truyền thông về chuyển đổi số", 2600, 600, 700, 700, 600, "Ngân sách tỉnh"),
]
TOTAL_LABEL = "Tổng cộng"


def vn(n):
    """12000 -> '12.000' (Vietnamese thousands separator)."""
    return f"{n:,}".replace(",", ".")


def budget_rows():
    rows = [(r[0], r[1], vn(r[2]), vn(r[3]), vn(r[4]), vn(r[5]), vn(r[6]), r[7]) for r in BUDGET]
    tot = [sum(r[i] for r in BUDGET) for i in range(2, 7)]
    return rows, ("", TOTAL_LABEL) + tuple(vn(t) for t in tot) + ("",)


def indicator_rows():
    """[(group, name, STT, Chỉ tiêu, ĐVT, 2026, 2027, 2028, 2029, 2030, agency)]"""
    return [(g, gn) + r for g, gn, items in IND_GROUPS for r in items]


def task_list():
    """[(group letter, group title, number, title, {label: value})]"""
    out, grp = [], None
    for b in BODY:
        if b[0] == "h3":
            grp = b[1]
        elif b[0] == "task":
            out.append((grp.split(".")[0], grp, b[1], b[2], dict(b[3])))
    return out


def _self_check():
    for r in BUDGET:
        assert r[2] == sum(r[3:7]), r
    rows, total = budget_rows()
    assert total[2] == "84.000" and total[4] == "27.100", total
    nums = [r[2] for r in indicator_rows()]
    assert nums == [str(i) for i in range(1, 26)], nums
    assert [t[2] for t in task_list()] == [str(i) for i in range(1, 20)]


_self_check()
