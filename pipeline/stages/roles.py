"""Roles of a trigger: which actor mentions are its actor and its recipient, and how they were found."""

from __future__ import annotations

from typing import Final

from pipeline.stages.attack_places import aimed_place
from pipeline.stages.authors import authored
from pipeline.stages.casualty_means import means_author
from pipeline.stages.charged_passive import charged_firm
from pipeline.stages.comma_subject import comma_subject
from pipeline.stages.coordination import own_people, plain_verb
from pipeline.stages.died_in import DIED, died_victims
from pipeline.stages.gerund_passive import gerund_patient
from pipeline.stages.group_roles import among_themselves, placed_by_object
from pipeline.stages.heads import PLACE_METHODS, modifies, modifies_thing, names_the_noun
from pipeline.stages.held_members import HELD, held_at_home
from pipeline.stages.joint_deals import deal_modifiers
from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.of_patient import of_patient
from pipeline.stages.own_government import own_groups
from pipeline.stages.owned_things import owned_thing
from pipeline.stages.paired_talks import METHOD, pair_keys
from pipeline.stages.people import people_of_country
from pipeline.stages.placed_attacks import PLACED_ATTACK, placed_attack
from pipeline.stages.received_acts import received
from pipeline.stages.recipients import mentions_after, place_object, place_recipient
from pipeline.stages.reduced_relatives import outside_modifier
from pipeline.stages.registry import Registry
from pipeline.stages.relatives import relative_subject
from pipeline.stages.sentence import Sentence
from pipeline.stages.speaker_owner import SPEAKER_OWNS, speaker_owner
from pipeline.stages.subjects import apposition, participle_subject, reports, subject_keys
from pipeline.stages.talks_between import parties_between
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

_RECIPROCALS = frozenset({"each other", "one another"})
UNPLACED = "a group of officials placed only by its object: the actor is not named"


class Roles:
    """Who did it to whom for one trigger, and how the roles were assigned.

    Read-only (`Final`); a plain class whose `__init__` mypyc compiles (see `Sentence`).
    `unnamed` says why there is no actor (`actors` is then empty).
    """

    def __init__(self, actors: tuple[str, ...], recipients: tuple[str, ...], joint: bool,
                 how: str, methods: dict[str, str], unnamed: str | None = None) -> None:
        self.actors: Final = actors
        self.recipients: Final = recipients
        self.joint: Final = joint
        self.how: Final = how
        self.methods: Final = methods
        self.unnamed: Final = unnamed


def roles_for(sent: Sentence, f: Found, passive: bool, tok: Tokens, lex: CoderLexicon,
              reg: Registry, shared: tuple[str, ...] | None = None) -> Roles | None:
    """Actor and recipient keys for a trigger (`shared`: the subject of a coordinated verb; ()
    when that subject is not named)."""
    at, end = f.first, f.last
    clause = next((j for j in range(at - 1, sent.first - 1, -1) if tok.low[j] in lex.clause_breaks),
                  sent.first)
    aside = apposition(tok, at, sent.first)
    before = [m for m in sent.mentions if clause <= m.first and m.last <= at
              and not (aside[0] < m.first < aside[1])
              and (not m.locative or names_the_noun(m, f, at, reg))
              and not (f.trigger.noun and reports(tok.low[m.last : at]))
              and not (f.trigger.noun and m.method in PLACE_METHODS
                       and modifies(tok, m.last, at, lex))]
    if not f.trigger.noun:  # "a group holding U.N. workers hostage demanded": not the U.N.
        before = outside_modifier(before, clause, at, tok, lex)
    before = comma_subject(sent, f, before, tok, lex.word_set("group_nouns"))
    things = [] if passive and (f.code in lex.word_set("thing_target_types")
                                or tok.low[at] in lex.word_set("criticised_forms")) \
        else [m for m in before if modifies_thing(m, sent, tok, lex)]
    if things:  # "U.S. stocks rose": the subject is the stocks, not the U.S. nor an actor before
        heads = [m.last for m in things if m.governed is None]
        before = [m for m in before if m not in things and m.first >= max(heads, default=0)]
    if not f.trigger.noun and tok.low[at] in lex.reported_forms:
        return _reported_wrong(sent, f, tok, lex)
    cause = _casualty_in(f, sent, tok, lex)
    if cause is not None:
        died = died_victims(sent, f, cause, tok, lex, reg)  # "47 Pakistanis die in attack"
        return _caused(sent, f, cause, tok) or (Roles(
            (), died, False, DIED, {k: "place-of-event" for k in died}, ATTACKER) if died else None)
    after = mentions_after(sent, end, f.code, tok, lex, f.mode)
    methods = {k: m.method for m in (*before, *after) for k in m.keys}
    got = obtained(sent, f, before, after, tok, lex) \
        or received(sent, f, before, after, tok, lex)  # "received a request from X" (received_acts.py)
    if got is not None:  # "Iran obtained a loan from the World Bank": Iran is the recipient
        receiver = subject_keys(got[0], tok)
        givers = tuple(k for m in got[1] for k in m.keys if k not in (receiver or ()))
        return None if receiver is None else Roles(
            givers, receiver, False, "obtained: the subject receives it", methods,
            None if givers else OBTAINED)
    if not passive and (shared == () or unnamed_attacker(sent, f, tok, lex)):  # "a suicide bomber killed 10 Iraqis"
        victims = tuple(dict.fromkeys(k for m in after for k in m.keys)) \
            or (attacked_place(sent, at, reg, tok, lex) if shared != () and f.code
                in lex.word_set("place_target_types") else ())
        methods.update({k: "place-of-event" for k in victims if k not in methods})
        return Roles((), victims, False, "unnamed attacker: the object is the recipient", methods,
                     ATTACKER) if victims else None
    subject = shared or participle_subject(sent, f, tok, lex) or relative_subject(
        sent, at, tok, reg, lex.clause_breaks) or authored(sent, f, tok, lex) \
        or subject_keys(before, tok, lex, sent, plain_verb(f, tok, lex))
    if passive:
        gerund = gerund_patient(sent, f, tok, lex) if f.first > sent.first \
            and tok.low[f.first - 1] == "being" else None  # "hunted after being accused of"
        subject = gerund or subject
        agents = [m for m in after if m.governed == "by"]
        if agents and (subject is not None or heads_agent(agents[0], f, sent, tok, lex)):
            return Roles(agents[0].keys, subject or (), False, "passive: agent after 'by'", methods)
        patient = None if agents else gerund or passive_patient(sent, before, subject, f, tok,
                                                                     lex, aside) \
            or owned_thing(sent, before, f, tok, lex)  # "German tax plan criticized"
        patient = patient or (None if agents else of_patient(sent, before, subject, f, tok, lex))
        if patient and charged_firm(sent, f, patient, tok, lex, reg):
            patient = None  # "former Microsoft employees were charged with ...": not the firm
        if patient is None and not agents:  # "29 people were killed in northern Iraq"
            patient = placed_patient(f, sent, tok, lex, reg)
            methods.update({k: "place-of-event" for k in patient or ()})
        return Roles((), patient, False, "passive without agent: the patient is the recipient",
                     methods, PASSIVE) if patient else None
    if subject is None and end < sent.last and tok.low[end] == "between" and len(after) >= 2:
        return Roles(after[0].keys, after[1].keys, True, "between X and Y", methods)
    pair = parties_between(f, sent, tok, lex) if subject is None else None
    if pair is not None:  # "talks have begun between X and Y" (talks_between.py)
        return Roles(pair[0].keys, pair[1].keys, True, "talks occurring between X and Y", methods)
    paired = pair_keys(f, sent, tok, reg) if subject is None else None
    if paired is not None:  # "U.S.-Japan talks" (paired_talks.py)
        methods.update({k: METHOD for k in paired})
        return Roles(paired[:1], paired[1:], True, "a hyphenated pair of countries", methods)
    if subject is None and f.code in lex.word_set("locative_actor_types"):
        places = [m for m in sent.mentions if m.locative]
        if places:
            return Roles(places[0].keys, (), False, "the country where it happened is the actor",
                         {k: "locative" for k in places[0].keys})
    if subject is None:  # "RAIDS IN PAKISTAN RAISE NEW FEARS": an unnamed attack on Pakistan
        placed = placed_attack(f, sent, tok, lex, reg)
        return Roles((), placed, False, PLACED_ATTACK, {k: "place-of-event" for k in placed},
                     ATTACKER) if placed else None
    if " ".join(tok.low[end : end + 2]) in _RECIPROCALS:
        return Roles(subject[:1], subject[1:2] or subject[:1], len(subject) > 1,
                     "reciprocal: the actors act on each other", methods)
    recipients: list[str] = []
    modifier = before[-1] if before and f.trigger.noun and before[-1].last == at else None
    if modifier is not None and modifier.governed is not None and modifier.keys[0] not in subject \
            and not after:  # "on an AU peace mission to Darfur": the AU runs it, Darfur gets it
        recipients.extend(modifier.keys)
    own = {f"country:{reg.actors[k].country}" for k in subject if reg.actors[k].type == "person"}
    own |= own_groups(subject, f.code, reg, lex)  # "Britain redeploys troops"
    for m in after:  # a leader's own people may be the recipient: "Karzai promises Afghans"
        recipients.extend(k for k in m.keys if k not in subject and k not in recipients
                          and (k not in own or people_of_country(m, tok, reg)))
    if len(subject) >= 2:
        recipients = [k for k in recipients if reg.actors[k].country or reg.actors[k].kb]
        recipients = own_people(recipients, subject, f, tok, lex, reg)  # "Greece and Albania
        # signed an accord on Albanian workers": the workers are no party
        recipients = deal_modifiers(recipients, subject, after, f, tok, lex)  # "sign US trade accord"
    if len(subject) >= 2 and not recipients and (f.code in lex.symmetric_types
                                                  or tok.low[f.first] in lex.symmetric_forms):
        return Roles(subject[:1], subject[1:2], True, "joint action: first-named is the actor",
                     methods)
    if len(subject) == 1 and not recipients and among_themselves(sent, f, before, tok, lex, reg):
        return Roles(subject, subject, True, "a group of one country meets among themselves",
                     methods)
    how = "noun modifier is the recipient" if modifier is not None and recipients \
        and recipients[0] in modifier.keys else "subject before, object after the trigger"
    owner = None if recipients else speaker_owner(f, sent, subject, tok, lex, reg)
    if owner is not None:  # "Iran said U.S. forces attacked two of its oil platforms": Iran
        recipients, methods[owner], how = [owner], "pronoun:speaker-country", SPEAKER_OWNS
    if not recipients and (lex.dictionary.types[f.code].requires_recipient
                           or f.mode in lex.word_set("place_recipient_modes")
                           or place_object(f, sent, tok, lex)):
        place = place_recipient(sent, at, subject, reg)
        if place is not None:
            recipients.append(place)
            methods[place] = "place-of-event"
            how = "no recipient named: the country where it happens (aid, trade, a visit)"
    if not recipients:  # "rebels killed 12 people in southern Burundi": Burundi
        target = domestic_target(f, sent, subject, tok, lex, reg) \
            or aimed_place(f, sent, subject, tok, lex, reg)  # "US air strikes in Mosul": Iraq
        if target is not None:
            recipients.append(target[0])
            methods[target[0]] = target[1]
            how = target[2]
    held = held_at_home(f, subject, recipients, lex, reg)  # "a Yemeni court jailed al Qaeda supporters"
    if held is not None:
        recipients, methods[held], how = [held], "actor-country", HELD
    if placed_by_object(subject, sent, f, recipients, reg, lex):  # "European leaders blamed the US"
        return Roles((), tuple(recipients), False, UNPLACED, methods, UNPLACED)
    return Roles(subject, tuple(recipients), False, how, methods)


def _casualty_in(f: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> int | None:
    """Where "in" stands when a noun trigger is the cause of casualties named before it ("two
    Palestinians were killed in an Israeli air strike"), else None."""
    if not f.trigger.noun:
        return None
    casualties = lex.word_set("casualty_words")
    for k in range(f.first - 1, max(sent.first, f.first - 4) - 1, -1):
        if tok.low[k] in ("in", "by"):  # "killed in an Israeli strike", "killed by a mortar attack"
            return k if casualties & set(tok.low[max(sent.first, k - 3) : k]) else None
    return None


def _caused(sent: Sentence, f: Found, at_in: int, tok: Tokens) -> Roles | None:
    """The actor of a deadly attack named by a noun is the actor right before the noun ("an
    Israeli air strike"); the victims named before "killed" are its recipients."""
    attacker = [m for m in sent.mentions if at_in < m.first and m.last == f.first
                and (f.code != "ASSAULT" or means_author(m, tok))]  # not a place: "killed in an Iraq ambush"
    if not attacker:
        return None  # "killed in a suicide bombing": the attacker is not named
    victims = subject_keys([m for m in sent.mentions if m.last <= at_in and not m.locative], tok)
    methods = {k: m.method for m in sent.mentions for k in m.keys}
    actor = attacker[-1].keys
    return Roles(actor, tuple(k for k in victims or () if k not in actor), False,
                 "casualties caused by the attack the noun names", methods)


def _reported_wrong(sent: Sentence, f: Found, tok: Tokens, lex: CoderLexicon) -> Roles | None:
    """A wrong reported by a speaker ("the WTO says the US ban violates trade laws"): the speaker
    accuses the wrongdoer named between the speech verb and the wrong; no speaker, no event."""
    speech = lex.word_set("speech_verbs")
    said = next((j for j in range(f.first - 1, sent.first - 1, -1) if tok.low[j] in speech), None)
    if said is None:
        return None
    speaker = subject_keys([m for m in sent.mentions if m.last <= said and not m.locative], tok)
    wrongdoer = subject_keys([m for m in sent.mentions if said < m.first and m.last <= f.first
                              and not m.locative], tok)
    if speaker is None or wrongdoer is None:
        return None
    methods = {k: m.method for m in sent.mentions for k in m.keys}
    return Roles(speaker, tuple(k for k in wrongdoer if k not in speaker) or wrongdoer, False,
                 "a wrong reported by a speaker: the speaker accuses the wrongdoer", methods)


