"""Rules of the precision round on Reuters pool 2 (docs/event-coding.md, "Precision round on
Reuters pool 2"): false-positive classes found by judging the coder's outputs on unseen Reuters
sentences, tested on sentences written for the tests."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    ("The Bank of Canada gave the money market assistance of about 300 mln dlrs.", set()),
    ("Kenya cut loans to its exporters to slow credit growth.", set()),
    ("SENATE PANEL APPROVES AID FOR FARM BANKS", set()),
    ("Kenya approved aid funds for its textile industry.", set()),
    # a loan sought is a request, not aid
    ("PERU SEEKS 300 MLN DLR PIPELINE LOAN", {("PER", "REQUEST", None)}),
    # aid to a named receiver stays
    ("Japan gave Kenya emergency assistance after the floods.", {("JPN", "AID", "KEN")}),
    ("The World Bank approved a 90 mln dlr loan to Ghana.", {("world-bank", "AID", "GHA")}),
])
def test_aid_needs_a_named_receiver(resources: Resources, body: str,
                                    expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a state party to the deal is AGREE even with a firm (session 19, state_deals.py)
    ("Kenya extended its mining agreement with the Canadian firm Acme Gold Corp for two years.",
     {("KEN", "AGREE", "CAN")}),
    ("The British Army signed a contract to pay Fairfield Engines Ltd 40 mln stg for trucks.",
     set()),
    ("Uganda Airlines Corp said it agreed to buy two jets from a European maker.", set()),
    ("Peru offered to buy <NRT> shares held by the state fund.", set()),
    # the firm only as the closing source, or as the target of violence, changes nothing
    ("Ghana and Togo signed a border agreement, Reuters Holdings Plc reported.",
     {("GHA", "AGREE", "TGO")}),
    ('"Only Japan promised anything," said an economist at Daiwa Bank Ltd.', {("JPN", "AGREE", None)}),
    ("Rebels attacked a pipeline of Acme Oil Corp in Nigeria.", {("NGA", "ASSAULT", None)}),
])
def test_a_firm_named_by_its_legal_form_makes_company_news(resources: Resources, body: str,
                                                           expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a state as the subject of the deal is a party to it: AGREE (session 19, state_deals.py)
    ("Peru signed twelve exploration contracts with nine foreign firms last year.",
     {("PER", "AGREE", None)}),
    ("Bolivia has been negotiating with its creditor banks since March.", set()),
    ("KENYA, COMMERCIAL BANKS AGREE ON DEBT DEAL", set()),
    ("Japanese buyers agreed to postpone 50,000 tonnes of sugar deliveries until 1988.", set()),
    ("Kenyan and Ugandan businessmen signed a memorandum on joint ventures.", set()),
    # states dealing with states, or with a bank of the state, stay
    ("Peru signed an aid agreement with Japan.", {("PER", "AGREE", "JPN")}),
    ("Bolivia has been negotiating with the World Bank since March.", {("BOL", "CONSULT", "world-bank")}),
])
def test_firms_as_partners_make_a_business_deal(resources: Resources, body: str,
                                                expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Kenyan data showed little sign that exports would recover this year.", set()),
    ("The French embassy reported growing signs that the harvest was poor.", set()),
    ("Parliament began a review amid signs Kenyan agencies were at odds over the cost.", set()),
    # a signing stays
    ("Kenya signs a trade treaty with Uganda.", {("KEN", "AGREE", "UGA")}),
])
def test_signs_of_evidence_are_no_signing(resources: Resources, body: str,
                                          expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Analysts said EC demand for cars was falling this year.", set()),
    ("KENYAN DEMAND FOR BRITISH TEA SEEN RISING", set()),
    # an actor's demand keeps its article or possessive
    ("Peru rejected the Chilean demand for compensation.", {("PER", "REJECT", "CHL")}),
    ("Kenya made a formal demand for compensation from Uganda.", {("KEN", "DEMAND", "UGA")}),
])
def test_a_bare_demand_for_goods_is_a_market(resources: Resources, body: str,
                                             expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Uganda said it would only reopen the border after Kenya released the prisoners.", set()),
    ("Japan could cut rates immediately after the other central banks agreed to do so.", set()),
    ("The plan will be explained when the Kenyan minister visits Uganda.", set()),
    # a clause of time under a verb of the past is a fact
    ("Uganda protested after Kenya withdrew its ambassador from Kampala.",
     {("KEN", "SANCTION", "UGA"), ("UGA", "ACCUSE", None)}),
])
def test_a_clause_of_time_under_a_modal_is_no_fact(resources: Resources, body: str,
                                                   expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Kenya announced new import rules shortly before trade talks with Uganda.", set()),
    ("Prices will rise, the Kenyan minister said after a long meeting with Ugandan officials.",
     set()),
    # the sentence's own talks stay
    ("Kenya held talks with Uganda before the vote.", {("KEN", "CONSULT", "UGA")}),
])
def test_a_noun_phrase_after_a_preposition_of_time_is_background(resources: Resources, body: str,
                                                                 expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("KENYA BANKWORKERS STRIKE ENTERS SECOND DAY", {("KEN", "PROTEST", None)}),
    ("NIGERIAN SEAFARERS' STRIKE HALTS OIL EXPORTS", {("NGA", "PROTEST", None)}),
])
def test_a_strike_by_workers_is_a_protest(resources: Resources, body: str,
                                          expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Kenya cut import tariffs on 900 foreign products in January.", set()),
    ("The embargo was aimed at averting Kenyan sanctions.", set()),
    # a named target or partner stays
    ("Kenya imposed sanctions on Uganda.", {("KEN", "SANCTION", "UGA")}),
    ("China sold arms to Iran.", {("CHN", "COOPERATE", "IRN")}),
])
def test_trade_and_sanctions_need_a_named_partner(resources: Resources, body: str,
                                                  expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Kenyan officials, who asked not to be named, said the talks had stalled.", set()),
    ("The plan is dead, said a Ugandan official who asked not to be identified.", set()),
    ("Kenya asked Uganda not to close the border.", {("KEN", "REQUEST", "UGA")}),
])
def test_asking_not_to_be_named_is_no_request(resources: Resources, body: str,
                                              expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("WORLD BANK SUSPENDS LOANS TO KENYA", {("world-bank", "SANCTION", "KEN")}),
    ("The IMF has halted lending to Ghana over its arrears.", {("imf", "SANCTION", "GHA")}),
])
def test_suspended_loans_reduce_aid(resources: Resources, body: str,
                                    expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("KENYA UNITY TALKS OFF, MOI SAYS", set()),
    ("EC MINISTERS POSTPONE TALKS ON DAIRY QUOTAS", set()),
    ("Talks between Kenya and Uganda have been postponed.", set()),
    # a place after "off" and talks that went ahead stay
    ("Talks between Kenya and Uganda ended on Monday.", {("KEN", "CONSULT", "UGA")}),
])
def test_talks_called_off_did_not_take_place(resources: Resources, body: str,
                                             expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Kenya is fuelling protectionist pressure which threatens the trading system.", set()),
    ("Ghana and Kenya face two issues that threaten to poison their relations.", set()),
    ("The outbreak has led Kenya to bar meat imports from Uganda, threatening its dairy farms.",
     set()),
    # an actor's threat stays
    ("Kenya threatened to close the border with Uganda.", {("KEN", "THREATEN", "UGA")}),
])
def test_a_thing_that_threatens_only_endangers(resources: Resources, body: str,
                                               expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Only Kenya supported the plan at the meeting, and Uganda and Tanzania opposed it.",
     {("KEN", "SUPPORT", None), ("UGA", "REJECT", None), ("TZA", "REJECT", None)}),
    # a list of names after the verb stays one list
    ("Kenya accused Uganda, Rwanda, and Burundi.",
     {("KEN", "ACCUSE", "UGA"), ("KEN", "ACCUSE", "RWA"), ("KEN", "ACCUSE", "BDI")}),
])
def test_a_new_clause_after_comma_and_names_no_recipient(resources: Resources, body: str,
                                                         expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Traders said the OPEC meeting is unlikely to change prices.", set()),
    ("Kenyan sanctions against Uganda are likely to take effect in May.", set()),
    ("Kenyan sanctions against Uganda took effect in May.", {("KEN", "SANCTION", "UGA")}),
])
def test_a_noun_trigger_subject_of_a_prediction_is_no_fact(resources: Resources, body: str,
                                                           expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("A Kenyan judge dismissed a lawsuit by a former Ugandan minister.", set()),
    ("Kenya dismissed the Ugandan proposal.", {("KEN", "REJECT", "UGA")}),
])
def test_dismissing_a_lawsuit_is_no_rejection(resources: Resources, body: str,
                                              expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Kenya and Uganda agreed on the need for stable exchange rates.", set()),
    ("EC MINISTERS AGREE NEED FOR STEEL CUTS", set()),
    ("Kenya and Uganda agreed on a new border regime.", {("KEN", "AGREE", "UGA")}),
])
def test_agreeing_on_a_need_is_a_shared_view(resources: Resources, body: str,
                                             expected: set[Triple]) -> None:
    assert facts(resources, body) == expected
