"""What the stages hand to each other: typed results, carried between agents as bytes."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from pipeline.models import (
    Article,
    DateMention,
    EntityMention,
    EventActor,
    EventType,
    Evidence,
    Location,
    Modality,
    Place,
    Quote,
    ResolvedActor,
    SourcePosition,
    TextField,
    TopicScore,
)


class StageResult(BaseModel):
    """Base of the stage results: immutable, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class FieldLayout(StageResult):
    """Tokens and sentences of one text field, computed once by extraction."""

    starts: list[int]
    ends: list[int]
    sentences: list[tuple[int, int]] = Field(description="Half-open token index ranges")


class Extraction(StageResult):
    """Extraction's output: layout, entity mentions, quotes and dates."""

    title: FieldLayout
    body: FieldLayout
    entities: list[EntityMention]
    quotes: list[Quote]
    dates: list[DateMention]

    def layout(self, field: TextField) -> FieldLayout:
        """The layout of `field`."""
        return self.title if field == "title" else self.body


class EventDraft(StageResult):
    """A coded event before classification gives it topics and an id."""

    event_type: EventType
    actor: EventActor | None
    recipient: EventActor | None
    event_date: dt.date
    date_method: str
    location: Location | None
    modality: Modality
    evidence: Evidence
    confidence: float
    tone: float | None
    reasons: dict[str, str]


class Enrichment(StageResult):
    """Enrichment's output: resolved actors and places, tone, coded events."""

    actors: list[ResolvedActor]
    places: list[Place]
    tone: float
    events: list[EventDraft]


class Classification(StageResult):
    """Classification's output: article topics and the labels each sentence names."""

    topics: list[TopicScore]
    sentence_labels: dict[str, list[list[str]]] = Field(
        description="Per field, per sentence, the topic labels it names"
    )


class Origin(StageResult):
    """The input record an item came from, kept so any stage can dead-letter it faithfully."""

    position: SourcePosition | None
    key_b64: str | None
    payload_b64: str
    headers: list[tuple[str, str]] = Field(description="(key, base64 value) pairs")
    first_seen: dt.datetime
    attempts: int = 1


StageName = Literal["extract", "enrich", "classify"]


class WorkItem(StageResult):
    """An article travelling through the chain, gaining one result per stage."""

    article: Article
    origin: Origin
    extraction: Extraction | None = None
    enrichment: Enrichment | None = None
    classification: Classification | None = None
    stage_ms: dict[str, float] = Field(default_factory=dict)
