"""A state body named without its country ("the Foreign Ministry", "Parliament"): whose it is."""

from __future__ import annotations

from collections.abc import Collection

from pipeline.stages.lexicon import CoderLexicon


def organ_country(name: str, here: Collection[str], home: Collection[str],
                  located: Collection[str], lex: CoderLexicon, named_after: bool = False
                  ) -> str | None:
    """The country of a body whose name ends in a word of `state_organs` ("Interior Ministry",
    "Supreme Court") and holds none of `organ_blockers` ("International Cricket Council"): the
    one country of the places its sentence names (`here`, a dateline's too), else the one
    country the article is about (`home`: the countries it names, or holds a place, capital or
    KB body of: "the Cabinet met" in a story about Britain alone), unless its sentence names a
    country only after it (`named_after`) and the article names no place in that country
    (`located`): "the Foreign Ministry summoned China's ambassador" is not China's ministry, nor
    is "a Senate panel probing the Iran arms scandal" Iran's. Two countries give none ("the
    Foreign Ministry summoned the Chinese and Japanese ambassadors").
    """
    words = [w.lower() for w in name.split()]
    if not words or words[-1] not in lex.word_set("state_organs") \
            or lex.word_set("organ_blockers") & set(words):
        return None
    if len(here) == 1:
        return next(iter(here))
    return next(iter(home)) if len(home) == 1 and (not named_after or set(home) <= set(located)) \
        else None
