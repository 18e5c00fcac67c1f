"""Firms named after a country ("British Widget", "U.S. Air", "Air Ruritania", "Bank of Freedonia")
and state-owned companies ("the state oil company"): words that make a sentence company news."""

from __future__ import annotations

from pipeline.stages.firm_name_runs import inner_head, leads_firm, of_firm
from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.registry import Mention
from pipeline.stages.sentence import Sentence
from pipeline.stages.triggers import Found

_SELF = frozenset({"it", "its", "company"})


def _head(tok: Tokens, j: int, sent: Sentence, lex: CoderLexicon) -> bool:
    """Whether a capitalised commercial head word (`firm_name_heads`: "Motors", "Air", "Mining";
    in running text also `firm_name_product_heads`: "Steel") stands at `j` and no word of a state
    body or a sector follows it (`firm_name_stops`: "Air Force", "Oil Industry")."""
    heads = lex.word_set("firm_name_heads")
    if tok.caps[sent.index]:
        heads = heads | lex.word_set("firm_name_product_heads")
    if j >= sent.last or tok.low[j] not in heads or not tok.text[j][:1].isupper():
        return False
    after = tok.low[j + 1] if j + 1 < sent.last else ""
    return after not in lex.word_set("firm_name_stops") or (after == "staff" and tok.low[j] != "air")


def _source(tok: Tokens, end: int, sent: Sentence, lex: CoderLexicon) -> bool:
    """Whether the name ending at `end` only reports another's act ("British Airways said the
    government agreed"), not its own ("American Express said it had agreed")."""
    speech = lex.words_of("speech_verbs", "attribution_verbs")
    return end < sent.last and tok.low[end] in speech and not _SELF & set(tok.low[end + 1 : end + 4])


def firm_span(m: Mention, tok: Tokens, sent: Sentence, lex: CoderLexicon) -> tuple[int, int] | None:
    """Where the firm's name that country mention `m` is part of starts and ends, or None: a
    country or nationality (resolved by the gazetteer, not a KB body) right before a commercial
    head ("Canadian Mining"), inside a longer name ("America West Airlines"), after a firm word
    ("Telekom Malaysia"), "Air" ("Air Ruritania"), "Bank of" or "<Exchange> of"."""
    if m.method != "gazetteer":
        return None
    if _head(tok, m.last, sent, lex):
        return m.first, m.last + 1
    if (inner := inner_head(tok, m.first, m.last, sent, lex)) is not None:
        return m.first, inner
    if leads_firm(tok, m.first, sent, lex):
        return m.first - 1, m.last
    if of_firm(tok, m.first, sent, lex):
        return m.first - 2, m.last
    if m.first > sent.first and tok.low[m.first - 1] == "air" and tok.text[m.first - 1][:1].isupper():
        return m.first - 1, m.last
    if m.first - 2 >= sent.first and tok.low[m.first - 2 : m.first] == ["bank", "of"] \
            and tok.text[m.first - 2][:1].isupper():
        return m.first - 2, m.last
    return None


def firm_name_starts(sent: Sentence, tok: Tokens, lex: CoderLexicon) -> set[int]:
    """Token indices where a firm's name built on a country word starts: a country or nationality
    (resolved by the gazetteer, not a KB body) right before a commercial head ("Canadian Mining",
    "AMERICAN GADGETS"), after "Air" ("Air Ruritania") or "Bank of" ("Bank of Freedonia"); and
    a word for state ownership before a word for firms ("the state oil company", `state_firm_words`,
    `state_firm_nouns`; in lower case). A name that is only the source of another's act does not count."""
    named: dict[int, int] = {}
    for m in sent.mentions:
        span = firm_span(m, tok, sent, lex)
        if span is not None:
            named[span[0]] = span[1]
    owners = lex.word_set("state_firm_words")
    nouns = lex.word_set("state_firm_nouns")
    for j in range(sent.first, sent.last):
        if tok.low[j] in owners and tok.text[j] == tok.low[j]:  # not "Islamic State group"
            end = next((k + 1 for k in range(j + 1, min(sent.last, j + 4)) if tok.low[k] in nouns), None)
            if end is not None:
                named[j] = end
    return {j for j, end in named.items() if not _source(tok, end, sent, lex)}


def firm_clause(found: Found, sent: Sentence, tok: Tokens, lex: CoderLexicon) -> int:
    """Where a clause opener (`firm_clause_openers`: "that", "during" ...) after a trigger of
    dealing starts another clause, before any comma: a firm named past it is the deal's content
    or setting, not its party ("reached an agreement that will allow AMR Corp's American Airlines
    to ..."); `sent.last` if none."""
    openers = lex.word_set("firm_clause_openers")
    for j in range(found.last, sent.last):
        if tok.low[j] in openers:
            return j
        if tok.low[j] in (",", ";"):
            break
    return sent.last
