"""A verb-only trigger right after a possessive is a noun: "the dollar's decline", "Iraq's return"."""

from __future__ import annotations

from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

_POSSESSIVES = frozenset({"'s", "’s"})


def possessed_verb(found: Found, sent: Sentence, tok: Tokens) -> bool:
    """Whether a trigger known only as a verb stands right after "'s": the form is a noun there
    ("to stem the dollar's decline" is no refusal), as after "the" or "its" (`determiners`)."""
    return not found.trigger.noun and found.first > sent.first \
        and tok.low[found.first - 1] in _POSSESSIVES
