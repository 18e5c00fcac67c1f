"""Place names: a US state is a region of the United States unless a large city has its name; a
country's name inside a state's ("New Jersey") is no country."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.stages.chain import Resources
from pipeline.stages.enrich import enrich
from pipeline.stages.extract import extract
from pipeline.stages.geo import gazetteer
from pipeline.stages.places import place_of
from pipeline.stages.types import Enrichment


@pytest.mark.parametrize("name", ["Florida", "Texas", "Colorado", "Virginia", "Ohio"])
def test_a_us_state_is_a_region_of_the_united_states(name: str) -> None:
    place = place_of(name, "e1", gazetteer(), frozenset())
    assert place is not None
    assert (place.kind, place.country, place.method) == ("region", "USA", "gazetteer-us-state")


@pytest.mark.parametrize(("name", "city"), [("New York", "New York City"),
                                            ("Washington", "Washington")])
def test_a_large_city_keeps_a_state_name(name: str, city: str) -> None:
    place = place_of(name, "e1", gazetteer(), frozenset())
    assert place is not None and (place.kind, place.name, place.country) == ("city", city, "USA")


def test_a_country_named_like_a_state_stays_the_country() -> None:
    place = place_of("Georgia", "e1", gazetteer(), frozenset())
    assert place is not None and (place.kind, place.country) == ("country", "GEO")


@pytest.mark.parametrize("name", ["New Jersey", "New Mexico", "New Hampshire", "North Carolina",
                                  "South Dakota", "West Virginia", "Rhode Island"])
def test_a_state_of_two_words_is_a_region_of_the_united_states(name: str) -> None:
    place = place_of(name, "e1", gazetteer(), frozenset())
    assert place is not None and (place.kind, place.country) == ("region", "USA")


def enriched(res: Resources, body: str) -> Enrichment:
    """Enrichment of an article with this body, published on 2 March 1987."""
    article = Article(id="t", title="", body=body,
                      published_at="1987-03-02T12:00:00Z")  # type: ignore[arg-type]
    return enrich(article, extract(article, res.tagger), res.geo, res.knowledge)


@pytest.mark.parametrize(("body", "inner"), [
    ("Officials in New Jersey said the governor met police on Monday.", "JEY"),
    ("New Mexico sued the company on Monday.", "MEX"),
    ("The New South Wales government cut its budget.", "GBR"),
])
def test_a_country_inside_a_region_name_is_no_actor_nor_place(resources: Resources, body: str,
                                                               inner: str) -> None:
    found = enriched(resources, body)
    assert inner not in {a.country for a in found.actors}
    assert inner not in {p.country for p in found.places}


def test_the_country_named_alone_beside_the_state_is_still_found(resources: Resources) -> None:
    found = enriched(resources, "Senator Pete Domenici of New Mexico said Mexico must pay.")
    assert [a.country for a in found.actors if a.name == "Mexico"] == ["MEX"]
