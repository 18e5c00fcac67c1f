"""Roles of a trigger: which actor mentions are its actor and its recipient, and how they were found."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.stages.antecedents import relative_subject
from pipeline.stages.authors import authored
from pipeline.stages.filters import object_word
from pipeline.stages.heads import (
    PLACE_METHODS,
    modifies,
    modifies_thing,
    names_a_noun,
    names_the_noun,
)
from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.resolve import Mention, Registry
from pipeline.stages.sentence import Sentence
from pipeline.stages.targets import domestic_target, placed_patient
from pipeline.stages.triggers import Found
from pipeline.stages.unnamed import (
    ATTACKER,
    OBTAINED,
    PASSIVE,
    attacked_place,
    heads_agent,
    obtained,
    passive_patient,
    unnamed_attacker,
)

_JOINERS = frozenset({"and", ",", "both", "&", "the", "("})
_RECIPROCALS = frozenset({"each other", "one another"})
_ATTRIBUTION = frozenset({"said", "says", "reported", "reports", "added", "told", "quoted"})
_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})
UNPLACED = "a group of officials placed only by its object: the actor is not named"
# A modal right after "that" opens a relative clause ("a body that would give X ...").
_RELATIVE_MODALS = frozenset({"would", "will", "could", "can", "may", "might", "should", "must"})
_ADVERBIAL = frozenset({"have", "has", "had", "also", "again", "then", "later", "first"})
# Verbs of a source named after a comma (", the U.N. refugee agency warned"): not a recipient.
_SOURCES = _ATTRIBUTION | {"warned", "warns", "announced", "stated", "confirmed", "noted"}
# A country or place named after a withdrawal is the place left ("troops left Somalia").
_LEFT_METHODS = PLACE_METHODS | {"gazetteer"}


@dataclass(frozen=True, slots=True)
class Roles:
    """Who did it to whom for one trigger, and how the roles were assigned."""

    actors: tuple[str, ...]
    recipients: tuple[str, ...]
    joint: bool
    how: str
    methods: dict[str, str]
    unnamed: str | None = None  # why there is no actor (`actors` is then empty)


def _subject(cands: Sequence[Mention], tok: Tokens) -> tuple[str, ...] | None:
    """The nearest ungoverned mention before the trigger, with coordinated ones before it.

    A mention governed by "of" counts when nothing else does ("members of the Council met").
    """
    cands = [m for n, m in enumerate(cands) if n == 0 or m.keys != cands[n - 1].keys
             or any(w.isalpha() for w in tok.low[cands[n - 1].last : m.first])]
    for allowed in ((None,), (None, "of")):
        for n in range(len(cands) - 1, -1, -1):
            m = cands[n]
            if m.governed not in allowed:
                continue
            keys, k, cur = m.keys, n, m
            while k > 0 and len(keys) < 4:
                p = cands[k - 1]
                between = tok.low[p.last : cur.first]
                if p.governed not in allowed or not between or not all(w in _JOINERS for w in between):
                    break
                keys = (*p.keys, *keys)
                k, cur = k - 1, p
            return tuple(dict.fromkeys(keys))
    return None


def _participle_subject(sent: Sentence, f: Found, tok: Tokens, lex: CoderLexicon
                        ) -> tuple[str, ...] | None:
    """A participle after a comma has the sentence's first subject ("The US ..., bowing to")."""
    if f.trigger.noun or f.first <= sent.first or tok.low[f.first - 1] != "," \
            or not tok.low[f.first].endswith("ing"):
        return None
    main = [m for m in sent.mentions if m.last < f.first and m.governed is None and not m.locative]
    if main and modifies_thing(main[0], sent, tok, lex):
        return None  # "U.S. stocks rose, threatening ...": the subject is the stocks
    chain = main[:1]
    for m in main[1:]:  # "Iraq and China have barter deals with Brazil, importing ..."
        if not all(w in _JOINERS for w in tok.low[chain[-1].last : m.first]):
            break
        chain.append(m)
    return _subject(chain, tok) if chain else None


def _apposition(tok: Tokens, at: int, first: int) -> tuple[int, int]:
    """The commas around an aside right before a verb ("Some 30,000 Sudanese, victims of attacks by
    Arab militia, have threatened ..."): its mentions are not the subject. (0, 0) if none."""
    close = at - 1
    while close > first and at - close <= 3 and tok.low[close].isalpha() \
            and tok.low[close] == tok.text[close]:
        close -= 1
    if close <= first or tok.low[close] != ",":
        return (0, 0)
    opening = next((k for k in range(close - 2, max(first, close - 25), -1) if tok.low[k] == ","), None)
    return (opening, close) if opening is not None and opening > first else (0, 0)


def _reports(between: list[str]) -> bool:
    """A speaker before "says" is no actor of a noun trigger after it, unless "its" refers back."""
    return bool(_ATTRIBUTION & set(between)) and not _POSSESSIVES & set(between)


def _noun_infinitive(tok: Tokens, at: int, j: int, last: int, lex: CoderLexicon) -> bool:
    """Whether "to" at j opens a trigger verb's infinitive of a noun ("over a plot to bomb")."""
    trig = lex.triggers.get((tok.low[j + 1],)) if tok.low[j] == "to" and j + 1 < last else None
    preps = lex.words.get("prepositions", frozenset())
    return trig is not None and trig.verb and any(w in preps for w in tok.low[at:j])


def _after(sent: Sentence, at: int, code: str, tok: Tokens, lex: CoderLexicon,
           mode: str | None = None) -> list[Mention]:
    breaks = lex.words.get("recipient_breaks", frozenset())
    topics = lex.words.get("topic_prepositions", frozenset())
    if code in lex.words.get("target_on_types", frozenset()):
        topics = topics - {"on", "over"}
    left = mode in lex.words.get("withdrawal_modes", frozenset()) and code == "RETREAT"
    if left:
        topics = topics | {"from", "of"}  # "pulled out of Lebanon": a place, not a recipient
    limit = min(sent.last, at + lex.recipient_window)
    named = sent.names
    for j in range(at, limit):
        if tok.low[j] in breaks or (tok.low[j] == "," and any(
                w in _SOURCES for w in tok.low[j + 1 : min(sent.last, j + 8)])):
            limit = j  # also before ", Xinhua said": the source is not a recipient
            break
        if tok.low[j] == "that" and j + 1 < limit and tok.low[j + 1] in _RELATIVE_MODALS \
                and j - 1 not in named and tok.low[j - 1].isalpha():
            limit = j  # "a body that would give Gibraltarians a voice": a relative clause
            break
        if tok.low[j : j + 2] in ([",", "and"], [",", "but"]) and j - 1 not in named:
            limit = j  # ", and France ... showed hostility": a new clause, not a list of names
            break
        if code not in lex.content_types and _noun_infinitive(tok, at, j, sent.last, lex):
            limit = j  # the court is the plot's; an agreement's aim names its beneficiary
            break
    own = tok.low[at - 1]  # the trigger's own preposition governs its object: "called on Iran",
    # "lashed out at Britain"
    material = code in lex.words.get("thing_target_types", frozenset())
    out: list[Mention] = []
    aims = code in lex.words.get("target_at_types", frozenset())
    for m in sent.mentions:
        mine = (m.governed == own and m.first - at <= 3) \
            or (aims and m.governed == "at" and m.first - at <= 2)  # "fired rockets at Israel"
        if at <= m.first < limit and (not m.locative or mine) \
                and not (left and m.method in _LEFT_METHODS) \
                and (m.governed not in topics or mine) \
                and not names_a_noun(m, sent, tok, lex) \
                and (material or not modifies_thing(m, sent, tok, lex, "affair_heads")):
            # "probing the Iran arms scandal" is no act on Iran; "sanctions over the Iran affair" is
            if out and not all(w in _JOINERS for w in tok.low[out[-1].last : m.first]):
                break
            out.append(m)
    return out


def roles_for(sent: Sentence, f: Found, passive: bool, tok: Tokens, lex: CoderLexicon,
              reg: Registry, shared: tuple[str, ...] | None = None) -> Roles | None:
    """Actor and recipient keys for a trigger (`shared`: the subject of a coordinated verb; ()
    when that subject is not named)."""
    at, end = f.first, f.last
    clause = next((j for j in range(at - 1, sent.first - 1, -1) if tok.low[j] in lex.clause_breaks),
                  sent.first)
    aside = _apposition(tok, at, sent.first)
    before = [m for m in sent.mentions if clause <= m.first and m.last <= at
              and not (aside[0] < m.first < aside[1])
              and (not m.locative or names_the_noun(m, f, at, reg))
              and not (f.trigger.noun and _reports(tok.low[m.last : at]))
              and not (f.trigger.noun and m.method in PLACE_METHODS
                       and modifies(tok, m.last, at, lex))]
    things = [] if passive and f.code in lex.words.get("thing_target_types", frozenset()) \
        else [m for m in before if modifies_thing(m, sent, tok, lex)]
    if things:  # "U.S. stocks rose": the subject is the stocks, not the U.S. nor an actor before
        heads = [m.last for m in things if m.governed is None]
        before = [m for m in before if m not in things and m.first >= max(heads, default=0)]
    if not f.trigger.noun and tok.low[at] in lex.reported_forms:
        return _reported_wrong(sent, f, tok, lex)
    cause = _casualty_in(f, sent, tok, lex)
    if cause is not None:
        return _caused(sent, f, cause, tok)
    after = _after(sent, end, f.code, tok, lex, f.mode)
    methods = {k: m.method for m in (*before, *after) for k in m.keys}
    got = obtained(sent, f, before, after, tok, lex)
    if got is not None:  # "Iran obtained a loan from the World Bank": Iran is the recipient
        receiver = _subject(got[0], tok)
        givers = tuple(k for m in got[1] for k in m.keys if k not in (receiver or ()))
        return None if receiver is None else Roles(
            givers, receiver, False, "obtained: the subject receives it", methods,
            None if givers else OBTAINED)
    if not passive and (shared == () or unnamed_attacker(sent, f, tok, lex)):  # "a suicide bomber killed 10 Iraqis"
        victims = tuple(dict.fromkeys(k for m in after for k in m.keys)) \
            or (attacked_place(sent, at, reg, tok, lex) if shared != () and f.code
                in lex.words.get("place_target_types", frozenset()) else ())
        methods.update({k: "place-of-event" for k in victims if k not in methods})
        return Roles((), victims, False, "unnamed attacker: the object is the recipient", methods,
                     ATTACKER) if victims else None
    subject = shared or _participle_subject(sent, f, tok, lex) or relative_subject(sent, f, tok, lex) \
        or authored(sent, f, tok, lex) or _subject(before, tok)  # relative: "X, who criticised"
    if passive:
        agents = [m for m in after if m.governed == "by"]
        if agents and (subject is not None or heads_agent(agents[0], f, sent, tok, lex)):
            return Roles(agents[0].keys, subject or (), False, "passive: agent after 'by'", methods)
        patient = None if agents else passive_patient(sent, before, subject, f, tok, lex,
                                                           aside)
        if patient is None and not agents:  # "29 people were killed in northern Iraq"
            patient = placed_patient(f, sent, tok, lex, reg)
            methods.update({k: "place-of-event" for k in patient or ()})
        return Roles((), patient, False, "passive without agent: the patient is the recipient",
                     methods, PASSIVE) if patient else None
    if subject is None and end < sent.last and tok.low[end] == "between" and len(after) >= 2:
        return Roles(after[0].keys, after[1].keys, True, "between X and Y", methods)
    if subject is None and f.code in lex.words.get("locative_actor_types", frozenset()):
        places = [m for m in sent.mentions if m.locative]
        if places:
            return Roles(places[0].keys, (), False, "the country where it happened is the actor",
                         {k: "locative" for k in places[0].keys})
    if subject is None:
        return None
    if " ".join(tok.low[end : end + 2]) in _RECIPROCALS:
        return Roles(subject[:1], subject[1:2] or subject[:1], len(subject) > 1,
                     "reciprocal: the actors act on each other", methods)
    recipients: list[str] = []
    modifier = before[-1] if before and f.trigger.noun and before[-1].last == at else None
    if modifier is not None and modifier.governed is not None and modifier.keys[0] not in subject \
            and not after:  # "on an AU peace mission to Darfur": the AU runs it, Darfur gets it
        recipients.extend(modifier.keys)
    own = {f"country:{reg.actors[k].country}" for k in subject if reg.actors[k].type == "person"}
    own |= {f"group:{reg.actors[k].country}:{w}" for k in subject
            if reg.actors[k].type == "country"
            for w in lex.words.get("own_forces", frozenset())}  # "Britain redeploys troops"
    for m in after:
        recipients.extend(k for k in m.keys
                          if k not in subject and k not in recipients and k not in own)
    if len(subject) >= 2:
        recipients = [k for k in recipients if reg.actors[k].country or reg.actors[k].kb]
    if len(subject) >= 2 and not recipients and (f.code in lex.symmetric_types
                                                  or tok.low[f.first] in lex.symmetric_forms):
        return Roles(subject[:1], subject[1:2], True, "joint action: first-named is the actor",
                     methods)
    if len(subject) == 1 and not recipients and _among_themselves(sent, f, before, tok, lex, reg):
        return Roles(subject, subject, True, "a group of one country meets among themselves",
                     methods)
    how = "noun modifier is the recipient" if modifier is not None and recipients \
        and recipients[0] in modifier.keys else "subject before, object after the trigger"
    if not recipients and (lex.dictionary.types[f.code].requires_recipient
                           or f.mode in lex.words.get("place_recipient_modes", frozenset())
                           or _place_object(f, sent, tok, lex)):
        place = _place_recipient(sent, at, subject, reg)
        if place is not None:
            recipients.append(place)
            methods[place] = "place-of-event"
            how = "no recipient named: the country where it happens (aid, trade, a visit)"
    if not recipients:  # "rebels killed 12 people in southern Burundi": Burundi
        target = domestic_target(f, sent, subject, tok, lex, reg)
        if target is not None:
            recipients.append(target[0])
            methods[target[0]] = target[1]
            how = target[2]
    if _placed_by_object(subject, sent, f, recipients, reg, lex):  # "European leaders blamed the US"
        return Roles((), tuple(recipients), False, UNPLACED, methods, UNPLACED)
    return Roles(subject, tuple(recipients), False, how, methods)


def _placed_by_object(subject: tuple[str, ...], sent: Sentence, f: Found, recipients: list[str],
                      reg: Registry, lex: CoderLexicon) -> bool:
    """Whether the subject is a bare group of officials (`unplaced_groups`) that took the
    sentence's only country from a country named as its object: "European leaders blamed the US",
    "ministers from European and Asian governments called on the US" are not the US's."""
    if len(subject) != 1 or reg.actors[subject[0]].method != "group-noun:sentence-country" \
            or subject[0].rsplit(":", 1)[-1] not in lex.words.get("unplaced_groups", frozenset()):
        return False
    country = reg.actors[subject[0]].country
    named_before = any(reg.actors[k].country == country for m in sent.mentions
                       if m.last <= f.first for k in m.keys if k != subject[0])
    return not named_before and any(reg.actors[k].type == "country"
                                    and reg.actors[k].country == country for k in recipients)


def _among_themselves(sent: Sentence, f: Found, before: list[Mention], tok: Tokens,
                      lex: CoderLexicon, reg: Registry) -> bool:
    """Whether a plural group that a country qualifies ("two Iranian opposition leaders", "Russian
    and rebel commanders") is the subject of a reciprocal verb (`reciprocal_verbs`) with no object
    after it ("met in Baghdad"): its members meet each other, so the country is the recipient."""
    if f.trigger.noun or tok.low[f.first] not in lex.words.get("reciprocal_verbs", frozenset()) \
            or not before or not all(w in _ADVERBIAL or (w.isalpha() and w.endswith("ly"))
                                     for w in tok.low[before[-1].last : f.first]):
        return False  # "commanders finally met", "leaders have met"
    head = before[-1]
    info = reg.actors[head.keys[0]]
    if info.type != "group" or info.country is None or not tok.low[head.last - 1].endswith("s"):
        return False
    qualified = head.method == "group-noun:country-qualifier" or any(
        m.last == head.first and all(reg.actors[k].country == info.country for k in m.keys)
        for m in before)
    nxt = tok.low[f.last] if f.last < sent.last else "."
    free = not nxt.isalpha() or (nxt != "with" and nxt in lex.words.get("prepositions", frozenset())
                                 | lex.words.get("locative", frozenset()) | {"to", "for", "on"})
    return qualified and free


def _casualty_in(f: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> int | None:
    """Where "in" stands when a noun trigger is the cause of casualties named before it ("two
    Palestinians were killed in an Israeli air strike"), else None."""
    if not f.trigger.noun:
        return None
    casualties = lex.words.get("casualty_words", frozenset())
    for k in range(f.first - 1, max(sent.first, f.first - 4) - 1, -1):
        if tok.low[k] in ("in", "by"):  # "killed in an Israeli strike", "killed by a mortar attack"
            return k if casualties & set(tok.low[max(sent.first, k - 3) : k]) else None
    return None


def _caused(sent: Sentence, f: Found, at_in: int, tok: Tokens) -> Roles | None:
    """The actor of a deadly attack named by a noun is the actor right before the noun ("an
    Israeli air strike"); the victims named before "killed" are its recipients."""
    attacker = [m for m in sent.mentions if at_in < m.first and m.last == f.first]
    if not attacker:
        return None  # "killed in a suicide bombing": the attacker is not named
    victims = _subject([m for m in sent.mentions if m.last <= at_in and not m.locative], tok)
    methods = {k: m.method for m in sent.mentions for k in m.keys}
    actor = attacker[-1].keys
    return Roles(actor, tuple(k for k in victims or () if k not in actor), False,
                 "casualties caused by the attack the noun names", methods)


def _reported_wrong(sent: Sentence, f: Found, tok: Tokens, lex: CoderLexicon) -> Roles | None:
    """A wrong reported by a speaker ("the WTO says the US ban violates trade laws"): the speaker
    accuses the wrongdoer named between the speech verb and the wrong; no speaker, no event."""
    speech = lex.words.get("speech_verbs", frozenset())
    said = next((j for j in range(f.first - 1, sent.first - 1, -1) if tok.low[j] in speech), None)
    if said is None:
        return None
    speaker = _subject([m for m in sent.mentions if m.last <= said and not m.locative], tok)
    wrongdoer = _subject([m for m in sent.mentions if said < m.first and m.last <= f.first
                          and not m.locative], tok)
    if speaker is None or wrongdoer is None:
        return None
    methods = {k: m.method for m in sent.mentions for k in m.keys}
    return Roles(speaker, tuple(k for k in wrongdoer if k not in speaker) or wrongdoer, False,
                 "a wrong reported by a speaker: the speaker accuses the wrongdoer", methods)


def _place_object(f: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether an attack or seizure verb's object is a place ("raided the largest city in the West
    Bank", "shelled Kurdish villages in Iraq"): the place's country is then the target."""
    if f.trigger.noun or f.code not in lex.words.get("place_target_types", frozenset()):
        return False
    return object_word(tok, f.last, sent.last, lex.words.get("place_objects", frozenset()), lex, 4)


def _place_recipient(sent: Sentence, at: int, subject: tuple[str, ...], reg: Registry
                     ) -> str | None:
    """For a type that needs a recipient (aid, trade, sanctions) and names none, the country of
    the place the sentence names, nearest the trigger, when it is not the actor's own."""
    own = {reg.actors[k].country for k in subject}
    options = [(abs(pos - at), p.country) for pos, p in sent.places
               if p.country is not None and p.country not in own]
    if not options:
        return None
    return reg.country(min(options)[1], "place-of-event", None)
