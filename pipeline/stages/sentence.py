"""One sentence (of the title or the body) as the event coder sees it."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.models import DateMention, Place, TextField
from pipeline.stages.registry import Mention


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence with its field, text span, mentions, dates, places and tone.

    `names` holds the token positions covered by a mention; a dozen filters ask it per trigger.
    """

    index: int
    first: int
    last: int
    start: int
    end: int
    text: str
    mentions: Sequence[Mention]
    dates: Sequence[DateMention]
    places: Sequence[tuple[int, Place]]
    tone: float
    field: TextField = "body"
    names: frozenset[int] = dataclasses.field(init=False)  # token positions inside a mention, built once

    def __post_init__(self) -> None:
        object.__setattr__(self, "names", frozenset(
            i for m in self.mentions for i in range(m.first, m.last)))
