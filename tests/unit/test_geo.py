"""Country codes for names, short forms and adjectives; cities; regions."""

from __future__ import annotations

import pytest

from pipeline.stages.geo import city_keys, gazetteer
from pipeline.stages.places import place_of


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
    gaz = gazetteer()
    tables = ("multiword_firsts", "masking_regions", "us_states", "regions")
    assert all(getattr(gaz, f"_{name}_table") is not None for name in tables)


@pytest.mark.parametrize(("text", "name", "iso3"), [
    ("Monterey", "Monterey", "USA"),  # Monterrey, Mexico, lists "Monterey" among its spellings
    ("Monterrey", "Monterrey", "MEX"),
    ("Cancun", "Cancún", "MEX"),  # not Changchun, of which "Cancun" is a spelling
])
def test_a_city_of_that_very_name_beats_a_bigger_city_spelled_so(text: str, name: str,
                                                                 iso3: str) -> None:
    city = gazetteer().city(text)
    assert city is not None and (city.name, city.country) == (name, iso3)


@pytest.mark.parametrize(("text", "iso3"), [("Westminster", "GBR"), ("Petersburg", "RUS"),
                                            ("Odessa", "UKR"), ("Hanover", "DEU")])
def test_a_part_of_a_city_name_or_an_english_name_keeps_the_bigger_city(text: str,
                                                                        iso3: str) -> None:
    city = gazetteer().city(text)  # "City of Westminster"; Odessa is in places.toml's exonyms
    assert city is not None and city.country == iso3


def test_rank_puts_own_names_before_respellings_and_exonyms_first() -> None:
    from pipeline.stages.geo import City
    from pipeline.stages.spellings import part_of_name, rank
    big = City("Bigtown", "AAA", 0.0, 0.0, 1_000_000)
    small = City("Bigton", "BBB", 0.0, 0.0, 20_000)
    options = [big, small]
    rank("bigton", options, {big})
    assert options == [small, big]
    rank("bigton", options, set())
    assert options == [big, small]
    assert part_of_name("nara", "Nara-shi") and not part_of_name("monterey", "Monterrey")


@pytest.mark.parametrize(("text", "iso3"), [
    ("Fallujah", "IRQ"), ("Falluja", "IRQ"), ("Kandahar", "AFG"), ("Basra", "IRQ"),
    ("Najaf", "IRQ"), ("Mosul", "IRQ"), ("Ramadi", "IRQ"), ("Tikrit", "IRQ"), ("Herat", "AFG"),
    ("Mazar-i-Sharif", "AFG"), ("Mazar-e-Sharif", "AFG"), ("Gaza", "PSE"), ("Ramallah", "PSE"),
    ("Hebron", "PSE"), ("Grozny", "RUS")])
def test_the_conflict_cities_of_the_news_resolve_to_their_countries(text: str, iso3: str) -> None:
    place = place_of(text, "e1", gazetteer(), frozenset())
    assert place is not None and (place.kind, place.country) == ("city", iso3)
