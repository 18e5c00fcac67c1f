"""Event coding on sentences written for the tests; the gold-set evaluation when ../shared exists."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import orjson
import pytest

from pipeline.eval_events import (
    CORPUS_DATES,
    DEFAULT_DATE,
    GOLD,
    evaluate_gold,
    format_report,
    parse_rows,
    published_date,
    split_of,
)
from pipeline.models import Article
from pipeline.stages.chain import Resources
from pipeline.stages.enrich import enrich
from pipeline.stages.extract import extract
from pipeline.stages.lexicon import load_lexicon
from pipeline.stages.types import EventDraft

SHARED = Path(__file__).resolve().parents[3] / "shared"


def code(res: Resources, body: str, day: str = "2025-03-05") -> list[EventDraft]:
    """Events coded from a body written for the test."""
    article = Article(id="t", body=body, published_at=f"{day}T08:00:00Z")  # type: ignore[arg-type]
    return enrich(article, extract(article, res.tagger), res.geo, res.knowledge).events


def triples(events: list[EventDraft], modality: str = "asserted") -> set[tuple[str, str, str]]:
    """(actor country, type, recipient country) of the events with this modality."""
    return {(str(e.actor.country), e.event_type.code, str(e.recipient.country if e.recipient else None))
            for e in events if e.modality == modality}


@pytest.mark.parametrize(("city", "mode", "cameo"), [
    ("Geneva", "third-party", "044"),  # neither side's country: a third location
    ("Moscow", "visit", "042"),  # the recipient's capital: the actor visits
    ("Bonn", "meeting", "040"),  # the actor's own capital: no third location, no visit
])
def test_talks_in_a_place_are_third_party_only_outside_both_countries(
        resources: Resources, city: str, mode: str, cameo: str) -> None:
    [talks] = code(resources, f"Kinkel and Primakov held talks in {city} on Monday.", "1996-09-10")
    assert triples([talks]) == {("DEU", "CONSULT", "RUS")}
    assert (talks.event_type.mode, talks.event_type.cameo) == (mode, cameo)


@pytest.mark.parametrize("body", [
    "Emmanuel Macron spoke by phone with Olaf Scholz on Tuesday.",
    "Emmanuel Macron talked by telephone with Olaf Scholz on Tuesday.",
    "Emmanuel Macron and Olaf Scholz spoke by phone on Tuesday.",
    "Emmanuel Macron held phone talks with Olaf Scholz on Tuesday.",
])
def test_phone_conversations_are_consult_by_phone(resources: Resources, body: str) -> None:
    [call] = code(resources, body)
    assert triples([call]) == {("FRA", "CONSULT", "DEU")}
    assert (call.event_type.mode, call.event_type.cameo) == ("phone", "041")


@pytest.mark.parametrize(("body", "expected"), [
    ("China banned exports of rare earths to the United States on Tuesday.", ("CHN", "SANCTION", "USA")),
    ("The US Commerce Department banned exports of advanced chips to China on Monday.",
     ("USA", "SANCTION", "CHN")),
    ("President Reagan imposed tariffs of 300 million dollars on Japan on Friday.",
     ("USA", "SANCTION", "JPN")),  # "imposed tariffs of": no passive "accused of"
])
def test_export_bans_and_tariffs_of_an_amount_are_sanctions(
        resources: Resources, body: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(code(resources, body, "1987-04-20"))


@pytest.mark.parametrize(("body", "expected"), [
    ("Israel and Syria held a new round of talks in Washington on Monday.", ("ISR", "CONSULT", "SYR")),
    ("The EU imposed a new package of sanctions on Russia on Friday.", ("None", "SANCTION", "RUS")),
    ("The EU adopted sanctions against Russia on Friday.", ("None", "SANCTION", "RUS")),
])
def test_a_quantity_of_events_after_a_past_light_verb_is_a_fact(
        resources: Resources, body: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(code(resources, body))


@pytest.mark.parametrize(("body", "expected", "cameo"), [
    ("Hamas fired rockets at Israel on Monday.", ("PSE", "ASSAULT", "ISR"), "190"),  # at: target
    ("North Korea conducted a nuclear test on Monday.", ("PRK", "MOBILIZE", "None"), "150"),
    ("China staged war games around Taiwan on Monday.", ("CHN", "MOBILIZE", "None"), "150"),
    ("Russia deployed troops along its border with Georgia on Monday.", ("RUS", "MOBILIZE", "GEO"), "154"),
])
def test_shows_of_force_and_fire_at_a_target(resources: Resources, body: str,
                                              expected: tuple[str, str, str], cameo: str) -> None:
    [event] = code(resources, body)
    assert triples([event]) == {expected}
    assert event.event_type.cameo == cameo


def test_phone_call_is_consult_with_mode_and_cameo(resources: Resources) -> None:
    events = code(resources, "Emmanuel Macron held a phone call with Olaf Scholz on Tuesday.")
    call = events[0]
    assert (call.event_type.code, call.event_type.mode, call.event_type.cameo) == ("CONSULT", "phone", "041")
    assert (call.actor.country, call.recipient and call.recipient.country) == ("FRA", "DEU")
    assert call.event_date.isoformat() == "2025-03-04"
    assert call.date_method.startswith("sentence-date")


def test_publication_date_is_used_with_a_reason(resources: Resources) -> None:
    event = code(resources, "Japan criticised China over the island dispute.")[0]
    assert event.event_date.isoformat() == "2025-03-05"
    assert event.date_method == "publication-date"
    assert "publication date" in event.reasons["event_date"]


@pytest.mark.parametrize(("body", "modality"), [
    ("Germany did not sanction Iran.", "negated"),
    ("Germany will sanction Iran next month.", "future"),
    ("Germany could sanction Iran.", "conditional"),
    ("Germany plans to sanction Iran.", "future"),
    ("Germany sanctioned Iran.", "asserted"),
])
def test_modality_is_flagged(resources: Resources, body: str, modality: str) -> None:
    events = [e for e in code(resources, body) if e.event_type.code == "SANCTION"]
    assert [e.modality for e in events] == [modality]
    if modality != "asserted":
        assert "modality" in events[0].reasons


def test_agreeing_to_talks_is_agree_and_the_talks_are_future(resources: Resources) -> None:
    events = code(resources, "Egypt and Jordan agreed to start negotiations on water.")
    assert triples(events) == {("EGY", "AGREE", "JOR")}
    assert ("EGY", "CONSULT", "JOR") in triples(events, "future")
    agree = next(e for e in events if e.event_type.code == "AGREE")
    assert agree.event_type.cameo == "036"


def test_threat_is_a_fact_the_threatened_action_is_not(resources: Resources) -> None:
    events = code(resources, "China threatened to impose tariffs on Canada.")
    assert ("CHN", "THREATEN", "CAN") in triples(events)
    assert not any(t[1] == "SANCTION" for t in triples(events))


def test_refusal_is_a_reject(resources: Resources) -> None:
    events = code(resources, "Venezuela won't release the Colombian prisoners.")
    assert ("VEN", "REJECT", "COL") in triples(events)
    assert ("VEN", "RETREAT", "COL") in triples(events, "negated")


def test_pronoun_subject_is_the_salient_person(resources: Resources) -> None:
    events = code(resources, "Keir Starmer arrived late. He also thanked Volodymyr Zelenskyy.")
    thanks = next(e for e in events if e.event_type.code == "SUPPORT")
    assert thanks.actor.entity_id == "keir-starmer"
    assert thanks.actor.method.startswith("pronoun:")  # the previous sentence's subject
    assert thanks.recipient is not None and thanks.recipient.country == "UKR"


def test_both_leaders_is_a_joint_action(resources: Resources) -> None:
    body = "Xi Jinping hosted Lula on Friday, and both leaders signed a trade pact."
    signed = next(e for e in code(resources, body) if e.event_type.code == "AGREE")
    assert (signed.actor.country, signed.recipient and signed.recipient.country) == ("CHN", "BRA")
    assert signed.event_type.mode == "sign"
    assert "joint" in signed.reasons["roles"]


def test_release_of_a_person_goes_to_their_country(resources: Resources) -> None:
    events = code(resources, "Donald Trump thanked Vladimir Putin for the release of Marc Fogel.")
    release = next(e for e in events if e.event_type.code == "RETREAT")
    assert release.actor.entity_id == "vladimir-putin"
    assert release.recipient is not None and release.recipient.country == "USA"
    assert release.event_type.cameo == "0841"


def test_passive_voice_swaps_agent_and_patient(resources: Resources) -> None:
    events = code(resources, "Kyiv was attacked by Russia overnight.")
    assert triples(events) == {("RUS", "ASSAULT", "UKR")}


def test_location_when_stated(resources: Resources) -> None:
    event = code(resources, "Antony Blinken met Wang Yi in Jakarta.")[0]
    assert event.location is not None
    assert (event.location.name, event.location.kind, event.location.country) == ("Jakarta", "city", "IDN")
    assert event.location.latitude is not None


def test_topics_after_on_are_not_recipients(resources: Resources) -> None:
    events = code(resources, "India and Pakistan held talks on Kashmir.")
    assert triples(events) == {("IND", "CONSULT", "PAK")}


def test_unnamed_groups_take_the_sentence_country(resources: Resources) -> None:
    events = code(resources, "Police arrested protesters in Bangladesh.")
    assert ("BGD", "COERCE", "None") in triples(events) or ("BGD", "COERCE", "BGD") in triples(events)
    assert events[0].actor.method.startswith("group-noun")


def test_appositive_title_gives_an_unknown_person_a_country(resources: Resources) -> None:
    events = code(resources, "Jan Examplesson, Sweden's foreign minister, criticised Hungary.")
    assert triples(events) == {("SWE", "ACCUSE", "HUN")}


def test_told_needs_an_infinitive(resources: Resources) -> None:
    assert not code(resources, "Keir Starmer told Sky News the plan was sound.")
    demand = code(resources, "Keir Starmer told Iran to release the sailors.")
    assert ("GBR", "DEMAND", "IRN") in triples(demand)
    assert demand[0].event_type.label.startswith("Demand")


def test_every_dictionary_type_has_a_cameo_code() -> None:
    lex = load_lexicon()
    for code_, etype in lex.dictionary.types.items():
        for mode in (*etype.modes, None):
            cameo = lex.cameo_code(code_, mode)
            assert cameo.startswith(etype.cameo[:2]) or cameo in etype.cameo_codes


def test_rows_option_is_a_slice_of_the_gold_file() -> None:
    assert parse_rows(":99") == slice(None, 99)
    assert parse_rows("99:") == slice(99, None)
    assert parse_rows(None) == slice(None)
    with pytest.raises(ValueError, match="start:stop"):
        parse_rows("99")


def test_dev_test_split_is_by_sha1_parity() -> None:
    assert split_of("0" * 39 + "2") == "dev"
    assert split_of("0" * 39 + "3") == "test"


def _hand_coded(tmp_path: Path, name: str, record_id: str, sentence: str,
                events: list[dict[str, str | None]]) -> Path:
    """A one-row hand-coded file naming `sentence`, the body of a record of a corpus in tmp_path."""
    corpus = tmp_path / "corpora" / "reuters21578.jsonl"
    corpus.parent.mkdir(exist_ok=True)
    with corpus.open("ab") as handle:
        handle.write(orjson.dumps({"id": record_id, "date": "1987-03-02", "body": sentence}) + b"\n")
    row = {"corpus": "reuters21578", "id": record_id, "field": "body", "start": 0,
           "end": len(sentence), "sha1": hashlib.sha1(sentence.encode()).hexdigest(),
           "position": 0, "events": events}
    path = tmp_path / f"{name}.jsonl"
    path.write_bytes(orjson.dumps(row) + b"\n")
    return path


def test_several_hand_coded_files_are_pooled(tmp_path: Path, resources: Resources) -> None:
    """Two files scored together count the sentences and triples of both."""
    first = _hand_coded(tmp_path, "a", "1", "Japan accused France of dumping steel.",
                        [{"actor": "JPN", "type": "ACCUSE", "recipient": "FRA"}])
    second = _hand_coded(tmp_path, "b", "2", "Italy threatened Spain with tariffs.",
                         [{"actor": "ITA", "type": "AGREE", "recipient": "ESP"}])
    alone = [evaluate_gold(tmp_path, path, res=resources).splits["all"] for path in (first, second)]
    pooled = evaluate_gold(tmp_path, [first, second], res=resources).splits["all"]
    assert pooled.sentences == 2
    assert (pooled.tp, pooled.fp, pooled.fn) == tuple(
        sum(getattr(split, k) for split in alone) for k in ("tp", "fp", "fn"))
    assert alone[0].tp == 1 and alone[1].fn == 1  # each file does count something


@pytest.mark.skipif(not (SHARED / "corpora").is_dir(), reason=f"{SHARED}/corpora is absent; "
                    "the gold set references sentences there")
def test_gold_set_evaluation_runs(resources: Resources) -> None:
    report = evaluate_gold(SHARED, res=resources)
    assert not report.missing
    assert report.splits["all"].sentences >= 40
    text = format_report(report)
    assert text.splitlines()[-1].startswith('{"event_gold"')
    assert report.splits["all"].scores()["f1"] >= 0.62, text  # a regression floor, not the target


@pytest.mark.skipif(not (SHARED / "corpora" / "conll2003").is_dir(),
                    reason=f"{SHARED}/corpora/conll2003 is absent")
def test_the_conll_sample_resolves_in_the_corpus(resources: Resources) -> None:
    """Every row of the CoNLL-2003 blind sample is found, sha1 and all, by the CoNLL reader."""
    gold = GOLD.with_name("event_gold_conll.jsonl")
    report = evaluate_gold(SHARED, gold=gold, res=resources)
    assert not report.missing
    assert report.splits["all"].sentences == 85


@pytest.mark.parametrize("body", [
    "Germany released a report on Iran.",
    "Officials from Chile declined to comment on Peru.",
    "Three Americans accused of fraud met lawyers.",
])
def test_non_events_are_not_coded(resources: Resources, body: str) -> None:
    codes = {e.event_type.code for e in code(resources, body) if e.modality == "asserted"}
    assert not codes & {"RETREAT", "REJECT", "ACCUSE"}


def test_headline_in_title_case_is_coded(resources: Resources) -> None:
    events = code(resources, "Sudan Accuses U.S. Over Darfur Policy")
    assert ("SDN", "ACCUSE", "USA") in triples(events)


def test_a_comma_ends_the_content_of_a_trigger(resources: Resources) -> None:
    events = code(resources, "Chile and Peru run barter deals with Bolivia, importing Bolivian tin.")
    assert ("CHL", "COOPERATE", "BOL") in triples(events)


def test_reduced_relative_participle_is_passive(resources: Resources) -> None:
    events = code(resources, "Chad said that U.N. sanctions, threatened over the raids, would ruin it.")
    assert not any(code_ == "THREATEN" for _, code_, _ in triples(events))


def test_coordinated_verbs_share_their_subject(resources: Resources) -> None:
    events = code(resources, "Egypt condemned the raid, accused Libya and warned Sudan.")
    assert {("EGY", "ACCUSE", "LBY"), ("EGY", "THREATEN", "SDN")} <= triples(events)
    assert not any(actor == "LBY" for actor, _, _ in triples(events))


def test_each_other_makes_the_actors_recipients(resources: Resources) -> None:
    assert triples(code(resources, "Chile and Peru accused each other of spying.")) == {
        ("CHL", "ACCUSE", "PER")}
    events = code(resources, "Lawmakers in Kenya accused one another of fraud.")
    assert triples(events) == {("KEN", "ACCUSE", "KEN")}


@pytest.mark.parametrize(("body", "expected"), [
    ("Peru held fresh talks with Chile.", ("PER", "CONSULT", "CHL")),
    ("Cuba eased its harsh stance toward Spain.", ("CUB", "CONCEDE", "ESP")),
    ("Japan imposed new sanctions on Syria.", ("JPN", "SANCTION", "SYR")),
])
def test_trigger_phrases_take_modifiers_before_their_last_word(
        resources: Resources, body: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(code(resources, body))


def test_flouting_sanctions_is_a_refusal_not_a_sanction(resources: Resources) -> None:
    events = code(resources, "Kenya flouts sanctions against Sudan.")
    assert {code_ for _, code_, _ in triples(events)} == {"REJECT"}


def test_besieging_is_a_protest_for_protesters_and_an_assault_for_troops(
        resources: Resources) -> None:
    assert ("GEO", "PROTEST", "GEO") in triples(
        code(resources, "Protesters besieged the parliament building in Tbilisi."))
    assert ("GEO", "ASSAULT", "ARM") in triples(
        code(resources, "Georgian troops besieged Armenian positions."))


def test_a_corpus_record_with_a_non_iso_date_gets_the_corpus_date() -> None:
    assert published_date({"date": "1987-04-09T00:00:00.00"}, "reuters21578") == dt.datetime(
        1987, 4, 9, tzinfo=dt.UTC)
    assert published_date({"date": "9-APR-1987 00:00:00.00"}, "reuters21578") == DEFAULT_DATE
    assert published_date({}, "ag_news_test") == CORPUS_DATES["ag_news_test"]
