"""Recall round on BBC politics and business (session 14, recall14b; docs/event-coding.md
"Recall sample on BBC politics and business"): sentences written for the tests, each rule with a
case it leaves alone."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import orjson
import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    # a country named inside the content clause of a request or accusation is no recipient
    ("Norway called for a new panel to be set up to watch German fishing fleets.",
     {("NOR", "REQUEST", None)}),
    ("Norway accused the company of trying to hide the Danish report.",
     {("NOR", "ACCUSE", None)}),
    ("Norway accused the bank of helping the Danish firms.", {("NOR", "ACCUSE", None)}),
    # the object before the clause stays the recipient
    ("Norway urged Denmark to stop the Swedish fleet.", {("NOR", "REQUEST", "DNK")}),
    ("Norway accused Denmark of helping the Swedish firms.", {("NOR", "ACCUSE", "DNK")}),
    # an agreement's content names its beneficiary
    ("Norway agreed to send money to help Ghana.", {("NOR", "AGREE", "GHA")}),
])
def test_content_clause_names_no_recipient(resources: Resources, body: str,
                                           expected: set[Triple]) -> None:
    assert facts(resources, body, "2005-01-01") == expected


@pytest.mark.parametrize(("body", "expected"), [
    # "he" is Jens Stoltenberg (NOR); the sentence names no country: the government is Norway's
    ("Jens Stoltenberg spoke in Oslo on Monday. He accused the government of wasting money.",
     {("NOR", "ACCUSE", "NOR")}),
    ("Jens Stoltenberg spoke in Oslo on Monday. He urged ministers to cut the fuel tax.",
     {("NOR", "REQUEST", "NOR")}),
])
def test_pronoun_person_gives_the_government_its_country(resources: Resources, body: str,
                                                          expected: set[Triple]) -> None:
    assert expected <= facts(resources, body, "2005-01-01")


def test_a_country_in_the_sentence_still_decides(resources: Resources) -> None:
    body = "Jens Stoltenberg spoke on Monday. He accused the Danish government of wasting money."
    assert ("NOR", "ACCUSE", "DNK") in facts(resources, body, "2005-01-01")


def test_the_audit_holds_references_codes_and_verdicts_only() -> None:
    path = Path(__file__).resolve().parents[1] / "data" / "recall14b_audit.jsonl"
    rows = [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]
    assert rows and all("text" not in row and len(row["sha1"]) == 40 for row in rows)
    sample = [row for row in rows if row.get("sample") == "recall14b"]
    assert len(sample) == 120 and sum(len(row["hand"]) for row in sample) == 8
    right = Counter(phase for row in sample for phase in ("before", "after")
                    for v in row[phase] if v["verdict"] == "right")
    assert (right["before"], right["after"]) == (2, 4)  # the figures of docs/event-coding.md
    pool = Counter((row["rule"], row["effect"].split()[0], row["verdict"])
                   for row in rows if row.get("set") == "pool-recall14b")
    assert pool[("content_clause", "removed", "wrong")] == 3
    assert pool[("speaker_country", "added", "right")] == 4
