"""Read-side questions about containers, answered from the hazard projection tables.

A container's state follows from its ledger rows: a storage-in record means sealed, a storage-out record means
handed out. One grouped query over the ledger answers for every container at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import peewee as pw

OPEN = "open"
SEALED = "sealed"
HANDED_OUT = "handed_out"


@dataclass(frozen=True)
class ContainerState:
    id_code: str
    seq: int  # the opening event
    waste_code: str
    category: str
    waste_name: str
    container_type: str
    location: str
    capacity_g: int
    opened_on: date
    filled_g: int
    fills: int
    groups: frozenset[str]
    stored_since: date | None  # the first fill
    last_fill_on: date | None
    sealed_on: date | None  # the storage-in record's date
    stored_in_g: int | None  # the seal's quantity
    handed_out_g: int | None
    manifest_no: str | None

    @property
    def status(self) -> str:
        if self.handed_out_g is not None:
            return HANDED_OUT
        return SEALED if self.stored_in_g is not None else OPEN

    @property
    def on_site(self) -> bool:
        return self.handed_out_g is None


_CONTAINERS = (
    "SELECT seq, id_code, waste_code, category, waste_name, container_type, location, capacity_g, opened_on "
    "FROM hazard_container"
)
_LEDGER = (
    "SELECT id_code, kind, SUM(mass_g), COUNT(*), MIN(on_date), GROUP_CONCAT(DISTINCT grp), MAX(manifest_no), "
    "MAX(on_date) "
    "FROM hazard_ledger"
)


def container_states(db: pw.SqliteDatabase, id_codes: Iterable[str] | None = None) -> list[ContainerState]:
    """Every container (or those named), in opening order."""
    where, params = "", ()
    if id_codes is not None:
        params = tuple(id_codes)
        if not params:
            return []
        where = f" WHERE id_code IN ({','.join('?' * len(params))})"
    totals: dict[tuple[str, str], tuple] = {}
    for id_code, kind, mass, count, first, groups, manifest, last in db.execute_sql(
        f"{_LEDGER}{where} GROUP BY id_code, kind", params
    ):
        totals[(id_code, kind)] = (mass, count, first, groups, manifest, last)
    states = []
    for seq, id_code, waste, category, name, ctype, location, capacity, opened in db.execute_sql(
        f"{_CONTAINERS}{where} ORDER BY seq", params
    ):
        gen = totals.get((id_code, "generation"))
        stored = totals.get((id_code, "storage_in"))
        out = totals.get((id_code, "storage_out"))
        states.append(
            ContainerState(
                id_code=id_code,
                seq=seq,
                waste_code=waste,
                category=category,
                waste_name=name,
                container_type=ctype,
                location=location,
                capacity_g=capacity,
                opened_on=date.fromisoformat(opened),
                filled_g=gen[0] if gen else 0,
                fills=gen[1] if gen else 0,
                groups=frozenset(gen[3].split(",")) if gen and gen[3] else frozenset(),
                stored_since=date.fromisoformat(gen[2]) if gen else None,
                last_fill_on=date.fromisoformat(gen[5]) if gen else None,
                sealed_on=date.fromisoformat(stored[2]) if stored else None,
                stored_in_g=stored[0] if stored else None,
                handed_out_g=out[0] if out else None,
                manifest_no=out[4] if out else None,
            )
        )
    return states


def container_state(db: pw.SqliteDatabase, id_code: str) -> ContainerState | None:
    found = container_states(db, [id_code])
    return found[0] if found else None


@dataclass(frozen=True)
class PackOutput:
    """What came out of one pack under one code (the certificate's outputs per fraction)."""

    fraction: str
    waste_code: str
    category: str | None
    mass_g: int
    fills: int


def pack_outputs(db: pw.SqliteDatabase, pack_code: str) -> list[PackOutput]:
    """Fills are not subjects of their pack (see ``station.store.hazard_events``): they are found by pack code."""
    rows = db.execute_sql(
        "SELECT fraction, waste_code, MIN(category), SUM(mass_g), COUNT(*) FROM hazard_ledger "
        "WHERE kind = 'generation' AND pack_code = ? GROUP BY fraction, waste_code ORDER BY fraction, waste_code",
        (pack_code,),
    )
    return [PackOutput(*row) for row in rows]
