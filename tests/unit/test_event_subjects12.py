"""Subjects and recipients of session 12 (counterparts, groups meeting among themselves, passive
patients named by a nationality): sentences written for the tests."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    # "X and his <nationality> counterpart Y": a coordinated pair, first-named is the actor
    ("Chirac and his German counterpart Helmut Kohl met in Bonn on Friday.",
     {("FRA", "CONSULT", "DEU")}),
    ("Primakov and his Chinese counterpart Qian Qichen signed an agreement on Monday.",
     {("RUS", "AGREE", "CHN")}),
    # the counterpart's name between commas; an unknown name takes the nationality
    ("Chirac and his Slovenian counterpart, Milan Novak, met for talks in Paris.",
     {("FRA", "CONSULT", "SVN")}),
    # "between X and his counterpart Y"
    ("Talks between Chirac and his German counterpart Helmut Kohl ended on Monday.",
     {("FRA", "CONSULT", "DEU")}),
])
def test_a_counterpart_is_a_coordinated_subject(resources: Resources, body: str,
                                                expected: set[Triple]) -> None:
    assert facts(resources, body, "1996-09-01") == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a bare group noun after a qualified group is that group's, not the place's
    ("Sudanese rebel leaders met the mediator in Nairobi.", {("SDN", "CONSULT", None)}),
])
def test_a_group_noun_after_a_group_takes_its_country(resources: Resources, body: str,
                                                      expected: set[Triple]) -> None:
    assert facts(resources, body, "1996-09-01") == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a person noun after the nationality
    ("An Iranian blogger has been jailed for ten years.", {(None, "COERCE", "IRN")}),
    ("A Chilean carpenter was arrested in Lima on Monday.", {(None, "COERCE", "CHL")}),
    # past an aside between commas
    ("A Malian man, detained in a raid last week, was deported on Friday.",
     {(None, "COERCE", "MLI")}),
    # a nationality before a place noun names the place, not the author of the means
    ("A Chilean teacher was arrested in the Peruvian border town of Tacna.",
     {(None, "COERCE", "CHL")}),
])
def test_a_passive_patient_named_by_a_nationality(resources: Resources, body: str,
                                                  expected: set[Triple]) -> None:
    assert facts(resources, body, "1996-09-01") == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Two Iranian opposition leaders met in Baghdad on Sunday.", {("IRN", "CONSULT", "IRN")}),
    ("Sudanese rebel commanders finally met in Nairobi.", {("SDN", "CONSULT", "SDN")}),
])
def test_a_group_of_one_country_meets_among_themselves(resources: Resources, body: str,
                                                       expected: set[Triple]) -> None:
    assert facts(resources, body, "1996-09-01") == expected


@pytest.mark.parametrize(("body", "expected"), [
    # an object after the verb, or no country qualifying the group: no reciprocal reading
    # (and with no partner named, no CONSULT at all: lone_talks.py, agree17)
    ("Leaders meet over Turkish bid.", set()),
])
def test_a_group_meeting_someone_else_is_not_reciprocal(resources: Resources, body: str,
                                                        expected: set[Triple]) -> None:
    assert facts(resources, body, "1996-09-01") == expected


@pytest.mark.parametrize(("body", "expected"), [
    # investigators are a group noun: the sentence's only country
    ("Investigators arrested a senior police officer over Denmark's smuggling scandal.",
     {("DNK", "COERCE", "DNK")}),
])
def test_investigators_are_a_group(resources: Resources, body: str, expected: set[Triple]) -> None:
    assert facts(resources, body, "1996-09-01") == expected


@pytest.mark.parametrize(("body", "expected"), [
    # officials whose only country is their object's are not named
    ("Asian leaders have openly blamed Japan for the rise of the yen.", {(None, "ACCUSE", "JPN")}),
    # police placed by the country of the people they arrest keep it
    ("Police detained 26 members of Egypt's largest militant group.", {("EGY", "COERCE", "EGY")}),
])
def test_officials_placed_only_by_their_object_are_unnamed(resources: Resources, body: str,
                                                           expected: set[Triple]) -> None:
    assert facts(resources, body, "2005-01-01") == expected


def test_the_subjects_audit_holds_references_and_verdicts_only() -> None:
    path = Path(__file__).resolve().parents[1] / "data" / "recall_subjects_audit.jsonl"
    rows = [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]
    assert rows and all(r["sample"] == "subjects12" for r in rows)
    for row in rows:
        assert "text" not in row and len(row["sha1"]) == 40 and row["start"] < row["end"]
        assert all(e["verdict"] in ("right", "wrong") and len(e["triple"]) == 3
                   for e in (*row["before"], *row["after"]))
