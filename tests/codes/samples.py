"""Shared test data: the fixed "today", the code tables and hypothesis strategies for valid codes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from hypothesis import strategies as st

from station.codes import CodeTables, MakerInfo, encode_date
from station.findings import Finding, Severity

TODAY = date(2026, 11, 24)

# The shipped defaults (station/rules/data/default-ruleset.json), copied so these tests do not depend on the
# rule-set package.
CHEMISTRY = {
    "A": "NiMH", "B": "LFP", "C": "LMO", "D": "LCO", "E": "NCM", "F": "SUPERCAP", "G": "LTO", "Z": "OTHER",
}  # fmt: skip
MAKERS = {
    "001": MakerInfo("001", "宁德时代", "CATL"),
    "071": MakerInfo("071", "", "XPT"),
    "03U": MakerInfo("03U", "正力蔚来", "Zhengli NIO (NIO joint venture)"),
    "04Q": MakerInfo("04Q", "亿纬锂能", "EVE Energy"),
}
TABLES = CodeTables(chemistry=CHEMISTRY, makers=MAKERS)

ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

# The three public examples from shared/domain/battery-codes.md.
CATL_CELL = "001CB240000003B3C0221953"
EVE_CELL = "04QCB76836300JBC40000903"
PACK_SAMPLE = "03UPE01000011C85A00FTY45"


@dataclass(frozen=True)
class Generated:
    """A code built from chosen segments, so a test can compare what it parses to with what went in."""

    maker: str
    product_type: str
    chemistry: str
    spec: str
    trace: str | None
    production_date: date
    serial: str
    echelon_suffix: str | None

    @property
    def echelon(self) -> bool:
        return self.echelon_suffix is not None

    @property
    def code(self) -> str:
        head = self.maker + self.product_type + self.chemistry + self.spec
        if self.echelon:
            return head + encode_date(self.production_date) + self.serial + "R" + str(self.echelon_suffix)
        return head + str(self.trace) + encode_date(self.production_date) + self.serial


def alnum(n: int) -> st.SearchStrategy[str]:
    return st.text(alphabet=ALNUM, min_size=n, max_size=n)


@st.composite
def generated_codes(draw: st.DrawFn, echelon: bool | None = None) -> Generated:
    is_echelon = draw(st.booleans()) if echelon is None else echelon
    return Generated(
        maker=draw(st.one_of(st.sampled_from(sorted(MAKERS)), alnum(3))),
        product_type=draw(st.sampled_from("PMC")),
        chemistry=draw(st.sampled_from(sorted(CHEMISTRY))),
        spec=draw(alnum(2)),
        trace=None if is_echelon else draw(alnum(7)),
        production_date=draw(st.dates(min_value=date(2011, 1, 1), max_value=TODAY)),
        serial=draw(st.one_of(st.text(alphabet="0123456789", min_size=7, max_size=7), alnum(7))),
        echelon_suffix=draw(st.sampled_from("PMC")) if is_echelon else None,
    )


def codes_of(findings: Iterable[Finding], severity: Severity | None = None) -> list[str]:
    return [f.code for f in findings if severity is None or f.severity is severity]
