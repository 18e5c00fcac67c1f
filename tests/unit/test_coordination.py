"""Verbs that take their roles from another verb: coordinated ones, and a gerund saying what an object did."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    # a headline's second verb after a comma shares the subject and the first verb's object
    ("Japan Sets Date for China Talks, Demands Apology", ("JPN", "DEMAND", "CHN")),
    ("Peru accused Chile of spying and demanded an apology.", ("PER", "DEMAND", "CHL")),
    # a verb with its own object keeps it
    ("Peru accused Chile and threatened Bolivia.", ("PER", "THREATEN", "BOL")),
])
def test_a_coordinated_verb_acts_on_the_first_object(resources: Resources, body: str,
                                                       expected: Triple) -> None:
    assert expected in facts(resources, body)


def test_a_place_given_to_the_first_verb_is_not_shared(resources: Resources) -> None:
    assert ("PER", "DEMAND", "CHL") not in facts(
        resources, "Peru sent aid to Lima in Chile and demanded an inquiry.")


def test_not_across_but(resources: Resources) -> None:
    assert ("PER", "DEMAND", "CHL") not in facts(
        resources, "Peru accused Chile, but demanded nothing.")


@pytest.mark.parametrize(("body", "expected"), [
    ("Chile accused Peru of bad faith by refusing to resume talks.", ("PER", "REJECT", None)),
    ("Chile praised Peru for releasing two Bolivians.", ("PER", "RETREAT", "BOL")),
])
def test_a_gerund_after_by_or_for_is_what_the_object_did(resources: Resources, body: str,
                                                        expected: Triple) -> None:
    assert expected in facts(resources, body)


@pytest.mark.parametrize("body", [
    "Chile was hurt by refusing to trade with Peru.",           # no blaming verb before it
    "Chile accused Peru, but won by refusing to negotiate.",     # a clause break between
])
def test_a_gerund_after_a_preposition_is_no_event_otherwise(resources: Resources, body: str) -> None:
    assert not {t for t in facts(resources, body) if t[1] == "REJECT"}


@pytest.mark.parametrize(("body", "expected"), [
    # "but" opens a clause: the verb after it takes the subject of the verb before (lead18)
    ("Kenya supported the freeze on wages but criticised the price controls.",
     ("KEN", "ACCUSE", None)),
    ("Kenya met Uganda but criticised Tanzania.", ("KEN", "ACCUSE", "TZA")),
])
def test_a_verb_after_but_shares_the_subject(resources: Resources, body: str,
                                             expected: Triple) -> None:
    assert expected in facts(resources, body)


def test_a_subject_after_but_is_its_own(resources: Resources) -> None:
    assert ("KEN", "ACCUSE", None) not in facts(
        resources, "Kenya supported the plan but Uganda criticised it.")
