"""Held-out set 21: the questions (HELD OUT -- do not read while developing the assistant) and the seeded split.

Writes questions.jsonl (held out) and dev21x.jsonl (development), ids h21-001 ... in one sequence. The split is a
seeded draw inside each (doc, type) group: round(DEV_FRACTION * n) questions of a group go to dev21x.jsonl.
Each source tuple: (lang, type, doc, question, expected, evidence, note). Table cells of the new document are taken
from doc_source.py (parsed from the verbatim source text), never typed; aggregation gold values are asserted in
facts() against doc_source.py and against parses of the bundled plans in corpus/.
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

SEED = 20321
DEV_FRACTION = 0.2
K = S.KEY
P26, P25, C06, K266, K285 = "plan-2026", "plan-2025", "ctr-06-2022", "kh-266-2025", "kh-285-2025"
IL, TL, AG, CP, NA, UN = "indicator_lookup", "task_lookup", "aggregation", "comparison", "narrative", "unanswerable"
TNMT, TC = "Bộ Tài nguyên và Môi trường", "Bộ Tài chính"
GENERIC = "Các bộ, ngành, cơ quan liên quan"


def T(g, n):
    return S.task(g, n)


def lead(g, n):
    return T(g, n)[4]


def part(g, n):
    return T(g, n)[5]


def dl(g, n):
    return T(g, n)[6]


def ev(g, n, words=8):
    """the first words of the task's content (an evidence snippet)"""
    return " ".join(T(g, n)[3].split()[:words]).rstrip(",.;")


def head(cell, sep=","):
    return cell.split(sep)[0].strip()


def body(start):
    return S.body_line(start)


def part_of(sentence, piece):
    assert piece in sentence, piece
    return piece


def tasks_where(pred):
    return [(t[0], t[2]) for t in S.tasks() if pred(t)]


# ---------------------------------------------------------------- facts (asserted)
def facts():
    ts = S.tasks()
    assert len(ts) == 42 and [len(g[2]) for g in S.groups()] == [9, 5, 8, 11, 9]
    dlc = collections.Counter(t[6] for t in ts)
    assert dlc["2025"] == 18 and dlc["2025 - 2030"] == 10 and dlc["2028"] == 3
    assert tasks_where(lambda t: t[6] == "2028") == [("I", "9"), ("II", "5"), ("IV", "10")]
    assert tasks_where(lambda t: t[4] == TNMT) and len(tasks_where(lambda t: t[4] == TNMT)) == 27
    assert tasks_where(lambda t: TC in t[4]) == [("III", "1"), ("III", "4"), ("III", "6"), ("III", "7"),
                                                 ("IV", "6"), ("IV", "8"), ("V", "6")]
    assert tasks_where(lambda t: t[4].startswith(TC)) == [("III", "1"), ("III", "4"), ("III", "6"), ("III", "7"),
                                                          ("IV", "6")]
    assert len(tasks_where(lambda t: t[5] != GENERIC)) == 10
    assert tasks_where(lambda t: "thường xuyên" in t[6]) == [("III", "3"), ("IV", "9")]
    assert tasks_where(lambda t: "Bộ Giao thông vận tải" in t[4]) == [("I", "1"), ("IV", "4")]
    assert tasks_where(lambda t: not t[4].startswith("Bộ Tài nguyên và Môi trường") and not t[4].startswith(TC)) == \
        [("V", "8"), ("V", "9")]
    assert tasks_where(lambda t: "Liên đoàn Thương mại" in t[5]) == [("V", "2")]
    assert tasks_where(lambda t: "Bộ Kế hoạch và Đầu tư" in t[5]) == [("IV", "10"), ("V", "3")]
    g3 = [t for t in ts if t[0] == "III"]
    assert sum(1 for t in g3 if t[6] == "2025") == 4
    g5 = [t for t in ts if t[0] == "V"]
    assert sum(1 for t in g5 if t[6] == "2025 - 2030") == 6 and sum(1 for t in g5 if t[6] == "2025") == 3
    g1 = [t for t in ts if t[0] == "I"]
    assert sum(1 for t in g1 if t[6] == "2025") == 4
    g4 = [t for t in ts if t[0] == "IV"]
    assert sum(1 for t in g4 if t[6] == "2025") == 5
    assert tasks_where(lambda t: t[6].startswith("2025 - 2030") and t[0] == "I") == [("I", "6"), ("I", "7"), ("I", "8")]
    # body
    ls = S.lines()
    v = ls.index("V. TỔ CHỨC THỰC HIỆN")
    vi = ls.index("VI. KINH PHÍ THỰC HIỆN")
    assert [x.split(".")[0] for x in ls[v:vi] if re.match(r"^\d\. ", x)] == [str(i) for i in range(1, 8)]
    i1, i2 = ls.index("I. QUAN ĐIỂM, NGUYÊN TẮC"), ls.index("II. MỤC TIÊU")
    assert sum(1 for x in ls[i1:i2] if re.match(r"^\d\. ", x)) == 2
    iv, v_ = ls.index("IV. NHIỆM VỤ VÀ GIẢI PHÁP"), ls.index("V. TỔ CHỨC THỰC HIỆN")
    assert sum(1 for x in ls[iv:v_] if re.match(r"^\d\. Nhóm", x)) == 5
    # corpus
    _, rows = p26_rows()
    assert len(rows) == 31
    by = collections.defaultdict(list)
    for k, r in rows.items():
        by[r[4]].append(int(k))
    assert sorted(by["Công an tỉnh"]) == [3, 18, 20, 21]
    assert sorted(by["Thống kê tỉnh"]) == [23, 24]
    assert sorted(by["Ngân hàng Nhà nước Chi nhánh Khu vực 7"]) == [25, 27]
    assert sorted(by["Sở Khoa học và Công nghệ"]) == [1, 2, 4, 13, 14, 22, 26, 28, 31]
    assert sum(1 for r in rows.values() if r[3] == "100%") == 10
    assert rows["18"][3] == "100%" and rows["20"][3] == "50%" and rows["31"][3] == "40%"
    assert max(k285_numbers()) == 61


# ---------------------------------------------------------------- corpus helpers
CORPUS = {P26: "2026-plan_kh-275-ubnd.txt", P25: "2025-plan_ubnd.txt", C06: "2022-program_qd-176-ubnd_nq-06.txt",
          K266: "2025-action-plan_kh-266-tu_nq-57.txt", K285: "2025-plan_kh-285-tu_kh-02.txt"}


def corpus_text(key):
    return (ROOT / "corpus" / CORPUS[key]).read_text(encoding="utf-8")


def p26_rows():
    """Phụ lục I rows of plan-2026: number -> tab cells"""
    lines = corpus_text(P26).splitlines()
    i1 = next(i for i, x in enumerate(lines) if x.startswith("**Phụ lục I:**"))
    i2 = next(i for i, x in enumerate(lines) if x.startswith("**Phụ lục II:**"))
    head_ = next(x for x in lines[i1:i2] if x.startswith("STT\t")).split("\t")
    rows = {x.split("\t")[0]: x.split("\t") for x in lines[i1:i2] if re.match(r"^\d+\t", x)}
    return head_, rows


def k285_numbers():
    return {int(mm.group(1)) for mm in re.finditer(r"^(\d+)\.\t", corpus_text(K285), flags=re.M)}


def p26(n):
    return p26_rows()[1][str(n)]


# ---------------------------------------------------------------- questions on the new document
SIGN = body("| *Nơi nhận:*")
Q_NEW = [
    # ---- task lookups
    ("vi", TL, K, "Theo Quyết định 232/QĐ-TTg, nhiệm vụ rà soát, xây dựng quy định về đấu giá hạn ngạch phát thải khí nhà kính do cơ quan nào chủ trì và phải xong năm nào?",
     [lead("I", "9"), dl("I", "9")], [ev("I", "9")], "Phụ lục, nhóm I, nhiệm vụ 9: lead + deadline"),
    ("en", TL, K, "Under the carbon market scheme (Decision 232/QĐ-TTg), which ministry drafts the Government decree on the domestic carbon exchange, and what's the deadline?",
     [lead("III", "1"), dl("III", "1")], [ev("III", "1")], "Phụ lục III.1: Bộ Tài chính, 2025"),
    ("en", TL, K, "How much time is allowed for drawing up the detailed plan to build the carbon exchange in Decision 232?",
     ["Trong 06 tháng"], [ev("III", "6")], "III.6 deadline (a relative period, not a year)"),
    ("vi", TL, K, "Việc triển khai xây dựng hệ thống giao dịch, hệ thống lưu ký và thanh toán hạn ngạch, tín chỉ các-bon phải hoàn thành trong bao lâu, tính từ mốc nào?",
     ["18-24 tháng", "chấp thuận phương án chi tiết"], [ev("III", "7")], "III.7 deadline"),
    ("vi", TL, K, "Danh mục lĩnh vực, cơ sở phát thải khí nhà kính phải kiểm kê được cập nhật, điều chỉnh với tần suất nào theo phụ lục Quyết định 232?",
     ["Định kỳ 2 năm/lần", "2024"], [ev("II", "1")], "II.1 deadline"),
    ("en", TL, K, "In the carbon-market decision, has the procedure for appraising greenhouse gas inventory results at facility and sector level already been delivered?",
     [dl("IV", "3")], [ev("IV", "3")], "IV.3: 'Đã hoàn thành'"),
    ("en", TL, K, "Who issues the technical rules on measuring, reporting and verifying emission reductions, and over which period (Decision 232 appendix)?",
     ["Bộ Công Thương", "Bộ Giao thông vận tải", "2022 - 2025"], [ev("IV", "4")], "IV.4: five ministries; 2022 - 2025"),
    ("vi", TL, K, "Theo phụ lục QĐ 232, những bộ nào đã hoàn thành việc xây dựng quy định kỹ thuật về đo đạc, báo cáo, thẩm định giảm nhẹ phát thải?",
     ["Tài nguyên và Môi trường, Công Thương, Nông nghiệp và Phát triển nông thôn, Xây dựng đã hoàn thành"], [ev("IV", "4")],
     "IV.4 deadline cell lists the four ministries that finished (Giao thông vận tải not among them)"),
    ("vi", TL, K, "Nhiệm vụ rà soát quy định của Luật Bảo vệ môi trường để phân công quản lý, thanh tra, xử lý vi phạm liên quan thị trường các-bon do ai chủ trì, ai phối hợp?",
     [lead("IV", "8"), "Bộ Nội vụ"], [ev("IV", "8")], "IV.8: co-lead BTNMT + BTC; partner Bộ Nội vụ"),
    ("en", TL, K, "Which agencies are named as partners for the review of the pilot carbon market and its socio-economic impact, and when is it due?",
     ["Bộ Công an", "Bộ Kế hoạch và Đầu tư", "2028"], [ev("IV", "10")], "IV.10 partners + deadline"),
    ("en", TL, K, "Who works with the environment ministry on linking the domestic carbon exchange with regional and world markets, and in what years?",
     ["Ngân hàng Nhà nước Việt Nam", dl("III", "8")], [ev("III", "8")], "III.8: partner NHNN; 2028 - 2030"),
    ("vi", TL, K, "Ai chủ trì tuyên truyền, phổ biến thông tin về thị trường các-bon trên các phương tiện thông tin đại chúng?",
     [lead("V", "8"), dl("V", "8")], [ev("V", "8")], "V.8"),
    ("en", TL, K, "Which body leads the outreach and training for businesses, communities and individuals so they can take part in the carbon market?",
     [lead("V", "9")], [ev("V", "9")], "V.9: Liên đoàn Thương mại và Công nghiệp Việt Nam"),
    ("vi", TL, K, "Khảo sát nhu cầu, sự sẵn sàng của doanh nghiệp tham gia thị trường các-bon trong nước: đơn vị phối hợp là ai và thời hạn?",
     ["Liên đoàn Thương mại và Công nghiệp Việt Nam", dl("V", "2")], [ev("V", "2")], "V.2 partner + deadline"),
    ("en", TL, K, "Who helps the environment ministry come up with support measures so firms can get ready for the carbon market?",
     ["Bộ Kế hoạch và Đầu tư"], [ev("V", "3")], "V.3 partner"),
    ("vi", TL, K, "Cổng/trang thông tin điện tử về thị trường các-bon trong nước do ai xây dựng, năm nào xong?",
     [lead("V", "1"), dl("V", "1")], [ev("V", "1")], "V.1"),
    ("en", TL, K, "Which ministry looks at taxes, fees and service prices related to the carbon market and at how auction revenue is used, and over what timeframe?",
     [lead("IV", "6"), dl("IV", "6")], [ev("IV", "6")], "IV.6"),
    ("vi", TL, K, "Để bổ sung hành vi vi phạm liên quan thị trường các-bon, QĐ 232 yêu cầu sửa nghị định nào, ai chủ trì và hạn khi nào?",
     ["45/2022/NĐ-CP", lead("IV", "7"), dl("IV", "7")], [ev("IV", "7")], "IV.7"),
    ("en", TL, K, "By when must the legal framework for the carbon market's official operation be reviewed and amended?",
     [dl("IV", "11")], [ev("IV", "11")], "IV.11: 2027 - 2028"),
    ("vi", TL, K, "Tổ chức quản lý, kiểm tra, giám sát hoạt động giảm nhẹ phát thải khí nhà kính có thời hạn hoàn thành không?",
     [dl("IV", "9")], [ev("IV", "9")], "IV.9: 'Thực hiện thường xuyên liên tục'"),
    ("en", TL, K, "Is there an end date for running the national registry of emission allowances and carbon credits?",
     ["thường xuyên, liên tục"], [ev("III", "3")], "III.3"),
    ("vi", TL, K, "Những bộ nào cùng chủ trì xây dựng, phê duyệt kế hoạch giảm nhẹ phát thải khí nhà kính theo lĩnh vực, hạn năm nào?",
     ["Bộ Công Thương", "Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Xây dựng", "Bộ Giao thông vận tải", dl("I", "1")],
     [ev("I", "1")], "I.1: five co-leads"),
    ("en", TL, K, "How long does the allocation of emission allowances run according to the appendix of Decision 232?",
     ["Thực hiện đến năm 2030"], [ev("I", "3")], "I.3"),
    ("vi", TL, K, "Quyết định của Thủ tướng về tổng hạn ngạch phát thải khí nhà kính đến năm 2030 do ai xây dựng và hạn năm nào?",
     [lead("I", "2"), dl("I", "2")], [ev("I", "2")], "I.2"),
    ("en", TL, K, "Carbon market decision: by when should rules on organisations supporting trades be proposed?",
     [dl("II", "4")], [ev("II", "4")], "II.4: 2025 - 2028"),
    ("vi", TL, K, "Việc đề xuất mở rộng chủ thể được giao dịch tín chỉ các-bon trên sàn có thời hạn năm nào?",
     [dl("II", "5")], [ev("II", "5")], "II.5: 2028"),
    ("en", TL, K, "Which ministry reviews the functions of the Vietnam Stock Exchange and VSDC so they can run carbon exchange services, and by when?",
     [lead("III", "4"), dl("III", "4")], [ev("III", "4")], "III.4"),
    ("vi", TL, K, "Yêu cầu nghiệp vụ và tiêu chuẩn kỹ thuật cho hệ thống giao dịch, lưu ký, thanh toán hạn ngạch do ai chủ trì, ai phối hợp?",
     [lead("III", "5"), "Bộ Tài chính"], [ev("III", "5")], "III.5: lead BTNMT, partner BTC"),
    ("en", TL, K, "When is the national registry for allowances and carbon credits supposed to be set up, and by whom?",
     [lead("III", "2"), dl("III", "2")], [ev("III", "2")], "III.2"),
    ("vi", TL, K, "Ai chủ trì nghiên cứu, rà soát các thỏa thuận hợp tác song phương, đa phương về cơ chế trao đổi, bù trừ tín chỉ các-bon?",
     [lead("IV", "2")], [ev("IV", "2")], "IV.2: BTNMT + line ministries"),
    ("en", TL, K, "Who is responsible for the training materials on participating in Vietnam's carbon market?",
     [lead("V", "5")], [ev("V", "5")], "V.5 (long lead cell)"),
    ("vi", TL, K, "Đào tạo, tập huấn cho cán bộ, công chức làm chính sách và cho phóng viên, biên tập viên về thị trường các-bon: ai chủ trì, giai đoạn nào?",
     [lead("V", "6"), dl("V", "6")], [ev("V", "6")], "V.6"),
    ("en", TL, K, "Who trains the people doing independent monitoring and verification on the domestic carbon market, and until when?",
     [lead("V", "7"), "2030"], [ev("V", "7")], "V.7"),
    ("vi", TL, K, "Kế hoạch đào tạo nguồn nhân lực cho thị trường các-bon thực hiện trong giai đoạn nào?",
     [dl("V", "4")], [ev("V", "4")], "V.4: 2025 - 2030"),
    ("en", TL, K, "When must rules on transferring carbon credits to foreign partners during the pilot be reported, and who handles it?",
     [lead("I", "4"), dl("I", "4")], [ev("I", "4")], "I.4"),
    ("vi", TL, K, "Quy định về quản lý tín chỉ các-bon được đưa vào văn bản nào theo phụ lục QĐ 232, hạn năm nào?",
     ["06/2022/NĐ-CP", dl("I", "5")], [ev("I", "5")], "I.5"),
    ("en", TL, K, "Who sets the conditions for organisations and individuals investing in and trading carbon credits, and when is that due?",
     [lead("II", "3"), dl("II", "3")], [ev("II", "3")], "II.3"),
    ("vi", TL, K, "Nhiệm vụ xây dựng quy định về mua bán, chuyển giao, vay mượn, nộp trả và thu hồi hạn ngạch có hạn năm nào?",
     [dl("IV", "5")], [ev("IV", "5")], "IV.5: 2025"),
    ("en", TL, K, "What is the timeframe for confirming the allowances and credits that can be traded on the domestic carbon exchange?",
     [dl("I", "8")], [ev("I", "8")], "I.8: 2025 - 2030"),
    ("vi", TL, K, "Nhiệm vụ số 1 nhóm IV của phụ lục (quy định về tổ chức vận hành thị trường các-bon) do ai chủ trì?",
     [lead("IV", "1"), dl("IV", "1")], [ev("IV", "1")], "IV.1 asked by number within the group"),
    ("en", TL, K, "In the appendix of Decision 232, task 7 under group III: who leads it?",
     ["Bộ Tài chính chỉ đạo Sở Giao dịch chứng khoán Việt Nam"], [ev("III", "7")], "III.7 lead (Bộ Tài chính directing two bodies)"),
    # ---- indicator-like targets of the body
    ("vi", IL, K, "Đề án thị trường các-bon hướng tới phát thải ròng bằng \"0\" vào năm nào?",
     ["2050"], ["hướng tới đạt mức phát thải ròng bằng"], "II.1 Mục tiêu chung"),
    ("en", IL, K, "From which year is the carbon exchange supposed to operate officially under Decision 232?",
     ["2029"], ["Chính thức vận hành sàn giao dịch các-bon trong nước"], "II.2.c / III.6.b"),
    ("vi", IL, K, "Giai đoạn thí điểm thị trường các-bon kéo dài từ năm nào đến năm nào?",
     ["từ năm 2025 đến hết năm 2028"], ["Giai đoạn thực hiện thí điểm từ năm 2025 đến hết năm 2028"], "III.6.a"),
    ("en", IL, K, "In the carbon market plan, how often must the scheme be reviewed once the market runs officially?",
     ["5 năm/lần"], ["định kỳ 5 năm/lần trong giai đoạn chính thức"], "V.1 last bullet"),
    # ---- aggregation
    ("vi", AG, K, "Trong phụ lục Quyết định 232/QĐ-TTg, nhóm nhiệm vụ nào đông nhất và gồm bao nhiêu nhiệm vụ?",
     [S.groups()[3][1], "11"], [S.groups()[3][1]], "group sizes 9/5/8/11/9 (asserted in facts()); the total 42 is printed nowhere, so not asked"),
    ("en", AG, K, "How many tasks sit under the group on organising the operation of the carbon market?",
     ["11"], [S.groups()[3][1]], "group IV: 11"),
    ("vi", AG, K, "Nhóm nhiệm vụ về hệ thống đăng ký quốc gia và sàn giao dịch các-bon gồm mấy nhiệm vụ?",
     ["8"], [S.groups()[2][1]], "group III: 8"),
    ("en", AG, K, "How many task groups does the Decision 232 appendix have, and what is the smallest one?",
     ["5", S.groups()[1][1]], [S.groups()[1][1]], "5 groups; II has 5 tasks"),
    ("vi", AG, K, "Trong phụ lục QĐ 232, có bao nhiêu nhiệm vụ có thời hạn đúng năm 2028? Kể tên.",
     ["3", "đấu giá hạn ngạch", "mở rộng chủ thể", "Đánh giá tổng kết"], [ev("I", "9"), ev("II", "5"), ev("IV", "10")],
     "deadline == '2028': I.9, II.5, IV.10"),
    ("en", AG, K, "How many appendix tasks of the carbon market decision are due in 2025 exactly?",
     ["18"], [ev("I", "2")], "deadline cell == '2025': 18"),
    ("vi", AG, K, "Có bao nhiêu nhiệm vụ trong phụ lục được thực hiện trong giai đoạn 2025 - 2030?",
     ["10"], [ev("I", "6")], "deadline cell == '2025 - 2030': 10"),
    ("en", AG, K, "In how many appendix tasks is the Ministry of Finance named in the lead column, alone or together with others?",
     ["7"], [ev("III", "1"), ev("IV", "6")], "III.1, III.4, III.6, III.7, IV.6, IV.8, V.6"),
    ("vi", AG, K, "Bộ Tài nguyên và Môi trường một mình chủ trì bao nhiêu nhiệm vụ trong phụ lục QĐ 232?",
     ["27"], [ev("I", "2")], "lead cell exactly 'Bộ Tài nguyên và Môi trường': 27"),
    ("en", AG, K, "Which appendix tasks are ongoing with no end date (carried out regularly and continuously)?",
     ["Quản lý và vận hành Hệ thống đăng ký quốc gia", "Tổ chức quản lý, kiểm tra, giám sát"], [ev("III", "3"), ev("IV", "9")],
     "III.3 and IV.9"),
    ("vi", AG, K, "Những nhiệm vụ nào trong phụ lục không do Bộ Tài nguyên và Môi trường hay Bộ Tài chính chủ trì?",
     ["Bộ Thông tin và Truyền thông", "Liên đoàn Thương mại và Công nghiệp Việt Nam"], [ev("V", "8"), ev("V", "9")],
     "V.8, V.9"),
    ("en", AG, K, "In the carbon market appendix, which tasks involve the Ministry of Transport as a co-lead?",
     ["Xây dựng, phê duyệt kế hoạch giảm nhẹ phát thải", "Xây dựng quy định kỹ thuật về đo đạc"], [ev("I", "1"), ev("IV", "4")],
     "I.1 and IV.4"),
    ("vi", AG, K, "Nhóm V (nâng cao nhận thức, tăng cường năng lực) có bao nhiêu nhiệm vụ kéo dài 2025 - 2030?",
     ["6"], [S.groups()[4][1]], "group V: 6 of 9 with '2025 - 2030'"),
    ("en", AG, K, "How many of the tasks on the registry and the carbon exchange (group III) are due in 2025?",
     ["4"], [ev("III", "1")], "III.1, III.2, III.4, III.5"),
    ("vi", AG, K, "Có bao nhiêu nhiệm vụ thuộc nhóm về hàng hóa trên thị trường các-bon, và bao nhiêu trong số đó phải xong năm 2025?",
     ["9", "4"], [S.groups()[0][1]], "group I: 9 tasks, 4 with '2025'"),
    ("en", AG, K, "How many goods does the carbon market trade according to Decision 232, and what are they?",
     ["02 loại", "Hạn ngạch phát thải khí nhà kính", "Tín chỉ các-bon"], ["Hàng hóa trên thị trường các-bon gồm 02 loại"], "III.1 of the body"),
    ("vi", AG, K, "Mục V Tổ chức thực hiện của Đề án giao việc cho bao nhiêu nhóm cơ quan (đánh số)?",
     ["7"], ["V. TỔ CHỨC THỰC HIỆN"], "V has items 1-7 (asserted)"),
    ("en", AG, K, "How many groups of tasks and solutions does section IV of the scheme set out?",
     ["5"], ["Nhóm các nhiệm vụ, giải pháp về nâng cao nhận thức, tăng cường năng lực"], "IV.1-IV.5 of the body"),
    ("vi", AG, K, "Những nhiệm vụ nào trong phụ lục có Bộ Kế hoạch và Đầu tư là cơ quan phối hợp?",
     ["Đánh giá tổng kết quá trình triển khai thí điểm", "Đề xuất giải pháp hỗ trợ doanh nghiệp"], [ev("IV", "10"), ev("V", "3")],
     "IV.10, V.3"),
    # ---- comparison
    ("en", CP, K, "Compare the tasks on recognising international versus domestic carbon-credit programmes: same lead and same timeframe?",
     [lead("I", "6"), dl("I", "6")], [ev("I", "6"), ev("I", "7")], "I.6 vs I.7: identical lead and deadline"),
    ("vi", CP, K, "So sánh thời hạn của hai nhiệm vụ lập phương án chi tiết sàn giao dịch các-bon và triển khai xây dựng hệ thống giao dịch, lưu ký.",
     ["06 tháng", "18-24 tháng"], [ev("III", "6"), ev("III", "7")], "III.6 vs III.7"),
    ("en", CP, K, "Which task group in the appendix is bigger: the one on market participants or the one on operating the market, and by how much?",
     ["5", "11"], [S.groups()[1][1], S.groups()[3][1]], "II 5 vs IV 11"),
    ("vi", CP, K, "Quyết định tổng hạn ngạch phát thải và quy định đấu giá hạn ngạch: nhiệm vụ nào có hạn sớm hơn?",
     ["2025", "2028"], [ev("I", "2"), ev("I", "9")], "I.2 (2025) vs I.9 (2028)"),
    ("en", CP, K, "Who are the named partners in the pilot-market review task compared with the task on linking to international markets?",
     ["Bộ Công an", "Bộ Kế hoạch và Đầu tư", "Ngân hàng Nhà nước Việt Nam"], [ev("IV", "10"), ev("III", "8")], "IV.10 vs III.8"),
    ("vi", CP, K, "Hai nhiệm vụ tuyên truyền cuối cùng của phụ lục (số 8 và số 9 nhóm V) do những cơ quan nào chủ trì?",
     [lead("V", "8"), lead("V", "9")], [ev("V", "8"), ev("V", "9")], "V.8 vs V.9"),
    ("en", CP, K, "How do the pilot phase and the official phase of the carbon market differ in timing and in how allowances are allocated?",
     ["2028", "2029", "phân bổ miễn phí", "đấu giá"], ["Toàn bộ hạn ngạch phát thải khí nhà kính được nghiên cứu, xem xét phân bổ miễn phí"],
     "III.6.a vs III.6.b"),
    ("vi", CP, K, "Theo mục Tổ chức thực hiện, vai trò của Bộ Tài chính khác Bộ Tài nguyên và Môi trường thế nào?",
     ["thành lập thị trường các-bon trong nước", "tổ chức vận hành thị trường các-bon trong nước"],
     ["Chủ trì, phối hợp với Bộ Tài nguyên và Môi trường, các bộ, ngành, cơ quan có liên quan thành lập thị trường các-bon trong nước"],
     "V.1 vs V.2"),
    ("en", CP, K, "Which finishes later: the review of the legal framework for the market's official operation or the rules on linking to regional and world markets?",
     [dl("IV", "11"), dl("III", "8")], [ev("IV", "11"), ev("III", "8")], "IV.11 2027 - 2028 vs III.8 2028 - 2030"),
    ("vi", CP, K, "Quy định về tổ chức hỗ trợ giao dịch và quy định mở rộng chủ thể giao dịch tín chỉ: thời hạn mỗi nhiệm vụ là gì?",
     [dl("II", "4"), dl("II", "5")], [ev("II", "4"), ev("II", "5")], "II.4 vs II.5"),
    ("en", CP, K, "Are the Hanoi Stock Exchange and the securities depository given the same job in Decision 232? Who does what?",
     ["Sở Giao dịch chứng khoán Hà Nội", "Tổng Công ty Lưu ký và bù trừ chứng khoán Việt Nam", "lưu ký, thanh toán"],
     ["Sở Giao dịch chứng khoán Hà Nội xây dựng và cung ứng dịch vụ sàn giao dịch các-bon trong nước"], "III.4 body"),
    # ---- narrative
    ("vi", NA, K, "Quyết định phê duyệt Đề án thành lập và phát triển thị trường các-bon tại Việt Nam có số hiệu, ngày ban hành nào?",
     ["232/QĐ-TTg", "24 tháng 01 năm 2025"], ["Số: 232/QĐ-TTg"], "header"),
    ("en", NA, K, "Who signed the decision approving the carbon market scheme?",
     ["Trần Hồng Hà"], ["Trần Hồng Hà"], "signature block"),
    ("vi", NA, K, "Quyết định 232 được ban hành theo đề nghị của ai?",
     ["Bộ trưởng Bộ Tài chính"], ["Theo đề nghị của Bộ trưởng Bộ Tài chính"], "preamble"),
    ("en", NA, K, "When does Decision 232 on the carbon market take effect?",
     ["kể từ ngày ký ban hành"], ["Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành"], "Điều 2"),
    ("vi", NA, K, "Kinh phí thực hiện Đề án thị trường các-bon lấy từ những nguồn nào?",
     ["ngân sách nhà nước", "xã hội hóa"], ["Kinh phí thực hiện Đề án được bố trí từ nguồn vốn ngân sách nhà nước"], "VI"),
    ("en", NA, K, "Which organisation builds and provides the domestic carbon exchange service?",
     ["Sở Giao dịch chứng khoán Hà Nội"], ["Sở Giao dịch chứng khoán Hà Nội xây dựng và cung ứng dịch vụ sàn giao dịch các-bon"], "III.4.a"),
    ("vi", NA, K, "Ai cung ứng dịch vụ lưu ký, thanh toán giao dịch hạn ngạch và tín chỉ các-bon?",
     ["Tổng Công ty Lưu ký và bù trừ chứng khoán Việt Nam"], ["cung ứng dịch vụ lưu ký, thanh toán giao dịch theo yêu cầu nghiệp vụ"], "III.4.b"),
    ("en", NA, K, "Who handles the money side of trades on the carbon exchange?",
     ["ngân hàng thương mại đủ điều kiện"], ["Việc thanh toán tiền cho giao dịch trên sàn giao dịch các-bon do ngân hàng thương mại"], "III.4.b last sentence"),
    ("vi", NA, K, "Cơ quan nào xây dựng, quản lý và vận hành Hệ thống đăng ký quốc gia về hạn ngạch phát thải khí nhà kính và tín chỉ các-bon?",
     ["Bộ Tài nguyên và Môi trường"], ["Bộ Tài nguyên và Môi trường chủ trì, phối hợp với các cơ quan liên quan xây dựng, quản lý và vận hành"], "III.3 body"),
    ("en", NA, K, "Which international mechanisms can carbon credits traded on the exchange come from?",
     ["(CDM)", "(JCM)", "Điều 6 Thỏa thuận Paris"], ["Tín chỉ các-bon thu được từ Cơ chế phát triển sạch"], "III.1.b"),
    ("vi", NA, K, "Ủy ban nhân dân các tỉnh, thành phố có trách nhiệm gì trong triển khai Đề án thị trường các-bon?",
     ["Trình Hội đồng nhân dân bố trí kinh phí"], ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"], "V.5"),
    ("en", NA, K, "What happens to assigned tasks if a ministry named in the scheme is merged or dissolved?",
     ["tiếp nhận nhiệm vụ"], ["được sáp nhập, hợp nhất hoặc kết thúc hoạt động"], "V.7"),
    ("vi", NA, K, "Thị trường các-bon tại Việt Nam được phát triển theo mô hình nào?",
     ["mô hình tập trung"], ["Phát triển thị trường các-bon theo mô hình tập trung"], "I.2"),
    ("en", NA, K, "What did the scheme aim to achieve before June 2025?",
     ["khuôn khổ pháp lý", "thí điểm sàn giao dịch các-bon"], ["Giai đoạn đến trước tháng 6 năm 2025"], "II.2.a"),
    ("vi", NA, K, "Quyết định 232/QĐ-TTg căn cứ vào nghị định nào về giảm nhẹ phát thải khí nhà kính?",
     ["06/2022/NĐ-CP"], ["Căn cứ Nghị định số 06/2022/NĐ-CP ngày 07 tháng 01 năm 2022"], "preamble"),
    ("en", NA, K, "What does the planning ministry (Bộ Kế hoạch và Đầu tư) have to do under the carbon market scheme?",
     ["cân đối nguồn lực thực hiện Đề án"], ["Bộ Kế hoạch và Đầu tư chủ trì, phối hợp với bộ, ban, ngành, cơ quan trung ương"], "V.4"),
    ("vi", NA, K, "Bộ Thông tin và Truyền thông được giao việc gì trong mục Tổ chức thực hiện?",
     ["chỉ đạo các cơ quan báo chí và hệ thống thông tin cơ sở"], ["Bộ Thông tin và Truyền thông chỉ đạo các cơ quan báo chí"], "V.4"),
    ("en", NA, K, "What is the role of the Vietnam Chamber of Commerce and Industry (VCCI) in the body of the decision?",
     ["tuyên truyền, đào tạo, bồi dưỡng kiến thức"], ["Liên đoàn Thương mại và Công nghiệp Việt Nam chủ trì, phối hợp với các bộ, ngành"], "V.6"),
    ("vi", NA, K, "Trong giai đoạn thí điểm, hạn ngạch phát thải khí nhà kính được phân bổ thế nào?",
     ["phân bổ miễn phí", "một số lĩnh vực phát thải lớn"], ["Toàn bộ hạn ngạch phát thải khí nhà kính được nghiên cứu, xem xét phân bổ miễn phí"], "III.6.a"),
    ("en", NA, K, "Who funds the scheme's recurrent spending for central ministries according to the decision?",
     ["Bộ Tài chính", "kinh phí chi thường xuyên"], ["Chủ trì trình cấp có thẩm quyền bố trí kinh phí chi thường xuyên"], "V.2"),
    ("vi", NA, K, "Những ai được tham gia giao dịch trên sàn giao dịch các-bon trong giai đoạn thí điểm?",
     ["các cơ sở phát thải khí nhà kính lớn", "tổ chức, cá nhân đủ điều kiện"], ["Chủ thể tham gia giao dịch trên sàn giao dịch các-bon là"], "III.6.a"),
    ("en", NA, K, "Which two principles frame the carbon market scheme?",
     ["Chủ động thành lập, phát triển thị trường các-bon", "mô hình tập trung"], ["I. QUAN ĐIỂM, NGUYÊN TẮC"], "I.1-I.2"),
]

# ---------------------------------------------------------------- unanswerable on the new document
Q_NEW_UN = [
    ("vi", UN, K, "Nhiệm vụ số 12 của nhóm IV trong phụ lục QĐ 232 do ai chủ trì?", [], [], 'absent_task: "IV.12"'),
    ("en", UN, K, "What's the deadline of task 10 in group V of the carbon market appendix?", [], [], 'absent_task: "V.10"'),
    ("vi", UN, K, "Nhiệm vụ số 6 thuộc nhóm II của phụ lục Quyết định 232 có thời hạn khi nào?", [], [], 'absent_task: "II.6"'),
    ("en", UN, K, "List the tasks of group VI in the appendix of Decision 232.", [], [], 'absent_group: "VI"'),
    ("vi", UN, K, "Bộ Nội vụ chủ trì những nhiệm vụ nào trong phụ lục Đề án thị trường các-bon?", [], [],
     'absent_lead: "Bộ Nội vụ"'),
    ("en", UN, K, "Which appendix task is the State Bank of Vietnam the lead agency for in Decision 232?", [], [],
     'absent_lead: "Ngân hàng Nhà nước"'),
    ("vi", UN, K, "Bộ Công an chủ trì nhiệm vụ nào trong phụ lục QĐ 232?", [], [], 'absent_lead: "Bộ Công an"'),
    ("en", UN, K, "What carbon market targets does Decision 232 set for 2035?", [], [], 'absent: ["2035"]'),
    ("vi", UN, K, "Tổng kinh phí thực hiện Đề án thị trường các-bon là bao nhiêu tỷ đồng?", [], [], 'absent: ["tỷ đồng", "triệu đồng"]'),
    ("en", UN, K, "What floor price per tonne of CO2 does the decision set for carbon credits?", [], [], 'absent: ["tấn CO2", "USD", "giá sàn"]'),
    ("vi", UN, K, "Có bao nhiêu cơ sở được phân bổ hạn ngạch phát thải trong năm 2025 theo Quyết định 232?", [], [],
     'absent: ["cơ sở được phân bổ hạn ngạch trong năm 2025"]'),
    ("en", UN, K, "What role does the Ministry of Health play in the carbon market scheme?", [], [], 'absent: ["Bộ Y tế"]'),
    ("vi", UN, K, "Mức phạt tối đa đối với hành vi vi phạm trên thị trường các-bon là bao nhiêu?", [], [],
     'absent: ["mức phạt", "triệu đồng", "tỷ đồng"]'),
    ("en", UN, K, "Which tasks in Decision 232 are assigned to the Ministry of Education and Training?", [], [],
     'absent: ["Giáo dục và Đào tạo"]'),
    ("vi", UN, K, "Quyết định 232 giao chỉ tiêu giảm phát thải bao nhiêu phần trăm cho năm 2027?", [], [], 'absent: ["%", "phần trăm"]'),
    ("en", UN, K, "What is the carbon-credit trading volume target for the pilot exchange in the decision?", [], [],
     'absent: ["triệu tín chỉ", "khối lượng giao dịch tối thiểu"]'),
]

# ---------------------------------------------------------------- bundled plans
def r26(n):
    return p26(n)


Q_CORPUS = [
    ("en", IL, P26, "In Thanh Hóa's 2026 plan, what's the 2026 target for 5G coverage and who follows it?",
     [r26(1)[3], r26(1)[4]], ["Tỉ lệ phủ sóng 5G trên địa bàn"], "plan-2026 Phụ lục I, 1"),
    ("vi", IL, P26, "Kế hoạch 275/KH-UBND: chỉ tiêu tỉ lệ người dân có chữ ký số năm 2026 là bao nhiêu?",
     [r26(31)[3]], ["Tỉ lệ người dân có chữ ký số"], "plan-2026 Phụ lục I, 31: 40%"),
    ("en", IL, P26, "For 2026, what share of online public-service users should be satisfied, per the Thanh Hóa plan, and who monitors it?",
     [r26(7)[3], r26(7)[4]], ["Tỉ lệ người dân, doanh nghiệp đánh giá hài lòng khi sử dụng dịch vụ công trực tuyến"], "plan-2026 I.7"),
    ("vi", IL, P26, "Năm 2026 Thanh Hóa giao chỉ tiêu tỉ trọng kinh tế số trong GRDP bao nhiêu, ai theo dõi?",
     [r26(23)[3], r26(23)[4]], ["Tỉ trọng kinh tế số đóng góp GRDP"], "plan-2026 I.23"),
    ("en", IL, P26, "What is the 2026 target for the provincial digital transformation index in plan 275?",
     [r26(22)[3]], ["Chỉ số chuyển đổi số cấp tỉnh"], "plan-2026 I.22: 0.8"),
    ("vi", IL, P26, "Chỉ tiêu tỉ lệ cán bộ chuyên trách CNTT được đào tạo đạt chứng chỉ quản trị dữ liệu cơ bản năm 2026 là bao nhiêu, ai chủ trì?",
     [r26(20)[3], r26(20)[4]], ["chứng chỉ quản trị dữ liệu cơ bản"], "plan-2026 I.20"),
    ("en", IL, P26, "Cashless payments: what share does Thanh Hóa aim for in 2026 and which agency tracks it?",
     [r26(25)[3], r26(25)[4]], ["Tỉ lệ giao dịch không dùng tiền mặt"], "plan-2026 I.25"),
    ("vi", IL, C06, "Chương trình chuyển đổi số Thanh Hóa 2022 đặt mục tiêu kinh tế số chiếm bao nhiêu % GRDP đến năm 2030?",
     ["30%"], ["Kinh tế số chiếm 30% trở lên trong GRDP của tỉnh"], "ctr-06-2022 Phụ lục 01, 2030 2.1"),
    ("en", IL, C06, "By 2025, what share of firms paying tax should have gone digital under the 2022 Thanh Hóa programme, and which department leads?",
     ["50%", "Sở Kế hoạch và Đầu tư"], ["Doanh nghiệp chuyển đổi số chiếm 50% trở lên"], "ctr-06-2022 Phụ lục 01, 2025 2.3"),
    ("vi", IL, C06, "Theo Phụ lục 01 của chương trình năm 2022, chỉ tiêu tỷ lệ dân số có tài khoản thanh toán điện tử đến năm 2030 là bao nhiêu, ai chủ trì?",
     ["80%", "Ngân hàng Nhà nước Thanh Hóa"], ["Tỷ lệ dân số có tài khoản thanh toán điện tử từ 80% trở lên"], "ctr-06-2022 2030 3.3"),
    ("en", IL, C06, "What labour productivity growth does the 2022 programme target each year up to 2025?",
     ["9,6%"], ["Năng suất lao động tăng bình quân hàng năm 9,6% trở lên"], "ctr-06-2022 2025 2.2"),
    ("vi", TL, P26, "Trong Phụ lục II kế hoạch năm 2026 của Thanh Hóa, hệ thống Công báo điện tử tỉnh do ai chủ trì và dự kiến xong khi nào?",
     ["Văn phòng UBND tỉnh", "Tháng 4/2026"], ["Xây dựng hệ thống Công báo điện tử tỉnh Thanh Hóa"], "plan-2026 Phụ lục II, II.18"),
    ("en", TL, P26, "Who is in charge of the virtual assistant software for Văn phòng UBND tỉnh staff in 2026, and when is it due?",
     ["Văn phòng UBND tỉnh", "Tháng 3/2026"], ["Triển khai phần mềm trợ lý ảo cho cán bộ, công chức Văn phòng UBND tỉnh"], "plan-2026 II.4"),
    ("vi", TL, P26, "Dự án nâng cấp hạ tầng CNTT bảo đảm an toàn thông tin của Sở Tư pháp dự kiến hoàn thành khi nào?",
     ["Tháng 5/2026"], ["Nâng cấp hạ tầng CNTT bảo đảm an toàn thông tin, hồ sơ cấp độ của Sở Tư pháp"], "plan-2026 II.19"),
    ("en", TL, P26, "Thanh Hóa 2026: who runs the online learning management system (LMS) for teacher training?",
     ["Sở Giáo dục và Đào tạo", "Tháng 3/2026"], ["Triển khai hệ thống quản lý học tập trực tuyến (LMS)"], "plan-2026 II.6"),
    ("vi", TL, K285, "Theo Kế hoạch 285-KH/TU, nhiệm vụ ban hành Khung kiến trúc Chính quyền điện tử 2 cấp do ai chủ trì, thời hạn thế nào?",
     ["Sở Khoa học và Công nghệ", "tháng 7/2025"], ["Ban hành Khung kiến trúc Chính quyền điện tử 2 cấp"], "kh-285 task 11"),
    ("en", TL, K285, "In plan 285-KH/TU, who must ensure a stable electricity supply, and is there a deadline?",
     ["Điện lực Thanh Hóa", "Nhiệm vụ thường xuyên"], ["Bảo đảm nguồn cung năng lượng điện ổn định"], "kh-285 task 22"),
    ("vi", TL, K285, "Kế hoạch 285: rà soát, đánh giá hiệu quả Trung tâm điều hành thông minh (IOC) phải xong trước ngày nào?",
     ["15/7/2025"], ["Trung tâm điều hành thông minh (IOC)"], "kh-285 task 18"),
    ("en", TL, C06, "Under the 2022 programme, who leads the goal of keeping Thanh Hóa in the top 10 provinces for digital transformation through 2030?",
     ["Sở Thông tin và Truyền thông"], ["Thanh Hoá duy trì trong nhóm 10 tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số"], "ctr-06-2022 2030 1.1"),
    ("vi", AG, P26, "Trong Phụ lục I kế hoạch năm 2026 của Thanh Hóa, Công an tỉnh chủ trì bao nhiêu chỉ tiêu?",
     ["4"], ["Có ít nhất 01 Trung tâm An ninh mạng"], "plan-2026 Phụ lục I: 3, 18, 20, 21"),
    ("en", AG, P26, "How many 2026 indicators in plan 275 are assigned to the provincial statistics office, and which?",
     ["2", "Tỉ trọng kinh tế số đóng góp GRDP", "năng suất nhân tố tổng hợp"], ["Tỉ trọng kinh tế số đóng góp GRDP"], "plan-2026 I.23, I.24"),
    ("vi", AG, P26, "Phụ lục I kế hoạch 275/KH-UBND có bao nhiêu chỉ tiêu?",
     ["31"], ["Tỉ lệ người dân có chữ ký số"], "plan-2026: 31 indicators"),
    ("en", AG, P26, "How many 2026 indicators does the Department of Science and Technology lead in Thanh Hóa's plan 275?",
     ["9"], ["Tỉ lệ phủ sóng 5G trên địa bàn"], "plan-2026 I: 1,2,4,13,14,22,26,28,31"),
    ("vi", AG, K285, "Kế hoạch 285-KH/TU có bao nhiêu nhiệm vụ về thể chế và bao nhiêu về hạ tầng kỹ thuật, công nghệ?",
     ["13 nhiệm vụ", "11 nhiệm vụ"], ["Về thể chế (13 nhiệm vụ)"], "kh-285 group headings"),
    ("en", CP, P26, "Compare the 2026 targets for people with electronic health records and people with digital signatures in Thanh Hóa.",
     [r26(30)[3], r26(31)[3]], ["Tỉ lệ người dân có hồ sơ sức khỏe điện tử", "Tỉ lệ người dân có chữ ký số"], "plan-2026 I.30 vs I.31"),
    ("vi", CP, C06, "Chương trình 2022: mục tiêu kinh tế số trong GRDP năm 2025 so với năm 2030 khác nhau thế nào?",
     ["20%", "30%"], ["Kinh tế số chiếm 20% trở lên trong GRDP của tỉnh"], "ctr-06-2022 2.1 (2025) vs 2.1 (2030)"),
    ("en", CP, P26, "In the 2026 plan, is the target for online dossiers higher or lower than the one for digitising dossiers and results?",
     [r26(9)[3], r26(10)[3]], ["Tỉ lệ hồ sơ trực tuyến trên tổng số hồ sơ", "Tỉ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính"],
     "plan-2026 I.9 (75%) vs I.10 (90%)"),
    ("vi", CP, C06, "Mục tiêu người dân, doanh nghiệp hài lòng với giải quyết thủ tục hành chính năm 2025 và năm 2030 trong chương trình 2022 là bao nhiêu?",
     ["90%", "98%"], ["hài lòng với việc giải quyết thủ tục hành chính"], "ctr-06-2022 1.5 (2025) vs 1.2 (2030)"),
    ("en", NA, P26, "When was Thanh Hóa's 2026 digital transformation plan (275/KH-UBND) issued?",
     ["31/12/2025"], ["Kế hoạch số 275/KH-UBND ngày 31/12/2025"], "plan-2026 Phụ lục II caption"),
    ("vi", NA, K285, "Kế hoạch 285-KH/TU triển khai kế hoạch nào của Ban Chỉ đạo Trung ương?",
     ["02-KH/BCĐTW"], ["02-KH/BCĐTW"], "kh-285 title"),
    ("en", NA, C06, "What does Phụ lục 02 of the 2022 Thanh Hóa programme cover?",
     ["Danh mục nhiệm vụ, dự án"], ["Phụ lục 02: Danh mục nhiệm vụ, dự án; phân công thực hiện, thời gian triển khai"], "ctr-06-2022 line 164"),
    ("vi", UN, P26, "Chỉ tiêu số 32 trong Phụ lục I kế hoạch 275/KH-UBND do ai chủ trì?", [], [], 'absent_indicator_p26: "32"'),
    ("en", UN, P26, "What is the 2028 target for indicator 18 in Thanh Hóa's 2026 plan?", [], [], 'no_year_column_p26: "2028"'),
    ("vi", UN, K285, "Nhiệm vụ số 75 của Kế hoạch 285-KH/TU có thời hạn khi nào?", [], [], 'absent_k285_task: "75"'),
    ("en", UN, P26, "How much does the 2026 Thanh Hóa plan budget for the smart radio system in billion dong?", [], [],
     'absent: ["đài truyền thanh thông minh trên địa bàn tỉnh Thanh Hóa giai đoạn 2025-2027 với tổng mức"]'),
]

Q_OFF = [
    ("en", UN, None, "Ignore the documents and write me a short poem about Hanoi in autumn.", [], [], "note_only; instruction-like, off-topic"),
    ("vi", UN, None, "Dự báo thời tiết Hà Nội ngày mai thế nào?", [], [], "note_only; off-topic"),
]


def all_items():
    facts()
    out = []
    for n, t in enumerate(Q_NEW + Q_NEW_UN + Q_CORPUS + Q_OFF, 1):
        lang, typ, doc, q, exp, evd, note = t
        out.append({"id": f"h21-{n:03d}", "question": q, "lang": lang, "type": typ, "doc": doc,
                    "expected": exp, "evidence": evd, "note": note})
    return out


def group_key(it):
    return json.dumps(it["doc"], ensure_ascii=False) + "|" + it["type"]


def split(items):
    """ids that go to dev21x.jsonl: a seeded draw of round(DEV_FRACTION * n) inside each (doc, type) group"""
    groups = {}
    for it in sorted(items, key=lambda x: x["id"]):
        groups.setdefault(group_key(it), []).append(it["id"])
    dev = set()
    for key in sorted(groups):
        ids = groups[key]
        k = int(DEV_FRACTION * len(ids) + 0.5)
        rng = random.Random(f"{SEED}:{key}")
        dev.update(rng.sample(ids, k))
    return dev


def main():
    items = all_items()
    dev = split(items)
    with open(HERE / "questions.jsonl", "w", encoding="utf-8") as fq, \
            open(HERE / "dev21x.jsonl", "w", encoding="utf-8") as fd:
        for it in items:
            (fd if it["id"] in dev else fq).write(json.dumps(it, ensure_ascii=False) + "\n")
    print(f"{len(items)} questions: {len(items) - len(dev)} held out, {len(dev)} dev")


if __name__ == "__main__":
    sys.exit(main())
