"""Message models: the input Article, the outputs, and the dead-letter envelope.

Outputs are frozen with `extra="forbid"`; every datetime is timezone-aware UTC.
schemas/ is generated from these classes (`newsevents schemas`).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
)

EntityLabel = Literal["PERSON", "ORG", "LOC", "MISC"]
TextField = Literal["title", "body"]
TopicLabel = Literal["diplomacy", "energy", "ai"]
Relevance = Literal["primary", "mentioned", "none"]
Granularity = Literal["day", "week", "month", "year"]
Modality = Literal["asserted", "negated", "future", "conditional"]

Offset = Annotated[int, Field(ge=0)]
Probability = Annotated[float, Field(ge=0.0, le=1.0)]
Iso3 = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]


def _to_utc(value: dt.datetime) -> dt.datetime:
    return value.astimezone(dt.UTC)


UtcDatetime = Annotated[AwareDatetime, AfterValidator(_to_utc)]


class Output(BaseModel):
    """Base of every model we publish: immutable, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Article(BaseModel):
    """A news article as producers publish it to the input topic."""

    model_config = ConfigDict(
        frozen=True,
        extra="ignore",
        json_schema_extra={"additionalProperties": True},
        title="Article",
    )

    id: Annotated[str, StringConstraints(min_length=1, max_length=512)] = Field(
        description="The producer's id for the article; the key of every record derived from it"
    )
    url: Annotated[str, StringConstraints(max_length=4096)] | None = None
    title: str = ""
    body: str = Field(
        description="Plain text; paragraphs separated by line breaks. Must not be blank.",
        json_schema_extra={"pattern": "\\S"},
    )
    source: str | None = Field(None, description="Publisher")
    published_at: UtcDatetime = Field(
        description="RFC 3339 timestamp with a UTC offset; relative dates resolve against it"
    )
    language: Annotated[str, StringConstraints(min_length=2, max_length=16)] = "en"
    authors: list[str] = Field(default_factory=list)

    @field_validator("published_at", mode="before")
    @classmethod
    def _published_is_text(cls, value: object) -> object:
        if not isinstance(value, str | dt.datetime):
            raise ValueError("must be an RFC 3339 string, e.g. 2025-02-12T18:30:00Z")
        return value

    @field_validator("body")
    @classmethod
    def _body_has_text(cls, body: str) -> str:
        if not body.strip():
            raise ValueError("must contain text, not only whitespace")
        return body


class SourcePosition(Output):
    """Where a record was read from."""

    topic: str
    partition: Annotated[int, Field(ge=0)]
    offset: Annotated[int, Field(ge=0)]


class Span(Output):
    """A character span in one field of the article."""

    field: TextField
    start: Offset
    end: Offset


class EntityMention(Span):
    """One named-entity mention; `entity` groups mentions of the same entity in the article."""

    text: str
    label: EntityLabel
    sentence: Annotated[int, Field(ge=0, description="Sentence index within the field")]
    entity: str = Field(description="Article-local entity id shared by co-referring mentions")
    canonical: str = Field(description="Longest surface form of the entity in the article")


class Quote(Span):
    """A direct quotation, with its speaker when the text names one."""

    text: str
    speaker: str | None = Field(None, description="Canonical name of the speaker")
    speaker_entity: str | None = Field(None, description="Article-local entity id of the speaker")
    method: str = Field(description="How the speaker was found, or why not")


class DateMention(Span):
    """A date expression resolved to a calendar date."""

    text: str
    sentence: Annotated[int, Field(ge=0)]
    date: dt.date
    granularity: Granularity
    method: str = Field(description="absolute | weekday-before-publication | relative | ...")


class ResolvedActor(Output):
    """An article entity resolved to a canonical actor."""

    entity: str = Field(description="Article-local entity id")
    name: str
    kb_id: str | None = Field(None, description="Actor knowledge-base id, when known")
    type: str = Field(description="person | organisation | country | ...")
    country: Iso3 | None = None
    roles: list[str] = Field(default_factory=list, description="Roles held on the article date")
    role_codes: list[str] = Field(
        default_factory=list, description="Role codes (head_of_state, ...) of `roles`, same order"
    )
    method: str = Field(description="How the actor was resolved")
    confidence: Probability


class Place(Output):
    """A location mention resolved to a country, city or region."""

    entity: str
    name: str
    kind: Literal["country", "city", "region", "other"]
    country: Iso3 | None = None
    latitude: float | None = None
    longitude: float | None = None
    method: str
    confidence: Probability


class TopicEvidence(Span):
    """A term or sentence that drove a topic score."""

    text: str
    weight: float


class TopicScore(Output):
    """One label's calibrated score and why it was given."""

    label: TopicLabel
    score: Probability
    threshold: Probability
    relevance: Relevance
    evidence: list[TopicEvidence]


class Provenance(Output):
    """What produced a record, when, and from which input."""

    pipeline_version: str
    models: dict[str, str] = Field(description="Model or resource versions used by the stages")
    stage_ms: dict[str, float] = Field(description="Wall time of each stage, milliseconds")
    processed_at: UtcDatetime
    source: SourcePosition | None = Field(None, description="Input position; null in batch mode")


class AnnotatedArticle(Output):
    """One per accepted input article: everything the stages found."""

    model_config = ConfigDict(title="AnnotatedArticle")

    schema_version: Literal[1] = 1
    article_id: str
    url: str | None
    title: str
    source: str | None
    published_at: UtcDatetime
    language: str
    authors: list[str]
    entities: list[EntityMention]
    quotes: list[Quote]
    dates: list[DateMention]
    actors: list[ResolvedActor]
    places: list[Place]
    tone: float = Field(description="Document tone, -1 (negative) to +1 (positive)")
    topics: list[TopicScore]
    event_ids: list[str]
    duplicate_of: str | None = Field(
        None, description="Id of the article this one repeats (its own id for an exact "
                          "repeat); its events are not published again")
    provenance: Provenance


class EventType(Output):
    """A PLOVER event type with its CAMEO crosswalk."""

    code: str = Field(description="PLOVER event type, e.g. CONSULT")
    label: str
    cameo: str = Field(description="CAMEO code of the closest category")
    mode: str | None = Field(None, description="How it happened: phone, visit, ...")


class EventActor(Output):
    """Who acted or was acted upon."""

    name: str
    entity_id: str | None = Field(None, description="Actor knowledge-base id when resolved")
    country: Iso3 | None = None
    role: str | None = Field(None, description="Title of the role held on the event date")
    role_code: str | None = Field(None, description="head_of_state, foreign_minister, ...")
    method: str = Field(description="How the actor was resolved")
    confidence: Probability | None = Field(None, description="Confidence of the resolution")


class Location(Output):
    """Where the event happened, when the text says."""

    name: str
    kind: Literal["country", "city", "region", "other"]
    country: Iso3 | None = None
    latitude: float | None = None
    longitude: float | None = None


class Evidence(Span):
    """The sentence an event was coded from."""

    text: str
    sentence: Annotated[int, Field(ge=0)]


class EventRecord(Output):
    """One coded event: who did what to whom, when and where, with evidence."""

    model_config = ConfigDict(title="EventRecord")

    schema_version: Literal[2] = Field(2, description="2: `actor` may be null (event.v2)")
    event_id: str = Field(description="Deterministic hash of the article id and event content")
    article_id: str
    event_type: EventType
    actor: EventActor | None = Field(
        description="Who acted; null when the text does not name them (`reasons.actor` says why)")
    recipient: EventActor | None
    event_date: dt.date
    date_method: str
    location: Location | None
    modality: Modality = Field(description="asserted events are facts; others are flagged")
    topics: list[TopicLabel]
    evidence: Evidence
    confidence: Probability = Field(
        description="Probability that actor, type and recipient are right, fitted on events judged "
                    "by hand (docs/event-coding.md, 'Event confidence')")
    tone: float | None = None
    reasons: dict[str, str] = Field(
        default_factory=dict, description="Why a field is empty or was defaulted, by field name"
    )
    provenance: Provenance


class Header(Output):
    """A Kafka record header; the value is base64 because headers are bytes."""

    key: str
    value_b64: str


class DeadLetter(Output):
    """A message that could not be processed, with everything needed to replay it."""

    model_config = ConfigDict(title="DeadLetter")

    schema_version: Literal[1] = 1
    stage: str = Field(description="decode | validate | extract | enrich | classify | publish")
    error_class: str
    reason: str
    article_id: str | None = None
    key_b64: str | None = Field(None, description="Original record key, base64")
    payload_b64: str = Field(description="Original payload bytes, base64")
    payload_truncated: bool = Field(
        False, description="True when the payload exceeded the message limit and only its "
                           "first MAX_MESSAGE_BYTES bytes are kept (such letters are parked, "
                           "not replayed)")
    headers: list[Header]
    source: SourcePosition | None
    first_seen: UtcDatetime
    dead_lettered_at: UtcDatetime
    attempts: Annotated[int, Field(ge=1)]
