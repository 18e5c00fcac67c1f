"""A state body named without its country takes the country of its sentence's place (a
dateline's too) or of the one country the article is about; not that of a country it deals with."""

from __future__ import annotations

from pipeline.models import Article, ResolvedActor
from pipeline.stages.chain import Resources
from pipeline.stages.enrich import enrich
from pipeline.stages.extract import extract


def actors(res: Resources, body: str) -> dict[str, ResolvedActor]:
    """The actors of an article with this body, by name."""
    article = Article(id="t", title="", body=body,
                      published_at="2005-03-02T12:00:00Z")  # type: ignore[arg-type]
    found = enrich(article, extract(article, res.tagger), res.geo, res.knowledge)
    return {a.name: a for a in found.actors}


def test_a_short_item_s_ministry_is_the_dateline_country_s(resources: Resources) -> None:
    found = actors(resources, "TOKYO (Reuters) - The Foreign Ministry lodged a protest with "
                              "China on Friday.")
    assert found["Foreign Ministry"].country == "JPN"
    assert found["Foreign Ministry"].method == "state-organ-country"


def test_a_ministry_named_after_the_place_of_its_sentence(resources: Resources) -> None:
    found = actors(resources, "A car bomb exploded in central Baghdad on Tuesday, killing six "
                              "people, the Interior Ministry said.")
    assert found["Interior Ministry"].country == "IRQ"


def test_the_country_a_ministry_deals_with_is_not_its_own(resources: Resources) -> None:
    found = actors(resources, "The Foreign Ministry summoned the Chinese and Japanese ambassadors "
                              "on Friday.")
    assert found["Foreign Ministry"].country is None


def test_an_international_body_takes_no_country(resources: Resources) -> None:
    found = actors(resources, "LONDON (Reuters) - The International Sports Court said on "
                              "Friday the match would go ahead.")
    assert found["International Sports Court"].country is None
