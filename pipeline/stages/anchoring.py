"""Where a trigger's phrase hangs from (its governor), and what anchors a noun trigger to an act."""

from __future__ import annotations

from pipeline.stages.heads import phrase_start
from pipeline.stages.labour_strikes import on_strike
from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.light_adjectives import adjective_after, light_anchor
from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found
from pipeline.stages.unnamed import obtain_verb

_CONJUNCTIONS = frozenset({"and", "or", "but", "nor", "then"})


def _word(token: str) -> bool:
    """A word or a hyphenated or numeric modifier ("two-week", "B-52", "90's"), not punctuation."""
    return any(c.isalnum() for c in token) and all(c.isalnum() or c in "-'" for c in token)


def governor_at(tok: Tokens, at: int, first: int, names: frozenset[int], light: frozenset[str],
                stops: frozenset[str], caseless: bool) -> int:
    """Where the word a phrase hangs from is: articles, names and up to two modifiers skipped
    (hyphenated and numeric ones too: "in the two-week battle", "in 90's attacks"; capitalised
    ones in a headline in title case: "in Gaza Camp Raid"); first - 1 if none."""
    j, skipped, article = at - 1, 0, False
    while j >= first and (tok.low[j] in ("the", "a", "an", "this", "that", "their", "its", "'s")
                          or j in names
                          or (skipped < 2 and not article and _word(tok.low[j])
                              and (caseless or tok.low[j] == tok.text[j])
                              and (tok.low[j] not in light or adjective_after(tok, j, first, stops))
                              and tok.low[j] not in stops
                              and tok.low[j] not in _CONJUNCTIONS)):
        skipped += tok.low[j] not in ("the", "a", "an")
        article = article or tok.low[j] in ("the", "a", "an")  # no modifier stands before an article:
        j -= 1  # in "observed a strike" the verb governs the noun, not the preposition before it
    return j


def reason_of_object(tok: Tokens, at: int, trigger: int, first: int, names: frozenset[int],
                     lex: CoderLexicon) -> bool:
    """A gerund after "by"/"for" that says what the object of a blaming or praising verb did:
    "accused North Korea of miscalculation by refusing to resume talks" (North Korea refused)."""
    if tok.low[at] not in ("by", "for") or at != trigger - 1 or not tok.low[trigger].endswith("ing"):
        return False
    verbs = lex.word_set("reason_verbs")
    verb = next((j for j in range(at - 1, max(first, at - 12) - 1, -1) if tok.low[j] in verbs), None)
    return verb is not None and any(verb < i < at for i in names) and not any(
        tok.low[j] in (",", ";", ":", "but", "while") for j in range(verb, at))


def engaged_in(found: Found, sent: Sentence, tok: Tokens, at: int, names: frozenset[int],
               lex: CoderLexicon) -> bool:
    """A verbless headline "X in <noun trigger>" that ends with it says what X is doing, no topic:
    "India and Russia in energy talks", "activists in pantomime protest" (a name right before
    "in", only names before it and nothing after the trigger but a full stop)."""
    if tok.low[at] != "in" or at - 1 < sent.first or at - 1 not in names \
            or any(j not in names and tok.low[j] not in ("and", ",") for j in range(sent.first, at)):
        return False
    rest = tok.low[found.last : sent.last]
    return all(w in lex.word_set("full_stops") for w in rest)


def anchored(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """A noun trigger anchored by a light verb, a verb of means ("retaliated in air strikes") or
    of obtaining ("won his release"), an actor right before, or "with X" after it."""
    start = phrase_start(tok, found.first, sent.first, lex)  # "another round of talks"
    lo = max(sent.first, start - lex.light_window)
    window = tok.low[lo:start]
    if found.first == sent.first or light_anchor(tok, lo, start, sent.first, lex) \
            or any(w in lex.word_set("manner_verbs") for w in window) \
            or on_strike(found, tok, sent.first):  # "seamen were still on strike"
        return True
    if found.code in lex.word_set("obtained_types") \
            and obtain_verb(tok, sent.first, found.first, lex) is not None:
        return True  # "won his release", "obtained a loan"
    if " ".join(found.trigger.tokens) in lex.strict_nouns:
        return found.last < sent.last and tok.low[found.last] in ("for", "that")
    if any(found.first - 2 <= m.last <= found.first for m in sent.mentions):
        return True
    preps = lex.word_set("anchor_prepositions")
    return found.last < sent.last and tok.low[found.last] in preps and any(
        found.last < m.first <= found.last + 3 for m in sent.mentions)


def joined_in(tok: Tokens, at: int, trigger: int, first: int, lex: CoderLexicon) -> bool:
    """A gerund right after "in" that a verb of joining governs: "Britain joined the United
    States in welcoming the accord" (both welcomed it; `joining_verbs` up to eight words before)."""
    if tok.low[at] != "in" or at != trigger - 1 or not tok.low[trigger].endswith("ing"):
        return False
    verbs = lex.word_set("joining_verbs")
    return any(tok.low[j] in verbs for j in range(max(first, at - 8), at))


def light_verb(tok: Tokens, at: int, first: int, lex: CoderLexicon) -> str | None:
    """The light verb nearest before a noun trigger, within `light_window` tokens."""
    window = tok.low[max(first, at - lex.light_window) : at]
    return next((w for w in reversed(window) if w in lex.light_verbs), None)
