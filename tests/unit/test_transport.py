"""The consumer's seek: stream partitions paused while it runs, stale records of a batch dropped.

faust's own fetch and seek stand below our consumer here (`_Framework`), scripted: the broker
cannot make the race happen on demand (one start in a few dozen did), and what is tested is our
consumer's contract with faust's methods. `tests/integration/test_scale_out.py` runs the real thing.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

from faust.transport.drivers import aiokafka as driver
from faust.types import TP

from pipeline.transport import NewsEventsApp, _Consumer

ARTICLES = [TP("news.articles", 0), TP("news.articles", 1)]
CHANGELOG = TP("app-dedup-changelog", 0)


class _Framework(driver.Consumer):
    """faust's consumer methods below ours, replaced by a script."""

    batches: list[list[tuple[TP, int]]]
    paused_during_seek: set[TP]

    def assignment(self) -> set[TP]:
        return {*ARTICLES, CHANGELOG}

    def _is_changelog_tp(self, tp: TP) -> bool:
        return tp == CHANGELOG

    async def getmany(self, timeout: float) -> AsyncIterator[tuple[TP, Any]]:
        for tp, offset in self.batches.pop(0):
            if tp in self._get_active_partitions():  # faust skips paused partitions too
                yield tp, offset

    async def perform_seek(self) -> None:
        self.paused_during_seek = set(self._paused_partitions)
        await asyncio.sleep(0)


class _Scripted(_Consumer, _Framework):
    pass


def _consumer(batches: list[list[tuple[TP, int]]]) -> _Scripted:
    app = NewsEventsApp("transport-test", broker="kafka://127.0.0.1:1", autodiscover=False)
    consumer = _Scripted(app.transport, callback=lambda message: None,  # type: ignore[arg-type, return-value]
                         on_partitions_revoked=None, on_partitions_assigned=None)  # type: ignore[arg-type]
    consumer.batches = batches
    consumer._set_active_tps({*ARTICLES, CHANGELOG})
    return consumer


async def _deliver(consumer: _Scripted, seek_after: int | None) -> list[tuple[TP, Any]]:
    delivered = []
    async for record in consumer.getmany(timeout=1.0):
        delivered.append(record)
        if len(delivered) == seek_after:
            await consumer.perform_seek()
    return delivered


def test_a_seek_runs_with_the_stream_partitions_paused_and_resumes_them() -> None:
    consumer = _consumer([[(ARTICLES[0], 0)]])
    asyncio.run(consumer.perform_seek())
    assert consumer.paused_during_seek == set(ARTICLES)
    assert consumer._get_active_partitions() == {*ARTICLES, CHANGELOG}
    assert not consumer._paused_partitions


def test_records_of_a_batch_delivered_across_a_seek_are_dropped_for_the_seeked_partitions() -> None:
    batch = [(ARTICLES[0], 0), (ARTICLES[1], 0), (CHANGELOG, 7), (ARTICLES[0], 1), (ARTICLES[1], 1)]
    consumer = _consumer([batch, batch])
    # The seek goes back to or before the dropped records, so the next fetch brings them again.
    assert asyncio.run(_deliver(consumer, seek_after=1)) == [(ARTICLES[0], 0), (CHANGELOG, 7)]
    assert asyncio.run(_deliver(consumer, seek_after=None)) == batch


def test_a_seek_keeps_partitions_paused_that_faust_had_paused() -> None:
    consumer = _consumer([])
    consumer.pause_partitions([ARTICLES[1]])  # as faust does while it restores tables
    asyncio.run(consumer.perform_seek())
    assert consumer._get_active_partitions() == {ARTICLES[0], CHANGELOG}
    assert consumer._paused_partitions == {ARTICLES[1]}
