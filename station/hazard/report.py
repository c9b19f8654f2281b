"""The hazard check: mass balance, record consistency, storage time and pending laboratory follow-ups at once.

Errors are violations (the site's licence is at stake: a difference in the ledger, waste stored beyond the limit);
warnings are what needs doing soon (a storage deadline ahead, a sample waiting for its lab report).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import peewee as pw

from station.findings import Finding, error, has_errors, warning
from station.hazard.balance import CodeBalance, mass_balance
from station.hazard.catalogue import Catalogue
from station.hazard.queries import ContainerState, container_states
from station.hazard.storage import StorageState, storage_time
from station.rules.ruleset import RuleSet


@dataclass(frozen=True)
class HazardReport:
    today: date
    containers: int
    on_site: int
    codes: tuple[CodeBalance, ...]
    findings: tuple[Finding, ...]

    @property
    def ok(self) -> bool:
        return not has_errors(self.findings)


def check_hazard(db: pw.SqliteDatabase, rules: RuleSet, today: date) -> HazardReport:
    catalogue = Catalogue.from_rules(rules)
    states = container_states(db)
    balance = mass_balance(db)
    findings = [*balance.findings, *storage_findings(states, catalogue, today), *lab_followups(db)]
    return HazardReport(
        today=today,
        containers=len(states),
        on_site=sum(s.on_site for s in states),
        codes=balance.codes,
        findings=tuple(findings),
    )


def storage_findings(states: list[ContainerState], catalogue: Catalogue, today: date) -> list[Finding]:
    findings: list[Finding] = []
    for state in states:
        if not state.on_site or state.stored_since is None:
            continue
        st = storage_time(state.stored_since, today, catalogue.storage_limit_days, catalogue.warn_days_before)
        params = {"container": state.id_code, "stored_since": st.stored_since.isoformat(), "due": st.due.isoformat()}
        if st.state is StorageState.OVERDUE:
            findings.append(error("storage_overdue", days_over=-st.days_left, **params))
        elif st.state is StorageState.WARNING:
            findings.append(warning("storage_due_soon", days_left=st.days_left, point=st.point, **params))
    return findings


def lab_followups(db: pw.SqliteDatabase, parents: tuple[str, ...] | None = None) -> list[Finding]:
    """Screenings that XRF could not clear and that have no laboratory report yet (of some parents, or all)."""
    sql = (
        "SELECT x.sample, x.parent, x.verdict FROM hazard_xrf x WHERE x.verdict IN ('inconclusive', 'fail') "
        "AND NOT EXISTS (SELECT 1 FROM hazard_lab l WHERE l.sample = x.sample)"
    )
    params: tuple[str, ...] = ()
    if parents is not None:
        sql += f" AND x.parent IN ({','.join('?' * len(parents))})"
        params = parents
    return [
        warning("xrf_lab_followup_missing", sample=sample, parent=parent, verdict=verdict)
        for sample, parent, verdict in db.execute_sql(sql + " ORDER BY x.seq", params)
    ]
