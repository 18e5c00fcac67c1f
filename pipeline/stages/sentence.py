"""One sentence (of the title or the body) as the event coder sees it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from pipeline.models import DateMention, Place, TextField
from pipeline.stages.registry import Mention


class Sentence:
    """One sentence with its field, text span, mentions, dates, places and tone.

    `names` holds the token positions covered by a mention; a dozen filters ask it per trigger.
    Read-only (`Final`, checked by mypy). A plain class with its own `__init__`, not a frozen
    dataclass: mypyc compiles this `__init__`, while a dataclass's generated one stays
    interpreted and sets each field through `object.__setattr__` (profiled: 1.3% of enrichment).
    """

    def __init__(self, index: int, first: int, last: int, start: int, end: int, text: str,
                 mentions: Sequence[Mention], dates: Sequence[DateMention],
                 places: Sequence[tuple[int, Place]], tone: float, field: TextField = "body"
                 ) -> None:
        self.index: Final = index
        self.first: Final = first
        self.last: Final = last
        self.start: Final = start
        self.end: Final = end
        self.text: Final = text
        self.mentions: Final = mentions
        self.dates: Final = dates
        self.places: Final = places
        self.tone: Final = tone
        self.field: Final = field
        self.names: Final = frozenset(i for m in mentions for i in range(m.first, m.last))

    def with_mentions(self, mentions: Sequence[Mention]) -> Sentence:
        """The same sentence with other mentions (and the names they cover)."""
        return Sentence(self.index, self.first, self.last, self.start, self.end, self.text,
                        mentions, self.dates, self.places, self.tone, self.field)
