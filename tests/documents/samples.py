"""Label data used by the document tests and the benchmark."""

from __future__ import annotations

from datetime import date

from station.documents.labels.echelon import EchelonLabel
from station.documents.labels.hazard import HazardLabel
from station.documents.labels.intake import IntakeLabel

INTAKE = IntakeLabel(
    "ST0001-00000003", "001PB240000003B3C0221953", date(2026, 11, 24), "P", "某某报废汽车回收有限公司", 410.5
)
ECHELON = EchelonLabel("0ABMB24B3C0221953RM", "001MB240000003B3C0221953", "M")
IDENTIFICATION = "91350100M000100Y43" + "90004549" + "20261124" + "001"


def hazard(volume_l: float = 30.0, **changes: object) -> HazardLabel:
    fields: dict[str, object] = {
        "waste_name": "废电路板（BMS 控制板）",
        "category": "HW49",
        "waste_code": "900-045-49",
        "characteristics": ("T",),
        "generated_on": date(2026, 11, 24),
        "company": "演示拆解站有限公司",
        "contact": "张三 0591-12345678",
        "identification_code": IDENTIFICATION,
        "container_volume_l": volume_l,
        "physical_form": "固态",
        "main_components": "印刷电路板、电子元件",
        "harmful_components": "铅、镉",
        "precautions": "防雨防潮，避免破损",
        "weight_kg": 12.5,
    }
    return HazardLabel(**(fields | changes))  # type: ignore[arg-type]
