"""TLS in front of the server: the station trusts the server's certificate through a configured CA bundle, and a
certificate it cannot trust (another CA, another host name) is refused and reported as such, never ignored."""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import threading
import time
from pathlib import Path

import pytest
import uvicorn
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from server.app import create_app
from station.operations.intake import IntakeForm, receive
from station.sync import state
from station.sync.client import ServerUnavailable, SyncClient
from station.sync.enrolment import enrol
from station.sync.service import SyncService
from tests.conftest import ACTOR, make_code
from tests.server.conftest import issue_code


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def make_ca(directory: Path, name: str) -> tuple[Path, ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(name))
        .issuer_name(_name(name))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(True, False, False, False, False, True, True, False, False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    path = directory / f"{name}.pem"
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return path, key, cert


def make_leaf(directory: Path, ca_key, ca_cert, host_ip: str) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("trace-server"))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(host_ip))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    cert_path, key_path = directory / "server.pem", directory / "server.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_path, key_path


@pytest.fixture
def tls_server(tmp_path: Path, server_db):
    """The real server behind TLS on 127.0.0.1, its certificate issued by a test CA; yields (url, ca_path)."""
    ca_path, ca_key, ca_cert = make_ca(tmp_path, "site-ca")
    cert, key = make_leaf(tmp_path, ca_key, ca_cert, "127.0.0.1")
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        create_app(server_db), log_level="warning", lifespan="off", ssl_certfile=str(cert), ssl_keyfile=str(key)
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the TLS server did not start"
        time.sleep(0.01)
    yield f"https://127.0.0.1:{port}", ca_path
    server.should_exit = True
    thread.join(10)
    sock.close()


def test_a_station_enrols_and_syncs_through_tls_with_its_ca_bundle(tls_server, make_station, server_db):
    url, ca = tls_server
    here = make_station("STA")
    enrol(here.store.db, here.path, "STA", url, issue_code(server_db, "STA"), ca_bundle=str(ca))
    assert state.get(here.store.db, state.CA_BUNDLE) == str(ca)
    assert receive(here.store, ACTOR, IntakeForm(make_code("P", 5100))).received
    report = SyncService(here.store).run_once()
    assert report.pending == 0 and report.acknowledged == here.store.event_count()


def test_a_certificate_the_station_cannot_trust_is_refused_and_named(tls_server, tmp_path):
    url, _ca = tls_server
    other_ca, _, _ = make_ca(tmp_path, "someone-else")
    for bundle in (None, str(other_ca)):  # the system's CAs, or the wrong bundle: neither knows the site's CA
        with SyncClient(url, ca_bundle=bundle) as client, pytest.raises(ServerUnavailable) as caught:
            client.cursor("STA")
        assert caught.value.reason == "server_certificate_untrusted", caught.value


def test_a_certificate_for_another_host_is_refused(tls_server, tmp_path, server_db):
    url, ca = tls_server
    # The certificate names 127.0.0.1; reached as "localhost" it names the wrong host.
    other_host = url.replace("127.0.0.1", "localhost")
    with SyncClient(other_host, ca_bundle=str(ca)) as client, pytest.raises(ServerUnavailable) as caught:
        client.cursor("STA")
    assert caught.value.reason == "server_certificate_untrusted"


def test_sync_status_names_an_untrusted_certificate(tls_server, make_station, tmp_path):
    url, _ca = tls_server
    other_ca, _, _ = make_ca(tmp_path, "someone-else")
    here = make_station("STA")
    state.put(here.store.db, state.SERVER, url)
    state.put(here.store.db, state.CA_BUNDLE, str(other_ca))
    state.save_token(here.path, "a-token")
    service = SyncService(here.store)
    with pytest.raises(ServerUnavailable):
        service.run_once()
    status = service.status()
    assert status.reachable is False and status.unavailable == "server_certificate_untrusted"
