"""Event coder rules on sentences written for the tests: places, groups, passives, modality."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.models import Article
from pipeline.stages.chain import Resources
from pipeline.stages.enrich import enrich
from pipeline.stages.extract import extract
from pipeline.stages.types import EventDraft

Triple = tuple[str | None, str, str | None]


def code(res: Resources, body: str, day: str = "2004-09-01") -> list[EventDraft]:
    """Events coded from a body written for the test."""
    article = Article(id="t", body=body, published_at=f"{day}T08:00:00Z")  # type: ignore[arg-type]
    return enrich(article, extract(article, res.tagger), res.geo, res.knowledge).events


def who(a: object) -> str | None:
    """An event participant as the tests name it: its country, else its KB id."""
    if a is None:
        return None
    entity, country = getattr(a, "entity_id", None), getattr(a, "country", None)
    return str(country) if country else entity


def facts(res: Resources, body: str, day: str = "2004-09-01") -> set[Triple]:
    """(actor, type, recipient) of the asserted events: KB id for IGOs and groups, else country."""
    return {(who(e.actor), e.event_type.code, who(e.recipient))
            for e in code(res, body, day) if e.modality == "asserted"}


@pytest.mark.parametrize(("body", "expected"), [
    ("Israeli troops raided the West Bank.", ("ISR", "ASSAULT", "PSE")),
    ("Chadian troops attacked rebels in Darfur.", ("TCD", "ASSAULT", "SDN")),
    ("Gunmen seized two Italians in Kabul.", ("AFG", "COERCE", "ITA")),
    ("Sudanese rebels attacked Chad.", ("SDN", "ASSAULT", "TCD")),
    ("Colombian troops attacked FARC.", ("COL", "ASSAULT", "COL")),
    ("Turkey retaliated in air strikes.", ("TUR", "ASSAULT", None)),
    ("Donald Trump thanked Vladimir Putin.", ("USA", "SUPPORT", "RUS")),
])
def test_actors_and_targets(resources: Resources, body: str, expected: Triple) -> None:
    assert expected in facts(resources, body)


def test_a_province_before_a_noun_trigger_is_its_topic(resources: Resources) -> None:
    assert not any(actor == "SDN" for actor, _, _ in facts(resources, "Darfur peace talks resumed."))


def test_aid_with_no_recipient_goes_to_the_place_named(resources: Resources) -> None:
    events = code(resources, "The World Bank approved a loan to modernise ports in Lagos.")
    aid = next(e for e in events if e.event_type.code == "AID")
    assert aid.recipient is not None and aid.recipient.country == "NGA"
    assert "where it happens" in aid.reasons["roles"]


def test_a_noun_modifying_another_noun_trigger_is_not_an_event(resources: Resources) -> None:
    found = facts(resources, "At the tin pact talks, Peru made a conciliatory move.")
    assert {code_ for _, code_, _ in found} == {"CONCEDE"}


def test_support_for_a_demand_is_not_a_demand(resources: Resources) -> None:
    found = facts(resources, "A court in Kenya backed demands for an inquiry.")
    assert {code_ for _, code_, _ in found} == {"SUPPORT"}


@pytest.mark.parametrize("body", [
    "Sanctions on Iran could hurt trade, Germany said.",
    "Chad said that U.N. sanctions, threatened over the raids, would ruin it.",
])
def test_a_noun_trigger_before_a_modal_is_not_a_fact(resources: Resources, body: str) -> None:
    assert not {code_ for _, code_, _ in facts(resources, body)} & {"SANCTION", "THREATEN"}


def test_a_participle_with_no_object_is_passive(resources: Resources) -> None:
    # the patients are no actor (a sentence-case headline's passive has a null actor)
    assert not any(actor for actor, _, _ in facts(resources, "Two Italians seized in Kabul"))
    assert ("RUS", "ASSAULT", "UKR") in facts(resources, "Russia attacked Ukraine on Monday.")


def test_a_gerund_before_of_is_a_noun(resources: Resources) -> None:
    found = facts(resources, "Chile condemned the killing of a Peruvian journalist.")
    assert {code_ for _, code_, _ in found} == {"ACCUSE"}


def test_a_noun_object_of_the_same_type_is_one_event(resources: Resources) -> None:
    assert facts(resources, "Japan gave Indonesia emergency aid.") == {("JPN", "AID", "IDN")}


def test_un_agency_epithets(resources: Resources) -> None:
    events = code(resources, "The UN refugee chief praised Kenya.")
    assert [e.actor.entity_id for e in events] == ["unhcr"]


def test_a_country_before_a_currency_is_not_an_actor(resources: Resources) -> None:
    events = code(resources, "Hyundai signed for a 15 mln U.S. dlr credit, the bank said.", "1987-05-01")
    assert not any("USA" in (e.actor.country, e.recipient and e.recipient.country) for e in events)


@pytest.mark.parametrize(("body", "expected"), [
    ("American forces and insurgents clashed in Iraq.", {("USA", "ASSAULT", "IRQ")}),
    ("Militants in Iraq beheaded a British hostage.", {("IRQ", "ASSAULT", "GBR")}),
    ("Yemen al-Qaeda suspect killed", set()),
    ("Kenya warned that the drought would worsen.", set()),
])
def test_mutual_fights_new_verbs_and_non_events(
        resources: Resources, body: str, expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


def test_a_verb_after_and_is_not_governed_by_an_earlier_preposition(resources: Resources) -> None:
    found = facts(resources, "Chilean troops mistook students for rebels and shot them.")
    assert any(code_ == "ASSAULT" for _, code_, _ in found)


@pytest.mark.parametrize(("body", "expected"), [
    ("KENYAN TROOPS KILLED 40 SOMALI RAIDERS, NAIROBI SAYS", {("KEN", "ASSAULT", "SOM")}),
    # the five are no actor; named by no country, they are the place's (stages/targets.py)
    ("Five Killed in Nairobi Blast", {(None, "ASSAULT", "KEN")}),
    ("Uganda Arrests Alleged Kenyan Spies", {("UGA", "COERCE", "KEN")}),
])
def test_headline_participles(resources: Resources, body: str, expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("The Dutch government expelled two Iranian diplomats.", ("NLD", "SANCTION", "IRN")),
    ("China sold arms to Iran.", ("CHN", "COOPERATE", "IRN")),
    ("Japan bought oil from Iran.", ("JPN", "COOPERATE", "IRN")),
])
def test_irregular_and_doubled_verb_forms(resources: Resources, body: str, expected: Triple) -> None:
    assert expected in facts(resources, body)


@pytest.mark.parametrize(("body", "absent"), [
    ("Rebels attacked aid workers in Darfur.", "AID"),
    ("Kenyan Appeals Court Upholds Ban on Opposition Rally", "REQUEST"),
])
def test_a_trigger_word_modifying_a_noun_is_not_an_event(
        resources: Resources, body: str, absent: str) -> None:
    assert absent not in {code_ for _, code_, _ in facts(resources, body)}


@pytest.mark.parametrize(("body", "expected"), [
    ("Syria handed over the suspect to Iraq.", {("SYR", "RETREAT", "IRQ")}),
    ("The United States lifted sanctions on Libya.", {("USA", "RETREAT", "LBY")}),
    ("Pakistan called off talks with India.", {("PAK", "SANCTION", "IND")}),
    ("The opposition boycotted the election in Zimbabwe.", {("ZWE", "PROTEST", None)}),
    ("China and Indonesia established diplomatic relations.", {("CHN", "SUPPORT", "IDN")}),
])
def test_phrasal_verbs_targets_and_mutual_relations(
        resources: Resources, body: str, expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


def test_a_person_is_coded_by_the_office_held_on_the_day(resources: Resources) -> None:
    from pipeline.eval_events import actor_code
    from pipeline.models import EventActor

    kb = resources.knowledge.kb
    types = {a.id: a.type for a in kb}
    annan = EventActor(name="Kofi Annan", entity_id="kofi-annan", country="GHA", method="kb-alias",
                       confidence=0.9)
    assert actor_code(annan, types, kb, dt.date(2004, 6, 1)) == "un"
    assert actor_code(annan, types, kb, dt.date(2010, 6, 1)) == "GHA"


@pytest.mark.parametrize(("body", "expected"), [
    ("Syria pulled its troops out of Lebanon.", {("SYR", "RETREAT", None)}),
    ("Palestinian security forces arrested two militants in Gaza.", {("PSE", "COERCE", "PSE")}),
    # a partner named: a body's own meeting is no CONSULT (lone_talks.py, agree17)
    ("OPEC oil ministers met Iraqi officials in Vienna.", {("opec", "CONSULT", "IRQ")}),
    ("Thousands Protest in Kiev Over Disputed Election", {("UKR", "PROTEST", None)}),
    ("Iraq's Allawi Meets Jordan's King Abdullah", {("IRQ", "CONSULT", "JOR")}),
    ("French Troops Destroy Ivorian Air Force", {("FRA", "ASSAULT", "CIV")}),
])
def test_particles_modifiers_old_capitals_and_namesakes(
        resources: Resources, body: str, expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


def test_a_trigger_phrase_that_is_a_mode_cue_sets_the_mode(resources: Resources) -> None:
    (event,) = [e for e in code(resources, "Syria pulled its troops out of Lebanon.")
                if e.modality == "asserted"]
    assert (event.event_type.mode, event.event_type.cameo) == ("withdraw", "0874")


@pytest.mark.parametrize(("body", "expected"), [
    ("Japan Protests Chinese Submarine Intrusion", {("JPN", "ACCUSE", "CHN")}),
    ("Canada protested to Washington over the lumber duties.", {("CAN", "ACCUSE", "USA")}),
    ("Students protested in Seoul against the U.S.", {("KOR", "PROTEST", "USA")}),
    ("Thousands Demonstrate in Lima for Peruvian Hostages", {("PER", "PROTEST", None)}),
])
def test_a_protest_by_the_state_is_an_official_complaint(
        resources: Resources, body: str, expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


def test_the_source_of_a_report_is_not_a_recipient(resources: Resources) -> None:
    found = facts(resources, "China signed a barter deal with Iran, Xinhua said.", "1987-05-01")
    assert found == {("CHN", "AGREE", "IRN")}


def test_it_is_the_last_country_or_organisation_named_as_a_subject(resources: Resources) -> None:
    events = code(resources, "Japan said it was disappointed. It accused Chile of dumping.")
    accuse = next(e for e in events if e.event_type.code == "ACCUSE")
    assert accuse.actor.country == "JPN"
    assert accuse.actor.method.startswith("pronoun:")  # the previous sentence's subject


@pytest.mark.parametrize(("body", "expected"), [
    ("KENYA SEES FLAT U.S. CEMENT DEMAND", set()),
    ("NAIROBI SHAREHOLDER MEETINGS THIS WEEK", set()),
    ("The share offer raised 300 mln francs, France said.", set()),
    ("Egypt offered to mediate between Chad and Sudan.", {("EGY", "AGREE", "TCD"),
                                                           ("EGY", "AGREE", "SDN")}),
    ("Kohl attacked the farm proposals of France.", {("DEU", "ACCUSE", "FRA")}),
    ("Israeli jets attacked Hamas positions.", {("ISR", "ASSAULT", "PSE")}),
])
def test_business_words_and_verbal_attacks(
        resources: Resources, body: str, expected: set[Triple]) -> None:
    assert facts(resources, body, "1987-05-01") == expected


@pytest.mark.parametrize(("body", "kind", "expected"), [
    ("The G-7 met Brazil in Washington.", "CONSULT", {("g7", "CONSULT", "BRA")}),
    ("India at G-7 Meeting for First Time", "CONSULT", {("IND", "CONSULT", "g7")}),
    ("Two French soldiers died in the two-week battle for the town.", None, set()),
    ("Japan held back from attacking the rebels.", None, set()),
    ("France backed Germany.", None, {("FRA", "SUPPORT", "DEU")}),
    ("Russian troops went on the offensive in Chechnya.", None, {("RUS", "ASSAULT", "RUS")}),
    ("The European Union set a date for membership talks with Turkey.", None,
     {("eu", "AGREE", "TUR")}),
    ("Iraq has set a date for elections.", None, set()),
    ("Syrian Talks: Egypt Criticizes Israel", "CONSULT", set()),
    ("Peru ended the meeting with a warning to Chile that it must cut tariffs.", "THREATEN", set()),
    ("Peru warned Chile that it must cut tariffs or face sanctions.", "THREATEN",
     {("PER", "THREATEN", "CHL")}),
    ("Chile has a trade agreement with Peru.", "AGREE", set()),
    ("Chile reached a trade agreement with Peru.", "AGREE", {("CHL", "AGREE", "PER")}),
    ("The Brazilian decision had the support of Argentina.", "SUPPORT", set()),
    ("BRAZIL BANK STRIKE CONTINUES INTO FIFTH DAY", None, {("BRA", "PROTEST", None)}),
    ("Kenya has met all its obligations to Britain.", None, set()),
    ("Sweden grows beet to meet domestic demand.", None, set()),
    ("A quake also registering 6.9 hit south-west Japan, killing two people.", None, set()),
    ("Hurricane Ivan slams Cuba.", None, set()),
    ("A plane crashed into a lake in northern China, killing all 53 people on board.", None, set()),
    ("An Israeli plane killed three Hamas militants.", None, {("ISR", "ASSAULT", "PSE")}),
    ("Hamas fired rockets at a bus, killing three Israelis.", None, {("PSE", "ASSAULT", "ISR")}),
    ("Israeli troops raided Jenin, killing two Palestinians.", None, {("ISR", "ASSAULT", "PSE")}),
    ("Israeli troops wounded three Palestinians.", None, {("ISR", "ASSAULT", "PSE")}),
    ("China chided Japan over the shrine visits.", "ACCUSE", {("CHN", "ACCUSE", "JPN")}),
    ("AT LEAST 10 SLAIN AS REBELS ATTACK IN NORTH INDIA", None, {("IND", "ASSAULT", "IND")}),
    ("Chile blamed its critics -- and praised Peru.", "ACCUSE", {("CHL", "ACCUSE", None)}),
    ("Japan backed the Oslo accords.", None, {("JPN", "SUPPORT", None)}),
    ("Fans gathered to watch the Bangladesh rally.", None, set()),
    ("Powell rejected a North Korean offer to resume the six-party nuclear talks.", "CONSULT", set()),
    ("JORDANIAN KING PUTS OFF MEETING BUSH OVER ISRAEL", None, set()),
    ("The Kremlin said Putin signed a parliament bill on Thursday.", None, set()),
    ("Iraq faces UN sanctions.", None, set()),
    ("Russia Says Attack Was To Ignite Regional War", None, set()),
    ("Israel said its strikes hit Hamas.", None, {("ISR", "ASSAULT", "PSE")}),
    ("Egypt's Mubarak met Jordan's King Abdullah for talks.", None, {("EGY", "CONSULT", "JOR")}),
    ("Putin is on a two-day visit to India.", None, {("RUS", "CONSULT", "IND")}),
    ("Britain called on Zimbabwe to hold free elections.", None, {("GBR", "REQUEST", "ZWE")}),
    ("Egypt recalled its ambassador from Israel.", None, {("EGY", "SANCTION", "ISR")}),
    ("Syria withdrew its troops from Lebanon.", None, {("SYR", "RETREAT", None)}),
    ("Iran's foreign minister arrived in Syria on Monday for talks.", None,
     {("IRN", "CONSULT", "SYR")}),
    ("Turkish artillery shelled Kurdish villages in Iraq.", None, {("TUR", "ASSAULT", "IRQ")}),
    ("Thousands of Iraqis protested in Baghdad against the United States.", None,
     {("IRQ", "PROTEST", "USA")}),
    ("Israel demolished Palestinian homes in Gaza.", None, {("ISR", "COERCE", "PSE")}),
    ("EU Lifts Arms Embargo on Libya", None, {("eu", "RETREAT", "LBY")}),
    ("The EU says Israel's wall in the West Bank breaches international law.", "ACCUSE",
     {("eu", "ACCUSE", "ISR")}),
    ("Russia violated the treaty.", "ACCUSE", set()),
    ("The last US troops left Somalia.", None, {("USA", "RETREAT", None)}),
    ("The Iranian minister left Cairo for Riyadh.", None, set()),
    ("Afghan protesters clashed with security forces, leaving ten dead.", "RETREAT", set()),
    ("U.S. BUSINESS LOANS FALL 618 MLN DLRS IN FEB 25 WEEK, FED SAYS", None, set()),
    ("Lehman is negotiating to buy GLG Partners, a large British hedge fund.", None, set()),
    ("The veto fight was a test of Reagan's strength.", None, set()),
    ("Aides Say Iraq Leader Helped Agency in 90's Attacks", None, set()),
    ("Iraqi Forces Foundering in Face of Killings and Threats by Rebels", None, set()),
    ("Two Palestinians were killed in an Israeli air strike in Gaza.", None,
     {("ISR", "ASSAULT", "PSE")}),
    ("Two Iraqis were killed in a suicide bombing.", None, {(None, "ASSAULT", "IRQ")}),
    # the victims named by a nationality before a head noun are the recipient, as for "Two
    # Iraqis" above (the headline recall round); the mortar attack names no actor
    ("A US official was killed on Sunday by a mortar attack near Baghdad.", None,
     {(None, "ASSAULT", "USA")}),
    ("U.S. And Israelis Quit Racism Talks Over Denunciation", "CONSULT", set()),
    ("Chinese Fight Crime With Torture and Executions", None, set()),
    ("Bush's visit to Moscow later this month worries Japan.", "CONSULT", set()),
    ("Iran will raise the issue at the next OPEC meeting in Vienna.", "CONSULT", set()),
    ("The researchers said the Chilean procedure promises to be reliable.", None, set()),
    ("BAGHDAD (Reuters) - Gunmen killed the Baghdad governor and a suicide bomber killed 10 people.",
     None, {("IRQ", "ASSAULT", "IRQ")}),
    ("Britain Agrees to Redeploy Troops", None, {("GBR", "AGREE", None)}),
    ("US-led coalition forces invaded the country in March 2003.", None, {("USA", "ASSAULT", None)}),
    ("Jordan's state security court jailed an Islamist militant.", None, {("JOR", "COERCE", "JOR")}),
    ("Uruguayan grain exporting firms raised prices for Taiwan.", None, set()),
    ("BAGHDAD (Reuters) - Militants in Iraq beheaded a British hostage.", None,
     {("IRQ", "ASSAULT", "GBR")}),
    ("Ukrainian lawmakers fought over the reforms.", "ASSAULT", set()),
    ("The sources said OPEC had demonstrated its commitment to the pact.", "PROTEST", set()),
    ("Iraq's most powerful Shiite cleric returned home from Britain.", None, set()),
    ("Court Gives Bush Right to Detain U.S. Combatant", "AID", set()),
    ("U.S. Drug Sting Riles Mexico, Imperiling Future Cooperation", "COOPERATE", set()),
    ("France lashed out at Britain.", None, {("FRA", "ACCUSE", "GBR")}),
    ("Sudan, Chad's eastern neighbour, has accused Eritrea of arming rebels.", "ACCUSE",
     {("SDN", "ACCUSE", "ERI")}),
    ("The United States suspended flights in Japan, bowing to protests over a crash.", "CONCEDE",
     {("USA", "CONCEDE", None)}),
    ("Some 30,000 Sudanese have threatened to cross into Chad, the U.N. refugee agency warned.",
     "THREATEN", {("SDN", "THREATEN", "TCD")}),
    ("Nigerian troops set off on an AU peace mission to Darfur.", None, {("NGA", "AID", "SDN")}),
    ("SAUDI ARABIA REITERATES COMMITMENT TO OPEC PACT", "AGREE", {("SAU", "AGREE", "opec")}),
])
def test_general_rules_of_the_third_round(
        resources: Resources, body: str, kind: str | None, expected: set[Triple]) -> None:
    """Hyphenated aliases and modifiers, particles, idioms, kickers, exhortations, everyday senses."""
    assert {f for f in facts(resources, body) if kind in (None, f[1])} == expected
