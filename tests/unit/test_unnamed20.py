"""Attack nouns with no author, placed by a city or a country (session 20, unnamed20;
docs/event-coding.md "Attack nouns placed with no author"): the place's country is the target
(`placed_attacks.py`). Sentences written for the tests, with cases the rule leaves alone."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    ("RAIDS IN YEMEN ALARM THE WEST", {(None, "ASSAULT", "YEM")}),
    ("Attacks in Peshawar Raise Security Worries", {(None, "ASSAULT", "PAK")}),
    ("Loud Sirens And Smoke Mark Baghdad Strikes", {(None, "ASSAULT", "IRQ")}),
])
def test_an_attack_noun_with_no_author_targets_its_place(resources: Resources, body: str,
                                                        expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize("body", [
    "Strikes in Germany hurt car output.",  # a bare strike may be a labour dispute's
    "Our first attack in the Spanish half came after ten minutes.",  # an adjective, no place
    "Explosions in Nigeria worry oil traders.",  # blasts may be accidents
])
def test_no_placed_attack(resources: Resources, body: str) -> None:
    assert not any(t[1] == "ASSAULT" for t in facts(resources, body))
