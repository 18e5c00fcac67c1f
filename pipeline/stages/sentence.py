"""One sentence (of the title or the body) as the event coder sees it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.models import DateMention, Place, TextField
from pipeline.stages.resolve import Mention


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence with its field, text span, mentions, dates, places and tone."""

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
