"""Firm names that hold a country word inside a longer capitalised name (session 16, firms16):
"America West Airlines", "British Nuclear Fuels", "Telekom Malaysia"."""

from __future__ import annotations

from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence

_INNER = 2


def inner_head(tok: Tokens, first: int, last: int, sent: Sentence, lex: CoderLexicon) -> int | None:
    """Where a firm's name ends when a country word at `first`..`last` is followed, in running text,
    by up to two more capitalised words and then a commercial head (`firm_name_heads`,
    `firm_name_product_heads`: "America West Airlines", "British Nuclear Fuels"; or a market of
    `firm_name_place_heads`, also right after it: "the London Exchange"), none of them a
    word of a state body (`firm_name_stops`, `firm_name_state_words`: "U.S. Export-Import Bank",
    "Japan Development Bank"); None if there is no such name."""
    if not tok.caps[sent.index]:
        return None  # in a headline or title case every word is capitalised
    heads = lex.words_of("firm_name_heads", "firm_name_product_heads")
    places = lex.word_set("firm_name_place_heads")
    stops = lex.words_of("firm_name_stops", "firm_name_state_words")
    for j in range(last, min(sent.last, last + _INNER + 1)):
        word = tok.text[j]
        if not word[:1].isupper() or tok.low[j] in stops:
            return None
        if (j > last and tok.low[j] in heads) or tok.low[j] in places:
            after = tok.low[j + 1] if j + 1 < sent.last else ""
            return None if after in stops else j + 1
    return None


def leads_firm(tok: Tokens, first: int, sent: Sentence, lex: CoderLexicon) -> bool:
    """Whether a capitalised firm word stands right before a country word ("Telekom Malaysia",
    "Telecom Argentina", "Petroleos Mexicanos"; `firm_name_leads`): the country is part of the
    firm's name."""
    return first > sent.first and tok.low[first - 1] in lex.word_set("firm_name_leads") \
        and tok.text[first - 1][:1].isupper()


def of_firm(tok: Tokens, first: int, sent: Sentence, lex: CoderLexicon) -> bool:
    """Whether a country word follows "<market> of" ("the Stock Exchange of Singapore";
    `firm_name_place_heads`, capitalised): the market's name, no state."""
    return first - 2 >= sent.first and tok.low[first - 1] == "of" \
        and tok.low[first - 2] in lex.word_set("firm_name_place_heads") \
        and tok.text[first - 2][:1].isupper()
