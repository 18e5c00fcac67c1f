"""Civilians who clash or attack one another quarrel (ACCUSE); armed sides and crowds fight."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources
from tests.unit.test_events import code, triples


@pytest.mark.parametrize(("body", "expected"), [
    ("Britain's top judge clashed with ministers about the inquiry on Monday.", ("GBR", "ACCUSE", "GBR")),
    ("The European Parliament clashed with the European Commission on Monday.",
     ("None", "ACCUSE", "None")),  # igo actors: no country, coded by their ids
    ("The French government clashed with unions over pay on Monday.", ("FRA", "ACCUSE", "FRA")),
])
def test_civilians_quarrel(resources: Resources, body: str, expected: tuple[str, str, str]) -> None:
    got = triples(code(resources, body, "2005-01-10"))
    assert expected in got
    assert not {t for t in got if t[1] == "ASSAULT"}


@pytest.mark.parametrize(("body", "expected"), [
    ("French police clashed with protesters in Paris on Monday.", ("FRA", "ASSAULT", "FRA")),
    ("Afghan government troops clashed with rebels near Kabul on Monday.", ("AFG", "ASSAULT", "AFG")),
    ("Iraq clashed with Iran over the border on Monday.", ("IRQ", "ASSAULT", "IRN")),
    ("Bangladeshi opposition leaders clashed with ministers in Dhaka, leaving two dead.",
     ("BGD", "ASSAULT", "BGD")),
])
def test_armed_sides_and_casualties_stay_violence(resources: Resources, body: str,
                                                  expected: tuple[str, str, str]) -> None:
    assert expected in triples(code(resources, body, "2005-01-10"))
