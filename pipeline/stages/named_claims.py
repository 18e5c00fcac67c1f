"""An accusation named by its target is no accusation of the namer (session 20, accuse20).

A noun of accusation that is the object of a naming verb ("called charges that he ransomed
hostages utterly false", "branded the allegations lies", "described criticism of his policy as
unfair") is judged by the subject, who is the one accused or a defender, not its author: the
subject is no actor of an ACCUSE. The noun is dropped from the sentence's triggers when a word of
`naming_verbs` stands right before it or past up to `NAMING_GAP` determiners and plain modifiers
("called the opposition charges"), with no preposition, comma or clause break between. The
nouns are `named_claim_nouns` (accusations, allegations, charges, criticism, complaints ...).
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

# Words between the naming verb and the noun, at most ("called the latest opposition charges").
NAMING_GAP = 3


def named_claim(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether an ACCUSE noun is a claim that the subject of a naming verb judges."""
    if found.code != "ACCUSE" or not found.trigger.noun \
            or found.trigger.tokens[0] not in lex.word_set("named_claim_nouns"):
        return False
    naming = lex.word_set("naming_verbs")
    stops = lex.word_set("prepositions") | lex.clause_breaks
    for j in range(found.first - 1, max(sent.first, found.first - 1 - NAMING_GAP) - 1, -1):
        word = tok.low[j]
        if word in naming:
            return True
        if word in stops or word in (",", ";", ":", "and", "or", "to") or not (
                word.replace("-", "").replace(".", "").replace("'", "").isalpha()):
            return False
    return False
