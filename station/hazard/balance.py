"""Mass balance: for every container and every waste code, generated = in storage + handed out, to the gram.

The quantities come from independent records: the fills (generation), the seal (storage-in, the fills' total when
it was sealed) and the transfer (storage-out, what the manifest declared per container). In normal work they agree
by construction; a later correction, a hand-made log or a faulty sync makes them differ, and this names where.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import peewee as pw

from station.findings import Finding, error, warning


@dataclass(frozen=True)
class CodeBalance:
    waste_code: str
    generated_g: int
    in_storage_g: int
    handed_out_g: int

    @property
    def difference_g(self) -> int:
        return self.generated_g - self.in_storage_g - self.handed_out_g


@dataclass(frozen=True)
class Balance:
    codes: tuple[CodeBalance, ...]
    findings: tuple[Finding, ...]


_PER_CONTAINER = (
    "SELECT l.id_code, MIN(l.waste_code), "
    "SUM(CASE WHEN l.kind = 'generation' THEN l.mass_g ELSE 0 END), "
    "SUM(l.kind = 'storage_in'), SUM(CASE WHEN l.kind = 'storage_in' THEN l.mass_g ELSE 0 END), "
    "SUM(l.kind = 'storage_out'), SUM(CASE WHEN l.kind = 'storage_out' THEN l.mass_g ELSE 0 END), "
    "c.waste_code FROM hazard_ledger l "
    "LEFT JOIN (SELECT id_code, MIN(waste_code) AS waste_code FROM hazard_container GROUP BY id_code) c "
    "ON c.id_code = l.id_code GROUP BY l.id_code"
)


def mass_balance(db: pw.SqliteDatabase) -> Balance:
    findings: list[Finding] = []
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for id_code, ledger_code, gen, n_in, stored, n_out, out, code in db.execute_sql(_PER_CONTAINER):
        if code is None:
            findings.append(error("ledger_container_unknown", container=id_code))
            code = ledger_code
        for kind, count in (("storage_in", n_in), ("storage_out", n_out)):
            if count > 1:
                findings.append(error("ledger_record_repeated", container=id_code, record=kind, count=count))
        sealed, left = n_in > 0, n_out > 0
        if (sealed and gen != stored) or (left and stored != out):
            findings.append(
                error(
                    "mass_balance_container",
                    container=id_code,
                    generated_g=gen,
                    stored_in_g=stored if sealed else None,
                    handed_out_g=out if left else None,
                )
            )
        row = totals[code]
        row[0] += gen
        if left:
            row[2] += out
        else:
            row[1] += stored if sealed else gen
    codes = tuple(CodeBalance(code, *row) for code, row in sorted(totals.items()))
    for balance in codes:
        if balance.difference_g:
            findings.append(
                error(
                    "mass_balance_code",
                    waste_code=balance.waste_code,
                    generated_g=balance.generated_g,
                    in_storage_g=balance.in_storage_g,
                    handed_out_g=balance.handed_out_g,
                    difference_g=balance.difference_g,
                )
            )
    findings += _record_consistency(db)
    return Balance(codes, tuple(findings))


def _record_consistency(db: pw.SqliteDatabase) -> list[Finding]:
    """What only a correction can break: codes and manifest numbers used twice, wastes under another code,
    fills from a pack no longer on record, a manifest whose quantity is not its containers' total."""
    findings = [
        error("container_code_duplicate", container=code, openings=n)
        for code, n in db.execute_sql(
            "SELECT id_code, COUNT(*) FROM hazard_container GROUP BY id_code HAVING COUNT(*) > 1"
        )
    ]
    findings += [
        error("manifest_duplicate", manifest_no=number, transfers=n)
        for number, n in db.execute_sql(
            "SELECT manifest_no, COUNT(*) FROM hazard_transfer GROUP BY manifest_no HAVING COUNT(*) > 1"
        )
    ]
    findings += [
        error("fill_code_differs", container=id_code, fill_code=fill_code, container_code=container_code, seq=seq)
        for id_code, seq, fill_code, container_code in db.execute_sql(
            "SELECT l.id_code, l.seq, l.waste_code, c.waste_code FROM hazard_ledger l "
            "JOIN hazard_container c ON c.id_code = l.id_code "
            "WHERE l.kind = 'generation' AND l.waste_code <> c.waste_code ORDER BY l.seq"
        )
    ]
    findings += [
        warning("ledger_pack_unknown", container=id_code, pack=pack, seq=seq)
        for id_code, pack, seq in db.execute_sql(
            "SELECT l.id_code, l.pack_code, l.seq FROM hazard_ledger l WHERE l.pack_code IS NOT NULL "
            "AND NOT EXISTS (SELECT 1 FROM battery b WHERE b.code = l.pack_code) ORDER BY l.seq"
        )
    ]
    findings += [
        error("manifest_quantity_differs", manifest_no=number, manifest_g=quantity, containers_g=total)
        for number, quantity, total in db.execute_sql(
            "SELECT t.manifest_no, t.quantity_g, COALESCE(SUM(l.mass_g), 0) FROM hazard_transfer t "
            "LEFT JOIN hazard_ledger l ON l.seq = t.seq AND l.kind = 'storage_out' "
            "GROUP BY t.seq HAVING t.quantity_g <> COALESCE(SUM(l.mass_g), 0)"
        )
    ]
    return findings
