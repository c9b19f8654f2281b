"""Issuing a day's certificates at once: every pack whose dismantling was finished that day and that has no
certificate yet, each issued, rendered and written as its own PDF.

Each certificate is its own transaction: a pack the rules block (a checklist item missing, a lab report pending)
is reported with its reason and the others go on; a stop asked for between two packs leaves every certificate
issued so far complete and on disk, and the rest for the next run (the same call issues exactly what is left).
Progress is reported after each pack, so a window can show it and offer Cancel while this runs on a worker.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path

from station.documents.certificate import issuing
from station.documents.certificate.render import render
from station.documents.certificate.signing import Signer
from station.operations.errors import OperationError
from station.store.localtime import CHINA
from station.store.store import Store


@dataclass(frozen=True)
class PackResult:
    pack: str
    number: str = ""  # the certificate's number when issued
    file: Path | None = None
    reason: str = ""  # why not: an OperationError reason (certificate_blocked...)
    params: dict = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class BatchResult:
    day: date
    results: tuple[PackResult, ...]
    cancelled: bool

    @property
    def issued(self) -> tuple[PackResult, ...]:
        return tuple(r for r in self.results if r.number)

    @property
    def refused(self) -> tuple[PackResult, ...]:
        return tuple(r for r in self.results if not r.number)


Progress = Callable[[int, int, PackResult], None]  # done, total, the pack just handled


def packs_to_certify(store: Store, day: date) -> list[str]:
    """Packs whose dismantling finished on ``day`` (China time), in that order, without an active certificate."""
    low = datetime.combine(day, time.min, CHINA).astimezone(UTC).isoformat(timespec="microseconds")
    high = datetime.combine(day, time.max, CHINA).astimezone(UTC).isoformat(timespec="microseconds")
    rows = store.db.execute_sql(
        "SELECT json_extract(e.payload, '$.code') FROM event e "
        "LEFT JOIN correction c ON c.target_seq = e.seq AND c.kind = 'void' "
        "WHERE e.type = 'battery.dismantled' AND e.wall_time >= ? AND e.wall_time <= ? AND c.target_seq IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM certificate k WHERE k.pack_code = json_extract(e.payload, '$.code') "
        "AND k.status != 'revoked') ORDER BY e.seq",
        (low, high),
    )
    return list(dict.fromkeys(code for (code,) in rows if code))


def issue_day(
    store: Store,
    actor: str,
    signer: Signer,
    day: date,
    template: issuing.IssueRequest,
    out_folder: Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> BatchResult:
    """Issue the day's certificates into ``out_folder`` (one ``NUMBER.pdf`` each); ``template`` gives the kind,
    the issuer's details and the verification address. ``cancelled`` is asked before each pack."""
    out_folder.mkdir(parents=True, exist_ok=True)
    packs = packs_to_certify(store, day)
    results: list[PackResult] = []
    stopped = False
    for pack in packs:
        if cancelled():
            stopped = True
            break
        try:
            issued = issuing.issue(store, actor, signer, dataclasses.replace(template, pack_code=pack))
        except OperationError as err:
            result = PackResult(pack, reason=err.reason, params=dict(err.params))
        else:
            number = issued.certificate.number
            path = out_folder / f"{number}.pdf"
            _write(path, render(issued.certificate, issued.qr_text))
            result = PackResult(pack, number, path)
        results.append(result)
        if progress is not None:
            progress(len(results), len(packs), result)
    return BatchResult(day, tuple(results), stopped)


def _write(path: Path, data: bytes) -> None:
    # The certificate is on record already; its file must never stand half-written under its number.
    tmp = path.with_name(path.name + ".part")
    with tmp.open("wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, path)
