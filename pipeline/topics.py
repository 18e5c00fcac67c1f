"""Topic names, partitioning and declarations. Every topic carries raw bytes."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import faust

from pipeline.settings import Settings

log = logging.getLogger(__name__)

Role = Literal["articles", "extracted", "enriched", "annotated", "events", "dlq"]
ROLES: tuple[Role, ...] = ("articles", "extracted", "enriched", "annotated", "events", "dlq")
# Output topics are keyed; compaction keeps the latest record per key, absorbing re-deliveries.
_COMPACTED: frozenset[Role] = frozenset({"annotated", "events"})


@dataclass(frozen=True, slots=True)
class TopicSpec:
    """What to create on the broker for one topic."""

    role: Role
    name: str
    partitions: int
    replication: int
    config: dict[str, str]


def topic_name(settings: Settings, role: Role) -> str:
    """The configured name of a topic role."""
    name: str = getattr(settings, f"topic_{role}")
    return name


def topic_specs(settings: Settings) -> list[TopicSpec]:
    """Every topic the pipeline uses, for explicit creation (`newsevents topics`)."""
    size = {"max.message.bytes": str(settings.max_record_bytes)}
    return [
        TopicSpec(role, topic_name(settings, role), settings.topic_partitions,
                  settings.topic_replication,
                  {"cleanup.policy": "compact", **size} if role in _COMPACTED else size)
        for role in ROLES
    ]


def delivery_check(topic: str, stop: Callable[[BaseException], Awaitable[object]]
                   ) -> Callable[[asyncio.Future[Any]], None]:
    """A done-callback for a produce future: a record the producer gave up on stops the worker.

    The producer has already retried by then. Stopping keeps the consumer from committing more
    offsets while outputs are being dropped; records after the last commit are re-processed
    when a worker takes the partitions over (at least once).
    """

    stopping: set[asyncio.Future[object]] = set()  # a reference until the stop has run

    def check(future: asyncio.Future[Any]) -> None:
        if future.cancelled():
            return
        error = future.exception()
        if error is not None:
            log.error("delivery to %s failed, stopping the worker: %s", topic, error)
            task = asyncio.ensure_future(stop(error))
            stopping.add(task)
            task.add_done_callback(stopping.discard)

    return check


@dataclass(frozen=True, slots=True)
class Topics:
    """The faust topic objects (or, under test, channels) of one app, by role.

    With `app` set, `send` hands records straight to the app's producer: the values are bytes
    already, so faust's per-record channel machinery (futures, serializer lookup, callbacks)
    is skipped. It is the producer faust flushes before committing offsets, so at-least-once
    holds as before. Without `app` (faust test contexts, channels), `send` is the channel's.
    """

    by_role: Mapping[Role, faust.ChannelT[Any]]
    app: faust.App | None = None
    _checks: dict[str, Callable[[asyncio.Future[Any]], None]] = field(
        default_factory=dict, repr=False, compare=False)  # one delivery check per topic

    def __getitem__(self, role: Role) -> faust.ChannelT[Any]:
        return self.by_role[role]

    async def send(self, role: Role, key: bytes | None, value: bytes,
                   headers: Mapping[str, bytes]) -> None:
        """Hand one record to the producer (returns once it is buffered, not delivered)."""
        channel = self.by_role[role]
        if self.app is not None and isinstance(channel, faust.TopicT):
            name = channel.get_topic_name()
            delivery = await self.app.producer.send(name, key, value, None, None,
                                                    list(headers.items()))
            check = self._checks.get(name)
            if check is None:
                check = self._checks[name] = delivery_check(name, self.app.crash)
            asyncio.ensure_future(delivery).add_done_callback(check)
        else:
            await channel.send(key=key, value=value, headers=dict(headers))


def declare_topics(app: faust.App, settings: Settings) -> Topics:
    """Declare every topic on the app (bytes keys and values; we encode at the edge)."""
    return Topics({
        role: app.topic(topic_name(settings, role), key_type=bytes, value_type=bytes,
                        key_serializer="raw", value_serializer="raw",
                        partitions=settings.topic_partitions)
        for role in ROLES
    }, app)
