"""Operators, their roles and their log-in: who may do what at this station, and proof that it is them.

Every record names its actor. At the bench the actor is ``operator:<id>``, the person logged in; on the command
line it is ``cli:<account>``, whose rights are those of the computer account that can open the database file.
Roles rank technician < supervisor < administrator; each action that needs more than a technician names the
least role that may do it in ``PERMISSIONS``, and the core refuses an operator below it (``authorize``), so no
button left enabled by mistake can do more than its operator may.

PINs are kept as scrypt hashes (memory-hard, about 0.1 s each), badges as HMAC-SHA256 under a key that never
leaves this database, so a copied file gives neither. Five wrong PINs in a row lock the name for five minutes.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from station.codes import read_code
from station.operations.errors import OperationError
from station.store.events import NewEvent, StoredEvent
from station.store.localtime import today as local_today
from station.store.store import Store

ROLES = ("technician", "supervisor", "administrator")
PERMISSIONS: dict[str, str] = {
    "correct": "supervisor",
    "revoke_certificate": "supervisor",
    "release_quarantine": "supervisor",
    "edit_ruleset": "supervisor",
    "configure_station": "administrator",
    "manage_operators": "administrator",
}
ACTOR_PREFIX = "operator:"
PIN_LENGTH = (4, 12)
MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=5)
# scrypt cost: N=2^15, r=8 takes 32 MiB and about 0.1 s here, per guess, for anyone holding the file.
_SCRYPT = {"n": 2**15, "r": 8, "p": 1}
_BADGE_KEY = "operator_badge_key"  # made by migration 4

REASONS: dict[str, str] = {
    "not_permitted": "the operator's role may not do this",
    "first_operator_not_administrator": "the first operator must be an administrator",
    "operator_name_missing": "the operator's name is missing",
    "operator_role_unknown": "unknown operator role",
    "operator_name_taken": "another operator has this name",
    "operator_unknown": "no such operator",
    "operator_unchanged": "nothing to change",
    "last_administrator": "the station's last administrator cannot be removed or demoted",
    "login_failed": "wrong name or PIN",
    "login_locked": "too many wrong PINs: the name is locked for a while",
    "badge_unknown": "the badge belongs to no active operator",
    "badge_taken": "the badge belongs to another operator",
    "badge_is_battery_label": "a battery label was scanned where a badge was expected",
    "pin_not_digits": "a PIN is made of digits",
    "pin_length": "a PIN has the wrong length",
    "pin_too_simple": "the PIN is too easy to guess",
}


@dataclass(frozen=True)
class Operator:
    operator_id: str
    name: str
    role: str
    active: bool

    @property
    def actor(self) -> str:
        return ACTOR_PREFIX + self.operator_id

    def may(self, action: str) -> bool:
        return self.active and ROLES.index(self.role) >= ROLES.index(PERMISSIONS[action])


# ---- who ------------------------------------------------------------------------------------------------


def operators(store: Store, include_inactive: bool = False) -> list[Operator]:
    sql = "SELECT operator_id, name, role, active FROM operator"
    rows = store.db.execute_sql(sql + ("" if include_inactive else " WHERE active = 1") + " ORDER BY name")
    return [Operator(r[0], r[1], r[2], bool(r[3])) for r in rows]


def operator(store: Store, operator_id: str) -> Operator | None:
    row = store.db.execute_sql(
        "SELECT operator_id, name, role, active FROM operator WHERE operator_id = ?", (operator_id,)
    ).fetchone()
    return Operator(row[0], row[1], row[2], bool(row[3])) if row else None


def of_actor(store: Store, actor: str) -> Operator | None:
    """The operator an event's actor names, or None for a command-line or system actor."""
    return operator(store, actor[len(ACTOR_PREFIX) :]) if actor.startswith(ACTOR_PREFIX) else None


def actor_names(store: Store) -> dict[str, str]:
    """Each operator's actor and name (switched-off ones too: their past records still name them)."""
    return {o.actor: o.name for o in operators(store, include_inactive=True)}


def authorize(store: Store, actor: str, action: str) -> None:
    """Refuse ``action`` to an operator whose role is below what it needs, or who has been switched off."""
    if not actor.startswith(ACTOR_PREFIX):
        return
    who = of_actor(store, actor)
    if who is None or not who.may(action):
        raise OperationError("not_permitted", action=action, needs=PERMISSIONS[action])


# ---- managing -------------------------------------------------------------------------------------------


def add_operator(store: Store, actor: str, name: str, role: str, pin: str, badge: str = "") -> Operator:
    """A new operator. The very first one must be an administrator and may be added by anyone at the bench
    (there is nobody yet to log in); after that only an administrator adds operators."""
    first = not operators(store, include_inactive=True)
    if first and role != "administrator":
        raise OperationError("first_operator_not_administrator")
    if not first:
        authorize(store, actor, "manage_operators")
    name = " ".join(name.split())
    if not name:
        raise OperationError("operator_name_missing")
    if role not in ROLES:
        raise OperationError("operator_role_unknown", role=role)
    if any(o.name.casefold() == name.casefold() for o in operators(store, include_inactive=True)):
        raise OperationError("operator_name_taken", name=name)
    pin_hash = hash_pin(pin)
    badge_hash = _badge_hash(store, badge) if badge.strip() else None
    if badge_hash is not None:
        _check_badge_free(store, badge_hash, None)
    new = Operator(uuid.uuid4().hex[:12], name, role, True)
    with store.db.atomic(lock_type="IMMEDIATE"):
        store.record(actor, [NewEvent("operator.added", {"operator_id": new.operator_id, "name": name, "role": role})])
        store.db.execute_sql(
            "INSERT INTO operator_credential(operator_id, pin_hash, badge_hash, failures) VALUES (?,?,?,0)",
            (new.operator_id, pin_hash, badge_hash),
        )
    return new


def change_operator(
    store: Store, actor: str, operator_id: str, *, role: str | None = None, active: bool | None = None
) -> StoredEvent:
    authorize(store, actor, "manage_operators")
    target = operator(store, operator_id)
    if target is None:
        raise OperationError("operator_unknown", operator=operator_id)
    changes: dict[str, object] = {}
    if role is not None and role != target.role:
        if role not in ROLES:
            raise OperationError("operator_role_unknown", role=role)
        changes["role"] = role
    if active is not None and active != target.active:
        changes["active"] = active
    if not changes:
        raise OperationError("operator_unchanged")
    remaining = [o for o in operators(store) if o.role == "administrator" and o.operator_id != operator_id]
    if target.role == "administrator" and (changes.get("role") or changes.get("active") is False) and not remaining:
        raise OperationError("last_administrator")
    (event,) = store.record(actor, [NewEvent("operator.changed", {"operator_id": operator_id, **changes})])
    return event


def set_credentials(
    store: Store, actor: str, operator_id: str, pin: str | None = None, badge: str | None = None
) -> None:
    """A new PIN and/or badge: by the operator themself, or by an administrator (a forgotten PIN, a lost badge;
    ``badge=""`` takes the badge away). Also clears a lockout."""
    if actor != ACTOR_PREFIX + operator_id:
        authorize(store, actor, "manage_operators")
    if operator(store, operator_id) is None:
        raise OperationError("operator_unknown", operator=operator_id)
    sets, values = ["failures = 0", "locked_until = NULL"], []
    if pin is not None:
        sets.append("pin_hash = ?")
        values.append(hash_pin(pin))
    if badge is not None:
        badge_hash = _badge_hash(store, badge) if badge.strip() else None
        if badge_hash is not None:
            _check_badge_free(store, badge_hash, operator_id)
        sets.append("badge_hash = ?")
        values.append(badge_hash)
    with store.db.atomic(lock_type="IMMEDIATE"):
        store.db.execute_sql(
            f"UPDATE operator_credential SET {', '.join(sets)} WHERE operator_id = ?", (*values, operator_id)
        )


# ---- log-in ---------------------------------------------------------------------------------------------


def log_in_with_pin(store: Store, name: str, pin: str, now: datetime | None = None) -> Operator:
    """The operator of that name, if the PIN is theirs. A wrong name and a wrong PIN are refused alike."""
    now = now or datetime.now(UTC)
    who = next((o for o in operators(store) if o.name.casefold() == " ".join(name.split()).casefold()), None)
    if who is None:
        _derive(pin, b"\0" * 16, **_SCRYPT)  # the same time spent: a name's existence does not show in the speed
        raise OperationError("login_failed")
    row = store.db.execute_sql(
        "SELECT pin_hash, failures, locked_until FROM operator_credential WHERE operator_id = ?", (who.operator_id,)
    ).fetchone()
    if row is None or row[0] is None:
        raise OperationError("login_failed")
    if row[2] and datetime.fromisoformat(row[2]) > now:
        raise OperationError("login_locked", minutes=_minutes_left(datetime.fromisoformat(row[2]), now))
    if not verify_pin(pin, row[0]):
        failures = row[1] + 1
        locked = (now + LOCKOUT).isoformat() if failures >= MAX_FAILURES else None
        with store.db.atomic(lock_type="IMMEDIATE"):
            store.db.execute_sql(
                "UPDATE operator_credential SET failures = ?, locked_until = ? WHERE operator_id = ?",
                (0 if locked else failures, locked, who.operator_id),
            )
        if locked:
            raise OperationError("login_locked", minutes=_minutes_left(now + LOCKOUT, now))
        raise OperationError("login_failed")
    if row[1]:
        with store.db.atomic(lock_type="IMMEDIATE"):
            store.db.execute_sql(
                "UPDATE operator_credential SET failures = 0, locked_until = NULL WHERE operator_id = ?",
                (who.operator_id,),
            )
    return who


def log_in_with_badge(store: Store, badge: str) -> Operator:
    """The operator of the badge. A battery label scanned instead is told apart: nothing was taken in."""
    row = store.db.execute_sql(
        "SELECT o.operator_id FROM operator_credential c JOIN operator o USING (operator_id) "
        "WHERE c.badge_hash = ? AND o.active = 1",
        (_badge_hash(store, badge),),
    ).fetchone()
    if row is None:
        if read_code(badge, store.ruleset().code_tables, local_today()).code is not None:
            raise OperationError("badge_is_battery_label")
        raise OperationError("badge_unknown")
    found = operator(store, row[0])
    assert found is not None
    return found


def _minutes_left(until: datetime, now: datetime) -> int:
    return max(1, -(-int((until - now).total_seconds()) // 60))


# ---- secrets --------------------------------------------------------------------------------------------


def check_pin(pin: str) -> None:
    if not pin.isascii() or not pin.isdigit():
        raise OperationError("pin_not_digits")
    if not PIN_LENGTH[0] <= len(pin) <= PIN_LENGTH[1]:
        raise OperationError("pin_length", min=PIN_LENGTH[0], max=PIN_LENGTH[1])
    if len(set(pin)) == 1 or pin in "01234567890123456789" or pin in "98765432109876543210":
        raise OperationError("pin_too_simple")


def hash_pin(pin: str) -> str:
    check_pin(pin)
    salt = secrets.token_bytes(16)
    digest = _derive(pin, salt, **_SCRYPT)
    b64 = base64.b64encode
    return f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${b64(salt).decode()}${b64(digest).decode()}"


def verify_pin(pin: str, stored: str) -> bool:
    scheme, n, r, p, salt, digest = stored.split("$")
    if scheme != "scrypt":
        return False
    candidate = _derive(pin, base64.b64decode(salt), n=int(n), r=int(r), p=int(p))
    return hmac.compare_digest(candidate, base64.b64decode(digest))


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, maxmem=64 * 2**20, dklen=32)


def _badge_hash(store: Store, badge: str) -> str:
    return hmac.new(_badge_key(store), badge.strip().encode(), hashlib.sha256).hexdigest()


def _badge_key(store: Store) -> bytes:
    (value,) = store.db.execute_sql("SELECT value FROM meta WHERE key = ?", (_BADGE_KEY,)).fetchone()
    return bytes.fromhex(value)


def _check_badge_free(store: Store, badge_hash: str, owner: str | None) -> None:
    row = store.db.execute_sql(
        "SELECT operator_id FROM operator_credential WHERE badge_hash = ?", (badge_hash,)
    ).fetchone()
    if row is not None and row[0] != owner:
        raise OperationError("badge_taken")
