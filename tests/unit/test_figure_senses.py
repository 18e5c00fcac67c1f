"""Business, market and sports senses of trigger words (session 16, senses16; docs/event-coding.md
"Sports and business senses, and HTML remnants again"): a fall "decline", a count of "orders"
and a market "rally" are no events (`figure_senses.py`), nor is any trigger beside a word only
games use ("winger", "ace": `sports_only_words`) and a title defence (`game_senses.py`).
Sentences written for the tests, each
rule with cases it keeps."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    ("Chile's finance minister said a further decline in the peso would be harmful.", set()),
    ("CHILE SAYS PESO DECLINE HURTS EXPORTERS", set()),
    ("Chile refined production declined to 41,000 tonnes in March.", set()),
    ("CHILEAN BANKRUPTCIES DECLINE IN MAY", set()),
    # a refusal stays
    ("Chile declined Peru's offer of talks on the border.", {("CHL", "REJECT", "PER")}),
])
def test_a_falling_figure_is_no_refusal(resources: Resources, body: str,
                                        expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("CHILE FACTORY ORDERS ROSE 3 PCT IN MAY", set()),
    ("Chile orders for machinery fell 5 pct in May.", set()),
    # an order stays
    ("CHILE ORDERS PERU ENVOY TO LEAVE", {("CHL", "DEMAND", "PER")}),
])
def test_a_count_of_orders_is_no_demand(resources: Resources, body: str,
                                        expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("U.S. Treasuries Recover, Peso Rally Helps", set()),
])
def test_a_market_rally_is_no_protest(resources: Resources, body: str,
                                      expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("The Kenyan blasts an ace to save one but follows up with a double fault.", set()),
    ("Kenya's winger attacked the Ugandan defence before half-time.", set()),
    # an attack with no game word stays
    ("Kenyan troops attacked Ugandan rebels near the border.", {("KEN", "ASSAULT", "UGA")}),
])
def test_a_word_only_games_use_marks_a_game(resources: Resources, body: str,
                                            expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Kenya's Scott Harrison successfully defended his WBO featherweight title for a fifth time.",
     set()),
    ("The Kenyan top seed and defending champion overcame Uganda's Tommy Haas in three sets.", set()),
    # defending a state's right stays
    ("Kenya's president defended Uganda's right to hold the election.", {("KEN", "SUPPORT", "UGA")}),
])
def test_a_title_defence_is_no_support(resources: Resources, body: str,
                                       expected: set[Triple]) -> None:
    assert facts(resources, body) == expected
