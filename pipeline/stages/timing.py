"""A date phrase right after a verb ("demanded on Saturday that ...") that stands between the verb
and its object, so that the verb is read on the word after the phrase."""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens


def after_date(tok: Tokens, j: int, last: int, lex: CoderLexicon) -> int:
    """Where a date phrase starting at `j` ends: "on Saturday", "late on Tuesday night",
    "yesterday", "last week" (`weekdays`, `day_parts`, `date_words`, `date_spans`); `j` when none."""
    words = tok.low
    k = j + 1 if j + 1 < last and words[j] in ("late", "early") and words[j + 1] == "on" else j
    if k + 1 < last and words[k] == "on" and words[k + 1] in lex.word_set("weekdays"):
        k += 2
        if k < last and words[k] in lex.word_set("day_parts"):
            k += 1
        return k
    if j < last and words[j] in lex.word_set("date_words"):
        return j + 1
    k = j + 1 if j + 1 < last and words[j] in ("late", "early") else j  # "killed early Sunday"
    if k + 1 < last and words[k] in lex.word_set("weekdays") and words[k + 1].isalpha():
        # "killed Sunday in Baghdad" (assault21); not a closing "Schuessel warned Thursday."
        return k + 2 if words[k + 1] in lex.word_set("day_parts") else k + 1
    if j + 1 < last and words[j] in ("last", "this") \
            and words[j + 1] in lex.word_set("date_spans"):
        return j + 2
    return j
