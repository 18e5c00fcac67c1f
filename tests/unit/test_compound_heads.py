"""An attack word modifying the noun after it, and objects no attack destroys or kills (session
20, precision20; docs/event-coding.md "Attack words that modify a noun"): a bare ASSAULT verb
that is also a noun, or an ASSAULT noun, right before one of `compound_heads` ("bomb victims",
"murder probe", "kidnapping trial", "assassination plot") names no attack of its sentence; nor
does "destroy" or "kill" with an object of `[coder.idle_objects]` ("destroyed tax records",
"killed the bill"). Sentences written for the tests."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize("body", [
    "Kenyan Bomb Victims Still Wait for Help",
    "Nigerian Massacre Survivors Demand Compensation",
    "Egyptian Murder Probe Widens",
    "Kenya foils an assassination plot against its president.",
    "Nigerian Kidnapping Trial Opens in Lagos",
])
def test_an_attack_word_modifying_a_noun_is_no_attack(resources: Resources, body: str) -> None:
    assert not {t for t in facts(resources, body) if t[1] == "ASSAULT"}


@pytest.mark.parametrize(("body", "expected"), [
    # a verb with its object: the object is no head of a compound
    ("Rebels Bomb Embassy in Kabul", {("AFG", "ASSAULT", None)}),
    ("Nigerian rebels attack a convoy near Lagos.", {("NGA", "ASSAULT", None)}),
    # "kill" is no noun: "kill suspects" is the verb and its object
    ("Kenyan police kill suspects in a shootout.", {("KEN", "ASSAULT", "KEN")}),
])
def test_an_attack_verb_with_its_object_stays(resources: Resources, body: str,
                                              expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # records, a market, a bill: objects no attack destroys or kills ([coder.idle_objects])
    ("Kenyan officials destroyed all tax records of the agency.", set()),
    ("The Kenyan senate killed the bill on Tuesday.", set()),
    # a base, robbers: the attack stays
    ("Kenyan troops destroyed a rebel base near Somalia.", {("KEN", "ASSAULT", "SOM")}),
    ("Kenyan police killed two robbers in Nairobi.", {("KEN", "ASSAULT", "KEN")}),
])
def test_destroying_records_and_killing_bills_are_no_attacks(resources: Resources, body: str,
                                                             expected: set[Triple]) -> None:
    assert facts(resources, body) == expected
