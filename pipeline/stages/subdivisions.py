"""First-level parts of countries (states, provinces, regions) by the names the news uses, from pycountry."""

from __future__ import annotations

import functools
import gettext
import re

import pycountry

# Kinds of first-level unit a story names as a region. Municipalities, districts, parishes,
# communes and other local units are left out: their names are mostly a town's; so are emirates,
# one with their city ("Dubai", "Sharjah"), which is the finer place.
_REGION_TYPES = frozenset({
    "province", "region", "state", "department", "county", "governorate", "administrative region",
    "prefecture", "canton", "republic", "division", "autonomous region", "autonomous community",
    "land", "voivodship", "metropolitan region", "regional state", "union territory",
    "administrative territory", "geographical unit", "oblast", "autonomous district",
    "geographical region", "country", "territory", "autonomous republic", "federal territory",
    "entity", "autonomous province", "special self-governing province",
})
# Administrative words of pycountry's local-language names ("Sichuan Sheng", "Xinjiang Uygur
# Zizhiqu", "Tomskaya oblast'"): the news names the part without them.
_ADMIN_WORDS = frozenset({"sheng", "zizhiqu", "huizu", "zhuangzu", "uygur", "oblast", "oblast'",
                          "kray", "respublika"})
# A name made only of these words describes a part of a country ("Western", "Far North",
# "Upper East", "Gulf", "Lakes") rather than naming one.
_DESCRIPTIVE = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "centre", "center", "far", "upper", "lower", "middle", "greater", "north-west", "north-east",
    "south-west", "south-east", "north-western", "gulf", "lakes", "rivers", "delta", "plateau",
    "coast", "coastal", "littoral", "unity", "capital", "islands", "highlands", "savannah",
    "nord", "sud", "est", "ouest",
})
_BRACKETED = re.compile(r"\s*[\[(]([^\])]*)[\])]")


def _forms(name: str) -> set[str]:
    """The lower-case names a pycountry name stands for: "Catalunya [Cataluña]" is both,
    "Asturias, Principado de" is "asturias", "Sichuan Sheng" is "sichuan"."""
    out: set[str] = set()
    for part in (_BRACKETED.sub("", name), *_BRACKETED.findall(name)):
        words = part.split(",")[0].lower().split()
        while words and words[-1] in _ADMIN_WORDS:
            words.pop()
        if words and not all(w in _DESCRIPTIVE for w in words):
            out.add(" ".join(words))
    return out


@functools.cache
def region_names() -> tuple[tuple[str, str], ...]:
    """(lower-case name, ISO alpha-3) of every first-level region of every country, in its
    pycountry name and English translation; a name may belong to several countries."""
    english = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"],
                                  fallback=True)
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    out: set[tuple[str, str]] = set()
    for sub in pycountry.subdivisions:
        iso3 = alpha3.get(sub.country_code)
        if iso3 is None or getattr(sub, "parent_code", None) is not None \
                or str(sub.type).lower() not in _REGION_TYPES:
            continue
        for name in {str(sub.name), english.gettext(str(sub.name))}:
            out.update((form, iso3) for form in _forms(name))
    return tuple(sorted(out))
