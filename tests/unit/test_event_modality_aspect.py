"""Modality: a begun act is a fact, the month May is no modal, a past light verb's noun is past."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    ("Kenyan troops began to pull out of the border town on Sunday.", {("KEN", "RETREAT", None)}),
    ("Kenyan troops started to withdraw from the border town.", {("KEN", "RETREAT", None)}),
    # an aim stays an aim
    ("Kenyan troops plan to pull out of the border town.", set()),
])
def test_an_act_begun_is_a_fact(resources: Resources, body: str, expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Since May 1994 Kenyan troops have withdrawn from three towns.", {("KEN", "RETREAT", None)}),
    ("On May 3 Chile accused Peru of spying.", {("CHL", "ACCUSE", "PER")}),
    # the modal stays a modal, in running text and in a headline
    ("Chile said on Monday it may accuse Peru of spying.", set()),
    ("Chile May Expel Peruvian Diplomats", set()),
])
def test_the_month_may_is_no_modal(resources: Resources, body: str, expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Chile began talks with Peru on Tuesday.", {("CHL", "CONSULT", "PER")}),
    ("Chile held new talks with Peru on Tuesday.", {("CHL", "CONSULT", "PER")}),
    # a present tense before a weekday in running text is still ahead
    ("Chile meets Peru on Tuesday.", set()),
])
def test_talks_begun_before_a_weekday_are_past(resources: Resources, body: str,
                                               expected: set[Triple]) -> None:
    assert facts(resources, body) == expected



@pytest.mark.parametrize(("body", "expected"), [
    ("Chile vows immediate Bolivia peace talks", set()),
    ("Chile wants talks with Peru.", set()),
    # a verb after the wish is no wished-for object
    ("Villagers awaiting food were attacked by Kenyan troops.", {("KEN", "ASSAULT", "KEN")}),
    # a preposition between ends the object
    ("Chile vows revenge after Peruvian air strike kills 12", {("PER", "ASSAULT", None)}),
])
def test_a_noun_wished_for_or_vowed_is_no_fact(resources: Resources, body: str,
                                               expected: set[Triple]) -> None:
    assert facts(resources, body) == expected
