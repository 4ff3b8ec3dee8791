"""Bilingual domain vocabulary: agency aliases and English → Vietnamese query terms.

This is general vocabulary of Vietnamese public administration (agency names and the
terms plans use), not answers: it lets an English question reach Vietnamese rows, and
lets answers gloss Vietnamese agency names in English.
"""

from __future__ import annotations

import re

from retriever.text import fold_accents

#: canonical Vietnamese name -> (English gloss, other names in either language)
AGENCIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "Công an tỉnh": ("Provincial Police", ("ca tỉnh", "provincial police", "police", "public security")),
    "Sở Khoa học và Công nghệ": ("Department of Science and Technology", ("sở kh&cn", "sở khcn", "department of science and technology", "dost", "science and technology department")),
    "Sở Thông tin và Truyền thông": ("Department of Information and Communications", ("sở tt&tt", "sở tttt", "department of information and communications", "information and communications department")),
    "Văn phòng UBND tỉnh": ("Office of the Provincial People's Committee", ("vp ubnd tỉnh", "văn phòng ủy ban nhân dân tỉnh", "office of the provincial people's committee", "provincial people's committee office")),
    "Văn phòng Tỉnh ủy": ("Office of the Provincial Party Committee", ("vptu", "office of the provincial party committee", "provincial party committee office")),
    "Sở Nội vụ": ("Department of Home Affairs", ("department of home affairs", "home affairs")),
    "Sở Y tế": ("Department of Health", ("department of health",)),
    "Sở Giáo dục và Đào tạo": ("Department of Education and Training", ("sở gd&đt", "sở gdđt", "department of education and training", "department of education")),
    "Sở Tài chính": ("Department of Finance", ("department of finance",)),
    "Sở Kế hoạch và Đầu tư": ("Department of Planning and Investment", ("sở kh&đt", "sở khđt", "department of planning and investment")),
    "Sở Công Thương": ("Department of Industry and Trade", ("department of industry and trade",)),
    "Sở Nông nghiệp và Môi trường": ("Department of Agriculture and Environment", ("department of agriculture and environment",)),
    "Sở Xây dựng": ("Department of Construction", ("department of construction",)),
    "Sở Tư pháp": ("Department of Justice", ("department of justice",)),
    "Sở Văn hóa, Thể thao và Du lịch": ("Department of Culture, Sports and Tourism", ("sở vh-tt-dl", "sở vhttdl", "department of culture, sports and tourism")),
    "Sở Ngoại vụ": ("Department of Foreign Affairs", ("department of foreign affairs",)),
    "Sở Lao động Thương binh và Xã hội": ("Department of Labour, Invalids and Social Affairs", ("department of labour, invalids and social affairs", "molisa")),
    "Trung tâm Phục vụ hành chính công tỉnh": ("Provincial Public Administrative Service Centre", ("trung tâm phục vụ hcc", "trung tâm phục vụ hcc tỉnh", "public administrative service centre", "public administrative service center", "public service centre")),
    "Ngân hàng Nhà nước": ("State Bank of Vietnam", ("ngân hàng nhà nước", "state bank", "sbv")),
    "Thanh tra tỉnh": ("Provincial Inspectorate", ("provincial inspectorate", "inspectorate")),
    "Ban Chỉ huy Bộ đội Biên phòng": ("Border Guard Command", ("border guard command", "border guard", "border guards")),
    "Trường Đại học Hồng Đức": ("Hong Duc University", ("hong duc university", "đại học hồng đức")),
    "Thống kê tỉnh": ("Provincial Statistics Office", ("provincial statistics office", "statistics office", "cục thống kê")),
    "Viện Kiểm sát nhân dân tỉnh": ("Provincial People's Procuracy", ("people's procuracy", "procuracy")),
    "Ban Tổ chức Tỉnh ủy": ("Provincial Party Organisation Commission", ("party organization commission", "organisation commission", "organization commission")),
    "Ban Tuyên giáo và Dân vận Tỉnh ủy": ("Provincial Party Propaganda and Mass Mobilisation Commission", ("propaganda commission", "propaganda and mass mobilization")),
    "Bảo hiểm xã hội": ("Social Insurance", ("bhxh", "social insurance")),
    "Sở Tài nguyên và Môi trường": ("Department of Natural Resources and Environment", ("department of natural resources and environment",)),
    "Điện lực Thanh Hóa": ("Thanh Hoa Power Company", ("power company", "electricity")),
    "Viện Nông nghiệp Thanh Hóa": ("Thanh Hoa Agricultural Institute", ("agricultural institute", "institute of agriculture")),
    "UBND cấp xã": ("commune-level People's Committees", ("commune people's committees", "commune-level people's committees")),
    "UBND cấp huyện": ("district-level People's Committees", ("district people's committees", "district-level people's committees")),
}

#: English phrase (regex on the lower-cased question) -> Vietnamese terms used by plans.
EN_VI: list[tuple[str, str]] = [
    (r"administrative[- ]procedures?", "thủ tục hành chính"),
    (r"dossiers?|files? of procedures|records?", "hồ sơ"),
    (r"eligible", "đủ điều kiện"),
    (r"end[- ]to[- ]end|full[- ]process|fully online", "toàn trình"),
    (r"online", "trực tuyến"),
    (r"level[- ]?4|level four", "mức độ 4"),
    (r"public service portal|public services portal", "cổng dịch vụ công"),
    (r"public services?", "dịch vụ công"),
    (r"satisf(?:ied|action)", "hài lòng"),
    (r"citizens?|people|residents?|population", "người dân dân số"),
    (r"businesses|enterprises?|companies|firms", "doanh nghiệp"),
    (r"small and medium", "vừa và nhỏ"),
    (r"digital transformation|digitally transformed|digitali[sz]ation", "chuyển đổi số"),
    (r"digiti[sz](?:ed|ation|e|ing)", "số hóa"),
    (r"digital economy", "kinh tế số"),
    (r"digital society", "xã hội số"),
    (r"digital government", "chính quyền số"),
    (r"digital skills?", "kỹ năng số"),
    (r"digital signatures?", "chữ ký số"),
    (r"digital platforms?", "nền tảng số"),
    (r"digital technolog(?:y|ies)", "công nghệ số"),
    (r"digital infrastructure", "hạ tầng số"),
    (r"infrastructure", "hạ tầng"),
    (r"tax[- ]?paying|taxpayers?|tax", "phát sinh thuế"),
    (r"share|percentage|proportion|rate|ratio", "tỷ lệ"),
    (r"grdp|gross regional", "GRDP"),
    (r"5g", "5G"),
    (r"broadband", "băng rộng"),
    (r"fixed broadband", "băng rộng cố định"),
    (r"fib(?:er|re)[- ]optic|optical fib(?:er|re)", "cáp quang"),
    (r"internet", "Internet"),
    (r"households?", "hộ gia đình"),
    (r"coverage|covered", "phủ sóng"),
    (r"mobile", "di động"),
    (r"cyber ?security|network security|information security", "an ninh mạng an toàn thông tin"),
    (r"data cent(?:er|re)s?", "trung tâm dữ liệu"),
    (r"data governance", "quản trị dữ liệu"),
    (r"maturity", "mức độ trưởng thành"),
    (r"data", "dữ liệu"),
    (r"databases?", "cơ sở dữ liệu"),
    (r"cloud", "điện toán đám mây"),
    (r"artificial intelligence|\bai\b", "trí tuệ nhân tạo AI"),
    (r"drones?|unmanned aerial|uav", "bay không người lái"),
    (r"cashless|non[- ]cash", "không dùng tiền mặt"),
    (r"payments?", "thanh toán"),
    (r"bank accounts?|payment accounts?|accounts?", "tài khoản"),
    (r"electronic identi(?:fication|ty)|e-?id|vneid", "định danh điện tử VNeID"),
    (r"identifier codes?|identification codes?", "mã định danh"),
    (r"authenticat(?:ion|ed)", "xác thực"),
    (r"health records?|electronic health", "hồ sơ sức khỏe điện tử"),
    (r"health", "y tế sức khỏe"),
    (r"education|schools?", "giáo dục"),
    (r"tuition", "học phí"),
    (r"teachers?", "giáo viên"),
    (r"paperless", "không giấy tờ"),
    (r"meetings?", "cuộc họp"),
    (r"video ?conferenc(?:e|ing)|online conferenc(?:e|ing)", "hội nghị trực tuyến"),
    (r"reports?|reporting", "báo cáo"),
    (r"how often|frequency|periodic(?:ally)?", "định kỳ"),
    (r"quarterly|every quarter|each quarter", "hàng quý"),
    (r"monthly|every month|each month", "hàng tháng"),
    (r"annual(?:ly)?|every year|each year|yearly", "hàng năm hằng năm"),
    (r"investors?", "chủ đầu tư"),
    (r"progress", "tiến độ"),
    (r"people's committee", "UBND ủy ban nhân dân"),
    (r"statistic(?:s|al)", "thống kê"),
    (r"smart", "thông minh"),
    (r"operations? cent(?:er|re)|ioc", "trung tâm điều hành thông minh IOC"),
    (r"startups?|start-ups?", "khởi nghiệp"),
    (r"innovation", "đổi mới sáng tạo"),
    (r"science and technology", "khoa học công nghệ"),
    (r"scientific articles?|papers?|publications?", "bài báo khoa học"),
    (r"applied", "ứng dụng"),
    (r"research", "nghiên cứu"),
    (r"semiconductors?", "bán dẫn"),
    (r"human resources?|workforce|manpower", "nguồn nhân lực"),
    (r"train(?:ing|ed)?", "đào tạo bồi dưỡng"),
    (r"officials?|civil servants?|cadres?|public employees?", "cán bộ công chức viên chức"),
    (r"communes?", "cấp xã xã"),
    (r"districts?", "cấp huyện huyện"),
    (r"scheme|project proposal", "đề án"),
    (r"projects?", "dự án"),
    (r"establish(?:ing|ment)?|set up|found(?:ing)?", "thành lập"),
    (r"upgrad(?:e|ing)", "nâng cấp"),
    (r"software", "phần mềm"),
    (r"system", "hệ thống"),
    (r"platform", "nền tảng"),
    (r"integration and sharing|sharing and integration", "tích hợp chia sẻ"),
    (r"sharing", "chia sẻ"),
    (r"integrat(?:ion|ed|e)", "tích hợp"),
    (r"inspections?|inspect", "kiểm tra thanh tra"),
    (r"complaints?|denunciations?", "khiếu nại tố cáo"),
    (r"citizen reception", "tiếp công dân"),
    (r"personal data", "dữ liệu cá nhân"),
    (r"regulations?|rules", "quy chế quy định"),
    (r"protect(?:ion|ing)?", "bảo vệ"),
    (r"biometric", "sinh trắc"),
    (r"airport", "sân bay"),
    (r"industrial (?:parks?|zones?|clusters?)", "khu công nghiệp cụm công nghiệp"),
    (r"traffic", "giao thông"),
    (r"cameras?|surveillance", "camera giám sát"),
    (r"violations?", "vi phạm"),
    (r"archiv(?:e|es|al)", "lưu trữ"),
    (r"historical", "lịch sử"),
    (r"documents?", "tài liệu văn bản"),
    (r"budget|funding|spending", "ngân sách kinh phí"),
    (r"advisory (?:group|team|board)", "tổ tư vấn"),
    (r"experts?", "chuyên gia"),
    (r"steering committee", "ban chỉ đạo"),
    (r"forests?|forestry", "rừng"),
    (r"agricultur(?:e|al)", "nông nghiệp"),
    (r"aquaculture", "nuôi trồng thủy sản"),
    (r"tourism", "du lịch"),
    (r"library", "thư viện"),
    (r"heritage", "di sản"),
    (r"border", "biên giới biên phòng"),
    (r"smartphones?", "điện thoại thông minh"),
    (r"e-?commerce", "thương mại điện tử"),
    (r"retail", "bán lẻ"),
    (r"contracts?", "hợp đồng"),
    (r"labou?r productivity", "năng suất lao động"),
    (r"productivity", "năng suất"),
    (r"competitiveness", "năng lực cạnh tranh"),
    (r"index", "chỉ số"),
    (r"rank(?:ing)?", "xếp hạng"),
    (r"top \d+|group of", "nhóm"),
    (r"monitor(?:ing|ed)?|supervis(?:e|ion)", "giám sát theo dõi"),
    (r"virtual assistant|chatbot", "trợ lý ảo"),
    (r"learning management|lms", "quản lý học tập LMS"),
    (r"radio|loudspeaker", "truyền thanh"),
    (r"propaganda|communication campaign|awareness", "tuyên truyền"),
    (r"legal basis", "căn cứ"),
    (r"total factor productivity|tfp", "năng suất nhân tố tổng hợp TFP"),
    (r"economic growth", "tăng trưởng kinh tế"),
    (r"contribut(?:e|es|ion|ing)", "đóng góp"),
    (r"recurring|regular|routine|ongoing", "thường xuyên"),
    (r"time-bound|fixed[- ]term|with a deadline", "có thời hạn"),
    (r"utilit(?:y|ies)", "tiện ích"),
    (r"project 06|scheme 06|đề án 06", "Đề án 06"),
    (r"restor(?:e|ing|ation)|recover(?:y|ing)?", "khôi phục trở lại bình thường"),
    (r"incidents?", "sự cố"),
    (r"hours?", "giờ tiếng"),
    (r"information systems?", "hệ thống thông tin"),
    (r"population database|national population", "cơ sở dữ liệu quốc gia về dân cư"),
    (r"criteria|criterion", "tiêu chí"),
    (r"hospitals?", "bệnh viện"),
    (r"imaging|pacs", "PACS chẩn đoán hình ảnh"),
    (r"rent(?:ed|ing|al)?|leas(?:e|ed|ing)|hire", "thuê"),
    (r"health book", "sổ sức khỏe"),
    (r"fatherland front", "Mặt trận Tổ quốc"),
    (r"operations?|operating", "điều hành vận hành tác nghiệp"),
    (r"management", "quản lý"),
    (r"intrusion", "xâm nhập"),
    (r"malware|viruses?", "mã độc lây nhiễm"),
    (r"monitoring points?|surveillance points?", "điểm giám sát"),
    (r"council|hđnd|people's council", "HĐND"),
    (r"innovative", "sáng tạo"),
    (r"potential", "tiềm lực"),
    (r"nuclear", "hạt nhân"),
    (r"power plants?", "nhà máy điện"),
    (r"speed up|accelerat(?:e|ing)", "đẩy nhanh"),
    (r"civil[- ]status|household registration|civil registration", "hộ tịch"),
    (r"land", "đất đai"),
    (r"finance|financial", "tài chính"),
    (r"technical conditions?", "điều kiện kỹ thuật"),
    (r"updat(?:e|ed|ing)", "cập nhật"),
    (r"reassess(?:ment)?|assess(?:ment)?|evaluat(?:e|ion)|review", "đánh giá rà soát"),
    (r"capacity|capabilit(?:y|ies)", "năng lực"),
    (r"staff|workforce|personnel", "đội ngũ nhân lực"),
    (r"ethnic(?: minority)?", "dân tộc"),
    (r"dictionary", "từ điển"),
    (r"languages?", "tiếng"),
    (r"value", "giá trị"),
    (r"exports?", "xuất khẩu"),
    (r"high[- ]tech(?:nology)?", "công nghệ cao"),
    (r"patents?|intellectual property", "sáng chế sở hữu trí tuệ"),
    (r"villages?|hamlets?", "thôn bản"),
    (r"mobile broadband|mobile coverage", "băng rộng di động"),
    (r"connect(?:ion|ed|ing)?|link(?:ed|ing)?", "kết nối liên thông"),
    (r"shared|common", "dùng chung"),
    (r"centrali[sz]ed", "tập trung"),
    (r"commune[- ]level|grassroots", "cấp xã"),
    (r"two[- ]tier|2[- ]tier", "2 cấp"),
    (r"local government", "chính quyền địa phương"),
    (r"specialized|dedicated", "chuyên dùng chuyên ngành"),
    (r"transmission|data network", "mạng truyền số liệu"),
    (r"electronic|e-", "điện tử"),
    (r"environment", "môi trường"),
    (r"network", "mạng"),
    (r"government", "chính quyền"),
    (r"party", "Đảng"),
]

_EN_VI = [(re.compile(rf"\b(?:{pat})\b"), vi) for pat, vi in EN_VI]
_ALIAS_INDEX: list[tuple[str, str]] = sorted(
    ((fold_accents(alias).casefold(), canon) for canon, (_, aliases) in AGENCIES.items() for alias in (canon, *aliases)),
    key=lambda x: -len(x[0]),
)


def translate_terms(question: str) -> str:
    """Vietnamese terms for the English domain phrases in a question (for lexical search)."""
    q = question.casefold()
    return " ".join(vi for pattern, vi in _EN_VI if pattern.search(q))


def find_agencies(text: str) -> list[str]:
    """Canonical agency names mentioned in text, in either language (longest alias first)."""
    folded = " " + re.sub(r"[^\w&']+", " ", fold_accents(text).casefold()) + " "
    found: list[str] = []
    for alias, canon in _ALIAS_INDEX:
        a = " " + re.sub(r"[^\w&']+", " ", alias) + " "
        if a in folded and canon not in found:
            found.append(canon)
            folded = folded.replace(a, " ")
    return found


def english_gloss(vietnamese_name: str) -> str | None:
    """English gloss of a Vietnamese agency name when the name is (or starts with) a known agency."""
    key = fold_accents(vietnamese_name).casefold().strip(" .;")
    for canon, (gloss, aliases) in AGENCIES.items():
        for alias in (canon, *aliases):
            if fold_accents(alias).casefold() == key:
                return gloss
    return None


_EN_GENERIC = set("""
what which who whom whose when where why how does do did is are was were be been being the a an of in on at to for
from by with under into about according and or not no yes its it this that these those there their they them his her
must should will would could can may might shall have has had set sets given give listed named mentioned state states
stated say says plan plans planned programme program provincial province thanh hoa vietnam target targets targeted
value values level levels number numbers many much share rate percentage proportion expected expect reach reached
achieve achieved lead leads leading led responsible responsibility charge agency agencies body bodies department
departments unit units office indicator indicators task tasks item items row rows appendix annex part section year
years month months date deadline due time period complete completed completion finish finished issue issued
document documents action resolution decision committee people's party standing which main also each every any all
other others same new current currently status baseline march june december january time total overall assigned
assign monitors monitor monitoring tracks track tracking coordinate coordinates coordinating coordination support
involved involve what's who's whats whos required require requires requirement minimum maximum least most
""".split())


def untranslated_words(question: str) -> list[str]:
    """English content words of a question that the domain glossary does not translate."""
    q = re.sub(r"[\"“”„«»][^\"“”„«»]*[\"“”„«»]|\([^()]*\)", " ", question.casefold())
    out = []
    for word in re.findall(r"[a-z][a-z'-]{3,}", q):
        if word in _EN_GENERIC or word.rstrip("s") in _EN_GENERIC:
            continue
        if any(p.search(word) for p, _ in _EN_VI) or find_agencies(word):
            continue
        out.append(word)
    return out
