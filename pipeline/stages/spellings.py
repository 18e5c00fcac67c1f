"""How the gazetteer ranks the cities of one name: its own name before another city's spelling."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Collection
from pathlib import Path
from typing import Protocol, TypeVar

from pipeline.paths import RESOURCES_DIR

PLACES_PATH = RESOURCES_DIR / "places.toml"
_WORDS = re.compile(r"[\s-]+")


class Named(Protocol):
    """A gazetteer city, as ranked here."""

    @property
    def name(self) -> str: ...

    @property
    def population(self) -> int: ...


C = TypeVar("C", bound=Named)


@functools.cache
def exonyms(path: Path = PLACES_PATH) -> dict[str, str]:
    """English name (lower case) -> the own name of the city the news means by it (places.toml)."""
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    table = data.get("exonyms", {})
    if not all(isinstance(v, str) for v in table.values()):
        raise ValueError(f"{path.name}: [exonyms] values must be city names")
    return {str(k).lower(): str(v) for k, v in table.items()}


def part_of_name(key: str, name: str) -> bool:
    """Whether the key is whole words of the name ("westminster" in "City of Westminster",
    "nara" in "Nara-shi", "petersburg" in "Saint Petersburg"): the same place, not a respelling."""
    words, whole = _WORDS.split(key.lower()), _WORDS.split(name.lower())
    return any(whole[i:i + len(words)] == words for i in range(len(whole) - len(words) + 1))


def rank(key: str, options: list[C], respelled: Collection[C]) -> None:
    """Order the cities a key names, best first: the English name's city (`exonyms`), then
    the cities whose own name (or part of it) the key is, then those of which it is only an
    alternate spelling ("Monterey" is Monterey, California before Monterrey, Mexico); most
    populous first within each. `respelled` holds the cities the key is an alternate spelling of."""
    meant = exonyms().get(key)

    def order(city: C) -> tuple[bool, bool, int]:
        spelled = city in respelled and not part_of_name(key, city.name)
        return city.name != meant, spelled, -city.population

    options.sort(key=order)
