"""A trigger after a verb of expectation in its clause is foreseen, not done: "Belgian minister
sees new accord on EC oils", "analysts expect an OPEC agreement", "he predicted sanctions"
(`[words].expectation_verbs`; "expected to" is a future cue of the dictionary already)."""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.triggers import Found


def foreseen(found: list[Found], tok: Tokens, first: int, lex: CoderLexicon) -> list[Found]:
    """Each asserted trigger with an expectation verb at most `cue_scope` tokens before it, no
    clause break nor comma between, becomes future."""
    verbs = lex.word_set("expectation_verbs")
    if not found or verbs.isdisjoint(tok.low[first : found[-1].last]):
        return found  # triggers come in the order of the sentence
    out: list[Found] = []
    for f in found:
        hit = None
        if f.modality == "asserted":
            for j in range(f.first - 1, max(first, f.first - lex.cue_scope) - 1, -1):
                word = tok.low[j]
                if word in lex.clause_breaks or word == ",":
                    break
                if word in verbs:
                    hit = word
                    break
        out.append(f if hit is None else f._replace(
            modality="future", modality_reason=f"expectation verb '{hit}' before the trigger"))
    return out
