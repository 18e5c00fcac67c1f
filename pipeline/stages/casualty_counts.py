"""Counts of casualties hedged by a quantity ("At Least 37 Killed in Pakistan Blast", "a car bomb
killed at least five people", "More than 20 killed in Baghdad"): the quantity's "at", "than" or
"to" is no preposition governing the verb, and the count past it is the verb's object or patient
(session 16, casualty16)."""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens


def _count(word: str, lex: CoderLexicon) -> bool:
    """Whether a word is a count of people: digits or a number word (`headline_counts` less the
    articles)."""
    return word.replace(",", "").isdigit() or (
        word in lex.word_set("headline_counts") and word not in ("a", "an", "the"))


def past_quantity(tok: Tokens, at: int, last: int, lex: CoderLexicon) -> int:
    """Where the count stands when a quantity of one or two words opens at `at` before it ("at
    least 12", "more than 20", "nearly 40": `casualty_quantities`); else `at`."""
    for size in (2, 1):
        if at + size < last and " ".join(tok.low[at : at + size]) in lex.word_set("casualty_quantities") \
                and _count(tok.low[at + size], lex):
            return at + size
    return at


def counted_victims(tok: Tokens, verb: int, first: int, lex: CoderLexicon) -> int | None:
    """Where a quantity opens before a casualty participle (`casualty_words`, `casualty_verbs`)
    whose patient is the count after it, past up to two words of people ("At Least 37 Killed",
    "at least 12 Iraqis killed", "more than 20 people were killed"): the quantity's first word,
    which governs nothing; else None."""
    word = tok.low[verb]
    if word not in lex.word_set("casualty_words") and word not in lex.word_set("casualty_verbs"):
        return None
    aux = lex.word_set("passive_perfect_aux")
    j = verb - 1
    while j >= first and tok.low[j] in aux:
        j -= 1
    for count in range(j, max(first, j - 2) - 1, -1):
        if not _count(tok.low[count], lex):
            if not tok.low[count].isalpha():
                return None
            continue
        for size in (2, 1):
            start = count - size
            if start >= first and past_quantity(tok, start, count + 1, lex) == count:
                return start
        return None
    return None


def quantity_governs(tok: Tokens, at: int, verb: int, first: int, lex: CoderLexicon) -> bool:
    """Whether the preposition at `at`, which seems to govern the verb at `verb`, is the word of a
    quantity before the casualties' count ("At Least 37 Killed"): the verb is a verb."""
    start = counted_victims(tok, verb, first, lex)
    return start is not None and start <= at < verb


def violent_subjects(verb: str, lex: CoderLexicon) -> frozenset[str]:
    """Nouns of violence with no author (`violent_subjects`: "clashes", "violence", "ambush")
    that are an unnamed attacker before a casualty verb (`casualty_verbs`: "Fierce Clashes in
    Iraq Kill 34", "Violence kills 15 in Kashmir"); empty before any other verb."""
    return lex.word_set("violent_subjects") if verb in lex.word_set("casualty_verbs") \
        else frozenset()
