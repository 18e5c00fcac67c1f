"""A central bank resolved by `central_banks.py` ("The Bank of Spain offered to drain funds",
"The Bank of France intervened to buy dollars") that acts in the money or currency market
(`central_bank_market_words` in its sentence) is market news for the dealing types, as it was
while the name read as a firm's: only its political acts ("BANK OF CANADA WELCOMES GREENSPAN
APPOINTMENT") are coded. The bank must be the last actor named before the trigger, a place ("in Paris") apart."""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found


def central_bank_market(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether the trigger's nearest actor before it is a central bank acting in a market."""
    before = [m for m in sent.mentions if m.last <= found.first and not m.locative]
    if not before or before[-1].method != "central-bank":
        return False
    words = lex.word_set("central_bank_market_words")
    return any(w in words for w in tok.low[sent.first:sent.last])
