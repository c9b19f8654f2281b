"""Labels: every template as ZPL (203 and 300 dpi, rendered offline by zplkit) and as PDF (rendered by poppler),
their symbols decoded, their text read back, and the two outputs compared pixel by pixel."""

from __future__ import annotations

import re

import cv2
import numpy as np
import pytest
from zplkit.rendering import RenderError

from station.documents.fonts import find_font
from station.documents.labels import pdf, zpl
from station.documents.labels.echelon import EchelonLabel, echelon_label
from station.documents.labels.hazard import hazard_label, label_side_mm
from station.documents.labels.intake import IntakeLabel, intake_label
from station.documents.labels.layout import Code, Layout, TextBlock, fit_text
from station.documents.symbols import Symbology
from station.documents.units import to_dots
from tests.documents.helpers import decode, decode_zxing, pdf_fonts, pdf_images, pdf_text, zpl_image
from tests.documents.samples import ECHELON, IDENTIFICATION, INTAKE, hazard

LAYOUTS = {
    "intake": lambda: intake_label(INTAKE),
    "echelon": lambda: echelon_label(ECHELON),
    "echelon_qr": lambda: echelon_label(EchelonLabel(ECHELON.new_code, ECHELON.original_code, "C", Symbology.QR)),
    "hazard_100": lambda: hazard_label(hazard(30)),
    "hazard_150": lambda: hazard_label(hazard(200)),
    "hazard_200": lambda: hazard_label(hazard(1000, characteristics=("T", "C", "I", "R"))),
}
EXPECTED = {
    "intake": [("code_128", INTAKE.recycling_no), ("qr", f"{INTAKE.recycling_no} {INTAKE.code}")],
    "echelon": [("data_matrix", ECHELON.new_code), ("data_matrix", ECHELON.original_code)],
    "echelon_qr": [("qr", ECHELON.new_code), ("qr", ECHELON.original_code)],
    "hazard_100": [("qr", IDENTIFICATION)],
    "hazard_150": [("qr", IDENTIFICATION)],
    "hazard_200": [("qr", IDENTIFICATION)],
}


@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_zpl_label_prints_decodable_symbols(name: str, dpi: int):
    layout: Layout = LAYOUTS[name]()
    data = zpl.render(layout, zpl.ZplOptions(dpi=dpi))
    text = data.decode("ascii")
    assert text.startswith("^XA") and text.endswith("^XZ")
    assert f"^PW{round(layout.size.width_mm * dpi / 25.4)}" in text
    image = zpl_image(data, layout.size.width_mm, layout.size.height_mm, dpi)
    assert decode(image) == sorted(EXPECTED[name])
    assert layout.warnings == ()


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_pdf_label_decodes_and_reads_back(name: str):
    layout = LAYOUTS[name]()
    document = pdf.render(layout)
    (page,) = pdf_images(document, dpi=300)
    assert abs(page.shape[1] - layout.size.width_mm * 300 / 25.4) <= 1
    if name == "intake":
        assert set(decode(page)) >= {e for e in EXPECTED[name] if e[0] != "code_128"}
        assert decode_zxing(page) == sorted(EXPECTED[name])
    else:
        assert decode(page) == sorted(EXPECTED[name])
    lines = [" ".join(b.lines) for b in layout.elements if isinstance(b, TextBlock) and b.lines]
    extracted = re.sub(r"\s+", "", pdf_text(document))
    for line in lines:
        assert re.sub(r"\s+", "", line) in extracted
    assert "yes yes" in pdf_fonts(document)  # the TrueType font is embedded and subset


def _agreement(thermal_layout: Layout, paper_layout: Layout) -> tuple[float, float]:
    """Share of the thermal label's dark dots near a dark PDF pixel, and the reverse, at 300 dpi; symbols are left
    out (the ZPL draws whole dots per module, so its symbols are a little smaller by design)."""
    size = paper_layout.size
    thermal = zpl_image(zpl.render(thermal_layout, zpl.ZplOptions(dpi=300)), size.width_mm, size.height_mm, 300)
    (page,) = pdf_images(pdf.render(paper_layout), dpi=300)
    dark_thermal = thermal < 128
    dark_paper = (page < 128)[: thermal.shape[0], : thermal.shape[1]]  # poppler may round up by one pixel
    for code in (e for e in paper_layout.elements if isinstance(e, Code)):
        box = (
            slice(to_dots(code.y, 300), to_dots(code.y + code.height, 300) + 1),
            slice(to_dots(code.x, 300), to_dots(code.x + code.width, 300) + 1),
        )
        dark_thermal[box] = dark_paper[box] = False
    kernel = np.ones((5, 5), np.uint8)
    near_paper = cv2.dilate(dark_paper.astype(np.uint8), kernel) > 0
    near_thermal = cv2.dilate(dark_thermal.astype(np.uint8), kernel) > 0
    return (dark_thermal & near_paper).sum() / dark_thermal.sum(), (dark_paper & near_thermal).sum() / dark_paper.sum()


@pytest.mark.parametrize("name", ["intake", "echelon", "hazard_100"])
def test_text_prints_alike_on_both_outputs(name: str):
    """The ZPL label's text bitmaps and the PDF's text are the same lines in the same places: the Chinese the PDF
    proves through pdftotext is what the thermal printer prints."""
    layout = LAYOUTS[name]()
    thermal_share, paper_share = _agreement(layout, layout)
    assert thermal_share > 0.99 and paper_share > 0.99


def test_a_label_missing_a_line_does_not_agree():
    """The comparison above can fail: drop the title from the ZPL and the agreement falls."""
    layout = hazard_label(hazard(30))
    trimmed = Layout(layout.kind, layout.size, tuple(e for e in layout.elements if not _is_title(e)))
    thermal_share, paper_share = _agreement(trimmed, layout)
    assert thermal_share > 0.99 and paper_share < 0.95


def _is_title(element: object) -> bool:
    return isinstance(element, TextBlock) and element.lines == ("危险废物",)


@pytest.mark.parametrize(
    ("volume", "side"), [(1, 100), (50, 100), (50.5, 150), (200, 150), (449.9, 150), (450, 200), (1000, 200)]
)
def test_hazard_label_size_follows_container_volume(volume: float, side: float):
    assert label_side_mm(volume) == side
    layout = hazard_label(hazard(volume))
    assert (layout.size.width_mm, layout.size.height_mm) == (side, side)
    dots = round(side * 203 / 25.4)
    assert f"^PW{dots}\n^LL{dots}\n" in zpl.render(layout).decode()


def test_hazard_label_refuses_bad_data():
    with pytest.raises(ValueError):
        hazard_label(hazard(identification_code=IDENTIFICATION[:-1]))
    with pytest.raises(ValueError):
        hazard_label(hazard(characteristics=("X",)))
    with pytest.raises(ValueError):
        label_side_mm(0)


def test_markup_and_control_characters_print_as_text():
    label = IntakeLabel(INTAKE.recycling_no, INTAKE.code, INTAKE.received_on, source_name="A<b>&amp;</para>\n\tZ")
    layout = intake_label(label)
    text = pdf_text(pdf.render(layout))
    assert "A<b>&amp;</para> Z" in text


def test_long_text_shrinks_then_is_shortened_with_a_reason_code():
    long_name = "某某省某某市某某区某某报废机动车回收拆解有限责任公司第二分公司" * 3
    layout = intake_label(IntakeLabel(INTAKE.recycling_no, INTAKE.code, INTAKE.received_on, source_name=long_name))
    assert layout.warnings == ("text_shortened:source",)
    source = next(b for b in layout.elements if isinstance(b, TextBlock) and b.lines and "某某" in b.lines[0])
    assert source.lines[-1].endswith("…") and len(source.lines) >= 2
    assert source.size < layout.elements[0].size  # type: ignore[union-attr]


def test_codes_shrink_to_one_line_then_wrap_rather_than_being_cut():
    font = find_font()
    one_line = fit_text(ECHELON.original_code, 0, 0, 40, 6, font, size=4, min_size=1, max_lines=1)
    assert one_line.block.lines == (ECHELON.original_code,) and one_line.block.size < 4
    wrapped = fit_text(ECHELON.original_code, 0, 0, 12, 12, font, size=3, min_size=2, max_lines=1)
    assert len(wrapped.block.lines) >= 2 and "".join(wrapped.block.lines) == ECHELON.original_code
    assert not wrapped.shortened


def test_hex_graphics_print_the_same_as_z64():
    layout = intake_label(INTAKE)
    z64 = zpl.render(layout, zpl.ZplOptions(dpi=203))
    plain = zpl.render(layout, zpl.ZplOptions(dpi=203, encoding=zpl.GraphicEncoding.HEX))
    assert b":Z64:" in z64 and b":Z64:" not in plain
    assert np.array_equal(zpl_image(z64, 100, 60, 203), zpl_image(plain, 100, 60, 203))


def test_z64_checksum_is_the_one_printers_check():
    data = zpl.render(intake_label(INTAKE)).decode()
    crc = re.search(r":Z64:[^:]+:([0-9A-F]{4})", data)
    assert crc is not None
    broken = data.replace(f":{crc.group(1)}", f":{int(crc.group(1), 16) ^ 1:04X}", 1)
    with pytest.raises(RenderError, match="CRC"):
        zpl_image(broken.encode(), 100, 60, 203)


def test_outputs_are_deterministic_and_copies_are_asked_of_the_printer():
    layout = echelon_label(ECHELON)
    assert pdf.render(layout) == pdf.render(echelon_label(ECHELON))
    assert zpl.render(layout) == zpl.render(echelon_label(ECHELON))
    assert b"^PQ3,0,1,Y" in zpl.render(layout, zpl.ZplOptions(copies=3))


def test_several_labels_in_one_pdf():
    document = pdf.render([intake_label(INTAKE), hazard_label(hazard(200))])
    pages = pdf_images(document, dpi=150)
    assert [round(p.shape[1] * 25.4 / 150) for p in pages] == [100, 150]
