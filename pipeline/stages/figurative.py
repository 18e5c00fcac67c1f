"""Fights that are no violence: "an election battle", "fought the takeover", "a price war"."""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

_BREAKS = frozenset({",", ";", ":", ".", "and", "but", "as", "while", "which", "who", "that"})


def figurative_fight(f: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether an ASSAULT trigger names a contest of votes, courts, markets or policy.

    A noun from `figurative_fight_nouns` ("battle", "war", "fight") is figurative after a modifier
    from `figurative_fight_modifiers` in its phrase ("a bitter takeover battle") or before "of
    words"; a verb ("fought", "battling") is when its object, up to the first preposition, is a
    word from `figurative_fight_objects` ("fought the election", "is fighting inflation") or
    such a modified noun ("waged a price war"). "Troops fought a border war", "gun battle",
    "attacked a trade ship" and "political killings" stay violence.
    """
    if f.code != "ASSAULT":
        return False
    modifiers = lex.word_set("figurative_fight_modifiers")
    stops = _BREAKS | lex.word_set("prepositions")
    if _modified(f, sent, tok, lex, modifiers, stops):  # "battle" is listed as a verb only
        return True
    if not f.trigger.verb:
        return False
    inside = tok.low[f.first + 1 : f.last - 1]  # a gapped phrase: "fought a bitter election battle"
    objects = lex.word_set("figurative_fight_objects")
    if any(w in modifiers or w in objects for w in inside):
        return True
    nouns = lex.word_set("figurative_fight_nouns")
    for j in range(f.last, min(sent.last, f.last + 5)):
        word = tok.low[j]
        if tok.low[j : j + 2] == ["of", "words"]:
            return True  # "fought a war of words"
        if word in stops:
            return False
        if word in objects or (word in modifiers and tok.low[j + 1 : j + 2] and tok.low[j + 1] in nouns):
            return True  # "fought the election", "waged a price war"; not "attacked a trade ship"
    return False


def _modified(f: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon, modifiers: frozenset[str],
              stops: frozenset[str]) -> bool:
    """Whether a trigger used as a noun has a modifier naming a contest that is no violence."""
    if tok.low[f.last - 1] not in lex.word_set("figurative_fight_nouns"):
        return False  # "political killings" are violence
    if tok.low[f.last : f.last + 2] == ["of", "words"]:
        return True
    determiners = lex.word_set("determiners")
    for j in range(f.first - 1, max(sent.first, f.first - 4) - 1, -1):
        word = tok.low[j]
        if word in stops or word in determiners:
            return False
        if word in modifiers or word.split("-")[0] in modifiers:
            return True
    return False
