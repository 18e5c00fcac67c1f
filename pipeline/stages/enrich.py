"""Enrichment stage: actors and places resolved, tone, and coded events."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.models import Article, EntityMention, Place, ResolvedActor, TextField
from pipeline.stages.events import code_events
from pipeline.stages.extract import FIELDS
from pipeline.stages.geo import Gazetteer
from pipeline.stages.tone import document_tone, sentence_tone
from pipeline.stages.types import Enrichment, Extraction

_TITLE_BEFORE = re.compile(
    r"(?:(?P<country>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)(?:['’]s)?\s+)?"
    r"(?P<title>President|Prime Minister|Foreign Minister|Secretary of State|Defen[cs]e Minister|"
    r"Energy Minister|Chancellor|King|Crown Prince|Supreme Leader|Director|"
    r"National Security Advis[eo]r|Special Envoy|Envoy|Ambassador|Minister|Secretary|Leader)"
    r"(?:\s+of\s+(?P<of>[A-Z][\w]*(?:\s[A-Z][\w]*)?))?\s*$"
)
_POSSESSOR = re.compile(r"(?P<country>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)['’]s\s*$")


def _texts(article: Article) -> dict[TextField, str]:
    return {"title": article.title, "body": article.body}


def _person(entity: str, mentions: Sequence[EntityMention], texts: dict[TextField, str],
            geo: Gazetteer) -> ResolvedActor:
    """A person with country and role from a title before a mention ("Russian President X")."""
    name = mentions[0].canonical
    for m in mentions:
        before = texts[m.field][max(0, m.start - 60) : m.start]
        found = _TITLE_BEFORE.search(before)
        if found:
            place = found.group("of") or found.group("country") or ""
            country = geo.country(place) if place else None
            return ResolvedActor(entity=entity, name=name, type="person", country=country,
                                 roles=[found.group("title")], method="title-pattern",
                                 confidence=0.8 if country else 0.6)
        owner = _POSSESSOR.search(before)
        if owner and (country := geo.country(owner.group("country"))):
            return ResolvedActor(entity=entity, name=name, type="person", country=country,
                                 roles=[], method="possessive-country", confidence=0.6)
    return ResolvedActor(entity=entity, name=name, type="person", country=None, roles=[],
                         method="surface-form", confidence=0.4)


def resolve(article: Article, extraction: Extraction, geo: Gazetteer
            ) -> tuple[list[ResolvedActor], list[Place]]:
    """Resolve each article entity to an actor and each location to a place."""
    texts = _texts(article)
    groups: dict[str, list[EntityMention]] = {}
    for m in extraction.entities:
        groups.setdefault(m.entity, []).append(m)
    actors: list[ResolvedActor] = []
    places: list[Place] = []
    for entity, mentions in groups.items():
        label, name = mentions[0].label, mentions[0].canonical
        country = geo.country(name) if label in ("LOC", "MISC") else None
        if label == "PERSON":
            actors.append(_person(entity, mentions, texts, geo))
        elif country is not None:
            actors.append(ResolvedActor(entity=entity, name=name, type="country", country=country,
                                        method="gazetteer", confidence=0.9))
        elif label == "ORG":
            actors.append(ResolvedActor(entity=entity, name=name, type="organisation",
                                        method="surface-form", confidence=0.5))
        if label != "LOC":
            continue
        city = geo.city(name)
        if country is not None and label == "LOC":
            places.append(Place(entity=entity, name=name, kind="country", country=country,
                                method="gazetteer", confidence=0.9))
        elif city is not None:
            places.append(Place(entity=entity, name=name, kind="city", country=city.country,
                                latitude=city.latitude, longitude=city.longitude,
                                method="gazetteer-most-populous", confidence=0.7))
        elif geo.region(name):
            places.append(Place(entity=entity, name=name, kind="region", method="region-list",
                                confidence=0.8))
        else:
            places.append(Place(entity=entity, name=name, kind="other", method="unresolved",
                                confidence=0.3))
    return actors, places


def enrich(article: Article, extraction: Extraction, geo: Gazetteer) -> Enrichment:
    """Run enrichment on one extracted article."""
    actors, places = resolve(article, extraction, geo)
    tones: dict[tuple[TextField, int], float] = {}
    texts = _texts(article)
    for field in FIELDS:
        lay = extraction.layout(field)
        for index, (first, last) in enumerate(lay.sentences):
            sentence = texts[field][lay.starts[first] : lay.ends[last - 1]]
            tones[(field, index)] = sentence_tone(sentence)
    events = code_events(article, extraction, actors, places, tones)
    return Enrichment(actors=actors, places=places, tone=document_tone(list(tones.values())),
                      events=events)
