"""Process tuning: the start-up heap leaves the cyclic collector's reach."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from pipeline.runtime import freeze_startup_heap


@pytest.fixture
def unfrozen() -> Iterator[None]:
    """Give the frozen objects back to the collector after the test."""
    yield
    gc.unfreeze()


def test_objects_alive_at_startup_are_no_longer_scanned(unfrozen: None) -> None:
    model = {"weights": [[0.5] * 4], "vocabulary": ["an", "example"]}  # stands in for a model
    assert any(o is model for o in gc.get_objects())
    freeze_startup_heap()
    assert gc.get_freeze_count() > 0
    assert not any(o is model for o in gc.get_objects())
    later = [model]  # allocated by the stream afterwards: still collected as usual
    assert any(o is later for o in gc.get_objects())
