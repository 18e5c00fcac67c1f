"""Places: countries, cities (with coordinates, disambiguated by the article's countries) and regions."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from pipeline.models import EntityMention, Place
from pipeline.stages.geo import City, Gazetteer
from pipeline.stages.mentions import Span

# A US state's name is the state unless the city it would name (one in the article's countries
# first, else the most populous) is this large ("Washington", "New York"); so is another country's
# first-level region's, if the city is in a third country (`_region_over_city`).
STATE_OVER_CITY = 500_000
# Methods of the places a club's name may be taken for: cities and first-level regions, not a
# country or a province of the curated list ("England" is a national team's country).
_CLUB_PLACES = ("gazetteer-in-article-country", "gazetteer-most-populous", "gazetteer-subdivision",
                "gazetteer-us-state")


def _region_over_city(region: str, city: City | None, geo: Gazetteer,
                      countries: frozenset[str]) -> bool:
    """Whether a first-level region's name names the region rather than the city it would name.

    A city of the region's own country is mostly its seat and the one meant ("Zurich",
    "Kandahar"), unless it is written "<name> City" ("Quebec"); a city elsewhere is meant when
    it has STATE_OVER_CITY people or lies in one of the article's countries and the region not.
    """
    if city is None:
        return True
    if city.country == region:
        return geo.called_city(city)
    return city.population < STATE_OVER_CITY and (city.country not in countries
                                                  or region in countries)


def place_of(name: str, entity: str, geo: Gazetteer, countries: frozenset[str]) -> Place | None:
    """Resolve one place name: country, then US state, other first-level region or city, then
    named region."""
    iso3 = geo.country_name_form(name)
    if iso3 is not None:
        return Place(entity=entity, name=name, kind="country", country=iso3, method="gazetteer",
                     confidence=0.9)
    city = geo.city(name, countries)
    if geo.us_state(name) and (city is None or city.population < STATE_OVER_CITY):
        return Place(entity=entity, name=name, kind="region", country="USA",
                     method="gazetteer-us-state", confidence=0.85)
    region = geo.region_of(name, countries)
    if region is not None and _region_over_city(region, city, geo, countries):
        return Place(entity=entity, name=name, kind="region", country=region,
                     method="gazetteer-subdivision", confidence=0.8)
    if city is not None:
        method = ("gazetteer-in-article-country" if city.country in countries
                  else "gazetteer-most-populous")
        return Place(entity=entity, name=city.name, kind="city", country=city.country,
                     latitude=city.latitude, longitude=city.longitude, method=method,
                     confidence=0.8 if city.country in countries else 0.6)
    province = geo.province(name)
    if province is not None:
        return Place(entity=entity, name=name.removeprefix("the "), kind="region",
                     country=province, method="gazetteer-province", confidence=0.85)
    if geo.region(name):
        return Place(entity=entity, name=name.removeprefix("the "), kind="region",
                     method="region-list", confidence=0.8)
    return None


def find_places(entities: Iterable[EntityMention], spans: Iterable[tuple[str, Span]],
                geo: Gazetteer, countries: frozenset[str],
                clubs: Collection[str] = frozenset()) -> list[Place]:
    """One place per LOC entity and per country or capital named in the article; a city or
    region whose entity is in `clubs` (teams named after it: "Lazio", "Portsmouth") is none."""
    places: dict[str, Place] = {}
    for m in entities:
        if m.label != "LOC" or m.entity in places:
            continue
        found = place_of(m.canonical, m.entity, geo, countries)
        if m.entity in clubs and found is not None and found.method.startswith(_CLUB_PLACES):
            continue
        places[m.entity] = found or Place(entity=m.entity, name=m.canonical, kind="other",
                                          method="unresolved", confidence=0.3)
    named = {p.country for p in places.values() if p.kind == "country"}
    for text, s in spans:
        if s.kind == "country" and s.value not in named and geo.country_name_form(text) \
                and (s.entity is None or s.entity not in places):
            named.add(s.value)
            places[f"country:{s.value}"] = Place(
                entity=s.entity or f"country:{s.value}", name=geo.country_name(s.value),
                kind="country", country=s.value, method=f"gazetteer:{text}", confidence=0.85)
    return list(places.values())
