"""A compound compass word ("northwest", "south-east", "north-eastern"), "far", "remote", "rural",
"mountainous" or "war-torn" between a preposition and a country does not hide the preposition:
the country is the place ("killed in northwest Colombia"), as after "northern" (session 20,
passive20; docs/event-coding.md "Compass words before a place"). Bare "north", "south", "east",
"west" are not skipped ("ATTACK IN NORTH INDIA", test_event_rules). Sentences written for the
tests."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import orjson
import pytest

from pipeline.stages.chain import Resources

from .test_event_rules import Triple, facts


@pytest.mark.parametrize(("body", "expected"), [
    ("Ten people were killed in northwest Colombia on Monday.", (None, "ASSAULT", "COL")),
    ("Four soldiers were wounded in south-east Turkey.", (None, "ASSAULT", "TUR")),
    ("Two policemen were killed in north-eastern Kenya.", (None, "ASSAULT", "KEN")),
    ("Two policemen were killed in far western Nepal.", (None, "ASSAULT", "NPL")),
    ("Three men were arrested in remote Yemen on Monday.", (None, "COERCE", "YEM")),
])
def test_a_compass_word_keeps_the_place_of_a_passive_attack(resources: Resources, body: str,
                                                            expected: Triple) -> None:
    assert expected in facts(resources, body)


def test_a_country_named_with_its_compass_word_still_acts(resources: Resources) -> None:
    assert ("PRK", "THREATEN", "KOR") in facts(
        resources, "North Korea threatened South Korea on Tuesday.")


def test_the_audit_holds_references_and_verdicts_only() -> None:
    path = Path(__file__).resolve().parents[1] / "data" / "passive20_audit.jsonl"
    rows = [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]
    assert all("text" not in row and len(row["sha1"]) == 40 for row in rows)
    counts = Counter((row["effect"], row["verdict"]) for row in rows if row["kept"])
    assert counts == {("added", "right"): 2}  # docs/event-coding.md
