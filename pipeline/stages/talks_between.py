"""Talks whose parties follow an adjunct after the noun (session 20, talks20).

`roles_for` reads "talks between X and Y" as X CONSULT Y only when "between" follows the noun
right away. The parties may come after a verb of occurrence or an adjunct of time or place:
"peace talks have begun between the government and the rebels", "talks here last week between
X and Y", "talks in Geneva on Monday between X and Y". A CONSULT noun trigger with no subject
of its own takes the parties of a "between" within `BETWEEN_WINDOW` words after it when every
word before that "between" is such an adjunct (`occurrence_verbs`,
`weekdays`, `between_adjuncts`, a place mention, a capitalised name after "in"/"at"). Any other
word (a topic, "aimed at", "scheduled", "the gap") ends the search: "talks on quotas broke down
due to a conflict between X and Y" names no parties of the talks. The first party is the mention right after "between"; the second
is the first mention after an "and" past it ("between Israel's opposition Labour party and the
Prime Minister": the party's name inside the first phrase is no second party).
"""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.registry import Mention
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

# How far after a talks noun the "between" of its parties is looked for.
BETWEEN_WINDOW = 8


def parties_between(f: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon
                    ) -> tuple[Mention, Mention] | None:
    """The two parties of a CONSULT noun whose "between" comes after a verb of occurrence or an
    adjunct of time or place ("talks have begun between X and Y", "talks here last week between
    X and Y"); None when there is no such construction."""
    if not f.trigger.noun or f.code != "CONSULT":
        return None
    adjuncts = lex.words_of("occurrence_verbs", "weekdays", "between_adjuncts")
    places = {j for m in sent.mentions if m.locative for j in range(m.first, m.last)}
    named = False  # inside a place's name after "in"/"at": "talks in Geneva last week between"
    for j in range(f.last, min(sent.last, f.last + BETWEEN_WINDOW)):
        if tok.low[j] == "between":
            return _pair([m for m in sent.mentions if m.first > j and not m.locative], tok) \
                if j > f.last else None
        named = tok.text[j][:1].isupper() and (named or tok.low[j - 1] in ("in", "at"))
        if tok.low[j] not in adjuncts and j not in places and not named:
            return None
    return None


def _pair(mentions: list[Mention], tok: Tokens) -> tuple[Mention, Mention] | None:
    """The mention governed by "between" and the first one after an "and" past it."""
    if not mentions or mentions[0].governed != "between":
        return None
    first = mentions[0]
    for m in mentions[1:]:
        if "and" in tok.low[first.last : m.first]:
            return first, m
    return None
