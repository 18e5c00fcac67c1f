"""What stands in a verb's object: a word of a list, a bare count of people, the first word past an article."""

from __future__ import annotations

from pipeline.stages.lexicon import NO_WORDS, CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found


def head_count(tok: Tokens, at: int, last: int, preps: frozenset[str]) -> bool:
    """Whether a verb's object is a bare count of people: a whole number with nothing after it but
    a preposition or the end of the clause ("Jordan releases 32 from Karak", "freed 12 on
    Monday"; not "released 32 pages")."""
    return at + 1 < last and tok.low[at].isdigit() and (
        tok.low[at + 1] in preps or tok.low[at + 1] in (",", ".", "and", ";"))


def idle_object(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether the verb's object, before any preposition, gives it its everyday sense ("met all
    its obligations", "signed a parliament bill")."""
    objects = lex.idle_objects.get(found.trigger.tokens[-1], NO_WORDS)
    return object_word(tok, found.last, sent.last, objects, lex)


def object_word(tok: Tokens, at: int, last: int, words: frozenset[str], lex: CoderLexicon,
                span: int = 3) -> bool:
    """Whether one of `words` stands in a verb's object: within `span` tokens after `at`, before
    any preposition, comma or "and"; a quantity and its "of" ("most of the extra demand") do not
    count."""
    stops = lex.word_set("prepositions") | {",", "and"}
    partitive = lex.word_set("partitives")
    j, end = at, min(last, at + span)
    while j < end:
        if tok.low[j] in words:
            return True
        if tok.low[j] in partitive and j + 1 < last and tok.low[j + 1] == "of":
            j, end = j + 2, min(last, end + 2)
            continue
        if tok.low[j] in stops:
            return False
        j += 1
    return False


def object_start(tok: Tokens, at: int, last: int) -> int:
    """The first token after `at` that is not an article."""
    while at < last and tok.low[at] in ("the", "a", "an"):
        at += 1
    return at
