"""Event coding: who did what to whom, from dictionary triggers and the actor mentions around them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.models import (
    DateMention,
    EventActor,
    EventType,
    Evidence,
    Location,
    Place,
)
from pipeline.stages.knowledge import primary_role
from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.resolve import ActorInfo, Mention, Registry
from pipeline.stages.triggers import (
    Found,
    choose_mode,
    choose_type,
    find_triggers,
    is_passive,
    modality,
)
from pipeline.stages.types import EventDraft

_JOINERS = frozenset({"and", ",", "both", "&"})


@dataclass(frozen=True, slots=True)
class Sentence:
    """One body sentence with its text span, mentions, dates, places and tone."""

    index: int
    first: int
    last: int
    start: int
    end: int
    text: str
    mentions: Sequence[Mention]
    dates: Sequence[DateMention]
    places: Sequence[tuple[int, Place]]
    tone: float


@dataclass(frozen=True, slots=True)
class Roles:
    """Who did it to whom for one trigger, and how the roles were assigned."""

    actors: tuple[str, ...]
    recipients: tuple[str, ...]
    joint: bool
    how: str


def _subject(cands: Sequence[Mention], tok: Tokens) -> tuple[str, ...] | None:
    """The nearest ungoverned mention before the trigger, with a coordinated one before it."""
    for n in range(len(cands) - 1, -1, -1):
        m = cands[n]
        if m.governed is not None:
            continue
        keys = m.keys
        if n > 0 and len(keys) == 1:
            p = cands[n - 1]
            between = tok.low[p.last : m.first]
            if p.governed is None and between and all(w in _JOINERS for w in between):
                keys = (*p.keys, *keys)
        return tuple(dict.fromkeys(keys))
    return None


def _after(sent: Sentence, at: int, tok: Tokens, lex: CoderLexicon, stop: int) -> list[Mention]:
    breaks = lex.words.get("recipient_breaks", frozenset())
    topics = lex.words.get("topic_prepositions", frozenset())
    limit = min(sent.last, at + lex.recipient_window, stop)
    for j in range(at, limit):
        if tok.low[j] in breaks:
            limit = j
            break
    out: list[Mention] = []
    for m in sent.mentions:
        if at <= m.first < limit and not m.locative and m.governed not in topics:
            if out and not all(w in _JOINERS for w in tok.low[out[-1].last : m.first]):
                break
            out.append(m)
    return out


def roles_for(sent: Sentence, at: int, end: int, passive: bool, stop: int, tok: Tokens,
              lex: CoderLexicon, reg: Registry) -> Roles | None:
    """Actor and recipient keys for a trigger at tokens [at, end)."""
    before = [m for m in sent.mentions if m.last <= at and not m.locative]
    after = _after(sent, end, tok, lex, stop)
    subject = _subject(before, tok)
    if passive:
        agents = [m for m in after if m.governed == "by"]
        if not agents or subject is None:
            return None
        return Roles(agents[0].keys, subject, False, "passive: agent after 'by'")
    if subject is None and end < sent.last and tok.low[end] == "between" and len(after) >= 2:
        return Roles(after[0].keys, after[1].keys, True, "between X and Y")
    if subject is None:
        return None
    countries = {reg.actors[k].country for k in subject} - {None}
    recipients: list[str] = []
    for m in after:
        for k in m.keys:
            info = reg.actors[k]
            if k not in subject and k not in recipients and (info.country not in countries
                                                             or info.country is None):
                recipients.append(k)
    if len(subject) >= 2 and not recipients:
        return Roles(subject[:1], subject[1:2], True, "joint action: first-named is the actor")
    return Roles(subject, tuple(recipients), False, "subject before, object after the trigger")


def event_actor(info: ActorInfo, day: dt.date) -> EventActor:
    """The event's view of an actor, with the role held on the event date."""
    role = primary_role(info.kb, day) if info.kb is not None else None
    title, code = (role[1], role[0]) if role else (info.title, info.role_code)
    return EventActor(name=info.name, entity_id=info.kb.id if info.kb else None,
                      country=info.country, role=title, role_code=code, method=info.method,
                      confidence=round(info.confidence, 3))


def _location(sent: Sentence, at: int, actors: set[str]) -> Location | None:
    options = [(abs(pos - at), p) for pos, p in sent.places
               if f"country:{p.country}" not in actors or p.kind != "country"]
    if not options:
        return None
    place = min(options, key=lambda o: o[0])[1]
    return Location(name=place.name, kind=place.kind, country=place.country,
                    latitude=place.latitude, longitude=place.longitude)


def _weak_ok(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Generic triggers need an actor right next to them; a noun after "of"/"about" is a topic."""
    governors = lex.words.get("topic_governors", frozenset())
    j = found.first - 1
    while j >= sent.first and tok.low[j] in ("the", "a", "an", "this", "that", "these", "their"):
        j -= 1
    if found.trigger.noun and j >= sent.first and tok.low[j] in governors:
        return False
    if not found.trigger.weak:
        return True
    if found.trigger.noun:
        return any(m.last >= found.first - lex.noun_window and m.first <= found.last + lex.noun_window
                   for m in sent.mentions if not m.locative)
    return any(found.last <= m.first <= found.last + lex.weak_window for m in sent.mentions
               if not m.locative)


def code_sentence(sent: Sentence, tok: Tokens, occupied: set[int], lex: CoderLexicon,
                  reg: Registry, published: dt.date) -> list[EventDraft]:
    """Every event a body sentence states, with its modality flagged."""
    hits = find_triggers(tok, sent.first, sent.last, sent.index, occupied, lex)
    found: list[Found] = []
    for at, trig in hits:
        code = choose_type(trig, lex)
        end = at + len(trig.tokens)
        mod, why = modality(tok, at, sent.first, lex)
        found.append(Found(at, end, trig, code,
                           choose_mode(tok, sent.first, sent.last, at, code, lex), mod, why))
    drafts: list[EventDraft] = []
    seen: set[tuple[str, str, str, str]] = set()
    for n, f in enumerate(found):
        if not _weak_ok(f, sent, tok, lex):
            continue
        nxt = found[n + 1] if n + 1 < len(found) else None
        stop = nxt.first if nxt is not None and nxt.first - f.last <= lex.cue_scope else sent.last
        roles = roles_for(sent, f.first, f.last, is_passive(tok, f.first, sent.first, lex), stop,
                          tok, lex, reg)
        if roles is None:
            continue
        cameo = lex.cameo_code(f.code, f.mode)
        if nxt is not None and nxt.first - f.last <= lex.cue_scope:
            cameo = lex.object_cameo.get(f.code, {}).get(nxt.code, cameo)
        for actor in roles.actors:
            for recipient in roles.recipients or (None,):
                key = (f.code, actor, recipient or "", f.modality)
                if key in seen:
                    continue
                seen.add(key)
                drafts.append(_draft(sent, f, cameo, actor, recipient, roles, reg, published))
    return drafts


def _draft(sent: Sentence, f: Found, cameo: str, actor: str, recipient: str | None, roles: Roles,
           reg: Registry, published: dt.date) -> EventDraft:
    reasons: dict[str, str] = {"roles": roles.how}
    if recipient is None:
        reasons["recipient"] = "no second actor named after the trigger in this sentence"
    if f.modality != "asserted" and f.modality_reason:
        reasons["modality"] = f.modality_reason
    stated = min(sent.dates, key=lambda d: abs(d.start - sent.start), default=None)
    if stated is not None:
        day, method = stated.date, f"sentence-date:{stated.method}"
    else:
        day, method = published, "publication-date"
        reasons["event_date"] = "no date in the sentence; the publication date is used"
    location = _location(sent, f.first, {actor, recipient or ""})
    if location is None:
        reasons["location"] = "the sentence states no place apart from the actors"
    a = reg.actors[actor]
    r = reg.actors[recipient] if recipient else None
    confidence = a.confidence * (0.7 if f.trigger.weak else 0.85) * (1.0 if r else 0.8)
    return EventDraft(
        event_type=EventType(code=f.code, label=f.code.capitalize(), cameo=cameo,
                             mode=f.mode),
        actor=event_actor(a, day), recipient=event_actor(r, day) if r else None,
        event_date=day, date_method=method, location=location, modality=f.modality,
        evidence=Evidence(field="body", start=sent.start, end=sent.end, text=sent.text,
                          sentence=sent.index),
        confidence=round(min(confidence, 1.0), 3), tone=sent.tone, reasons=reasons,
    )
