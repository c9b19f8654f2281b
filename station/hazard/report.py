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
    findings = [
        *balance.findings,
        *container_findings(db, states, catalogue),
        *storage_findings(states, catalogue, today),
        *lab_followups(db),
    ]
    return HazardReport(
        today=today,
        containers=len(states),
        on_site=sum(s.on_site for s in states),
        codes=balance.codes,
        findings=tuple(findings),
    )


def container_findings(db: pw.SqliteDatabase, states: list[ContainerState], catalogue: Catalogue) -> list[Finding]:
    """The fill and date rules, judged again on what is on record.

    The operations refuse a breach when it is recorded, but a correction amends a payload after the fact and a
    rule set can change what is incompatible; the auditor's check must not depend on either having been right."""
    findings: list[Finding] = []
    for state in states:
        present = sorted(state.groups)
        clashing = sorted(
            {f"{a}+{b}" for i, a in enumerate(present) for b in present[i + 1 :] if catalogue.clashes(a, {b})}
        )
        if clashing:
            findings.append(error("container_wastes_incompatible", container=state.id_code, groups=clashing))
        if state.filled_g > state.capacity_g:
            findings.append(
                error(
                    "container_over_capacity",
                    container=state.id_code,
                    filled_g=state.filled_g,
                    capacity_g=state.capacity_g,
                )
            )
        if state.sealed_on is not None and state.last_fill_on is not None and state.sealed_on < state.last_fill_on:
            findings.append(
                error(
                    "sealed_before_fill",
                    container=state.id_code,
                    sealed_on=state.sealed_on.isoformat(),
                    last_fill_on=state.last_fill_on.isoformat(),
                )
            )
    for id_code, mass_g in db.execute_sql(
        "SELECT id_code, mass_g FROM hazard_ledger WHERE kind = 'generation' AND mass_g <= 0 ORDER BY seq"
    ):
        findings.append(error("fill_not_positive", container=id_code, mass_g=mass_g))
    for id_code, sealed_on, out_on in db.execute_sql(
        "SELECT i.id_code, i.on_date, o.on_date FROM hazard_ledger i JOIN hazard_ledger o "
        "ON o.id_code = i.id_code AND o.kind = 'storage_out' WHERE i.kind = 'storage_in' AND o.on_date < i.on_date "
        "ORDER BY o.seq"
    ):
        findings.append(error("handed_out_before_seal", container=id_code, sealed_on=sealed_on, handed_out_on=out_on))
    return findings


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
