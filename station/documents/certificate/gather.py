"""A pack's certificate data, gathered from the station's records: the battery and its modules and cells, who did
what when (its timeline), the hazardous-waste fractions filled from it, and where things went."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from station.documents.certificate.model import Downstream, Fraction, Issuer, Item, Party, Step
from station.hazard.catalogue import Catalogue
from station.hazard.queries import pack_outputs
from station.store.queries import StoreHistory
from station.store.store import Store

STEP_NAMES = {
    "battery.received": "接收 Received",
    "battery.quarantine_released": "解除隔离 Released from quarantine",
    "battery.inspected": "检查 Inspected",
    "battery.dismantled": "拆解 Dismantled",
    "battery.treated": "处理 Treated",
    "battery.handed_out": "移交 Handed out",
}
KIND_NAMES = {"P": "电池包 Packs", "M": "模组 Modules", "C": "单体 Cells"}


@dataclass(frozen=True)
class Gathered:
    issuer: Issuer
    source: Party
    source_document: str
    pack: Item
    vin: str
    items: tuple[Item, ...]
    inspection: tuple[tuple[str, str], ...]
    steps: tuple[Step, ...]
    fractions: tuple[Fraction, ...]
    downstream: tuple[Downstream, ...]


def gather(store: Store, pack_code: str, issuer: Issuer) -> Gathered | None:
    """None when the pack is not on record."""
    row = store.db.execute_sql(
        "SELECT code, kind, maker, chemistry, mass_kg, vin, source_name, source_uscc, source_document "
        "FROM battery WHERE code = ?",
        (pack_code,),
    ).fetchone()
    if row is None:
        return None
    makers = store.ruleset().content.get("makers", {})
    pack = _item(row, "", makers)
    family = _family(store, pack_code, makers)
    timeline = StoreHistory(store.db).timeline(pack_code)
    return Gathered(
        issuer=issuer,
        source=Party(row[6] or "", row[7] or ""),
        source_document=row[8] or "",
        pack=pack,
        vin=row[5] or "",
        items=family,
        inspection=_inspection(timeline),
        steps=_steps(store, pack_code, timeline),
        fractions=_fractions(store, pack_code, family),
        downstream=_downstream(store, pack_code, family),
    )


def _item(row: Sequence, parent: str, makers: dict) -> Item:
    maker = makers.get(row[2] or "", {})
    name = " ".join(n for n in (maker.get("name_zh"), maker.get("name_en")) if n) or (row[2] or "")
    return Item(row[0], row[1], parent, name, row[3] or "", row[4])


def _family(store: Store, pack_code: str, makers: dict) -> tuple[Item, ...]:
    found: list[Item] = []
    frontier = [pack_code]
    for _ in range(3):  # pack → module → cell; the bound also stops a corrupt cycle
        rows = []
        for parent in frontier:
            rows += [
                (parent, r)
                for r in store.db.execute_sql(
                    "SELECT b.code, b.kind, b.maker, b.chemistry, b.mass_kg FROM link l JOIN battery b "
                    "ON b.code = l.child WHERE l.parent = ? ORDER BY l.position",
                    (parent,),
                )
            ]
        found += [_item(r, parent, makers) for parent, r in rows]
        frontier = [r[0] for _, r in rows]
    return tuple(found)


def _inspection(timeline: Sequence) -> tuple[tuple[str, str], ...]:
    inspected = [e for e in timeline if e.type == "battery.inspected"]
    if not inspected:
        return ()
    p = inspected[-1].payload
    lines = [("结论 Result", f"{p.get('result')} · {p.get('route') or '—'}")]
    lines += [(str(k), _number(v)) for k, v in sorted((p.get("measurements") or {}).items())]
    lines += [(str(k), str(v)) for k, v in sorted((p.get("items") or {}).items())]
    return tuple(lines)


def _steps(store: Store, pack_code: str, timeline: Sequence) -> tuple[Step, ...]:
    steps = [
        Step(STEP_NAMES[e.type], e.wall_time[:10], e.actor, _detail(e.type, e.payload))
        for e in timeline
        if e.type in STEP_NAMES
    ]
    checks = store.db.execute_sql(
        "SELECT item, on_date, actor FROM hazard_check WHERE pack_code = ? ORDER BY seq", (pack_code,)
    )
    steps += [Step(f"检查项 Check: {item}", on_date, actor) for item, on_date, actor in checks]
    return tuple(sorted(steps, key=lambda s: s.date))


def _detail(kind: str, p: dict) -> str:
    if kind == "battery.received":
        return f"{p.get('recycling_no') or ''} {_kg(p.get('mass_kg'))}".strip()
    if kind == "battery.inspected":
        return f"{p.get('result')} {p.get('route') or ''}".strip()
    if kind == "battery.dismantled":
        return f"{len(p.get('children') or [])} children"
    if kind == "battery.treated":
        return str(p.get("method") or "")
    if kind == "battery.handed_out":
        return f"{(p.get('receiver') or {}).get('name', '')} {p.get('document') or ''}".strip()
    return str(p.get("reason") or "")


def _fractions(store: Store, pack_code: str, family: tuple[Item, ...]) -> tuple[Fraction, ...]:
    found = []
    for kind in ("M", "C"):
        masses = [i.mass_kg for i in family if i.kind == kind and i.mass_kg is not None]
        if masses:
            found.append(Fraction(KIND_NAMES[kind], round(sum(masses), 3)))
    codes = Catalogue.from_rules(store.ruleset()).codes
    for output in pack_outputs(store.db, pack_code):
        known = codes.get(output.waste_code)
        # The catalogue's name of the waste, in both languages, then the station's fraction key as recorded.
        name = f"{known.name_zh} {known.name_en} ({output.fraction})" if known else output.fraction
        found.append(Fraction(name, output.mass_g / 1000, output.waste_code))
    return tuple(found)


def _downstream(store: Store, pack_code: str, family: tuple[Item, ...]) -> tuple[Downstream, ...]:
    codes = {pack_code, *(i.code for i in family)}
    found: list[Downstream] = []
    for (payload,) in store.db.execute_sql("SELECT payload FROM event WHERE type = 'battery.handed_out' ORDER BY seq"):
        p = json.loads(payload)
        moved = [c for c in p.get("codes", []) if c in codes]
        if moved:
            r = p.get("receiver") or {}
            what = f"{len(moved)} × {p.get('destination', '')}"
            found.append(
                Downstream(r.get("name", ""), r.get("uscc", ""), r.get("licence", ""), p.get("document", ""), what)
            )
    rows = store.db.execute_sql(
        "SELECT DISTINCT o.receiver_name, o.receiver_licence, o.manifest_no, o.waste_code FROM hazard_ledger o "
        "WHERE o.kind = 'storage_out' AND o.id_code IN "
        "(SELECT id_code FROM hazard_ledger WHERE kind = 'generation' AND pack_code = ?) ORDER BY o.manifest_no",
        (pack_code,),
    )
    found += [Downstream(name or "", "", licence or "", manifest or "", code) for name, licence, manifest, code in rows]
    receipt = store.db.execute_sql(
        "SELECT reported_ref FROM duty WHERE subject = ? AND reported_ref IS NOT NULL ORDER BY event_seq DESC LIMIT 1",
        (pack_code,),
    ).fetchone()
    if receipt and receipt[0]:
        found.append(Downstream("国家溯源平台 Traceability platform", what="上报 upload", upload_ref=receipt[0]))
    return tuple(found)


def _number(value: object) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _kg(value: object) -> str:
    return f"{value:g} kg" if isinstance(value, int | float) else ""
