"""Headline grammar (stages/headlines.py, session 13): passives without their auxiliary, the wires'
abbreviated country names. Sentences written for the tests."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.stages.chain import Resources
from pipeline.stages.enrich import enrich
from pipeline.stages.extract import extract
from tests.unit.test_event_rules import Triple, facts, who


def title_facts(res: Resources, title: str, body: str = "No more was said.") -> set[Triple]:
    """Asserted triples of an article's title (the body names nobody)."""
    article = Article(id="t", title=title, body=body,
                      published_at="2005-01-01T08:00:00Z")  # type: ignore[arg-type]
    events = enrich(article, extract(article, res.tagger), res.geo, res.knowledge).events
    return {(who(e.actor), e.event_type.code, who(e.recipient))
            for e in events if e.modality == "asserted" and e.evidence.field == "title"}


# (headline, a triple it states): the opening names are the passive's patients.
_STATED: list[tuple[str, Triple]] = [
    ("Sweden accused of hiding arms sales", (None, "ACCUSE", "SWE")),
    ("Four Kenyans charged with treason", (None, "ACCUSE", "KEN")),
    ("Portugal and Spain criticised by lawmakers", (None, "ACCUSE", "PRT")),
    ("Mongolia told to repay the loan", (None, "DEMAND", "MNG")),
    ("N. Korea urges S. Korea to free fishermen", ("PRK", "REQUEST", "KOR")),
    ("N.Korea urges S.Korea to free fishermen", ("PRK", "REQUEST", "KOR")),  # no spaces (lead18)
]
# (headline, a triple it must not give)
_NOT_STATED: list[tuple[str, Triple]] = [
    ("Sweden accused of hiding arms sales", ("SWE", "ACCUSE", None)),
    ("Four Kenyans charged with treason", ("KEN", "ACCUSE", None)),
    ("Mongolia told to repay the loan", ("MNG", "DEMAND", None)),
    # running text: a past tense with its object, and a sentence that ends as one
    ("Sweden accused Norway of hiding arms sales.", (None, "ACCUSE", "SWE")),
    ("Sweden accused of hiding arms sales, Norway said on Monday it would act.",
     (None, "ACCUSE", "SWE")),
    # "told" with no infinitive reports speech
    ("Mongolia told reporters about the loan", (None, "DEMAND", "MNG")),
]


@pytest.mark.parametrize(("body", "expected"), _STATED)
def test_headline_passives_are_coded(resources: Resources, body: str, expected: Triple) -> None:
    assert expected in facts(resources, body)


@pytest.mark.parametrize(("body", "wrong"), _NOT_STATED)
def test_headline_passive_limits(resources: Resources, body: str, wrong: Triple) -> None:
    assert wrong not in facts(resources, body)


def test_a_title_with_a_full_stop_is_a_headline(resources: Resources) -> None:
    """The wire's titles end with a full stop: the title field makes them headlines."""
    got = title_facts(resources, "Four Kenyans charged with treason.")
    assert (None, "ACCUSE", "KEN") in got
    assert ("KEN", "ACCUSE", None) not in got


_UK = "The row is about Britain."  # a body that makes the article British (parties resolve)


def test_a_partys_attack_is_verbal(resources: Resources) -> None:
    """A party's "attack" (a form that is also a noun) on a civilian body is an accusation."""
    got = title_facts(resources, "Tories attack EU farm plans", _UK)
    assert ("GBR", "ACCUSE", "eu") in got
    assert ("GBR", "ASSAULT", "eu") not in got


@pytest.mark.parametrize(("title", "expected", "wrong"), [
    ("Blair attacked over Iraq war", (None, "ACCUSE", "GBR"), (None, "ASSAULT", "GBR")),
    ("Labour attacked on its poster", (None, "ACCUSE", "GBR"), (None, "ASSAULT", "GBR")),
    ("Blair attacked with eggs in Leeds", (None, "ASSAULT", "GBR"), (None, "ACCUSE", "GBR")),
])
def test_a_civilian_attacked_over_something_is_blamed(resources: Resources, title: str,
                                                      expected: Triple, wrong: Triple) -> None:
    got = title_facts(resources, title, _UK)
    assert expected in got
    assert wrong not in got


@pytest.mark.parametrize(("body", "expected"), [
    ("Tory leader Michael Howard said the plan was flawed. Howard spoke in London.", False),
    ("Australian Prime Minister John Howard said the plan was flawed in Canberra.", True),
])
def test_headline_surname_follows_the_body(resources: Resources, body: str,
                                           expected: bool) -> None:
    """A bare KB surname that the article names in full as someone else is not the KB person:
    the headline's "Howard" of a story on Michael Howard is not Australia's John Howard."""
    got = title_facts(resources, "Howard rejects tax plan", body)  # a claim rejected is a comment
    assert (("AUS", "REJECT", None) in got) is expected
