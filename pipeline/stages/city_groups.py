"""A bare group noun right after a city's name is that city's ("a Hamburg court", "Karachi
police"): the city's country places the group, not a country named elsewhere in the sentence
("... sentenced a U.S. neo-Nazi for smuggling leaflets into Germany from the United States")."""

from __future__ import annotations

from pipeline.stages.geo import Gazetteer
from pipeline.stages.mentions import Span, Tokens

# Only a well-known city qualifies a group by its name alone ("Hamburg", not a village that
# shares a word with a surname or a firm).
_MIN_POPULATION = 250_000
_ARTICLES = frozenset({"a", "an", "the"})  # "A Hamburg court" at a sentence's start


def city_country(tok: Tokens, s: Span, sentence_start: int, geo: Gazetteer,
                 countries: frozenset[str]) -> str | None:
    """ISO alpha-3 of the city named by the one capitalised word right before the group noun `s`
    (after an article, a possessive or the sentence's start), else None. Not a country, capital,
    province, US state or region (their own look-ups place the group), and not in a sentence in
    capitals or title case, where case says nothing."""
    i = s.first - 1
    if i < sentence_start or not tok.caps[s.sentence]:
        return None
    word = tok.text[i]
    if not word[:1].isupper() or not word.isalpha():
        return None
    if i > sentence_start and tok.text[i - 1][:1].isupper() and tok.low[i - 1] not in _ARTICLES:
        return None  # "New York police", "Deutsche Bank analysts": not one word
    if geo.country_or_capital(word) is not None or geo.us_state(word) or geo.region(word):
        return None
    city = geo.city(word, countries)
    return city.country if city is not None and city.population >= _MIN_POPULATION else None
