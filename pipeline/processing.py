"""Per-message processing for the agents: bytes in, records out, failures as dead letters.

No faust here: agents hand in a record's bytes and position and send what comes back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from pipeline.duplicates import DuplicateIndex
from pipeline.errors import RejectedMessage
from pipeline.guards import check_article
from pipeline.models import AnnotatedArticle, DeadLetter, EventRecord, SourcePosition
from pipeline.serialization import (
    Headers,
    dead_letter,
    decode_article,
    decode_work,
    encode,
    make_origin,
    schema_headers,
    unb64,
)
from pipeline.settings import Settings
from pipeline.stages.chain import STAGE_ORDER, Resources, StageFailure, assemble, run_stage
from pipeline.stages.types import Origin, StageName, WorkItem
from pipeline.topics import Role

Published = AnnotatedArticle | EventRecord | DeadLetter


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One record to produce: the topic role, key, value and headers.

    `model` is the output the value encodes (None for internal work items), so monitoring can
    count it without parsing the bytes again.
    """

    role: Role
    key: bytes | None
    value: bytes
    headers: dict[str, bytes]
    model: Published | None = None


Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    """The current time, UTC-aware."""
    return dt.datetime.now(dt.UTC)


NEXT_TOPIC: dict[StageName, Role] = {"extract": "extracted", "enrich": "enriched"}


class Processor:
    """Runs one stage per call and says what to publish; never raises for a bad message."""

    def __init__(self, settings: Settings, resources: Resources, clock: Clock = utc_now,
                 duplicates: DuplicateIndex | None = None) -> None:
        self.settings = settings
        self.resources = resources
        self.clock = clock
        self.duplicates = duplicates

    def _decode(self, position: SourcePosition | None, key: bytes | None, payload: bytes,
                headers: Headers) -> WorkItem | Outgoing:
        origin = make_origin(position, key, payload, headers, self.clock())
        try:
            article = decode_article(payload, self.settings.max_message_bytes,
                                     self.settings.max_body_chars)
        except RejectedMessage as exc:
            return self._dead(origin, exc.stage, type(exc).__name__, exc.reason, None)
        refusal = check_article(article, self.settings, origin.first_seen)
        if refusal is not None:
            return self._dead(origin, "validate", refusal.error_class, refusal.reason, article.id)
        return WorkItem(article=article, origin=origin)

    def accept(self, position: SourcePosition | None, key: bytes | None, payload: bytes,
               headers: Headers) -> list[Outgoing]:
        """An input record: decode and validate it, then run the first stage."""
        item = self._decode(position, key, payload, headers)
        return [item] if isinstance(item, Outgoing) else self._run(STAGE_ORDER[0], item)

    def process_whole(self, position: SourcePosition | None, key: bytes | None, payload: bytes,
                      headers: Headers) -> list[Outgoing]:
        """Every stage in one call, without internal topics (batch mode and benchmarks)."""
        item = self._decode(position, key, payload, headers)
        if isinstance(item, Outgoing):
            return [item]
        for stage in STAGE_ORDER[:-1]:
            result = run_stage(stage, item, self.resources, self.settings.stage_budget_ms)
            if isinstance(result, StageFailure):
                return [self._failed(item, result)]
            item = result
        return self._run(STAGE_ORDER[-1], item)

    def advance(self, stage: StageName, payload: bytes) -> list[Outgoing]:
        """An internal record: run `stage` on it (and publish the outputs after the last)."""
        try:
            item = decode_work(payload)
        except ValueError as exc:
            origin = make_origin(None, None, payload, None, self.clock())
            return [self._dead(origin, stage, type(exc).__name__,
                               f"unreadable work item: {str(exc)[:500]}", None)]
        return self._run(stage, item)

    def _run(self, stage: StageName, item: WorkItem) -> list[Outgoing]:
        result = run_stage(stage, item, self.resources, self.settings.stage_budget_ms)
        if isinstance(result, StageFailure):
            return [self._failed(item, result)]
        if stage in NEXT_TOPIC:
            return self._forward(stage, result)
        return self._publish(result)

    def _forward(self, stage: StageName, item: WorkItem) -> list[Outgoing]:
        """The work item for the next stage's topic."""
        return self._fits(item, stage, [Outgoing(NEXT_TOPIC[stage], item.article.id.encode(),
                                                 encode(item), schema_headers(item))])

    def _publish(self, item: WorkItem) -> list[Outgoing]:
        """The output records of a fully processed item: its events, then the annotated article."""
        try:
            annotated, events = assemble(item, self.resources, self.clock())
        except Exception as exc:  # noqa: BLE001 - a failed assembly is a dead letter too
            return [self._dead(item.origin, "publish", type(exc).__name__,
                               f"publish failed: {exc}"[:1000], item.article.id)]
        if self.duplicates is not None:
            annotated, events = self._deduplicate(self.duplicates, item, annotated, events)
        out = [Outgoing("events", e.event_id.encode(), encode(e), schema_headers(e), e)
               for e in events]
        out.append(Outgoing("annotated", item.article.id.encode(), encode(annotated),
                            schema_headers(annotated), annotated))
        return self._fits(item, "publish", out)

    def _fits(self, item: WorkItem, stage: str, records: list[Outgoing]) -> list[Outgoing]:
        """The records, or a dead letter if one exceeds the record limit (it could never be sent)."""
        limit = self.settings.max_record_bytes
        largest = max(len(r.value) for r in records)
        if largest <= limit:
            return records
        return [self._dead(item.origin, stage, "RecordTooLarge",
                           f"{stage} output is {largest} bytes, over the {limit}-byte record "
                           f"limit", item.article.id)]

    def _deduplicate(self, index: DuplicateIndex, item: WorkItem, annotated: AnnotatedArticle,
                     events: list[EventRecord]) -> tuple[AnnotatedArticle, list[EventRecord]]:
        """Mark a duplicate and drop its events (an exact repeat keeps its own event ids)."""
        pos = item.origin.position
        where = f"{pos.topic}:{pos.partition}:{pos.offset}" if pos else ""
        verdict = index.check(item.article.id, item.article.body, where,
                                        self.clock().timestamp())
        if verdict.duplicate_of is None:
            return annotated, events
        own = verdict.duplicate_of == item.article.id
        return annotated.model_copy(update={
            "duplicate_of": verdict.duplicate_of,
            "event_ids": annotated.event_ids if own else []}), []

    def unexpected(self, stage: str, position: SourcePosition | None, key: bytes | None,
                   payload: bytes, headers: Headers, exc: Exception) -> Outgoing:
        """A dead letter for a failure outside the stages (a bug): the message is kept, not lost."""
        origin = make_origin(position, key, payload, headers, self.clock())
        return self._dead(origin, stage, type(exc).__name__,
                          f"unexpected error while handling the message: {exc}"[:1000], None)

    def _failed(self, item: WorkItem, failure: StageFailure) -> Outgoing:
        return self._dead(item.origin, failure.stage, failure.error_class, failure.reason,
                          item.article.id)

    def _dead(self, origin: Origin, stage: str, error_class: str, reason: str,
              article_id: str | None) -> Outgoing:
        letter = dead_letter(origin, stage, error_class, reason, article_id, self.clock(),
                             self.settings.max_message_bytes)
        key = article_id.encode() if article_id else (
            unb64(origin.key_b64) if origin.key_b64 else None)
        return Outgoing("dlq", key, encode(letter), schema_headers(letter), letter)
