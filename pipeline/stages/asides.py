"""An aside between commas right before a verb ("Iran, which denies the charges, urged ..."): its
words belong to the subject's description, not to the verb's clause."""

from __future__ import annotations

from pipeline.stages.mentions import Tokens

_OPENERS = frozenset({"which", "who", "whom", "whose", "a", "an", "the"})


def aside_before(tok: Tokens, at: int, first: int, adverbs: frozenset[str]) -> tuple[int, int]:
    """(opening comma, closing comma) of a relative clause, participle clause or apposition that
    ends right before `at` (only auxiliaries and adverbs, `adverbs`, between): "X, who would not
    comment, met Y"; (0, 0) if none."""
    close = at - 1
    while close > first and at - close <= 3 and (tok.low[close] in adverbs
                                                 or tok.low[close].endswith("ly")):
        close -= 1
    if close <= first or tok.low[close] != ",":
        return (0, 0)
    opening = next((k for k in range(close - 2, max(first, close - 25) - 1, -1)
                    if tok.low[k] in (",", ";", ":", '"')), None)
    if opening is None or opening <= first or tok.low[opening] != ",":
        return (0, 0)
    head = tok.low[opening + 1]
    if head in _OPENERS or (head.endswith("ing") and head.isalpha()):
        return (opening, close)
    return (0, 0)
