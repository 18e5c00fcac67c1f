"""Accidents are no attacks: a natural force or a crash past a relative clause; a helicopter
after an actor is that actor's means."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    # a helicopter after an actor is that actor's means, as a plane is
    ("Kenyan helicopter gunships attacked Somali rebel camps near Kismayo.",
     {("KEN", "ASSAULT", "SOM")}),
    # a natural force stays the subject past a relative clause naming a place
    ("A strong earthquake which struck northern Chile killed four people.", set()),
    ("Eleven people were killed after a dam burst following heavy rains in Peru.", set()),
    ("Four people were killed when a helicopter crashed in northern Peru.", set()),
])
def test_accidents_are_no_attacks_and_gunships_are_means(resources: Resources, body: str,
                                                         expected: set[Triple]) -> None:
    assert facts(resources, body) == expected
