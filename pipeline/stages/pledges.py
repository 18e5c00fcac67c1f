"""Policy pledges: a promise of domestic policy made to no one named is a comment, no AGREE.

Election and budget pledges ("the Tories have promised £4bn in tax cuts", "he pledged to end
teenage unemployment", "Mr Bush has promised to halve the deficit") state what a government or
party means to do at home; no counterpart agrees to anything, as the gold set's rule on comments
and the first precision audit's "domestic policy pledge" have it. A promise or pledge (verb or
noun, `pledge_forms`) with no recipient and a word of domestic policy (`policy_words`) within
`POLICY_WINDOW` words after it is dropped. A pledge to someone named ("promised Gordon Brown he
would stand down"), to another country's good ("pledged to write off the debt owed by poor
nations", "pledges £1bn to a vaccine fund") or about a truce or a pact keeps its AGREE.
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.registry import Registry
from pipeline.stages.roles import Roles
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

# How far after the promise its content is read.
POLICY_WINDOW = 12


def policy_pledge(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether an AGREE with no recipient promises domestic policy (see the module)."""
    if found.code != "AGREE" \
            or found.trigger.tokens[0] not in lex.word_set("pledge_forms"):
        return False
    policy = lex.word_set("policy_words")
    end = min(sent.last, found.last + POLICY_WINDOW)
    return any(tok.low[j] in policy for j in range(found.last, end))


def home_only(roles: Roles, reg: Registry) -> bool:
    """Whether a pledge names no one but its own side: no recipient, or only recipients of the
    actors' country ("promised to cut taxes for farmers": the farmers are the content's)."""
    if not roles.recipients:
        return True
    homes = {reg.actors[a].country for a in roles.actors}
    return None not in homes and all(reg.actors[r].country in homes for r in roles.recipients)
