"""The HJ 1276-2022 hazardous-waste container label (危险废物标签).

Its data comes as a frozen value built by the caller (the hazard package knows containers and their codes); this
module only lays it out. The label is square and its side follows the container's volume: up to 50 L 100 mm,
above 50 and below 450 L 150 mm, from 450 L 200 mm. The layout is drawn for 100 mm and scaled.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from station.documents.fonts import FontFile, find_font
from station.documents.labels.layout import Code, Composer, Diamond, Frame, LabelSize, Layout
from station.documents.symbols import Symbology, make_symbol

# Hazard characteristics (危险特性) of the National Hazardous Waste List, with the words inside their pictogram.
HAZARD_NAMES = {"T": "毒性", "C": "腐蚀性", "I": "易燃性", "R": "反应性", "In": "感染性"}
IDENTIFICATION_LENGTH = 37


@dataclass(frozen=True)
class HazardLabel:
    waste_name: str
    category: str  # HW49
    waste_code: str  # 900-045-49
    characteristics: tuple[str, ...]  # keys of HAZARD_NAMES
    generated_on: date
    company: str
    contact: str  # person and phone
    identification_code: str  # the 37-character digital identification code
    container_volume_l: float
    physical_form: str = ""
    main_components: str = ""
    harmful_components: str = ""
    precautions: str = ""
    weight_kg: float | None = None


def label_side_mm(volume_l: float) -> float:
    if volume_l <= 0:
        raise ValueError("container volume must be positive")
    if volume_l <= 50:
        return 100.0
    if volume_l < 450:
        return 150.0
    return 200.0


def hazard_label(data: HazardLabel, font: FontFile | None = None, side_mm: float | None = None) -> Layout:
    """``side_mm`` overrides the size HJ 1276 gives for the container's volume (a site's own stock)."""
    unknown = [c for c in data.characteristics if c not in HAZARD_NAMES]
    if unknown:
        raise ValueError(f"unknown hazard characteristics {unknown}")
    if len(data.identification_code) != IDENTIFICATION_LENGTH:
        raise ValueError("the identification code has 37 characters")
    side = side_mm or label_side_mm(data.container_volume_l)
    s = side / 100.0
    c = Composer("hazard", LabelSize(side, side), font or find_font())
    m = 3.0 * s
    c.add(Frame(m * 0.5, m * 0.5, side - m, side - m, 0.8 * s))
    c.text("title", "危险废物", (m, m, side - 2 * m, 11 * s), 9 * s, align="center")
    c.add(Frame(m * 0.5, m + 11 * s, side - m, 0.5 * s, 0.5 * s))
    left_w = 60 * s
    rows = (
        ("waste_name", "废物名称", data.waste_name, 2),
        ("category", "废物类别", f"{data.category}  废物代码 {data.waste_code}", 1),
        ("form", "废物形态", data.physical_form, 1),
        ("main", "主要成分", data.main_components, 2),
        ("harmful", "有害成分", data.harmful_components, 2),
        ("precautions", "注意事项", data.precautions, 2),
        ("company", "产生/收集单位", data.company, 2),
        ("contact", "联系人和联系方式", data.contact, 1),
        ("date", "产生日期", data.generated_on.isoformat(), 1),
        ("weight", "废物重量", "" if data.weight_kg is None else f"{data.weight_kg:g} kg", 1),
    )
    # Rows flow down the left column, each taking the lines it needs; a long value may shrink, then wrap.
    size = 3.05 * s
    y = m + 12.5 * s
    for name, caption, value, lines in rows:
        block = c.text(name, f"{caption}：{value}", (m, y, left_w, size * 1.2 * lines), size, min_size=2.2 * s)
        y += len(block.lines or ("",)) * block.size * 1.2 + 0.6 * s
    right = m + left_w + 2 * s
    right_w = side - right - m
    cell = right_w / 2
    for index, key in enumerate(data.characteristics[:4]):
        x = right + (index % 2) * cell
        top = m + 13 * s + (index // 2) * cell
        c.add(Diamond(x + 0.5 * s, top + 0.5 * s, cell - s, 0.6 * s))
        c.text(
            f"hazard_{key}",
            f"{HAZARD_NAMES[key]} {key}",
            (x + cell * 0.2, top + cell * 0.42, cell * 0.6, cell * 0.2),
            cell * 0.14,
            align="center",
        )
    qr_side = right_w
    qr_top = side - m - 9 * s - qr_side
    c.add(Code(right, qr_top, qr_side, qr_side, make_symbol(Symbology.QR, data.identification_code)))
    c.text(
        "identification", data.identification_code, (right, qr_top + qr_side, right_w, 9 * s), 2.2 * s, align="center"
    )
    return c.layout()
