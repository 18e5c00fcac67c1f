"""The author of a message as the actor of a participle after it (fifth recall round).

"a statement by Kenya urging Uganda to withdraw", "a letter from the Kenyan president accusing
Uganda": the mention after "by"/"from" that follows a message noun (`message_nouns`) is the
author, and the "-ing" verb right after it says what the message does.
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

_ARTICLES = frozenset({"the", "a", "an"})


def authored(sent: Sentence, f: Found, tok: Tokens, lex: CoderLexicon) -> tuple[str, ...] | None:
    """The keys of the author right before an "-ing" verb trigger, else None."""
    if f.trigger.noun or not tok.low[f.first].endswith("ing"):
        return None
    author = next((m for m in sent.mentions if m.last == f.first and m.governed in ("by", "from")
                   and not m.locative), None)
    if author is None:
        return None
    j = author.first - 1
    while j > sent.first and tok.low[j] in _ARTICLES:
        j -= 1
    if j <= sent.first or tok.low[j] not in ("by", "from"):
        return None
    return author.keys if tok.low[j - 1] in lex.word_set("message_nouns") else None
