"""Events whose actor the text does not name (event.v2): sentences written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.inputs import RawInput
from pipeline.models import Article
from pipeline.stages.chain import Resources, assemble, run_chain
from pipeline.stages.types import Origin, WorkItem
from pipeline.stages.unnamed import ATTACKER, OBTAINED, PASSIVE

from .test_enrich import _events as seed_events
from .test_event_rules import Triple, code, facts


@pytest.mark.parametrize(("body", "expected"), [
    ("Three Bolivians were arrested in Lima on Friday.", {(None, "COERCE", "BOL")}),
    ("Chile has been accused of dumping copper.", {(None, "ACCUSE", "CHL")}),
    ("Two Britons were killed in Basra.", {(None, "ASSAULT", "GBR")}),
    ("Two Danish Soldiers Kidnapped Near Mosul", {(None, "ASSAULT", "DNK")}),
])
def test_a_passive_without_agent_has_no_actor(resources: Resources, body: str,
                                              expected: set[Triple]) -> None:
    assert facts(resources, body) == expected
    event = next(e for e in code(resources, body) if e.actor is None)
    assert event.reasons["actor"] == PASSIVE
    assert event.recipient is not None and event.recipient.method


@pytest.mark.parametrize(("body", "expected"), [
    ("Peru arrested three Bolivians in Lima.", {("PER", "COERCE", "BOL")}),
    ("Kyiv was attacked by Russia overnight.", {("RUS", "ASSAULT", "UKR")}),
    ("Two Britons were killed by Iraqi fire.", {("IRQ", "ASSAULT", "GBR")}),
    # the noun names the attacker: one event, with its actor, not a second one without
    ("Two Palestinians were killed in an Israeli air strike in Gaza.", {("ISR", "ASSAULT", "PSE")}),
])
def test_a_named_actor_is_kept(resources: Resources, body: str, expected: set[Triple]) -> None:
    assert facts(resources, body) == expected
    assert all(e.actor is not None for e in code(resources, body))


def test_flags_still_apply_to_a_passive(resources: Resources) -> None:
    assert {(e.actor, e.modality) for e in code(
        resources, "Three Bolivians will be deported next week.")} == {(None, "future")}
    assert {(e.actor, e.modality) for e in code(
        resources, "Three Bolivians were not arrested.")} == {(None, "negated")}


@pytest.mark.parametrize("body", [
    "Iran was told to stop the work.",                       # a reporting verb
    "Residents of Chile were warned of more tremors.",       # a warning received is advice
    "It was a deal that Tehran rejected.",                   # running text without "was": active
    "Two Britons were killed in a bus crash.",               # an accident: nobody acted
    "Four Palestinians were killed in Israeli raids.",       # the means names the actor
    "Chad said that U.N. sanctions, threatened over the raids, would ruin it.",  # not the subject
])
def test_no_event_without_an_actor_where_it_is_unsafe(resources: Resources, body: str) -> None:
    assert all(e.actor is not None for e in code(resources, body))


def test_an_unnamed_attacker_acts_on_the_object(resources: Resources) -> None:
    body = "A car bomb killed two Britons in Basra."
    assert facts(resources, body) == {(None, "ASSAULT", "GBR")}
    assert code(resources, body)[0].reasons["actor"] == ATTACKER
    assert facts(resources, "A suicide bomber killed ten people.") == set()  # no one named
    assert facts(resources, "A car bomb killed three Iraqis and wounded two Americans.") == {
        (None, "ASSAULT", "IRQ"), (None, "ASSAULT", "USA")}  # the second verb's subject too


@pytest.mark.parametrize(("body", "expected", "unnamed"), [
    ("The Peruvian journalist won his release from prison.", {(None, "RETREAT", "PER")}, True),
    ("Egypt received U.S. aid.", {("USA", "AID", "EGY")}, False),
    ("Iran obtained a loan from the World Bank.", {("world-bank", "AID", "IRN")}, False),
])
def test_what_the_subject_obtains_it_receives(resources: Resources, body: str,
                                              expected: set[Triple], unnamed: bool) -> None:
    assert {t for t in facts(resources, body) if t[1] != "CONSULT"} == expected
    obtained = [e for e in code(resources, body) if e.reasons.get("roles", "").startswith("obtained")]
    assert [e.reasons.get("actor") for e in obtained] == [OBTAINED if unnamed else None]


def test_a_null_actor_event_is_published(resources: Resources) -> None:
    article = Article(id="n", body="Two Britons were killed in Basra.",
                      published_at=dt.datetime(2004, 9, 1, tzinfo=dt.UTC))
    origin = Origin(position=None, key_b64=None, payload_b64="", headers=[],
                    first_seen=dt.datetime(2004, 9, 1, tzinfo=dt.UTC))
    item = run_chain(WorkItem(article=article, origin=origin), resources, 60_000)
    assert isinstance(item, WorkItem)
    annotated, events = assemble(item, resources, dt.datetime(2004, 9, 1, tzinfo=dt.UTC))
    assert [(e.actor, e.schema_version) for e in events] == [(None, 2)]
    assert annotated.event_ids == [events[0].event_id]


def test_the_seed_events_are_unchanged(seed: RawInput, resources: Resources) -> None:
    """The seed article's events, ids included, as before the null-actor rules; since titles are
    coded, the headline's vowed "Ukraine peace talks" come first, flagged future; since session 12
    a passive patient named by a nationality is coded, so "a former US teacher detained in Russia"
    is a detention with no named actor (dated by publication, as the reason says)."""
    assert [(e["event_id"], e["event_type"]["code"],
             e["actor"] and e["actor"]["country"],  # type: ignore[index]
             e["recipient"] and e["recipient"]["country"], e["modality"])  # type: ignore[index]
            for e in seed_events(seed, resources)] == [
        ("ev_bbf39d51705e49382c14a61ed832bb11", "CONSULT", "UKR", None, "future"),
        ("ev_e104aa02f6ebe57ab1a4b22a0a6705de", "CONSULT", "USA", "RUS", "asserted"),
        ("ev_09c6ac2ffc65dc8bf97d8b774e0d5f5c", "AGREE", "USA", "RUS", "asserted"),
        ("ev_066dbd1bc8aa45bcba6402452c0c6573", "CONSULT", "USA", "RUS", "future"),
        ("ev_6a2b0c18035d22eadec4f29bea93d39c", "CONSULT", "USA", "RUS", "asserted"),
        ("ev_b6e56b5c4500bfc7bbbff12c6faa8229", "AGREE", "USA", "RUS", "asserted"),
        ("ev_9db11c6ce9f028c27e31ec5976009909", "CONSULT", "USA", None, "future"),
        ("ev_4230132dfff49f6943b214f6cb59a5be", "SUPPORT", "USA", "RUS", "asserted"),
        ("ev_9f4cbc2eaa911e36605a0378c216b852", "RETREAT", "RUS", "USA", "asserted"),
        ("ev_bd6d572682185c4e03a6c9c1b7b35c4e", "COERCE", None, "USA", "asserted"),
    ]


def test_escaped_html_does_not_make_a_headline_running_text(resources: Resources) -> None:
    body = "Canadian Reporter Wins Early Release From Jail in &lt;b&gt;...&lt;/b&gt;"
    assert facts(resources, body) == {(None, "RETREAT", "CAN")}
