"""TopicReader on a real broker: a paused reader fetches nothing, counts by end offsets, and
reads on from where it stopped once resumed (what the benchmark's output wait relies on)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from pipeline.broker import EmbeddedBroker, create_topics
from pipeline.clients import TopicReader, produce
from pipeline.settings import Settings

pytestmark = pytest.mark.integration


async def _read_until(reader: TopicReader, count: int, timeout: float = 15.0) -> list[bytes]:
    got: list[bytes] = []
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while len(got) < count and loop.time() < deadline:
        got += [r.value for r in await reader.poll(0.2)]
    return got


async def _pause_count_resume(settings: Settings) -> None:
    await create_topics(settings)
    topic = settings.topic_annotated
    reader = TopicReader(settings, [topic])
    await reader.start()
    try:
        assert await reader.written() == 0
        await produce(settings, topic, [(b"k", b"before", [])])
        assert await _read_until(reader, 1) == [b"before"]
        reader.pause()
        later = [f"later-{i}".encode() for i in range(6)]
        await produce(settings, topic, [(b"k", v, []) for v in later])
        assert await reader.poll(0.5) == []  # paused: nothing fetched
        counted = await reader.written()
        assert 1 < counted <= 7  # a lower bound where the broker reports a batch's start
        reader.resume()
        assert await _read_until(reader, len(later)) == later
    finally:
        await reader.stop()


def test_a_paused_reader_counts_by_offsets_and_reads_on_after_resume(tmp_path: Path) -> None:
    with EmbeddedBroker(log_path=tmp_path / "broker.log") as broker:
        settings = Settings(_env_file=None, broker_url=broker.url,  # type: ignore[call-arg]
                            data_dir=tmp_path / "data")
        asyncio.run(_pause_count_resume(settings))
