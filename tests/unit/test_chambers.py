"""Bare "House" and "Senate" as the US chambers, and other legislatures: sentences written for the tests."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.stages.chain import Resources
from pipeline.stages.enrich import enrich
from pipeline.stages.extract import extract

from .test_event_rules import facts


def kb_ids(res: Resources, body: str) -> set[str]:
    """KB ids of the actors resolved in a body written for the test."""
    article = Article(id="t", body=body, published_at="2004-09-01T08:00:00Z")  # type: ignore[arg-type]
    actors = enrich(article, extract(article, res.tagger), res.geo, res.knowledge).actors
    return {a.kb_id for a in actors if a.kb_id}


@pytest.mark.parametrize(("body", "chamber"), [
    ("The House voted on Tuesday to condemn Syria.", "us-house"),
    ("The full Senate is expected to vote next week.", None),   # "full" stands between
    ("Senate Backs Sanctions on Cuba", "us-senate"),
    ("Aid to Rebels Opposed in House", "us-house"),
    ("Democrats said the Senate would reject the treaty.", "us-senate"),
])
def test_a_bare_chamber_is_the_us_one(resources: Resources, body: str, chamber: str | None) -> None:
    ids = kb_ids(resources, body)
    if chamber is None:
        assert not ids & {"us-house", "us-senate"}
    else:
        assert chamber in ids


@pytest.mark.parametrize("body", [
    "House prices rose again in May.",                          # running text needs "the"
    "Japan's Lower House passed the budget on Friday.",          # part of a longer name
    "Italy's Senate rejected the plan.",                         # another country's chamber
    "The prime minister of Britain told the House that taxes would rise.",
    "The concert was held at the Opera House in Sydney.",
    "A Clearing House Opens in London",
])
def test_no_us_chamber_where_another_is_meant(resources: Resources, body: str) -> None:
    assert not kb_ids(resources, body) & {"us-house", "us-senate"}


def test_a_bare_chamber_codes_events(resources: Resources) -> None:
    assert facts(resources, "House Threatens to Cut Aid to Egypt") >= {("USA", "THREATEN", "EGY")}
    assert ("USA", "SUPPORT", "ISR") in facts(resources, "The Senate backed Israel on Monday.")


@pytest.mark.parametrize(("body", "body_id"), [
    ("The House of Commons rejected the bill.", "uk-house-of-commons"),
    ("The Lok Sabha passed the measure.", "lok-sabha"),
    ("The National People's Congress met in Beijing.", "national-peoples-congress"),
    ("Russia's Federation Council approved the treaty.", "federation-council"),
    ("The Japanese Diet approved the dispatch.", "japan-diet"),
])
def test_other_legislatures(resources: Resources, body: str, body_id: str) -> None:
    assert body_id in kb_ids(resources, body)


def test_an_alias_with_a_possessive_resolves(resources: Resources) -> None:
    assert "chinese-foreign-ministry" in kb_ids(resources, "China's Foreign Ministry said so.")


def test_the_house_of_a_westminster_text_is_not_the_us_one(resources: Resources) -> None:
    body = "The bill lost the support of all sides of the House, several MPs said."
    assert "us-house" not in kb_ids(resources, body)
