"""The traceability rule engine: one scan, in its context, against the rule set and what is already recorded.

Each rule is a small function returning hits (a finding and the outcome it calls for); the verdict is the worst
outcome. Rules never raise on bad input and never word anything: reason codes only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from station.codes import CodeResult, NormaliseOptions, Scheme, read_code
from station.codes.model import DEFAULT_OPTIONS
from station.findings import Finding, Severity, error, info, warning
from station.rules.deadlines import DeadlineState, deadline
from station.rules.ruleset import RuleSet
from station.rules.verdict import (
    INTAKE_FLAGS,
    BatteryRecord,
    Context,
    History,
    Hit,
    Outcome,
    ScanRequest,
    Verdict,
)
from station.status import (
    CERTIFIED,
    DISMANTLED,
    DISMANTLING,
    HANDED_OUT,
    IN_STORE,
    QUARANTINED,
    TREATED,
)

Rule = Callable[[ScanRequest, CodeResult, History, RuleSet, date], Iterable[Hit]]

# A lower level may be scanned into a higher one only: pack -> module or cell, module -> cell.
CHILD_KINDS = {"P": ("M", "C"), "M": ("C",), "C": ()}
LIST_OUTCOMES = {"blocked": Outcome.REJECT, "recall": Outcome.QUARANTINE, "quarantine": Outcome.QUARANTINE}


def evaluate(
    request: ScanRequest,
    history: History,
    rules: RuleSet,
    today: date,
    options: NormaliseOptions = DEFAULT_OPTIONS,
) -> Verdict:
    read = read_code(request.payload, rules.code_tables, today, options)
    return judge(request, read, history, rules, today)


def judge(request: ScanRequest, read: CodeResult, history: History, rules: RuleSet, today: date) -> Verdict:
    """The verdict for an already-read code (the camera pipeline reads once, then judges)."""
    hits: list[Hit] = []
    for rule in RULES:
        hits.extend(rule(request, read, history, rules, today))
    outcome = max((h.outcome for h in hits), key=lambda o: o.rank, default=Outcome.ACCEPT)
    return Verdict(outcome, request.context, read, tuple(hits), rules.version, rules.sha256, today)


def _by_severity(finding: Finding) -> Hit:
    outcome = {
        Severity.ERROR: Outcome.REJECT,
        Severity.WARNING: Outcome.ACCEPT_WARNINGS,
        Severity.INFO: Outcome.ACCEPT,
    }[finding.severity]
    return Hit(finding, outcome)


def code_rule(req: ScanRequest, read: CodeResult, _h: History, _r: RuleSet, _t: date) -> Iterable[Hit]:
    if req.context is Context.INTAKE and "no_code" in req.flags and read.code is None:
        return  # a battery without a code is taken in (to quarantine), not refused for its empty scan
    for finding in read.findings:
        if finding.code == "scheme_eu_passport" and read.code is None and req.context is Context.INTAKE:
            # A pack with only an EU passport link has no GB/T 34014 code: it is a high-risk "no code" battery.
            yield Hit(finding, Outcome.QUARANTINE)
        else:
            yield _by_severity(finding)


def list_rule(
    _req: ScanRequest, read: CodeResult, history: History, rules: RuleSet, _t: date
) -> Iterable[Hit]:
    if read.code is None:
        return
    for code in (read.code, *history.ancestors(read.code)):
        entry = rules.lists.get(code)
        if entry is None:
            continue
        params = {"list": entry.kind, "reason": entry.reason, "reference": entry.reference}
        if code != read.code:
            params["via"] = code
        outcome = LIST_OUTCOMES[entry.kind]
        severity = error if outcome is Outcome.REJECT else warning
        yield Hit(severity(f"list_{entry.kind}", **params), outcome)


def intake_rule(req: ScanRequest, read: CodeResult, history: History, _r: RuleSet, _t: date) -> Iterable[Hit]:
    if req.context is not Context.INTAKE or read.code is None:
        return
    known = history.battery(read.code)
    if known is None:
        return
    if known.status in (DISMANTLED, TREATED):
        yield Hit(error("already_dismantled", status=known.status), Outcome.REJECT)
    elif known.status == CERTIFIED:
        yield Hit(error("already_certified"), Outcome.REJECT)
    elif known.status == HANDED_OUT:
        yield Hit(warning("received_again", received_at=known.received_at), Outcome.ACCEPT_WARNINGS)
    else:
        yield Hit(
            error("duplicate_intake", status=known.status, received_at=known.received_at), Outcome.REJECT
        )


def high_risk_rule(
    req: ScanRequest, _read: CodeResult, _h: History, rules: RuleSet, _t: date
) -> Iterable[Hit]:
    if req.context is not Context.INTAKE:
        return
    flags = set(req.flags)
    for unknown in sorted(flags - INTAKE_FLAGS):
        yield Hit(error("intake_flag_unknown", flag=unknown), Outcome.REJECT)
    m = req.measurements
    if "temperature_c" in m and not (
        rules.threshold("temperature_min_c") <= m["temperature_c"] <= rules.threshold("temperature_max_c")
    ):
        flags.add("abnormal_temperature")
    if "soc_pct" in m and not rules.threshold("soc_min_pct") <= m["soc_pct"] <= rules.threshold(
        "soc_max_pct"
    ):
        flags.add("abnormal_soc")
    for flag in sorted(flags & INTAKE_FLAGS):
        if flag in rules.high_risk_flags:
            yield Hit(warning(f"high_risk_{flag}"), Outcome.QUARANTINE)
        else:
            yield Hit(info(f"high_risk_{flag}"), Outcome.ACCEPT)


def child_rule(req: ScanRequest, read: CodeResult, history: History, _r: RuleSet, _t: date) -> Iterable[Hit]:
    if req.context is not Context.CHILD or read.code is None:
        return
    parent = history.battery(req.parent_code) if req.parent_code else None
    if parent is None:
        yield Hit(error("parent_unknown", parent=req.parent_code), Outcome.REJECT)
        return
    yield from _parent_state(parent)
    if parent.kind == "P" and parent.status == IN_STORE and parent.inspection_result is None:
        # The pack is opened before its safety judgement was recorded: allowed (the record may follow), said.
        yield Hit(warning("parent_not_inspected", parent=parent.code), Outcome.ACCEPT_WARNINGS)
    if read.code == parent.code:
        yield Hit(error("child_is_parent"), Outcome.REJECT)
        return
    kind = read.fields.product_type if read.fields else None
    if kind is not None and kind not in CHILD_KINDS.get(parent.kind, ()):
        yield Hit(error("child_wrong_level", child_kind=kind, parent_kind=parent.kind), Outcome.REJECT)
    known = history.battery(read.code)
    if known is not None and known.parent_code == parent.code:
        yield Hit(error("child_duplicate", parent=parent.code), Outcome.REJECT)
    elif known is not None and known.parent_code is not None:
        yield Hit(error("child_linked_elsewhere", other_parent=known.parent_code), Outcome.REJECT)
    elif known is not None:
        yield Hit(error("child_already_recorded", status=known.status), Outcome.REJECT)
    chem = read.fields.chemistry if read.fields else None
    if chem and parent.chemistry and chem != parent.chemistry:
        yield Hit(warning("chemistry_mismatch", child=chem, parent=parent.chemistry), Outcome.ACCEPT_WARNINGS)


def _parent_state(parent: BatteryRecord) -> Iterable[Hit]:
    if parent.status == QUARANTINED:
        yield Hit(error("parent_quarantined", parent=parent.code), Outcome.REJECT)
    elif parent.status not in (IN_STORE, DISMANTLING):
        yield Hit(error("parent_not_open", parent=parent.code, status=parent.status), Outcome.REJECT)


def outbound_rule(
    req: ScanRequest, read: CodeResult, history: History, _r: RuleSet, _t: date
) -> Iterable[Hit]:
    if req.context is not Context.OUTBOUND or read.code is None:
        return
    known = history.battery(read.code)
    if known is None:
        yield Hit(error("not_in_store"), Outcome.REJECT)
    elif known.status == QUARANTINED:
        yield Hit(error("quarantined_cannot_leave"), Outcome.REJECT)
    elif known.status == HANDED_OUT:
        yield Hit(error("already_handed_out"), Outcome.REJECT)
    elif known.status in (DISMANTLED, TREATED, CERTIFIED):
        yield Hit(error("already_dismantled", status=known.status), Outcome.REJECT)


def deadline_rule(
    _req: ScanRequest, read: CodeResult, history: History, rules: RuleSet, today: date
) -> Iterable[Hit]:
    if read.code is None:
        return
    for duty in history.open_duties(read.code):
        d = deadline(duty, rules.calendar, today, rules.at_risk_workdays)
        params = {"event_type": duty.event_type, "due": d.due.isoformat(), "workdays_left": d.workdays_left}
        if d.state is DeadlineState.OVERDUE:
            yield Hit(warning("upload_overdue", **params), Outcome.ACCEPT_WARNINGS)
        elif d.state is DeadlineState.AT_RISK:
            yield Hit(info("upload_at_risk", **params), Outcome.ACCEPT)


def remote_rule(req: ScanRequest, read: CodeResult, _h: History, _r: RuleSet, _t: date) -> Iterable[Hit]:
    """What other stations recorded (asked of the central server at intake): a pack another station dismantled,
    treated or certified cannot be received again; an intake the server could not be asked about is provisional."""
    if req.context is not Context.INTAKE or req.remote is None or read.code is None:
        return
    if not req.remote.reachable:
        yield Hit(info("history_unavailable"), Outcome.ACCEPT)
        return
    for sighting in req.remote.sightings[-1:]:  # the latest one names where the pack ended
        params = {"station": sighting.station_id, "status": sighting.status, "at": sighting.at}
        yield Hit(error("dismantled_elsewhere", **params), Outcome.REJECT)


def scheme_rule(req: ScanRequest, read: CodeResult, _h: History, _r: RuleSet, _t: date) -> Iterable[Hit]:
    """Echelon-use codes are products of another company's re-use: fine to look up, not raw intake stock."""
    if read.scheme is Scheme.GBT34014_ECHELON and req.context is Context.INTAKE:
        yield Hit(info("echelon_product"), Outcome.ACCEPT)


RULES: tuple[Rule, ...] = (
    code_rule,
    list_rule,
    intake_rule,
    high_risk_rule,
    child_rule,
    outbound_rule,
    deadline_rule,
    scheme_rule,
    remote_rule,
)
