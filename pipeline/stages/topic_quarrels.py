"""Civilians who clash over something quarrel about it (session 20, accuse20).

"Bush and Kerry clashed over Iraq", "the president clashed over how to proceed with the talks on
Pyongyang's programme": a verb of `quarrel_forms` right before "over" or "about", whose actors
are all civilians (`quarrels.civilian`: persons, parties, civilian bodies), is a verbal quarrel
(ACCUSE/disapprove), and the actors named in what they quarrel over are its topic, not its
target. `quarrels.civil_quarrel` already retypes such a verb when its recipients are civilians
too, or none is named; a country named after "over" left it an attack on that country (USA
ASSAULT IRQ). Here the recipients named after the verb are dropped (those named before it in its
clause, the other side of "Labour and the Tories clashed", stay): two civilian actors quarrelling are actor
and recipient (the first-named acts), one alone has no recipient. A sentence with casualties keeps
the violence.
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.quarrels import civilian
from pipeline.stages.registry import Registry
from pipeline.stages.roles import Roles
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

_TOPIC = frozenset({"over", "about"})
QUARREL = "civilians quarrel over a topic: its actors are no recipients"


def topic_quarrel(f: Found, roles: Roles, sent: Sentence, reg: Registry, tok: Tokens,
                  lex: CoderLexicon) -> tuple[Found, Roles]:
    """An ASSAULT verb of quarrel right before "over"/"about" by civilians only: ACCUSE, with the
    topic's actors dropped from the recipients; else the trigger and roles unchanged."""
    first, last = sent.first, sent.last
    if f.code != "ASSAULT" or f.trigger.noun or not roles.actors or not roles.recipients \
            or f.last >= last or tok.low[f.last] not in _TOPIC \
            or f.trigger.tokens[0] not in lex.word_set("quarrel_forms") \
            or not all(civilian(reg.actors[k], lex) for k in roles.actors) \
            or not lex.word_set("casualty_words").isdisjoint(tok.low[first:last]):
        return f, roles
    found = Found(f.first, f.last, f.trigger, "ACCUSE", "disapprove", f.modality,
                  f.modality_reason)
    breaks = lex.clause_breaks | lex.word_set("subordinators")
    clause = next((j for j in range(f.first - 1, first - 1, -1) if tok.low[j] in breaks), first)
    before = {k for m in sent.mentions if clause <= m.first and m.last <= f.first for k in m.keys}
    kept = tuple(k for k in roles.recipients if k in before)  # "Labour and the Tories clashed"
    if kept:
        return found, Roles(roles.actors, kept, roles.joint, QUARREL, roles.methods)
    if len(roles.actors) >= 2:
        return found, Roles(roles.actors[:1], roles.actors[1:2], True, QUARREL, roles.methods)
    return found, Roles(roles.actors, (), False, QUARREL, roles.methods)
