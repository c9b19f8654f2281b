"""The certificate page on a real dismantled pack: whether it can be certified, a preview rendered off the GUI
thread, issuing with the station's key, the PDF saved (no certificate printer) and read back (its QR decoded), or
printed on a real TCP printer, and revocation: a supervisor's, refused to a technician."""

from __future__ import annotations

import json
from datetime import date

import pypdfium2 as pdfium
import zxingcpp
from PySide6.QtWidgets import QLabel, QPushButton

from hardware.printers.service import PrintService
from station.documents.certificate.issuing import IssueRequest, issue, records, reprint
from station.operations.dismantling import finish_dismantling
from station.store.store import Store
from tests.conftest import ACTOR, make_code
from tests.documents.certificates import identity, ready_pack
from tests.documents.listener import RawListener
from tests.operations.scenario import run_day
from tests.ui.workflows.benches import make_bench, settle
from ui.printing import printer_for
from ui.workflows.certificate_page import CertificatePage

VERIFY = "https://trace.example.cn/verify"


def page_for(qtbot, bench, tmp_path) -> CertificatePage:
    page = CertificatePage(bench, folder=tmp_path / "certificates")
    qtbot.addWidget(page)
    page.resize(1366, 640)
    page.show()
    return page


def scan(qtbot, page: CertificatePage, code: str) -> None:
    page.looked = None
    page.take_scan(code.lower() + "\r")
    qtbot.waitUntil(lambda: page.looked is not None, timeout=10000)


def qr_of(pdf: bytes) -> list[str]:
    document = pdfium.PdfDocument(pdf)
    try:
        image = document[0].render(scale=300 / 72).to_pil().convert("L")
    finally:
        document.close()
    return [b.text for b in zxingcpp.read_barcodes(image)]


def stored_qr(store: Store, number: str) -> str:
    return store.db.execute_sql("SELECT qr_text FROM certificate WHERE number = ?", (number,)).fetchone()[0]


def test_a_dismantled_pack_is_previewed_issued_and_saved_without_a_printer(qtbot, store, today: date, tmp_path):
    pack = ready_pack(store, today)
    bench = make_bench(store, verify_url=VERIFY)
    page = page_for(qtbot, bench, tmp_path)
    scan(qtbot, page, pack)
    assert page.state_text.text() == "Dismantled and not yet certified: the certificate can be issued."
    assert page.issue_button.isEnabled() and not page.print_button.isEnabled()
    assert not page.revoke_button.isEnabled()

    page.preview_button.click()
    qtbot.waitUntil(lambda: page.preview is not None, timeout=30000)
    (image,) = page.preview.pages[:1]
    assert image.width() > 700 and image.height() > image.width()  # an A4 page, upright
    shown = page.pages.findChildren(QLabel)
    assert shown and not shown[0].pixmap().isNull()
    assert page.preview_note.text().startswith("Preview only: not issued")

    page.issue_button.click()
    qtbot.waitUntil(lambda: page.last_output is not None, timeout=30000)
    settle(qtbot, bench)
    (entry,) = records(store, pack=pack)
    assert entry.status == "issued" and page.banner.title.text() == "Certificate issued"
    assert page.banner.detail.text() == entry.number
    path = page.last_output.path
    assert path == tmp_path / "certificates" / path.parent.name / f"{entry.number}.pdf"
    assert page.output_text.text() == f"No certificate printer is set at this bench. The PDF was saved as {path}"
    pdf = path.read_bytes()
    assert pdf == reprint(store, entry.number)
    assert qr_of(pdf) == [stored_qr(store, entry.number)]
    assert stored_qr(store, entry.number).startswith(VERIFY)
    qtbot.waitUntil(lambda: page.state_text.text().startswith("Certified: certificate"), timeout=10000)
    assert page.table.rowCount() == 1 and page.table.item(0, 2).text() == "issued"
    assert not page.issue_button.isEnabled() and page.print_button.text() == "Reprint"

    page.preview_button.click()  # now the certificate as signed
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.number == entry.number, timeout=30000)
    assert page.preview_note.text() == f"Certificate {entry.number} as it was signed."


def test_a_certificate_is_printed_and_reprinted_on_a_real_printer(qtbot, store, today: date, tmp_path):
    pack = ready_pack(store, today)
    printer = RawListener()
    try:
        printers = PrintService({"certificate": printer_for(f"socket://127.0.0.1:{printer.port}")}, tmp_path / "spool")
        bench = make_bench(store, printers=printers)
        page = page_for(qtbot, bench, tmp_path)
        scan(qtbot, page, pack)
        page.issue_button.click()
        qtbot.waitUntil(lambda: page.last_output is not None, timeout=30000)
        settle(qtbot, bench)
        number = page.last_output.number
        assert page.output_text.text() == f"Certificate {number} was printed."
        page.last_output = None
        page.print_button.click()
        qtbot.waitUntil(lambda: page.last_output is not None, timeout=30000)
        jobs = printer.wait_for(2)
        assert jobs == [reprint(store, number)] * 2  # the signed PDF, byte for byte, both times
        assert qr_of(jobs[0]) == [stored_qr(store, number)]
        assert not (tmp_path / "certificates").exists()
    finally:
        printer.close()


def issued_pack(store: Store, today: date) -> tuple[str, str]:
    pack = ready_pack(store, today)
    done = issue(store, ACTOR, identity(store), IssueRequest(pack))
    return pack, done.certificate.number


def test_a_supervisor_revokes_with_a_reason_and_the_pack_can_be_certified_again(qtbot, store, today, tmp_path):
    pack, number = issued_pack(store, today)
    bench = make_bench(store, role="supervisor", name="Chen Jing")
    page = page_for(qtbot, bench, tmp_path)
    scan(qtbot, page, pack)
    assert page.revoke_button.isEnabled() and page.print_button.text() == "Print"
    page.revoke_button.click()
    assert page.banner.title.text() == "Not judged" and "reason" in page.banner.detail.text()
    page.reason.setText("wrong pack weighed")
    page.revoke_button.click()
    qtbot.waitUntil(lambda: page.banner.title.text() == "Certificate revoked", timeout=10000)
    settle(qtbot, bench)
    assert [e.status for e in records(store, pack=pack)] == ["revoked"]
    assert page.banner.detail.text() == f"{number}: wrong pack weighed"
    row = json.loads(
        store.db.execute_sql("SELECT payload, actor FROM event WHERE type = 'certificate.revoked'").fetchone()[0]
    )
    assert row["reason"] == "wrong pack weighed"
    assert page.state_text.text() == "Every certificate of this pack was revoked: a new one can be issued."
    assert page.issue_button.isEnabled() and not page.revoke_button.isEnabled()
    assert page.table.item(0, 2).text() == "revoked" and page.table.item(0, 3).text() == "wrong pack weighed"


def test_a_technician_may_not_revoke_and_the_core_refuses_anyway(qtbot, store, today, tmp_path):
    pack, _number = issued_pack(store, today)
    bench = make_bench(store, role="technician")
    page = page_for(qtbot, bench, tmp_path)
    scan(qtbot, page, pack)
    assert not page.revoke_button.isEnabled() and not page.reason.isEnabled()
    assert page.revoke_button.toolTip() == "Only a supervisor may revoke a certificate"
    page.reason.setText("trying anyway")
    page.revoke()  # as if the button had been enabled
    qtbot.waitUntil(lambda: page.banner.title.text() == "Not judged", timeout=10000)
    settle(qtbot, bench)
    assert "supervisor" in page.banner.detail.text().lower()
    assert [e.status for e in records(store, pack=pack)] == ["issued"]


def test_packs_not_ready_are_said_in_words(qtbot, store, today, tmp_path):
    packs = run_day(store, today)["packs"]
    finish_dismantling(store, ACTOR, packs[1], expected_children=2)  # dismantled, its checklist never done
    bench = make_bench(store)
    page = page_for(qtbot, bench, tmp_path)
    scan(qtbot, page, make_code("P", serial=999))
    assert page.state_text.text() == "This battery is not on record at this station."
    assert not page.preview_button.isEnabled() and not page.issue_button.isEnabled()
    scan(qtbot, page, packs[2])  # modules linked, dismantling not finished
    assert page.state_text.text() == (
        "Not ready for a certificate: the pack is being dismantled; it must be dismantled first."
    )
    assert not page.issue_button.isEnabled() and page.preview_button.isEnabled()
    scan(qtbot, page, packs[1])
    lines = page.state_text.text().splitlines()
    assert lines[0] == "Dismantled, but the certificate is blocked:" and len(lines) > 1
    assert not page.issue_button.isEnabled()
    scan(qtbot, page, make_code("M", serial=1010))
    assert page.state_text.text().startswith("Certificates are issued for packs")


def test_the_page_fits_the_bench_screen_with_big_buttons(qtbot, store, tmp_path):
    page = page_for(qtbot, make_bench(store), tmp_path)
    hint = page.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 620
    for button in page.findChildren(QPushButton):
        assert button.minimumHeight() >= 40, button.text()
    assert page.state_text.textFormat().name == "PlainText" and page.output_text.textFormat().name == "PlainText"
    page.take_scan("<b>x</b>")
    assert page.pack.text() == "<B>X</B>"
    page.retranslate()
    assert page.title() == "Certificate" and page.issue_button.text() == "Issue"
    settle(qtbot, page.bench)
