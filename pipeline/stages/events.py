"""Event coding: who did what to whom, from verb cues between actor mentions in a sentence."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from pipeline.models import (
    Article,
    EntityMention,
    EventActor,
    EventType,
    Evidence,
    Location,
    Modality,
    Place,
    ResolvedActor,
    TextField,
)
from pipeline.stages.types import EventDraft, Extraction


@dataclass(frozen=True, slots=True)
class Cue:
    """A verb or phrase that signals a PLOVER event type."""

    code: str
    label: str
    cameo: str
    pattern: str
    mode: str | None = None


CUES: tuple[Cue, ...] = (
    Cue("CONSULT", "Consult", "042", r"(?:phone|telephone) (?:call|conversation)s? with|spoke (?:by phone )?with|called", "phone"),
    Cue("CONSULT", "Consult", "043", r"met(?: with)?|meets?(?: with)?|meeting with|hosted|visited|visits?", "visit"),
    Cue("CONSULT", "Consult", "046", r"negotiat(?:e|ed|es|ing|ions?)(?: with)?|talks with|held talks", "negotiation"),
    Cue("AGREE", "Agree", "030", r"agreed|agree(?:s|ment)?(?: with)?|signed|deal with|accord with"),
    Cue("REQUEST", "Request", "020", r"(?:asked|urged|called on|appealed to|requested)"),
    Cue("DEMAND", "Demand", "100", r"demand(?:ed|s)?"),
    Cue("THREATEN", "Threaten", "130", r"threaten(?:ed|s)?|warned"),
    Cue("ACCUSE", "Accuse", "112", r"accus(?:ed|es|e)|blamed|condemned|criticiz(?:ed|es)|criticis(?:ed|es)"),
    Cue("REJECT", "Reject", "120", r"reject(?:ed|s)?|refused|vetoed|dismissed"),
    Cue("SANCTION", "Sanction", "163", r"sanction(?:ed|s)?|imposed sanctions on|embargo(?:ed)?"),
    Cue("SUPPORT", "Support", "051", r"praised|thanked|supported|backed|endorsed|welcomed"),
    Cue("AID", "Aid", "070", r"(?:sent|gave|provided|pledged) (?:aid|assistance|weapons|funds)|aid to"),
    Cue("RETREAT", "Retreat (release of persons)", "0841", r"release(?:d)?(?: of)?|freed|returned"),
    Cue("COOPERATE", "Cooperate", "060", r"work together|cooperat(?:e|ed|ion) with|partner(?:ed|s)? with"),
    Cue("PROTEST", "Protest", "140", r"protest(?:ed|s)?|demonstrat(?:ed|ions?) against|rall(?:y|ied) against"),
    Cue("ASSAULT", "Assault", "190", r"attack(?:ed|s)?|struck|bombed|shelled|invaded|killed"),
    Cue("MOBILIZE", "Mobilize", "150", r"mobiliz(?:ed|es)|mobilis(?:ed|es)|deployed|massed troops"),
)
_CUE_RE = re.compile(
    "|".join(f"(?P<c{i}>\\b(?:{cue.pattern})\\b)" for i, cue in enumerate(CUES)), re.IGNORECASE
)
_NEGATION = re.compile(r"\b(?:not|never|no|n't|denied|refused to|declined to)\b", re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:will|would|shall|plans? to|planned to|intends? to|vow(?:ed|s)? to|"
                     r"expected to|set to|going to|to start|to begin)\b", re.IGNORECASE)
_CONDITIONAL = re.compile(r"\b(?:if|unless|could|might|may)\b", re.IGNORECASE)


def _modality(prefix: str, cue_text: str) -> Modality:
    window = prefix[-40:] + " " + cue_text
    if _NEGATION.search(window):
        return "negated"
    if _CONDITIONAL.search(prefix[-25:]):
        return "conditional"
    if _FUTURE.search(window):
        return "future"
    return "asserted"


def _event_actor(actor: ResolvedActor) -> EventActor:
    return EventActor(name=actor.name, entity_id=actor.kb_id, country=actor.country,
                      role=actor.roles[0] if actor.roles else None, method=actor.method)


def _participants(mentions: Sequence[EntityMention], actors: Mapping[str, ResolvedActor]
                  ) -> list[tuple[EntityMention, ResolvedActor]]:
    """Actor mentions of a sentence, skipping a country word that only qualifies the next person."""
    found = [(m, actors[m.entity]) for m in mentions if m.entity in actors]
    kept = []
    for i, (m, actor) in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        if actor.type == "country" and nxt and nxt[1].type == "person" and nxt[0].start - m.end < 40 \
                and nxt[1].country == actor.country:
            continue
        kept.append((m, actor))
    return kept


def code_events(article: Article, extraction: Extraction, actors: Sequence[ResolvedActor],
                places: Sequence[Place], tones: Mapping[tuple[TextField, int], float]
                ) -> list[EventDraft]:
    """Code events from every body sentence that names an actor and a verb cue."""
    by_entity = {a.entity: a for a in actors}
    place_of = {p.entity: p for p in places}
    dates = {(d.field, d.sentence): d for d in extraction.dates}
    text = article.body
    lay = extraction.body
    events: list[EventDraft] = []
    for index, (first, last) in enumerate(lay.sentences):
        s_start, s_end = lay.starts[first], lay.ends[last - 1]
        sentence_mentions = [m for m in extraction.entities
                             if m.field == "body" and m.sentence == index]
        people = _participants(sentence_mentions, by_entity)
        if not people:
            continue
        for cue_match in _CUE_RE.finditer(text, s_start, s_end):
            cue = CUES[int(str(cue_match.lastgroup)[1:])]
            before = [p for p in people if p[0].end <= cue_match.start()]
            after = [p for p in people if p[0].start >= cue_match.end()]
            if not before:
                continue
            actor = before[-1][1]
            recipient = next((p[1] for p in after if p[1].entity != actor.entity), None)
            reasons: dict[str, str] = {}
            if recipient is None:
                reasons["recipient"] = "no second actor named after the verb in this sentence"
            located = next((place_of[m.entity] for m in sentence_mentions
                            if m.entity in place_of and m.entity not in
                            {actor.entity, recipient.entity if recipient else ""}), None)
            location = (Location(name=located.name, kind=located.kind, country=located.country,
                                 latitude=located.latitude, longitude=located.longitude)
                        if located else None)
            if location is None:
                reasons["location"] = "the sentence names no place apart from the actors"
            stated = dates.get(("body", index))
            if stated is not None:
                event_date, date_method = stated.date, f"sentence-date:{stated.method}"
            else:
                event_date, date_method = article.published_at.date(), "publication-date"
                reasons["event_date"] = "no date in the sentence; the publication date is used"
            modality = _modality(text[s_start : cue_match.start()], cue_match.group(0))
            events.append(EventDraft(
                event_type=EventType(code=cue.code, label=cue.label, cameo=cue.cameo, mode=cue.mode),
                actor=_event_actor(actor),
                recipient=_event_actor(recipient) if recipient else None,
                event_date=event_date, date_method=date_method, location=location,
                modality=modality,
                evidence=Evidence(field="body", start=s_start, end=s_end,
                                  text=text[s_start:s_end], sentence=index),
                confidence=round(0.5 * actor.confidence + 0.3 * (recipient is not None) + 0.1, 3),
                tone=tones.get(("body", index)), reasons=reasons,
            ))
    return events
