"""The target of an arrest of people no country names (docs/event-coding.md, "Recipients of the
gold's sources (session 17, recip17)"): more people nouns (`victim_objects`: hijackers,
journalists, bombers ...) and a headline's noun-or-verb trigger right after its subject
("Kenya Arrests ..."; `stages/verb_use.py`). Sentences written for the tests."""

from __future__ import annotations

from pipeline.stages.chain import Resources

from .test_event_rules import facts

DAY = "2004-10-01"


def test_hijackers_arrested_at_home(resources: Resources) -> None:
    assert facts(resources, "Jordanian police arrested four hijackers on Monday.", DAY) \
        == {("JOR", "COERCE", "JOR")}


def test_passive_arrest_of_hijackers_in_a_country(resources: Resources) -> None:
    assert facts(resources, "Four hijackers were arrested in Peru.", DAY) \
        == {(None, "COERCE", "PER")}


def test_headline_verb_after_its_subject(resources: Resources) -> None:
    assert facts(resources, "Kenya Arrests Suspected Smugglers", DAY) \
        == {("KEN", "COERCE", "KEN")}


def test_capitals_headline_verb(resources: Resources) -> None:
    assert facts(resources, "INDIAN POLICE ARREST TWO SMUGGLERS", DAY) \
        == {("IND", "COERCE", "IND")}


def test_a_noun_after_an_article_stays_a_noun(resources: Resources) -> None:
    assert ("KEN", "COERCE", "KEN") not in facts(
        resources, "Kenya criticised the arrests of smugglers.", DAY)
