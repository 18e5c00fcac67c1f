"""People an arrest names by a title or a description, arrested by no one named (session 17,
coerce17).

A passive COERCE verb with no agent whose patient is people named by no country takes the country
of the place the sentence names (`targets.placed_patient`: "five people arrested in Romania").
The people were only the plain words of `victim_objects` ("people", "men", "suspects"); an arrest
more often names a title or a description: "Former Saddam Deputy Arrested in Iraq", "Seven
suspected terrorists arrested in Spain", "a senior policeman was arrested". For COERCE only, the
word right before the verb (past its auxiliaries and adverbs) may also be a person word of
`victim_heads` or `arrest_heads`, any word after "suspected" ("suspected bombers"), or "he" /
"she" with no antecedent that names a country ("He was arrested in Barstow, California"). Not
"they" ("They were detained in the Cuban camp": Guantanamo's detainees, held by the US).
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens

_PERSONS = frozenset({"he", "she"})


def arrested_person(code: str, tok: Tokens, j: int, first: int, lex: CoderLexicon) -> bool:
    """Whether token `j`, right before a passive COERCE verb, heads people arrested: a person
    word ("deputy", "terrorists", "executives"), a word after "suspected", "he" or "she"."""
    if code != "COERCE" or j < first:
        return False
    word = tok.low[j]
    if not word.isalpha():
        return False
    return word in lex.word_set("victim_heads") or word in lex.word_set("arrest_heads") \
        or (j > first and tok.low[j - 1] == "suspected") or word in _PERSONS
