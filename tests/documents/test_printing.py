"""Printing: ZPL to a real TCP listener, jobs that survive a refused connection, paper out and a restart."""

from __future__ import annotations

import subprocess
import uuid
from pathlib import Path

import cv2
import numpy as np
import pytest

from hardware.printers.backends import CupsPrinter, PrintError, RawSocketPrinter, printer_from_uri
from hardware.printers.service import PrintService
from hardware.printers.spool import Spool
from hardware.printers.zebra_status import answer, parse
from station.documents.labels import pdf, zpl
from station.documents.labels.hazard import hazard_label
from station.documents.labels.intake import intake_label
from tests.documents.cups import CupsServer
from tests.documents.helpers import decode, pdf_images, pdf_text, zpl_image
from tests.documents.listener import RawListener, free_port
from tests.documents.samples import IDENTIFICATION, INTAKE, hazard


@pytest.fixture
def listener():
    server = RawListener()
    yield server
    server.close()


def test_zpl_reaches_the_printer_byte_for_byte_and_decodes(listener: RawListener, tmp_path: Path):
    label = zpl.render(intake_label(INTAKE), zpl.ZplOptions(dpi=203))
    service = PrintService({"label": RawSocketPrinter("127.0.0.1", listener.port)}, tmp_path / "spool")
    outcome = service.submit("label", label, "intake ST0001-00000003")
    assert outcome.printed and outcome.reason == ""
    (received,) = listener.wait_for(1)
    assert received == label
    assert ("qr", f"{INTAKE.recycling_no} {INTAKE.code}") in decode(zpl_image(received, 100, 60, 203))
    assert service.pending() == []


def test_refused_job_is_kept_and_printed_when_the_printer_is_back(tmp_path: Path):
    port = free_port()
    label = zpl.render(hazard_label(hazard(30)), zpl.ZplOptions(dpi=300))
    service = PrintService({"label": RawSocketPrinter("127.0.0.1", port, timeout_s=2)}, tmp_path / "spool")
    outcome = service.submit("label", label, "container 001")
    assert not outcome.printed and outcome.reason == "printer_refused"
    second = service.submit("label", b"^XA^XZ", "second")
    assert not second.printed and second.reason == "printer_refused"
    (first, waiting) = service.pending("label")
    assert first.attempts == 2 and first.last_error == "printer_refused" and "127.0.0.1" in first.last_detail
    assert waiting.attempts == 0  # never sent ahead of the failed one

    # The station restarts: a new service on the same spool still has both jobs.
    restarted = PrintService({"label": RawSocketPrinter("127.0.0.1", port)}, tmp_path / "spool")
    assert [j.title for j in restarted.pending()] == ["container 001", "second"]
    printer = RawListener(port)
    try:
        outcomes = restarted.retry()
        assert [o.printed for o in outcomes] == [True, True]
        jobs = printer.wait_for(2)
    finally:
        printer.close()
    assert jobs == [label, b"^XA^XZ"]
    assert decode(zpl_image(jobs[0], 100, 100, 300)) == [("qr", IDENTIFICATION)]
    assert restarted.pending() == []


def test_paper_out_is_reported_and_nothing_is_sent(tmp_path: Path):
    printer = RawListener(paper_out=True)
    try:
        service = PrintService(
            {"label": RawSocketPrinter("127.0.0.1", printer.port, check_status=True)}, tmp_path / "spool"
        )
        outcome = service.submit("label", b"^XA^FO0,0^GB10,10,10^FS^XZ", "probe")
        assert not outcome.printed and outcome.reason == "printer_paper_out"
        assert printer.wait_for(1) == [b""]  # the status query only; the label stayed in the spool
        printer.paper_out = False
        assert [o.printed for o in service.retry()] == [True]
        assert printer.wait_for(2)[1] == b"^XA^FO0,0^GB10,10,10^FS^XZ"
    finally:
        printer.close()


def test_host_status_parsing():
    assert parse(answer()).problem is None
    assert parse(answer(paper_out=True)).problem == "printer_paper_out"
    assert parse(answer(head_open=True)).problem == "printer_head_open"
    assert parse(answer(paused=True)).problem == "printer_paused"
    with pytest.raises(ValueError):
        parse(b"\x02garbage\x03")


def test_unknown_cups_queue_is_a_clear_error(tmp_path: Path):
    with pytest.raises(PrintError) as caught:
        CupsPrinter("no-such-queue", server=str(tmp_path / "no-cups.sock")).send(b"%PDF-1.4", "x")
    assert caught.value.reason == "cups_refused" and caught.value.detail


def test_spool_survives_a_crash_between_data_and_description(tmp_path: Path):
    spool = Spool(tmp_path / "spool")
    kept = spool.add("label", "kept", b"^XA^XZ")
    (tmp_path / "spool" / "00000000000000000001-deadbeef.bin").write_bytes(b"orphan")
    (tmp_path / "spool" / "00000000000000000002-cafe.tmp").write_bytes(b"{half")
    reopened = Spool(tmp_path / "spool")
    assert [j.id for j in reopened.pending()] == [kept.id]
    assert sorted(p.name for p in (tmp_path / "spool").iterdir()) == [f"{kept.id}.bin", f"{kept.id}.json"]
    assert reopened.data(kept) == b"^XA^XZ"


def test_printer_addresses(tmp_path: Path):
    raw = printer_from_uri("socket://10.0.0.7?status=1")
    assert isinstance(raw, RawSocketPrinter) and (raw.host, raw.port, raw.check_status) == ("10.0.0.7", 9100, True)
    cups = printer_from_uri("cups://Labels?raw=1")
    assert isinstance(cups, CupsPrinter) and (cups.queue, cups.raw) == ("Labels", True)
    with pytest.raises(ValueError):
        printer_from_uri("lpt1:")
    with pytest.raises(KeyError):
        PrintService({}, tmp_path / "spool").submit("label", b"", "")


def test_pdf_printed_through_a_real_cups_queue_arrives_as_a_pdf(cups_server: CupsServer, tmp_path: Path):
    title = f"tstest{uuid.uuid4().hex[:10]}"
    document = pdf.render(hazard_label(hazard(30)))
    service = PrintService({"label": CupsPrinter(cups_server.queue, server=cups_server.socket)}, tmp_path / "s")
    outcome = service.submit("label", document, title)
    assert outcome.printed and outcome.reference.startswith(cups_server.queue + "-")
    produced = cups_server.wait_for_pdf(title)
    try:
        printed = produced.read_bytes()
    finally:
        produced.unlink()
    # cups-pdf re-distils the job through PostScript and Ghostscript, which drops the embedded font's Unicode map:
    # the Chinese is there as glyphs but not as extractable text. The page itself must match ours.
    assert IDENTIFICATION[:25] in pdf_text(printed)
    (page,) = pdf_images(printed, dpi=300)
    assert decode(page) == [("qr", IDENTIFICATION)]
    # CUPS puts the 100 mm label on the queue's A4 page: compare the inked areas, scaled to the same size.
    (ours,) = pdf_images(document, dpi=300)
    theirs, mine = _ink(page), _ink(ours)
    assert theirs.shape[1] / theirs.shape[0] == pytest.approx(mine.shape[1] / mine.shape[0], rel=0.02)
    resized = cv2.resize(theirs.astype(np.uint8) * 255, (mine.shape[1], mine.shape[0])) > 127
    assert (resized == mine).mean() > 0.95


def _ink(page: np.ndarray) -> np.ndarray:
    dark = page < 128
    rows, cols = np.flatnonzero(dark.any(axis=1)), np.flatnonzero(dark.any(axis=0))
    return dark[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]


def test_a_stopped_cups_queue_keeps_the_job(cups_server: CupsServer, tmp_path: Path):
    subprocess.run(["cupsreject", "-h", cups_server.socket, cups_server.queue], check=True)
    try:
        service = PrintService({"doc": CupsPrinter(cups_server.queue, server=cups_server.socket)}, tmp_path / "s")
        outcome = service.submit("doc", pdf.render(intake_label(INTAKE)), f"tstest{uuid.uuid4().hex[:10]}")
        assert not outcome.printed and outcome.reason == "cups_refused"
        assert "not accepting" in service.pending()[0].last_detail
    finally:
        subprocess.run(["cupsaccept", "-h", cups_server.socket, cups_server.queue], check=True)
    (job,) = service.pending()
    assert [o.printed for o in service.retry()] == [True]
    cups_server.wait_for_pdf(job.title).unlink()
