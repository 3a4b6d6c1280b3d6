from __future__ import annotations

import pytest

from sync.county.hub import Hub
from tests.support.county import COUNTY


@pytest.fixture
def hub(tmp_path):
    """An empty county hub of the shared county key (tests.support.county.COUNTY)."""
    h = Hub.init(tmp_path / "hub.db", COUNTY, tmp_path / "county.key")
    yield h
    h.close()
