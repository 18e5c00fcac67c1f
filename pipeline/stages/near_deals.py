"""An agreement near is not yet made (session 21, agree21).

"U.S. NEARS BUDGET AGREEMENT", "TREASURY OFFICIAL SAYS PHILIPPINE PACT VERY NEAR", "Deal
Nears", "the two sides are close to a deal", "ACCORD SEEN NEAR": the parties are reported
nearing an agreement, which is no agreement yet. An asserted AGREE trigger becomes future when
a word of nearness (`near_words`: near, nears, nearing, neared, imminent; `near_to_words`:
close, closer, only with "to" after them) stands before it in its clause, at most `cue_scope`
tokens away, or right after it, with at most words of `near_gap` between ("is", "seen", "very":
"the pact is very near", "accord seen near"). "near" before a place ("signed an accord near the
border") never reaches the trigger, which comes first.
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.triggers import Found

AFTER_REACH = 3  # words of `near_gap` between the trigger and the word of nearness
_NEAR = ("near_words", "near_to_words")


def _near_before(f: Found, tok: Tokens, first: int, lex: CoderLexicon) -> str | None:
    """The word of nearness before the trigger in its clause ("nears a budget agreement",
    "close to a deal"), or None."""
    near = lex.word_set("near_words")
    near_to = lex.word_set("near_to_words")
    for j in range(f.first - 1, max(first, f.first - lex.cue_scope) - 1, -1):
        word = tok.low[j]
        if word in lex.clause_breaks or word == ",":
            return None
        if word in near or (word in near_to and tok.low[j + 1] == "to"):
            return word
    return None


def _near_after(f: Found, tok: Tokens, last: int, lex: CoderLexicon) -> str | None:
    """The word of nearness right after the trigger, past `near_gap` words ("pact very near",
    "deal nears", "accord seen near"), or None."""
    gap = lex.word_set("near_gap")
    near = lex.word_set("near_words")
    near_to = lex.word_set("near_to_words")
    j = f.last
    while j < last and j - f.last < AFTER_REACH and tok.low[j] in gap:
        j += 1
    if j >= last:
        return None
    word = tok.low[j]
    if word in near or (word in near_to and (j + 1 == last or tok.low[j + 1] in (",", "."))):
        return word  # "a deal is close." ends there; "close to" here is a place or a figure
    return None


def near_deals(found: list[Found], tok: Tokens, first: int, last: int, lex: CoderLexicon
               ) -> list[Found]:
    """Each asserted AGREE trigger with a word of nearness before or right after it becomes
    future (see the module)."""
    if not found or lex.words_of(*_NEAR).isdisjoint(tok.low[first:last]):
        return found  # most sentences name no nearness
    out: list[Found] = []
    for f in found:
        hit = None
        if f.code == "AGREE" and f.modality == "asserted":
            hit = _near_before(f, tok, first, lex) or _near_after(f, tok, last, lex)
        out.append(f if hit is None else f._replace(
            modality="future", modality_reason=f"agreement '{hit}', not yet made"))
    return out
