"""A wire credit closing a sentence: "Two Soldiers Killed in Bombings (AP)".

AG News titles end with the agency in parentheses, so a title read as a sentence of its own ends
on ")" and looked like running text to `headlines.headline`. The credit is no part of the
sentence's grammar: what stands before it decides the sentence's shape.
"""

from __future__ import annotations

from pipeline.stages.credits import AGENCIES, agencies
from pipeline.stages.mentions import Tokens

# The longest agency name in tokens.
_LONGEST = max(len(a) for a in AGENCIES)


def credit_start(tok: Tokens, first: int, last: int) -> int:
    """The index of the "(" of an agency credit that closes the tokens first..last-1 ("... Kill 1
    (AP)", "(Canadian Press)", "(Reuters/AP)"); `last` when there is none."""
    if last - first < 3 or tok.low[last - 1] != ")":
        return last
    for opening in range(last - 2, max(first, last - 2 - 2 * _LONGEST - 1) - 1, -1):
        if tok.low[opening] == "(":
            return opening if opening > first and agencies(tok.low[opening + 1 : last - 1]) \
                else last
    return last

