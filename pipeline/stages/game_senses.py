"""Sports senses of trigger words that a game's own words give away (session 16, senses16).

`title_defence`: a SUPPORT "defend(ed/ing)" with a word of `defended_titles` up to five words
after it ("defended his WBO featherweight title", "the defending champion", "defending Olympic
champion") is a champion's defence, no support of a state or a policy.
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

_TITLE_REACH = 5


def title_defence(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a SUPPORT "defend" defends a title (see the module)."""
    if found.code != "SUPPORT" or not found.trigger.tokens[0].startswith("defend"):
        return False
    titles = lex.word_set("defended_titles")
    return not titles.isdisjoint(tok.low[found.last : min(sent.last, found.last + _TITLE_REACH)])
