"""First-level regions of other countries named alone: a region of their country, with care."""

from __future__ import annotations

import pytest

from pipeline.stages.geo import gazetteer
from pipeline.stages.places import place_of
from pipeline.stages.subdivisions import region_names


def _place(name: str, countries: frozenset[str] = frozenset()) -> tuple[str, str | None]:
    place = place_of(name, "e1", gazetteer(), countries)
    assert place is not None
    return place.kind, place.country


@pytest.mark.parametrize(("name", "country"), [
    ("Ontario", "CAN"), ("Quebec", "CAN"), ("Alberta", "CAN"), ("Sichuan", "CHN"),
    ("Kerala", "IND"), ("Hokkaido", "JPN"), ("New South Wales", "AUS"), ("Bayern", "DEU"),
])
def test_a_region_named_alone_is_a_region_of_its_country(name: str, country: str) -> None:
    assert _place(name) == ("region", country)


@pytest.mark.parametrize(("countries", "expected"), [("IND", "IND"), ("PAK", "PAK")])
def test_a_name_two_countries_share_takes_the_article_country(countries: str, expected: str) -> None:
    assert _place("Punjab", frozenset({countries})) == ("region", expected)


def test_a_name_two_countries_share_is_no_region_without_the_article_saying() -> None:
    place = place_of("Punjab", "e1", gazetteer(), frozenset())
    assert place is None or place.kind != "region"
    place = place_of("Punjab", "e1", gazetteer(), frozenset({"IND", "PAK"}))
    assert place is None or place.kind != "region"


def test_a_city_in_the_article_country_wins_over_a_foreign_region() -> None:
    assert _place("Ontario", frozenset({"USA"})) == ("city", "USA")


def test_a_large_foreign_city_wins_over_a_region() -> None:
    assert _place("Victoria") == ("city", "HKG")  # Victoria, Australia: a city of a million


@pytest.mark.parametrize("name", ["Zurich", "Kandahar", "Tokyo"])
def test_the_regions_own_city_wins_unless_written_with_city(name: str) -> None:
    assert _place(name)[0] == "city"


def test_a_country_named_like_a_region_stays_the_country() -> None:
    assert _place("Niger") == ("country", "NER")  # also a state of Nigeria


def test_region_names_drop_admin_words_and_descriptions() -> None:
    names = {name for name, _ in region_names()}
    assert {"sichuan", "xinjiang", "asturias", "catalunya", "cataluña"} <= names
    assert not {"sichuan sheng", "western", "far north", "central", "gulf"} & names


def test_an_emirate_is_left_to_its_city() -> None:
    assert _place("Dubai")[0] == "city"


def test_a_world_regions_singular_is_no_region_of_a_country() -> None:
    place = place_of("Balkan", "e1", gazetteer(), frozenset())  # also a province of Turkmenistan
    assert place is None or place.country is None
