"""Unnamed armed groups placed, session 16 (agents16): kidnappers, captors, abductors and
hostage-takers take the country where the sentence places them, like gunmen and militants
(`[words].group_nouns`, `irregular_groups`), else stay a null actor. Sentences written for the
tests."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources
from tests.unit.test_event_rules import Triple, facts

# (sentence, a triple it states)
_STATED: list[tuple[str, Triple]] = [
    # placed before the verb: the look-back no longer stops at the place's name
    ("Kidnappers In Chad Seize Two Dutch Nurses", ("TCD", "COERCE", "NLD")),
    ("Captors in Yemen threatened to kill a Japanese engineer on Friday.", ("YEM", "THREATEN", "JPN")),
    ("Hostage-takers in Mali threatened to kill two Swiss tourists.", ("MLI", "THREATEN", "CHE")),
    # placed after the verb
    ("Abductors seized two Danish sailors in southern Nigeria on Monday.", ("NGA", "COERCE", "DNK")),
]
# (sentence, a triple it must not give)
_NOT_STATED: list[tuple[str, Triple]] = [
    # the victims' country named after them is not theirs
    ("Kidnappers seized two Danish sailors on Monday.", ("DNK", "COERCE", "DNK")),
]


@pytest.mark.parametrize(("body", "expected"), _STATED)
def test_a_placed_kidnapper_takes_the_place(resources: Resources, body: str,
                                           expected: Triple) -> None:
    assert expected in facts(resources, body)


@pytest.mark.parametrize(("body", "wrong"), _NOT_STATED)
def test_an_unplaced_kidnapper_stays_unnamed(resources: Resources, body: str, wrong: Triple) -> None:
    assert wrong not in facts(resources, body)


def test_an_unplaced_kidnapper_is_a_null_actor(resources: Resources) -> None:
    assert (None, "COERCE", "DNK") in facts(resources, "Kidnappers seized two Danish sailors on Monday.")
