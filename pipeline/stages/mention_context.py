"""Where a mention stands in its sentence: the preposition governing it, a place's role
(where people are, or only a venue), a dateline's end, and what lies between two mentions."""

from __future__ import annotations

from pipeline.stages.knowledge import COURTESY_TITLES, Knowledge
from pipeline.stages.lexicon import NO_WORDS
from pipeline.stages.mentions import Tokens
from pipeline.stages.place_phrases import PLACE_WORDS, place_phrase_adjective

# Words that end a run of modifiers between a qualifier and its group.
DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "that",
                         "these", "those", "some", "all", "two", "three"})


def adjacent(tok: Tokens, end: int, start: int) -> bool:
    """Whether only an article or a possessive lies between token end and token start."""
    return all(tok.low[i] in ("the", "'s", "a", "an") for i in range(end, start))


# The last Knowledge seen and its (prepositions, skipped words): built once, not per mention.
_GOVERNOR_SETS: list[tuple[Knowledge, frozenset[str], frozenset[str]]] = []


def _governor_sets(know: Knowledge) -> tuple[frozenset[str], frozenset[str]]:
    if not _GOVERNOR_SETS or _GOVERNOR_SETS[0][0] is not know:
        words = know.lexicon.words
        preps = words.get("prepositions", frozenset()) | words.get("locative", frozenset())
        skip = words.get("place_adjectives", frozenset()) | {"the", "a", "an", "both", "his",
                                                             "her", "its"} | COURTESY_TITLES
        # "wrote to Mr McConnell": the courtesy title does not hide the preposition (leftovers14)
        _GOVERNOR_SETS[:] = [(know, frozenset(preps), frozenset(skip))]
    return _GOVERNOR_SETS[0][1], _GOVERNOR_SETS[0][2]


def governor_at(tok: Tokens, first: int, sentence_start: int, know: Knowledge) -> int:
    """Index of the preposition governing the mention starting at `first`, else -1."""
    preps, skip = _governor_sets(know)
    i = first - 1
    while i >= sentence_start and (tok.low[i] in skip or (
            (tok.low[i + 1] in skip or tok.low[i + 1] in PLACE_WORDS)
            and place_phrase_adjective(tok, i, skip, know))):  # "in the Nigerian capital Abuja"
        i -= 1
    return i if i >= sentence_start and tok.low[i] in preps else -1


def governor(tok: Tokens, first: int, sentence_start: int, know: Knowledge) -> str | None:
    """The preposition governing the mention starting at `first` ("in", "with"), else None."""
    i = governor_at(tok, first, sentence_start, know)
    return tok.low[i] if i >= 0 else None


def place_role(tok: Tokens, first: int, sentence_start: int, know: Knowledge) -> str | None:
    """"located" for a mention governed by a locative preposition ("protesters in Kiev"),
    "venue" when a gathering word stands before that preposition ("ministers meeting in Vienna":
    the participants may come from anywhere), else None."""
    i = governor_at(tok, first, sentence_start, know)
    words = know.lexicon.words
    if i < 0 or tok.low[i] not in words.get("locative", NO_WORDS):
        return None
    venue = i > sentence_start and tok.low[i - 1] in words.get("venue_words", NO_WORDS)
    return "venue" if venue else "located"


def dateline_end(tok: Tokens, first: int, last: int) -> int:
    """Where the dash ending a dateline at a sentence's start stands ("MOSCOW (Reuters) -",
    "KABUL, Afghanistan -", "WASHINGTON --"), else -1: place and agency are no participants."""
    if not (tok.text[first].isupper() and tok.text[first].isalpha() and len(tok.text[first]) > 2):
        return -1
    for j in range(first + 1, min(last, first + 8)):
        word = tok.text[j]
        if word in ("-", "--", "—", "–"):
            return j
        if word not in (",", "(", ")", "/") and not word[:1].isupper():
            return -1
    return -1


def modifiers(tok: Tokens, end: int, start: int) -> bool:
    """One or two lower-case modifiers between a qualifier and its group ("OPEC oil ministers")."""
    between = tok.low[end:start]
    return 0 < len(between) <= 2 and all(
        w.isalpha() and w == tok.text[i] and w not in DETERMINERS
        for i, w in zip(range(end, start), between, strict=True))


def possessed(tok: Tokens, end: int, start: int) -> bool:
    """A country's possessive before its group, past up to two modifiers ("Jordan's state security
    court", "Iraq's interim government")."""
    between = tok.low[end:start]
    return 1 <= len(between) <= 3 and between[0] == "'s" and (
        len(between) == 1 or modifiers(tok, end + 1, start))
