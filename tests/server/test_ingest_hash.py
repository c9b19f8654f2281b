"""The server hashes a pushed event around its payload's canonical text (made once, also stored): the result must
be the station's own hash of the event, for any payload."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from server.ingest import Incoming, hash_input, parse
from server.schemas import EventIn
from station.canonical import canonical_json
from station.store.events import StoredEvent, event_hash

TEXT = st.text(max_size=20)
FIELD = st.text(min_size=1, max_size=20)  # what EventIn takes: never empty
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(
    payload=st.dictionaries(TEXT, JSON, max_size=6),
    seq=st.integers(min_value=1, max_value=2**62),
    schema=st.integers(min_value=1, max_value=9),
    mono_ns=st.integers(min_value=-(2**63), max_value=2**63 - 1),
    texts=st.tuples(FIELD, FIELD, FIELD, FIELD, FIELD),
)
def test_the_assembled_hash_is_the_stations_hash(payload, seq, schema, mono_ns, texts):
    event_id, station_id, type_, actor, wall_time = texts
    fields = {
        "seq": seq,
        "id": event_id,
        "station_id": station_id,
        "type": type_,
        "schema": schema,
        "payload": payload,
        "actor": actor,
        "wall_time": wall_time,
        "mono_ns": mono_ns,
        "prev_hash": "0" * 64,
    }
    station_hash = event_hash(fields)
    spelled = hash_input(EventIn.model_validate({**fields, "hash": station_hash}), canonical_json(payload))
    assert spelled == canonical_json(StoredEvent(**fields, hash=station_hash).hashed_fields())
    parsed = parse({**fields, "hash": station_hash})
    assert isinstance(parsed, Incoming) and parsed.computed_hash() == station_hash


@pytest.mark.parametrize("value", [float("nan"), float("inf"), "\ud800"])
def test_a_payload_no_station_could_hash_is_malformed_not_a_crash(value):
    item = {
        "seq": 1,
        "id": "e1",
        "station_id": "STA",
        "type": "t",
        "schema": 1,
        "payload": {"t": value},
        "actor": "a",
        "wall_time": "w",
        "mono_ns": 0,
        "prev_hash": "0" * 64,
        "hash": "0" * 64,
    }
    assert not isinstance(parse(item), Incoming)
