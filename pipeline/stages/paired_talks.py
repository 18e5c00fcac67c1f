"""Talks named by a hyphenated pair of countries (session 20, talks20).

"U.S.-Japan talks", "Israeli-Syrian negotiations", "the Iran-Iraq peace talks": the tokenizer keeps
the pair as one word, which holds no actor mention, so the talks noun had no actor and, in running
text, no anchor. A CONSULT noun trigger with a word of two parts right before it (up to
`PAIR_REACH` - 1 lower-case modifiers between: "U.S.-Japan trade talks") whose parts are two
different countries (a name or an adjective of the gazetteer: "U.S.", "Japan", "Israeli",
"Syrian") is the first country's CONSULT with the second. Combining forms ("Sino-", "Franco-")
and groups ("Arab") are not countries and leave the noun alone, and so does a pair after a gerund
or "to" ("in hopes of restarting Israeli-Palestinian talks": an aim).
"""

from __future__ import annotations

from pipeline.stages.geo import Gazetteer
from pipeline.stages.mentions import Tokens
from pipeline.stages.registry import Registry
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

# How many words before a talks noun the pair may stand (the pair and its modifiers).
PAIR_REACH = 3
METHOD = "hyphenated-pair"


def pair_countries(f: Found, sent: Sentence, tok: Tokens, geo: Gazetteer
                   ) -> tuple[str, str] | None:
    """ISO3 codes of the hyphenated pair of countries that names a CONSULT noun, else None (a
    headline's modifiers may be capitalised: "U.S.-Japan Trade Talks")."""
    if not f.trigger.noun or f.code != "CONSULT":
        return None
    for j in range(f.first - 1, max(sent.first, f.first - PAIR_REACH) - 1, -1):
        word = tok.text[j]
        if "-" in word:
            parts = word.split("-")
            if len(parts) != 2 or j in sent.names:
                return None
            first, second = geo.country(parts[0]), geo.country(parts[1])
            return (first, second) if first and second and first != second \
                and not _aimed(tok, j, sent.first) else None
        if not word.isalpha() or (tok.caps[sent.index] and not word.islower()) or j in sent.names:
            return None
    return None


def pair_keys(f: Found, sent: Sentence, tok: Tokens, reg: Registry) -> tuple[str, str] | None:
    """Registry keys of the pair's two countries (registered on the way)."""
    pair = pair_countries(f, sent, tok, reg.know.geo)
    if pair is None:
        return None
    return reg.country(pair[0], METHOD, None), reg.country(pair[1], METHOD, None)


def _aimed(tok: Tokens, at: int, first: int) -> bool:
    """Whether the pair's noun phrase is the object of a gerund or an infinitive ("in hopes of
    restarting Israeli-Palestinian talks", "to resume U.S.-Japan talks"): an aim, or an act of
    the subject's that the pair does not name."""
    j = at - 1
    while j >= first and tok.low[j] in ("the", "a", "an"):
        j -= 1
    return j >= first and (tok.low[j] == "to" or (tok.low[j].isalpha() and tok.low[j].endswith("ing")))
