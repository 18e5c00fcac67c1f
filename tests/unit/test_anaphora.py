"""Pronouns bound by the clause: a reporting verb's subject, the previous sentence's subject, a
"they" that only names two people joined by "and" (stages/anaphora.py). Sentences written for the
tests."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import orjson
import pytest

from pipeline.stages.chain import Resources
from tests.unit.test_events import code, triples

DAY = "2025-06-10"


@pytest.mark.parametrize(("body", "expected", "not_expected"), [
    # "it" after "insisted" is Egypt's, not the country named in the aside
    ("Egypt, which borders Libya, insisted it would not negotiate with Israel.",
     ("EGY", "REJECT", "ISR"), ("LBY", "REJECT", "ISR")),
    ("Egypt, which borders Libya, has also said on Monday that it would not negotiate with Israel.",
     ("EGY", "REJECT", "ISR"), ("LBY", "REJECT", "ISR")),
])
def test_it_after_a_reporting_verb_is_its_subject(resources: Resources, body: str,
                                                  expected: tuple[str, str, str],
                                                  not_expected: tuple[str, str, str]) -> None:
    found = triples(code(resources, body, DAY))
    assert expected in found
    assert not_expected not in found


def test_a_sentence_opening_he_continues_the_previous_subject(resources: Resources) -> None:
    body = "Vladimir Putin held talks with Emmanuel Macron on Monday. He later met Xi Jinping in Beijing."
    found = triples(code(resources, body, DAY))
    assert ("RUS", "CONSULT", "CHN") in found
    assert ("FRA", "CONSULT", "CHN") not in found


def test_a_sentence_opening_it_continues_the_previous_subject(resources: Resources) -> None:
    body = "Japan signed a trade pact with Chile and Peru on Monday. It also accused Brazil of dumping."
    found = triples(code(resources, body, DAY))
    assert ("JPN", "ACCUSE", "BRA") in found
    assert ("PER", "ACCUSE", "BRA") not in found


def test_a_quotation_has_no_subject_to_continue(resources: Resources) -> None:
    body = ('"Chile must stop dumping steel," the Japanese minister said. '
            'It accused Peru of dumping too.')
    assert not any(t[0] == "CHL" for t in triples(code(resources, body, DAY)))


def test_countries_after_one_preposition_are_no_subjects(resources: Resources) -> None:
    body = "Japan sent aid to Kenya and Uganda after it signed a trade pact with Chile."
    found = triples(code(resources, body, DAY))
    assert ("JPN", "AGREE", "CHL") in found
    assert ("UGA", "AGREE", "CHL") not in found


def test_the_firm_said_it_is_no_country(resources: Resources) -> None:
    body = "The German firm said it had held talks with Chile on Monday."
    assert not any(t[0] == "DEU" for t in triples(code(resources, body, DAY)))


def test_they_is_two_people_only_when_joined_by_and(resources: Resources) -> None:
    apart = ("Emmanuel Macron spoke after Friedrich Merz left. "
             "Ireland pressed on and they thanked Volodymyr Zelenskyy.")
    assert not {t for t in triples(code(resources, apart, DAY)) if t[0] in ("FRA", "DEU")}
    joined = "Emmanuel Macron and Friedrich Merz arrived in Kyiv. They thanked Volodymyr Zelenskyy."
    found = triples(code(resources, joined, DAY))
    assert {("FRA", "SUPPORT", "UKR"), ("DEU", "SUPPORT", "UKR")} <= found




def test_they_is_the_speaker_and_the_other_one(resources: Resources) -> None:
    body = ("Donald Trump held a long phone call with Vladimir Putin on Monday. "
            "Trump said they had agreed to begin negotiations.")
    assert ("USA", "AGREE", "RUS") in triples(code(resources, body, DAY))

def test_both_countries_are_the_two_named_before(resources: Resources) -> None:
    before = "Relations between India and Pakistan have improved this year. "
    found = triples(code(resources, before + "Both countries agreed to begin talks on nuclear risks.", DAY))
    assert ("IND", "AGREE", "PAK") in found
    apart = before + "Fans on both sides of the border agreed to begin talks."  # no reference
    assert not triples(code(resources, apart, DAY))

def test_the_pronoun_audit_holds_references_and_verdicts_only() -> None:
    path = Path(__file__).resolve().parents[1] / "data" / "pronouns13_audit.jsonl"
    rows = [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]
    for row in rows:
        assert "text" not in row and row["corpus"] in ("bbc", "conll2003_train", "conll2003_valid")
        assert len(row["sha1"]) == 40 and row["verdict"] in ("right", "wrong", "borderline")
    counts = Counter((row["effect"].split()[0], row["verdict"]) for row in rows)
    assert counts == {("added", "right"): 14, ("added", "wrong"): 6, ("added", "borderline"): 1,
                      ("removed", "right"): 4, ("removed", "wrong"): 23,
                      ("removed", "borderline"): 1}  # the figures of docs/event-coding.md
