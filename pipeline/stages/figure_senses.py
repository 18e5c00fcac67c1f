"""Business and market senses of trigger words (session 16, senses16).

- `falling_decline`: "decline(s)/declined" is a REJECT verb ("Thailand declined the offer",
  "declined to accept the plan"), but a noun after a determiner, a possessive, a number or a word
  of `decline_modifiers` or `money_words` ("a 31% decline", "the dollar's sharp decline", "the
  first decline in business sentiment", "Dollar Decline Increases Risk"), or a verb followed by a quantity or a word of `decline_followers`
  ("production declined to 117,600 tons", "rates declined again", "Shell declined 5p",
  "BANKRUPTCIES DECLINE IN FEBRUARY", "exports have declined since the 1970s") is a fall.
- `goods_orders`: "orders" is a DEMAND noun ("gave orders to sell arms"), but after a word of
  `order_kinds` ("factory orders", "durable goods orders", "machine tool orders") or with a verb
  of change (`change_verbs`) in its clause ("orders for durable goods rose 0.2 percent") it is a
  count of purchases.
- `market_rally`: a PROTEST "rally" of a currency, a bond or a stock market (a word of
  `money_words` or `market_words` right before it, or "in" and one after it: "the pound's rally",
  "JGB Rally Helps", "a rally in technology stocks") is a price rise.
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

_DECLINE_FORMS = frozenset({"decline", "declines", "declined", "declining"})
_RALLY_FORMS = frozenset({"rally", "rallies", "rallied", "rallying"})
_ORDER_REACH = 7


def _quantity(word: str) -> bool:
    """A number, a share or a price ("117,600", "5p", "0.6", "31%", "3-1/8")."""
    return word[:1].isdigit() or (word[:1] in "$." and word[1:2].isdigit())


def falling_decline(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a REJECT "decline" is a fall of a quantity (see the module)."""
    if found.code != "REJECT" or found.trigger.tokens[0] not in _DECLINE_FORMS:
        return False
    first, last = found.first, found.first + 1
    before = tok.low[first - 1] if first > sent.first else ""
    if before in lex.word_set("determiners") or before in ("'s", "%", "pct", "percent") \
            or before in lex.word_set("decline_modifiers") or before in lex.word_set("money_words") \
            or _quantity(before):
        return True  # a noun: "a 31% decline", "the dollar's sharp decline"
    if last >= sent.last:
        return True  # "U.S. sugar consumption has declined", "the production stagnates or declines"
    after = tok.low[last]
    if after == "to":
        return last + 1 < sent.last and _quantity(tok.low[last + 1])  # "declined to 117,600 tons"
    return _quantity(after) or after in lex.word_set("decline_followers") \
        or (after.endswith("ly") and after.isalpha())  # "declined sharply", "declined 6.7 billion"


def goods_orders(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a DEMAND "orders" is a count of purchases (see the module)."""
    if found.code != "DEMAND" or found.trigger.tokens[-1] != "orders":
        return False
    before = tok.low[found.first - 1] if found.first > sent.first else ""
    if before in lex.word_set("order_kinds"):
        return True
    stops = lex.clause_breaks | {",", ";", "to"}
    clause = tok.low[found.last : min(sent.last, found.last + _ORDER_REACH)]
    end = next((i for i, word in enumerate(clause) if word in stops), len(clause))
    return not lex.word_set("change_verbs").isdisjoint(clause[:end])  # "orders for goods rose"


def market_rally(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a PROTEST "rally" is a market's (see the module)."""
    if found.code != "PROTEST" or found.trigger.tokens[0] not in _RALLY_FORMS:
        return False
    markets = lex.words_of("money_words", "market_words")
    j = found.first - 1
    if j > sent.first and tok.low[j] == "'s":
        j -= 1
    if j >= sent.first and tok.low[j] in markets:
        return True  # "the pound's rally", "JGB Rally"
    after = tok.low[found.last : min(sent.last, found.last + 3)]
    return after[:1] == ["in"] and bool(markets & set(after[1:]))  # "a rally in technology stocks"


def figure_sense(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Any of the senses above: the trigger is a market figure, no event."""
    return falling_decline(found, sent, tok, lex) or goods_orders(found, sent, tok, lex) \
        or market_rally(found, sent, tok, lex)
