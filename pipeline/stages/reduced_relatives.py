"""A participle clause that modifies the subject's noun ("A splinter group holding three U.N.
workers hostage demanded ...", "an alliance fighting Indian rule rejected ...", "Four men accused
of plotting to kill Cuba's leader were pardoned"): the actors it names are what the clause is
about, neither the subject of the verb after it nor a passive verb's patient."""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.registry import Mention

# An "-ed" participle is taken as a modifier only before these words ("accused of", "backed by"):
# alone it is as often the main verb ("Police arrested three men").
_PAST_NEXT = frozenset({"by", "of"})
# The longest participle clause looked at, in tokens up to the verb.
_SPAN = 12
_ENDINGS = ("ing", "ed")


def _object_start(tok: Tokens, j: int, lex: CoderLexicon) -> bool:
    """Whether the word after an "-ing" word opens its object: a determiner, a count or a
    capitalised word ("holding three U.N. workers", "fighting Indian rule"); not a preposition,
    a noun or "that" ("a car bombing in Baghdad", "a monitoring force", "told a news briefing
    that China ...")."""
    if j + 1 >= len(tok.low):
        return False
    nxt = tok.low[j + 1]
    return (nxt in lex.word_set("determiners") and nxt != "that") \
        or nxt in lex.word_set("headline_counts") or nxt.isdigit() \
        or tok.text[j + 1][:1].isupper()


def _participle(tok: Tokens, j: int, lex: CoderLexicon) -> bool:
    """Whether the token at j is a participle opening a clause after a noun: an "-ing" word
    before its object (`_object_start`) or an "-ed" word before "by"/"of", in lower case, after
    a lower-case word that is no function word (`participle_blockers`, prepositions,
    determiners, auxiliaries) nor an adverb."""
    word, prev = tok.low[j], tok.text[j - 1]
    if not tok.text[j].islower() or not prev.isalpha() or not prev.islower() or prev.endswith("ly"):
        return False
    blockers = lex.word_set("participle_blockers") \
        | lex.words_of("prepositions", "determiners") \
        | lex.word_set("passive_aux")
    if tok.low[j - 1] in blockers or word in lex.word_set("prepositions") \
            or word in lex.word_set("participle_blockers"):
        return False  # "members including Japan", "a briefing that China ..."
    if word.endswith("ing") and len(word) > 5:
        return _object_start(tok, j, lex)
    return word.endswith("ed") and j + 1 < len(tok.low) and tok.low[j + 1] in _PAST_NEXT


def outside_modifier(before: list[Mention], clause: int, at: int, tok: Tokens,
                     lex: CoderLexicon) -> list[Mention]:
    """The mentions before a finite verb trigger at `at` (its clause opening at `clause`) that
    stand outside a participle clause modifying the subject's noun: the clause opens at the
    first participle after the clause start (`_participle`), at most `_SPAN` tokens before the
    verb with no punctuation between, and runs to the verb; mentions inside it are dropped, so
    the subject is the actor before it, if any ("Iraqi militants holding two Italians demanded":
    the militants). Unchanged when no such participle stands there or the verb is itself an
    "-ing" form."""
    if not before:
        return before
    lo, last = max(clause + 1, at - _SPAN, 1), before[-1].first
    if last <= lo + 1 or tok.low[at].endswith("ing"):
        return before  # no mention after a word that could open the clause
    covered: set[int] | None = None
    for j in range(lo, last):
        if not tok.low[j].endswith(_ENDINGS):
            continue
        if covered is None:
            covered = {k for m in before for k in range(m.first, m.last)}
        if j in covered or not _participle(tok, j, lex):
            continue
        if any(not w.replace("'", "").replace("-", "").replace(".", "").isalnum()
               for w in tok.low[j:at]):
            return before  # punctuation between: an aside or another clause
        return [m for m in before if m.first < j]
    return before
