"""A joint deal's modifier is no party to it, and "backs"/"backed" before a determined object is
support (session 18, agree18; docs/event-coding.md "Joint deals and backed plans"):
`joint_deals.py`, `backing.py`. Sentences written for the tests, with the cases the rules keep."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    ("Kenya and Tanzania sign Uganda border accord", {("KEN", "AGREE", "TZA")}),
    ("NORWAY, DENMARK INITIAL ICELAND FISHING PACT", {("NOR", "AGREE", "DNK")}),
    ("Kenya and Tanzania signed an EU trade accord on Monday.", {("KEN", "AGREE", "TZA")}),
    # a partner after "with", and one subject alone, keep their recipient
    ("Kenya and Tanzania signed an accord with Uganda on Monday.",
     {("KEN", "AGREE", "UGA"), ("TZA", "AGREE", "UGA")}),
])
def test_a_joint_deals_modifier_is_no_party(resources: Resources, body: str,
                                           expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Norway backs the plan to cut fishing quotas.", {("NOR", "SUPPORT", None)}),
    ("The Danish government backed a proposal to widen the port.", {("DNK", "SUPPORT", None)}),
    ("Norway's finance minister also backed the proposals on Monday.", {("NOR", "SUPPORT", None)}),
    # a passive, a particle and the adverb keep the weak rule
    ("The plan was backed by officials in Oslo.", set()),
    ("Norway backed down on Monday.", set()),
    ("Danish farmers backed an arms embargo against Norway.", {("DNK", "SANCTION", "NOR")}),
    ("The Norwegian minister came back from Oslo on Monday.", set()),
])
def test_backing_a_named_thing_is_support(resources: Resources, body: str,
                                         expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("The Bank of Japan offered to buy 50 billion yen of government bonds on Monday.", set()),
    ("NORWAY OFFERS TO SELL TWO FRIGATES TO DENMARK", set()),
    # offers of other acts keep their AGREE
    ("Norway has offered to meet Danish officials for talks.", {("NOR", "AGREE", "DNK")}),
    ("Norway offered to supply gas to Denmark.", {("NOR", "AGREE", "DNK")}),
])
def test_an_offer_to_buy_or_sell_is_a_markets(resources: Resources, body: str,
                                             expected: set[Triple]) -> None:
    assert facts(resources, body) == expected
