"""What enrichment looks things up in: the actor KB, titles, gazetteer and coder lexicon, loaded once."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from pipeline.stages.event_confidence import ConfidenceModel, confidence_model
from pipeline.stages.geo import Gazetteer, gazetteer
from pipeline.stages.kb import Actor, ActorKB, Role, load_titles, normalize
from pipeline.stages.lexicon import CoderLexicon, PhraseIndex, lexicon
from pipeline.stages.text import tokenize

# Seniority of role codes: the first active one names an actor's role in an event.
ROLE_ORDER = (
    "head_of_state", "head_of_government", "foreign_minister", "defence_minister",
    "energy_minister", "intelligence_chief", "national_security_advisor", "special_envoy",
    "secretary_general", "minister", "central_bank_governor", "military_chief", "ambassador",
    "executive", "legislator", "spokesperson", "other",
)  # fmt: skip


# A bare surname names a KB person only this many years before or after one of their offices.
SURNAME_YEARS = 5
# A courtesy title before a surname alias ("Mr Kennedy") makes it a bare surname for that window.
COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "dr"})
NORM_CACHE = 1 << 17  # folded tokens kept (a few MB)


@dataclass(frozen=True, slots=True)
class Knowledge:
    """The look-up tables of enrichment."""

    kb: ActorKB
    titles: dict[str, str]
    title_index: PhraseIndex
    alias_index: PhraseIndex
    geo: Gazetteer
    lexicon: CoderLexicon
    version: str
    # Aliases whose last word is written in lower case ("UN refugee agency") or is no word
    # ("OPEC+"): they match in running text although that word is no capitalised name there.
    lower_tail: frozenset[tuple[str, ...]] = frozenset()
    # Maps the coder's rule score to a calibrated probability (None: the rule score stands).
    confidence: ConfidenceModel | None = None

    def actors_for(self, key: str, day: dt.date, countries: frozenset[str]) -> Actor | None:
        """Pick one KB actor for a normalized alias: active on the day, else in the article's countries.

        A bare surname ("Rice", "Major"), also after a courtesy title ("Mr Kennedy"), names a
        person only within `SURNAME_YEARS` of one of their offices: in 1987 "Rice" is a crop, not
        Condoleezza Rice.
        """
        found = self.kb.lookup(key)
        if not found and " s " in key:  # tokens split a possessive alias: "China 's Foreign Ministry"
            found = self.kb.lookup(key.replace(" s ", "s "))
        if " " not in key or key.split(" ", 1)[0] in COURTESY_TITLES:  # "Mr Kennedy" is a surname too
            found = tuple(a for a in found if a.type != "person" or _near_office(a, day))
        if len(found) <= 1:
            return found[0] if found else None
        active = [a for a in found if a.roles_on(day)]
        local = [a for a in active or found if a.country in countries]
        return (local or active or list(found))[0]

    def names_country(self, key: str, iso3: str | None) -> bool:
        """Whether some words of a normalized alias name the country or its people ("uk labour")."""
        words = key.split()
        return iso3 is not None and any(
            self.geo.country(" ".join(words[a:b])) == iso3
            for a in range(len(words)) for b in range(a + 1, min(a + 3, len(words)) + 1))


def _near_office(actor: Actor, day: dt.date) -> bool:
    """Whether the person held an office within SURNAME_YEARS of the day (or has no dated roles)."""
    if not actor.roles:
        return True
    margin = dt.timedelta(days=365 * SURNAME_YEARS)
    return any((r.start is None or r.start - margin <= day) and (r.end is None or day < r.end + margin)
               for r in actor.roles)


def primary_role(actor: Actor, day: dt.date) -> tuple[str, str] | None:
    """(role code, title) of the most senior role the actor holds on the day."""
    best = _senior(actor, day)
    return (best.role, best.title) if best is not None else None


def acting_for(actor: Actor, day: dt.date) -> str | None:
    """The organisation (ISO3 or KB id) of the most senior office held on the day, else None:
    Kofi Annan acts for the UN in 2004, Shevardnadze for the Soviet Union in 1987."""
    best = _senior(actor, day)
    return best.org if best is not None else None


def _senior(actor: Actor, day: dt.date) -> Role | None:
    roles = actor.roles_on(day)
    if not roles:
        return None
    return min(roles, key=lambda r: ROLE_ORDER.index(r.role) if r.role in ROLE_ORDER else 99)


@functools.lru_cache(maxsize=NORM_CACHE)
def norm_token(token: str) -> str:
    """A token folded the way KB aliases are (case, accents, punctuation).

    Bounded: a worker meets new tokens (names, numbers, typos) for as long as it runs.
    """
    return normalize(token)


def alias_keys(surface: str) -> set[tuple[str, ...]]:
    """An alias as words and as the text's tokens: "G-7" is ("g", "7") and ("g 7",), one token."""
    tokens = tokenize(surface)
    return {tuple(normalize(surface).split()),
            tuple(norm_token(surface[a:b]) for a, b in zip(tokens.starts, tokens.ends, strict=True))}


def load_knowledge(geo: Gazetteer | None = None) -> Knowledge:
    """Load the KB, titles and lexicon and index them for token look-ups."""
    kb = ActorKB.load()
    titles = load_titles()
    written = [s for a in kb for s in (a.name, *a.aliases)]
    title_words = frozenset(tuple(t.split()) for t in titles)
    aliases = [key for a in kb for key in _scannable_aliases(a, title_words)]
    lower_tail = frozenset(key for s in written
                           if (" " in s.strip() and s.split()[-1][:1].islower())
                           or not s.strip()[-1:].isalnum()
                           for key in alias_keys(s))
    calibration = confidence_model()
    return Knowledge(kb=kb, titles=titles, title_index=PhraseIndex(tuple(t.split()) for t in titles),
                     alias_index=PhraseIndex(aliases), geo=geo or gazetteer(), lexicon=lexicon(),
                     version=f"kb-{kb.facts_as_of}-{len(kb)}-verbs-{len(lexicon().triggers)}"
                             f"-confidence-{calibration.version}",
                     lower_tail=lower_tail, confidence=calibration)


def _scannable_aliases(actor: Actor, titles: frozenset[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The actor's alias keys (alias_keys), without names that are a title plus another of its names.

    "President Xi" is found as the title "President" and the alias "Xi"; scanned as one alias it
    would swallow the start of "President Xi Jinping" and leave "Jinping" over, so the full
    name would lose its KB entry.
    """
    written = [(s, tuple(normalize(s).split())) for s in (actor.name, *actor.aliases)]
    names = {words for _, words in written}
    return [key for surface, words in written
            if not any(words[:k] in titles and words[k:] in names for k in range(1, len(words)))
            for key in alias_keys(surface)]


@functools.cache
def knowledge() -> Knowledge:
    """The process-wide knowledge tables."""
    return load_knowledge()
