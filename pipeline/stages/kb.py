"""Actor knowledge base: people, organisations and their dated roles.

The data lives in ``pipeline/resources/actors.toml`` (hand-written facts, see
its header for the date they are believed correct as of), with the office
holders of 1985-2008 in ``pipeline/resources/actors_history.toml``, some of
2009-2024 in ``pipeline/resources/actors_recent.toml``, people and bodies of the
1987 and 2004-2005 news in ``pipeline/resources/actors_1987_2005.toml``, and the title lexicon
in ``pipeline/resources/titles.toml``. Roles are half-open intervals:
a role is active on ``day`` when ``start <= day < end`` (missing bounds are
open), so on a hand-over day only the incoming holder is active.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pycountry

from pipeline.paths import RESOURCES_DIR

RESOURCES = RESOURCES_DIR
ACTORS_PATH = RESOURCES / "actors.toml"
HISTORY_PATH = RESOURCES / "actors_history.toml"
RECENT_PATH = RESOURCES / "actors_recent.toml"
ERAS_PATH = RESOURCES / "actors_1987_2005.toml"
# The packaged knowledge base: current facts first, then the office holders of earlier years.
DEFAULT_PATHS = (ACTORS_PATH, HISTORY_PATH, RECENT_PATH, ERAS_PATH)
TITLES_PATH = RESOURCES / "titles.toml"

ACTOR_TYPES = frozenset(
    {"person", "igo", "company", "government_body", "party", "armed_group", "ngo", "media"}
)
ROLE_CODES = frozenset(
    {
        "head_of_state",
        "head_of_government",
        "foreign_minister",
        "defence_minister",
        "energy_minister",
        "intelligence_chief",
        "national_security_advisor",
        "special_envoy",
        "minister",
        "legislator",
        "executive",
        "secretary_general",
        "central_bank_governor",
        "ambassador",
        "military_chief",
        "spokesperson",
        "other",
    }
)
SECTORS = frozenset({"energy", "ai", "tech", "finance", "defence", "media"})

_ACTOR_KEYS = frozenset({"id", "name", "aliases", "type", "country", "sector", "roles", "note"})
_ROLE_KEYS = frozenset({"title", "role", "org", "start", "end", "note"})
_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_DROP_RE = re.compile(r"[.'’‘`´]")
_SPACE_RE = re.compile(r"[^0-9a-z]+")


class KBError(ValueError):
    """Raised when a knowledge-base or title file is malformed."""


def normalize(surface: str) -> str:
    """Fold case, accents and punctuation: "Zelens'kyy," and "ZELENSKYY" both give "zelenskyy"."""
    if surface.isascii() and surface.isalnum():
        return surface.lower()  # what the folding below makes of plain ASCII letters and digits
    decomposed = unicodedata.normalize("NFKD", surface.replace("+", " plus ").replace("&", " and "))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return _SPACE_RE.sub(" ", _DROP_RE.sub("", stripped)).strip()


@dataclass(frozen=True, slots=True)
class Role:
    """One office held by an actor over a half-open date interval."""

    title: str
    role: str
    org: str | None
    start: date | None
    end: date | None

    def active_on(self, day: date) -> bool:
        """Return True when the role is held on ``day`` (start inclusive, end exclusive)."""
        if self.start is not None and day < self.start:
            return False
        return self.end is None or day < self.end


@dataclass(frozen=True, slots=True)
class Actor:
    """A person or organisation that can act in news events."""

    id: str
    name: str
    aliases: tuple[str, ...]
    type: str
    country: str | None
    sector: str | None
    roles: tuple[Role, ...]

    def roles_on(self, day: date) -> tuple[Role, ...]:
        """Return the roles active on ``day``."""
        return tuple(role for role in self.roles if role.active_on(day))


class ActorKB:
    """Validated, indexed actor knowledge base."""

    def __init__(
        self,
        actors: Iterable[Actor],
        ambiguous: Iterable[str] = (),
        facts_as_of: date | None = None,
        source: str = "<memory>",
    ) -> None:
        """Index ``actors``; raise KBError on duplicate ids or unlisted alias collisions."""
        self.facts_as_of = facts_as_of
        self._by_id: dict[str, Actor] = {}
        alias_index: dict[str, list[Actor]] = defaultdict(list)
        role_index: dict[tuple[str, str], list[Actor]] = defaultdict(list)
        allowed = {normalize(a) for a in ambiguous}
        for actor in actors:
            if actor.id in self._by_id:
                raise KBError(f"{source}: duplicate actor id {actor.id!r}")
            self._by_id[actor.id] = actor
            for key in dict.fromkeys(normalize(s) for s in (actor.name, *actor.aliases)):
                if not key:
                    raise KBError(f"{source}: actor {actor.id!r} has an empty alias")
                others = alias_index[key]
                if others and key not in allowed:
                    raise KBError(
                        f"{source}: alias {key!r} of actor {actor.id!r} is also an alias of "
                        f"{others[0].id!r}; list it in ambiguous_aliases if intended"
                    )
                others.append(actor)
            for role in actor.roles:
                if role.org is not None and actor not in role_index[(role.role, role.org)]:
                    role_index[(role.role, role.org)].append(actor)
        for actor in self._by_id.values():
            for role in actor.roles:
                if role.org is not None and not is_iso3(role.org) and role.org not in self._by_id:
                    raise KBError(
                        f"{source}: actor {actor.id!r}: role {role.title!r} has org "
                        f"{role.org!r}, which is neither an ISO3 code nor a KB id"
                    )
        self._aliases = {k: tuple(v) for k, v in alias_index.items()}
        self._roles = {k: tuple(v) for k, v in role_index.items()}

    @classmethod
    def load(cls, path: Path | None = None, *more: Path) -> ActorKB:
        """Load and validate TOML knowledge-base files (default: the packaged ones) as one KB.

        Ids and aliases must be unique across the files; `ambiguous_aliases` are pooled and
        `facts_as_of` comes from the first file.
        """
        sources = (path, *more) if path is not None else DEFAULT_PATHS
        actors: list[Actor] = []
        ambiguous: list[str] = []
        facts_as_of: date | None = None
        for n, source in enumerate(sources):
            data = _read_toml(source)
            raw_actors = data.get("actor")
            if not isinstance(raw_actors, list) or not raw_actors:
                raise KBError(f"{source}: no [[actor]] entries")
            stamp = data.get("facts_as_of")
            if stamp is not None and not _is_date(stamp):
                raise KBError(f"{source}: facts_as_of must be a TOML date")
            if n == 0:
                facts_as_of = stamp
            shared = data.get("ambiguous_aliases", [])
            if not isinstance(shared, list) or not all(isinstance(a, str) for a in shared):
                raise KBError(f"{source}: ambiguous_aliases must be a list of strings")
            ambiguous.extend(shared)
            actors.extend(_parse_actor(raw, i, source) for i, raw in enumerate(raw_actors, 1))
        return cls(actors, ambiguous, facts_as_of, ", ".join(map(str, sources)))

    def get(self, actor_id: str) -> Actor | None:
        """Return the actor with this id, or None."""
        return self._by_id.get(actor_id)

    def lookup(self, surface: str) -> tuple[Actor, ...]:
        """Return the actors whose name or alias matches ``surface`` (case/punctuation-insensitive)."""
        key = normalize(surface)
        found = self._aliases.get(key, ())
        if not found and key.startswith("the "):
            found = self._aliases.get(key[4:], ())
        return found

    def holders(self, role: str, org: str, day: date) -> tuple[Actor, ...]:
        """Return the actors holding ``role`` for ``org`` (ISO3 or KB id) on ``day``."""
        return tuple(
            actor
            for actor in self._roles.get((role, org), ())
            if any(r.role == role and r.org == org and r.active_on(day) for r in actor.roles)
        )

    def __iter__(self) -> Iterator[Actor]:
        """Iterate over actors in file order."""
        return iter(self._by_id.values())

    def __len__(self) -> int:
        """Return the number of actors."""
        return len(self._by_id)


def load_titles(path: Path | None = None) -> dict[str, str]:
    """Return the title lexicon: normalized title phrase -> role code."""
    source = path if path is not None else TITLES_PATH
    table = _read_toml(source).get("titles")
    if not isinstance(table, dict) or not table:
        raise KBError(f"{source}: missing [titles] table")
    titles: dict[str, str] = {}
    for phrase, code in table.items():
        if code not in ROLE_CODES:
            raise KBError(f"{source}: title {phrase!r} has unknown role code {code!r}")
        key = normalize(phrase)
        if key in titles and titles[key] != code:
            raise KBError(f"{source}: title {phrase!r} maps to two role codes")
        titles[key] = code
    return titles


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise KBError(f"{path}: invalid TOML: {exc}") from exc


def _parse_actor(raw: object, index: int, source: Path) -> Actor:
    where = f"{source}: actor #{index}"
    if not isinstance(raw, dict):
        raise KBError(f"{where}: not a table")
    actor_id = raw.get("id")
    if not isinstance(actor_id, str) or not _ID_RE.match(actor_id):
        raise KBError(f"{where}: id {actor_id!r} must be a lower-case slug")
    where = f"{source}: actor {actor_id!r} (#{index})"
    unknown = set(raw) - _ACTOR_KEYS
    if unknown:
        raise KBError(f"{where}: unknown keys {sorted(unknown)}")
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise KBError(f"{where}: missing name")
    aliases = raw.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise KBError(f"{where}: aliases must be a list of strings")
    kind = raw.get("type")
    if kind not in ACTOR_TYPES:
        raise KBError(f"{where}: type {kind!r} not in {sorted(ACTOR_TYPES)}")
    country = _optional_str(raw, "country", where)
    if country is not None and not is_iso3(country):
        raise KBError(f"{where}: country {country!r} is not an ISO 3166 alpha-3 code")
    sector = _optional_str(raw, "sector", where)
    if sector is not None and sector not in SECTORS:
        raise KBError(f"{where}: sector {sector!r} not in {sorted(SECTORS)}")
    raw_roles = raw.get("roles", [])
    if not isinstance(raw_roles, list):
        raise KBError(f"{where}: roles must be a list of inline tables")
    roles = tuple(_parse_role(r, where) for r in raw_roles)
    return Actor(actor_id, name, tuple(aliases), str(kind), country, sector, roles)


def _parse_role(raw: object, where: str) -> Role:
    if not isinstance(raw, dict):
        raise KBError(f"{where}: role {raw!r} is not a table")
    unknown = set(raw) - _ROLE_KEYS
    if unknown:
        raise KBError(f"{where}: role has unknown keys {sorted(unknown)}")
    title = raw.get("title")
    if not isinstance(title, str) or not title:
        raise KBError(f"{where}: role without title")
    code = raw.get("role")
    if code not in ROLE_CODES:
        raise KBError(f"{where}: role {title!r} has unknown role code {code!r}")
    org = _optional_str(raw, "org", where)
    start, end = raw.get("start"), raw.get("end")
    for label, value in (("start", start), ("end", end)):
        if value is not None and not _is_date(value):
            raise KBError(f"{where}: role {title!r} {label} {value!r} is not a TOML date")
    if start is not None and end is not None and start > end:
        raise KBError(f"{where}: role {title!r} starts {start} after it ends {end}")
    return Role(title, str(code), org, start, end)


def _optional_str(raw: Mapping[str, object], key: str, where: str) -> str | None:
    value = raw.get(key)
    if value is not None and not isinstance(value, str):
        raise KBError(f"{where}: {key} must be a string")
    return value


def _is_date(value: object) -> bool:
    return isinstance(value, date) and not isinstance(value, datetime)


def is_iso3(code: str) -> bool:
    """Return True for an upper-case ISO 3166-1 alpha-3 country code."""
    return len(code) == 3 and code.isupper() and pycountry.countries.get(alpha_3=code) is not None
