"""The verb "charge": a legal charge or a charge "that" is ACCUSE/accuse (docs/event-gold.md
codes a legal charge so); a price, a fee, a rush or a duty is no event."""

from __future__ import annotations

import pytest

from pipeline.models import Article
from pipeline.stages.chain import Resources
from pipeline.stages.enrich import enrich
from pipeline.stages.extract import extract


def coded(res: Resources, body: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(type, mode, actor country, recipient country) of the events of a one-sentence body."""
    article = Article(id="t", title="", body=body,
                      published_at="2005-03-02T12:00:00Z")  # type: ignore[arg-type]
    found = enrich(article, extract(article, res.tagger), res.geo, res.knowledge)
    return [(e.event_type.code, e.event_type.mode, e.actor.country if e.actor else None,
             e.recipient.country if e.recipient else None) for e in found.events]


@pytest.mark.parametrize(("body", "actor", "recipient"), [
    ("A Kenyan court charged three men with murder on Tuesday.", "KEN", None),
    ("Egyptian police have charged a British man with spying.", "EGY", "GBR"),
    ("Iran charged the United States with interfering in its affairs.", "IRN", "USA"),
    ("Israel charged that Syria was arming the militia.", "ISR", "SYR"),
    ("Pakistan filed charges against three Indian fishermen.", "PAK", "IND"),
])
def test_a_legal_charge_is_an_accusation(resources: Resources, body: str, actor: str,
                                         recipient: str | None) -> None:
    events = coded(resources, body)
    assert ("ACCUSE", "accuse", actor, recipient) in events


@pytest.mark.parametrize("body", [
    "The Egyptian government charged a fee of $5 for visas.",
    "The Russian company charged its customers more for gas.",
    "Israeli troops charged Palestinian protesters in the square.",
    "A Japanese committee charged with drafting the budget met on Monday.",
    "The Kenyan referee took charge of the match against Nigeria.",
    "Indian police charged the crowd with batons.",
])
def test_a_price_a_rush_or_a_duty_is_no_accusation(resources: Resources, body: str) -> None:
    assert not [e for e in coded(resources, body) if e[0] == "ACCUSE"]


def test_charging_into_a_place_is_an_assault(resources: Resources) -> None:
    events = coded(resources, "The Kenyan army charged into a Somali village on Monday.")
    assert [e[0] for e in events] == ["ASSAULT"]
