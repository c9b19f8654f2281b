"""Fixtures of the document tests: a private CUPS server with a cups-pdf queue."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.documents.cups import CupsServer, start, stop


@pytest.fixture(scope="session")
def cups_server() -> Iterator[CupsServer]:
    process, server = start()
    try:
        yield server
    finally:
        stop(process, server)
