"""faust's Kafka transport with a configurable consumer fetch wait, and a safe seek after recovery.

faust 0.15 builds its aiokafka consumer with `fetch_max_wait_ms=1500`. Apache Kafka answers a
fetch as soon as data arrives, so that only bounds idle polling; brokers that hold every fetch
for the full wait (the embedded Tansu broker does) add that much latency per hop. The wait is a
setting (`consumer_fetch_max_wait_ms`, Kafka's own default 500 ms); dev and tests use less.

After a rebalance faust seeks the stream partitions "to their committed offsets", but aiokafka
only seeks partitions whose committed offset is above 0. A partition with nothing committed
stayed wherever fetching had left it, which can be past records faust fetched and dropped while
it was restoring the duplicate table: a worker joining a group whose other member was writing
that table then never processed them (seen in 1 of 2-3 two-worker starts). Such partitions now
start from the beginning, as `consumer_auto_offset_reset="earliest"` says a fresh consumer does.

faust resumes the stream partitions *before* that seek, and when the worker restored a table the
fetcher is already running: records fetched from the old position were delivered while the seek
was in flight and after it, which moved faust's read offset past the records the seek went back
for, and faust then dropped them as already read ("DROPPED MESSAGE ROFF"). A record that had not
been processed before was lost (seen as one missing input in a two-worker start). The seek now
runs with the stream partitions paused, and a batch that was being delivered when it started
drops what it still holds for them: the seek goes back to or before those records, so they are
fetched again in order.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any, cast

import faust
from faust.transport.drivers import aiokafka as driver


class _ConsumerThread(driver.AIOKafkaConsumerThread):
    def _create_worker_consumer(self, transport: Any) -> Any:
        consumer = super()._create_worker_consumer(transport)
        # aiokafka reads this attribute when start() builds its fetcher.
        consumer._fetch_max_wait_ms = cast("NewsEventsApp", self.app).fetch_max_wait_ms
        return consumer

    async def seek_to_committed(self) -> Mapping[Any, int]:
        """Seek to the committed offsets; stream partitions with none start at the beginning."""
        committed: Mapping[Any, int] = await super().seek_to_committed()
        changelogs = self.app.tables.changelog_topics
        fresh = [tp for tp, offset in committed.items()
                 if (offset is None or offset <= 0) and tp.topic not in changelogs]
        if fresh:
            await self.call_thread(self._ensure_consumer().seek_to_beginning, *fresh)
        return committed


class _Batch:
    """One fetched batch being delivered, and the partitions whose records it must now drop."""

    __slots__ = ("stale",)

    def __init__(self) -> None:
        self.stale: frozenset[Any] = frozenset()


class _Consumer(driver.Consumer):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._delivering: set[_Batch] = set()
        super().__init__(*args, **kwargs)

    def _new_consumer_thread(self) -> _ConsumerThread:
        return _ConsumerThread(self, loop=self.loop, beacon=self.beacon)

    async def getmany(self, timeout: float) -> AsyncIterator[tuple[Any, Any]]:
        """faust's batches, less the records of partitions a seek moved while they were delivered.

        A batch counts as delivering from its first record on: faust takes a fetched batch and
        yields its first record without awaiting in between. A batch fetched after a seek started
        is not delivering when it starts: faust leaves out the paused partitions while the seek
        runs, and after it their records come from the new position.
        """
        batch = _Batch()
        try:
            async for tp, message in super().getmany(timeout):
                self._delivering.add(batch)
                if tp not in batch.stale:
                    yield tp, message
        finally:
            self._delivering.discard(batch)

    async def perform_seek(self) -> None:
        """Seek to the committed offsets with the stream partitions paused (see the module doc)."""
        streams = {tp for tp in self._get_active_partitions() if not self._is_changelog_tp(tp)}
        self.pause_partitions(streams)
        for batch in self._delivering:
            batch.stale = batch.stale | streams
        try:
            await super().perform_seek()
        finally:
            self.resume_partitions(streams & self.assignment())


class _Transport(driver.Transport):
    Consumer = _Consumer


class NewsEventsApp(faust.App):
    """A faust App whose consumer uses our fetch wait."""

    def __init__(self, *args: Any, fetch_max_wait_ms: int = 500, **kwargs: Any) -> None:
        self.fetch_max_wait_ms = fetch_max_wait_ms
        super().__init__(*args, **kwargs)

    def _new_transport(self) -> Any:
        return _Transport(self.conf.broker_consumer, self)
