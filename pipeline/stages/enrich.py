"""Enrichment stage: actors resolved against the KB, places, tone, and coded events."""

from __future__ import annotations

import datetime as dt

from pipeline.models import Article, EventActor, Place, ResolvedActor, TextField
from pipeline.stages.acronyms import spelled_out
from pipeline.stages.chambers import chamber_spans
from pipeline.stages.condemnations import framed_hits
from pipeline.stages.credits import credit_tokens
from pipeline.stages.events import code_sentence
from pipeline.stages.extract import FIELDS
from pipeline.stages.geo import Gazetteer
from pipeline.stages.knowledge import Knowledge, knowledge
from pipeline.stages.mentions import Span, Tokens, field_tokens, merge, ner_spans, scan
from pipeline.stages.name_parts import someone_else
from pipeline.stages.places import find_places
from pipeline.stages.redundant import drop_uncoded_recipients
from pipeline.stages.registry import ActorInfo, Mention, Registry, home_countries
from pipeline.stages.resolve import resolve_spans
from pipeline.stages.sentence import Sentence
from pipeline.stages.settlement_places import settlement_place
from pipeline.stages.teams import club_entities, club_spans, sports_story
from pipeline.stages.tone import document_tone, tokens_tone
from pipeline.stages.triggers import find_triggers
from pipeline.stages.types import Enrichment, EventDraft, Extraction

# Spans whose tokens are never triggers ("the opposition" as a group is not a REJECT).
_OCCUPYING = frozenset({"kb", "country", "capital", "province", "ner", "title", "group"})


def _same_side(body: EventActor | None, title: EventActor | None) -> bool:
    """Whether a title's participant is the body's, or less specific (unnamed)."""
    if title is None:
        return True
    if body is None:
        return False
    if title.entity_id and body.entity_id:
        return title.entity_id == body.entity_id
    return title.country is not None and title.country == body.country


def _restates(body: EventDraft, title: EventDraft) -> bool:
    """Whether a title event only restates a body event: same type and the same (or a less
    specific) actor and recipient ("Trump speaks with Putin" over "... by phone with Putin")."""
    return (body.event_type.code == title.event_type.code and body.modality == title.modality
            and _same_side(body.actor, title.actor)
            and _same_side(body.recipient, title.recipient))


def resolved_actor(info: ActorInfo, day: dt.date) -> ResolvedActor:
    """The article-level record of an actor, with the roles held on the day."""
    if info.kb is not None:
        roles = info.kb.roles_on(day)
        titles = list(dict.fromkeys(r.title for r in roles))
        codes = [next(r.role for r in roles if r.title == t) for t in titles]
    else:
        titles = [info.title] if info.title else []
        codes = [info.role_code] if info.role_code else []
    return ResolvedActor(entity=info.entity or info.key, name=info.name,
                         kb_id=info.kb.id if info.kb else None, type=info.type,
                         country=info.country, roles=titles, role_codes=codes,
                         method=info.method, confidence=round(info.confidence, 3))


def _sentence_places(tok: Tokens, first: int, last: int, mentions: list[Mention],
                     reg: Registry, by_entity: dict[str, Place], ner: list[Span]
                     ) -> list[tuple[int, Place]]:
    locative = reg.know.lexicon.word_set("locative")
    out: list[tuple[int, Place]] = []
    geo = reg.know.geo
    for m in mentions:
        info = reg.actors[m.keys[0]]
        city = geo.city(" ".join(tok.text[m.first:m.last])) if m.method == "capital-metonymy" else None
        if m.locative and city is not None:
            out.append((m.first, Place(entity=info.key, name=city.name, kind="city",
                                       country=city.country, latitude=city.latitude,
                                       longitude=city.longitude, method="gazetteer-capital",
                                       confidence=0.85)))
        elif m.locative and m.method == "province-of-country" and info.country:
            name = " ".join(tok.text[m.first:m.last])
            out.append((m.first, Place(entity=f"province:{name.lower()}", name=name, kind="region",
                                       country=info.country, method="gazetteer-province",
                                       confidence=0.85)))
        elif m.locative and info.type == "country" and info.country:
            out.append((m.first, Place(entity=info.key, name=info.name, kind="country",
                                       country=info.country, method="gazetteer", confidence=0.9)))
    for s in ner:
        if first <= s.first < last and s.entity in by_entity and s.first > first \
                and (tok.low[s.first - 1] in locative
                     or settlement_place(tok, s.first, first, reg.know.lexicon)):  # "city of Mosul"
            out.append((s.first, by_entity[s.entity]))
    return out


def enrich(article: Article, extraction: Extraction, geo: Gazetteer,
           know: Knowledge | None = None) -> Enrichment:
    """Run enrichment on one extracted article."""
    know = know or knowledge()
    day = article.published_at.date()
    texts: dict[TextField, str] = {"title": article.title, "body": article.body}
    toks = {f: field_tokens(texts[f], extraction.layout(f)) for f in FIELDS}
    scanned = {f: scan(toks[f], know) for f in FIELDS}
    countries = frozenset(s.value for f in FIELDS for s in scanned[f] if s.kind == "country")
    for f in FIELDS:
        scanned[f] = sorted([*scanned[f], *chamber_spans(toks[f], scanned[f], countries)],
                            key=lambda s: s.first)
    reg = Registry(know, day, countries)
    spans: dict[TextField, list[Span]] = {}
    ners: dict[TextField, list[Span]] = {}
    mentions: dict[TextField, list[Mention]] = {}
    not_actors = know.lexicon.word_set("not_actors")
    credits = {f: credit_tokens(texts[f], extraction.layout(f), f == "title") for f in FIELDS}
    sport = sports_story(toks.values())
    canonical = {e.entity: e.canonical for e in extraction.entities if e.label == "PERSON"}
    for f in FIELDS:
        ners[f] = ner_spans(extraction.entities, f, extraction.layout(f))
        if sport:  # a club named after a capital is no country: "Real Madrid", "Madrid were"
            clubs = club_spans(scanned[f], ners[f], toks[f])
            scanned[f] = [s for s in scanned[f] if id(s) not in clubs]
        spans[f] = someone_else([s for s in merge(scanned[f], ners[f], toks[f], not_actors)
                                 if s.first not in credits[f]], canonical, know)
    spans = spelled_out(spans, toks, know)  # "African Development Bank (ADB)": not the KB's ADB
    places = find_places(extraction.entities,
                         [(" ".join(toks[f].text[s.first:s.last]), s) for f in FIELDS for s in spans[f]],
                         geo, countries,
                         club_entities([(toks[f], m) for f in FIELDS for m in ners[f]]) if sport
                         else frozenset())
    reg.located = home_countries([s for f in FIELDS for s in spans[f]], places, reg)
    for f in FIELDS:
        mentions[f] = resolve_spans(spans[f], toks[f], reg)
    by_entity = {p.entity: p for p in places}
    tones: dict[TextField, list[float]] = {
        f: [tokens_tone(toks[f].low, first, last) for first, last in toks[f].sentences]
        for f in FIELDS}
    coded: dict[TextField, list[EventDraft]] = {}
    for f in FIELDS:
        tok, lay, text = toks[f], extraction.layout(f), texts[f]
        occupied = {i for s in spans[f] if s.kind in _OCCUPYING for i in range(s.first, s.last)}
        by_sentence: dict[int, list[Mention]] = {}
        for m in mentions[f]:
            by_sentence.setdefault(m.sentence, []).append(m)
        coded[f] = []
        for index, (first, last) in enumerate(tok.sentences):
            hits = framed_hits(find_triggers(tok, first, last, index, occupied, know.lexicon),
                               tok, first, last, index, know.lexicon)  # not "illegal immigrants"
            if not hits:
                continue  # most sentences have no trigger: none of them is built
            start, end = lay.starts[first], lay.ends[last - 1]
            in_sentence = by_sentence.get(index, [])
            sent = Sentence(index, first, last, start, end, text[start:end], in_sentence,
                            [d for d in extraction.dates if d.field == f and d.sentence == index],
                            _sentence_places(tok, first, last, in_sentence, reg, by_entity,
                                             ners[f]),
                            tones[f][index], f)
            coded[f].extend(drop_uncoded_recipients(
                code_sentence(sent, hits, tok, occupied, know.lexicon, reg, day)))
    events = [e for e in coded["title"] if not any(_restates(b, e) for b in coded["body"])]
    events.extend(coded["body"])
    actors = [resolved_actor(info, day) for info in reg.actors.values()]
    return Enrichment(actors=actors, places=places,
                      tone=document_tone([t for f in FIELDS for t in tones[f]]), events=events)
