"""Held-out set 23: the questions (HELD OUT -- do not read while developing the assistant) and the seeded split.

Writes questions.jsonl (held out) and dev23x.jsonl (development), ids h23-001 ... in one sequence (a seeded shuffle
of the source order, so ids say nothing about type or document). The split is a seeded draw inside each
(doc, type) group: round(DEV_FRACTION * n) questions of a group go to dev23x.jsonl.
Each source tuple: (lang, type, doc, question, expected, evidence, note). Table cells of the new document come from
doc_source.py (the source module), never typed twice; body phrases are asserted to occur in their sentence;
aggregation gold values are asserted in facts() against doc_source.py and against parses of the bundled plans.
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

SEED = 20423
DEV_FRACTION = 0.2
K = S.KEY
P26, C06, K285 = "plan-2026", "ctr-06-2022", "kh-285-2025"
IL, TL, AG, CP, NA, UN = "indicator_lookup", "task_lookup", "aggregation", "comparison", "narrative", "unanswerable"
SKHCN, CA, VP, TT = "Sở Khoa học và Công nghệ", "Công an tỉnh", "Văn phòng UBND tỉnh", S.D.TTHCC


# ---------------------------------------------------------------- new-document helpers
def i_(n):
    return S.ind(n)


def tv(n, year):
    return S.ind(n).targets[str(year)]


def _cite(x):
    import textsrc
    return textsrc.norm_cite(x)


def _unique_prefix(text, others, words=7):
    """the shortest prefix of >= `words` words of `text` that occurs in no other row text (citation normalisation)"""
    ws = text.split()
    for n in range(min(words, len(ws)), len(ws) + 1):
        p = " ".join(ws[:n]).rstrip(",.;(")
        if not any(_cite(p) in _cite(o) for o in others):
            return p
    raise AssertionError(text)


def _row_texts():
    return [i.name for i in S.indicators()] + [t.content for t in S.tasks()] + S.body_text()


def evi(n, words=7):
    """a prefix of indicator n's name that no other row or body sentence shares (an evidence snippet)"""
    name = S.ind(n).name
    return _unique_prefix(name, [x for x in _row_texts() if x != name], words)


def t_(n):
    return S.task(n)


def uniq(cell):
    """a table cell used as evidence: asserted to occur in exactly one row/sentence of the document"""
    rows = [" ".join([i.name, *i.targets.values(), i.lead, i.partner]) for i in S.indicators()] + \
        [" ".join([t.content, t.deadline, t.lead, t.partner, t.product, t.note]) for t in S.tasks()] + S.body_text()
    assert sum(1 for r in rows if _cite(cell) in _cite(r)) == 1, cell
    return cell


def evt(n, words=7):
    """a prefix of task n's content that no other row or body sentence shares; else its product cell (unique)"""
    t = S.task(n)
    try:
        return _unique_prefix(t.content, [x for x in _row_texts() if x != t.content], words)
    except AssertionError:
        return uniq(t.product)


def body(start):
    return S.body(start)


def part_of(sentence, piece):
    assert piece in sentence, piece
    return piece


def inds_where(pred):
    return [i.stt for i in S.indicators() if pred(i)]


def tasks_where(pred):
    return [t.number for t in S.tasks() if pred(t)]


# ---------------------------------------------------------------- corpus helpers
CORPUS = {P26: "2026-plan_kh-275-ubnd.txt", C06: "2022-program_qd-176-ubnd_nq-06.txt",
          K285: "2025-plan_kh-285-tu_kh-02.txt"}


def corpus_text(key):
    return (ROOT / "corpus" / CORPUS[key]).read_text(encoding="utf-8")


def corpus_lines(key):
    return corpus_text(key).splitlines()


def p26_rows():
    """Phụ lục I rows of plan-2026: (header cells, {number: tab cells}, {number: group roman})"""
    ls = corpus_lines(P26)
    i1 = next(i for i, x in enumerate(ls) if x.startswith("**Phụ lục I:**"))
    i2 = next(i for i, x in enumerate(ls) if x.startswith("**Phụ lục II:**"))
    head_ = next(x for x in ls[i1:i2] if x.startswith("STT\t")).split("\t")
    rows, grp, g = {}, {}, None
    for x in ls[i1:i2]:
        m = re.match(r"^<b>([IVX]+)</b>\t", x)
        if m:
            g = m.group(1)
        elif re.match(r"^\d+\t", x):
            c = x.split("\t")
            rows[c[0]] = c
            grp[c[0]] = g
    return head_, rows, grp


def p26(n):
    return p26_rows()[1][str(n)]


def p26_tasks():
    """Phụ lục II of plan-2026: {(group, number): cells}; numbering restarts in group II"""
    ls = corpus_lines(P26)
    i1 = next(i for i, x in enumerate(ls) if x.startswith("**Phụ lục II:**"))
    out, g = {}, None
    for x in ls[i1:]:
        m = re.match(r"^<b>([IVX]+)</b>\t", x)
        if m:
            g = m.group(1)
        elif g and re.match(r"^\d+\t", x):
            c = x.split("\t")
            out[(g, c[0])] = c
    return out


def p26t(g, n):
    return p26_tasks()[(g, str(n))]


def c06_ind():
    """Phụ lục 01 of ctr-06-2022: {(period, number): cells}; both period groups are labelled 'I'"""
    ls = corpus_lines(C06)
    i1, i2 = ls.index("Phụ lục 01"), ls.index("Phụ lục 02")
    out, per = {}, None
    for x in ls[i1:i2]:
        c = x.split("\t")
        if c[0] == "I":
            per = "2025" if "2025" in c[1] else "2030"
        elif re.fullmatch(r"\d\.\d+", c[0]):
            out[(per, c[0])] = c
    return out


def c06_tasks():
    ls = corpus_lines(C06)
    out, g = {}, None
    for x in ls[ls.index("Phụ lục 02"):]:
        c = x.split("\t")
        if re.fullmatch(r"[IVX]+", c[0]):
            g = c[0]
        elif g and re.fullmatch(r"\d+(\.\d+)?", c[0]) and len(c) >= 5:
            out[(g, c[0])] = c
    return out


def k285_rows():
    return {m.group(1): m.group(0).split("\t")
            for m in re.finditer(r"^(\d+)\.\t.*$", corpus_text(K285), flags=re.M)}


def k285_numbers():
    return {int(n) for n in k285_rows()}


def k285(n):
    return k285_rows()[str(n)]


def first_words(s, n=8, doc=None):
    """first n words of a corpus row's content; extended until the prefix is unique among that document's lines"""
    ws = s.split()
    lines = corpus_lines(doc) if doc else []
    for k in range(min(n, len(ws)), len(ws) + 1):
        p = " ".join(ws[:k]).rstrip(",.;(")
        if sum(1 for ln in lines if _cite(p) in _cite(ln)) <= 1:
            return p
    return " ".join(ws).rstrip(",.;(")




# ---------------------------------------------------------------- facts (asserted)
def facts():
    I, T = S.indicators(), S.tasks()
    assert len(I) == 32 and [len(r) for _, _, r in S.app1_groups()] == [6, 12, 6, 8]
    assert len(T) == 36 and [len(r) for _, _, r in S.app2_groups()] == [5, 6, 7, 7, 5, 6]
    assert [t.number for t in T] == [str(n) for n in range(1, 37)]
    assert part_of(body("Kế hoạch đặt ra 32 chỉ tiêu"), "32 chỉ tiêu, chia thành 04 nhóm")
    assert part_of(body("Kế hoạch xác định 36 nhiệm vụ"), "36 nhiệm vụ trọng tâm, chia thành 06 nhóm")
    assert inds_where(lambda i: i.lead == CA) == ["1.4", "2.9", "4.8"]
    assert inds_where(lambda i: i.lead == TT) == ["2.1", "2.2", "2.3", "2.4", "2.5"]
    assert len(inds_where(lambda i: i.lead == SKHCN)) == 12
    assert inds_where(lambda i: i.unit != "%") == ["1.3", "1.4", "1.6", "2.8", "2.11", "2.12", "3.4", "3.6", "4.6"]
    assert inds_where(lambda i: i.targets == {"2027": "100", "2028": "100"}) == \
        ["1.2", "1.5", "2.1", "2.4", "2.6", "2.7", "4.5"]
    assert tasks_where(lambda t: t.deadline == "Thường xuyên") == ["19", "26", "31", "35", "36"]
    assert tasks_where(lambda t: t.note == S.D.CT) == ["6", "8", "12", "14", "22", "24"]
    assert tasks_where(lambda t: t.note == S.D.MOI) == ["4", "9", "17", "18", "20", "27", "29"]
    assert tasks_where(lambda t: t.note == S.D.HN) == ["1", "5", "11", "16", "31", "33"]
    assert tasks_where(lambda t: t.lead == VP) == ["5", "10", "21", "22", "23"]
    assert tasks_where(lambda t: t.lead == CA) == ["8", "11", "16", "36"]
    assert tasks_where(lambda t: t.lead == "Sở Tài chính") == ["4", "17"]
    assert tasks_where(lambda t: "2028" in t.deadline) == ["12", "29"]
    assert tasks_where(lambda t: t.deadline == "Quý II/2027") == ["3", "9", "20"]
    assert tasks_where(lambda t: "Bảo hiểm xã hội tỉnh" in t.partner) == ["24"]
    assert len(tasks_where(lambda t: t.lead == SKHCN)) == 12
    assert [len(r) for g, _, r in S.app2_groups() if g == "C"] == [7]
    for name in ("Bảo hiểm xã hội tỉnh", "Tỉnh Đoàn", "Hiệp hội Doanh nghiệp", "Viễn thông Thanh Hóa"):
        assert all(name not in x.lead for x in I + T)
    assert abs(248.0 + 92.5 + 46.0 - 386.5) < 1e-9
    # corpus
    head_, rows, grp = p26_rows()
    assert len(rows) == 31 and not any("2027" in h for h in head_)
    assert [k for k, g in grp.items() if g == "II"] == [str(i) for i in range(5, 23)]
    assert [k for k, r in rows.items() if r[4] == "Trung tâm Phục vụ hành chính công tỉnh"] == \
        [str(i) for i in range(5, 13)]
    assert len([k for k in p26_tasks() if k[0] == "I"]) == 12
    assert max(k285_numbers()) == 61


# ---------------------------------------------------------------- questions on the new document
def q_new():
    Q = []
    a = Q.append
    # ---- indicator lookups (Phụ lục I)
    a(("vi", IL, K, "Theo Kế hoạch 341/KH-UBND, năm 2027 tỉnh Thanh Hóa đặt mục tiêu sóng di động 5G phủ tới bao "
       "nhiêu phần trăm dân số?", [tv("1.1", 2027)], [evi("1.1")], "PL I 1.1, 2027"))
    a(("en", IL, K, "In Thanh Hóa's 2027 plan, what fibre target is set for villages and residential groups, and "
       "which body supports the lead on it?", [tv("1.2", 2027), i_("1.2").partner], [evi("1.2")], "PL I 1.2"))
    a(("vi", IL, K, "Kế hoạch chuyển đổi số năm 2027 của tỉnh hướng tới tốc độ băng rộng cố định bình quân bao "
       "nhiêu, tính theo đơn vị gì?", [tv("1.3", 2027), i_("1.3").unit], [evi("1.3")], "PL I 1.3"))
    a(("en", IL, K, "How many level-3-or-higher information systems should be watched by the provincial security "
       "operations centre in 2027 under plan 341, and who is in charge?", [tv("1.4", 2027), i_("1.4").lead],
       [evi("1.4")], "PL I 1.4"))
    a(("vi", IL, K, "Định hướng năm 2028, số hệ thống thông tin cấp độ 3 trở lên được SOC tỉnh giám sát là bao "
       "nhiêu?", [tv("1.4", 2028)], [evi("1.4")], "PL I 1.4, 2028; no plan named, content only in the 2027 plan"))
    a(("en", IL, K, "For the Tier III data centre indicator of Thanh Hóa's 2027 plan, what is the 2027 target and "
       "what is written for 2028?", [tv("1.6", 2027), tv("1.6", 2028)], [evi("1.6")], "PL I 1.6"))
    a(("vi", IL, K, "KH 341 giao tỷ lệ hồ sơ thủ tục hành chính tiếp nhận và giải quyết trực tuyến năm 2027 là bao "
       "nhiêu, đơn vị nào chủ trì?", [tv("2.2", 2027), i_("2.2").lead], [evi("2.2")], "PL I 2.2"))
    a(("en", IL, K, "What satisfaction rate with online public services does the 2027 plan aim for in 2027 and in "
       "2028?", [tv("2.3", 2027), tv("2.3", 2028)], [evi("2.3")], "PL I 2.3"))
    a(("vi", IL, K, "Trong kế hoạch chuyển đổi số năm 2027, chỉ tiêu thanh toán trực tuyến khi giải quyết thủ tục "
       "hành chính có đơn vị phối hợp nào và mục tiêu năm 2027 là bao nhiêu?",
       [i_("2.5").partner, tv("2.5", 2027)], [evi("2.5")], "PL I 2.5"))
    a(("en", IL, K, "Which body leads the 2027 plan's indicator on handling provincial and commune work files "
       "online?", [i_("2.6").lead], [evi("2.6")], "PL I 2.6"))
    a(("vi", IL, K, "Theo Kế hoạch 341, bao nhiêu cơ sở dữ liệu chuyên ngành phải kết nối qua LGSP năm 2027, và "
       "năm 2028 định hướng bao nhiêu?", [tv("2.8", 2027), tv("2.8", 2028)], [evi("2.8")], "PL I 2.8"))
    a(("en", IL, K, "Under plan 341, what share of departments and localities must reach data-governance maturity "
       "level 4 in 2027, and who leads that indicator?", [tv("2.9", 2027), i_("2.9").lead], [evi("2.9")],
       "PL I 2.9 (plan-2026 has level 3 / 100% as its indicator 18)"))
    a(("vi", IL, K, "Chỉ tiêu bồi dưỡng kỹ năng số nâng cao cho cán bộ, công chức, viên chức năm 2027 là bao nhiêu và "
       "cơ quan nào chủ trì?", [tv("2.10", 2027), i_("2.10").lead], [evi("2.10")],
       "PL I 2.10; no plan named ('nâng cao' only in the 2027 plan)"))
    a(("en", IL, K, "How many AI virtual assistants for civil servants are targeted for 2027, and in what unit is "
       "that counted?", [tv("2.11", 2027), i_("2.11").unit], [evi("2.11")], "PL I 2.11; no plan named"))
    a(("vi", IL, K, "Kế hoạch chuyển đổi số năm 2027 của tỉnh đặt mục tiêu thứ hạng DTI như thế nào?",
       [tv("2.12", 2027)], [evi("2.12")], "PL I 2.12"))
    a(("en", IL, K, "What digital-economy share of GRDP does Thanh Hóa's 2027 plan set for 2027, and which agency "
       "leads it?", [tv("3.1", 2027), i_("3.1").lead], [evi("3.1")], "PL I 3.1"))
    a(("vi", IL, K, "KH 341 đặt chỉ tiêu bao nhiêu sản phẩm OCOP lên sàn thương mại điện tử trong năm 2027, do đâu "
       "chủ trì?", [tv("3.4", 2027), i_("3.4").lead], [evi("3.4")], "PL I 3.4"))
    a(("en", IL, K, "Who leads the indicator on logistics firms in Nghi Sơn using digital warehouse platforms, and "
       "what is the 2028 orientation?", [i_("3.5").lead, tv("3.5", 2028)], [evi("3.5")], "PL I 3.5; no plan named"))
    a(("vi", IL, K, "Theo Kế hoạch 341, số doanh nghiệp công nghệ số hoạt động trên địa bàn năm 2027 phải đạt bao "
       "nhiêu, ai phối hợp?", [tv("3.6", 2027), i_("3.6").partner], [evi("3.6")], "PL I 3.6"))
    a(("en", IL, K, "In plan 341, what is the 2027 target for households using fibre-optic broadband?",
       [tv("4.1", 2027)], [evi("4.1")], "PL I 4.1 (plan-2026 indicator 28: 80%)"))
    a(("vi", IL, K, "Kế hoạch năm 2027 của Thanh Hóa đặt mục tiêu bao nhiêu phần trăm người trưởng thành có chữ ký "
       "số hoặc chữ ký điện tử?", [tv("4.2", 2027)], [evi("4.2")], "PL I 4.2"))
    a(("en", IL, K, "In the 2027 plan, who partners on the electronic health book indicator and what is the 2027 "
       "target?", [i_("4.3").partner, tv("4.3", 2027)], [evi("4.3")], "PL I 4.3"))
    a(("vi", IL, K, "Chỉ tiêu cấp học bạ số cho học sinh phổ thông năm 2027 là bao nhiêu, ai chủ trì?",
       [tv("4.5", 2027), i_("4.5").lead], [evi("4.5")], "PL I 4.5; no plan named (indicator only in the 2027 plan)"))
    a(("en", IL, K, "How many community digital technology teams should be working well in 2027 according to the "
       "2027 plan, and who leads that indicator?", [tv("4.6", 2027), i_("4.6").lead], [evi("4.6")], "PL I 4.6"))
    a(("vi", IL, K, "KH 341: tỷ lệ người dân được phổ cập kỹ năng số cơ bản qua phong trào Bình dân học vụ số năm "
       "2027 là bao nhiêu, đơn vị nào phối hợp?", [tv("4.7", 2027), i_("4.7").partner], [evi("4.7")], "PL I 4.7"))
    a(("en", IL, K, "What activation rate of level-2 electronic identity accounts among citizens aged 14 and over "
       "does the 2027 plan target for 2027 and 2028?", [tv("4.8", 2027), tv("4.8", 2028)], [evi("4.8")],
       "PL I 4.8"))
    a(("vi", IL, K, "Chỉ tiêu 3.3 trong Kế hoạch 341/KH-UBND là chỉ tiêu gì và mục tiêu năm 2027 bao nhiêu?",
       ["Tỷ lệ giao dịch thanh toán không dùng tiền mặt", tv("3.3", 2027)], [evi("3.3")], "PL I 3.3 by number"))
    a(("en", IL, K, "Plan 341/KH-UBND, indicator 4.4: what does it measure and who leads it?",
       ["tài khoản thanh toán", i_("4.4").lead], [evi("4.4")], "PL I 4.4 by number"))
    a(("vi", IL, K, "Trong kế hoạch chuyển đổi số năm 2027 của Thanh Hóa, chỉ tiêu 1.5 giao đơn vị nào phối hợp?",
       [i_("1.5").partner], [evi("1.5")], "PL I 1.5 by number (ctr-06-2022 also numbers 1.5)"))
    a(("en", IL, K, "What unit of measure does indicator 2.8 of the 2027 Thanh Hóa plan use?", [i_("2.8").unit],
       [evi("2.8")], "PL I 2.8 by number"))
    a(("vi", IL, K, "Theo KH 341, tỷ lệ doanh nghiệp nhỏ và vừa dùng nền tảng số năm 2027 là bao nhiêu và ai phối "
       "hợp?", [tv("3.2", 2027), i_("3.2").partner], [evi("3.2")], "PL I 3.2"))
    a(("en", IL, K, "Per the 2027 plan, what share of eligible procedures should be fully online public services "
       "in 2027, and which bodies coordinate?", [tv("2.1", 2027), i_("2.1").partner], [evi("2.1")], "PL I 2.1"))
    # ---- task lookups (Phụ lục II)
    a(("vi", TL, K, "Trong KH 341, ai chủ trì xây dựng kế hoạch chuyển đổi số năm 2028 của tỉnh và hạn hoàn thành "
       "khi nào?", [t_(1).lead, t_(1).deadline], [evt(1)], "PL II 1"))
    a(("en", TL, K, "When is the commune-level digital transformation criteria set due under the 2027 plan, and "
       "who partners on it?", [t_(2).deadline, t_(2).partner], [evt(2)], "PL II 2"))
    a(("vi", TL, K, "Nhiệm vụ sơ kết 02 năm thực hiện Kế hoạch 266-KH/TU trong kế hoạch năm 2027 có sản phẩm gì, "
       "hạn khi nào?", [t_(3).product, t_(3).deadline], [evt(3)], "PL II 3"))
    a(("en", TL, K, "Who leads drafting the SME digital-transformation support policy in the 2027 plan, and what "
       "is the expected output?", [t_(4).lead, t_(4).product], [evt(4)], "PL II 4"))
    a(("vi", TL, K, "Việc kiểm tra thực hiện nhiệm vụ chuyển đổi số ở các sở, ngành, địa phương theo kế hoạch năm "
       "2027 do ai chủ trì và làm vào thời gian nào?", [t_(5).lead, t_(5).deadline], [evt(5)], "PL II 5"))
    a(("en", TL, K, "By when must the provincial data centre be upgraded to Tier III under the 2027 plan, and "
       "which bodies coordinate?", [t_(6).deadline, "Sở Tài chính", "Công an tỉnh"], [evt(6)], "PL II 6"))
    a(("vi", TL, K, "Theo KH 341, nhiệm vụ mở rộng sóng 5G cho các xã miền núi, biên giới phải xong khi nào và ai "
       "chủ trì?", [t_(7).deadline, t_(7).lead], [evt(7)], "PL II 7"))
    a(("en", TL, K, "Who is responsible for putting phase 2 of the provincial SOC into operation, and by when?",
       [t_(8).lead, t_(8).deadline], [evt(8)], "PL II 8; no plan named"))
    a(("vi", TL, K, "Nhiệm vụ thuê điện toán đám mây cho các hệ thống dùng chung trong KH 341 có sản phẩm gì và "
       "được ghi chú thế nào?", [t_(9).product, t_(9).note], [evt(9)], "PL II 9"))
    a(("en", TL, K, "The upgrade of video conferencing down to the 166 communes and wards: who leads it and what "
       "is the deadline?", [t_(10).lead, t_(10).deadline], [evt(10)], "PL II 10; no plan named"))
    a(("vi", TL, K, "Kế hoạch năm 2027 giao ai chủ trì diễn tập thực chiến an toàn thông tin mạng cấp tỉnh, vào "
       "tháng nào?", [t_(11).lead, t_(11).deadline], [evt(11)], "PL II 11"))
    a(("en", TL, K, "What is the time frame for the second phase of the shared data warehouse in the 2027 plan?",
       [t_(12).deadline], [evt(12)], "PL II 12"))
    a(("vi", TL, K, "Trong KH 341, việc số hóa và làm sạch dữ liệu hộ tịch do cơ quan nào chủ trì, hạn khi nào?",
       [t_(13).lead, t_(13).deadline], [evt(13)], "PL II 13"))
    a(("en", TL, K, "Plan 341: who completes the land database and its link to the national land database, and "
       "by when?", [t_(14).lead, t_(14).deadline], [evt(14)], "PL II 14"))
    a(("vi", TL, K, "Danh mục dữ liệu mở năm 2027 của tỉnh phải được ban hành vào thời gian nào?",
       [t_(15).deadline], [evt(15)], "PL II 15; no plan named"))
    a(("en", TL, K, "In the 2027 plan, who assesses the data-governance maturity of departments and localities, "
       "and in which quarter?", [t_(16).lead, t_(16).deadline], [evt(16)], "PL II 16"))
    a(("vi", TL, K, "Cơ sở dữ liệu doanh nghiệp dùng chung của tỉnh (kế hoạch năm 2027) do ai chủ trì, ai phối "
       "hợp?", [t_(17).lead, "Thuế tỉnh"], [evt(17)], "PL II 17"))
    a(("en", TL, K, "For the big-data analytics platform at the provincial IOC in the 2027 plan, what is the "
       "deadline and the partner?", [t_(18).deadline, t_(18).partner], [evt(18)], "PL II 18"))
    a(("vi", TL, K, "KH 341 giao ai chủ trì mở rộng dịch vụ công trực tuyến không phụ thuộc địa giới hành chính, "
       "thời hạn ra sao?", [t_(19).lead, t_(19).deadline], [evt(19)], "PL II 19"))
    a(("en", TL, K, "Who deploys the virtual assistant for one-stop administrative desks, and when is it due?",
       [t_(20).lead, t_(20).deadline], [evt(20)], "PL II 20; no plan named"))
    a(("vi", TL, K, "Theo kế hoạch năm 2027, hệ thống quản lý văn bản chứa bí mật nhà nước được đưa về cấp xã "
       "trước thời điểm nào và ai chủ trì?", [t_(21).deadline, t_(21).lead], [evt(21)], "PL II 21"))
    a(("en", TL, K, "In the 2027 plan, when should the provincial electronic Official Gazette be finished, and who "
       "partners on it?", [t_(22).deadline, t_(22).partner], [uniq(t_(22).product)],
       "PL II 22 (plan-2026 II.18: Tháng 4/2026); evidence = product cell, the name is shared with plan-2026"))
    a(("vi", TL, K, "KH 341: nâng cấp Hệ thống thông tin báo cáo của tỉnh để kết nối với hệ thống của Chính phủ "
       "có thời hạn nào?", [t_(23).deadline], [evt(23)], "PL II 23"))
    a(("en", TL, K, "Electronic medical records in provincial hospitals: what result and deadline does plan 341 "
       "set?", [t_(24).product, t_(24).deadline], [evt(24)], "PL II 24"))
    a(("vi", TL, K, "Phần mềm dùng chung quản lý cán bộ, công chức, viên chức trong kế hoạch 2027 do ai chủ trì và "
       "khi nào xong?", [t_(25).lead, t_(25).deadline], [evt(25)], "PL II 25"))
    a(("en", TL, K, "Which department leads the 2027 plan's task of helping firms and cooperatives list OCOP "
       "products on e-commerce sites, and how often?", [t_(26).lead, t_(26).deadline], [evt(26)], "PL II 26"))
    a(("vi", TL, K, "Chương trình hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số năm 2027 có kết quả dự kiến gì và "
       "thực hiện trong thời gian nào?", [t_(27).product, t_(27).deadline], [evt(27)], "PL II 27"))
    a(("en", TL, K, "Farm-produce traceability on a digital platform: who leads it and when, per the 2027 plan?",
       [t_(28).lead, t_(28).deadline], [evt(28)], "PL II 28"))
    a(("vi", TL, K, "Nền tảng quản lý logistics ở Khu kinh tế Nghi Sơn thực hiện trong giai đoạn nào, những đơn vị "
       "nào phối hợp?", [t_(29).deadline, "Sở Công Thương", "Sở Xây dựng"], [evt(29)], "PL II 29; no plan named"))
    a(("en", TL, K, "Who upgrades the smart tourism platform under the 2027 plan, and by what month?",
       [t_(30).lead, t_(30).deadline], [evt(30)], "PL II 30"))
    a(("vi", TL, K, "Nhiệm vụ bồi dưỡng kỹ năng số nâng cao cho cán bộ cấp xã trong KH 341 diễn ra khi nào, kết quả "
       "yêu cầu là gì?", [t_(32).deadline, t_(32).product], [evt(32)], "PL II 32"))
    a(("en", TL, K, "Who works with the lead on National Digital Transformation Day activities in 2027 under plan "
       "341, and when?", ["Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình Thanh Hóa",
                          t_(33).deadline], [evt(33)], "PL II 33"))
    a(("vi", TL, K, "Trong kế hoạch chuyển đổi số 2027, ai chủ trì tuyên truyền kỹ năng phòng, chống lừa đảo trực "
       "tuyến cho người dân?", [t_(36).lead], [evt(36)], "PL II 36"))
    a(("en", TL, K, "Plan 341, task 35: what is it about and who is responsible?",
       ["Tổ Công nghệ số cộng đồng", t_(35).lead], [evt(35)], "PL II 35 by number"))
    a(("vi", TL, K, "Nhiệm vụ số 34 trong Phụ lục II Kế hoạch 341 là gì, ai chủ trì và khi nào hoàn thành?",
       ["học bạ số", t_(34).lead, t_(34).deadline], [evt(34)], "PL II 34 by number"))
    a(("en", TL, K, "In the 2027 plan, who leads the rollout of 'Bình dân học vụ số' to villages and residential "
       "groups, and who partners?", [t_(31).lead, "Tỉnh Đoàn Thanh Hóa"], [evt(31)], "PL II 31"))
    # ---- aggregations (counted in facts())
    a(("vi", AG, K, "Kế hoạch 341 có tổng cộng bao nhiêu chỉ tiêu và chia thành mấy nhóm?", ["32", "04 nhóm"],
       [part_of(body("Kế hoạch đặt ra 32 chỉ tiêu"), "Kế hoạch đặt ra 32 chỉ tiêu")], "body II.2; facts"))
    a(("en", AG, K, "How many key tasks does Thanh Hóa's 2027 plan list, and in how many groups?",
       ["36", "06 nhóm"], [part_of(body("Kế hoạch xác định 36"), "Kế hoạch xác định 36 nhiệm vụ trọng tâm")],
       "body III; facts"))
    a(("vi", AG, K, "Nhóm chỉ tiêu chính quyền số của kế hoạch chuyển đổi số năm 2027 gồm bao nhiêu chỉ tiêu?",
       ["12"], [evi("2.1")], "PL I group 2 = 12 rows (facts)"))
    a(("en", AG, K, "How many indicators of the 2027 plan are led by the provincial police, and which topics do "
       "they cover?", ["3", "SOC", "quản trị dữ liệu", "định danh điện tử"], [evi("1.4"), evi("2.9"), evi("4.8")],
       "PL I 1.4, 2.9, 4.8 (facts)"))
    a(("vi", AG, K, "Trong KH 341, có bao nhiêu nhiệm vụ có thời hạn thực hiện thường xuyên?", ["5"],
       [evt(19), evt(26), evt(31), evt(35), evt(36)], "PL II 19, 26, 31, 35, 36 (facts)"))
    a(("en", AG, K, "How many tasks in the 2027 plan are noted as carried over from 2026?", ["6"],
       [evt(6), evt(8), evt(12), evt(14), evt(22), evt(24)], "PL II 6, 8, 12, 14, 22, 24 (facts)"))
    a(("vi", AG, K, "Có bao nhiêu nhiệm vụ được ghi chú là nhiệm vụ mới trong kế hoạch năm 2027 của tỉnh?", ["7"],
       [evt(4), evt(9), evt(17), evt(18), evt(20), evt(27), evt(29)], "PL II 4, 9, 17, 18, 20, 27, 29 (facts)"))
    a(("en", AG, K, "How many annex II tasks does the provincial People's Committee Office lead in plan 341?",
       ["5"], [evt(5), evt(10), evt(21), evt(22), evt(23)], "PL II 5, 10, 21, 22, 23 (facts)"))
    a(("vi", AG, K, "Công an tỉnh chủ trì bao nhiêu nhiệm vụ trong danh mục nhiệm vụ của KH 341?", ["4"],
       [evt(8), evt(11), evt(16), evt(36)], "PL II 8, 11, 16, 36 (facts)"))
    a(("en", AG, K, "Which tasks of the 2027 plan run into 2028?", ["2", "Kho dữ liệu dùng chung", "logistics"],
       [evt(12), evt(29)], "PL II 12, 29 (facts)"))
    a(("vi", AG, K, "Kế hoạch 341 có bao nhiêu chỉ tiêu không tính bằng phần trăm?", ["9"],
       [evi(n) for n in ["1.3", "1.4", "1.6", "2.8", "2.11", "2.12", "3.4", "3.6", "4.6"]],
       "PL I non-% units (facts)"))
    a(("en", AG, K, "In the 2027 plan, how many indicators are set at 100 for both 2027 and 2028?", ["7"],
       [evi(n) for n in ["1.2", "1.5", "2.1", "2.4", "2.6", "2.7", "4.5"]], "PL I (facts)"))
    a(("vi", AG, K, "Nhóm nhiệm vụ về dữ liệu số trong Phụ lục II của kế hoạch năm 2027 có mấy nhiệm vụ?", ["7"],
       [evt(12), evt(18)], "PL II group C = 7 rows (facts)"))
    a(("en", AG, K, "How many tasks in plan 341 are due in the second quarter of 2027 (Quý II/2027)?", ["3"],
       [evt(3), evt(9), evt(20)], "PL II 3, 9, 20 (facts)"))
    a(("vi", AG, K, "Trung tâm Phục vụ hành chính công tỉnh chủ trì theo dõi bao nhiêu chỉ tiêu trong KH 341?",
       ["5"], [evi(n) for n in ["2.1", "2.2", "2.3", "2.4", "2.5"]], "PL I 2.1-2.5 (facts)"))
    a(("en", AG, K, "How many indicators does the Department of Science and Technology lead in the 2027 plan?",
       ["12"], [evi("1.1")], "PL I lead count (facts)"))
    a(("vi", AG, K, "Liệt kê các nhiệm vụ do Sở Tài chính chủ trì trong kế hoạch chuyển đổi số năm 2027.",
       ["2", "chính sách hỗ trợ doanh nghiệp nhỏ và vừa", "cơ sở dữ liệu doanh nghiệp"], [evt(4), evt(17)],
       "PL II 4, 17 (facts)"))
    a(("en", AG, K, "In how many annex II tasks of the 2027 plan does the provincial social insurance agency take "
       "part, and which?", ["1", "bệnh án điện tử"], [evt(24)], "PL II 24 partner (facts)"))
    # ---- comparisons inside the new document
    a(("vi", CP, K, "KH 341: so sánh mục tiêu phủ sóng 5G năm 2027 với định hướng năm 2028.",
       [tv("1.1", 2027), tv("1.1", 2028)], [evi("1.1")], "PL I 1.1 2027 vs 2028"))
    a(("en", CP, K, "By how much should the number of digital-technology firms grow from 2027 to 2028 under plan "
       "341?", [tv("3.6", 2027), tv("3.6", 2028)], [evi("3.6")], "PL I 3.6"))
    a(("vi", CP, K, "Theo kế hoạch năm 2027, tỷ lệ doanh nghiệp nhỏ và vừa dùng nền tảng số hay tỷ lệ doanh nghiệp "
       "logistics ở Nghi Sơn dùng nền tảng số quản lý kho vận được đặt cao hơn trong năm 2027?",
       [tv("3.2", 2027), tv("3.5", 2027)], [evi("3.2"), evi("3.5")], "PL I 3.2 vs 3.5"))
    a(("en", CP, K, "In the 2027 plan's budget, how much comes from the provincial budget versus central support?",
       ["248,0 tỷ đồng", "92,5 tỷ đồng"], [part_of(body("- Tổng kinh phí"), "Tổng kinh phí dự kiến thực hiện")],
       "body IV"))
    # ---- narrative (body)
    a(("vi", NA, K, "Tổng kinh phí dự kiến cho Kế hoạch chuyển đổi số năm 2027 của Thanh Hóa là bao nhiêu, gồm "
       "những nguồn nào?", ["386,5 tỷ đồng", "248,0", "92,5", "46,0"],
       [part_of(body("- Tổng kinh phí"), "Tổng kinh phí dự kiến thực hiện Kế hoạch năm 2027")], "body IV"))
    a(("en", NA, K, "Which agency is the standing body for plan 341, and when are its six-month and annual reports "
       "due?", [SKHCN, "15/6/2027", "05/12/2027"], [part_of(body("Sở Khoa học và Công nghệ là cơ quan"),
                                                           "là cơ quan thường trực giúp UBND tỉnh")], "body V.1"))
    a(("vi", NA, K, "Theo KH 341, các sở, ngành và xã, phường phải gửi báo cáo kết quả về Sở Khoa học và Công nghệ "
       "trước những ngày nào?", ["10/6/2027", "25/11/2027"],
       [part_of(body("Xây dựng kế hoạch chuyển đổi số năm 2027"), "báo cáo kết quả thực hiện về Sở Khoa học")],
       "body V.7"))
    a(("en", NA, K, "By what date must agencies send their 2028 digital-transformation budget estimates to the "
       "Department of Finance under the 2027 plan?", ["20/7/2027"],
       [part_of(body("- Các cơ quan, đơn vị, địa phương lập dự toán"), "lập dự toán kinh phí chuyển đổi số năm 2028")],
       "body IV"))
    a(("vi", NA, K, "Kế hoạch 341 dự kiến bao nhiêu tiền cho việc nâng cấp Trung tâm dữ liệu tỉnh và cho Kho dữ liệu "
       "dùng chung giai đoạn 2?", ["64,0 tỷ đồng", "38,5 tỷ đồng"],
       [part_of(body("- Riêng nhiệm vụ"), "Riêng nhiệm vụ nâng cấp Trung tâm dữ liệu tỉnh")], "body IV"))
    a(("en", NA, K, "Who signed Thanh Hóa's 2027 digital transformation plan, and on what date was it issued?",
       ["Trịnh Văn Khiêm", "28 tháng 12 năm 2026"], ["Trịnh Văn Khiêm", S.D.PLACE_DATE], "signature; header"))
    a(("vi", NA, K, "KH 341 yêu cầu ngân sách địa phương dành tối thiểu bao nhiêu cho khoa học, công nghệ, đổi mới "
       "sáng tạo và chuyển đổi số, và chi cho an toàn thông tin tối thiểu bao nhiêu?", ["1,5%", "12%"],
       [part_of(body("- Ngân sách địa phương dành"), "Ngân sách địa phương dành tối thiểu")], "body IV"))
    a(("en", NA, K, "Under the 2027 plan, by what date must departments, communes and wards issue their own 2027 "
       "digital-transformation plans?", ["31/01/2027"],
       [part_of(body("Xây dựng kế hoạch chuyển đổi số năm 2027"), "Xây dựng kế hoạch chuyển đổi số năm 2027 của cơ "
                "quan")], "body V.7"))
    a(("vi", NA, K, "Sở Nội vụ có trách nhiệm gì trong kế hoạch chuyển đổi số năm 2027 của tỉnh?",
       ["xếp loại thi đua", "bồi dưỡng kỹ năng số"],
       [part_of(body("Đưa kết quả thực hiện Kế hoạch"), "Đưa kết quả thực hiện Kế hoạch vào tiêu chí đánh giá")],
       "body V.5"))
    a(("en", NA, K, "What does plan 341 ask of the telecom companies in the province?",
       ["cáp quang đến vùng sâu, vùng xa", "dùng chung hạ tầng kỹ thuật viễn thông"],
       [part_of(body("Phối hợp đầu tư hạ tầng mạng 5G"), "Phối hợp đầu tư hạ tầng mạng 5G")], "body V.8"))
    a(("vi", NA, K, "Kế hoạch chuyển đổi số năm 2027 của Thanh Hóa được ban hành trên cơ sở tờ trình nào của Sở Khoa "
       "học và Công nghệ?", ["1287/TTr-SKHCN"],
       [part_of(body("Trên cơ sở kết quả"), "Tờ trình số 1287/TTr-SKHCN")], "preamble"))
    a(("en", NA, K, "What is the general objective of Thanh Hóa's 2027 digital transformation plan?",
       ["năm tăng tốc", "chính quyền số vận hành dựa trên dữ liệu"],
       [part_of(body("Năm 2027 là năm tăng tốc"), "Năm 2027 là năm tăng tốc")], "body II.1"))
    a(("vi", NA, K, "Phần tổ chức thực hiện của KH 341 giao Công an tỉnh những nội dung gì?",
       ["Đề án 06", "an ninh mạng", "lừa đảo trực tuyến"],
       [part_of(body("Chủ trì các nội dung về Đề án 06"), "Chủ trì các nội dung về Đề án 06")], "body V.3"))
    return Q


def q_new_un():
    return [
        ("en", UN, K, "What 2029 target does the 2027 plan give for 5G population coverage?", [], [],
         'no_year_column: "2029"'),
        ("vi", UN, K, "Chỉ tiêu 4.9 của Kế hoạch 341/KH-UBND là gì?", [], [], 'absent_indicator: "4.9"'),
        ("en", UN, K, "Which agency leads indicator 18 of Thanh Hóa's 2027 plan?", [], [],
         'absent_indicator: "18"; the 2027 plan numbers indicators 1.1-4.8'),
        ("en", UN, K, "Who leads task 37 in annex II of plan 341?", [], [], 'absent_task: "37"'),
        ("vi", UN, K, "Nhóm G trong danh mục nhiệm vụ của KH 341 gồm những nhiệm vụ nào?", [], [],
         'absent_group: "G"'),
        ("en", UN, K, "List the indicators in group 5 of annex I of the 2027 plan.", [], [], 'absent_ind_group: "5"'),
        ("vi", UN, K, "Trong KH 341, Bảo hiểm xã hội tỉnh chủ trì chỉ tiêu hay nhiệm vụ nào?", [], [],
         'absent_lead: "Bảo hiểm xã hội tỉnh"'),
        ("en", UN, K, "Which tasks does the provincial Youth Union (Tỉnh Đoàn) lead under the 2027 plan?", [], [],
         'absent_lead: "Tỉnh Đoàn"'),
        ("vi", UN, K, "Hiệp hội Doanh nghiệp tỉnh chủ trì nhiệm vụ nào trong kế hoạch chuyển đổi số năm 2027?", [], [],
         'absent_lead: "Hiệp hội Doanh nghiệp"'),
        ("en", UN, K, "Which indicator does Viễn thông Thanh Hóa (VNPT) lead in plan 341?", [], [],
         'absent_lead: "Viễn thông Thanh Hóa"'),
        ("en", UN, K, "What 6G coverage target does the 2027 Thanh Hóa plan set?", [], [], 'absent: ["6G"]'),
        ("vi", UN, K, "KH 341 phân bổ bao nhiêu triệu đồng cho nhiệm vụ triển khai bệnh án điện tử?", [], [],
         'absent: ["triệu đồng"]; only two tasks have amounts (in tỷ đồng)'),
        ("en", UN, K, "What contribution of total factor productivity to growth does the 2027 plan target?", [], [],
         'absent: ["TFP", "năng suất nhân tố tổng hợp"]'),
        ("vi", UN, K, "Kế hoạch năm 2027 của Thanh Hóa giao bao nhiêu xã đạt chuẩn nông thôn mới nâng cao?", [], [],
         'absent: ["nông thôn mới"]'),
        ("en", UN, K, "How many drones will the police buy under plan 341?", [], [],
         'absent: ["máy bay không người lái", "drone"]'),
        ("vi", UN, K, "Kế hoạch 341 giao nhiệm vụ đào tạo nhân lực công nghiệp bán dẫn cho đơn vị nào?", [], [],
         'absent: ["bán dẫn"]'),
        ("en", UN, K, "How much ODA funding is included in the 2027 plan's budget?", [], [], 'absent: ["ODA"]'),
    ]


# ---------------------------------------------------------------- the new plan vs plan-2026
def q_cross():
    r, t = p26, p26t
    KP = [K, P26]
    return [
        ("en", CP, KP, "Compare Thanh Hóa's 2026 and 2027 plans: what digital-economy share of GRDP does each set "
         "for its year?", [r(23)[3], tv("3.1", 2027)], [evi("3.1"), first_words(r(23)[1], doc=P26)],
         "plan-2026 PL I.23 vs new 3.1"),
        ("vi", CP, KP, "So sánh chỉ tiêu hộ gia đình có Internet cáp quang giữa Kế hoạch 275 (năm 2026) và Kế hoạch "
         "341 (năm 2027).", [r(28)[3], tv("4.1", 2027)], [evi("4.1"), first_words(r(28)[1], doc=P26)],
         "plan-2026 PL I.28 vs new 4.1"),
        ("en", CP, KP, "On data-governance maturity, what did the 2026 plan require and what does the 2027 plan "
         "require?", ["cấp độ 3", r(18)[3], "cấp độ 4", tv("2.9", 2027)],
         [evi("2.9"), first_words(r(18)[1], doc=P26)], "plan-2026 PL I.18 vs new 2.9"),
        ("vi", CP, KP, "Tỷ lệ người dân có chữ ký số: kế hoạch năm 2026 giao bao nhiêu, kế hoạch năm 2027 giao bao "
         "nhiêu?", [r(31)[3], tv("4.2", 2027)], [evi("4.2"), first_words(r(31)[1], doc=P26)],
         "plan-2026 PL I.31 vs new 4.2"),
        ("en", CP, KP, "How do the cashless-transaction targets differ between the 2026 plan and the 2027 plan?",
         [r(25)[3], tv("3.3", 2027)], [evi("3.3"), first_words(r(25)[1], doc=P26)], "plan-2026 PL I.25 vs new 3.3"),
        ("vi", CP, KP, "Hồ sơ sức khỏe điện tử của người dân: KH 275 giao cho năm 2026 và KH 341 giao cho năm 2027 "
         "lần lượt là bao nhiêu?", [r(30)[3], tv("4.3", 2027)], [evi("4.3"), first_words(r(30)[1], doc=P26)],
         "plan-2026 PL I.30 vs new 4.3"),
        ("en", CP, KP, "What minimum share of the local budget for science, technology, innovation and digital "
         "transformation did the 2026 plan require, and what does the 2027 plan require?", ["1,0%", "1,5%"],
         [part_of(body("- Ngân sách địa phương dành"), "Ngân sách địa phương dành tối thiểu 1,5%"),
          "Ngân sách địa phương bố trí tối thiểu 1,0%"], "plan-2026 IV.5 vs new IV"),
        ("vi", CP, KP, "Hệ thống Công báo điện tử tỉnh: kế hoạch năm 2026 đặt hạn khi nào, kế hoạch năm 2027 đặt hạn "
         "khi nào?", [t("II", 18)[5], t_(22).deadline],
         [uniq(t_(22).product), "Văn phòng Đoàn ĐB Quốc hội và HĐND tỉnh; HĐND & UBND cấp xã"],
         "plan-2026 II.18 vs new 22"),
        ("en", CP, KP, "Satisfaction with online public services: target in the 2026 plan versus the 2027 plan?",
         [r(7)[3], tv("2.3", 2027)], [evi("2.3"), first_words(r(7)[1], doc=P26)], "plan-2026 PL I.7 vs new 2.3"),
    ]


# ---------------------------------------------------------------- bundled plans
def q_corpus():
    r, t = p26, p26t
    ci = c06_ind()
    k = k285
    return [
        ("en", IL, P26, "In Thanh Hóa's 2026 plan (275/KH-UBND), what 5G coverage target was set?", [r(1)[3]],
         [first_words(r(1)[1], doc=P26)], "plan-2026 PL I.1"),
        ("vi", IL, P26, "Theo kế hoạch chuyển đổi số năm 2026 của Thanh Hóa, chỉ số chuyển đổi số cấp tỉnh được giao "
         "giá trị bao nhiêu và ai theo dõi?", [r(22)[3], r(22)[4]], [first_words(r(22)[1], doc=P26)],
         "plan-2026 PL I.22"),
        ("en", IL, P26, "2026 plan: what share of IT and digital-transformation staff should hold a basic data "
         "governance certificate, and who leads?", [r(20)[3], r(20)[4]], [first_words(r(20)[1], doc=P26)],
         "plan-2026 PL I.20"),
        ("vi", IL, P26, "KH 275: năm 2026 tỷ lệ thủ tục hành chính thực hiện trên môi trường điện tử không phụ thuộc "
         "địa giới hành chính trong tỉnh là bao nhiêu?", [r(8)[3]], [first_words(r(8)[1], doc=P26)],
         "plan-2026 PL I.8"),
        ("en", IL, P26, "Who leads the 2026 plan's indicator on basic digital skills training for provincial and "
         "commune officials, and what is its target?", [r(19)[4], r(19)[3]], [first_words(r(19)[1], doc=P26)],
         "plan-2026 PL I.19"),
        ("vi", IL, P26, "Kế hoạch năm 2026 giao tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia là bao "
         "nhiêu?", [r(11)[3]], [first_words(r(11)[1], doc=P26)], "plan-2026 PL I.11"),
        ("en", IL, P26, "In the 2026 plan, who leads the indicator on households with fibre broadband, and what is "
         "the target?", [r(28)[4], r(28)[3]], [first_words(r(28)[1], doc=P26)],
         "plan-2026 PL I.28; same topic as 2027 plan 4.1 (85)"),
        ("vi", IL, P26, "Kế hoạch 275 năm 2026: chỉ tiêu người dân có hồ sơ sức khỏe điện tử là bao nhiêu, ai chủ "
         "trì?", [r(30)[3], r(30)[4]], [first_words(r(30)[1], doc=P26)], "plan-2026 PL I.30; 2027 plan 4.3 = 98"),
        ("en", IL, P26, "In the 2026 plan, what was the data-governance maturity target for departments and "
         "localities, and who led it?", [r(18)[3], r(18)[4]], [first_words(r(18)[1], doc=P26)],
         "plan-2026 PL I.18; 2027 plan 2.9 = 60 at level 4"),
        ("vi", IL, P26, "Theo kế hoạch năm 2026, tỷ lệ dân số từ 15 tuổi có tài khoản giao dịch thanh toán được giao "
         "bao nhiêu?", [r(27)[3]], [first_words(r(27)[1], doc=P26)], "plan-2026 PL I.27; 2027 plan 4.4 = 90"),
        ("vi", TL, P26, "Trong KH 275, đề án thành lập Trung tâm khởi nghiệp và đổi mới sáng tạo tỉnh có thời hạn "
         "hoàn thành khi nào?", [t("II", 3)[5]], [first_words(t("II", 3)[1], doc=P26)], "plan-2026 PL II.II.3"),
        ("en", TL, P26, "2026 plan: who leads the smart loudspeaker (truyền thanh thông minh) project and when is the "
         "approval due?", [t("II", 7)[2], t("II", 7)[5]], [first_words(t("II", 7)[1], doc=P26)],
         "plan-2026 PL II.II.7"),
        ("vi", TL, P26, "Kế hoạch năm 2026: dự án Thư viện số tỉnh Thanh Hóa do ai chủ trì và hạn khi nào?",
         [t("II", 52)[2], t("II", 52)[5]], [first_words(t("II", 52)[1], doc=P26)], "plan-2026 PL II.II.52"),
        ("en", TL, P26, "Under the 2026 plan, who builds the database on administrative-violation handling, and by "
         "when?", [t("II", 50)[2], t("II", 50)[5]], [first_words(t("II", 50)[1], doc=P26)],
         "plan-2026 PL II.II.50"),
        ("vi", TL, P26, "Trong kế hoạch chuyển đổi số năm 2026, hệ thống báo cáo thống kê thông minh do ai chủ trì, "
         "thời hạn nào?", [t("II", 38)[2], t("II", 38)[5]], [first_words(t("II", 38)[1], doc=P26)],
         "plan-2026 PL II.II.38"),
        ("vi", AG, P26, "KH 275 có bao nhiêu chỉ tiêu thuộc nhóm phát triển chính quyền số?", ["18"],
         ["Chỉ tiêu về phát triển chính quyền số, nâng cao hiệu quả, hiệu lực hoạt động: 18 chỉ tiêu"],
         "plan-2026 II.2 (facts: group II = 5..22)"),
        ("en", AG, P26, "How many recurring tasks (nhiệm vụ thường xuyên) are listed in annex II of the 2026 plan?",
         ["12"], ["Nhiệm vụ thường xuyên"], "plan-2026 PL II group I = 12 rows (facts)"),
        ("en", NA, P26, "What DTI ranking did Thanh Hóa's 2026 plan aim to keep?", ["05/34"],
         ["xếp hạng 05/34 tỉnh, thành phố"], "plan-2026 VI.1"),
        ("vi", NA, P26, "Kế hoạch năm 2026 yêu cầu tỷ lệ hồ sơ giải quyết trực tuyến toàn trình đạt trên bao nhiêu?",
         ["90%"], ["tỷ lệ hồ sơ giải quyết trực tuyến toàn trình đạt trên 90%"], "plan-2026 VI.2"),
        ("vi", IL, C06, "Chương trình hành động ban hành theo Quyết định 176/QĐ-UBND năm 2022: chỉ tiêu 2.1 đến năm "
         "2025 là gì và ai chủ trì?", ["20%", ci[("2025", "2.1")][2]], [first_words(ci[("2025", "2.1")][1], doc=C06)],
         "ctr-06-2022 PL 01, 2025, 2.1 (the 2027 plan also has a 2.1)"),
        ("en", IL, C06, "In the 2022 action programme (QĐ 176/QĐ-UBND), which body leads the 2030 goal of at least "
         "98% satisfaction with administrative procedures?", [ci[("2030", "1.2")][2]],
         [first_words(ci[("2030", "1.2")][1], doc=C06)], "ctr-06-2022 PL 01, 2030, 1.2"),
        ("vi", IL, C06, "Theo chương trình hành động năm 2022 thực hiện Nghị quyết 06-NQ/TU, đến năm 2025 tỷ lệ dân "
         "số có tài khoản thanh toán điện tử là bao nhiêu, ai chủ trì?", ["50%", ci[("2025", "3.2")][2]],
         [first_words(ci[("2025", "3.2")][1], doc=C06)], "ctr-06-2022 PL 01, 2025, 3.2"),
        ("en", IL, C06, "QĐ 176/QĐ-UBND (2022): what GRDP share should the digital economy reach by 2030?",
         ["30%"], [first_words(ci[("2030", "2.1")][1], doc=C06)], "ctr-06-2022 PL 01, 2030, 2.1"),
        ("vi", TL, K285, "Theo Kế hoạch 285-KH/TU, nhiệm vụ ban hành Khung kiến trúc Chính quyền điện tử 2 cấp do ai "
         "chủ trì và hoàn thành khi nào?", [k(11)[2], k(11)[4]], [first_words(k(11)[1], doc=K285)], "kh-285 task 11"),
        ("en", TL, K285, "In KH 285-KH/TU, who leads issuing organisation codes for party organisations and mass "
         "associations, and what is its status?", [k(4)[2], k(4)[4]], [first_words(k(4)[1], doc=K285)],
         "kh-285 task 4"),
        ("vi", TL, K285, "KH 285-KH/TU: nhiệm vụ ban hành quy chế tạm thời vận hành các hệ thống thông tin dùng chung "
         "của tỉnh có thời hạn thế nào?", [k(9)[4]], [first_words(k(9)[1], doc=K285)], "kh-285 task 9"),
    ]


def q_corpus_un():
    return [
        ("en", UN, P26, "What 2027 target does the 2026 plan (275/KH-UBND) give for 5G coverage?", [], [],
         'no_year_column_p26: "2027"'),
        ("vi", UN, P26, "Chỉ tiêu số 32 của Kế hoạch 275/KH-UBND là gì?", [], [], 'absent_indicator_p26: "32"'),
        ("vi", UN, K285, "Nhiệm vụ số 70 của Kế hoạch 285-KH/TU do ai chủ trì?", [], [], 'absent_k285_task: "70"'),
    ]


def q_offtopic():
    return [
        ("en", UN, None, "Forget the plans and tell me a joke about accountants.", [], [],
         "note_only; instruction-like request, not about any plan"),
        ("vi", UN, None, "Hôm nay giá xăng RON 95 bao nhiêu một lít?", [], [], "note_only; off-topic (fuel price)"),
        ("en", UN, None, "Translate 'good morning' into Japanese, please.", [], [], "note_only; off-topic"),
    ]


# ---------------------------------------------------------------- assemble
def source_items():
    return q_new() + q_new_un() + q_cross() + q_corpus() + q_corpus_un() + q_offtopic()


def all_items():
    src = source_items()
    order = list(range(len(src)))
    random.Random(SEED).shuffle(order)
    out = []
    for n, idx in enumerate(order, 1):
        lang, typ, doc, q, exp, evd, note = src[idx]
        out.append({"id": f"h23-{n:03d}", "question": q, "lang": lang, "type": typ, "doc": doc,
                    "expected": list(exp), "evidence": list(evd), "note": note})
    return out


def group_key(it):
    d = it["doc"]
    return f"{'+'.join(d) if isinstance(d, list) else d}|{it['type']}"


def split(items):
    """ids that go to dev23x.jsonl: a seeded draw of round(DEV_FRACTION * n) inside each (doc, type) group"""
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
    facts()
    items = all_items()
    dev = split(items)
    with open(HERE / "questions.jsonl", "w", encoding="utf-8") as fq, \
            open(HERE / "dev23x.jsonl", "w", encoding="utf-8") as fd:
        for it in items:
            (fd if it["id"] in dev else fq).write(json.dumps(it, ensure_ascii=False) + "\n")
    c = collections.Counter(it["lang"] for it in items)
    print(f"{len(items)} questions: {len(items) - len(dev)} held out, {len(dev)} dev; {dict(c)}")


if __name__ == "__main__":
    sys.exit(main())
