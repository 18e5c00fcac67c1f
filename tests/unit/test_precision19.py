"""Wrong triples (session 19, precision19; docs/event-coding.md "Wrong triples of the nine
recall samples"): casualty verbs that go on from a natural force's clause (`forced_chain.py`)
a court that "agrees" (`rulings.py`) and "-ing" forms after a word of degree
(`degree_participles.py`). Sentences written for the tests, with cases the rules
keep."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import orjson
import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    ("A strong earthquake shook the Greek island of Crete on Monday, killing three people and "
     "injuring 40, officials said.", set()),
    ("Strong Storm Hits Japanese Island, Kills Nine", set()),
    ("A cyclone hit the coast of Bangladesh, destroying homes and killing 30 people.", set()),
    # a verb after a link that follows an attack keeps its event
    ("Israeli troops raided the town of Jenin, killing two Palestinians and wounding five.",
     {("ISR", "ASSAULT", "PSE")}),
    # a vehicle is no natural force to go on from: gunships of an army attack
    ("Israeli tanks backed by helicopter gunships stormed a refugee camp in Gaza, killing ten "
     "Palestinians.", {("ISR", "ASSAULT", "PSE")}),
    # a clause opener between: the later verb has a subject of its own
    ("A storm hit the coast on Monday, as Russian troops shelled Chechen villages, killing four.",
     {("RUS", "ASSAULT", "RUS")}),
])
def test_a_verb_going_on_from_a_natural_force_is_no_attack(resources: Resources, body: str,
                                                          expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("The U.S. Supreme Court agreed on Monday to hear an appeal by two tobacco firms.", set()),
    ("A Paris court agreed to delay the trial of the former minister.", set()),
    ("The Constitutional Court of Germany agreed to review the new law on Friday.", set()),
    # a party agreeing about a court keeps its AGREE
    ("Iran agreed with Iraq to accept the court's ruling on the border.", {("IRN", "AGREE", "IRQ")}),
    ("After the court ruled, Iran agreed with Iraq to end the dispute.", {("IRN", "AGREE", "IRQ")}),
])
def test_a_court_that_agrees_rules(resources: Resources, body: str, expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Analysts said Vietnam was the most promising market for the new engines.", set()),
    ("Indonesia is a very promising partner, the minister said.", set()),
    ("The Thai government remains the most strongly promising bidder.", set()),
    # the verb with its infinitive or its object keeps its event
    ("Malaysia is promising to cut tariffs on imported cars.", {("MYS", "AGREE", None)}),
    ("Indonesia promised more aid to Malaysia.", {("IDN", "AGREE", "MYS")}),
])
def test_an_ing_form_after_a_degree_word_is_an_adjective(resources: Resources, body: str,
                                                         expected: set[Triple]) -> None:
    assert facts(resources, body) == expected


def test_the_audit_holds_references_and_verdicts_only() -> None:
    path = Path(__file__).resolve().parents[1] / "data" / "precision19_audit.jsonl"
    rows = [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]
    assert all("text" not in row and len(row["sha1"]) == 40 for row in rows)
    counts = Counter((row["set"], row["effect"], row["verdict"]) for row in rows if row["kept"])
    assert counts == {("pool-precision19-forces", "removed", "wrong"): 2,
                      ("pool-precision19-courts", "removed", "wrong"): 4,
                      ("pool-precision19-degree", "removed", "wrong"): 2}  # docs/event-coding.md
