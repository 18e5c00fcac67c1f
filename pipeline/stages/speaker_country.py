"""A bare state group named after a pronoun that stands for a person (session 14, recall14b).

"He accused the government of ...", "She urged ministers to ...": when the sentence names no
country, the bare group noun ("the government", `[words].speaker_country_groups`) is the state of
the person the pronoun names (Michael Ancram, GBR), as it is when the person is named in the
sentence itself (`group-noun:sentence-country`). Pronouns are resolved after the country
mentions of a sentence are counted, hence this separate look (`resolve._finish`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol


class _Info(Protocol):
    @property
    def type(self) -> str: ...
    @property
    def country(self) -> str | None: ...


class _Mention(Protocol):
    @property
    def sentence(self) -> int: ...
    @property
    def last(self) -> int: ...
    @property
    def keys(self) -> tuple[str, ...]: ...
    @property
    def method(self) -> str: ...


def speaker_country(out: Sequence[_Mention], sentence: int, first: int,
                    actors: Mapping[str, _Info]) -> str | None:
    """The one country of the people that pronouns before token `first` of `sentence` name."""
    found = {actors[k].country for m in out if m.sentence == sentence and m.last <= first
             and m.method.startswith("pronoun") for k in m.keys if actors[k].type == "person"}
    return next(iter(found)) if len(found) == 1 and None not in found else None
