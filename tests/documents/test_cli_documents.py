"""``trace-station certificate`` and ``label`` as real processes."""

from __future__ import annotations

import base64
import json
from datetime import date
from pathlib import Path

from station.identity import key_path, load
from station.store.store import Store
from tests.cli.test_cli import cli
from tests.documents.certificates import ready_pack
from tests.documents.helpers import decode, pdf_images, zpl_image


def test_sample_verifies_and_other_stations_need_the_key(tmp_path: Path):
    db, other = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    out = cli(db, "certificate", "sample", str(tmp_path / "c.pdf"), "--verify-url", "https://trace.example.cn/verify")
    assert out.returncode == 0, out.stderr.decode()
    checked = cli(db, "certificate", "verify", "--json", str(tmp_path / "c.pdf"))
    assert checked.returncode == 0, checked.stdout.decode() + checked.stderr.decode()
    result = json.loads(checked.stdout)
    assert result["valid"] and result["checks"] == ["signature", "data_hash", "text", "identical"]
    assert [f["code"] for f in result["findings"]] == ["certificate_not_on_record"]

    (page,) = pdf_images((tmp_path / "c.pdf").read_bytes(), dpi=300)[:1]
    qr = next(text for kind, text in decode(page) if kind == "qr")
    unknown = cli(other, "certificate", "verify", "--json", qr)
    assert unknown.returncode == 1 and json.loads(unknown.stdout)["findings"][0]["code"] == "key_unknown"

    station_a = Store.open(db)
    entry = {"station_id": station_a.station_id, "public_key": load(key_path(db)).public_key_b64}
    station_a.close()
    (tmp_path / "keys.json").write_text(json.dumps([entry]), encoding="utf-8")
    trusted = cli(other, "certificate", "verify", qr, "--keys", str(tmp_path / "keys.json"))
    assert trusted.returncode == 0 and b"VALID" in trusted.stdout

    prefix, body, signature = qr.split("?c=")[1].split(".")
    facts = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    facts["p"] = "001PE240000003B3C0221954"
    forged_body = base64.urlsafe_b64encode(json.dumps(facts).encode()).rstrip(b"=").decode()
    forged = cli(db, "certificate", "verify", f"{prefix}.{forged_body}.{signature}")
    assert forged.returncode == 1 and b"signature_invalid" in forged.stdout and b"NOT VALID" in forged.stdout


def test_issue_revoke_and_reprint(db_path: Path, tmp_path: Path, today: date):
    store = Store.open(db_path, station_id="ST0001")
    pack = ready_pack(store, today)
    store.close()
    out = cli(db_path, "certificate", "issue", pack, "--out", str(tmp_path / "i.pdf"), "--licence", "FJ-HW-1")
    assert out.returncode == 0, out.stderr.decode()
    number = out.stdout.decode().split()[1]
    assert cli(db_path, "certificate", "verify", str(tmp_path / "i.pdf")).returncode == 0
    again = cli(db_path, "certificate", "issue", pack, "--out", str(tmp_path / "j.pdf"))
    assert again.returncode == 2 and b"certificate_exists" in again.stderr
    reprinted = cli(db_path, "certificate", "reprint", number, "--out", str(tmp_path / "r.pdf"))
    assert reprinted.returncode == 0 and (tmp_path / "r.pdf").read_bytes() == (tmp_path / "i.pdf").read_bytes()
    assert cli(db_path, "certificate", "revoke", number, "--reason", "wrong source").returncode == 0
    revoked = cli(db_path, "certificate", "verify", "--json", str(tmp_path / "i.pdf"))
    assert revoked.returncode == 1
    assert [f["code"] for f in json.loads(revoked.stdout)["findings"]] == ["certificate_revoked"]


def test_label_samples(tmp_path: Path):
    db = tmp_path / "s.sqlite3"
    assert cli(db, "label", "sample", "echelon", str(tmp_path / "e.zpl"), "--dpi", "300").returncode == 0
    image = zpl_image((tmp_path / "e.zpl").read_bytes(), 60, 40, 300)
    assert [kind for kind, _ in decode(image)] == ["data_matrix", "data_matrix"]
    assert cli(db, "label", "sample", "hazard", str(tmp_path / "h.pdf"), "--volume", "500").returncode == 0
    (page,) = pdf_images((tmp_path / "h.pdf").read_bytes(), dpi=100)
    assert abs(page.shape[1] - 200 * 100 / 25.4) <= 1
