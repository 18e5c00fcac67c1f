"""Labour strikes that were coded as threats (session 17, coerce17).

"More than 16,000 engineering workers held warning strikes yesterday": the noun "warning" is a
THREATEN trigger that `trigger_senses.other_warning` drops before "strike(s)", but the content
rule (`trigger_content.content_rule`) ran first and made the strike the threat's content, so the
PROTEST was coded as conditional and never asserted. A warning strike is a short stoppage that
happened: the "warning" right before "strike(s)" is not read as a trigger whose content follows.

An ASSAULT noun "strike(s)" is a labour strike (PROTEST) after a workplace word
(`trigger_senses.labour_strike`: "dock strike"); it is one too in a sentence that holds a word of
`labour_words` ("unions", "workers", "wage", "industrial action") and none of `armed_words`
("air", "missile", "troops", "targets"): "Australian trade unions said they have launched
week-long strikes", "union leaders ... reported strikes spreading to the capital".
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.triggers import Found

_STRIKES = frozenset({"strike", "strikes"})


def warning_strike(prev: Found, f: Found, tok: Tokens) -> bool:
    """Whether `prev` is the noun "warning" of a warning strike that `f` ("strike(s)") is."""
    return prev.code == "THREATEN" and prev.trigger.noun and prev.trigger.tokens[-1] == "warning" \
        and f.first == prev.last and tok.low[f.first] in _STRIKES


def labour_sentence(tok: Tokens, first: int, last: int, lex: CoderLexicon) -> bool:
    """Whether the sentence tells of labour (`labour_words`) and of no armed force
    (`armed_words`): its ASSAULT "strike(s)" is a labour strike."""
    words = set(tok.low[first:last])
    return bool(words & lex.word_set("labour_words")) and not words & lex.word_set("armed_words")


def on_strike(found: Found, tok: Tokens, first: int) -> bool:
    """Whether a noun "strike" stands right after "on" ("were still on strike"): a labour strike
    under way, never an attack."""
    return found.trigger.noun and found.trigger.tokens[-1] == "strike" and found.first > first \
        and tok.low[found.first - 1] == "on"
