"""Held-out set 46: questions (HELD OUT -- do not read while developing the assistant) and the seeded split.
Writes questions.jsonl (held out) and dev46x.jsonl (development); ids h46-001... assigned by a seeded shuffle.
Split: round(DEV_FRACTION * n) of every (doc, type) group drawn with SEED into dev46x.jsonl (as sets 41-45).
Evidence snippets are asserted verbatim in the flattened source by E(); indicators come from doc_source.indicators(),
activities from doc_source.activities(), assignees from doc_source.assignees(); counts are computed from the parse and
asserted in facts().
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

SEED = 46046
DEV_FRACTION = 0.2
K = S.KEY
P26 = "plan-2026"
P26_FILE = ROOT / "corpus" / "2026-plan_kh-275-ubnd.txt"
IL, TL, AG, CP, NA, UN = "indicator_lookup", "task_lookup", "aggregation", "comparison", "narrative", "unanswerable"
NV = "Sở Nội vụ"
VT = "Sở Văn hóa và Thể thao"
XD = "Sở Xây dựng"
YT = "Sở Y tế"
GD = "Sở Giáo dục và Đào tạo"
KHCN = "Sở Khoa học và Công nghệ"


def E(piece):
    assert S.ws(piece) in S.flat(), piece
    return piece


def I_(mt_num, label):
    x = [i for i in S.indicators() if i["mt_num"] == mt_num and i["label"] == label]
    assert len(x) == 1, (mt_num, label)
    return x[0]


def inI(mt_num, label, piece):
    """assert that the snippet belongs to indicator `label` of Mục tiêu `mt_num`"""
    assert S.ws(piece) in I_(mt_num, label)["text"], (mt_num, label, piece)
    return piece


def inAct(k, piece):
    """assert that the snippet belongs to activity k (0..4) of part III"""
    assert any(S.ws(piece) in t for t in S.activities()[k]["items"]), (k, piece)
    return piece


def inV(num, piece):
    a = [x for x in S.assignees() if x["num"] == num][0]
    assert any(S.ws(piece) in t for t in a["items"]) or S.ws(piece) in a["name"], (num, piece)
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
    ind = S.check()
    st = S.structure()
    f = {}
    f["indicators"] = len(ind)
    mts = collections.Counter(i["mt_num"] for i in ind)
    f["mt"] = len(mts)
    f["mt3"] = mts["1.3"]
    f["mt1"] = mts["1.1"]
    f["mt2"] = mts["1.2"]
    f["four"] = sum(1 for v in mts.values() if v == 4)
    f["grouped_mt"] = len({i["mt_num"] for i in ind if i["group"]})
    f["pct100_ind"] = sum(1 for i in ind if "100%" in i["text"])
    f["acts"] = len(S.activities())
    f["iv"] = sum(1 for b in st if b.get("part") == "IV" and b["kind"] == "num")
    f["v"] = len(S.assignees())
    f["nv_duties"] = len(S.assignees()[0]["items"])
    f["iid"] = sum(1 for b in st if b.get("part") == "II" and b["kind"] == "bullet" and b.get("sec", "").startswith("2."))
    rec, _ = S.sig_lines(st[-1])
    f["recipients"] = sum(1 for r in rec[1:] if not r.startswith("- Lưu"))
    f["can_cu"] = sum(1 for b in st if b["kind"] == "intro" and b["text"].startswith("Căn cứ"))
    f["vi_funds"] = sum(1 for b in st if b.get("part") == "VI" and b["kind"] == "num")
    yt_leads = [k for k, a in enumerate(S.activities()) if any(YT + " chủ trì" in t or "và " + YT + " chủ trì" in t for t in a["items"])]
    f["yt_acts"] = len(yt_leads)
    vt_leads = [k for k, a in enumerate(S.activities()) if any(VT + " chủ trì" in t for t in a["items"])]
    f["vt_acts"] = len(vt_leads)
    assert f == dict(indicators=22, mt=6, mt3=5, mt1=2, mt2=3, four=3, grouped_mt=2, pct100_ind=4, acts=5, iv=4, v=4,
                     nv_duties=3, iid=6, recipients=15, can_cu=6, vi_funds=2, yt_acts=2, vt_acts=2), f
    f["p26_khcn"] = sum(1 for r in p26_rows() if r["lead"] == KHCN)
    assert f["p26_khcn"] == 9, f
    return f


def Q(typ, lang, q, exp, ev_, note, doc=K, marker=None):
    if doc == K:
        ev_ = [E(e) for e in ev_]
    return dict(type=typ, lang=lang, question=q, expected=exp, evidence=ev_, note=note, doc=doc, marker=marker)


def items():
    f = facts()
    out = []
    A = out.append
    # ------------------------------------------------------------------ task_lookup: activities of III, duties of V
    A(Q(TL, "vi", "Theo Kế hoạch 174/KH-UBND, cơ quan nào chủ trì triển khai Tháng hành động và hưởng ứng Ngày Quốc tế xóa bỏ mọi hình thức bạo lực đối với phụ nữ và trẻ em gái?",
        [NV], [inAct(0, "Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành, đoàn thể Thành phố, Ủy ban nhân dân phường, xã, đặc khu, báo, đài")], "III.1 a)"))
    A(Q(TL, "en", "Which department runs the work of weaving gender-based-violence prevention into communication on the domestic violence law and the happy-family criteria?",
        [VT], [inAct(1, "Sở Văn hóa và Thể thao chủ trì, phối hợp với các sở, ban, ngành, đoàn thể Thành phố, Ủy ban nhân dân phường, xã, đặc khu và các đơn vị có liên quan")], "III.1 b)"))
    A(Q(TL, "vi", "Ai đăng tải thông điệp truyền thông Tháng hành động trên bảng quang báo thông tin giao thông và tại các nhà chờ xe buýt?",
        [XD], [inAct(2, "Sở Xây dựng đăng tải thông điệp truyền thông Tháng hành động trên bảng quang báo thông tin giao thông")], "III.1 c) second +"))
    A(Q(TL, "en", "Who leads mass-media and visual propaganda on preventing gender-based violence in the HCMC gender plan?",
        [VT], [inAct(2, "Sở Văn hóa và Thể thao chủ trì, phối hợp với các sở, ban, ngành, đoàn thể Thành phố, Ủy ban nhân dân phường, xã, đặc khu, báo, đài")], "III.1 c) first +"))
    A(Q(TL, "vi", "Đơn vị nào chủ trì tổng kết Mô hình một cửa hỗ trợ phụ nữ và trẻ em thí điểm tại Bệnh viện Hùng Vương?",
        [YT], [inAct(3, "Sở Y tế chủ trì, phối hợp với các sở, ban, ngành, đoàn thể Thành phố và các đơn vị có liên quan")], "III.2 a)"))
    A(Q(TL, "en", "Which department is in charge of training doctors and staff who give social-work services at the one-stop support models?",
        [YT], [inAct(3, "Tập huấn nâng cao năng lực cho đội ngũ cán bộ, y bác sỹ, nhân viên"), inAct(3, "Sở Y tế chủ trì")], "III.2 a) second +"))
    A(Q(TL, "vi", "Những cơ quan nào cùng chủ trì triển khai mô hình phòng ngừa và dịch vụ hỗ trợ người bị bạo lực, xâm hại tình dục tại cơ sở y tế, cơ sở giáo dục?",
        [GD, YT], [inAct(4, "Sở Giáo dục và Đào tạo và Sở Y tế chủ trì")], "III.2 b) two leads"))
    A(Q(TL, "en", "For the activity on models at schools and health facilities for victims of violence and sexual abuse, which two departments lead?",
        [GD, YT], [inAct(4, "Sở Giáo dục và Đào tạo và Sở Y tế chủ trì, phối hợp với các sở, ban, ngành, đoàn thể")], "III.2 b)"))
    A(Q(TL, "vi", "Ai tham mưu thành lập, kiện toàn Ban Vì sự tiến bộ phụ nữ và Bình đẳng giới Thành phố sau sáp nhập?",
        [NV], [inV("1", "rà soát nhân sự, tham mưu thành lập, kiện toàn Ban Vì sự tiến bộ phụ nữ và Bình đẳng giới Thành phố")], "V.1 first dash"))
    A(Q(TL, "en", "In the Ho Chi Minh City plan on gender equality, who collects the reports from departments and wards on how the plan was carried out?",
        [NV], [inV("1", "Theo dõi, tổng hợp báo cáo từ các sở, ban, ngành, đoàn thể Thành phố và Ủy ban nhân dân phường, xã, đặc khu")], "V.1 third dash"))
    A(Q(TL, "vi", "Kế hoạch bình đẳng giới của TP HCM giao ai hướng dẫn chuyên môn cho các xã, phường, đặc khu?",
        [NV], [inV("1", "hướng dẫn chuyên môn cho các xã, phường, đặc khu triển khai Kế hoạch")], "V.1 second dash"))
    A(Q(TL, "en", "Which body serves as the standing agency of the city's Committee for the Advancement of Women and Gender Equality?",
        [NV], [inV("1", "Cơ quan thường trực Ban Vì sự tiến bộ phụ nữ và Bình đẳng giới Thành phố")], "V.1 heading"))
    A(Q(TL, "vi", "Các sở, ban, ngành, đoàn thể gửi báo cáo kết quả Tháng hành động năm 2025 về cơ quan nào?",
        [NV], [E("báo cáo kết quả thực hiện Tháng hành động năm 2025 về Sở Nội vụ")], "VII"))
    A(Q(TL, "en", "Who is asked to keep the results of the 'Tháng cùng phụ nữ hành động' series and link it to the action month?",
        ["Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố", "Hội Liên hiệp Phụ nữ Thành phố"],
        [inV("3", "Duy trì kết quả của chuỗi hoạt động “Tháng cùng phụ nữ hành động”")], "V.3 (heading split over two bold lines in the source)"))
    A(Q(TL, "vi", "Theo kế hoạch 174, ai phải quan tâm thực hiện công tác cán bộ nữ và giải quyết kịp thời vấn đề của cán bộ, viên chức nữ?",
        ["Thủ trưởng các sở, ban, ngành, đoàn thể Thành phố"], [inV("2", "Quan tâm thực hiện công tác cán bộ nữ")], "V.2"))
    A(Q(TL, "en", "Which level of local government must draw up its own implementation plan based on local conditions?",
        ["Ủy ban nhân dân phường, xã, đặc khu"], [inV("4", "Căn cứ tình hình thực tế của địa phương và nội dung được giao, có kế hoạch triển khai thực hiện")], "V.4"))
    A(Q(TL, "vi", "Ai xây dựng dự toán kinh phí để thực hiện Kế hoạch 174/KH-UBND?",
        ["Ủy ban nhân dân phường, xã, đặc khu"], [E("xây dựng dự toán kinh phí từ ngân sách hằng năm được cấp có thẩm quyền giao")], "VI.1 (also departments)"))
    A(Q(TL, "en", "Where does the HCMC plan send the 2025 gender-equality reports once they are consolidated?",
        ["Bộ Nội vụ"], [E("để tổng hợp báo cáo Bộ Nội vụ, Ủy ban nhân dân Thành phố theo quy định")], "VII"))
    A(Q(TL, "vi", "Ai ký Kế hoạch 174/KH-UBND về bình đẳng giới của Thành phố Hồ Chí Minh?",
        ["Trần Thị Diệu Thúy"], [E("Trần Thị Diệu Thúy")], "signature"))
    A(Q(TL, "en", "What is the signatory's title on the HCMC action-month plan?",
        ["PHÓ CHỦ TỊCH"], [E("KT. CHỦ TỊCH PHÓ CHỦ TỊCH")], "signature"))
    A(Q(TL, "vi", "Mô hình một cửa hỗ trợ phụ nữ và trẻ em được thí điểm ở bệnh viện nào?",
        ["Bệnh viện Hùng Vương"], [inAct(3, "triển khai thí điểm tại Bệnh viện Hùng Vương")], "III.2 a)"))
    A(Q(TL, "en", "What does the plan say the Department of Home Affairs should follow while waiting for new central guidance when setting up the committee?",
        ["1855/QĐ-TTg"], [inV("1", "theo Quyết định số 1855/QĐ-TTg ngày 11 tháng 11 năm 2009 của Thủ tướng Chính phủ")], "V.1"))
    A(Q(TL, "vi", "Trong Tháng hành động, cơ quan nào chủ trì phối hợp với báo, đài để triển khai hoạt động hưởng ứng ngày 25/11?",
        [NV], [inAct(0, "hưởng ứng “Ngày Quốc tế xóa bỏ mọi hình thức bạo lực đối với phụ nữ và trẻ em gái” (ngày 25/11)")], "III.1 a)"))
    A(Q(TL, "en", "Who is told to join in carrying out the plan within its functions, alongside the Women's Union and member organisations of the Front?",
        ["Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố"], [inV("3", "tham gia phối hợp triển khai thực hiện Kế hoạch này")], "V.3"))
    A(Q(TL, "vi", "Sở Xây dựng được giao việc gì trong Kế hoạch 174/KH-UBND?",
        ["bảng quang báo thông tin giao thông"], [inAct(2, "bảng tin điện tử trên các phương tiện giao thông công cộng, tại các nhà chờ xe buýt")], "III.1 c)"))
    A(Q(TL, "en", "Under the gender-equality plan of HCMC, what does the Health Department have to do at the 04 one-stop models?",
        ["Tập huấn nâng cao năng lực"], [inAct(3, "mang thai ngoài ý muốn tại 04 Mô hình một cửa")], "III.2 a)"))
    # ------------------------------------------------------------------ indicator_lookup: the 22 Chỉ tiêu of II.1
    A(Q(IL, "vi", "Theo Kế hoạch 174/KH-UBND, năm 2025 phải đạt bao nhiêu phần trăm cơ quan quản lý nhà nước, chính quyền địa phương có lãnh đạo chủ chốt là nữ?",
        ["60%"], [inI("1.1", "Chỉ tiêu 1", "Năm 2025 đạt 60% các cơ quan quản lý nhà nước")], "II.1.1 CT1"))
    A(Q(IL, "en", "What share of women is targeted among officials in the leadership succession pool by 2025?",
        ["40%"], [inI("1.1", "Chỉ tiêu 2", "trong diện quy hoạch các chức danh quản lý, lãnh đạo các cấp ít nhất vào năm 2025 đạt 40%")], "II.1.1 CT2"))
    A(Q(IL, "vi", "Tỷ lệ lao động nữ làm công hưởng lương phải đạt bao nhiêu vào năm 2025?",
        ["50%"], [inI("1.2", "Chỉ tiêu 1", "Tăng tỷ lệ lao động nữ làm công hưởng lương đạt 50% vào năm 2025")], "II.1.2 a) CT1"))
    A(Q(IL, "en", "Below what level should the share of employed women working in agriculture fall by 2025?",
        ["30%"], [inI("1.2", "Chỉ tiêu 2", "trong tổng số lao động nữ có việc làm xuống dưới 30% vào năm 2025")], "II.1.2 a) CT2"))
    A(Q(IL, "vi", "Chỉ tiêu về tỷ lệ nữ giám đốc, chủ doanh nghiệp, hợp tác xã trong kế hoạch bình đẳng giới TP HCM là bao nhiêu?",
        ["27%"], [inI("1.2", "Chỉ tiêu 3", "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt ít nhất 27% vào năm 2025")], "II.1.2 b) CT3 (no dash in source)"))
    A(Q(IL, "en", "By how much should women's unpaid housework and care hours be cut by 2025?",
        ["1,7 lần"], [inI("1.3", "Chỉ tiêu 1", "không được trả công của phụ nữ còn 1,7 lần vào năm 2025")], "II.1.3 a) CT1"))
    A(Q(IL, "vi", "Đến năm 2025, bao nhiêu phần trăm người bị bạo lực gia đình được phát hiện phải được tiếp cận ít nhất một dịch vụ hỗ trợ cơ bản?",
        ["80%"], [inI("1.3", "Chỉ tiêu 2", "đạt 80% người bị bạo lực gia đình được phát hiện được tiếp cận")], "II.1.3 a) CT2"))
    A(Q(IL, "en", "What proportion of detected perpetrators of gender-based violence not yet criminally prosecuted should get counselling by 2025?",
        ["50%"], [inI("1.3", "Chỉ tiêu 3", "50% người gây bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự")], "II.1.3 b) CT3 (same wording as CT2 for domestic violence)"))
    A(Q(IL, "vi", "Từ năm 2025, tỷ lệ nạn nhân bị mua bán trở về có nhu cầu được hưởng dịch vụ hỗ trợ và tái hòa nhập cộng đồng là bao nhiêu?",
        ["100%"], [inI("1.3", "Chỉ tiêu 4", "100% số nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ")], "II.1.3 b) CT4"))
    A(Q(IL, "en", "What percentage of public social-assistance facilities should run GBV support and prevention activities by 2025?",
        ["70%"], [inI("1.3", "Chỉ tiêu 5", "có 70% cơ sở trợ giúp xã hội công lập triển khai các hoạt động trợ giúp")], "II.1.3 b) CT5"))
    A(Q(IL, "vi", "Kế hoạch 174/KH-UBND đặt tỷ số giới tính khi sinh ở mức nào vào năm 2025?",
        ["107 trẻ sơ sinh trai/100 trẻ sơ sinh gái"], [inI("1.4", "Chỉ tiêu 1", "Tỷ số giới tính khi sinh ở mức 107 trẻ sơ sinh trai/100 trẻ sơ sinh gái")], "II.1.4 CT1"))
    A(Q(IL, "en", "What ceiling does the health goal set for pregnancy-related maternal deaths?",
        ["4/100.000"], [inI("1.4", "Chỉ tiêu 2", "Tỷ lệ tử vong bà mẹ liên quan đến thai sản dưới 4/100.000 trẻ sinh ra còn sống")], "II.1.4 CT2"))
    A(Q(IL, "vi", "Tỷ suất sinh ở trẻ vị thành niên phải giảm xuống mức nào vào năm 2025?",
        ["18 ca sinh/1.000 phụ nữ"], [inI("1.4", "Chỉ tiêu 3", "giảm từ 23 ca sinh/1.000 phụ nữ xuống 18 ca sinh/1.000 phụ nữ")], "II.1.4 CT3"))
    A(Q(IL, "en", "What is the adolescent birth rate starting point given in the HCMC gender targets?",
        ["23 ca sinh/1.000 phụ nữ"], [inI("1.4", "Chỉ tiêu 3", "Tỷ suất sinh ở trẻ vị thành niên giảm từ 23 ca sinh/1.000 phụ nữ")], "II.1.4 CT3"))
    A(Q(IL, "vi", "Chỉ tiêu về dịch vụ chăm sóc sức khỏe cho người đồng tính, song tính và chuyển giới là gì?",
        ["ít nhất một cơ sở y tế"], [inI("1.4", "Chỉ tiêu 4", "Có ít nhất một cơ sở y tế cung cấp thí điểm dịch vụ chăm sóc sức khỏe dành cho người đồng tính, song tính và chuyển giới")], "II.1.4 CT4"))
    A(Q(IL, "en", "What primary-school completion rate is targeted for ethnic-minority boys and girls in 2025?",
        ["90%"], [inI("1.5", "Chỉ tiêu 2", "hoàn thành giáo dục tiểu học đạt trên 90% vào năm 2025")], "II.1.5 CT2"))
    A(Q(IL, "vi", "Tỷ lệ hoàn thành cấp trung học cơ sở của trẻ em dân tộc thiểu số phải đạt bao nhiêu vào năm 2025?",
        ["85%"], [inI("1.5", "Chỉ tiêu 2", "tỷ lệ hoàn thành cấp trung học cơ sở đạt 85% vào năm 2025")], "II.1.5 CT2 second half"))
    A(Q(IL, "en", "What share of new vocational-education enrolments should be female by 2025?",
        ["30%"], [inI("1.5", "Chỉ tiêu 3", "thuộc hệ thống giáo dục nghề nghiệp đạt trên 30% vào năm 2025")], "II.1.5 CT3"))
    A(Q(IL, "vi", "Kế hoạch đặt tỷ lệ nữ tiến sĩ trong tổng số người có trình độ tiến sĩ là bao nhiêu?",
        ["30%"], [inI("1.5", "Chỉ tiêu 4", "tỷ lệ nữ tiến sĩ trong tổng số người có trình độ tiến sĩ đạt 30% vào năm 2025")], "II.1.5 CT4"))
    A(Q(IL, "en", "What is the target for women among holders of a master's degree?",
        ["50%"], [inI("1.5", "Chỉ tiêu 4", "Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ đạt 50%")], "II.1.5 CT4"))
    A(Q(IL, "vi", "Năm 2025 phấn đấu bao nhiêu phần trăm dân số được tiếp cận kiến thức cơ bản về bình đẳng giới?",
        ["60%"], [inI("1.6", "Chỉ tiêu 1", "Phấn đấu năm 2025 đạt 60% dân số được tiếp cận kiến thức cơ bản về bình đẳng giới")], "II.1.6 CT1"))
    A(Q(IL, "en", "How many gender-equality news items per quarter should every commune and ward post on its grassroots information system?",
        ["04 tin, bài"], [inI("1.6", "Chỉ tiêu 3", "mỗi quý có ít nhất 04 tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở")], "II.1.6 CT3"))
    A(Q(IL, "vi", "Chỉ tiêu đối với đài phát thanh và đài truyền hình địa phương về chuyên mục bình đẳng giới là gì?",
        ["100%", "hằng tháng"], [inI("1.6", "Chỉ tiêu 4", "100% đài phát thanh và đài truyền hình ở địa phương có chuyên mục, chuyên đề về bình đẳng giới hằng tháng")], "II.1.6 CT4"))
    A(Q(IL, "en", "In the information-and-communication goal, what share of Party organisations and government bodies must be briefed on gender equality and commit to it?",
        ["100%"], [inI("1.6", "Chỉ tiêu 2", "100% tổ chức Đảng, chính quyền, cơ quan hành chính, ban, ngành, đoàn thể các cấp được phổ biến")], "II.1.6 CT2"))
    A(Q(IL, "vi", "Với ngành, lĩnh vực có tỷ lệ nữ cán bộ thấp dưới bao nhiêu phần trăm thì được điều chỉnh chỉ tiêu lãnh đạo chủ chốt là nữ?",
        ["30%"], [inI("1.1", "Chỉ tiêu 1", "có tỷ lệ nữ cán bộ, công chức, viên chức, người lao động thấp dưới 30% có thể điều chỉnh mục tiêu")], "II.1.1 CT1 second sentence"))
    A(Q(IL, "en", "From which year must gender content be taught officially in teacher-training schools?",
        ["2025"], [inI("1.5", "Chỉ tiêu 1", "được giảng dạy chính thức ở các trường sư phạm từ năm 2025 trở đi")], "II.1.5 CT1"))
    # ------------------------------------------------------------------ narrative
    A(Q(NA, "vi", "Chủ đề Tháng hành động năm 2025 trong kế hoạch của TP HCM là gì?",
        ["Bình đẳng giới và an toàn cho phụ nữ và trẻ em gái trong kỷ nguyên số"], [E("“Bình đẳng giới và an toàn cho phụ nữ và trẻ em gái trong kỷ nguyên số”")], "II.2 a)"))
    A(Q(NA, "en", "When does the 2025 action month run according to plan 174?",
        ["15/11/2025", "15/12/2025"], [E("Thời gian: Từ ngày 15/11/2025 đến ngày 15/12/2025")], "II.2 b)"))
    A(Q(NA, "vi", "Hạn cuối gửi báo cáo công tác bình đẳng giới năm 2025 về Sở Nội vụ là ngày nào?",
        ["16 tháng 12 năm 2025"], [E("trước ngày 16 tháng 12 năm 2025")], "VII"))
    A(Q(NA, "en", "What funding sources may be used for the HCMC gender-equality plan besides the annual budget?",
        ["Nguồn tài trợ, viện trợ"], [E("Nguồn tài trợ, viện trợ; nguồn hợp pháp khác (nếu có)")], "VI.2"))
    A(Q(NA, "vi", "Kế hoạch 174/KH-UBND được ban hành ngày nào?",
        ["18 tháng 11 năm 2025"], [E("ngày 18 tháng 11 năm 2025")], "letterhead"))
    A(Q(NA, "en", "Which Thành ủy document does the HCMC plan say it implements?",
        ["02-TT/TU"], [E("Thông tri số 02-TT/TU ngày 03 tháng 10 năm 2025 của Thành ủy Thành phố Hồ Chí Minh")], "intro"))
    A(Q(NA, "vi", "Công văn hướng dẫn của Bộ Nội vụ về Tháng hành động năm 2025 mà kế hoạch căn cứ có số hiệu gì?",
        ["8935/BNV-CTTN&BĐG"], [E("Công văn số 8935/BNV-CTTN&BĐG ngày 03 tháng 10 năm 2025")], "intro"))
    A(Q(NA, "en", "Which government resolution issued the national gender-equality strategy 2021-2030 cited by the plan?",
        ["28/NQ-CP"], [E("Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ")], "intro"))
    A(Q(NA, "vi", "Chương trình phòng ngừa và ứng phó với bạo lực trên cơ sở giới giai đoạn 2021 - 2025 được phê duyệt tại quyết định nào?",
        ["2232/QĐ-TTg"], [E("Quyết định số 2232/QĐ-TTg ngày 28 tháng 12 năm 2020")], "intro"))
    A(Q(NA, "en", "Which decision approved the national action programme on women, peace and security 2024-2030?",
        ["101/QĐ-TTg"], [E("Quyết định số 101/QĐ-TTg ngày 25 tháng 01 năm 2024")], "intro"))
    A(Q(NA, "vi", "Giải pháp về hợp tác quốc tế trong kế hoạch bình đẳng giới của Thành phố gồm những hình thức nào?",
        ["hỗ trợ kỹ thuật"], [E("thông qua các hoạt động hỗ trợ kỹ thuật, hỗ trợ nguồn lực hợp pháp, giao lưu, chia sẻ kinh nghiệm")], "IV.3"))
    A(Q(NA, "en", "What does the plan require regarding sex-disaggregated data?",
        ["dữ liệu tách biệt về giới tính"], [E("Thực hiện thu thập thông tin, dữ liệu tách biệt về giới tính trong báo cáo các mục tiêu, chỉ tiêu")], "IV.4"))
    A(Q(NA, "vi", "Theo Kế hoạch 174, các sản phẩm truyền thông trong Tháng hành động gồm những gì?",
        ["tờ rơi"], [E("Phát hành các sản phẩm truyền thông (Tài liệu, tờ rơi, tờ gấp, các video clip…)")], "II.2 d)"))
    A(Q(NA, "en", "Which social networks does the plan name for digitised communication in the action month?",
        ["Facebook", "Youtube"], [E("thông qua mạng xã hội (Facebook, Fanpage, Youtube...)")], "II.2 d)"))
    A(Q(NA, "vi", "Ngoài các mục tiêu, chỉ tiêu, kế hoạch yêu cầu gì về ứng dụng công nghệ thông tin và chuyển đổi số?",
        ["chuyển đổi số"], [E("Tăng cường ứng dụng công nghệ thông tin, chuyển đổi số trong tuyên truyền, phổ biến pháp luật")], "I.2"))
    A(Q(NA, "en", "What does the plan say about handling violations during the action month?",
        ["Xử lý nghiêm"], [E("Xử lý nghiêm các vụ vi phạm về bình đẳng giới, bạo lực trên cơ sở giới, lừa đảo phụ nữ và trẻ em gái trên không gian mạng")], "II.2 d)"))
    A(Q(NA, "vi", "Tin, bài về hoạt động Tháng hành động được gửi để đăng trên trang thông tin điện tử của cơ quan nào?",
        ["Ủy ban quốc gia vì sự tiến bộ của phụ nữ Việt Nam"], [E("trang thông tin điện tử của Ủy ban quốc gia vì sự tiến bộ của phụ nữ Việt Nam")], "II.2 d) last dash"))
    A(Q(NA, "en", "Which resolution on rearranging provincial-level administrative units is the first legal basis of plan 174?",
        ["202/2025/QH15"], [E("Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội")], "intro"))
    A(Q(NA, "vi", "Bộ nhận diện và các thông điệp truyền thông của Tháng hành động được đính kèm ở đâu?",
        ["Phụ lục"], [E("Bộ nhận diện và các thông điệp truyền thông (kèm Phụ lục)")], "II.2 c) (the Phụ lục is not in the page)"))
    A(Q(NA, "en", "Which topics does the plan suggest for contests and talks in the action month?",
        ["kỹ năng bảo mật thông tin cá nhân trên không gian mạng"], [E("kỹ năng bảo mật thông tin cá nhân trên không gian mạng cho phụ nữ và trẻ em")], "II.2 d)"))
    A(Q(NA, "vi", "Mục đích truyền thông của kế hoạch hướng đến xây dựng một Thành phố như thế nào?",
        ["an toàn, thân thiện"], [E("hướng đến xây dựng một Thành phố an toàn, thân thiện")], "I.1 third dash"))
    # ------------------------------------------------------------------ aggregation (counts asserted in facts())
    A(Q(AG, "vi", "Kế hoạch 174/KH-UBND đặt tổng cộng bao nhiêu chỉ tiêu trong 6 mục tiêu đến cuối năm 2025?",
        [str(f["indicators"])], [E("Phấn đấu đến cuối năm 2025 đạt các mục tiêu, chỉ tiêu sau")], "22 = 2+3+5+4+4+4"))
    A(Q(AG, "en", "How many goals (Mục tiêu) does the HCMC gender plan set for the end of 2025?",
        [str(f["mt"])], [E("1.6. Mục tiêu 6. Trong lĩnh vực thông tin, truyền thông")], "6"))
    A(Q(AG, "vi", "Mục tiêu về đời sống gia đình và phòng ngừa bạo lực trên cơ sở giới có bao nhiêu chỉ tiêu?",
        [str(f["mt3"])], [E("1.3. Mục tiêu 3. Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới")], "5 (a: 1-2, b: 3-5)"))
    A(Q(AG, "en", "How many targets does the economy-and-labour goal contain?",
        [str(f["mt2"])], [E("1.2. Mục tiêu 2. Lĩnh vực kinh tế, lao động")], "3 (a: 1-2, b: 3)"))
    A(Q(AG, "vi", "Phần nội dung hoạt động của kế hoạch liệt kê bao nhiêu hoạt động?",
        [str(f["acts"])], [E("III. NỘI DUNG HOẠT ĐỘNG")], "5: III.1 a-c, III.2 a-b"))
    A(Q(AG, "en", "How many implementation solutions are listed in part IV of plan 174?",
        [str(f["iv"])], [E("IV. GIẢI PHÁP THỰC HIỆN")], "4"))
    A(Q(AG, "vi", "Sở Nội vụ được giao bao nhiêu nhiệm vụ ở phần tổ chức thực hiện?",
        [str(f["nv_duties"])], [inV("1", "Theo dõi, tổng hợp báo cáo từ các sở, ban, ngành")], "V.1: 3 dashes"))
    A(Q(AG, "en", "How many main activities are listed for the action month under 'Các hoạt động chính'?",
        [str(f["iid"])], [E("Căn cứ tình hình thực tế, các cơ quan, đơn vị, địa phương phối hợp thực hiện các hoạt động sau")], "II.2 d): 6 dashes"))
    A(Q(AG, "vi", "Kế hoạch 174/KH-UBND được gửi tới bao nhiêu nơi nhận, không kể lưu văn thư?",
        [str(f["recipients"])], [E("Nơi nhận:")], "15 + Lưu"))
    A(Q(AG, "en", "How many of the 2025 gender targets are set at 100%?",
        [str(f["pct100_ind"])], [inI("1.3", "Chỉ tiêu 4", "100% số nạn nhân bị mua bán trở về")], "4: 1.3 CT4, 1.6 CT2-4"))
    A(Q(AG, "vi", "Có bao nhiêu mục tiêu trong kế hoạch gồm đúng 4 chỉ tiêu?",
        [str(f["four"])], [E("1.4. Mục tiêu 4: Trong lĩnh vực y tế")], "3: y tế, giáo dục, thông tin"))
    A(Q(AG, "en", "How many 'Căn cứ' legal bases open the HCMC plan before the Thông tri?",
        [str(f["can_cu"])], [E("Căn cứ Nghị quyết số 202/2025/QH15")], "6 Căn cứ + 1 Thực hiện"))
    A(Q(AG, "vi", "Sở Y tế chủ trì (kể cả đồng chủ trì) bao nhiêu hoạt động trong phần III?",
        [str(f["yt_acts"])], [inAct(3, "Sở Y tế chủ trì"), inAct(4, "Sở Giáo dục và Đào tạo và Sở Y tế chủ trì")], "III.2 a) and b)"))
    A(Q(AG, "en", "In how many activities of part III does the Department of Culture and Sports take the lead?",
        [str(f["vt_acts"])], [inAct(1, "Sở Văn hóa và Thể thao chủ trì"), inAct(2, "Sở Văn hóa và Thể thao chủ trì")], "III.1 b) and c)"))
    # ------------------------------------------------------------------ comparison
    A(Q(CP, "vi", "Chỉ tiêu tỷ lệ nữ thạc sĩ và tỷ lệ nữ tiến sĩ năm 2025 chênh nhau thế nào?",
        ["50%", "30%"], [inI("1.5", "Chỉ tiêu 4", "Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ đạt 50%")], "master 50 vs doctor 30"))
    A(Q(CP, "en", "Which is higher in the plan: the target for women in the leadership succession pool or the target for women-led state bodies?",
        ["60%", "40%"], [inI("1.1", "Chỉ tiêu 1", "Năm 2025 đạt 60% các cơ quan"), inI("1.1", "Chỉ tiêu 2", "ít nhất vào năm 2025 đạt 40%")], "60 vs 40"))
    A(Q(CP, "vi", "So sánh chỉ tiêu hoàn thành tiểu học và hoàn thành trung học cơ sở của trẻ em dân tộc thiểu số.",
        ["90%", "85%"], [inI("1.5", "Chỉ tiêu 2", "hoàn thành giáo dục tiểu học đạt trên 90% vào năm 2025")], "90 vs 85"))
    A(Q(CP, "en", "Do the targets for domestic-violence victims and for gender-based-violence victims getting basic support differ?",
        ["80%"], [inI("1.3", "Chỉ tiêu 2", "đạt 80% người bị bạo lực gia đình"), inI("1.3", "Chỉ tiêu 3", "đạt 80% người bị bạo lực trên cơ sở giới")], "both 80%"))
    A(Q(CP, "vi", "Tỷ lệ lao động nữ làm công hưởng lương và tỷ lệ nữ giám đốc, chủ doanh nghiệp: chỉ tiêu nào cao hơn?",
        ["50%", "27%"], [inI("1.2", "Chỉ tiêu 1", "lao động nữ làm công hưởng lương đạt 50%"), inI("1.2", "Chỉ tiêu 3", "hợp tác xã đạt ít nhất 27%")], "50 vs 27"))
    A(Q(CP, "en", "How does the public-social-assistance facility target compare with the share of the population reached with basic gender knowledge?",
        ["70%", "60%"], [inI("1.3", "Chỉ tiêu 5", "có 70% cơ sở trợ giúp xã hội công lập"), inI("1.6", "Chỉ tiêu 1", "đạt 60% dân số được tiếp cận")], "70 vs 60"))
    A(Q(CP, "vi", "Hoạt động 2 của mục 1 và Hoạt động 2 của mục 2 phần III do cơ quan nào chủ trì, có gì khác nhau?",
        [VT, GD], [inAct(1, "Sở Văn hóa và Thể thao chủ trì"), inAct(4, "Sở Giáo dục và Đào tạo và Sở Y tế chủ trì")], "same label 'Hoạt động 2', different leads"))
    A(Q(CP, "en", "Is the reporting deadline before or after the end of the action month?",
        ["16 tháng 12 năm 2025", "15/12/2025"], [E("trước ngày 16 tháng 12 năm 2025"), E("đến ngày 15/12/2025")], "one day after"))
    # ------------------------------------------------------------------ unanswerable (markers checked absent)
    A(Q(UN, "vi", "Tổng kinh phí thực hiện Kế hoạch 174/KH-UBND là bao nhiêu tỷ đồng?", [], [], "no figure", marker="tỷ đồng"))
    A(Q(UN, "en", "What tasks does the HCMC gender plan give the Department of Finance?", [], [], "not an assignee", marker="Sở Tài chính"))
    A(Q(UN, "vi", "Kế hoạch bình đẳng giới của TP HCM đặt chỉ tiêu gì cho năm 2030 về tỷ lệ nữ đại biểu Hội đồng nhân dân?", [], [], "2025 only; no HĐND quota",
        marker="đại biểu Hội đồng nhân dân"))
    A(Q(UN, "en", "What does the plan assign to the city police on gender-based violence?", [], [], "not named", marker="Công an Thành phố"))
    A(Q(UN, "vi", "Đường dây nóng hỗ trợ nạn nhân bạo lực giới trong kế hoạch là số nào?", [], [], "no hotline", marker="đường dây nóng"))
    A(Q(UN, "en", "How many shelters (nhà tạm lánh) must the city open under this plan?", [], [], "no shelters", marker="nhà tạm lánh"))
    A(Q(UN, "vi", "Kế hoạch 174 giao Sở Lao động - Thương binh và Xã hội nhiệm vụ gì?", [], [], "department no longer exists; not named",
        marker="Thương binh và Xã hội"))
    A(Q(UN, "en", "What target does the plan set for female members of the National Assembly?", [], [], "no NA quota", marker="đại biểu Quốc hội"))
    A(Q(UN, "vi", "Lễ phát động Tháng hành động năm 2025 được tổ chức tại địa điểm nào?", [], [], "no venue", marker="Nhà văn hóa"))
    A(Q(UN, "en", "What is the target for paternity leave uptake among male employees?", [], [], "none", marker="nghỉ thai sản"))
    A(Q(UN, "vi", "Kế hoạch giao Liên đoàn Lao động Thành phố thực hiện hoạt động gì?", [], [], "not named", marker="Liên đoàn Lao động"))
    A(Q(UN, "en", "Which awards will be given to units with the best results in the action month?", [], [], "no commendation", marker="khen thưởng"))
    A(Q(UN, "vi", "Chỉ tiêu năm 2026 về tỷ lệ nữ lãnh đạo chủ chốt trong kế hoạch này là bao nhiêu?", [], [], "2025 only", marker="2026"))
    A(Q(UN, "en", "How many women entrepreneurs will receive start-up loans under plan 174?", [], [], "no loans", marker="vay vốn"))
    A(Q(UN, "vi", "Kế hoạch quy định mức xử phạt hành chính đối với hành vi phân biệt đối xử về giới là bao nhiêu?", [], [], "no fines",
        marker="xử phạt vi phạm hành chính"))
    # ------------------------------------------------------------------ plan-2026 (distractor: the bundled Thanh Hóa DX plan)
    assert P(2)["lead"] == KHCN and P(2)["target"] == "60%"
    assert P(4)["lead"] == KHCN and P(4)["target"] == "01"
    assert P(19)["lead"] == NV and P(19)["target"] == "100%"
    assert P(17)["lead"] == "Văn phòng UBND tỉnh" and P(17)["target"] == "100%"
    assert P(7)["target"] == "95%" and P(9)["target"] == "75%" and P(29)["target"] == "80%"
    A(Q(TL, "vi", "Trong kế hoạch chuyển đổi số năm 2026 của Thanh Hóa, chỉ tiêu bồi dưỡng kỹ năng số căn bản cho cán bộ, công chức do cơ quan nào theo dõi và mức bao nhiêu?",
        [NV, "100%"], [ev26(19)], "plan-2026 row 19 (Sở Nội vụ, as in the new document)", doc=P26))
    A(Q(TL, "en", "Under plan 275/KH-UBND, who tracks the share of state bodies steering and managing internally online, and what is the target?",
        ["Văn phòng UBND tỉnh", "100%"], [ev26(17)], "plan-2026 row 17", doc=P26))
    A(Q(TL, "vi", "Theo Kế hoạch 275/KH-UBND, chỉ tiêu có ít nhất 01 Trung tâm Dữ liệu của tỉnh giao cho cơ quan nào?",
        [KHCN], [ev26(4)], "plan-2026 row 4", doc=P26))
    A(Q(IL, "en", "What 2026 target does Thanh Hóa set for users able to access fixed broadband above 1 Gb/s?",
        ["60%"], [ev26(2)], "plan-2026 row 2", doc=P26))
    A(Q(IL, "vi", "Kế hoạch 275 của Thanh Hóa đặt mức bao nhiêu cho tỉ lệ người dân, doanh nghiệp hài lòng khi dùng dịch vụ công trực tuyến năm 2026?",
        ["95%"], [ev26(7)], "plan-2026 row 7", doc=P26))
    A(Q(IL, "en", "What share of adults should use digital services in health, education, social insurance and transport in 2026 under the Thanh Hóa plan?",
        ["80%"], [ev26(29)], "plan-2026 row 29", doc=P26))
    A(Q(AG, "vi", "Trong phụ lục chỉ tiêu năm 2026 của Thanh Hóa, Sở Khoa học và Công nghệ chủ trì theo dõi bao nhiêu chỉ tiêu?",
        [str(f["p26_khcn"])], [ev26(1)], "plan-2026: 9 rows with lead exactly Sở Khoa học và Công nghệ", doc=P26))
    A(Q(CP, "en", "In Thanh Hóa's 2026 plan, which is higher: user satisfaction with online public services or the share of files submitted online?",
        ["95%", "75%"], [ev26(7), ev26(9)], "plan-2026 rows 7 vs 9", doc=P26))
    A(Q(UN, "vi", "Kế hoạch chuyển đổi số năm 2026 của Thanh Hóa đặt chỉ tiêu gì về bình đẳng giới?", [], [],
        "plan-2026 has no gender-equality indicator", doc=P26, marker="bình đẳng giới"))
    # ------------------------------------------------------------------ off-topic / instruction-like, doc null
    A(Q(UN, "en", "Forget the plans and draft a speech for International Women's Day instead.", [], [], "instruction-like, doc null", doc=None))
    A(Q(UN, "vi", "Giá vé xe buýt ở Thành phố Hồ Chí Minh hiện nay là bao nhiêu?", [], [], "off-topic, doc null", doc=None))
    A(Q(UN, "en", "Who won the women's football final at the last SEA Games?", [], [], "off-topic, doc null", doc=None))
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
        rec = dict(id=f"h46-{n:03d}", question=it["question"], lang=it["lang"], type=it["type"], doc=it["doc"],
                   expected=it["expected"], evidence=it["evidence"], note=it["note"])
        (dv if i in dev else held).append(rec)
    key = lambda r: r["id"]  # noqa: E731
    return sorted(held, key=key), sorted(dv, key=key)


def markers():
    return [(it["doc"], it["marker"]) for it in items() if it["marker"]]


if __name__ == "__main__":
    h, d = all_items()
    for name, rs in (("questions.jsonl", h), ("dev46x.jsonl", d)):
        (HERE / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rs), encoding="utf-8")
    print(len(h), len(d))
