"""The European Community's bare "Commission" (`stages/european_bodies.py`, actors16;
docs/event-coding.md, "Actors of the gold's sources, second round"), on sentences written for
the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.stages.chain import Resources
from pipeline.stages.european_bodies import european_body, european_executive, european_sentences
from pipeline.stages.statehood import stated

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "day", "expected"), [
    # a bare "Commission" in a sentence that names the EC is the EC's (before 1993)
    ("The Commission threatened to cut the EC's farm subsidies.", "1987-05-04",
     ("european-community", "THREATEN", None)),
    ("Belgium and Spain backed the Commission's plan to curb EC milk output.", "1987-05-04",
     ("BEL", "SUPPORT", "european-community")),
    # the EC's Commission named with the EC
    ("The EC executive Commission warned Tokyo over car exports.", "1987-05-04",
     ("european-community", "THREATEN", "JPN")),
    # from 1993 the news's "EC" is the European Commission; before, the Community
    ("The EC warned Italy over its budget deficit.", "2005-01-01",
     ("european-commission", "THREATEN", "ITA")),
    ("The EC warned Italy over its budget deficit.", "1987-05-04",
     ("european-community", "THREATEN", "ITA")),
])
def test_the_ec_commission_is_coded(resources: Resources, body: str, day: str,
                                    expected: Triple) -> None:
    assert expected in facts(resources, body, day)


@pytest.mark.parametrize(("body", "day", "unexpected"), [
    # no European body in the sentence: a bare "Commission" stays countryless
    ("The Commission threatened to cut the farm subsidies.", "1987-05-04",
     ("european-community", "THREATEN", None)),
    # another commission named in full is not the EC's
    ("The Tower Commission accused the EC of delay.", "1987-05-04",
     ("european-community", "ACCUSE", "european-community")),
    # a bare "Community" is left alone (mostly a background noun in the pool)
    ("The Community threatened to cut EC farm prices.", "1987-05-04",
     ("european-community", "THREATEN", None)),
    # after 1993 a bare "Commission" is left alone (the pool's few were all wrong)
    ("The Commission accused the EU member states of blocking the budget deal.", "2005-01-01",
     ("european-commission", "ACCUSE", "eu")),
])
def test_other_commissions_are_not_the_ecs(resources: Resources, body: str, day: str,
                                           unexpected: Triple) -> None:
    assert unexpected not in facts(resources, body, day)


def test_only_the_ecs_years_and_sentences(resources: Resources) -> None:
    know = resources.knowledge
    ec, delors = know.kb.get("european-community"), know.kb.get("jacques-delors")
    assert european_sentences([(0, None), (1, delors), (2, ec)], dt.date(1987, 5, 4)) == {1, 2}
    assert european_sentences([(2, ec)], dt.date(2005, 1, 1)) == set()
    assert european_body("Commission", dt.date(1987, 5, 4), know) is ec
    assert european_body("Tower Commission", dt.date(1987, 5, 4), know) is None
    assert european_body("Commission", dt.date(1994, 1, 1), know) is None
    assert european_executive("ec", dt.date(2005, 1, 1), know) is know.kb.get("european-commission")
    assert european_executive("ec", dt.date(1987, 5, 4), know) is None
    assert european_executive("eec", dt.date(2005, 1, 1), know) is None


@pytest.mark.parametrize(("body", "day", "unexpected"), [
    # before 9 April 1991 "Georgia" is the US state's (or a Soviet republic): no country
    ("Georgia Power rejected the regulators' demand.", "1987-05-04", ("GEO", "REJECT", None)),
    ("The Georgia congressman accused the Pentagon of waste.", "1987-05-04",
     ("GEO", "ACCUSE", "USA")),
])
def test_georgia_is_no_state_before_1991(resources: Resources, body: str, day: str,
                                         unexpected: Triple) -> None:
    assert unexpected not in facts(resources, body, day)


def test_georgia_is_a_state_from_1991(resources: Resources) -> None:
    assert ("GEO", "ACCUSE", "RUS") in facts(
        resources, "Georgia accused Russia of arming the separatists.", "2004-08-10")
    assert stated([], dt.date(1987, 5, 4), []) == []
