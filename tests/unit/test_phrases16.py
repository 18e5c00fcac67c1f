"""A wider phrase dictionary (docs/event-coding.md, "A wider phrase dictionary (session 16,
phrases16)"): light verbs with a noun and phrasal verbs kept after their targeted pool. Sentences
written for the tests."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import facts

DAY = "2004-12-01"


@pytest.mark.parametrize(("body", "expected"), [
    ("Argentine officials poured cold water on Chile's proposal on Monday.",
     ("ARG", "REJECT", "CHL")),
    ("Spain came out against the French plan on farm subsidies.", ("ESP", "REJECT", "FRA")),
    ("The Swedish minister spoke out against Norway's whaling.", ("SWE", "ACCUSE", "NOR")),
    ("Egypt declared a state of emergency in Sinai on Tuesday.", ("EGY", "COERCE", None)),
    ("Kenya beefed up security in Nairobi after the attack.", ("KEN", "MOBILIZE", None)),
    ("Attackers set off a car bomb in Baghdad on Monday.", (None, "ASSAULT", "IRQ")),
    ("Twelve Iranian sailors were taken prisoner in the Gulf.", (None, "ASSAULT", "IRN")),
    ("Russia cut off oil supplies to Belarus on Monday.", ("RUS", "SANCTION", "BLR")),
    ("Pakistani students burned an effigy of the Indian prime minister.",
     ("PAK", "PROTEST", "IND")),
    ("Vietnam established full diplomatic relations with South Korea.",
     ("VNM", "SUPPORT", "KOR")),
])
def test_phrase_codes(resources: Resources, body: str,
                      expected: tuple[str | None, str, str | None]) -> None:
    assert expected in facts(resources, body, DAY)


@pytest.mark.parametrize(("body", "actor", "recipient", "not_type"), [
    ("Italian senators rallied behind Greece in the dispute.", "ITA", "GRC", "PROTEST"),
    ("Japan lent its support to South Korea's bid.", "JPN", "KOR", "AID"),
    ("France gave its backing to Germany's candidate.", "FRA", "DEU", "AID"),
    ("Britain gave its support to Poland's bid.", "GBR", "POL", "AID"),
])
def test_support_phrases_are_no_rally_or_aid(resources: Resources, body: str, actor: str,
                                             recipient: str, not_type: str) -> None:
    got = facts(resources, body, DAY)
    assert (actor, "SUPPORT", recipient) in got
    assert not any(t == not_type for _, t, _ in got)


def test_support_for_prices_stays_uncoded(resources: Resources) -> None:
    got = facts(resources, "Oil traders said the Gulf war lent support to crude prices.", DAY)
    assert not any(t in {"AID", "SUPPORT"} for _, t, _ in got)
