"""Synthetic plan documents for the generalisation suite: one model, every file format.

``build_plan(variant)`` writes a plan the way provinces write them — a metadata block, narrative
sections (I. MỤC ĐÍCH, YÊU CẦU … IV. TỔ CHỨC THỰC HIỆN), a table in the body outside any appendix,
an indicator appendix and a task appendix with group rows — and returns it together with the
rows a correct parser must recover (``ExpectedRow``). What varies between variants is what varies
between real plans: the header wording of every column (synonyms for lead, coordinating,
deadline, target, result), the column order, where the target year is written (in the header or
only in a group row "Đến năm 2030" above a value column "Kết quả"), how appendices are labelled
("Phụ lục I" alone, "Phụ lục I: CÁC CHỈ TIÊU …" on one line, "PHỤ LỤC 02 – …"), how group rows
look, and whether numbering restarts in each group.

Renderers write the same plan as text with TAB rows (.txt), Markdown pipe tables (.md), Word
tables (.docx, python-docx), a ruled PDF and an unruled PDF (reportlab; header repeated on every
page, rows split across pages) and a PDF printed by LibreOffice from the .docx.

``score(expected, parsed_rows)`` compares the parser's rows with the expected ones field by field
and says precisely what differs; the tests and ``evals/generalisation.py`` both use it.

Nothing here knows how the parser works: the expected rows come from the model, not from parsing.
"""

from __future__ import annotations

import random
import re
import shutil
import subprocess
import tempfile
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FONT_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")

FORMATS = ("txt", "md", "docx", "pdf_ruled", "pdf_unruled", "pdf_soffice")
#: Formats made by the common converters from the Markdown rendering: pandoc's Word table (equal
#: column widths for a pipe table) and LibreOffice's PDF of it (no vertical rules; narrow columns
#: break long words inside cells). Not in FORMATS: they need pandoc, and they are measured by
#: ``evals.generalisation --formats docx_pandoc pdf_pandoc``.
PANDOC_FORMATS = ("docx_pandoc", "pdf_pandoc")
SUFFIX = {"txt": ".txt", "md": ".md", "docx": ".docx", "pdf_ruled": ".pdf", "pdf_unruled": ".pdf", "pdf_soffice": ".pdf",
          "docx_pandoc": ".docx", "pdf_pandoc": ".pdf"}

# Fields compared for every expected row (None / {} = the row must not have it).
FIELDS = ("number", "group", "content", "lead", "coordinating", "unit", "targets", "result", "deadline")

# --------------------------------------------------------------------------- vocabulary

PROVINCES = ("Quảng Bình", "Hà Tĩnh", "Bắc Giang", "Phú Yên", "Lâm Đồng", "Tây Ninh", "Yên Bái", "Hậu Giang")

AGENCIES = (
    "Sở Khoa học và Công nghệ",
    "Công an tỉnh",
    "Sở Nội vụ",
    "Sở Tài chính",
    "Văn phòng UBND tỉnh",
    "Sở Giáo dục và Đào tạo",
    "Sở Y tế",
    "Sở Công Thương",
    "Sở Nông nghiệp và Môi trường",
    "Sở Xây dựng",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Ngân hàng Nhà nước chi nhánh tỉnh",
    "Bảo hiểm xã hội tỉnh",
    "Trung tâm Phục vụ hành chính công tỉnh",
    "UBND các huyện, thị xã, thành phố",
)

COORDINATING = (
    "Các sở, ban, ngành; UBND các huyện, thị xã, thành phố",
    "Sở Khoa học và Công nghệ; Công an tỉnh",
    "Các cơ quan, đơn vị có liên quan",
    "Sở Tài chính; Sở Nội vụ",
    "Các doanh nghiệp viễn thông trên địa bàn tỉnh",
    "Văn phòng UBND tỉnh; các sở, ngành",
    "UBND các xã, phường, thị trấn",
    "Sở Khoa học và Công nghệ",
    "Bưu điện tỉnh; Viettel tỉnh; VNPT tỉnh",
    "Sở Giáo dục và Đào tạo; Tỉnh đoàn",
)

# (content, unit, kind of value) — kind: pct (percent), count, level
INDICATORS = (
    ("Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình", "%", "pct"),
    ("Tỷ lệ dân số trưởng thành có tài khoản định danh điện tử mức độ 2", "%", "pct"),
    ("Tỷ lệ cơ sở dữ liệu chuyên ngành được kết nối, chia sẻ qua nền tảng tích hợp dữ liệu của tỉnh", "%", "pct"),
    ("Tỷ lệ văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử", "%", "pct"),
    ("Tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng", "%", "pct"),
    ("Tỷ lệ thôn, bản được phủ sóng di động 4G trở lên", "%", "pct"),
    ("Số doanh nghiệp công nghệ số đăng ký thành lập mới", "Doanh nghiệp", "count"),
    ("Tỷ trọng kinh tế số trong tổng sản phẩm trên địa bàn (GRDP)", "%", "pct"),
    ("Tỷ lệ người dân trong độ tuổi lao động được phổ cập kỹ năng số cơ bản", "%", "pct"),
    ("Tỷ lệ hồ sơ khám chữa bệnh được số hóa tại bệnh viện tuyến tỉnh", "%", "pct"),
    ("Tỷ lệ giao dịch thanh toán không dùng tiền mặt tại các cơ sở y tế, trường học", "%", "pct"),
    ("Tỷ lệ cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số", "%", "pct"),
    ("Số nền tảng số dùng chung được triển khai toàn tỉnh", "Nền tảng", "count"),
    ("Tỷ lệ báo cáo định kỳ được thực hiện trên Hệ thống thông tin báo cáo của tỉnh", "%", "pct"),
    ("Tỷ lệ cơ quan nhà nước hoàn thành phê duyệt hồ sơ cấp độ an toàn hệ thống thông tin", "%", "pct"),
    ("Tỷ lệ trường phổ thông triển khai học bạ số", "%", "pct"),
    ("Tỷ lệ kết quả giải quyết thủ tục hành chính được số hóa", "%", "pct"),
    ("Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số", "%", "pct"),
    ("Số điểm truy cập Internet không dây công cộng miễn phí", "Điểm", "count"),
    ("Tỷ lệ người dân sử dụng dịch vụ công trực tuyến khi thực hiện thủ tục hành chính", "%", "pct"),
    ("Tỷ lệ hồ sơ đất đai được số hóa, cập nhật vào cơ sở dữ liệu đất đai", "%", "pct"),
    ("Tỷ lệ camera giám sát an ninh trật tự được kết nối về trung tâm giám sát điều hành", "%", "pct"),
    ("Tỷ lệ sản phẩm OCOP được giới thiệu trên sàn thương mại điện tử", "%", "pct"),
    ("Tỷ lệ các sở, ngành, địa phương đạt cấp độ 3 về quản trị dữ liệu", "%", "pct"),
    ("Số cán bộ chuyên trách công nghệ thông tin được đào tạo chuyên sâu", "Người", "count"),
    ("Tỷ lệ bệnh viện triển khai bệnh án điện tử", "%", "pct"),
    ("Tỷ lệ hộ sản xuất nông nghiệp ứng dụng nền tảng số trong truy xuất nguồn gốc", "%", "pct"),
    ("Tỷ lệ người cao tuổi được hướng dẫn sử dụng ứng dụng VNeID", "%", "pct"),
    ("Tỷ lệ hồ sơ thủ tục hành chính giải quyết quá hạn", "%", "low"),
    ("Tỷ lệ hệ thống thông tin bị tấn công mạng gây gián đoạn dịch vụ", "%", "low"),
)

PCT_VALUES = ("≥ 90%", "100%", "Tối thiểu 60%", "80%", "Trên 70%", "≥ 95%", "Tối thiểu 50%", "≥ 85%", "75%")
LOW_VALUES = ("≤ 5%", "Dưới 3%", "≤ 2%", "0%")
COUNT_VALUES = ("Tối thiểu 60", "120", "≥ 15", "05", "Ít nhất 30", "200", "10")

TASK_GROUPS = (
    "Hoàn thiện thể chế, chính sách về chuyển đổi số",
    "Phát triển hạ tầng số",
    "Phát triển dữ liệu số",
    "Phát triển chính quyền số",
    "Phát triển kinh tế số",
    "Phát triển xã hội số",
    "Bảo đảm an toàn thông tin mạng",
    "Phát triển nguồn nhân lực số",
)

TASK_VERBS = ("Xây dựng", "Triển khai", "Nâng cấp", "Hoàn thiện", "Tổ chức", "Rà soát, chuẩn hóa", "Vận hành", "Mở rộng")
TASK_OBJECTS = (
    "kho dữ liệu dùng chung của tỉnh",
    "nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP)",
    "hệ thống thông tin giải quyết thủ tục hành chính",
    "trung tâm giám sát, điều hành thông minh (IOC)",
    "cơ sở dữ liệu cán bộ, công chức, viên chức",
    "hạ tầng điện toán đám mây cho các cơ quan nhà nước",
    "mạng truyền số liệu chuyên dùng đến cấp xã",
    "chương trình đào tạo kỹ năng số cho người dân",
    "tổ công nghệ số cộng đồng tại thôn, tổ dân phố",
    "sàn thương mại điện tử cho sản phẩm OCOP",
    "hệ thống hội nghị truyền hình trực tuyến",
    "cơ sở dữ liệu giá đất",
    "hệ thống quản lý văn bản và điều hành",
    "cơ chế hỗ trợ doanh nghiệp chuyển đổi số",
    "diễn tập thực chiến an toàn thông tin mạng",
    "bản đồ số du lịch của tỉnh",
    "hệ thống camera giám sát an ninh trật tự",
    "học bạ số và sổ điểm điện tử",
    "quy chế quản lý, khai thác dữ liệu số",
    "nền tảng thanh toán không dùng tiền mặt cho dịch vụ công",
)
TASK_CLAUSES = (
    "bảo đảm kết nối, chia sẻ dữ liệu với các hệ thống thông tin của Trung ương và của tỉnh theo quy định",
    "ưu tiên triển khai trước tại các xã vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số và miền núi",
    "gắn với việc tái cấu trúc quy trình nghiệp vụ và cắt giảm thành phần hồ sơ giấy theo quy định hiện hành",
    "đáp ứng yêu cầu về bảo đảm an toàn hệ thống thông tin theo cấp độ và bảo vệ dữ liệu cá nhân",
)
TASK_RESULTS = (
    "Hệ thống được đưa vào vận hành",
    "Quyết định phê duyệt của UBND tỉnh",
    "Báo cáo kết quả triển khai",
    "Kế hoạch được ban hành",
    "Nền tảng được nâng cấp, kết nối",
    "Cơ sở dữ liệu được cập nhật đầy đủ",
    "Văn bản quy phạm pháp luật được ban hành",
    "Lớp đào tạo được tổ chức",
)
DEADLINES = ("Tháng 6/2027", "Quý III/2027", "Thường xuyên", "Năm 2027", "Quý IV/2027", "Tháng 12/2027", "2027-2028", "Quý I/2027")

# Header wording per role (what different plans print).
LEAD_LABELS = ("Cơ quan chủ trì", "Đơn vị chủ trì", "Cơ quan thực hiện", "Đơn vị chịu trách nhiệm")
COORD_LABELS = ("Cơ quan phối hợp", "Đơn vị phối hợp thực hiện")
DEADLINE_LABELS = ("Thời gian hoàn thành", "Thời hạn", "Tiến độ")
RESULT_LABELS = ("Sản phẩm", "Kết quả đầu ra")
NUMBER_LABELS = ("STT", "TT")
INDICATOR_CONTENT_LABELS = ("Chỉ tiêu", "Tên chỉ tiêu", "Nội dung chỉ tiêu")
TASK_CONTENT_LABELS = ("Nội dung nhiệm vụ", "Tên nhiệm vụ", "Nhiệm vụ")
UNIT_LABELS = ("Đơn vị tính", "ĐVT")
# Target styles: the year in the header ("Chỉ tiêu năm 2027", "Mục tiêu 2027", "Kế hoạch năm 2027",
# two years "Năm 2026" / "Năm 2027"), or only in group rows ("Đến năm 2030") above "Kết quả".
TARGET_STYLES = ("chi_tieu_nam", "muc_tieu", "ke_hoach_nam", "two_years", "group_year")
TARGET_HEADER = {
    "chi_tieu_nam": "Chỉ tiêu năm {y}",
    "muc_tieu": "Mục tiêu {y}",
    "ke_hoach_nam": "Kế hoạch năm {y}",
    "two_years": "Năm {y}",
}
APPENDIX_FORMS = ("alone", "inline", "arabic_dash")
GROUP_FORMS = ("roman", "nhom")


# --------------------------------------------------------------------------- model


@dataclass(frozen=True)
class Variant:
    """Everything that changes between two plans' layouts."""

    name: str
    seed: int
    lead_label: str = "Cơ quan chủ trì"
    coord_label: str = "Cơ quan phối hợp"
    deadline_label: str = "Thời gian hoàn thành"
    result_label: str = "Sản phẩm"
    number_label: str = "STT"
    indicator_content_label: str = "Chỉ tiêu"
    task_content_label: str = "Nội dung nhiệm vụ"
    unit_label: str = "Đơn vị tính"
    target_style: str = "chi_tieu_nam"
    appendix_form: str = "alone"
    group_form: str = "roman"
    task_order: tuple[str, ...] = ("number", "content", "lead", "coordinating", "result", "deadline")
    indicator_order: tuple[str, ...] = ("number", "content", "unit", "targets", "lead", "coordinating")
    restart_numbering: bool = False
    body_table: bool = True
    n_indicators: int = 14
    n_tasks: int = 30
    year: int = 2027
    # Harder layouts seen in real plans:
    two_level_header: bool = False  # "Mục tiêu" spanning "Năm 2026" | "Năm 2027" (target_style two_years)
    index_row: str | None = None  # a column-number row under the header: "paren" (1)(2)… or "plain" 1 2 …
    notes_column: bool = False  # a trailing "Ghi chú" column, mostly empty
    multiline_cells: bool = False  # agency lists broken into one line per agency inside the cell
    subgroups: bool = False  # numbered sub-groups "1 | Nhiệm vụ thường xuyên" with tasks 1.1, 1.2 …


@dataclass
class ExpectedRow:
    """One row a correct parser must return."""

    table: str  # "body", "indicators", "tasks"
    appendix: str | None  # "Phụ lục I", "Phụ lục 02", None outside appendices
    group: list[str]
    number: str
    content: str
    lead: str | None = None
    coordinating: str | None = None
    unit: str | None = None
    targets: dict[str, str] = field(default_factory=dict)
    result: str | None = None
    deadline: str | None = None
    cells: dict[str, str] = field(default_factory=dict)  # header label -> verbatim cell (non-empty ones)

    def to_json(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in ("table", "appendix", "group", "number", "content", "lead", "coordinating",
                                              "unit", "targets", "result", "deadline", "cells")}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ExpectedRow:
        return cls(**{k: data.get(k) for k in ("table", "appendix", "group", "number", "content", "lead",
                                                "coordinating", "unit", "result", "deadline")},
                   targets=dict(data.get("targets") or {}), cells=dict(data.get("cells") or {}))


@dataclass
class TableBlock:
    """A table: header labels, body rows (group rows have kind 'group'), caption lines above it."""

    key: str
    header: list[str]
    rows: list[tuple[str, list[str]]]  # ("group" | "data" | "index", cells)
    caption: list[str] = field(default_factory=list)  # lines printed right above the table
    header2: list[str] | None = None  # second header line; header[i] spans columns whose header is ""
    multiline: bool = False  # render "A; B" cells as one agency per line

    def header_rows(self) -> list[list[str]]:
        return [self.header] + ([self.header2] if self.header2 else [])


@dataclass
class Block:
    kind: str  # "title" (centred bold), "heading", "para", "table", "pagebreak", "meta"
    text: str = ""
    table: TableBlock | None = None
    cells: tuple[str, str] | None = None  # "meta": left/right halves of the letterhead


@dataclass
class Plan:
    variant: Variant
    blocks: list[Block]
    expected: list[ExpectedRow]
    number: str  # "45/KH-UBND"
    title: str
    province: str

    @property
    def doc_id(self) -> str:
        return f"gen-{self.variant.name}"


# --------------------------------------------------------------------------- variants

VARIANTS: tuple[Variant, ...] = (
    Variant(name="v1-classic", seed=11),
    Variant(
        name="v2-inline-caption", seed=22, lead_label="Đơn vị chủ trì", coord_label="Đơn vị phối hợp thực hiện",
        deadline_label="Thời hạn", result_label="Kết quả đầu ra", number_label="TT", target_style="muc_tieu",
        appendix_form="inline", task_content_label="Tên nhiệm vụ", indicator_content_label="Tên chỉ tiêu",
        task_order=("number", "content", "result", "lead", "coordinating", "deadline"),
        indicator_order=("number", "content", "targets", "unit", "lead", "coordinating"),
        n_indicators=18, n_tasks=36,
    ),
    Variant(
        name="v3-year-groups", seed=33, lead_label="Cơ quan thực hiện", deadline_label="Tiến độ",
        target_style="group_year", appendix_form="arabic_dash", group_form="nhom", unit_label="ĐVT",
        indicator_order=("number", "content", "unit", "targets", "lead", "coordinating"),
        task_order=("number", "content", "lead", "coordinating", "deadline", "result"),
        n_indicators=20, n_tasks=26,
    ),
    Variant(
        name="v4-restart-numbering", seed=44, lead_label="Đơn vị chịu trách nhiệm", coord_label="Cơ quan phối hợp",
        deadline_label="Thời gian hoàn thành", result_label="Sản phẩm", target_style="ke_hoach_nam",
        appendix_form="alone", group_form="roman", restart_numbering=True, task_content_label="Nhiệm vụ",
        indicator_content_label="Nội dung chỉ tiêu",
        task_order=("number", "content", "deadline", "lead", "coordinating", "result"),
        indicator_order=("number", "content", "lead", "unit", "targets", "coordinating"),
        n_indicators=12, n_tasks=40,
    ),
    Variant(
        name="v5-two-years", seed=55, lead_label="Cơ quan chủ trì", coord_label="Đơn vị phối hợp thực hiện",
        deadline_label="Tiến độ", result_label="Kết quả đầu ra", target_style="two_years", appendix_form="inline",
        group_form="nhom", body_table=False, number_label="TT",
        task_order=("number", "content", "lead", "coordinating", "result", "deadline"),
        indicator_order=("number", "content", "unit", "targets", "lead", "coordinating"),
        n_indicators=16, n_tasks=22,
    ),
    Variant(
        name="v6-year-groups-inline", seed=66, lead_label="Đơn vị chủ trì", coord_label="Cơ quan phối hợp",
        deadline_label="Thời hạn", result_label="Sản phẩm", target_style="group_year", appendix_form="inline",
        group_form="roman", task_content_label="Tên nhiệm vụ",
        task_order=("number", "content", "lead", "result", "coordinating", "deadline"),
        indicator_order=("number", "content", "targets", "unit", "lead", "coordinating"),
        n_indicators=24, n_tasks=32,
    ),
    Variant(
        name="v7-two-level-header", seed=77, target_style="two_years", two_level_header=True, index_row="paren",
        notes_column=True, multiline_cells=True, lead_label="Cơ quan chủ trì", coord_label="Cơ quan phối hợp",
        deadline_label="Thời gian hoàn thành", result_label="Sản phẩm", unit_label="Đơn vị tính",
        task_order=("number", "content", "lead", "coordinating", "deadline", "result"),
        indicator_order=("number", "content", "unit", "targets", "lead", "coordinating"),
        n_indicators=15, n_tasks=28,
    ),
    Variant(
        name="v8-subgroups", seed=88, subgroups=True, index_row="plain", multiline_cells=True,
        target_style="chi_tieu_nam", appendix_form="arabic_dash", lead_label="Đơn vị chịu trách nhiệm",
        coord_label="Đơn vị phối hợp thực hiện", deadline_label="Thời hạn", result_label="Kết quả đầu ra",
        task_content_label="Nhiệm vụ", body_table=False,
        task_order=("number", "content", "lead", "coordinating", "result", "deadline"),
        indicator_order=("number", "content", "unit", "targets", "lead", "coordinating"),
        n_indicators=13, n_tasks=30,
    ),
)


def random_variant(seed: int) -> Variant:
    """A variant drawn at random from every choice (for wider sweeps in evals)."""
    rng = random.Random(seed)
    task_fields = ["lead", "coordinating", "result", "deadline"]
    rng.shuffle(task_fields)
    ind_fields = ["unit", "targets", "lead", "coordinating"]
    rng.shuffle(ind_fields)
    return Variant(
        name=f"r{seed}", seed=seed, lead_label=rng.choice(LEAD_LABELS), coord_label=rng.choice(COORD_LABELS),
        deadline_label=rng.choice(DEADLINE_LABELS), result_label=rng.choice(RESULT_LABELS),
        number_label=rng.choice(NUMBER_LABELS), indicator_content_label=rng.choice(INDICATOR_CONTENT_LABELS),
        task_content_label=rng.choice(TASK_CONTENT_LABELS), unit_label=rng.choice(UNIT_LABELS),
        target_style=rng.choice(TARGET_STYLES), appendix_form=rng.choice(APPENDIX_FORMS),
        group_form=rng.choice(GROUP_FORMS), task_order=("number", "content", *task_fields),
        indicator_order=("number", "content", *ind_fields), restart_numbering=rng.random() < 0.3,
        body_table=rng.random() < 0.7, n_indicators=rng.randint(10, 26), n_tasks=rng.randint(12, 40),
    )


# --------------------------------------------------------------------------- building


def _roman(n: int) -> str:
    out = []
    for value, numeral in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


def _value(rng: random.Random, kind: str) -> str:
    return rng.choice({"pct": PCT_VALUES, "low": LOW_VALUES}.get(kind, COUNT_VALUES))


def _group_cells(form: str, index: int, label: str, n_cols: int) -> tuple[str, list[str]]:
    """(printed group label, row cells) of the ``index``-th (1-based) group row."""
    if form == "roman":
        numeral = _roman(index)
        return f"{numeral}. {label}", [numeral, label] + [""] * (n_cols - 2)
    text = f"Nhóm {index}: {label}"
    return text, [text] + [""] * (n_cols - 1)


def _indicator_table(v: Variant, rng: random.Random, appendix: str | None, key: str) -> tuple[TableBlock, list[ExpectedRow]]:
    y = v.year
    picks = rng.sample(INDICATORS, min(v.n_indicators, len(INDICATORS)))
    while len(picks) < v.n_indicators:  # more rows than the pool: reuse phrases for a second area
        base = INDICATORS[len(picks) % len(INDICATORS)]
        picks.append((f"{base[0]} khu vực nông thôn", base[1], base[2]))
    header: list[str] = []
    span_at: int | None = None
    for role in v.indicator_order:
        if role == "number":
            header.append(v.number_label)
        elif role == "content":
            header.append(v.indicator_content_label)
        elif role == "unit":
            header.append(v.unit_label)
        elif role == "lead":
            header.append(v.lead_label)
        elif role == "coordinating":
            header.append(v.coord_label)
        elif role == "targets":
            if v.target_style == "group_year":
                header.append("Kết quả")
            elif v.target_style == "two_years":
                header.extend([TARGET_HEADER["two_years"].format(y=y - 1), TARGET_HEADER["two_years"].format(y=y)])
                if v.two_level_header:
                    span_at = len(header) - 2
            else:
                header.append(TARGET_HEADER[v.target_style].format(y=y))
    if v.notes_column:
        header.append("Ghi chú")
    n_cols = len(header)
    header2: list[str] | None = None
    if span_at is not None:  # "Mục tiêu" spans the two year columns; the years go on a second line
        header2 = [""] * n_cols
        header2[span_at], header2[span_at + 1] = header[span_at], header[span_at + 1]
        header[span_at], header[span_at + 1] = "Mục tiêu", ""
    rows: list[tuple[str, list[str]]] = _index_rows(v, n_cols)
    expected: list[ExpectedRow] = []
    if v.target_style == "group_year":
        year_groups = [(f"Đến năm {y + 3}", y + 3), (f"Đến năm {y + 8}", y + 8)]
        split = max(1, len(picks) * 3 // 5)
        chunks = [(year_groups[0], picks[:split]), (year_groups[1], picks[split:])]
    else:
        chunks = [(None, picks)]
    number = 0
    for group, items in chunks:
        group_path: list[str] = []
        if group is not None:
            label, gyear = group
            cells = [""] * n_cols
            # The year group row: label in the content cell (after the number cell) or first cell.
            cells[v.indicator_order.index("content")] = label
            rows.append(("group", cells))
            group_path = [label]
        for content, unit, kind in items:
            number += 1
            lead = rng.choice(AGENCIES)
            coord = rng.choice([c for c in COORDINATING if lead not in c])
            if v.target_style == "group_year":
                values = {str(group[1]): _value(rng, kind)}
            elif v.target_style == "two_years":
                values = {str(y - 1): _value(rng, kind), str(y): _value(rng, kind)}
            else:
                values = {str(y): _value(rng, kind)}
            cells: list[str] = []
            for role in v.indicator_order:
                if role == "number":
                    cells.append(str(number))
                elif role == "content":
                    cells.append(content)
                elif role == "unit":
                    cells.append(unit)
                elif role == "lead":
                    cells.append(lead)
                elif role == "coordinating":
                    cells.append(coord)
                elif role == "targets":
                    cells.extend(values[k] for k in sorted(values))
            if v.notes_column:
                cells.append(rng.choice(("", "", "", "Chỉ tiêu mới", "Theo Bộ chỉ số DTI")))
            rows.append(("data", cells))
            labels = [h2 or h for h, h2 in zip(header, header2 or [""] * n_cols)]
            expected.append(ExpectedRow(
                table=key, appendix=appendix, group=list(group_path), number=str(number), content=content,
                lead=lead, coordinating=coord, unit=unit, targets=values,
                cells={h: c for h, c in zip(labels, cells) if c},
            ))
    return TableBlock(key=key, header=header, rows=rows, header2=header2, multiline=v.multiline_cells), expected


def _index_rows(v: Variant, n_cols: int) -> list[tuple[str, list[str]]]:
    """The column-number row some plans print under the header: (1) (2) … or 1 2 …"""
    if v.index_row == "paren":
        return [("index", [f"({i})" for i in range(1, n_cols + 1)])]
    if v.index_row == "plain":
        return [("index", [str(i) for i in range(1, n_cols + 1)])]
    return []


def _task_rows(v: Variant, rng: random.Random, n: int, groups: list[str] | None, key: str, appendix: str | None,
               header_for: dict[str, str], used: set[str]) -> tuple[TableBlock, list[ExpectedRow]]:
    order = v.task_order
    header = [header_for[r] for r in order] + (["Ghi chú"] if v.notes_column else [])
    n_cols = len(header)
    rows: list[tuple[str, list[str]]] = _index_rows(v, n_cols)
    expected: list[ExpectedRow] = []
    sub_no = 0
    per_group = [n] if not groups else [n // len(groups) + (1 if i < n % len(groups) else 0) for i in range(len(groups))]
    number = 0
    for gi, count in enumerate(per_group):
        group_path: list[str] = []
        if groups:
            printed, cells = _group_cells(v.group_form, gi + 1, groups[gi], n_cols)
            if v.group_form == "roman":  # numeral in the number column, label in the content column
                cells = [""] * n_cols
                cells[order.index("number")] = _roman(gi + 1)
                cells[order.index("content")] = groups[gi]
            rows.append(("group", cells))
            group_path = [printed]
            if v.restart_numbering:
                number = 0
        sub_sizes = [count] if not (groups and v.subgroups) else [count - count // 2, count // 2]
        for si, sub_count in enumerate(sub_sizes):
            if groups and v.subgroups:  # numbered sub-group row; its tasks are numbered k.1, k.2 …
                sub_no += 1
                sub_label = ("Nhiệm vụ thường xuyên", "Nhiệm vụ có thời hạn")[si]
                cells = [""] * n_cols
                cells[order.index("number")] = str(sub_no)
                cells[order.index("content")] = sub_label
                rows.append(("group", cells))
                group_path = group_path[:1] + [f"{sub_no}. {sub_label}"]
                number = 0
            for _ in range(sub_count):
                number += 1
                expected.append(_task_row(v, rng, key, appendix, group_path, number, sub_no, groups, order,
                                          header, used, rows))
    return TableBlock(key=key, header=header, rows=rows, multiline=v.multiline_cells), expected


def _task_row(v: Variant, rng: random.Random, key: str, appendix: str | None, group_path: list[str], number: int,
              sub_no: int, groups: list[str] | None, order: tuple[str, ...], header: list[str], used: set[str],
              rows: list[tuple[str, list[str]]]) -> ExpectedRow:
    for _attempt in range(200):
        content = f"{rng.choice(TASK_VERBS)} {rng.choice(TASK_OBJECTS)}"
        if content not in used:
            break
    used.add(content)
    if rng.random() < 0.25:  # real task descriptions often run over several lines
        content += ", " + rng.choice(TASK_CLAUSES)
    lead = rng.choice(AGENCIES)
    printed_number = f"{sub_no}.{number}" if (groups and v.subgroups) else str(number)
    values = {
        "number": printed_number, "content": content, "lead": lead,
        "coordinating": rng.choice([c for c in COORDINATING if lead not in c]),
        "result": rng.choice(TASK_RESULTS), "deadline": rng.choice(DEADLINES),
    }
    cells = [values[r] for r in order]
    if v.notes_column:
        cells.append(rng.choice(("", "", "", "Nhiệm vụ chuyển tiếp", "Theo Đề án 06")))
    rows.append(("data", cells))
    return ExpectedRow(
        table=key, appendix=appendix, group=list(group_path), number=printed_number, content=content,
        lead=values["lead"], coordinating=values["coordinating"], result=values["result"],
        deadline=values["deadline"], cells={h: c for h, c in zip(header, cells) if c},
    )


def _appendix_heading(v: Variant, index: int, title: str) -> tuple[str, list[str]]:
    """(expected appendix label, caption lines) for the ``index``-th appendix."""
    if v.appendix_form == "alone":
        label = f"Phụ lục {_roman(index)}"
        return label, [label, title.upper()]
    if v.appendix_form == "inline":
        label = f"Phụ lục {_roman(index)}"
        return label, [f"{label}: {title.upper()}"]
    label = f"Phụ lục {index:02d}"
    return label, [f"PHỤ LỤC {index:02d} – {title.upper()}"]


def build_plan(v: Variant) -> Plan:
    """The plan of variant ``v`` and the rows a parser must recover from it."""
    rng = random.Random(v.seed)
    province = rng.choice(PROVINCES)
    year = v.year
    number = f"{rng.randint(12, 298)}/KH-UBND"
    title = f"Chuyển đổi số tỉnh {province} năm {year}"
    day, month = rng.randint(2, 27), rng.randint(1, 3)
    attached = f"(Kèm theo Kế hoạch số {number} ngày {day:02d}/{month:02d}/{year} của UBND tỉnh {province})"
    header_for = {
        "number": v.number_label, "content": v.task_content_label, "lead": v.lead_label,
        "coordinating": v.coord_label, "result": v.result_label, "deadline": v.deadline_label,
    }
    used: set[str] = set()
    blocks: list[Block] = [
        Block("meta", cells=(f"ỦY BAN NHÂN DÂN TỈNH {province.upper()}", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")),
        Block("meta", cells=("", "Độc lập - Tự do - Hạnh phúc")),
        Block("meta", cells=(f"Số: {number}", f"{province}, ngày {day:02d} tháng {month:02d} năm {year}")),
        Block("title", "KẾ HOẠCH"),
        Block("title", title),
        Block("para", f"Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt "
                      f"Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030; Ủy ban nhân dân "
                      f"tỉnh ban hành Kế hoạch chuyển đổi số tỉnh {province} năm {year} như sau:"),
        Block("heading", "I. MỤC ĐÍCH, YÊU CẦU"),
        Block("heading", "1. Mục đích"),
        Block("para", f"Triển khai đồng bộ, hiệu quả các nhiệm vụ chuyển đổi số năm {year}; phát triển chính quyền "
                      "số, kinh tế số, xã hội số; nâng cao chất lượng phục vụ người dân và doanh nghiệp."),
        Block("heading", "2. Yêu cầu"),
        Block("para", "Các cơ quan, đơn vị xác định rõ nhiệm vụ, tiến độ và sản phẩm; bảo đảm nguồn lực thực hiện; "
                      "định kỳ báo cáo kết quả về Sở Khoa học và Công nghệ để tổng hợp."),
        Block("heading", "II. MỤC TIÊU"),
        Block("para", f"Phấn đấu đến hết năm {year} tỉnh {province} thuộc nhóm khá về chỉ số chuyển đổi số cấp tỉnh; "
                      "các chỉ tiêu cụ thể tại Phụ lục I kèm theo Kế hoạch này."),
        Block("heading", "III. NHIỆM VỤ, GIẢI PHÁP"),
        Block("para", "Các nhiệm vụ cụ thể được giao tại Phụ lục II kèm theo Kế hoạch này."),
    ]
    expected: list[ExpectedRow] = []
    if v.body_table:
        body_header = {**header_for, "content": "Nhiệm vụ trọng tâm"}
        body, body_expected = _task_rows(v, rng, rng.randint(4, 7), None, "body", None, body_header, used)
        body.caption = ["Bảng 1. Các nhiệm vụ trọng tâm cần ưu tiên thực hiện ngay trong quý I"]
        blocks.append(Block("para", body.caption[0]))
        blocks.append(Block("table", table=body))
        expected.extend(body_expected)
    blocks += [
        Block("heading", "IV. TỔ CHỨC THỰC HIỆN"),
        Block("heading", "1. Sở Khoa học và Công nghệ"),
        Block("para", "Chủ trì, phối hợp với các cơ quan, đơn vị hướng dẫn, đôn đốc, kiểm tra việc triển khai Kế "
                      "hoạch; tổng hợp, báo cáo UBND tỉnh kết quả thực hiện trước ngày 15/12/" + str(year) + "."),
        Block("heading", "2. Sở Tài chính"),
        Block("para", "Tham mưu bố trí kinh phí thực hiện các nhiệm vụ theo quy định của Luật Ngân sách nhà nước."),
        Block("heading", "3. Các sở, ban, ngành; UBND các huyện, thị xã, thành phố"),
        Block("para", "Căn cứ nhiệm vụ được giao, xây dựng kế hoạch chi tiết và tổ chức thực hiện; báo cáo kết quả "
                      "định kỳ 6 tháng, năm."),
        Block("para", "Nơi nhận:"),
        Block("para", "- Bộ Khoa học và Công nghệ (b/c);"),
        Block("para", "- Lưu: VT."),
        Block("title", "TM. ỦY BAN NHÂN DÂN"),
        Block("title", "KT. CHỦ TỊCH"),
        Block("title", "PHÓ CHỦ TỊCH"),
        Block("title", rng.choice(("Nguyễn Văn An", "Trần Thị Bình", "Lê Quang Minh", "Phạm Thu Hà"))),
    ]
    # Appendix I: indicators.
    label1, caption1 = _appendix_heading(v, 1, f"Các chỉ tiêu chuyển đổi số năm {year}")
    ind, ind_expected = _indicator_table(v, rng, label1, "indicators")
    ind.caption = caption1 + [attached]
    blocks.append(Block("pagebreak"))
    for i, line in enumerate(caption1):
        blocks.append(Block("title", line))
    blocks.append(Block("para", attached))
    blocks.append(Block("table", table=ind))
    expected.extend(ind_expected)
    # Appendix II: tasks in groups.
    label2, caption2 = _appendix_heading(v, 2, f"Danh mục nhiệm vụ chuyển đổi số năm {year}")
    n_groups = max(3, min(7, v.n_tasks // 5))
    groups = rng.sample(TASK_GROUPS, n_groups)
    tasks, task_expected = _task_rows(v, rng, v.n_tasks, groups, "tasks", label2, header_for, used)
    tasks.caption = caption2 + [attached]
    blocks.append(Block("pagebreak"))
    for line in caption2:
        blocks.append(Block("title", line))
    blocks.append(Block("para", attached))
    blocks.append(Block("table", table=tasks))
    expected.extend(task_expected)
    return Plan(variant=v, blocks=blocks, expected=expected, number=number, title=title, province=province)


# --------------------------------------------------------------------------- renderers


def render(plan: Plan, fmt: str, out_dir: Path) -> Path:
    """Write ``plan`` in format ``fmt`` under ``out_dir``; return the file path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{plan.doc_id}-{fmt}{SUFFIX[fmt]}"
    if fmt == "txt":
        path.write_text(render_txt(plan), encoding="utf-8")
    elif fmt == "md":
        path.write_text(render_md(plan), encoding="utf-8")
    elif fmt == "docx":
        render_docx(plan, path)
    elif fmt == "pdf_ruled":
        render_pdf(plan, path, ruled=True)
    elif fmt == "pdf_unruled":
        render_pdf(plan, path, ruled=False)
    elif fmt == "pdf_soffice":
        docx_path = out_dir / f"{plan.doc_id}-for-soffice.docx"
        render_docx(plan, docx_path)
        docx_to_pdf(docx_path, path)
    elif fmt in PANDOC_FORMATS:
        md_path = out_dir / f"{plan.doc_id}-for-pandoc.md"
        md_path.write_text(render_md(plan), encoding="utf-8")
        docx_path = path if fmt == "docx_pandoc" else out_dir / f"{plan.doc_id}-from-pandoc.docx"
        subprocess.run(["pandoc", "-f", "gfm", str(md_path), "-o", str(docx_path)], check=True, capture_output=True, timeout=120)
        if fmt == "pdf_pandoc":
            docx_to_pdf(docx_path, path)
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return path


def render_txt(plan: Plan) -> str:
    """Plain text; a table is a blank-line-bounded block of TAB-separated rows."""
    lines: list[str] = []
    for b in plan.blocks:
        if b.kind == "meta":
            left, right = b.cells
            lines.append(f"{left}    {right}".strip() if left else right)
        elif b.kind in ("title", "heading", "para"):
            lines.append(b.text)
        elif b.kind == "pagebreak":
            lines.append("")
        elif b.kind == "table":
            lines.append("")
            for header_row in b.table.header_rows():
                lines.append("\t".join(header_row))
            for _, cells in b.table.rows:
                lines.append("\t".join(cells))
            lines.append("")
    return "\n".join(lines) + "\n"


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|")


def _lines(text: str, multiline: bool, sep: str) -> str:
    """An agency list 'A; B' written one agency per line when the table does that."""
    return text.replace("; ", ";" + sep) if multiline else text


def render_md(plan: Plan) -> str:
    """Markdown: headings with #, pipe tables with bold group rows."""
    out: list[str] = []
    for b in plan.blocks:
        if b.kind == "meta":
            left, right = b.cells
            out.append(f"**{left}** — {right}" if left else right)
            out.append("")
        elif b.kind == "title":
            out.append(f"**{b.text}**")
            out.append("")
        elif b.kind == "heading":
            level = "##" if re.match(r"^[IVX]+\.", b.text) else "###"
            out.append(f"{level} {b.text}")
            out.append("")
        elif b.kind == "para":
            out.append(b.text)
            out.append("")
        elif b.kind == "pagebreak":
            out.append("---")
            out.append("")
        elif b.kind == "table":
            t = b.table
            out.append("| " + " | ".join(_md_cell(h) for h in t.header) + " |")
            out.append("|" + "|".join("---" for _ in t.header) + "|")
            # A second header line can only be a body row in a pipe table (as converters write it).
            extra = [("header2", t.header2)] if t.header2 else []
            for kind, cells in extra + t.rows:
                shown = [_md_cell(_lines(c, t.multiline, "<br>")) for c in cells]
                shown = [f"**{c}**" if kind in ("group", "header2") and c else c for c in shown]
                out.append("| " + " | ".join(shown) + " |")
            out.append("")
    return "\n".join(out)


def render_docx(plan: Plan, path: Path) -> None:
    """Word file with real tables; group rows merged across the columns after their label."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = docx.Document()
    d.styles["Normal"].font.name = "DejaVu Sans"
    d.styles["Normal"].font.size = Pt(10)
    for b in plan.blocks:
        if b.kind == "meta":
            left, right = b.cells
            p = d.add_paragraph()
            p.add_run(left).bold = True
            if left and right:
                p.add_run("    ")
            p.add_run(right)
        elif b.kind == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(b.text).bold = True
        elif b.kind == "heading":
            p = d.add_paragraph()
            p.add_run(b.text).bold = True
        elif b.kind == "para":
            d.add_paragraph(b.text)
        elif b.kind == "pagebreak":
            d.add_page_break()
        elif b.kind == "table":
            _docx_table(d, b.table, Cm, OxmlElement, qn)
    d.save(str(path))


def _docx_table(d, t: TableBlock, Cm, OxmlElement, qn) -> None:
    n = len(t.header)
    heads = t.header_rows()
    table = d.add_table(rows=len(heads) + len(t.rows), cols=n)
    table.style = "Table Grid"
    table.autofit = False
    widths = _col_widths([h2 or h for h, h2 in zip(t.header, t.header2 or t.header)], Cm(17.0), narrow=0.9)
    for j, w in enumerate(widths):
        table.columns[j].width = int(w)  # the grid width LibreOffice lays out with
        for cell in table.columns[j].cells:
            cell.width = int(w)

    def put(cell, text: str, bold: bool = False) -> None:
        parts = text.split("; ") if t.multiline else [text]
        cell.text = ""
        for k, part in enumerate(parts):
            para = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
            para.add_run(part + (";" if k < len(parts) - 1 else "")).bold = bold

    if t.header2:  # two header lines: vertical merges, and the spanning label across its columns
        for j in range(n):
            if t.header[j] and not t.header2[j]:
                table.cell(0, j).merge(table.cell(1, j))
        for j in range(n):
            if t.header[j] and j + 1 < n and not t.header[j + 1] and t.header2[j]:
                end = j + 1
                while end + 1 < n and not t.header[end + 1] and t.header2[end + 1]:
                    end += 1
                table.cell(0, j).merge(table.cell(0, end))
        for j in range(n):
            if t.header[j]:
                put(table.cell(0, j), t.header[j], True)
            if t.header2[j]:
                put(table.cell(1, j), t.header2[j], True)
    else:
        for j, h in enumerate(t.header):
            put(table.cell(0, j), h, True)
    for i in range(len(heads)):  # header rows repeat on every page (LibreOffice honours it)
        flag = OxmlElement("w:tblHeader")
        flag.set(qn("w:val"), "true")
        table.rows[i]._tr.get_or_add_trPr().append(flag)
    for i, (kind, cells) in enumerate(t.rows, start=len(heads)):
        row = table.rows[i]
        if kind == "group":
            last_text = max(k for k, c in enumerate(cells) if c)
            if last_text < n - 1:  # merged from the last labelled cell to the end of the row
                row.cells[last_text].merge(row.cells[n - 1])
            for k in range(0, last_text + 1):
                if cells[k]:
                    put(row.cells[k], cells[k], True)
        else:
            for j, c in enumerate(cells):
                put(row.cells[j], c)


def _pdf_fonts() -> tuple[str, str]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "GenDejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("GenDejaVu", str(FONT)))
        pdfmetrics.registerFont(TTFont("GenDejaVuBold", str(FONT_BOLD)))
    return "GenDejaVu", "GenDejaVuBold"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _col_widths(header: list[str], total: float, narrow: float = 0.5) -> list[float]:
    """Wide content column, narrow number/unit/value columns (wide enough that '28' or 'Người' never
    wraps inside a word: a renderer artefact, not a layout plans use)."""
    weights = []
    for h in header:
        f = _fold(h)
        if f in ("stt", "tt"):
            weights.append(narrow)
        elif "don vi tinh" in f or f == "dvt":
            weights.append(max(1.0, 2 * narrow))
        elif re.search(r"\b20\d\d\b", f) or f == "ket qua":
            weights.append(1.1)
        elif "chi tieu" in f or "nhiem vu" in f or "noi dung" in f:
            weights.append(3.6)
        else:
            weights.append(1.8)
    s = sum(weights)
    return [total * w / s for w in weights]


def render_pdf(plan: Plan, path: Path, *, ruled: bool) -> None:
    """A4 landscape PDF. Ruled: full grid, rows kept whole. Unruled: no lines at all, long tables cut
    every few rows with a page break inside a row (see ``_split_for_pages``). Header repeated on
    every page either way."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    regular, bold = _pdf_fonts()
    body = ParagraphStyle("gbody", fontName=regular, fontSize=10, leading=13, spaceAfter=4)
    head = ParagraphStyle("ghead", fontName=bold, fontSize=10.5, leading=14, spaceBefore=4, spaceAfter=4)
    title = ParagraphStyle("gtitle", parent=head, alignment=1)
    cell = ParagraphStyle("gcell", fontName=regular, fontSize=8.5, leading=10.5)
    cell_bold = ParagraphStyle("gcellb", parent=cell, fontName=bold)
    page_w, _ = landscape(A4)
    margin = 15 * mm
    usable = page_w - 2 * margin
    story: list[Any] = []
    for b in plan.blocks:
        if b.kind == "meta":
            left, right = b.cells
            t = Table([[Paragraph(_esc(left), cell_bold), Paragraph(_esc(right), cell_bold)]], colWidths=[usable / 2] * 2)
            t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            story.append(t)
        elif b.kind == "title":
            story.append(Paragraph(_esc(b.text), title))
        elif b.kind == "heading":
            story.append(Paragraph(_esc(b.text), head))
        elif b.kind == "para":
            story.append(Paragraph(_esc(b.text), body))
        elif b.kind == "pagebreak":
            story.append(PageBreak())
        elif b.kind == "table":
            t = b.table
            chunks = [t.rows] if ruled else _split_for_pages(t)
            for k, chunk in enumerate(chunks):
                if k:
                    story.append(PageBreak())  # the row cut at the end of the previous chunk goes on here
                story.append(Spacer(1, 4))
                story.append(_pdf_table(t, chunk, ruled, usable, cell, cell_bold))
                story.append(Spacer(1, 6))
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=margin, rightMargin=margin,
                            topMargin=margin, bottomMargin=margin, title=plan.title)
    doc.build(story)


def _split_for_pages(t: TableBlock, every: int = 9) -> list[list[tuple[str, list[str]]]]:
    """Body rows in page-sized chunks; the last data row of each chunk is cut in two, its second half
    (number cell empty) opening the next chunk — a row continued after a page break."""
    if len(t.rows) <= every + 3:
        return [t.rows]
    chunks, current = [], []
    for kind, cells in t.rows:
        current.append((kind, cells))
        if kind == "data" and len(current) >= every and sum(len(c.split()) > 3 for c in cells) >= 2:
            first, second = [], []
            for j, c in enumerate(cells):
                words = c.split()
                cut = (len(words) + 1) // 2 if len(words) > 3 else len(words)
                first.append(" ".join(words[:cut]))
                second.append(" ".join(words[cut:]))
            current[-1] = ("data", first)
            chunks.append(current)
            current = [("cont", second)]
    if current:
        chunks.append(current)
    return chunks


def _pdf_table(t: TableBlock, rows, ruled: bool, usable: float, cell, cell_bold):
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    heads = t.header_rows()
    data = [[Paragraph(_esc(h), cell_bold) if h else "" for h in hr] for hr in heads]
    spans = []
    if t.header2:
        n = len(t.header)
        for j in range(n):
            if t.header[j] and not t.header2[j]:
                spans.append(("SPAN", (j, 0), (j, 1)))
            if t.header[j] and j + 1 < n and not t.header[j + 1] and t.header2[j]:
                end = j + 1
                while end + 1 < n and not t.header[end + 1] and t.header2[end + 1]:
                    end += 1
                spans.append(("SPAN", (j, 0), (end, 0)))
    for i, (kind, cells) in enumerate(rows, start=len(heads)):
        shown = [_esc(_lines(c, t.multiline, "\n")).replace("\n", "<br/>") for c in cells]
        if kind == "group":
            last_text = max(k for k, c in enumerate(cells) if c)
            data.append([Paragraph(c, cell_bold) if c else "" for c in shown])
            if last_text < len(cells) - 1:
                spans.append(("SPAN", (last_text, i), (len(cells) - 1, i)))
        else:
            data.append([Paragraph(c, cell) for c in shown])
    labels = [h2 or h for h, h2 in zip(t.header, t.header2 or t.header)]
    table = Table(data, colWidths=_col_widths(labels, usable), repeatRows=len(heads))
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), *spans]
    if ruled:
        style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    else:
        style += [("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                  ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]
    table.setStyle(TableStyle(style))
    return table


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def docx_to_pdf(docx_path: Path, pdf_path: Path, timeout: float = 180) -> None:
    """Print a .docx to PDF with LibreOffice (its own throw-away profile, so parallel runs don't clash)."""
    exe = soffice_path()
    if exe is None:
        raise RuntimeError("soffice (LibreOffice) is not installed")
    with tempfile.TemporaryDirectory(prefix="plangen-soffice-") as tmp:
        profile = Path(tmp) / "profile"
        out = Path(tmp) / "out"
        subprocess.run(
            [exe, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
             "--outdir", str(out), str(docx_path)],
            check=True, capture_output=True, timeout=timeout,
        )
        produced = out / (docx_path.stem + ".pdf")
        if not produced.exists():
            raise RuntimeError(f"soffice produced no PDF for {docx_path.name}")
        shutil.move(str(produced), str(pdf_path))


# --------------------------------------------------------------------------- scoring


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()


def norm_text(value: Any) -> str:
    """Verbatim comparison modulo whitespace runs and Unicode normal form."""
    if value is None:
        return ""
    return " ".join(unicodedata.normalize("NFC", str(value)).split())


def _group_key(label: str) -> str:
    """A group label without punctuation/case/accents: 'I. Phát triển' == 'I Phát triển'."""
    return " ".join(re.sub(r"[^\w\s]", " ", _fold(label)).split())


def _roman_value(token: str) -> int | None:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    token = token.upper()
    if not token or any(ch not in values for ch in token):
        return None
    total, prev = 0, 0
    for ch in reversed(token):
        v = values[ch]
        total += -v if v < prev else v
        prev = max(prev, v)
    return total


def appendix_number(label: str | None) -> int | None:
    """1 for 'Phụ lục I', 'Phụ lục 01', 'PHỤ LỤC 1 (2)'; None when the label names no appendix number."""
    if not label:
        return None
    m = re.search(r"ph\w*\s*l\w*c\s*([IVXLCivxlc]+|\d+)\b", _fold(label))
    if not m:
        return None
    token = m.group(1)
    return int(token) if token.isdigit() else _roman_value(token)


def parsed_field(row, name: str) -> Any:
    """A parsed TableRow's value for one compared field ('' / {} when absent)."""
    if name == "number":
        return norm_text(row.number)
    if name == "group":
        return [_group_key(g) for g in row.group]
    if name == "targets":
        targets = row.fields.get("targets") or {}
        return {str(k): norm_text(v) for k, v in targets.items()}
    value = row.fields.get(name)
    if isinstance(value, list):
        value = "; ".join(str(x) for x in value)
    return norm_text(value)


def expected_field(exp: ExpectedRow, name: str) -> Any:
    if name == "group":
        return [_group_key(g) for g in exp.group]
    if name == "targets":
        return {k: norm_text(v) for k, v in exp.targets.items()}
    return norm_text(getattr(exp, name))


@dataclass
class RowResult:
    expected: ExpectedRow
    found: bool
    wrong: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # field -> (expected, parsed)
    cells_missing: list[str] = field(default_factory=list)  # "label: value" pairs not kept verbatim
    locator: str = ""

    @property
    def fields_right(self) -> int:
        return len(FIELDS) - len(self.wrong) if self.found else 0


@dataclass
class Score:
    rows: list[RowResult]
    extra: list[str]  # locators of parsed rows no expected row matched

    @property
    def expected(self) -> int:
        return len(self.rows)

    @property
    def recovered(self) -> int:
        return sum(r.found for r in self.rows)

    @property
    def fields_total(self) -> int:
        return len(self.rows) * len(FIELDS)

    @property
    def fields_right(self) -> int:
        return sum(r.fields_right for r in self.rows)

    @property
    def exact_rows(self) -> int:
        return sum(1 for r in self.rows if r.found and not r.wrong)

    @property
    def cells_kept(self) -> int:
        return sum(1 for r in self.rows if r.found and not r.cells_missing)

    def problems(self, limit: int = 40) -> list[str]:
        """Human-readable list of every mismatch, for assertion messages and reports."""
        out: list[str] = []
        for r in self.rows:
            e = r.expected
            where = f"[{e.table} {e.appendix or 'body'} {'/'.join(e.group) or '-'} #{e.number}]"
            if not r.found:
                out.append(f"{where} row not found ({e.content[:60]!r})")
                continue
            for name, (want, got) in r.wrong.items():
                out.append(f"{where} {name}: expected {want!r}, got {got!r}")
            if r.cells_missing:
                out.append(f"{where} cells not kept verbatim: {r.cells_missing}")
        for loc in self.extra:
            out.append(f"extra parsed row: {loc}")
        if len(out) > limit:
            out = out[:limit] + [f"... and {len(out) - limit} more"]
        return out

    def summary(self) -> str:
        return (f"rows {self.recovered}/{self.expected}, exact {self.exact_rows}/{self.expected}, "
                f"fields {self.fields_right}/{self.fields_total}, extra {len(self.extra)}")


def _cells_missing(exp: ExpectedRow, row) -> list[str]:
    kept = {norm_text(k): norm_text(v) for k, v in (row.columns or {}).items()}
    values = set(kept.values())
    missing = []
    for label, value in exp.cells.items():
        v = norm_text(value)
        if not v:
            continue
        lab = norm_text(label)
        # The cell must be kept verbatim; under its own label when the parser names columns by label.
        if kept.get(lab) == v:
            continue
        if any(k.endswith(lab) and kv == v for k, kv in kept.items()):  # spanning label "Chỉ tiêu – Năm 2027"
            continue
        if v in values and exp.number == v:  # the number cell may be kept under another key
            continue
        missing.append(f"{label}: {value}")
    return missing


def score(expected: list[ExpectedRow], parsed_rows: list) -> Score:
    """Match every expected row to a parsed row (same table location, number and group) and compare."""
    pool = list(parsed_rows)
    used: set[int] = set()
    results: list[RowResult] = []
    for exp in expected:
        want_app = appendix_number(exp.appendix)
        candidates = []
        for i, row in enumerate(pool):
            if i in used or norm_text(row.number) != norm_text(exp.number):
                continue
            got_app = appendix_number(getattr(row, "appendix", None))
            if want_app != got_app:
                continue
            candidates.append(i)
        if not candidates:
            results.append(RowResult(exp, found=False))
            continue

        def wrong_of(i: int) -> dict[str, tuple[Any, Any]]:
            row = pool[i]
            wrong = {}
            for name in FIELDS:
                want, got = expected_field(exp, name), parsed_field(row, name)
                if want != got:
                    wrong[name] = (want, got)
            return wrong

        best = min(candidates, key=lambda i: (len(wrong_of(i)), i))
        used.add(best)
        row = pool[best]
        results.append(RowResult(exp, found=True, wrong=wrong_of(best), cells_missing=_cells_missing(exp, row),
                                 locator=getattr(row, "locator", "")))
    extra = [getattr(pool[i], "locator", "") or f"row {pool[i].number}" for i in range(len(pool)) if i not in used]
    return Score(rows=results, extra=extra)


def merge_scores(scores: list[Score]) -> Score:
    return Score(rows=[r for s in scores for r in s.rows], extra=[x for s in scores for x in s.extra])


# --------------------------------------------------------------------------- parsing helper


def parse_file(path: Path, doc_id: str | None = None):
    """The real pipeline's loader + parser on one file (no index, no embeddings)."""
    from ingest.loaders import load_file
    from ingest.parsing import parse_document

    loaded = load_file(path)
    return parse_document(
        loaded.text, doc_id=doc_id or path.stem, file_name=loaded.file_name, sha256=loaded.sha256,
        manifest_entry=None, line_pages=loaded.line_pages,
    )


__all__ = [
    "FIELDS", "FORMATS", "PANDOC_FORMATS", "VARIANTS", "ExpectedRow", "Plan", "Score", "Variant", "appendix_number", "build_plan",
    "docx_to_pdf", "merge_scores", "parse_file", "random_variant", "render", "score", "soffice_path", "replace",
]
