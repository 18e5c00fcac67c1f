"""Coordinated actors: which "and" or comma joins two actors and which joins two clauses ("Blair
met Chirac and Germany criticised ...", "After meeting Putin, Bush flew ..."), coordinated
patients of a passive, and a joint act's own people, who are no party to it."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.registry import Mention, Registry
from pipeline.stages.triggers import Found

# Words between a verb and its object's first word ("met the leaders").
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})
# Links of a list: "A, B and C", "A & B", "both A and B".
_LIST_WORDS = frozenset({"and", "&", "both"})


def _speech(lex: CoderLexicon) -> frozenset[str]:
    return lex.words_of("reporting_verbs", "speech_verbs")


def plain_verb(f: Found, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a trigger is a verb whose first word is no noun trigger ("met"; not "talks with",
    which may head a noun phrase: "took 15 years and talks with X and Y have been ...")."""
    if f.trigger.noun:
        return False
    first = lex.triggers.get((tok.low[f.first],))
    return first is None or not first.noun


def object_of_verb(m: Mention, tok: Tokens, first: int, lex: CoderLexicon) -> bool:
    """Whether a mention is the object of a verb right before it ("met Chirac"), so that an "and"
    after it joins two clauses, not two subjects ("Blair met Chirac and Germany criticised ...").
    A speech verb opens a clause instead ("said Britain and France agreed"); a gerund takes an
    object ("After meeting Putin, Bush flew ...")."""
    j = m.first - 1
    while j > first and tok.low[j] in _DETERMINERS:
        j -= 1
    word = tok.low[j]
    if j < first or word != tok.text[j] or word in _speech(lex):
        return False
    trig = lex.triggers.get((word,))
    return trig is not None and trig.verb and (not trig.noun or word.endswith("ing"))


def comma_only(chain: Sequence[Mention], tok: Tokens) -> bool:
    """Whether a chain of mentions is joined by commas alone ("Ruehe, Germany's defence minister,"),
    no list: a list has "and" ("A, B and C")."""
    return len(chain) > 1 and all(
        _LIST_WORDS.isdisjoint(tok.low[a.last : b.first]) for a, b in itertools.pairwise(chain))


def with_conjuncts(near: Mention, before: Sequence[Mention], tok: Tokens,
                   joiners: frozenset[str]) -> tuple[str, ...]:
    """The keys of a mention and of the mentions coordinated with it before it, under the same
    preposition ("delegates from France and Germany were invited": both), when an "and" joins
    them; else the mention's own keys."""
    chain = [near]
    for p in reversed([m for m in before if m.last <= near.first]):
        between = tok.low[p.last : chain[-1].first]
        if p.governed != near.governed or not between or not all(w in joiners for w in between):
            break
        chain.append(p)
    chain.reverse()
    if comma_only(chain, tok) or len(chain) == 1:
        return near.keys
    return tuple(dict.fromkeys(k for m in chain for k in m.keys))


def own_people(recipients: list[str], subject: tuple[str, ...], f: Found, tok: Tokens,
               lex: CoderLexicon, reg: Registry) -> list[str]:
    """For several subjects of a symmetric act, a group of one subject's own country after the
    trigger is what the act is about, no party to it: "Greece and Albania signed an accord to
    legalise Albanian workers", "India and Pakistan agreed to free Pakistani prisoners" are one
    agreement between the two (the joint action), not with the workers or the prisoners."""
    if f.code not in lex.symmetric_types and tok.low[f.first] not in lex.symmetric_forms:
        return recipients
    countries = {reg.actors[k].country for k in subject}
    return [k for k in recipients
            if reg.actors[k].type != "group" or reg.actors[k].country not in countries]


def sent_by(m: Mention, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a mention after "from" names who sent a delegation or a message
    (`delegation_nouns`, `message_nouns`: "Representatives from Armenia and Azerbaijan held
    talks", "A message from Clinton congratulated Ukraine"); not "supplies from Turkmenistan"."""
    j = m.first - 1
    if j > 0 and tok.low[j] == "the":
        j -= 1
    return j > 0 and tok.low[j] == "from" and (
        tok.low[j - 1] in lex.word_set("delegation_nouns")
        or tok.low[j - 1] in lex.word_set("message_nouns"))
