"""People and bodies of the 1987 and 2004-2005 news added to the KB (actors15,
`resources/actors_1987_2005.toml`; docs/event-coding.md, "Actors of the gold's sources"), on
sentences written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.stages.chain import Resources
from pipeline.stages.kb import ActorKB, normalize
from pipeline.stages.knowledge import acting_for

from .test_event_rules import Triple, facts


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return ActorKB.load()


@pytest.mark.parametrize(("body", "day", "expected"), [
    ("Bank of Japan governor Satoshi Sumita threatened to intervene in the currency market.",
     "1987-05-04", ("JPN", "THREATEN", None)),
    ("Moi pressed Britain to increase its aid to Kenya.", "1987-05-04", ("KEN", "REQUEST", "GBR")),
    ("Mikulic warned the army could be called in to restore order.", "1987-05-04",
     ("SRB", "THREATEN", "SRB")),
    ("The Asian Development Bank approved two loans to Pakistan.", "1987-05-04",
     ("asian-development-bank", "AID", "PAK")),
    ("Bolivia pledged to cooperate with the ATPC.", "1987-05-04", ("BOL", "AGREE", "atpc")),
    ("Congress asked the Securities and Exchange Commission to explain the new rule.",
     "2004-11-02", ("USA", "REQUEST", "USA")),
    ("U.S. Marines battled fighters loyal to Moqtada al-Sadr in Najaf.", "2004-08-10",
     ("USA", "ASSAULT", "IRQ")),
    ("Deputy Prime Minister Anne McLellan praised the Chilean government.", "2004-11-02",
     ("CAN", "SUPPORT", "CHL")),
])
def test_added_people_and_bodies_are_coded(resources: Resources, body: str, day: str,
                                           expected: Triple) -> None:
    assert expected in facts(resources, body, day)


@pytest.mark.parametrize(("surface", "actor_id", "day", "org"), [
    ("Aquino", "corazon-aquino", dt.date(1987, 3, 1), "PHL"),
    ("Sumita", "satoshi-sumita", dt.date(1987, 3, 1), "JPN"),
    ("Francisco Gros", "francisco-gros", dt.date(1987, 3, 1), "BRA"),
    ("Mikulic", "branko-mikulic", dt.date(1987, 3, 1), "SRB"),
    ("Sprinkel", "beryl-sprinkel", dt.date(1987, 3, 1), "USA"),
    ("McLellan", "anne-mclellan", dt.date(2004, 12, 1), "CAN"),
])
def test_offices_hold_on_the_day(kb: ActorKB, surface: str, actor_id: str, day: dt.date,
                                 org: str) -> None:
    actor = kb.get(actor_id)
    assert actor is not None and actor_id in {a.id for a in kb.lookup(normalize(surface))}
    assert acting_for(actor, day) == org


@pytest.mark.parametrize(("actor_id", "day"), [
    ("francisco-gros", dt.date(1988, 6, 1)),   # left the central bank in April 1987
    ("branko-mikulic", dt.date(1990, 1, 1)),   # resigned in March 1989
    ("satoshi-sumita", dt.date(1995, 1, 1)),
    ("anne-mclellan", dt.date(2007, 1, 1)),
])
def test_offices_end(kb: ActorKB, actor_id: str, day: dt.date) -> None:
    actor = kb.get(actor_id)
    assert actor is not None and acting_for(actor, day) is None


def test_a_bare_surname_is_nobody_far_from_the_office(resources: Resources) -> None:
    # "Gros" names the Brazilian central banker only within five years of his offices
    body = "Gros pressed France to lower its farm tariffs."
    assert ("BRA", "REQUEST", "FRA") in facts(resources, body, "1987-03-10")
    assert not {t for t in facts(resources, body, "2015-03-10") if t[0] == "BRA"}
