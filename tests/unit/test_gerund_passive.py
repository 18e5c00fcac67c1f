"""A passive gerund after a subordinator takes the clause's subject as its patient
(docs/event-coding.md, "Recall sample on AG News (session 16, recall16f)"). Sentences written for
the tests."""

from __future__ import annotations

from pipeline.stages.chain import Resources

from .test_event_rules import facts

DAY = "2004-10-01"


def test_accused_after_a_subordinator(resources: Resources) -> None:
    assert (None, "ACCUSE", "KEN") in facts(
        resources, "A Kenyan soldier was arrested on Friday after being accused of smuggling "
        "guns.", DAY)


def test_the_clause_subject_not_the_nearest_mention(resources: Resources) -> None:
    got = facts(resources, "Ghana expelled two Nigerian traders after being attacked at the "
                "border.", DAY)
    assert (None, "ASSAULT", "GHA") in got
    assert (None, "ASSAULT", "NGA") not in got


def test_released_after_a_subordinator(resources: Resources) -> None:
    assert (None, "RETREAT", "ITA") in facts(
        resources, "Two Italian women flew home on Sunday after being released in "
        "Baghdad.", DAY)


def test_kidnapped_before_being_freed(resources: Resources) -> None:
    assert (None, "ASSAULT", "TUR") in facts(
        resources, "Two Turkish truck drivers were shown on a video after being kidnapped "
        "near Mosul.", DAY)


def test_an_accident_is_no_attack(resources: Resources) -> None:
    assert facts(resources, "A Danish cyclist died in hospital after being hit by a truck "
                 "in Rome.", DAY) == set()


def test_a_reporting_verb_is_no_event(resources: Resources) -> None:
    assert facts(resources, "The Chinese envoy left the hall after being told of the vote.",
                 DAY) == set()
