"""Child process for the crash test: appends intake events forever, printing each committed sequence number.

A line is printed only after ``record`` returned, i.e. after the commit: every printed number must survive.
"""

from __future__ import annotations

import sys
from datetime import date

from station.operations.intake import IntakeForm, receive
from station.store.store import Store
from tests.conftest import make_code


def main(path: str, start: int) -> None:
    store = Store.open(path, station_id="ST0001")
    serial = start
    while True:
        result = receive(
            store, "crash-test", IntakeForm(make_code("P", serial=serial), mass_kg=300.0), date(2026, 11, 24)
        )
        sys.stdout.write(f"{result.event.seq}\n")
        sys.stdout.flush()
        serial += 1


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
