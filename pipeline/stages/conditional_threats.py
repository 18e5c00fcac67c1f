"""A sanction, an arrest or an attack held out on a condition is a threat (session 19).

"EU ministers agreed to tighten sanctions against Myanmar if it does not improve its record",
"the ministers agreed to impose tariffs on Japanese goods unless Tokyo opened its markets": the
sanction is not a fact (the trigger is flagged future or conditional), but holding it out until
the other side acts is one: THREATEN (CAMEO 1312 for a sanction, 138 for force), asserted, with
the sanction's actor and recipient. The condition must follow the trigger in its sentence:
"unless", or "if" with a negation or a failure in the next few words ("if it does not",
"if Tokyo fails to"), so "would hurt trade if imposed" stays a plain conditional.
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.triggers import Found

_MODES = {"SANCTION": "sanction", "COERCE": None, "ASSAULT": "military"}


def _party(tok: Tokens, at: int, last: int, occupied: set[int], lex: CoderLexicon) -> bool:
    """Whether the condition's subject is a party: an actor mention or a pronoun
    (`threat_condition_subjects`), after "the" ("unless Tokyo opened", "if the Japanese do not",
    "if it does not"; not "unless the trade actions would harm the economy")."""
    if at < last and tok.low[at] == "the":
        at += 1
    return at < last and (at in occupied or tok.low[at] in lex.word_set("threat_condition_subjects"))


def _condition_after(tok: Tokens, end: int, last: int, occupied: set[int], lex: CoderLexicon
                     ) -> bool:
    """Whether "unless", or "if" + a negation (`threat_condition_negations`) within six words,
    with a party as its subject, follows the trigger before the sentence's end or a clause break
    other than a comma."""
    negations = lex.word_set("threat_condition_negations")
    stop = min(last, end + lex.cue_scope * 3)
    for j in range(end, stop):
        word = tok.low[j]
        if word in (";", ":") or (word == "." and j + 1 == last):
            return False
        if word == "unless":
            return _party(tok, j + 1, last, occupied, lex)
        if word == "if" and tok.low[j - 1] != "even" and any(
                w in negations for w in tok.low[j + 1 : min(last, j + 7)]):
            return _party(tok, j + 1, last, occupied, lex)
    return False


def conditional_threats(found: list[Found], tok: Tokens, last: int, occupied: set[int],
                        lex: CoderLexicon) -> list[Found]:
    """A SANCTION, COERCE or ASSAULT trigger flagged future or conditional with a condition
    after it becomes a THREATEN trigger, asserted; unchanged when the sentence already has a
    THREATEN trigger ("threatened sanctions unless ...": the threat is coded from the verb)."""
    held = False
    for f in found:  # a plain loop: this runs for every sentence with a trigger
        if f.code == "THREATEN":
            return found
        held = held or (f.code in _MODES and f.modality != "asserted")
    if not held:
        return found
    out: list[Found] = []
    for f in found:
        if f.code in _MODES and f.modality in ("future", "conditional") \
                and _condition_after(tok, f.last, last, occupied, lex):
            out.append(Found(f.first, f.last, f.trigger, "THREATEN", _MODES[f.code], "asserted",
                             f"{f.code} held out on a condition"))
        else:
            out.append(f)
    return out
