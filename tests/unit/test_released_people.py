"""People released in the passive: a plural demonym or a person word before "were released",
"freed" (docs/event-coding.md, "Recall sample on AG News (session 16, recall16f)"). Sentences
written for the tests."""

from __future__ import annotations

from pipeline.stages.chain import Resources

from .test_event_rules import facts

DAY = "2004-10-01"


def test_plural_demonym_released(resources: Resources) -> None:
    assert facts(resources, "Three Egyptians were released in Falluja on Sunday.", DAY) \
        == {(None, "RETREAT", "EGY")}


def test_plural_demonym_freed(resources: Resources) -> None:
    assert facts(resources, "Two Kenyans have been freed near Kandahar.", DAY) \
        == {(None, "RETREAT", "KEN")}


def test_headline_person_word_freed(resources: Resources) -> None:
    assert facts(resources, "Canadian engineer freed in Iraq", DAY) == {(None, "RETREAT", "CAN")}


def test_released_figures_are_no_release(resources: Resources) -> None:
    assert facts(resources, "Japanese figures were released in Tokyo on Monday.", DAY) == set()


def test_free_to_is_no_release(resources: Resources) -> None:
    assert facts(resources, "The Kenyans were free to travel to Uganda.", DAY) == set()


def test_a_country_name_is_no_people(resources: Resources) -> None:
    assert facts(resources, "The Philippines was freed in 1945.", DAY) == set()
