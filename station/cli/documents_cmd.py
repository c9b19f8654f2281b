"""``trace-station certificate ...`` and ``trace-station label sample``: certificates of disposal and labels."""

from __future__ import annotations

import argparse
import base64
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from station.documents.certificate import batch, issuing, signing
from station.documents.certificate.render import render
from station.documents.certificate.sample import sample
from station.documents.certificate.verify import Verification, verify_payload, verify_pdf
from station.documents.labels import pdf as label_pdf
from station.documents.labels import zpl
from station.documents.labels.echelon import EchelonLabel, echelon_label
from station.documents.labels.hazard import HazardLabel, hazard_label
from station.documents.labels.intake import IntakeLabel, intake_label
from station.identity import IdentityError, key_path, load, load_or_create
from station.operations.errors import OperationError
from station.store.localtime import today
from station.store.store import Store
from station.sync import state

VERIFY_PATH = "/verify"


def register(commands: argparse._SubParsersAction) -> None:
    cert = commands.add_parser("certificate", help="certificates of disposal").add_subparsers(
        dest="certificate_command", required=True
    )
    s = cert.add_parser("sample", help="render a signed certificate from built-in sample data")
    s.add_argument("out", type=Path)
    s.add_argument("--cells-per-module", type=int, default=4, help="cells listed per module (2 modules)")
    s.add_argument("--verify-url", help="verification page (default: the enrolled server's /verify)")
    s.set_defaults(handler=run_sample)

    v = cert.add_parser("verify", help="check a certificate PDF or a QR payload offline")
    v.add_argument("what", help="a certificate PDF, or the text of its QR code")
    v.add_argument("--keys", type=Path, help='JSON list of {"station_id", "public_key"} (base64) to trust as well')
    v.add_argument("--json", action="store_true")
    v.set_defaults(handler=run_verify)

    for name, help_text in (("issue", "issue a pack's certificate"), ("reissue", "issue a corrected version")):
        p = cert.add_parser(name, help=help_text)
        p.add_argument("pack" if name == "issue" else "number")
        p.add_argument("--out", type=Path, required=True, help="where to write the PDF")
        p.add_argument("--kind", choices=["dismantling", "recycling", "destruction"], default="dismantling")
        p.add_argument("--address", default="", help="the issuer's address")
        p.add_argument("--licence", action="append", default=[], help="a licence number (repeatable)")
        p.add_argument("--authority", default="", help="the permitting authority")
        p.add_argument("--verify-url", help="verification page (default: the enrolled server's /verify)")
        if name == "reissue":
            p.add_argument("--reason", required=True)
        p.set_defaults(handler=run_issue if name == "issue" else run_reissue)

    b = cert.add_parser("batch", help="issue the certificates of every pack dismantled on a day")
    b.add_argument("--date", type=date.fromisoformat, help="the day (YYYY-MM-DD, China time; default today)")
    b.add_argument("out", type=Path, help="folder for the PDFs (NUMBER.pdf each)")
    b.add_argument("--kind", choices=["dismantling", "recycling", "destruction"], default="dismantling")
    b.add_argument("--address", default="", help="the issuer's address")
    b.add_argument("--licence", action="append", default=[], help="a licence number (repeatable)")
    b.add_argument("--authority", default="", help="the permitting authority")
    b.add_argument("--verify-url", help="verification page (default: the enrolled server's /verify)")
    b.set_defaults(handler=run_batch)

    r = cert.add_parser("revoke", help="revoke a certificate (within the rule set's window)")
    r.add_argument("number")
    r.add_argument("--reason", required=True)
    r.set_defaults(handler=run_revoke)

    p = cert.add_parser("reprint", help="render a certificate again, identical to the original")
    p.add_argument("number")
    p.add_argument("--version", type=int)
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(handler=run_reprint)

    label = commands.add_parser("label", help="labels").add_subparsers(dest="label_command", required=True)
    ls = label.add_parser("sample", help="render a sample label: ZPL for .zpl files, PDF for .pdf")
    ls.add_argument("kind", choices=["intake", "echelon", "hazard"])
    ls.add_argument("out", type=Path)
    ls.add_argument("--dpi", type=int, choices=[203, 300, 600], default=203)
    ls.add_argument("--volume", type=float, default=30.0, help="hazard label: container volume in litres")
    ls.set_defaults(handler=run_label_sample)


def _refused(err: OperationError) -> int:
    print(f"refused: {err.reason} {json.dumps(err.params, ensure_ascii=False)}", file=sys.stderr)
    return 2


def _verify_url(store: Store, given: str | None) -> str:
    if given is not None:
        return given
    server = state.get(store.db, state.SERVER)
    return server.rstrip("/") + VERIFY_PATH if server else ""


def _signer(store: Store):
    if store.path is None:
        raise SystemExit("the station key lives beside the database file; an in-memory database has none")
    return load_or_create(store.path)


def run_sample(store: Store, args: argparse.Namespace) -> int:
    certificate = sample(cells_per_module=args.cells_per_module)
    payload = signing.sign(certificate, store.station_id, _signer(store))
    args.out.write_bytes(render(certificate, signing.qr_text(payload, _verify_url(store, args.verify_url))))
    print(f"sample certificate {certificate.number} written to {args.out} (signed by station {store.station_id})")
    return 0


def _request(args: argparse.Namespace, store: Store, pack: str = "") -> issuing.IssueRequest:
    details = issuing.IssuerDetails(args.address, tuple(args.licence), args.authority)
    return issuing.IssueRequest(pack, args.kind, details, verify_url=_verify_url(store, args.verify_url))


def run_batch(store: Store, args: argparse.Namespace) -> int:
    """Exit 0 when every pack of the day got its certificate, 1 when some were refused (each line says why)."""
    day = args.date or today()

    def report(done: int, total: int, result: batch.PackResult) -> None:
        if result.number:
            print(f"[{done}/{total}] {result.pack}: {result.number} → {result.file}", flush=True)
        else:
            print(f"[{done}/{total}] {result.pack}: refused {result.reason}", flush=True)

    result = batch.issue_day(store, args.actor, _signer(store), day, _request(args, store), args.out, report)
    print(f"{len(result.issued)} issued, {len(result.refused)} refused")
    return 1 if result.refused else 0


def run_issue(store: Store, args: argparse.Namespace) -> int:
    try:
        issued = issuing.issue(store, args.actor, _signer(store), _request(args, store, args.pack))
    except OperationError as err:
        return _refused(err)
    args.out.write_bytes(render(issued.certificate, issued.qr_text))
    print(f"certificate {issued.certificate.number} version 1 issued, written to {args.out}")
    return 0


def run_reissue(store: Store, args: argparse.Namespace) -> int:
    try:
        issued = issuing.reissue(store, args.actor, _signer(store), args.number, args.reason, _request(args, store))
    except OperationError as err:
        return _refused(err)
    args.out.write_bytes(render(issued.certificate, issued.qr_text))
    print(f"certificate {args.number} version {issued.certificate.version} issued, written to {args.out}")
    return 0


def run_revoke(store: Store, args: argparse.Namespace) -> int:
    try:
        issuing.revoke(store, args.actor, args.number, args.reason)
    except OperationError as err:
        return _refused(err)
    print(f"certificate {args.number} revoked")
    return 0


def run_reprint(store: Store, args: argparse.Namespace) -> int:
    try:
        args.out.write_bytes(issuing.reprint(store, args.number, args.version))
    except OperationError as err:
        return _refused(err)
    print(f"certificate {args.number} written to {args.out}")
    return 0


def known_keys(store: Store, extra: Path | None) -> signing.KnownKeys:
    """This station's own key (when it has one) and the keys in ``extra``."""
    keys = signing.KnownKeys()
    if store.path is not None and key_path(store.path).exists():
        try:
            keys.add(store.station_id, load(key_path(store.path)).public_key)
        except IdentityError as exc:
            print(f"warning: own key not usable: {exc}", file=sys.stderr)
    if extra is not None:
        for entry in json.loads(extra.read_text(encoding="utf-8")):
            keys.add(entry["station_id"], base64.b64decode(entry["public_key"], validate=True))
    return keys


def run_verify(store: Store, args: argparse.Namespace) -> int:
    keys = known_keys(store, args.keys)
    records = issuing.StoreRecords(store)
    if "TSC1." in args.what:  # a payload, or a verification address holding one
        result = verify_payload(args.what, keys, records)
    else:
        path = Path(args.what)
        if not path.is_file():
            print(f"no such file: {path} (and no TSC1 payload in the argument)", file=sys.stderr)
            return 2
        result = verify_pdf(path.read_bytes(), keys, records)
    if args.json:
        print(json.dumps(as_json(result), ensure_ascii=False))
    else:
        print(as_text(result))
    return 0 if result.ok else 1


def as_json(result: Verification) -> dict[str, Any]:
    return {
        "valid": result.ok,
        "facts": dict(result.signed.facts) if result.signed else None,
        "sha256": result.signed.sha256 if result.signed else None,
        "station_id": result.signed.station_id if result.signed else None,
        "checks": list(result.checks),
        "findings": [f.as_dict() for f in result.findings],
    }


PROVEN = {
    "signature": "signature: valid, by a key this verifier trusts",
    "data_hash": "data: the embedded data is the data that was signed (SHA-256)",
    "text": "printed text: the text of the signed data",
    "identical": "file: byte-for-byte the certificate as issued",
}


def as_text(result: Verification) -> str:
    lines = []
    if result.signed is not None:
        f = result.signed.facts
        lines.append(f"certificate {f.get('n')} version {f.get('v')} ({f.get('k')}), issued {f.get('t')}")
        lines.append(f"pack {f.get('p')}  VIN {f.get('vin') or '-'}  issuer {f.get('i')}")
        lines.append(f"signed by station {result.signed.station_id} (key {f.get('kid')})")
        lines.append(f"SHA-256 {result.signed.sha256}")
    lines += [PROVEN[c] for c in result.checks]
    lines += [f"{f.severity.value}: {f.code} {json.dumps(f.params, ensure_ascii=False)}" for f in result.findings]
    lines.append("VALID" if result.ok else "NOT VALID")
    return "\n".join(lines)


def run_label_sample(store: Store, args: argparse.Namespace) -> int:
    day = today()
    if args.kind == "intake":
        layout = intake_label(
            IntakeLabel(
                f"{store.station_id}-00000001", "001PB240000003B3C0221953", day, "P", "某某报废汽车回收有限公司", 410.5
            )
        )
    elif args.kind == "echelon":
        layout = echelon_label(EchelonLabel("0ABMB24B3C0221953RM", "001MB240000003B3C0221953", "M"))
    else:
        code = f"91350100M000100Y4390004549{day:%Y%m%d}001"
        layout = hazard_label(
            HazardLabel(
                "废电路板（BMS 控制板）",
                "HW49",
                "900-045-49",
                ("T",),
                day,
                "演示拆解站有限公司",
                "张三 0591-12345678",
                code,
                args.volume,
                "固态",
                "印刷电路板",
                "铅、镉",
                "防雨防潮",
            )
        )
    if args.out.suffix.lower() == ".pdf":
        args.out.write_bytes(label_pdf.render(layout))
    else:
        args.out.write_bytes(zpl.render(layout, zpl.ZplOptions(dpi=args.dpi)))
    print(f"{args.kind} label ({layout.size.width_mm:g}×{layout.size.height_mm:g} mm) written to {args.out}")
    for warning in layout.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return 0
