"""The held-out-49 document: Quyết định số 773/QĐ-TTg (26/6/2018) of the Prime Minister issuing the Kế hoạch tổ chức
thực hiện Chỉ thị số 14-CT/TW (19/7/2017) of the Party Secretariat "về tiếp tục tăng cường sự lãnh đạo của Đảng đối với
công tác người có công với cách mạng" -- verbatim copy in source/ (sector: policy for people with meritorious services to
the revolution, war martyrs and invalids: người có công, liệt sĩ, thương binh).

The copy is a Markdown rendering of a thuvienphapluat.vn page (github.com/TuanHuu168/CongBot, Data/file_data_4.md): line 1
is the page's source URL in italics, line 3 a '#' page title (with the typo "Bban hành"), the letterhead and the
Nơi nhận + signature block are two-column pipe tables whose cells hold several source lines joined by spaces, every other
paragraph is one physical line followed by a blank line. parse() splits the table cells at fixed, asserted places (no
text is changed; only the "-------" letterhead rules, the URL line and the page title are not part of the document body)
and returns the document as typed blocks.

flat(): the whole source whitespace-joined (evidence snippets are checked verbatim against it);
parse(): dict with letterhead, decision, recipients, signature, plan parts I-III;
assignees(): the 16 numbered assignees of part III with their duties."""
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "source" / "qd773-2018-ttg-nguoicocong.md"
BLOB = "5cfe4e0c3650978737db4eb61184cbb1b946e9d2"
KEY = "qd773-2018-ttg-nguoicocong"
NBYTES = 29997
LETTERS = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k"]


def text():
    return SRC.read_text(encoding="utf-8")


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def flat():
    return ws(text())


def _cut(s, sep):
    i = s.index(sep)
    return s[:i].strip(), s[i:].strip()


def _cells(row):
    assert row.startswith("| ") and row.endswith(" |"), row
    c = [x.strip() for x in row[2:-2].split(" | ")]
    assert len(c) == 2, row
    return c


def _item(line):
    """'a) text' -> ('a', 'text')"""
    m = re.match(r"^(a|b|c|d|đ|e|g|h|i|k)\) (.*)$", line)
    return (m.group(1), m.group(2)) if m else None


def parse():
    L = text().split("\n")
    body = [x for x in L if x.strip()]
    assert len(body) == 130, len(body)
    P = body
    d = {}
    assert P[0].startswith("*Source: https://thuvienphapluat.vn/") and P[0].endswith(".aspx*")
    d["page_source"] = P[0][len("*Source: "):-1]
    assert P[1].startswith("# Bban hành Kế hoạch tổ chức thực hiện Chỉ thị số 14-CT/TW 2017")
    d["page_title"] = P[1][2:]
    # letterhead: a pipe table "| left | right |" / "|---|---|" / "| Số | place, date |" (P[2] holds the 3 lines)
    i0 = L.index("| THỦ TƯỚNG CHÍNH PHỦ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |")
    assert L[i0 + 1] == "|---|---|"
    l, r = _cells(L[i0])
    so, place = _cells(L[i0 + 2])
    assert l == "THỦ TƯỚNG CHÍNH PHỦ -------"
    qh, tn = _cut(r, "Độc lập")
    assert qh == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and tn == "Độc lập - Tự do - Hạnh phúc ---------------"
    assert so == "Số: 773 /QĐ-TTg" and place == "Hà Nội, ngày 26 tháng 0 6 năm 2018"
    d["letterhead"] = dict(left=["THỦ TƯỚNG CHÍNH PHỦ"], right=[qh, "Độc lập - Tự do - Hạnh phúc"], so=so, place=place)
    j = body.index(L[i0 + 2]) + 1
    assert body[j] == "QUYẾT ĐỊNH"
    d["qd"] = body[j]
    d["qd_title"] = body[j + 1]
    assert d["qd_title"].startswith("BAN HÀNH KẾ HOẠCH TỔ CHỨC THỰC HIỆN CHỈ THỊ SỐ 14-CT/TW")
    d["issuer"] = body[j + 2]
    assert d["issuer"] == "THỦ TƯỚNG CHÍNH PHỦ"
    d["bases"] = body[j + 3:j + 6]
    assert all(x.startswith("Căn cứ ") for x in d["bases"])
    d["denghi"] = body[j + 6]
    assert d["denghi"] == "Xét đề nghị của Bộ trưởng Bộ Lao động - Thương binh và Xã hội,"
    d["qd_colon"] = body[j + 7]
    assert d["qd_colon"] == "QUYẾT ĐỊNH:"
    d["dieu"] = []
    for k in range(3):
        ln = body[j + 8 + k]
        m = re.match(r"^(Điều \d\.) (.*)$", ln)
        assert m and m.group(1) == f"Điều {k + 1}.", ln
        d["dieu"].append((m.group(1), m.group(2)))
    ln = body[j + 11]
    assert body[j + 12] == "|---|---|"
    rec, sig = _cells(ln)
    assert rec.startswith("Nơi nhận: - ")
    items = re.split(r"(?<=;) (?=- )", rec[len("Nơi nhận: "):])
    assert all(x.startswith("- ") for x in items) and items[-1] == "- Lưu: VT, KGVX (2.b).", items
    assert all(x.endswith(";") for x in items[:-1])
    d["recipients_head"] = "Nơi nhận:"
    d["recipients"] = items
    assert sig == "THỦ TƯỚNG Nguyễn Xuân Phúc"
    d["signature"] = ["THỦ TƯỚNG", "Nguyễn Xuân Phúc"]
    k = j + 13
    assert body[k] == "KẾ HOẠCH"
    d["kh"] = body[k]
    d["kh_title"], d["kh_note"] = _cut(body[k + 1], "(Ban hành kèm theo")
    d["intro"] = body[k + 2]
    assert d["intro"].startswith("Triển khai Chỉ thị số 14-CT/TW")
    rest = body[k + 3:]
    # parts I-III
    heads = ["I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ VÀ GIẢI PHÁP", "III. TỔ CHỨC THỰC HIỆN"]
    pos = [rest.index(h) for h in heads]
    d["parts"] = []
    for pi in range(2):
        seg = rest[pos[pi] + 1:pos[pi + 1]]
        secs = []
        for ln in seg:
            m = re.match(r"^(\d)\. (.*)$", ln)
            it = _item(ln)
            if m:
                secs.append(dict(num=m.group(1), title=m.group(2), lead=[], items=[]))
            elif it:
                secs[-1]["items"].append(dict(label=it[0], text=it[1], subs=[]))
            elif secs[-1]["items"]:
                mk = ln[0] if ln[:2] in ("- ", "+ ") else ""
                secs[-1]["items"][-1]["subs"].append((mk, ln[2:] if mk else ln))
            else:
                secs[-1]["lead"].append(ln)
        d["parts"].append(dict(head=heads[pi], sections=secs))
    seg = rest[pos[2] + 1:]
    assert seg[-1].startswith("Hàng năm, các bộ, ngành")
    d["closing"] = seg[-1]
    ass = []
    for ln in seg[:-1]:
        m = re.match(r"^(\d{1,2})\. (.*)$", ln)
        if m:
            name, duty = m.group(2), None
            if m.group(1) in ("12", "14"):  # "12. Đài …: Chủ trì …" -- the assignee and its duty on one line
                name, duty = m.group(2).split(": ", 1)
            a = dict(num=m.group(1), name=name, duties=[], glued=duty is not None)
            if duty:
                a["duties"].append(("", duty))
            ass.append(a)
        else:
            mk = "-" if ln.startswith("- ") else ""
            ass[-1]["duties"].append((mk, ln[2:] if mk else ln))
    d["part3"] = dict(head=heads[2], assignees=ass)
    return d


def assignees():
    return parse()["part3"]["assignees"]


def assignee(num):
    return [a for a in assignees() if a["num"] == str(num)][0]


def section(part, num):
    return [s for s in parse()["parts"][part - 1]["sections"] if s["num"] == str(num)][0]


def item(part, sec, label):
    return [it for it in section(part, sec)["items"] if it["label"] == label][0]


def pieces():
    """every text piece of the parse (for the survival check of check.py)"""
    d = parse()
    lh = d["letterhead"]
    out = lh["left"] + lh["right"] + [lh["so"], lh["place"], d["qd"], d["qd_title"], d["issuer"], *d["bases"],
                                      d["denghi"], d["qd_colon"]]
    for a, b in d["dieu"]:
        out += [a, b]
    out += [d["recipients_head"], *d["recipients"], *d["signature"], d["kh"], d["kh_title"], d["kh_note"], d["intro"]]
    for p in d["parts"]:
        out.append(p["head"])
        for s in p["sections"]:
            out.append(s["title"])
            out += s["lead"]
            for it in s["items"]:
                out.append(it["text"])
                out += [t for _, t in it["subs"]]
    out.append(d["part3"]["head"])
    for a in d["part3"]["assignees"]:
        out.append(a["name"])
        out += [t for _, t in a["duties"]]
    out.append(d["closing"])
    return out


def check():
    raw = SRC.read_bytes()
    assert len(raw) == NBYTES, len(raw)
    d = parse()
    A = d["part3"]["assignees"]
    assert [a["num"] for a in A] == [str(i) for i in range(1, 17)], [a["num"] for a in A]
    assert [a["num"] for a in A if not a["duties"]] == ["15"], "only 15 has no separate duty"
    s1, s2 = d["parts"][1]["sections"]
    assert [it["label"] for it in s1["items"]] == LETTERS[:7]
    assert [it["label"] for it in s2["items"]] == LETTERS
    assert [[it["label"] for it in s["items"]] for s in d["parts"][0]["sections"]] == [["a", "b"], ["a", "b", "c", "d"]]
    # every piece of the parse is in the source (whitespace-normalised), the pieces cover the body in order
    F = flat()
    pos = 0
    for p in pieces():
        i = F.find(ws(p), pos)
        assert i >= 0, p[:60]
        pos = i
    return True


if __name__ == "__main__":
    d = parse()
    check()
    for k in ("qd_title", "issuer", "denghi", "kh_title", "kh_note"):
        print(k, "|", d[k][:100])
    print(d["recipients"])
    for p in d["parts"]:
        print(p["head"])
        for s in p["sections"]:
            print(" ", s["num"], s["title"], len(s["lead"]), [(it["label"], len(it["subs"])) for it in s["items"]])
    for a in assignees():
        print(a["num"], a["name"][:60], len(a["duties"]), a["glued"])
