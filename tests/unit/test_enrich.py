"""Enrichment: actor resolution (alias, title, surname, possessive), roles by date, places, tone, seed."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.inputs import RawInput
from pipeline.models import Article, ResolvedActor
from pipeline.stages.chain import Resources, assemble, run_chain
from pipeline.stages.enrich import enrich
from pipeline.stages.extract import extract
from pipeline.stages.tone import tokens_tone
from pipeline.stages.types import Enrichment, Origin, WorkItem


def run(res: Resources, body: str, day: str = "2025-02-12", title: str = "") -> Enrichment:
    """Extract and enrich an article written for the test."""
    article = Article(id="t", title=title, body=body, published_at=f"{day}T12:00:00Z")  # type: ignore[arg-type]
    return enrich(article, extract(article, res.tagger), res.geo, res.knowledge)


def actor(result: Enrichment, name: str) -> ResolvedActor:
    """The resolved actor with this canonical name."""
    found = [a for a in result.actors if a.name == name]
    assert found, [a.name for a in result.actors]
    return found[0]


def test_alias_and_surname_after_full_mention(resources: Resources) -> None:
    result = run(resources, "Vladimir Putin met envoys in the capital. Later Putin left.")
    putin = actor(result, "Vladimir Putin")
    assert putin.kb_id == "vladimir-putin"
    assert putin.country == "RUS"
    assert putin.method.startswith("kb-alias")


def test_title_pattern_resolves_and_gives_role(resources: Resources) -> None:
    result = run(resources, "Secretary of State Marco Rubio flew to Riyadh on Monday.")
    rubio = actor(result, "Marco Rubio")
    assert rubio.method == "kb-alias+title"
    assert "foreign_minister" in rubio.role_codes
    assert any("Secretary of State" in r for r in rubio.roles)


@pytest.mark.parametrize(("text", "name", "kb_id"), [
    ("Blinken later met President Xi Jinping in Beijing.", "Xi Jinping", "xi-jinping"),
    ("The envoy was received by King Charles III at the palace.", "King Charles III", "charles-iii"),
    ("Crown Prince Mohammed bin Salman hosted the talks.", "Mohammed bin Salman",
     "mohammed-bin-salman"),
])
def test_title_before_a_full_name_keeps_the_kb_entry(resources: Resources, text: str, name: str,
                                                    kb_id: str) -> None:
    """A KB alias made of a title and a short name ("President Xi") must not cut a longer name."""
    found = actor(run(resources, text, day="2024-04-26"), name)
    assert (found.kb_id, found.method) == (kb_id, "kb-alias+title")


def test_possessive_country_is_a_qualifier_not_an_actor(resources: Resources) -> None:
    result = run(resources, "Russia's Putin praised the plan.")
    names = {a.name for a in result.actors}
    assert "Vladimir Putin" in names
    assert all(e.actor.name == "Vladimir Putin" for e in result.events)


def test_unknown_person_gets_country_and_title_from_context(resources: Resources) -> None:
    result = run(resources, "Ruritanian ideas aside, French Foreign Minister Jeanne Example spoke.")
    person = next(a for a in result.actors if a.name == "Jeanne Example")
    assert person.country == "FRA"
    assert person.role_codes == ["foreign_minister"]
    assert person.kb_id is None
    assert person.method == "title-pattern"


def test_roles_follow_the_date(resources: Resources) -> None:
    body = "Donald Trump spoke with Emmanuel Macron."
    in_office = actor(run(resources, body, "2025-02-12"), "Donald Trump")
    out_of_office = actor(run(resources, body, "2022-06-01"), "Donald Trump")
    assert "head_of_state" in in_office.role_codes
    assert out_of_office.roles == []
    assert out_of_office.role_codes == []


@pytest.mark.parametrize(("text", "iso3"), [("Britain", "GBR"), ("US", "USA"), ("Ukraine's", "UKR"),
                                           ("Russian", "RUS"), ("Saudis", "SAU"), ("Slovaks", "SVK")])
def test_countries_and_adjectives_become_country_actors(resources: Resources, text: str,
                                                        iso3: str) -> None:
    result = run(resources, f"{text} officials condemned Iran.")
    assert any(a.type == "country" and a.country == iso3 for a in result.actors)


def test_title_without_name_is_the_holder_on_that_day(resources: Resources) -> None:
    result = run(resources, "The US president thanked Japan.")
    assert result.events[0].actor.entity_id == "donald-trump"
    assert result.events[0].actor.method == "title-holder"


def test_places_cities_with_coordinates_and_regions(resources: Resources) -> None:
    result = run(resources, "Officials met in Moscow to discuss the Middle East.")
    kinds = {p.name: p for p in result.places}
    assert kinds["Moscow"].kind == "city"
    assert kinds["Moscow"].country == "RUS"
    assert kinds["Moscow"].latitude is not None
    assert kinds["Middle East"].kind == "region"


def test_city_is_disambiguated_by_article_countries(resources: Resources) -> None:
    plain = run(resources, "Talks were held in Tripoli.")
    lebanese = run(resources, "Talks were held in Tripoli, the second city of Lebanon.")
    assert next(p for p in plain.places if p.name == "Tripoli").country == "LBY"
    city = next(p for p in lebanese.places if p.name == "Tripoli")
    assert city.country == "LBN"
    assert city.method == "gazetteer-in-article-country"


def test_tone_uses_the_vader_lexicon_on_tokens(resources: Resources) -> None:
    low = ["a", "great", "and", "productive", "call"]
    assert tokens_tone(low, 0, len(low)) > 0.3
    low = ["not", "great"]
    assert tokens_tone(low, 0, len(low)) < 0
    assert run(resources, "A terrible, deadly attack killed many.").tone < 0


def _events(seed: RawInput, res: Resources) -> list[dict[str, object]]:
    article = Article.model_validate_json(seed.payload)
    origin = Origin(position=None, key_b64=None, payload_b64="", headers=[],
                    first_seen=dt.datetime(2025, 2, 13, tzinfo=dt.UTC))
    item = run_chain(WorkItem(article=article, origin=origin), res, 60_000)
    assert isinstance(item, WorkItem)
    _, events = assemble(item, res, dt.datetime(2025, 2, 13, tzinfo=dt.UTC))
    return [e.model_dump(mode="json", exclude={"provenance"}) for e in events]


def test_seed_article(seed: RawInput, resources: Resources) -> None:
    events = _events(seed, resources)
    asserted = [e for e in events if e["modality"] == "asserted"]

    def find(code: str, actor: str, recipient: str) -> dict[str, object]:
        for e in asserted:
            t, a, r = e["event_type"], e["actor"], e["recipient"]
            assert isinstance(t, dict) and isinstance(a, dict)
            if t["code"] == code and a["country"] == actor and isinstance(r, dict) \
                    and r["country"] == recipient:
                return e
        raise AssertionError(f"no {code} {actor}->{recipient} in {asserted}")

    call = find("CONSULT", "USA", "RUS")
    assert call["event_type"] == {**call["event_type"], "mode": "phone"}  # type: ignore[dict-item]
    assert call["event_date"] == "2025-02-12"
    assert call["actor"]["role_code"] == "head_of_state"  # type: ignore[index]
    assert call["recipient"]["role_code"] == "head_of_state"  # type: ignore[index]
    agree = find("AGREE", "USA", "RUS")
    assert "negotiat" in str(agree["evidence"]).lower()
    release = find("RETREAT", "RUS", "USA")
    assert release["event_type"]["mode"] == "release"  # type: ignore[index]
    assert release["recipient"]["entity_id"] == "marc-fogel"  # type: ignore[index]
    assert release["reasons"]["event_date"].startswith("no date")  # type: ignore[index]
    future = [e for e in events if e["modality"] == "future"]
    assert future, "the agreed-to negotiations are flagged, not coded as facts"
    assert [e["event_id"] for e in _events(seed, resources)] == [e["event_id"] for e in events]


def test_seed_negotiators_and_zelenskyy(seed: RawInput, resources: Resources) -> None:
    article = Article.model_validate_json(seed.payload)
    result = enrich(article, extract(article, resources.tagger), resources.geo, resources.knowledge)
    roles = {a.kb_id: a for a in result.actors if a.kb_id}
    assert "foreign_minister" in roles["marco-rubio"].role_codes
    assert any("Secretary of State" in r for r in roles["marco-rubio"].roles)
    assert any("Central Intelligence Agency" in r for r in roles["john-ratcliffe"].roles)
    assert "National Security Advisor" in roles["michael-waltz"].roles
    assert any("Special Envoy" in r for r in roles["steve-witkoff"].roles)
    zelenskyy = roles["volodymyr-zelenskyy"]
    assert zelenskyy.country == "UKR"
    assert zelenskyy.role_codes == ["head_of_state"]


@pytest.mark.parametrize(("day", "expected"), [("2005-03-01", {"USA"}), ("1987-03-01", set())])
def test_a_bare_surname_names_a_person_only_near_their_office(
        resources: Resources, day: str, expected: set[str]) -> None:
    result = run(resources, "Rice said the harvest was late.", day=day)
    assert {a.country for a in result.actors if a.kb_id == "condoleezza-rice"} == expected


def test_historical_office_holder_is_coded_by_country(resources: Resources) -> None:
    result = run(resources, "Nakasone met Reagan in Washington.", day="1987-05-01")
    assert {(e.actor.entity_id, e.recipient and e.recipient.entity_id) for e in result.events} == {
        ("yasuhiro-nakasone", "ronald-reagan")}


def test_an_alias_ending_in_a_sign_resolves_to_its_kb_entry(resources: Resources) -> None:
    result = run(resources, "OPEC+ agreed on Sunday to extend its output cuts into 2025.",
                 day="2024-12-08")
    assert actor(result, "OPEC+").kb_id == "opec-plus"


def test_a_technology_or_a_benchmark_crude_is_no_actor(resources: Resources) -> None:
    result = run(resources, "Brent crude rose on Monday. AI could double the power demand of "
                 "data centres, the IEA said.", day="2025-04-10")
    names = {a.name for a in result.actors}
    assert not names & {"Brent", "AI"}, names
    assert "International Energy Agency" in names


def test_an_office_holder_named_without_a_country_serves_the_one_the_text_is_about(
        resources: Resources) -> None:
    result = run(resources, "Slovakia, which had received gas through the route, accused Kyiv "
                 "of harming the bloc's interests. Prime Minister Robert Fico threatened to cut "
                 "electricity supplies to Ukraine.", day="2025-01-01")
    fico = actor(result, "Robert Fico")
    assert (fico.country, fico.method) == ("SVK", "title+context-country")


@pytest.mark.parametrize("body", [
    # the previous sentence is not about one country
    "Talks on gas transit ended on Monday. Prime Minister Robert Fico threatened to cut "
    "electricity supplies to Ukraine.",
    # an ambassador need not serve the country the text is about
    "Slovakia summoned envoys on Monday. Ambassador Jana Novakova said the talks would go on.",
])
def test_no_context_country_without_a_clear_one(resources: Resources, body: str) -> None:
    result = run(resources, body, day="2025-01-01")
    assert all(a.method != "title+context-country" for a in result.actors), result.actors


def _triples(result: Enrichment) -> list[tuple[str, str | None, str, str | None]]:
    return [(e.evidence.field, e.actor.country if e.actor else None, e.event_type.code,
             e.recipient.country if e.recipient else None) for e in result.events]


def test_a_title_event_the_body_does_not_state_is_coded_from_the_title(
        resources: Resources) -> None:
    result = run(resources, "The two ministers discussed grain prices on Monday.",
                 title="Japan expels Chinese diplomat")
    assert ("title", "JPN", "SANCTION", "CHN") in _triples(result)
    title_event = next(e for e in result.events if e.evidence.field == "title")
    assert title_event.evidence.text == "Japan expels Chinese diplomat"
    assert (title_event.evidence.start, title_event.evidence.sentence) == (0, 0)


def test_a_title_that_restates_a_body_event_adds_nothing(resources: Resources) -> None:
    result = run(resources, "Japan expelled a Chinese diplomat on Monday, the ministry said.",
                 title="Japan expels diplomat")
    assert [t for t in _triples(result) if t[2] == "SANCTION"] == [
        ("body", "JPN", "SANCTION", "CHN")]
