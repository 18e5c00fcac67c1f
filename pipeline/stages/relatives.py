"""The subject of a relative clause is the mention right before its comma and "who"/"which",
also when a preposition governs that mention ("after speaking to Ischinger, who had met the
officials": Ischinger met them; "a row with the EU, which slapped a ban on ...": the EU), where
the nearest ungoverned mention before the verb would otherwise be taken. When no mention ends at
the comma of an active ", who" clause (a name the KB lacks, "a senior aide"), the verb has no
named actor and codes nothing (`unnamed_antecedent`, checked in `events`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

if TYPE_CHECKING:
    from pipeline.stages.registry import Registry

# Words that may stand between the relative word and the verb ("who had earlier met").
_MAX_BETWEEN = 3
_PEOPLE = frozenset({"person", "group"})
_RELATIVES = frozenset({"who", "which"})


def relative_subject(sent: Sentence, at: int, tok: Tokens, reg: Registry,
                     breaks: frozenset[str]) -> tuple[str, ...] | None:
    """The antecedent's keys when the trigger at `at` opens a relative clause (", who met",
    ", which has since imposed"): "who" takes a person or a group, or the country or body after
    "of" whose office holder it names ("the ambassador of Iraq, who"), "which" no person."""
    low = tok.low
    lo = max(sent.first, at - 1 - _MAX_BETWEEN)
    if _RELATIVES.isdisjoint(low[lo:at]):
        return None
    j = next(k for k in range(at - 1, lo - 1, -1) if low[k] in _RELATIVES)
    if j - 2 < sent.first or low[j - 1] != "," \
            or any(tok.low[k] in breaks or tok.low[k] == "," for k in range(j + 1, at)):
        return None
    if any(j < m.first < at for m in sent.mentions):
        return None
    antecedent = next((m for m in sent.mentions if m.last == j - 1), None)
    if antecedent is None or not antecedent.keys or antecedent.locative:
        return None
    people = {reg.actors[k].type for k in antecedent.keys} <= _PEOPLE
    if tok.low[j] == "which" and people:
        return None
    if tok.low[j] == "who" and not people and antecedent.governed != "of":
        return None  # "the ambassador of Iraq, who": the ambassador is Iraq's
    return antecedent.keys


# Unnamed antecedents: how many words may stand between "who" and the verb ("who this week criticised").
_GAP = 3
# Words that make the clause passive: its subject is then the patient ("who was arrested by").
_PASSIVE = frozenset({"was", "were", "been", "being", "is", "are", "be"})


def _comma_before_who(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> int | None:
    """The comma of ", who" opening an active relative clause whose verb is `found`, if any."""
    start = found.first - _GAP - 1
    if found.trigger.noun or "who" not in tok.low[start if start > sent.first else sent.first
                                                  : found.first]:
        return None  # the common case, with no call
    for k in range(found.first - 1, max(sent.first + 1, found.first - _GAP - 1) - 1, -1):
        word = tok.low[k]
        if word == "who":
            return k - 1 if tok.low[k - 1] == "," and k - 2 >= sent.first else None
        if k in sent.names or word in _PASSIVE or not word.isalpha() or word in lex.clause_breaks:
            return None
    return None


def unnamed_antecedent(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a verb opens a relative clause whose antecedent is no mention (see the module)."""
    comma = _comma_before_who(found, sent, tok, lex)
    return comma is not None and (comma - 1) not in sent.names
