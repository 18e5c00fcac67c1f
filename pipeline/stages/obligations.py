"""Acts not done: "Iran said the United States must withdraw" is Iran's DEMAND on the US, no
withdrawal; "suspended cooperation" is no cooperation."""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.registry import ActorInfo, Registry
from pipeline.stages.roles import Roles
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

_OPENERS = frozenset({"if", "when", "unless", "because", "while", "although", "whether", "once"})


def is_obligation(f: Found, lex: CoderLexicon) -> bool:
    """Whether a trigger is a modal of obligation coded as a demand (`obligation_triggers`)."""
    return not f.trigger.noun and f.trigger.tokens[0] in lex.word_set("obligation_triggers")


def obliged_named(f: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether the modal's own subject is a named actor right before it ("said Japan must open"),
    past at most one adverb (`obligation_adverbs`: "also", "now"), itself right after a speech
    verb ("said (that) Japan must"); "Iran's application must", "a bill that Congress must pass"
    and "said if Japan acts ... must" report no demand."""
    if not is_obligation(f, lex):
        return True
    at = f.first
    if at - 1 >= sent.first and tok.low[at - 1] in lex.word_set("obligation_adverbs"):
        at -= 1
    speech = lex.word_set("speech_verbs")
    for m in sent.mentions:
        if m.last != at or m.locative:
            continue
        lead = tok.low[max(sent.first, m.first - 5) : m.first]  # "said (on Monday) (that) Japan must"
        said = max((k for k, w in enumerate(lead) if w in speech), default=None)
        if said is not None and all(w.isalpha() and w not in _OPENERS for w in lead[said + 1 :]):
            return True
    return False


def others_obliged(f: Found, roles: Roles, reg: Registry, lex: CoderLexicon) -> Roles | None:
    """A speaker's obligation on their own country ("Reagan said the United States must do more"),
    or an office holder's on their own government ("the minister insisted the government must
    press on"), is a statement of policy, no demand: that recipient goes; None when no other is
    left. A union leader's "the government must" stays a demand."""
    if not is_obligation(f, lex):
        return roles
    own = {reg.actors[k].country for k in roles.actors}
    officials = all(in_office(reg.actors[k], reg) for k in roles.actors)
    states = lex.word_set("state_groups")
    kept = tuple(k for k in roles.recipients if not (reg.actors[k].country in own and (
        reg.actors[k].type == "country" or (officials and reg.actors[k].type == "group"
                                            and k.rsplit(":", 1)[-1] in states))))
    if not kept:
        return None
    return Roles(roles.actors, kept, roles.joint, roles.how, roles.methods, roles.unnamed)


def suspended(f: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a trigger is the object of a verb of suspension (`suspension_verbs`), past up to two
    modifiers: "suspended cooperation with the IAEA", "halted its military aid", "to halt
    threatened sanctions" state no cooperation, aid or threat. A verb of suspension that is itself
    a trigger phrase ("suspend aid", "halt talks": SANCTION) is coded by the dictionary."""
    verbs = lex.word_set("suspension_verbs")
    for j in range(f.first - 1, max(sent.first, f.first - 3) - 1, -1):
        if tok.low[j] in verbs:
            return True
        if not tok.low[j].isalpha():
            return False
    return False


def in_office(info: ActorInfo, reg: Registry) -> bool:
    """Whether an actor is a person the KB has in an office on the article's day."""
    return info.kb is not None and info.kb.type == "person" and bool(info.kb.roles_on(reg.day))
