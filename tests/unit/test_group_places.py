"""An unnamed group takes the country of the place it is in, not of a venue, and envoys none."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources
from tests.unit.test_places import enriched


def _groups(res: Resources, body: str) -> dict[str, str | None]:
    """Group actors (no KB entry, no tagged name) by name -> country."""
    return {a.name.split(" (")[0]: a.country for a in enriched(res, body).actors
            if a.method.startswith("group-noun")}


@pytest.mark.parametrize("body", [
    "Ministers meeting in Vienna condemned the attack on Friday.",
    "Negotiators gathered in Geneva criticised the plan.",
    "Delegates at talks in Oslo accused the rebels of stalling.",
])
def test_a_venue_gives_its_participants_no_country(resources: Resources, body: str) -> None:
    assert _groups(resources, body) == {}


@pytest.mark.parametrize("body", [
    "The embassy in Kabul was attacked on Monday.",
    "Diplomats in Beijing criticised the decision.",
    "A delegation in Moscow rejected the offer.",
])
def test_envoys_take_no_country_from_where_they_serve(resources: Resources, body: str) -> None:
    assert _groups(resources, body) == {}


@pytest.mark.parametrize(("body", "group", "country"), [
    ("Protesters in Kiev attacked the police.", "protesters", "UKR"),
    ("Police in Nairobi arrested six men on Monday.", "police", "KEN"),
    ("The Iraqi embassy in Amman condemned the attack.", "embassy", "IRQ"),
])
def test_a_group_where_it_stands_keeps_that_country(resources: Resources, body: str, group: str,
                                                    country: str) -> None:
    assert _groups(resources, body)[group] == country
