"""Actor resolution fixes of session 14 (actors14): adjectives of countries the suffix rules
miss, a city's name before a group noun, a country's adjective inside a place phrase, and names
that hold a country's adjective but no people of it. Invented sentences."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources
from pipeline.stages.geo import gazetteer

from .test_event_rules import facts


@pytest.mark.parametrize(("text", "iso3"), [
    ("Philippine", "PHL"), ("Byelorussian", "BLR"), ("Mauritian", "MUS"), ("Seychellois", "SYC"),
    ("Rumanian", "ROU"), ("Swazi", "SWZ"), ("Bahamians", "BHS"), ("Cape Verdean", "CPV"),
])
def test_adjectives_no_suffix_rule_derives(text: str, iso3: str) -> None:
    assert gazetteer().country(text) == iso3


def test_a_philippine_president_is_placed(resources: Resources) -> None:
    body = "Philippine President Juan Reyes criticised Japan over the fishing dispute."
    assert ("PHL", "ACCUSE", "JPN") in facts(resources, body)


def test_a_city_before_a_group_noun_places_the_group(resources: Resources) -> None:
    body = ("A Hamburg court jailed a Canadian neo-Nazi on Tuesday for shipping leaflets into "
            "Germany from his home in Canada.")
    assert ("DEU", "COERCE", "CAN") in facts(resources, body)
    assert not {t for t in facts(resources, body) if t[0] == "CAN"}


def test_a_country_adjective_in_a_place_phrase_is_the_place(resources: Resources) -> None:
    body = "Guerrilla chiefs who held a meeting in the Nigerian capital Abuja accused each other."
    assert not {t for t in facts(resources, body) if "NGA" in t}


def test_a_red_indian_is_no_indian(resources: Resources) -> None:
    assert gazetteer().country("Red Indian") is None
    assert not {t for t in facts(resources, "Red Indian warriors attacked the settlers' fort.")
                if "IND" in t}


def test_a_deal_in_a_capital_is_a_venue(resources: Resources) -> None:
    body = "Militia chiefs who agreed a peace deal in the Nigerian capital Abuja accused each other."
    assert not {t for t in facts(resources, body) if "NGA" in t}
