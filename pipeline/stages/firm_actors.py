"""A country word inside a firm's name is no actor (session 16, firms16b): "IBM Canada Ltd filed a
lawsuit", "British Energy warned" are the firm's acts, not the country's."""

from __future__ import annotations

from pipeline.stages.firm_names import firm_span
from pipeline.stages.lexicon import CoderLexicon
from pipeline.stages.mentions import Tokens
from pipeline.stages.sentence import Sentence


def _designated(tok: Tokens, j: int, sent: Sentence, forms: frozenset[str]) -> bool:
    """Whether a capitalised legal form (`company_designators`) stands at `j`, right after a
    country word: "British Land of America Inc"."""
    return j < sent.last and tok.low[j] in forms and tok.text[j][:1].isupper()


def _national_arm(tok: Tokens, first: int, sent: Sentence, lex: CoderLexicon) -> bool:
    """Whether a firm's name of two capitalised words ending in a commercial head
    (`firm_name_heads`, not "Bank": "Bank Indonesia" is a central bank) stands right before the
    country word at `first`: the firm's national arm ("GENERAL MOTORS CANADA")."""
    if first - 2 < sent.first:
        return False
    head = tok.low[first - 1]
    return head in lex.word_set("firm_name_heads") and head not in ("bank", "air") \
        and tok.text[first - 1][:1].isupper() and tok.text[first - 2][:1].isupper()


def without_firm_countries(sent: Sentence, tok: Tokens, lex: CoderLexicon) -> Sentence:
    """The sentence with no country mention that is part of a firm's name (`firm_names.firm_span`:
    "Canadian Mining", "America West Airlines", "Telekom Malaysia", "Air Ruritania"; right before
    a legal form, "Ruritania Inc"; after a firm's two-word name, "General Motors Canada"), and
    any pronoun after it that stands for the
    same country ("IBM Canada Ltd said it filed"), for the choice of actor and recipient; the
    sentence itself when it names no such firm."""
    forms = lex.word_set("company_designators")
    firm = [m for m in sent.mentions if m.method == "gazetteer" and (
        firm_span(m, tok, sent, lex) is not None or _designated(tok, m.last, sent, forms)
        or _national_arm(tok, m.first, sent, lex))]
    if not firm:
        return sent
    keys = {k for m in firm for k in m.keys}
    start = min(m.first for m in firm)
    kept = [m for m in sent.mentions if m not in firm and not (
        m.method.startswith("pronoun") and m.first > start and keys.issuperset(m.keys))]
    return sent.with_mentions(kept)
