"""The two Congos (`statehood.RENAMED`, `country_names.OTHER_NAMES`), on sentences written for
the tests: the long forms name one state each, the bare name changed state in May 1997."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "day", "expected"), [
    # the long forms, on any day
    ("DR Congo accused Rwanda of arming the rebels.", "2004-12-01", ("COD", "ACCUSE", "RWA")),
    ("The Democratic Republic of the Congo accused Rwanda of arming the rebels.", "2004-12-01",
     ("COD", "ACCUSE", "RWA")),
    ("The Democratic Republic of Congo accused Rwanda of arming the rebels.", "2004-12-01",
     ("COD", "ACCUSE", "RWA")),
    ("Congo Republic accused Gabon of arming the rebels.", "2004-12-01", ("COG", "ACCUSE", "GAB")),
    ("Congo-Brazzaville accused Gabon of arming the rebels.", "2004-12-01",
     ("COG", "ACCUSE", "GAB")),
    # the bare name: Kinshasa's state since Zaire's renaming, Brazzaville's before it
    ("Congo accused Rwanda of arming the rebels.", "2004-12-01", ("COD", "ACCUSE", "RWA")),
    ("Congolese troops attacked rebels in Rwanda.", "2004-12-01", ("COD", "ASSAULT", "RWA")),
    ("Congo accused Gabon of arming the rebels.", "1987-05-04", ("COG", "ACCUSE", "GAB")),
    ("Zaire accused Congo of arming the rebels.", "1987-05-04", ("COD", "ACCUSE", "COG")),
])
def test_the_congos_are_told_apart(resources: Resources, body: str, day: str,
                                   expected: Triple) -> None:
    assert expected in facts(resources, body, day)
