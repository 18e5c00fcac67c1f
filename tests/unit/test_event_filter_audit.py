"""Filter audit of session 12 (docs/event-coding.md, "Filter audit"): sub-cases that the
precision filters threw away although they are events, tested on sentences written for the
tests."""

from __future__ import annotations

import pytest

from pipeline.stages.anchoring import governor_at
from pipeline.stages.chain import Resources
from pipeline.stages.mentions import Tokens

from .test_event_rules import Triple, facts


def test_no_modifier_stands_before_an_article() -> None:
    words = ["Farmers", "in", "Kisumu", "observed", "a", "strike"]
    tok = Tokens(text=words, low=[w.lower() for w in words], norm=[w.lower() for w in words],
                 sentences=[(0, len(words))], caps=[True])
    # "observed a strike": the verb before the article governs the noun, not "in"
    assert governor_at(tok, 5, 0, frozenset({2}), frozenset(), frozenset({"in"}), False) == 3
    # modifiers after the article are still skipped: "in the two-week battle"
    words = ["fighting", "in", "the", "two-week", "battle"]
    tok = Tokens(text=words, low=words, norm=words, sentences=[(0, 5)], caps=[True])
    assert governor_at(tok, 4, 0, frozenset(), frozenset(), frozenset({"in"}), False) == 1


@pytest.mark.parametrize(("body", "expected"), [
    # a verbless "X and Y in <noun>" says what they are doing
    ("Kenya and Uganda in border talks", {("KEN", "CONSULT", "UGA")}),
    ("Chile and Peru in fishing talks.", {("CHL", "CONSULT", "PER")}),
    # a topic after a verb, or a setting after a clause, stays a topic
    ("The minister spoke about fishing talks.", set()),
    ("Kenyan police killed two men in border clashes.", {("KEN", "ASSAULT", "KEN")}),
])
def test_a_headline_party_in_talks_is_engaged_in_them(resources: Resources, body: str,
                                                      expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Ghana and Togo accepted the Paris Club offer.",
     {("GHA", "AGREE", "paris-club"), ("TGO", "AGREE", "paris-club")}),
    ("Uganda rejected the Paris Club proposal.", {("UGA", "REJECT", "paris-club")}),
    # a sports word outside a name still marks a game
    ("The club rejected the offer from Chelsea.", set()),
])
def test_a_sports_word_inside_a_name_is_none(resources: Resources, body: str,
                                             expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Kenya releases 14 from a prison in Nakuru.", {("KEN", "RETREAT", None)}),
    ("Rebels say Italian missionaries released.", {(None, "RETREAT", "ITA")}),
    ("Kenya released 14 pages of the report.", set()),
])
def test_a_count_or_missionaries_are_people_released(resources: Resources, body: str,
                                                     expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


def test_joining_someone_in_a_gerund_does_it(resources: Resources) -> None:
    assert ("FRA", "ACCUSE", "TGO") in facts(
        resources, "Ghana joined France on Monday in condemning the attack on Togo.")


@pytest.mark.parametrize(("body", "expected"), [
    ("Kenyan farmers delivered an appeal to the United Nations.", {("KEN", "REQUEST", "un")}),
    # an adjective after a determiner is still no verb
    ("The police questioned the alleged leader of the Kenyan gang.", set()),
])
def test_a_noun_trigger_after_a_determiner_keeps_its_phrase(resources: Resources, body: str,
                                                            expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Ugandan police arrested and charged a Kenyan man for smuggling ivory.",
     {("UGA", "COERCE", "KEN"), ("UGA", "ACCUSE", "KEN")}),
    ("The shop charged a Kenyan man for the repairs.", set()),
])
def test_an_arrest_and_a_charge_is_a_legal_charge(resources: Resources, body: str,
                                                  expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


def test_an_order_before_an_infinitive_needs_no_named_object(resources: Resources) -> None:
    assert facts(resources, "The general, whom the Kenyan president ordered to restore order in "
                            "the north, arrived on Monday.") == {("KEN", "DEMAND", None)}


def test_a_gerund_after_since_is_no_content(resources: Resources) -> None:
    assert ("KEN", "AGREE", "UGA") in facts(
        resources, "Kenya has pledged support for the pact since reaching a deal with Uganda.")
    # a noun after the conjunction stays a threat's setting
    assert facts(resources, "Kenya threatened sanctions after talks with Uganda collapsed.") \
        == {("KEN", "THREATEN", None)}
