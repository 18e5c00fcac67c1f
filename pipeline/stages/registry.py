"""The actors of one article: ActorInfo by key in a Registry, the Mention tuples the event coder
reads, and the countries the article is about."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from pipeline.models import Place
from pipeline.stages.institutions import generic_body
from pipeline.stages.kb import Actor
from pipeline.stages.knowledge import Knowledge
from pipeline.stages.mentions import Span


class ActorInfo:
    """An article actor: canonical name, KB entry, country, role and how it was resolved.

    Resolution fills in country, method, role and title after the fact. A plain class whose
    `__init__` mypyc compiles, not a dataclass (see `Sentence`).
    """

    def __init__(self, key: str, name: str, type: str, country: str | None, kb: Actor | None,
                 method: str, confidence: float, role_code: str | None = None,
                 title: str | None = None, entity: str | None = None) -> None:
        self.key = key
        self.name = name
        self.type = type
        self.country = country
        self.kb = kb
        self.method = method
        self.confidence = confidence
        self.role_code = role_code
        self.title = title
        self.entity = entity


class Mention(NamedTuple):
    """An actor in a sentence: token span, actor keys (two for a joint reference), context.

    A NamedTuple for the reason `mentions.Span` is one.
    """

    sentence: int
    first: int
    last: int
    keys: tuple[str, ...]
    method: str
    locative: bool
    governed: str | None = None


@dataclass(slots=True)
class Registry:
    """Actors of one article by key, with the article day and countries for disambiguation."""

    know: Knowledge
    day: dt.date
    countries: frozenset[str]
    actors: dict[str, ActorInfo] = field(default_factory=dict)
    # Countries the article is about: named, or holding a capital or place it names.
    located: frozenset[str] = frozenset()

    def add(self, info: ActorInfo) -> str:
        """Register an actor (first resolution wins, keeping an entity id when one comes later)."""
        known = self.actors.get(info.key)
        if known is None:
            self.actors[info.key] = info
        elif known.entity is None and info.entity is not None:
            known.entity = info.entity
        return info.key

    def kb_actor(self, actor: Actor, method: str, confidence: float, entity: str | None) -> str:
        """Register a KB actor."""
        return self.add(ActorInfo(f"kb:{actor.id}", actor.name, actor.type, actor.country, actor,
                                  method, confidence, entity=entity))

    def country(self, iso3: str, method: str, entity: str | None) -> str:
        """Register a country actor."""
        return self.add(ActorInfo(f"country:{iso3}", self.know.geo.country_name(iso3), "country",
                                  iso3, None, method, 0.9, entity=entity))


def home_countries(spans: Sequence[Span], places: Sequence[Place], reg: Registry
                   ) -> frozenset[str]:
    """The countries an article is about: those it names, those of its places, capitals and
    provinces, and those of the KB actors it names other than parties and bodies of a name many
    countries' bear (`generic_bodies`: "Congress"; "House" is Congress's)."""
    found = set(reg.countries) | {p.country for p in places if p.country is not None}
    for s in spans:
        if s.kind in ("capital", "province"):
            found.add(s.value)
        elif s.kind == "kb":
            actor = reg.know.actors_for(s.value, reg.day, reg.countries)
            if actor is not None and actor.type != "party" and actor.country is not None \
                    and not generic_body(actor, s.value, reg.know):
                found.add(actor.country)
    return frozenset(found)
