"""Quotations and speaker attribution."""

from __future__ import annotations

from pipeline.models import EntityMention
from pipeline.stages.quotes import find_quotes


def _person(text: str, name: str, entity: str, nth: int = 0) -> EntityMention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return EntityMention(field="body", start=start, end=start + len(name), text=name,
                         label="PERSON", sentence=0, entity=entity, canonical=name)


def test_quote_then_name_and_verb() -> None:
    text = '"We will not back down," Maria Lopez said on Monday.'
    quotes = find_quotes(text, "body", [0], [_person(text, "Maria Lopez", "e1")])
    assert len(quotes) == 1
    assert quotes[0].text == '"We will not back down,"'
    assert (quotes[0].speaker, quotes[0].speaker_entity) == ("Maria Lopez", "e1")
    assert text[quotes[0].start : quotes[0].end] == quotes[0].text


def test_pronoun_speaker_resolves_to_most_mentioned_person() -> None:
    text = ("Ana Silva met Tom Berg. Silva spoke first. Ana Silva left.\n"
            "\u201cIt was useful. We agreed on a lot,\u201d she wrote.")
    people = [_person(text, "Ana Silva", "e1"), _person(text, "Tom Berg", "e2"),
              _person(text, "Ana Silva", "e1", 1)]
    quotes = find_quotes(text, "body", [0, 24, 43, 60], people)
    assert len(quotes) == 1
    assert quotes[0].speaker == "Ana Silva"
    assert "salient" in quotes[0].method


def test_name_and_verb_before_quote_and_according_to() -> None:
    text = 'Tom Berg told reporters: "Talks resume in May." According to Ana Silva, "nothing is agreed."'
    people = [_person(text, "Tom Berg", "e2"), _person(text, "Ana Silva", "e1")]
    quotes = find_quotes(text, "body", [0, 48], people)
    assert [q.speaker for q in quotes] == ["Tom Berg", "Ana Silva"]


def test_apostrophes_are_not_quotes_and_unattributed_quotes_say_so() -> None:
    text = "Russia's envoy said the teachers' union's claim was false. Later a 'frank' exchange began."
    quotes = find_quotes(text, "body", [0], [])
    assert [q.text for q in quotes] == ["'frank'"]
    assert quotes[0].speaker is None
    assert quotes[0].method == "no-attribution-found"
