"""Held-out set 47: questions (HELD OUT -- do not read while developing the assistant) and the seeded split.
Writes questions.jsonl (held out) and dev47x.jsonl (development); ids h47-001... assigned by a seeded shuffle.
Split: round(DEV_FRACTION * n) of every (doc, type) group drawn with SEED into dev47x.jsonl (as sets 41-46).
Evidence snippets are asserted verbatim in the flattened source by E(); targets come from doc_source.targets(), content
groups from doc_source.contents(), funding sources from doc_source.sources(), assignees from doc_source.assignees();
counts are computed from the parse and asserted in facts().
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

SEED = 47047
DEV_FRACTION = 0.2
K = S.KEY
P26 = "plan-2026"
P26_FILE = ROOT / "corpus" / "2026-plan_kh-275-ubnd.txt"
IL, TL, AG, CP, NA, UN = "indicator_lookup", "task_lookup", "aggregation", "comparison", "narrative", "unanswerable"
NN = "Sở Nông nghiệp và Môi trường"
GD = "Sở Giáo dục và Đào tạo"
YT = "Sở Y tế"
KHCN = "Sở Khoa học và Công nghệ"
TC = "Sở Tài chính"
BTL = "Bộ Tư lệnh Thành phố"
BQL = "Ban Quản lý các Khu chế xuất và công nghiệp Thành phố"
UBX = "Ủy ban nhân dân các phường, xã, đặc khu"


def E(piece):
    assert S.ws(piece) in S.flat(), piece
    return piece


def inT(k, piece):
    """the snippet belongs to target k (1..7) of I.2"""
    assert S.ws(piece) in S.targets()[k - 1], (k, piece)
    return piece


def inC(k, piece):
    """the snippet belongs to content group k (1..3) of III (title or an item)"""
    c = S.contents()[k - 1]
    assert S.ws(piece) in c["title"] or any(S.ws(piece) in t for t in c["items"]), (k, piece)
    return piece


def inV(num, piece):
    a = [x for x in S.assignees() if x["num"] == str(num)][0]
    assert any(S.ws(piece) in t for t in a["items"]) or S.ws(piece) in a["lead"], (num, piece)
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
    S.check()
    st = S.structure()
    V = S.assignees()
    f = {}
    f["targets"] = len(S.targets())
    f["t100"] = sum(1 for t in S.targets() if "100%" in t)
    f["groups"] = len(S.contents())
    f["acts"] = sum(len(c["items"]) for c in S.contents())
    f["g3"] = len(S.contents()[2]["items"])
    f["sources"] = len(S.sources())
    f["assignees"] = len(V)
    f["nn_duties"] = len(V[0]["items"])
    f["gd_duties"] = len(V[1]["items"])
    f["khcn_duties"] = len(V[3]["items"])
    f["yt_duties"] = len(V[4]["items"])
    f["ubx_duties"] = len(V[8]["items"])
    f["lead_chutri"] = sum(1 for a in V if "chủ trì" in a["lead"])
    f["partner_nn"] = sum(1 for a in V if "phối hợp với " + NN in a["lead"])
    f["no_dash"] = sum(1 for a in V if not a["items"])
    f["can_cu"] = sum(1 for b in st if b["kind"] == "cancu")
    rec = S.sig_cells()[0]
    f["recipients"] = sum(1 for r in rec[1:] if not r.startswith("- Lưu"))
    dieu2 = [b["text"] for b in st if b["kind"] == "dieu" and b["text"].startswith("Điều 2.")][0]
    f["replaced"] = len(re.findall(r"Quyết định số \d+/QĐ-UBND", dieu2))
    assert f == dict(targets=7, t100=5, groups=3, acts=16, g3=6, sources=5, assignees=9, nn_duties=8, gd_duties=3,
                     khcn_duties=2, yt_duties=3, ubx_duties=5, lead_chutri=5, partner_nn=4, no_dash=4, can_cu=12,
                     recipients=10, replaced=3), f
    f["p26_100"] = sum(1 for r in p26_rows() if r["target"] == "100%")
    assert f["p26_100"] == 10, f
    return f


def Q(typ, lang, q, exp, ev_, note, doc=K, marker=None):
    if doc == K:
        ev_ = [E(e) for e in ev_]
    return dict(type=typ, lang=lang, question=q, expected=exp, evidence=ev_, note=note, doc=doc, marker=marker)


def items():
    f = facts()
    out = []
    A = out.append
    # ------------------------------------------------------------------ task_lookup: the assignees of V
    A(Q(TL, "vi", "Theo Quyết định 2853/QĐ-UBND, cơ quan nào là đầu mối hướng dẫn thực hiện Đề án nâng cao nhận thức cộng đồng về thiên tai ở Thành phố Hồ Chí Minh?",
        [NN], [inV(1, "Giao Sở Nông nghiệp và Môi trường là cơ quan đầu mối, chủ trì, hướng dẫn thực hiện Đề án")], "V.1 lead"))
    A(Q(TL, "en", "Which department coordinates, urges and guides the rollout of the HCMC community disaster-awareness plan across agencies and localities?",
        [NN], [inV(1, "Điều phối chung, đôn đốc, hướng dẫn việc triển khai Kế hoạch đến các sở, ngành, đơn vị và các địa phương")], "V.1 dash 1"))
    A(Q(TL, "vi", "Cơ quan nào chủ trì xây dựng chương trình đào tạo, tập huấn cho giáo viên về phòng chống và giảm nhẹ rủi ro thiên tai?",
        [GD], [inV(2, "Xây dựng chương trình đào tạo và tổ chức tập huấn cho đội ngũ giảng viên, giáo viên"), inV(2, "Sở Giáo dục và Đào tạo chủ trì")], "V.2 dash 1"))
    A(Q(TL, "en", "Who must prepare a plan to keep teachers, pupils and school buildings safe when a natural disaster strikes?",
        [GD], [inV(2, "Xây dựng Phương án đảm bảo an toàn cho giáo viên, học sinh và cơ sở hạ tầng giáo dục")], "V.2 dash 3"))
    A(Q(TL, "vi", "Đơn vị nào đưa nội dung quản lý rủi ro thiên tai dựa vào cộng đồng vào kế hoạch bồi dưỡng quốc phòng và an ninh cho đối tượng 4?",
        [BTL], [inV(3, "Bộ Tư lệnh Thành phố chủ trì, phối hợp với Sở Nông nghiệp và Môi trường")], "V.3"))
    A(Q(TL, "en", "Which military command folds the disaster-risk topics into defence-and-security refresher courses for prominent community figures?",
        [BTL], [inV(3, "vào kế hoạch bồi dưỡng quốc phòng và an ninh cho đối tượng 4 và đối tượng là cá nhân tiêu biểu")], "V.3"))
    A(Q(TL, "vi", "Ai tổ chức tập huấn, tuyên truyền kỹ năng phòng, chống thiên tai cho chủ doanh nghiệp và người lao động trong khu chế xuất, khu công nghiệp?",
        [BQL], [inV(7, "cho chủ doanh nghiệp và người lao động thuộc phạm vi quản lý")], "V.7"))
    A(Q(TL, "en", "Which department is told to improve the quality of news reporting on disaster prevention and mitigation?",
        [KHCN], [inV(4, "Nâng cao chất lượng công tác truyền thông, tuyên truyền, đưa tin trong phòng tránh và giảm nhẹ rủi ro thiên tai")], "V.4 dash 1 (no 'chủ trì' in its heading)"))
    A(Q(TL, "vi", "Cơ quan nào yêu cầu báo chí và hệ thống thông tin các cấp dành thời lượng phát sóng tuyên truyền Kế hoạch thực hiện Đề án?",
        [KHCN], [inV(4, "dành thời lượng phát sóng tuyên truyền nội dung của Kế hoạch thực hiện Đề án")], "V.4 dash 2"))
    A(Q(TL, "en", "Who leads the programmes to strengthen the disaster-response capacity of people with disabilities and social-protection beneficiaries?",
        [YT], [inV(5, "Nâng cao năng lực ứng phó thiên tai cho đối tượng là người khuyết tật, đối tượng bảo trợ xã hội")], "V.5 dash 1"))
    A(Q(TL, "vi", "Sở nào chủ trì đẩy mạnh truyền thông về lồng ghép hòa nhập người khuyết tật trong phòng, chống thiên tai?",
        [YT], [inV(5, "lồng ghép hòa nhập người khuyết tật trong phòng, chống và giảm nhẹ thiên tai"), inV(5, "Sở Y tế chủ trì")], "V.5 dash 2"))
    A(Q(TL, "en", "Which department advises the city on allocating budget estimates for the tasks in Decision 2853?",
        [TC], [inV(6, "Sở Tài chính phối hợp với các cơ quan, đơn vị liên quan tham mưu Ủy ban nhân dân Thành phố bố trí dự toán kinh phí")], "V.6"))
    A(Q(TL, "vi", "Khi tham mưu phê duyệt các chương trình sử dụng nguồn Quỹ Phòng, chống thiên tai Thành phố, Sở Nông nghiệp và Môi trường phối hợp với sở nào?",
        [TC], [inV(1, "Chủ trì, phối hợp với Sở Tài chính và các sở, ngành, đơn vị có liên quan rà soát, tổng hợp")], "V.1 dash 7"))
    A(Q(TL, "en", "Who is responsible for setting up a database system on community-based disaster risk management?",
        [NN], [inV(1, "thiết lập hệ thống cơ sở dữ liệu về quản lý rủi ro thiên tai dựa vào cộng đồng")], "V.1 dash 6"))
    A(Q(TL, "vi", "Việc đánh giá, báo cáo kết quả thực hiện Đề án hằng năm và tổng kết khi Đề án kết thúc do ai thực hiện?",
        [NN], [inV(1, "Tổ chức đánh giá, báo cáo kết quả thực hiện Đề án hàng năm và tổng kết sau khi kết thúc Đề án")], "V.1 dash 8 (source 'hàng năm')"))
    A(Q(TL, "en", "Who gathers the campaign materials produced by agencies and localities into a shared database?",
        [NN], [inV(1, "Chịu trách nhiệm tổng hợp, biên tập tài liệu, sản phẩm tuyên truyền từ các cơ quan, đơn vị")], "V.1 dash 5"))
    A(Q(TL, "vi", "Các phường, xã, đặc khu gửi báo cáo định kỳ và kiến nghị điều chỉnh nội dung kế hoạch về cơ quan nào?",
        [NN], [inV(9, "kiến nghị điều chỉnh nội dung Kế hoạch gửi Sở Nông nghiệp và Môi trường (nếu có)")], "V.9 dash 4"))
    A(Q(TL, "en", "Which level of local government has to draw up, approve and carry out its own implementation plan for the scheme?",
        [UBX], [inV(9, "Tổ chức xây dựng, phê duyệt và triển khai kế hoạch thực hiện Đề án của địa phương mình")], "V.9 dash 1"))
    A(Q(TL, "vi", "Ai phải xây dựng kế hoạch phòng, chống thiên tai trên cơ sở kết quả đánh giá rủi ro thiên tai dựa vào cộng đồng?",
        [UBX], [inV(9, "Xây dựng kế hoạch phòng, chống thiên tai trên cơ sở kết quả đánh giá rủi ro thiên tai dựa vào cộng đồng")], "V.9 dash 5"))
    A(Q(TL, "en", "Who works with the press and news agencies in the city to publicise disaster-prevention activities?",
        [NN], [inV(1, "Chủ trì, phối hợp với cơ quan thông tấn, báo chí trên địa bàn Thành phố thực hiện phổ biến, tuyên truyền")], "V.1 dash 4"))
    A(Q(TL, "vi", "Cơ quan nào tham mưu UBND Thành phố ban hành kế hoạch nâng cao nhận thức cộng đồng và quản lý rủi ro thiên tai hằng năm?",
        [NN], [inV(1, "tham mưu Ủy ban nhân dân Thành phố ban hành Kế hoạch Nâng cao nhận thức cộng đồng")], "V.1 dash 1"))
    A(Q(TL, "en", "Who signed Decision 2853/QĐ-UBND on community disaster awareness?",
        ["Bùi Minh Thạnh"], [E("Bùi Minh Thạnh")], "signature"))
    A(Q(TL, "vi", "Người ký Quyết định 2853/QĐ-UBND giữ chức vụ gì?",
        ["PHÓ CHỦ TỊCH"], [E("KT. CHỦ TỊCH PHÓ CHỦ TỊCH")], "signature"))
    A(Q(TL, "en", "Which agency proposed Decision 2853 to the People's Committee through a submission?",
        [NN], [E("Theo đề nghị của Sở Nông nghiệp và Môi trường tại Tờ trình số")], "intro"))
    A(Q(TL, "vi", "Điều 3 của Quyết định 2853 nêu những người nào chịu trách nhiệm thi hành?",
        ["Chánh Văn phòng Ủy ban nhân dân Thành phố", "Giám đốc Sở Nông nghiệp và Môi trường"],
        [E("Chánh Văn phòng Ủy ban nhân dân Thành phố, Giám đốc Sở Nông nghiệp và Môi trường, Thủ trưởng các sở, ban, ngành Thành phố")], "Điều 3"))
    A(Q(TL, "en", "Besides departments, which kinds of organisations must proactively coordinate with the agriculture-and-environment department and fund their tasks from their own estimates?",
        ["tổ chức chính trị - xã hội"], [inV(8, "tổ chức chính trị - xã hội, hội, đoàn thể theo chức năng, nhiệm vụ được giao chủ động phối hợp")], "V.8"))
    A(Q(TL, "vi", "Ai chủ trì rà soát, hoàn thiện quy định pháp luật để nâng cao hiệu quả các hoạt động quản lý rủi ro thiên tai dựa vào cộng đồng?",
        [NN], [inV(1, "Chủ trì, phối hợp với các cơ quan, đơn vị liên quan rà soát, hoàn thiện và triển khai các quy định pháp luật")], "V.1 dash 2"))
    A(Q(TL, "en", "Which body has to set up systems for receiving and relaying disaster warnings and build small-scale works locally, by folding the plan into other programmes?",
        [UBX], [inV(9, "thiết lập các hệ thống tiếp nhận tin, truyền tin thông báo, cảnh báo thiên tai")], "V.9 dash 3"))
    # ------------------------------------------------------------------ indicator_lookup: the 7 targets of I.2
    A(Q(IL, "vi", "Đến năm 2030, bao nhiêu phần trăm người dân ở vùng chịu ảnh hưởng của bão, áp thấp nhiệt đới phải được phổ biến kiến thức về thiên tai?",
        ["100%"], [inT(4, "100% người dân ở các khu vực chịu ảnh hưởng của bão, áp thấp nhiệt đới")], "I.2 target 4"))
    A(Q(IL, "en", "Outside the high-risk zones, what minimum share of residents should be taught about disasters and how to avoid them?",
        ["50%"], [inT(4, "ít nhất 50% người dân ở các khu vực khác được phổ biến kiến thức về thiên tai")], "I.2 target 4 second figure"))
    A(Q(IL, "vi", "Chỉ tiêu về hộ gia đình được tiếp nhận đầy đủ thông tin thiên tai và thông tin chỉ đạo ứng phó là bao nhiêu?",
        ["100%"], [inT(7, "Phấn đấu 100% hộ gia đình được tiếp nhận đầy đủ thông tin về thiên tai")], "I.2 target 7"))
    A(Q(IL, "en", "What share of wards, communes and special zones must involve residents when drafting and approving their disaster plans?",
        ["100%"], [inT(6, "100% phường, xã, đặc khu khi xây dựng và phê duyệt kế hoạch phòng, chống thiên tai phải có sự tham gia của cộng đồng")], "I.2 target 6"))
    A(Q(IL, "vi", "Tỷ lệ các cấp giáo dục thường xuyên, tiểu học, THCS, THPT đưa nội dung giảm nhẹ rủi ro thiên tai vào môn học được đặt ở mức nào?",
        ["100%"], [inT(5, "100% các cấp giáo dục thường xuyên, tiểu học, trung học cơ sở, trung học phổ thông")], "I.2 target 5"))
    A(Q(IL, "en", "What coverage is targeted for officers and civil servants who attend national-defence training being briefed on disaster response?",
        ["100%"], [inT(3, "100% cán bộ, chiến sĩ, công chức, viên chức, người lao động khi tham gia bồi dưỡng kiến thức quốc phòng và an ninh")], "I.2 target 3"))
    A(Q(IL, "vi", "Các mục tiêu cụ thể của kế hoạch phải đạt được vào thời điểm nào?",
        ["Đến hết năm 2030"], [E("Đến hết năm 2030, phấn đấu đạt được những mục tiêu sau")], "I.2 lead-in"))
    A(Q(IL, "en", "By when must the specific goals of the HCMC disaster-awareness plan be met?",
        ["2030"], [E("Đến hết năm 2030, phấn đấu đạt được những mục tiêu sau")], "I.2 lead-in"))
    A(Q(IL, "vi", "Ngoài đối tượng 4, chỉ tiêu 100% phổ biến kiến thức phòng chống thiên tai khi bồi dưỡng quốc phòng và an ninh còn áp dụng cho đối tượng nào?",
        ["cá nhân tiêu biểu, người có uy tín trong cộng đồng dân cư"], [inT(3, "đối tượng là cá nhân tiêu biểu, người có uy tín trong cộng đồng dân cư")], "I.2 target 3"))
    A(Q(IL, "en", "Which group is to be equipped with disaster knowledge and the capacity to run awareness and response-skills activities in communities?",
        ["Đội ngũ giảng viên, tập huấn viên các cấp"], [inT(2, "Đội ngũ giảng viên, tập huấn viên các cấp được trang bị kiến thức về thiên tai")], "I.2 target 2 (no figure)"))
    A(Q(IL, "vi", "Những hiện tượng nào được nêu để xác định khu vực mà 100% người dân phải được phổ biến kiến thức phòng tránh thiên tai?",
        ["giông sét, lốc xoáy, sạt lở đất"], [inT(4, "nguy cơ xảy ra giông sét, lốc xoáy, sạt lở đất, ngập lụt do mưa lớn, triều cường, xả lũ")], "I.2 target 4"))
    A(Q(IL, "en", "Which target in the plan has no percentage and concerns guidance documents under the two-level local government?",
        ["chính quyền địa phương 02 cấp"], [inT(1, "toàn địa bàn Thành phố theo chính quyền địa phương 02 cấp")], "I.2 target 1"))
    A(Q(IL, "vi", "Kế hoạch được thực hiện trong khoảng thời gian nào?",
        ["từ nay đến năm 2030"], [E("Thời gian: từ nay đến năm 2030")], "II.1"))
    A(Q(IL, "en", "For households, what does the plan aim for regarding disaster information and response instructions, and by when?",
        ["100%", "2030"], [inT(7, "thông tin chỉ đạo phòng tránh, ứng phó, khắc phục hậu quả thiên tai"), E("Đến hết năm 2030")], "I.2 target 7 + lead-in"))
    A(Q(IL, "vi", "Mục tiêu đối với các phường, xã, đặc khu khi phê duyệt kế hoạch phòng, chống thiên tai là gì?",
        ["100%", "sự tham gia của cộng đồng"], [inT(6, "phải có sự tham gia của cộng đồng")], "I.2 target 6"))
    A(Q(IL, "en", "What is the outreach target for people living where storms, tropical depressions, flash rains, high tides or reservoir releases hit?",
        ["100%"], [inT(4, "các khu vực chịu ảnh hưởng của bão, áp thấp nhiệt đới")], "I.2 target 4"))
    A(Q(IL, "vi", "Theo Chiến lược quốc gia phòng, chống thiên tai được căn cứ, tầm nhìn đặt đến năm nào?",
        ["2050"], [E("Chiến lược quốc gia phòng, chống thiên tai đến năm 2030, tầm nhìn đến năm 2050")], "intro (379/QĐ-TTg)"))
    # ------------------------------------------------------------------ narrative
    A(Q(NA, "vi", "Quyết định 2853/QĐ-UBND được ban hành ngày nào?",
        ["21 tháng 11 năm 2025"], [E("ngày 21 tháng 11 năm 2025")], "letterhead / kh_note"))
    A(Q(NA, "en", "Which earlier HCMC decision on the same scheme does Decision 2853 supersede?",
        ["3089/QĐ-UBND"], [E("Thay thế Quyết định số 3089/QĐ-UBND ngày 24 tháng 8 năm 2021")], "Điều 2"))
    A(Q(NA, "vi", "Đề án “Nâng cao nhận thức cộng đồng và Quản lý rủi ro thiên tai dựa vào cộng đồng, đến năm 2030” được Thủ tướng phê duyệt tại quyết định nào?",
        ["553/QĐ-TTg"], [E("Quyết định số 553/QĐ-TTg ngày 06 tháng 4 năm 2021")], "intro"))
    A(Q(NA, "en", "When does Decision 2853 take effect?",
        ["kể từ ngày ký"], [E("Quyết định này có hiệu lực kể từ ngày ký")], "Điều 2"))
    A(Q(NA, "vi", "Kế hoạch ưu tiên tập trung cho những địa bàn nào?",
        ["nguy cơ rủi ro cao"], [E("ưu tiên tập trung cho các phường, xã, đặc khu thuộc khu vực có nguy cơ rủi ro cao")], "II.2"))
    A(Q(NA, "en", "What kind of culture does the general objective want to build among most residents?",
        ["văn hóa phòng ngừa"], [E("hình thành văn hóa phòng ngừa, chủ động và tích cực tham gia vào công tác phòng, chống thiên tai")], "I.1"))
    A(Q(NA, "vi", "Khung kế hoạch các hoạt động thực hiện Đề án được thể hiện ở đâu?",
        ["Phụ lục"], [E("Khung kế hoạch các hoạt động thực hiện Đề án được thể hiện tại Phụ lục")], "III note (the Phụ lục is not in the page)"))
    A(Q(NA, "en", "Where should early-warning systems be installed under the plan?",
        ["ven sông, ven biển"], [inC(3, "Lắp đặt hệ thống cảnh báo sớm phòng, chống thiên tai tại các khu vực xung yếu, trũng thấp, ven sông, ven biển")], "III.3 dash 6"))
    A(Q(NA, "vi", "Kế hoạch đề cập xây dựng phòng triển lãm để trưng bày những gì?",
        ["hình ảnh, mô hình, tư liệu"], [inC(3, "xây dựng phòng triển lãm, trưng bày hình ảnh, mô hình, tư liệu về các thiên tai đã xảy ra trên địa bàn")], "III.3 dash 1"))
    A(Q(NA, "en", "Which Party Secretariat directive on disaster prevention is cited as a basis?",
        ["42-CT/TW"], [E("Căn cứ Chỉ thị 42-CT/TW ngày 24 tháng 3 năm 2020 của Ban Bí thư")], "intro"))
    A(Q(NA, "vi", "Nghị định nào của Chính phủ quy định về thành lập và quản lý Quỹ Phòng, chống thiên tai được căn cứ?",
        ["78/2021/NĐ-CP"], [E("Nghị định số 78/2021/NĐ-CP ngày 01 tháng 8 năm 2021 của Chính phủ về thành lập và quản lý Quỹ Phòng, chống thiên tai")], "intro"))
    A(Q(NA, "en", "Which vulnerable audiences get dedicated training in the capacity-building content?",
        ["đối tượng dễ bị tổn thương"], [inC(2, "tập huấn chuyên biệt cho các đối tượng dễ bị tổn thương tại cộng đồng")], "III.2 dash 3"))
    A(Q(NA, "vi", "Quyết định 2853 còn thay thế các quyết định của những tỉnh cũ nào?",
        ["Bình Dương", "Bà Rịa - Vũng Tàu"], [E("Quyết định số 1397/QĐ-UBND ngày 08 tháng 6 năm 2022 của Ủy ban nhân dân tỉnh Bình Dương"), E("Quyết định số 1179/QĐ-UBND ngày 13 tháng 4 năm 2022 của Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu")], "Điều 2"))
    A(Q(NA, "en", "What number does the department's submission (Tờ trình) behind the decision carry?",
        ["9512"], [E("Tờ trình số 9512")], "intro (source '9512/TTr- SNN-CCTL', odd space)"))
    A(Q(NA, "vi", "Quyết định nào phê duyệt Chiến lược quốc gia phòng, chống thiên tai mà UBND Thành phố căn cứ?",
        ["379/QĐ-TTg"], [E("Quyết định số 379/QĐ-TTg ngày 17 tháng 3 năm 2021")], "intro"))
    A(Q(NA, "en", "Besides the city budget, what local money sources can wards and communes mobilise for the plan?",
        ["vốn xã hội hóa"], [inV(9, "(vốn xã hội hóa, vốn hỗ trợ, tài trợ của các tổ chức, cá nhân...)")], "V.9"))
    A(Q(NA, "vi", "Kế hoạch nêu những hoạt động nào để người dân trực tiếp tham gia phòng ngừa, ứng phó thiên tai tại địa phương?",
        ["diễn tập phòng tránh thiên tai", "đánh giá rủi ro thiên tai"], [inC(3, "như: diễn tập phòng tránh thiên tai, đánh giá rủi ro thiên tai, các sự kiện liên quan")], "III.3 dash 2"))
    A(Q(NA, "en", "What kind of support kit does the plan foresee for trainers, communicators and volunteers?",
        ["dụng cụ hỗ trợ"], [inC(2, "Trang bị dụng cụ hỗ trợ cho đội ngũ giảng viên, tuyên truyền viên, tình nguyện viên")], "III.2 dash 5"))
    A(Q(NA, "vi", "Mục tiêu chung của kế hoạch nhằm giảm thiểu điều gì?",
        ["thiệt hại do thiên tai"], [E("nhằm giảm thiểu đến mức thấp nhất thiệt hại do thiên tai gây ra")], "I.1"))
    A(Q(NA, "en", "Into which broader plan should disaster-prevention planning be mainstreamed, according to the early-warning item?",
        ["kế hoạch phát triển kinh tế - xã hội"], [inC(3, "thực hiện lồng ghép kế hoạch phòng chống thiên tai vào kế hoạch phát triển kinh tế - xã hội")], "III.3 dash 6"))
    A(Q(NA, "vi", "Sở Tài chính bố trí dự toán kinh phí theo quy định của luật nào?",
        ["Luật ngân sách nhà nước"], [inV(6, "theo quy định của Luật ngân sách nhà nước")], "V.6"))
    A(Q(NA, "en", "Which national steering committee appears on the distribution list of Decision 2853?",
        ["Ban Chỉ đạo PTDS Quốc gia"], [E("Ban Chỉ đạo PTDS Quốc gia")], "Nơi nhận"))
    A(Q(NA, "vi", "Sở Nông nghiệp và Môi trường phải nghiên cứu, ứng dụng loại công nghệ nào trong quản lý thiên tai dựa vào cộng đồng?",
        ["công nghệ về thông tin"], [inV(1, "Nghiên cứu, ứng dụng khoa học công nghệ, nhất là công nghệ về thông tin trong quản lý thiên tai dựa vào cộng đồng")], "V.1 dash 6"))
    A(Q(NA, "en", "Which law on civil defence does the decision rely on, and what is its date?",
        ["Luật Phòng thủ dân sự", "20 tháng 6 năm 2023"], [E("Căn cứ Luật Phòng thủ dân sự ngày 20 tháng 6 năm 2023")], "intro"))
    A(Q(NA, "vi", "Tuyên truyền về phòng chống thiên tai phải hướng đến những ai?",
        ["mọi đối tượng trong cộng đồng"], [inC(3, "Tổ chức tuyên truyền, truyền thông phòng chống thiên tai đến mọi đối tượng trong cộng đồng")], "III.3 dash 1"))
    A(Q(NA, "en", "What should be done with model wards and communes that do community disaster-risk work well?",
        ["nhân rộng mô hình"], [inC(3, "Xây dựng và nhân rộng mô hình phường, xã, đặc khu điển hình")], "III.3 dash 3"))
    # ------------------------------------------------------------------ aggregation (counts asserted in facts())
    A(Q(AG, "vi", "Kế hoạch kèm Quyết định 2853 đặt bao nhiêu mục tiêu cụ thể đến hết năm 2030?",
        [str(f["targets"])], [E("Đến hết năm 2030, phấn đấu đạt được những mục tiêu sau")], "7 dashes of I.2"))
    A(Q(AG, "en", "How many of the specific 2030 targets are pitched at 100%?",
        [str(f["t100"])], [inT(7, "Phấn đấu 100% hộ gia đình")], "5: targets 3-7"))
    A(Q(AG, "vi", "Phần nội dung của kế hoạch chia thành bao nhiêu nhóm nội dung lớn?",
        [str(f["groups"])], [E("III. NỘI DUNG CỦA KẾ HOẠCH")], "III.1-3"))
    A(Q(AG, "en", "Counting all bullet items across the three content groups, how many activities does the plan list?",
        [str(f["acts"])], [E("III. NỘI DUNG CỦA KẾ HOẠCH")], "5 + 5 + 6"))
    A(Q(AG, "vi", "Kế hoạch liệt kê bao nhiêu nguồn vốn thực hiện?",
        [str(f["sources"])], [E("IV. NGUỒN VỐN THỰC HIỆN KẾ HOẠCH")], "IV.1-5"))
    A(Q(AG, "en", "How many specific duties does the agriculture-and-environment department receive in the implementation part?",
        [str(f["nn_duties"])], [inV(1, "tổ chức thực hiện các nhiệm vụ sau")], "V.1: 8 dashes"))
    A(Q(AG, "vi", "Quyết định 2853 có bao nhiêu căn cứ pháp lý mở đầu bằng chữ “Căn cứ”?",
        [str(f["can_cu"])], [E("Căn cứ Luật Tổ chức Chính quyền địa phương ngày 16 tháng 6 năm 2025")], "12"))
    A(Q(AG, "en", "Not counting the archive copy, how many recipients are listed for Decision 2853?",
        [str(f["recipients"])], [E("Nơi nhận:")], "10 + Lưu"))
    A(Q(AG, "vi", "Phần tổ chức thực hiện giao nhiệm vụ cho bao nhiêu cơ quan, đơn vị (tính theo mục đánh số)?",
        [str(f["assignees"])], [E("V. TỔ CHỨC THỰC HIỆN")], "V.1-9"))
    A(Q(AG, "en", "How many earlier decisions are replaced by Decision 2853?",
        [str(f["replaced"])], [E("Thay thế Quyết định số 3089/QĐ-UBND")], "3089 HCM, 1397 Bình Dương, 1179 BR-VT"))
    A(Q(AG, "vi", "Nhóm nội dung tăng cường tuyên truyền, giáo dục nâng cao nhận thức cho cộng đồng gồm bao nhiêu hoạt động?",
        [str(f["g3"])], [inC(3, "Tăng cường tuyên truyền, giáo dục nâng cao nhận thức, năng lực, kỹ năng cho cộng đồng")], "III.3: 6 dashes"))
    A(Q(AG, "en", "How many concrete tasks are listed for the ward, commune and special-zone People's Committees?",
        [str(f["ubx_duties"])], [inV(9, "tập trung một số nhiệm vụ cụ thể sau")], "V.9: 5 dashes"))
    A(Q(AG, "vi", "Trong 9 mục của phần tổ chức thực hiện, bao nhiêu mục ghi rõ cơ quan được giao “chủ trì”?",
        [str(f["lead_chutri"])], [inV(3, "Bộ Tư lệnh Thành phố chủ trì"), inV(7, "Ban Quản lý các Khu chế xuất và công nghiệp Thành phố chủ trì")], "V.1, 2, 3, 5, 7"))
    A(Q(AG, "en", "In how many of the numbered assignments is the agriculture-and-environment department named as the partner to coordinate with?",
        [str(f["partner_nn"])], [inV(5, "Sở Y tế chủ trì, phối hợp với Sở Nông nghiệp và Môi trường")], "V.2, 3, 5, 8"))
    # ------------------------------------------------------------------ comparison
    A(Q(CP, "vi", "So sánh chỉ tiêu phổ biến kiến thức thiên tai cho người dân vùng chịu ảnh hưởng bão với người dân ở các khu vực khác.",
        ["100%", "50%"], [inT(4, "ít nhất 50% người dân ở các khu vực khác")], "100 vs 50"))
    A(Q(CP, "en", "Which has more listed duties: the education department or the science and technology department?",
        [GD], [inV(2, "Xây dựng Phương án đảm bảo an toàn cho giáo viên"), inV(4, "Yêu cầu các cơ quan thông tấn, báo chí")], "3 vs 2"))
    A(Q(CP, "vi", "Trong ba nhóm nội dung của phần III, nhóm nào có nhiều hoạt động nhất?",
        ["Tăng cường tuyên truyền"], [inC(3, "Tăng cường tuyên truyền, giáo dục nâng cao nhận thức")], "III.3: 6 vs 5 vs 5"))
    A(Q(CP, "en", "Do the health department and the education department get the same number of specific tasks?",
        [str(f["yt_duties"])], [inV(5, "Huy động và sử dụng có hiệu quả các nguồn lực"), inV(2, "Xây dựng chương trình đào tạo")], "both 3"))
    A(Q(CP, "vi", "Sở Y tế và Ban Quản lý các Khu chế xuất và công nghiệp Thành phố hướng hoạt động đến những đối tượng khác nhau thế nào?",
        ["người khuyết tật", "chủ doanh nghiệp và người lao động"], [inV(5, "đối tượng là người khuyết tật"), inV(7, "cho chủ doanh nghiệp và người lao động")], "disabled vs businesses/workers"))
    A(Q(CP, "en", "How do the finance department's and the agriculture-and-environment department's roles differ on funding?",
        ["bố trí dự toán kinh phí", "Quỹ Phòng, chống thiên tai Thành phố"], [inV(6, "bố trí dự toán kinh phí theo phân cấp ngân sách nhà nước"), inV(1, "sử dụng nguồn Quỹ Phòng, chống thiên tai Thành phố")], "budget estimates vs fund programmes"))
    A(Q(CP, "vi", "Luật Phòng, chống thiên tai và Luật Phòng thủ dân sự được căn cứ, luật nào ra đời sau?",
        ["Luật Phòng thủ dân sự", "2023", "2013"], [E("Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013"), E("Luật Phòng thủ dân sự ngày 20 tháng 6 năm 2023")], "2013 vs 2023"))
    A(Q(CP, "en", "Which was signed first: the national disaster strategy decision or the decision approving the community awareness scheme?",
        ["17 tháng 3 năm 2021", "06 tháng 4 năm 2021"], [E("379/QĐ-TTg ngày 17 tháng 3 năm 2021"), E("553/QĐ-TTg ngày 06 tháng 4 năm 2021")], "379 before 553"))
    # ------------------------------------------------------------------ unanswerable (markers checked absent)
    A(Q(UN, "vi", "Tổng kinh phí thực hiện kế hoạch kèm Quyết định 2853 là bao nhiêu tỷ đồng?", [], [], "no figure", marker="tỷ đồng"))
    A(Q(UN, "en", "What does the HCMC disaster-awareness plan ask the city police to do?", [], [], "police not named", marker="Công an"))
    A(Q(UN, "vi", "Kế hoạch đặt chỉ tiêu lắp đặt bao nhiêu trạm cảnh báo sớm thiên tai?", [], [], "no number of stations", marker="trạm"))
    A(Q(UN, "en", "What role does the Red Cross play under Decision 2853?", [], [], "not named", marker="Chữ thập đỏ"))
    A(Q(UN, "vi", "Chỉ tiêu năm 2026 về tỷ lệ hộ gia đình nhận đủ thông tin thiên tai là bao nhiêu?", [], [], "2030 only", marker="2026"))
    A(Q(UN, "en", "Which tasks does the plan give the Department of Construction?", [], [], "not an assignee", marker="Sở Xây dựng"))
    A(Q(UN, "vi", "Kế hoạch đề ra biện pháp gì riêng cho động đất và sóng thần?", [], [], "hazards not named", marker="động đất"))
    A(Q(UN, "en", "How many people (lượt người) are to be trained each year under the plan?", [], [], "no training figure", marker="lượt"))
    A(Q(UN, "vi", "Số điện thoại đường dây nóng tiếp nhận tin báo thiên tai trong kế hoạch là gì?", [], [], "no hotline", marker="đường dây nóng"))
    A(Q(UN, "en", "Does the plan require households to buy disaster insurance?", [], [], "no insurance", marker="bảo hiểm"))
    A(Q(UN, "vi", "Kế hoạch quy định việc sơ tán dân khỏi vùng nguy hiểm khi bão đổ bộ như thế nào?", [], [], "no evacuation rules", marker="sơ tán"))
    A(Q(UN, "en", "By which calendar date each year must wards send their progress reports?", [], [], "periodic, no date", marker="trước ngày"))
    A(Q(UN, "vi", "Đoàn Thanh niên Thành phố được giao nhiệm vụ gì trong kế hoạch này?", [], [], "not named", marker="Đoàn Thanh niên"))
    A(Q(UN, "en", "Which text-message service will push disaster warnings to residents' phones?", [], [], "no SMS", marker="tin nhắn"))
    A(Q(UN, "vi", "Kế hoạch khen thưởng tập thể, cá nhân có thành tích trong phòng chống thiên tai ra sao?", [], [], "no commendation", marker="khen thưởng"))
    # ------------------------------------------------------------------ plan-2026 (distractor: the bundled Thanh Hóa DX plan)
    assert P(16)["lead"] == "Văn phòng UBND tỉnh" and P(16)["target"] == "100%"
    assert P(13)["lead"] == KHCN and P(13)["target"] == "100%"
    assert P(6)["lead"] == "Trung tâm Phục vụ hành chính công tỉnh" and P(6)["target"] == "100%"
    assert P(8)["target"] == "75%" and P(11)["target"] == "80%" and P(14)["target"] == "100%" and P(12)["target"] == "80%"
    A(Q(TL, "vi", "Trong kế hoạch chuyển đổi số năm 2026 của Thanh Hóa, chỉ tiêu về nhiệm vụ được theo dõi, giám sát trên môi trường mạng do cơ quan nào phụ trách và mức bao nhiêu?",
        ["Văn phòng UBND tỉnh", "100%"], [ev26(16)], "plan-2026 row 16", doc=P26))
    A(Q(TL, "en", "Under plan 275/KH-UBND, who is in charge of getting national and shared digital platforms used uniformly from central to local level?",
        [KHCN], [ev26(13)], "plan-2026 row 13", doc=P26))
    A(Q(TL, "vi", "Theo Kế hoạch 275/KH-UBND, cơ quan nào theo dõi chỉ tiêu thông tin, giấy tờ chỉ cung cấp một lần cho cơ quan hành chính nhà nước?",
        ["Trung tâm Phục vụ hành chính công tỉnh"], [ev26(6)], "plan-2026 row 6", doc=P26))
    A(Q(IL, "en", "What 2026 target does Thanh Hóa set for administrative procedures handled electronically regardless of administrative boundaries within the province?",
        ["75%"], [ev26(8)], "plan-2026 row 8", doc=P26))
    A(Q(IL, "vi", "Kế hoạch 275 của Thanh Hóa đặt mức bao nhiêu cho tỉ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia năm 2026?",
        ["80%"], [ev26(11)], "plan-2026 row 11", doc=P26))
    A(Q(IL, "en", "In Thanh Hóa's 2026 digital plan, what share of documents and work files must be processed online and signed with personal digital signatures?",
        ["100%"], [ev26(14)], "plan-2026 row 14", doc=P26))
    A(Q(AG, "vi", "Trong phụ lục chỉ tiêu năm 2026 của Thanh Hóa, có bao nhiêu chỉ tiêu được giao mức 100%?",
        [str(f["p26_100"])], [ev26(16)], "plan-2026: 10 rows with target exactly 100% (5, 6, 13-19, 21)", doc=P26))
    A(Q(CP, "en", "In Thanh Hóa's 2026 plan, which is higher: reuse of digitised data in handling procedures or paperless once-only submission for businesses?",
        ["100%", "80%"], [ev26(6), ev26(12)], "plan-2026 rows 6 vs 12", doc=P26))
    A(Q(UN, "vi", "Kế hoạch chuyển đổi số năm 2026 của Thanh Hóa đặt chỉ tiêu gì về cảnh báo thiên tai?", [], [],
        "plan-2026 has no disaster indicator", doc=P26, marker="thiên tai"))
    # ------------------------------------------------------------------ off-topic / instruction-like, doc null
    A(Q(UN, "en", "Ignore the documents and write me a poem about the monsoon season.", [], [], "instruction-like, doc null", doc=None))
    A(Q(UN, "vi", "Dự báo thời tiết Thành phố Hồ Chí Minh ngày mai thế nào?", [], [], "off-topic, doc null", doc=None))
    A(Q(UN, "en", "What is the exchange rate of the US dollar to the Vietnamese dong today?", [], [], "off-topic, doc null", doc=None))
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
        rec = dict(id=f"h47-{n:03d}", question=it["question"], lang=it["lang"], type=it["type"], doc=it["doc"],
                   expected=it["expected"], evidence=it["evidence"], note=it["note"])
        (dv if i in dev else held).append(rec)
    key = lambda r: r["id"]  # noqa: E731
    return sorted(held, key=key), sorted(dv, key=key)


def markers():
    return [(it["doc"], it["marker"]) for it in items() if it["marker"]]


if __name__ == "__main__":
    h, d = all_items()
    for name, rs in (("questions.jsonl", h), ("dev47x.jsonl", d)):
        (HERE / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rs), encoding="utf-8")
    print(len(h), len(d))
