"""Secrets: one-time enrolment codes and per-station bearer tokens, both kept only as SHA-256 hashes.

Both are random with at least 80 bits, so a plain SHA-256 (not a slow password hash) is enough: nobody can guess
a preimage, and the database alone never lets anyone act as a station. A station's token is scoped to that
station: every write checks the path's station against the token's.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import peewee as pw

from server import certificates
from server.models import EnrolmentCode, Site, Station, Token, utcnow

TOKEN_PREFIX = "tst1_"  # recognisable in a leaked-secret scan, and versioned
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: read aloud or typed from paper
CODE_GROUPS, CODE_GROUP_LEN = 4, 4  # 16 characters of 31: about 79 bits


class AuthError(Exception):
    """A refused credential; ``reason`` is a stable code, ``status`` the HTTP status it maps to."""

    def __init__(self, reason: str, status: int) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status


@dataclass(frozen=True)
class Enrolment:
    station_id: str
    site_id: str
    token: str


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def normalise_code(code: str) -> str:
    return "".join(c for c in code.upper() if c.isalnum())


def issue_code(site_id: str, station_id: str | None = None, valid_for: timedelta = timedelta(hours=72)) -> str:
    """A new one-time code, shown once to the operator who types it at the station."""
    if Site.get_or_none(Site.id == site_id) is None:
        raise AuthError("site_unknown", 404)
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUPS * CODE_GROUP_LEN))
    EnrolmentCode.create(code_hash=digest(raw), site=site_id, station_id=station_id, expires_at=utcnow() + valid_for)
    return "-".join(raw[i : i + CODE_GROUP_LEN] for i in range(0, len(raw), CODE_GROUP_LEN))


def enrol(db: pw.Database, code: str, station_id: str, public_key: str) -> Enrolment:
    """Spend a code: register (or re-register) the station with its public key and give it a new token.

    Re-enrolment (a code issued for that very station) replaces the key and revokes the old tokens but keeps the
    station's chain head: its history goes on where it stopped."""
    with db.atomic():
        now = utcnow()
        # Spent by a conditional UPDATE: of two simultaneous uses of one code, exactly one changes the row.
        spent = (
            EnrolmentCode.update(used_at=now)
            .where(
                (EnrolmentCode.code_hash == digest(normalise_code(code)))
                & EnrolmentCode.used_at.is_null()
                & (EnrolmentCode.expires_at > now)
            )
            .execute()
        )
        if spent != 1:
            raise AuthError("enrolment_code_invalid", 403)
        entry = EnrolmentCode.get_by_id(digest(normalise_code(code)))
        if entry.station_id is not None and entry.station_id != station_id:
            raise AuthError("enrolment_code_for_other_station", 403)
        station = Station.get_or_none(Station.id == station_id)
        if station is None:
            Station.create(id=station_id, site=entry.site_id, public_key=public_key)
        elif entry.station_id == station_id:
            Station.update(public_key=public_key, enrolled_at=now).where(Station.id == station_id).execute()
            Token.update(revoked_at=now).where((Token.station == station_id) & Token.revoked_at.is_null()).execute()
        else:
            raise AuthError("station_already_enrolled", 409)
        certificates.register_key(station_id, public_key)
        token = new_token(station_id)
    return Enrolment(station_id, entry.site_id, token)


def new_token(station_id: str) -> str:
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    Token.create(station=station_id, token_hash=digest(token), prefix=token[: len(TOKEN_PREFIX) + 6])
    return token


def station_for_token(token: str) -> str:
    """The station a live token speaks for; ``AuthError`` 401 otherwise."""
    if not token.startswith(TOKEN_PREFIX):
        raise AuthError("token_invalid", 401)
    row = Token.get_or_none(Token.token_hash == digest(token))
    if row is None:
        raise AuthError("token_invalid", 401)
    if row.revoked_at is not None:
        raise AuthError("token_revoked", 401)
    return row.station_id


def revoke(station_id: str, prefix: str | None = None, when: datetime | None = None) -> int:
    """Revoke the station's live tokens (or the one whose prefix is given); returns how many."""
    query = Token.update(revoked_at=when or utcnow()).where((Token.station == station_id) & Token.revoked_at.is_null())
    if prefix:
        query = query.where(Token.prefix == prefix)
    return query.execute()
