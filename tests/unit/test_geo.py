"""Country codes for names, short forms and adjectives; cities; regions."""

from __future__ import annotations

import pytest

from pipeline.stages.geo import city_keys, gazetteer


@pytest.mark.parametrize(
    ("text", "iso3"),
    [("Russia", "RUS"), ("Russian", "RUS"), ("US", "USA"), ("U.S.", "USA"), ("Britain", "GBR"),
     ("British", "GBR"), ("Ukraine's", "UKR"), ("Ukrainian", "UKR"), ("Chinese", "CHN"),
     ("German", "DEU"), ("South Korean", "KOR"), ("Saudi", "SAU"), ("Iranian", "IRN"),
     ("Israeli", "ISR"), ("Qatari", "QAT"), ("French", "FRA"), ("North Korea", "PRK"),
     ("Nigerian", "NGA"), ("Nigerians", "NGA"), ("Niger", "NER"), ("Lebanese", "LBN"),
     ("Dominican", "DOM"), ("Burma", "MMR")],
)
def test_country_codes(text: str, iso3: str) -> None:
    assert gazetteer().country(text) == iso3


def test_non_countries_are_none() -> None:
    for text in ("Trump", "Christian", "Monday", "Truth Social"):
        assert gazetteer().country(text) is None


def test_city_prefers_most_populous_and_regions_are_known() -> None:
    moscow = gazetteer().city("Moscow")
    assert moscow is not None
    assert moscow.country == "RUS"
    assert 55 < moscow.latitude < 56
    assert gazetteer().region("the Middle East")
    assert not gazetteer().region("Moscow")


@pytest.mark.parametrize(("text", "iso3"), [("Darfur", "SDN"), ("the West Bank", "PSE"),
                                            ("Chechnya", "RUS"), ("South Ossetia", "GEO")])
def test_provinces_belong_to_one_country(text: str, iso3: str) -> None:
    assert gazetteer().country_or_capital(text) == ("province", iso3)
    assert gazetteer().country(text) is None


@pytest.mark.parametrize(("text", "iso3"), [("Kandahar", "AFG"), ("Fallujah", "IRQ"),
                                            ("Zurich", "CHE"), ("Sao Paulo", "BRA"),
                                            ("Montreal", "CAN"), ("Kandahār", "AFG")])
def test_a_city_is_found_without_its_accents_or_arabic_article(text: str, iso3: str) -> None:
    city = gazetteer().city(text)
    assert city is not None and city.country == iso3


def test_city_keys_fold_accents_and_drop_an_arabic_article() -> None:
    assert city_keys("Al Fallūjah") == {"al fallūjah", "al fallujah", "fallujah"}
    assert city_keys("Moscow") == {"moscow"}


@pytest.mark.parametrize(("text", "iso3"), [("Basra", "IRQ"), ("Kiev", "UKR"), ("Frankfurt", "DEU"),
                                            ("Seville", "ESP"), ("Basle", "CHE")])
def test_a_large_city_is_found_by_a_close_alternate_spelling(text: str, iso3: str) -> None:
    city = gazetteer().city(text)
    assert city is not None and city.country == iso3


def test_an_alternate_name_of_another_form_is_no_city() -> None:
    assert gazetteer().city("White House") is None  # a translation of Casablanca's name
    assert gazetteer().city("Twickenham") is None  # an old name of Huntsville, Alabama


def test_the_process_gazetteer_builds_its_tables_before_the_first_article() -> None:
    from pipeline.stages.geo import gazetteer
    built = vars(gazetteer())
    assert {"multiword_firsts", "masking_regions", "_us_states", "_regions"} <= built.keys()
