"""Certificate verification on the server: projected from the pushed events, checked against the keys stations
registered at enrolment, answered as JSON and as the page a phone opens from the QR code (real chromium)."""

from __future__ import annotations

import base64
import json
from datetime import UTC, date, datetime
from urllib.parse import quote

import httpx
import peewee as pw

from server import migrations, models
from server.models import Certificate, EventFlag, StationKey
from station.documents.certificate.issuing import IssuerDetails, IssueRequest, issue, reissue, revoke
from station.identity import load_or_create
from station.operations.reference import configure_station
from tests.conftest import ACTOR, TODAY
from tests.documents.certificates import identity, ready_pack
from tests.server import browser
from tests.server.conftest import issue_code
from tests.server.helpers import service

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
DETAILS = IssuerDetails("福州市演示路 1 号", ("FJ-HW-3501-0042",), "福建省生态环境厅")


def issued_and_synced(station, server_url: str, today: date = TODAY):
    pack = ready_pack(station.store, today)
    done = issue(
        station.store,
        ACTOR,
        identity(station.store),
        IssueRequest(pack, issuer=DETAILS, verify_url=f"{server_url}/verify"),
        NOW,
    )
    service(station).run_once()
    return done


def check(server_url: str, payload: str) -> dict:
    answer = httpx.get(f"{server_url}/v1/certificates/verify", params={"c": payload})
    assert answer.status_code == 200, answer.text
    return answer.json()


def tampered(payload: str, **changes: object) -> str:
    """The payload with some signed facts changed and the original signature kept."""
    prefix, body, signature = payload.split(".")
    facts = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    forged = base64.urlsafe_b64encode(json.dumps({**facts, **changes}).encode()).rstrip(b"=").decode()
    return f"{prefix}.{forged}.{signature}"


def test_a_synced_certificate_is_valid_with_its_facts_in_json_and_on_the_page(live_server, make_station):
    a = make_station("STA", live_server.url)
    done = issued_and_synced(a, live_server.url)
    payload = done.event.payload["payload"]
    answer = check(live_server.url, payload)
    c = done.certificate
    assert answer["status"] == "valid" and answer["reason"] is None and answer["signature"] is True
    assert (answer["number"], answer["version"], answer["pack"], answer["kind"]) == (
        c.number,
        1,
        c.pack.code,
        "dismantling",
    )
    assert answer["issuer_name"] == "演示拆解站 <Demo & Co>" and answer["site_name"] == "Site one"
    assert answer["station_id"] == "STA" and answer["issued_at"] == "2026-11-24T09:00:00Z"

    # The address the QR code holds, opened as a phone would.
    assert done.qr_text.startswith(f"{live_server.url}/verify?c=TSC1.")
    page = browser.dom(done.qr_text)
    assert 'data-status="valid"' in page and "有效" in page and "Valid" in page
    for shown in (c.number, c.pack.code, "91350100M000100Y43", "Site one (S1)", "拆解 dismantling"):
        assert shown in page
    assert "演示拆解站 &lt;Demo &amp; Co&gt;" in page  # escaped, not parsed as markup
    green = browser.share_of_colour(browser.screenshot(done.qr_text), "#1b7f3b")
    assert green > 0.05, f"the verdict is not painted green at phone size ({green:.3f})"


def test_a_tampered_payload_is_invalid_and_shows_none_of_its_claims(live_server, make_station):
    a = make_station("STA", live_server.url)
    payload = issued_and_synced(a, live_server.url).event.payload["payload"]
    forged = tampered(payload, p="001PB240000003B3C0299999")
    answer = check(live_server.url, forged)
    assert (answer["status"], answer["reason"], answer["signature"]) == ("invalid", "signature_invalid", False)
    assert answer["pack"] is None and answer["number"] is None
    page = browser.dom(f"{live_server.url}/verify?c={quote(forged, safe='.-_')}")
    assert 'data-status="invalid"' in page and "无效" in page and "Invalid" in page
    assert "001PB240000003B3C0299999" not in page and 'id="facts"' not in page
    red = browser.share_of_colour(browser.screenshot(f"{live_server.url}/verify?c={forged}"), "#b3261e")
    assert red > 0.05
    for broken, reason in (
        ("TSC1.!!.??", "payload_missing"),
        ("TSC1.AAAA.BBBB", "payload_malformed"),
        ("hello", "payload_missing"),
    ):
        assert check(live_server.url, broken)["reason"] == reason
    assert httpx.get(f"{live_server.url}/v1/certificates/verify", params={"c": "T" * 5000}).status_code == 422
    missing = browser.dom(f"{live_server.url}/verify")
    assert 'data-reason="payload_missing"' in missing and "scan the QR code" in missing


def test_revoked_and_superseded_certificates_say_so(live_server, make_station):
    a = make_station("STA", live_server.url)
    first = issued_and_synced(a, live_server.url)
    number = first.certificate.number
    second = reissue(
        a.store,
        ACTOR,
        identity(a.store),
        number,
        "mass corrected",
        IssueRequest(first.certificate.pack.code, issuer=DETAILS, verify_url=f"{live_server.url}/verify"),
        NOW,
    )
    service(a).run_once()
    old = check(live_server.url, first.event.payload["payload"])
    assert (old["status"], old["latest_version"]) == ("superseded", 2)
    assert check(live_server.url, second.event.payload["payload"])["status"] == "valid"
    page = browser.dom(first.qr_text)
    assert 'data-status="superseded"' in page and "已被新版本取代" in page

    revoke(a.store, ACTOR, number, "issued for the wrong pack <b>bold</b>", NOW)
    service(a).run_once()
    for payload in (first.event.payload["payload"], second.event.payload["payload"]):
        answer = check(live_server.url, payload)
        assert answer["status"] == "revoked" and answer["revoked_reason"] == "issued for the wrong pack <b>bold</b>"
    page = browser.dom(second.qr_text)
    assert 'data-status="revoked"' in page and "已撤销" in page and "Revoked" in page
    assert "issued for the wrong pack &lt;b&gt;bold&lt;/b&gt;" in page and "<b>" not in page


def test_unknown_keys_and_certificates_not_yet_synced(live_server, make_station, server_db, tmp_path):
    a = make_station("STA", live_server.url)
    pack = ready_pack(a.store, TODAY)
    stranger = load_or_create(tmp_path / "stranger.sqlite3")  # a key no station registered
    forged = issue(a.store, ACTOR, stranger, IssueRequest(pack, issuer=DETAILS), NOW)
    answer = check(live_server.url, forged.event.payload["payload"])
    assert (answer["status"], answer["reason"], answer["signature"]) == ("unknown", "key_unknown", False)

    b = make_station("STB", live_server.url)
    pending = issue(b.store, ACTOR, identity(b.store), IssueRequest(ready_pack(b.store, TODAY), issuer=DETAILS), NOW)
    answer = check(live_server.url, pending.event.payload["payload"])
    assert (answer["status"], answer["reason"], answer["signature"]) == ("unknown", "certificate_not_on_record", True)
    assert answer["number"] == pending.certificate.number and answer["site_name"] is None
    page = browser.dom(f"{live_server.url}/verify?c={pending.event.payload['payload']}")
    assert 'data-status="unknown"' in page and pending.certificate.number in page and "尚未" in page

    # Pushed: the one signed with the stranger's key is stored, flagged, and still not valid.
    service(a).run_once()
    service(b).run_once()
    assert check(live_server.url, pending.event.payload["payload"])["status"] == "valid"
    assert check(live_server.url, forged.event.payload["payload"])["status"] == "unknown"
    with server_db.connection_context():
        flags = [(f.station_id, f.seq, f.reason) for f in EventFlag.select()]
    assert ("STA", forged.event.seq, "certificate_unverifiable") in flags
    # A key registered by one station does not vouch for a payload that names another.
    assert check(live_server.url, tampered(pending.event.payload["payload"], st="STA"))["reason"] == "signature_invalid"


def test_a_new_key_at_re_enrolment_keeps_old_certificates_verifiable(live_server, make_station, server_db):
    a = make_station("STA", live_server.url)
    old = issued_and_synced(a, live_server.url)
    key_file = load_or_create(a.path).path
    key_file.unlink()  # the station lost its key: it makes a new one and re-enrols with it
    new_key = load_or_create(a.path)
    code = issue_code(server_db, station_id="STA")
    body = {"code": code, "station_id": "STA", "public_key": new_key.public_key_b64}
    assert httpx.post(f"{live_server.url}/v1/enrol", json=body).status_code == 200
    with server_db.connection_context():
        assert StationKey.select().where(StationKey.station == "STA").count() == 2
    assert check(live_server.url, old.event.payload["payload"])["status"] == "valid"


def test_the_migration_projects_certificates_already_pushed(live_server, make_station, server_db: pw.Database):
    """A server upgraded in place (schema 2 to 3) verifies the certificates its stations pushed before."""
    a = make_station("STA", live_server.url)
    done = issued_and_synced(a, live_server.url)
    with server_db.connection_context():
        before = [(c.number, c.version, c.sha256, c.payload) for c in Certificate.select()]
        server_db.execute_sql("DROP TABLE certificate")
        server_db.execute_sql("DROP TABLE station_key")
        models.ServerMeta.update(value="2").where(models.ServerMeta.key == "schema_version").execute()
        assert migrations.migrate(server_db) == migrations.latest() - 2
        after = [(c.number, c.version, c.sha256, c.payload) for c in Certificate.select()]
    assert after == before and len(after) == 1
    assert check(live_server.url, done.event.payload["payload"])["status"] == "valid"


def test_every_shown_field_is_escaped(live_server, make_station):
    a = make_station("STA", live_server.url)
    pack = ready_pack(a.store, TODAY)
    hostile = '<img src=x onerror="document.body.dataset.pwned=1">"&'
    configure_station(a.store, ACTOR, site_name=hostile)
    done = issue(
        a.store,
        ACTOR,
        identity(a.store),
        IssueRequest(pack, issuer=DETAILS, verify_url=f"{live_server.url}/verify"),
        NOW,
    )
    service(a).run_once()
    page = browser.dom(done.qr_text)
    assert '&lt;img src=x onerror="document.body.dataset.pwned=1"&gt;"&amp;' in page
    assert "<img" not in page and "pwned" not in page.split("<main>")[0]
    answer = httpx.get(done.qr_text)
    assert answer.headers["content-security-policy"].startswith("default-src 'none'")
    assert answer.headers["cache-control"] == "no-store"
