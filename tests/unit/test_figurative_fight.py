"""Contests of votes, courts and markets are no ASSAULT; battles between armed sides still are."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources
from tests.unit.test_events import code, triples


@pytest.mark.parametrize("body", [
    "Labour and the Conservatives fought a bitter election battle in Leeds on Tuesday.",
    "Yukos fought a court battle with the Russian government on Monday.",
    "The Bank of England is fighting inflation, the governor said on Monday.",
    "Iraq and Iran fought a war of words over the border on Monday.",
    "Gazprom won a bidding battle for the Russian oil unit on Monday.",
    "US airlines waged a fare war with Canadian carriers on Monday.",
])
def test_figurative_fights_are_not_assaults(resources: Resources, body: str) -> None:
    assert not {t for t in triples(code(resources, body, "2005-01-10")) if t[1] == "ASSAULT"}


@pytest.mark.parametrize(("body", "expected"), [
    ("India and Pakistan fought a border war in 1999.", ("IND", "ASSAULT", "PAK")),
    ("Iranian gunboats attacked a trade ship in the Gulf on Monday.", ("IRN", "ASSAULT", "None")),
    ("Israeli troops battled Palestinian gunmen in Gaza on Monday.", ("ISR", "ASSAULT", "PSE")),
])
def test_armed_battles_stay_assaults(resources: Resources, body: str,
                                     expected: tuple[str, str, str]) -> None:
    assert expected in triples(code(resources, body, "2005-01-10"))
