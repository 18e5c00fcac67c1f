"""The EventDraft of one coded triple: actors with their role on the event date, date, place, CAMEO label, confidence."""

from __future__ import annotations

import datetime as dt

from pipeline.models import EventActor, EventType, Evidence, Location
from pipeline.stages.event_confidence import DraftFacts
from pipeline.stages.knowledge import primary_role
from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.registry import ActorInfo, Registry
from pipeline.stages.roles import Roles
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found
from pipeline.stages.types import EventDraft


def event_actor(info: ActorInfo, day: dt.date, method: str | None = None) -> EventActor:
    """The event's view of an actor, with the role held on the event date."""
    role = primary_role(info.kb, day) if info.kb is not None else None
    title, code = (role[1], role[0]) if role else (info.title, info.role_code)
    return EventActor(name=info.name, entity_id=info.kb.id if info.kb else None,
                      country=info.country, role=title, role_code=code,
                      method=info.method if method in (None, info.method) else f"{method}>{info.method}",
                      confidence=round(info.confidence, 3))


def _location(sent: Sentence, at: int, actors: set[str]) -> Location | None:
    options = [(abs(pos - at), p) for pos, p in sent.places
               if f"country:{p.country}" not in actors or p.kind != "country"]
    if not options:
        return None
    place = min(options, key=lambda o: o[0])[1]
    return Location(name=place.name, kind=place.kind, country=place.country,
                    latitude=place.latitude, longitude=place.longitude)


def _label(code: str, cameo: str, reg: Registry) -> str:
    """The type's name with the CAMEO category's label ("Retreat: Return, release person(s)")."""
    etype = reg.know.lexicon.dictionary.types[code]
    return f"{code.capitalize()}: {etype.cameo_codes.get(cameo, etype.cameo_label)}"


def _venue_mode(mode: str | None, cameo: str, code: str, location: Location | None,
                a: ActorInfo | None, r: ActorInfo | None, lex: CoderLexicon) -> tuple[str | None, str]:
    """"Talks in" a party's own country are no meeting at a third location (CAMEO 044): in the
    recipient's country the actor visits (042), in the actor's own it is a meeting (040)."""
    if mode != "third-party" or location is None or location.country is None:
        return mode, cameo
    if r is not None and location.country == r.country and (a is None or a.country != r.country):
        return "visit", lex.cameo_code(code, "visit")
    if a is not None and location.country == a.country:
        return "meeting", lex.cameo_code(code, "meeting")
    return mode, cameo


def draft(sent: Sentence, f: Found, cameo: str, actor: str | None, recipient: str | None,
          roles: Roles, reg: Registry, published: dt.date) -> EventDraft:
    reasons: dict[str, str] = {"roles": roles.how}
    if actor is None:
        reasons["actor"] = roles.unnamed or "the sentence does not name who acted"
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
    location = _location(sent, f.first, {actor or "", recipient or ""})
    if location is None:
        reasons["location"] = "the sentence states no place apart from the actors"
    a = reg.actors[actor] if actor else None
    r = reg.actors[recipient] if recipient else None
    mode, cameo = _venue_mode(f.mode, cameo, f.code, location, a, r, reg.know.lexicon)
    base = a.confidence if a else 0.8 * (r.confidence if r else 1.0)  # an unnamed actor: weaker
    rule_score = min(base * (0.7 if f.trigger.weak else 0.85) * (1.0 if r else 0.8), 1.0)
    facts = DraftFacts(
        event_type=EventType(code=f.code, label=_label(f.code, cameo, reg), cameo=cameo,
                             mode=mode),
        actor=event_actor(a, day, roles.methods.get(actor or "")) if a else None,
        recipient=event_actor(r, day, roles.methods.get(recipient or "")) if r else None,
        location=location, date_method=method,
        evidence=Evidence(field=sent.field, start=sent.start, end=sent.end, text=sent.text,
                          sentence=sent.index))
    model = reg.know.confidence
    confidence = rule_score if model is None else model.probability(facts, rule_score)
    return EventDraft(**facts._asdict(), event_date=day, modality=f.modality,
                      confidence=round(confidence, 3), tone=sent.tone, reasons=reasons)
