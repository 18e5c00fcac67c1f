"""Event coding: who did what to whom, from dictionary triggers and the actor mentions around them."""

from __future__ import annotations

import datetime as dt

from pipeline.models import (
    EventActor,
    EventType,
    Evidence,
    Location,
)
from pipeline.stages.antecedents import unnamed_antecedent
from pipeline.stages.bans import goods_ban
from pipeline.stages.contexts import quarrel, time_ahead
from pipeline.stages.dismissals import dismissed_claim
from pipeline.stages.event_confidence import DraftFacts
from pipeline.stages.figurative import figurative_fight
from pipeline.stages.filters import content_rule, refusals, usable
from pipeline.stages.headlines import headline_passive
from pipeline.stages.knowledge import primary_role
from pipeline.stages.lexicon import CoderLexicon, Trigger
from pipeline.stages.mentions import Tokens
from pipeline.stages.nominal import possessed_verb
from pipeline.stages.obligations import in_office, obliged_named, others_obliged, suspended
from pipeline.stages.passive_conjunct import conjunct_passive
from pipeline.stages.pleas import legal_plea
from pipeline.stages.pledges import home_only, policy_pledge
from pipeline.stages.quarrels import civil_quarrel
from pipeline.stages.resolve import ActorInfo, Registry
from pipeline.stages.retype import expelled_people, hostage_taking
from pipeline.stages.roles import Roles, roles_for
from pipeline.stages.sentence import Sentence
from pipeline.stages.statements import states_view
from pipeline.stages.travel import hostless_journey, trip_back
from pipeline.stages.triggers import (
    Found,
    choose_mode,
    choose_type,
    infinitive_object,
    is_passive,
    modality,
    subject_modality,
    time_after,
)
from pipeline.stages.types import EventDraft
from pipeline.stages.unnamed import opening_attack_noun
from pipeline.stages.word_senses import progressive_ahead


def _coordinated(last_verb: tuple[Found, Roles] | None, f: Found, passive: bool, tok: Tokens,
                 headline: bool) -> tuple[str, ...] | None:
    """The subject of the verb before, when this verb is coordinated with it ("accused X and warned
    Y", "met X, signed a pact"): the object of the first verb is not the subject of the second.
    In a headline a noun-or-verb form after a comma is a verb too ("Sets Date ..., Demands ...")."""
    if last_verb is None or passive or f.first == 0:
        return None
    if f.trigger.noun and not (headline and f.trigger.verb and tok.low[f.first - 1] == ","):
        return None
    prev, roles = last_verb
    between = tok.low[prev.last : f.first]
    if tok.low[f.first - 1] not in ("and", ",") or ";" in between or "but" in between \
            or roles.joint or not roles.recipients:
        return None
    return roles.actors


def _shared_object(roles: Roles, shared: tuple[str, ...] | None,
                   last_verb: tuple[Found, Roles] | None) -> Roles:
    """A coordinated verb that names no recipient of its own acts on the verb before's ("EU sets a
    date for Turkey talks, demands concessions": Turkey), not on a place that verb was given."""
    if not shared or roles.recipients or roles.actors != shared or last_verb is None:
        return roles
    prev = last_verb[1]
    named = tuple(k for k in prev.recipients
                  if prev.methods.get(k) != "place-of-event" and k not in roles.actors)
    if not named:
        return roles
    return Roles(roles.actors, named, roles.joint, "coordinated verb: the object of the verb before",
                 {**roles.methods, **{k: prev.methods.get(k, "") for k in named}}, roles.unnamed)


def _reports_speech(f: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """A "tell" with no infinitive after it and a named actor (no pronoun) opening the clause
    after its listener reports speech, no order: "told reporters Japan had rejected ..." (the
    rejection is no order's content); "told Reuters the talks had ended" keeps the old reading."""
    if not f.trigger.needs_infinitive \
            or "to" in tok.low[f.last : min(sent.last, f.last + lex.infinitive_window)]:
        return False
    return any(f.last < m.first <= f.last + 3 and not m.method.startswith(("pronoun", "joint"))
               for m in sent.mentions)


def _no_act(f: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Trigger words that name no act in their sentence, whatever the roles around them."""
    return _reports_speech(f, sent, tok, lex) \
        or opening_attack_noun(f, sent, tok, lex) \
        or figurative_fight(f, sent, tok, lex) \
        or not obliged_named(f, sent, tok, lex) \
        or states_view(f, sent, tok, lex) \
        or possessed_verb(f, sent, tok, lex) \
        or suspended(f, sent, tok, lex) \
        or legal_plea(f, sent, tok, lex) or unnamed_antecedent(f, sent, tok, lex)
    # in order: "told reporters Japan had ...", "Blast at a market kills 3", "an election
    # battle", "Iran's application must be ...", "insisted he was innocent", "the dollar's
    # decline", "suspended cooperation with", "pleaded guilty to", "<an uncoded name>, who
    # criticised"


def _prohibiting_order(f: Found, tok: Tokens, lex: CoderLexicon) -> Found:
    """A DEMAND noun followed by a participle of prohibition (`prohibition_words`: "an order
    preventing a strike") is an administrative restriction, COERCE/restrict (CAMEO 172)."""
    if f.code != "DEMAND" or not f.trigger.noun or f.last >= len(tok.low) \
            or tok.low[f.last] not in lex.words.get("prohibition_words", frozenset()):
        return f
    return Found(f.first, f.last, f.trigger, "COERCE", "restrict", f.modality, f.modality_reason)


def _official_protest(f: Found, roles: Roles, reg: Registry, lex: CoderLexicon, tok: Tokens
                      ) -> Found:
    """A protest by a state (a country, a ministry, an office holder) is an official complaint,
    ACCUSE (CAMEO 114), not a demonstration: "Japan protests Chinese submarine intrusion"."""
    if f.code != "PROTEST" or not roles.actors or "where it happened" in roles.how \
            or f.trigger.tokens[0] not in lex.words.get("complaint_forms", frozenset()) \
            or lex.words.get("crowd_words", frozenset()) & set(tok.low[max(0, f.first - 6) : f.first]):
        return f  # the crowd in a place ("thousands of Iraqis protested") is not the state, and
    # a state's "rally" or "strike" is no complaint
    states = lex.words.get("state_groups", frozenset())
    for key in roles.actors:
        info = reg.actors[key]
        kb_state = (info.kb is not None and info.kb.type == "government_body") \
            or in_office(info, reg)
        group_state = info.type == "group" and key.rsplit(":", 1)[-1] in states
        if not (info.type == "country" or kb_state or group_state):
            return f
    return Found(f.first, f.last, f.trigger, "ACCUSE", "complain", f.modality,
                 f.modality_reason)


def _verbal_attack(f: Found, tok: Tokens, lex: CoderLexicon) -> Found:
    """An ASSAULT verb whose object is a proposal, a policy, remarks ... is a verbal attack,
    ACCUSE: "Chirac attacked the budget proposals"."""
    if f.code != "ASSAULT" or f.trigger.noun:
        return f
    objects = lex.words.get("verbal_objects", frozenset())
    if not objects & set(tok.low[f.last : min(len(tok.low), f.last + 4)]):
        return f
    return Found(f.first, f.last, f.trigger, "ACCUSE", "disapprove", f.modality, f.modality_reason)


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


def _objects_merged(found: list[Found], tok: Tokens, lex: CoderLexicon, names: frozenset[int]
                    ) -> list[Found]:
    """Drop a noun trigger that is the object of a verb trigger of the same type just before it
    ("gave Iraq missile aid", "signed an agreement") or its purpose after the verb's object ("met
    Alfonsin for talks"): one event, the verb's. A conjunction between ("10 slain as rebels
    attack") starts another clause."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if prev is None or not f.trigger.noun or prev.trigger.noun or prev.code != f.code:
            out.append(f)
            continue
        between = tok.low[prev.last : f.first]
        purpose = "for" in between and all(
            j in names or tok.low[j] in ("for", "the", "a", "an", "fresh", "further", "more")
            for j in range(prev.last, f.first))
        if purpose or (0 <= f.first - prev.last <= 4 and not (
                {",", *lex.words.get("prepositions", ()), *lex.words.get("recipient_breaks", ())}
                & set(between))):
            continue
        out.append(f)
    return out


def code_sentence(sent: Sentence, hits: list[tuple[int, int, Trigger]], tok: Tokens,
                  occupied: set[int], lex: CoderLexicon, reg: Registry, published: dt.date
                  ) -> list[EventDraft]:
    """Every event a sentence states, with its modality flagged; `hits` are its triggers
    (`triggers.find_triggers`)."""
    heads = frozenset(at for at, _, trig in hits if trig.noun)
    found: list[Found] = []
    for at, end, trig in hits:
        if trig.noun and not trig.verb and end in heads:
            continue  # a noun modifying the noun trigger after it: "pact talks", "truce talks"
        if trig.noun and end < sent.last and tok.low[end] in lex.words.get("modified_heads", frozenset()):
            continue  # a trigger word modifying a noun: "aid workers", "Appeals Court"
        if not trig.noun and tok.low[end - 1].endswith("ing") and end < sent.last \
                and tok.low[end] in lex.words.get("participle_heads", frozenset()):
            continue  # a participle describing a noun: "grain exporting firms", "warring parties"
        code = choose_type(trig, tok.low[sent.first : sent.last], lex)
        mod, why = modality(tok, at, sent.first, sent.index, occupied, lex)
        if end < sent.last and not trig.noun and tok.low[end] in lex.words.get("post_negation", ()):
            mod, why = "negated", f"'{tok.low[end]}' right after the trigger"
        elif trig.noun and mod == "asserted":
            mod, why = subject_modality(tok, end, sent.last) or infinitive_object(
                tok, at, sent.first, sent.index, occupied, lex) or time_after(
                tok, end, sent.last, lex) or (mod, why)
        elif mod == "asserted" and tok.caps[sent.index] and tok.low[at].endswith("s"):
            # an "-s" form after an infinitive and its actor is a noun, its object: "to ward off
            # US calls for sanctions" (running text; a headline's "US Calls for ..." is a verb)
            mod, why = infinitive_object(tok, at, sent.first, sent.index, occupied, lex) or (mod, why)
        found.append(Found(at, end, trig, code,
                           choose_mode(tok, sent.first, sent.last, at, code, lex, trig.tokens),
                           mod, why))
    found = [progressive_ahead(time_ahead(f, sent, tok, lex), sent, tok, lex)  # "meets Baker next
             for f in found]  # week", "is discussing the issue next Monday"
    found = [f for f in found if not _no_act(f, sent, tok, lex)]
    found = [goods_ban(expelled_people(hostage_taking(f, tok, sent.first, sent.last, lex), tok,
                                      sent.last, lex), tok, sent.first, sent.last, lex)
             for f in content_rule(found, tok, lex) if usable(f, sent, tok, lex, heads)]
    found = [f for f in refusals(_objects_merged(found, tok, lex, sent.names), tok, lex)
             if not dismissed_claim(f, sent, tok, lex)  # "brushed off suggestions": a comment
             and not trip_back(f, sent, tok, lex)]  # "he returned to Bonn": no RETREAT
    keyed: list[tuple[tuple[str, str, str, str], EventDraft]] = []
    seen: set[tuple[str, str, str, str]] = set()
    last_verb: tuple[Found, Roles] | None = None
    for n, f in enumerate(found):
        passive = is_passive(tok, f.first, sent.first, sent.index, lex, f.last) \
            or headline_passive(sent, f, tok, lex)  # "Minister accused of lying"
        lead = conjunct_passive(tok, f, sent.first, sent.last, lex)
        passive = passive or lead is not None  # "was held and charged": the first verb's patient
        shared = _coordinated(last_verb, f, passive, tok, not tok.caps[sent.index])
        roles = roles_for(sent, lead or f, passive, tok, lex, reg, shared)
        if roles is None:
            continue
        roles = others_obliged(f, _shared_object(roles, shared, last_verb), reg, lex)
        if roles is None:
            continue  # "Reagan said the United States must do more": policy, no demand
        if not f.trigger.noun and not passive:
            last_verb = (f, roles)
        if not roles.recipients and lex.dictionary.types[f.code].requires_recipient:
            continue  # "the Bank of England gave the market assistance": no aid between actors
        if home_only(roles, reg) and policy_pledge(f, sent, tok, lex):
            continue  # "the Tories have promised tax cuts": a policy pledge to no one
        if hostless_journey(f, roles, reg, sent, tok, lex):
            continue  # "Clinton arrived in Chicago": a journey, no host
        f = quarrel(_verbal_attack(_official_protest(_prohibiting_order(f, tok, lex), roles, reg,
                                                     lex, tok), tok, lex), roles, reg, tok, lex)
        f = civil_quarrel(f, roles, reg, tok, sent.first, sent.last, lex)  # "clashed with ministers"
        nxt = found[n + 1] if n + 1 < len(found) else None
        cameo = lex.cameo_code(f.code, f.mode)
        if nxt is not None and nxt.first > f.first and nxt.first - f.last <= lex.cue_scope:
            cameo = lex.object_cameo.get(f.code, {}).get(nxt.code, cameo)
        if f.modality_reason and f.modality_reason.startswith("refusal of "):
            cameo = lex.object_cameo.get("REJECT", {}).get(f.modality_reason[11:], cameo)
        actors: tuple[str | None, ...] = roles.actors or ((None,) if roles.unnamed else ())
        for actor in actors:
            for recipient in roles.recipients or (None,):
                key = (f.code, actor or "", recipient or "", f.modality)
                if key in seen:
                    continue
                seen.add(key)
                keyed.append((key, _draft(sent, f, cameo, actor, recipient, roles, reg, published)))
    named = {(code, recipient, mod) for code, actor, recipient, mod in seen if actor}
    # "two Palestinians were killed in an Israeli strike": the strike's actor is named, so the
    # passive verb's event with no actor is the same event
    return [d for (code, actor, recipient, mod), d in keyed
            if actor or (code, recipient, mod) not in named]
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


def _draft(sent: Sentence, f: Found, cameo: str, actor: str | None, recipient: str | None,
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
