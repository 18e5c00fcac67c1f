"""Market reports: a trade figure or a currency that uses a trigger word, no act between actors."""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

_FIGURE_SCOPE = 3  # words after a trade trigger in which a quantity or a change makes it a figure
_QUANTIFIERS = frozenset({"about", "some", "nearly", "almost", "around", "over", "an", "estimated",
                          "a", "record", "another", "more", "than", "up", "to"})


def _number(word: str) -> bool:
    """A quantity: digits, with separators or a currency sign ("47,600", "$142.3", "1.5")."""
    return any(c.isdigit() for c in word) and all(c.isdigit() or c in ",.$" for c in word)


def money_unit(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether a trigger form that is also a unit of money or weight (`unit_forms`: "pound") is that
    unit: after "/", "per", a number or an article, or in a sentence of money words (`money_words`:
    "the British pound and the yen", "3.25 cents / pound"). "jets pound rebel positions" and
    "artillery was pounding the town" stay attacks."""
    if found.trigger.noun or found.trigger.tokens[0] not in lex.word_set("unit_forms"):
        return False
    before = tok.low[found.first - 1] if found.first > sent.first else ""
    if before in ("/", "per", "a", "the") or _number(before):
        return True
    return bool(lex.word_set("money_words") & set(tok.low[sent.first : sent.last]))


def trade_figure(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> bool:
    """Whether an economic cooperation trigger ("imported", "sold", "trade with") reports a market
    figure, not a deal between actors: a quantity right after it ("imported 47,600 sheep", "sold
    234,324 tonnes"), a verb of change after it ("trade with Poland rose to $142 million",
    `change_verbs`) or a commodity unit in the sentence (`commodity_units`: "tonnes", "barrels")."""
    if found.code != "COOPERATE" or found.mode != "economic":
        return False
    words = tok.low[sent.first : sent.last]
    if lex.word_set("commodity_units") & set(words):
        return True
    changes = lex.word_set("change_verbs")
    for j in range(found.last, min(sent.last, found.last + _FIGURE_SCOPE + 2)):
        word = tok.low[j]
        if _number(word) and j - found.last <= _FIGURE_SCOPE:
            return True
        if word in changes:
            return True
        if word in lex.clause_breaks or word in (",", ";") or not (
                word in _QUANTIFIERS or word.isalpha() or _number(word)):
            return False
    return False
