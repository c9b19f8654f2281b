"""Certificates: rendered to pixels and text, the QR decoded and verified; tampering of every kind detected."""

from __future__ import annotations

import dataclasses
import re

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from station.documents.certificate import render as render_module
from station.documents.certificate import signing
from station.documents.certificate.model import Certificate
from station.documents.certificate.render import render
from station.documents.certificate.sample import PACK, sample
from station.documents.certificate.verify import embedded_data, verify_payload, verify_pdf
from tests.documents.helpers import decode, pdf_fonts, pdf_images, pdf_text

URL = "https://trace.example.cn/verify"


class Key:
    def __init__(self) -> None:
        self._key = Ed25519PrivateKey.generate()

    @property
    def public_key(self) -> bytes:
        return self._key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    def sign(self, data: bytes) -> bytes:
        return self._key.sign(data)


@pytest.fixture(scope="module")
def key() -> Key:
    return Key()


@pytest.fixture(scope="module")
def keys(key: Key) -> signing.KnownKeys:
    known = signing.KnownKeys()
    known.add("ST0001", key.public_key)
    return known


def signed_pdf(certificate: Certificate, key: Key) -> tuple[bytes, str]:
    text = signing.qr_text(signing.sign(certificate, "ST0001", key), URL)
    return render(certificate, text), text


def test_sample_renders_reads_back_and_verifies(key: Key, keys: signing.KnownKeys):
    certificate = sample()
    document, qr = signed_pdf(certificate, key)
    pages = pdf_images(document, dpi=300)
    assert [t for kind, t in decode(pages[0]) if kind == "qr"] == [qr]
    assert qr.startswith(URL + "?c=TSC1.")
    result = verify_payload(qr, keys)
    assert result.ok and result.signed is not None
    assert result.signed.facts["n"] == certificate.number and result.signed.sha256 == certificate.sha256
    text = re.sub(r"\s+", "", pdf_text(document))
    for expected in (
        "动力蓄电池拆解证明",
        "CertificateofDismantling",
        certificate.number,
        PACK,
        certificate.vin,
        "演示拆解站<Demo&Co>再生资源有限公司",
        "福建省福州市演示路1号</para>",
        "危险废物经营许可证FJ-HW-3501-0042",
        "900-045-49",
        certificate.sha256,
        "MF-2026-0001",
    ):
        assert expected in text, expected
    fonts = pdf_fonts(document)
    assert "STSong" not in fonts and "yes yes" in fonts  # TrueType, embedded and subset
    assert verify_pdf(document, keys).checks == ("signature", "data_hash", "text", "identical")


def test_a_pack_of_300_cells_runs_over_pages_and_still_verifies(key: Key, keys: signing.KnownKeys):
    certificate = sample(cells_per_module=150)
    document, _ = signed_pdf(certificate, key)
    assert len(pdf_images(document, dpi=20)) >= 6
    text = pdf_text(document)
    cells = [i.code for i in certificate.items if i.kind == "C"]
    assert len(cells) == 300 and all(code in text for code in cells)
    assert "第 6 页 Page 6" in text
    assert verify_pdf(document, keys).ok


def test_long_names_and_markup_in_every_field_lay_out(key: Key, keys: signing.KnownKeys):
    nasty = "<b>粗</b> & <para> </para> <font name=x> " + "很长的公司名称" * 30
    base = sample()
    certificate = dataclasses.replace(
        base,
        source=dataclasses.replace(base.source, name=nasty, address="\x1d\n\t" + nasty),
        source_document=nasty,
        steps=(*base.steps, dataclasses.replace(base.steps[0], detail=nasty)),
        extra=(("备注 Note", nasty),),
    )
    document, _ = signed_pdf(certificate, key)
    text = re.sub(r"\s+", "", pdf_text(document))
    assert text.count(re.sub(r"\s+", "", nasty)) >= 4
    assert verify_pdf(document, keys).ok


def test_reprint_is_identical(key: Key):
    certificate = sample()
    payload = signing.sign(certificate, "ST0001", key)
    assert render(certificate, payload) == render(Certificate.from_dict(certificate.as_dict()), payload)
    assert embedded_data(render(certificate, payload)) == certificate.canonical().encode()


def test_a_copied_qr_code_under_other_data_is_detected(key: Key, keys: signing.KnownKeys):
    original = sample()
    qr = signing.qr_text(signing.sign(original, "ST0001", key), URL)
    forged = render(dataclasses.replace(original, vin="LSVAA4182E2123456"), qr)
    result = verify_pdf(forged, keys)
    assert not result.ok
    assert {f.code for f in result.findings} >= {"data_hash_mismatch", "facts_mismatch"}


def test_a_page_edited_after_signing_is_detected(key: Key, keys: signing.KnownKeys, monkeypatch: pytest.MonkeyPatch):
    """The embedded data is the signed original but the printed mass was changed: the text no longer matches."""
    original = sample()
    qr = signing.qr_text(signing.sign(original, "ST0001", key), URL)
    attaching = render_module._attaching
    monkeypatch.setattr(render_module, "_attaching", lambda _data: attaching(original.canonical().encode()))
    edited = render(dataclasses.replace(original, pack=dataclasses.replace(original.pack, mass_kg=310.5)), qr)
    monkeypatch.undo()
    result = verify_pdf(edited, keys)
    assert [f.code for f in result.findings] == ["text_mismatch"]
    assert "data_hash" in result.checks  # the data itself is the signed one


def test_a_changed_fact_in_the_payload_breaks_the_signature(key: Key, keys: signing.KnownKeys):
    payload = signing.sign(sample(), "ST0001", key)
    prefix, body, signature = payload.split(".")
    facts = signing._unb64(body).replace(b'"vin":"1M8GDM9AXKP042788"', b'"vin":"1M8GDM9AXKP042789"')
    tampered = f"{prefix}.{signing._b64(facts)}.{signature}"
    assert [f.code for f in verify_payload(tampered, keys).findings] == ["signature_invalid"]
    assert [f.code for f in verify_payload(payload[:-3], keys).findings] == ["signature_invalid"]
    assert [f.code for f in verify_payload("hello", keys).findings] == ["payload_missing"]
    assert [f.code for f in verify_payload("TSC1.!!.??", keys).findings] == ["payload_missing"]
    assert [f.code for f in verify_payload("TSC1.AAAA.AAAA", keys).findings] == ["payload_malformed"]


def test_unknown_key_and_a_key_claimed_by_another_station(key: Key):
    payload = signing.sign(sample(), "ST0001", key)
    stranger = Key()
    strangers = signing.KnownKeys()
    strangers.add("ST0001", stranger.public_key)
    assert [f.code for f in verify_payload(payload, strangers).findings] == ["key_unknown"]
    wrong_owner = signing.KnownKeys()
    wrong_owner.add("ST0002", key.public_key)
    assert [f.code for f in verify_payload(payload, wrong_owner).findings] == ["key_station_mismatch"]


def test_a_pdf_without_qr_or_data_is_refused(key: Key, keys: signing.KnownKeys):
    from station.documents.labels import pdf as label_pdf
    from station.documents.labels.intake import intake_label
    from tests.documents.samples import INTAKE

    assert [f.code for f in verify_pdf(label_pdf.render(intake_label(INTAKE)), keys).findings] == ["qr_unreadable"]
