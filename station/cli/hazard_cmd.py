"""``trace-station hazard ...``: containers, fills, seals, transfers, the ledger, the check, checklist and XRF."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from station.findings import Finding, Severity
from station.hazard import certificate_blockers
from station.hazard.catalogue import Catalogue
from station.hazard.ledger import FORMATS, export_ledger
from station.hazard.mass import kg_text
from station.hazard.queries import container_state, container_states
from station.hazard.report import check_hazard
from station.hazard.storage import storage_time
from station.operations.errors import OperationError
from station.operations.hazard_checklist import record_check
from station.operations.hazard_containers import FillRequest, fill, open_container, seal
from station.operations.hazard_transfers import Carrier, TransferOrder, transfer_out
from station.operations.hazard_xrf import LAB_VERDICTS, import_xrf, record_lab_report
from station.operations.outbound import Receiver
from station.store.localtime import today as local_today
from station.store.store import Store


def register(commands: argparse._SubParsersAction) -> None:
    day = argparse.ArgumentParser(add_help=False)
    day.add_argument(
        "--today", type=date.fromisoformat, metavar="DATE", help="the business date (default: today, China time)"
    )
    group = commands.add_parser("hazard", help="hazardous waste: containers, ledger, transfers, checks, XRF")
    sub = group.add_subparsers(dest="hazard_command", required=True)

    p = sub.add_parser("catalogue", help="waste codes, dismantling outputs and container types in force")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_catalogue)

    p = sub.add_parser("containers", parents=[day], help="containers with state, quantity and storage time")
    p.add_argument("--all", action="store_true", help="include containers already handed out")
    p.add_argument("--json", action="store_true", help="one JSON object per container")
    p.set_defaults(handler=run_containers)

    p = sub.add_parser("open", parents=[day], help="open a container: prints its HJ 1276 identification code")
    p.add_argument("waste_code", metavar="WASTE_CODE", help="e.g. 900-045-49")
    p.add_argument("--location", required=True, help="storage location (facility code)")
    p.add_argument("--type", dest="container_type", help="container type (default: the code's first)")
    p.add_argument("--capacity-kg", type=float, help="capacity (default: the container type's)")
    p.set_defaults(handler=run_open)

    p = sub.add_parser("fill", parents=[day], help="put a quantity of a dismantling output into a container")
    p.add_argument("container", metavar="CONTAINER", help="identification code")
    p.add_argument("--fraction", required=True, help="dismantling output, e.g. bms_boards")
    p.add_argument("--kg", required=True, help="quantity in kg")
    p.add_argument("--pack", help="the pack it came out of")
    p.add_argument("--typed", action="store_true", help="the quantity was typed, not read from the scale")
    p.set_defaults(handler=run_fill)

    p = sub.add_parser("seal", parents=[day], help="seal a container and record it into storage")
    p.add_argument("container", metavar="CONTAINER")
    p.add_argument("--weighed-kg", help="net mass on the scale, checked against the fills")
    p.set_defaults(handler=run_seal)

    p = sub.add_parser("transfer", parents=[day], help="hand sealed containers to a receiver under a manifest")
    p.add_argument("containers", nargs="+", metavar="CONTAINER")
    p.add_argument("--manifest", required=True, help="manifest number")
    p.add_argument("--quantity-kg", required=True, help="the quantity on the manifest")
    p.add_argument("--receiver-name", required=True)
    p.add_argument("--receiver-uscc", required=True)
    p.add_argument("--receiver-licence", required=True, help="receiver's hazardous-waste licence number")
    p.add_argument("--carrier", required=True)
    p.add_argument("--plate", required=True, help="vehicle plate")
    p.add_argument("--driver", required=True)
    p.set_defaults(handler=run_transfer)

    p = sub.add_parser("ledger", help="export the HJ 1259 ledger for a period")
    p.add_argument("--from", dest="start", type=date.fromisoformat, required=True, metavar="DATE")
    p.add_argument("--to", dest="end", type=date.fromisoformat, required=True, metavar="DATE")
    p.add_argument("--format", choices=FORMATS, default="csv")
    p.add_argument("--container", metavar="ID_CODE", help="only this container's records (its HJ 1259 page)")
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(handler=run_ledger)

    p = sub.add_parser("check", parents=[day], help="mass balance, storage time, lab follow-ups (exit 1 on errors)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_check)

    p = sub.add_parser("item", parents=[day], help="record a handling checklist item of a pack")
    p.add_argument("pack", metavar="PACK")
    p.add_argument("item", metavar="ITEM", help="e.g. service_disconnect, coolant_drained, bms_removed")
    p.add_argument("values", nargs="*", metavar="FIELD=VALUE", help="e.g. removed=yes wait_min=15")
    p.set_defaults(handler=run_item)

    p = sub.add_parser("blockers", help="what stops the pack's certificate (exit 1 when anything does)")
    p.add_argument("pack", metavar="PACK")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_blockers)

    xrf = sub.add_parser("xrf", help="China RoHS screening").add_subparsers(dest="xrf_command", required=True)
    p = xrf.add_parser("import", parents=[day], help="import an XRF analyser's CSV (exit 1 when a line is rejected)")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--instrument", default="", help="for files without an instrument column")
    p.set_defaults(handler=run_xrf_import)
    p = xrf.add_parser("lab", parents=[day], help="record the laboratory report for a sample")
    p.add_argument("sample", metavar="SAMPLE")
    p.add_argument("--report", required=True, help="report number")
    p.add_argument("--lab", required=True, help="laboratory")
    p.add_argument("--verdict", required=True, choices=LAB_VERDICTS)
    p.add_argument("--result", action="append", default=[], metavar="SUBSTANCE=MG_KG")
    p.set_defaults(handler=run_xrf_lab)


def _refused(err: OperationError) -> int:
    print(f"refused: {err.reason} {json.dumps(err.params, ensure_ascii=False)}", file=sys.stderr)
    return 2


def _day(args: argparse.Namespace) -> date:
    return args.today or local_today()


def _finding_line(f: Finding) -> str:
    return f"{f.severity.value:<8} {f.code:<28} {json.dumps(f.params, ensure_ascii=False)}"


def run_catalogue(store: Store, args: argparse.Namespace) -> int:
    cat = Catalogue.from_rules(store.ruleset())
    if args.json:
        print(json.dumps(store.ruleset().content.get("hazard"), ensure_ascii=False, indent=2))
        return 0
    for w in cat.codes.values():
        mark = "" if w.confirmed else "  (unconfirmed)"
        print(f"{w.code}  {w.category}  {','.join(w.hazards):<6} {w.form:<7} {w.name_zh or w.name_en}{mark}")
    for f in cat.fractions.values():
        mark = "" if f.confirmed else "  (unconfirmed)"
        print(f"fraction {f.name:<14} -> {f.code or 'general industrial solid waste'}  group {f.group}{mark}")
    for t in cat.container_types.values():
        print(f"container {t.name:<18} {t.volume_l:g} L  {t.capacity_kg:g} kg  label {t.label_size_mm} mm")
    return 0


def run_containers(store: Store, args: argparse.Namespace) -> int:
    cat, today = Catalogue.from_rules(store.ruleset()), _day(args)
    for s in container_states(store.db):
        if not (args.all or s.on_site):
            continue
        storage = "-"
        due = None
        if s.on_site and s.stored_since is not None:
            st = storage_time(s.stored_since, today, cat.storage_limit_days, cat.warn_days_before)
            storage, due = st.state.value, st.due.isoformat()
        row: dict[str, Any] = {
            "container": s.id_code,
            "status": s.status,
            "waste_code": s.waste_code,
            "container_type": s.container_type,
            "location": s.location,
            "kg": kg_text(s.filled_g),
            "capacity_kg": kg_text(s.capacity_g),
            "fills": s.fills,
            "opened_on": s.opened_on.isoformat(),
            "stored_since": s.stored_since.isoformat() if s.stored_since else None,
            "storage": storage,
            "due": due,
            "manifest_no": s.manifest_no,
        }
        if args.json:
            print(json.dumps(row, ensure_ascii=False))
        else:
            print(
                f"{s.status:<10} {s.id_code}  {s.waste_code}  {row['kg']:>9} / {row['capacity_kg']} kg  "
                f"{s.location}  since {row['stored_since'] or '-'}  {storage}{f' (due {due})' if due else ''}"
            )
    return 0


def run_open(store: Store, args: argparse.Namespace) -> int:
    try:
        opened = open_container(
            store, args.actor, args.waste_code, args.location, args.container_type, args.capacity_kg, _day(args)
        )
    except OperationError as err:
        return _refused(err)
    print(opened.code.text)
    return 0


def run_fill(store: Store, args: argparse.Namespace) -> int:
    request = FillRequest(args.container, args.fraction, args.kg, args.pack, "typed" if args.typed else "scale")
    try:
        fill(store, args.actor, request, _day(args))
    except OperationError as err:
        return _refused(err)
    print(f"filled {args.kg} kg of {args.fraction} into {args.container.strip().upper()}")
    return 0


def run_seal(store: Store, args: argparse.Namespace) -> int:
    try:
        event = seal(store, args.actor, args.container, args.weighed_kg, _day(args))
    except OperationError as err:
        return _refused(err)
    print(f"sealed {event.payload['id_code']} with {kg_text(event.payload['mass_g'])} kg")
    return 0


def run_transfer(store: Store, args: argparse.Namespace) -> int:
    order = TransferOrder(
        args.manifest,
        Receiver(args.receiver_name, args.receiver_uscc, args.receiver_licence),
        Carrier(args.carrier, args.plate, args.driver),
        args.containers,
        args.quantity_kg,
    )
    try:
        event = transfer_out(store, args.actor, order, _day(args))
    except OperationError as err:
        return _refused(err)
    p = event.payload
    print(f"manifest {p['manifest_no']}: {len(p['containers'])} container(s), {kg_text(p['quantity_g'])} kg")
    return 0


def run_ledger(store: Store, args: argparse.Namespace) -> int:
    if args.end < args.start:
        print("usage: --to must not be before --from", file=sys.stderr)
        return 2
    container = args.container.strip().upper() if args.container else None
    if container is not None and container_state(store.db, container) is None:
        print(f"refused: container_unknown {json.dumps({'container': container})}", file=sys.stderr)
        return 2
    count = export_ledger(store.db, args.start, args.end, args.file, args.format, container)
    print(f"{count} ledger records written to {args.file}")
    return 0


def run_check(store: Store, args: argparse.Namespace) -> int:
    report = check_hazard(store.db, store.ruleset(), _day(args))
    errors = [f for f in report.findings if f.severity is Severity.ERROR]
    if args.json:
        body = {
            "today": report.today.isoformat(),
            "ok": report.ok,
            "containers": report.containers,
            "on_site": report.on_site,
            "codes": [
                {
                    "waste_code": c.waste_code,
                    "generated_kg": kg_text(c.generated_g),
                    "in_storage_kg": kg_text(c.in_storage_g),
                    "handed_out_kg": kg_text(c.handed_out_g),
                }
                for c in report.codes
            ],
            "findings": [f.as_dict() for f in report.findings],
        }
        print(json.dumps(body, ensure_ascii=False))
    else:
        print(f"containers: {report.containers} ({report.on_site} on site)")
        for c in report.codes:
            print(
                f"{c.waste_code}: generated {kg_text(c.generated_g)} kg = in storage {kg_text(c.in_storage_g)} kg "
                f"+ handed out {kg_text(c.handed_out_g)} kg"
            )
        for f in report.findings:
            print(_finding_line(f))
        print(f"errors: {len(errors)}, warnings: {len(report.findings) - len(errors)}")
    return 1 if errors else 0


def run_item(store: Store, args: argparse.Namespace) -> int:
    values: dict[str, str] = {}
    for pair in args.values:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            print(f"refused: check_value_invalid {json.dumps({'field': pair}, ensure_ascii=False)}", file=sys.stderr)
            return 2
        values[key.strip()] = value
    try:
        events = record_check(store, args.actor, args.pack, args.item, values, _day(args))
    except OperationError as err:
        return _refused(err)
    filled = [e for e in events if e.type == "hazard.filled"]
    suffix = f"; filled {kg_text(filled[0].payload['mass_g'])} kg into {filled[0].payload['id_code']}" if filled else ""
    print(f"{args.item} recorded for {args.pack}{suffix}")
    return 0


def run_blockers(store: Store, args: argparse.Namespace) -> int:
    blockers = certificate_blockers(store, args.pack)
    for f in blockers:
        print(json.dumps(f.as_dict(), ensure_ascii=False) if args.json else _finding_line(f))
    if not blockers and not args.json:
        print("no hazardous-substance blockers")
    return 1 if blockers else 0


def run_xrf_import(store: Store, args: argparse.Namespace) -> int:
    try:
        result = import_xrf(store, args.actor, args.file, args.instrument, _day(args))
    except OperationError as err:
        return _refused(err)
    print(f"added {len(result.added)}, rejected {len(result.rejected)}")
    for line, sample in result.added:
        print(f"  line {line}: added {sample}")
    for problem in result.rejected:
        print(f"  line {problem.line}: {problem.reason} {json.dumps(dict(problem.params), ensure_ascii=False)}")
    return 1 if result.rejected else 0


def run_xrf_lab(store: Store, args: argparse.Namespace) -> int:
    results: dict[str, float] = {}
    for pair in args.result:
        name, _, value = pair.partition("=")
        try:
            results[name.strip()] = float(value)
        except ValueError:
            print(f"refused: lab_result_invalid {json.dumps({'result': pair}, ensure_ascii=False)}", file=sys.stderr)
            return 2
    try:
        record_lab_report(store, args.actor, args.sample, args.report, args.lab, args.verdict, results, _day(args))
    except OperationError as err:
        return _refused(err)
    print(f"lab report {args.report} recorded for {args.sample}: {args.verdict}")
    return 0
