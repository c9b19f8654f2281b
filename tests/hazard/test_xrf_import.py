"""Importing XRF analyser CSVs: good lines added in one transaction, every bad line named, bad files refused;
lab follow-ups required for what XRF could not clear."""

from __future__ import annotations

from pathlib import Path

import pytest

from station.hazard import certificate_blockers
from station.hazard.report import check_hazard
from station.operations.dismantling import link_child
from station.operations.errors import OperationError
from station.operations.hazard_xrf import import_xrf, record_lab_report
from station.store.store import Store
from tests.conftest import ACTOR, make_code
from tests.hazard.conftest import DAY

HEADER = "Sample,Parent,Component,Material,Instrument,Date,Pb,Pb +/-,Cd,Cd ±,Hg,Hg err,Cr,Cr unc,Br,Br_err"


def write(tmp_path: Path, text: str | bytes, name: str = "xrf.csv") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def run(site: Store, path: Path):
    return import_xrf(site, ACTOR, path, instrument="Vanta C", today=DAY)


def test_good_lines_are_added_with_their_verdicts(site: Store, pack: str, tmp_path: Path):
    text = "\ufeff" + "\n".join(
        [
            HEADER,
            f"S-1,{pack.lower()},BMS board,electronic,,2026-03-01 10:31:05,12,3,<LOD,2,<LOD,3,40,5,100,10",
            f"S-2,{pack},casing,polymer,Niton XL5,2026/03/02,1400,20,10,1,10,1,10,1,10,1",
            f"S-3,{pack},busbar,metal,,,10,1,10,1,10,1,10,1,,",
            ",,,,,,,,,,,,,,,",
            "",
        ]
    )
    result = run(site, write(tmp_path, text))
    assert result.added == [(2, "S-1"), (3, "S-2"), (4, "S-3")] and result.rejected == []
    assert [e.type for e in result.events] == ["hazard.xrf_screened"] * 3
    rows = site.db.execute_sql("SELECT sample, parent, instrument, on_date, verdict FROM hazard_xrf ORDER BY seq")
    assert rows.fetchall() == [
        ("S-1", pack, "Vanta C", "2026-03-01", "pass"),
        ("S-2", pack, "Niton XL5", "2026-03-02", "fail"),
        ("S-3", pack, "Vanta C", DAY.isoformat(), "pass"),  # Br has no band for metals
    ]
    first = result.events[0].payload["elements"]
    assert first["Cd"] == {"mg_kg": None, "uncertainty": 2.0, "verdict": "pass"}
    assert first["Pb"] == {"mg_kg": 12.0, "uncertainty": 3.0, "verdict": "pass"}


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("S-9,{pack},part,polymer,,,12,abc,10,1,10,1,10,1,10,1", "xrf_uncertainty_invalid"),
        ("S-9,{pack},part,polymer,,,12,,10,1,10,1,10,1,10,1", "xrf_uncertainty_invalid"),
        ("S-9,{pack},part,polymer,,,twelve,1,10,1,10,1,10,1,10,1", "xrf_value_invalid"),
        ("S-9,{pack},part,polymer,,,-12,1,10,1,10,1,10,1,10,1", "xrf_value_invalid"),
        ("S-9,{pack},part,polymer,,,NaN,1,10,1,10,1,10,1,10,1", "xrf_value_invalid"),
        ("S-9,{pack},part,polymer,,,1e999999,1,10,1,10,1,10,1,10,1", "xrf_value_invalid"),
        ("S-9,{pack},part,polymer,,,1000001,1,10,1,10,1,10,1,10,1", "xrf_value_invalid"),  # over 100 %
        ("S-9,{pack},part,rubber,,,12,1,10,1,10,1,10,1,10,1", "xrf_material_unknown"),
        ("S-9,{pack},part,polymer,,2026-02-30,12,1,10,1,10,1,10,1,10,1", "xrf_date_invalid"),
        ("S-9,{pack},part,polymer,,yesterday,12,1,10,1,10,1,10,1,10,1", "xrf_date_invalid"),
        (",{pack},part,polymer,,,12,1,10,1,10,1,10,1,10,1", "xrf_sample_missing"),
        ("S-9,,part,polymer,,,12,1,10,1,10,1,10,1,10,1", "xrf_parent_missing"),
        ("S-9,{pack}, ,polymer,,,12,1,10,1,10,1,10,1,10,1", "xrf_component_missing"),
        ("S-9,{pack},part,,,,12,1,10,1,10,1,10,1,10,1", "xrf_material_missing"),
        ("S-9,{pack},part,polymer,,,,,,,,,,,,", "xrf_no_readings"),
        ("S-9,{pack},part,polymer,,,12,1", "csv_row_ragged"),
        ("S-9,{pack},part,polymer,,,12,1,10,1,10,1,10,1,10,1,extra", "csv_row_ragged"),
        ("S-9,001PB240000003E569999999,part,polymer,,,12,1,10,1,10,1,10,1,10,1", "xrf_parent_unknown"),
        ("S-1,{pack},part,polymer,,,12,1,10,1,10,1,10,1,10,1", "xrf_sample_duplicate"),  # S-1 is in the file above it
    ],
)
def test_each_bad_line_is_rejected_with_its_reason(site: Store, pack: str, tmp_path: Path, line: str, reason: str):
    good = f"S-1,{pack},part,polymer,,,12,1,10,1,10,1,10,1,10,1"
    text = "\n".join([HEADER, good, line.format(pack=pack), good.replace("S-1", "S-2")]) + "\n"
    result = run(site, write(tmp_path, text))
    assert [(p.line, p.reason) for p in result.rejected] == [(3, reason)]
    assert result.added == [(2, "S-1"), (4, "S-2")]


def test_a_sample_already_on_record_is_rejected_on_the_next_import(site: Store, pack: str, tmp_path: Path):
    text = f"{HEADER}\nS-1,{pack},part,polymer,,,12,1,10,1,10,1,10,1,10,1\n"
    assert run(site, write(tmp_path, text)).added == [(2, "S-1")]
    again = run(site, write(tmp_path, text))
    assert again.added == [] and [(p.line, p.reason) for p in again.rejected] == [(2, "xrf_sample_duplicate")]
    assert again.events == []


def test_a_quoted_field_over_several_lines_keeps_line_numbers_honest(site: Store, pack: str, tmp_path: Path):
    lines = [
        HEADER,
        f'S-1,{pack},"BMS',
        'board",electronic,,,1,1,<LOD,2,1,1,1,1,1,1',
        f"S-2,{pack},x,rubber" + ",1" * 12,
    ]
    text = "\n".join(lines) + "\n"
    result = run(site, write(tmp_path, text))
    assert result.added == [(3, "S-1")] and [(p.line, p.reason) for p in result.rejected] == [
        (4, "xrf_material_unknown")
    ]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "csv_columns_missing"),
        (b"sample,parent,component\nS-1,P,x\n", "csv_columns_missing"),  # no material
        (b"sample,parent,component,material,zinc\nS-1,P,x,polymer,1\n", "csv_columns_missing"),  # no element
        ("Sample,Parent,Component,Material,Pb\nS-1,P,x,polymer,1\n".encode("utf-16"), "csv_not_utf8"),
        (b"sample,parent,component,material,Pb,Pb err\nS-1,P,\xff\xfe,polymer,1,1\n", "csv_not_utf8"),
        (
            b'sample,parent,component,material,Pb,Pb err\nS-1,P,"x' + b"y" * 200_000 + b'",polymer,1,1\n',
            "csv_malformed",
        ),
    ],
)
def test_malformed_files_are_refused_whole(site: Store, tmp_path: Path, content: bytes, reason: str):
    before = site.event_count()
    with pytest.raises(OperationError) as refused:
        run(site, write(tmp_path, content))
    assert refused.value.reason == reason and site.event_count() == before


def test_an_unreadable_file_is_refused(site: Store, tmp_path: Path):
    with pytest.raises(OperationError) as refused:
        run(site, tmp_path / "missing.csv")
    assert refused.value.reason == "file_unreadable"


def test_a_nul_byte_refuses_the_file_and_names_its_line(site: Store, pack: str, tmp_path: Path):
    text = f"{HEADER}\nS-1,{pack},pa\x00rt,polymer,,,12,1,10,1,10,1,10,1,10,1\n".encode()
    with pytest.raises(OperationError) as refused:
        run(site, write(tmp_path, text))
    assert refused.value.reason == "csv_malformed" and refused.value.params["line"] == 2


def _screen(site: Store, tmp_path: Path, parent: str, sample: str, pb: str) -> None:
    line = f"{sample},{parent},part,metal,,,{pb},1,10,1,10,1,10,1,10,1"  # metal: no phthalates to wait for
    assert run(site, write(tmp_path, f"{HEADER}\n{line}\n", f"{sample}.csv")).added


def test_inconclusive_and_fail_need_a_lab_report(site: Store, pack: str, tmp_path: Path):
    module = make_code("M", serial=5001)
    assert link_child(site, ACTOR, pack, module, DAY).linked
    _screen(site, tmp_path, pack, "OK-1", "10")
    _screen(site, tmp_path, module, "GREY-1", "1000")
    _screen(site, tmp_path, pack, "FAIL-1", "2000")
    pending = [f for f in check_hazard(site.db, site.ruleset(), DAY).findings]
    assert [(f.code, f.severity.value, f.params["sample"]) for f in pending] == [
        ("xrf_lab_followup_missing", "warning", "GREY-1"),
        ("xrf_lab_followup_missing", "warning", "FAIL-1"),
    ]
    blocking = {f.params.get("sample") for f in certificate_blockers(site, pack) if f.code.startswith("xrf")}
    assert blocking == {"GREY-1", "FAIL-1"}  # the module's sample blocks its pack too

    record_lab_report(site, ACTOR, "GREY-1", "LAB-2026-17", "某检测中心", "pass", {"Pb": 850.0}, DAY)
    record_lab_report(site, ACTOR, "FAIL-1", "LAB-2026-18", "某检测中心", "fail", {"Pb": 2100}, DAY)
    assert check_hazard(site.db, site.ruleset(), DAY).findings == ()
    assert not [f for f in certificate_blockers(site, pack) if f.code.startswith("xrf")]


@pytest.mark.parametrize(
    ("sample", "report", "lab", "verdict", "results", "reason"),
    [
        ("NOPE", "R-1", "Lab", "pass", {}, "xrf_sample_unknown"),
        ("OK-1", "R-1", "Lab", "pass", {}, "xrf_lab_not_required"),
        ("GREY-1", "", "Lab", "pass", {}, "lab_report_incomplete"),
        ("GREY-1", "R-1", " ", "pass", {}, "lab_report_incomplete"),
        ("GREY-1", "R-1", "Lab", "maybe", {}, "lab_verdict_unknown"),
        ("GREY-1", "R-1", "Lab", "pass", {"Pb": -1}, "lab_result_invalid"),
        ("GREY-1", "R-1", "Lab", "pass", {"Pb": float("inf")}, "lab_result_invalid"),
        ("GREY-1", "R-1", "Lab", "pass", {"Pb": "850"}, "lab_result_invalid"),
    ],
)
def test_lab_report_refusals(site: Store, pack: str, tmp_path: Path, sample, report, lab, verdict, results, reason):
    _screen(site, tmp_path, pack, "OK-1", "10")
    _screen(site, tmp_path, pack, "GREY-1", "1000")
    with pytest.raises(OperationError) as refused:
        record_lab_report(site, ACTOR, sample, report, lab, verdict, results, DAY)
    assert refused.value.reason == reason
