"""The extraction stage on the canonical seed article (read from ../shared; skipped without it).

The fixture publishes the article at 2025-02-13T09:00Z, the morning after the call on
Wednesday 12 February 2025.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.inputs import RawInput
from pipeline.serialization import decode_article
from pipeline.stages.chain import Resources
from pipeline.stages.extract import extract
from pipeline.stages.types import Extraction


@pytest.fixture(scope="module")
def extraction(seed: RawInput, resources: Resources) -> Extraction:
    return extract(decode_article(seed.payload, 10**7, 10**7), resources.tagger)


def _names(extraction: Extraction, label: str) -> set[str]:
    return {m.canonical for m in extraction.entities if m.label == label}


def test_people_organisations_and_places(extraction: Extraction) -> None:
    people = _names(extraction, "PERSON")
    for name in ("Donald Trump", "Vladimir Putin", "Volodymyr Zelenskyy", "Marco Rubio",
                 "John Ratcliffe", "Michael Waltz", "Steve Witkoff", "Marc Fogel"):
        assert name in people, name
    assert "CIA" in _names(extraction, "ORG")
    assert {"Russia", "Ukraine", "Middle East"} <= _names(extraction, "LOC")
    found = {m.text for m in extraction.entities}
    assert "Truth Social" in found
    assert "White House" in found


def test_surnames_link_to_full_names(extraction: Extraction) -> None:
    trump = {m.entity for m in extraction.entities if m.canonical == "Donald Trump"}
    assert len(trump) == 1
    assert any(m.text == "Trump" and m.field == "title" and m.entity in trump
               for m in extraction.entities)


def test_wednesday_resolves_to_the_call(extraction: Extraction) -> None:
    wednesday = [d for d in extraction.dates if "Wednesday" in d.text]
    assert [d.date for d in wednesday] == [dt.date(2025, 2, 12)]
    assert wednesday[0].method == "weekday-on-or-before-publication"


def test_trumps_quotes_are_attributed_to_trump(extraction: Extraction) -> None:
    long_quotes = [q for q in extraction.quotes if len(q.text) > 80]
    assert len(long_quotes) == 2
    assert all(q.speaker == "Donald Trump" for q in long_quotes)
    assert any("COMMON SENSE" in q.text for q in long_quotes)
