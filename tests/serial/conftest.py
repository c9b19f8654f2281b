from __future__ import annotations

import pytest

from tests.ptys import PtyDevice


@pytest.fixture
def device(tmp_path):
    dev = PtyDevice(tmp_path, "ttyACM-scanner")
    yield dev
    dev.close()
