"""A leader's own people named by a plural demonym may be the recipient (docs/event-coding.md,
"Recall sample on AG News (session 15, recall15a)"). Sentences written for the tests."""

from __future__ import annotations

from pipeline.stages.chain import Resources

from .test_event_rules import facts

DAY = "2004-10-01"


def test_own_people_are_a_recipient(resources: Resources) -> None:
    assert facts(resources, "Hamid Karzai promised Afghans a safe vote.", DAY) \
        == {("AFG", "AGREE", "AFG")}


def test_own_country_name_is_still_no_recipient(resources: Resources) -> None:
    assert facts(resources, "Hamid Karzai promised Afghanistan a safe vote.", DAY) \
        == {("AFG", "AGREE", None)}
