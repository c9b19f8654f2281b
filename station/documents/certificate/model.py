"""What a certificate of disposal says, as frozen values with one canonical JSON form.

The SHA-256 of the canonical JSON is what the station signs; the same JSON is kept in the issuing event and embedded
in the PDF, so a reprint renders from exactly the data that was signed.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from typing import Any, get_args, get_origin, get_type_hints

from station.canonical import canonical_json

KINDS = ("dismantling", "recycling", "destruction")
LAYOUT_VERSION = 1  # bumped when the PDF's text layout changes, so a verifier renders old certificates alike


@dataclass(frozen=True)
class Party:
    name: str
    uscc: str = ""
    address: str = ""
    contact: str = ""


@dataclass(frozen=True)
class Issuer:
    name: str
    uscc: str
    address: str = ""
    licences: tuple[str, ...] = ()  # hazardous-waste business licence, whitelist entry...
    authority: str = ""  # the permitting authority


@dataclass(frozen=True)
class Item:
    code: str
    kind: str  # P / M / C
    parent: str = ""
    maker: str = ""
    chemistry: str = ""
    mass_kg: float | None = None


@dataclass(frozen=True)
class Step:
    name: str  # what was done, in words
    date: str  # ISO date
    operator: str
    detail: str = ""


@dataclass(frozen=True)
class Fraction:
    name: str
    mass_kg: float
    waste_code: str = ""  # hazardous-waste code, empty for non-hazardous fractions


@dataclass(frozen=True)
class Downstream:
    receiver: str
    uscc: str = ""
    licence: str = ""
    manifest_no: str = ""
    what: str = ""
    upload_ref: str = ""  # the traceability platform's receipt


@dataclass(frozen=True)
class Certificate:
    number: str  # site + station + sequence
    kind: str
    version: int
    issued_at: str  # UTC, ISO 8601 to the second
    issuer: Issuer
    source: Party
    source_document: str
    pack: Item
    vin: str = ""
    items: tuple[Item, ...] = ()  # modules and cells of the pack
    inspection: tuple[tuple[str, str], ...] = ()  # (what, result)
    steps: tuple[Step, ...] = ()
    fractions: tuple[Fraction, ...] = ()
    downstream: tuple[Downstream, ...] = ()
    signatories: tuple[str, ...] = ()  # roles that sign by hand
    replaces_version: int | None = None
    layout: int = LAYOUT_VERSION
    extra: tuple[tuple[str, str], ...] = field(default=())

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"certificate kind must be one of {KINDS}")

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def canonical(self) -> str:
        return canonical_json(self.as_dict())

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.canonical().encode("utf-8")).hexdigest()

    @staticmethod
    def from_dict(data: dict[str, Any]) -> Certificate:
        return _build(Certificate, data)


def _build(cls: type, data: Any) -> Any:
    """Dataclasses back from their ``asdict`` form (lists become tuples, nested values their classes)."""
    hints = get_type_hints(cls)
    values = {}
    for f in fields(cls):
        if f.name in data:
            values[f.name] = _value(hints[f.name], data[f.name])
    return cls(**values)


def _value(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    if is_dataclass(hint) and isinstance(hint, type):
        return _build(hint, value)
    origin = get_origin(hint)
    if origin is tuple:
        args = get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_value(args[0], v) for v in value)
        return tuple(_value(a, v) for a, v in zip(args, value, strict=True))
    if origin is not None and type(None) in get_args(hint):  # X | None
        inner = next(a for a in get_args(hint) if a is not type(None))
        return _value(inner, value)
    return value
