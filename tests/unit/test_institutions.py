"""Institution names many countries bear ("Congress", "House of Representatives", "Democratic
Party"): the KB body or party only where it is meant. Sentences written for the tests."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.stages.chain import Resources
from pipeline.stages.enrich import enrich
from pipeline.stages.extract import extract

from .test_event_rules import facts


def actors(res: Resources, body: str) -> dict[str, tuple[str | None, str | None]]:
    """Name -> (KB id, country) of the actors resolved in a body written for the test."""
    article = Article(id="t", body=body, published_at="2005-01-01T08:00:00Z")  # type: ignore[arg-type]
    found = enrich(article, extract(article, res.tagger), res.geo, res.knowledge).actors
    return {a.name: (a.kb_id, a.country) for a in found}


def kb_ids(res: Resources, body: str) -> set[str]:
    return {kb for kb, _ in actors(res, body).values() if kb}


@pytest.mark.parametrize("body", [
    # another country's Congress or House
    "Brazil's Congress approved the pension reform on Tuesday.",
    "In Manila, the Philippine Congress rejected the budget of President Arroyo.",
    "Voters in Bosnia will elect a House of Representatives and a three-man presidency.",
    # a longer name that ends in the word
    "The Trades Union Congress urged ministers in London to protect factory jobs.",
    "Phone makers met at the 3GSM World Congress in Cannes last week.",
])
def test_no_us_congress_where_another_is_meant(resources: Resources, body: str) -> None:
    assert not kb_ids(resources, body) & {"us-congress", "us-house"}


@pytest.mark.parametrize(("body", "kb_id"), [
    ("President Bush sent his budget to Congress in Washington on Monday.", "us-congress"),
    ("The US Congress passed the bill.", "us-congress"),
    ("India's Congress Party won the election in New Delhi.", "indian-national-congress"),
    ("In Kathmandu the Nepali Congress party called a strike.", "nepali-congress"),
])
def test_a_congress_of_one_country(resources: Resources, body: str, kb_id: str) -> None:
    assert kb_id in kb_ids(resources, body)


def test_another_countrys_party_is_no_us_party(resources: Resources) -> None:
    found = actors(resources, "In Washington, Bush met the leader of the Indonesian Democratic "
                              "Party.")
    assert "us-democratic-party" not in {kb for kb, _ in found.values()}
    assert found.get("Democratic Party") == (None, "IDN")


def test_congress_takes_its_countrys_code(resources: Resources) -> None:
    assert facts(resources, "The Congress Party accused the BJP of corruption in New Delhi.",
                 "2005-01-01") >= {("IND", "ACCUSE", "IND")}
    assert ("USA", "ACCUSE", "BRA") not in facts(
        resources, "In Brasilia, Brazil's Congress criticised the government.", "2005-01-01")


@pytest.mark.parametrize(("body", "name", "country"), [
    # a story about one country that names no place in it: its bodies are that country's
    ("Kenya's economy grew by five percent last year. The Finance Ministry said exports rose.",
     "Finance Ministry", "KEN"),
    ("Brazil's bankruptcy law was reformed last week. Congress approved the bill on Tuesday.",
     "Congress", "BRA"),
])
def test_a_body_of_the_one_country_of_the_story(resources: Resources, body: str, name: str,
                                                country: str) -> None:
    assert actors(resources, body).get(name, (None, None))[1] == country


def test_a_body_in_a_story_about_two_countries_has_none(resources: Resources) -> None:
    found = actors(resources, "The Foreign Ministry summoned the Chinese and Japanese "
                              "ambassadors on Friday.")
    assert found["Foreign Ministry"][1] is None


@pytest.mark.parametrize(("body", "name"), [
    ("The young players won the season-ending Fed Cup last year.", "Federal Reserve"),
    ("Celtic beat Clyde to reach the Scottish Cup semi-final.", "United Kingdom"),
])
def test_a_cup_is_no_actor(resources: Resources, body: str, name: str) -> None:
    assert name not in actors(resources, body)
