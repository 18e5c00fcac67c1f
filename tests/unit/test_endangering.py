"""A "threaten" verb whose subject is a thing means "endanger" and is no actor's threat
(session 20, lead20; docs/event-coding.md "Things that threaten"). Sentences written for the
tests."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import orjson
import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import facts


@pytest.mark.parametrize("body", [
    # a thing noun right before the verb, past auxiliaries and adverbs
    "The Bundesbank bought marks on Friday when the dollar threatened to fall below 1.80.",
    "The Bank of Japan said such investments threaten to cause inflation.",
    "Three of West Germany's economic institutes said that rapid monetary growth threatened a "
    "return of inflation.",
    "Japan's central bank said excessive income was threatening to overshoot its target.",
])
def test_a_thing_that_threatens_is_no_threat(resources: Resources, body: str) -> None:
    assert not any(t[1] == "THREATEN" for t in facts(resources, body))


@pytest.mark.parametrize(("body", "expected"), [
    ("Iran has threatened to close the Strait of Hormuz.", {("IRN", "THREATEN", None)}),
    # a relative after a named actor, past an auxiliary, is the actor's threat
    ("The ministry's stance angered London, which has threatened to retaliate against Japan.",
     {("GBR", "THREATEN", "JPN")}),
    # a capitalised name holding a thing word is no thing
    ("Canada's Growth Party threatened to quit the coalition.", {("CAN", "THREATEN", None)}),
])
def test_an_actor_that_threatens_keeps_its_threat(resources: Resources, body: str,
                                                  expected: set[tuple[str | None, str, str | None]]
                                                  ) -> None:
    assert {t for t in facts(resources, body) if t[1] == "THREATEN"} == expected


def test_the_audit_counts_the_pool() -> None:
    path = Path(__file__).resolve().parents[1] / "data" / "lead20_audit.jsonl"
    rows = [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]
    counts = Counter((row["effect"], row["verdict"]) for row in rows
                     if row["set"] == "pool-lead20-endangering")
    assert counts == {("removed", "wrong"): 4}  # docs/event-coding.md
