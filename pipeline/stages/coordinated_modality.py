"""A verb in its base form right after "and" continues the verb before it, so it shares that
verb's modality: "The king will hold talks with Thatcher and meet the Queen" (the meeting is
as future as the talks, though "will" lies past the cue window of "meet"), "agreed to set up a
committee and study the issue". In running text a finite verb after "and" in a story told in
the past has its "-ed" or irregular past form ("held talks and met the Queen"), so a bare
dictionary lemma there hangs from the modal or the "to" of the first verb."""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.triggers import Found

_LEMMAS: dict[int, frozenset[str]] = {}
# Words that may stand between "and" and the verb ("and later meet", "and also sign").
_ADVERBS = frozenset({"also", "later", "then", "possibly", "perhaps", "probably", "jointly",
                      "separately", "formally", "eventually", "finally", "subsequently"})
# How far back, past the "and", the verb it continues may stand.
_WINDOW = 14


def _lemmas(lex: CoderLexicon) -> frozenset[str]:
    """First words of the dictionary's verb entries (their base forms), minus any that is also
    an inflected form of another entry ("left" is no lemma here, "met" neither)."""
    key = id(lex.dictionary)
    found = _LEMMAS.get(key)
    if found is None:
        heads = {v.split()[0].lower() for t in lex.dictionary.types.values() for v in t.verbs}
        inflected = {f for forms in lex.dictionary.irregular.values() for f in forms}
        found = frozenset(heads - inflected)
        _LEMMAS[key] = found
    return found


def _after_and(tok: Tokens, at: int, first: int) -> int | None:
    """The index of the "and" before a trigger (past one adverb), else None."""
    j = at - 1
    if j > first and tok.low[j] in _ADVERBS:
        j -= 1
    return j if j > first and tok.low[j] == "and" else None


def shared_modality(found: list[Found], tok: Tokens, first: int, lex: CoderLexicon
                    ) -> list[Found]:
    """Each asserted base-form verb trigger right after "and" takes the modality of the verb
    trigger before it in the same clause, when that one is future or conditional."""
    if len(found) < 2 or "and" not in tok.low[first : found[-1].first]:
        return found  # most sentences: one trigger, or no "and" before the last one
    lemmas = _lemmas(lex)
    out: list[Found] = []
    for f in found:
        conj = None if f.modality != "asserted" or f.trigger.noun \
            or tok.low[f.first] not in lemmas else _after_and(tok, f.first, first)
        prev = None if conj is None else next(
            (g for g in reversed(found) if g.last <= conj and conj - g.last < _WINDOW), None)
        if prev is None or prev.modality not in ("future", "conditional") or conj is None \
                or any(w in lex.clause_breaks or w == "," for w in tok.low[prev.last : conj]):
            out.append(f)
            continue
        out.append(f._replace(modality=prev.modality, modality_reason=(
            f"a base-form verb after 'and' shares the modality of '{tok.low[prev.first]}'")))
    return out
