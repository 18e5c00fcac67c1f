"""Sports clubs named after a place ("Lazio", "Leinster", "Real Madrid") are no place and no
country actor in a sports story; a real place in one ("the match in Rome") stays."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.stages.chain import Resources
from pipeline.stages.enrich import enrich
from pipeline.stages.extract import extract
from pipeline.stages.types import Enrichment


def enriched(res: Resources, body: str, title: str = "") -> Enrichment:
    """Enrichment of an article with this body, published on 2 March 2005."""
    article = Article(id="t", title=title, body=body,
                      published_at="2005-03-02T12:00:00Z")  # type: ignore[arg-type]
    return enrich(article, extract(article, res.tagger), res.geo, res.knowledge)


@pytest.mark.parametrize(("body", "club"), [
    ("Lazio beat Roma 2-1 in the derby on Sunday, and their coach praised the striker.", "Lazio"),
    ("The league leaders lost to Portsmouth, whose striker scored twice in the match.",
     "Portsmouth"),
    ("Leinster were beaten in the cup match, and Leinster fly-half Felipe Contepomi was injured.",
     "Leinster"),
])
def test_a_club_named_after_a_place_is_no_place_in_a_sports_story(resources: Resources,
                                                                   body: str, club: str) -> None:
    found = enriched(resources, body)
    assert club not in {p.name for p in found.places}


def test_a_club_named_after_a_capital_is_no_country_actor(resources: Resources) -> None:
    found = enriched(resources, "The striker scored twice as Real Madrid won the league match, "
                                "and Madrid were unbeaten all season.")
    assert "ESP" not in {a.country for a in found.actors}
    assert "ESP" not in {p.country for p in found.places}


def test_a_place_in_a_sports_story_stays_a_place(resources: Resources) -> None:
    found = enriched(resources, "The coach said the league match in Rome would be hard, and the "
                                "striker scored twice against Lazio.")
    assert {"Rome"} <= {p.name for p in found.places}
    assert "Lazio" not in {p.name for p in found.places}


def test_the_same_words_outside_sport_keep_the_place(resources: Resources) -> None:
    found = enriched(resources, "Protesters marched against Madrid's plan, officials in Lazio said.")
    assert "ESP" in {a.country for a in found.actors}
    assert "Lazio" in {p.name for p in found.places}
