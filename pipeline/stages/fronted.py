"""A place phrase that opens a sentence ends at its comma: "In Paris, Britain and Japan agreed
..." names the subjects after the comma, not more places. Mentions joined by commas and "and"
after a preposition share it ("in Sri Lanka and Indonesia"); at the sentence's start the list
goes on past the comma only when it closes with a comma of its own before the main clause ("In
Sri Lanka, Indonesia and Thailand, floods killed ..."), not when a verb follows it ("In London,
the U.S. was supported by ...")."""

from __future__ import annotations

from pipeline.stages.mentions import Tokens

_LIST = frozenset({",", "and", "or", "the", "&"})
_LOOKAHEAD = 30


def opens_clause(tok: Tokens, prev_first: int, prev_last: int, first: int, start: int) -> bool:
    """Whether the mention at `first`, after the mention [prev_first, prev_last) that a
    preposition opening the sentence governs, begins the main clause instead of continuing the
    list of places: a comma stands between them and the run of names and list words from it
    ends at a word that is neither (a verb), not at a comma after an "and"/"or"."""
    if prev_first <= start or any(w not in ("the", "a") for w in tok.low[start + 1 : prev_first]) \
            or tok.low[prev_last:first][:1] != [","]:
        return False
    joined = False
    for j in range(first, min(len(tok.low), first + _LOOKAHEAD)):
        word, text = tok.low[j], tok.text[j]
        if word in ("and", "or", "&"):
            joined = True
        elif word == ",":
            if joined:
                return False  # "In Sri Lanka, Indonesia and Thailand, floods ...": all places
        elif word not in _LIST and not text[:1].isupper() and word != ".":
            return True  # "In Paris, Britain and Japan agreed": the subjects
    return False
