"""A thing judged by a naming verb that names no actor (session 21, verbal21): "Iran called the
sanctions illegal", "the opposition called the move rash and unforgivable". accuse17's
`condemnations.condemned_roles` codes a condemning word after the object of a naming verb only
when the judged thing names an actor, its recipient; with no mention at all in the judged thing
the naming speaker still criticises (ACCUSE, CAMEO 111) someone left unnamed: the speaker is the
actor and there is no recipient. Only the naming frame (`naming_verbs`: call, brand, describe ...
as): the speech frame "said the decline was excessive" is a forecaster's comment as often as a
criticism. A pronoun or a company in the judged thing, or a company as speaker, codes nothing,
as in `condemned_roles`; nor does a passive naming verb ("has been branded a waste by MPs": the
speaker is the agent) or one in a relative clause after the mention before it ("a system which
businessmen regard as arbitrary": not the system's owner)."""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.registry import Registry
from pipeline.stages.roles import Roles
from pipeline.stages.sentence import Sentence
from pipeline.stages.subjects import subject_keys

_STOPS = frozenset({",", "to", "which", "who", "if", "when", "whether"})
COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
_RELATIVES = frozenset({"which", "that", "who", "whom", "whose"})
_REACH = 12  # tokens from the naming verb to the condemning word, as in condemnations.py


def unnamed_judged(sent: Sentence, said: int, end: int, tok: Tokens, lex: CoderLexicon,
                   reg: Registry) -> Roles | None:
    """The naming speaker as actor with no recipient when the thing judged (tokens said+1..end)
    after a naming verb at `said` holds no mention; else None."""
    if tok.low[said] not in lex.word_set("naming_verbs") \
            or any(said < m.first <= end for m in sent.mentions):
        return None
    before = [m for m in sent.mentions if m.last <= said and not m.locative]
    if not before or tok.low[said - 1] in COPULAS \
            or _RELATIVES & set(tok.low[before[-1].last : said]):
        return None  # "has been branded ... by MPs"; "a system which businessmen regard as"
    speaker = subject_keys(before, tok)
    if speaker is None or any(reg.actors[k].type == "company" for k in speaker):
        return None
    methods = {k: m.method for m in sent.mentions for k in m.keys}
    return Roles(speaker, (), False,
                 "a condemning word after a naming verb: the speaker criticises an unnamed party",
                 methods)


def judging_call(last: int, end: int, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a "call" ending at `last` (sentence end `end`) is followed, before a comma,
    "to", a relative or a clause break, by a condemning word (`condemning_words`): "called the
    sanctions illegal" judges, no phone call."""
    words = lex.word_set("condemning_words")
    for j in range(last, min(end, last + _REACH)):
        if tok.low[j] in words:
            return True
        if tok.low[j] in lex.clause_breaks or tok.low[j] in _STOPS:
            return False
    return False


def noun_start(tok: Tokens, at: int, first: int, lex: CoderLexicon) -> int:
    """Where a condemning noun's phrase opens (`condemning_nouns`: "called the raid a flagrant
    violation of", "said the vote was a farce"): before its article and modifiers
    (`condemning_noun_modifiers`), so that the frame finds the copula or the object before it;
    `at` itself for a condemning adjective."""
    if tok.low[at] not in lex.word_set("condemning_nouns"):
        return at
    mods = lex.word_set("condemning_noun_modifiers")
    j = at
    while j - 1 > first and tok.low[j - 1] in mods:
        j -= 1
    return j
