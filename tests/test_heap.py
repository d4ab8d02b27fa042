"""The collector around long builds: off while a page builds, what it built set apart afterwards."""

from __future__ import annotations

import gc

from desktop.ui.heap import building_long_lived


def test_building_long_lived_turns_the_collector_off_then_sets_the_objects_apart():
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    with building_long_lived():
        assert not gc.isenabled()
        kept = [[i] for i in range(1000)]
        with building_long_lived():  # nested: left as found
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    assert gc.get_freeze_count() >= frozen + len(kept)
    gc.unfreeze()


def test_a_collector_already_off_stays_off():
    gc.disable()
    try:
        with building_long_lived():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_comes_back_after_an_error():
    try:
        with building_long_lived():
            raise ValueError("a page failed to build")
    except ValueError:
        pass
    assert gc.isenabled()
    gc.unfreeze()
