"""Rules of the Reuters-21578 recall round (session 15, recall15b): West Germany as one name,
long lists of subjects, a base-form verb after "and" sharing the modality of the verb before
it, a place phrase opening a sentence that ends at its comma, and verbs of expectation.
Invented sentences."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources
from pipeline.stages.geo import gazetteer

from .test_event_rules import facts

DAY = "1987-04-01"


@pytest.mark.parametrize(("text", "iso3"), [
    ("West Germany", "DEU"), ("West German", "DEU"), ("West Germans", "DEU"), ("W. Germany", "DEU"),
])
def test_west_germany_is_one_name(text: str, iso3: str) -> None:
    assert gazetteer().country(text) == iso3


def test_west_germany_closes_a_list_of_subjects(resources: Resources) -> None:
    body = "Italy, Spain and West Germany signed a pact on fishing quotas."
    assert facts(resources, body, DAY) == {("ITA", "AGREE", "ESP")}


def test_a_west_german_recipient_joins_the_list(resources: Resources) -> None:
    body = "The United States urged Japan and West Germany to cut interest rates."
    assert {("USA", "REQUEST", "JPN"), ("USA", "REQUEST", "DEU")} <= facts(resources, body, DAY)


def test_a_long_list_keeps_its_first_named_actor(resources: Resources) -> None:
    body = ("Norway, Sweden, Denmark, Finland, Iceland and Ireland agreed to coordinate their "
            "fishing policies.")
    assert facts(resources, body, DAY) == {("NOR", "AGREE", "SWE")}


def test_a_base_verb_after_and_shares_the_future(resources: Resources) -> None:
    body = "The Kenyan leader will hold talks with President Museveni and meet Ugandan ministers."
    assert not facts(resources, body, DAY)


def test_a_base_verb_after_and_shares_an_infinitive(resources: Resources) -> None:
    body = "Shultz agreed to visit Moscow and meet Gorbachev."
    assert facts(resources, body, DAY) == {("USA", "AGREE", "RUS")}


def test_a_past_verb_after_and_stays_a_fact(resources: Resources) -> None:
    body = "Shultz agreed to visit Moscow and met Gorbachev."
    assert ("USA", "CONSULT", "RUS") in facts(resources, body, DAY)


def test_an_opening_place_phrase_ends_at_its_comma(resources: Resources) -> None:
    body = "In Madrid, Portugal and Morocco signed an accord on fishing rights."
    assert facts(resources, body, DAY) == {("PRT", "AGREE", "MAR")}


def test_an_opening_list_of_places_still_governs(resources: Resources) -> None:
    body = "In Kenya, Uganda and Tanzania, rebels attacked police stations."
    assert not {t for t in facts(resources, body, DAY) if t[0] in ("UGA", "TZA")}


@pytest.mark.parametrize("body", [
    "PERU MINISTER SEES NEW ACCORD WITH MEXICO",
    "KENYAN MINISTER SEES NEW ACCORD ON COFFEE QUOTAS",
    "Officials predict fresh sanctions against Libya.",
])
def test_an_expected_event_is_no_fact(resources: Resources, body: str) -> None:
    assert not facts(resources, body, DAY)


def test_a_reported_event_stays_a_fact(resources: Resources) -> None:
    body = "Iraq attacked Iran, analysts who expect more fighting said."
    assert ("IRQ", "ASSAULT", "IRN") in facts(resources, body, DAY)
