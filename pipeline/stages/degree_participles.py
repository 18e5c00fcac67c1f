"""A trigger's "-ing" form after a word of degree is an adjective: no event (precision19).

"China is the most promising market", "the most economically promising way to spur output",
"a very threatening tone" describe a thing; "promising", "threatening" there are adjectives, not
the verbs of a pledge or a threat, and no one promises or threatens anything. A verb trigger
ending in "-ing" with a word of degree (`degree_words`: "most", "more", "very", ...) right before
it, or before one "-ly" word before it ("most economically promising"), is dropped unless "to"
follows it ("more promising to invest" is rare, but a verb with its infinitive keeps its event).
A verb with its object ("promising to cut taxes", "threatening sanctions") has no degree word.
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found


def degree_participle(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a verb trigger's "-ing" form stands after a word of degree (see the module)."""
    if found.trigger.noun or not tok.low[found.first].endswith("ing") or found.first <= sent.first:
        return False
    before = found.first - 1
    if tok.low[before].endswith("ly") and before > sent.first:
        before -= 1  # "most economically promising"
    if tok.low[before] not in lex.word_set("degree_words"):
        return False
    return not (found.last < sent.last and tok.low[found.last] == "to")
