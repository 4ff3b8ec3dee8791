"""Held-out set 43: questions (HELD OUT -- do not read while developing the assistant) and the seeded split.
Writes questions.jsonl (held out) and dev43x.jsonl (development); ids h43-001... assigned by a seeded shuffle.
Split: round(DEV_FRACTION * n) of every (doc, type) group drawn with SEED into dev43x.jsonl (as sets 41-42).
Evidence snippets are asserted verbatim in the flattened source by E(); the measures' fields come from
doc_source.tasks(); counts are computed from the parse and asserted in facts().
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

SEED = 43043
DEV_FRACTION = 0.2
K = S.KEY
P26 = "plan-2026"
P26_FILE = ROOT / "corpus" / "2026-plan_kh-275-ubnd.txt"
IL, TL, AG, CP, NA, UN = "indicator_lookup", "task_lookup", "aggregation", "comparison", "narrative", "unanswerable"
STP = "Sở Tư pháp"
SNV = "Sở Nội vụ"
KHCN = "Sở Khoa học và Công nghệ"
STC = "Sở Tài chính"
XA = "UBND cấp xã"
TX = "Thường xuyên"
HN = "Hằng năm"
# a snippet only the n-th measure (page order) of part III holds
EVT = {1: "Thường xuyên rà soát, kiện toàn đội ngũ cán bộ, công chức xây dựng chính sách, pháp luật",
       2: "Thường xuyên tuyên truyền, phổ biến, quán triệt Nghị quyết số 27/NQ- TW",
       3: "tiếp tục nâng cao nhận thức về tầm quan trọng, vị trí, vai trò của công tác xây dựng chính sách",
       4: "Tăng cường công tác giáo dục chính trị, tư tưởng, kỷ luật, kỷ cương",
       5: "Tổ chức tập huấn, bồi dưỡng kiến thức, kỹ năng xây dựng pháp luật cho đội ngũ",
       6: "Nâng cao kiến thức, kỹ năng xây dựng pháp luật trong chương trình bồi dưỡng kiến thức",
       7: "Nghiên cứu tham mưu UBND tỉnh ban hành hoặc trình HĐND tỉnh ban hành cơ chế, chính sách",
       8: "ưu tiên chọn lựa cán bộ, công chức có kiến thức, năng lực và kinh nghiệm",
       9: "Thực hiện cơ chế đặc thù, áp dụng chế độ thù lao, cộng tác viên",
       10: "Thực hiện kịp thời, đầy đủ cơ chế, chính sách, chế độ hỗ trợ đối với người trực tiếp",
       11: "Tăng cường ưu tiên ứng dụng công nghệ số và đẩy mạnh triển khai áp dụng (AI)",
       12: "Ra mắt AI pháp luật hỗ trợ cho cán bộ, công chức, viên chức trên địa bàn tỉnh",
       13: "Cập nhật, khai thác, sử dụng hiệu quả Cổng pháp luật quốc gia",
       14: "Xây dựng, duy trì thường xuyên các chuyên mục, chuyên trang về xây dựng pháp luật",
       15: "Tổ chức hội nghị, hội thảo trao đổi nghiệp vụ, kinh nghiệm",
       16: "Tham mưu, đề xuất tổ chức Đoàn của tỉnh hoặc tham gia các Đoàn của Bộ Tư pháp"}


def E(piece):
    assert S.ws(piece) in S.flat(), piece
    return piece


def T(n):
    t = S.tasks()[n - 1]
    assert S.ws(EVT[n]) in " ".join(t["measure"]), n
    return t


def ev(n):
    return EVT[n]


def strip(v):
    return v.rstrip(".")


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


def part(pn):
    return [b for b in S.structure() if b.get("part") == pn and b["kind"] != "part"]


def facts():
    ts = S.check()
    f = {}
    f["measures"] = len(ts)
    f["sections"] = len([b for b in part("III") if b["kind"] == "section"])
    goals = [b["text"] for b in part("II")]
    f["goals"] = len(goals)
    f["goals_100"] = sum(1 for g in goals if "100%" in g)
    leads = [strip(t["lead"]) for t in ts]
    f["lead_stp"] = leads.count(STP)
    f["lead_snv"] = leads.count(SNV)
    f["lead_khcn"] = leads.count(KHCN)
    f["lead_xa"] = sum(1 for l in leads if XA in l)
    f["time_tx"] = sum(1 for t in ts if t["time"] == "Thường xuyên.")
    f["time_tx_any"] = sum(1 for t in ts if t["time"].startswith(TX))
    f["time_hn"] = sum(1 for t in ts if t["time"] == "Hằng năm.")
    f["partner_stp"] = sum(1 for t in ts if STP in t["partner"])
    f["partner_only_stp"] = sum(1 for t in ts if t["partner"] == "Sở Tư pháp.")
    f["s7"] = sum(1 for t in ts if t["section"].startswith("7."))
    f["s5"] = sum(1 for t in ts if t["section"].startswith("5."))
    f["s4"] = sum(1 for t in ts if t["section"].startswith("4."))
    f["iv"] = len(part("IV"))
    f["purposes"] = 3
    f["requirements"] = 2
    pI = part("I")
    assert [b["text"] for b in pI if b["kind"] == "section"] == ["1. Mục đích", "2. Yêu cầu"]
    assert len(pI) == 2 + 3 + 2
    f["recipients"] = S.structure()[-1]["cells"][0].count("- ")
    f["label_thammuu"] = sum(1 for t in ts if t["lead_label"] == "Đơn vị chủ trì tham mưu thực hiện")
    f["label_thuchien_only"] = sum(1 for t in ts if t["lead_label"] == "Đơn vị thực hiện")
    assert f == dict(measures=16, sections=9, goals=5, goals_100=4, lead_stp=4, lead_snv=2, lead_khcn=2, lead_xa=4,
                     time_tx=7, time_tx_any=9, time_hn=2, partner_stp=11, partner_only_stp=6, s7=4, s5=3, s4=3, iv=6,
                     purposes=3, requirements=2, recipients=8, label_thammuu=5, label_thuchien_only=2), f
    f["p26_ttpv"] = sum(1 for r in p26_rows() if r["lead"] == "Trung tâm Phục vụ hành chính công tỉnh")
    f["p26_nhnn"] = sum(1 for r in p26_rows() if r["lead"] == "Ngân hàng Nhà nước Chi nhánh Khu vực 7")
    assert f["p26_ttpv"] == 8 and f["p26_nhnn"] == 2, f
    return f


def Q(typ, lang, q, exp, ev_, note, doc=K, marker=None):
    if doc == K:
        ev_ = [E(e) for e in ev_]
    return dict(type=typ, lang=lang, question=q, expected=exp, evidence=ev_, note=note, doc=doc, marker=marker)


def items():
    f = facts()
    out = []
    A = out.append
    assert strip(T(6)["lead"]) == SNV and strip(T(7)["lead"]) == SNV and strip(T(12)["lead"]) == KHCN
    assert T(12)["time"] == "Tháng 12/2025." and T(10)["time"] == "Từ 01/7/2025." and T(10)["partner"] == "Sở Tài chính, Sở Tư pháp."
    assert T(1)["partner"] == "Sở Nội vụ, Sở Tư pháp." and T(16)["partner"].startswith("Văn phòng UBND tỉnh")
    XA_ = "Các Sở, ngành, đơn vị, UBND cấp xã"
    CQ = "Các cơ quan, đơn vị, địa phương"
    # ------------------------------------------------------------------ task_lookup: measures of part III
    A(Q(TL, "vi", "Việc ra mắt công cụ trí tuệ nhân tạo hỗ trợ pháp luật cho cán bộ trong tỉnh do sở nào chủ trì tham mưu và phải xong khi nào?",
        [KHCN, "Tháng 12/2025"], [ev(12)], "measure 12: lead + time"))
    A(Q(TL, "en", "Who leads the launch of a legal AI assistant for provincial officials, and by when is it due?",
        [KHCN, "12/2025"], [ev(12)], "measure 12"))
    A(Q(TL, "vi", "Ai chủ trì việc tập huấn, bồi dưỡng kỹ năng xây dựng pháp luật cho đội ngũ làm chính sách, pháp luật?",
        [STP], [ev(5)], "measure 5 lead"))
    A(Q(TL, "en", "Which department is responsible for running training courses on law-drafting skills for policy staff, and on what schedule?",
        [STP, "Theo kế hoạch công tác tư pháp hàng năm"], [ev(5)], "measure 5 lead + time"))
    A(Q(TL, "vi", "Nội dung kỹ năng xây dựng pháp luật trong chương trình bồi dưỡng theo tiêu chuẩn ngạch công chức do đơn vị nào chủ trì?",
        [SNV], [ev(6)], "measure 6 lead"))
    A(Q(TL, "en", "Who is in charge of adding law-making skills to the civil-service grade and leadership-position training programmes?",
        [SNV], [ev(6)], "measure 6 lead"))
    A(Q(TL, "vi", "Cơ quan nào tham mưu UBND tỉnh ban hành cơ chế thu hút sinh viên giỏi, thạc sỹ, tiến sỹ luật về làm công tác xây dựng pháp luật, và thời hạn là gì?",
        [SNV, "Giai đoạn 2026-2030 và những năm tiếp theo"], [ev(7)], "measure 7"))
    A(Q(TL, "en", "Which body drafts the incentive policy to attract top law graduates and legal experts into provincial law-making posts?",
        [SNV], [ev(7)], "measure 7 lead"))
    A(Q(TL, "vi", "Việc cập nhật, khai thác Cổng pháp luật quốc gia và Cơ sở dữ liệu quốc gia về pháp luật giao cho ai chủ trì?",
        [STP], [ev(13)], "measure 13 lead"))
    A(Q(TL, "en", "Who must keep the national law portal and the national legal database up to date and make use of them?",
        [STP], [ev(13)], "measure 13"))
    A(Q(TL, "vi", "Đơn vị nào chủ trì mở chuyên mục, chuyên trang về xây dựng pháp luật trên báo, đài và cổng thông tin của tỉnh?",
        ["Báo và Phát thanh, Truyền hình tỉnh"], [ev(14)], "measure 14 lead (first named)"))
    A(Q(TL, "en", "Which bodies support the provincial newspaper and broadcaster in running dedicated law-making columns?",
        [KHCN, "Trung tâm Thông tin tỉnh"], [ev(14)], "measure 14 partners"))
    A(Q(TL, "vi", "Ai chủ trì tổ chức hội nghị, hội thảo trao đổi kinh nghiệm nghiệp vụ xây dựng pháp luật và bao lâu tổ chức một lần?",
        [STP, HN], [ev(15)], "measure 15"))
    A(Q(TL, "en", "Who organises study delegations, at home or abroad, to learn from others' policy- and law-making experience, and how often?",
        [STP, HN], [ev(16)], "measure 16"))
    A(Q(TL, "vi", "Trong việc tổ chức đoàn đi học tập kinh nghiệm xây dựng chính sách, pháp luật, cơ quan nào phối hợp với đơn vị chủ trì?",
        ["Văn phòng UBND tỉnh"], [ev(16)], "measure 16 partner"))
    A(Q(TL, "en", "Who carries out the payment of the special support regime for people directly drafting laws, and which departments help?",
        ["Các cơ quan, đơn vị theo quy định", STC, STP], [ev(10)], "measure 10"))
    A(Q(TL, "vi", "Chế độ hỗ trợ cho người trực tiếp làm công tác xây dựng pháp luật theo Nghị quyết 197/2025/QH15 được áp dụng từ ngày nào?",
        ["01/7/2025"], [ev(10)], "measure 10 time"))
    A(Q(TL, "en", "Which department leads the push to apply digital technology and AI in drafting and enforcing laws?",
        [KHCN], [ev(11)], "measure 11 lead"))
    A(Q(TL, "vi", "Việc rà soát, kiện toàn đội ngũ làm chính sách, pháp luật có những sở nào phối hợp?",
        [SNV, STP], [ev(1)], "measure 1 partners"))
    A(Q(TL, "en", "Who is responsible for regularly reviewing and strengthening the pool of policy and law-drafting staff?",
        [XA_], [ev(1)], "measure 1 lead"))
    A(Q(TL, "vi", "Nhiệm vụ tuyên truyền, quán triệt Nghị quyết 66-NQ/TW và Quy định 178-QĐ/TW về xây dựng pháp luật do ai thực hiện, ai phối hợp?",
        [XA_, STP], [ev(2)], "measure 2"))
    A(Q(TL, "en", "Who is expected to select experienced officials as the core force for drafting legal documents, and what is the timing?",
        [CQ, "Thường xuyên, theo yêu cầu nhiệm vụ"], [ev(8)], "measure 8"))
    A(Q(TL, "vi", "Việc áp dụng chế độ thù lao, cộng tác viên để thu hút luật sư, luật gia giỏi tham gia xây dựng chính sách do ai chủ trì tham mưu?",
        [CQ], [ev(9)], "measure 9 lead"))
    A(Q(TL, "en", "Who coordinates with the lead bodies on political, ethical and anti-corruption education for law-drafting staff?",
        [STP], [ev(4)], "measure 4 partner"))
    A(Q(TL, "vi", "Đơn vị nào thực hiện việc nâng cao nhận thức của người đứng đầu về vai trò đội ngũ xây dựng chính sách, pháp luật và thời gian ra sao?",
        [XA_, TX], [ev(3)], "measure 3"))
    A(Q(TL, "en", "Which body coordinates the rollout of digital tools and AI in law-making alongside the leading department?",
        [STP], [ev(11)], "measure 11 partner"))
    A(Q(TL, "vi", "Nhiệm vụ đưa AI pháp luật vào sử dụng có đơn vị phối hợp nào?", [STP], [ev(12)], "measure 12 partner"))
    # ------------------------------------------------------------------ indicator_lookup: goals (II) and deadlines
    A(Q(IL, "vi", "Kế hoạch đặt mục tiêu tỷ lệ cán bộ, công chức xây dựng chính sách, pháp luật có trình độ đại học Luật trở lên là bao nhiêu?",
        ["100%"], [E("có trình độ đại học Luật hoặc chuyên ngành luật trở lên")], "goal 1"))
    A(Q(IL, "en", "What share of the province's policy and law-drafting officials should hold at least a law degree?",
        ["100%", "đại học Luật"], [E("có trình độ đại học Luật hoặc chuyên ngành luật trở lên")], "goal 1"))
    A(Q(IL, "vi", "Trong giai đoạn 2026-2030, tỉnh phấn đấu tối thiểu bao nhiêu phần trăm đội ngũ xây dựng pháp luật đến từ nguồn thu hút nhân tài?",
        ["10%"], [E("phấn đấu có ít nhất 10% đội ngũ cán bộ, công chức xây dựng chính sách")], "goal 4"))
    A(Q(IL, "en", "What minimum proportion of law-drafting staff is to be recruited from talent sources such as top graduates, masters and PhDs over 2026-2030?",
        ["10%"], [E("phấn đấu có ít nhất 10% đội ngũ cán bộ, công chức xây dựng chính sách")], "goal 4"))
    A(Q(IL, "vi", "Mục tiêu về bố trí công chức xây dựng chính sách, pháp luật ở các xã, phường là gì?",
        ["100%", "các xã, phường"], [E("100% các xã, phường bố trí công chức xây dựng chính sách")], "goal 3"))
    A(Q(IL, "en", "What is the target for departments and sectors assigning staff to legal-affairs and law-making work?",
        ["100%", "pháp chế"], [E("100% các Sở, ngành bố trí công chức, viên chức làm công tác xây dựng pháp luật")], "goal 2"))
    A(Q(IL, "vi", "Tỷ lệ cán bộ làm chính sách, pháp luật được tập huấn, bồi dưỡng và cấp tài liệu theo mục tiêu kế hoạch là bao nhiêu?",
        ["100%"], [E("được tập huấn, bồi dưỡng và cung cấp tài liệu để nâng cao trình độ")], "goal 5"))
    A(Q(IL, "en", "Over what period does the Bắc Ninh capacity-building plan for law-making staff run?",
        ["2026 - 2030"], [E("trên địa bàn tỉnh giai đoạn 2026 - 2030 như sau")], "title/intro period"))
    A(Q(IL, "vi", "Các cơ quan, đơn vị, địa phương phải xây dựng kế hoạch triển khai riêng xong trong thời hạn nào?",
        ["tháng 12/2025"], [E("xong trong tháng 12/2025")], "IV.1 deadline"))
    A(Q(IL, "en", "By what date each year must agencies report their implementation results to the provincial People's Committee?",
        ["15 tháng 11"], [E("(trước ngày 15 tháng 11)")], "IV.1 report date"))
    A(Q(IL, "vi", "Thời hạn thực hiện nhiệm vụ nghiên cứu cơ chế thu hút, tuyển dụng nhân lực xây dựng pháp luật kéo dài đến khi nào?",
        ["Giai đoạn 2026-2030 và những năm tiếp theo"], [ev(7)], "measure 7 time"))
    A(Q(IL, "en", "What is the timeframe for embedding law-drafting skills into the civil-servant training programmes?",
        ["Theo Kế hoạch bồi dưỡng công chức, viên chức hàng năm"], [ev(6)], "measure 6 time"))
    A(Q(IL, "vi", "Kế hoạch 141/KH-UBND được ban hành ngày nào?", ["20 tháng 11 năm 2025"],
        [E("Bắc Ninh, ngày 20 tháng 11 năm 2025")], "date"))
    A(Q(IL, "en", "When should the legal AI tool for civil servants go live?", ["12/2025"], [ev(12)], "measure 12 time"))
    A(Q(IL, "vi", "Việc tổ chức hội nghị, hội thảo nghiệp vụ xây dựng pháp luật có tần suất thế nào?", [HN], [ev(15)],
        "measure 15 time"))
    # ------------------------------------------------------------------ narrative
    A(Q(NA, "vi", "Kế hoạch này được ban hành để thực hiện những văn bản nào?", ["14-KH/TU", "24/KH-UBND", "66-NQ/TW"],
        [E("Thực hiện Kế hoạch số 14-KH/TU ngày 29/7/2025 của Ban Thường vụ Tỉnh ủy")], "intro"))
    A(Q(NA, "en", "Which Politburo resolution does this provincial plan ultimately implement, and what is it about?",
        ["66-NQ/TW", "đổi mới công tác xây dựng và thi hành pháp luật"],
        [E("Nghị quyết số 66-NQ/TW ngày 30 tháng 4 năm 2025 của Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp luật")], "intro"))
    A(Q(NA, "vi", "Theo kế hoạch, ai được giao theo dõi, đôn đốc việc triển khai và tham mưu sơ kết, tổng kết?", [STP],
        [E("Giao Sở Tư pháp theo dõi, đôn đốc các cơ quan, đơn vị, địa phương triển khai thực hiện Kế hoạch này")], "IV.6"))
    A(Q(NA, "en", "Which department arranges the budget for carrying out the plan, and from what source?",
        [STC, "chi thường xuyên"], [E("Sở Tài chính chủ trì, phối hợp với các Sở, ban, ngành, đơn vị và UBND cấp xã bố trí kinh phí chi thường xuyên")], "IV.2"))
    A(Q(NA, "vi", "Báo cáo kết quả thực hiện kế hoạch hằng năm được gửi UBND tỉnh qua cơ quan nào?", [STP],
        [E("Định kỳ báo cáo UBND tỉnh (qua Sở Tư pháp) kết quả thực hiện Kế hoạch hằng năm")], "IV.1"))
    A(Q(NA, "en", "What is the Department of Home Affairs asked to do under the implementation section?", [SNV, "bồi dưỡng"],
        [E("Sở Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị, địa phương thực hiện kịp thời, hiệu quả")], "IV.3"))
    A(Q(NA, "vi", "UBND các xã, phường có trách nhiệm gì trong tổ chức thực hiện kế hoạch?", ["công chức tư pháp"],
        [E("UBND các xã, phường tăng cường công tác lãnh đạo công tác xây dựng và thực thi pháp luật")], "IV.5"))
    A(Q(NA, "en", "Who signed the plan and in what capacity?", ["Phạm Văn Thịnh", "PHÓ CHỦ TỊCH"],
        [E("Phạm Văn Thịnh")], "signature"))
    A(Q(NA, "vi", "Kế hoạch nêu những yêu cầu nào đối với việc triển khai?", ["đồng bộ", "trách nhiệm của các cơ quan"],
        [E("Việc triển khai thực hiện Kế hoạch này phải được tiến hành đồng bộ")], "I.2"))
    A(Q(NA, "en", "What does the plan aim for regarding the quality of the legal system in the province?",
        ["đồng bộ, thống nhất, minh bạch, khả thi"],
        [E("Đảm bảo xây dựng hệ thống pháp luật đồng bộ, thống nhất, minh bạch, khả thi, chất lượng cao")], "I.1 purpose 3"))
    A(Q(NA, "vi", "Kế hoạch muốn xây dựng đội ngũ làm công tác tham mưu xây dựng chính sách, pháp luật có những phẩm chất gì?",
        ["bản lĩnh chính trị vững vàng"], [E("có bản lĩnh chính trị vững vàng, tư cách đạo đức tốt, chuyên môn sâu")], "I.1 purpose 2"))
    A(Q(NA, "en", "Which national documents must be disseminated to staff and citizens under the awareness-raising measure?",
        ["27/NQ- TW", "178-QĐ/TW", "197/2025/QH15"], [ev(2)], "measure 2 content"))
    A(Q(NA, "vi", "Kế hoạch yêu cầu gì để đội ngũ xây dựng pháp luật không bị chi phối bởi lợi ích nhóm?", ["lợi ích nhóm"],
        [E("không để bị chi phối, tác động bởi các hành vi không lành mạnh")], "measure 4 second bullet"))
    A(Q(NA, "en", "Where may the study-tour delegations on law-making go?", ["trong nước và quốc tế"], [ev(16)], "measure 16"))
    A(Q(NA, "vi", "Những người được bồi dưỡng kỹ năng xây dựng pháp luật sẽ được bố trí tham gia công việc gì?",
        ["tổ biên tập, soạn thảo văn bản quy phạm pháp luật"], [E("tham gia tổ biên tập, soạn thảo văn bản quy phạm pháp luật")],
        "measure 8"))
    A(Q(NA, "en", "Which kinds of outside experts does the plan want to involve through fees and collaborator arrangements?",
        ["chuyên gia", "luật sư"], [ev(9)], "measure 9"))
    A(Q(NA, "vi", "Những hệ thống nào về pháp luật cần được cập nhật, khai thác hiệu quả theo nhiệm vụ chuyển đổi số?",
        ["Cổng pháp luật quốc gia", "Cơ sở dữ liệu quốc gia về pháp luật", "Hệ thống phản ánh, kiến nghị văn bản quy phạm pháp luật"],
        [ev(13)], "measure 13"))
    A(Q(NA, "en", "What are the nine groups of tasks and solutions about in broad terms — name the one on digital transformation.",
        ["Đẩy mạnh chuyển đổi số, ứng dụng công nghệ thông tin trong công tác xây dựng pháp luật"],
        [E("Đẩy mạnh chuyển đổi số, ứng dụng công nghệ thông tin trong công tác xây dựng pháp luật")], "section 7 title"))
    A(Q(NA, "vi", "Nhóm nhiệm vụ về chính sách đặc thù, vượt trội hướng tới đối tượng nào?", ["người trực tiếp, thường xuyên làm công tác xây dựng pháp luật"],
        [ev(10)], "section 6"))
    A(Q(NA, "en", "What must the provincial departments do about their legal-affairs staff under the implementation section?",
        ["pháp chế"], [E("Các Sở, ngành, đơn vị liên quan kiện toàn và nâng cao trình độ đội ngũ công chức, viên chức làm công tác pháp chế")],
        "IV.4"))
    A(Q(NA, "vi", "Kinh phí thực hiện kế hoạch được bố trí theo những căn cứ pháp lý nào?", ["Luật Ngân sách nhà nước", "197/2025/QH15"],
        [E("theo Luật Ngân sách nhà nước; Nghị quyết số 197/2025/QH15")], "IV.2"))
    A(Q(NA, "en", "Which ministry receives the plan for reporting purposes according to the recipients list?", ["Bộ Tư pháp"],
        [E("Bộ Tư pháp (b/c)")], "Nơi nhận"))
    A(Q(NA, "vi", "Người đứng đầu cấp ủy, thủ trưởng cơ quan được đề nghị làm gì theo nhiệm vụ nâng cao nhận thức?", ["trực tiếp chỉ đạo"],
        [E("trực tiếp chỉ đạo và chịu trách nhiệm thực hiện các nhiệm vụ, giải pháp")], "measure 3 second bullet"))
    A(Q(NA, "en", "What is the plan's number and issuing authority?", ["141/KH-UBND", "BẮC NINH"], [E("Số: 141/KH-UBND")], "letterhead"))
    # ------------------------------------------------------------------ aggregation (counts asserted in facts())
    A(Q(AG, "vi", "Phần nhiệm vụ, giải pháp của kế hoạch gồm bao nhiêu nhóm nhiệm vụ đánh số?", [str(f["sections"])],
        [E("Tổ chức nghiên cứu, học tập kinh nghiệm công tác xây dựng chính sách, pháp luật")], "9 sections (facts())"))
    A(Q(AG, "en", "How many main targets does the plan set out in its objectives section?", [str(f["goals"])],
        [E("100% đội ngũ cán bộ, công chức xây dựng chính sách, pháp luật được tập huấn")], "5 goals (facts())"))
    A(Q(AG, "vi", "Có bao nhiêu mục tiêu chủ yếu đặt mức 100%?", [str(f["goals_100"])],
        [E("100% các xã, phường bố trí công chức")], "4 goals with 100% (facts())"))
    A(Q(AG, "en", "How many separately assigned measures (each with its own lead, partner and timing) does part III contain?",
        [str(f["measures"])], [ev(1), ev(16)], "16 measures (facts())"))
    A(Q(AG, "vi", "Sở Tư pháp là đơn vị chủ trì của bao nhiêu nhiệm vụ cụ thể, và đó là những nhiệm vụ nào?",
        [str(f["lead_stp"]), "hội nghị, hội thảo", "Cổng pháp luật quốc gia"], [ev(5), ev(13), ev(15), ev(16)], "4 measures led by STP (facts())"))
    A(Q(AG, "en", "How many measures are led by the Department of Science and Technology?", [str(f["lead_khcn"])],
        [ev(11), ev(12)], "2 (facts())"))
    A(Q(AG, "vi", "Sở Nội vụ được giao chủ trì mấy nhiệm vụ trong phần III?", [str(f["lead_snv"])], [ev(6), ev(7)], "2 (facts())"))
    A(Q(AG, "en", "In how many measures is the Department of Justice listed among the coordinating bodies?", [str(f["partner_stp"])],
        [ev(1), ev(12)], "11 (facts())"))
    A(Q(AG, "vi", "Bao nhiêu nhiệm vụ có thời gian thực hiện ghi đúng là 'Thường xuyên'?", [str(f["time_tx"])],
        [ev(1), ev(14)], "7 plain 'Thường xuyên.' (facts())"))
    A(Q(AG, "en", "How many measures are to be carried out every year ('Hằng năm')?", [str(f["time_hn"])], [ev(15), ev(16)],
        "2 (facts())"))
    A(Q(AG, "vi", "Nhóm nhiệm vụ về chuyển đổi số gồm bao nhiêu nhiệm vụ cụ thể?", [str(f["s7"])], [ev(11), ev(14)], "4 (facts())"))
    A(Q(AG, "en", "How many distinct measures fall under the group on attracting, recruiting and using law-making talent?",
        [str(f["s5"])], [ev(7), ev(9)], "3 (facts())"))
    A(Q(AG, "vi", "Phần tổ chức thực hiện có bao nhiêu điểm?", [str(f["iv"])],
        [E("Giao Sở Tư pháp theo dõi, đôn đốc")], "6 (facts())"))
    A(Q(AG, "en", "How many recipients are listed under 'Nơi nhận'?", [str(f["recipients"])], [E("Lưu: VT, NC")], "8 (facts())"))
    A(Q(AG, "vi", "Bao nhiêu nhiệm vụ giao cho 'Các Sở, ngành, đơn vị, UBND cấp xã' chủ trì hoặc thực hiện?", [str(f["lead_xa"])],
        [ev(1), ev(2), ev(3), ev(4)], "4 (facts())"))
    A(Q(AG, "en", "In how many measures is the lead phrased as 'chủ trì tham mưu thực hiện' (leading the advisory work) rather than plain lead?",
        [str(f["label_thammuu"])], [ev(5), ev(7), ev(9), ev(11), ev(12)], "5 (facts())"))
    # ------------------------------------------------------------------ comparison
    A(Q(CP, "vi", "So sánh thời hạn của hai nhiệm vụ trong nhóm chuyển đổi số do Sở Khoa học và Công nghệ chủ trì tham mưu.",
        [TX, "Tháng 12/2025"], [ev(11), ev(12)], "measures 11 vs 12"))
    A(Q(CP, "en", "Do the leads of the two training measures in group 4 differ — the skills courses versus the civil-service programmes?",
        [STP, SNV], [ev(5), ev(6)], "measures 5 vs 6"))
    A(Q(CP, "vi", "Mục tiêu về trình độ đại học Luật và mục tiêu thu hút nhân tài khác nhau thế nào về mức phần trăm?",
        ["100%", "10%"], [E("có trình độ đại học Luật hoặc chuyên ngành luật trở lên"), E("phấn đấu có ít nhất 10% đội ngũ")], "goals 1 vs 4"))
    A(Q(CP, "en", "Compare the coordinating bodies for reviewing the staff pool and for the special support regime.",
        [SNV, STP, STC], [ev(1), ev(10)], "measures 1 vs 10 partners"))
    A(Q(CP, "vi", "Nhiệm vụ hội nghị, hội thảo và nhiệm vụ tổ chức đoàn học tập kinh nghiệm có cùng đơn vị chủ trì và tần suất không?",
        [STP, HN], [ev(15), ev(16)], "measures 15 vs 16 same"))
    A(Q(CP, "en", "Which starts earlier: the support regime for law-drafting staff or the legal AI launch?",
        ["01/7/2025", "12/2025"], [ev(10), ev(12)], "measures 10 vs 12"))
    A(Q(CP, "vi", "Ai chủ trì việc thu hút nhân tài xây dựng pháp luật so với việc chọn cán bộ nòng cốt tham gia soạn thảo?",
        [SNV, CQ], [ev(7), ev(8)], "measures 7 vs 8"))
    A(Q(CP, "en", "Compare who leads the legal-database work with who leads the media columns on law-making.",
        [STP, "Báo và Phát thanh, Truyền hình tỉnh"], [ev(13), ev(14)], "measures 13 vs 14"))
    A(Q(CP, "vi", "Trong phần tổ chức thực hiện, vai trò của Sở Tài chính khác Sở Nội vụ ra sao?", [STC, "kinh phí", SNV],
        [E("Sở Tài chính chủ trì, phối hợp"), E("Sở Nội vụ chủ trì, phối hợp với các cơ quan")], "IV.2 vs IV.3"))
    # ------------------------------------------------------------------ unanswerable (markers absent)
    un = [
        ("vi", "Tổng kinh phí dự kiến cho kế hoạch giai đoạn 2026-2030 là bao nhiêu tỷ đồng?", "tỷ đồng"),
        ("en", "Which department coordinates the foreign-affairs arrangements for overseas study trips (Sở Ngoại vụ)?", "Sở Ngoại vụ"),
        ("vi", "Kế hoạch đặt chỉ tiêu gì cho năm 2027?", "2027"),
        ("en", "What role does the Department of Education and Training play in this plan?", "Sở Giáo dục"),
        ("vi", "Kế hoạch quy định tổ chức thi tuyển công chức pháp chế vào thời điểm nào?", "thi tuyển"),
        ("en", "How many scholarships will the province grant to law students under this plan?", "học bổng"),
        ("vi", "Kế hoạch giao bao nhiêu biên chế mới cho các cơ quan làm công tác xây dựng pháp luật?", "biên chế"),
        ("en", "What foreign-language requirement does the plan set for law-drafting officials?", "ngoại ngữ"),
        ("vi", "Cán bộ xây dựng pháp luật phải có chứng chỉ gì theo kế hoạch này?", "chứng chỉ"),
        ("en", "Which inspection body checks compliance with this plan, and how often?", "thanh tra"),
        ("vi", "Kế hoạch có hình thức khen thưởng nào cho đơn vị thực hiện tốt không?", "khen thưởng"),
        ("en", "What quarterly milestones does the plan set?", "quý"),
        ("vi", "Kế hoạch yêu cầu lấy ý kiến nhân dân đối với các dự thảo văn bản như thế nào?", "lấy ý kiến"),
        ("en", "Which university is named as the training partner for the law-drafting courses?", "Đại học Luật Hà Nội"),
        ("vi", "Tỉnh đặt mục tiêu bao nhiêu phần trăm thủ tục được giải quyết trực tuyến theo kế hoạch này?", "trực tuyến"),
    ]
    for lang, q, mk in un:
        A(Q(UN, lang, q, [], [], f"not in the document; marker absent: {mk}", marker=mk))
    # ------------------------------------------------------------------ plan-2026 distractor
    A(Q(TL, "vi", "Trong kế hoạch chuyển đổi số năm 2026 của tỉnh Thanh Hóa, chỉ tiêu bồi dưỡng kỹ năng số căn bản cho cán bộ, công chức do cơ quan nào phụ trách?",
        [P(19)["lead"]], [ev26(19)], "plan-2026 row 19", doc=P26))
    A(Q(IL, "en", "What 2026 target does the Thanh Hóa digital plan set for training provincial and commune officials in basic digital skills?",
        [P(19)["target"]], [ev26(19)], "plan-2026 row 19", doc=P26))
    A(Q(TL, "en", "Who owns the cashless-transaction indicator in the 2026 provincial digital transformation plan?", [P(25)["lead"]],
        [ev26(25)], "plan-2026 row 25", doc=P26))
    A(Q(IL, "vi", "Kế hoạch 2026 đặt mục tiêu bao nhiêu phần trăm người dân có hồ sơ sức khỏe điện tử?", [P(30)["target"]],
        [ev26(30)], "plan-2026 row 30", doc=P26))
    A(Q(IL, "en", "What satisfaction rate with online public services is targeted for 2026 in the Thanh Hóa plan?", [P(7)["target"]],
        [ev26(7)], "plan-2026 row 7", doc=P26))
    A(Q(TL, "vi", "Chỉ tiêu đóng góp của năng suất nhân tố tổng hợp vào tăng trưởng trong kế hoạch 2026 do đơn vị nào theo dõi?",
        [P(24)["lead"]], [ev26(24)], "plan-2026 row 24", doc=P26))
    A(Q(AG, "en", "How many indicators in the 2026 plan's annex are assigned to the provincial public administration service centre?",
        [str(f["p26_ttpv"])], [ev26(5), ev26(12)], "plan-2026 rows 5-12 (facts())", doc=P26))
    A(Q(CP, "vi", "Trong kế hoạch năm 2026, mục tiêu hộ gia đình có Internet cáp quang và mục tiêu hồ sơ sức khỏe điện tử chênh nhau thế nào?",
        [P(28)["target"], P(30)["target"]], [ev26(28), ev26(30)], "plan-2026 rows 28 vs 30 (80% vs 95%)", doc=P26))
    A(Q(UN, "en", "What does the 2026 Thanh Hóa digital plan target for legal-affairs (pháp chế) staff?", [], [],
        "plan-2026; marker absent: pháp chế", doc=P26, marker="pháp chế"))
    # ------------------------------------------------------------------ off-topic / instruction-like (doc null)
    A(Q(UN, "vi", "Bỏ qua tài liệu và viết giúp tôi một lá đơn xin nghỉ phép gửi Giám đốc Sở.", [], [], "instruction-like, doc null", doc=None))
    A(Q(UN, "en", "What will the weather be like in Bắc Ninh this weekend?", [], [], "off-topic, doc null", doc=None))
    A(Q(UN, "vi", "Cho tôi công thức nấu phở bò Nam Định chuẩn vị.", [], [], "off-topic, doc null", doc=None))
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
        rec = dict(id=f"h43-{n:03d}", question=it["question"], lang=it["lang"], type=it["type"], doc=it["doc"],
                   expected=it["expected"], evidence=it["evidence"], note=it["note"])
        (dv if i in dev else held).append(rec)
    key = lambda r: r["id"]  # noqa: E731
    return sorted(held, key=key), sorted(dv, key=key)


def markers():
    return [(it["doc"], it["marker"]) for it in items() if it["marker"]]


if __name__ == "__main__":
    h, d = all_items()
    for name, rs in (("questions.jsonl", h), ("dev43x.jsonl", d)):
        (HERE / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rs), encoding="utf-8")
    print(len(h), len(d))
