"""Rules of the session-15 recall round on NYT headlines and AG News (docs/event-coding.md,
"Recall sample on NYT headlines and AG News (session 15, recall15c)"): the author of an attack
that caused casualties named before it (`stages/casualty_means.py`) and an appeal to listeners
the sentence does not name (`stages/listeners.py`). Sentences written for the tests."""

from __future__ import annotations

from pipeline.stages.chain import Resources

from .test_event_rules import facts

DAY = "2004-12-01"


def test_author_of_an_airstrike_after_in(resources: Resources) -> None:
    got = facts(resources, "A Hamas commander was killed in an Israeli airstrike.", DAY)
    assert ("ISR", "ASSAULT", "PSE") in got


def test_rebel_attack_with_unnamed_victims(resources: Resources) -> None:
    got = facts(resources, "Twelve killed in Nepal rebel attack", DAY)
    assert ("NPL", "ASSAULT", None) in got


def test_abbreviation_authors_the_offensive(resources: Resources) -> None:
    got = facts(resources, "Fifty Killed in U.S. Offensive Near Falluja", DAY)
    assert ("USA", "ASSAULT", None) in got


def test_a_capital_only_places_the_attack(resources: Resources) -> None:
    got = facts(resources, "Six killed in Kabul attack", DAY)
    assert not any(actor == "AFG" for actor, _, _ in got)


def test_a_country_name_only_places_the_blast(resources: Resources) -> None:
    got = facts(resources, "Nine killed in Pakistan blast", DAY)
    assert not any(actor == "PAK" for actor, _, _ in got)


def test_unnamed_listener_is_no_recipient(resources: Resources) -> None:
    got = facts(resources, "Annan urged donors to send more aid to Sudan.", DAY)
    assert not any(t == "REQUEST" and r == "SDN" for _, t, r in got)
    assert any(t == "REQUEST" and r is None for _, t, r in got)


def test_headline_appeal_to_nations(resources: Resources) -> None:
    got = facts(resources, "Blair Urges Nations To Help Rebuild Afghanistan", DAY)
    assert ("GBR", "REQUEST", None) in got
    assert ("GBR", "REQUEST", "AFG") not in got


def test_named_listener_stays(resources: Resources) -> None:
    got = facts(resources, "Britain urged Iran to free the sailors.", DAY)
    assert ("GBR", "REQUEST", "IRN") in got


def test_a_thing_asked_for_is_no_listener(resources: Resources) -> None:
    got = facts(resources, "IMF urges action to cut Brazil deficit", DAY)
    assert ("imf", "REQUEST", "BRA") in got


def test_a_country_name_before_the_ambush_only_places_it(resources: Resources) -> None:
    got = facts(resources, "Two Danish engineers killed in Iraq ambush", DAY)
    assert (None, "ASSAULT", "DNK") in got
    assert ("IRQ", "ASSAULT", "DNK") not in got


def test_an_organisation_still_authors_the_attack(resources: Resources) -> None:
    got = facts(resources, "Four Israelis were killed in a Hamas attack.", DAY)
    assert ("PSE", "ASSAULT", "ISR") in got
