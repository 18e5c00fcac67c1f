"""Place names: a US state is a region of the United States unless a large city has its name."""

from __future__ import annotations

import pytest

from pipeline.stages.geo import gazetteer
from pipeline.stages.places import place_of


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
