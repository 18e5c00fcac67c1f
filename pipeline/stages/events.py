"""Event coding: who did what to whom, from dictionary triggers and the actor mentions around them."""

from __future__ import annotations

import datetime as dt

from pipeline.stages.bans import goods_ban
from pipeline.stages.compound_heads import compound_modifier
from pipeline.stages.condemnations import condemned_roles, framed
from pipeline.stages.conditional_threats import conditional_threats
from pipeline.stages.contexts import quarrel, time_ahead
from pipeline.stages.coordinated_modality import shared_modality
from pipeline.stages.coordinated_verbs import contrasted, coordinated, shared_object
from pipeline.stages.dealt_blows import blow_dealt
from pipeline.stages.degree_participles import degree_participle
from pipeline.stages.dismissals import dismissed_claim
from pipeline.stages.disputed_claims import disputed_content
from pipeline.stages.event_drafts import draft
from pipeline.stages.event_retypes import official_protest, prohibiting_order, verbal_attack
from pipeline.stages.expectations import foreseen
from pipeline.stages.figurative import figurative_fight
from pipeline.stages.filters import usable
from pipeline.stages.firm_actors import without_firm_countries
from pipeline.stages.firm_parties import firm_party
from pipeline.stages.forced_chain import force_chained
from pipeline.stages.headlines import headline_passive
from pipeline.stages.lexicon import CoderLexicon, Trigger
from pipeline.stages.lone_talks import lone_talks
from pipeline.stages.mentions import Tokens
from pipeline.stages.named_claims import named_claim
from pipeline.stages.near_deals import near_deals
from pipeline.stages.nominal import possessed_verb
from pipeline.stages.noun_subjects import complement_modality
from pipeline.stages.obligations import obliged_named, others_obliged, suspended
from pipeline.stages.passive_conjunct import conjunct_passive
from pipeline.stages.pleas import legal_plea
from pipeline.stages.pledges import home_only, policy_pledge
from pipeline.stages.quarrels import civil_quarrel
from pipeline.stages.received_acts import receiving_hosts
from pipeline.stages.registry import Registry
from pipeline.stages.relatives import unnamed_antecedent
from pipeline.stages.retype import expelled_people, hostage_taking
from pipeline.stages.roles import Roles, roles_for
from pipeline.stages.rulings import court_ruling
from pipeline.stages.sentence import Sentence
from pipeline.stages.statements import states_view
from pipeline.stages.struck_deals import struck_deal
from pipeline.stages.topic_quarrels import topic_quarrel
from pipeline.stages.travel import hostless_journey, trip_back
from pipeline.stages.trigger_content import content_rule, refusals
from pipeline.stages.trigger_senses import blast_noun, labour_strike
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
        or opening_attack_noun(f, sent, tok, lex) or blast_noun(f, sent, tok, lex) \
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
                {",", *lex.word_set("prepositions"), *lex.word_set("recipient_breaks")}
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
    judging = lex.word_set("condemning_words")  # "said X was illegal": condemnations.py
    found: list[Found] = []
    for at, end, trig in hits:
        if trig.noun and not trig.verb and end in heads:
            continue  # a noun modifying the noun trigger after it: "pact talks", "truce talks"
        if trig.noun and end < sent.last and tok.low[end] in lex.word_set("modified_heads"):
            continue  # a trigger word modifying a noun: "aid workers", "Appeals Court"
        if not trig.noun and tok.low[end - 1].endswith("ing") and end < sent.last \
                and tok.low[end] in lex.word_set("participle_heads"):
            continue  # a participle describing a noun: "grain exporting firms", "warring parties"
        code = choose_type(trig, tok.low[sent.first : sent.last], lex)
        if compound_modifier(trig, at, end, sent.last, code, tok, lex):
            continue  # "bomb victims", "a murder inquiry", "the kidnapping trial"
        mod, why = modality(tok, at, sent.first, sent.index, occupied, lex)
        if end < sent.last and not trig.noun and tok.low[end] in lex.word_set("post_negation"):
            mod, why = "negated", f"'{tok.low[end]}' right after the trigger"
        elif trig.noun and mod == "asserted":
            mod, why = subject_modality(tok, end, sent.last) or complement_modality(
                tok, at, end, sent.first, sent.last, sent.index, occupied, lex) or infinitive_object(
                tok, at, sent.first, sent.index, occupied, lex) or time_after(
                tok, end, sent.last, lex) or (mod, why)
        elif mod == "asserted" and tok.caps[sent.index] and tok.low[at].endswith("s"):
            # an "-s" form after an infinitive and its actor is a noun, its object: "to ward off
            # US calls for sanctions" (running text; a headline's "US Calls for ..." is a verb)
            mod, why = infinitive_object(tok, at, sent.first, sent.index, occupied, lex) or (mod, why)
        found.append(Found(at, end, trig, code,
                           choose_mode(tok, sent.first, sent.last, at, code, lex, trig.tokens),
                           mod, why))
    found = [disputed_content(progressive_ahead(time_ahead(f, sent, tok, lex), sent, tok, lex),
                              sent, tok, lex)  # "meets Baker next week", "is discussing the
             for f in found]  # issue next Monday", "denied reports that X attacked Y"
    found = shared_modality(found, tok, sent.first, lex)  # "will hold talks and meet the Queen"
    found = near_deals(foreseen(found, tok, sent.first, lex), tok, sent.first, sent.last, lex)  # "minister
    # sees new accord", "NEARS BUDGET AGREEMENT"
    found = [f for f in force_chained(found, sent, tok, lex)  # "a quake hit Bali, killing one"
             if not court_ruling(f, sent, tok, lex)  # "the Supreme Court agreed to hear"
             and not degree_participle(f, sent, tok, lex)  # "the most promising market"
             and not (f.code == "AGREE" and blow_dealt(f, tok, sent.last, lex))]  # "deals blow"
    found = [framed(f, sent, tok, occupied, lex) if tok.low[f.first] in judging else f
             for f in found if not _no_act(f, sent, tok, lex)]
    found = [labour_strike(struck_deal(goods_ban(expelled_people(hostage_taking(
        f, tok, sent.first, sent.last, lex), tok, sent.last, lex), tok, sent.first, sent.last,
        lex), tok, sent.first, sent.last, lex), tok, sent.first, sent.last, lex)  # "strikes a
        # gas deal": AGREE; "dock strike": PROTEST
             for f in content_rule(found, tok, lex)
             if tok.low[f.first] in judging or usable(f, sent, tok, lex, heads)]  # framed_hits checked it
    found = receiving_hosts(found, sent, tok, lex) if len(found) > 1 else found  # "received a
    # request from": no visit
    found = [f for f in conditional_threats(refusals(_objects_merged(  # "sanctions unless ...": THREATEN
        found, tok, lex, sent.names), tok, lex), tok, sent.last, occupied, lex)
             if not dismissed_claim(f, sent, tok, lex)  # "brushed off suggestions": a comment
             and not named_claim(f, sent, tok, lex)  # "called charges that he ... false"
             and not trip_back(f, sent, tok, lex)]  # "he returned to Bonn": no RETREAT
    keyed: list[tuple[tuple[str, str, str, str], EventDraft]] = []
    seen: set[tuple[str, str, str, str]] = set()
    last_verb: tuple[Found, Roles] | None = None
    cast = without_firm_countries(sent, tok, lex) if found else sent  # "IBM Canada filed suit"
    for n, f in enumerate(found):
        passive = is_passive(tok, f.first, sent.first, sent.index, lex, f.last) \
            or headline_passive(sent, f, tok, lex)  # "Minister accused of lying"
        lead = conjunct_passive(tok, f, sent.first, sent.last, lex)
        passive = passive or lead is not None  # "was held and charged": the first verb's patient
        shared = coordinated(last_verb, f, passive, tok, not tok.caps[sent.index])
        roles = condemned_roles(cast, f, tok, lex, reg) if tok.low[f.first] in judging \
            else roles_for(cast, lead or f, passive, tok, lex, reg,
                           contrasted(last_verb, f, passive, tok) if shared is None else shared)  # "said X was illegal"
        if roles is None:
            continue
        roles = others_obliged(f, shared_object(roles, shared, last_verb), reg, lex)
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
        if firm_party(f, roles, reg, lex):
            continue  # "Microsoft signs two Indian deals": company news
        if lone_talks(f, roles, sent, tok, lex):
            continue  # "EC farm ministers meet again": no one to consult
        f = quarrel(verbal_attack(official_protest(prohibiting_order(f, tok, lex), roles, reg,
                                                   lex, tok), tok, lex), roles, reg, tok, lex)
        f, roles = topic_quarrel(f, roles, sent, reg, tok, lex)  # "clashed over Iraq"
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
                keyed.append((key, draft(sent, f, cameo, actor, recipient, roles, reg, published)))
    named = {(code, recipient, mod) for code, actor, recipient, mod in seen if actor}
    # "two Palestinians were killed in an Israeli strike": the strike's actor is named, so the
    # passive verb's event with no actor is the same event
    return [d for (code, actor, recipient, mod), d in keyed
            if actor or (code, recipient, mod) not in named]


