"""Quarrels between civilians: "the judge clashed with ministers", "the Parliament clashed with the
Commission over the budget" are verbal attacks (ACCUSE), not violence."""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.registry import ActorInfo, Registry
from pipeline.stages.roles import Roles
from pipeline.stages.triggers import Found
from pipeline.stages.unnamed import PASSIVE

# After a passive quarrel verb these name what its civilian patients are blamed for ("attacked
# over the poster", "attacked for his remarks"): words, not violence.
_BLAME = frozenset({"over", "about", "for", "on"})
_CIVIL_TYPES = frozenset({"person", "party", "company", "ngo", "media", "igo", "government_body"})


def civilian(info: ActorInfo, lex: CoderLexicon) -> bool:
    """Whether an actor fights with words only: a person, a party, a firm, a civilian state body
    (not one of `armed_bodies`) or a group named by an office (`civilian_groups`: judges,
    ministers, unions); countries, armed groups, police, troops and crowds are not."""
    if info.type == "group":
        return info.key.rsplit(":", 1)[-1] in lex.word_set("civilian_groups")
    if info.type not in _CIVIL_TYPES:
        return False
    return info.kb is None or info.kb.id not in lex.word_set("armed_bodies")


def civil_quarrel(f: Found, roles: Roles, reg: Registry, tok: Tokens, first: int, last: int,
                  lex: CoderLexicon) -> Found:
    """An ASSAULT verb of quarrel (`quarrel_forms`) whose actors are all civilians and whose
    recipients are civilians too, or who quarrel "over"/"about" something with no one named, is
    ACCUSE/disapprove; a sentence with casualties ("killed", "injured") keeps the violence. The
    form may also be a noun ("Tories attack EU plans", "launched an attack on Labour's record"):
    a civilian's attack is verbal either way; not an "-ing" form, which as a noun is fighting
    ("since he began fighting the government")."""
    if f.code == "ASSAULT" and roles.unnamed == PASSIVE and _blamed(f, roles, reg, tok, last, lex):
        return Found(f.first, f.last, f.trigger, "ACCUSE", "disapprove", f.modality,
                     f.modality_reason)  # "Labour attacked over its poster"
    if f.code != "ASSAULT" or not roles.actors \
            or f.trigger.tokens[0] not in lex.word_set("quarrel_forms") \
            or (f.trigger.noun and f.trigger.tokens[0].endswith("ing")) \
            or not all(civilian(reg.actors[k], lex) for k in roles.actors) \
            or not lex.word_set("casualty_words").isdisjoint(tok.low[first:last]):
        return f
    if roles.recipients:
        if not all(civilian(reg.actors[k], lex) for k in roles.recipients):
            return f
    elif {"over", "about"}.isdisjoint(tok.low[f.last : min(last, f.last + 3)]):
        return f
    return Found(f.first, f.last, f.trigger, "ACCUSE", "disapprove", f.modality, f.modality_reason)


def _blamed(f: Found, roles: Roles, reg: Registry, tok: Tokens, last: int,
            lex: CoderLexicon) -> bool:
    """Whether a passive quarrel verb with no agent (`quarrel_forms`) has only civilian patients
    and is followed by what they are blamed for ("Labour attacked on poster", "the firm was
    attacked over its prices"), not by a means or a place of violence ("attacked with slurry")."""
    return f.trigger.tokens[0] in lex.word_set("quarrel_forms") \
        and bool(roles.recipients) and f.last < last and tok.low[f.last] in _BLAME \
        and all(civilian(reg.actors[k], lex) for k in roles.recipients) \
        and lex.word_set("casualty_words").isdisjoint(tok.low[f.first:last])
