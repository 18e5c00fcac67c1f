"""An offer to buy or sell is a market's, no agreement (session 18, agree18).

"offer" is an AGREE trigger ("Nepal has offered to meet the Maoists"), and `contexts.business_sense`
makes "agreed to" + a company act (`business_acts`: acquire, merge, "buy a" ...) business. An
offer to buy or sell is a bid in a market whoever makes it: "the Bank of Japan offered to buy
around 50 billion yen of 10-year government bonds", "FED OFFERS TO BUY ONE BILLION DLRS OF BILLS",
"launched a new offer to buy Manchester United". An AGREE trigger of `offer_forms` followed by "to"
and a verb of `offer_trade_acts` is no event. "agreed to buy" is left alone ("Japan agreed to buy
more U.S. chips" may settle a trade dispute).
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.triggers import Found


def trade_offer(found: Found, tok: Tokens, last: int, lex: CoderLexicon) -> bool:
    """Whether an AGREE "offer" is followed by "to" + buy, sell or purchase (see the module)."""
    if found.code != "AGREE" or found.trigger.tokens[0] not in lex.word_set("offer_forms"):
        return False
    to = found.last - 1 if found.trigger.tokens[-1] == "to" else found.last
    return to + 1 < last and tok.low[to] == "to" and tok.low[to + 1] in lex.word_set("offer_trade_acts")
