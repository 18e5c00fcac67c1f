"""A party's name alone is no country's: the KB party only where the article is about its country."""

from __future__ import annotations

import pytest

from pipeline.models import ResolvedActor
from pipeline.stages.chain import Resources
from tests.unit.test_places import enriched


def _actors(res: Resources, body: str) -> list[ResolvedActor]:
    return enriched(res, body).actors


@pytest.mark.parametrize(("body", "wrong"), [
    ("The opposition in Canberra, trailing behind Labour in opinion polls, cut its tax plan.",
     "GBR"),
    ("Dockers in Sydney walked out, the Trades and Labour Council said on Monday.", "GBR"),
    ("In Helsinki the Conservatives agreed to join the government.", "GBR"),
])
def test_a_party_named_alone_abroad_is_not_its_country(resources: Resources, body: str,
                                                       wrong: str) -> None:
    actors = _actors(resources, body)
    assert wrong not in {a.country for a in actors}
    assert not any(a.kb_id is not None and a.type == "party" for a in actors)


@pytest.mark.parametrize("body", [
    "Labour criticised the government in London on Monday.",
    "Britain's Labour opposition criticised the government on Monday.",
    "UK Labour criticised the government on Monday.",
])
def test_a_party_in_an_article_about_its_country_is_the_kb_party(resources: Resources,
                                                                 body: str) -> None:
    parties = [a for a in _actors(resources, body) if a.kb_id == "uk-labour-party"]
    assert [a.country for a in parties] == ["GBR"]
