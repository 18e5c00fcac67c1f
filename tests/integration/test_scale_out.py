"""Two workers in one consumer group: they share the partitions and process every input.

The second worker of a pair restores the duplicate table the first is writing. faust seeks
stream partitions to their committed offsets afterwards, and aiokafka leaves a partition with
nothing committed where fetching left it: past records faust had dropped while restoring, so
that worker never processed them (about one start in three before pipeline/transport.py
sent such partitions back to the beginning). Several fresh groups make a miss very likely.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from pipeline.broker import EmbeddedBroker, create_topics, free_port
from pipeline.clients import TopicReader, produce
from pipeline.embedded import DEV_TIMEOUTS, start_worker, stop_process
from pipeline.settings import Settings
from pipeline.synthetic import synthetic_records

ROUNDS = 4
ARTICLES = 8


async def _terminal_keys(settings: Settings, want: int, timeout: float) -> dict[str, int]:
    """Article id -> partition of its annotated record, once `want` arrived (or timeout)."""
    reader = TopicReader(settings, [settings.topic_annotated, settings.topic_dlq])
    await reader.start()
    seen: dict[str, int] = {}
    deadline = time.monotonic() + timeout
    try:
        while len(seen) < want and time.monotonic() < deadline:
            for record in await reader.poll(0.5):
                seen[(record.key or b"").decode()] = record.partition
    finally:
        await reader.stop()
    return seen


@pytest.mark.parametrize("round_", range(ROUNDS))
def test_two_workers_share_the_partitions_and_process_every_input(
        broker: EmbeddedBroker, tmp_path: Path, round_: int) -> None:
    settings = Settings(_env_file=None, broker_url=broker.url,  # type: ignore[call-arg]
                        app_id=f"newsevents-pair{round_}", web_enabled=False,
                        topology=("fused", "staged")[round_ % 2],
                        data_dir=tmp_path / "data", **DEV_TIMEOUTS,
                        **{f"topic_{r}": f"pair{round_}.{r}" for r in
                           ("articles", "extracted", "enriched", "annotated", "events", "dlq")})
    asyncio.run(create_topics(settings))
    workers = [start_worker(settings.model_copy(update={"web_port": free_port()}),
                            tmp_path / f"worker-{i}.log") for i in range(2)]
    try:
        records = list(synthetic_records(ARTICLES, seed=100 + round_))
        asyncio.run(produce(settings, settings.topic_articles, records))
        done = asyncio.run(_terminal_keys(settings, ARTICLES, 90.0))
        assert set(done) == {key.decode() for key, _, _ in records}, (
            f"round {round_}: {len(done)} of {ARTICLES} inputs came out")
    finally:
        for worker in workers:
            stop_process(worker)
    logs = [(tmp_path / f"worker-{i}.log").read_text(errors="replace") for i in range(2)]
    assert all("annotated with" in log for log in logs), "one worker processed nothing"
