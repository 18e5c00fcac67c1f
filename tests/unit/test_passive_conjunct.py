"""A participle joined by "and" to a passive verb is passive too (docs/event-coding.md, "Recall
sample on CoNLL-2003 valid (session 14, recall14c)"). Sentences written for the tests."""

from __future__ import annotations

from pipeline.stages.chain import Resources

from .test_event_rules import facts

DAY = "1996-09-01"


def test_second_participle_shares_the_patient(resources: Resources) -> None:
    got = facts(resources, "A Turkish journalist was arrested and charged with spying.", DAY)
    assert (None, "ACCUSE", "TUR") in got
    assert ("TUR", "ACCUSE", None) not in got  # the journalist charged no one


def test_participle_after_a_date_and_and(resources: Resources) -> None:
    got = facts(resources, "A Turkish journalist was arrested on Monday and released after "
                "questioning.", DAY)
    assert (None, "RETREAT", "TUR") in got


def test_expelled_diplomat_is_the_patient(resources: Resources) -> None:
    got = facts(resources, "An Iranian diplomat was detained and expelled from Germany.", DAY)
    assert ("IRN", "SANCTION", "DEU") not in got


def test_second_verb_with_an_object_stays_active(resources: Resources) -> None:
    got = facts(resources, "Iraqi police were called in and arrested two Kurdish rebels.", DAY)
    assert ("IRQ", "COERCE", "IRQ") in got
