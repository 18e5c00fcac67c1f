"""Labour strikes that were coded as threats (session 17, coerce17).

"More than 16,000 engineering workers held warning strikes yesterday": the noun "warning" is a
THREATEN trigger that `trigger_senses.other_warning` drops before "strike(s)", but the content
rule (`trigger_content.content_rule`) ran first and made the strike the threat's content, so the
PROTEST was coded as conditional and never asserted. A warning strike is a short stoppage that
happened: the "warning" right before "strike(s)" is not read as a trigger whose content follows.
"""

from __future__ import annotations

from pipeline.stages.mentions import Tokens
from pipeline.stages.triggers import Found

_STRIKES = frozenset({"strike", "strikes"})


def warning_strike(prev: Found, f: Found, tok: Tokens) -> bool:
    """Whether `prev` is the noun "warning" of a warning strike that `f` ("strike(s)") is."""
    return prev.code == "THREATEN" and prev.trigger.noun and prev.trigger.tokens[-1] == "warning" \
        and f.first == prev.last and tok.low[f.first] in _STRIKES
