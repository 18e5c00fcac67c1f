"""Actor aliases inside a longer proper name (docs/event-coding.md, "Aliases inside a longer
name"): a place's name ending in a place head, a bare surname or capital next to someone else's
name words. Sentences written for the tests."""

from __future__ import annotations

import pytest

from pipeline.stages.chain import Resources
from pipeline.stages.extract import layout
from pipeline.stages.knowledge import knowledge
from pipeline.stages.mentions import field_tokens, scan

from .test_event_rules import Triple, facts


def _scanned(text: str) -> list[tuple[str, str]]:
    """(words, kind) of the KB, country and capital spans the scan keeps."""
    tok = field_tokens(text, layout(text))
    return [(" ".join(tok.text[s.first:s.last]), s.kind) for s in scan(tok, knowledge())
            if s.kind in ("kb", "country", "capital")]


@pytest.mark.parametrize(("text", "gone"), [
    ("Rebels overran the mining town of Tongo Field on Sunday.", "Tongo"),
    ("Troops fired on protesters in Washington Square on Friday.", "Washington"),
    ("She was taken to Taipei University Hospital after the crash.", "Taipei"),
    ("Police arrested Michael London, a lawyer, in Texas.", "London"),
    ("Critics said Hector Solano Lima had left the party.", "Lima"),
    ("Analysts said Kim Dae-hyun would lead the delegation.", "Kim"),
    ("Britain hosted the meeting at Kirkwall Park with Norway.", "Park"),
    ("England were without Jonny Wilkinson on Saturday.", "Wilkinson"),
])
def test_an_alias_inside_a_longer_name_is_no_actor(text: str, gone: str) -> None:
    assert gone not in {words for words, _ in _scanned(text)}


@pytest.mark.parametrize(("text", "kept"), [
    ("Mr Kim criticised Japan on Monday.", "Kim"),
    ("On Monday Kim criticised Japan.", "Kim"),
    ("North Korea's Kim Jong Il met Chinese officials.", "Kim Jong Il"),
    ("President Park met Japan's prime minister.", "Park"),
    ("South Korea's Park criticised Japan.", "Park"),
    ("Ministers from New Zealand and Saudi Arabia met in Central London.", "London"),
    ("New Zealand criticised Saudi Arabia over the killings.", "Saudi Arabia"),
    ("Spain's Miguel Moratinos met Morocco's foreign minister.", "Moratinos"),
    ("Talks between Yassir Arafat and Israel resumed.", "Arafat"),
    ("Officials said Aleksander Lebed would visit Grozny.", "Lebed"),
    ("He wrote: I thank Mr. Blair for his help.", "Blair"),
    ("Aides said B. Yeltsin needed a rest.", "Yeltsin"),
])
def test_a_name_with_its_own_words_stays(text: str, kept: str) -> None:
    assert kept in {words for words, _ in _scanned(text)}


@pytest.mark.parametrize(("body", "day", "expected"), [
    ("Rebels attacked the mining town of Tongo Field on Sunday.", "2004-09-01", set()),
    ("Police arrested Michael London, a lawyer, in Texas.", "2004-09-01", set()),
    ("Britain hosted a summit at Bletchley Park with China.", "2023-11-01",
     {("GBR", "CONSULT", "CHN")}),
    ("Mr Park criticised Japan on Monday.", "2023-06-01", {("KOR", "ACCUSE", "JPN")}),
    ("Mr Kim criticised Japan on Monday.", "2004-09-01", {("PRK", "ACCUSE", "JPN")}),
])
def test_events_with_names_inside_names(resources: Resources, body: str, day: str,
                                        expected: set[Triple]) -> None:
    assert facts(resources, body, day) == expected


@pytest.mark.parametrize(("word", "iso3"), [
    # words that only end like a country's name or demonym
    ("Tongo", None), ("Cubs", None), ("Francis", None), ("Dominici", None), ("Indies", None),
    ("Malte", None), ("Georgios", None),
    # demonyms stay
    ("Argentine", "ARG"), ("Argentines", "ARG"), ("Somali", "SOM"), ("Iraqi", "IRQ"),
    ("Omani", "OMN"), ("German", "DEU"), ("Kenyan", "KEN"), ("Maltese", "MLT"),
])
def test_demonym_guesses_need_a_demonym_ending(word: str, iso3: str | None) -> None:
    assert knowledge().geo.country(word) == iso3
