"""Talks whose parties follow an adjunct or a verb of occurrence after the noun, and talks named by
a hyphenated pair of countries (session 20, talks20; docs/event-coding.md "Talks between parties
named after an adjunct"; `talks_between.py`, `paired_talks.py`). Sentences written for the tests,
with the cases the rules leave alone."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import orjson
import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    ("Officials said there were talks currently between Kenya and Uganda on border posts.",
     {("KEN", "CONSULT", "UGA")}),
    ("High-level talks last week between Chile and Peru failed to settle the fishing quarrel.",
     {("CHL", "CONSULT", "PER")}),
    ("Peace talks have resumed between Sudan and Eritrea, officials said.",
     {("SDN", "CONSULT", "ERI")}),
    ("Negotiations in Geneva on Tuesday between Portugal and Brazil ended without a deal.",
     {("PRT", "CONSULT", "BRA")}),
])
def test_parties_after_an_adjunct(resources: Resources, body: str, expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize("body", [
    # a word of the future: the talks are still ahead
    "Talks next week between Chile and Peru, if successful, could ease the fishing quarrel.",
    # a topic between the noun and "between": the quarrel is between them, not the talks
    "Fishing talks broke down over a quarrel between Chile and Peru, officials said.",
    # talks named as a setting after "after"
    "The statement was issued after talks here between Chile and Peru.",
])
def test_no_parties_past_other_words(resources: Resources, body: str) -> None:
    assert ("CHL", "CONSULT", "PER") not in facts(resources, body)


@pytest.mark.parametrize(("body", "expected"), [
    ("Chilean-Peruvian fishing talks collapsed without a deal, officials said.",
     {("CHL", "CONSULT", "PER")}),
    ("Kenya-Uganda Border Talks Stall", {("KEN", "CONSULT", "UGA")}),
    # a group is no country; an aim after a gerund is no event
    ("Arab-Kenyan talks collapsed without a deal, officials said.", set()),
    ("Envoys met in hopes of reviving Chilean-Peruvian fishing talks.", set()),
])
def test_a_hyphenated_pair_names_the_talks(resources: Resources, body: str,
                                            expected: set[Triple]) -> None:
    assert {t for t in facts(resources, body) if t[1] == "CONSULT"} == expected


def test_the_audit_holds_references_and_verdicts_only() -> None:
    path = Path(__file__).resolve().parents[1] / "data" / "talks20_audit.jsonl"
    rows = [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]
    assert all("text" not in row and len(row["sha1"]) == 40 for row in rows)
    counts = Counter((row["rule"], row["effect"], row["verdict"]) for row in rows if row["kept"])
    assert counts == {("talks_between", "added", "right"): 2,
                      ("talks_between", "added", "borderline"): 1,
                      ("paired_talks", "added", "right"): 3,
                      ("paired_talks", "added", "borderline"): 2}  # docs/event-coding.md
