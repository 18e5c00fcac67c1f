"""Types that the words after a trigger or its actors change: a prohibiting order (COERCE), a state's protest and a verbal attack (ACCUSE)."""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.obligations import in_office
from pipeline.stages.registry import Registry
from pipeline.stages.roles import Roles
from pipeline.stages.triggers import Found


def prohibiting_order(f: Found, tok: Tokens, lex: CoderLexicon) -> Found:
    """A DEMAND noun followed by a participle of prohibition (`prohibition_words`: "an order
    preventing a strike") is an administrative restriction, COERCE/restrict (CAMEO 172)."""
    if f.code != "DEMAND" or not f.trigger.noun or f.last >= len(tok.low) \
            or tok.low[f.last] not in lex.word_set("prohibition_words"):
        return f
    return Found(f.first, f.last, f.trigger, "COERCE", "restrict", f.modality, f.modality_reason)


def official_protest(f: Found, roles: Roles, reg: Registry, lex: CoderLexicon, tok: Tokens
                     ) -> Found:
    """A protest by a state (a country, a ministry, an office holder) is an official complaint,
    ACCUSE (CAMEO 114), not a demonstration: "Japan protests Chinese submarine intrusion"."""
    if f.code != "PROTEST" or not roles.actors or "where it happened" in roles.how \
            or f.trigger.tokens[0] not in lex.word_set("complaint_forms") \
            or lex.word_set("crowd_words") & set(tok.low[max(0, f.first - 6) : f.first]):
        return f  # the crowd in a place ("thousands of Iraqis protested") is not the state, and
    # a state's "rally" or "strike" is no complaint
    states = lex.word_set("state_groups")
    for key in roles.actors:
        info = reg.actors[key]
        kb_state = (info.kb is not None and info.kb.type == "government_body") \
            or in_office(info, reg)
        group_state = info.type == "group" and key.rsplit(":", 1)[-1] in states
        if not (info.type == "country" or kb_state or group_state):
            return f
    return Found(f.first, f.last, f.trigger, "ACCUSE", "complain", f.modality,
                 f.modality_reason)


def verbal_attack(f: Found, tok: Tokens, lex: CoderLexicon) -> Found:
    """An ASSAULT verb whose object is a proposal, a policy, remarks ... is a verbal attack,
    ACCUSE: "Chirac attacked the budget proposals"."""
    if f.code != "ASSAULT" or f.trigger.noun:
        return f
    objects = lex.word_set("verbal_objects")
    after = tok.low[f.last : min(len(tok.low), f.last + 4)]
    if ":" in after:  # a headline's credit: "Italian taken hostage in Iraq: report"
        after = after[: after.index(":")]
    if not objects & set(after):
        return f
    return Found(f.first, f.last, f.trigger, "ACCUSE", "disapprove", f.modality, f.modality_reason)
