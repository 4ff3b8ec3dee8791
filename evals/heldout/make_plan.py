"""Generates the held-out fictional plan (Markdown) from the data below; pandoc turns it into .docx.
Kept so that counts used in aggregation questions can be recomputed."""
import pathlib

HERE = pathlib.Path(__file__).parent
NAME = "ke-hoach-cds-nghe-an-2027"

# Phụ lục I: (group, TT, tên, đơn vị tính, chủ trì, kết quả 2026, chỉ tiêu 2027, phối hợp, ghi chú)
GROUPS_I = [
    ("A", "HẠ TẦNG SỐ VÀ BẢO ĐẢM AN TOÀN THÔNG TIN"),
    ("B", "CHÍNH QUYỀN SỐ"),
    ("C", "KINH TẾ SỐ VÀ XÃ HỘI SỐ"),
]
IND = [
    ("A", "Tỷ lệ dân số được phủ sóng mạng di động 5G", "%", "Sở Khoa học và Công nghệ", "68%", "85%", "Các doanh nghiệp viễn thông", ""),
    ("A", "Tỷ lệ thôn, bản, khối xóm có đường truyền cáp quang đến trung tâm", "%", "Sở Khoa học và Công nghệ", "96,5%", "100%", "Các doanh nghiệp viễn thông; UBND các xã, phường", ""),
    ("A", "Tốc độ truy cập băng rộng di động trung bình", "Mb/s", "Sở Khoa học và Công nghệ", "95", "120", "Các doanh nghiệp viễn thông", "Theo số liệu đo kiểm i-Speed"),
    ("A", "Số trung tâm dữ liệu của tỉnh đạt tiêu chuẩn TCVN 9250:2021 mức 3", "Trung tâm", "Sở Khoa học và Công nghệ", "01", "02", "Sở Tài chính", "Bao gồm trung tâm dự phòng"),
    ("A", "Tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ an toàn thông tin", "%", "Công an tỉnh", "91%", "100%", "Các sở, ban, ngành; UBND các xã, phường", ""),
    ("A", "Tỷ lệ cơ quan nhà nước kết nối với Trung tâm giám sát an toàn thông tin (SOC) của tỉnh", "%", "Công an tỉnh", "80%", "100%", "Sở Khoa học và Công nghệ", ""),
    ("A", "Số cuộc diễn tập thực chiến an toàn thông tin mạng cấp tỉnh tổ chức trong năm", "Cuộc", "Công an tỉnh", "01", "02", "Sở Khoa học và Công nghệ", ""),
    ("A", "Tỷ lệ kinh phí chi cho an toàn thông tin trên tổng kinh phí chi cho công nghệ thông tin, chuyển đổi số", "%", "Sở Tài chính", "8%", "Tối thiểu 10%", "Sở Khoa học và Công nghệ", "Chỉ tiêu mới bổ sung"),
    ("B", "Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình", "%", "Trung tâm Phục vụ hành chính công tỉnh", "88%", "100%", "Các sở, ban, ngành", ""),
    ("B", "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến", "%", "Trung tâm Phục vụ hành chính công tỉnh", "72%", "82%", "UBND các xã, phường", ""),
    ("B", "Tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa", "%", "Văn phòng UBND tỉnh", "93%", "100%", "Trung tâm Phục vụ hành chính công tỉnh", ""),
    ("B", "Mức độ hài lòng của người dân, doanh nghiệp đối với dịch vụ công trực tuyến", "%", "Văn phòng UBND tỉnh", "91%", "96%", "Sở Nội vụ", ""),
    ("B", "Tỷ lệ văn bản đi được ký số và gửi, nhận trên môi trường mạng (trừ văn bản mật)", "%", "Văn phòng UBND tỉnh", "98,7%", "100%", "Sở Khoa học và Công nghệ", ""),
    ("B", "Tỷ lệ cuộc họp của UBND tỉnh được tổ chức theo hình thức không giấy", "%", "Văn phòng UBND tỉnh", "85%", "95%", "Sở Khoa học và Công nghệ", ""),
    ("B", "Tỷ lệ cơ sở dữ liệu chuyên ngành được kết nối qua nền tảng LGSP của tỉnh", "%", "Sở Khoa học và Công nghệ", "64%", "80%", "Các sở, ban, ngành", ""),
    ("B", "Số bộ dữ liệu mở được công bố trên Cổng dữ liệu mở của tỉnh", "Bộ dữ liệu", "Sở Khoa học và Công nghệ", "120", "200", "Các sở, ban, ngành", ""),
    ("B", "Tỷ lệ cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số", "%", "Sở Nội vụ", "78%", "95%", "Sở Khoa học và Công nghệ; UBND các xã, phường", ""),
    ("B", "Xếp hạng Chỉ số chuyển đổi số cấp tỉnh (DTI)", "Thứ hạng", "Sở Khoa học và Công nghệ", "18/34", "Nhóm 15 tỉnh, thành phố dẫn đầu", "Các sở, ban, ngành", ""),
    ("C", "Tỷ trọng kinh tế số trong GRDP", "%", "Thống kê tỉnh Nghệ An", "13,8%", "16%", "Sở Tài chính", ""),
    ("C", "Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số", "%", "Sở Công Thương", "42%", "55%", "Hiệp hội Doanh nghiệp tỉnh", ""),
    ("C", "Tỷ trọng doanh thu thương mại điện tử trong tổng mức bán lẻ hàng hóa", "%", "Sở Công Thương", "9,5%", "12%", "Sở Tài chính", ""),
    ("C", "Tỷ lệ giao dịch thanh toán không dùng tiền mặt", "%", "Ngân hàng Nhà nước Chi nhánh Khu vực 8", "71%", "80%", "Sở Công Thương", ""),
    ("C", "Tỷ lệ người dân có hồ sơ sức khỏe điện tử", "%", "Sở Y tế", "89%", "95%", "Bảo hiểm xã hội tỉnh; Công an tỉnh", ""),
    ("C", "Tỷ lệ người trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân", "%", "Công an tỉnh", "34%", "45%", "Sở Khoa học và Công nghệ", ""),
    ("C", "Tỷ lệ trường phổ thông triển khai học bạ số", "%", "Sở Giáo dục và Đào tạo", "70%", "100%", "UBND các xã, phường", ""),
    ("C", "Số Tổ công nghệ số cộng đồng hoạt động hiệu quả", "Tổ", "Sở Khoa học và Công nghệ", "412", "460", "UBND các xã, phường", ""),
]

GROUPS_II = [
    ("I", "Hoàn thiện thể chế, nâng cao nhận thức"),
    ("II", "Hạ tầng số, dữ liệu số và an toàn thông tin"),
    ("III", "Chính quyền số, dịch vụ công trực tuyến"),
    ("IV", "Kinh tế số, xã hội số"),
]
KHCN = "Sở Khoa học và Công nghệ"
# (group, nhiệm vụ, sản phẩm, chủ trì, phối hợp, thời gian)
TASKS = [
    ("I", "Ban hành Bộ tiêu chí đánh giá mức độ chuyển đổi số cấp xã, phường năm 2027", "Quyết định của UBND tỉnh", KHCN, "Sở Nội vụ; UBND các xã, phường", "Quý I/2027"),
    ("I", "Xây dựng Quy chế quản lý, khai thác Kho dữ liệu dùng chung tỉnh Nghệ An", "Quyết định ban hành Quy chế", KHCN, "Công an tỉnh; Sở Tư pháp", "Tháng 4/2027"),
    ("I", "Cập nhật Khung Kiến trúc Chính quyền số tỉnh Nghệ An phiên bản 4.1", "Quyết định phê duyệt", KHCN, "Các sở, ban, ngành", "Quý II/2027"),
    ("I", "Xây dựng chính sách hỗ trợ doanh nghiệp công nghệ số khởi nghiệp giai đoạn 2027-2030", "Nghị quyết của HĐND tỉnh", "Sở Tài chính", "Sở Khoa học và Công nghệ; Sở Tư pháp", "Tháng 7/2027"),
    ("I", "Đưa kết quả chuyển đổi số vào tiêu chí bình xét thi đua, khen thưởng hằng năm", "Văn bản hướng dẫn", "Sở Nội vụ", KHCN, "Tháng 3/2027"),
    ("I", "Tổ chức chuỗi sự kiện hưởng ứng Ngày Chuyển đổi số quốc gia 10/10 năm 2027", "Báo cáo kết quả", KHCN, "Báo và Phát thanh, Truyền hình Nghệ An; Sở Văn hóa, Thể thao và Du lịch", "Quý IV/2027"),
    ("I", "Duy trì chuyên mục \"Nghệ An số\" trên báo chí, phát thanh, truyền hình và mạng xã hội", "Chuyên mục định kỳ", "Báo và Phát thanh, Truyền hình Nghệ An", KHCN, "Thường xuyên"),
    ("II", "Nâng cấp Trung tâm dữ liệu tỉnh theo mô hình điện toán đám mây lai", "Trung tâm dữ liệu được nâng cấp", KHCN, "Sở Tài chính; Công an tỉnh", "Quý III/2027"),
    ("II", "Xây dựng Trung tâm dữ liệu dự phòng đặt ngoài trụ sở chính", "Quyết định phê duyệt chủ trương đầu tư", KHCN, "Sở Tài chính", "Tháng 9/2027"),
    ("II", "Phủ sóng 5G tại Khu kinh tế Đông Nam, các khu công nghiệp và trung tâm các xã miền núi", "Báo cáo kết quả", KHCN, "Ban Quản lý Khu kinh tế Đông Nam; các doanh nghiệp viễn thông", "Tháng 12/2027"),
    ("II", "Xóa vùng lõm sóng di động tại 57 bản vùng cao chưa có sóng", "Danh sách bản được phủ sóng", KHCN, "UBND các xã, phường; các doanh nghiệp viễn thông", "Quý II/2027"),
    ("II", "Mở rộng Mạng truyền số liệu chuyên dùng cấp II đến 100% xã, phường", "Kết nối hoàn thành", KHCN, "Bưu điện tỉnh; Viễn thông Nghệ An", "Tháng 6/2027"),
    ("II", "Triển khai Trung tâm giám sát, điều hành an toàn, an ninh mạng (SOC) thế hệ mới", "Hệ thống SOC đưa vào vận hành", "Công an tỉnh", KHCN, "Quý III/2027"),
    ("II", "Tổ chức diễn tập thực chiến bảo đảm an toàn thông tin mạng cấp tỉnh", "Báo cáo diễn tập", "Công an tỉnh", "Sở Khoa học và Công nghệ; các sở, ban, ngành", "Tháng 10/2027"),
    ("II", "Làm sạch, chuẩn hóa cơ sở dữ liệu đất đai và kết nối với Cơ sở dữ liệu quốc gia về dân cư", "Cơ sở dữ liệu đất đai được làm sạch", "Sở Nông nghiệp và Môi trường", "Công an tỉnh; UBND các xã, phường", "Tháng 11/2027"),
    ("II", "Xây dựng cơ sở dữ liệu ngành giáo dục dùng chung từ mầm non đến trung học phổ thông", "Cơ sở dữ liệu được vận hành", "Sở Giáo dục và Đào tạo", KHCN, "Quý IV/2027"),
    ("II", "Xây dựng Kho dữ liệu dùng chung và nền tảng phân tích dữ liệu phục vụ chỉ đạo, điều hành", "Kho dữ liệu được đưa vào khai thác", KHCN, "Văn phòng UBND tỉnh; Công an tỉnh", "Năm 2027"),
    ("II", "Rà soát, cập nhật danh mục dữ liệu mở và công bố trên Cổng dữ liệu mở của tỉnh", "Danh mục dữ liệu mở", KHCN, "Các sở, ban, ngành", "Thường xuyên"),
    ("III", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh đáp ứng tiếp nhận hồ sơ không phụ thuộc địa giới hành chính", "Hệ thống được nâng cấp", "Văn phòng UBND tỉnh", "Trung tâm Phục vụ hành chính công tỉnh; Sở Khoa học và Công nghệ", "Quý II/2027"),
    ("III", "Triển khai trợ lý ảo ứng dụng trí tuệ nhân tạo hỗ trợ người dân tra cứu thủ tục hành chính", "Trợ lý ảo đưa vào sử dụng", "Trung tâm Phục vụ hành chính công tỉnh", KHCN, "Tháng 8/2027"),
    ("III", "Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực giai đoạn 2015-2025", "Dữ liệu số hóa được đồng bộ", "Trung tâm Phục vụ hành chính công tỉnh", "Văn phòng UBND tỉnh; UBND các xã, phường", "Tháng 9/2027"),
    ("III", "Xây dựng Trung tâm điều hành thông minh (IOC) giai đoạn 2", "Quyết định phê duyệt dự án", KHCN, "Văn phòng UBND tỉnh; Công an tỉnh", "Quý IV/2027"),
    ("III", "Triển khai phòng họp không giấy tại UBND các xã, phường", "Phòng họp không giấy được vận hành", "UBND các xã, phường", KHCN, "Tháng 6/2027"),
    ("III", "Nâng cấp Hệ thống quản lý văn bản và điều hành, tích hợp chữ ký số từ xa", "Hệ thống được nâng cấp", "Văn phòng UBND tỉnh", KHCN, "Quý I/2027"),
    ("III", "Triển khai Hệ thống theo dõi nhiệm vụ do UBND tỉnh, Chủ tịch UBND tỉnh giao đến cấp xã", "Hệ thống được vận hành", "Văn phòng UBND tỉnh", "Sở Khoa học và Công nghệ; UBND các xã, phường", "Tháng 5/2027"),
    ("III", "Cấp chứng thư chữ ký số cá nhân cho cán bộ, công chức cấp xã", "Chứng thư số được cấp", KHCN, "Sở Nội vụ; UBND các xã, phường", "Thường xuyên"),
    ("III", "Xây dựng cơ sở dữ liệu cán bộ, công chức, viên chức của tỉnh kết nối với Cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức", "Cơ sở dữ liệu được kết nối", "Sở Nội vụ", KHCN, "Quý III/2027"),
    ("III", "Bồi dưỡng kỹ năng số, kỹ năng sử dụng trí tuệ nhân tạo cho cán bộ, công chức cấp tỉnh và cấp xã", "3.000 lượt cán bộ được bồi dưỡng", "Sở Nội vụ", "Sở Khoa học và Công nghệ; Trường Đại học Vinh", "Năm 2027"),
    ("IV", "Đưa sản phẩm OCOP của tỉnh lên các sàn thương mại điện tử", "500 sản phẩm OCOP được đưa lên sàn", "Sở Công Thương", "Sở Nông nghiệp và Môi trường; UBND các xã, phường", "Tháng 9/2027"),
    ("IV", "Chương trình hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số năm 2027", "300 doanh nghiệp được hỗ trợ", KHCN, "Sở Tài chính; Hiệp hội Doanh nghiệp tỉnh", "Quý IV/2027"),
    ("IV", "Triển khai bệnh án điện tử tại các bệnh viện công lập tuyến tỉnh", "Bệnh án điện tử được triển khai", "Sở Y tế", "Bảo hiểm xã hội tỉnh", "Tháng 6/2027"),
    ("IV", "Triển khai thanh toán không dùng tiền mặt trong thu học phí, viện phí", "Báo cáo kết quả", "Ngân hàng Nhà nước Chi nhánh Khu vực 8", "Sở Giáo dục và Đào tạo; Sở Y tế", "Thường xuyên"),
    ("IV", "Số hóa hồ sơ di tích quốc gia đặc biệt trên địa bàn tỉnh, trong đó có Khu di tích Kim Liên", "Bộ dữ liệu số về di tích", "Sở Văn hóa, Thể thao và Du lịch", KHCN, "Quý III/2027"),
    ("IV", "Nâng cấp nền tảng du lịch thông minh \"Nghệ An Travel\"", "Nền tảng được nâng cấp", "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ; các doanh nghiệp du lịch", "Tháng 12/2027"),
    ("IV", "Phổ cập kỹ năng số cho người dân qua phong trào \"Bình dân học vụ số\" và các Tổ công nghệ số cộng đồng", "200.000 lượt người dân được hướng dẫn", "UBND các xã, phường", "Sở Khoa học và Công nghệ; Tỉnh Đoàn", "Thường xuyên"),
    ("IV", "Ứng dụng công nghệ số trong quản lý vùng trồng, truy xuất nguồn gốc cam Vinh và chè", "Mã số vùng trồng được cấp", "Sở Nông nghiệp và Môi trường", "Sở Khoa học và Công nghệ; Sở Công Thương", "Quý II/2027"),
]

BODY = open(HERE / "plan_body.md", encoding="utf-8").read()


def render():
    out = [BODY.rstrip(), ""]
    out += [
        "",
        "## PHỤ LỤC I – CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2027",
        "",
        "*(Kèm theo Kế hoạch số 318/KH-UBND ngày 28/12/2026 của UBND tỉnh Nghệ An)*",
        "",
        "| TT | Tên chỉ tiêu | Đơn vị tính | Cơ quan chủ trì theo dõi | Kết quả năm 2026 | Chỉ tiêu năm 2027 | Đơn vị phối hợp | Ghi chú |",
        "|---|---|---|---|---|---|---|---|",
    ]
    n = 0
    for g, gname in GROUPS_I:
        out.append(f"| **{g}** | **{gname}** | | | | | | |")
        for row in IND:
            if row[0] != g:
                continue
            n += 1
            out.append("| " + " | ".join([str(n)] + list(row[1:])) + " |")
    out += [
        "",
        "## PHỤ LỤC II – DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2027",
        "",
        "*(Kèm theo Kế hoạch số 318/KH-UBND ngày 28/12/2026 của UBND tỉnh Nghệ An)*",
        "",
        "| STT | Nhiệm vụ | Sản phẩm | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |",
        "|---|---|---|---|---|---|",
    ]
    n = 0
    for g, gname in GROUPS_II:
        out.append(f"| **{g}** | **{gname}** | | | | |")
        for row in TASKS:
            if row[0] != g:
                continue
            n += 1
            out.append("| " + " | ".join([str(n)] + list(row[1:])) + " |")
    out.append("")
    return "\n".join(out)


if __name__ == "__main__":
    md = render()
    (HERE / "docs" / f"{NAME}.md").write_text(md, encoding="utf-8")
    print(len(IND), "indicators,", len(TASKS), "tasks")
