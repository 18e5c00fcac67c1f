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
"""

from __future__ import annotations

from collections.abc import Mapping
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


class _Consumer(driver.Consumer):
    def _new_consumer_thread(self) -> _ConsumerThread:
        return _ConsumerThread(self, loop=self.loop, beacon=self.beacon)


class _Transport(driver.Transport):
    Consumer = _Consumer


class NewsEventsApp(faust.App):
    """A faust App whose consumer uses our fetch wait."""

    def __init__(self, *args: Any, fetch_max_wait_ms: int = 500, **kwargs: Any) -> None:
        self.fetch_max_wait_ms = fetch_max_wait_ms
        super().__init__(*args, **kwargs)

    def _new_transport(self) -> Any:
        return _Transport(self.conf.broker_consumer, self)
