"""Two workers in one consumer group: they share the partitions and process every input.

The second worker of a pair restores the duplicate table the first is writing. faust seeks
stream partitions to their committed offsets afterwards, and aiokafka leaves a partition with
nothing committed where fetching left it: past records faust had dropped while restoring, so
that worker never processed them (about one start in three before pipeline/transport.py
sent such partitions back to the beginning). Several fresh groups make a miss very likely.

The first batch goes out while the workers are still joining, which is when that happens. A
second batch, with records for every partition, goes out once both workers hold partitions:
on a loaded machine one worker can otherwise finish the first batch before the other joins.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from aiokafka.partitioner import DefaultPartitioner

from pipeline.broker import EmbeddedBroker, create_topics, free_port
from pipeline.clients import TopicReader, produce
from pipeline.embedded import DEV_OVERRIDES, start_worker, stop_process
from pipeline.settings import Settings
from pipeline.synthetic import synthetic_records

Record = tuple[bytes, bytes, list[tuple[str, bytes]]]
ROUNDS = 4
ARTICLES = 8  # per batch


def _covering_batch(settings: Settings, seed: int, start: int) -> list[Record]:
    """Synthetic records from `start` on, two for every input partition (default partitioner)."""
    partitions = list(range(settings.topic_partitions))
    counts = dict.fromkeys(partitions, 0)
    batch = []
    for record in synthetic_records(50 * len(partitions), seed=seed, start=start):
        partition = DefaultPartitioner()(record[0], partitions, partitions)
        if counts[partition] < 2:
            counts[partition] += 1
            batch.append(record)
    assert min(counts.values()) == 2, counts
    return batch


def _holds_partitions(log: str, topic: str) -> bool:
    """The worker's last assignment includes partitions of `topic`, and it is ready since."""
    start = log.rfind("newly assigned partitions")
    assignment = log[start:log.find("\n", start)] if start >= 0 else ""
    return f"'{topic}'" in assignment and log.rfind("Worker ready") > start


def _wait_until_both_assigned(logs: list[Path], topic: str, timeout: float) -> None:
    """Until each worker holds partitions of `topic` (its log says so) and is ready."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if all(_holds_partitions(log.read_text(errors="replace"), topic) for log in logs):
            return
        time.sleep(0.2)
    tails = "\n".join(f"--- {log.name}, last lines:\n" + "\n".join(
        log.read_text(errors="replace").splitlines()[-25:]) for log in logs)
    raise AssertionError(f"the two workers did not both join the group within {timeout:.0f} s\n"
                         f"{tails}")


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
                        data_dir=tmp_path / "data", **DEV_OVERRIDES,
                        **{f"topic_{r}": f"pair{round_}.{r}" for r in
                           ("articles", "extracted", "enriched", "annotated", "events", "dlq")})
    asyncio.run(create_topics(settings))
    log_paths = [tmp_path / f"worker-{i}.log" for i in range(2)]
    workers = [start_worker(settings.model_copy(update={"web_port": free_port()}), log)
               for log in log_paths]
    try:
        records = list(synthetic_records(ARTICLES, seed=100 + round_))
        asyncio.run(produce(settings, settings.topic_articles, records))
        _wait_until_both_assigned(log_paths, settings.topic_articles, 90.0)
        second = _covering_batch(settings, 100 + round_, ARTICLES)
        asyncio.run(produce(settings, settings.topic_articles, second))
        records += second
        done = asyncio.run(_terminal_keys(settings, len(records), 90.0))
        assert set(done) == {key.decode() for key, _, _ in records}, (
            f"round {round_}: {len(done)} of {len(records)} inputs came out")
    finally:
        for worker in workers:
            stop_process(worker)
    logs = [log.read_text(errors="replace") for log in log_paths]
    assert all("annotated with" in log for log in logs), "one worker processed nothing"
