"""A person placed by an office "of"/"for" a body of a country in an apposition ("Louis Viannet,
leader of France's CGT union, ...", "X, a spokesman for the French government, ...", "X, head
of Slovak Interpol, ..."): the person, when nothing else places them, takes that country.

`resolve._appositive` places "X, Iran's oil minister," (a country right before a title); this
covers the office named before the country, with "of" or "for" between."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.stages.mentions import Span, Tokens

if TYPE_CHECKING:
    from pipeline.stages.registry import Registry

Resolved = tuple[Span, tuple[str, ...], str]

_ARTICLES = frozenset({"the", "a", "an"})
_LINKS = frozenset({"of", "for"})
# Lower-case words that may stand before the office ("a senior official of", "deputy head of").
_MAX_MODIFIERS = 2
# Tokens between "of"/"for" and the body's first word ("of the", "of Britain's ruling").
_MAX_GAP = 1


def _office_end(tok: Tokens, at: int, stop: int, offices: frozenset[str]) -> int | None:
    """The token after "of"/"for" when an office phrase starts at `at` (", [a] [senior] official
    of"), else None."""
    j = at + 1 if at < stop and tok.low[at] in _ARTICLES else at
    for _ in range(_MAX_MODIFIERS + 1):
        if j + 1 >= stop:
            return None
        if tok.low[j] in offices and tok.low[j + 1] in _LINKS:
            return j + 2
        word = tok.text[j]
        if (not word.isalpha() and "-" not in word) or word[:1].isupper():
            return None
        j += 1
    return None


def place_by_office(resolved: list[Resolved], tok: Tokens, reg: Registry,
                    offices: frozenset[str]) -> None:
    """Give an unplaced person named before ", <office> of/for <country's body>," that country
    (`offices`: the lexicon's `office_heads`)."""
    for span, keys, _ in resolved:
        if span.kind != "ner" or len(keys) != 1 or span.last >= len(tok.low) \
                or tok.low[span.last] != ",":
            continue
        info = reg.actors[keys[0]]
        if info.type != "person" or info.kb is not None or info.country is not None:
            continue
        stop = tok.sentences[span.sentence][1]
        after = _office_end(tok, span.last + 1, stop, offices)
        if after is None:
            continue
        body = min((entry for entry in resolved if after <= entry[0].first <= after + _MAX_GAP),
                   key=lambda entry: entry[0].first, default=None)
        if body is None or any(tok.low[k] == "," for k in range(after, body[0].first)):
            continue
        countries = {reg.actors[k].country for k in body[1]}
        types = {reg.actors[k].type for k in body[1]}
        if len(countries) != 1 or None in countries or "person" in types:
            continue
        info.country = next(iter(countries))
        info.method = "appositive-office"
        info.confidence = max(info.confidence, 0.65)
