"""Trigger words in a sense that is no event: a warning that is a comment on a danger, a question,
going on with something."""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

_WARNING_SCOPE = 6


def comment_warning(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a warning "of", "on" or "about" something names no threatened act: a comment on a
    danger ("U.S. warns of dependence on foreign oil", "a warning on antidepressant use"), not a
    threat ("warned of retaliation", "warns on sanctions": a THREATEN mode word or one of
    `threat_contents` within a few words, before a clause break)."""
    if found.code != "THREATEN" or not found.trigger.tokens[-1].startswith("warn") \
            or found.last >= sent.last \
            or tok.low[found.last] not in lex.words.get("warning_topics", frozenset()):
        return False
    stop = min(sent.last, found.last + 1 + _WARNING_SCOPE)
    stop = next((j for j in range(found.last + 1, stop) if tok.low[j] in lex.clause_breaks), stop)
    if lex.words.get("threat_contents", frozenset()) & set(tok.low[found.last + 1 : stop]):
        return False
    cues = [index for mode, index in lex.modes.get("THREATEN", ()) if mode != "unspecified"]
    return not any(index.match(tok.low, j, stop) for index in cues
                   for j in range(found.last + 1, stop))


def question_asked(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether "ask" puts a question, not a request: a question word (`question_words`: "if",
    "whether", "why", "about" ...) follows within five words before any "to" or "for" ("asked
    reporters whether France was consulted", "asking him if he is ..."), or "when"/"if" stands
    right before it ("Baker, when asked if ..."). "asked Japan to open talks", "asked for aid",
    "asked about 30 firms to refrain" are requests."""
    if found.code != "REQUEST" or found.trigger.tokens[0] not in lex.words.get("ask_forms", frozenset()):
        return False
    if found.first > sent.first and tok.low[found.first - 1] in ("when", "if", "once"):
        return True
    questions = lex.words.get("question_words", frozenset())
    for j in range(found.last, min(sent.last, found.last + 5)):
        if tok.low[j] in ("to", "for", ",", ";") or tok.low[j] in lex.clause_breaks - questions:
            return False
        if tok.low[j] in questions and not (tok.low[j] == "about" and j + 1 < sent.last
                                            and tok.low[j + 1][:1].isdigit()):
            return True  # not "asked about 30 trading houses to refrain": a number
    return False


def carrying_on(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a one-word verb trigger is followed by a particle of going on (`carry_on_words`)
    and "with": "Sharon pushes on with the plan", "presses ahead with talks". The subject keeps at
    something; it does not press anyone ("met ahead of the summit" is still a meeting)."""
    if found.trigger.noun or len(found.trigger.tokens) > 1 or found.last + 1 >= sent.last:
        return False
    return tok.low[found.last] in lex.words.get("carry_on_words", frozenset()) \
        and tok.low[found.last + 1] == "with"
