"""Operators for window tests: a session already logged in, as after the lock screen."""

from __future__ import annotations

from datetime import timedelta

from station import operators as ops
from station.store.store import Store
from ui.session import Session


def logged_in(store: Store, role: str = "administrator", name: str = "Wang Fang") -> Session:
    """A session of a new operator with ``role`` (an administrator is made first when needed)."""
    admin = next((o for o in ops.operators(store) if o.role == "administrator"), None)
    if admin is None:
        admin = ops.add_operator(store, "tester", "Admin" if role != "administrator" else name, "administrator", "2580")
    who = admin if role == "administrator" else ops.add_operator(store, admin.actor, name, role, "7391")
    session = Session(timedelta(0))
    session.log_in(who)
    return session
