"""Quarrels between civilians: "the judge clashed with ministers", "the Parliament clashed with the
Commission over the budget" are verbal attacks (ACCUSE), not violence."""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.resolve import ActorInfo, Registry
from pipeline.stages.roles import Roles
from pipeline.stages.triggers import Found

_CIVIL_TYPES = frozenset({"person", "party", "company", "ngo", "media", "igo", "government_body"})


def civilian(info: ActorInfo, lex: CoderLexicon) -> bool:
    """Whether an actor fights with words only: a person, a party, a firm, a civilian state body
    (not one of `armed_bodies`) or a group named by an office (`civilian_groups`: judges,
    ministers, unions); countries, armed groups, police, troops and crowds are not."""
    if info.type == "group":
        return info.key.rsplit(":", 1)[-1] in lex.words.get("civilian_groups", frozenset())
    if info.type not in _CIVIL_TYPES:
        return False
    return info.kb is None or info.kb.id not in lex.words.get("armed_bodies", frozenset())


def civil_quarrel(f: Found, roles: Roles, reg: Registry, tok: Tokens, first: int, last: int,
                  lex: CoderLexicon) -> Found:
    """An ASSAULT verb of quarrel (`quarrel_forms`) whose actors are all civilians and whose
    recipients are civilians too, or who quarrel "over"/"about" something with no one named, is
    ACCUSE/disapprove; a sentence with casualties ("killed", "injured") keeps the violence."""
    if f.code != "ASSAULT" or f.trigger.noun or not roles.actors \
            or f.trigger.tokens[0] not in lex.words.get("quarrel_forms", frozenset()) \
            or not all(civilian(reg.actors[k], lex) for k in roles.actors) \
            or not lex.words.get("casualty_words", frozenset()).isdisjoint(tok.low[first:last]):
        return f
    if roles.recipients:
        if not all(civilian(reg.actors[k], lex) for k in roles.recipients):
            return f
    elif {"over", "about"}.isdisjoint(tok.low[f.last : min(last, f.last + 3)]):
        return f
    return Found(f.first, f.last, f.trigger, "ACCUSE", "disapprove", f.modality, f.modality_reason)
