"""Event payloads captured from the real operations, and a cheap way to vary the codes in them.

The seed must not invent payload shapes: each template is an event that ``receive``, ``link_child``,
``finish_dismantling``... really recorded for a template pack. The bulk seeding then swaps the template's codes
(and the strings derived from them) for each pack's own, which keeps every payload shaped exactly like a real one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from station.canonical import canonical_json
from station.codes import encode_date
from station.operations.dismantling import finish_dismantling, link_child
from station.operations.inspection import record_inspection, release_quarantine
from station.operations.intake import IntakeForm, Source, receive
from station.operations.reporting import mark_reported
from station.store.events import NewEvent, StoredEvent
from station.store.store import Store

SOURCE = Source("某某报废汽车回收有限公司", "91350100M000100Y43", "BF-2026-0001")
VIN = "1M8GDM9AXKP042788"
TRACE = "0000003"
MADE = date(2024, 5, 6)
# Cyrillic capitals in place of the Latin chemistry letter they pass for: a label typed, not printed. The reader
# names the code it resembles, which is then the pack's own code (so a template's slot finds it).
LOOKALIKES = {"B": "В", "E": "Е"}

Path = tuple[str | int, ...]


def code(maker: str, kind: str, chem: str, serial: int) -> str:
    return f"{maker}{kind}{chem}24{TRACE}{encode_date(MADE)}{serial:07d}"


def lookalike(code: str) -> str:
    return code[:4] + LOOKALIKES[code[4]] + code[5:]


class Template:
    """A stored payload whose string leaves equal to a slot's template value get replaced on ``fill``.

    The paths to those leaves are found once; a fill then copies only the containers on those paths and shares
    every other subtree with the template. That is safe because ``EventWriter.insert`` serialises the payload
    and projects a fresh parse of it: nothing downstream holds on to, or mutates, what we pass in.
    """

    def __init__(self, event: StoredEvent, slots: Mapping[str, str]) -> None:
        self.type = event.type
        self.payload = dict(event.payload)
        # Empty values would match every empty string in the payload (a blank site name...): never a slot.
        by_value = {value: name for name, value in slots.items() if value}
        self.paths: list[tuple[Path, str]] = []
        self._find(self.payload, (), by_value)
        self._template_values = list(by_value)

    def assert_varies(self, values: Mapping[str, Any]) -> None:
        """Fail if a filled payload still holds a template code anywhere, e.g. inside a longer string that no
        slot matched exactly: every bulk event would then carry the template pack's code."""
        text = canonical_json(self.fill(values).payload)
        left = [v for v in self._template_values if v in text and v not in values.values()]
        if left:
            raise AssertionError(f"{self.type} template keeps {left} after filling")

    def _find(self, node: Any, path: Path, by_value: Mapping[str, str]) -> None:
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, value in items:
            if isinstance(value, str) and value in by_value:
                self.paths.append(((*path, key), by_value[value]))
            else:
                self._find(value, (*path, key), by_value)

    def fill(self, values: Mapping[str, Any]) -> NewEvent:
        root: dict[str, Any] = dict(self.payload)
        copied: dict[Path, Any] = {(): root}
        for path, slot in self.paths:
            node = root
            for depth in range(1, len(path)):
                prefix = path[:depth]
                child = copied.get(prefix)
                if child is None:
                    original = node[path[depth - 1]]
                    child = dict(original) if isinstance(original, dict) else list(original)
                    node[path[depth - 1]] = child
                    copied[prefix] = child
                node = child
            node[path[-1]] = values[slot]
        return NewEvent(self.type, root)


@dataclass(frozen=True)
class Family:
    """One maker and chemistry: its packs and modules share templates, only serials differ."""

    maker: str
    chem: str

    def pack(self, serial: int) -> str:
        return code(self.maker, "P", self.chem, serial)

    def module(self, serial: int) -> str:
        return code(self.maker, "M", self.chem, serial)


def slot_values(family: Family, pack_serial: int, recycling_no: str = "", event_id: str = "") -> dict[str, str]:
    """Every string a template may hold that depends on the pack: its code, its modules', serials, numbers."""
    pack = family.pack(pack_serial)
    values = {"pack": pack, "pack_serial": f"{pack_serial:07d}", "pack_lookalike": lookalike(pack)}
    for m in range(4):
        serial = pack_serial * 4 + m
        values[f"m{m}"] = family.module(serial)
        values[f"m{m}_serial"] = f"{serial:07d}"
    values["recycling_no"] = recycling_no
    values["event_id"] = event_id
    values["reference"] = f"NTP-{pack_serial:09d}"
    return values


Capture = dict[str, Template]


def capture(store: Store, actor: str, family: Family, serial: int, today: date) -> Capture:
    """Run template pack ``serial`` of ``family`` (and a hot one, ``serial + 1``) through every real operation
    the seed imitates, and keep what they recorded."""
    slots = slot_values(family, serial)
    pack, m = slots["pack"], [slots[f"m{i}"] for i in range(4)]
    out: Capture = {}

    probe = slot_values(family, serial + 5, recycling_no="PROBE-1", event_id="PROBE-2")

    def keep(name: str, event: StoredEvent, **extra: str) -> None:
        out[name] = Template(event, {**slots, **extra})
        out[name].assert_varies(probe)

    form = IntakeForm(pack, SOURCE, vin=VIN, mass_kg=410.5, measurements={"temperature_c": 24.0, "soc_pct": 35.0})
    received = receive(store, actor, form, today)
    keep("received", received.event, recycling_no=received.event.payload["recycling_no"])
    keep(
        "inspected",
        record_inspection(
            store,
            actor,
            pack,
            "pass",
            "recycling",
            {"voltage_v": 355.0},
            {"casing": "ok", "leakage": "none"},
            mass_kg=410.0,
        ),
    )
    links = [link_child(store, actor, pack, child, today) for child in m]
    assert all(link.linked for link in links), "template children must link"
    keep("linked", links[0].event)
    keep("dismantled", finish_dismantling(store, actor, pack, expected_children=4))
    reported = mark_reported(store, actor, received.event.id, slots["reference"])
    keep("reported", reported, event_id=received.event.id)
    # Refused scans, the bulk of a busy log: a pack scanned again, a module scanned twice into its pack,
    # a module scanned at intake, a label with a look-alike letter.
    for name, result in (
        ("refused_pack", receive(store, actor, IntakeForm(pack, SOURCE), today)),
        ("refused_child", link_child(store, actor, pack, m[0], today)),
        ("refused_module", receive(store, actor, IntakeForm(m[1], SOURCE), today)),
        ("refused_lookalike", receive(store, actor, IntakeForm(slots["pack_lookalike"], SOURCE), today)),
    ):
        assert not getattr(result, "received", getattr(result, "linked", True)), name
        keep(name, result.event)
    # A hot pack goes to quarantine at intake and is released after cooling down.
    hot_slots = slot_values(family, serial + 1)
    hot = receive(store, actor, IntakeForm(hot_slots["pack"], SOURCE, measurements={"temperature_c": 70.0}), today)
    assert hot.event.payload["quarantine_reasons"], "the hot template must be quarantined"
    out["received_hot"] = Template(hot.event, {**hot_slots, "recycling_no": hot.event.payload["recycling_no"]})
    released = release_quarantine(store, actor, hot_slots["pack"], "cooled down, re-measured 24 °C")
    out["released"] = Template(released, hot_slots)
    for name in ("received_hot", "released"):
        out[name].assert_varies(probe)
    return out


REFUSED_KINDS = ("refused_pack", "refused_child", "refused_module", "refused_lookalike")
