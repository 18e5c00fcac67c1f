"""Linking mentions within an article."""

from __future__ import annotations

from pipeline.models import EntityLabel, TextField
from pipeline.stages.entities import RawMention, link_mentions


def _m(text: str, label: EntityLabel, field: TextField = "body", start: int = 0) -> RawMention:
    return RawMention(field, start, start + len(text), text, label, 0)


def test_surname_links_to_full_name_in_either_order() -> None:
    mentions = link_mentions([
        _m("Trump", "PERSON", "title"), _m("Donald Trump", "PERSON"), _m("Trump's", "PERSON"),
        _m("Putin", "PERSON"), _m("Vladimir Putin", "PERSON"),
    ])
    by_text = {m.text: m for m in mentions}
    assert by_text["Trump"].entity == by_text["Donald Trump"].entity == by_text["Trump's"].entity
    assert by_text["Trump"].canonical == "Donald Trump"
    assert by_text["Putin"].canonical == "Vladimir Putin"
    assert by_text["Putin"].entity != by_text["Trump"].entity


def test_ambiguous_surname_stays_unlinked() -> None:
    mentions = link_mentions([_m("Joe Biden", "PERSON"), _m("Hunter Biden", "PERSON"),
                              _m("Biden", "PERSON")])
    assert len({m.entity for m in mentions}) == 3


def test_same_text_different_label_are_different_entities() -> None:
    mentions = link_mentions([_m("Washington", "LOC"), _m("Washington", "PERSON")])
    assert mentions[0].entity != mentions[1].entity


def test_entity_ids_follow_first_appearance() -> None:
    mentions = link_mentions([_m("Ukraine", "LOC"), _m("Russia", "LOC"), _m("Ukraine", "LOC")])
    assert [m.entity for m in mentions] == ["e1", "e2", "e1"]
