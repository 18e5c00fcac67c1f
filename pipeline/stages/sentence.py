"""One body sentence as the event coder sees it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.models import DateMention, Place
from pipeline.stages.resolve import Mention


@dataclass(frozen=True, slots=True)
class Sentence:
    """One body sentence with its text span, mentions, dates, places and tone."""

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
