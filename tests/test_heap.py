"""The collector around long builds: off while a page builds, what it built set apart afterwards when it is much."""

from __future__ import annotations

import gc

import pytest

from desktop.ui.heap import building_long_lived


@pytest.fixture
def collected():
    """Garbage collected before the test, so that what it sets apart is only live objects (never given back: an
    earlier test's objects set apart may hold cycles of Qt wrappers deleted since, see desktop/ui/heap.py)."""
    gc.collect()
    yield
    gc.enable()


def test_building_long_lived_turns_the_collector_off_then_sets_many_objects_apart(collected):
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    with building_long_lived(at_least=500):
        assert not gc.isenabled()
        kept = [[i] for i in range(1000)]
        with building_long_lived(at_least=500):  # nested: left as found
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    assert gc.get_freeze_count() >= frozen + len(kept)


def test_a_few_objects_are_not_set_apart(collected):
    frozen = gc.get_freeze_count()
    with building_long_lived():
        kept = [[i] for i in range(100)]
    assert gc.isenabled() and kept
    assert gc.get_freeze_count() == frozen


def test_a_collector_already_off_stays_off():
    gc.disable()
    try:
        with building_long_lived():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_comes_back_after_an_error():
    with pytest.raises(ValueError):
        with building_long_lived():
            raise ValueError("a page failed to build")
    assert gc.isenabled()
