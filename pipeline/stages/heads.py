"""Whether an actor mention heads its noun phrase or only modifies a noun after it."""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.registry import Mention, Registry
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

# A capital or province right before a noun trigger is its topic, not its actor ("Darfur talks").
PLACE_METHODS = frozenset({"capital-metonymy", "province-of-country"})
# Words that end a noun phrase's modifiers: the thing noun must come before them.
_NOT_MODIFIERS = frozenset({"the", "a", "an", "and", "or", "but", "not", "no", "its", "his", "her",
                            "their", "has", "have", "had", "is", "are", "was", "were", "be",
                            "will", "would", "could", "can", "may", "might", "should", "must"})


def modifies(tok: Tokens, end: int, at: int, lex: CoderLexicon) -> bool:
    """Whether a mention ending at `end` modifies the noun at `at` ("Darfur peace talks")."""
    between = tok.low[end:at]
    return len(between) <= 2 and all(w.isalpha() and w not in lex.light_verbs for w in between)


def names_the_noun(m: Mention, f: Found, at: int, reg: Registry) -> bool:
    """An organisation right before a noun trigger after "at"/"in" modifies the noun, it is no
    place: "China at G-7 meeting" (the G-7 is the other side), not "talks in Iraq"."""
    return f.trigger.noun and m.last == at and m.method not in PLACE_METHODS \
        and all(reg.actors[k].type != "country" for k in m.keys)


def names_a_noun(m: Mention, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """A capital or province right before a noun trigger names it ("the Paris agreement", "the
    Oslo accords"): it is not a participant."""
    if m.method not in PLACE_METHODS or m.last >= sent.last:
        return False
    trig = lex.trigger_index.match(tok.low, m.last, sent.last)
    return trig is not None and lex.triggers[trig].noun


def modifies_thing(m: Mention, sent: Sentence, tok: Tokens, lex: CoderLexicon,
                   kind: str = "thing_heads") -> bool:
    """Whether the mention only qualifies a thing after it, past a possessive and up to two
    modifiers. `thing_heads` (markets, prices, affairs, and places: "U.S. stocks", "OPEC's
    official prices", "the Iraqi city of Mosul"): the phrase's head is the thing, so the mention is
    not the subject of a verb after it (nor is it for `company_heads`: "a Korean firm offered
    to supply", "Danish banks agreed to lend"); `affair_heads` ("the Iran arms scandal"): nor the
    object of a verbal act.

    A modifier is a lower-case word (any word in a headline in capitals or title case) that is
    no function word, preposition, light verb, "-ed" form or verb trigger: "Iran raised oil prices"
    and "Ecuador's Minister for Industry" keep their country. With a mention before the thing, a
    verb after it has no actor (not one named earlier); a passive material act ("Serbian Town
    Bombed by NATO") still falls on the owner.
    """
    things = lex.word_set(kind)
    if kind == "thing_heads":  # a subject: places too ("the Iraqi city of Mosul, killing four")
        things = things | lex.word_set("place_objects") \
            | lex.word_set("place_heads") \
            | lex.word_set("company_heads")
    j, stop = m.last, min(sent.last, m.last + 4)
    if j < stop and tok.low[j] == "'s":
        j += 1
    caseful = tok.caps[sent.index]
    for k in range(j, stop):
        word = tok.low[k]
        if word in things and not (caseful and tok.text[k] != word):  # "Stock Exchange": a name
            return True
        if k - j >= 2 or not word.replace("-", "").isalpha() or (caseful and tok.text[k] != word) \
                or word in _NOT_MODIFIERS or word in lex.light_verbs or word.endswith("ed") \
                or word in lex.word_set("prepositions"):
            return False
        trig = lex.trigger_index.match(tok.low, k, sent.last)
        if trig is not None and lex.triggers[trig].verb:
            return False
    return False


def phrase_start(tok: Tokens, at: int, first: int, lex: CoderLexicon) -> int:
    """Where a noun trigger's phrase starts: at a word of quantity before "of" and up to two
    modifiers (`quantity_nouns`: "concluded another round of peace talks", "launched a wave of
    attacks"), whose governor and light verb are the trigger's; else at the trigger itself."""
    quantities = lex.word_set("quantity_nouns")
    for j in range(at - 1, max(first, at - 4), -1):
        if tok.low[j] == "of":
            return j - 1 if tok.low[j - 1] in quantities else at
        if not tok.low[j].replace("-", "").isalnum():
            return at
    return at
