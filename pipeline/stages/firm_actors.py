"""A country word inside a firm's name is no actor (session 16, firms16b): "IBM Canada Ltd filed a
lawsuit", "British Energy warned" are the firm's acts, not the country's."""

from __future__ import annotations

import dataclasses

from pipeline.stages.firm_names import firm_span
from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence


def _designated(tok: Tokens, j: int, sent: Sentence, forms: frozenset[str]) -> bool:
    """Whether a capitalised legal form (`company_designators`) stands at `j`, right after a
    country word: "British Land of America Inc"."""
    return j < sent.last and tok.low[j] in forms and tok.text[j][:1].isupper()


def without_firm_countries(sent: Sentence, tok: Tokens, lex: CoderLexicon) -> Sentence:
    """The sentence with no country mention that is part of a firm's name (`firm_names.firm_span`:
    "Canadian Mining", "America West Airlines", "Telekom Malaysia", "Air Ruritania"; or right before a legal form, "Ruritania Inc"), for the
    choice of actor and recipient; the sentence itself when it names no such firm."""
    forms = lex.word_set("company_designators")
    kept = [m for m in sent.mentions if m.method != "gazetteer" or not (
        firm_span(m, tok, sent, lex) is not None or _designated(tok, m.last, sent, forms))]
    if len(kept) == len(sent.mentions):
        return sent
    return dataclasses.replace(sent, mentions=kept)
