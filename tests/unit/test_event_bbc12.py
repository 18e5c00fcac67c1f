"""Rules of the BBC 2004-2005 round of session 12 (docs/event-coding.md, "BBC 2004-2005 round"):
sentences written for the tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import orjson
import pytest

from pipeline.stages.chain import Resources
from pipeline.stages.event_dict import PLOVER_TYPES
from pipeline.stages.kb import ActorKB
from pipeline.stages.knowledge import load_knowledge
from tests.unit.test_places import enriched

from .test_event_rules import Triple, facts

DAY = "2005-02-01"


@pytest.mark.parametrize(("body", "expected"), [
    ("Mr Kennedy criticised Italy on Tuesday.", {("GBR", "ACCUSE", "ITA")}),
    ("Mr Brown criticised Kenya over corruption.", {("GBR", "ACCUSE", "KEN")}),
    ("Home Secretary Charles Clarke criticised Spain.", {("GBR", "ACCUSE", "ESP")}),
    ("Hans Eichel met Herve Gaymard in Berlin.", {("DEU", "CONSULT", "FRA")}),
    ("Zapatero criticised Morocco over fishing rights.", {("ESP", "ACCUSE", "MAR")}),
    ("Saakashvili urged Russia to withdraw its troops.", {("GEO", "REQUEST", "RUS")}),
])
def test_office_holders_of_2005_are_coded(resources: Resources, body: str,
                                          expected: set[Triple]) -> None:
    assert expected <= facts(resources, body, DAY)


def test_the_liberal_democrats_are_the_uk_party_not_the_us_democrats(resources: Resources) -> None:
    # moved from test_parties.py: the Lib Dems are a KB party now, and in London they are British
    actors = enriched(resources, "The Liberal Democrats criticised the plan in London on Monday.").actors
    assert "USA" not in {a.country for a in actors}
    assert any(a.kb_id == "uk-liberal-democrats" and a.country == "GBR" for a in actors)


def test_a_courtesy_title_surname_is_gated_like_a_bare_surname() -> None:
    know = load_knowledge()
    countries: frozenset[str] = frozenset()
    found = know.actors_for("mr kennedy", dt.date(2005, 2, 1), countries)
    assert found is not None and found.id == "charles-kennedy"
    assert know.actors_for("mr kennedy", dt.date(1987, 3, 1), countries) is None
    # two Clarkes: the one in office near the day
    early = know.actors_for("clarke", dt.date(1996, 9, 1), countries)
    late = know.actors_for("clarke", dt.date(2005, 2, 1), countries)
    assert early is not None and early.id == "kenneth-clarke"
    assert late is not None and late.id == "charles-clarke"


def test_office_dates_of_the_2005_additions() -> None:
    kb = ActorKB.load()
    day = dt.date(2005, 2, 1)
    assert [a.id for a in kb.holders("head_of_government", "ESP", day)] == ["jose-luis-rodriguez-zapatero"]
    gaymard = kb.get("herve-gaymard")
    assert gaymard is not None and gaymard.roles_on(dt.date(2005, 3, 1)) == ()


@pytest.mark.parametrize(("body", "expected"), [
    ("Kenya insisted the minister was joking.", set()),
    ("Kenya insisted that its troops did not cross the border.", set()),
    ("Chile acknowledged that Peru was a strong economy.", set()),
    # a mandative clause, "insist on" and a noun object keep the event
    ("Kenya insisted that Uganda must return the soldiers.", {("KEN", "DEMAND", "UGA")}),
    ("Kenya insisted on talks with Uganda.", {("KEN", "DEMAND", "UGA")}),
    ("Chile acknowledged Peru's claim to the islands.", {("CHL", "CONCEDE", "PER")}),
])
def test_a_clause_of_fact_after_insist_states_a_view(resources: Resources, body: str,
                                                      expected: set[Triple]) -> None:
    assert facts(resources, body, DAY) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Ministers in Tokyo looked for ways to stem the dollar's decline.", set()),
    ("Japan is growing, boosting hopes that the country's retreat into recession is over.", set()),
    # the verb after a possessive name is still a verb when the name is its subject's modifier
    ("Kenya's army attacked Uganda.", {("KEN", "ASSAULT", "UGA")}),
])
def test_a_verb_form_after_a_possessive_is_a_noun(resources: Resources, body: str,
                                                  expected: set[Triple]) -> None:
    assert facts(resources, body, DAY) == expected


def test_the_bbc_audit_holds_references_and_verdicts_only() -> None:
    path = Path(__file__).resolve().parents[1] / "data" / "recall_bbc_audit.jsonl"
    rows = [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]
    assert rows
    for row in rows:
        assert "text" not in row and row["corpus"] in ("bbc", "conll2003_train", "conll2003_valid")
        assert len(row["sha1"]) == 40
        triples = [t for t in row.get("hand", [])] + [v["triple"] for k in ("before", "after")
                                                      for v in row.get(k, [])]
        if "triple" in row:
            triples.append(row["triple"])
        for t in triples:
            assert t[1] in PLOVER_TYPES
