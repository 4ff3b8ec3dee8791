"""Held-out set 45: questions (HELD OUT -- do not read while developing the assistant) and the seeded split.
Writes questions.jsonl (held out) and dev45x.jsonl (development); ids h45-001... assigned by a seeded shuffle.
Split: round(DEV_FRACTION * n) of every (doc, type) group drawn with SEED into dev45x.jsonl (as sets 41-44).
Evidence snippets are asserted verbatim in the flattened source by E(); the assignees come from doc_source.agencies(),
the task groups from doc_source.groups(); counts are computed from the parse and asserted in facts().
"""
import collections
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
import doc_source as S  # noqa: E402

SEED = 45045
DEV_FRACTION = 0.2
K = S.KEY
P26 = "plan-2026"
P26_FILE = ROOT / "corpus" / "2026-plan_kh-275-ubnd.txt"
IL, TL, AG, CP, NA, UN = "indicator_lookup", "task_lookup", "aggregation", "comparison", "narrative", "unanswerable"
NN = "Sở Nông nghiệp và Môi trường"
VH = "Sở Văn hóa, Thể thao và Du lịch"
CT = "Sở Công Thương"
XD = "Sở Xây dựng"
KH = "Sở Khoa học và Công nghệ"
TC = "Sở Tài chính"
NV = "Sở Nội vụ"
GD = "Sở Giáo dục và Đào tạo"
QS = "Bộ Chỉ huy Quân sự tỉnh"
CA = "Công an tỉnh"
KKT = "Ban Quản lý Khu kinh tế tỉnh"
XA4 = ["Gia Thuận", "Tân Điền", "Gò Công Đông", "Tân Phú Đông"]


def E(piece):
    assert S.ws(piece) in S.flat(), piece
    return piece


def A_(num):
    a = [x for x in S.agencies() if x["num"] == num]
    assert len(a) == 1, num
    return a[0]


def inA(num, piece):
    """assert that the snippet belongs to assignee num of part IV"""
    assert any(S.ws(piece) in it["text"] for it in A_(num)["items"]), (num, piece)
    return piece


def inG(num, piece):
    """assert that the snippet belongs to task group num of part III"""
    g = [x for x in S.groups() if x["num"] == num][0]
    assert any(S.ws(piece) in it["text"] for it in g["items"]), (num, piece)
    return piece


def p26_rows():
    rows, g = [], None
    for ln in P26_FILE.read_text(encoding="utf-8").split("\n"):
        c = ln.split("\t")
        m = re.match(r"^<b>(I|II|III|IV)</b>$", c[0])
        if m and len(c) == 6:
            g = m.group(1)
        if len(c) == 6 and c[0].isdigit():
            rows.append(dict(stt=int(c[0]), name=c[1], unit=c[2], target=c[3], lead=c[4], group=g))
    seen = {}
    for r in rows:
        seen.setdefault(r["stt"], r)
    out = [seen[k] for k in sorted(seen)]
    assert [r["stt"] for r in out] == list(range(1, 32))
    return out


def P(n):
    return p26_rows()[n - 1]


def ev26(n):
    return P(n)["name"][:45].rstrip()


def facts():
    ag = S.check()
    st = S.structure()
    f = {}
    f["agencies"] = len(ag)
    f["groups"] = len(S.groups())
    f["nn_items"] = len(A_("1")["items"])
    f["tc_items"] = len(A_("6")["items"])
    f["xd_items"] = len(A_("4")["items"])
    single = [a for a in ag if len(a["items"]) == 1 and a["items"][0]["mark"] == ""]
    f["single_para"] = len(single)
    assert [a["num"] for a in single] == ["8", "10", "11", "13"]
    nolead = [a for a in ag if not any(it["text"].startswith("Chủ trì") for it in a["items"])]
    f["no_lead"] = len(nolead)
    assert [a["num"] for a in nolead] == ["9", "10", "13"]
    f["so"] = sum(1 for a in ag if a["name"].startswith("Sở "))
    rec, _ = S.sig_lines(st[-1])
    f["recipients"] = sum(1 for r in rec[1:] if not r.startswith("- Lưu"))
    f["env_plus"] = sum(1 for b in st if b["kind"] == "plus" and b["sec"] == "2. Mục tiêu cụ thể đến năm 2030")
    f["pct100"] = S.flat().count("100%")
    f["iii4"] = len([g for g in S.groups() if g["num"] == "4"][0]["items"])
    central = [a["num"] for a in ag if any("phối hợp các bộ, ngành Trung ương" in it["text"] for it in a["items"])]
    assert central == ["2", "4"], central
    assert f == dict(agencies=13, groups=11, nn_items=10, tc_items=5, xd_items=3, single_para=4, no_lead=3, so=8,
                     recipients=9, env_plus=4, pct100=4, iii4=5), f
    f["p26_ttpv"] = sum(1 for r in p26_rows() if r["lead"] == "Trung tâm Phục vụ hành chính công tỉnh")
    assert f["p26_ttpv"] == 8, f
    return f


def Q(typ, lang, q, exp, ev_, note, doc=K, marker=None):
    if doc == K:
        ev_ = [E(e) for e in ev_]
    return dict(type=typ, lang=lang, question=q, expected=exp, evidence=ev_, note=note, doc=doc, marker=marker)


def items():
    f = facts()
    out = []
    A = out.append
    # ------------------------------------------------------------------ task_lookup: assignees of part IV and part VI
    A(Q(TL, "vi", "Theo Kế hoạch 556/KH-UBND, cơ quan nào chủ trì theo dõi, đôn đốc việc thực hiện và hằng năm báo cáo về Bộ Nông nghiệp và Môi trường?",
        [NN], [inA("1", "Chủ trì, theo dõi, kiểm tra, đôn đốc việc thực hiện các nhiệm vụ đã đề ra của Kế hoạch này")], "IV.1 first dash"))
    A(Q(TL, "en", "Who is tasked with proposing that the province roll out the Integrated Coastal Zone Management programme?",
        [NN], [inA("1", "triển khai Chương trình Quản lý tổng hợp vùng bờ")], "IV.1"))
    A(Q(TL, "vi", "Đơn vị nào phải phối hợp với UBND bốn xã ven biển thành lập mới khu bảo vệ nguồn lợi thủy sản đến năm 2030?",
        [NN], [inA("1", "thành lập mới khu bảo vệ nguồn lợi thủy sản, phục hồi hệ sinh thái biển đến năm 2030")], "IV.1 (KH 310)"))
    A(Q(TL, "en", "Which department has to set up water-quality monitoring and early warning for fish and shrimp farming, plus disease control in farmed stock?",
        [NN], [inA("1", "kế hoạch quan trắc, cảnh báo và giám sát môi trường nước phục vụ nuôi trồng thủy sản")], "IV.1 last dash"))
    A(Q(TL, "vi", "Trong kế hoạch biển và hải đảo của Đồng Tháp, ai chịu trách nhiệm ngăn chặn khai thác thủy sản bất hợp pháp, không khai báo, không theo quy định?",
        [NN], [inA("1", "ngăn chặn hiệu quả khai thác thủy sản bất hợp pháp, không khai báo, không theo quy định")], "IV.1 (IUU)"))
    A(Q(TL, "en", "Who leads on spreading community-based and sustainable tourism on the coast, including an eco-tour route at Cồn Ngang?",
        [VH], [inA("2", "đẩy mạnh phát triển tuyến du lịch sinh thái tại khu vực Cồn Ngang")], "IV.2"))
    A(Q(TL, "vi", "Sở nào chỉ đạo, hướng dẫn các cơ quan truyền thông trong tỉnh tăng cường tuyên truyền về chủ quyền, lợi ích của nước ta trên biển Đông?",
        [VH], [inA("2", "Chỉ đạo, đôn đốc, hướng dẫn các cơ quan truyền thông trên địa bàn tỉnh")], "IV.2 third dash"))
    A(Q(TL, "en", "Which department should work with central ministries on a national scheme for sustainable marine and island tourism and services to 2030?",
        [VH], [inA("2", "Đề án phát triển bền vững du lịch, dịch vụ biển và hải đảo Việt Nam đến năm 2030")], "IV.2"))
    A(Q(TL, "vi", "Việc mời gọi đầu tư Khu vực điện gió Tân Thành được giao cho cơ quan nào?",
        [CT], [inA("3", "Mời gọi đầu tư phát triển Khu vực điện gió Tân Thành")], "IV.3"))
    A(Q(TL, "en", "Who is responsible for keeping the existing Tân Phú Đông wind farms in operation?",
        [CT], [inA("3", "nhà máy điện gió Tân Phú Đông 1")], "IV.3"))
    A(Q(TL, "vi", "Cơ quan nào tham mưu chỉ đạo phát triển kết cấu hạ tầng giao thông vùng ven biển, cảng biển và vận tải biển?",
        [XD], [inA("4", "phát triển kết cấu hạ tầng giao thông vùng ven biển, cảng biển, vận tải biển")], "IV.4"))
    A(Q(TL, "en", "Which department is to prepare, together with central ministries, a scheme for modern seaside cities adapted to sea-level rise?",
        [XD], [inA("4", "Đề án xây dựng, phát triển một số đô thị, khu đô thị ven biển hiện đại")], "IV.4"))
    A(Q(TL, "vi", "Ai hướng dẫn, hỗ trợ tổ chức, cá nhân trong tỉnh xác lập quyền sở hữu công nghiệp, phát triển nhãn hiệu cho sản phẩm nuôi biển?",
        [KH], [inA("5", "xác lập quyền sở hữu công nghiệp và phát triển nhãn hiệu cho các sản phẩm nuôi biển")], "IV.5"))
    A(Q(TL, "en", "Who runs the science and technology tasks on the sea, for example transferring technology for farming, catching and preserving seafood?",
        [KH], [inA("5", "xây dựng, tham mưu triển khai các nhiệm vụ khoa học và công nghệ liên quan đến biển")], "IV.5"))
    A(Q(TL, "vi", "Cơ quan nào tổ chức lập điều chỉnh Quy hoạch tỉnh Đồng Tháp thời kỳ 2021 - 2030 cho phù hợp với Quy hoạch không gian biển quốc gia?",
        [TC], [inA("6", "tổ chức triển khai lập điều chỉnh Quy hoạch tỉnh Đồng Tháp thời kỳ 2021 - 2030")], "IV.6"))
    A(Q(TL, "en", "Which department drafts, for the provincial People's Council, how medium-term and annual public investment is allocated under this marine plan?",
        [TC], [inA("6", "xây dựng phương án phân bổ kế hoạch đầu tư công trung hạn")], "IV.6 first dash"))
    A(Q(TL, "vi", "Sở Tài chính phối hợp với cơ quan nào để trình cấp có thẩm quyền bố trí kinh phí thực hiện kế hoạch?",
        [NN], [inA("6", "phối hợp với Sở Nông nghiệp và Môi trường trình cấp có thẩm quyền bố trí kinh phí")], "IV.6 last dash"))
    A(Q(TL, "en", "Who must determine and announce the administrative boundary lines at sea between the coastal communes?",
        [NV], [inA("7", "xác định, công bố ranh giới quản lý hành chính trên biển giữa các xã có biển")], "IV.7"))
    A(Q(TL, "vi", "Ai tham mưu xây dựng chương trình đào tạo nghề, phát triển nguồn nhân lực chất lượng cao phục vụ các ngành kinh tế vùng ven biển?",
        [GD], [inA("8", "Chủ trì, tham mưu xây dựng các chương trình đào tạo nghề")], "IV.8 (also III.9 without a lead)"))
    A(Q(TL, "en", "Which department must bring the marine strategy to pupils and students in local schools?",
        [GD], [inA("8", "đến học sinh, sinh viên của các trường trên địa bàn tỉnh")], "IV.8"))
    A(Q(TL, "vi", "Lực lượng nào tham gia phòng, chống thiên tai, cứu hộ cứu nạn trên biển và làm chỗ dựa cho ngư dân?",
        [QS], [inA("9", "làm chỗ dựa vững chắc cho ngư dân")], "IV.9"))
    A(Q(TL, "en", "Who protects the security and safety of surveys and scientific research carried out in the province's waters?",
        [QS], [inA("9", "bảo vệ an ninh, an toàn cho các hoạt động điều tra cơ bản")], "IV.9 second dash"))
    A(Q(TL, "vi", "Cơ quan nào được giao phòng ngừa, phát hiện, xử lý các hành vi vi phạm trong khai thác tài nguyên, gây ô nhiễm môi trường biển?",
        [CA], [inA("10", "phát hiện, đấu tranh, xử lý các hành vi vi phạm trong khai thác tài nguyên, gây ô nhiễm môi trường biển")], "IV.10"))
    A(Q(TL, "en", "Which body advises on building industrial-park infrastructure and favouring environmentally friendly marine-industry projects there?",
        [KKT], [inA("11", "ưu tiên thu hút vào khu công nghiệp các dự án hỗ trợ")], "IV.11"))
    A(Q(TL, "vi", "Những địa phương nào phải tự xây dựng kế hoạch cụ thể hóa nhiệm vụ và chủ trì bố trí kinh phí thực hiện trong phạm vi quyền hạn của mình?",
        XA4, [inA("12", "Chủ trì xây dựng, điều chỉnh, bố trí kinh phí")], "IV.12"))
    A(Q(TL, "en", "Who is in charge of investing in and upgrading fishing ports and storm shelters for fishing boats?",
        [NN], [inA("1", "nâng cấp các cảng cá, khu neo đậu tránh trú bão cho tàu cá")], "IV.1 (same text also in III.2)"))
    A(Q(TL, "vi", "Ai theo dõi, quản lý khai thác thủy sản xa bờ và khoanh vùng bảo vệ bãi giống, bãi đẻ?",
        [NN], [inA("1", "khoanh vùng, bảo vệ các khu vực bãi giống, bãi đẻ")], "IV.1"))
    A(Q(TL, "en", "To which department do units send their yearly implementation reports, and what is the latest date?",
        [NN, "17 tháng 12"], [E("báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi trường chậm nhất ngày 17 tháng 12")], "VI.4"))
    A(Q(TL, "vi", "Nếu phát sinh khó khăn, vướng mắc cần điều chỉnh kế hoạch thì các sở, ngành, xã, phường báo cáo về đâu?",
        [NN], [E("kịp thời báo cáo về Sở Nông nghiệp và Môi trường để tổng hợp, tham mưu đề xuất")], "VI last paragraph"))
    A(Q(TL, "en", "Which organisation is asked, together with the provincial mass organisations, to mobilise members and residents to carry out the plan?",
        ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"], [E("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các Đoàn thể tỉnh")], "VI.3"))
    A(Q(TL, "vi", "Ai tổ chức sơ kết, tổng kết việc thực hiện kế hoạch và báo cáo Bộ Nông nghiệp và Môi trường, UBND tỉnh?",
        [NN], [E("Tổ chức sơ, tổng kết, báo cáo kịp thời về Bộ Nông nghiệp và Môi trường")], "VI.5"))
    A(Q(TL, "en", "When was plan 556/KH-UBND issued and who signed it?",
        ["19 tháng 11 năm 2025", "Nguyễn Thành Diệu"], [E("Nguyễn Thành Diệu")], "letterhead + signature"))
    # ------------------------------------------------------------------ indicator_lookup
    A(Q(IL, "vi", "Đến năm 2030, diện tích rừng ngập mặn ven biển của tỉnh Đồng Tháp phấn đấu đạt bao nhiêu?",
        ["1.700 ha"], [inG("3", "diện tích rừng ngập mặn ven biển của tỉnh đạt 1.700 ha")], "III.3 a)"))
    A(Q(IL, "en", "What mangrove area does the biodiversity section of the marine plan aim for by 2030?",
        ["1.700 ha"], [inG("5", "diện tích rừng ngập mặn đến năm 2030 đạt 1.700 ha")], "III.5"))
    A(Q(IL, "en", "At a minimum, how many high-tech aquaculture project zones should the province have?",
        ["02 vùng"], [inG("3", "Có ít nhất 02 vùng dự án nuôi thủy sản công nghệ cao")], "III.3 a)"))
    A(Q(IL, "vi", "Bao nhiêu phần trăm diện tích nuôi thủy sản chủ lực phải áp dụng quy trình, mô hình sản xuất tiên tiến?",
        ["30%"], [inG("3", "Có 30% diện tích nuôi thủy sản chủ lực áp dụng các quy trình/mô hình sản xuất tiên tiến")], "III.3 a)"))
    A(Q(IL, "en", "By 2030, what collection and treatment rate is targeted for plastic litter on beaches and at seaside tourist sites?",
        ["100%"], [inG("4", "tỷ lệ thu gom, xử lý rác thải nhựa tại các bãi biển, khu du lịch biển đạt 100%")], "III.4"))
    A(Q(IL, "vi", "Chỉ tiêu đến năm 2030 đối với các khu vực bảo vệ nguồn lợi thủy sản là gì?",
        ["100%"], [inG("5", "100% các khu vực bảo vệ nguồn lợi thủy sản được xác định và quản lý hiệu quả")], "III.5"))
    A(Q(IL, "en", "In seaside urban areas, what share of hazardous waste and household solid waste must be sorted, collected and treated?",
        ["100%"], [E("đảm bảo 100% chất thải nguy hại, chất thải rắn sinh hoạt được phân loại, thu gom, xử lý")], "II.2"))
    A(Q(IL, "vi", "Tỷ lệ khu công nghiệp và khu đô thị ven biển được quy hoạch, xây dựng theo hướng bền vững, sinh thái, thông minh đặt ra là bao nhiêu?",
        ["100%"], [E("100% khu công nghiệp và khu đô thị ven biển được quy hoạch, xây dựng theo hướng bền vững")], "II.2"))
    A(Q(IL, "en", "What capacity is quoted for the Tân Thành wind-power area that investors are being invited to?",
        ["100 MW"], [inA("3", "Khu vực điện gió Tân Thành với công suất 100 MW")], "IV.3"))
    A(Q(IL, "vi", "Có bao nhiêu dự án nhà máy điện gió đã đầu tư được nêu trong nhiệm vụ của Sở Công Thương?",
        ["02 dự án"], [inA("3", "02 dự án nhà máy điện gió Tân Phú Đông 1")], "IV.3"))
    A(Q(IL, "en", "On what date is World Oceans Day listed among the yearly awareness campaigns?",
        ["08/6"], [inG("1", "Ngày Đại dương thế giới (08/6)")], "III.1"))
    A(Q(IL, "vi", "Tuần lễ Biển và Hải đảo Việt Nam được nêu là từ ngày nào đến ngày nào?",
        ["01 - 08/6"], [inG("1", "Tuần lễ Biển và Hải đảo Việt Nam (01 - 08/6)")], "III.1"))
    A(Q(IL, "en", "From which date does the annual reporting period of this plan start counting?",
        ["15 tháng 12"], [E("tính từ ngày 15 tháng 12 năm trước kỳ báo cáo")], "VI.4"))
    A(Q(IL, "vi", "Theo cam kết tại COP 26 được dẫn trong kế hoạch, mức phát thải ròng bằng 0 phải đạt vào năm nào?",
        ["2050"], [inG("6", "phát thải ròng bằng 0 vào năm 2050")], "III.6"))
    A(Q(IL, "en", "Which main industries should be renewed in the eastern industrial zones along the Soài Rạp river?",
        ["dịch vụ cảng", "hậu cần", "công nghệ xanh", "tài chính"], [inG("2", "đổi mới trên 4 ngành công nghiệp chính: dịch vụ cảng, hậu cần, công nghệ xanh và tài chính")], "III.2"))
    A(Q(IL, "vi", "Kế hoạch phát triển nuôi trồng thủy sản trên biển tỉnh đến năm 2030 mà Sở Nông nghiệp và Môi trường tiếp tục thực hiện là kế hoạch số mấy, ngày nào?",
        ["310/KH-UBND", "21/8/2024"], [inA("1", "Kế hoạch 310/KH-UBND ngày 21/8/2024")], "IV.1"))
    A(Q(IL, "en", "Which Government resolution does the Đồng Tháp marine plan implement, and what is its date?",
        ["48/NQ-CP", "03/4/2023"], [E("Căn cứ Nghị Quyết số 48/NQ-CP ngày 03/4/2023 của Chính phủ")], "intro"))
    A(Q(IL, "vi", "Theo mục tiêu cụ thể đến năm 2030, việc phân loại, thu gom, xử lý 100% chất thải nguy hại áp dụng ở khu vực nào?",
        ["khu đô thị ven biển"], [E("ở các khu đô thị ven biển, đảm bảo 100% chất thải nguy hại")], "II.2"))
    A(Q(IL, "en", "What does the 2030 objective require regarding forest cover along the coast?",
        ["duy trì tỷ lệ che phủ rừng ven biển"], [E("duy trì tỷ lệ che phủ rừng ven biển")], "II.2 fourth +"))
    A(Q(IL, "vi", "Các đơn vị phải gửi báo cáo định kỳ hằng năm chậm nhất vào ngày nào?",
        ["17 tháng 12"], [E("chậm nhất ngày 17 tháng 12")], "VI.4"))
    # ------------------------------------------------------------------ narrative
    A(Q(NA, "vi", "Mục đích chính của Kế hoạch 556/KH-UBND tỉnh Đồng Tháp là gì?",
        ["quán triệt", "48/NQ-CP"], [E("Nhằm tổ chức quán triệt sâu rộng, cụ thể hóa và triển khai thực hiện có hiệu quả Nghị quyết số 48/NQ-CP")], "I.1"))
    A(Q(NA, "en", "What is the province's vision for its sea by 2050?",
        ["tỉnh mạnh về biển", "tăng trưởng xanh"], [E("trở thành tỉnh mạnh về biển trên nền tảng tăng trưởng xanh")], "II.3"))
    A(Q(NA, "vi", "Những lĩnh vực kinh tế biển chủ lực nào được nêu trong mục tiêu cụ thể đến năm 2030?",
        ["du lịch và dịch vụ biển", "kinh tế hàng hải", "năng lượng tái tạo"], [E("du lịch và dịch vụ biển; kinh tế hàng hải")], "II.2 first dash"))
    A(Q(NA, "en", "Which activities are given priority when marine space is allocated?",
        ["du lịch", "vận tải biển", "thủy sản", "điện gió"], [inG("3", "Ưu tiên bố trí không gian biển cho các hoạt động sau:")], "III.3 a) five + items"))
    A(Q(NA, "vi", "Kế hoạch yêu cầu vận động ngư dân những gì trong khai thác thủy sản?",
        ["vùng cấm", "danh mục cấm khai thác"], [inG("1", "không khai thác thủy sản trong các vùng cấm")], "III.1 fourth dash"))
    A(Q(NA, "en", "How does the plan intend to deal with invasive alien species?",
        ["sinh vật ngoại lai xâm hại", "vận tải biển"], [inG("5", "phòng trừ có hiệu quả sinh vật ngoại lai xâm hại")], "III.5"))
    A(Q(NA, "vi", "Kế hoạch đề ra cách nào để tăng cường năng lực quan trắc biến đổi khí hậu, nước biển dâng?",
        ["trạm quan trắc", "quan trắc viên"], [inG("6", "thông qua việc xây dựng các trạm quan trắc, đào tạo quan trắc viên")], "III.6"))
    A(Q(NA, "en", "What does the plan propose regarding the carrying capacity of the marine environment?",
        ["sức chịu tải môi trường biển", "bản đồ phân vùng rủi ro"], [inG("4", "đánh giá sức chịu tải môi trường biển")], "III.4"))
    A(Q(NA, "vi", "Kinh phí thực hiện kế hoạch biển, hải đảo của Đồng Tháp được bố trí từ những nguồn nào?",
        ["ngân sách nhà nước", "xã hội hóa"], [E("nguồn tài trợ, viện trợ, nguồn xã hội hóa")], "V.1"))
    A(Q(NA, "en", "Which financing mechanisms for the sea does the plan want to study?",
        ["tăng nguồn thu cho ngân sách nhà nước", "đầu tư trở lại"], [inG("10", "cơ chế đầu tư trở lại cho điều tra, nghiên cứu về biển")], "III.10"))
    A(Q(NA, "vi", "Cơ sở dữ liệu tài nguyên, môi trường biển của tỉnh sẽ được vận hành và tích hợp như thế nào?",
        ["tích hợp", "cơ sở dữ liệu biển"], [E("triển khai việc tích hợp và số hoá cơ sở dữ liệu tài nguyên và môi trường")], "III.11"))
    A(Q(NA, "en", "Basic surveys of marine resources are to serve sustainable development under which Party resolution?",
        ["36-NQ/TW"], [inG("7", "theo Nghị quyết 36-NQ/TW ngày 22/10/2018")], "III.7"))
    A(Q(NA, "vi", "Kế hoạch muốn chuyển nuôi trồng thủy sản theo hướng nào?",
        ["truyền thống", "công nghiệp"], [inG("8", "Chuyển từ nuôi trồng thủy sản theo phương thức truyền thống sang công nghiệp")], "III.8"))
    A(Q(NA, "en", "What kinds of resource-exploitation activities should be restricted?",
        ["công nghệ lạc hậu"], [inG("3", "hạn chế các hoạt động khai thác, sử dụng tài nguyên bằng các công nghệ lạc hậu")], "III.3 b)"))
    A(Q(NA, "vi", "Đoàn viên, hội viên được yêu cầu như thế nào trong việc thực hiện kế hoạch?",
        ["đi đầu"], [E("Mỗi đoàn viên, hội viên phải đi đầu trong công tác tuyên truyền")], "VI.3"))
    A(Q(NA, "en", "What does the plan say about co-management of marine resources and coastal livelihoods?",
        ["đồng quản lý", "chuyển đổi nghề"], [inG("3", "Thúc đẩy hoạt động đồng quản lý tài nguyên, bảo vệ môi trường")], "III.3 d)"))
    A(Q(NA, "vi", "Khu vực nhận chìm ở biển được nhắc tới trong trường hợp nào?",
        ["vật liệu nạo vét"], [inG("3", "khu vực nhận chìm ở biển trong trường hợp các vật liệu nạo vét không đổ được trên bờ")], "III.3 a) last +"))
    A(Q(NA, "en", "Which earlier plan does this one supersede, and which province issued that earlier plan?",
        ["371/KH-UBND", "Tiền Giang"], [E("Kế hoạch số 371/KH-UBND ngày 31/7/2023 của Ủy ban nhân dân tỉnh Tiền Giang (nay là tỉnh Đồng Tháp)")], "last paragraph"))
    A(Q(NA, "vi", "Đến năm 2030, hệ thống dự báo, cảnh báo thiên tai, tác động của biến đổi khí hậu phải đạt yêu cầu gì?",
        ["hiện đại hóa", "kết nối thông suốt"], [inG("6", "hệ thống dự báo, cảnh báo thiên tai, tác động của biến đổi khí hậu được hiện đại hóa")], "III.6"))
    A(Q(NA, "en", "What should the integrated monitoring system for marine resources and environment look like by 2030?",
        ["hoàn thiện", "tích hợp dữ liệu"], [inG("4", "hệ thống quan trắc, giám sát tổng hợp được hoàn thiện")], "III.4"))
    A(Q(NA, "vi", "Yêu cầu của kế hoạch về phối hợp giữa các cơ quan, đơn vị, địa phương là gì?",
        ["phối hợp chặt chẽ"], [E("Đảm bảo sự phối hợp chặt chẽ giữa các cơ quan, đơn vị, địa phương")], "I.2"))
    A(Q(NA, "en", "What model should coastal industrial zones and clusters follow?",
        ["sinh thái"], [inG("2", "mô hình khu, cụm công nghiệp sinh thái")], "III.2"))
    # ------------------------------------------------------------------ aggregation (counts asserted in facts())
    A(Q(AG, "vi", "Phần Nhiệm vụ cụ thể của Kế hoạch 556 phân công cho bao nhiêu cơ quan, đơn vị (tính theo mục đánh số)?",
        [str(f["agencies"])], [E("13. Các sở, ngành có liên quan; Ủy ban nhân dân các xã, phường")], "IV.1-13"))
    A(Q(AG, "en", "How many groups of main tasks and solutions does the marine plan list?",
        [str(f["groups"])], [E("11. Vận hành hệ thống thông tin và cơ sở dữ liệu về tài nguyên, môi trường biển")], "III.1-11"))
    A(Q(AG, "vi", "Sở Nông nghiệp và Môi trường được giao bao nhiêu nhiệm vụ (gạch đầu dòng) trong phần Nhiệm vụ cụ thể?",
        [str(f["nn_items"])], [inA("1", "Xây dựng và triển khai kế hoạch quan trắc, cảnh báo và giám sát môi trường nước")], "IV.1: 10 dashes"))
    A(Q(AG, "en", "Which assignees receive their duties as one single paragraph rather than a dashed list, and how many are they?",
        [str(f["single_para"]), GD, CA, KKT], [inA("10", "Thực hiện tốt công tác phòng ngừa, phát hiện, đấu tranh")], "IV.8, 10, 11, 13"))
    A(Q(AG, "vi", "Có bao nhiêu mục trong phần IV không được giao chủ trì bất kỳ nhiệm vụ nào, đó là những cơ quan nào?",
        [str(f["no_lead"]), QS, CA], [inA("9", "Thực hiện tốt nhiệm vụ quốc phòng, an ninh trên biển")], "IV.9, 10, 13"))
    A(Q(AG, "en", "How many provincial departments (Sở) are assigned tasks in part IV?",
        [str(f["so"])], [E("8. Sở Giáo dục và Đào tạo")], "IV.1-8"))
    A(Q(AG, "vi", "Sở Tài chính được giao tổng cộng bao nhiêu nhiệm vụ trong kế hoạch này?",
        [str(f["tc_items"])], [inA("6", "Đẩy mạnh huy động nguồn vốn đầu tư từ các thành phần kinh tế")], "IV.6: 5 dashes"))
    A(Q(AG, "en", "How many recipients is the plan addressed to, leaving out the archive copy?",
        [str(f["recipients"])], [E("Cổng Thông tin Điện tử tỉnh")], "Nơi nhận: 9 + Lưu"))
    A(Q(AG, "vi", "Mục tiêu cụ thể đến năm 2030 về môi trường, ứng phó với biến đổi khí hậu, nước biển dâng gồm bao nhiêu ý?",
        [str(f["env_plus"])], [E("Về môi trường, ứng phó với biến đổi khí hậu, nước biển dâng:")], "II.2 four + items"))
    A(Q(AG, "en", "How many separate 100 % targets does the marine plan set?",
        [str(f["pct100"])], [inG("5", "100% các khu vực bảo vệ nguồn lợi thủy sản")], "II.2 x2, III.4, III.5"))
    A(Q(AG, "vi", "Kế hoạch nêu những dịp tuyên truyền cao điểm hằng năm nào về biển?",
        ["Ngày Môi trường thế giới", "Ngày Đại dương thế giới", "Tuần lễ Biển và Hải đảo Việt Nam"],
        [inG("1", "Ngày Môi trường thế giới (05/6)")], "III.1 three campaigns"))
    A(Q(AG, "en", "Which coastal communes are named in the plan?",
        XA4, [E("Gia Thuận, Tân Điền, Gò Công Đông, Tân Phú Đông")], "IV.1 and IV.12"))
    A(Q(AG, "vi", "Mục Bảo vệ môi trường biển và hải đảo gồm bao nhiêu giải pháp gạch đầu dòng?",
        [str(f["iii4"])], [inG("4", "Kiện toàn tổ chức, tăng cường năng lực, hiện đại hóa cơ sở vật chất")], "III.4: 5 dashes"))
    A(Q(AG, "en", "Which departments are told to work with central ministries to draw up schemes or projects?",
        [VH, XD], [inA("4", "Tham mưu Ủy ban nhân dân tỉnh phối hợp các bộ, ngành Trung ương xây dựng Đề án")], "IV.2, IV.4"))
    A(Q(AG, "vi", "Trong phần phân vùng sử dụng không gian biển, kế hoạch đặt những con số cụ thể nào cho thủy sản và rừng ngập mặn?",
        ["02 vùng", "30%", "1.700 ha"], [inG("3", "Phấn đấu đến năm 2030 diện tích rừng ngập mặn ven biển của tỉnh đạt 1.700 ha")], "III.3 a)"))
    # ------------------------------------------------------------------ comparison
    A(Q(CP, "vi", "Chỉ tiêu diện tích rừng ngập mặn ở mục khai thác, sử dụng bền vững tài nguyên và ở mục bảo tồn đa dạng sinh học có giống nhau không?",
        ["1.700 ha"], [inG("5", "Phục hồi và phát triển rừng ngập mặn, diện tích rừng ngập mặn đến năm 2030 đạt 1.700 ha")], "III.3 vs III.5"))
    A(Q(CP, "en", "Which target is higher: the share of key aquaculture area using advanced practices, or the collection rate for beach plastic waste?",
        ["30%", "100%"], [inG("4", "rác thải nhựa tại các bãi biển, khu du lịch biển đạt 100%")], "III.3 vs III.4"))
    A(Q(CP, "vi", "Về bố trí nguồn nhân lực quản lý tài nguyên, môi trường biển, vai trò của Sở Nông nghiệp và Môi trường và Sở Nội vụ khác nhau thế nào?",
        [NN, NV, "Chủ trì", "Phối hợp"], [inA("7", "Phối hợp với các sở, ngành, địa phương có liên quan, tham mưu đề xuất cấp có thẩm quyền bố trí, bổ sung nguồn nhân lực")],
        "IV.1 leads vs IV.7 coordinates"))
    A(Q(CP, "en", "Compare the latest date for the yearly report with the closing date of the reporting period.",
        ["17 tháng 12", "14 tháng 12"], [E("đến ngày 14 tháng 12 của kỳ báo cáo")], "VI.4"))
    A(Q(CP, "vi", "Tuyên truyền Chiến lược đến học sinh, sinh viên và chỉ đạo cơ quan truyền thông tuyên truyền về biển được giao cho hai sở nào?",
        [GD, VH], [inA("8", "đưa nội dung tuyên truyền Chiến lược")], "IV.8 vs IV.2"))
    A(Q(CP, "en", "Which gets more duties in part IV, the Department of Construction or the Department of Finance?",
        [TC, str(f["tc_items"]), str(f["xd_items"])], [inA("4", "Chủ trì, phối hợp với các sở, ngành, địa phương có liên quan tham mưu đề xuất Ủy ban nhân dân tỉnh chỉ đạo việc tổ chức thực hiện các chính sách")],
        "5 vs 3"))
    A(Q(CP, "vi", "Chỉ tiêu 100% ở mục tiêu cụ thể đến năm 2030 và chỉ tiêu 100% ở mục bảo vệ môi trường biển nhắm vào loại chất thải nào?",
        ["chất thải nguy hại", "rác thải nhựa"], [inG("4", "tỷ lệ thu gom, xử lý rác thải nhựa")], "II.2 vs III.4"))
    A(Q(CP, "en", "Between the provincial Military Command and the provincial police, which is given search-and-rescue at sea?",
        [QS], [inA("9", "cứu hộ cứu nạn trên biển")], "IV.9 vs IV.10"))
    # ------------------------------------------------------------------ unanswerable (markers checked absent)
    A(Q(UN, "vi", "Tổng kinh phí thực hiện Kế hoạch 556/KH-UBND là bao nhiêu tỷ đồng?", [], [], "no budget figure", marker="tỷ đồng"))
    A(Q(UN, "en", "What does the marine plan ask the Department of Foreign Affairs to do?", [], [], "not an assignee", marker="Sở Ngoại vụ"))
    A(Q(UN, "vi", "Diện tích rừng ngập mặn phải đạt bao nhiêu vào năm 2027?", [], [], "only a 2030 figure", marker="2027"))
    A(Q(UN, "en", "Which tasks does the Đồng Tháp marine plan give the Department of Health?", [], [], "not an assignee", marker="Sở Y tế"))
    A(Q(UN, "vi", "Kế hoạch đặt mục tiêu phục hồi bao nhiêu hecta rạn san hô?", [], [], "no coral", marker="san hô"))
    A(Q(UN, "en", "What role does the Coast Guard play in this plan?", [], [], "not named", marker="Cảnh sát biển"))
    A(Q(UN, "vi", "Kế hoạch ứng phó sự cố tràn dầu trên biển của tỉnh giao cho ai chủ trì?", [], [], "no oil spill", marker="dầu tràn"))
    A(Q(UN, "en", "How many megawatts of solar power should be installed on the coast?", [], [], "wind only", marker="điện mặt trời"))
    A(Q(UN, "vi", "Việc đánh giá giữa kỳ kế hoạch biển và hải đảo được tổ chức khi nào?", [], [], "no mid-term date", marker="giữa kỳ"))
    A(Q(UN, "en", "How many sea-turtle nesting sites does the province plan to protect?", [], [], "no turtles", marker="rùa biển"))
    A(Q(UN, "vi", "Người dân báo tin vi phạm môi trường biển qua đường dây nóng số nào?", [], [], "no hotline", marker="đường dây nóng"))
    A(Q(UN, "en", "What fine applies to boats caught fishing in banned zones under this plan?", [], [], "no fines", marker="mức phạt"))
    A(Q(UN, "vi", "Kế hoạch đặt mục tiêu gì cho năm 2035 về kinh tế biển?", [], [], "2030 and 2050 only", marker="2035"))
    A(Q(UN, "en", "What does the plan assign to the fisheries surveillance force?", [], [], "not named", marker="kiểm ngư"))
    A(Q(UN, "vi", "Đến năm 2030 tỉnh cấm sử dụng sản phẩm nhựa dùng một lần tại bao nhiêu khu du lịch biển?", [], [], "no single-use plastic ban",
        marker="nhựa dùng một lần"))
    # ------------------------------------------------------------------ plan-2026 (distractor: the bundled Thanh Hóa DX plan)
    assert P(1)["lead"] == KH and P(1)["target"] == "60%"
    assert P(30)["lead"] == "Sở Y tế" and P(30)["target"] == "95%"
    assert P(10)["target"] == "90%" and P(24)["target"] == "50%" and P(31)["target"] == "40%"
    assert P(26)["target"] == "60%" and P(28)["target"] == "80%"
    p26 = P26_FILE.read_text(encoding="utf-8")
    prj = "Ứng dụng công nghệ thông tin phục vụ kiểm tra, giám sát khu vực đường biên"
    prj_line = [ln for ln in p26.split("\n") if prj in ln]
    assert len(prj_line) == 1 and "Ban Chỉ huy Bộ đội Biên phòng" in prj_line[0] and "Tháng 9/2026" in prj_line[0]
    A(Q(TL, "vi", "Trong kế hoạch chuyển đổi số năm 2026 của Thanh Hóa, chỉ tiêu phủ sóng 5G do cơ quan nào theo dõi và mức bao nhiêu?",
        [KH, "60%"], [ev26(1)], "plan-2026 row 1", doc=P26))
    A(Q(TL, "en", "Under plan 275/KH-UBND, which department answers for the share of residents with an electronic health record, and what is the 2026 target?",
        ["Sở Y tế", "95%"], [ev26(30)], "plan-2026 row 30", doc=P26))
    A(Q(TL, "vi", "Theo kế hoạch 275 của Thanh Hóa, dự án ứng dụng công nghệ thông tin giám sát khu vực biên giới, vùng biển do đơn vị nào chủ trì và hạn khi nào?",
        ["Ban Chỉ huy Bộ đội Biên phòng", "Tháng 9/2026"], [prj], "plan-2026 task 42 (sea border)", doc=P26))
    A(Q(IL, "en", "What 2026 target does the Thanh Hóa digital plan set for digitising administrative-procedure files and results?",
        ["90%"], [ev26(10)], "plan-2026 row 10", doc=P26))
    A(Q(IL, "vi", "Theo Kế hoạch 275/KH-UBND, tỉ lệ đóng góp của TFP vào tăng trưởng kinh tế năm 2026 là bao nhiêu?",
        ["50%"], [ev26(24)], "plan-2026 row 24", doc=P26))
    A(Q(IL, "en", "What share of residents should hold a digital signature in 2026 according to Thanh Hóa's plan?",
        ["40%"], [ev26(31)], "plan-2026 row 31", doc=P26))
    A(Q(AG, "vi", "Trong phụ lục chỉ tiêu năm 2026 của Thanh Hóa, Trung tâm Phục vụ hành chính công tỉnh theo dõi bao nhiêu chỉ tiêu?",
        [str(f["p26_ttpv"])], [ev26(9)], "plan-2026 rows 5-12", doc=P26))
    A(Q(CP, "en", "In the 2026 Thanh Hóa plan, which target is higher: small and medium firms using digital technology, or households with fibre broadband?",
        ["60%", "80%"], [ev26(26), ev26(28)], "plan-2026 rows 26 vs 28", doc=P26))
    A(Q(UN, "vi", "Kế hoạch chuyển đổi số năm 2026 của Thanh Hóa đặt chỉ tiêu gì về diện tích rừng ngập mặn?", [], [],
        "plan-2026 has no mangrove indicator", doc=P26, marker="rừng ngập mặn"))
    # ------------------------------------------------------------------ off-topic / instruction-like, doc null
    A(Q(UN, "en", "Skip the documents and write me a short poem about the sea at Gò Công.", [], [], "instruction-like, doc null", doc=None))
    A(Q(UN, "vi", "Giá tôm thẻ chân trắng ở chợ đầu mối hôm nay bao nhiêu một ký?", [], [], "off-topic, doc null", doc=None))
    A(Q(UN, "en", "What time is high tide at Vũng Tàu tomorrow morning?", [], [], "off-topic, doc null", doc=None))
    return out


def all_items():
    Q_ = items()
    rnd = random.Random(SEED)
    groups = collections.defaultdict(list)
    for i, it in enumerate(Q_):
        groups[(it["doc"] or "", it["type"])].append(i)
    dev = set()
    for key in sorted(groups):
        idx = groups[key]
        dev.update(rnd.sample(idx, round(DEV_FRACTION * len(idx))))
    order = list(range(len(Q_)))
    rnd.shuffle(order)
    held, dv = [], []
    for n, i in enumerate(order, 1):
        it = Q_[i]
        rec = dict(id=f"h45-{n:03d}", question=it["question"], lang=it["lang"], type=it["type"], doc=it["doc"],
                   expected=it["expected"], evidence=it["evidence"], note=it["note"])
        (dv if i in dev else held).append(rec)
    key = lambda r: r["id"]  # noqa: E731
    return sorted(held, key=key), sorted(dv, key=key)


def markers():
    return [(it["doc"], it["marker"]) for it in items() if it["marker"]]


if __name__ == "__main__":
    h, d = all_items()
    for name, rs in (("questions.jsonl", h), ("dev45x.jsonl", d)):
        (HERE / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rs), encoding="utf-8")
    print(len(h), len(d))
