"""Kafka clients for the CLI and tests: produce records, read topics back."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.errors import KafkaError

from pipeline.errors import BrokerUnavailable
from pipeline.security import client_options
from pipeline.settings import Settings


@dataclass(frozen=True, slots=True)
class Record:
    """A record read from a topic."""

    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes
    headers: tuple[tuple[str, bytes], ...]

    def header(self, name: str) -> bytes | None:
        """The value of a header, if present."""
        return next((v for k, v in self.headers if k == name), None)


async def _started(client: AIOKafkaProducer | AIOKafkaConsumer, settings: Settings,
                   timeout: float) -> None:
    try:
        await asyncio.wait_for(client.start(), timeout)
    except (TimeoutError, KafkaError, OSError) as exc:
        await client.stop()
        raise BrokerUnavailable(f"cannot reach the broker at {settings.broker_url}: "
                                f"{type(exc).__name__} {exc}".strip()) from None


async def produce(settings: Settings, topic: str,
                  records: Iterable[tuple[bytes | None, bytes, list[tuple[str, bytes]]]],
                  on_sent: Callable[[], None] | None = None, timeout: float = 15.0) -> int:
    """Send (key, value, headers) records and wait for every acknowledgement."""
    producer = AIOKafkaProducer(bootstrap_servers=settings.bootstrap_servers, acks="all",
                                max_request_size=settings.max_record_bytes,
                                **client_options(settings))
    await _started(producer, settings, timeout)
    sent = 0
    try:
        pending = []
        for key, value, headers in records:
            pending.append(await producer.send(topic, value=value, key=key, headers=headers))
            sent += 1
            if on_sent:
                on_sent()
        await asyncio.gather(*pending)
    finally:
        await producer.stop()
    return sent


class TopicReader:
    """Reads topics from the beginning without a consumer group (no offsets committed)."""

    def __init__(self, settings: Settings, topics: list[str]) -> None:
        self.settings = settings
        self.topics = topics
        self.consumer = AIOKafkaConsumer(
            bootstrap_servers=settings.bootstrap_servers, enable_auto_commit=False,
            group_id=None, auto_offset_reset="earliest",
            fetch_max_wait_ms=settings.consumer_fetch_max_wait_ms, **client_options(settings))

    async def start(self, timeout: float = 15.0, from_beginning: bool = True) -> None:
        """Connect and assign every partition of the topics."""
        await _started(self.consumer, self.settings, timeout)
        partitions: list[TopicPartition] = []
        for topic in self.topics:
            deadline = time.monotonic() + timeout
            found = self.consumer.partitions_for_topic(topic)
            while not found and time.monotonic() < deadline:
                await self.consumer._client.force_metadata_update()
                found = self.consumer.partitions_for_topic(topic)
                if not found:
                    await asyncio.sleep(0.2)
            if not found:
                raise BrokerUnavailable(f"topic {topic} does not exist on {self.settings.broker_url}")
            partitions.extend(TopicPartition(topic, p) for p in sorted(found))
        self.consumer.assign(partitions)
        if from_beginning:
            await self.consumer.seek_to_beginning(*partitions)
        else:
            await self.consumer.seek_to_end(*partitions)

    async def poll(self, timeout: float = 0.5) -> list[Record]:
        """Whatever arrived within the timeout."""
        batches = await self.consumer.getmany(timeout_ms=int(timeout * 1000))
        return [Record(m.topic, m.partition, m.offset, m.key, m.value or b"",
                       tuple((k, bytes(v)) for k, v in (m.headers or ())))
                for msgs in batches.values() for m in msgs]

    async def written(self) -> int:
        """About how many records the topics hold (the sum of their end offsets): one small
        request, no records decoded. A lower bound on brokers whose end offset is the start of
        the last batch (Tansu 0.6), exact on Kafka."""
        parts = list(self.consumer.assignment())
        return sum((await self.consumer.end_offsets(parts)).values())

    def pause(self) -> None:
        """Stop fetching records until `resume` (`written` still works)."""
        self.consumer.pause(*self.consumer.assignment())

    def resume(self) -> None:
        """Fetch records again, from where reading stopped."""
        self.consumer.resume(*self.consumer.assignment())

    async def stop(self) -> None:
        """Disconnect."""
        await self.consumer.stop()
